/*
 * check_normalize.c — tests of load (analyzer/load.c) and normalise
 * (analyzer/normalize.c): the folded text, its offset map back to the
 * input bytes, and the refusal or repair of invalid UTF-8.
 *
 * Each folding case gives the input, the expected folded text, and for
 * every code point of the folded text the input offset it must map to.
 */
#include <config.h>

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

#define MAXCP 16

typedef struct {
    const char *name;
    const char *src;
    size_t len;                 /* 0: strlen(src) */
    const char *norm;
    int off[MAXCP];             /* input offset of each norm code point */
    int noff;
} fold_case;

static const fold_case folds[] = {
    {"tashkeel", "كَتَبَ", 0, "كتب", {0, 4, 8}, 3},
    {"tashkeel before a space", "قَالَ لا", 0, "قال لا",
     {0, 4, 6, 10, 11, 13}, 6},
    {"dagger alif", "هٰذا", 0, "هذا", {0, 4, 6}, 3},
    {"tatweel", "ســلام", 0, "سلام", {0, 6, 8, 10}, 4},
    {"alef forms", "أإآٱ", 0, "اااا", {0, 2, 4, 6}, 4},
    {"alef maqsura", "على", 0, "علي", {0, 2, 4}, 3},
    {"taa marbuta", "غزة", 0, "غزه", {0, 2, 4}, 3},
    {"waw hamza", "مؤتمر", 0, "موتمر", {0, 2, 4, 6, 8}, 5},
    {"yeh hamza", "رئيس", 0, "رييس", {0, 2, 4, 6}, 4},
    {"persian kaf and yeh", "کی", 0, "كي", {0, 2}, 2},
    {"heh with yeh above", "ۀ", 0, "ه", {0}, 1},
    {"arabic-indic digits", "٢٠٢٤ ۱۲", 0, "2024 12",
     {0, 2, 4, 6, 8, 9, 11}, 7},
    {"lam-alef ligature U+FEFB", "\xEF\xBB\xBB", 0, "لا", {0, 0}, 2},
    {"isolated alef and lam-alef-hamza", "\xEF\xBA\x8D\xEF\xBB\xB7", 0,
     "الا", {0, 3, 3}, 3},
    {"isolated ghain U+FECD", "\xEF\xBB\x8D" "زة", 0, "غزه", {0, 3, 5}, 3},
    {"bidi marks", "a\xE2\x80\x8E" "b\xE2\x80\x8F" "c\xD8\x9C" "d"
     "\xE2\x81\xA6" "e\xE2\x81\xA7" "f\xE2\x81\xA8" "g\xE2\x81\xA9" "h", 0,
     "abcdefgh", {0, 4, 8, 11, 15, 19, 23, 27}, 8},
    {"CRLF and CR", "a\r\nb\rc\n", 0, "a\nb\nc\n", {0, 1, 3, 4, 5, 6}, 6},
    {"BOM", "\xEF\xBB\xBF" "سلام", 0, "سلام", {3, 5, 7, 9}, 4},
    {"ASCII case and no-break space", "Gaza\xC2\xA0News", 0, "gaza news",
     {0, 1, 2, 3, 4, 6, 7, 8, 9}, 9},
    {"NUL byte", "a\0b", 3, "a b", {0, 1, 2}, 3},
    /* a hashtag's mark before one Arabic word is dropped; before two
     * joined by _ (a topic) or before other text it stays */
    {"hashtag of one word", "طيب #علي", 0, "طيب علي", {0, 2, 4, 6, 8, 10, 12}, 7},
    {"hashtag of joined words", "#عم_با", 0, "#عم_با", {0, 1, 3, 5, 6, 8}, 6},
    {"hash before Latin", "#ab", 0, "#ab", {0, 1, 2}, 3},
    {"empty", "", 0, "", {0}, 0},
};
#define NFOLDS (sizeof folds / sizeof folds[0])

/* The input offset of norm byte N: the map is sparse (normalize.c). */
#define MAP(n) qawlp_input_offset(doc, (n))

