/*
 * json.c — the "qawl/1" JSON document object, written straight from the
 * result.
 *
 * No tree is built: each member is written as it is read from the result,
 * through qawlr_json_string (report.c), the one JSON escaper, and the
 * number formatting below.  The bytes are those jansson gave when it
 * built and dumped the tree (JSON_PRESERVE_ORDER, JSON_REAL_PRECISION(10),
 * JSON_INDENT(2) or JSON_COMPACT): same key order, same escapes, same
 * indentation, same doubles.  tests/fuzz/fuzz_json.c parses every output
 * back with jansson and dumps it again to hold us to that.
 *
 * Where jansson refused a value (a string that is not valid UTF-8, a NULL
 * string, a score that is not finite) the old writer failed before writing
 * the object that held it; each quote and speaker is checked first, so
 * this writer fails at the same point, with the same bytes written.
 *
 * Scores are rounded to 3 decimals so golden files do not depend on the
 * last bits of a double.
 */
#include <config.h>

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "report.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* ------------------------------------------------------------ numbers */

/* Writes the digits of U backwards ending at END; returns the start. */
static char *digits_back(char *end, unsigned long long u)
{
    do {
        *--end = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    return end;
}

/* V as jansson's jsonp_dtostr writes it with precision 10: "%.10g" with
 * the locale's decimal point made '.', ".0" added when neither '.' nor an
 * exponent shows, and the exponent without '+' or leading zeros. */
static int real_slow(char *buf, size_t size, double v)
{
    const char *point = localeconv()->decimal_point;
    char *e, *from;
    int n = snprintf(buf, size, "%.10g", v);

    if (n < 0 || (size_t)n + 3 > size)
        return -1;
    if (point && point[0] && point[0] != '.' && point[1] == '\0') {
        char *p = strchr(buf, point[0]);
        if (p)
            *p = '.';
    }
    if (strchr(buf, '.') == NULL && strchr(buf, 'e') == NULL) {
        memcpy(buf + n, ".0", 3);
        n += 2;
    }
    e = strchr(buf, 'e');
    if (e) {
        e++;
        from = e + 1;
        if (*e == '-')
            e++;
        while (*from == '0')
            from++;
        if (from != e) {
            memmove(e, from, (size_t)(buf + n - from) + 1);
            n -= (int)(from - e);
        }
    }
    return n;
}

int qawlr_json_real(char *buf, size_t size, double v)
{
    return isfinite(v) ? real_slow(buf, size, v) : -1;
}

/* Thousandths: the score X rounded to 3 decimals as the old writer's
 * json_real(round(X * 1000) / 1000) dumped it.  For |k| < 1e10 the value
 * k / 1000 is the double nearest a decimal of at most 10 significant
 * digits that "%.10g" prints exactly, without an exponent, so it is
 * written from the integer k, sparing snprintf; anything else takes the
 * general path. */
int qawlr_json_rounded(char *buf, size_t size, double x)
{
    double k = round(x * 1000.0);
    char tmp[32], *p;
    unsigned long long u, frac;
    size_t n;

    if (!isfinite(k / 1000.0))
        return -1;
    if (!(fabs(k) < 1e10))
        return real_slow(buf, size, k / 1000.0);
    u = (unsigned long long)fabs(k);
    frac = u % 1000;
    p = tmp + sizeof tmp;
    if (frac == 0) {
        *--p = '0';
        *--p = '.';
    } else {
        int width = 3;
        while (frac % 10 == 0) {   /* %g drops trailing zeros */
            frac /= 10;
            width--;
        }
        while (width-- > 0) {
            *--p = (char)('0' + frac % 10);
            frac /= 10;
        }
        *--p = '.';
    }
    p = digits_back(p, u / 1000);
    if (signbit(k))   /* -0.0 too: "%.10g" gives "-0" */
        *--p = '-';
    n = (size_t)(tmp + sizeof tmp - p);
    if (n + 1 > size)
        return -1;
    memcpy(buf, p, n);
    buf[n] = '\0';
    return (int)n;
}

/* --------------------------------------------------------- the writer */

/*
 * Layout as jansson's dump: with an indent, each member or element on its
 * own line at its depth and a closing bracket back at its container's
 * depth ("[]" and "{}" when empty); compact, "," and ":" alone.
 */
#define MAX_DEPTH 8   /* a document nests 6 deep */

typedef struct {
    struct qawl_writer *w;
    int indent;                 /* spaces a level; 0: compact */
    int depth;                  /* containers open */
    size_t count[MAX_DEPTH];    /* values written in each */
    char close[MAX_DEPTH];      /* '}' or ']' */
    int utf8;                   /* the result's texts are known valid
                                 * UTF-8 (qawlr_result_utf8) */
} jgen;

/* The short pieces (a newline and its indentation, a key, a number) are
 * written straight into the writer's buffer by copies of a fixed size,
 * which the compiler makes a few moves, not a call: piece() first makes
 * room for the largest.  Some 60 such pieces go out per quote. */
#define NL_ROOM 24       /* "\n" and up to 22 spaces */
#define KEY_ROOM 24      /* the longest key, quoted, with ": " */
#define PIECE_ROOM 64    /* ",", a newline and a key */

static const char nl_spaces[NL_ROOM] = "\n                       ";

/* Where the next bytes go, with PIECE_ROOM of room after it (the buffer
 * is handed to the sink first when short of that). */
static char *piece(jgen *g)
{
    struct qawl_writer *w = g->w;

    if (w->cap - w->used < PIECE_ROOM)
        qawlr_make_room(w);
    return w->buf + w->used;
}

/* Writes at D a newline and the indentation of DEPTH; returns the end. */
static char *newline_at(const jgen *g, char *d, int depth)
{
    size_t n = (size_t)(depth * g->indent);

    if (n > NL_ROOM - 2)   /* MAX_DEPTH * 2 spaces fit; never reached */
        n = NL_ROOM - 2;
    memcpy(d, nl_spaces, NL_ROOM);
    return d + n + 1;
}

static void newline(jgen *g, int depth)
{
    char *d = piece(g);

    g->w->used = (size_t)(newline_at(g, d, depth) - g->w->buf);
}

/* What comes before a member or an element of the innermost container. */
static void separate(jgen *g)
{
    if (g->count[g->depth - 1]++ > 0)
        qawlr_put(g->w, ",", 1);
    if (g->indent)
        newline(g, g->depth);
}

/* Array elements are separated here; object members by their key. */
static void before_value(jgen *g)
{
    if (g->depth > 0 && g->close[g->depth - 1] == ']')
        separate(g);
}

/* Writes the key of a member: key(g, "id") gives "\"id\": ", whose last
 * space only an indented document keeps.  The quoted key is held in
 * KEY_ROOM bytes, so that it is copied whole; a longer key does not
 * compile. */
#define key(g, k)                                                         \
    do {                                                                  \
        static const char key_lit_[KEY_ROOM] = "\"" k "\": ";             \
        _Static_assert(sizeof "\"" k "\": " <= KEY_ROOM,                 \
                       "a key fits KEY_ROOM");                            \
        key_(g, key_lit_, sizeof "\"" k "\": " - 1);                     \
    } while (0)

static void key_(jgen *g, const char *quoted, size_t len)
{
    char *d = piece(g);

    if (g->count[g->depth - 1]++ > 0)
        *d++ = ',';
    if (g->indent)
        d = newline_at(g, d, g->depth);
    memcpy(d, quoted, KEY_ROOM);
    d += g->indent ? len : len - 1;
    g->w->used = (size_t)(d - g->w->buf);
}

/* Opens a container whose separator before_value has written. */
static void open_bare(jgen *g, char c)
{
    qawlr_put(g->w, c == '{' ? "{" : "[", 1);
    g->close[g->depth] = c == '{' ? '}' : ']';
    g->count[g->depth] = 0;
    g->depth++;
}

static void open_(jgen *g, char c)
{
    before_value(g);
    open_bare(g, c);
}

static void close_(jgen *g)
{
    g->depth--;
    if (g->count[g->depth] && g->indent)
        newline(g, g->depth);
    qawlr_put(g->w, &g->close[g->depth], 1);
}

/* A string already checked by valid(). */
static void str(jgen *g, const char *s)
{
    before_value(g);
    qawlr_json_string(g->w, s, strlen(s));
}

static void null_(jgen *g)
{
    before_value(g);
    qawlr_put(g->w, "null", 4);
}

/* jansson's json_int_t is long long: a size_t is written as its cast. */
static void integer(jgen *g, long long v)
{
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v
                                 : (unsigned long long)v, t;
    size_t n = 1;
    char *d;

    before_value(g);
    for (t = u; t >= 10; t /= 10)
        n++;
    d = piece(g);          /* at most 20 digits and a sign */
    if (v < 0)
        *d++ = '-';
    digits_back(d + n, u);
    g->w->used = (size_t)(d + n - g->w->buf);
}

/* A score checked by valid_score(). */
static void rounded(jgen *g, double x)
{
    char buf[40];
    int n = qawlr_json_rounded(buf, sizeof buf, x);

    before_value(g);
    qawlr_put(g->w, buf, n > 0 ? (size_t)n : 0);
}

/* ------------------------------------------------------ the literals
 *
 * The objects of quotes, acts and speakers sit at depths known where
 * they are written (a document is the outermost object, its arrays one
 * level in), so what goes between their values -- a comma, a newline,
 * the indentation and a key -- is one literal, written whole, in its two
 * layouts: lit(g, PRETTY, COMPACT) writes PRETTY in an indented document
 * (indent 2, the only one the writer is asked for) and COMPACT in a
 * compact one.  The values in those objects are written bare (no
 * separator of their own); the state of jgen stays that of the array
 * holding the object, as the generic writer above would leave it once
 * the object is closed.  An object written so gives the bytes open_,
 * key, the values and close_ gave, member for member. */
#define LIT_ROOM 48   /* the longest literal, with its NUL */

#define lit(g, pretty, compact)                                           \
    do {                                                                  \
        static const char pretty_[LIT_ROOM] = pretty;                     \
        static const char compact_[LIT_ROOM] = compact;                   \
        _Static_assert(sizeof pretty <= LIT_ROOM &&                       \
                           sizeof compact <= LIT_ROOM,                    \
                       "a literal fits LIT_ROOM");                        \
        lit_(g, pretty_, sizeof pretty - 1, compact_,                     \
             sizeof compact - 1);                                         \
    } while (0)

/* Indentation of depths 1 to 6 at 2 spaces a level. */
#define SP1 "  "
#define SP2 "    "
#define SP3 "      "
#define SP4 "        "
#define SP5 "          "
#define SP6 "            "

/* The first member of an object whose members are indented SP, and the
 * others; the end of an object whose closing brace is indented SP. */
#define first_key(g, sp, k) lit(g, "\n" sp "\"" k "\": ", "\"" k "\":")
#define next_key(g, sp, k) lit(g, ",\n" sp "\"" k "\": ", ",\"" k "\":")
#define end_object(g, sp) lit(g, "\n" sp "}", "}")

static inline void lit_(jgen *g, const char *pretty, size_t plen,
                        const char *compact, size_t clen)
{
    char *d = piece(g);    /* PIECE_ROOM >= LIT_ROOM */

    _Static_assert(PIECE_ROOM >= LIT_ROOM, "a literal fits a piece");
    if (g->indent) {
        memcpy(d, pretty, LIT_ROOM);
        g->w->used += plen;
    } else {
        memcpy(d, compact, LIT_ROOM);
        g->w->used += clen;
    }
}

/* ------------------------------------------------------------ strings
 *
 * Most of the bytes written are the texts of quotes and names: Arabic
 * letters (two bytes each) and ASCII, which need no escape.  Where SSE2
 * is there, they are checked and copied 16 bytes at a time; anything
 * else (a byte to escape, a letter of three or four bytes, invalid
 * UTF-8) goes to the byte-wise routines of report.c from there on, which
 * decide as before. */

/* qawlr_utf8_valid (S, LEN), with ASCII and two-byte sequences (C2-DF
 * and a continuation) read here byte by byte: the short strings (names,
 * terms, labels) and the last bytes of the long ones. */
static int utf8_tail_ok(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, k;

    /* eight bytes at a time while they are such (internal.h) */
    while (len - i >= 8 &&
           (k = qawlp_short_chars_word(qawlp_load_le64(u + i))) > 0)
        i += k;
    while (i < len) {
        if (u[i] < 0x80) {
            i++;
        } else if (u[i] >= 0xC2 && u[i] <= 0xDF && i + 1 < len &&
                   (u[i + 1] & 0xC0) == 0x80) {
            i += 2;
        } else {
            return qawlr_utf8_valid(s + i, len - i);   /* all the rest */
        }
    }
    return 1;
}

/* Whether the LEN bytes at S are valid UTF-8: qawlr_utf8_valid, with
 * the blocks of ASCII and two-byte sequences (C2-DF and a continuation)
 * checked 16 bytes at a time. */
static int utf8_ok(const char *s, size_t len)
{
#ifdef __SSE2__
    const __m128i c1 = _mm_set1_epi8((char)0xC1), c0 = _mm_set1_epi8((char)0xC0),
                  e0 = _mm_set1_epi8((char)0xE0);
    unsigned carry = 0;   /* the block before ended with a lead byte */
    size_t i;

    for (i = 0; len - i >= 16; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        unsigned high = (unsigned)_mm_movemask_epi8(x), lead, cont;
        if (high == 0 && carry == 0)
            continue;
        /* signed bytes: 80-BF are below C0, C2-DF between C1 and E0 */
        cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, c0));
        lead = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(x, c1), _mm_cmplt_epi8(x, e0)));
        if ((cont | lead) != high || (((lead << 1) | carry) & 0xFFFF) != cont)
            return qawlr_utf8_valid(s, len);   /* decided byte by byte */
        carry = lead >> 15;
    }
    if (carry)
        i--;              /* the tail begins with that lead byte */
