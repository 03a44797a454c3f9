/*
 * normalize.c — stage 2: the folded view of the text, with an offset map.
 *
 * Input: doc->src (valid UTF-8 from load, or any bytes in repair mode).
 * Output: doc->norm, a folded copy for matching, and doc->map, which gives
 * for every byte of norm the input offset of the code point it came from
 * (norm_len maps to src_len).  The map is sparse: a breakpoint is kept
 * only where a character's input offset is not the previous breakpoint's
 * plus the distance in norm (a dropped mark, a folded digit, CR LF, an
 * expansion), so most text needs none and the map costs almost nothing
 * next to the 4 bytes per byte of a dense one.  Folding:
 *
 *   - tashkeel (U+064B-U+065F, U+0670) and tatweel (U+0640): removed;
 *   - bidi and zero-width controls, and a BOM anywhere: removed;
 *   - أ إ آ ٱ -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي, ک -> ك, ی -> ي, ۀ -> ه;
 *   - Arabic-Indic and Persian digits -> ASCII digits;
 *   - presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) -> ICU NFKC, then
 *     folded again;
 *   - ASCII letters lowercased; CR LF and lone CR -> LF; other spaces -> ' ';
 *   - invalid bytes (repair mode only) -> U+FFFD.
 *
 * Invariant: map is non-decreasing, so a norm span [a, b) always maps to
 * the input span [map[a], map[b]), which includes any removed marks inside
 * or right after it: a quote's tashkeel stays with its last letter.
 */
#include <config.h>

#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "internal.h"

typedef QAWLP_VEC(qawlp_breakpoint) offset_vec;

/* Code points removed from the folded view. */
int qawlp_fold_drops(uint32_t cp)
{
    return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640 ||
           (cp >= 0x200B && cp <= 0x200F) || cp == 0x061C ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
           cp == 0xFEFF || cp == 0x00AD;
}

static int is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' ||
           cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000;
}

/* Folds a single code point that is not a presentation form. */
static uint32_t fold_letter(uint32_t cp)
{
    switch (cp) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671:
        return 0x0627;                 /* alef forms -> ا */
    case 0x0649: case 0x0626: case 0x06CC: case 0x064A:
        return 0x064A;                 /* ى ئ ی -> ي */
    case 0x0629: case 0x06C0:
        return 0x0647;                 /* ة ۀ -> ه */
    case 0x0624:
        return 0x0648;                 /* ؤ -> و */
    case 0x06A9:
        return 0x0643;                 /* ک -> ك */
    default:
        break;
    }
    if (cp >= 0x0660 && cp <= 0x0669)
        return '0' + (cp - 0x0660);
    if (cp >= 0x06F0 && cp <= 0x06F9)
        return '0' + (cp - 0x06F0);
    if (cp >= 'A' && cp <= 'Z')
        return cp + 32;
    if (is_space(cp))
        return ' ';
    return cp;
}

static int is_presentation_form(uint32_t cp)
{
    return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFE);
}

/* Records that the character about to be written at OUT->len comes from
 * input offset AT: a breakpoint unless the last one already implies it. */
static int map_at(const qawlp_buf *out, offset_vec *map, size_t at)
{
    qawlp_breakpoint *bp;

    if (map == NULL)
        return 0;
    if (map->n > 0) {
        const qawlp_breakpoint *last = &map->v[map->n - 1];
        if (at - last->input == out->len - last->norm)
            return 0;
    }
    bp = QAWLP_PUSH(*map);
    if (bp == NULL)
        return -1;
    bp->norm = (uint32_t)out->len;
    bp->input = (uint32_t)at;
    return 0;
}

/* Appends code point CP (already folded) with input offset AT. */
static int emit(qawlp_buf *out, offset_vec *map, uint32_t cp,
                size_t at)
{
    char enc[4];
    int n = qawlp_utf8_encode(cp, enc);

    if (map_at(out, map, at))
        return -1;
    return qawlp_buf_append(out, enc, (size_t)n);
}

