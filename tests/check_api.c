/*
 * check_api.c — the public API end to end (include/qawl.h): analysis of a
 * short constructed article, accessor consistency, argument checks, BOM and
 * CRLF offsets, allocation failures, and the report writers.
 */
#include <config.h>

#include <check.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "report.h"

/* Line 1 is a headline; a quote with an explicit speaker, its indirect
 * continuation, and a quote by a second speaker after a turn phrase. */
#define L1 "جولة جديدة من المحادثات في عمان"
#define L2 "وقال وزير الخارجية نبيل الحداد إن \"المفاوضات مستمرة رغم الصعوبات\"."
#define L3 "وأضاف أن الوسطاء يعملون على تثبيت الهدنة بين الطرفين."
#define L4 "من جهتها، قالت المتحدثة باسم الأمم المتحدة ليلى منصور: " \
           "«نرحب بكل خطوة نحو التهدئة»."
static const char article[] = L1 "\n" L2 "\n" L3 "\n" L4 "\n";
static const char article_crlf[] = "\xEF\xBB\xBF" L1 "\r\n" L2 "\r\n" L3
                                   "\r\n" L4 "\r\n";

START_TEST(test_article)
{
    qawl_result *r = test_analyze(article);
    const qawl_quote *q1, *q2, *q3;
    const qawl_speaker *s1, *s3;
    size_t a, b, line, col;

    test_check_result(r, article, strlen(article));
    ck_assert_uint_eq(qawl_result_quote_count(r), 3);
    q1 = test_find_quote(r, "المفاوضات مستمرة");
    q2 = test_find_quote(r, "الوسطاء يعملون");
    q3 = test_find_quote(r, "نرحب بكل خطوة");
    ck_assert(q1 && q2 && q3);
    ck_assert_str_eq(qawl_quote_text(q1), "المفاوضات مستمرة رغم الصعوبات");
    ck_assert_int_eq(qawl_quote_kind(q1), QAWL_QUOTE_DIRECT);
    ck_assert_int_eq(qawl_quote_kind(q2), QAWL_QUOTE_INDIRECT);
    ck_assert_int_eq(qawl_quote_kind(q3), QAWL_QUOTE_DIRECT);
    ck_assert_str_eq(qawl_quote_cue(q1, &a, &b), "وقال");
    ck_assert_uint_eq(a, strlen(L1 "\n"));
    ck_assert_str_eq(qawl_quote_cue(q2, NULL, NULL), "وأضاف");
    qawl_quote_position(q1, &line, &col);
    ck_assert_uint_eq(line, 2);
    ck_assert_uint_eq(col, 36);   /* after وقال ... إن " */
    qawl_quote_position(q2, &line, &col);
    ck_assert_uint_eq(line, 3);
    ck_assert_uint_eq(col, 10);

    s1 = qawl_quote_speaker(q1);
    s3 = qawl_quote_speaker(q3);
    ck_assert(s1 && s3 && s1 != s3);
    ck_assert_ptr_eq(qawl_quote_speaker(q2), s1);
    ck_assert_str_eq(qawl_speaker_name(s1), "نبيل الحداد");
    ck_assert_str_eq(qawl_speaker_name(s3), "ليلى منصور");
    ck_assert_int_eq(qawl_speaker_kind_of(s1), QAWL_SPEAKER_PERSON);
    ck_assert_str_eq(qawl_quote_mention(q1, NULL, NULL),
                     "وزير الخارجية نبيل الحداد");
    ck_assert_str_eq(qawl_quote_rule(q1), "explicit-subject");
    ck_assert_str_eq(qawl_quote_rule(q2), "continuation");
    ck_assert_uint_eq(qawl_result_speaker_count(r), 2);
    ck_assert_ptr_eq(qawl_result_speaker(r, 0), s1);
    ck_assert_uint_eq(qawl_speaker_quote_count(s1), 2);
    ck_assert_ptr_eq(qawl_speaker_quote(s1, 0), q1);
    ck_assert_ptr_eq(qawl_speaker_quote(s1, 1), q2);
    ck_assert_uint_eq(qawl_speaker_quote_count(s3), 1);
    qawl_result_free(r);
}
END_TEST

/* The canonical name is the personal name even when it is a word that
 * some lexicon lists with the article (سامي / المفوض السامي). */
START_TEST(test_canonical_name)
{
    qawl_result *r = test_analyze("وقال وزير الخارجية سامي الحداد إن "
                                  "\"الحوار هو الطريق\".\n");
    const qawl_quote *q = test_find_quote(r, "الحوار هو الطريق");

    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_nonnull(qawl_quote_speaker(q));
    ck_assert_str_eq(qawl_speaker_name(qawl_quote_speaker(q)), "سامي الحداد");
    qawl_result_free(r);
}
END_TEST