#else
    size_t i = 0;
#endif
    return utf8_tail_ok(s + i, len - i);
}

#ifdef __SSE2__
/* Whether any of the 8 bytes of X needs an escape in a JSON string: a
 * control character (below 0x20, the test of Bit Twiddling Hacks'
 * hasless, exact as a yes or no for a bound up to 128), '"' or '\\'
 * (haszero of X with that byte in every lane). */
static inline int needs_escape8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ULL,
                   high = 0x8080808080808080ULL;
    uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');

    return (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) |
            ((b - ones) & ~b)) & high ? 1 : 0;
}

/* The last LEN - I (under 16) bytes of S for text_string, into W's
 * buffer (which has room for 16) at once when none needs an escape: a
 * string of 16 bytes or more by its last 16, stored over the copy of
 * the bytes before I that the buffer still holds; a shorter one of 8 or
 * more by two loads of 8 that may overlap.  Returns how far S is
 * written: LEN, or I (the byte loop goes on from there). */
static inline size_t tail_at_once(struct qawl_writer *w, const char *s,
                                  size_t i, size_t len)
{
    if (len >= 16 && i - (len - 16) <= w->used) {
        const __m128i quote = _mm_set1_epi8('"'), slash = _mm_set1_epi8('\\'),
                      ctl = _mm_set1_epi8(0x1F);
        __m128i x = _mm_loadu_si128(
            (const __m128i *)(const void *)(s + len - 16));
        __m128i esc = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, slash)),
            _mm_cmpeq_epi8(_mm_max_epu8(x, ctl), ctl));
        if (_mm_movemask_epi8(esc))
            return i;
        _mm_storeu_si128(
            (__m128i *)(void *)(w->buf + w->used - (i - (len - 16))), x);
        w->used += len - i;
        return len;
    }
    if (len < 16 && len - i >= 8) {
        uint64_t a, b;
        memcpy(&a, s + i, 8);
        memcpy(&b, s + len - 8, 8);
        if (needs_escape8(a) || needs_escape8(b))
            return i;
        memcpy(w->buf + w->used, &a, 8);
        memcpy(w->buf + w->used + (len - i) - 8, &b, 8);
        w->used += len - i;
        return len;
    }
    return i;
}
#endif

