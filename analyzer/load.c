/*
 * load.c — stage 1: take the input bytes, validate them, find the lines.
 *
 * Input: the caller's bytes.  Output: doc->src (an owned copy, or the
 * buffer qawl_analyze_take was given), doc->body (bytes of a leading
 * UTF-8 BOM, which later stages skip) and doc->lines (the input offset
 * where each line starts; CRLF, LF and lone CR all end a line).  Invariant: unless QAWL_OPT_REPAIR_UTF8 is set, doc->src is valid
 * UTF-8 after this stage, so later stages may decode it without checks.
 * An input that is not text at all (half or more of its bytes NUL, control
 * characters or invalid UTF-8: a program, an image, UTF-16) is refused
 * even with QAWL_OPT_REPAIR_UTF8: repairing it would only invent quotes
 * from noise.
 */
#include <config.h>

#include <string.h>

#include "internal.h"

static qawl_status record_lines(qawlp_doc *doc, qawl_error *err)
{
    size_t i;
    size_t *slot = QAWLP_PUSH(doc->lines);

    if (slot == NULL)
        goto nomem;
    *slot = 0;
    for (i = 0; i < doc->src_len; i++) {
        char c = doc->src[i];
        if (c != '\n' && c != '\r')
            continue;
        if (c == '\r' && i + 1 < doc->src_len && doc->src[i + 1] == '\n')
            i++;
        slot = QAWLP_PUSH(doc->lines);
        if (slot == NULL)
            goto nomem;
        *slot = i + 1;
    }
    return QAWL_OK;
nomem:
    return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                           "out of memory");
}

/* The number of bytes of S that no text holds: NUL and other C0 controls
 * (tab, line and page breaks aside), DEL, and the bytes of invalid UTF-8
 * sequences (one per refused byte, as the validator resumes after it). */
static size_t count_non_text(const char *s, size_t n)
{
    size_t at = 0, bad = 0, i;

    while (at < n) {
        size_t ok = qawlp_utf8_validate(s + at, n - at);
        for (i = at; i < at + ok; i++) {
            unsigned char c = (unsigned char)s[i];
            if ((c < 0x20 && (c < '\t' || c > '\r')) || c == 0x7F)
                bad++;
        }
        at += ok;
        if (at < n) {
            bad++;
            at++;
        }
    }
    return bad;
}

/* One pass over valid text, the common case: records the line starts and
 * counts the control characters (count_non_text's count when nothing is
 * invalid).  Returns the offset of the first invalid byte, or the length:
 * after an invalid byte the general passes (record_lines,
 * count_non_text, qawlp_utf8_validate) take over. */
static size_t scan_valid(qawlp_doc *doc, size_t *controls, int *nomem)
{
    const unsigned char *u = (const unsigned char *)doc->src;
    size_t i = 0, n = doc->src_len, bad = 0;
    size_t *slot = QAWLP_PUSH(doc->lines);

    *nomem = slot == NULL;
    if (slot == NULL)
        return 0;
    *slot = 0;
    while (i < n) {
        unsigned char c;
        size_t k;
        /* sixteen, then eight bytes at a time while they hold no line
         * end and no control character, only ASCII and two-byte
         * letters */
#ifdef __SSE2__
        while (n - i >= 16 && (k = qawlp_short_chars_block(u + i, 1)) != 0)
            i += k;
#endif
        while (n - i >= 8) {
            uint64_t x = qawlp_load_le64(u + i);
            if (qawlp_word_has_control(x) ||
                (k = qawlp_short_chars_word(x)) == 0)
                break;
            i += k;
        }
        if (i >= n)
            break;
        c = u[i];
        if (c >= 0xC2 && c < 0xE0) {     /* Arabic letters: two bytes */
            if (i + 1 >= n || (u[i + 1] & 0xC0) != 0x80)
                break;
            i += 2;
            continue;
        }
        if (c >= 0x80) {                 /* longer: as qawlp_utf8_validate */
            uint32_t cp;
            int len = qawlp_utf8_decode(u + i, n - i, &cp);
            if (len == 0)
                break;                   /* invalid: the general path */
            i += (size_t)len;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < n && u[i + 1] == '\n')
                i++;
            slot = QAWLP_PUSH(doc->lines);
            if (slot == NULL) {
                *nomem = 1;
                return 0;
            }
            *slot = i + 1;
        } else if ((c < 0x20 && (c < '\t' || c > '\r')) || c == 0x7F) {
            bad++;
        }
        i++;
    }
    *controls = bad;
    return i;
}

/* Inputs shorter than this are too short to judge as "not text". */
#define MIN_JUDGED_BYTES 8

qawl_status qawlp_load_run(qawlp_doc *doc, const char *text, size_t len,
                           unsigned options, qawl_error *err)
{
    size_t bad;

    if (len > UINT32_MAX - 16)
        return qawlp_error_set(err, QAWL_ERR_ARG, NULL, 0, 0, 0,
                               "input of %zu bytes is larger than 4 GiB",
                               len);
    if (doc->src == NULL) {     /* else qawl_analyze_take gave TEXT */
        doc->src = qawlp_malloc(len + 1);
        if (doc->src == NULL)
            return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                                   "out of memory");
        if (len)
            memcpy(doc->src, text, len);
    }
    doc->src[len] = '\0';
    doc->src_len = len;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        doc->body = 3;
    {
        int nomem;
        size_t controls = 0;
        if (scan_valid(doc, &controls, &nomem) == len && !nomem) {
            /* all ASCII and two-byte letters: valid, lines recorded */
            if (len >= MIN_JUDGED_BYTES && controls * 2 >= len)
                return qawlp_error_set(err, QAWL_ERR_UTF8, NULL, 0, 0, 0,
                                       "not text: %zu of %zu bytes are NUL, "
                                       "control characters or invalid UTF-8",
                                       controls, len);
            doc->src_clean = controls == 0;
            doc->src_utf8 = 1;
            return QAWL_OK;
        }
        if (nomem)
            return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                                   "out of memory");
        doc->lines.n = 0;
    }
    if (record_lines(doc, err) != QAWL_OK)
        return QAWL_ERR_NOMEM;
    if (len >= MIN_JUDGED_BYTES) {
        size_t noise = count_non_text(doc->src, len);
        if (noise * 2 >= len)
            return qawlp_error_set(err, QAWL_ERR_UTF8, NULL, 0, 0, 0,
                                   "not text: %zu of %zu bytes are NUL, "
                                   "control characters or invalid UTF-8",
                                   noise, len);
    }
    bad = qawlp_utf8_validate(doc->src, len);
    doc->src_utf8 = bad == len;
    if (bad < len && !(options & QAWL_OPT_REPAIR_UTF8)) {
        /* Name the line and column too: that is what an editor jumps to. */
        size_t line = 0, col = 1, i;
        while (line + 1 < doc->lines.n && doc->lines.v[line + 1] <= bad)
            line++;
        for (i = doc->lines.v[line]; i < bad; i++)
            if (((unsigned char)doc->src[i] & 0xC0) != 0x80)
                col++;
        if (line == 0 && doc->body && bad >= doc->body)
            col--;   /* the BOM is not a column */
        return qawlp_error_set(err, QAWL_ERR_UTF8, NULL, line + 1, col, bad,
                               "invalid UTF-8 at byte %zu (byte 0x%02X)",
                               bad, (unsigned)(unsigned char)doc->src[bad]);
    }
    return QAWL_OK;
}