/* QAWL_OPT_PROFILE times every stage; without it no clock is read. */
START_TEST(test_stage_profile)
{
    qawl_error err = {0};
    qawl_result *timed = qawl_analyze(test_lexicons(), article,
                                      sizeof article - 1, QAWL_OPT_PROFILE, &err);
    qawl_result *plain = qawl_analyze(test_lexicons(), article,
                                      sizeof article - 1, 0, &err);
    double total = 0;
    int s;

    ck_assert_ptr_nonnull(timed);
    ck_assert_ptr_nonnull(plain);
    for (s = 0; s < QAWL_STAGE_COUNT; s++) {
        ck_assert(qawl_result_stage_seconds(timed, (qawl_stage)s) >= 0);
        ck_assert(qawl_result_stage_seconds(plain, (qawl_stage)s) == 0);
        total += qawl_result_stage_seconds(timed, (qawl_stage)s);
    }
    ck_assert(total > 0);
    ck_assert_str_eq(qawl_stage_name(QAWL_STAGE_LOAD), "load");
    ck_assert_str_eq(qawl_stage_name(QAWL_STAGE_STANCE), "stance");
    ck_assert_str_eq(qawl_stage_name(QAWL_STAGE_COUNT), "?");
    ck_assert(qawl_result_stage_seconds(NULL, QAWL_STAGE_LOAD) == 0);
    /* the same analysis, timed or not */
    ck_assert_uint_eq(qawl_result_quote_count(timed),
                      qawl_result_quote_count(plain));
    qawl_result_free(timed);
    qawl_result_free(plain);
}
END_TEST

/* A NUL byte, or an invalid byte under --repair, inside a quote reads as
 * U+FFFD in its text: the C string is whole and valid UTF-8, and the span
 * still covers the original bytes. */
START_TEST(test_text_replacement)
{
    static const char nul[] = "وقال الوزير سامي الحداد إن \"الهدنة \0 صامدة\".\n";
    static const char bad[] = "وقال الوزير سامي الحداد إن \"الهدنة \xff صامدة\".\n";
    const char *texts[] = {nul, bad};
    size_t sizes[] = {sizeof nul - 1, sizeof bad - 1}, k;

    for (k = 0; k < 2; k++) {
        qawl_error err = {0};
        qawl_result *r = qawl_analyze(test_lexicons(), texts[k], sizes[k],
                                      QAWL_OPT_REPAIR_UTF8, &err);
        const qawl_quote *q;
        size_t a, b;

        ck_assert_ptr_nonnull(r);
        ck_assert_uint_eq(qawl_result_quote_count(r), 1);
        q = qawl_result_quote(r, 0);
        ck_assert_str_eq(qawl_quote_text(q), "الهدنة \xEF\xBF\xBD صامدة");
        qawl_quote_span(q, &a, &b);
        ck_assert_uint_eq(b - a, strlen("الهدنة ") + 1 + strlen(" صامدة"));
        qawl_result_free(r);
    }
}
END_TEST

START_TEST(test_bom_crlf)
{
    qawl_result *lf = test_analyze(article), *cr = test_analyze(article_crlf);
    size_t i;

    test_check_result(cr, article_crlf, strlen(article_crlf));
    ck_assert_uint_eq(qawl_result_quote_count(cr),
                      qawl_result_quote_count(lf));
    for (i = 0; i < qawl_result_quote_count(lf); i++) {
        const qawl_quote *a = qawl_result_quote(lf, i);
        const qawl_quote *b = qawl_result_quote(cr, i);
        size_t sa, ea, sb, eb, la, ca, lb, cb;
        qawl_quote_span(a, &sa, &ea);
        qawl_quote_span(b, &sb, &eb);
        qawl_quote_position(a, &la, &ca);
        qawl_quote_position(b, &lb, &cb);
        ck_assert_str_eq(qawl_quote_text(a), qawl_quote_text(b));
        /* 3 bytes of BOM and one CR per line before the quote. */
        ck_assert_uint_eq(sb, sa + 3 + (la - 1));
        ck_assert_uint_eq(eb, ea + 3 + (la - 1));
        ck_assert_uint_eq(lb, la);
        ck_assert_uint_eq(cb, ca);
    }
    qawl_result_free(lf);
    qawl_result_free(cr);
}
END_TEST

START_TEST(test_empty_and_arguments)
{
    qawl_lexicon *lex = test_lexicons();
    static const char *const empties[] = {"", "\xEF\xBB\xBF", "  \n\r\n\t",
                                          "لا اقتباس هنا."};
    qawl_error err;
    qawl_result *r;
    size_t i;

    for (i = 0; i < sizeof empties / sizeof empties[0]; i++) {
        r = test_analyze(empties[i]);
        ck_assert_uint_eq(qawl_result_quote_count(r), 0);
        ck_assert_uint_eq(qawl_result_speaker_count(r), 0);
        ck_assert_ptr_null(qawl_result_quote(r, 0));
        qawl_result_free(r);
    }
    r = qawl_analyze(lex, NULL, 0, 0, NULL);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(qawl_result_quote_count(r), 0);
    qawl_result_free(r);
    memset(&err, 0, sizeof err);
    ck_assert_ptr_null(qawl_analyze(NULL, "x", 1, 0, &err));
    ck_assert_int_eq(err.code, QAWL_ERR_ARG);
    memset(&err, 0, sizeof err);
    ck_assert_ptr_null(qawl_analyze(lex, NULL, 5, 0, &err));
    ck_assert_int_eq(err.code, QAWL_ERR_ARG);
    /* Not NUL-terminated: only LEN bytes are read. */
    r = qawl_analyze(lex, article, strlen(L1), 0, NULL);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(qawl_result_quote_count(r), 0);
    qawl_result_free(r);
    qawl_result_free(NULL);
    qawl_lexicon_free(NULL);
    qawl_writer_free(NULL);
    ck_assert_int_eq(qawl_writer_add(NULL, "x", NULL, &err), QAWL_ERR_ARG);
    ck_assert_int_eq(qawl_writer_finish(NULL), QAWL_ERR_ARG);
    ck_assert_ptr_null(qawl_writer_new(QAWL_FORMAT_JSON, NULL, NULL));
    for (i = QAWL_OK; i <= QAWL_ERR_ARG; i++)
        ck_assert_str_ne(qawl_status_string((qawl_status)i), "unknown error");
    ck_assert_str_eq(qawl_status_string(QAWL_ERR_UTF8), "invalid UTF-8");
    ck_assert_str_eq(qawl_version(), PACKAGE_VERSION);
    ck_assert_str_eq(qawl_quote_type_name(QAWL_QUOTE_INDIRECT), "indirect");
    ck_assert_str_eq(qawl_speaker_kind_name(QAWL_SPEAKER_ANONYMOUS),
                     "anonymous");
    ck_assert_str_eq(qawl_stance_name(QAWL_STANCE_ESCALATION), "escalation");
}
END_TEST

