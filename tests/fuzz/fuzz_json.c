/*
 * fuzz_json.c — libFuzzer target over the JSON document writer: every
 * document it writes is parsed back with jansson and dumped again by
 * jansson with the flags the writer once used (JSON_PRESERVE_ORDER,
 * JSON_REAL_PRECISION(10), JSON_INDENT(2) or JSON_COMPACT); the two must
 * be the same bytes.  The writer escapes and formats numbers itself, so
 * this holds it to jansson's escaping, indentation and doubles.
 *
 * Input: byte 0 holds options, then (bit 3) a file name, then the article.
 *   bit 0      QAWL_OPT_REPAIR_UTF8
 *   bits 1-2   plain text, Markdown, HTML (3: both)
 *   bit 3      byte 1 is a length L (mod 64) and the next L bytes the
 *              document's path (up to a NUL): control characters and
 *              invalid UTF-8 in names
 *   bit 4      also write an error document whose message is the last
 *              255 bytes of the input
 *   bits 5-7   unused
 * The first 8 bytes of the article are also read as a double, formatted
 * by the writer's number routines and by jansson.
 *
 * A document written by the writer must parse; a difference, a parse
 * error, or a writer that fails where jansson would not (or the reverse)
 * aborts.  Built with libFuzzer by ./configure --enable-fuzzing CC=clang;
 * without it, tests/fuzz/replay.c replays seeds and regressions in
 * `make check`.
 */
#include <config.h>

#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qawl.h"
#include "report.h"

#ifndef QAWL_FUZZ_LEXICONS
#define QAWL_FUZZ_LEXICONS "lexicons"
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static qawl_lexicon *lexicons;

#define FLAGS (JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10))
#define HEAD "{\"qawl\": \"1\", \"documents\": [\n"
#define TAIL "\n]}\n"

typedef struct {
    char *data;
    size_t len, cap;
} membuf;

static int keep(const char *data, size_t len, void *user)
{
    membuf *m = user;

    if (m->len + len + 1 > m->cap) {
        size_t cap = m->cap ? m->cap : 4096;
        char *d;
        while (cap < m->len + len + 1)
            cap *= 2;
        d = realloc(m->data, cap);
        if (d == NULL)
            return -1;
        m->data = d;
        m->cap = cap;
    }
    memcpy(m->data + m->len, data, len);
    m->len += len;
    return 0;
}

static void fail(const char *what, const char *got, size_t len)
{
    fprintf(stderr, "fuzz_json: %s\n%.*s\n", what, (int)(len > 4000 ? 4000 : len),
            got ? got : "");
    abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *dir = getenv("QAWL_LEXICONS");
    qawl_error err = {0};

    (void)argc;
    (void)argv;
    lexicons = qawl_lexicon_load(dir ? dir : QAWL_FUZZ_LEXICONS, &err);
    if (lexicons == NULL) {
        fprintf(stderr, "fuzz_json: %s:%lu: %s\n", err.file, err.line,
                err.message);
        abort();
    }
    return 0;
}

/* DOC dumped by jansson with FLAGS must be exactly the LEN bytes at S. */
static void same_as_jansson(json_t *doc, size_t flags, const char *s,
                            size_t len)
{
    char *again = json_dumps(doc, flags | JSON_ENCODE_ANY);

    if (again == NULL)
        fail("jansson cannot dump the parsed document", s, len);
    if (strlen(again) != len || memcmp(again, s, len) != 0) {
        fprintf(stderr, "fuzz_json: jansson dumps\n%s\n", again);
        fail("the writer wrote", s, len);
    }
    free(again);
}

/* The path the writer gives: the name, or (not UTF-8) the name with each
 * byte that does not begin a valid character (jansson is the judge) as
 * U+FFFD, its valid characters kept (as report and audit keep them). */
static void check_path(json_t *doc, const char *path)
{
    json_t *want = json_string(path);
    const char *got = json_string_value(json_object_get(doc, "path"));

    if (want == NULL) {
        size_t i, k, n = 0, len = strlen(path);
        char *copy = malloc(len * 3 + 1);
        if (copy == NULL)
            abort();
        for (i = 0; i < len; i += k) {
            json_t *one = NULL;
            for (k = 1; k <= 4 && i + k <= len && one == NULL; k++)
                one = json_stringn(path + i, k);
            if (one) {
                k--;   /* the loop went one past the length that parsed */
                memcpy(copy + n, path + i, k);
                n += k;
                json_decref(one);
            } else {
                memcpy(copy + n, "\xEF\xBF\xBD", 3);
                n += 3;
                k = 1;
            }
        }
        copy[n] = '\0';
        want = json_string(copy);
        free(copy);
    }
    if (got == NULL || want == NULL || strcmp(got, json_string_value(want)))
        fail("path differs", got, got ? strlen(got) : 0);
    json_decref(want);
}

