/*
 * normalize.c — stage 2: the folded view of the text, with an offset map.
 *
 * Input: doc->src (valid UTF-8 from load, or any bytes in repair mode).
 * Output: doc->norm, a folded copy for matching; doc->tokens, the tokens
 * of the folded text, found in the same pass (their boundaries and the
 * code point of each token that is no word; segment.c does the rest);
 * and doc->map, which gives
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
 *   - a hashtag's '#' before one Arabic word (#أردوغان, not
 *     #الاتفاق_النووي): removed;
 *   - invalid bytes (repair mode only) -> U+FFFD.
 *
 * One pass over the bytes: nearly every character of news text folds to
 * a character of its own length (ASCII, and the Arabic block through one
 * table the preprocessor builds from these rules), so runs of them are
 * written straight to the output, two letters per four-byte load, and
 * only the rest (marks, digits, CR, presentation forms, other scripts)
 * takes the general path, character by character.
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

/* What a fold writes to: OUT, with MAP (NULL for qawlp_fold_string)
 * recording input offsets, and with DOC (NULL likewise) the tokens of
 * the folded text found on the way (see the token section below). */
typedef struct {
    qawlp_buf *out;
    offset_vec *map;
    qawlp_doc *doc;
    size_t word;               /* folded offset the open word began at,
                                  or NO_WORD */
    int failed;                /* a token could not be stored */
} folder;

/* --------------------------------------------------------------- tokens */

/* The folded text is split into tokens as it is written, so segment.c
 * reads tokens, never bytes: a word is a run of word characters
 * (qawlp_is_word_cp), any other character but the space is a token of
 * its own (segment.c tells line breaks and quotation marks from
 * punctuation), and spaces separate.  A dropped mark writes nothing, so
 * a word runs on over it, as over the folded text. */
#define NO_WORD SIZE_MAX

/* Appends the token [START, END) of KIND (and CP); sets F->failed when
 * out of memory.  In line with room to spare: there is a token every 9
 * or 10 bytes of text. */
static inline void tok_push(folder *f, size_t start, size_t end,
                            uint8_t kind, uint32_t cp)
{
    qawlp_token *t;

    if (f->doc->tokens.n < f->doc->tokens.cap) {
        t = &f->doc->tokens.v[f->doc->tokens.n++];
    } else {
        t = QAWLP_PUSH(f->doc->tokens);
        if (t == NULL) {
            f->failed = 1;
            return;
        }
    }
    /* the whole token in one store of a literal (the rest zero), not
     * zeroed and then written field by field */
    *t = (qawlp_token){.start = (uint32_t)start, .end = (uint32_t)end,
                       .cp = cp, .pair = -1, .kind = kind};
}

/* A word character at folded offset AT: opens a word unless one is. */
static inline void tok_word(folder *f, size_t at)
{
    if (f->word == NO_WORD)
        f->word = at;
}

/* The open word, if any, ends at folded offset AT. */
static inline void tok_end_word(folder *f, size_t at)
{
    if (f->word != NO_WORD) {
        tok_push(f, f->word, at, QAWLP_TOK_WORD, 0);
        f->word = NO_WORD;
    }
}

/* Folded character CP (LEN bytes) at folded offset AT. */
static void tok_char(folder *f, size_t at, uint32_t cp, size_t len)
{
    if (qawlp_is_word_cp(cp)) {
        tok_word(f, at);
        return;
    }
    tok_end_word(f, at);
    if (cp != ' ')
        tok_push(f, at, at + len, QAWLP_TOK_PUNCT, cp);
}

/* ------------------------------------------------------------- folding */

/* Appends code point CP (already folded) with input offset AT. */
static int emit(folder *f, uint32_t cp, size_t at)
{
    char enc[4];
    int n = qawlp_utf8_encode(cp, enc);

    if (map_at(f->out, f->map, at))
        return -1;
    if (f->doc != NULL)
        tok_char(f, f->out->len, cp, (size_t)n);
    return qawlp_buf_append(f->out, enc, (size_t)n);
}