/* ------------------------------------------------- allocation failures */

/* Runs JOB with the I-th allocation failing, for I = 1, 2, ... (then in
 * steps of STEP past DENSE), until a run does not reach the failing
 * allocation.  Each run must succeed or fail cleanly with QAWL_ERR_NOMEM;
 * a run that succeeds although an allocation failed must give the same
 * result as an undisturbed run (JOB returns 1 for that). */
typedef int (*alloc_job)(qawl_error *err);   /* 1 ok, 0 failed, -1 wrong */

static size_t alloc_loop(alloc_job job, long dense, long step)
{
    long i, k, probes;
    size_t runs = 0;

    for (i = 1; i < 2000000; i += i < dense ? 1 : step) {
        qawl_error err;
        int ok, reached = 1;
        memset(&err, 0, sizeof err);
        qawlp_alloc_fail_at(i);
        ok = job(&err);
        /* Not reached: one of the next PROBES allocations fails. */
        probes = i <= dense ? 1 : step;
        for (k = 0; k < probes; k++) {
            void *p = qawlp_malloc(1);
            if (p == NULL) {
                reached = 0;
                break;
            }
            qawlp_free(p);
        }
        qawlp_alloc_fail_at(0);
        runs++;
        ck_assert_msg(ok >= 0, "allocation %ld: wrong result", i);
        if (!reached) {
            ck_assert_msg(ok == 1, "allocation %ld: failed without a failure",
                          i);
            if (getenv("QAWL_TEST_VERBOSE"))
                fprintf(stderr, "alloc loop: %zu runs, %ld allocations\n",
                        runs, i - 1);
            return runs;
        }
        ck_assert_msg(ok == 1 || err.code == QAWL_ERR_NOMEM,
                      "allocation %ld: failed with %s", i,
                      qawl_status_string(err.code));
    }
    ck_abort_msg("allocation loop did not end");
    return runs;
}

static size_t baseline_quotes;

static int analyze_job(qawl_error *err)
{
    qawl_result *r = qawl_analyze(test_lexicons(), article, strlen(article),
                                  0, err);
    int ok;

    if (r == NULL)
        return 0;
    ok = qawl_result_quote_count(r) == baseline_quotes &&
         qawl_result_speaker_count(r) == 2 ? 1 : -1;
    qawl_result_free(r);
    return ok;
}

static int lexicon_job(qawl_error *err)
{
    qawl_lexicon *lex = qawl_lexicon_load(QAWL_TEST_LEXICONS, err);
    int ok;

    if (lex == NULL)
        return 0;
    ok = qawl_lexicon_size(lex) == qawl_lexicon_size(test_lexicons()) ? 1 : -1;
    qawl_lexicon_free(lex);
    return ok;
}

/* qawl_analyze_take of a malloc'd copy of the article: the same result,
 * and the copy freed whatever happens (ASan and valgrind see a leak). */
static int take_job(qawl_error *err)
{
    char *copy = malloc(sizeof article);
    qawl_result *r;
    int ok;

    if (copy == NULL)
        return -1;
    memcpy(copy, article, sizeof article);
    r = qawl_analyze_take(test_lexicons(), copy, strlen(article), 0, err);
    if (r == NULL)
        return 0;
    ok = qawl_result_quote_count(r) == baseline_quotes &&
         qawl_result_speaker_count(r) == 2 ? 1 : -1;
    qawl_result_free(r);
    return ok;
}

