/*
 * internal.h — private types shared by the stages of the qawl pipeline.
 *
 * A document (struct qawl_result) is filled stage by stage:
 *
 *   load      validates UTF-8 and records line starts          (load.c)
 *   normalise builds the folded text NORM, MAP back to input and,
 *             in the same pass, the tokens' boundaries     (normalize.c)
 *   segment   gives the tokens their kinds, sentences, paragraphs
 *             and lexicon variants; pairs quotation marks    (segment.c)
 *   cues      finds reporting verbs, participles, nouns, بحسب   (cues.c)
 *   quotes    turns cues and marked spans into quote spans       (quotes.c)
 *   sources   finds each quote's source phrase, with the rule    (sources.c,
 *             that found it; phrases parsed by             mentions.c)
 *   entities  clusters the mentions into speakers               (entities.c)
 *   attribute picks each quote's speaker with a rule             (attribute.c)
 *   stance    scores each quote with the stance lexicon          (stance.c)
 *
 * Each stage reads the arrays of earlier stages and appends to its own; it
 * stores indices, never pointers, so arrays may grow.  Offsets inside the
 * pipeline are byte offsets into NORM; only the final result converts them
 * to input offsets through MAP.
 */
#ifndef QAWL_INTERNAL_H
#define QAWL_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "qawl.h"

/* ------------------------------------------------------------ allocation */

/* Every allocation goes through these, so tests can fail the i-th one. */
void *qawlp_malloc(size_t size);
void *qawlp_calloc(size_t n, size_t size);
void *qawlp_realloc(void *p, size_t size);
void qawlp_free(void *p);
char *qawlp_strndup(const char *s, size_t n);
char *qawlp_strdup(const char *s);
/* A copy of N bytes of input as text: valid UTF-8 is copied, each byte of
 * an invalid sequence (--repair) and each NUL becomes U+FFFD, so reports
 * and C strings never stop short or carry invalid UTF-8. */
char *qawlp_text_ndup(const char *s, size_t n);

/* Test hook: when positive, the N-th allocation from now fails (1 = the
 * next one).  0 disables.  Not thread-safe; only tests set it. */
void qawlp_alloc_fail_at(long n);

/* Grows *ARRAY (of *CAP elements of SIZE bytes) to hold at least NEED.
 * Returns 0, or -1 when out of memory (the array is left as it was). */
int qawlp_reserve(void **array, size_t *cap, size_t need, size_t size);

/* A chain of blocks that strings are carved from, freed all at once (the
 * lexicon's strings, a result's texts): DATA holds CAP bytes, of which
 * USED are taken. */
typedef struct qawlp_block {
    struct qawlp_block *next;
    size_t used, cap;
    char data[];
} qawlp_block;

/* Room for N bytes and a NUL in a new block of at least BLOCK_BYTES put
 * at the head of the chain *HEAD; NULL when out of memory. */
char *qawlp_block_grow(qawlp_block **head, size_t n, size_t block_bytes);

/* Room for N bytes and a NUL in the chain *HEAD, a new block added when
 * the newest is full; NULL when out of memory.  Inline: the lexicon's
 * strings are carved one by one at start-up. */
static inline char *qawlp_block_room(qawlp_block **head, size_t n, size_t block_bytes)
{
    qawlp_block *b = *head;
    char *d;

    if (b == NULL || b->cap - b->used < n + 1)
        return qawlp_block_grow(head, n, block_bytes);
    d = b->data + b->used;
    b->used += n + 1;
    return d;
}
/* Frees every block of the chain *HEAD and empties it. */
void qawlp_blocks_free(qawlp_block **head);

/* A growable array of T: items, count, capacity. */
#define QAWLP_VEC(T) struct { T *v; size_t n, cap; }
/* Appends one zeroed element and returns its address, or NULL (nomem).
 * The call to grow is made only when the array is full (a token, a
 * sentence, a step: pushes are on every hot path). */
#define QAWLP_PUSH(vec) \
    ((vec).n >= (vec).cap && \
     qawlp_reserve((void **)&(vec).v, &(vec).cap, (vec).n + 1, \
                   sizeof *(vec).v) ? NULL \
     : (memset(&(vec).v[(vec).n], 0, sizeof *(vec).v), &(vec).v[(vec).n++]))

/* A growable byte buffer, always NUL-terminated when non-empty. */
typedef struct {
    char *data;
    size_t len, cap;
} qawlp_buf;
int qawlp_buf_append(qawlp_buf *b, const char *s, size_t n);
int qawlp_buf_printf(qawlp_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void qawlp_buf_free(qawlp_buf *b);
/* The free tail of BUFFER, after its bytes, with room for at least NEED
 * bytes and a NUL after them (*ROOM: how many); NULL when out of memory.
 * What is written there is the buffer's once qawlp_buffer_commit counts
 * it: the writers write a qawl_buffer's output in place so. */
char *qawlp_buffer_tail(qawl_buffer *buffer, size_t need, size_t *room);
void qawlp_buffer_commit(qawl_buffer *buffer, size_t len);

/* ------------------------------------------------------------------ errors */

/* Fills ERR unless it is NULL or already holds an error (the first error is
 * kept).  Returns CODE so callers can write `return qawlp_error_set(...)`. */
qawl_status qawlp_error_set(qawl_error *err, qawl_status code,
                            const char *file, unsigned long line,
                            unsigned long column, size_t offset,
                            const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/* ------------------------------------------------------------------- UTF-8 */

/* qawlp_utf8_decode past its first byte's test: a sequence of three or
 * four bytes, or an invalid one.  (buf.c) */
int qawlp_utf8_decode_long(const unsigned char *s, size_t n, uint32_t *cp);

/* Decodes one code point at S (N bytes left).  Returns its length (1-4) and
 * stores it in *CP, or returns 0 for an invalid or truncated sequence.
 * Strict UTF-8 (RFC 3629): no overlongs, no surrogates, nothing above
 * U+10FFFF.  ASCII and two bytes (U+0080-U+07FF, all of Arabic: never
 * overlong, a surrogate or too large) are decoded in line: some 60,000
 * calls an article set, from every stage, each paid a call for them. */
static inline int qawlp_utf8_decode(const unsigned char *s, size_t n,
                                    uint32_t *cp)
{
    if (n > 0 && s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (n >= 2 && s[0] >= 0xC2 && s[0] <= 0xDF && (s[1] & 0xC0) == 0x80) {
        *cp = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
        return 2;
    }
    return qawlp_utf8_decode_long(s, n, cp);
}

/* Whether CP is one of the N code points of SET (clitic letters). */
static inline int qawlp_cp_in(uint32_t cp, const uint32_t *set, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (set[i] == cp)
            return 1;
    return 0;
}

/* Code points in the valid UTF-8 S[0..LEN), counted up to MAX: callers ask
 * whether a few letters are left. */
static inline size_t qawlp_count_chars(const char *s, size_t len, size_t max)
{
    size_t i, n = 0;

    for (i = 0; i < len && n < max; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}
/* Encodes CP into OUT (4 bytes at least); returns the length. */
int qawlp_utf8_encode(uint32_t cp, char *out);
/* Offset of the first invalid byte of S, or N when all of S is valid. */
/* The eight bytes at U as one word, the first byte lowest (a single load
 * on a little-endian machine; the shifts below need that order). */
static inline uint64_t qawlp_load_le64(const unsigned char *u)
{
    return (uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16 |
           (uint64_t)u[3] << 24 | (uint64_t)u[4] << 32 |
           (uint64_t)u[5] << 40 | (uint64_t)u[6] << 48 |
           (uint64_t)u[7] << 56;
}

/* The four bytes at U as one word, the first byte lowest: one load
 * (GCC does not merge four byte loads when it needs their halves). */
static inline uint32_t qawlp_load_le32(const unsigned char *u)
{
    uint32_t x;

    memcpy(&x, u, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    x = __builtin_bswap32(x);
#endif
    return x;
}

/* How many of the 8 bytes of X (starting at a character) are whole
 * characters of one or two bytes, valid UTF-8, when all are: 8, or 7 when
 * the last byte opens a character the next word ends; 0 when the word
 * holds anything else (a longer sequence, C0/C1, a stray continuation
 * byte), left to the byte loop.  Arabic text is such words, nearly all. */
static inline size_t qawlp_short_chars_word(uint64_t x)
{
    const uint64_t high = 0x8080808080808080ULL;
    uint64_t b6 = (x << 1) & high, b5 = (x << 2) & high;
    uint64_t lead = x & high & b6, cont = x & high & ~b6;
    /* bits 1-4 of a lead: all zero in C0 and C1 (overlong); at most
     * 0x1E, so adding 0x7F carries into no other byte */
    uint64_t payload = (x & 0x1E1E1E1E1E1E1E1EULL) + 0x7F7F7F7F7F7F7F7FULL;

    if (lead & (b5 | ~payload))      /* E0-FF, or C0/C1 */
        return 0;
    if (cont != lead << 8)           /* a continuation right after a lead */
        return 0;
    return 8 - (size_t)(lead >> 63);
}

#ifdef __SSE2__
/* How many of the sixteen bytes at U (at a character's start) are, from
 * the first, ASCII and whole two-byte characters (lead C2-DF, then a
 * continuation): 16, 15 when the last is a lead whose character the
 * next block ends, fewer when another byte comes first (0: the first).
 * With CONTROLS, a control character (below 0x20, or 0x7F: line ends
 * among them, as qawlp_word_has_control) ends them too.  The bytes are
 * compared as signed: 80-BF are below C0, C2-DF between C1 and E0.  A
 * block that holds a line end or a dash is so taken up to it, not left
 * to the eight-byte and byte loops. */
static inline size_t qawlp_short_chars_block(const unsigned char *u,
                                             int controls)
{
    const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)u);
    unsigned high = (unsigned)_mm_movemask_epi8(x), below = 0, cont, lead,
             good;

    if (controls)
        below = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
                         _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F))));
    if (high == 0 && below == 0)  /* ASCII, no control */
        return 16;
    cont = (unsigned)_mm_movemask_epi8(
        _mm_cmplt_epi8(x, _mm_set1_epi8((char)0xC0)));
    lead = (unsigned)_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8((char)0xC1)),
                      _mm_cmplt_epi8(x, _mm_set1_epi8((char)0xE0))));
    /* the good bytes: ASCII but a control, a lead with a continuation
     * after it, that continuation; the run of them from the first */
    lead &= cont >> 1;
    good = ((~high & ~below) | lead | lead << 1) & 0xFFFF;
    return good == 0xFFFF ? 16 : (size_t)__builtin_ctz(~good);
}
#endif

