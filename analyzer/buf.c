/*
 * buf.c — allocation wrappers, growable arrays and buffers, UTF-8 codec.
 *
 * All memory of the library is allocated here so that a test can make the
 * i-th allocation fail and check that every caller recovers (libexpat's
 * allocation tests).
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static long fail_countdown;

void qawlp_alloc_fail_at(long n)
{
    fail_countdown = n;
}

/* True when the allocation being made should fail (test hook). */
static int should_fail(void)
{
    if (fail_countdown <= 0)
        return 0;
    return --fail_countdown == 0;
}

void *qawlp_malloc(size_t size)
{
    return should_fail() ? NULL : malloc(size ? size : 1);
}

void *qawlp_calloc(size_t n, size_t size)
{
    return should_fail() ? NULL : calloc(n ? n : 1, size ? size : 1);
}

void *qawlp_realloc(void *p, size_t size)
{
    return should_fail() ? NULL : realloc(p, size ? size : 1);
}

void qawlp_free(void *p)
{
    free(p);
}

char *qawlp_strndup(const char *s, size_t n)
{
    char *d = qawlp_malloc(n + 1);

    if (d == NULL)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

/* The replacement character U+FFFD, in UTF-8. */
static const char replacement[] = "\xEF\xBF\xBD";

/* Bytes at S (N left) that read as one character in a text: a valid
 * sequence, or one byte that reads as U+FFFD (*BAD set). */
static size_t text_char(const char *s, size_t n, int *bad)
{
    uint32_t cp;
    int k = qawlp_utf8_decode((const unsigned char *)s, n, &cp);

    *bad = k <= 0 || cp == 0;
    return *bad ? 1 : (size_t)k;
}

char *qawlp_text_ndup(const char *s, size_t n)
{
    size_t i, out = 0, k;
    int bad;
    char *d;

    /* the usual case: valid text, no NUL, copied as it is */
    if (memchr(s, '\0', n) == NULL && qawlp_utf8_validate(s, n) == n)
        return qawlp_strndup(s, n);

    for (i = 0; i < n; i += k) {
        k = text_char(s + i, n - i, &bad);
        out += bad ? sizeof replacement - 1 : k;
    }
    d = qawlp_malloc(out + 1);
    if (d == NULL)
        return NULL;
    for (i = 0, out = 0; i < n; i += k) {
        k = text_char(s + i, n - i, &bad);
        memcpy(d + out, bad ? replacement : s + i,
               bad ? sizeof replacement - 1 : k);
        out += bad ? sizeof replacement - 1 : k;
    }
    d[out] = '\0';
    return d;
}

char *qawlp_strdup(const char *s)
{
    return qawlp_strndup(s, strlen(s));
}

char *qawlp_block_grow(qawlp_block **head, size_t n, size_t block_bytes)
{
    qawlp_block *b;
    size_t cap = n + 1 > block_bytes ? n + 1 : block_bytes;

    if (n >= SIZE_MAX - sizeof *b - 1)
        return NULL;
    b = qawlp_malloc(sizeof *b + cap);
    if (b == NULL)
        return NULL;
    b->used = n + 1;
    b->cap = cap;
    b->next = *head;
    *head = b;
    return b->data;
}

void qawlp_blocks_free(qawlp_block **head)
{
    while (*head != NULL) {
        qawlp_block *next = (*head)->next;
        qawlp_free(*head);
        *head = next;
    }
}

int qawlp_reserve(void **array, size_t *cap, size_t need, size_t size)
{
    size_t ncap;
    void *p;

    if (need <= *cap)
        return 0;
    /* Most vectors of a result are per quote (its steps, its evidence)
     * and hold a few records: they start with room for two, then eight,
     * and double from there.  Starting at eight, a 21 MB article kept
     * some 6 MB of room never used (peak RSS 204 -> 198 MB). */
    ncap = *cap ? *cap : 2;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 4 / size)
            return -1;
        ncap *= ncap < 8 ? 4 : 2;
    }
    p = qawlp_realloc(*array, ncap * size);
    if (p == NULL)
        return -1;
    *array = p;
    *cap = ncap;
    return 0;
}