/* Expands a presentation form with ICU's NFKC and emits its letters. */
static int emit_nfkc(folder *f, uint32_t cp, size_t at)
{
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
    UChar src[2], dst[16];
    int32_t n, i = 0;

    if (U_FAILURE(status))
        return emit(f, cp, at);
    src[0] = (UChar)cp;
    n = unorm2_normalize(nfkc, src, 1, dst, 16, &status);
    if (U_FAILURE(status))
        return emit(f, cp, at);
    while (i < n) {
        UChar32 c;
        U16_NEXT(dst, i, n, c);
        if (qawlp_fold_drops((uint32_t)c))
            continue;
        if (emit(f, fold_letter((uint32_t)c), at))
            return -1;
    }
    return 0;
}

/* Folding of the Arabic block U+0600-U+06FF (lead bytes D8-DB), by the
 * index of the code point in ARABIC_FOLD (its two UTF-8 bytes, read as
 * one little-endian word W, give it as D >> 6 | D & 3 with D = W -
 * 0x80D8: the continuation byte, then the lead).  Each entry is
 * ARABIC_ENTRY of its code point: the rules of fold_letter and
 * qawlp_fold_drops, written once more as constant expressions so that
 * the preprocessor builds the table.  ARABIC_LETTER: a letter U+0621-
 * U+064A that folds to itself (a word character); ARABIC_SELF: another
 * character that folds to itself (punctuation, the letters of other
 * languages, marks kept), whose class is asked; ARABIC_GENERAL: a
 * character the general path takes (dropped marks and tatweel, digits
 * that become ASCII); else the low byte of the letter it folds to (أ إ آ
 * ٱ -> ا, ى ئ ی -> ي, ة ۀ -> ه, ؤ -> و, ک -> ك). */
#define ARABIC_LETTER 0
#define ARABIC_GENERAL 1
#define ARABIC_SELF 2
#define AR_CP(i) (0x0600 | ((i) & 3) << 6 | (i) >> 2)
#define AR_DROPPED(cp) (((cp) >= 0x064B && (cp) <= 0x065F) || \
                        (cp) == 0x0670 || (cp) == 0x0640 || (cp) == 0x061C)
#define AR_DIGIT(cp) (((cp) >= 0x0660 && (cp) <= 0x0669) || \
                      ((cp) >= 0x06F0 && (cp) <= 0x06F9))
#define AR_TO(cp)                                                           \
    ((cp) == 0x0622 || (cp) == 0x0623 || (cp) == 0x0625 ||                  \
     (cp) == 0x0671 ? 0x27 :                                                \
     (cp) == 0x0626 || (cp) == 0x0649 || (cp) == 0x06CC ? 0x4A :            \
     (cp) == 0x0629 || (cp) == 0x06C0 ? 0x47 :                              \
     (cp) == 0x0624 ? 0x48 : (cp) == 0x06A9 ? 0x43 : 0)
#define ARABIC_ENTRY(cp)                                                    \
    (AR_DROPPED(cp) || AR_DIGIT(cp) ? ARABIC_GENERAL :                      \
     AR_TO(cp) ? AR_TO(cp) :                                                \
     (cp) >= 0x0621 && (cp) <= 0x064A ? ARABIC_LETTER : ARABIC_SELF)
#define AR1(i) ARABIC_ENTRY(AR_CP(i))
#define AR4(i) AR1(i), AR1((i) + 1), AR1((i) + 2), AR1((i) + 3)
#define AR16(i) AR4(i), AR4((i) + 4), AR4((i) + 8), AR4((i) + 12)
#define AR64(i) AR16(i), AR16((i) + 16), AR16((i) + 32), AR16((i) + 48)
static const uint8_t arabic_fold[256] = {
    AR64(0), AR64(64), AR64(128), AR64(192)
};

