/*
 * check_segment.c — tests of the segment stage (analyzer/segment.c):
 * tokens, sentences, paragraphs, clitic variants and the pairing of
 * quotation marks.
 */
#include <config.h>

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common.h"

/* Whether token I of DOC has norm text TEXT. */
static int tok_is(const qawlp_doc *doc, size_t i, const char *text)
{
    const qawlp_token *t = &doc->tokens.v[i];

    return t->end - t->start == strlen(text) &&
           memcmp(doc->norm + t->start, text, strlen(text)) == 0;
}

typedef struct {
    const char *text;
    int kind;
    int qmark;
} want_token;

START_TEST(test_tokens)
{
    static const want_token want[] = {
        {"وقال", QAWLP_TOK_WORD, 0}, {"reuters", QAWLP_TOK_WORD, 0},
        {":", QAWLP_TOK_PUNCT, 0}, {"2", QAWLP_TOK_WORD, 0},
        {".", QAWLP_TOK_PUNCT, 0}, {"5", QAWLP_TOK_WORD, 0},
        {"مليون", QAWLP_TOK_WORD, 0}, {"،", QAWLP_TOK_PUNCT, 0},
        {"«", QAWLP_TOK_QMARK, QAWLP_QM_GUIL_OPEN}, {"نعم", QAWLP_TOK_WORD, 0},
        {"»", QAWLP_TOK_QMARK, QAWLP_QM_GUIL_CLOSE},
        {"“", QAWLP_TOK_QMARK, QAWLP_QM_CURLY_OPEN}, {"لا", QAWLP_TOK_WORD, 0},
        {"”", QAWLP_TOK_QMARK, QAWLP_QM_CURLY_CLOSE},
        {"„", QAWLP_TOK_QMARK, QAWLP_QM_CURLY_OPEN}, {"ربما", QAWLP_TOK_WORD, 0},
        {"”", QAWLP_TOK_QMARK, QAWLP_QM_CURLY_CLOSE},
        {"‹", QAWLP_TOK_QMARK, QAWLP_QM_SGUIL_OPEN}, {"كلا", QAWLP_TOK_WORD, 0},
        {"›", QAWLP_TOK_QMARK, QAWLP_QM_SGUIL_CLOSE},
        {"\"", QAWLP_TOK_QMARK, QAWLP_QM_STRAIGHT}, {"حسنا", QAWLP_TOK_WORD, 0},
        {"\"", QAWLP_TOK_QMARK, QAWLP_QM_STRAIGHT},
        {"!", QAWLP_TOK_PUNCT, 0}, {"\n", QAWLP_TOK_NEWLINE, 0},
    };
    qawlp_doc *doc = test_doc("وقال Reuters: 2.5 مليون، «نعم» “لا” „ربما” "
                              "‹كلا› \"حسنا\"!\n", TEST_STAGE_SEGMENT);
    size_t i, n = sizeof want / sizeof want[0];

    ck_assert_uint_eq(doc->tokens.n, n);
    for (i = 0; i < n; i++) {
        const qawlp_token *t = &doc->tokens.v[i];
        ck_assert_msg(tok_is(doc, i, want[i].text), "token %zu is '%.*s', "
                      "expected '%s'", i, (int)(t->end - t->start),
                      doc->norm + t->start, want[i].text);
        ck_assert_int_eq(t->kind, want[i].kind);
        ck_assert_int_eq(t->qmark, want[i].qmark);
        if (t->kind == QAWLP_TOK_PUNCT || t->kind == QAWLP_TOK_QMARK) {
            uint32_t cp;
            qawlp_utf8_decode((const unsigned char *)doc->norm + t->start,
                              t->end - t->start, &cp);
            ck_assert_uint_eq(t->cp, cp);
        }
    }
    /* Each kind pairs with its closer: « » “ ” „ ” ‹ › " ". */
    ck_assert_uint_eq(doc->marked.n, 5);
    ck_assert_int_eq(doc->tokens.v[8].pair, 10);
    ck_assert_int_eq(doc->tokens.v[10].pair, 8);
    ck_assert_int_eq(doc->tokens.v[11].pair, 13);
    ck_assert_int_eq(doc->tokens.v[14].pair, 16);
    ck_assert_int_eq(doc->tokens.v[17].pair, 19);
    ck_assert_int_eq(doc->tokens.v[20].pair, 22);
    ck_assert_int_eq(doc->tokens.v[22].pair, 20);
    ck_assert_int_eq(doc->tokens.v[1].pair, -1);
    /* "2.5" is one sentence with what follows it. */
    ck_assert_uint_eq(doc->tokens.v[3].sentence, doc->tokens.v[6].sentence);
    qawl_result_free(doc);
}
END_TEST