/* Expands a presentation form with ICU's NFKC and emits its letters. */
static int emit_nfkc(qawlp_buf *out, offset_vec *map, uint32_t cp,
                     size_t at)
{
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
    UChar src[2], dst[16];
    int32_t n, i = 0;

    if (U_FAILURE(status))
        return emit(out, map, cp, at);
    src[0] = (UChar)cp;
    n = unorm2_normalize(nfkc, src, 1, dst, 16, &status);
    if (U_FAILURE(status))
        return emit(out, map, cp, at);
    while (i < n) {
        UChar32 c;
        U16_NEXT(dst, i, n, c);
        if (qawlp_fold_drops((uint32_t)c))
            continue;
        if (emit(out, map, fold_letter((uint32_t)c), at))
            return -1;
    }
    return 0;
}

/* Arabic letters U+0621-U+064A that fold_letter changes or
 * qawlp_fold_drops removes (bit cp - 0x0621): آ أ ؤ إ ئ ة ـ ى. */
#define ARABIC_FOLDED ((1ULL << 1) | (1ULL << 2) | (1ULL << 3) | (1ULL << 4) | \
                       (1ULL << 5) | (1ULL << 8) | (1ULL << 31) | (1ULL << 40))

/* Bytes at U (N of them) that fold to themselves: printable ASCII other
 * than capitals, and the Arabic letters outside ARABIC_FOLDED.  Returns
 * their length, or 0 when the character needs the general path. */