/* Checks DOC's norm and map against NORM and OFF (NOFF code points). */
static void check_map(const char *name, const qawlp_doc *doc,
                      const char *norm, const int *off, int noff,
                      int repaired)
{
    size_t b = 0, i;
    int k;

    ck_assert_msg(strcmp(doc->norm, norm) == 0, "%s: folded to '%s'", name,
                  doc->norm);
    ck_assert_uint_eq(doc->norm_len, strlen(norm));
    for (k = 0; k < noff; k++) {
        uint32_t cp;
        int n = qawlp_utf8_decode((const unsigned char *)doc->norm + b,
                                  doc->norm_len - b, &cp);
        int j;
        ck_assert_msg(n > 0, "%s: folded text is not UTF-8", name);
        for (j = 0; j < n; j++)
            ck_assert_msg(MAP(b + (size_t)j) == (uint32_t)off[k],
                          "%s: norm byte %zu maps to %zu, expected %d", name,
                          b + (size_t)j, MAP(b + (size_t)j), off[k]);
        b += (size_t)n;
    }
    ck_assert_uint_eq(b, doc->norm_len);
    ck_assert_uint_eq(MAP(doc->norm_len), doc->src_len);
    for (i = 0; i < doc->norm_len; i++) {
        ck_assert_msg(MAP(i) <= MAP(i + 1),
                      "%s: map decreases at %zu", name, i);
        ck_assert_uint_lt(MAP(i), doc->src_len);
        /* Every byte maps to the start of an input character (or, when
         * repaired, to the bad byte its U+FFFD stands for). */
        ck_assert_msg(repaired ||
                      ((unsigned char)doc->src[MAP(i)] & 0xC0) != 0x80,
                      "%s: norm byte %zu maps inside a character", name, i);
    }
}

START_TEST(test_fold)
{
    const fold_case *c = &folds[_i];
    size_t len = c->len ? c->len : strlen(c->src);
    qawl_error err;
    qawlp_doc *doc;

    memset(&err, 0, sizeof err);
    doc = test_doc_bytes(c->src, len, 0, TEST_STAGE_NORMALIZE, &err);
    ck_assert_msg(doc != NULL, "%s: %s", c->name, err.message);
    ck_assert_uint_eq(doc->src_len, len);
    ck_assert_int_eq(memcmp(doc->src, c->src, len), 0);
    check_map(c->name, doc, c->norm, c->off, c->noff, 0);
    qawl_result_free(doc);
}
END_TEST

START_TEST(test_bom_body_and_lines)
{
    static const char text[] = "\xEF\xBB\xBF" "أ\r\nب\rج\nد";
    qawlp_doc *doc = test_doc(text, TEST_STAGE_NORMALIZE);

    ck_assert_uint_eq(doc->body, 3);
    ck_assert_uint_eq(doc->lines.n, 4);
    ck_assert_uint_eq(doc->lines.v[0], 0);
    ck_assert_uint_eq(doc->lines.v[1], 7);    /* after BOM, أ, CR LF */
    ck_assert_uint_eq(doc->lines.v[2], 10);   /* after ب CR */
    ck_assert_uint_eq(doc->lines.v[3], 13);   /* after ج LF */
    ck_assert_str_eq(doc->norm, "ا\nب\nج\nد");
    qawl_result_free(doc);
}
END_TEST

/* A word's norm span maps back to the whole written word, marks and all. */
START_TEST(test_span_keeps_marks)
{
    static const char text[] = "قَالَ الوَزِيرُ";
    qawlp_doc *doc = test_doc(text, TEST_STAGE_SEGMENT);
    size_t a, b;

    ck_assert_uint_eq(doc->tokens.n, 2);
    a = qawlp_input_offset(doc, doc->tokens.v[0].start);
    b = qawlp_input_offset(doc, doc->tokens.v[0].end);
    ck_assert_uint_eq(a, 0);
    ck_assert_uint_eq(b, strlen("قَالَ"));
    a = qawlp_input_offset(doc, doc->tokens.v[1].start);
    b = qawlp_input_offset(doc, doc->tokens.v[1].end);
    ck_assert_uint_eq(a, strlen("قَالَ "));
    ck_assert_uint_eq(b, strlen(text));
    ck_assert_int_eq(memcmp(text + a, "الوَزِيرُ", b - a), 0);
    qawl_result_free(doc);
}
END_TEST