START_TEST(test_sentences)
{
    qawlp_doc *doc = test_doc("أ. ب! ج? د؟ ه… و 2.5 ز «نعم» ثم. العربية.نت",
                              TEST_STAGE_SEGMENT);
    static const char *const words[] = {"ا", "ب", "ج", "د", "ه", "و", "ز",
                                        "نعم", "ثم", "العربيه", "نت"};
    static const unsigned sentence[] = {0, 1, 2, 3, 4, 5, 5, 5, 5, 6, 6};
    size_t k, i;
    long at;

    for (k = 0; k < sizeof words / sizeof words[0]; k++) {
        at = test_token_index(doc, words[k], 0);
        ck_assert_msg(at >= 0, "no token %s", words[k]);
        ck_assert_msg(doc->tokens.v[at].sentence == sentence[k],
                      "%s in sentence %u, expected %u", words[k],
                      doc->tokens.v[at].sentence, sentence[k]);
    }
    ck_assert_uint_eq(doc->sentences.n, 7);
    for (i = 0; i < doc->sentences.n; i++) {
        const qawlp_sentence *s = &doc->sentences.v[i];
        ck_assert_uint_lt(s->first, s->last);
        if (i > 0)
            ck_assert_uint_eq(s->first, doc->sentences.v[i - 1].last);
        for (k = s->first; k < s->last; k++)
            ck_assert_uint_eq(doc->tokens.v[k].sentence, i);
    }
    ck_assert_uint_eq(doc->sentences.v[doc->sentences.n - 1].last,
                      doc->tokens.n);
    qawl_result_free(doc);
}
END_TEST

/* A dot inside the closing mark ends the sentence; the mark stays in it. */
START_TEST(test_dot_before_closing_mark)
{
    static const char *const texts[] = {
        "قال «نعم.» ثم غادر", "قال “نعم.” ثم غادر", "قال \"نعم.\" ثم غادر",
    };
    size_t k;

    for (k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        qawlp_doc *doc = test_doc(texts[k], TEST_STAGE_SEGMENT);
        long yes = test_token_index(doc, "نعم", 0);
        long then = test_token_index(doc, "ثم", 0);
        int shape = yes >= 0 && then == yes + 3 &&
                    doc->tokens.v[yes + 2].kind == QAWLP_TOK_QMARK;
        uint32_t s_yes = 0, s_mark = 0, s_then = 0;

        if (shape) {
            s_yes = doc->tokens.v[yes].sentence;
            s_mark = doc->tokens.v[yes + 2].sentence;
            s_then = doc->tokens.v[then].sentence;
        }
        qawl_result_free(doc);
        ck_assert_msg(shape, "%s: unexpected tokens", texts[k]);
        ck_assert_uint_eq(s_mark, s_yes);
        ck_assert_msg(s_then == s_yes + 1,
                      "%s: no sentence end after the dot", texts[k]);
    }
}
END_TEST

/* The paragraph of token I: its sentence's. */
static size_t para(const qawlp_doc *doc, long i)
{
    return doc->sentences.v[doc->tokens.v[i].sentence].paragraph;
}