static int folds_to_itself(const unsigned char *u, size_t n)
{
    uint32_t cp;

    if (u[0] >= 0x20 && u[0] < 0x7F)
        return u[0] >= 'A' && u[0] <= 'Z' ? 0 : 1;
    if ((u[0] != 0xD8 && u[0] != 0xD9) || n < 2 || (u[1] & 0xC0) != 0x80)
        return 0;
    cp = (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
    return cp >= 0x0621 && cp <= 0x064A &&
           !(ARABIC_FOLDED >> (cp - 0x0621) & 1) ? 2 : 0;
}

/* Copies the N bytes at U, which fold to themselves, from input offset
 * AT: one map check for the whole run, whose offsets advance together. */
static int copy_run(qawlp_buf *out, offset_vec *map, const unsigned char *u,
                    size_t n, size_t at)
{
    if (map_at(out, map, at))
        return -1;
    if (out->len + n < out->cap) {     /* normalize_run reserved enough */
        memcpy(out->data + out->len, u, n);
        out->len += n;
        out->data[out->len] = '\0';
        return 0;
    }
    return qawlp_buf_append(out, (const char *)u, n);
}

/* Folding of the Arabic block U+0600-U+06FF (lead bytes D8-DB), by the
 * index ARABIC_AT of the code point (its two UTF-8 bytes, read as one
 * little-endian word W, give it as ((W - 0x80D8) >> 6 | (W - 0x80D8) & 3):
 * the continuation byte, then the lead).  0 for the characters that fold
 * to themselves (most letters and the Arabic punctuation), ARABIC_GENERAL
 * for those the general path takes (dropped marks and tatweel, digits
 * that become ASCII), else the low byte of the letter it folds to, as
 * fold_letter answers (أ إ آ ٱ -> ا, ى ئ ی -> ي, ة ۀ -> ه, ؤ -> و,
 * ک -> ك). */
#define ARABIC_AT(cp) (((cp) & 0x3F) << 2 | ((cp) >> 6 & 3))
#define ARABIC_GENERAL 1
#define G ARABIC_GENERAL
static const uint8_t arabic_fold[256] = {
    [ARABIC_AT(0x0622)] = 0x27, [ARABIC_AT(0x0623)] = 0x27,
    [ARABIC_AT(0x0625)] = 0x27, [ARABIC_AT(0x0671)] = 0x27,
    [ARABIC_AT(0x0626)] = 0x4A, [ARABIC_AT(0x0649)] = 0x4A,
    [ARABIC_AT(0x06CC)] = 0x4A, [ARABIC_AT(0x0629)] = 0x47,
    [ARABIC_AT(0x06C0)] = 0x47, [ARABIC_AT(0x0624)] = 0x48,
    [ARABIC_AT(0x06A9)] = 0x43,
    [ARABIC_AT(0x061C)] = G, [ARABIC_AT(0x0640)] = G, [ARABIC_AT(0x0670)] = G,
    /* tashkeel U+064B-U+065F */
    [ARABIC_AT(0x064B)] = G, [ARABIC_AT(0x064C)] = G, [ARABIC_AT(0x064D)] = G,
    [ARABIC_AT(0x064E)] = G, [ARABIC_AT(0x064F)] = G, [ARABIC_AT(0x0650)] = G,
    [ARABIC_AT(0x0651)] = G, [ARABIC_AT(0x0652)] = G, [ARABIC_AT(0x0653)] = G,
    [ARABIC_AT(0x0654)] = G, [ARABIC_AT(0x0655)] = G, [ARABIC_AT(0x0656)] = G,
    [ARABIC_AT(0x0657)] = G, [ARABIC_AT(0x0658)] = G, [ARABIC_AT(0x0659)] = G,
    [ARABIC_AT(0x065A)] = G, [ARABIC_AT(0x065B)] = G, [ARABIC_AT(0x065C)] = G,
    [ARABIC_AT(0x065D)] = G, [ARABIC_AT(0x065E)] = G, [ARABIC_AT(0x065F)] = G,
    /* Arabic-Indic and Persian digits */
    [ARABIC_AT(0x0660)] = G, [ARABIC_AT(0x0661)] = G, [ARABIC_AT(0x0662)] = G,
    [ARABIC_AT(0x0663)] = G, [ARABIC_AT(0x0664)] = G, [ARABIC_AT(0x0665)] = G,
    [ARABIC_AT(0x0666)] = G, [ARABIC_AT(0x0667)] = G, [ARABIC_AT(0x0668)] = G,
    [ARABIC_AT(0x0669)] = G,
    [ARABIC_AT(0x06F0)] = G, [ARABIC_AT(0x06F1)] = G, [ARABIC_AT(0x06F2)] = G,
    [ARABIC_AT(0x06F3)] = G, [ARABIC_AT(0x06F4)] = G, [ARABIC_AT(0x06F5)] = G,
    [ARABIC_AT(0x06F6)] = G, [ARABIC_AT(0x06F7)] = G, [ARABIC_AT(0x06F8)] = G,
    [ARABIC_AT(0x06F9)] = G
};
#undef G

/* ASCII controls the general path takes: NUL, tab, vertical tab and form
 * feed become spaces, CR a line break (with its LF).  LF and the other
 * controls fold to themselves. */
#define CTRL_GENERAL ((1u << 0) | (1u << '\t') | (1u << '\v') | \
                      (1u << '\f') | (1u << '\r'))

/* Folds into DST the run of characters at U (N bytes) whose folded form
 * has their length: ASCII (capitals lowercased) but for CTRL_GENERAL,
 * and the Arabic block but for ARABIC_GENERAL.  The offsets of the two
 * texts advance together over it, so the map needs nothing inside it.
 * Returns the bytes done, 0 when the first character needs the general
 * path.  Nearly all of a text: a character costs a two-byte load and a
 * table lookup. */
static size_t fold_run(const unsigned char *u, size_t n, char *dst)
{
    size_t j = 0;

    while (j + 1 < n) {
        uint16_t w;
        uint32_t d;
        unsigned c = u[j], a;

        if (c < 0x80) {
            if (c < 0x20 && (CTRL_GENERAL >> c & 1))
                return j;
            dst[j++] = (char)(c + ((unsigned)(c - 'A') < 26 ? 32 : 0));
            continue;
        }
        w = (uint16_t)(c | (unsigned)u[j + 1] << 8);   /* byte order */
        d = (uint32_t)w - 0x80D8;   /* lead D8-DB, then a continuation */
        if (d & 0xFFFFC0FCu)
            return j;
        a = arabic_fold[d >> 6 | (d & 3)];
        if (a == 0) {
            memcpy(dst + j, u + j, 2);
        } else if (a == ARABIC_GENERAL) {
            return j;
        } else {                       /* U+0600 + a */
            dst[j] = (char)(0xD8 | a >> 6);
            dst[j + 1] = (char)(0x80 | (a & 0x3F));
        }
        j += 2;
    }
    if (j < n && u[j] < 0x80 && !(u[j] < 0x20 && (CTRL_GENERAL >> u[j] & 1))) {
        dst[j] = (char)(u[j] + ((unsigned)(u[j] - 'A') < 26 ? 32 : 0));
        j++;
    }
    return j;
}