START_TEST(test_analyze_take)
{
    size_t len = strlen(article), n, i, a1, b1, a2, b2;
    /* room to spare, as a buffer read in doubling steps has */
    char *buf = malloc(4 * len);
    qawl_result *r = test_analyze(article), *t;
    const char *in;
    qawl_error err = {0};

    ck_assert(buf != NULL);
    memcpy(buf, article, len);
    t = qawl_analyze_take(test_lexicons(), buf, len, 0, &err);
    ck_assert_msg(t != NULL, "%s", err.message);
    in = qawl_result_input(t, &n);
    ck_assert_uint_eq(n, len);
    ck_assert(memcmp(in, article, len) == 0);
    ck_assert_uint_eq(qawl_result_quote_count(t), qawl_result_quote_count(r));
    for (i = 0; i < qawl_result_quote_count(r); i++) {
        const qawl_quote *q = qawl_result_quote(r, i);
        const qawl_quote *u = qawl_result_quote(t, i);
        ck_assert_str_eq(qawl_quote_text(u), qawl_quote_text(q));
        qawl_quote_span(q, &a1, &b1);
        qawl_quote_span(u, &a2, &b2);
        ck_assert_uint_eq(a1, a2);
        ck_assert_uint_eq(b1, b2);
        ck_assert_str_eq(qawl_speaker_name(qawl_quote_speaker(u)),
                         qawl_speaker_name(qawl_quote_speaker(q)));
    }
    qawl_result_free(t);
    qawl_result_free(r);

    /* a failure frees the text too: invalid UTF-8 at byte 2 */
    buf = malloc(4);
    ck_assert(buf != NULL);
    memcpy(buf, "ab\xFF", 4);
    ck_assert_ptr_null(qawl_analyze_take(test_lexicons(), buf, 3, 0, &err));
    ck_assert_int_eq(err.code, QAWL_ERR_UTF8);
    /* and an empty input is an empty result */
    buf = malloc(1);
    ck_assert(buf != NULL);
    t = qawl_analyze_take(test_lexicons(), buf, 0, 0, NULL);
    ck_assert(t != NULL);
    ck_assert_uint_eq(qawl_result_quote_count(t), 0);
    qawl_result_free(t);
}
END_TEST

/* Results held at once: the second and third are made after the first
 * took the thread's spare arrays (a freed result's), and must not take
 * the spares' sizes without them (as a CLI whose writer thread frees the
 * results its workers make). */
START_TEST(test_results_held)
{
    qawl_result *r[3];
    size_t i;

    qawl_result_free(test_analyze(article));
    for (i = 0; i < 3; i++)
        r[i] = test_analyze(article);
    for (i = 0; i < 3; i++) {
        ck_assert_uint_eq(qawl_result_quote_count(r[i]),
                          qawl_result_quote_count(r[0]));
        qawl_result_free(r[i]);
    }
}
END_TEST

START_TEST(test_alloc_analyze)
{
    qawl_result *r = test_analyze(article);

    baseline_quotes = qawl_result_quote_count(r);
    qawl_result_free(r);
    ck_assert_uint_gt(alloc_loop(analyze_job, 1000000, 1), 10);
    ck_assert_uint_gt(alloc_loop(take_job, 1000000, 1), 10);
}
END_TEST

START_TEST(test_alloc_lexicon)
{
    (void)test_lexicons();
    ck_assert_uint_gt(alloc_loop(lexicon_job, 150, 997), 150);
}
END_TEST

/* -------------------------------------------------------------- writers */

typedef struct {
    qawlp_buf buf;
    int fail_after;             /* calls before the sink fails; -1 never */
} sink_data;

static int collect(const char *data, size_t len, void *user)
{
    sink_data *d = user;

    if (d->fail_after == 0)
        return -1;
    if (d->fail_after > 0)
        d->fail_after--;
    return qawlp_buf_append(&d->buf, data, len) ? -1 : 0;
}

/* Writes the article and a failed document in FORMAT into D. */
static void write_report(qawl_format format, sink_data *d, qawl_status *st)
{
    qawl_result *r = test_analyze(article);
    qawl_error err;
    qawl_writer *w = qawl_writer_new(format, collect, d);

    ck_assert_ptr_nonnull(w);
    memset(&err, 0, sizeof err);
    ck_assert_ptr_null(qawl_analyze(test_lexicons(), "ab\xFF", 3, 0, &err));
    st[0] = qawl_writer_add(w, "article.txt", r, NULL);
    st[1] = qawl_writer_add(w, "bad.txt", NULL, &err);
    st[2] = qawl_writer_finish(w);
    qawl_writer_free(w);
    qawl_result_free(r);
}