/* Writes the LEN bytes at S as a JSON string (qawlr_json_string): the
 * 16-byte blocks that need no escape are copied as they are, then the
 * last bytes one by one, into the buffer when it has room; from the
 * first byte to escape on, qawlr_json_string_body writes the rest. */
static void text_string(jgen *g, const char *s, size_t len)
{
    struct qawl_writer *w = g->w;
    size_t i = 0;
    char *d;

#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"'), slash = _mm_set1_epi8('\\'),
                  ctl = _mm_set1_epi8(0x1F);

    qawlr_put(w, "\"", 1);
    for (; len - i >= 16; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i esc = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, slash)),
            _mm_cmpeq_epi8(_mm_max_epu8(x, ctl), ctl));   /* 00-1F */
        if (_mm_movemask_epi8(esc))
            break;
        if (w->cap - w->used < 16)
            qawlr_make_room(w);
        _mm_storeu_si128((__m128i *)(void *)(w->buf + w->used), x);
        w->used += 16;
    }
#else
    qawlr_put(w, "\"", 1);
#endif
    if (len - i < 16) {   /* the last bytes, when no escape came first */
        if (w->cap - w->used < 17)
            qawlr_make_room(w);
#ifdef __SSE2__
        i = tail_at_once(w, s, i, len);
#endif
        d = w->buf + w->used;
        for (; i < len; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c < 0x20 || c == '"' || c == '\\')
                break;
            *d++ = (char)c;
        }
        w->used = (size_t)(d - w->buf);
    }
    if (i < len)
        qawlr_json_string_body(w, s + i, len - i);
    qawlr_put(w, "\"", 1);
}