/* Folds LEN bytes at S into OUT; with MAP, records input offsets starting
 * at BASE.  Invalid bytes become U+FFFD. */
static int fold_bytes(const char *s, size_t len, size_t base, qawlp_buf *out,
                      offset_vec *map)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;

    while (i < len) {
        uint32_t cp;
        size_t j = i;
        int n;

        /* most of a text: a run folded letter for letter, in place while
         * the buffer has room (normalize_run reserved the input's length) */
        if (out->cap > out->len + 1) {
            size_t room = out->cap - out->len - 1;
            size_t m = fold_run(u + i, len - i < room ? len - i : room,
                                out->data + out->len);
            if (m > 0) {
                if (map_at(out, map, base + i))
                    return -1;
                out->len += m;
                out->data[out->len] = '\0';
                i += m;
                continue;
            }
        }
        /* (qawlp_fold_string's buffer may lack room: runs copied whole) */
        while (j < len && (n = folds_to_itself(u + j, len - j)) > 0)
            j += (size_t)n;
        if (j > i) {
            if (copy_run(out, map, u + i, j - i, base + i))
                return -1;
            i = j;
            continue;
        }
        if (u[i] < 0x80) {
            cp = u[i];
            n = 1;
        } else {
            n = qawlp_utf8_decode(u + i, len - i, &cp);
            if (n == 0) {
                cp = 0xFFFD;
                n = 1;
            }
        }
        if (cp == '\r') {
            /* CR LF becomes one LF, mapped to the CR. */
            if (i + 1 < len && u[i + 1] == '\n')
                n = 2;
            cp = '\n';
        }
        if (cp == 0) {
            cp = ' ';           /* a NUL byte is a space, not an end */
        }
        if (!qawlp_fold_drops(cp)) {
            int r = is_presentation_form(cp)
                        ? emit_nfkc(out, map, cp, base + i)
                        : emit(out, map, fold_letter(cp), base + i);
            if (r)
                return -1;
        }
        i += (size_t)n;
    }
    return 0;
}

int qawlp_fold_string(const char *s, size_t len, qawlp_buf *out)
{
    /* room for the usual case (folding seldom lengthens), at once */
    if (qawlp_reserve((void **)&out->data, &out->cap, out->len + len + 1, 1))
        return -1;
    out->data[out->len] = '\0';   /* an empty S folds to "" */
    return fold_bytes(s, len, 0, out, NULL);
}

/* The error for draft text that markup.c could not place, from byte AT:
 * named by line and column, since the draft is the reader's to fix. */
static qawl_status unplaced_text(const qawlp_doc *doc, size_t at,
                                 qawl_error *err)
{
    size_t lo = 0, hi = doc->lines.n, col = 1, i;

    while (hi - lo > 1) {   /* the last line starting at or before AT */
        size_t mid = lo + (hi - lo) / 2;
        if (doc->lines.v[mid] <= at)
            lo = mid;
        else
            hi = mid;
    }
    for (i = doc->lines.v[lo]; i < at && i < doc->src_len; i++)
        col += ((unsigned char)doc->src[i] & 0xC0) != 0x80;
    return qawlp_error_set(err, QAWL_ERR_ARG, NULL, lo + 1, col, at,
                           "text of the draft after byte %zu could not be "
                           "placed in its source, so it would be lost; read "
                           "the file as text (--input-format text)", at);
}