/* ------------------------------------------------------- invalid UTF-8 */

typedef struct {
    const char *name;
    const char *src;
    size_t len;
    size_t offset;
    unsigned long line, column;
    unsigned byte;
} bad_case;

static const bad_case bad[] = {
    {"truncated at the end", "ab\xD8", 3, 2, 1, 3, 0xD8},
    {"truncated before a space", "سل\xD9 x", 7, 4, 1, 3, 0xD9},
    {"truncated 3-byte", "x\n\xE2\x80", 4, 2, 2, 1, 0xE2},
    {"overlong C0 80", "x\nyy\xC0\x80", 6, 4, 2, 3, 0xC0},
    {"overlong E0 80 80", "\xE0\x80\x80", 3, 0, 1, 1, 0xE0},
    {"surrogate ED A0 80", "\xED\xA0\x80", 3, 0, 1, 1, 0xED},
    {"byte 0xFF", "سلام\xFF", 9, 8, 1, 5, 0xFF},
    {"lone continuation after CRLF", "a\r\n\x80", 4, 3, 2, 1, 0x80},
    {"above U+10FFFF", "\xF4\x90\x80\x80", 4, 0, 1, 1, 0xF4},
    {"after a CR line", "a\rbc\xFE", 5, 4, 2, 3, 0xFE},
    /* Inside runs of two-byte letters, which the load and the validator
     * check eight bytes at a time: the bad byte inside such a block. */
    {"overlong C1 in a run of letters", "مرحبا بالعالم\xC1\x81 نص", 32, 25,
     1, 14, 0xC1},
    {"lone continuation after letters", "سلام عليكم\x80", 20, 19, 1, 11,
     0x80},
    {"truncated 3-byte after letters", "عليكم سلام\xE2\x80", 21, 19, 1, 11,
     0xE2},
    {"after letters on a second line", "سلام\nعليكم\xFF", 20, 19, 2, 6,
     0xFF},
    /* The BOM is not a column (qawl_quote_position agrees). */
    {"after a BOM", "\xEF\xBB\xBF" "ab\xFF", 6, 5, 1, 3, 0xFF},
};
#define NBAD (sizeof bad / sizeof bad[0])

START_TEST(test_invalid_utf8)
{
    const bad_case *c = &bad[_i];
    qawl_error err;
    qawlp_doc *doc;
    char msg[64];

    memset(&err, 0, sizeof err);
    doc = test_doc_bytes(c->src, c->len, 0, TEST_STAGE_NORMALIZE, &err);
    ck_assert_msg(doc == NULL, "%s: accepted", c->name);
    ck_assert_int_eq(err.code, QAWL_ERR_UTF8);
    ck_assert_msg(err.offset == c->offset, "%s: offset %zu, expected %zu",
                  c->name, err.offset, c->offset);
    ck_assert_msg(err.line == c->line && err.column == c->column,
                  "%s: at %lu:%lu, expected %lu:%lu", c->name, err.line,
                  err.column, c->line, c->column);
    snprintf(msg, sizeof msg, "invalid UTF-8 at byte %zu (byte 0x%02X)",
             c->offset, c->byte);
    ck_assert_str_eq(err.message, msg);
    /* The public entry point reports the same. */
    memset(&err, 0, sizeof err);
    ck_assert_ptr_null(qawl_analyze(test_lexicons(), c->src, c->len, 0, &err));
    ck_assert_int_eq(err.code, QAWL_ERR_UTF8);
    ck_assert_uint_eq(err.offset, c->offset);
}
END_TEST

