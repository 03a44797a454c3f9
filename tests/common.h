/*
 * common.h — helpers shared by the Check programs (tests/check_*.c).
 *
 * Every program links tests/libtestcommon.la and libqawl_core.la, so the
 * internal stage functions (qawlp_*) are callable.  The lexicons are the
 * shipped ones (QAWL_TEST_LEXICONS, the source tree's lexicons/ dir).
 *
 * Typical use:
 *
 *   tc = tcase_create("core");
 *   tcase_add_unchecked_fixture(tc, NULL, test_lexicons_free);
 *   ...
 *   qawl_result *r = test_analyze("وقال الوزير إن \"...\".");
 *   const qawl_quote *q = test_find_quote(r, "...");
 *   qawl_result_free(r);
 */
#ifndef QAWL_TEST_COMMON_H
#define QAWL_TEST_COMMON_H

#include <check.h>
#include <stddef.h>

#include "qawl.h"
#include "internal.h"

#ifndef QAWL_TEST_LEXICONS
#define QAWL_TEST_LEXICONS "lexicons"
#endif
#ifndef QAWL_TEST_DATA
#define QAWL_TEST_DATA "tests"
#endif

/* The shipped lexicons, loaded on first use and kept until
 * test_lexicons_free().  Aborts the test with the loader's
 * file:line:col message when they do not load. */
qawl_lexicon *test_lexicons(void);

/* Frees the lexicons loaded by test_lexicons() (a teardown; safe to call
 * when nothing is loaded). */
void test_lexicons_free(void);

/* Analyses the NUL-terminated UTF8_TEXT with the shipped lexicons and the
 * default options.  Fails the test (printing the error) when the analysis
 * fails.  Caller frees with qawl_result_free(). */
qawl_result *test_analyze(const char *utf8_text);

/* The first quote of R whose text contains SUBSTRING, or NULL. */
const qawl_quote *test_find_quote(const qawl_result *r,
                                  const char *substring);

/* Runs suite S in CK_NORMAL mode and frees it; returns EXIT_SUCCESS when
 * every test passed, else EXIT_FAILURE (for main's return). */
int test_run_suite(Suite *s);

/* Checks that every accessor of R agrees with its LEN-byte INPUT: quote
 * ids 1-based and in text order, spans inside the input, texts (quote,
 * cue, mention, evidence) equal to the input bytes at their spans, line
 * and column (the BOM is no column) recomputed independently, confidence
 * in [0, 1], score in [-1, 1], speakers numbered 1.., each speaker's
 * quotes pointing back at it, and NULL for every out-of-range index. */
void test_check_result(const qawl_result *r, const char *input, size_t len);

/* Pipeline stages for test_doc(), in the order qawl_analyze runs them. */
enum {
    TEST_STAGE_LOAD = 1,
    TEST_STAGE_NORMALIZE,
    TEST_STAGE_SEGMENT,
    TEST_STAGE_CUES,
    TEST_STAGE_QUOTES,
    TEST_STAGE_ACTS,
    TEST_STAGE_SOURCES,
    TEST_STAGE_ENTITIES,
    TEST_STAGE_ATTRIBUTE,
    TEST_STAGE_STANCE,
    TEST_STAGE_FINISH
};

/* Builds a document from the NUL-terminated TEXT by running the stages
 * load .. UPTO_STAGE (a TEST_STAGE_*) with the shipped lexicons and the
 * default options; each stage must succeed (the test fails otherwise).
 * Caller frees with qawl_result_free(), which frees partial documents. */
qawlp_doc *test_doc(const char *text, int upto_stage);

/* The same for LEN bytes at TEXT with OPTIONS.  Returns NULL when a stage
 * fails, with ERR (not NULL) describing the failure; the partial document
 * is freed then. */
qawlp_doc *test_doc_bytes(const char *text, size_t len, unsigned options,
                          int upto_stage, qawl_error *err);

/* Loads, normalises and segments the NUL-terminated TEXT with lexicon LEX
 * (not the shipped set: a test's own), each stage must succeed.  Caller
 * frees with qawl_result_free(). */
qawlp_doc *test_segmented(const char *text, const qawl_lexicon *lex);

/* Index of the first token of DOC whose norm text equals the NUL-terminated
 * folded WORD, from token FROM on, or -1. */
long test_token_index(const qawlp_doc *doc, const char *word, size_t from);

/* Writes LEN bytes of DATA to a new temporary file (mkstemp) and returns
 * its path (caller frees with free() after unlink()).  Fails the test on
 * error.  The file is created under $TMPDIR (default /tmp). */
char *test_write_temp(const char *data, size_t len);

#endif /* QAWL_TEST_COMMON_H */