/* Writes one document in FORMAT and holds it to jansson.  Returns the
 * writer's status. */
static qawl_status write_checked(qawl_format format, const char *path,
                                 const qawl_result *r, const qawl_error *err)
{
    membuf out = {0};
    qawl_writer *w = qawl_writer_new(format, keep, &out);
    qawl_status st;
    json_error_t jerr;
    json_t *all, *doc;

    if (w == NULL)
        abort();
    st = qawl_writer_add(w, path, r, err);
    if (st == QAWL_OK)
        st = qawl_writer_finish(w);
    qawl_writer_free(w);
    if (st != QAWL_OK) {
        free(out.data);
        return st;
    }
    all = json_loadb(out.data, out.len, 0, &jerr);
    if (all == NULL) {
        fprintf(stderr, "fuzz_json: %s at %d\n", jerr.text, jerr.position);
        fail("output does not parse", out.data, out.len);
    }
    if (format == QAWL_FORMAT_JSONL) {
        if (out.len == 0 || out.data[out.len - 1] != '\n')
            fail("a JSON Lines record without its line end", out.data, out.len);
        same_as_jansson(all, FLAGS | JSON_COMPACT, out.data, out.len - 1);
        doc = all;
    } else {
        size_t h = sizeof HEAD - 1, t = sizeof TAIL - 1;
        doc = json_array_get(json_object_get(all, "documents"), 0);
        if (out.len < h + t || memcmp(out.data, HEAD, h) ||
            memcmp(out.data + out.len - t, TAIL, t) || doc == NULL)
            fail("not one document in the JSON frame", out.data, out.len);
        same_as_jansson(doc, FLAGS | JSON_INDENT(2), out.data + h,
                        out.len - h - t);
    }
    check_path(doc, path);
    json_decref(all);
    free(out.data);
    return st;
}

/* X formatted by the writer's number routines and by jansson. */
static void check_number(double x)
{
    char mine[64];
    double v = round(x * 1000.0) / 1000.0;
    json_t *real = json_real(v);
    char *theirs = real ? json_dumps(real, FLAGS | JSON_ENCODE_ANY) : NULL;
    int n = qawlr_json_rounded(mine, sizeof mine, x);

    if ((real == NULL) != (n < 0))
        fail("the writer and jansson disagree on a finite score", NULL, 0);
    if (theirs && strcmp(mine, theirs))
        fail(theirs, mine, strlen(mine));
    free(theirs);
    json_decref(real);
    real = json_real(x);
    theirs = real ? json_dumps(real, FLAGS | JSON_ENCODE_ANY) : NULL;
    n = qawlr_json_real(mine, sizeof mine, x);
    if ((real == NULL) != (n < 0) || (theirs && strcmp(mine, theirs)))
        fail("a real differs from jansson's", mine, n > 0 ? (size_t)n : 0);
    free(theirs);
    json_decref(real);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qawl_error err = {0};
    qawl_result *r;
    unsigned flags, opts = 0;
    char path[65] = "fuzz.txt";
    size_t skip = 1;

    if (size == 0)
        return 0;
    flags = data[0];
    if (flags & 1)
        opts |= QAWL_OPT_REPAIR_UTF8;
    if (flags & 2)
        opts |= QAWL_OPT_MARKDOWN;
    if (flags & 4)
        opts |= QAWL_OPT_HTML;
    if ((flags & 8) && size > 1) {
        size_t n = data[1] % 64;
        if (n > size - 2)
            n = size - 2;
        memcpy(path, data + 2, n);
        path[n] = '\0';   /* a NUL inside ends the name */
        skip = 2 + n;
    }
    if (size - skip >= sizeof(double)) {
        double x;
        memcpy(&x, data + skip, sizeof x);
        check_number(x);
    }
    r = qawl_analyze(lexicons, (const char *)data + skip, size - skip, opts,
                     &err);
    if (write_checked(QAWL_FORMAT_JSON, path, r, &err) != QAWL_OK ||
        write_checked(QAWL_FORMAT_JSONL, path, r, &err) != QAWL_OK)
        fail("the writer failed on an analysed document", NULL, 0);
    qawl_result_free(r);
    if (flags & 16) {
        /* an error document: it fails exactly when jansson refused the
         * message */
        qawl_error e = {0};
        size_t n = size < sizeof e.message ? size : sizeof e.message - 1;
        json_t *s;
        e.code = QAWL_ERR_IO;
        memcpy(e.message, data + size - n, n);
        s = json_string(e.message);
        if ((write_checked(QAWL_FORMAT_JSONL, path, NULL, &e) == QAWL_OK) !=
            (s != NULL))
            fail("the writer and jansson disagree on a message", e.message,
                 strlen(e.message));
        json_decref(s);
    }
    return 0;
}