START_TEST(test_paragraphs)
{
    qawlp_doc *doc = test_doc("أ ب\nج\r\n\nد", TEST_STAGE_SEGMENT);
    long a = test_token_index(doc, "ا", 0), b = test_token_index(doc, "ب", 0);
    long c = test_token_index(doc, "ج", 0), d = test_token_index(doc, "د", 0);
    size_t i, newlines = 0;

    ck_assert(a >= 0 && b >= 0 && c >= 0 && d >= 0);
    ck_assert_uint_eq(para(doc, a), 0);
    ck_assert_uint_eq(para(doc, b), 0);
    ck_assert_uint_eq(para(doc, c), 1);
    ck_assert_uint_gt(para(doc, d), 1);
    for (i = 0; i < doc->tokens.n; i++)
        newlines += doc->tokens.v[i].kind == QAWLP_TOK_NEWLINE;
    ck_assert_uint_eq(newlines, 3);
    /* A line break ends a sentence with no punctuation. */
    ck_assert_uint_eq(doc->tokens.v[a].sentence, doc->tokens.v[b].sentence);
    ck_assert_uint_ne(doc->tokens.v[b].sentence, doc->tokens.v[c].sentence);
    ck_assert_uint_ne(doc->tokens.v[c].sentence, doc->tokens.v[d].sentence);
    /* Each paragraph is the line count before the sentence's first token
     * (a token's paragraph is its sentence's). */
    for (i = 0; i < doc->sentences.n; i++) {
        size_t k, lines = 0;
        for (k = 0; k < doc->sentences.v[i].first; k++)
            lines += doc->tokens.v[k].kind == QAWLP_TOK_NEWLINE;
        ck_assert_uint_eq(doc->sentences.v[i].paragraph, lines);
    }
    qawl_result_free(doc);
}
END_TEST

/* ------------------------------------------------------ clitic variants */

typedef struct {
    const char *word;
    int conj;                   /* expected conj bytes */
    const char *keys[QAWLP_MAX_VARIANTS + 1];  /* NULL-terminated */
} variant_case;

static const variant_case variants[] = {
    {"وقال", 2, {"وقال", "قال", NULL}},
    {"فالرئيس", 2, {"فالرييس", "رييس", NULL}},
    {"بالحرب", 0, {"بالحرب", "حرب", NULL}},
    {"لوقف", 0, {"لوقف", "وقف", NULL}},
    {"كالعادة", 0, {"كالعاده", "عاده", NULL}},
    {"الحرب", 0, {"حرب", NULL}},
    {"للحرب", 0, {"للحرب", "لحرب", "حرب", NULL}},
    {"وللحرب", 2, {"وللحرب", "للحرب", "لحرب", "حرب", NULL}},
    {"فن", 0, {"فن", NULL}},              /* too short to strip */
    {"إلى", 0, {"الي", NULL}},            /* ال + one letter is a word */
};
#define NVARIANTS (sizeof variants / sizeof variants[0])

START_TEST(test_variants)
{
    const variant_case *c = &variants[_i];
    qawlp_doc *doc = test_doc(c->word, TEST_STAGE_SEGMENT);
    const qawlp_token *t;
    size_t k, v, nkeys = 0;

    ck_assert_uint_eq(doc->tokens.n, 1);
    t = &doc->tokens.v[0];
    ck_assert_int_eq(t->kind, QAWLP_TOK_WORD);
    ck_assert_msg(t->conj == c->conj, "%s: conj %d", c->word, t->conj);
    while (c->keys[nkeys])
        nkeys++;
    ck_assert_msg(t->nvar == nkeys, "%s: %d variants, expected %zu",
                  c->word, t->nvar, nkeys);
    for (k = 0; k < nkeys; k++) {
        int found = 0;
        for (v = 0; v < t->nvar; v++) {
            ck_assert_uint_le(t->var_skip[v] + qawlp_var_len(t, v),
                              t->end - t->start);
            if (qawlp_var_len(t, v) == strlen(c->keys[k]) &&
                memcmp(doc->norm + t->start + t->var_skip[v], c->keys[k],
                       qawlp_var_len(t, v)) == 0)
                found = 1;
        }
        ck_assert_msg(found, "%s: no variant %s", c->word, c->keys[k]);
    }
    /* Least stripped first. */
    for (v = 1; v < t->nvar; v++)
        ck_assert_uint_lt(t->var_skip[v - 1], t->var_skip[v]);
    /* Each variant's slot is the lexicon's slot for that key. */
    for (v = 0; v < t->nvar; v++) {
        const qawlp_slot *s = qawlp_lexicon_find(
            test_lexicons(), doc->norm + t->start + t->var_skip[v],
            qawlp_var_len(t, v));
        ck_assert_int_eq(qawlp_var_slot(doc, t, v),
                         s ? (int32_t)(s - test_lexicons()->slots) : -1);
    }
    qawl_result_free(doc);
}
END_TEST