START_TEST(test_writer_json)
{
    sink_data d = {{0}, -1};
    qawl_status st[3];
    json_error_t jerr;
    json_t *root, *docs, *doc, *q, *e;

    write_report(QAWL_FORMAT_JSON, &d, st);
    ck_assert(st[0] == QAWL_OK && st[1] == QAWL_OK && st[2] == QAWL_OK);
    root = json_loads(d.buf.data, 0, &jerr);
    ck_assert_msg(root != NULL, "JSON: %s at %d", jerr.text, jerr.line);
    ck_assert_str_eq(json_string_value(json_object_get(root, "qawl")), "1.1");
    docs = json_object_get(root, "documents");
    ck_assert_uint_eq(json_array_size(docs), 2);
    doc = json_array_get(docs, 0);
    ck_assert_str_eq(json_string_value(json_object_get(doc, "path")),
                     "article.txt");
    ck_assert_int_eq(json_integer_value(json_object_get(doc, "bytes")),
                     (json_int_t)strlen(article));
    ck_assert(json_is_null(json_object_get(doc, "error")));
    ck_assert_uint_eq(json_array_size(json_object_get(doc, "quotes")), 3);
    ck_assert_uint_eq(json_array_size(json_object_get(doc, "speakers")), 2);
    q = json_array_get(json_object_get(doc, "quotes"), 0);
    ck_assert_int_eq(json_integer_value(json_object_get(q, "id")), 1);
    ck_assert_int_eq(json_integer_value(json_object_get(q, "line")), 2);
    ck_assert_str_eq(json_string_value(json_object_get(q, "text")),
                     "المفاوضات مستمرة رغم الصعوبات");
    ck_assert_str_eq(json_string_value(json_object_get(q, "type")), "direct");
    ck_assert(json_is_object(json_object_get(q, "cue")));
    ck_assert_str_eq(json_string_value(json_object_get(
        json_object_get(q, "speaker"), "name")), "نبيل الحداد");
    ck_assert(json_is_object(json_object_get(q, "attribution")));
    ck_assert(json_is_string(json_object_get(json_object_get(q, "stance"),
                                             "label")));
    e = json_object_get(json_array_get(docs, 1), "error");
    ck_assert_str_eq(json_string_value(json_object_get(e, "code")),
                     "utf8");
    ck_assert_int_eq(json_integer_value(json_object_get(e, "offset")), 2);
    ck_assert_int_eq(json_integer_value(json_object_get(e, "line")), 1);
    ck_assert_int_eq(json_integer_value(json_object_get(e, "column")), 3);
    json_decref(root);
    qawlp_buf_free(&d.buf);
}
END_TEST

START_TEST(test_writer_jsonl_text_and_failure)
{
    sink_data d = {{0}, -1};
    qawl_status st[3];
    char *line, *save = NULL;
    int lines = 0;

    write_report(QAWL_FORMAT_JSONL, &d, st);
    ck_assert(st[0] == QAWL_OK && st[1] == QAWL_OK && st[2] == QAWL_OK);
    for (line = strtok_r(d.buf.data, "\n", &save); line;
         line = strtok_r(NULL, "\n", &save)) {
        json_t *doc = json_loads(line, 0, NULL);
        ck_assert_ptr_nonnull(doc);
        ck_assert(json_is_string(json_object_get(doc, "path")));
        json_decref(doc);
        lines++;
    }
    ck_assert_int_eq(lines, 2);
    qawlp_buf_free(&d.buf);

    write_report(QAWL_FORMAT_TEXT, &d, st);
    ck_assert(st[0] == QAWL_OK && st[1] == QAWL_OK && st[2] == QAWL_OK);
    ck_assert_ptr_nonnull(strstr(d.buf.data, "المفاوضات مستمرة"));
    ck_assert_ptr_nonnull(strstr(d.buf.data, "نبيل الحداد"));
    ck_assert_ptr_nonnull(strstr(d.buf.data, "bad.txt"));
    qawlp_buf_free(&d.buf);

    /* A failing sink makes the writer report QAWL_ERR_IO. */
    d.fail_after = 0;
    write_report(QAWL_FORMAT_JSON, &d, st);
    ck_assert_int_eq(st[0], QAWL_ERR_IO);
    ck_assert_int_eq(st[2], QAWL_ERR_IO);
    qawlp_buf_free(&d.buf);
}
END_TEST

/* qawl_buffer: a report written into memory, read, cleared and taken;
 * an allocation failure leaves the buffer as it was. */
static int refusing_sink(const char *data, size_t len, void *user)
{
    (void)data;
    (void)len;
    (void)user;
    return -1;
}

/* The dump of the sources and entities stages: the phrase each rule found
 * and each speaker's mentions, at their input offsets; other stages and a
 * failing sink are errors. */
START_TEST(test_dump)
{
    qawl_result *r = test_analyze(article);
    qawl_buffer *b = qawl_buffer_new();
    qawl_error err;
    const char *d;

    ck_assert_int_eq(qawl_write_dump(r, QAWL_STAGE_SOURCES, qawl_buffer_sink,
                                     b, &err), QAWL_OK);
    d = qawl_buffer_data(b);
    ck_assert_ptr_nonnull(strstr(d, "quote 1\t["));
    ck_assert_ptr_nonnull(strstr(d, "\ttaken\t["));
    ck_assert_ptr_nonnull(strstr(d, "\"نبيل الحداد\""));
    qawl_buffer_clear(b);
    ck_assert_int_eq(qawl_write_dump(r, QAWL_STAGE_ENTITIES, qawl_buffer_sink,
                                     b, &err), QAWL_OK);
    d = qawl_buffer_data(b);
    ck_assert_ptr_nonnull(strstr(d, "speaker 1\tperson\t\"نبيل الحداد\""));
    ck_assert_ptr_nonnull(strstr(d, "\tcanonical\n"));
    ck_assert_int_eq(qawl_write_dump(r, QAWL_STAGE_CUES, qawl_buffer_sink, b,
                                     &err), QAWL_ERR_ARG);
    ck_assert_int_eq(qawl_write_dump(r, QAWL_STAGE_SOURCES, refusing_sink,
                                     NULL, &err), QAWL_ERR_IO);
    qawl_buffer_free(b);
    qawl_result_free(r);
}
END_TEST