typedef struct {
    const char *name;
    const char *src;
    size_t len;
    const char *norm;
    int off[MAXCP];
    int noff;
} repair_case;

static const repair_case repairs[] = {
    {"0xFF", "ab\xFF" "cd", 5, "ab\xEF\xBF\xBD" "cd", {0, 1, 2, 3, 4}, 5},
    {"truncated at the end", "x\xD8", 2, "x\xEF\xBF\xBD", {0, 1}, 2},
    {"surrogate", "\xED\xA0\x80" "ب", 5,
     "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "ب", {0, 1, 2, 3}, 4},
    {"overlong between words", "من \xC0\x80 هنا", 14,
     "من \xEF\xBF\xBD\xEF\xBF\xBD هنا", {0, 2, 4, 5, 6, 7, 8, 10, 12}, 9},
};
#define NREPAIRS (sizeof repairs / sizeof repairs[0])

/* A thread keeps a freed result's folded text for the next document,
 * with its size.  A text that folding lengthened and then shortened back
 * to its own length (two lam-alef ligatures, +2 bytes, then a tatweel,
 * -2) leaves the kept buffer cut to that length: its size must say so,
 * or the next, longer document writes past it (caught by the ASan and
 * valgrind runs of this suite). */
START_TEST(test_spare_after_growth)
{
    static const char word[] = "قال الوزير إن الحل قريب جدا. ";
    char *big = malloc(8192), *next = malloc(2048);
    const char grown[] = "\xEF\xBB\xBB\xEF\xBB\xBB xxxxxxxxxxxxxxxxxxxx\xD9\x80";
    size_t n = 0, k;
    qawl_error err;
    qawl_result *r;

    ck_assert_ptr_nonnull(big);
    ck_assert_ptr_nonnull(next);
    while (n + sizeof word < 8192) {
        memcpy(big + n, word, sizeof word - 1);
        n += sizeof word - 1;
    }
    r = qawl_analyze(test_lexicons(), big, n, 0, &err);
    ck_assert_ptr_nonnull(r);
    qawl_result_free(r);
    r = qawl_analyze(test_lexicons(), grown, sizeof grown - 1, 0, &err);
    ck_assert_ptr_nonnull(r);
    qawl_result_free(r);
    for (k = 0; k + sizeof word < 2048; k += sizeof word - 1)
        memcpy(next + k, word, sizeof word - 1);
    r = qawl_analyze(test_lexicons(), next, k, 0, &err);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_gt(qawl_result_quote_count(r), 0);
    qawl_result_free(r);
    free(big);
    free(next);
}
END_TEST

START_TEST(test_repair)
{
    const repair_case *c = &repairs[_i];
    qawl_error err;
    qawlp_doc *doc;
    qawl_result *r;

    memset(&err, 0, sizeof err);
    doc = test_doc_bytes(c->src, c->len, QAWL_OPT_REPAIR_UTF8,
                         TEST_STAGE_NORMALIZE, &err);
    ck_assert_msg(doc != NULL, "%s: %s", c->name, err.message);
    ck_assert_int_eq(err.code, QAWL_OK);
    check_map(c->name, doc, c->norm, c->off, c->noff, 1);
    qawl_result_free(doc);
    /* The whole pipeline accepts it too, and keeps the original bytes. */
    r = qawl_analyze(test_lexicons(), c->src, c->len, QAWL_OPT_REPAIR_UTF8,
                     &err);
    ck_assert_ptr_nonnull(r);
    {
        size_t n;
        const char *in = qawl_result_input(r, &n);
        ck_assert_uint_eq(n, c->len);
        ck_assert_int_eq(memcmp(in, c->src, n), 0);
    }
    qawl_result_free(r);
}
END_TEST

/* The loader's folding is the text's: qawlp_fold_string agrees with the
 * document's norm on every fold case. */
START_TEST(test_fold_string_agrees)
{
    const fold_case *c = &folds[_i];
    size_t len = c->len ? c->len : strlen(c->src);
    qawlp_buf out = {0};
    size_t skip = 0;

    if (len >= 3 && memcmp(c->src, "\xEF\xBB\xBF", 3) == 0)
        skip = 3;   /* a leading BOM is the document's business */
    ck_assert_int_eq(qawlp_fold_string(c->src + skip, len - skip, &out), 0);
    ck_assert_ptr_nonnull(out.data);
    ck_assert_msg(strcmp(out.data, c->norm) == 0, "%s: folded to '%s'",
                  c->name, out.data);
    qawlp_buf_free(&out);
}
END_TEST

/* The edit count behind spelling variants: 0, 1, or 2 for "more". */
START_TEST(test_letter_edits)
{
    static const uint32_t abcde[] = { 'a', 'b', 'c', 'd', 'e' };
    static const uint32_t abxde[] = { 'a', 'b', 'x', 'd', 'e' };
    static const uint32_t abde[] = { 'a', 'b', 'd', 'e' };
    static const uint32_t abcdef[] = { 'a', 'b', 'c', 'd', 'e', 'f' };
    static const uint32_t axcxe[] = { 'a', 'x', 'c', 'x', 'e' };
    static const uint32_t ab[] = { 'a', 'b' };

    ck_assert_int_eq(qawlp_letter_edits(abcde, 5, abcde, 5), 0);
    ck_assert_int_eq(qawlp_letter_edits(abcde, 5, abxde, 5), 1);
    ck_assert_int_eq(qawlp_letter_edits(abcde, 5, abde, 4), 1);
    ck_assert_int_eq(qawlp_letter_edits(abde, 4, abcde, 5), 1);
    ck_assert_int_eq(qawlp_letter_edits(abcde, 5, abcdef, 6), 1);
    ck_assert_int_eq(qawlp_letter_edits(abcde, 5, axcxe, 5), 2);
    ck_assert_int_eq(qawlp_letter_edits(abcde, 5, ab, 2), 2);
    ck_assert_int_eq(qawlp_letter_edits(abxde, 5, abcdef, 6), 2);
}
END_TEST

/* qawlp_strip_bidi drops each bidi control wherever it falls, the scan
 * for them going eight bytes at a time: the Arabic letter mark (D8 9C)
 * and LRM (E2 80 8E) at every offset of a run of letters and spaces, so
 * that some straddle two blocks of eight; text without one is kept. */
START_TEST(test_strip_bidi_anywhere)
{
    static const char *const marks[] = { "\xD8\x9C", "\xE2\x80\x8E" };
    const char *plain = "قال المتحدث إن الوفد سيصل غدا";
    size_t len = strlen(plain), at, m;

    for (m = 0; m < 2; m++) {
        for (at = 0; at <= len; at++) {
            char buf[128];
            size_t k = strlen(marks[m]);
            /* only at a character's start: a mark inside a letter would
             * make no valid text */
            if (at < len && ((unsigned char)plain[at] & 0xC0) == 0x80)
                continue;
            memcpy(buf, plain, at);
            memcpy(buf + at, marks[m], k);
            memcpy(buf + at + k, plain + at, len - at + 1);
            qawlp_strip_bidi(buf);
            ck_assert_msg(strcmp(buf, plain) == 0, "mark %zu at %zu kept",
                          m, at);
        }
    }
    {
        char buf[128];
        memcpy(buf, plain, len + 1);
        qawlp_strip_bidi(buf);
        ck_assert_str_eq(buf, plain);
    }
}
END_TEST

/* The folding of one code point of the Arabic block, as README.md
 * states the rules: 0 when it is dropped. */
static uint32_t arabic_block_fold(uint32_t cp)
{
    if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640 ||
        cp == 0x061C)
        return 0;
    if (cp == 0x0622 || cp == 0x0623 || cp == 0x0625 || cp == 0x0671)
        return 0x0627;
    if (cp == 0x0649 || cp == 0x0626 || cp == 0x06CC)
        return 0x064A;
    if (cp == 0x0629 || cp == 0x06C0)
        return 0x0647;
    if (cp == 0x0624)
        return 0x0648;
    if (cp == 0x06A9)
        return 0x0643;
    if (cp >= 0x0660 && cp <= 0x0669)
        return '0' + (cp - 0x0660);
    if (cp >= 0x06F0 && cp <= 0x06F9)
        return '0' + (cp - 0x06F0);
    return cp;
}