/* Whether any of the 8 bytes of X is a control character (below 0x20, or
 * 0x7F): exact as a yes or no (Bit Twiddling Hacks' hasless and haszero),
 * though not byte by byte. */
static inline int qawlp_word_has_control(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t del = x ^ (ones * 0x7F);

    return (((x - ones * 0x20) & ~x) | ((del - ones) & ~del)) & high ? 1 : 0;
}

size_t qawlp_utf8_validate(const char *s, size_t n);
/* Removes from the NUL-terminated UTF-8 string S, in place, the bidi
 * controls that reorder the text after them (U+061C, U+200E-F,
 * U+202A-E, U+2066-9): a name must not turn a report around.  (buf.c) */
void qawlp_strip_bidi(char *s);
/* Edits (insertion, deletion, substitution) between the letter strings X
 * and Y: 0, 1, or 2 for "more than one".  Both the clustering of spelling
 * variants (mentions.c) and the audit's spelling rule (audit.c) use it. */
int qawlp_letter_edits(const uint32_t *x, size_t nx, const uint32_t *y,
                       size_t ny);

/* ---------------------------------------------------------------- lexicons */

/* A set of the symbols the letter probes use (prefix.c): LO bit k for
 * U+0621 + k (k < 63), HI bits 0-5 for a z 0 9 _ and the space. */
typedef struct {
    uint64_t lo, hi;
} qawlp_symset;

/* For the tests: the number of pattern entries of LEX whose letter masks
 * differ from those the probes find (-1 when out of memory), where masks
 * read by prefix.c may lack letters only when a probe hit PCRE2's match
 * limit (the probe keeps them; no path of the pattern reads them); *NREAD
 * gets the number of patterns whose masks prefix.c reads.  (lexicon.c) */
int qawlp_lexicon_check_masks(qawl_lexicon *lex, size_t *nread);

/* For the tests: probes every pattern entry whose automaton prefix.c
 * keeps with four letters or spaces (the scan's probe), the first three
 * along at most NPATHS paths of its masks, the fourth each symbol, both
 * through that automaton and PCRE2's hard partial match.  *WRONG gets
 * the probes the automaton turns away where PCRE2 finds a (partial)
 * match within its limits, *MORE those it keeps where PCRE2 finds none.
 * Returns the number of probes, or -1 (out of memory).  (lexicon.c) */
/* For the tests: runs each pattern of LEX that requires strings (see
 * qawlp_prefix_must) on NSUBJECTS random subjects (from SEED) of the
 * letters and stand-ins of the random patterns of check_lexicon; *WRONG
 * gets the subjects a pattern matches that hold none of its strings.
 * Returns the number of matches, or -1 (out of memory).  (lexicon.c) */
long qawlp_lexicon_check_musts(qawl_lexicon *lex, unsigned long seed,
                               size_t nsubjects, size_t *wrong);
long qawlp_lexicon_check_probes(qawl_lexicon *lex, size_t npaths,
                                size_t *wrong, size_t *more);

/* A pattern's automaton as prefix.c reads it, kept for the scan. */
typedef struct qawlp_prefix qawlp_prefix;

/* The letter masks of qawlp_entry (first, second: 64 masks, third: made
 * with qawlp_calloc) of the anchored pattern PATTERN (LEN bytes, folded
 * as compiled), read from its text, as the probes of lexicon.c would
 * find them: WORD holds the symbols \w matches, CLITICS the letter bits
 * that begin a clitic.  0; 1 when the pattern uses syntax this reader
 * does not follow (nothing is filled: run the probes); -1 out of
 * memory.  With KEEP, a 0 also hands over in *KEEP the automaton read
 * (NULL when out of memory), for qawlp_prefix_can_begin.  (prefix.c) */
int qawlp_prefix_masks(const char *pattern, size_t len, qawlp_symset word,
                       uint64_t clitics, uint64_t *first, uint64_t *second,
                       uint64_t **third, qawlp_prefix **keep);

/* Whether a match of P's pattern can begin with the LEN bytes of folded
 * text at S (letters and spaces), the question can_begin in lexicon.c
 * asks PCRE2 in its hard partial mode: 1 when some path reads them all
 * or completes on a prefix of them, 0 when none does; 1 when out of
 * memory (X may be NULL) or for a character no probe uses.  Reads P
 * only: threads may share it, each with its own scratch X.  (prefix.c) */
typedef struct qawlp_prefix_scratch qawlp_prefix_scratch;
int qawlp_prefix_can_begin(const qawlp_prefix *p, const char *s, size_t len,
                           qawlp_prefix_scratch *x);
/* What every match of P's pattern holds: one of qawlp_prefix_nmust(P)
 * strings (0: nothing known), runs of its literal characters of at most
 * 32 bytes; string K (its bytes in *LEN) is qawlp_prefix_must(P, K).  A
 * subject that holds none of them holds no match.  (prefix.c) */
/* Each string is searched for in the subject's rest: with sets of up to
 * 8 strings the searches cost more than the runs they saved (fixed set:
 * 105.1 M instructions, up to 4: 105.4 M, up to 2: 104.7 M). */
#define MUST_ALTS 2
int qawlp_prefix_nmust(const qawlp_prefix *p);
const char *qawlp_prefix_must(const qawlp_prefix *p, int k, size_t *len);
/* For the lexicon image: writes automaton P as 64-bit words at OUT (NULL:
 * only counts them) and returns their number.  (prefix.c) */
size_t qawlp_prefix_save(const qawlp_prefix *p, uint64_t *out);
/* An automaton saved by qawlp_prefix_save, from the N words at IN, with
 * the words it took in *USED; NULL when out of memory or when the words
 * are no automaton the walks can follow (an index out of its nodes, a
 * count past N).  (prefix.c) */
qawlp_prefix *qawlp_prefix_restore(const uint64_t *in, size_t n,
                                   size_t *used);