START_TEST(test_buffer)
{
    qawl_buffer *b = qawl_buffer_new();
    qawl_result *r = test_analyze(article);
    qawl_writer *w;
    size_t len = 0;
    char *taken;

    ck_assert_ptr_nonnull(b);
    ck_assert_str_eq(qawl_buffer_data(b), "");
    ck_assert_uint_eq(qawl_buffer_length(b), 0);
    w = qawl_writer_new(QAWL_FORMAT_TEXT, qawl_buffer_sink, b);
    ck_assert_int_eq(qawl_writer_add(w, "article.txt", r, NULL), QAWL_OK);
    ck_assert_int_eq(qawl_writer_finish(w), QAWL_OK);
    qawl_writer_free(w);
    ck_assert_ptr_nonnull(strstr(qawl_buffer_data(b), "نبيل الحداد"));
    ck_assert_uint_eq(qawl_buffer_length(b), strlen(qawl_buffer_data(b)));

    qawl_buffer_clear(b);
    ck_assert_str_eq(qawl_buffer_data(b), "");
    qawl_buffer_free(b);
    b = qawl_buffer_new();   /* small again, so the next write must grow */
    ck_assert_int_eq(qawl_buffer_sink("ab", 2, b), 0);
    ck_assert_int_eq(qawl_buffer_sink("c", 1, b), 0);
    qawlp_alloc_fail_at(1);
    ck_assert_int_eq(qawl_buffer_sink(article, strlen(article), b), -1);
    qawlp_alloc_fail_at(0);
    ck_assert_str_eq(qawl_buffer_data(b), "abc");

    taken = qawl_buffer_take(b, &len);
    ck_assert_str_eq(taken, "abc");
    ck_assert_uint_eq(len, 3);
    ck_assert_uint_eq(qawl_buffer_length(b), 0);
    free(taken);
    taken = qawl_buffer_take(b, NULL);   /* nothing written: "" */
    ck_assert_str_eq(taken, "");
    free(taken);
    qawl_buffer_free(b);
    qawl_buffer_free(NULL);
    qawl_result_free(r);
}
END_TEST

/* A sink that appends to the qawl_buffer USER as qawl_buffer_sink does,
 * but is not it: the writer then gathers its output in its own buffer
 * and copies it over. */
static int copying_sink(const char *data, size_t len, void *user)
{
    return qawl_buffer_sink(data, len, user);
}

/* A writer to a qawl_buffer writes into the buffer in place; between two
 * calls the buffer is the caller's (appended to, cleared), and the bytes
 * are those a writer copying through another sink gives. */
START_TEST(test_buffer_in_place)
{
    static const qawl_format formats[] = {QAWL_FORMAT_JSON, QAWL_FORMAT_JSONL,
                                          QAWL_FORMAT_TEXT};
    qawl_result *r = test_analyze(article);
    size_t f;

    for (f = 0; f < sizeof formats / sizeof *formats; f++) {
        qawl_buffer *in = qawl_buffer_new(), *copy = qawl_buffer_new();
        qawl_writer *wi = qawl_writer_new(formats[f], qawl_buffer_sink, in);
        qawl_writer *wc = qawl_writer_new(formats[f], copying_sink, copy);
        int k;

        ck_assert_ptr_nonnull(wi);
        ck_assert_ptr_nonnull(wc);
        for (k = 0; k < 3; k++) {
            ck_assert_int_eq(qawl_writer_add(wi, "a.txt", r, NULL), QAWL_OK);
            ck_assert_int_eq(qawl_writer_add(wc, "a.txt", r, NULL), QAWL_OK);
            ck_assert_uint_eq(qawl_buffer_length(in),
                              strlen(qawl_buffer_data(in)));
            /* the caller's own bytes between two documents */
            ck_assert_int_eq(qawl_buffer_sink("|", 1, in), 0);
            ck_assert_int_eq(qawl_buffer_sink("|", 1, copy), 0);
        }
        ck_assert_int_eq(qawl_writer_finish(wi), QAWL_OK);
        ck_assert_int_eq(qawl_writer_finish(wc), QAWL_OK);
        ck_assert_str_eq(qawl_buffer_data(in), qawl_buffer_data(copy));
        qawl_buffer_clear(in);
        qawl_buffer_clear(copy);
        ck_assert_int_eq(qawl_writer_add(wi, "b.txt", r, NULL), QAWL_OK);
        ck_assert_int_eq(qawl_writer_add(wc, "b.txt", r, NULL), QAWL_OK);
        ck_assert_str_eq(qawl_buffer_data(in), qawl_buffer_data(copy));
        qawl_writer_free(wi);
        qawl_writer_free(wc);
        qawl_buffer_free(copy);

        /* no memory for the buffer's growth: the write fails, and what
         * the buffer held stays */
        qawl_buffer_free(in);
        in = qawl_buffer_new();
        ck_assert_int_eq(qawl_buffer_sink("ab", 2, in), 0);
        wi = qawl_writer_new(formats[f], qawl_buffer_sink, in);
        qawlp_alloc_fail_at(1);
        ck_assert_int_eq(qawl_writer_add(wi, "c.txt", r, NULL),
                         QAWL_ERR_IO);
        qawlp_alloc_fail_at(0);
        ck_assert_str_eq(qawl_buffer_data(in), "ab");
        ck_assert_int_eq(qawl_writer_add(wi, "c.txt", r, NULL),
                         QAWL_ERR_IO);   /* and every write after */
        qawl_writer_free(wi);
        qawl_buffer_free(in);
    }
    qawl_result_free(r);
}
END_TEST