static size_t put_cp(char *out, uint32_t cp)
{
    return (size_t)qawlp_utf8_encode(cp, out);
}

/* Every code point of U+0600-U+06FF folds by the rules, whether the fast
 * path meets it alone, second of a pair of letters or first of one (the
 * pair read as one four-byte word), after a space or after a digit; the
 * document and qawlp_fold_string agree. */
START_TEST(test_arabic_block)
{
    uint32_t cp;

    for (cp = 0x0600; cp <= 0x06FF; cp++) {
        char in[64], want[64];
        size_t n = 0, w = 0;
        uint32_t f = arabic_block_fold(cp);
        qawlp_buf out = {0};
        qawlp_doc *doc;

        /* "ب<cp>ب <cp>بب 1<cp> <cp>" and its folding */
        n += put_cp(in + n, 0x0628); n += put_cp(in + n, cp);
        n += put_cp(in + n, 0x0628); in[n++] = ' ';
        n += put_cp(in + n, cp); n += put_cp(in + n, 0x0628);
        n += put_cp(in + n, 0x0628); in[n++] = ' '; in[n++] = '1';
        n += put_cp(in + n, cp); in[n++] = ' ';
        n += put_cp(in + n, cp);
        in[n] = '\0';
        w += put_cp(want + w, 0x0628);
        if (f) w += put_cp(want + w, f);
        w += put_cp(want + w, 0x0628); want[w++] = ' ';
        if (f) w += put_cp(want + w, f);
        w += put_cp(want + w, 0x0628);
        w += put_cp(want + w, 0x0628); want[w++] = ' '; want[w++] = '1';
        if (f) w += put_cp(want + w, f);
        want[w++] = ' ';
        if (f) w += put_cp(want + w, f);
        want[w] = '\0';

        doc = test_doc(in, TEST_STAGE_NORMALIZE);
        ck_assert_msg(strcmp(doc->norm, want) == 0, "U+%04X: '%s', want '%s'",
                      (unsigned)cp, doc->norm, want);
        qawl_result_free(doc);
        ck_assert_int_eq(qawlp_fold_string(in, n, &out), 0);
        ck_assert_msg(strcmp(out.data, want) == 0, "U+%04X folded alone",
                      (unsigned)cp);
        qawlp_buf_free(&out);
    }
}
END_TEST