qawlp_prefix_scratch *qawlp_prefix_scratch_new(void);
void qawlp_prefix_scratch_free(qawlp_prefix_scratch *x);
void qawlp_prefix_free(qawlp_prefix *p);

/* What a clitics.txt entry's role= says it is. */
enum {
    QAWLP_ROLE_NONE,
    QAWLP_ROLE_ADDRESSEE,     /* [preposition]: names whom a statement is
                               * made to */
    QAWLP_ROLE_FEMININE,      /* [ending]: the feminine ending (ة) */
    QAWLP_ROLE_FEMININE_ADJ,  /* [ending]: a feminine adjective's other
                               * endings (الكبرى، العليا) */
    QAWLP_ROLE_NISBA,         /* [ending]: a nisba adjective's (السورية) */
    QAWLP_ROLE_ACCUSATIVE,    /* [ending]: the accusative's tanween, a
                               * mark anywhere in the word (تحديداً) */
    QAWLP_ROLE_FEMININE_BOUND, /* [ending]: the feminine ending as written
                               * before a suffix (خشيته: خشية + ه) */
    QAWLP_ROLE_INDEFINITE,    /* [ending]: the indefinite accusative's
                               * letter without its tanween (بيانا، ممازحا) */
    QAWLP_ROLE_PARTICIPLE     /* [present]: the participle's prefix
                               * (ممازحا، مستعدا), no present tense's */
};

/* Sections of every lexicon file; the schema in lexicon.c lists which file
 * and which attribute keys each one has. */
typedef enum {
    QAWLP_SEC_CONJ, QAWLP_SEC_PREP, QAWLP_SEC_PRESENT, QAWLP_SEC_POSSESSIVE,
    QAWLP_SEC_ENDING, QAWLP_SEC_ARTICLE,
    QAWLP_SEC_VERB, QAWLP_SEC_PARTICIPLE, QAWLP_SEC_RNOUN,
    QAWLP_SEC_ACCORDING, QAWLP_SEC_DESCRIBE, QAWLP_SEC_RELAY,
    QAWLP_SEC_COMP, QAWLP_SEC_BRIDGE, QAWLP_SEC_TIME, QAWLP_SEC_RELAY_FROM,
    QAWLP_SEC_TITLE, QAWLP_SEC_OFFICE, QAWLP_SEC_HONORIFIC,
    QAWLP_SEC_NISBA, QAWLP_SEC_PARTICLE,
    QAWLP_SEC_ORG, QAWLP_SEC_ORGHEAD, QAWLP_SEC_DOCUMENT, QAWLP_SEC_ISSUER,
    QAWLP_SEC_ANON, QAWLP_SEC_QUALIFIER, QAWLP_SEC_NAMING,
    QAWLP_SEC_BOUNDARY, QAWLP_SEC_ASIDE, QAWLP_SEC_QUOTE_END,
    QAWLP_SEC_FIGURE, QAWLP_SEC_ADVERB, QAWLP_SEC_AUXILIARY,
    QAWLP_SEC_RELATIVE, QAWLP_SEC_ADDRESSEE, QAWLP_SEC_SUBORDINATOR,
    QAWLP_SEC_TURN, QAWLP_SEC_TOPIC,
    QAWLP_SEC_COUNTRY, QAWLP_SEC_REGION, QAWLP_SEC_CITY,
    QAWLP_SEC_DEESC, QAWLP_SEC_ESC,
    QAWLP_SEC_NEGATION, QAWLP_SEC_INTENSIFIER, QAWLP_SEC_HEDGE,
    QAWLP_SEC_CONTRAST, QAWLP_SEC_CONDITION,
    QAWLP_SEC_NAME, QAWLP_SEC_NAME_HEAD,
    QAWLP_SEC_NAMELIKE, QAWLP_SEC_NOT_NAME,
    /* acts.txt: one section per act class, in qawl_act_class order */
    QAWLP_SEC_ACT_CALL, QAWLP_SEC_ACT_DEMAND, QAWLP_SEC_ACT_WARNING,
    QAWLP_SEC_ACT_ACCUSATION, QAWLP_SEC_ACT_DENIAL,
    QAWLP_SEC_ACT_CONDEMNATION, QAWLP_SEC_ACT_THREAT,
    QAWLP_SEC_ACT_ANNOUNCEMENT, QAWLP_SEC_ACT_WELCOME,
    QAWLP_SEC_ACT_END,         /* acts.txt [object_end] */
    QAWLP_SEC_ACT_RESUMPTIVE,  /* acts.txt [resumptive] */
    QAWLP_SEC_COUNT
} qawlp_section;

#define QAWLP_BIT(sec) (UINT64_C(1) << (sec))
#define QAWLP_PLACE_SECTIONS                                              \
    (QAWLP_BIT(QAWLP_SEC_COUNTRY) | QAWLP_BIT(QAWLP_SEC_REGION) |         \
     QAWLP_BIT(QAWLP_SEC_CITY))

/* The voice= attribute of reporting verbs (qawlp_entry.voice). */
enum { QAWLP_VOICE_ACTIVE, QAWLP_VOICE_PASSIVE, QAWLP_VOICE_RESUMPTIVE };

/* Gender and number attributes; 0 means unknown or any. */
enum { QAWLP_MASC = 'm', QAWLP_FEM = 'f' };
enum { QAWLP_SING = 's', QAWLP_DUAL = 'd', QAWLP_PLUR = 'p' };

#define QAWLP_MAX_WORDS 8

/* What a speaker does with a stance term (the frame= attribute of the
 * stance files, and the frame the scorer gives each term): 0 is none. */
enum {
    QAWLP_FRAME_NONE, QAWLP_FRAME_CALL, QAWLP_FRAME_COMMITMENT,
    QAWLP_FRAME_CONDEMNATION, QAWLP_FRAME_ACCUSATION, QAWLP_FRAME_WARNING,
    QAWLP_FRAME_THREAT, QAWLP_FRAME_JUSTIFICATION, QAWLP_FRAME_PRAISE,
    QAWLP_FRAME_REJECTION, QAWLP_FRAME_REPORT, QAWLP_FRAME_COUNT
};
/* The frame's name as the files and the reports write it; NULL for 0. */
const char *qawlp_frame_name(int frame);

typedef struct {
    char *written;          /* the form as written in the file */
    char *form;             /* folded, words joined by one space */
    char *key[QAWLP_MAX_WORDS]; /* each word folded, article stripped */
    uint16_t key_len[QAWLP_MAX_WORDS]; /* strlen(key[k]), or 0xFFFF if
                                          longer */
    uint8_t nwords;
    uint8_t section;        /* qawlp_section */
    char gender, number;    /* QAWLP_MASC..., or 0 */
    uint8_t clause_only;    /* a cue only before a complementiser */
    uint8_t verb_next;      /* an attribution phrase "what …" (بحسب ما):
                             * a verb comes before the source */
    uint8_t voice;          /* voice=: QAWLP_VOICE_PASSIVE reports with no
                             * source; QAWLP_VOICE_RESUMPTIVE points back
                             * to a document (جاء فيه) */
    uint8_t present_u;      /* present=u: the active present's prefix
                             * takes a damma (يُطالب، يُحذّر، يُعلن) */
    float weight;           /* stance: signed, [-1, 1] */
    float factor;           /* modifiers */
    int scope;              /* modifiers: tokens; 0 = rest of clause */
    char *target;           /* stance target or NULL */
    uint8_t frame;          /* QAWLP_FRAME_*: stance files only */
    uint8_t participle;     /* acts: pos=participle, no subject of its own */
    uint8_t charge;         /* acts: PREP is charge=, opening the charge
                             * after the accused (اتهم … ب) */
    uint8_t decides;        /* acts: stance=class, the weight always
                             * decides the act's stance */
    uint8_t role;           /* clitics: QAWLP_ROLE_*, from role= */
    char *prep;             /* acts: folded preposition opening the object,
                             * or NULL */
    void *re;               /* a pattern entry: its pcre2_code, else NULL */
    uint64_t first;         /* pattern: the letters a match can begin with
                             * (bit k: U+0621 + k; bit 63: any other) */
    uint64_t *second;       /* pattern: for each first letter's bit, the
                             * letters that can follow it (64 masks) */
    uint64_t *third;        /* pattern: third[a] (a < 64) is where the
                             * masks of first letter a's pairs begin, one
                             * per bit of second[a] in order: what can
                             * come third after two Arabic letters (bit
                             * 63: another character, or the word's end;
                             * see third_letters in lexicon.c) */
    qawlp_prefix *prefix;   /* pattern: its automaton, when prefix.c
                               reads it (the scan's probe), else NULL */
    uint8_t word_start;     /* pattern: written with a leading \b that
                               applies to all of it, which RE lacks: the
                               scan checks the boundary once per word
                               (lex->word_boundary) instead of once per
                               pattern tried there */
    uint16_t form_len;      /* an entry of the token index: strlen(form),
                             * or 0xFFFF if longer (the loader's duplicate
                             * check compares it first) */
    uint32_t name_count;    /* namelike.txt: uses in a name position */
    uint32_t other_count;   /* namelike.txt: all other uses */
    const char *file;       /* interned file path, for diagnostics */
    unsigned line;
    int next;               /* next entry with the same first key, or -1 */
} qawlp_entry;