/* ------------------------------------------------------ quotation marks */

typedef struct {
    const char *name;
    const char *text;
    size_t npairs;
    const char *open_after;     /* the word before the first pair's opener
                                   (NULL: the opener is token 0) */
    const char *close_before;   /* the word before the first pair's closer */
} pair_case;

static const pair_case pairs[] = {
    {"guillemets", "قال «نعم» ثم", 1, "قال", "نعم"},
    {"curly", "قال “نعم” ثم", 1, "قال", "نعم"},
    {"low-high", "قال „نعم” ثم", 1, "قال", "نعم"},
    {"reversed curly", "قال ”نعم“ ثم", 1, "قال", "نعم"},
    {"single guillemets", "قال ‹نعم› ثم", 1, "قال", "نعم"},
    {"straight", "قال \"نعم\" ثم", 1, "قال", "نعم"},
    {"straight in order", "\"أ\" و \"ب\"", 2, NULL, "ا"},
    {"nested", "قال «أ “ب” ج» د", 2, "قال", "ج"},
    {"stray closers", "أ» ب› ج «د", 0, NULL, NULL},
    {"unbalanced across a paragraph", "قال «أ ب\nثم قال ج» د", 0, NULL,
     NULL},
    {"straight unbalanced across a paragraph", "قال \"أ ب\nثم قال ج\" د",
     0, NULL, NULL},
    {"reopened guillemet", "قال «أ ب\n«ج د» ه", 1, "قال", "د"},
    {"reopened straight", "قال \"أ ب\n\"ج د\" ه", 1, "قال", "د"},
    {"reopened after a blank line", "قال «أ ب\n\n«ج د» ه", 1, "قال", "د"},
};
#define NPAIRS (sizeof pairs / sizeof pairs[0])

START_TEST(test_pairs)
{
    const pair_case *c = &pairs[_i];
    qawlp_doc *doc = test_doc(c->text, TEST_STAGE_SEGMENT);
    size_t i, paired = 0;

    ck_assert_msg(doc->marked.n == c->npairs, "%s: %zu pairs, expected %zu",
                  c->name, doc->marked.n, c->npairs);
    for (i = 0; i < doc->marked.n; i++) {
        const qawlp_marked *m = &doc->marked.v[i];
        ck_assert_uint_lt(m->open, m->close);
        ck_assert_int_eq(doc->tokens.v[m->open].kind, QAWLP_TOK_QMARK);
        ck_assert_int_eq(doc->tokens.v[m->close].kind, QAWLP_TOK_QMARK);
        ck_assert_int_eq(doc->tokens.v[m->open].pair, (int32_t)m->close);
        ck_assert_int_eq(doc->tokens.v[m->close].pair, (int32_t)m->open);
    }
    for (i = 0; i < doc->tokens.n; i++)
        if (doc->tokens.v[i].pair >= 0)
            paired++;
    ck_assert_uint_eq(paired, 2 * c->npairs);
    if (c->npairs > 0) {
        /* The first pair in text order. */
        uint32_t open = doc->marked.v[0].open, close = doc->marked.v[0].close;
        for (i = 1; i < doc->marked.n; i++)
            if (doc->marked.v[i].open < open) {
                open = doc->marked.v[i].open;
                close = doc->marked.v[i].close;
            }
        if (c->open_after)
            ck_assert_msg(open > 0 && tok_is(doc, open - 1, c->open_after),
                          "%s: opener at %u", c->name, open);
        else
            ck_assert_uint_eq(open, 0);
        ck_assert_msg(tok_is(doc, close - 1, c->close_before),
                      "%s: closer at %u", c->name, close);
    }
    qawl_result_free(doc);
}
END_TEST