/* The same inside long words, which the folder reads up to eight
 * letters at a time: every code point of the block at each of the
 * first nine places of a word of ten letters, and after it. */
START_TEST(test_arabic_block_long_words)
{
    uint32_t cp;
    int at;

    for (cp = 0x0600; cp <= 0x06FF; cp++) {
        for (at = 0; at < 10; at++) {
            char in[96], want[96];
            size_t n = 0, w = 0;
            uint32_t f = arabic_block_fold(cp);
            qawlp_buf out = {0};
            qawlp_doc *doc;
            int k;

            /* ten letters, the AT-th of them CP, and a space, twice */
            for (k = 0; k < 10; k++) {
                static const uint32_t fill[3] = {0x0628, 0x062A, 0x062B};
                uint32_t c = k == at ? cp : fill[k % 3];   /* ب ت ث */
                uint32_t g = k == at ? f : c;
                n += put_cp(in + n, c);
                if (g)
                    w += put_cp(want + w, g);
            }
            in[n++] = ' ';
            want[w++] = ' ';
            memcpy(in + n, in, n);
            memcpy(want + w, want, w);
            n *= 2;
            w *= 2;
            in[n] = '\0';
            want[w] = '\0';

            doc = test_doc(in, TEST_STAGE_NORMALIZE);
            ck_assert_msg(strcmp(doc->norm, want) == 0,
                          "U+%04X at %d: '%s', want '%s'", (unsigned)cp, at,
                          doc->norm, want);
            qawl_result_free(doc);
            ck_assert_int_eq(qawlp_fold_string(in, n, &out), 0);
            ck_assert_msg(strcmp(out.data, want) == 0,
                          "U+%04X at %d folded alone", (unsigned)cp, at);
            qawlp_buf_free(&out);
        }
    }
}
END_TEST