/* The two bytes of the letter that U+0600 + K (K < 128) folds to, for
 * the letters ARABIC_TO folds to another (others: unused), by the same
 * rules: the bytes word_block16 writes over such a letter. */
#define FP_TO(k) AR_TO(0x0600 + (k))
#define FP1(k) {(uint8_t)(0xD8 | FP_TO(k) >> 6), \
                (uint8_t)(0x80 | (FP_TO(k) & 0x3F))}
#define FP4(k) FP1(k), FP1((k) + 1), FP1((k) + 2), FP1((k) + 3)
#define FP16(k) FP4(k), FP4((k) + 4), FP4((k) + 8), FP4((k) + 12)
static const uint8_t fold_pair[128][2] = {
    FP16(0), FP16(16), FP16(32), FP16(48),
    FP16(64), FP16(80), FP16(96), FP16(112)
};

/* The folded code point of Arabic-block entry A for code point CP. */
static inline uint32_t arabic_folded(unsigned a, uint32_t cp)
{
    return a == ARABIC_LETTER || a == ARABIC_SELF ? cp : 0x0600 + a;
}

/* ASCII controls the general path takes: NUL, tab, vertical tab and form
 * feed become spaces, CR a line break (with its LF).  LF and the other
 * controls fold to themselves. */
#define CTRL_GENERAL ((1u << 0) | (1u << '\t') | (1u << '\v') | \
                      (1u << '\f') | (1u << '\r'))

/* Folds the one character at U (N > 0 bytes left) into DST, at folded
 * offset AT, when its folded form has its length; with F's DOC, as a
 * token.  Returns its bytes, or 0 when it needs the general path. */
static inline __attribute__((always_inline)) size_t
fold_one(folder *f, const unsigned char *u, size_t n, char *dst, size_t at)
{
    unsigned c = u[0], a;
    uint32_t d, cp;

    if (c < 0x80) {
        if (c < 0x20 && (CTRL_GENERAL >> c & 1))
            return 0;
        if (c == '#' && n > 1 && qawlp_hashtag_mark(u, n))
            return 0;
        c += (unsigned)(c - 'A') < 26 ? 32 : 0;
        dst[0] = (char)c;
        if (f->doc != NULL) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
                tok_word(f, at);
            } else {
                tok_end_word(f, at);
                if (c != ' ')
                    tok_push(f, at, at + 1, QAWLP_TOK_PUNCT, c);
            }
        }
        return 1;
    }
    if (n < 2)
        return 0;
    d = (c | (uint32_t)u[1] << 8) - 0x80D8;  /* lead D8-DB, continuation */
    if (d & 0xFFFFC0FCu)
        return 0;
    a = arabic_fold[d >> 6 | (d & 3)];
    if (a == ARABIC_GENERAL)
        return 0;
    cp = arabic_folded(a, 0x0600 | (d & 3) << 6 | d >> 8);
    dst[0] = (char)(0xC0 | cp >> 6);
    dst[1] = (char)(0x80 | (cp & 0x3F));
    if (f->doc != NULL) {
        if (a == ARABIC_SELF)
            tok_char(f, at, cp, 2);
        else
            tok_word(f, at);
    }
    return 2;
}

/* Whether the four bytes at U are two Arabic letters (U+0621-U+064A)
 * that fold to themselves: the two-byte words of both, less 0x80D8, hold
 * a lead D8-DB and a continuation byte each, and ARABIC_FOLD has
 * ARABIC_LETTER for both. */
static inline int letter_pair(const unsigned char *u)
{
    uint32_t x = qawlp_load_le32(u);
    uint32_t d0 = (x & 0xFFFF) - 0x80D8, d1 = (x >> 16) - 0x80D8;

    return ((d0 | d1) & 0xFFFFC0FCu) == 0 &&
           (arabic_fold[(uint8_t)(d0 | d0 >> 6)] |
            arabic_fold[(uint8_t)(d1 | d1 >> 6)]) == ARABIC_LETTER;
}