/* jansson's dump of V (JSON_REAL_PRECISION(10)); caller frees. */
static char *jansson_real(double v)
{
    json_t *j = json_real(v);
    char *s = j ? json_dumps(j, JSON_ENCODE_ANY | JSON_REAL_PRECISION(10))
                : NULL;

    json_decref(j);
    return s;
}

/* The writer formats numbers itself; they must be jansson's bytes: every
 * score of thousandths around zero, then doubles from random bits
 * (huge, tiny, subnormal, NaN and infinities among them). */
START_TEST(test_writer_numbers_as_jansson)
{
    unsigned long long bits = 0x9E3779B97F4A7C15ULL;
    char mine[64], *theirs;
    long k;
    int i, n;

    for (k = -30000; k <= 30000; k++) {
        double x = (double)k / 1000.0 + (k % 7) * 1e-5;
        theirs = jansson_real(round(x * 1000.0) / 1000.0);
        n = qawlr_json_rounded(mine, sizeof mine, x);
        ck_assert_int_gt(n, 0);
        ck_assert_str_eq(mine, theirs);
        free(theirs);
    }
    for (i = 0; i < 60000; i++) {
        double x;
        bits = bits * 6364136223846793005ULL + 1442695040888963407ULL;
        memcpy(&x, &bits, sizeof x);
        if (i % 2)   /* half of them scaled into the range of scores */
            x = fmod(x, 1e12);
        theirs = jansson_real(round(x * 1000.0) / 1000.0);
        n = qawlr_json_rounded(mine, sizeof mine, x);
        ck_assert_int_eq(n < 0, theirs == NULL);
        if (theirs)
            ck_assert_str_eq(mine, theirs);
        free(theirs);
        theirs = jansson_real(x);
        n = qawlr_json_real(mine, sizeof mine, x);
        ck_assert_int_eq(n < 0, theirs == NULL);
        if (theirs)
            ck_assert_str_eq(mine, theirs);
        free(theirs);
    }
    theirs = jansson_real(-0.0);
    ck_assert_int_gt(qawlr_json_rounded(mine, sizeof mine, -0.0001), 0);
    ck_assert_str_eq(mine, theirs);   /* "-0.0" */
    free(theirs);
}
END_TEST

/* The escaper and the UTF-8 check against jansson: every byte alone,
 * and random byte strings. */
START_TEST(test_writer_escapes_as_jansson)
{
    unsigned long long bits = 12345;
    sink_data d = {{0}, -1};
    qawl_writer *w;
    char s[12];
    int i, len;

    for (i = 0; i < 60000; i++) {
        json_t *j;
        char *theirs;
        int k;
        if (i < 256) {
            s[0] = (char)i;
            len = i ? 1 : 0;
        } else {
            bits = bits * 6364136223846793005ULL + 1442695040888963407ULL;
            len = (int)(bits >> 60) % 8 + 1;
            for (k = 0; k < len; k++)   /* bytes 0x01-0x7F and 0x80-0xFF */
                s[k] = (char)(bits >> (k * 7) | (k % 3 ? 0x80 : 0));
            for (k = 0; k < len; k++)
                if (s[k] == 0)
                    s[k] = '\x01';
        }
        s[len] = '\0';
        j = json_string(s);
        ck_assert_int_eq(qawlr_utf8_valid(s, (size_t)len), j != NULL);
        if (j == NULL)
            continue;
        theirs = json_dumps(j, JSON_ENCODE_ANY);
        json_decref(j);
        w = qawl_writer_new(QAWL_FORMAT_JSONL, collect, &d);
        qawlr_json_string(w, s, (size_t)len);
        qawlr_flush(w);
        qawl_writer_free(w);
        ck_assert_uint_eq(d.buf.len, strlen(theirs));
        ck_assert(memcmp(d.buf.data, theirs, d.buf.len) == 0);
        d.buf.len = 0;
        free(theirs);
    }
    qawlp_buf_free(&d.buf);
}
END_TEST

/* Strings long enough for the sixteen- and eight-byte blocks of the
 * UTF-8 checks (qawlp_utf8_validate, and the load stage's pass that also
 * finds the lines): pieces of Arabic letters, ASCII, line ends, three-
 * and four-byte characters and stray bytes, at every alignment.  Valid
 * exactly when jansson says so; a valid input analyses, an invalid one
 * fails with QAWL_ERR_UTF8 at the first bad byte. */