typedef struct {
    char *key;              /* a first-word key */
    uint64_t sections;      /* sections of the entries in this chain */
    int first;              /* first entry index */
    uint32_t len;           /* strlen(key): probes compare it first */
    uint32_t link, nlinks;  /* the chain as lex->links[link ..
                               link + nlinks) */
} qawlp_slot;

/* One entry of a slot's chain, in lex->links: a slot's links are grouped
 * by section (highest entry, the chain's first, first within a group),
 * so a match skips a whole section it does not want at once. */
typedef struct {
    int32_t entry;
    uint8_t section;
    uint8_t nwords;
    uint16_t run;           /* links from this one to its group's end */
    int32_t next_slot;      /* the slot of the entry's second word's key,
                               or -1 (one word, or a key no slot has) */
    uint8_t next_len;       /* that key's length in bytes (63: 63 or
                               more), so the walk reads no entry for it */
    uint8_t next_tag;       /* its second byte's low six bits, or 64 for
                               a key of one byte: a next word none of
                               whose keys has them is not it
                               (key_lengths in lexicon.c) */
} qawlp_link;

/* A pattern entry that can begin with a pair of letters (see
 * qawl_lexicon.by_pair), with what the scan checks before running it. */
typedef struct {
    int32_t entry;
    uint32_t pattern;        /* its index in the pattern list */
    uint32_t section;
    uint64_t third;          /* the Arabic letters that can come third
                                (all ones when not refined) */
} qawlp_pair_entry;

/* A pattern's JIT state (lexicon.c, pattern_code): its JIT-compiled copy
 * once made (a pcre2_code, else NULL), or INTERPRET when the interpreter
 * runs it (no copy can be had, or none is worth it). */
typedef struct {
    void *_Atomic code;
    _Atomic uint8_t interpret;
} qawlp_pattern_jit;

struct qawl_lexicon {
    QAWLP_VEC(qawlp_entry) entries;
    QAWLP_VEC(char *) files;     /* interned file names */
    qawlp_slot *slots;           /* open addressing, power of two */
    size_t nslots, used;
    /* The slots' chains in arrays (qawlp_link), rebuilt after each file;
     * NULL when that failed (out of memory): the chains are walked. */
    qawlp_link *links;
    /* Clitic letters, filled from clitics.txt: code points. */
    uint32_t conj[8], prep[8];
    size_t nconj, nprep;
    uint32_t addressee_prep;     /* role=addressee (ل), or 0 */
    uint32_t present[8];         /* the present tense's prefix letters */
    size_t npresent;
    /* role=participle and role=indefinite (clitics.txt), folded UTF-8,
     * empty when the lexicon gives none */
    char participle_prefix[8], indefinite_ending[8];
    uint8_t participle_prefix_len, indefinite_ending_len;
    /* Word endings as the input writes them (clitics.txt [ending]): a
     * letter or mark and its QAWLP_ROLE_*. */
    uint32_t ending[8];
    uint8_t ending_role[8];
    size_t nending;
    char feminine_fold[8];       /* the role=feminine ending, folded */
    size_t feminine_fold_len;
    char possessive[8][8];       /* pronoun suffixes, folded (ه، ها، هم) */
    uint8_t possessive_len[8];
    size_t npossessive;
    char article[16];            /* folded article, e.g. "ال" */
    size_t article_len;
    /* Pattern entries (/.../ in the stance files): their indices, and the
     * PCRE2 contexts that allocate through qawlp_malloc. */
    QAWLP_VEC(int) patterns;
    /* The pattern entries by the two letters a match can begin with:
     * those of letter bits (a, b) are by_pair[at[64a + b] .. at[64a + b
     * + 1]), so a word is tried only against the patterns that can begin
     * with it.  Rebuilt once the shipped files are read and after each
     * user file (index_patterns in lexicon.c). */
    qawlp_pair_entry *by_pair;
    uint32_t *by_pair_at;        /* 64 * 64 + 1 */
    uint64_t pattern_sections;   /* sections of the pattern entries */
    /* What the scan learned probing pattern entries at words (see
     * pattern_memo in lexicon.c): emptied whenever by_pair is rebuilt;
     * NULL when it could not be had (nothing is then remembered). */
    _Atomic uint64_t *pattern_memo;
    /* One for each pattern of the list, made with by_pair. */
    qawlp_pattern_jit *pattern_jit;
    size_t npattern_jit;
    void *pcre_general, *pcre_compile, *pcre_match;
    void *word_boundary;         /* \b alone, compiled as the patterns */
    uint8_t word_boundary_jit;
    /* namelike.txt: its entries (in ENTRIES, never in the token index
     * SLOTS, so they change no match) by their whole folded form; open
     * addressing of entry index + 1, 0 for a free cell. */
    int *namelike;
    size_t namelike_cells, namelike_used;
    /* Every string of the entries (what was written, the folded form, the
     * keys, target and preposition) and the slots' keys: carved in turn
     * from large blocks that live as long as the lexicon.  A malloc and a
     * free for each of some 35,000 strings were a fifth of the start-up. */
    qawlp_block *strings;
    /* Different for every lexicon set made and after every file added
     * to one: what a thread remembers of a word's variants (segment.c)
     * holds for the set of that serial only. */
    uint64_t serial;
    uint8_t from_image;          /* loaded from QAWLP_LEXICON_IMAGE */
};

/* The compiled image of a lexicon directory's shipped files, which
 * qawl_lexicon_load uses instead of their text when it holds (see
 * "compiled image" in lexicon.c and lexicons/README.md). */
#define QAWLP_LEXICON_IMAGE "lexicons.image"
/* qawl_lexicon_load from the text files of DIR alone. */
qawl_lexicon *qawlp_lexicon_load_text(const char *dir, qawl_error *err);
/* Loads the text files of DIR and writes their image to OUT (the build's
 * analyzer/mkimage). */
qawl_status qawlp_lexicon_image_write(const char *dir, const char *out,
                                      qawl_error *err);
/* For the tests: the image's tables, in their order in the file. */
enum {
    QAWLP_IMAGE_ENTRIES, QAWLP_IMAGE_SLOTS, QAWLP_IMAGE_LINKS,
    QAWLP_IMAGE_PATTERNS, QAWLP_IMAGE_NAMELIKE, QAWLP_IMAGE_CLITICS,
    QAWLP_IMAGE_STRINGS, QAWLP_IMAGE_PCRE, QAWLP_IMAGE_MASKS
};
/* For the tests: writes the N BYTES at byte AT of table TABLE
 * (QAWLP_IMAGE_*) of the image at PATH and seals it again with the right
 * checksum, so that the loader's other checks are what must refuse it.
 * Returns 0, or -1 (no such image or place). */
int qawlp_lexicon_image_poke(const char *path, int table, size_t at,
                             const void *bytes, size_t n);

/* The slot holding KEY (LEN bytes), or NULL. */
const qawlp_slot *qawlp_lexicon_find(const qawl_lexicon *lex,
                                     const char *key, size_t len);
/* Length of KEY (S, LEN bytes) after stripping the article (KEY itself
 * if none); *SKIP receives the bytes stripped.  In line: every word of a
 * text asks, most with no article. */