/* A buffer of N copies of UNIT. */
static char *repeat(const char *unit, size_t n)
{
    size_t len = strlen(unit), i;
    char *s = malloc(len * n + 1);

    ck_assert_ptr_nonnull(s);
    for (i = 0; i < n; i++)
        memcpy(s + i * len, unit, len);
    s[len * n] = '\0';
    return s;
}

START_TEST(test_hundred_unbalanced)
{
    char *text = repeat("«كلمة ", 100);
    qawlp_doc *doc = test_doc(text, TEST_STAGE_SEGMENT);
    size_t i, marks = 0;

    ck_assert_uint_eq(doc->marked.n, 0);
    for (i = 0; i < doc->tokens.n; i++) {
        ck_assert_int_eq(doc->tokens.v[i].pair, -1);
        marks += doc->tokens.v[i].kind == QAWLP_TOK_QMARK;
    }
    ck_assert_uint_eq(marks, 100);
    qawl_result_free(doc);
    free(text);
}
END_TEST

/* CPU seconds the segment stage alone takes on TEXT. */
static double segment_seconds(const char *text, size_t *npairs)
{
    qawlp_doc *doc = test_doc(text, TEST_STAGE_NORMALIZE);
    qawl_error err;
    clock_t t0;
    double s;

    memset(&err, 0, sizeof err);
    t0 = clock();
    ck_assert_int_eq(qawlp_segment_run(doc, test_lexicons(), &err), QAWL_OK);
    s = (double)(clock() - t0) / CLOCKS_PER_SEC;
    *npairs = doc->marked.n;
    qawl_result_free(doc);
    return s;
}

/* Unbalanced marks cost linear time: segmenting 4N units of text must
 * take about 4 times as long as N units, not 16 (allowing 8 times plus
 * 0.1 s for noise), on one line, one per line and between blank lines. */
typedef struct {
    const char *name;
    const char *unit;
    size_t n;
} bulk_case;

static const bulk_case bulk[] = {
    {"one line", "«كلمة ", 10000},
    {"one per line", "«كلمة\n", 10000},
    {"straight, one per line", "\"كلمة\n", 10000},
    {"blank lines", "\n", 10000},
    {"marks between blank lines", "«كلمة\n\n\n\n\n\n\n\n\n\n", 1000},
};
#define NBULK (sizeof bulk / sizeof bulk[0])

START_TEST(test_linear_time)
{
    const bulk_case *c = &bulk[_i];
    char *small = repeat(c->unit, c->n), *big = repeat(c->unit, 4 * c->n);
    size_t np_small, np_big;
    double t_small = segment_seconds(small, &np_small);
    double t_big = segment_seconds(big, &np_big);

    free(small);
    free(big);
    ck_assert_msg(t_big < 8 * t_small + 0.1,
                  "%s: %zu units took %.3f s, %zu units %.3f s", c->name,
                  c->n, t_small, 4 * c->n, t_big);
    ck_assert_uint_le(np_big, 2 * c->n);
}
END_TEST

static Suite *segment_suite(void)
{
    Suite *s = suite_create("segment");
    TCase *tc = tcase_create("tokens");
    TCase *tm = tcase_create("marks");

    tcase_add_unchecked_fixture(tc, NULL, test_lexicons_free);
    tcase_add_test(tc, test_tokens);
    tcase_add_test(tc, test_sentences);
    tcase_add_test(tc, test_dot_before_closing_mark);
    tcase_add_test(tc, test_paragraphs);
    tcase_add_loop_test(tc, test_variants, 0, (int)NVARIANTS);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);

    tcase_add_unchecked_fixture(tm, NULL, test_lexicons_free);
    tcase_add_loop_test(tm, test_pairs, 0, (int)NPAIRS);
    tcase_add_test(tm, test_hundred_unbalanced);
    tcase_add_loop_test(tm, test_linear_time, 0, (int)NBULK);
    tcase_set_timeout(tm, 120);
    suite_add_tcase(s, tm);
    return s;
}

int main(void)
{
    return test_run_suite(segment_suite());
}