/* Whether the two bytes at U are one Arabic letter (U+0621-U+064A)
 * that folds to itself: letter_pair's test of one letter. */
static inline int letter_pair_half(const unsigned char *u)
{
    uint32_t d = (u[0] | (uint32_t)u[1] << 8) - 0x80D8;

    return (d & 0xFFFFC0FCu) == 0 &&
           arabic_fold[(uint8_t)(d | d >> 6)] == ARABIC_LETTER;
}

/* Folds the two bytes at U into DST when they are an Arabic letter
 * (U+0621-U+064A, or one that folds to one of them); returns whether
 * they were. */
static inline int letter_one(const unsigned char *u, char *dst)
{
    uint32_t d = (u[0] | (uint32_t)u[1] << 8) - 0x80D8;
    unsigned a;

    if (d & 0xFFFFC0FCu)
        return 0;
    a = arabic_fold[(uint8_t)(d | d >> 6)];
    if (a == ARABIC_LETTER) {
        memcpy(dst, u, 2);
        return 1;
    }
    if (a == ARABIC_GENERAL || a == ARABIC_SELF)
        return 0;
    dst[0] = (char)(0xD8 | a >> 6);    /* U+0600 + a */
    dst[1] = (char)(0x80 | (a & 0x3F));
    return 1;
}

#ifdef __SSE2__
/* The bytes at the start of the 16 at U that are Arabic letters folding
 * to themselves (letter_pair's letters: U+0621-U+064A less ARABIC_TO's
 * and tatweel), two by two: 0 to 16, even.  Each two-byte lane, read as
 * lead << 8 | continuation, less 0xD8A1 (U+0621), must lie within
 * 0x00-0xE9 (U+0621-U+064A), outside 0x1F-0xDF (the values between
 * D8 BF and D9 81, which hold no letter: tatweel D9 80 and byte pairs
 * that are no character), and not be one of the letters that fold to
 * another: أ إ آ ؤ ئ (1-5), ة (8), ى (0xE8).  A word of up to eight
 * letters is read by one such block instead of a load per two letters
 * (tests/check_normalize.c compares the two on every byte pair). */
static inline size_t self_letters16(const unsigned char *u)
{
    const __m128i zero = _mm_setzero_si128();
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)u);
    __m128i key = _mm_or_si128(_mm_slli_epi16(x, 8), _mm_srli_epi16(x, 8));
    __m128i k = _mm_sub_epi16(key, _mm_set1_epi16((short)0xD8A1));
    __m128i out = _mm_subs_epu16(k, _mm_set1_epi16(0xE9));
    __m128i gap = _mm_cmpeq_epi16(
        _mm_subs_epu16(_mm_sub_epi16(k, _mm_set1_epi16(0x1F)),
                       _mm_set1_epi16(0xDF - 0x1F)), zero);
    __m128i hamza = _mm_cmpeq_epi16(
        _mm_subs_epu16(_mm_sub_epi16(k, _mm_set1_epi16(1)),
                       _mm_set1_epi16(4)), zero);
    __m128i other = _mm_or_si128(_mm_cmpeq_epi16(k, _mm_set1_epi16(8)),
                                 _mm_cmpeq_epi16(k, _mm_set1_epi16(0xE8)));
    __m128i bad = _mm_or_si128(_mm_or_si128(gap, hamza), other);
    unsigned good = (unsigned)_mm_movemask_epi8(
        _mm_andnot_si128(bad, _mm_cmpeq_epi16(out, zero)));

    return good == 0xFFFF ? 16 : (size_t)__builtin_ctz(~good);
}
#endif