int qawlp_buf_append(qawlp_buf *b, const char *s, size_t n)
{
    if (qawlp_reserve((void **)&b->data, &b->cap, b->len + n + 1, 1))
        return -1;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int qawlp_buf_printf(qawlp_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || qawlp_reserve((void **)&b->data, &b->cap,
                               b->len + (size_t)n + 1, 1))
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

void qawlp_buf_free(qawlp_buf *b)
{
    qawlp_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* Strict UTF-8 (RFC 3629): no overlongs, no surrogates, nothing above
 * U+10FFFF.  (qawlp_utf8_decode in internal.h takes ASCII and valid two-
 * byte sequences in line; this decides the rest, those too.) */
int qawlp_utf8_decode_long(const unsigned char *s, size_t n, uint32_t *cp)
{
    uint32_t c;
    int len, i;

    if (n == 0)
        return 0;
    c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    /* Two bytes (U+0080-U+07FF, all of Arabic) first and whole: such a
     * sequence can be neither overlong nor a surrogate nor too large. */
    if (c >= 0xC2 && c <= 0xDF) {
        if (n < 2 || (s[1] & 0xC0) != 0x80)
            return 0;
        *cp = (c & 0x1F) << 6 | (s[1] & 0x3F);
        return 2;
    }
    if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        c &= 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        c &= 0x07;
    } else {
        return 0;
    }
    if ((size_t)len > n)
        return 0;
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
        c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

int qawlp_utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static int is_bidi_control(uint32_t cp)
{
    return cp == 0x061C || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* Whether the eight bytes at S hold an E2 or a 9C byte. */
static inline int bidi_block(const unsigned char *s)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t x = qawlp_load_le64(s);
    uint64_t e = x ^ (ones * 0xE2), c = x ^ (ones * 0x9C);

    return ((((e - ones) & ~e) | ((c - ones) & ~c)) & high) != 0;
}

/* Whether a bidi control's first two bytes (may_hold_bidi) begin at a
 * byte of S from A to B (the byte after B is S's or its NUL). */
static int bidi_pair_in(const unsigned char *s, size_t a, size_t b)
{
    for (; a < b; a++)
        if ((s[a] == 0xD8 && s[a + 1] == 0x9C) ||
            (s[a] == 0xE2 && (s[a + 1] == 0x80 || s[a + 1] == 0x81)))
            return 1;
    return 0;
}

/* Whether S may hold a bidi control: their encodings begin D8 9C
 * (U+061C) or E2 80 / E2 81 (U+200E-F, U+202A-E, U+2066-9).  Most names
 * and quotes hold none and are left as they are, without decoding. */
static int may_hold_bidi(const unsigned char *s)
{
    size_t n = strlen((const char *)s), i = 0;

    /* eight bytes at a time; a block that holds E2 or 9C (the second
     * byte of D8 9C) is read byte by byte, from one back, at a D8 the
     * block before may end with, and then the blocks go on (a
     * quotation mark, E2 80 9C, is no control).  The bytes after the
     * last block are one more block that ends with the text's, when
     * it has eight: most names and quotes are then read in blocks
     * alone. */
    for (; n - i >= 8; i += 8)
        if (bidi_block(s + i) && bidi_pair_in(s, i ? i - 1 : 0, i + 8))
            return 1;
    if (i < n && n >= 8 && !bidi_block(s + n - 8))
        return 0;
    return bidi_pair_in(s, i ? i - 1 : 0, n);
}

void qawlp_strip_bidi(char *s)
{
    size_t n, i = 0, o = 0;

    if (!may_hold_bidi((const unsigned char *)s))
        return;
    n = strlen(s);
    while (i < n) {
        uint32_t cp;
        int k = qawlp_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (k <= 0)
            k = 1;   /* a stray byte is kept as it is */
        else if (is_bidi_control(cp)) {
            i += (size_t)k;
            continue;
        }
        memmove(s + o, s + i, (size_t)k);
        o += (size_t)k;
        i += (size_t)k;
    }
    s[o] = '\0';
}

size_t qawlp_utf8_validate(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, k;
    uint32_t cp;
    int len;

    while (i < n) {
#ifdef __SSE2__
        while (n - i >= 16 && (k = qawlp_short_chars_block(u + i, 0)) > 0)
            i += k;
#endif
        while (n - i >= 8 &&
               (k = qawlp_short_chars_word(qawlp_load_le64(u + i))) > 0)
            i += k;
        if (i >= n)
            break;
        /* ASCII runs are the common case in markup and digits. */
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        /* and two-byte letters in Arabic text: checked here, no call */
        if (u[i] >= 0xC2 && u[i] <= 0xDF && i + 1 < n &&
            (u[i + 1] & 0xC0) == 0x80) {
            i += 2;
            continue;
        }
        len = qawlp_utf8_decode(u + i, n - i, &cp);
        if (len == 0)
            return i;
        i += (size_t)len;
    }
    return n;
}

int qawlp_letter_edits(const uint32_t *x, size_t nx, const uint32_t *y,
                       size_t ny)
{
    size_t i = 0, j = 0, edits = 0;

    if (nx + 1 < ny || ny + 1 < nx)
        return 2;
    while (i < nx && j < ny) {
        if (x[i] == y[j]) {
            i++;
            j++;
            continue;
        }
        if (++edits > 1)
            return 2;
        /* the longer string had a letter inserted; equal lengths: replaced */
        if (nx >= ny)
            i++;
        if (ny >= nx)
            j++;
    }
    edits += (nx - i) + (ny - j);
    return edits > 1 ? 2 : (int)edits;
}

/* ------------------------------------------------------ public buffer */

/* qawl_buffer (qawl.h) is qawlp_buf behind an opaque type, so a caller
 * writing a report into memory needs no sink of its own. */
struct qawl_buffer {
    qawlp_buf b;
};

qawl_buffer *qawl_buffer_new(void)
{
    return qawlp_calloc(1, sizeof(qawl_buffer));
}

int qawl_buffer_sink(const char *data, size_t len, void *user)
{
    qawl_buffer *buffer = user;

    return qawlp_buf_append(&buffer->b, data, len);
}

char *qawlp_buffer_tail(qawl_buffer *buffer, size_t need, size_t *room)
{
    qawlp_buf *b = &buffer->b;

    if (qawlp_reserve((void **)&b->data, &b->cap, b->len + need + 1, 1))
        return NULL;
    *room = b->cap - b->len - 1;
    return b->data + b->len;
}

void qawlp_buffer_commit(qawl_buffer *buffer, size_t len)
{
    qawlp_buf *b = &buffer->b;

    if (b->data == NULL)      /* nothing taken, nothing written */
        return;
    b->len += len;
    b->data[b->len] = '\0';
}

const char *qawl_buffer_data(const qawl_buffer *buffer)
{
    return buffer->b.data ? buffer->b.data : "";
}

size_t qawl_buffer_length(const qawl_buffer *buffer)
{
    return buffer->b.len;
}

void qawl_buffer_clear(qawl_buffer *buffer)
{
    buffer->b.len = 0;
    if (buffer->b.data)
        buffer->b.data[0] = '\0';
}

char *qawl_buffer_take(qawl_buffer *buffer, size_t *len)
{
    char *data = buffer->b.data;

    if (data == NULL)
        data = qawlp_calloc(1, 1);   /* nothing written: "" */
    if (data == NULL)
        return NULL;
    if (len)
        *len = buffer->b.len;
    memset(&buffer->b, 0, sizeof buffer->b);
    return data;
}

void qawl_buffer_free(qawl_buffer *buffer)
{
    if (buffer == NULL)
        return;
    qawlp_buf_free(&buffer->b);
    qawlp_free(buffer);
}

const char *qawlp_find(const char *hay, size_t n, const char *needle,
                       size_t m)
{
    const unsigned char *h = (const unsigned char *)hay,
                        *e = (const unsigned char *)needle;
    size_t i = 0;

    if (m == 0)
        return hay;
    if (m > n)
        return NULL;
#ifdef __SSE2__
    {
        /* sixteen places at a time, by the needle's first and last byte
         * (Muła's SIMD-friendly search): in Arabic text the pair of a
         * lead byte and a letter's continuation byte is rare, and the
         * few candidates are compared whole */
        const __m128i first = _mm_set1_epi8((char)e[0]),
                      last = _mm_set1_epi8((char)e[m - 1]);
        for (; i + m - 1 + 16 <= n; i += 16) {
            __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(h + i));
            __m128i b = _mm_loadu_si128(
                (const __m128i *)(const void *)(h + i + m - 1));
            unsigned bits = (unsigned)_mm_movemask_epi8(
                _mm_and_si128(_mm_cmpeq_epi8(a, first),
                              _mm_cmpeq_epi8(b, last)));
            while (bits) {
                unsigned k = (unsigned)__builtin_ctz(bits);
                if (memcmp(h + i + k + 1, e + 1, m - 1) == 0)
                    return hay + i + k;
                bits &= bits - 1;
            }
        }
    }
#endif
    for (; i + m <= n; i++)
        if (h[i] == e[0] && h[i + m - 1] == e[m - 1] &&
            memcmp(h + i + 1, e + 1, m - 1) == 0)
            return hay + i;
    return NULL;
}