/* The folder's run of letters that fold to themselves, read 16 bytes
 * at a time, is the run read two letters at a time: for every pair of
 * bytes (valid UTF-8 or not) in each of eight places among letters. */
START_TEST(test_self_letters_blocks)
{
    unsigned v;
    int at;

    for (v = 0; v < 0x10000; v++) {
        for (at = 0; at < 8; at++) {
            unsigned char b[20];
            int k;
            for (k = 0; k < 10; k++) {
                b[2 * k] = 0xD8;            /* ب */
                b[2 * k + 1] = 0xA8;
            }
            b[2 * at] = (unsigned char)(v >> 8);
            b[2 * at + 1] = (unsigned char)v;
            ck_assert_msg(qawlp_self_letters(b, sizeof b, 1) ==
                              qawlp_self_letters(b, sizeof b, 0),
                          "bytes %02X %02X at %d", v >> 8, v & 0xFF, at);
        }
    }
}
END_TEST

#ifdef __SSE2__
/* How many bytes from the start of U (16) are ASCII (no control with
 * CONTROLS) and whole two-byte characters: qawlp_short_chars_block's
 * answer, byte by byte. */
static size_t short_chars_ref(const unsigned char *u, int controls)
{
    size_t i = 0;

    while (i < 16) {
        if (u[i] < 0x80) {
            if (controls && (u[i] < 0x20 || u[i] == 0x7F))
                break;
            i++;
        } else if (u[i] >= 0xC2 && u[i] < 0xE0 && i + 1 < 16 &&
                   (u[i + 1] & 0xC0) == 0x80) {
            i += 2;
        } else {
            break;
        }
    }
    return i;
}

/* The validator's sixteen-byte step takes the run of short characters
 * up to the first other byte (a line end, a three-byte character, a
 * stray continuation, a lead cut by the block's end): every pair of
 * bytes in each place among two-byte letters and ASCII. */
START_TEST(test_short_chars_block)
{
    static const unsigned char fill[16] = {
        0xD8, 0xA8, 'a', 0xD9, 0x84, ' ', 0xD8, 0xA7, 0xD8, 0xA8, '.',
        0xD9, 0x8A, 'x', 0xC2, 0xA0};
    unsigned v;
    int at, controls;

    for (v = 0; v < 0x10000; v++) {
        for (at = 0; at < 15; at += 2) {
            unsigned char b[16];
            memcpy(b, fill, sizeof b);
            b[at] = (unsigned char)(v >> 8);
            b[at + 1] = (unsigned char)v;
            for (controls = 0; controls < 2; controls++)
                ck_assert_msg(qawlp_short_chars_block(b, controls) ==
                                  short_chars_ref(b, controls),
                              "bytes %02X %02X at %d", v >> 8, v & 0xFF, at);
        }
    }
}
END_TEST
#endif

/* The tokens normalise finds while folding are those of the folded
 * text: a run of word characters (qawlp_is_word_cp) is a word, any
 * other character but the space a token of its own.  Checked against
 * that rule applied to the folded text, over every code point of the
 * Arabic block and a few others, between letters, spaces and marks. */