size_t qawlp_self_letters(const unsigned char *u, size_t n, int blocks)
{
    size_t j = 0;

#ifdef __SSE2__
    while (blocks && j + 16 <= n) {
        size_t b = self_letters16(u + j);
        j += b;
        if (b < 16)
            return j;
    }
#else
    (void)blocks;
#endif
    while (j + 4 <= n && letter_pair(u + j))
        j += 4;
    if (j + 2 <= n && letter_pair_half(u + j))
        j += 2;
    return j;
}

#ifdef __SSE2__
/* Folds the start of the 16 bytes at U into DST (all 16 are written; the
 * bytes past the start are written again by what folds them), at folded
 * offset AT, when it is spaces and two-byte Arabic letters (U+0621-
 * U+064A but tatweel: ARABIC_LETTER, or a letter ARABIC_TO folds to a
 * letter of its length); with F's DOC, finds its tokens.  Returns the
 * bytes done: 0 when the first byte is neither, and never a lead byte
 * without its continuation (the sixteenth byte is done only as a space).
 * Each byte is classed with its neighbour, so a block of words and the
 * spaces between them is one pass: the letters that fold to another
 * (أ ة ى ...) are rewritten one by one (letter_one), and the tokens come
 * from the bits where a word begins (a letter after no letter) and ends
 * (a space after a letter). */
static inline __attribute__((always_inline)) size_t
word_block16(folder *f, const unsigned char *u, char *dst, size_t at)
{
    const __m128i zero = _mm_setzero_si128();
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)u);
    __m128i nx = _mm_srli_si128(x, 1);          /* byte i: u[i + 1] */
    __m128i d8 = _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xD8));
    __m128i d9 = _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xD9));
    /* D8 A1-BF: U+0621-U+063F; D9 81-8A: U+0641-U+064A */
    __m128i in8 = _mm_cmpeq_epi8(
        _mm_subs_epu8(_mm_sub_epi8(nx, _mm_set1_epi8((char)0xA1)),
                      _mm_set1_epi8(0xBF - 0xA1)), zero);
    __m128i in9 = _mm_cmpeq_epi8(
        _mm_subs_epu8(_mm_sub_epi8(nx, _mm_set1_epi8((char)0x81)),
                      _mm_set1_epi8(0x8A - 0x81)), zero);
    /* the letters that fold to another: آ أ ؤ إ ئ (D8 A2-A6), ة (D8 A9),
     * ى (D9 89) */
    __m128i to8 = _mm_or_si128(
        _mm_cmpeq_epi8(
            _mm_subs_epu8(_mm_sub_epi8(nx, _mm_set1_epi8((char)0xA2)),
                          _mm_set1_epi8(0xA6 - 0xA2)), zero),
        _mm_cmpeq_epi8(nx, _mm_set1_epi8((char)0xA9)));
    __m128i to9 = _mm_cmpeq_epi8(nx, _mm_set1_epi8((char)0x89));
    unsigned lead = (unsigned)_mm_movemask_epi8(_mm_or_si128(
        _mm_and_si128(d8, in8), _mm_and_si128(d9, in9)));
    unsigned space = (unsigned)_mm_movemask_epi8(
        _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
    unsigned letter = lead | lead << 1;
    unsigned good = (space | letter) & 0xFFFF, mask, fold;
    size_t done = good == 0xFFFF ? 16 : (size_t)__builtin_ctz(~good);

    if (done == 0)
        return 0;
    mask = done == 16 ? 0xFFFF : (1u << done) - 1;
    _mm_storeu_si128((__m128i *)(void *)dst, x);
    fold = (unsigned)_mm_movemask_epi8(_mm_or_si128(
               _mm_and_si128(d8, to8), _mm_and_si128(d9, to9))) &
           lead & mask;
    while (fold) {
        /* a letter the masks found (lead D8 or D9): its folded bytes
         * from FOLD_PAIR, without letter_one's tests */
        unsigned p = (unsigned)__builtin_ctz(fold);
        memcpy(dst + p, fold_pair[(u[p] & 1) << 6 | (u[p + 1] & 0x3F)], 2);
        fold &= fold - 1;
    }
    if (f->doc != NULL) {
        /* a word opens at a letter after no letter (at byte 0 only if
         * none is open: tok_word), and a space after a letter, or at
         * byte 0, ends the open word */
        unsigned ev;
        letter &= mask;
        space &= mask;
        ev = (letter & ~(letter << 1)) | (space & (letter << 1 | 1));
        while (ev) {
            unsigned p = (unsigned)__builtin_ctz(ev);
            if (space >> p & 1)
                tok_end_word(f, at + p);
            else
                tok_word(f, at + p);
            ev &= ev - 1;
        }
    }
    return done;
}
#endif

