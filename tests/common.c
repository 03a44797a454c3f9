/*
 * common.c — helpers shared by the Check programs; see common.h.
 */
#include <config.h>

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

static qawl_lexicon *shared_lex;

qawl_lexicon *test_lexicons(void)
{
    qawl_error err;

    if (shared_lex != NULL)
        return shared_lex;
    memset(&err, 0, sizeof err);
    shared_lex = qawl_lexicon_load(QAWL_TEST_LEXICONS, &err);
    if (shared_lex == NULL)
        ck_abort_msg("cannot load %s: %s:%lu:%lu: %s (%s)",
                     QAWL_TEST_LEXICONS, err.file, err.line, err.column,
                     err.message, qawl_status_string(err.code));
    return shared_lex;
}

void test_lexicons_free(void)
{
    qawl_lexicon_free(shared_lex);
    shared_lex = NULL;
}

qawl_result *test_analyze(const char *utf8_text)
{
    qawl_error err;
    qawl_result *r;

    memset(&err, 0, sizeof err);
    r = qawl_analyze(test_lexicons(), utf8_text, strlen(utf8_text), 0, &err);
    if (r == NULL)
        fprintf(stderr, "qawl_analyze failed: %s:%lu:%lu (offset %zu): %s\n",
                qawl_status_string(err.code), err.line, err.column,
                err.offset, err.message);
    ck_assert_msg(r != NULL, "qawl_analyze failed: %s: %s",
                  qawl_status_string(err.code), err.message);
    return r;
}

const qawl_quote *test_find_quote(const qawl_result *r, const char *substring)
{
    size_t i;

    for (i = 0; i < qawl_result_quote_count(r); i++) {
        const qawl_quote *q = qawl_result_quote(r, i);
        if (strstr(qawl_quote_text(q), substring) != NULL)
            return q;
    }
    return NULL;
}