START_TEST(test_tokens_of_folded_text)
{
    static const uint32_t extra[] = {
        'A', 'z', '5', '_', '.', '"', '\n', '\r', '\t', 0x00A0, 0x00AB,
        0x00E9, 0x0301, 0x200C, 0x200F, 0x201C, 0x2026, 0xFEFB, 0xFE8D,
        0x05D0, 0x4E2D
    };
    char *in = malloc(64 * 1024);
    size_t n = 0, i, k, nextra = sizeof extra / sizeof extra[0];
    uint32_t cp;
    qawlp_doc *doc;

    ck_assert_ptr_nonnull(in);
    for (i = 0; i < 256 + nextra; i++) {
        cp = i < 256 ? 0x0600 + (uint32_t)i : extra[i - 256];
        /* alone, glued after a pair of letters, and before one */
        n += put_cp(in + n, cp); in[n++] = ' ';
        n += put_cp(in + n, 0x0644); n += put_cp(in + n, 0x0627);
        n += put_cp(in + n, cp);
        n += put_cp(in + n, 0x0645); n += put_cp(in + n, 0x0646);
        in[n++] = i % 3 ? ' ' : '\n';
    }
    in[n] = '\0';
    doc = test_doc(in, TEST_STAGE_NORMALIZE);
    for (i = 0, k = 0; i < doc->norm_len; ) {
        const unsigned char *s = (const unsigned char *)doc->norm;
        int len = qawlp_utf8_decode(s + i, doc->norm_len - i, &cp);
        size_t start = i;
        const qawlp_token *t;

        ck_assert_int_gt(len, 0);
        if (cp == ' ') {
            i++;
            continue;
        }
        ck_assert_uint_lt(k, doc->tokens.n);
        t = &doc->tokens.v[k++];
        i += (size_t)len;
        if (qawlp_is_word_cp(cp)) {
            while (i < doc->norm_len) {
                len = qawlp_utf8_decode(s + i, doc->norm_len - i, &cp);
                if (len <= 0 || !qawlp_is_word_cp(cp))
                    break;
                i += (size_t)len;
            }
            ck_assert_int_eq(t->kind, QAWLP_TOK_WORD);
        } else {
            ck_assert_int_ne(t->kind, QAWLP_TOK_WORD);
            ck_assert_uint_eq(t->cp, cp);
        }
        ck_assert_msg(t->start == start && t->end == i,
                      "token %zu is [%u, %u), want [%zu, %zu)", k - 1,
                      t->start, t->end, start, i);
    }
    ck_assert_uint_eq(k, doc->tokens.n);
    qawl_result_free(doc);
    free(in);
}
END_TEST

static Suite *normalize_suite(void)
{
    Suite *s = suite_create("normalize");
    TCase *tc = tcase_create("fold");
    TCase *tu = tcase_create("utf8");

    tcase_add_unchecked_fixture(tc, NULL, test_lexicons_free);
    tcase_add_loop_test(tc, test_fold, 0, (int)NFOLDS);
    tcase_add_loop_test(tc, test_fold_string_agrees, 0, (int)NFOLDS);
    tcase_add_test(tc, test_bom_body_and_lines);
    tcase_add_test(tc, test_span_keeps_marks);
    tcase_add_test(tc, test_arabic_block);
    tcase_add_test(tc, test_arabic_block_long_words);
    tcase_add_test(tc, test_self_letters_blocks);
#ifdef __SSE2__
    tcase_add_test(tc, test_short_chars_block);
#endif
    tcase_add_test(tc, test_tokens_of_folded_text);
    tcase_add_test(tc, test_spare_after_growth);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);

    tcase_add_unchecked_fixture(tu, NULL, test_lexicons_free);
    tcase_add_loop_test(tu, test_invalid_utf8, 0, (int)NBAD);
    tcase_add_loop_test(tu, test_repair, 0, (int)NREPAIRS);
    tcase_add_test(tu, test_letter_edits);
    tcase_add_test(tu, test_strip_bidi_anywhere);
    tcase_set_timeout(tu, 60);
    suite_add_tcase(s, tu);
    return s;
}

int main(void)
{
    return test_run_suite(normalize_suite());
}