START_TEST(test_utf8_blocks_as_jansson)
{
    static const char *const pieces[] = {
        "\xD9\x82\xD8\xA7\xD9\x84", "a", " ", "\n", "\xD8\xA9",
        "\xE2\x80\x9D", "\xF0\x9F\x98\x80", "\xC2\xAB", "\xD8",
        "\x80", "\xC1\xBF", "\xE0\x80\xAF", "\xDF", "\xED\xA0\x80",
        "\xFF"};
    const size_t npieces = sizeof pieces / sizeof pieces[0];
    qawl_lexicon *lex = test_lexicons();
    unsigned long long bits = 987654321;
    char s[160];
    int i;

    for (i = 0; i < 20000; i++) {
        size_t len = 0, n, bad;
        qawl_error err;
        qawl_result *r;
        json_t *j;
        int k;
        /* mostly letters, now and then something else */
        for (k = 0; k < 40 && len < 120; k++) {
            const char *p;
            bits = bits * 6364136223846793005ULL + 1442695040888963407ULL;
            p = pieces[(bits >> 33) % 8 ? (bits >> 40) % 3 == 0 ? 1 : 0
                                        : (bits >> 40) % npieces];
            n = strlen(p);
            memcpy(s + len, p, n);
            len += n;
        }
        s[len] = '\0';
        j = json_stringn(s, len);
        ck_assert_int_eq(qawlr_utf8_valid(s, len), j != NULL);
        json_decref(j);
        /* the first bad byte: where the longest valid prefix ends */
        for (bad = len; bad > 0; bad--) {
            j = json_stringn(s, bad);
            json_decref(j);
            if (j != NULL)
                break;
        }
        memset(&err, 0, sizeof err);
        r = qawl_analyze(lex, s, len, 0, &err);
        if (bad == len) {
            ck_assert_ptr_nonnull(r);
        } else {
            ck_assert_ptr_null(r);
            ck_assert_int_eq(err.code, QAWL_ERR_UTF8);
            if (strncmp(err.message, "not text", 8) != 0)
                ck_assert_uint_eq(err.offset, bad);
        }
        qawl_result_free(r);
    }
}
END_TEST

/* The header's version macros agree with each other, with configure's
 * version and with the library's qawl_version(). */
START_TEST(test_version)
{
    char v[64];

    snprintf(v, sizeof v, "%d.%d.%d", QAWL_VERSION_MAJOR, QAWL_VERSION_MINOR,
             QAWL_VERSION_PATCH);
    ck_assert_str_eq(v, QAWL_VERSION);
    ck_assert_str_eq(QAWL_VERSION, PACKAGE_VERSION);
    ck_assert_str_eq(qawl_version(), QAWL_VERSION);
    ck_assert_int_eq(QAWL_VERSION_NUMBER, (QAWL_VERSION_MAJOR << 16) |
                     (QAWL_VERSION_MINOR << 8) | QAWL_VERSION_PATCH);
}
END_TEST

/* qawl_lexicon_load(NULL, ...) honours QAWL_LEXICONS, as the CLI does. */
START_TEST(test_lexicons_env)
{
    qawl_error err;
    qawl_lexicon *lex;

    setenv("QAWL_LEXICONS", QAWL_TEST_LEXICONS, 1);
    lex = qawl_lexicon_load(NULL, NULL);
    ck_assert_ptr_nonnull(lex);
    qawl_lexicon_free(lex);

    memset(&err, 0, sizeof err);
    setenv("QAWL_LEXICONS", "/nonexistent-qawl-lexicons", 1);
    ck_assert_ptr_null(qawl_lexicon_load(NULL, &err));
    ck_assert_ptr_nonnull(strstr(err.file, "/nonexistent-qawl-lexicons/"));
    unsetenv("QAWL_LEXICONS");
}
END_TEST

static Suite *api_suite(void)
{
    Suite *s = suite_create("api");
    TCase *tc = tcase_create("analyze");
    TCase *ta = tcase_create("alloc");
    TCase *tw = tcase_create("writer");

    tcase_add_unchecked_fixture(tc, NULL, test_lexicons_free);
    tcase_add_test(tc, test_article);
    tcase_add_test(tc, test_version);
    tcase_add_test(tc, test_lexicons_env);
    tcase_add_test(tc, test_canonical_name);
    tcase_add_test(tc, test_bom_crlf);
    tcase_add_test(tc, test_stage_profile);
    tcase_add_test(tc, test_text_replacement);
    tcase_add_test(tc, test_empty_and_arguments);
    tcase_add_test(tc, test_analyze_take);
    tcase_add_test(tc, test_results_held);
    suite_add_tcase(s, tc);
    tcase_add_unchecked_fixture(ta, NULL, test_lexicons_free);
    tcase_add_test(ta, test_alloc_analyze);
    tcase_add_test(ta, test_alloc_lexicon);
    tcase_set_timeout(ta, 600);
    suite_add_tcase(s, ta);
    tcase_add_unchecked_fixture(tw, NULL, test_lexicons_free);
    tcase_add_test(tw, test_writer_json);
    tcase_add_test(tw, test_writer_jsonl_text_and_failure);
    tcase_add_test(tw, test_buffer);
    tcase_add_test(tw, test_buffer_in_place);
    tcase_add_test(tw, test_dump);
    tcase_add_test(tw, test_writer_numbers_as_jansson);
    tcase_add_test(tw, test_writer_escapes_as_jansson);
    tcase_add_test(tw, test_utf8_blocks_as_jansson);
    tcase_set_timeout(tw, 60);
    suite_add_tcase(s, tw);
    return s;
}

int main(void)
{
    return test_run_suite(api_suite());
}