int test_run_suite(Suite *s)
{
    SRunner *sr = srunner_create(s);
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    test_lexicons_free();
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* Runs stage STAGE on DOC. */
static qawl_status run_stage(qawlp_doc *doc, int stage, const char *text,
                             size_t len, unsigned options, qawl_error *err)
{
    const qawl_lexicon *lex = doc->lex;

    switch (stage) {
    case TEST_STAGE_LOAD:
        return qawlp_load_run(doc, text, len, options, err);
    case TEST_STAGE_NORMALIZE:
        return qawlp_normalize_run(doc, options, err);
    case TEST_STAGE_SEGMENT:
        return qawlp_segment_run(doc, lex, err);
    case TEST_STAGE_CUES:
        return qawlp_cues_run(doc, lex, err);
    case TEST_STAGE_QUOTES:
        return qawlp_quotes_run(doc, lex, err);
    case TEST_STAGE_ACTS:
        return qawlp_acts_run(doc, lex, err);
    case TEST_STAGE_SOURCES:
        return qawlp_sources_run(doc, lex, err);
    case TEST_STAGE_ENTITIES:
        return qawlp_entities_run(doc, lex, err);
    case TEST_STAGE_ATTRIBUTE:
        return qawlp_attribute_run(doc, lex, err);
    case TEST_STAGE_STANCE:
        return qawlp_stance_run(doc, lex, err);
    case TEST_STAGE_FINISH:
        return qawlp_finish_run(doc, err);
    default:
        return QAWL_ERR_ARG;
    }
}

qawlp_doc *test_doc_bytes(const char *text, size_t len, unsigned options,
                          int upto_stage, qawl_error *err)
{
    qawlp_doc *doc;
    int stage;

    ck_assert_msg(upto_stage >= TEST_STAGE_LOAD &&
                  upto_stage <= TEST_STAGE_FINISH,
                  "test_doc: no stage %d", upto_stage);
    doc = qawlp_calloc(1, sizeof *doc);
    ck_assert_ptr_nonnull(doc);
    doc->lex = test_lexicons();
    for (stage = TEST_STAGE_LOAD; stage <= upto_stage; stage++) {
        if (run_stage(doc, stage, text, len, options, err) != QAWL_OK) {
            qawl_result_free(doc);
            return NULL;
        }
    }
    return doc;
}

qawlp_doc *test_segmented(const char *text, const qawl_lexicon *lex)
{
    qawl_error err;
    qawlp_doc *doc = qawlp_calloc(1, sizeof *doc);

    memset(&err, 0, sizeof err);
    ck_assert_ptr_nonnull(doc);
    ck_assert_int_eq(qawlp_load_run(doc, text, strlen(text), 0, &err), QAWL_OK);
    ck_assert_int_eq(qawlp_normalize_run(doc, 0, &err), QAWL_OK);
    ck_assert_int_eq(qawlp_segment_run(doc, lex, &err), QAWL_OK);
    return doc;
}

qawlp_doc *test_doc(const char *text, int upto_stage)
{
    qawl_error err;
    qawlp_doc *doc;

    memset(&err, 0, sizeof err);
    doc = test_doc_bytes(text, strlen(text), 0, upto_stage, &err);
    ck_assert_msg(doc != NULL, "test_doc: stage failed: %s: %s (line %lu, "
                  "column %lu, offset %zu)", qawl_status_string(err.code),
                  err.message, err.line, err.column, err.offset);
    return doc;
}

/* ------------------------------------------------ result consistency */

/* Line and column of byte OFF of the LEN bytes at S, computed here
 * independently of the library. */
static void where(const char *s, size_t len, size_t off, size_t *line,
                  size_t *col)
{
    size_t i, start = 0;
    size_t body = len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

    *line = 1;
    for (i = 0; i < off; i++) {
        int crlf = s[i] == '\r' && i + 1 < len && s[i + 1] == '\n';
        if (s[i] == '\n' || (s[i] == '\r' && !crlf)) {
            (*line)++;
            start = i + 1;
        }
    }
    if (start == 0)
        start = body;
    *col = 1;
    for (i = start; i < off; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            (*col)++;
}

void test_check_result(const qawl_result *r, const char *input, size_t len)
{
    size_t i, k, n, rlen;

    ck_assert_ptr_eq(qawl_result_input(r, &rlen), qawl_result_input(r, NULL));
    ck_assert_uint_eq(rlen, len);
    ck_assert_int_eq(memcmp(qawl_result_input(r, NULL), input, len), 0);
    for (i = 0; i < qawl_result_quote_count(r); i++) {
        const qawl_quote *q = qawl_result_quote(r, i);
        size_t a, b, line, col, wl, wc, ca, cb;
        double score;
        const char *cue;
        ck_assert_uint_eq(qawl_quote_id(q), i + 1);
        qawl_quote_span(q, &a, &b);
        ck_assert_uint_lt(a, b);
        ck_assert_uint_le(b, len);
        ck_assert_uint_eq(strlen(qawl_quote_text(q)), b - a);
        ck_assert_int_eq(memcmp(qawl_quote_text(q), input + a, b - a), 0);
        if (i > 0) {
            size_t pa;
            qawl_quote_span(qawl_result_quote(r, i - 1), &pa, NULL);
            ck_assert_uint_le(pa, a);   /* text order */
        }
        qawl_quote_position(q, &line, &col);
        where(input, len, a, &wl, &wc);
        ck_assert_uint_eq(line, wl);
        ck_assert_uint_eq(col, wc);
        cue = qawl_quote_cue(q, &ca, &cb);
        if (cue) {
            ck_assert_uint_le(cb, len);
            ck_assert_uint_eq(strlen(cue), cb - ca);
            ck_assert_int_eq(memcmp(cue, input + ca, cb - ca), 0);
        }
        cue = qawl_quote_mention(q, &ca, &cb);
        if (cue)
            ck_assert_int_eq(memcmp(cue, input + ca, cb - ca), 0);
        ck_assert(qawl_quote_confidence(q) >= 0 &&
                  qawl_quote_confidence(q) <= 1);
        ck_assert_ptr_nonnull(qawl_quote_rule(q));
        qawl_quote_stance(q, &score);
        ck_assert(score >= -1 && score <= 1);
        for (k = 0; k < qawl_quote_evidence_count(q); k++) {
            double w;
            const char *mod;
            const char *term = qawl_quote_evidence(q, k, &ca, &cb, &w, &mod);
            ck_assert_ptr_nonnull(term);
            ck_assert(ca >= a && cb <= b && ca < cb);
            ck_assert_int_eq(memcmp(term, input + ca, cb - ca), 0);
        }
        ck_assert_ptr_null(qawl_quote_evidence(q, k, NULL, NULL, NULL, NULL));
        if (qawl_quote_speaker(q)) {
            const qawl_speaker *s = qawl_quote_speaker(q);
            int found = 0;
            for (k = 0; k < qawl_speaker_quote_count(s); k++)
                found |= qawl_speaker_quote(s, k) == q;
            ck_assert_msg(found, "quote %zu missing from its speaker", i + 1);
        }
    }
    ck_assert_ptr_null(qawl_result_quote(r, qawl_result_quote_count(r)));
    ck_assert_ptr_null(qawl_result_quote(r, 999));
    /* acts: numbered in text order, verb then object inside the input,
     * their texts the input's bytes, confidence and score in range */
    for (i = 0; i < qawl_result_act_count(r); i++) {
        const qawl_act *a = qawl_result_act(r, i);
        size_t vs, ve, os, oe, as, ae;
        const char *verb = qawl_act_verb(a, &vs, &ve);
        const char *object = qawl_act_object(a, &os, &oe);
        double score;
        ck_assert_uint_eq(qawl_act_id(a), i + 1);
        qawl_act_span(a, &as, &ae);
        ck_assert(as == vs && ae == oe && vs < ve && ve <= os && os < oe &&
                  oe <= len);
        ck_assert_uint_eq(strlen(verb), ve - vs);
        ck_assert(memcmp(input + vs, verb, ve - vs) == 0);
        ck_assert_uint_eq(strlen(object), oe - os);
        ck_assert(memcmp(input + os, object, oe - os) == 0);
        ck_assert(qawl_act_confidence(a) >= 0 && qawl_act_confidence(a) <= 1);
        qawl_act_stance(a, &score);
        ck_assert(score >= -1 && score <= 1);
    }
    ck_assert_ptr_null(qawl_result_act(r, qawl_result_act_count(r)));
    n = qawl_result_speaker_count(r);
    for (i = 0; i < n; i++) {
        const qawl_speaker *s = qawl_result_speaker(r, i);
        ck_assert_uint_eq(qawl_speaker_id(s), i + 1);
        ck_assert_ptr_nonnull(qawl_speaker_name(s));
        /* a speaker quotes or acts (issue 16: some only act) */
        ck_assert_uint_ge(qawl_speaker_quote_count(s) +
                              qawl_speaker_act_count(s), 1);
        for (k = 0; k < qawl_speaker_act_count(s); k++)
            ck_assert_ptr_eq(qawl_act_speaker(qawl_speaker_act(s, k)), s);
        ck_assert_ptr_null(qawl_speaker_act(s, k));
        ck_assert_uint_ge(qawl_speaker_alias_count(s), 1);
        for (k = 0; k < qawl_speaker_alias_count(s); k++)
            ck_assert_ptr_nonnull(qawl_speaker_alias(s, k));
        ck_assert_ptr_null(qawl_speaker_alias(s, k));
        for (k = 0; k < qawl_speaker_quote_count(s); k++) {
            const qawl_quote *q = qawl_speaker_quote(s, k);
            ck_assert_ptr_eq(qawl_quote_speaker(q), s);
            if (k > 0)
                ck_assert_uint_lt(qawl_quote_id(qawl_speaker_quote(s, k - 1)),
                                  qawl_quote_id(q));
        }
        ck_assert_ptr_null(qawl_speaker_quote(s, k));
    }
    ck_assert_ptr_null(qawl_result_speaker(r, n));
    ck_assert_ptr_null(qawl_result_speaker(r, 999));
}

long test_token_index(const qawlp_doc *doc, const char *word, size_t from)
{
    size_t i, n = strlen(word);

    for (i = from; i < doc->tokens.n; i++) {
        const qawlp_token *t = &doc->tokens.v[i];
        if (t->end - t->start == n &&
            memcmp(doc->norm + t->start, word, n) == 0)
            return (long)i;
    }
    return -1;
}

char *test_write_temp(const char *data, size_t len)
{
    const char *dir = getenv("TMPDIR");
    char *path;
    int fd;

    if (dir == NULL || *dir == '\0')
        dir = "/tmp";
    path = malloc(strlen(dir) + 32);
    ck_assert_ptr_nonnull(path);
    sprintf(path, "%s/qawl-test-XXXXXX", dir);
    fd = mkstemp(path);
    ck_assert_msg(fd >= 0, "mkstemp(%s) failed", path);
    ck_assert_msg(write(fd, data, len) == (ssize_t)len, "write %s", path);
    ck_assert_int_eq(close(fd), 0);
    return path;
}