static inline size_t qawlp_strip_article(const qawl_lexicon *lex,
                                         const char *s, size_t len,
                                         size_t *skip)
{
    size_t a = lex->article_len, i, chars = 0;

    *skip = 0;
    /* the first two bytes tell most words apart (Arabic letters share
     * their first byte) */
    if (a == 0 || len <= a || s[0] != lex->article[0] ||
        (a > 1 && s[1] != lex->article[1]))
        return len;
    for (i = 2; i < a; i++)
        if (s[i] != lex->article[i])
            return len;
    /* Keep short words whole: إلى and آل fold to ال + one letter; with
     * fewer than three letters left, the ال belongs to the word (more
     * than 8 bytes left are three letters at least). */
    if (len - a > 8) {
        *skip = a;
        return len - a;
    }
    for (i = a; i < len && chars < 3; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            chars++;
    if (chars < 3)
        return len;
    *skip = a;
    return len - a;
}

/* How the corpora saw a word form (namelike.txt, mined by
 * lexicons/mine/namelike.py): as part of source names, or as anything but
 * (common nouns, verbal nouns, adjectives, function words), or not
 * decisively either way. */
typedef enum {
    QAWLP_NAMELIKE_UNKNOWN,
    QAWLP_NAMELIKE_NAME,
    QAWLP_NAMELIKE_NOT_NAME
} qawlp_namelike;

/* The class of the folded word FORM (LEN bytes), a whole token as
 * written with its clitics (والدول and الدول differ).  With SHARE,
 * *SHARE receives the form's uses in a name position over all its uses,
 * or -1 when the form is unknown or its entry gives no counts. */
qawlp_namelike qawlp_namelike_class(const qawl_lexicon *lex, const char *form,
                                    size_t len, double *share);

/* ------------------------------------------------------------- the document */

enum {
    QAWLP_TOK_WORD,      /* letters and digits */
    QAWLP_TOK_PUNCT,     /* one punctuation or symbol code point */
    QAWLP_TOK_QMARK,     /* one quotation mark */
    QAWLP_TOK_NEWLINE    /* a line break: a paragraph boundary */
};

/* Kinds of quotation mark; a straight mark can open or close. */
enum {
    QAWLP_QM_STRAIGHT = 1, /* " */
    QAWLP_QM_GUIL_OPEN,    /* « */
    QAWLP_QM_GUIL_CLOSE,   /* » */
    QAWLP_QM_CURLY_OPEN,   /* “ „ */
    QAWLP_QM_CURLY_CLOSE,  /* ” */
    QAWLP_QM_SGUIL_OPEN,   /* ‹ */
    QAWLP_QM_SGUIL_CLOSE   /* › */
};

#define QAWLP_MAX_VARIANTS 5

/* 32 bytes: a large article holds one token every 9 bytes of text, so
 * the token is most of what an analysis keeps.  Per-variant slots live
 * in doc->var_slots (only for words with a key in the lexicon; the union
 * of their sections follows them as two entries, read by
 * qawlp_token_sections) and key lengths are the token's end minus
 * var_skip: read both through qawlp_var_slot and qawlp_var_len.  A
 * token's paragraph is its sentence's (doc->sentences). */
typedef struct {
    uint32_t start, end;       /* bytes of NORM */
    uint32_t sentence;         /* index into doc->sentences */
    union {
        uint32_t cp;           /* PUNCT/QMARK/NEWLINE: the code point */
        uint32_t slots;        /* WORD with in_lexicon: index into
                                  doc->var_slots of its nvar slots */
    };
    int32_t pair;              /* QMARK: token index of its partner, or -1 */
    uint8_t kind;              /* QAWLP_TOK_* */
    uint8_t qmark;             /* QAWLP_QM_* for QMARK */
    uint8_t nvar;
    uint8_t conj;              /* bytes of a leading و/ف, 0 if none */
    uint8_t in_lexicon;        /* some variant has a lexicon slot */
    /* Lexicon keys of the word: suffixes of the token after clitics are
     * stripped, least stripped first; var_skip = bytes skipped. */
    uint8_t var_skip[QAWLP_MAX_VARIANTS];
} qawlp_token;

typedef struct {
    uint32_t first, last;      /* token range [first, last) */
    uint32_t paragraph;
} qawlp_sentence;

/* A quoted span: the marks at tokens OPEN and CLOSE (CLOSE may be in a
 * later paragraph when the marks reopen). */
typedef struct {
    uint32_t open, close;
} qawlp_marked;

typedef struct {
    uint32_t first, last;      /* tokens of the cue [first, last) */
    int entry;                 /* lexicon entry */
    uint8_t section;           /* QAWLP_SEC_VERB, ... or 0xff for ':' */
    char gender, number;
    uint8_t conj;              /* has a leading و/ف */
    uint8_t relay;             /* نقل-type: the source follows عن */
    uint8_t passive;           /* vowelled as a passive (ويُتهم): no subject */
    uint8_t used;              /* set by quotes when it yields a quote */
} qawlp_cue;

#define QAWLP_COLON_CUE 0xff

/* A speaker mention: a phrase naming a source. */
typedef struct {
    uint32_t first, last;      /* tokens [first, last) */
    uint32_t name_first, name_last; /* the personal-name tokens, or 0,0 */
    int entity;                /* index into entities, or -1 */
    uint8_t kind;              /* qawl_speaker_kind */
    char gender, number;
    uint8_t title_only;        /* a title with no name */
    uint8_t bare_title;        /* only title, office and nisba words */
    uint8_t titled;            /* has a title or honorific */
    uint8_t name_cut;          /* a surname followed by the verb's object */
    uint8_t weak;              /* a person with neither title nor a name
                                * the corpora know: a lone definite word
                                * or words no lexicon knows */
    uint8_t noun_led;          /* opens with a reporting noun (تصريحات …) */
    uint8_t remarks;           /* remarks that name no one (حسب تحذيرات
                                * أممية): no speaker a later وأضاف goes on */
    uint8_t from_act;          /* an act's subject, not a quote's */
    uint8_t past_name;         /* a turn's subject that runs on past a
                                * body's name, maybe into the object */
    uint8_t lead_var;          /* variant of the first token that the
                                * mention names: 0, or the one behind a
                                * glued preposition (لوزارة → وزارة) */
    uint8_t lead_skip;         /* input-visible bytes of that preposition
                                * (ل of لوزارة, لل of للهلال) */
    uint8_t lead_article;      /* the preposition ate the article's alef
                                * (للهلال): the name gets it back */
} qawlp_mention;

/* A reporting verb whose subject is named but whose words are not
 * quoted (ويشير الخبير إلى دور …، حذر الوزير من …): the speaker takes the
 * floor, so a later subjectless cue (وقال: "…") continues that speaker. */
typedef struct {
    uint32_t at;               /* first token of the verb */
    int mention;               /* its subject */
    uint8_t named;             /* openers: the subject is a personal name
                                * of two words or more, after a title or
                                * opening with a first name, and the
                                * sentence goes on past it */
} qawlp_turn;

/* A stance term summed over one speaker's quotes. */
typedef struct {
    char *term;                /* the entry as written in stance.txt, owned */
    int entry;
    double weight;             /* summed weight after modifiers */
    size_t count;              /* occurrences */
} qawlp_term;

typedef struct {
    int mention;               /* mention naming the entity best */
    uint8_t kind;
    char gender, number;
    char *name;                /* canonical name (input text), owned */
    char *key;                 /* the name folded, for merging, owned */
    QAWLP_VEC(char *) aliases; /* owned */
    QAWLP_VEC(size_t) quotes;  /* quote indices */
    QAWLP_VEC(size_t) acts;    /* act indices */
    QAWLP_VEC(qawlp_term) terms; /* most characteristic first */
    int public_id;             /* 1-based when it has quotes, else 0 */
    int named;                 /* some mention gives a personal name */
} qawlp_entity;

/* The attribution rules: every decision names one.  Their names and
 * confidences are one table, qawlp_rules (attribute.c). */
typedef enum {
    QAWLP_RULE_UNSET,            /* not decided yet */
    QAWLP_RULE_EXPLICIT,         /* وقال بلينكن … */
    QAWLP_RULE_AFTER_QUOTE,      /* "…"، قال المتحدث */
    QAWLP_RULE_BEFORE_CUE,       /* الصفدي، في مؤتمر صحافي، أكد أن … */
    QAWLP_RULE_COLON,            /* ترامب: "…" */
    QAWLP_RULE_ACCORDING,        /* بحسب المصدر … */
    QAWLP_RULE_RELAYED,          /* نقلت الوكالة عن المصدر أن … */
    QAWLP_RULE_SENTENCE,         /* …، مشيرا إلى: an earlier cue's subject */
    QAWLP_RULE_PARTICIPLE,       /* مضيفا أن …, continuing */
    QAWLP_RULE_CONTINUATION,     /* وأضاف with no subject */
    QAWLP_RULE_PARAGRAPH,        /* a paragraph that is only a quotation */
    QAWLP_RULE_NEAREST,          /* the latest earlier speaker who agrees */
    QAWLP_RULE_PASSIVE,          /* قيل إن …: no source, by the voice */
    QAWLP_RULE_NONE,             /* no source in the article */
    QAWLP_RULE_COUNT
} qawlp_rule;

typedef struct {
    const char *name;          /* as reported (JSON, explain, calibration) */
    double confidence;         /* how often the rule is right */
} qawlp_rule_def;

extern const qawlp_rule_def qawlp_rules[QAWLP_RULE_COUNT];

/* One candidate the attribution considered, for `qawl explain`. */
typedef struct {
    qawlp_rule rule;           /* the rule that proposed it */
    const char *verdict;       /* static: why it was taken or passed over */
    uint32_t first, last;      /* tokens of the phrase, or 0,0 */
    int entity;                /* a speaker proposed by its entity, or -1 */
    char *text;                /* filled by finish: as written, owned */
} qawlp_step;

typedef struct {
    char *term;                /* as written in the input, owned */
    size_t start, end;         /* input bytes */
    double weight;
    const char *modifier;      /* static text or NULL */
    int entry;                 /* the stance.txt entry that matched */
    uint8_t frame;             /* QAWLP_FRAME_* the scorer gave it */
    uint8_t mframe;            /* frame of a modifier before it that
                                * reached it (ندعو: call), or 0 */
    uint8_t masked;            /* inside a name: weighs nothing */
    uint32_t clause, sentence; /* scorer's clause and sentence numbers */
} qawlp_evidence;

struct qawl_quote {
    size_t id;
    uint32_t nstart, nend;     /* NORM bytes of the content */
    uint32_t first, last;      /* tokens of the content [first, last) */
    size_t start, end;         /* input bytes */
    size_t line, column;
    char *text;                /* owned */
    qawl_quote_type type;
    int cue;                   /* index into cues, or -1 */
    int cue_after;             /* 1 when the cue follows the quote */
    int mention;               /* index into mentions, or -1 */
    int entity;                /* index into entities, or -1 */
    qawlp_rule rule;
    double confidence;
    char *cue_text, *mention_text;
    size_t cue_start, cue_end, mention_start, mention_end;
    qawl_stance stance;
    double score;
    QAWLP_VEC(qawlp_evidence) evidence;
    QAWLP_VEC(qawlp_step) steps;  /* candidates considered, in order */
    const struct qawl_speaker *speaker_view; /* set by finish */
    size_t act;                /* 0 for a quote; for an act's record, 1 +
                                * its index in doc->acts (qawlp_cue_of) */
    uint8_t withdrawn;         /* its cue names no source after all
                                * (sources.c): dropped before entities */
};

/* An act (acts.c): a verb of acts.txt with a noun-phrase object.  Its
 * speaker and stance are decided on Q by the quote code itself: Q's
 * tokens [first, last) run from the verb to the object's end (what the
 * stance scorer reads), Q's NORM bytes [nstart, nend) are the object's,
 * and Q's cue is VERB (not every act verb is a reporting cue). */
struct qawl_act {
    struct qawl_quote q;
    qawlp_cue verb;            /* the verb's tokens, gender and number */
    uint32_t obj_first;        /* first token of the object */
    uint8_t prep_found;        /* the object opened at its preposition */
    uint32_t charge_at;        /* token opening the charge (اتهم X بـ), or 0 */
    qawl_act_class cls;
    int entry;                 /* the acts.txt entry */
    size_t start, end;         /* input bytes: verb start to object end */
};

struct qawl_speaker {
    qawlp_entity *e;           /* borrowed from the result */
    const struct qawl_result *r;
};

/* From folded offset NORM on, each character's input offset is INPUT
 * plus its folded offset's distance from NORM, until the next breakpoint
 * (normalize.c). */
typedef struct {
    uint32_t norm, input;
} qawlp_breakpoint;

/* A place in the input: byte offset, 1-based line and column. */
typedef struct {
    size_t offset, line, column;
} qawlp_place;

struct qawl_result {
    const qawl_lexicon *lex;
    char *src;                 /* a copy of the input */
    size_t src_len;
    uint8_t src_clean;         /* SRC is valid UTF-8 with no NUL or other
                                  control character (load.c) */
    uint8_t src_utf8;          /* SRC is valid UTF-8 (load.c): then so is
                                  every text of the result, and the JSON
                                  writer need not check them again */
    size_t body;               /* bytes of a leading BOM, skipped */
    QAWLP_VEC(size_t) lines;   /* input offset of each line start */

    char *norm;                /* folded text, NUL-terminated */
    size_t norm_len;
    /* NORM back to input offsets, sparse: where the two advance together
     * one breakpoint serves a whole run (qawlp_input_offset). */
    qawlp_breakpoint *map;
    size_t map_n;
    /* For each QAWLP_MAP_BLOCK bytes of NORM, the last breakpoint at or
     * before the block's start, so that a look-up searches the few of
     * one block (normalize.c); NULL when it could not be allocated
     * (then all of MAP is searched). */
    uint32_t *map_dir;
    /* Bytes allocated for NORM, breakpoints for MAP, entries for MAP_DIR:
     * the arrays a freed result leaves to its thread's next document
     * (qawl.c), which normalize.c reuses when they are large enough. */
    size_t norm_bytes, map_cap, map_dir_cap;

    QAWLP_VEC(qawlp_token) tokens;
    QAWLP_VEC(int32_t) var_slots;  /* see qawlp_token.slots */
    QAWLP_VEC(qawlp_sentence) sentences;
    QAWLP_VEC(qawlp_marked) marked;
    QAWLP_VEC(qawlp_cue) cues;
    QAWLP_VEC(struct qawl_quote) quotes;
    QAWLP_VEC(struct qawl_act) acts;  /* in text order */
    QAWLP_VEC(qawlp_mention) mentions;
    QAWLP_VEC(qawlp_turn) turns;     /* in text order */
    /* subjects of sentences opened by a verb no lexicon knows (وتحدث
     * السيد فلان …): heard only by a continuation that has no earlier
     * speaker at all; in text order */
    QAWLP_VEC(qawlp_turn) openers;
    QAWLP_VEC(qawlp_entity) entities;
    QAWLP_VEC(struct qawl_speaker) speakers; /* public view of entities */
    QAWLP_VEC(qawlp_place) unpaired;  /* the marks left unpaired */
    /* how many quotation marks segment.c left unpaired: the finish stage
     * stops looking for them after the last (most documents: none) */
    size_t unpaired_marks;
    double stage_seconds[QAWL_STAGE_COUNT];  /* QAWL_OPT_PROFILE only */
    /* The texts the finish stage gives quotes, acts, steps, aliases and
     * terms, carved from blocks freed with the result (qawl.c), where
     * each was a malloc and a free of its own. */
    qawlp_block *texts;
    /* The phrase reader's context (phrase.h), shared by the stages that
     * read source phrases; NULL outside them. */
    struct qawlp_phr *phr;
};

typedef struct qawl_result qawlp_doc;

/* Frees DOC's phrase context (qawlp_phr_of in phrase.h), if any: once
 * the last stage that reads phrases is done, and with the result.
 * (mentions.c) */
void qawlp_phr_drop(qawlp_doc *doc);

/* A copy of the N input bytes of DOC from A as a text (U+FFFD for what is
 * not valid UTF-8, as qawlp_text_ndup), carved from DOC->texts: it lives
 * as long as DOC and is never freed on its own.  NULL when out of
 * memory.  (qawl.c) */
char *qawlp_doc_input_text(qawlp_doc *doc, size_t a, size_t n);

/* The lexicon slot of variant V of token T (-1: the key is in no
 * lexicon), and the bytes of that key (it runs from var_skip[V] to the
 * token's end).  Past the token's nvar both read 0, as they always have:
 * a few callers look at variant 0 of any token. */
static inline int32_t qawlp_var_slot(const qawlp_doc *doc,
                                     const qawlp_token *t, size_t v)
{
    if (v >= t->nvar)
        return 0;
    return t->in_lexicon ? doc->var_slots.v[t->slots + v] : -1;
}

static inline size_t qawlp_var_len(const qawlp_token *t, size_t v)
{
    return v < t->nvar ? (size_t)(t->end - t->start - t->var_skip[v]) : 0;
}

/* ----------------------------------------------------------------- stages */

qawl_status qawlp_load_run(qawlp_doc *doc, const char *text, size_t len,
                           unsigned options, qawl_error *err);
qawl_status qawlp_normalize_run(qawlp_doc *doc, unsigned options,
                                qawl_error *err);
qawl_status qawlp_segment_run(qawlp_doc *doc, const qawl_lexicon *lex,
                              qawl_error *err);
qawl_status qawlp_cues_run(qawlp_doc *doc, const qawl_lexicon *lex,
                           qawl_error *err);
qawl_status qawlp_quotes_run(qawlp_doc *doc, const qawl_lexicon *lex,
                             qawl_error *err);
/* Where a paragraph's first clause starts after an agency's dateline
 * ("دبي، البلد (CNN)--") among tokens [FIRST, LAST); FIRST when none. */
size_t qawlp_dateline_end(const qawlp_doc *doc, size_t first, size_t last);
qawl_status qawlp_acts_run(qawlp_doc *doc, const qawl_lexicon *lex,
                           qawl_error *err);
qawl_status qawlp_sources_run(qawlp_doc *doc, const qawl_lexicon *lex,
                              qawl_error *err);
qawl_status qawlp_entities_run(qawlp_doc *doc, const qawl_lexicon *lex,
                               qawl_error *err);
qawl_status qawlp_attribute_run(qawlp_doc *doc, const qawl_lexicon *lex,
                                qawl_error *err);
qawl_status qawlp_stance_run(qawlp_doc *doc, const qawl_lexicon *lex,
                             qawl_error *err);
/* The cue of quote Q: its reporting cue, an act's verb, or NULL. */
const qawlp_cue *qawlp_cue_of(const qawlp_doc *doc,
                              const struct qawl_quote *q);
/* Stance label of a score in [-1, 1], by the scorer's thresholds. */
qawl_stance qawlp_stance_label(double score);
/* Records a candidate of quote Q of DOC (see qawlp_step); -1 when out of
 * memory. */
int qawlp_step_add(qawlp_doc *doc, struct qawl_quote *q, qawlp_rule rule,
                   const char *verdict, size_t first, size_t last,
                   int entity);
/* Appends one zeroed element of SIZE bytes to the array *V of *N
 * elements (room for *CAP) of a quote of DOC, and returns it; NULL when
 * out of memory.  The room is carved from DOC's blocks of texts and
 * freed with them, never on its own.  (qawl.c) */
void *qawlp_doc_push(qawlp_doc *doc, void **v, size_t *n, size_t *cap,
                     size_t size);
/* qawlp_doc_push on a QAWLP_VEC of a quote: its steps, its evidence. */
#define QAWLP_DOC_PUSH(doc, vec) \
    qawlp_doc_push((doc), (void **)&(vec).v, &(vec).n, &(vec).cap, \
                   sizeof *(vec).v)

/* Converts NORM spans to input spans, texts, lines; builds speakers. */
qawl_status qawlp_finish_run(qawlp_doc *doc, qawl_error *err);

/* The text of a Markdown or HTML draft (options QAWL_OPT_MARKDOWN or
 * QAWL_OPT_HTML): a copy of the same length with markup blanked, so
 * offsets are unchanged.  NULL when out of memory.  *UNPLACED gets the
 * offset from which a text node of the draft could not be placed in the
 * source (its text would be lost), or (size_t)-1.  (markup.c) */
char *qawlp_markup_text(const char *src, size_t len, unsigned options,
                        size_t *unplaced);
/* Readies the HTML parser; called once before any thread analyses (by
 * qawl_lexicon_load).  (markup.c) */
void qawlp_markup_init(void);

/* Folds LEN bytes of valid UTF-8 into OUT the way the text is folded
 * (used by the lexicon loader).  Returns 0 or -1 (nomem). */
int qawlp_fold_string(const char *s, size_t len, qawlp_buf *out);
/* The bytes at the start of U (N bytes) that are Arabic letters folding
 * to themselves, the run the folder copies as it is: with BLOCKS, as
 * the folder reads it (16 bytes at a time where SSE2 is there), else two
 * letters at a time; the two must agree (tests/check_normalize.c).
 * (normalize.c) */
size_t qawlp_self_letters(const unsigned char *u, size_t n, int blocks);
/* Whether folding drops CP: vowel marks, tatweel, format and bidi
 * controls.  Spelling comparisons ignore the same code points. */
int qawlp_fold_drops(uint32_t cp);

/* -------------------------------------------------------- token helpers */

/* Longest lexicon entry of a section in MASK that starts at token I and
 * stays inside token range [I, LIMIT).  Returns the entry index or -1; *NTOK
 * receives how many tokens it spans.  MAX_SKIP limits which clitic-stripped
 * variants of the first token may match (in bytes; use 255 for any). */

/* Which clitics a match may strip: verbs carry only a conjunction (كيري
 * is not ك + يرى, الكشف is not a verb), nouns also the article. */
enum { QAWLP_STRIP_CONJ = 1, QAWLP_STRIP_CONJ_ARTICLE, QAWLP_STRIP_ALL };

/* qawlp_match_variants for a word with some key in the lexicon. */
int qawlp_match_keys(const qawlp_doc *doc, const qawl_lexicon *lex,
                     size_t i, size_t limit, uint64_t mask, int strip,
                     size_t *ntok);

/* The sections of the lexicon slots of word token T's variants: 0 for a
 * word in no lexicon.  qawlp_match_variants with a MASK none of these
 * sections is in answers -1 for it. */
static inline uint64_t qawlp_token_sections(const qawlp_doc *doc,
                                            const qawl_lexicon *lex,
                                            const qawlp_token *t)
{
    uint64_t u;

    (void)lex;
    if (!t->in_lexicon)
        return 0;
    /* kept after the word's slots when segment.c stored them */
    memcpy(&u, doc->var_slots.v + t->slots + t->nvar, sizeof u);
    return u;
}

/* qawlp_match, limited to the variants STRIP allows.  Most words have no
 * key in the lexicon, or none in MASK's sections: they are answered here,
 * without a call (the stages ask this several times for every token),
 * from the union of their slots' sections, one load where a walk of the
 * variants took a few for each. */
static inline int qawlp_match_variants(const qawlp_doc *doc,
                                       const qawl_lexicon *lex, size_t i,
                                       size_t limit, uint64_t mask,
                                       int strip, size_t *ntok)
{
    if (i < limit && i < doc->tokens.n &&
        doc->tokens.v[i].kind == QAWLP_TOK_WORD) {
        if (qawlp_token_sections(doc, lex, &doc->tokens.v[i]) & mask)
            return qawlp_match_keys(doc, lex, i, limit, mask, strip, ntok);
        if (ntok)
            *ntok = 0;
        return -1;
    }
    return qawlp_match_keys(doc, lex, i, limit, mask, strip, ntok);
}

static inline int qawlp_match(const qawlp_doc *doc, const qawl_lexicon *lex,
                              size_t i, size_t limit, uint64_t mask,
                              size_t *ntok)
{
    return qawlp_match_variants(doc, lex, i, limit, mask, QAWLP_STRIP_ALL,
                                ntok);
}

/* One match of a pattern entry: tokens [first, first + ntok). */
typedef struct {
    uint32_t first, ntok;
    int entry;
} qawlp_pmatch;
typedef QAWLP_VEC(qawlp_pmatch) qawlp_pmatch_vec;

/* Appends to OUT every match of the pattern entries of a section in MASK
 * inside the word tokens [FIRST, LAST), sorted by first token then
 * longest first.  A match covers the tokens it overlaps.  *SCRATCH (NULL
 * at first) keeps the matcher's data from one call to the next; free it
 * with qawlp_pattern_scan_end.  Returns 0 or -1 (out of memory). */
int qawlp_pattern_scan(const qawlp_doc *doc, const qawl_lexicon *lex,
                       size_t first, size_t last, uint64_t mask,
                       void **scratch, qawlp_pmatch_vec *out);
void qawlp_pattern_scan_end(void *scratch);

/* qawlp_is for a token with some key in the lexicon. */
int qawlp_is_key(const qawlp_doc *doc, const qawl_lexicon *lex, size_t i,
                 uint64_t mask);

/* Whether the '#' at U (N bytes left) opens a hashtag of one Arabic word
 * (#أردوغان): Arabic letters follow it, and no '_' joins them to another
 * word (#الاتفاق_النووي tags a topic).  Social-media markup, not
 * punctuation: the mark is dropped, so a name written as a hashtag (رجب
 * طيب #أردوغان) reads as one name. */
static inline int qawlp_hashtag_mark(const unsigned char *u, size_t n)
{
    size_t k = 1;

    if (u[0] != '#')
        return 0;
    while (k + 1 < n && u[k] >= 0xD8 && u[k] <= 0xDB)
        k += 2;
    return k > 1 && (k >= n || u[k] != '_');
}

/* Whether the N bytes at A and B are equal: up to 16 bytes (a word, a
 * clitic, the article), in two loads of each that may overlap, without
 * a call (the lexicon's key lookups, segment's word cache, the phrase
 * rules' tests for the article and a pronoun suffix, some 40,000 over
 * the bench's fixed set, where memcmp's call cost more than the test);
 * memcmp for longer ones. */
/* The first place in the N bytes at HAY that holds the M bytes at
 * NEEDLE, or NULL: memmem for the short needles and subjects of the
 * pattern scan, sixteen places at a time.  (buf.c) */
const char *qawlp_find(const char *hay, size_t n, const char *needle,
                       size_t m);

static inline int qawlp_same_short(const void *pa, const void *pb, size_t n)
{
    const unsigned char *a = pa, *b = pb;

    if (n >= 8 && n <= 16) {
        uint64_t a0, a1, b0, b1;
        memcpy(&a0, a, 8);
        memcpy(&b0, b, 8);
        memcpy(&a1, a + n - 8, 8);
        memcpy(&b1, b + n - 8, 8);
        return a0 == b0 && a1 == b1;
    }
    if (n >= 4 && n < 8) {
        uint32_t a0, a1, b0, b1;
        memcpy(&a0, a, 4);
        memcpy(&b0, b, 4);
        memcpy(&a1, a + n - 4, 4);
        memcpy(&b1, b + n - 4, 4);
        return a0 == b0 && a1 == b1;
    }
    if (n >= 2 && n < 4) {
        uint16_t a0, a1, b0, b1;
        memcpy(&a0, a, 2);
        memcpy(&b0, b, 2);
        memcpy(&a1, a + n - 2, 2);
        memcpy(&b1, b + n - 2, 2);
        return a0 == b0 && a1 == b1;
    }
    if (n < 2)
        return n == 0 || a[0] == b[0];
    return memcmp(a, b, n) == 0;
}

/* Whether token T is a word of ASCII digits only, N of them (0: any). */
static inline int qawlp_is_number(const qawlp_doc *doc, const qawlp_token *t, size_t n)
{
    size_t k;

    if (t->kind != QAWLP_TOK_WORD || (n && t->end - t->start != n))
        return 0;
    for (k = t->start; k < t->end; k++)
        if (doc->norm[k] < '0' || doc->norm[k] > '9')
            return 0;
    return 1;
}

/* Whether token I is a word of one letter: a clitic left alone by a
 * removed tatweel (لـ، بـ). */
static inline int qawlp_is_lone_letter(const qawlp_doc *doc, size_t i)
{
    const qawlp_token *t;
    uint32_t cp;

    if (i >= doc->tokens.n || doc->tokens.v[i].kind != QAWLP_TOK_WORD)
        return 0;
    t = &doc->tokens.v[i];
    return (size_t)qawlp_utf8_decode((const unsigned char *)doc->norm + t->start,
                                     t->end - t->start, &cp) == t->end - t->start;
}

/* Whether token I is a comma, Latin or Arabic. */
static inline int qawlp_is_comma(const qawlp_doc *doc, size_t i)
{
    return i < doc->tokens.n && doc->tokens.v[i].kind == QAWLP_TOK_PUNCT &&
           (doc->tokens.v[i].cp == ',' || doc->tokens.v[i].cp == 0x060C);
}

/* Whether token I is a hyphen written between two words with no space
 * (مون جاي-إن): the halves are one compound word. */
static inline int qawlp_joining_hyphen(const qawlp_doc *doc, size_t i)
{
    const qawlp_token *h;

    if (i == 0 || i + 1 >= doc->tokens.n)
        return 0;
    h = &doc->tokens.v[i];
    return h->kind == QAWLP_TOK_PUNCT && h->cp == '-' &&
           doc->tokens.v[i - 1].kind == QAWLP_TOK_WORD &&
           doc->tokens.v[i + 1].kind == QAWLP_TOK_WORD &&
           doc->tokens.v[i - 1].end == h->start &&
           doc->tokens.v[i + 1].start == h->end;
}

/* Whether token I is a word matching any section in MASK (one word). */
static inline int qawlp_is(const qawlp_doc *doc, const qawl_lexicon *lex,
                           size_t i, uint64_t mask)
{
    return i < doc->tokens.n &&
           (qawlp_token_sections(doc, lex, &doc->tokens.v[i]) & mask) &&
           qawlp_is_key(doc, lex, i, mask);
}

/* Whether the complementiser at token I is rather the last word of a
 * name no lexicon knows (مون جاي إن إنه …، مون جاي إن، إن …): a bare one
 * of two letters, the word before it unknown to the lexicons, and
 * another complementiser or a comma after it. */
static inline int qawlp_comp_ends_name(const qawlp_doc *doc,
                                       const qawl_lexicon *lex, size_t i)
{
    if (i == 0 || i + 1 >= doc->tokens.n ||
        doc->tokens.v[i - 1].kind != QAWLP_TOK_WORD ||
        doc->tokens.v[i - 1].in_lexicon ||
        /* a bare complementiser of two letters, as a syllable is */
        qawlp_count_chars(doc->norm + doc->tokens.v[i].start,
                          doc->tokens.v[i].end - doc->tokens.v[i].start, 3) > 2)
        return 0;
    return (qawlp_is(doc, lex, i + 1, QAWLP_BIT(QAWLP_SEC_COMP)) &&
            /* كان folds as كأن does */
            !qawlp_is(doc, lex, i + 1, QAWLP_BIT(QAWLP_SEC_AUXILIARY))) ||
           qawlp_is_comma(doc, i + 1);
}

/* The namelike class of word token I: its whole form, or when that is
 * unknown and it begins with a conjunction, the form after it (وترامب).
 * SHARE as for qawlp_namelike_class. */
qawlp_namelike qawlp_namelike_token(const qawlp_doc *doc,
                                    const qawl_lexicon *lex, size_t i,
                                    double *share);

/* How often the corpora saw FORM (LEN folded bytes), in name positions
 * and elsewhere together; 0 when unknown. */
unsigned long qawlp_namelike_form_uses(const qawl_lexicon *lex,
                                       const char *form, size_t len);


/* Whether CP belongs to a word token (letters, digits, marks). */
int qawlp_is_word_cp(uint32_t cp);

/* Whether token I is punctuation with code point CP. */
int qawlp_is_punct(const qawlp_doc *doc, size_t i, uint32_t cp);

/* Input byte offset of NORM offset N (N may equal norm_len). */
size_t qawlp_input_offset(const qawlp_doc *doc, size_t n);
/* The input offset where a span ending at folded offset N ends: after the
 * last character that made it, without the bidi marks, zero-width
 * characters or BOMs the folding dropped after it (never before START). */
size_t qawlp_input_end(const qawlp_doc *doc, size_t n, size_t start);

#endif /* QAWL_INTERNAL_H */