/* Zero bytes kept after the folded text's NUL.  PCRE2's JIT, which the
 * stance patterns run on the folded text, reads whole words past the end
 * of its subject: with these defined, memcheck follows the JIT code
 * without false reports (see jit_wanted in lexicon.c). */
#define NORM_PAD 32

/* Makes the NORM_PAD bytes after OUT's NUL exist and be zero.  CAP0 is
 * the capacity OUT was given with NORM_PAD bytes more: an expansion that
 * regrew the buffer (another capacity) dropped them. */
static int pad(qawlp_buf *out, size_t cap0)
{
    if (out->cap != cap0) {
        char *p = qawlp_realloc(out->data, out->len + 1 + NORM_PAD);
        if (p == NULL)
            return -1;
        out->data = p;
        out->cap = out->len + 1;
    }
    memset(out->data + out->len, 0, 1 + NORM_PAD);
    return 0;
}

qawl_status qawlp_normalize_run(qawlp_doc *doc, unsigned options,
                                qawl_error *err)
{
    qawlp_buf out = {0};
    offset_vec map = {0};
    char *text = doc->src, *masked = NULL;
    size_t unplaced;

    /* A draft's markup is blanked in a same-length copy: offsets hold. */
    if (options & (QAWL_OPT_MARKDOWN | QAWL_OPT_HTML)) {
        masked = qawlp_markup_text(doc->src, doc->src_len, options, &unplaced);
        if (masked == NULL)
            return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                                   "out of memory");
        if (unplaced != (size_t)-1) {
            qawlp_free(masked);
            return unplaced_text(doc, unplaced, err);
        }
        text = masked;
    }
    /* Folding seldom lengthens the text: it is allocated at the input's
     * length exactly (growing by doubling could hold twice that). */
    out.data = qawlp_malloc(doc->src_len + 1 + NORM_PAD);
    if (out.data != NULL) {
        out.data[0] = '\0';
        out.cap = doc->src_len + 1;
    }
    if (out.data == NULL ||
        fold_bytes(text + doc->body, doc->src_len - doc->body, doc->body,
                   &out, &map) ||
        pad(&out, doc->src_len + 1)) {
        qawlp_buf_free(&out);
        qawlp_free(map.v);
        qawlp_free(masked);
        return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                               "out of memory");
    }
    qawlp_free(masked);
    doc->norm = out.data;
    doc->norm_len = out.len;
    doc->map = map.v;
    doc->map_n = map.n;
    return QAWL_OK;
}

size_t qawlp_input_offset(const qawlp_doc *doc, size_t n)
{
    size_t lo = 0, hi = doc->map_n;

    if (n >= doc->norm_len || hi == 0)
        return doc->src_len;
    /* a byte inside a character maps where the character starts */
    while (n > 0 && ((unsigned char)doc->norm[n] & 0xC0) == 0x80)
        n--;
    while (hi - lo > 1) {       /* the last breakpoint at or before N */
        size_t mid = lo + (hi - lo) / 2;
        if (doc->map[mid].norm <= n)
            lo = mid;
        else
            hi = mid;
    }
    return doc->map[lo].input + (n - doc->map[lo].norm);
}

/* Invisible format characters that may follow a word without being part
 * of it: bidi marks and isolates, zero-width spaces and joiners, BOM. */
static int is_invisible(uint32_t cp)
{
    return (cp >= 0x200B && cp <= 0x200F) || cp == 0x061C ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
           cp == 0xFEFF || cp == 0x00AD;
}

size_t qawlp_input_end(const qawlp_doc *doc, size_t n, size_t start)
{
    size_t b = qawlp_input_offset(doc, n);

    while (b > start) {
        size_t a = b - 1;
        uint32_t cp;
        while (a > start && ((unsigned char)doc->src[a] & 0xC0) == 0x80)
            a--;
        if (qawlp_utf8_decode((const unsigned char *)doc->src + a, b - a,
                              &cp) != (int)(b - a) || !is_invisible(cp))
            break;
        b = a;
    }
    return b;
}