/* Folds into DST (at folded offset AT) the run of characters at U (N
 * bytes) whose folded form has their length: ASCII (capitals
 * lowercased) but for CTRL_GENERAL, and the Arabic block but for
 * ARABIC_GENERAL; with F's DOC, finds its tokens.  The offsets of the two
 * texts advance together over it, so the map needs nothing inside it.
 * Returns the bytes done, 0 when the first character needs the general
 * path.  Nearly all of a text, words of Arabic letters and the spaces
 * between them, is read sixteen bytes at a time (word_block16); the
 * rest, two letters per four-byte load, two table lookups and one copy,
 * or a character at a time.  In line, so that qawlp_fold_string's copy,
 * without a DOC, carries no token code. */
static inline __attribute__((always_inline)) size_t
fold_run(folder *f, const unsigned char *u, size_t n, char *dst, size_t at)
{
    size_t j = 0, k;

    while (j + 4 <= n) {
#ifdef __SSE2__
        if (j + 16 <= n) {
            k = word_block16(f, u + j, dst + j, at + j);
            j += k;
            /* a block that stopped short of its end, but for a letter
             * cut by it, stopped at a byte it does not take (a mark,
             * punctuation): that one folds alone, without a second look
             * by the block */
            if (k == 16 || (k == 15 && (u[j] == 0xD8 || u[j] == 0xD9)))
                continue;
            k = fold_one(f, u + j, n - j, dst + j, at + j);
            if (k == 0)
                return j;
            j += k;
            continue;
        }
#endif
        if (u[j] == ' ') {             /* between most words */
            dst[j] = ' ';
            if (f->doc != NULL)
                tok_end_word(f, at + j);
            j++;
            continue;
        }
        if (u[j] >= 0x80 && letter_pair(u + j)) {
            if (f->doc != NULL)
                tok_word(f, at + j);
            do {
                memcpy(dst + j, u + j, 4);
                j += 4;
            } while (j + 4 <= n && letter_pair(u + j));
            /* a word's odd last letter (ة, most often) */
            while (j + 2 <= n && letter_one(u + j, dst + j))
                j += 2;
            continue;
        }
        k = fold_one(f, u + j, n - j, dst + j, at + j);
        if (k == 0)
            return j;
        j += k;
    }
    while (j < n) {
        k = fold_one(f, u + j, n - j, dst + j, at + j);
        if (k == 0)
            break;
        j += k;
    }
    return j;
}

/* fold_run for a document (tokens found) and for qawlp_fold_string (no
 * DOC: the compiler drops the token code from this copy). */
static size_t fold_run_tokens(folder *f, const unsigned char *u, size_t n,
                              char *dst, size_t at)
{
    return fold_run(f, u, n, dst, at);
}

static inline __attribute__((always_inline)) size_t
fold_run_plain(const unsigned char *u, size_t n, char *dst)
{
    folder none = {0};

    return fold_run(&none, u, n, dst, 0);
}

/* Folds LEN bytes at S into F; with its MAP, records input offsets
 * starting at BASE.  Invalid bytes become U+FFFD. */