/* Bare values: what str, integer, rounded and null_ write after their
 * separator. */
static inline void bare_str(jgen *g, const char *s)
{
    text_string(g, s, strlen(s));
}

/* The digits of 0 to 99, two by two. */
static const char two_digits[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233"
    "34353637383940414243444546474849505152535455565758596061626364656667"
    "6869707172737475767778798081828384858687888990919293949596979899";

/* How many digits U has. */
static inline size_t digit_count(unsigned long long u)
{
    size_t n = 1;

    while (u >= 10000) {
        n += 4;
        u /= 10000;
    }
    if (u >= 100) {
        n += 2;
        u /= 100;
    }
    return n + (u >= 10);
}

static inline void bare_int(jgen *g, long long v)
{
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v
                                 : (unsigned long long)v;
    char *d = piece(g), *p;    /* at most 20 digits and a sign */

    if (v < 0)
        *d++ = '-';
    p = d + digit_count(u);
    g->w->used = (size_t)(p - g->w->buf);
    /* backwards, two digits at a time */
    while (u >= 100) {
        p -= 2;
        memcpy(p, two_digits + 2 * (u % 100), 2);
        u /= 100;
    }
    if (u >= 10)
        memcpy(p - 2, two_digits + 2 * u, 2);
    else
        p[-1] = (char)('0' + u);
}

static inline void bare_rounded(jgen *g, double x)
{
    char *d = piece(g);    /* 40 bytes: what qawlr_json_rounded needs */
    int n = qawlr_json_rounded(d, 40, x);

    _Static_assert(PIECE_ROOM >= 40, "a number fits a piece");
    g->w->used += n > 0 ? (size_t)n : 0;
}

static void bare_null(jgen *g)
{
    qawlr_put(g->w, "null", 4);
}

/* ------------------------------------------------------- the checks */

/* jansson refused NULL and invalid UTF-8 in json_string. */
static int valid(const char *s)
{
    return s != NULL && utf8_ok(s, strlen(s));
}

/* valid() for a text of the result G writes: only NULL is refused when
 * the result's input was valid UTF-8, since each of its texts is then
 * valid too (qawlr_result_utf8); else each is checked as before. */
static int text_valid(const jgen *g, const char *s)
{
    return g->utf8 ? s != NULL : valid(s);
}

/* json_real refused what is not finite. */
static int valid_score(double x)
{
    return isfinite(round(x * 1000.0) / 1000.0);
}

/* What a quote and an act share is valid: the words, the attribution,
 * the speaker and the stance with its evidence. */
static int record_valid(const jgen *g, qawlr_record r)
{
    const qawl_speaker *s = qawlr_rec_speaker(r);
    const char *mention = qawlr_rec_mention(r, NULL, NULL);
    double score;
    size_t i;

    qawlr_rec_stance(r, &score);
    if (!text_valid(g, qawlr_rec_text(r)) ||
        !text_valid(g, qawlr_rec_rule(r)) ||
        !valid_score(qawlr_rec_confidence(r)) || !valid_score(score))
        return 0;
    if (s && (!text_valid(g, qawl_speaker_name(s)) ||
              (mention && !text_valid(g, mention))))
        return 0;
    for (i = 0; i < qawlr_rec_evidence_count(r); i++) {
        double w;
        const char *mod;
        const char *term = qawlr_rec_evidence(r, i, NULL, NULL, &w, &mod);
        if (!text_valid(g, term) || !valid_score(w) ||
            (mod && !text_valid(g, mod)))
            return 0;
    }
    return 1;
}

static int quote_valid(const jgen *g, const qawl_quote *q)
{
    const char *cue = qawl_quote_cue(q, NULL, NULL);

    return (cue == NULL || text_valid(g, cue)) &&
           record_valid(g, qawlr_quote_record(q));
}

/* The speaker's most characteristic stance terms (at most TOP_TERMS). */
#define TOP_TERMS 5

static int speaker_valid(const jgen *g, const qawl_speaker *s)
{
    qawlr_stance_summary sum;
    size_t i;

    qawlr_speaker_stance(s, &sum);
    if (!text_valid(g, qawl_speaker_name(s)) || !valid_score(sum.mean))
        return 0;
    for (i = 0; i < qawl_speaker_alias_count(s); i++)
        if (!text_valid(g, qawl_speaker_alias(s, i)))
            return 0;
    for (i = 0; i < qawl_speaker_term_count(s) && i < TOP_TERMS; i++) {
        double w;
        if (!text_valid(g, qawl_speaker_term(s, i, &w, NULL)) ||
            !valid_score(w))
            return 0;
    }
    return 1;
}

/* ------------------------------------------------------- the objects */

/* The speaker of a record, members at depth 4 (SP4). */
static void speaker_ref(jgen *g, qawlr_record r)
{
    const qawl_speaker *s = qawlr_rec_speaker(r);
    size_t a = 0, b = 0;
    const char *mention = qawlr_rec_mention(r, &a, &b);

    if (s == NULL) {
        bare_null(g);
        return;
    }
    qawlr_put(g->w, "{", 1);
    first_key(g, SP4, "entity");
    bare_int(g, (long long)qawl_speaker_id(s));
    next_key(g, SP4, "name");
    bare_str(g, qawl_speaker_name(s));
    next_key(g, SP4, "mention");
    if (mention)
        bare_str(g, mention);
    else
        bare_null(g);
    next_key(g, SP4, "start");
    if (mention)
        bare_int(g, (long long)a);
    else
        bare_null(g);
    next_key(g, SP4, "end");
    if (mention)
        bare_int(g, (long long)b);
    else
        bare_null(g);
    next_key(g, SP4, "kind");
    bare_str(g, qawl_speaker_kind_name(qawl_speaker_kind_of(s)));
    end_object(g, SP3);
}

/* {"label", "score", "evidence": [{"start", "end", "term", "weight"
 * [, "modifier"][, "frame"]}]}, members at depth 4 (SP4). */
static void stance_object(jgen *g, qawlr_record q)
{
    double score;
    qawl_stance st = qawlr_rec_stance(q, &score);
    size_t i, n = qawlr_rec_evidence_count(q);

    qawlr_put(g->w, "{", 1);
    first_key(g, SP4, "label");
    bare_str(g, qawl_stance_name(st));
    next_key(g, SP4, "score");
    bare_rounded(g, score);
    next_key(g, SP4, "evidence");
    qawlr_put(g->w, "[", 1);
    for (i = 0; i < n; i++) {
        size_t a, b;
        double w;
        const char *mod;
        const char *term = qawlr_rec_evidence(q, i, &a, &b, &w, &mod);
        const char *frame = qawlr_rec_frame(q, i);
        if (i == 0)
            lit(g, "\n" SP5 "{", "{");
        else
            lit(g, ",\n" SP5 "{", ",{");
        first_key(g, SP6, "start");
        bare_int(g, (long long)a);
        next_key(g, SP6, "end");
        bare_int(g, (long long)b);
        next_key(g, SP6, "term");
        bare_str(g, term);
        next_key(g, SP6, "weight");
        bare_rounded(g, w);
        if (mod) {
            next_key(g, SP6, "modifier");
            bare_str(g, mod);
        }
        if (frame) {
            next_key(g, SP6, "frame");
            bare_str(g, frame);
        }
        end_object(g, SP5);
    }
    if (n > 0)
        lit(g, "\n" SP4 "]", "]");
    else
        qawlr_put(g->w, "]", 1);
    end_object(g, SP3);
}

/* The members a quote and an act share, last in their objects (members
 * at depth 3, SP3): speaker, attribution and stance; closes the
 * object. */
static void record_tail(jgen *g, qawlr_record r)
{
    next_key(g, SP3, "speaker");
    speaker_ref(g, r);
    next_key(g, SP3, "attribution");
    qawlr_put(g->w, "{", 1);
    first_key(g, SP4, "rule");
    bare_str(g, qawlr_rec_rule(r));
    next_key(g, SP4, "confidence");
    bare_rounded(g, qawlr_rec_confidence(r));
    end_object(g, SP3);
    next_key(g, SP3, "stance");
    stance_object(g, r);
    end_object(g, SP2);
}

/* A quote, an element of the document's "quotes" (members at depth 3). */
static int quote_object(jgen *g, const qawl_quote *q)
{
    size_t a, b, line, col, ca = 0, cb = 0;
    const char *cue = qawl_quote_cue(q, &ca, &cb);

    before_value(g);   /* the old writer wrote the separator, then failed */
    if (!quote_valid(g, q))
        return -1;
    qawl_quote_span(q, &a, &b);
    qawl_quote_position(q, &line, &col);
    qawlr_put(g->w, "{", 1);
    first_key(g, SP3, "id");
    bare_int(g, (long long)qawl_quote_id(q));
    next_key(g, SP3, "start");
    bare_int(g, (long long)a);
    next_key(g, SP3, "end");
    bare_int(g, (long long)b);
    next_key(g, SP3, "line");
    bare_int(g, (long long)line);
    next_key(g, SP3, "column");
    bare_int(g, (long long)col);
    next_key(g, SP3, "text");
    bare_str(g, qawl_quote_text(q));
    next_key(g, SP3, "type");
    bare_str(g, qawl_quote_type_name(qawl_quote_kind(q)));
    next_key(g, SP3, "cue");
    if (cue) {
        qawlr_put(g->w, "{", 1);
        first_key(g, SP4, "text");
        bare_str(g, cue);
        next_key(g, SP4, "start");
        bare_int(g, (long long)ca);
        next_key(g, SP4, "end");
        bare_int(g, (long long)cb);
        end_object(g, SP3);
    } else {
        bare_null(g);
    }
    record_tail(g, qawlr_quote_record(q));
    return 0;
}

static int act_valid(const jgen *g, const qawl_act *a)
{
    return text_valid(g, qawl_act_verb(a, NULL, NULL)) &&
           record_valid(g, qawlr_act_record(a));
}

/* {"text", "start", "end"}, members at depth 4 (SP4). */
static void span_object(jgen *g, const char *text, size_t a, size_t b)
{
    qawlr_put(g->w, "{", 1);
    first_key(g, SP4, "text");
    bare_str(g, text);
    next_key(g, SP4, "start");
    bare_int(g, (long long)a);
    next_key(g, SP4, "end");
    bare_int(g, (long long)b);
    end_object(g, SP3);
}

/* An act, an element of the document's "acts" (members at depth 3). */
static int act_object(jgen *g, const qawl_act *act)
{
    size_t a, b, line, col;
    const char *verb, *object;

    before_value(g);
    if (!act_valid(g, act))
        return -1;
    qawlr_put(g->w, "{", 1);
    first_key(g, SP3, "id");
    bare_int(g, (long long)qawl_act_id(act));
    next_key(g, SP3, "class");
    bare_str(g, qawl_act_class_name(qawl_act_class_of(act)));
    qawl_act_span(act, &a, &b);
    next_key(g, SP3, "start");
    bare_int(g, (long long)a);
    next_key(g, SP3, "end");
    bare_int(g, (long long)b);
    qawl_act_position(act, &line, &col);
    next_key(g, SP3, "line");
    bare_int(g, (long long)line);
    next_key(g, SP3, "column");
    bare_int(g, (long long)col);
    verb = qawl_act_verb(act, &a, &b);
    next_key(g, SP3, "verb");
    span_object(g, verb, a, b);
    object = qawl_act_object(act, &a, &b);
    next_key(g, SP3, "object");
    span_object(g, object, a, b);
    record_tail(g, qawlr_act_record(act));
    return 0;
}

/* The members of a stance summary: mean score and label counts (the
 * caller opens and closes the object; the document's, through jgen). */
static void summary_members(jgen *g, const qawlr_stance_summary *sum)
{
    key(g, "mean");
    rounded(g, sum->mean);
    key(g, "de-escalation");
    integer(g, (long long)sum->count[QAWL_STANCE_DEESCALATION]);
    key(g, "escalation");
    integer(g, (long long)sum->count[QAWL_STANCE_ESCALATION]);
    key(g, "neutral");
    integer(g, (long long)sum->count[QAWL_STANCE_NEUTRAL]);
}

/* Elements of an array of scalars at depth 4 (SP4): the separator before
 * element I. */
static void scalar_element(jgen *g, size_t i)
{
    if (i == 0)
        lit(g, "\n" SP4, "");
    else
        lit(g, ",\n" SP4, ",");
}

/* The end of an array of N elements whose closing bracket is at depth 3
 * (SP3). */
static void end_array3(jgen *g, size_t n)
{
    if (n > 0)
        lit(g, "\n" SP3 "]", "]");
    else
        qawlr_put(g->w, "]", 1);
}

/* A speaker, an element of the document's "speakers" (members at depth
 * 3). */
static int speaker_object(jgen *g, const qawl_speaker *s)
{
    qawlr_stance_summary sum;
    size_t i, n;

    before_value(g);
    if (!speaker_valid(g, s))
        return -1;
    qawlr_speaker_stance(s, &sum);
    qawlr_put(g->w, "{", 1);
    first_key(g, SP3, "entity");
    bare_int(g, (long long)qawl_speaker_id(s));
    next_key(g, SP3, "name");
    bare_str(g, qawl_speaker_name(s));
    next_key(g, SP3, "kind");
    bare_str(g, qawl_speaker_kind_name(qawl_speaker_kind_of(s)));
    next_key(g, SP3, "aliases");
    qawlr_put(g->w, "[", 1);
    n = qawl_speaker_alias_count(s);
    for (i = 0; i < n; i++) {
        scalar_element(g, i);
        bare_str(g, qawl_speaker_alias(s, i));
    }
    end_array3(g, n);
    next_key(g, SP3, "quotes");
    qawlr_put(g->w, "[", 1);
    n = qawl_speaker_quote_count(s);
    for (i = 0; i < n; i++) {
        scalar_element(g, i);
        bare_int(g, (long long)qawl_quote_id(qawl_speaker_quote(s, i)));
    }
    end_array3(g, n);
    next_key(g, SP3, "acts");
    qawlr_put(g->w, "[", 1);
    n = qawl_speaker_act_count(s);
    for (i = 0; i < n; i++) {
        scalar_element(g, i);
        bare_int(g, (long long)qawl_act_id(qawl_speaker_act(s, i)));
    }
    end_array3(g, n);
    next_key(g, SP3, "stance");
    qawlr_put(g->w, "{", 1);
    first_key(g, SP4, "mean");
    bare_rounded(g, sum.mean);
    next_key(g, SP4, "de-escalation");
    bare_int(g, (long long)sum.count[QAWL_STANCE_DEESCALATION]);
    next_key(g, SP4, "escalation");
    bare_int(g, (long long)sum.count[QAWL_STANCE_ESCALATION]);
    next_key(g, SP4, "neutral");
    bare_int(g, (long long)sum.count[QAWL_STANCE_NEUTRAL]);
    next_key(g, SP4, "terms");
    qawlr_put(g->w, "[", 1);
    n = qawl_speaker_term_count(s) < TOP_TERMS ? qawl_speaker_term_count(s)
                                               : TOP_TERMS;
    for (i = 0; i < n; i++) {
        double w;
        size_t count;
        const char *term = qawl_speaker_term(s, i, &w, &count);
        if (i == 0)
            lit(g, "\n" SP5 "{", "{");
        else
            lit(g, ",\n" SP5 "{", ",{");
        first_key(g, SP6, "term");
        bare_str(g, term);
        next_key(g, SP6, "weight");
        bare_rounded(g, w);
        next_key(g, SP6, "count");
        bare_int(g, (long long)count);
        end_object(g, SP5);
    }
    if (n > 0)
        lit(g, "\n" SP4 "]", "]");
    else
        qawlr_put(g->w, "]", 1);
    end_object(g, SP3);
    end_object(g, SP2);
    return 0;
}

/* A short machine-readable name for a status. */
static const char *status_code(qawl_status st)
{
    switch (st) {
    case QAWL_ERR_NOMEM: return "nomem";
    case QAWL_ERR_IO: return "io";
    case QAWL_ERR_UTF8: return "utf8";
    case QAWL_ERR_LEXICON: return "lexicon";
    case QAWL_ERR_ICU: return "icu";
    case QAWL_ERR_PCRE2: return "pcre2";
    case QAWL_ERR_ARG: return "input";
    default: return "ok";
    }
}

static int error_object(jgen *g, const qawl_error *err)
{
    if (!valid(err->message))
        return -1;
    open_(g, '{');
    key(g, "code");
    str(g, status_code(err->code));
    key(g, "message");
    str(g, err->message);
    key(g, "line");
    integer(g, (long long)err->line);
    key(g, "column");
    integer(g, (long long)err->column);
    key(g, "offset");
    integer(g, (long long)err->offset);
    close_(g);
    return 0;
}

/* A file name as a JSON string: names are bytes, JSON strings UTF-8, so
 * a name that is not valid UTF-8 (or a JSON Lines id cut inside a letter)
 * has each byte that is not part of a character shown as U+FFFD rather
 * than failing; its letters stay, as report and audit keep them. */
static void path_string(jgen *g, const char *path)
{
    const char *p, *end;

    if (valid(path)) {
        str(g, path);
        return;
    }
    before_value(g);
    qawlr_put(g->w, "\"", 1);
    end = path + strlen(path);
    for (p = path; p < end;) {
        uint32_t cp;
        int k = qawlp_utf8_decode((const unsigned char *)p, (size_t)(end - p),
                                  &cp);
        if (k > 0) {
            qawlr_json_string_body(g->w, p, (size_t)k);
            p += k;
        } else {
            qawlr_put(g->w, "\xEF\xBF\xBD", 3);
            p++;
        }
    }
    qawlr_put(g->w, "\"", 1);
}

enum { ARR_QUOTES, ARR_ACTS, ARR_SPEAKERS };

/* The array of the quotes, acts or speakers of R (WHICH: ARR_*). */
static int put_array(jgen *g, const qawl_result *r, int which)
{
    size_t n = r == NULL ? 0
               : which == ARR_SPEAKERS ? qawl_result_speaker_count(r)
               : which == ARR_ACTS ? qawl_result_act_count(r)
                                   : qawl_result_quote_count(r), i;

    open_(g, '[');
    for (i = 0; i < n; i++) {
        if (which == ARR_SPEAKERS ? speaker_object(g, qawl_result_speaker(r, i))
            : which == ARR_ACTS ? act_object(g, qawl_result_act(r, i))
                                : quote_object(g, qawl_result_quote(r, i)))
            return -1;
        if (g->w->failed)
            return -1;
    }
    close_(g);
    return 0;
}

qawl_status qawlr_document_write(struct qawl_writer *w, const char *path,
                                 const qawl_result *r, const qawl_error *err,
                                 int indent)
{
    jgen g = {w, indent ? 2 : 0, 0, {0}, {0}, 0};   /* the literals' two */
    size_t bytes = 0;

    if (r) {
        qawl_result_input(r, &bytes);
        g.utf8 = qawlr_result_utf8(r);
    }
    open_(&g, '{');
    key(&g, "path");
    path_string(&g, path ? path : "-");
    key(&g, "bytes");
    integer(&g, (long long)bytes);
    key(&g, "error");
    if (r)
        null_(&g);
    else if (error_object(&g, err))
        return QAWL_ERR_NOMEM;
    key(&g, "quotes");
    if (put_array(&g, r, ARR_QUOTES))
        return w->failed ? QAWL_ERR_IO : QAWL_ERR_NOMEM;
    key(&g, "acts");
    if (put_array(&g, r, ARR_ACTS))
        return w->failed ? QAWL_ERR_IO : QAWL_ERR_NOMEM;
    key(&g, "speakers");
    if (put_array(&g, r, ARR_SPEAKERS))
        return w->failed ? QAWL_ERR_IO : QAWL_ERR_NOMEM;
    if (r) {
        qawlr_stance_summary sum;
        qawlr_document_stance(r, &sum);
        key(&g, "stance");
        if (!valid_score(sum.mean))
            return QAWL_ERR_NOMEM;
        open_(&g, '{');
        summary_members(&g, &sum);
        close_(&g);
    }
    close_(&g);
    return w->failed ? QAWL_ERR_IO : QAWL_OK;
}