static int fold_bytes(const char *s, size_t len, size_t base, folder *f)
{
    const unsigned char *u = (const unsigned char *)s;
    qawlp_buf *out = f->out;
    size_t i = 0;

    while (i < len) {
        uint32_t cp;
        size_t room, m;
        int n;

        /* most of a text: a run folded letter for letter, in place
         * (normalize_run reserved the input's length; an expansion that
         * filled it grows it) */
        if (out->cap <= out->len + 1 &&
            qawlp_reserve((void **)&out->data, &out->cap, out->len + 2, 1))
            return -1;
        room = out->cap - out->len - 1;
        m = f->doc != NULL
                ? fold_run_tokens(f, u + i, len - i < room ? len - i : room,
                                  out->data + out->len, out->len)
                : fold_run_plain(u + i, len - i < room ? len - i : room,
                                 out->data + out->len);
        if (f->failed)
            return -1;
        if (m > 0) {
            if (map_at(out, f->map, base + i))
                return -1;
            out->len += m;
            out->data[out->len] = '\0';
            i += m;
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
        if (cp == '#' && i + 1 < len && qawlp_hashtag_mark(u + i, len - i)) {
            i++;                /* a hashtag's mark: dropped */
            continue;
        }
        if (!qawlp_fold_drops(cp)) {
            int r = is_presentation_form(cp)
                        ? emit_nfkc(f, cp, base + i)
                        : emit(f, fold_letter(cp), base + i);
            if (r || f->failed)
                return -1;
        }
        i += (size_t)n;
    }
    if (f->doc != NULL) {
        tok_end_word(f, out->len);
        if (f->failed)
            return -1;
    }
    return 0;
}

int qawlp_fold_string(const char *s, size_t len, qawlp_buf *out)
{
    folder f;
    size_t m;

    /* room for the usual case (folding seldom lengthens), at once; a
     * buffer reused for each lexicon form mostly has it already */
    if (out->len + len + 1 > out->cap &&
        qawlp_reserve((void **)&out->data, &out->cap, out->len + len + 1, 1))
        return -1;
    out->data[out->len] = '\0';   /* an empty S folds to "" */
    /* A lexicon form (thousands at load) is most often letters that fold
     * to themselves: one run, without fold_bytes' steps around it.  What
     * the run leaves is folded as fold_bytes would after that run. */
    m = fold_run_plain((const unsigned char *)s, len, out->data + out->len);
    out->len += m;
    out->data[out->len] = '\0';
    if (m == len)
        return 0;
    /* made only here: most lexicon forms have returned above */
    memset(&f, 0, sizeof f);
    f.out = out;
    return fold_bytes(s + m, len - m, 0, &f);
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
 * regrew the buffer (another capacity) dropped them.  *BYTES is the
 * allocation's size, which a regrown buffer cut to the text and the pad
 * changes: the next document of the thread takes the buffer by it, and
 * the new capacity may equal CAP0 again (a text lengthened, then
 * shortened back to its own length). */
static int pad(qawlp_buf *out, size_t cap0, size_t *bytes)
{
    if (out->cap != cap0) {
        char *p = qawlp_realloc(out->data, out->len + 1 + NORM_PAD);
        if (p == NULL)
            return -1;
        out->data = p;
        out->cap = out->len + 1;
        *bytes = out->len + 1 + NORM_PAD;
    }
    memset(out->data + out->len, 0, 1 + NORM_PAD);
    return 0;
}

/* Bytes of NORM a block of the map's directory covers: some 3 or 4
 * breakpoints of news text, for 4 bytes of directory. */
#define MAP_BLOCK 256

/* Fills DOC->map_dir: entry B is the last breakpoint whose folded offset
 * is at or before B * MAP_BLOCK (0 when none is), for every block of
 * NORM and one past its end, so the breakpoint of an offset N is one of
 * map_dir[N / MAP_BLOCK] .. map_dir[N / MAP_BLOCK + 1].  Without memory
 * for it, map_dir stays NULL and look-ups search the whole map: the
 * same answers, found more slowly. */
static void map_directory(qawlp_doc *doc)
{
    size_t nb = doc->norm_len / MAP_BLOCK + 2, b, k = 0;

    if (doc->map_n == 0 || doc->map_n > UINT32_MAX) {
        qawlp_free(doc->map_dir);   /* an earlier document's, unused */
        doc->map_dir = NULL;
        doc->map_dir_cap = 0;
        return;
    }
    if (doc->map_dir == NULL || doc->map_dir_cap < nb) {
        qawlp_free(doc->map_dir);
        doc->map_dir = qawlp_malloc(nb * sizeof *doc->map_dir);
        doc->map_dir_cap = doc->map_dir != NULL ? nb : 0;
        if (doc->map_dir == NULL)
            return;
    }
    for (b = 0; b < nb; b++) {
        size_t at = b * MAP_BLOCK;
        while (k + 1 < doc->map_n && doc->map[k + 1].norm <= at)
            k++;
        doc->map_dir[b] = (uint32_t)k;
    }
}

qawl_status qawlp_normalize_run(qawlp_doc *doc, unsigned options,
                                qawl_error *err)
{
    qawlp_buf out = {0};
    offset_vec map = {0};
    folder f = {0};
    char *text = doc->src, *masked = NULL;
    size_t unplaced, bytes0 = doc->src_len + 1 + NORM_PAD;

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
    /* (an earlier document's arrays, left by qawl.c, when large enough) */
    if (doc->norm != NULL && doc->norm_bytes >= bytes0) {
        out.data = doc->norm;
        bytes0 = doc->norm_bytes;
    } else {
        qawlp_free(doc->norm);
        out.data = qawlp_malloc(bytes0);
    }
    doc->norm = NULL;
    doc->norm_bytes = 0;
    map.v = doc->map;
    map.cap = doc->map_cap;
    doc->map = NULL;
    doc->map_cap = 0;
    if (out.data != NULL) {
        out.data[0] = '\0';
        out.cap = doc->src_len + 1;
    }
    /* and tokens come every 9 or 10 bytes of news text: reserved at once
     * (untouched room costs no memory) */
    f.out = &out;
    f.map = &map;
    f.doc = doc;
    f.word = NO_WORD;
    if (out.data == NULL ||
        qawlp_reserve((void **)&doc->tokens.v, &doc->tokens.cap,
                      doc->src_len / 8 + 16, sizeof *doc->tokens.v) ||
        fold_bytes(text + doc->body, doc->src_len - doc->body, doc->body,
                   &f) ||
        pad(&out, doc->src_len + 1, &bytes0)) {
        qawlp_buf_free(&out);
        qawlp_free(map.v);
        qawlp_free(masked);
        return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                               "out of memory");
    }
    qawlp_free(masked);
    doc->norm = out.data;
    doc->norm_len = out.len;
    doc->norm_bytes = bytes0;   /* as pad left the allocation */
    doc->map = map.v;
    doc->map_n = map.n;
    doc->map_cap = map.cap;
    map_directory(doc);
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
    if (doc->map_dir != NULL) {  /* within N's block (map_directory) */
        lo = doc->map_dir[n / MAP_BLOCK];
        hi = (size_t)doc->map_dir[n / MAP_BLOCK + 1] + 1;
    }
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
    const unsigned char *u = (const unsigned char *)doc->src;

    /* most spans end with an ASCII character or a two-byte letter (D8-DB
     * but D8 9C, U+061C), none of them invisible: no decoding */
    if (b <= start || u[b - 1] < 0x80 ||
        (b - start >= 2 && u[b - 2] >= 0xD8 && u[b - 2] <= 0xDB &&
         !(u[b - 2] == 0xD8 && u[b - 1] == 0x9C)))
        return b;
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
