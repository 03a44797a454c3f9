/*
 * lexicon.c — load, validate and index the lexicon files.
 *
 * Input: a directory holding one UTF-8 file per category (clitics.txt,
 * reporting_verbs.txt, ...; lexicons/README.md documents the format), plus
 * optional user files added later.  Output: a read-only qawl_lexicon, in
 * which every entry is folded exactly as the text is folded and indexed by
 * the key of its first word (the word with its article stripped), so a
 * token can be looked up by each of its clitic-stripped variants.
 *
 * Invariants: every entry belongs to one known section; within one file a
 * folded form occurs once; the key table's section masks are the union of
 * the sections of the entries chained from it.  Errors carry file:line:col.
 *
 * Pattern entries.  In the stance files an entry may be a PCRE2 pattern
 * written between slashes (/لا (?:نسعى|نريد) .../): frames with gaps and
 * optional words that a list of fixed forms cannot say.  Its non-ASCII
 * letters are folded like the text (ASCII is left alone: \S must stay
 * \S), it is compiled once here, JIT-compiled when the platform allows,
 * and matched against the folded text without re-checking UTF-8 (the
 * normaliser already guarantees it).  A match begins where a word begins:
 * the scan tries each pattern, anchored, only at the words whose first
 * two letters can begin one of its matches, and after a clitic's letter
 * the first three (found once, at load, by partial matching), which
 * keeps the cost per word small however many patterns there are.  A pattern that does not compile, or
 * that can match an empty string, is a load error at its file:line:col.
 */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <limits.h>
#include <stddef.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdatomic.h>

/* Steps one pattern may take at one word before it counts as no match. */
#define STANCE_MATCH_LIMIT 20000

#include "internal.h"

#ifndef QAWL_LEXICON_DIR
#define QAWL_LEXICON_DIR "/usr/local/share/qawl/lexicons"
#endif

/* ------------------------------------------------------------ the schema */

typedef struct {
    const char *name;
    qawlp_section section;
} section_def;

typedef struct {
    const char *kind;            /* file name without .txt */
    const char *keys;            /* allowed attribute keys, space-separated */
    section_def sections[12];     /* terminated by a NULL name */
} file_def;

/* The order matters: clitics come first because every other entry's key
 * depends on the article they define. */
static const file_def schema[] = {
    {"clitics", "role",
     {{"conjunction", QAWLP_SEC_CONJ}, {"preposition", QAWLP_SEC_PREP},
      {"present", QAWLP_SEC_PRESENT}, {"possessive", QAWLP_SEC_POSSESSIVE},
      {"ending", QAWLP_SEC_ENDING}, {"article", QAWLP_SEC_ARTICLE},
      {NULL, 0}}},
    {"reporting_verbs", "gender number content voice present",
     {{"verb", QAWLP_SEC_VERB}, {"participle", QAWLP_SEC_PARTICIPLE},
      {"noun", QAWLP_SEC_RNOUN}, {"according", QAWLP_SEC_ACCORDING},
      {"describe", QAWLP_SEC_DESCRIBE}, {"relay", QAWLP_SEC_RELAY},
      {"relay_from", QAWLP_SEC_RELAY_FROM}, {NULL, 0}}},
    {"complementisers", "",
     {{"complementiser", QAWLP_SEC_COMP}, {"bridge", QAWLP_SEC_BRIDGE},
      {"time", QAWLP_SEC_TIME}, {"subordinator", QAWLP_SEC_SUBORDINATOR},
      {NULL, 0}}},
    {"titles", "gender number",
     {{"title", QAWLP_SEC_TITLE}, {"office", QAWLP_SEC_OFFICE},
      {"honorific", QAWLP_SEC_HONORIFIC}, {"nisba", QAWLP_SEC_NISBA},
      {"particle", QAWLP_SEC_PARTICLE}, {NULL, 0}}},
    {"organisations", "gender number",
     {{"organisation", QAWLP_SEC_ORG}, {"head", QAWLP_SEC_ORGHEAD},
      {"document", QAWLP_SEC_DOCUMENT}, {"issuer", QAWLP_SEC_ISSUER},
      {NULL, 0}}},
    {"anonymous_sources", "gender number",
     {{"anonymous", QAWLP_SEC_ANON}, {"qualifier", QAWLP_SEC_QUALIFIER},
      {"naming", QAWLP_SEC_NAMING}, {NULL, 0}}},
    {"boundaries", "gender number",
     {{"boundary", QAWLP_SEC_BOUNDARY}, {"aside", QAWLP_SEC_ASIDE},
      {"quote_end", QAWLP_SEC_QUOTE_END}, {"figure", QAWLP_SEC_FIGURE},
      {"adverb", QAWLP_SEC_ADVERB}, {"auxiliary", QAWLP_SEC_AUXILIARY},
      {"relative", QAWLP_SEC_RELATIVE}, {"addressee", QAWLP_SEC_ADDRESSEE},
      {NULL, 0}}},
    {"discourse", "gender number",
     {{"turn", QAWLP_SEC_TURN}, {"topic", QAWLP_SEC_TOPIC}, {NULL, 0}}},
    {"places", "gender",
     {{"country", QAWLP_SEC_COUNTRY}, {"region", QAWLP_SEC_REGION},
      {"city", QAWLP_SEC_CITY}, {NULL, 0}}},
    {"stance", "weight target frame scope",
     {{"de-escalation", QAWLP_SEC_DEESC}, {"escalation", QAWLP_SEC_ESC},
      {"name", QAWLP_SEC_NAME}, {"name_head", QAWLP_SEC_NAME_HEAD},
      {NULL, 0}}},
    {"stance_modifiers", "factor scope frame",
     {{"negation", QAWLP_SEC_NEGATION}, {"intensifier", QAWLP_SEC_INTENSIFIER},
      {"hedge", QAWLP_SEC_HEDGE}, {"contrast", QAWLP_SEC_CONTRAST},
      {"condition", QAWLP_SEC_CONDITION}, {NULL, 0}}},
    {"namelike", "name other",
     {{"name", QAWLP_SEC_NAMELIKE}, {"not_name", QAWLP_SEC_NOT_NAME},
      {NULL, 0}}},
    {"acts", "gender number prep charge weight pos stance",
     {{"call", QAWLP_SEC_ACT_CALL}, {"demand", QAWLP_SEC_ACT_DEMAND},
      {"warning", QAWLP_SEC_ACT_WARNING},
      {"accusation", QAWLP_SEC_ACT_ACCUSATION},
      {"denial", QAWLP_SEC_ACT_DENIAL},
      {"condemnation", QAWLP_SEC_ACT_CONDEMNATION},
      {"threat", QAWLP_SEC_ACT_THREAT},
      {"announcement", QAWLP_SEC_ACT_ANNOUNCEMENT},
      {"welcome", QAWLP_SEC_ACT_WELCOME},
      {"object_end", QAWLP_SEC_ACT_END},
      {"resumptive", QAWLP_SEC_ACT_RESUMPTIVE}, {NULL, 0}}},
};

#define NSCHEMA (sizeof schema / sizeof schema[0])

static const file_def *find_kind(const char *kind)
{
    size_t i;

    for (i = 0; i < NSCHEMA; i++)
        if (strcmp(schema[i].kind, kind) == 0)
            return &schema[i];
    return NULL;
}

/* ------------------------------------------------------------ the index */

/* The last step of hash_bytes: H mixed with the N bytes at S, 4 to 16
 * of them, read in two loads that may overlap. */
static inline uint64_t hash_tail(uint64_t h, const char *s, size_t n)
{
    uint64_t a, b;

    if (n >= 8) {
        memcpy(&a, s, 8);
        memcpy(&b, s + n - 8, 8);
    } else {
        uint32_t lo, hi;
        memcpy(&lo, s, 4);
        memcpy(&hi, s + n - 4, 4);
        a = lo;
        b = hi;
    }
    h = (h ^ a) * UINT64_C(0xC4CEB9FE1A85EC53);
    h ^= b * UINT64_C(0xFF51AFD7ED558CCD);
    h ^= h >> 29;
    h *= UINT64_C(0xFF51AFD7ED558CCD);
    return h ^ (h >> 32);
}

#define HASH_SEED UINT64_C(0x9E3779B97F4A7C15)

/* A hash of the N bytes at S, eight at a time (a word is looked up
 * several times per token: this is on the hot path). */
static inline uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = HASH_SEED ^ n, a;

    /* Words are short: up to 16 bytes are read in two loads that may
     * overlap, longer keys 8 bytes at a time first. */
    for (; n > 16; s += 8, n -= 8) {
        memcpy(&a, s, 8);
        h = (h ^ a) * UINT64_C(0xFF51AFD7ED558CCD);
        h ^= h >> 32;
    }
    if (n >= 4)
        return hash_tail(h, s, n);
    a = n > 0 ? (uint64_t)(unsigned char)s[0] |
                    (uint64_t)(unsigned char)s[n / 2] << 8 |
                    (uint64_t)(unsigned char)s[n - 1] << 16
              : 0;
    h = (h ^ a) * UINT64_C(0xC4CEB9FE1A85EC53);
    h ^= h >> 29;
    h *= UINT64_C(0xFF51AFD7ED558CCD);
    return h ^ (h >> 32);
}

/* slot_index for the keys qawlp_same_short compares with a call. */
static __attribute__((noinline)) long
slot_index_any(const qawl_lexicon *lex, const char *key, size_t len)
{
    size_t i = (size_t)hash_bytes(key, len) & (lex->nslots - 1);

    while (lex->slots[i].key != NULL) {
        if (lex->slots[i].len == len && qawlp_same_short(lex->slots[i].key, key, len))
            return (long)i;
        i = (i + 1) & (lex->nslots - 1);
    }
    return -1 - (long)i;   /* free slot where KEY would go */
}

/* The slot of KEY (LEN bytes), or -1 - the free slot where it would go;
 * -1 in an empty table.  A key of 4 to 16 bytes, most, is compared in
 * line. */
static inline __attribute__((always_inline)) long
slot_index(const qawl_lexicon *lex, const char *key, size_t len)
{
    size_t i, mask;

    if (lex->nslots == 0)
        return -1;
    if (len < 4 || len > 16)
        return slot_index_any(lex, key, len);
    mask = lex->nslots - 1;
    for (i = (size_t)hash_tail(HASH_SEED ^ len, key, len) & mask;;
         i = (i + 1) & mask) {
        const qawlp_slot *s = &lex->slots[i];
        if (s->key == NULL)
            return -1 - (long)i;
        if (s->len == len && qawlp_same_short(s->key, key, len))
            return (long)i;
    }
}

/* A word's key is looked up at every token: slot_index in line. */
const qawlp_slot *qawlp_lexicon_find(const qawl_lexicon *lex,
                                     const char *key, size_t len)
{
    long at = slot_index(lex, key, len);

    return at >= 0 ? &lex->slots[at] : NULL;
}

/* Bytes of one block: the shipped lexicons' strings fill about 16. */
#define STRBLOCK_BYTES (64 * 1024)

/* Copies the N bytes at S to D: a word's length, up to 16 bytes, in two
 * loads and stores that may overlap, without a call (some 20,000 lexicon
 * strings are copied at each start). */
static inline void copy_bytes(char *d, const char *s, size_t n)
{
    if (n >= 8 && n <= 16) {
        uint64_t a, b;
        memcpy(&a, s, 8);
        memcpy(&b, s + n - 8, 8);
        memcpy(d, &a, 8);
        memcpy(d + n - 8, &b, 8);
    } else if (n >= 4 && n < 8) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        memcpy(d, &a, 4);
        memcpy(d + n - 4, &b, 4);
    } else {
        memcpy(d, s, n);
    }
}

/* A copy of S (N bytes, then a NUL) that lives as long as LEX, or NULL
 * when out of memory.  Never freed on its own: an entry a user file
 * replaces leaves its strings in the block. */
static inline char *lex_strndup(qawl_lexicon *lex, const char *s, size_t n)
{
    char *d = qawlp_block_room(&lex->strings, n, STRBLOCK_BYTES);

    if (d == NULL)
        return NULL;
    copy_bytes(d, s, n);
    d[n] = '\0';
    return d;
}

static char *lex_strdup(qawl_lexicon *lex, const char *s)
{
    return lex_strndup(lex, s, strlen(s));
}

/* The folded form FOLD of the string WRITTEN (N bytes, in LEX, or NULL):
 * WRITTEN itself when folding left it unchanged, as most forms are
 * written, else a copy of FOLD.  NULL when out of memory. */
static char *folded_copy(qawl_lexicon *lex, char *written, size_t n,
                         const qawlp_buf *fold)
{
    if (written != NULL && n == fold->len &&
        qawlp_same_short(written, fold->data, n))
        return written;
    return lex_strndup(lex, fold->data, fold->len);
}

/* Grows the key table, doubling it at least once, until FIT keys leave
 * it at most half full. */
static int grow_slots(qawl_lexicon *lex, size_t fit)
{
    qawlp_slot *old = lex->slots;
    size_t oldn = lex->nslots, i;
    /* made at the size the shipped lexicons' 3,500 keys need, which
     * saves rehashing them as the files are read */
    size_t n = oldn ? oldn * 2 : 8192;

    while (fit * 2 > n)
        n *= 2;
    lex->slots = qawlp_calloc(n, sizeof *lex->slots);
    if (lex->slots == NULL) {
        lex->slots = old;
        return -1;
    }
    lex->nslots = n;
    for (i = 0; i < oldn; i++) {
        if (old[i].key != NULL) {
            long j = slot_index(lex, old[i].key, old[i].len);
            lex->slots[-1 - j] = old[i];
        }
    }
    qawlp_free(old);
    return 0;
}

/* The slot_index of a key not looked up yet. */
#define SLOT_UNKNOWN LONG_MIN

/* Chains entry E under the key of its first word, whose slot_index is
 * AT when the caller has just looked it up (else SLOT_UNKNOWN). */
static int index_entry(qawl_lexicon *lex, int e, long at)
{
    qawlp_entry *en = &lex->entries.v[e];
    const char *key = en->key[0];
    /* add_form noted the key's length (0xFFFF: that long or longer) */
    size_t len = en->key_len[0] < 0xFFFF ? en->key_len[0] : strlen(key);
    long i = at;

    if ((lex->used + 1) * 2 > lex->nslots) {
        if (grow_slots(lex, lex->used + 1))
            return -1;
        i = SLOT_UNKNOWN;              /* the table was rebuilt */
    }
    if (i == SLOT_UNKNOWN)
        i = slot_index(lex, key, len);
    if (i < 0) {
        i = -1 - i;
        lex->slots[i].key = en->key[0];   /* in lex->strings */
        lex->slots[i].len = (uint32_t)len;
        lex->slots[i].first = -1;
        lex->used++;
    }
    en->next = lex->slots[i].first;
    lex->slots[i].first = e;
    lex->slots[i].sections |= QAWLP_BIT(en->section);
    return 0;
}

/* ----------------------------------------------------------- the loader */

#ifdef __SSE2__
/* The bytes at U that are letters U+0621-U+064A (D8 A1 to D9 8A), two by
 * two: 0 to 16, even.  Each two-byte lane, read as lead << 8 |
 * continuation, less 0xD8A1, must lie within 0x00-0xE9.  U has sixteen
 * readable bytes. */
static inline size_t letters16(const unsigned char *u)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)u);
    __m128i key = _mm_or_si128(_mm_slli_epi16(x, 8), _mm_srli_epi16(x, 8));
    __m128i out = _mm_subs_epu16(_mm_sub_epi16(key, _mm_set1_epi16((short)0xD8A1)),
                                 _mm_set1_epi16(0xE9));
    unsigned good = (unsigned)_mm_movemask_epi8(
        _mm_cmpeq_epi16(out, _mm_setzero_si128()));

    return good == 0xFFFF ? 16 : (size_t)__builtin_ctz(~good);
}
#endif

/* The first character of S (LEN bytes) the tokenizer would split a word
 * at, or NULL: a space too unless SPACES; *N gets its length (at least
 * one byte, even for an invalid sequence).  S is a form in LD->fold
 * (fold_form), with sixteen readable bytes after each of its bytes.  In
 * line: a call's saving of registers cost a third of it. */
static inline __attribute__((always_inline)) const unsigned char *
word_split(const unsigned char *s, size_t len, int spaces, int *n)
{
    while (len > 0) {
        uint32_t cp;
        /* the letters U+0621-U+064A, two bytes D8 A1 to D9 8A: in valid
         * UTF-8 (a lexicon line is checked first) one comparison per
         * letter, eight letters at a time (a lane past LEN is not
         * taken), two at a time without SSE2 */
#ifdef __SSE2__
        size_t k = letters16(s);
        if (k > len)
            k = len & ~(size_t)1;
        s += k;
        len -= k;
        if (k == 16)
            continue;
#else
        while (len >= 4) {
            uint32_t x = qawlp_load_le32(s);
            uint32_t a = (x & 0xFF) << 8 | (x >> 8 & 0xFF),
                     b = (x >> 8 & 0xFF00) | x >> 24;
            if ((uint16_t)(a - 0xD8A1) > 0xD98A - 0xD8A1 ||
                (uint16_t)(b - 0xD8A1) > 0xD98A - 0xD8A1)
                break;
            s += 4;
            len -= 4;
        }
#endif
        if (len == 0)
            break;
        if (len >= 2 && (uint16_t)((s[0] << 8 | s[1]) - 0xD8A1) <=
                            0xD98A - 0xD8A1) {
            s += 2;
            len -= 2;
            continue;
        }
        *n = qawlp_utf8_decode(s, len, &cp);
        if (*n <= 0 || !((spaces && cp == ' ') || qawlp_is_word_cp(cp))) {
            if (*n <= 0)
                *n = 1;
            return s;
        }
        s += *n;
        len -= (size_t)*n;
    }
    return NULL;
}

typedef struct {
    qawl_lexicon *lex;
    const file_def *def;
    const char *file;            /* interned */
    unsigned line;
    const section_def *section;
    qawl_error *err;
    int replace;                 /* user file: same form replaces */
    qawlp_buf fold;              /* each form folded, reused */
    qawlp_symset word;           /* the symbols \w matches (prefix.c) */
    uint64_t clitics;            /* clitic_bits, with WORD */
    int word_known;              /* WORD found (on the first pattern) */
    const file_def *keys_of;     /* the kind whose keys KEY_AT holds */
    const char *key_at[8];       /* its attribute keys (in its KEYS; the
                                  * schema's longest list has 7) */
    uint8_t key_len[8], nkeys;
} loader;

/* Whether KEY (LEN bytes) is one of the attribute keys of LD's kind: the
 * kind's space-separated keys are split once per file, since every
 * attribute of every line is checked. */
static int key_allowed(loader *ld, const char *key, size_t len)
{
    size_t i;

    if (ld->keys_of != ld->def) {
        const char *p = ld->def->keys;
        ld->keys_of = ld->def;
        ld->nkeys = 0;
        while (*p && ld->nkeys < 8) {
            size_t n = strcspn(p, " ");
            if (n > 0) {
                ld->key_at[ld->nkeys] = p;
                ld->key_len[ld->nkeys++] = (uint8_t)n;
            }
            p += n;
            while (*p == ' ')
                p++;
        }
    }
    for (i = 0; i < ld->nkeys; i++)
        if (ld->key_len[i] == len && qawlp_same_short(ld->key_at[i], key, len))
            return 1;
    return 0;
}

/* Bytes kept readable (and zero) after a form in LD->fold, its NUL
 * included, for word_split's sixteen-byte reads. */
#define FOLD_PAD 17

/* Folds FORM (LEN bytes) into LD->fold, replacing what it held, with
 * FOLD_PAD zero bytes after it; -1 when out of memory.  The room is
 * made before folding, which seldom lengthens, so that the buffer grows
 * once.  In line, as word_split: 12,000 calls at each start. */
static inline __attribute__((always_inline)) int
fold_form(loader *ld, const char *form, size_t len)
{
    qawlp_buf *b = &ld->fold;

    b->len = 0;
    if ((b->cap < len + FOLD_PAD &&
         qawlp_reserve((void **)&b->data, &b->cap, len + FOLD_PAD, 1)) ||
        qawlp_fold_string(form, len, b) ||
        (b->cap < b->len + FOLD_PAD &&
         qawlp_reserve((void **)&b->data, &b->cap, b->len + FOLD_PAD, 1)))
        return -1;
    memset(b->data + b->len, 0, FOLD_PAD);
    return 0;
}

static qawl_status fail(loader *ld, const char *line, const char *at,
                        const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static qawl_status fail(loader *ld, const char *line, const char *at,
                        const char *fmt, ...)
{
    unsigned long col = 1;
    const char *p;
    char msg[QAWL_ERROR_TEXT];
    va_list ap;

    /* Columns count characters, not bytes, as editors do. */
    for (p = line; p < at; p++)
        if (((unsigned char)*p & 0xC0) != 0x80)
            col++;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return qawlp_error_set(ld->err, QAWL_ERR_LEXICON, ld->file, ld->line,
                           col, 0, "%s", msg);
}


static qawl_status nomem(loader *ld)
{
    return qawlp_error_set(ld->err, QAWL_ERR_NOMEM, ld->file, ld->line, 0,
                           0, "out of memory");
}

/* Index of an existing entry of the same kind with folded FORM, or -1. */
static int find_same(const qawl_lexicon *lex, const file_def *def,
                     const char *form, const char *key0)
{
    const qawlp_slot *s = qawlp_lexicon_find(lex, key0, strlen(key0));
    int e;
    size_t k;

    for (e = s ? s->first : -1; e >= 0; e = lex->entries.v[e].next) {
        if (strcmp(lex->entries.v[e].form, form) != 0)
            continue;
        for (k = 0; def->sections[k].name; k++)
            if (def->sections[k].section == lex->entries.v[e].section)
                return e;
    }
    return -1;
}

/* Whether the attribute key at P (KLEN bytes, not NUL-terminated) is
 * NAME: the length first, since most keys of a file differ in it. */
static int key_is(const char *p, size_t klen, const char *name)
{
    return klen == strlen(name) && memcmp(p, name, klen) == 0;
}

/* Stance targets documented in lexicons/README.md. */
static int known_target(const char *v)
{
    static const char *const targets[] = {
        "ceasefire", "aid", "diplomacy", "peace", "restraint", "protection",
        "condemnation", "force", "threat", "blame", "retaliation", "attack",
        "war", "sanctions", "occupation", "terrorism", "rejection", NULL
    };
    size_t i;

    for (i = 0; targets[i]; i++)
        if (strcmp(targets[i], v) == 0)
            return 1;
    return 0;
}

static const char *const frame_names[QAWLP_FRAME_COUNT] = {
    NULL, "call", "commitment", "condemnation", "accusation", "warning",
    "threat", "justification", "praise", "rejection", "report"
};

const char *qawlp_frame_name(int frame)
{
    return frame > 0 && frame < QAWLP_FRAME_COUNT ? frame_names[frame] : NULL;
}

static int frame_of(const char *v)
{
    int f;

    for (f = 1; f < QAWLP_FRAME_COUNT; f++)
        if (strcmp(frame_names[f], v) == 0)
            return f;
    return 0;
}

/* strtod (S, END) for a value of an attribute (NUL-terminated), with the
 * usual -0.5 read here: up to 15 digits with at most one '.' between
 * them are an integer below 2^53 over an exact power of ten, and one
 * division rounds that correctly, as strtod does (and unlike strtod, in
 * any locale).  Anything else (an exponent, nan, more digits) is left to
 * strtod. */
static double read_number(const char *s, char **end)
{
    static const double tens[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                  1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
                                  1e15};
    const char *p = s + (*s == '-');
    uint64_t m = 0;
    int digits = 0, frac = -1;
    double v;

    for (; digits < 15; p++) {
        if (*p >= '0' && *p <= '9') {
            m = m * 10 + (uint64_t)(*p - '0');
            digits++;
            frac += frac >= 0;
        } else if (*p == '.' && frac < 0 && digits > 0) {
            frac = 0;
        } else {
            break;
        }
    }
    if (digits == 0 || frac == 0 || *p != '\0')
        return strtod(s, end);
    *end = (char *)p;
    v = (double)m / tens[frac < 0 ? 0 : frac];
    return *s == '-' ? -v : v;
}

/* Reads "KEY=N" at *P, N one to nine digits (below 2^32 however
 * written) followed by END: 1 and *N set, *P past END; else 0. */
static int count_attr(const char **p, const char *key, size_t klen,
                      char end, uint32_t *n)
{
    const char *s = *p;
    uint32_t c = 0;
    size_t i;
    int k;

    /* by hand: a shorter value stops at its NUL, which KEY lacks */
    for (i = 0; i < klen; i++)
        if (s[i] != key[i])
            return 0;
    s += klen;
    for (k = 0; k < 9 && *s >= '0' && *s <= '9'; k++, s++)
        c = c * 10 + (uint32_t)(*s - '0');
    if (k == 0 || *s != end)
        return 0;
    *p = s + 1;
    *n = c;
    return 1;
}

/* Reads ATTRS when they are "name=N\tother=M", as every line of the
 * generated namelike.txt has them (some 6,000): 1 and the counts in T;
 * 0 for anything else, which parse_attrs checks in full. */
static int namelike_counts(const char *attrs, qawlp_entry *t)
{
    uint32_t name, other;

    if (!count_attr(&attrs, "name=", 5, '\t', &name) ||
        !count_attr(&attrs, "other=", 6, '\0', &other))
        return 0;
    t->name_count = name;
    t->other_count = other;
    return 1;
}

/* Parses the attributes after the forms field into TEMPLATE. */
/* The role= values (clitics.txt), each with the one section it may
 * stand in. */
static const struct {
    const char *name;
    uint8_t role;
    int section;
} roles[] = {
    {"addressee", QAWLP_ROLE_ADDRESSEE, QAWLP_SEC_PREP},
    {"feminine", QAWLP_ROLE_FEMININE, QAWLP_SEC_ENDING},
    {"feminine_adjective", QAWLP_ROLE_FEMININE_ADJ, QAWLP_SEC_ENDING},
    {"nisba", QAWLP_ROLE_NISBA, QAWLP_SEC_ENDING},
    {"accusative", QAWLP_ROLE_ACCUSATIVE, QAWLP_SEC_ENDING},
    {"feminine_bound", QAWLP_ROLE_FEMININE_BOUND, QAWLP_SEC_ENDING},
    {"indefinite", QAWLP_ROLE_INDEFINITE, QAWLP_SEC_ENDING},
    {"participle", QAWLP_ROLE_PARTICIPLE, QAWLP_SEC_PRESENT},
};

static uint8_t role_named(const char *name)
{
    size_t k;

    for (k = 0; k < sizeof roles / sizeof roles[0]; k++)
        if (strcmp(name, roles[k].name) == 0)
            return roles[k].role;
    return QAWLP_ROLE_NONE;
}

/* The name of clitics.txt section SECTION, as the schema gives it. */
static const char *clitic_section_name(int section)
{
    const section_def *d;

    for (d = schema[0].sections; d->name != NULL; d++)
        if ((int)d->section == section)
            return d->name;
    return "?";
}

/* An entry's role belongs to its section, and every ending has one. */
static qawl_status check_role(loader *ld, const char *line,
                              const qawlp_entry *t)
{
    size_t k;

    if (t->section == QAWLP_SEC_ENDING && t->role == QAWLP_ROLE_NONE)
        return fail(ld, line, line, "an ending needs a role= (feminine, "
                    "feminine_adjective, feminine_bound, nisba, "
                    "accusative or indefinite)");
    if (t->role == QAWLP_ROLE_NONE)   /* nearly every line: no role= */
        return QAWL_OK;
    for (k = 0; k < sizeof roles / sizeof roles[0]; k++)
        if (t->role == roles[k].role && t->section != roles[k].section)
            return fail(ld, line, line, "role=%s belongs in [%s]",
                        roles[k].name, clitic_section_name(roles[k].section));
    return QAWL_OK;
}

static qawl_status parse_attrs(loader *ld, const char *line, char *p,
                               qawlp_entry *t)
{
    if (p && ld->def->sections[0].section == QAWLP_SEC_NAMELIKE &&
        namelike_counts(p, t))
        return QAWL_OK;
    while (p && *p) {
        char *next = strchr(p, '\t'), *eq, *end;
        size_t klen;

        if (next)
            *next++ = '\0';
        eq = strchr(p, '=');
        if (eq == NULL || eq == p)
            return fail(ld, line, p, "attribute '%s' is not key=value", p);
        klen = (size_t)(eq - p);
        if (!key_allowed(ld, p, klen)) {
            *eq = '\0';
            return fail(ld, line, p, "unknown key '%s' for this file", p);
        }
        if (eq[1] == '\0')
            return fail(ld, line, eq + 1, "empty value for '%.*s'", (int)klen, p);
        if (key_is(p, klen, "gender")) {
            if (strcmp(eq + 1, "m") && strcmp(eq + 1, "f"))
                return fail(ld, line, eq + 1, "gender must be m or f, not '%s'",
                            eq + 1);
            t->gender = eq[1];
        } else if (key_is(p, klen, "number")) {
            if (strcmp(eq + 1, "s") && strcmp(eq + 1, "d") &&
                strcmp(eq + 1, "p"))
                return fail(ld, line, eq + 1,
                            "number must be s, d or p, not '%s'", eq + 1);
            t->number = eq[1];
        } else if (key_is(p, klen, "weight")) {
            double w = read_number(eq + 1, &end);
            /* written as "in range" so that nan (no order) fails too */
            if (*end || end == eq + 1 || !(w >= -1 && w <= 1))
                return fail(ld, line, eq + 1,
                            "weight must be a number in [-1, 1], not '%s'",
                            eq + 1);
            t->weight = (float)w;
        } else if (key_is(p, klen, "factor")) {
            double f = read_number(eq + 1, &end);
            if (*end || end == eq + 1 || !(f >= -4 && f <= 4))
                return fail(ld, line, eq + 1,
                            "factor must be a number in [-4, 4], not '%s'",
                            eq + 1);
            t->factor = (float)f;
        } else if (key_is(p, klen, "content")) {
            if (strcmp(eq + 1, "clause") && strcmp(eq + 1, "any") &&
                strcmp(eq + 1, "verb"))
                return fail(ld, line, eq + 1,
                            "content must be clause, verb or any, not '%s'",
                            eq + 1);
            t->clause_only = strcmp(eq + 1, "clause") == 0;
            t->verb_next = strcmp(eq + 1, "verb") == 0;
        } else if (key_is(p, klen, "voice")) {
            if (strcmp(eq + 1, "passive") && strcmp(eq + 1, "active") &&
                strcmp(eq + 1, "resumptive"))
                return fail(ld, line, eq + 1,
                            "voice must be active, passive or resumptive, not '%s'",
                            eq + 1);
            t->voice = strcmp(eq + 1, "passive") == 0     ? QAWLP_VOICE_PASSIVE
                         : strcmp(eq + 1, "resumptive") == 0 ? QAWLP_VOICE_RESUMPTIVE
                                                             : QAWLP_VOICE_ACTIVE;
        } else if (key_is(p, klen, "present")) {
            if (strcmp(eq + 1, "u") && strcmp(eq + 1, "a"))
                return fail(ld, line, eq + 1,
                            "present must be u or a, not '%s'", eq + 1);
            t->present_u = strcmp(eq + 1, "u") == 0;
        } else if (key_is(p, klen, "scope")) {
            long s = strtol(eq + 1, &end, 10);
            if (*end || end == eq + 1 || s < 0 || s > 64)
                return fail(ld, line, eq + 1,
                            "scope must be a whole number 0-64, not '%s'",
                            eq + 1);
            t->scope = (int)s;
        } else if (key_is(p, klen, "name") ||
                   key_is(p, klen, "other")) {
            uint64_t c = 0;
            /* a count: digits only (strtoull would take "-1" and " 1"),
             * read here: some 12,000 of them at each start */
            for (end = eq + 1; *end >= '0' && *end <= '9' && c <= UINT32_MAX;
                 end++)
                c = c * 10 + (uint64_t)(*end - '0');
            if (end == eq + 1 || *end || c > UINT32_MAX)
                return fail(ld, line, eq + 1,
                            "%.*s must be a whole number 0-%lu, not '%s'",
                            (int)klen, p, (unsigned long)UINT32_MAX, eq + 1);
            if (klen == 4)
                t->name_count = (uint32_t)c;
            else
                t->other_count = (uint32_t)c;
        } else if (key_is(p, klen, "frame")) {
            t->frame = (uint8_t)frame_of(eq + 1);
            if (t->frame == 0)
                return fail(ld, line, eq + 1, "unknown frame '%s'", eq + 1);
        } else if (key_is(p, klen, "target")) {
            if (!known_target(eq + 1))
                return fail(ld, line, eq + 1, "unknown target '%s'", eq + 1);
            t->target = eq + 1;   /* copied per entry below */
        } else if (key_is(p, klen, "pos")) {
            if (strcmp(eq + 1, "verb") && strcmp(eq + 1, "participle"))
                return fail(ld, line, eq + 1,
                            "pos must be verb or participle, not '%s'",
                            eq + 1);
            t->participle = strcmp(eq + 1, "participle") == 0;
        } else if (key_is(p, klen, "stance")) {
            if (strcmp(eq + 1, "class") && strcmp(eq + 1, "object"))
                return fail(ld, line, eq + 1,
                            "stance must be class or object, not '%s'",
                            eq + 1);
            t->decides = strcmp(eq + 1, "class") == 0;
        } else if (key_is(p, klen, "role")) {
            t->role = role_named(eq + 1);
            if (t->role == QAWLP_ROLE_NONE)
                return fail(ld, line, eq + 1,
                            "role must be addressee, feminine, "
                            "feminine_adjective, feminine_bound, nisba, "
                            "accusative, indefinite or participle, not '%s'",
                            eq + 1);
        } else if (key_is(p, klen, "prep") ||
                   key_is(p, klen, "charge")) {
            if (t->prep)
                return fail(ld, line, p, "prep and charge exclude each other");
            t->charge = klen == 6;
            t->prep = eq + 1;     /* folded per entry below */
        }
        p = next;
    }
    return QAWL_OK;
}

/* Checks the sign of a stance weight against its section. */
static qawl_status check_weight(loader *ld, const char *line,
                                const qawlp_entry *t)
{
    if (t->section == QAWLP_SEC_DEESC && !(t->weight > 0))
        return fail(ld, line, line,
                    "de-escalation entries need a weight above 0");
    if (t->section == QAWLP_SEC_ESC && !(t->weight < 0))
        return fail(ld, line, line,
                    "escalation entries need a weight below 0");
    return QAWL_OK;
}

/* Appends a copy of T to lex->entries, or NULL (nomem): QAWLP_PUSH
 * without its zeroing, which the copy makes useless. */
static inline qawlp_entry *push_entry(qawl_lexicon *lex, const qawlp_entry *t)
{
    if (lex->entries.n >= lex->entries.cap &&
        qawlp_reserve((void **)&lex->entries.v, &lex->entries.cap,
                      lex->entries.n + 1, sizeof *lex->entries.v))
        return NULL;
    lex->entries.v[lex->entries.n] = *t;
    return &lex->entries.v[lex->entries.n++];
}

/* Whether the file being loaded already has an entry whose folded form is
 * FORM (N bytes); *AT gets the slot_index of the key of FORM's first word
 * (its slot, or where it would go). */
static int seen_in_file(const loader *ld, const char *form, size_t n,
                        long *at)
{
    const char *space = memchr(form, ' ', n);
    size_t len = space ? (size_t)(space - form) : n, skip, klen;
    const qawlp_slot *s;
    int e;

    klen = qawlp_strip_article(ld->lex, form, len, &skip);
    *at = ld->lex->nslots ? slot_index(ld->lex, form + skip, klen)
                          : SLOT_UNKNOWN;
    s = *at >= 0 ? &ld->lex->slots[*at] : NULL;
    for (e = s ? s->first : -1; e >= 0; e = ld->lex->entries.v[e].next) {
        const qawlp_entry *en = &ld->lex->entries.v[e];
        /* most entries under the key differ in length */
        if (en->file == ld->file &&
            (en->form_len == 0xFFFF
                 ? strcmp(en->form, form) == 0
                 : en->form_len == n && memcmp(en->form, form, n) == 0))
            return 1;
    }
    return 0;
}

/* Adds one form (a canonical form or a variant) with TEMPLATE's
 * attributes. */
static qawl_status add_form(loader *ld, const char *line, const char *form,
                            size_t flen, const qawlp_entry *t)
{
    qawl_lexicon *lex = ld->lex;
    qawlp_entry *en;
    const char *w;
    const unsigned char *split;
    int e, replaced, split_len = 0;
    long at;
    size_t folded, split_at;

    if (fold_form(ld, form, flen))
        return nomem(ld);
    if (ld->fold.len == 0)
        return fail(ld, line, form, "entry is empty after folding");
    /* The duplicate check runs on folded forms (أن and إن are one entry),
     * through the index: only entries sharing the first word's key can be
     * the same. */
    if (seen_in_file(ld, ld->fold.data, ld->fold.len, &at)) {
        char shown[128];
        snprintf(shown, sizeof shown, "%.*s", (int)flen, form);
        return fail(ld, line, form,
                    "duplicate entry '%s' (the same after folding)", shown);
    }

    /* the slot found is the first key's (below) unless the folded form
     * opens with a space, whose word the keys skip */
    if (ld->fold.data[0] == ' ')
        at = SLOT_UNKNOWN;
    folded = ld->fold.len;            /* EN->form's length */
    /* where the tokenizer would split a word of the form, found in the
     * padded fold (the prep's fold below replaces it), reported after
     * the checks that come first */
    split = word_split((const unsigned char *)ld->fold.data, folded, 1,
                       &split_len);
    split_at = split ? (size_t)(split - (const unsigned char *)ld->fold.data)
                     : SIZE_MAX;
    en = push_entry(lex, t);
    if (en == NULL)
        return nomem(ld);
    e = (int)(lex->entries.n - 1);
    en->nwords = 0;
    en->form_len = folded < 0xFFFF ? (uint16_t)folded : 0xFFFF;
    en->written = lex_strndup(lex, form, flen);
    en->form = folded_copy(lex, en->written, flen, &ld->fold);
    en->target = t->target ? lex_strdup(lex, t->target) : NULL;
    en->prep = NULL;
    if (en->written == NULL || en->form == NULL ||
        (t->target && en->target == NULL))
        return nomem(ld);
    if (t->prep) {
        /* matched against folded text, so folded like the forms */
        if (fold_form(ld, t->prep, strlen(t->prep)))
            return nomem(ld);
        en->prep = lex_strndup(lex, ld->fold.data, ld->fold.len);
        if (en->prep == NULL)
            return nomem(ld);
        if (strchr(en->prep, ' '))
            return fail(ld, line, t->prep,
                        "prep must be one word, not '%s'", t->prep);
    }
    /* the keys: each word of the folded form (one space between words),
     * its article stripped; the last word's is the end of the form */
    for (w = en->form; *w != '\0';) {
        /* the word runs to the next space or the form's end (FOLDED
         * bytes from its start) */
        const char *sp = memchr(w, ' ', folded - (size_t)(w - en->form));
        size_t wlen = sp ? (size_t)(sp - w) : folded - (size_t)(w - en->form),
               skip, klen;
        if (wlen > 0) {
            if (en->nwords == QAWLP_MAX_WORDS)
                return fail(ld, line, form, "entry has more than %d words",
                            QAWLP_MAX_WORDS);
            klen = qawlp_strip_article(lex, w, wlen, &skip);
            en->key[en->nwords] = w[wlen] == '\0'
                                      ? (char *)w + skip
                                      : lex_strndup(lex, w + skip, klen);
            en->key_len[en->nwords] = klen < 0xFFFF ? (uint16_t)klen : 0xFFFF;
            if (en->key[en->nwords] == NULL)
                return nomem(ld);
            en->nwords++;
        }
        w += wlen + (w[wlen] == ' ');
    }
    if (en->nwords == 0)
        return fail(ld, line, form, "entry has no word");
    /* Each word must be one token for the tokenizer, or the entry can
     * never match (العربية.نت is three tokens). */
    if (split_at != SIZE_MAX)
        return fail(ld, line, form,
                    "entry can never match: '%.*s' splits a word "
                    "for the tokenizer", split_len, en->form + split_at);

    /* A user file replaces the entry it shares a folded form with. */
    replaced = ld->replace ? find_same(lex, ld->def, en->form, en->key[0])
                           : -1;
    if (replaced >= 0) {
        qawlp_entry *old = &lex->entries.v[replaced];
        int next = old->next;
        const qawlp_slot *s = qawlp_lexicon_find(lex, old->key[0],
                                                 strlen(old->key[0]));
        old->section = en->section;
        old->gender = en->gender;
        old->number = en->number;
        old->weight = en->weight;
        old->factor = en->factor;
        old->scope = en->scope;
        old->clause_only = en->clause_only;
        old->verb_next = en->verb_next;
        old->voice = en->voice;
        old->file = en->file;
        old->line = en->line;
        old->participle = en->participle;
        old->charge = en->charge;
        old->decides = en->decides;
        old->target = en->target;     /* strings in lex->strings */
        old->prep = en->prep;
        old->next = next;
        if (s)
            ((qawlp_slot *)s)->sections |= QAWLP_BIT(old->section);
        lex->entries.n--;
        return QAWL_OK;
    }
    if (index_entry(lex, e, at))
        return nomem(ld);
    return QAWL_OK;
}

/* Keeps the feminine ending's folded bytes (ة -> ه), which the phrase
 * parser puts back on a stem written with its bound form (خشيت+ه). */
static qawl_status fold_feminine(loader *ld, const char *form, size_t len)
{
    qawlp_buf b = {0};

    if (qawlp_fold_string(form, len, &b) != 0) {
        qawlp_buf_free(&b);
        return nomem(ld);
    }
    if (b.len > 0 && b.len < sizeof ld->lex->feminine_fold) {
        memcpy(ld->lex->feminine_fold, b.data, b.len);
        ld->lex->feminine_fold_len = b.len;
    }
    qawlp_buf_free(&b);
    return QAWL_OK;
}

/* Records the clitic letters and article that segment.c strips. */
static qawl_status add_clitic(loader *ld, const char *line,
                              const qawlp_entry *t, const char *form,
                              size_t len)
{
    qawl_lexicon *lex = ld->lex;
    uint32_t cp;
    int n = qawlp_utf8_decode((const unsigned char *)form, len, &cp);

    if (t->section == QAWLP_SEC_ARTICLE) {
        if (len >= sizeof lex->article)
            return fail(ld, line, form, "the article is too long");
        memcpy(lex->article, form, len);
        lex->article[len] = '\0';
        lex->article_len = len;
        return QAWL_OK;
    }
    if (t->section == QAWLP_SEC_POSSESSIVE) {
        if (qawlp_count_chars(form, len, 4) > 3 ||
            len >= sizeof lex->possessive[0])
            return fail(ld, line, form,
                        "a possessive suffix must be one to three letters");
        if (lex->npossessive < 8) {
            memcpy(lex->possessive[lex->npossessive], form, len);
            lex->possessive_len[lex->npossessive++] = (uint8_t)len;
        }
        return QAWL_OK;
    }
    if (n <= 0 || (size_t)n != len)
        return fail(ld, line, form,
                    "a conjunction, preposition, present prefix or ending "
                    "must be one letter or mark");
    /* the letters of a word's shape, kept as the folded text writes
     * them: a role of their own, not an ending's or a prefix's */
    if (t->role == QAWLP_ROLE_INDEFINITE || t->role == QAWLP_ROLE_PARTICIPLE) {
        char *to = t->role == QAWLP_ROLE_INDEFINITE ? lex->indefinite_ending
                                                   : lex->participle_prefix;
        uint8_t *to_len = t->role == QAWLP_ROLE_INDEFINITE
                              ? &lex->indefinite_ending_len
                              : &lex->participle_prefix_len;
        memcpy(to, form, len);
        *to_len = (uint8_t)len;
        return QAWL_OK;
    }
    if (t->section == QAWLP_SEC_ENDING) {
        if (lex->nending < 8) {
            lex->ending[lex->nending] = cp;
            lex->ending_role[lex->nending++] = t->role;
        }
        if (t->role == QAWLP_ROLE_FEMININE && n > 0 && (size_t)n == len)
            return fold_feminine(ld, form, len);
        return QAWL_OK;
    }
    if (t->role == QAWLP_ROLE_ADDRESSEE)
        lex->addressee_prep = cp;
    if (t->section == QAWLP_SEC_CONJ && lex->nconj < 8)
        lex->conj[lex->nconj++] = cp;
    else if (t->section == QAWLP_SEC_PRESENT && lex->npresent < 8)
        lex->present[lex->npresent++] = cp;
    else if (t->section == QAWLP_SEC_PREP && lex->nprep < 8)
        lex->prep[lex->nprep++] = cp;
    return QAWL_OK;
}

static qawl_status parse_header(loader *ld, const char *line)
{
    const char *v;

    if (strncmp(line, "#+format:", 9) == 0) {
        v = line + 9;
        while (*v == ' ')
            v++;
        if (strcmp(v, "1") != 0)
            return fail(ld, line, v, "unsupported format '%s' (expected 1)", v);
    } else if (strncmp(line, "#+language:", 11) == 0) {
        v = line + 11;
        while (*v == ' ')
            v++;
        if (strcmp(v, "ar") != 0)
            return fail(ld, line, v, "unsupported language '%s' (expected ar)",
                        v);
    } else if (strncmp(line, "#+kind:", 7) == 0) {
        v = line + 7;
        while (*v == ' ')
            v++;
        if (ld->def == NULL) {
            ld->def = find_kind(v);
            if (ld->def == NULL)
                return fail(ld, line, v, "unknown lexicon kind '%s'", v);
        } else if (strcmp(v, ld->def->kind) != 0) {
            return fail(ld, line, v, "kind '%s' does not match the file name",
                        v);
        }
    }
    return QAWL_OK;
}

/* ------------------------------------------------------ pattern entries */

/* Set while this thread JIT-compiles a pattern.  PCRE2 10.42's JIT
 * compiler can crash when one of its own allocations fails (its
 * malloc-failure paths were first tested upstream in 2025, PCRE2 pull
 * request 697), so those allocations skip the test hook that makes the
 * i-th allocation fail: the hook tests our recovery, not the library's. */
static _Thread_local int jit_compiling;

static void *pcre_alloc(PCRE2_SIZE size, void *data)
{
    (void)data;
    return jit_compiling ? malloc(size ? size : 1) : qawlp_malloc(size);
}

/* pcre2_jit_compile (RE, MODE) with jit_compiling set. */
static int jit_compile(pcre2_code *re, uint32_t mode)
{
    int r;

    jit_compiling = 1;
    r = pcre2_jit_compile(re, mode);
    jit_compiling = 0;
    return r;
}

static void pcre_release(void *p, void *data)
{
    (void)data;
    qawlp_free(p);
}

/* The PCRE2 contexts, made on the first pattern: every allocation of the
 * compiler and the matcher then goes through qawlp_malloc. */
static int pcre_contexts(qawl_lexicon *lex)
{
    if (lex->pcre_general == NULL)
        lex->pcre_general =
            pcre2_general_context_create(pcre_alloc, pcre_release, NULL);
    if (lex->pcre_general != NULL && lex->pcre_compile == NULL)
        lex->pcre_compile = pcre2_compile_context_create(lex->pcre_general);
    if (lex->pcre_general != NULL && lex->pcre_match == NULL) {
        lex->pcre_match = pcre2_match_context_create(lex->pcre_general);
        /* A pattern that backtracks badly gives up at one word instead
         * of costing the analysis: the cost per word stays bounded. */
        if (lex->pcre_match != NULL) {
            pcre2_set_match_limit(lex->pcre_match, STANCE_MATCH_LIMIT);
            pcre2_set_depth_limit(lex->pcre_match, STANCE_MATCH_LIMIT);
        }
    }
    if (lex->pcre_compile != NULL && lex->word_boundary == NULL) {
        int code;
        PCRE2_SIZE off;
        lex->word_boundary = pcre2_compile((PCRE2_SPTR)"\\b", 2,
                                           PCRE2_UTF | PCRE2_UCP |
                                               PCRE2_ANCHORED,
                                           &code, &off, lex->pcre_compile);
        if (lex->word_boundary != NULL)
            lex->word_boundary_jit =
                jit_compile(lex->word_boundary, PCRE2_JIT_COMPLETE) == 0;
    }
    return lex->pcre_compile != NULL && lex->pcre_match != NULL &&
           lex->word_boundary != NULL ? 0 : -1;
}

/* Whether pattern P (N bytes) opens with \b and that \b applies to all
 * of it: no | outside parentheses after it.  Constructs this reader does
 * not follow (\Q...\E, comments, extended mode) answer no. */
static int leading_word_boundary(const char *p, size_t n)
{
    size_t i;
    int depth = 0, in_class = 0;

    if (n < 3 || p[0] != '\\' || p[1] != 'b')
        return 0;
    for (i = 2; i < n; i++) {
        char c = p[i];
        if (c == '\\') {
            if (i + 1 < n && (p[i + 1] == 'Q' || p[i + 1] == 'E'))
                return 0;
            i++;                       /* an escaped character */
        } else if (in_class) {
            if (c == ']')
                in_class = 0;
        } else if (c == '[') {
            in_class = 1;
            if (i + 1 < n && p[i + 1] == '^')
                i++;
            if (i + 1 < n && p[i + 1] == ']')
                i++;                   /* []...] and [^]...]: a literal ] */
        } else if (c == '(') {
            if (i + 2 < n && p[i + 1] == '?' &&
                (p[i + 2] == '#' || p[i + 2] == 'x'))
                return 0;
            depth++;
        } else if (c == ')') {
            if (--depth < 0)
                return 0;
        } else if (c == '|' && depth == 0) {
            return 0;
        }
    }
    return depth == 0 && !in_class;
}

/* Folds the non-ASCII letters of pattern P (LEN bytes) as the text is
 * folded, into OUT; MAP[k] is the byte of P that byte k of OUT came from,
 * for error columns.  Returns 0 or -1 (nomem). */
static int fold_pattern(const char *p, size_t len, qawlp_buf *out,
                        size_t **map)
{
    size_t i = 0, cap = 0, n = 0;

    *map = NULL;
    if (qawlp_buf_append(out, "", 0))
        return -1;
    while (i < len) {
        uint32_t cp;
        int k = qawlp_utf8_decode((const unsigned char *)p + i, len - i, &cp);
        size_t before = out->len, j;
        if (k <= 0)
            k = 1;
        if (cp < 0x80 ? qawlp_buf_append(out, p + i, 1)
                      : qawlp_fold_string(p + i, (size_t)k, out))
            return -1;
        for (j = before; j < out->len; j++) {
            if (qawlp_reserve((void **)map, &cap, n + 1, sizeof **map))
                return -1;
            (*map)[n++] = i;
        }
        i += (size_t)k;
    }
    return 0;
}

/* The pattern entry of the file being loaded (or, for a user file, of
 * its kind) whose folded pattern is FORM, or -1. */
static int same_pattern(const loader *ld, const char *form)
{
    size_t i, k;

    for (i = 0; i < ld->lex->patterns.n; i++) {
        const qawlp_entry *en = &ld->lex->entries.v[ld->lex->patterns.v[i]];
        if (strcmp(en->form, form) != 0)
            continue;
        if (en->file == ld->file)
            return ld->lex->patterns.v[i];
        for (k = 0; ld->replace && ld->def->sections[k].name; k++)
            if (ld->def->sections[k].section == en->section)
                return ld->lex->patterns.v[i];
    }
    return -1;
}

/* The options of every lexicon pattern: anchored, since a match begins at
 * a word, where the scan tries it (JIT anchors only so); without \C,
 * which could end a match inside a letter. */
#define PATTERN_OPTIONS \
    (PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED | PCRE2_NEVER_BACKSLASH_C)

/* Compiles the folded pattern SRC; on error fails at the column of the
 * written pattern (FIELD, the form field of LINE) that PCRE2 names. */
static qawl_status compile_pattern(loader *ld, const char *line,
                                   const char *field, const qawlp_buf *src,
                                   const size_t *map, pcre2_code **out,
                                   uint8_t *word_start)
{
    int code;
    PCRE2_SIZE off;
    uint32_t minlen = 0;
    PCRE2_UCHAR msg[160];

    /* A leading \b over the whole pattern is checked by the scan, once
     * per word, from the bytes or with lex->word_boundary (the same
     * library's \b): the pattern itself is compiled without it.  At a
     * word where \b holds, the two match alike.  That bare pattern is
     * compiled first: when it compiles and cannot match an empty string,
     * neither can the whole, which then compiles too (\b is a whole
     * item; what could read otherwise after it -- a quantifier, a brace,
     * a leading (*VERB) -- is left to the whole's compile). */
    *out = NULL;
    *word_start = 0;
    if (leading_word_boundary(src->data, src->len) &&
        strchr("*+?{", src->data[2]) == NULL &&
        !(src->data[2] == '(' && src->data[3] == '*')) {
        pcre2_code *bare = pcre2_compile((PCRE2_SPTR)src->data + 2,
                                         src->len - 2, PATTERN_OPTIONS,
                                         &code, &off, ld->lex->pcre_compile);
        if (bare != NULL &&
            pcre2_pattern_info(bare, PCRE2_INFO_MINLENGTH, &minlen) == 0 &&
            minlen > 0) {
            *out = bare;
            *word_start = 1;
        } else {
            pcre2_code_free(bare);
        }
    }
    if (*out == NULL) {
        *out = pcre2_compile((PCRE2_SPTR)src->data, src->len,
                             PATTERN_OPTIONS, &code, &off,
                             ld->lex->pcre_compile);
        if (*out == NULL) {
            if (code == PCRE2_ERROR_NOMEMORY ||
                code == PCRE2_ERROR_HEAP_FAILED)
                return nomem(ld);
            pcre2_get_error_message(code, msg, sizeof msg);
            return fail(ld, line,
                        field + 1 + (off < src->len ? map[off]
                                                    : strlen(field) - 2),
                        "bad pattern: %s", (const char *)msg);
        }
        if (pcre2_pattern_info(*out, PCRE2_INFO_MINLENGTH, &minlen) == 0 &&
            minlen == 0) {
            pcre2_code_free(*out);
            *out = NULL;
            return fail(ld, line, field,
                        "bad pattern: it can match an empty string");
        }
    }
    /* Not JIT-compiled here: the scan does that once the pattern has run
     * often enough to repay the compile (pattern_code). */
    return QAWL_OK;
}

/* Bit of the first-letter mask for code point CP (see qawlp_entry). */
static int letter_bit(uint32_t cp)
{
    return cp >= 0x0621 && cp < 0x0621 + 63 ? (int)(cp - 0x0621) : 63;
}

/* Whether a match of RE can begin with the N bytes of S: they match or
 * partially match, anchored. */
static int can_begin(pcre2_code *re, const char *s, size_t n,
                     pcre2_match_data *md, pcre2_match_context *mc,
                     int *limited)
{
    /* anchored by its compile options.  The pattern's JIT code is for
     * complete matches only: the interpreter answers. */
    int rc = pcre2_match(re, (PCRE2_SPTR)s, n, 0,
                         PCRE2_PARTIAL_HARD | PCRE2_NO_UTF_CHECK, md, mc);

    /* A probe that hits a limit may still begin a match: kept (and
     * noted in *LIMITED, for the tests' comparison with prefix.c). */
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_HEAPLIMIT)
        *limited = 1;
    return rc != PCRE2_ERROR_NOMATCH;
}

/* Writes into BUF a letter standing for bit K (one of several for bit
 * 63: Latin, a digit, a space, the end), returning its length. */
static size_t bit_letter(int k, int variant, char *buf)
{
    static const char others[] = "az09_ ";

    if (k < 63)
        return (size_t)qawlp_utf8_encode(0x0621 + (uint32_t)k, buf);
    buf[0] = others[variant];
    return 1;
}

/* The number of bits set in X (without a call into libgcc where the
 * target lacks a popcount instruction). */
static inline size_t bit_count(uint64_t x)
{
    x -= (x >> 1) & UINT64_C(0x5555555555555555);
    x = (x & UINT64_C(0x3333333333333333)) +
        ((x >> 2) & UINT64_C(0x3333333333333333));
    x = (x + (x >> 4)) & UINT64_C(0x0F0F0F0F0F0F0F0F);
    return (size_t)((x * UINT64_C(0x0101010101010101)) >> 56);
}

/* Whether letter bit K stands for a letter that begins a clitic of
 * clitics.txt (a conjunction, a preposition, the article). */
static int clitic_letter(const qawl_lexicon *lex, int k)
{
    uint32_t cp = 0x0621 + (uint32_t)k, a = 0;

    if (lex->article_len > 0)
        qawlp_utf8_decode((const unsigned char *)lex->article,
                          lex->article_len, &a);
    return cp == a || qawlp_cp_in(cp, lex->conj, lex->nconj) ||
           qawlp_cp_in(cp, lex->prep, lex->nprep);
}

/* Fills EN->third (see qawlp_entry): for each admitted pair of Arabic
 * letters, each Arabic letter is tried third, the three alone as the
 * subject, and bit 63 as in the first two masks (Latin, a digit, a space,
 * the end: a word of two letters, في or من, ends there).  Most words of a text begin with a pair that some pattern
 * admits only because of its optional clitics (ال, وا, لل): the third
 * letter turns most of those away before the pattern runs. */
static int third_letters(qawl_lexicon *lex, qawlp_entry *en,
                         pcre2_match_data *md, int *limited)
{
    size_t pairs = 0, at;
    int a, b, c;

    for (a = 0; a < 64; a++)
        pairs += (size_t)bit_count(en->second[a]);
    en->third = qawlp_calloc(64 + pairs, sizeof *en->third);
    if (en->third == NULL)
        return -1;
    at = 64;
    for (a = 0; a < 64; a++) {
        en->third[a] = at;
        for (b = 0; b < 64; b++) {
            char buf[12];
            size_t n;
            if (!(en->second[a] >> b & 1))
                continue;
            if (a == 63 || b == 63 || !clitic_letter(lex, a)) {
                en->third[at++] = ~UINT64_C(0);     /* any third */
                continue;
            }
            n = bit_letter(a, 0, buf);
            n += bit_letter(b, 0, buf + n);
            for (c = 0; c < 64; c++) {
                int v;
                for (v = 0; v < (c < 63 ? 1 : 6); v++)
                    if (can_begin(en->re, buf, n + bit_letter(c, v, buf + n),
                                  md, lex->pcre_match, limited)) {
                        en->third[at] |= UINT64_C(1) << c;
                        break;
                    }
            }
            at++;
        }
    }
    return 0;
}

/* The first two letters a match of RE can begin with (see qawlp_entry):
 * each letter, and each letter pair, is tried alone as the subject; then
 * the third letters (third_letters). */
static int first_letters(qawl_lexicon *lex, qawlp_entry *en, int *limited)
{
    pcre2_match_data *md = pcre2_match_data_create(1, lex->pcre_general);
    int a, b, va, vb;

    en->second = qawlp_calloc(64, sizeof *en->second);
    if (md == NULL || en->second == NULL) {
        pcre2_match_data_free(md);
        return -1;
    }
    en->first = 0;
    for (a = 0; a < 64; a++) {
        for (va = 0; va < (a < 63 ? 1 : 6); va++) {
            char buf[8];
            size_t na = bit_letter(a, va, buf);
            if (!can_begin(en->re, buf, na, md, lex->pcre_match, limited))
                continue;
            en->first |= UINT64_C(1) << a;
            for (b = 0; b < 64; b++)
                for (vb = 0; vb < (b < 63 ? 1 : 6); vb++) {
                    size_t nb = bit_letter(b, vb, buf + na);
                    if (can_begin(en->re, buf, na + nb, md, lex->pcre_match,
                                  limited))
                        en->second[a] |= UINT64_C(1) << b;
                }
        }
    }
    a = third_letters(lex, en, md, limited);
    pcre2_match_data_free(md);
    return a;
}

/* The letter bits of the clitics' first letters (clitic_letter). */
static uint64_t clitic_bits(const qawl_lexicon *lex)
{
    uint64_t bits = 0;
    int k;

    for (k = 0; k < 63; k++)
        if (clitic_letter(lex, k))
            bits |= UINT64_C(1) << k;
    return bits;
}

/* The symbols of the probes (bit_letter's letters and stand-ins) that
 * \w matches, as this PCRE2 sees them: each one alone is tried with
 * lex->word_boundary, which holds at its start when it is a word
 * character.  -1 when out of memory. */
static int word_symbols(qawl_lexicon *lex, qawlp_symset *word)
{
    pcre2_match_data *md = pcre2_match_data_create(1, lex->pcre_general);
    int k, v, rc;

    if (md == NULL)
        return -1;
    word->lo = word->hi = 0;
    for (k = 0; k < 64; k++)
        for (v = 0; v < (k < 63 ? 1 : 6); v++) {
            char buf[8];
            size_t n = bit_letter(k, v, buf);
            rc = lex->word_boundary_jit
                ? pcre2_jit_match(lex->word_boundary, (PCRE2_SPTR)buf, n, 0,
                                  0, md, lex->pcre_match)
                : pcre2_match(lex->word_boundary, (PCRE2_SPTR)buf, n, 0,
                              PCRE2_NO_UTF_CHECK, md, lex->pcre_match);
            if (rc >= 0 && k < 63)
                word->lo |= UINT64_C(1) << k;
            else if (rc >= 0)
                word->hi |= UINT64_C(1) << v;
        }
    pcre2_match_data_free(md);
    return 0;
}

/* The letter masks of pattern entry EN: read from the pattern's text
 * (prefix.c), or, for syntax that reader does not follow, found by the
 * probes (first_letters).  -1 when out of memory. */
static int pattern_masks(loader *ld, qawlp_entry *en)
{
    qawl_lexicon *lex = ld->lex;
    size_t skip = en->word_start ? 2 : 0;   /* RE lacks the leading \b */
    int rc, limited = 0;

    /* a file of patterns defines no clitic: both are found once */
    if (!ld->word_known) {
        if (word_symbols(lex, &ld->word))
            return -1;
        ld->clitics = clitic_bits(lex);
        ld->word_known = 1;
    }
    en->second = qawlp_calloc(64, sizeof *en->second);
    if (en->second == NULL)
        return -1;
    rc = qawlp_prefix_masks(en->form + skip, strlen(en->form) - skip,
                            ld->word, ld->clitics, &en->first,
                            en->second, &en->third, &en->prefix);
    if (rc <= 0)
        return rc;
    qawlp_free(en->second);
    en->second = NULL;
    return first_letters(lex, en, &limited);
}

/* Whether the first two letter masks of X are within those of Y. */
static int within_masks(const qawlp_entry *x, const qawlp_entry *y)
{
    size_t a;

    if ((x->first & ~y->first) != 0)
        return 0;
    for (a = 0; a < 64; a++)
        if ((x->second[a] & ~y->second[a]) != 0)
            return 0;
    return 1;
}

/* Whether entries X and Y have the same letter masks. */
static int same_masks(const qawlp_entry *x, const qawlp_entry *y)
{
    size_t a, pairs = 0;

    if (x->first != y->first || x->second == NULL || y->second == NULL ||
        x->third == NULL || y->third == NULL ||
        memcmp(x->second, y->second, 64 * sizeof *x->second) != 0)
        return 0;
    for (a = 0; a < 64; a++)
        pairs += bit_count(x->second[a]);
    return memcmp(x->third, y->third, (64 + pairs) * sizeof *x->third) == 0;
}

int qawlp_lexicon_check_masks(qawl_lexicon *lex, size_t *nread)
{
    qawlp_symset word;
    size_t i;
    int differ = 0;

    *nread = 0;
    if (lex->patterns.n > 0 && word_symbols(lex, &word))
        return -1;
    for (i = 0; i < lex->patterns.n && differ >= 0; i++) {
        const qawlp_entry *en = &lex->entries.v[lex->patterns.v[i]];
        size_t skip = en->word_start ? 2 : 0;
        qawlp_entry probed = *en, read = *en;
        int rc, limited = 0;
        probed.second = probed.third = NULL;
        read.third = NULL;
        read.second = qawlp_calloc(64, sizeof *read.second);
        rc = read.second == NULL ? -1
           : qawlp_prefix_masks(en->form + skip, strlen(en->form) - skip,
                                word, clitic_bits(lex), &read.first,
                                read.second, &read.third, NULL);
        if (rc < 0 || first_letters(lex, &probed, &limited))
            differ = -1;
        else if (rc == 0 ? !same_masks(&read, en) ||
                               !(limited ? within_masks(&read, &probed)
                                         : same_masks(&read, &probed))
                         : !same_masks(&probed, en))
            differ++;
        *nread += rc == 0;
        qawlp_free(probed.second);
        qawlp_free(probed.third);
        qawlp_free(read.second);
        qawlp_free(read.third);
    }
    return differ;
}

/* Whether RE was JIT-compiled (then pcre2_jit_match may run it). */
static uint8_t jit_ready(pcre2_code *re)
{
    size_t size = 0;

    return pcre2_pattern_info(re, PCRE2_INFO_JITSIZE, &size) == 0 &&
           size > 0;
}

/* Adds the pattern entry FIELD (/.../, already cut from its attributes)
 * with TEMPLATE's attributes. */
static qawl_status add_pattern(loader *ld, const char *line, char *field,
                               const qawlp_entry *t)
{
    qawl_lexicon *lex = ld->lex;
    size_t len = strlen(field), *map = NULL;
    qawlp_buf src = {0};
    pcre2_code *re = NULL;
    qawlp_entry *en;
    qawl_status st;
    uint8_t word_start;
    int same;

    if (strcmp(ld->def->kind, "stance") != 0 &&
        strcmp(ld->def->kind, "stance_modifiers") != 0)
        return fail(ld, line, field,
                    "pattern entries are allowed only in the stance files");
    if (len < 3 || field[len - 1] != '/')
        return fail(ld, line, field + len,
                    "a pattern entry is /pattern/, with no variants");
    if (pcre_contexts(lex) || fold_pattern(field + 1, len - 2, &src, &map)) {
        qawlp_buf_free(&src);
        qawlp_free(map);
        return nomem(ld);
    }
    st = compile_pattern(ld, line, field, &src, map, &re, &word_start);
    qawlp_free(map);
    if (st != QAWL_OK) {
        qawlp_buf_free(&src);
        return st;
    }

    same = same_pattern(ld, src.data);
    if (same >= 0 && lex->entries.v[same].file == ld->file) {
        pcre2_code_free(re);
        qawlp_buf_free(&src);
        return fail(ld, line, field,
                    "duplicate entry '%s' (the same after folding)", field);
    }
    if (same >= 0) {        /* a user file replaces the shipped pattern */
        en = &lex->entries.v[same];
        pcre2_code_free(en->re);
        qawlp_free(en->second);
        qawlp_free(en->third);
        qawlp_prefix_free(en->prefix);
        en->second = NULL;
        en->third = NULL;
        en->prefix = NULL;
        en->re = re;
        en->word_start = word_start;
        if (pattern_masks(ld, en))
            return nomem(ld);
        en->section = t->section;
        en->weight = t->weight;
        en->factor = t->factor;
        en->scope = t->scope;
        en->frame = t->frame;
        en->file = t->file;
        en->line = t->line;
        qawlp_buf_free(&src);
        return QAWL_OK;
    }
    en = QAWLP_PUSH(lex->entries);
    if (en == NULL || QAWLP_PUSH(lex->patterns) == NULL) {
        if (en != NULL)
            lex->entries.n--;
        pcre2_code_free(re);
        qawlp_buf_free(&src);
        return nomem(ld);
    }
    *en = *t;
    en->target = NULL;
    en->prep = NULL;
    en->prefix = NULL;
    en->re = re;
    en->word_start = word_start;
    en->form = lex_strndup(lex, src.data, src.len);
    qawlp_buf_free(&src);
    en->written = lex_strdup(lex, field);
    lex->patterns.v[lex->patterns.n - 1] = (int)(lex->entries.n - 1);
    if (en->form == NULL || en->written == NULL || (t->target &&
        (en->target = lex_strdup(lex, t->target)) == NULL) ||
        pattern_masks(ld, en))
        return nomem(ld);
    return QAWL_OK;
}

/* ------------------------------------------------------ namelike.txt */

/* The cell of LEX->namelike holding form FORM (LEN bytes), or the free
 * cell where it would go (then *FOUND is 0).  The table is never full.
 * In line: asked at every namelike line of the load and for the words of
 * names, the call cost a third of the look-up. */
static inline __attribute__((always_inline)) size_t
namelike_cell(const qawl_lexicon *lex, const char *form,
              size_t len, int *found)
{
    size_t i = (size_t)hash_bytes(form, len) & (lex->namelike_cells - 1);

    while (lex->namelike[i] != 0) {
        const qawlp_entry *en = &lex->entries.v[lex->namelike[i] - 1];
        if ((en->key_len[0] < 0xFFFF ? en->key_len[0] : strlen(en->form)) ==
                len &&
            qawlp_same_short(en->form, form, len)) {
            *found = 1;
            return i;
        }
        i = (i + 1) & (lex->namelike_cells - 1);
    }
    *found = 0;
    return i;
}

/* Doubles the namelike table (or makes it), as often as it takes for FIT
 * forms to leave it at most half full. */
static int namelike_grow(qawl_lexicon *lex, size_t fit)
{
    int *old = lex->namelike;
    size_t oldn = lex->namelike_cells, i, cell;
    int found;

    if (fit * 2 <= lex->namelike_cells)
        return 0;
    lex->namelike_cells = oldn ? oldn * 2 : 4096;
    while (fit * 2 > lex->namelike_cells)
        lex->namelike_cells *= 2;
    lex->namelike = qawlp_calloc(lex->namelike_cells, sizeof *lex->namelike);
    if (lex->namelike == NULL) {
        lex->namelike = old;
        lex->namelike_cells = oldn;
        return -1;
    }
    for (i = 0; i < oldn; i++) {
        if (old[i] == 0)
            continue;
        {
            const char *f = lex->entries.v[old[i] - 1].form;
            cell = namelike_cell(lex, f, strlen(f), &found);
            lex->namelike[cell] = old[i];
        }
    }
    qawlp_free(old);
    return 0;
}

/* Adds one form of namelike.txt: a single word (a whole token of the
 * text), kept out of the token index so that it changes no match of the
 * other files; a user file's form replaces the same form. */
static qawl_status add_namelike(loader *ld, const char *line,
                                const char *form, size_t flen,
                                const qawlp_entry *t)
{
    qawl_lexicon *lex = ld->lex;
    const unsigned char *p;
    size_t cell;
    qawlp_entry *en;
    int found, split;

    if (fold_form(ld, form, flen))
        return nomem(ld);
    if (ld->fold.len == 0)
        return fail(ld, line, form, "entry is empty after folding");
    /* One token: a space or a letter the tokenizer splits at would make
     * a form no token ever has. */
    p = word_split((const unsigned char *)ld->fold.data, ld->fold.len, 0, &split);
    if (p != NULL) {
        char what[8] = {0};
        memcpy(what, p, (size_t)split);
        return fail(ld, line, form,
                    "a namelike form is one word: '%s' splits it", what);
    }
    /* the table was made for the file's lines (reserve_lines): the
     * call is for a file that outgrew it */
    if ((lex->namelike_used + 1) * 2 > lex->namelike_cells &&
        namelike_grow(lex, lex->namelike_used + 1))
        return nomem(ld);
    cell = namelike_cell(lex, ld->fold.data, ld->fold.len, &found);
    if (found) {
        en = &lex->entries.v[lex->namelike[cell] - 1];
        if (en->file == ld->file || !ld->replace) {
            char shown[128];
            snprintf(shown, sizeof shown, "%.*s", (int)flen, form);
            return fail(ld, line, form,
                        "duplicate entry '%s' (the same after folding)",
                        shown);
        }
        en->section = t->section;
        en->name_count = t->name_count;
        en->other_count = t->other_count;
        en->file = t->file;
        en->line = t->line;
        return QAWL_OK;
    }
    en = push_entry(lex, t);
    if (en == NULL)
        return nomem(ld);
    en->target = NULL;
    en->written = lex_strndup(lex, form, flen);
    en->form = folded_copy(lex, en->written, flen, &ld->fold);
    if (en->form == NULL || en->written == NULL)
        return nomem(ld);
    /* a namelike entry has no keys: KEY_LEN[0] holds its form's length,
     * which namelike_cell compares first */
    en->key_len[0] = ld->fold.len < 0xFFFF ? (uint16_t)ld->fold.len : 0xFFFF;
    lex->namelike[cell] = (int)lex->entries.n;
    lex->namelike_used++;
    return QAWL_OK;
}

/* The namelike entry of FORM (LEN bytes), or NULL. */
static const qawlp_entry *namelike_entry(const qawl_lexicon *lex,
                                         const char *form, size_t len)
{
    size_t cell;
    int found;

    if (lex == NULL || lex->namelike_cells == 0 || len == 0)
        return NULL;
    cell = namelike_cell(lex, form, len, &found);
    return found ? &lex->entries.v[lex->namelike[cell] - 1] : NULL;
}

unsigned long qawlp_namelike_form_uses(const qawl_lexicon *lex,
                                       const char *form, size_t len)
{
    const qawlp_entry *en = namelike_entry(lex, form, len);

    return en ? (unsigned long)en->name_count + en->other_count : 0;
}

qawlp_namelike qawlp_namelike_class(const qawl_lexicon *lex, const char *form,
                                    size_t len, double *share)
{
    const qawlp_entry *en;
    size_t cell;
    int found;

    if (share)
        *share = -1;
    if (lex == NULL || lex->namelike_cells == 0 || len == 0)
        return QAWLP_NAMELIKE_UNKNOWN;
    cell = namelike_cell(lex, form, len, &found);
    if (!found)
        return QAWLP_NAMELIKE_UNKNOWN;
    en = &lex->entries.v[lex->namelike[cell] - 1];
    if (share && en->name_count + (double)en->other_count > 0)
        *share = en->name_count /
                 ((double)en->name_count + (double)en->other_count);
    return en->section == QAWLP_SEC_NAMELIKE ? QAWLP_NAMELIKE_NAME
                                              : QAWLP_NAMELIKE_NOT_NAME;
}

/* Parses LINE, N bytes (no NUL among them) and then a NUL. */
static qawl_status parse_line(loader *ld, char *line, size_t n)
{
    qawlp_entry t;
    char *attrs, *c, *f;
    size_t k;
    qawl_status st;

    if (n && line[n - 1] == '\r')
        line[--n] = '\0';
    if (n >= 2 && line[0] == '#' && line[1] == '+')
        return parse_header(ld, line);
    if (n == 0 || line[0] == '#')
        return QAWL_OK;
    if (ld->def == NULL)
        return fail(ld, line, line, "entry before the '#+kind:' header");
    /* the first " # " cuts a comment off: found from its '#', which
     * most lines lack (strstr would start over at every space) */
    for (c = memchr(line, '#', n); c != NULL;
         c = memchr(c + 1, '#', n - (size_t)(c + 1 - line))) {
        if (c > line && c[-1] == ' ' && c[1] == ' ') {
            c[-1] = '\0';
            n = (size_t)(c - 1 - line);
            break;
        }
    }
    while (n && (line[n - 1] == ' ' || line[n - 1] == '\t'))
        line[--n] = '\0';
    if (line[0] == '[') {
        char *end = strchr(line, ']');
        if (end == NULL || end[1] != '\0')
            return fail(ld, line, line, "malformed section line '%s'", line);
        *end = '\0';
        for (k = 0; ld->def->sections[k].name; k++) {
            if (strcmp(ld->def->sections[k].name, line + 1) == 0) {
                ld->section = &ld->def->sections[k];
                return QAWL_OK;
            }
        }
        return fail(ld, line, line + 1, "unknown section [%s]", line + 1);
    }
    if (ld->section == NULL)
        return fail(ld, line, line, "entry before any [section] line");

    memset(&t, 0, sizeof t);
    t.section = (uint8_t)ld->section->section;
    t.file = ld->file;
    t.line = ld->line;
    t.next = -1;
    attrs = memchr(line, '\t', n);
    if (attrs)
        *attrs++ = '\0';
    st = parse_attrs(ld, line, attrs, &t);
    if (st == QAWL_OK)
        st = check_weight(ld, line, &t);
    if (st == QAWL_OK)
        st = check_role(ld, line, &t);
    if (st != QAWL_OK)
        return st;
    if (line[0] == '\0' || line[0] == ' ')
        return fail(ld, line, line, "empty entry");
    if (line[0] == '/')
        return add_pattern(ld, line, line, &t);
    if (attrs)
        n = (size_t)(attrs - 1 - line);    /* the forms field's length */
    for (f = line; st == QAWL_OK;) {
        /* the form runs to the next | or the end of the forms field */
        const char *bar = memchr(f, '|', (size_t)(line + n - f));
        size_t flen = bar ? (size_t)(bar - f) : (size_t)(line + n - f);
        if (flen == 0 || f[0] == ' ' || f[flen - 1] == ' ')
            return fail(ld, line, f, "empty or space-padded form");
        {
            /* within this form only: most have no space at all, and
             * strstr would scan the rest of the line */
            const char *dbl = memchr(f, ' ', flen);
            while (dbl && dbl + 1 < f + flen && dbl[1] != ' ')
                dbl = memchr(dbl + 1, ' ', (size_t)(f + flen - dbl - 1));
            if (dbl && dbl + 1 < f + flen)
                return fail(ld, line, dbl + 1, "empty word in a multi-word form");
        }
        if (t.section <= QAWLP_SEC_ARTICLE)
            st = add_clitic(ld, line, &t, f, flen);
        else if (t.section == QAWLP_SEC_NAMELIKE ||
                 t.section == QAWLP_SEC_NOT_NAME)
            st = add_namelike(ld, line, f, flen, &t);
        else
            st = add_form(ld, line, f, flen, &t);
        if (f[flen] == '\0')
            break;
        f += flen + 1;
    }
    return st;
}

static const char *intern_file(qawl_lexicon *lex, const char *path)
{
    char **slot = QAWLP_PUSH(lex->files);

    if (slot == NULL)
        return NULL;
    *slot = qawlp_strdup(path);
    if (*slot == NULL)
        lex->files.n--;
    return *slot;
}

/* Whether link X comes before link Y in a slot's array: by section,
 * then (within a group) the most words first, then the latest entry. */
static int link_before(const qawlp_link *x, const qawlp_link *y)
{
    if (x->section != y->section)
        return x->section < y->section;
    if (x->nwords != y->nwords)
        return x->nwords > y->nwords;
    return x->entry > y->entry;
}

/* Sorts the N links at L by link_before (an insertion sort: most chains
 * hold a few entries). */
static void sort_by_section(qawlp_link *l, size_t n)
{
    size_t i, j;

    for (i = 1; i < n; i++) {
        qawlp_link x = l[i];
        for (j = i; j > 0 && link_before(&x, &l[j - 1]); j--)
            l[j] = l[j - 1];
        l[j] = x;
    }
}

/* Rebuilds lex->links, every slot's chain as an array grouped by section
 * (a user file may add entries or change an entry's section): once the
 * shipped files are read, and after each user file.  Within a group the
 * entries of most words come first, the latest first among equals (the
 * chain runs from its latest entry to its earliest): longest_in_slot
 * then stops at a group's first match.  Returns 0 or -1 (nomem:
 * lex->links is then NULL, and the chains are walked). */
static int index_links(qawl_lexicon *lex)
{
    size_t i, n;
    qawlp_link *links;

    qawlp_free(lex->links);
    lex->links = NULL;
    /* a link per indexed entry: at most one per entry, which saves a
     * first walk of every chain to count them (namelike and pattern
     * entries are in no chain: room for them is left unused) */
    n = lex->entries.n;
    links = qawlp_malloc((n ? n : 1) * sizeof *links);
    if (links == NULL)
        return -1;
    n = 0;
    for (i = 0; i < lex->nslots; i++) {
        qawlp_slot *s = &lex->slots[i];
        size_t k;
        int e;
        if (s->key == NULL)
            continue;
        s->link = (uint32_t)n;
        for (e = s->first; e >= 0; e = lex->entries.v[e].next) {
            const qawlp_entry *en = &lex->entries.v[e];
            long at = en->nwords > 1
                          ? slot_index(lex, en->key[1],
                                       en->key_len[1] < 0xFFFF
                                           ? en->key_len[1]
                                           : strlen(en->key[1]))
                          : -1;
            links[n].entry = e;
            links[n].section = (uint8_t)en->section;
            links[n].nwords = (uint8_t)en->nwords;
            links[n].next_slot = at >= 0 ? (int32_t)at : -1;
            links[n].next_len = (uint8_t)(en->nwords < 2 ||
                                          en->key_len[1] >= 63
                                              ? 63 : en->key_len[1]);
            links[n].next_tag =
                en->nwords < 2 || en->key_len[1] < 2
                    ? 64 : (uint8_t)((unsigned char)en->key[1][1] & 63);
            n++;
        }
        s->nlinks = (uint32_t)(n - s->link);
        sort_by_section(links + s->link, s->nlinks);
        for (k = s->nlinks; k-- > 0;) {
            qawlp_link *l = &links[s->link + k];
            l->run = (uint16_t)(k + 1 < s->nlinks &&
                                l[1].section == l->section && l[1].run < 0xFFFF
                                    ? l[1].run + 1 : 1);
        }
    }
    lex->links = links;
    return 0;
}

/* The third-letter mask of pattern entry EN after the letter bits A, B
 * (a pair it can begin with): all ones where not refined. */
static uint64_t third_mask(const qawlp_entry *en, int a, int b)
{
    if (en->third == NULL)          /* its probes ran out of memory */
        return ~UINT64_C(0);
    return en->third[en->third[a] +
                     bit_count(en->second[a] & ((UINT64_C(1) << b) - 1))];
}

/* The bit of each letter of the probe of bits A B C D (bit 63: a space)
 * into BUF; the probe's length. */
static size_t probe_text(const int *bits, char *buf)
{
    size_t n = 0;
    int k;

    for (k = 0; k < 4; k++)
        n += bit_letter(bits[k], 5, buf + n);   /* variant 5: the space */
    return n;
}

/* Probes pattern entry EN with four letters or spaces, the first three a
 * path of its masks (at most NPATHS of them), the fourth any: the counts
 * of probes where prefix.c's automaton says no and PCRE2 yes (*WRONG)
 * and the reverse (*MORE).  -1 when out of memory, else the probes. */
static long probe_entry(const qawl_lexicon *lex, const qawlp_entry *en,
                        pcre2_match_data *md, qawlp_prefix_scratch *ws,
                        size_t npaths, size_t *wrong, size_t *more)
{
    int b[4];
    long probes = 0;
    size_t paths = 0;

    for (b[0] = 0; b[0] < 64; b[0]++) {
        uint64_t m2 = en->first >> b[0] & 1 ? en->second[b[0]] : 0;
        for (b[1] = 0; b[1] < 64 && paths < npaths; b[1]++) {
            uint64_t m3;
            int taken = 0;
            if (!(m2 >> b[1] & 1))
                continue;
            m3 = third_mask(en, b[0], b[1]);
            for (b[2] = 0; b[2] < 64 && taken < 2; b[2]++) {
                if (!(m3 >> b[2] & 1))
                    continue;
                taken++;
                paths++;
                for (b[3] = 0; b[3] < 64; b[3]++) {
                    char buf[32];
                    size_t n = probe_text(b, buf);
                    int limited = 0,
                        pcre = can_begin(en->re, buf, n, md,
                                         lex->pcre_match, &limited),
                        read = qawlp_prefix_can_begin(en->prefix, buf, n,
                                                      ws);
                    *wrong += pcre && !limited && !read;
                    *more += read && !pcre;
                    probes++;
                }
            }
        }
    }
    return probes;
}

long qawlp_lexicon_check_probes(qawl_lexicon *lex, size_t npaths,
                                size_t *wrong, size_t *more)
{
    pcre2_match_data *md = pcre2_match_data_create(1, lex->pcre_general);
    qawlp_prefix_scratch *ws = qawlp_prefix_scratch_new();
    long probes = md != NULL && ws != NULL ? 0 : -1;
    size_t i;

    *wrong = *more = 0;
    for (i = 0; i < lex->patterns.n && probes >= 0; i++) {
        const qawlp_entry *en = &lex->entries.v[lex->patterns.v[i]];
        if (en->prefix != NULL && en->second != NULL)
            probes += probe_entry(lex, en, md, ws, npaths, wrong, more);
    }
    pcre2_match_data_free(md);
    qawlp_prefix_scratch_free(ws);
    return probes;
}

/* The symbols of check_musts' subjects: the letters and others of
 * tests/check_lexicon.c's random patterns. */
static const char *const must_symbols[] = {
    "و", "ف", "ب", "ل", "ك", "ا", "س", "ن", "ت", "ي", "م", "ه", "ر",
    " ", "a", "0", "_", ".", "-"};

long qawlp_lexicon_check_musts(qawl_lexicon *lex, unsigned long seed,
                               size_t nsubjects, size_t *wrong)
{
    pcre2_match_data *md = pcre2_match_data_create(1, lex->pcre_general);
    long matched = md != NULL ? 0 : -1;
    size_t i, j;

    *wrong = 0;
    for (i = 0; i < lex->patterns.n && matched >= 0; i++) {
        const qawlp_entry *en = &lex->entries.v[lex->patterns.v[i]];
        int n = en->prefix ? qawlp_prefix_nmust(en->prefix) : 0, k, held;
        for (j = 0; j < nsubjects && n > 0; j++) {
            char subject[64];
            size_t len = 0, m, c = 1 + (seed >> 40) % 10;
            for (; c > 0; c--) {
                const char *sym;
                seed = seed * 6364136223846793005UL + 1442695040888963407UL;
                sym = must_symbols[(seed >> 33) % (sizeof must_symbols /
                                                   sizeof must_symbols[0])];
                memcpy(subject + len, sym, strlen(sym));
                len += strlen(sym);
            }
            if (pcre2_match(en->re, (PCRE2_SPTR)subject, len, 0, 0, md,
                            lex->pcre_match) < 0)
                continue;
            matched++;
            for (k = 0, held = 0; k < n && !held; k++) {
                const char *must = qawlp_prefix_must(en->prefix, k, &m);
                held = qawlp_find(subject, len, must, m) != NULL;
            }
            *wrong += !held;
        }
    }
    pcre2_match_data_free(md);
    return matched;
}

static void pattern_memo_reset(qawl_lexicon *lex);

/* The bytes of each string a pattern requires (holds_must) from which it
 * is never JIT-compiled (pattern_jit_reset): two letters.  Such a
 * pattern runs only where its subject holds one of them, rarely, and the
 * interpreter's few runs cost less than a compile (some 70 runs): over
 * the bench's fixed set the 19 such shipped patterns ran 212 times in
 * all, the 8 others some 1,380. */
#define MUST_INTERPRET 4

/* Whether pattern entry EN requires strings (holds_must) of at least
 * MUST_INTERPRET bytes each: it then runs rarely enough to be left to
 * the interpreter. */
static int rarely_run(const qawlp_entry *en)
{
    int k, n = en->prefix ? qawlp_prefix_nmust(en->prefix) : 0;
    size_t len;

    for (k = 0; k < n; k++)
        if (qawlp_prefix_must(en->prefix, k, &len) == NULL ||
            len < MUST_INTERPRET)
            return 0;
    return n > 0;
}

/* Drops the JIT-compiled copies of LEX's patterns (pattern_code). */
static void pattern_jit_free(qawl_lexicon *lex)
{
    size_t i;

    for (i = 0; i < lex->npattern_jit; i++)
        pcre2_code_free(atomic_load(&lex->pattern_jit[i].code));
    qawlp_free(lex->pattern_jit);
    lex->pattern_jit = NULL;
    lex->npattern_jit = 0;
}

/* The JIT table made anew for LEX's patterns, none compiled: when they
 * are indexed, before any scan.  0, or -1 (nomem). */
static int pattern_jit_reset(qawl_lexicon *lex)
{
    size_t i, n = lex->patterns.n;

    pattern_jit_free(lex);
    lex->pattern_jit = qawlp_malloc((n ? n : 1) * sizeof *lex->pattern_jit);
    if (lex->pattern_jit == NULL)
        return -1;
    for (i = 0; i < n; i++) {
        const qawlp_entry *en = &lex->entries.v[lex->patterns.v[i]];
        atomic_init(&lex->pattern_jit[i].code, NULL);
        atomic_init(&lex->pattern_jit[i].interpret, rarely_run(en));
    }
    lex->npattern_jit = n;
    return 0;
}

/* Rebuilds lex->by_pair from the pattern entries' letter masks (a user
 * file may add or replace patterns): once the shipped files are read,
 * and after each user file.  Returns 0 or -1 (nomem). */
static int index_patterns(qawl_lexicon *lex)
{
    size_t i, total = 0;
    uint32_t *at = qawlp_calloc(64 * 64 + 1, sizeof *at), *fill = NULL;
    qawlp_pair_entry *list = NULL;
    int k, a;
    uint64_t bits;

    if (at != NULL)
        fill = qawlp_malloc(64 * 64 * sizeof *fill);
    if (fill == NULL) {
        qawlp_free(at);
        return -1;
    }
    /* each pair a pattern can begin with: the bits set in its masks,
     * one by one (a mask holds a few of its 64) */
    for (i = 0; i < lex->patterns.n; i++) {
        const qawlp_entry *en = &lex->entries.v[lex->patterns.v[i]];
        for (a = 0; a < 64 && en->second != NULL; a++)
            for (bits = en->second[a]; bits != 0; bits &= bits - 1) {
                at[64 * a + (int)bit_count((bits & (0 - bits)) - 1) + 1]++;
                total++;
            }
    }
    for (k = 0; k < 64 * 64; k++) {
        fill[k] = at[k];
        at[k + 1] += at[k];
    }
    list = qawlp_malloc((total ? total : 1) * sizeof *list);
    if (list == NULL) {
        qawlp_free(at);
        qawlp_free(fill);
        return -1;
    }
    lex->pattern_sections = 0;
    for (i = 0; i < lex->patterns.n; i++) {  /* pattern order kept */
        const qawlp_entry *en = &lex->entries.v[lex->patterns.v[i]];
        lex->pattern_sections |= QAWLP_BIT(en->section);
        for (a = 0; a < 64 && en->second != NULL; a++)
            for (bits = en->second[a]; bits != 0; bits &= bits - 1) {
                qawlp_pair_entry *p;
                k = 64 * a + (int)bit_count((bits & (0 - bits)) - 1);
                p = &list[fill[k]++];
                p->entry = lex->patterns.v[i];
                p->pattern = (uint32_t)i;
                p->section = (uint32_t)en->section;
                p->third = third_mask(en, a, k % 64);
            }
    }
    qawlp_free(fill);
    if (pattern_jit_reset(lex)) {
        qawlp_free(at);
        qawlp_free(list);
        return -1;
    }
    qawlp_free(lex->by_pair);
    qawlp_free(lex->by_pair_at);
    lex->by_pair = list;
    lex->by_pair_at = at;
    pattern_memo_reset(lex);    /* the pairs may have new candidates */
    return 0;
}

/* The largest lexicon file read (the shipped ones are under 100 KB; a
 * user's gazetteer may be large, a device or a runaway file is not). */
#define LEXICON_MAX_BYTES ((off_t)64 << 20)

/* Opens PATH for reading into *FP when it is a regular file of at most
 * LEXICON_MAX_BYTES, whose size goes to *SIZE: /dev/zero would be read forever and a FIFO would
 * wait for a writer. */
static qawl_status open_lexicon(const char *path, FILE **fp, size_t *size,
                                qawl_error *err)
{
    struct stat st;
    /* O_NONBLOCK: opening a FIFO must not wait for a writer */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    qawl_status rc = QAWL_OK;

    *fp = NULL;
    if (fd < 0)
        return qawlp_error_set(err, QAWL_ERR_IO, path, 0, 0, 0,
                               "cannot open: %s", strerror(errno));
    if (fstat(fd, &st) != 0)
        rc = qawlp_error_set(err, QAWL_ERR_IO, path, 0, 0, 0,
                             "cannot read: %s", strerror(errno));
    else if (!S_ISREG(st.st_mode))
        rc = qawlp_error_set(err, QAWL_ERR_IO, path, 0, 0, 0,
                             "not a regular file (a lexicon is a text file "
                             "of at most %d MiB)",
                             (int)(LEXICON_MAX_BYTES >> 20));
    else if (st.st_size > LEXICON_MAX_BYTES)
        rc = qawlp_error_set(err, QAWL_ERR_IO, path, 0, 0, 0,
                             "larger than %d MiB: not a lexicon file",
                             (int)(LEXICON_MAX_BYTES >> 20));
    else if ((*fp = fdopen(fd, "rb")) == NULL)
        rc = qawlp_error_set(err, QAWL_ERR_IO, path, 0, 0, 0,
                             "cannot read: %s", strerror(errno));
    if (*fp == NULL)
        close(fd);
    else
        *size = (size_t)st.st_size;    /* read_whole's first guess */
    return rc;
}

/* Reads FP whole into *DATA (NUL-terminated, *LEN bytes; HINT is the
 * size the file had when opened): one read of the file rather than a getline per line (namelike.txt alone has 6,000
 * lines).  Stops one byte past LEXICON_MAX_BYTES, so that a file that
 * grew after open_lexicon looked at it is refused by the line loop. */
static int read_whole(FILE *fp, size_t hint, char **data, size_t *len)
{
    /* room for the file's size at open, its NUL and a byte more for the
     * read that finds the end: no growing unless the file grew */
    size_t cap = hint + 2, n = 0, got;
    char *d = qawlp_malloc(cap), *nd;

    if (d == NULL)
        return -1;
    for (;;) {
        if (cap - n < 2) {
            nd = qawlp_realloc(d, cap * 2);
            if (nd == NULL) {
                qawlp_free(d);
                return -1;
            }
            d = nd;
            cap *= 2;
        }
        got = fread(d + n, 1, cap - n - 1, fp);
        n += got;
        if (got == 0 || n > (size_t)LEXICON_MAX_BYTES)
            break;
    }
    d[n] = '\0';
    *data = d;
    *len = n;
    return 0;
}

/* Above this many lines (the shipped files have at most 6,300) a file's
 * tables grow as it is read, not at once: a user's file of comments or
 * empty lines must not reserve room for entries it never adds. */
#define RESERVE_MAX_LINES (1 << 16)

/* Makes room, before LD's file (LINES lines) is read, for an entry per
 * line in the tables its kind fills: each grows at once instead of
 * doubling and rehashing as it fills.  A failure is left to the adds. */
static void reserve_lines(loader *ld, size_t lines)
{
    qawl_lexicon *lex = ld->lex;

    if (lines > RESERVE_MAX_LINES)
        return;
    (void)qawlp_reserve((void **)&lex->entries.v, &lex->entries.cap,
                        lex->entries.n + lines, sizeof *lex->entries.v);
    if (ld->def == NULL)
        return;
    if (strcmp(ld->def->kind, "namelike") == 0)
        (void)namelike_grow(lex, lex->namelike_used + lines);
    else if ((lex->used + lines) * 2 > lex->nslots)
        (void)grow_slots(lex, lex->used + lines);
}

/* The number of lines of the N bytes at DATA (the last may lack its
 * newline).  Counted sixteen bytes at a time where SSE2 is at hand: a
 * memchr per line cost more than the compare of the whole file, lines
 * being some 36 bytes long. */
static size_t count_lines(const char *data, size_t n)
{
    size_t lines = 1, i = 0;

#ifdef __SSE2__
    const __m128i nl = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();

    while (n - i >= 16) {
        /* each byte lane counts its newlines down from 0 (a match is -1),
         * for at most 255 blocks before the lanes are summed */
        __m128i acc = zero;
        size_t k;
        for (k = 0; k < 255 && n - i >= 16; k++, i += 16)
            acc = _mm_add_epi8(acc, _mm_cmpeq_epi8(
                _mm_loadu_si128((const __m128i *)(const void *)(data + i)),
                nl));
        acc = _mm_sad_epu8(_mm_sub_epi8(zero, acc), zero);
        lines += (size_t)_mm_cvtsi128_si32(acc) +
                 (size_t)_mm_cvtsi128_si32(_mm_srli_si128(acc, 8));
    }
#endif
    for (; i < n; i++)
        lines += data[i] == '\n';
    return lines;
}

/* Loads one file; DEF may be NULL (then the #+kind: header decides). */
static qawl_status load_file(qawl_lexicon *lex, const char *path,
                             const file_def *def, int replace,
                             qawl_error *err)
{
    loader ld;
    FILE *fp;
    char *data = NULL, *line, *next, *end, *valid, *nul;
    size_t size = 0, read = 0, got, hint = 0;
    qawl_status st = QAWL_OK;

    memset(&ld, 0, sizeof ld);
    ld.lex = lex;
    ld.def = def;
    ld.err = err;
    ld.replace = replace;
    ld.file = intern_file(lex, path);
    if (ld.file == NULL)
        return qawlp_error_set(err, QAWL_ERR_NOMEM, path, 0, 0, 0,
                               "out of memory");
    st = open_lexicon(path, &fp, &hint, err);
    if (st != QAWL_OK)
        return st;
    if (read_whole(fp, hint, &data, &size)) {
        fclose(fp);
        return qawlp_error_set(err, QAWL_ERR_NOMEM, path, 0, 0, 0,
                               "out of memory");
    }
    /* UTF-8 and NUL bytes are checked over the whole file once; only
     * the line holding the first bad byte is checked again, for its
     * column (a sequence never spans a '\n', so the two agree) */
    valid = data + qawlp_utf8_validate(data, size);
    nul = memchr(data, '\0', size);
    if (nul == NULL)
        nul = data + size;
    reserve_lines(&ld, count_lines(data, size));
    /* each line is cut in place: '\n' becomes the NUL parse_line wants */
    for (next = data, end = data + size; st == QAWL_OK && next < end;) {
        size_t bad;
        char *nl = memchr(next, '\n', (size_t)(end - next));
        line = next;
        got = nl ? (size_t)(nl + 1 - next) : (size_t)(end - next);
        next += got;
        read += got;
        if (read > (size_t)LEXICON_MAX_BYTES) {   /* it grew while read */
            st = qawlp_error_set(err, QAWL_ERR_IO, path, ld.line, 0, 0,
                                 "larger than %d MiB: not a lexicon file",
                                 (int)(LEXICON_MAX_BYTES >> 20));
            break;
        }
        ld.line++;
        if (got > 0 && line[got - 1] == '\n')
            line[--got] = '\0';
        bad = line + got > valid ? qawlp_utf8_validate(line, got) : got;
        if (bad < got) {
            st = fail(&ld, line, line + bad, "invalid UTF-8");
            break;
        }
        /* the format has no BOM (lexicons/README.md): say so, rather
         * than let it become part of the first entry or header */
        if (ld.line == 1 && got >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
            st = fail(&ld, line, line,
                      "byte order mark (U+FEFF) at the start: save the file "
                      "as UTF-8 without BOM");
            break;
        }
        if (line + got > nul && strlen(line) != got) {
            st = fail(&ld, line, line + strlen(line), "NUL byte in line");
            break;
        }
        st = parse_line(&ld, line, got);
    }
    if (st == QAWL_OK && ferror(fp))
        st = qawlp_error_set(err, QAWL_ERR_IO, path, ld.line, 0, 0,
                             "read error");
    if (st == QAWL_OK && ld.def == NULL)
        st = qawlp_error_set(err, QAWL_ERR_LEXICON, path, 1, 1, 0,
                             "missing '#+kind:' header");
    qawlp_free(data);
    fclose(fp);
    qawlp_buf_free(&ld.fold);
    return st;
}

/* The serials given out (qawl_lexicon.serial): one for each set made
 * and each file added, never the same twice in a process. */
static _Atomic uint64_t serials;

static void new_serial(qawl_lexicon *lex)
{
    lex->serial = atomic_fetch_add(&serials, 1) + 1;
}

const char *qawl_lexicon_default_dir(void)
{
    return QAWL_LEXICON_DIR;
}

/* ---------------------------------------------------- the compiled image */

/* The shipped lexicons, parsed once at build time (analyzer/mkimage.c)
 * into QAWLP_LEXICON_IMAGE beside them: the entries, the key table and
 * its chains (qawlp_link), the namelike table, the clitics and every
 * string, after a copy of the exact bytes of each text file they came
 * from.  A load uses the image only when each text file of the directory
 * has exactly those bytes, the image was made by this build of the
 * loader (IMAGE_STAMP: a checksum of the analyzer's sources that make
 * it) and it passes every check below; anything else (no image, an
 * edited file, another build's image, a truncated or damaged one) loads
 * the text, as before.  The patterns' code is stored as PCRE2 serialises
 * it (JIT code cannot be), and their letter masks and automata as
 * image_masks writes them, used when this PCRE2 decodes the code and
 * sees \w as the build's did (else they are made again from the
 * patterns' text); their index is rebuilt. */
#include "image-stamp.h"

#define IMAGE_MAGIC "QAWLLXI3"
#define IMAGE_ENDIAN UINT32_C(0x01020304)
#define IMAGE_ALIGN 8
/* An image larger than this is no image of ours (the shipped one is
 * under 4 MiB). */
#define IMAGE_MAX_BYTES ((off_t)256 << 20)

typedef struct {
    char magic[8];
    uint32_t endian;
    uint32_t nfiles;             /* NSCHEMA */
    char stamp[64];              /* IMAGE_STAMP, NUL-padded */
    uint32_t entry_size, slot_size, link_size, clitics_size;
    uint64_t nentries, nslots, used, nlinks, npatterns;
    uint64_t namelike_cells, namelike_used, strings_len;
    uint64_t pcre_len;           /* the patterns, pcre2_serialize_encode's */
    uint64_t masks_len;          /* their masks and automata (image_masks) */
    uint64_t text_len[32];       /* each file's bytes, in schema order */
    uint64_t payload_len;        /* the bytes after this header */
    uint64_t checksum;           /* image_sum of the tables (below) */
} image_header;

_Static_assert(NSCHEMA <= 32, "image_header.text_len holds 32 files");

/* The part of struct qawl_lexicon that clitics.txt fills: plain values,
 * copied as they are. */
#define CLITICS_AT offsetof(qawl_lexicon, conj)
#define CLITICS_END offsetof(qawl_lexicon, patterns)
#define CLITICS_SIZE (CLITICS_END - CLITICS_AT)

/* The tables after the texts, in the file's order; each is padded with
 * zeros to IMAGE_ALIGN bytes. */
enum {
    SEG_ENTRIES = QAWLP_IMAGE_ENTRIES, SEG_SLOTS = QAWLP_IMAGE_SLOTS,
    SEG_LINKS = QAWLP_IMAGE_LINKS, SEG_PATTERNS = QAWLP_IMAGE_PATTERNS,
    SEG_NAMELIKE = QAWLP_IMAGE_NAMELIKE, SEG_CLITICS = QAWLP_IMAGE_CLITICS,
    SEG_STRINGS = QAWLP_IMAGE_STRINGS, SEG_PCRE = QAWLP_IMAGE_PCRE,
    SEG_MASKS = QAWLP_IMAGE_MASKS, NSEG
};

static size_t image_pad(size_t n)
{
    return (n + IMAGE_ALIGN - 1) & ~(size_t)(IMAGE_ALIGN - 1);
}

/* The tables' padded sizes, from the header's counts. */
static void seg_sizes(const image_header *h, size_t *sz)
{
    sz[SEG_ENTRIES] = image_pad((size_t)h->nentries * sizeof(qawlp_entry));
    sz[SEG_SLOTS] = image_pad((size_t)h->nslots * sizeof(qawlp_slot));
    sz[SEG_LINKS] = image_pad((size_t)h->nlinks * sizeof(qawlp_link));
    sz[SEG_PATTERNS] = image_pad((size_t)h->npatterns * sizeof(int));
    sz[SEG_NAMELIKE] = image_pad((size_t)h->namelike_cells * sizeof(int));
    sz[SEG_CLITICS] = image_pad(CLITICS_SIZE);
    sz[SEG_STRINGS] = image_pad((size_t)h->strings_len);
    sz[SEG_PCRE] = image_pad((size_t)h->pcre_len);
    sz[SEG_MASKS] = image_pad((size_t)h->masks_len);
}

/* A checksum of the tables: four running sums of 64-bit words and four
 * sums of those (Fletcher's), so that a changed, lost or moved word
 * changes it.  A guard against a damaged image, not a forged one (only
 * the build writes it, where the lexicons are installed); kept to a few
 * instructions per 32 bytes, beside the parse it saves.  The texts are
 * left out: they are compared with the files. */
typedef struct {
    uint64_t a[4], b[4];
} image_sum;

static void sum_start(image_sum *s)
{
    size_t k;

    for (k = 0; k < 4; k++) {
        s->a[k] = k + 1;
        s->b[k] = 0;
    }
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define SUM_AVX2 1

/* sum_add's 32-byte steps with AVX2, where the processor has it: the same
 * sums (a[k] takes word k of each 32 bytes, then b[k] adds a[k]), in two
 * instructions a step where SSE2 takes six (its adds cannot read
 * unaligned memory, and a step is two halves).  The image is some 4 MB:
 * 0.5 M instructions of each load.  Returns the bytes summed (a multiple
 * of 32); sum_add takes the rest. */
__attribute__((target("avx2")))
static size_t sum_add_avx2(image_sum *s, const unsigned char *p, size_t n)
{
    __m256i a = _mm256_loadu_si256((const __m256i *)(const void *)s->a),
            b = _mm256_loadu_si256((const __m256i *)(const void *)s->b);
    size_t i = 0;

    for (; i + 128 <= n; i += 128) {
        const __m256i *q = (const __m256i *)(const void *)(p + i);
        a = _mm256_add_epi64(a, _mm256_loadu_si256(q));
        b = _mm256_add_epi64(b, a);
        a = _mm256_add_epi64(a, _mm256_loadu_si256(q + 1));
        b = _mm256_add_epi64(b, a);
        a = _mm256_add_epi64(a, _mm256_loadu_si256(q + 2));
        b = _mm256_add_epi64(b, a);
        a = _mm256_add_epi64(a, _mm256_loadu_si256(q + 3));
        b = _mm256_add_epi64(b, a);
    }
    for (; i + 32 <= n; i += 32) {
        a = _mm256_add_epi64(
            a, _mm256_loadu_si256((const __m256i *)(const void *)(p + i)));
        b = _mm256_add_epi64(b, a);
    }
    _mm256_storeu_si256((__m256i *)(void *)s->a, a);
    _mm256_storeu_si256((__m256i *)(void *)s->b, b);
    return i;
}
#endif

/* Adds the N bytes at P (N a multiple of 8) to S. */
static void sum_add(image_sum *s, const unsigned char *p, size_t n)
{
    size_t i = 0, k;
    uint64_t w;

#ifdef SUM_AVX2
    if (__builtin_cpu_supports("avx2"))
        i = sum_add_avx2(s, p, n);
#endif
#ifdef __SSE2__
    __m128i a0 = _mm_loadu_si128((const __m128i *)(const void *)s->a),
            a1 = _mm_loadu_si128((const __m128i *)(const void *)(s->a + 2)),
            b0 = _mm_loadu_si128((const __m128i *)(const void *)s->b),
            b1 = _mm_loadu_si128((const __m128i *)(const void *)(s->b + 2));

    /* two blocks a step: the words of each add to the same lanes */
    for (; i + 64 <= n; i += 64) {
        const __m128i *q = (const __m128i *)(const void *)(p + i);
        a0 = _mm_add_epi64(a0, _mm_loadu_si128(q));
        a1 = _mm_add_epi64(a1, _mm_loadu_si128(q + 1));
        b0 = _mm_add_epi64(b0, a0);
        b1 = _mm_add_epi64(b1, a1);
        a0 = _mm_add_epi64(a0, _mm_loadu_si128(q + 2));
        a1 = _mm_add_epi64(a1, _mm_loadu_si128(q + 3));
        b0 = _mm_add_epi64(b0, a0);
        b1 = _mm_add_epi64(b1, a1);
    }
    for (; i + 32 <= n; i += 32) {
        const __m128i *q = (const __m128i *)(const void *)(p + i);
        a0 = _mm_add_epi64(a0, _mm_loadu_si128(q));
        a1 = _mm_add_epi64(a1, _mm_loadu_si128(q + 1));
        b0 = _mm_add_epi64(b0, a0);
        b1 = _mm_add_epi64(b1, a1);
    }
    _mm_storeu_si128((__m128i *)(void *)s->a, a0);
    _mm_storeu_si128((__m128i *)(void *)(s->a + 2), a1);
    _mm_storeu_si128((__m128i *)(void *)s->b, b0);
    _mm_storeu_si128((__m128i *)(void *)(s->b + 2), b1);
#endif
    for (; i + 32 <= n; i += 32)
        for (k = 0; k < 4; k++) {
            memcpy(&w, p + i + 8 * k, 8);
            s->a[k] += w;
            s->b[k] += s->a[k];
        }
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, p + i, 8);
        s->a[0] += w;
        s->b[0] += s->a[0];
    }
}

static uint64_t sum_end(const image_sum *s)
{
    uint64_t h = 0;
    size_t k;

    for (k = 0; k < 4; k++)
        h = (h ^ s->a[k] ^ s->b[k] << 1) * UINT64_C(0x9E3779B97F4A7C15);
    return h ^ h >> 29;
}

/* --- writing (the build's analyzer/mkimage) */

typedef struct {
    const qawlp_block **blocks;  /* LEX's string blocks, oldest first */
    size_t *at;                  /* where each begins in the image's blob */
    size_t n, len;
} string_map;

/* The offset in the blob, plus one, of string S of the lexicon (0 for
 * NULL); 0 with *BAD set for a string outside every block. */
static uint64_t string_ref(const string_map *m, const char *s, int *bad)
{
    size_t i;

    if (s == NULL)
        return 0;
    for (i = 0; i < m->n; i++)
        if (s >= m->blocks[i]->data &&
            s < m->blocks[i]->data + m->blocks[i]->used)
            return (uint64_t)(m->at[i] + (size_t)(s - m->blocks[i]->data)) + 1;
    *bad = 1;
    return 0;
}

/* Stores the reference R in the pointer-sized field at P. */
static void put_ref(void *p, uint64_t r)
{
    uintptr_t u = (uintptr_t)r;
    memcpy(p, &u, sizeof u);
}

/* Lists LEX's string blocks, oldest first, and where each goes. */
static int map_strings(const qawl_lexicon *lex, string_map *m)
{
    const qawlp_block *b;
    size_t i;

    memset(m, 0, sizeof *m);
    for (b = lex->strings; b != NULL; b = b->next)
        m->n++;
    m->blocks = qawlp_calloc(m->n ? m->n : 1, sizeof *m->blocks);
    m->at = qawlp_calloc(m->n ? m->n : 1, sizeof *m->at);
    if (m->blocks == NULL || m->at == NULL)
        return -1;
    for (i = m->n, b = lex->strings; b != NULL; b = b->next)
        m->blocks[--i] = b;
    for (i = 0; i < m->n; i++) {
        m->at[i] = m->len;
        m->len += m->blocks[i]->used;
    }
    return 0;
}

/* Entry EN as the image stores it, into OUT (zeroed): its strings as
 * references, its file as an index + 1, nothing of PCRE2's. */
static void put_entry(const qawl_lexicon *lex, const string_map *m,
                      const qawlp_entry *en, qawlp_entry *out, int *bad)
{
    size_t f, k;

    for (f = 0; f < lex->files.n && lex->files.v[f] != en->file; f++)
        ;
    out->nwords = en->nwords;
    out->section = en->section;
    out->gender = en->gender;
    out->number = en->number;
    out->clause_only = en->clause_only;
    out->verb_next = en->verb_next;
    out->voice = en->voice;
    out->present_u = en->present_u;
    out->weight = en->weight;
    out->factor = en->factor;
    out->scope = en->scope;
    out->frame = en->frame;
    out->participle = en->participle;
    out->charge = en->charge;
    out->decides = en->decides;
    out->role = en->role;
    out->form_len = en->form_len;
    out->word_start = en->word_start;
    out->name_count = en->name_count;
    out->other_count = en->other_count;
    out->line = en->line;
    out->next = en->next;
    memcpy(out->key_len, en->key_len, sizeof en->key_len);
    put_ref(&out->written, string_ref(m, en->written, bad));
    put_ref(&out->form, string_ref(m, en->form, bad));
    put_ref(&out->target, string_ref(m, en->target, bad));
    put_ref(&out->prep, string_ref(m, en->prep, bad));
    for (k = 0; k < QAWLP_MAX_WORDS; k++)
        put_ref(&out->key[k], string_ref(m, en->key[k], bad));
    put_ref(&out->file, f < lex->files.n ? f + 1 : 0);
    if (f >= lex->files.n)
        *bad = 1;
}

/* The tables of LEX as the image stores them, into SEG (each zeroed, of
 * the padded size H gives; PCRE is the patterns' serialised code, MASKS
 * their masks and automata); -1
 * when out of memory or a string lies outside the lexicon's blocks. */
static int image_tables(const qawl_lexicon *lex, const string_map *m,
                        const image_header *h, const uint8_t *pcre,
                        const uint64_t *masks, unsigned char **seg)
{
    size_t sz[NSEG], i, k;
    int bad = 0;

    seg_sizes(h, sz);
    for (k = 0; k < NSEG; k++)
        if ((seg[k] = qawlp_calloc(sz[k] ? sz[k] : 1, 1)) == NULL)
            return -1;
    for (i = 0; i < lex->entries.n; i++)
        put_entry(lex, m, &lex->entries.v[i],
                  (qawlp_entry *)(void *)seg[SEG_ENTRIES] + i, &bad);
    for (i = 0; i < lex->nslots; i++) {
        const qawlp_slot *s = &lex->slots[i];
        qawlp_slot *out = (qawlp_slot *)(void *)seg[SEG_SLOTS] + i;
        out->sections = s->sections;
        out->first = s->first;
        out->len = s->len;
        out->link = s->link;
        out->nlinks = s->nlinks;
        put_ref(&out->key, string_ref(m, s->key, &bad));
    }
    for (i = 0; i < h->nlinks; i++) {
        const qawlp_link *l = &lex->links[i];
        qawlp_link *out = (qawlp_link *)(void *)seg[SEG_LINKS] + i;
        out->entry = l->entry;
        out->section = l->section;
        out->nwords = l->nwords;
        out->run = l->run;
        out->next_slot = l->next_slot;
        out->next_len = l->next_len;
        out->next_tag = l->next_tag;
    }
    if (lex->patterns.n)
        memcpy(seg[SEG_PATTERNS], lex->patterns.v,
               lex->patterns.n * sizeof(int));
    if (lex->namelike_cells)
        memcpy(seg[SEG_NAMELIKE], lex->namelike,
               lex->namelike_cells * sizeof(int));
    memcpy(seg[SEG_CLITICS], (const char *)lex + CLITICS_AT, CLITICS_SIZE);
    for (i = 0; i < m->n; i++)
        memcpy(seg[SEG_STRINGS] + m->at[i], m->blocks[i]->data,
               m->blocks[i]->used);
    if (h->pcre_len)
        memcpy(seg[SEG_PCRE], pcre, (size_t)h->pcre_len);
    memcpy(seg[SEG_MASKS], masks, (size_t)h->masks_len);
    return bad ? -1 : 0;
}

/* The pattern entries' letter masks and automata, as 64-bit words at OUT
 * (NULL: only counted), returning their number: the \w symbols they were
 * read with (two words), then for each pattern in order its FIRST, the
 * number of bits set in its SECOND, SECOND's 64 masks, THIRD (64 + that
 * number) and its automaton's words (qawlp_prefix_save) after their
 * count, 0 for none (the probes found its masks, or memory ran out).
 * Making them again at load cost a third of it. */
static size_t image_masks(const qawl_lexicon *lex, qawlp_symset word,
                          uint64_t *out)
{
    size_t i, n = 2, pairs, a;

    if (out != NULL) {
        out[0] = word.lo;
        out[1] = word.hi;
    }
    for (i = 0; i < lex->patterns.n; i++) {
        const qawlp_entry *en = &lex->entries.v[lex->patterns.v[i]];
        size_t saved = en->prefix ? qawlp_prefix_save(en->prefix, NULL) : 0;
        for (a = 0, pairs = 0; a < 64; a++)
            pairs += bit_count(en->second[a]);
        if (out != NULL) {
            out[n] = en->first;
            out[n + 1] = pairs;
            memcpy(out + n + 2, en->second, 64 * sizeof *out);
            memcpy(out + n + 66, en->third, (64 + pairs) * sizeof *out);
            out[n + 130 + pairs] = saved;
            if (saved)
                qawlp_prefix_save(en->prefix, out + n + 131 + pairs);
        }
        n += 131 + pairs + saved;
    }
    return n;
}

/* Writes the N bytes at P to FP, then zeros up to IMAGE_ALIGN. */
static int write_padded(FILE *fp, const void *p, size_t n)
{
    static const char zero[IMAGE_ALIGN];

    return fwrite(p, 1, n, fp) != n ||
           fwrite(zero, 1, image_pad(n) - n, fp) != image_pad(n) - n;
}

/* Reads the text files of DIR into TEXTS (LENS bytes each). */
static qawl_status read_texts(const char *dir, char **texts, size_t *lens,
                              qawl_error *err)
{
    size_t i;

    for (i = 0; i < NSCHEMA; i++) {
        qawlp_buf path = {0};
        FILE *fp;
        size_t hint = 0;
        qawl_status st;
        if (qawlp_buf_printf(&path, "%s/%s.txt", dir, schema[i].kind))
            return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                                   "out of memory");
        st = open_lexicon(path.data, &fp, &hint, err);
        qawlp_buf_free(&path);
        if (st != QAWL_OK)
            return st;
        if (read_whole(fp, hint, &texts[i], &lens[i])) {
            fclose(fp);
            return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                                   "out of memory");
        }
        fclose(fp);
    }
    return QAWL_OK;
}

qawl_status qawlp_lexicon_image_write(const char *dir, const char *out,
                                      qawl_error *err)
{
    qawl_lexicon *lex = qawlp_lexicon_load_text(dir, err);
    image_header h;
    image_sum sum;
    string_map m = {0};
    unsigned char *seg[NSEG] = {0};
    uint8_t *pcre = NULL;
    pcre2_code **codes = NULL;
    uint64_t *masks = NULL;
    qawlp_symset word = {0, 0};
    char *texts[NSCHEMA] = {0};
    size_t lens[NSCHEMA] = {0}, sz[NSEG], i;
    qawl_status st;
    FILE *fp = NULL;

    if (lex == NULL)
        return err ? err->code : QAWL_ERR_LEXICON;
    st = read_texts(dir, texts, lens, err);
    if (st != QAWL_OK)
        goto exit;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, IMAGE_MAGIC, 8);
    h.endian = IMAGE_ENDIAN;
    h.nfiles = (uint32_t)NSCHEMA;
    snprintf(h.stamp, sizeof h.stamp, "%s", IMAGE_STAMP);
    h.entry_size = (uint32_t)sizeof(qawlp_entry);
    h.slot_size = (uint32_t)sizeof(qawlp_slot);
    h.link_size = (uint32_t)sizeof(qawlp_link);
    h.clitics_size = (uint32_t)CLITICS_SIZE;
    h.nentries = lex->entries.n;
    h.nslots = lex->nslots;
    h.used = lex->used;
    for (i = 0; i < lex->nslots && lex->links != NULL; i++)
        h.nlinks += lex->slots[i].key ? lex->slots[i].nlinks : 0;
    h.npatterns = lex->patterns.n;
    h.namelike_cells = lex->namelike_cells;
    h.namelike_used = lex->namelike_used;
    /* the patterns' compiled code, in pattern order (image_patterns) */
    if (lex->patterns.n) {
        PCRE2_SIZE plen = 0;
        codes = qawlp_calloc(lex->patterns.n, sizeof *codes);
        for (i = 0; codes && i < lex->patterns.n; i++)
            codes[i] = lex->entries.v[lex->patterns.v[i]].re;
        if (codes == NULL ||
            pcre2_serialize_encode((const pcre2_code **)codes,
                                   (int32_t)lex->patterns.n, &pcre, &plen,
                                   lex->pcre_general) < 0) {
            st = qawlp_error_set(err, QAWL_ERR_PCRE2, out, 0, 0, 0,
                                 "cannot serialise the patterns");
            goto exit;
        }
        h.pcre_len = plen;
    }
    /* the masks as the text's load read them, with the same symbols */
    if (lex->patterns.n && word_symbols(lex, &word)) {
        st = qawlp_error_set(err, QAWL_ERR_NOMEM, out, 0, 0, 0,
                             "out of memory");
        goto exit;
    }
    h.masks_len = image_masks(lex, word, NULL) * sizeof *masks;
    masks = qawlp_malloc((size_t)h.masks_len);
    if (masks != NULL)
        image_masks(lex, word, masks);
    if (masks == NULL || lex->links == NULL || map_strings(lex, &m) ||
        (h.strings_len = m.len,
         image_tables(lex, &m, &h, pcre, masks, seg))) {
        st = qawlp_error_set(err, QAWL_ERR_NOMEM, out, 0, 0, 0,
                             "out of memory, or a string outside the "
                             "lexicon's blocks");
        goto exit;
    }
    seg_sizes(&h, sz);
    sum_start(&sum);
    for (i = 0; i < NSCHEMA; i++) {
        h.text_len[i] = lens[i];
        h.payload_len += image_pad(lens[i]);
    }
    for (i = 0; i < NSEG; i++) {
        sum_add(&sum, seg[i], sz[i]);
        h.payload_len += sz[i];
    }
    h.checksum = sum_end(&sum);
    fp = fopen(out, "wb");
    if (fp == NULL) {
        st = qawlp_error_set(err, QAWL_ERR_IO, out, 0, 0, 0,
                             "cannot write: %s", strerror(errno));
        goto exit;
    }
    if (write_padded(fp, &h, sizeof h))
        st = QAWL_ERR_IO;
    for (i = 0; i < NSCHEMA && st == QAWL_OK; i++)
        if (write_padded(fp, texts[i], lens[i]))
            st = QAWL_ERR_IO;
    for (i = 0; i < NSEG && st == QAWL_OK; i++)
        if (write_padded(fp, seg[i], sz[i]))
            st = QAWL_ERR_IO;
    if (fclose(fp) != 0 || st != QAWL_OK)
        st = qawlp_error_set(err, QAWL_ERR_IO, out, 0, 0, 0,
                             "cannot write: %s", strerror(errno));
exit:
    for (i = 0; i < NSCHEMA; i++)
        qawlp_free(texts[i]);
    for (i = 0; i < NSEG; i++)
        qawlp_free(seg[i]);
    qawlp_free(m.blocks);
    qawlp_free(m.at);
    qawlp_free(codes);
    qawlp_free(masks);
    if (pcre != NULL)
        pcre2_serialize_free(pcre);
    qawl_lexicon_free(lex);
    return st;
}

/* --- reading */

/* Turns the reference in pointer field FIELD (string_ref's) back into a
 * string of the blob B (N bytes, the last a NUL), or NULL for 0; returns
 * -1 for a reference outside the blob. */
static inline int take_ref(void *field, char *b, size_t n)
{
    uintptr_t r;
    char *s;

    memcpy(&r, field, sizeof r);
    if (r > n)
        return -1;
    s = r ? b + r - 1 : NULL;
    memcpy(field, &s, sizeof s);
    return 0;
}

/* Whether the LEN bytes from S (in the blob B of N bytes) end before it
 * does, with the NUL the loader put after them: a length the matchers
 * trust (0xFFFF: strlen, which the blob's last NUL bounds). */
static inline int length_holds(const char *s, size_t len, const char *b,
                               size_t n)
{
    return s != NULL &&
           (len == 0xFFFF || ((size_t)(s - b) + len < n && s[len] == '\0'));
}

/* Turns the image's entries (read into LEX) back into pointers, checking
 * every reference, length and index; -1 at the first that fails. */
static int image_entries(qawl_lexicon *lex, char *blob, size_t blen)
{
    size_t i, n = lex->entries.n, k;

    for (i = 0; i < n; i++) {
        qawlp_entry *en = &lex->entries.v[i];
        uintptr_t f, ref[QAWLP_MAX_WORDS];
        if (take_ref(&en->written, blob, blen) ||
            take_ref(&en->form, blob, blen) ||
            take_ref(&en->target, blob, blen) ||
            take_ref(&en->prep, blob, blen) || en->written == NULL ||
            en->form == NULL || en->nwords > QAWLP_MAX_WORDS ||
            en->section >= QAWLP_SEC_COUNT || en->next < -1 ||
            en->next >= (int)i || en->frame >= QAWLP_FRAME_COUNT ||
            (en->form_len != 0 &&
             !length_holds(en->form, en->form_len, blob, blen)))
            return -1;
        /* the keys of the words, none past them */
        memcpy(ref, en->key, sizeof ref);
        memset(en->key, 0, sizeof en->key);
        for (k = 0; k < en->nwords; k++) {
            if (ref[k] == 0 || ref[k] > blen ||
                !length_holds(blob + ref[k] - 1, en->key_len[k], blob, blen))
                return -1;
            en->key[k] = blob + ref[k] - 1;
        }
        memcpy(&f, &en->file, sizeof f);
        if (f == 0 || f > lex->files.n)
            return -1;
        en->file = lex->files.v[f - 1];
        /* made at load for the pattern entries (image_patterns) */
        en->re = NULL;
        en->second = en->third = NULL;
        en->prefix = NULL;
        en->first = 0;
        if (en->word_start > 1)
            return -1;
    }
    return 0;
}

/* Checks the key table and its chains, read into LEX (NLINKS links),
 * turning the slots' keys back into pointers. */
static int image_slots(qawl_lexicon *lex, size_t nlinks, char *blob,
                       size_t blen)
{
    size_t i, k, n = lex->entries.n, used = 0;
    int e;

    if (lex->nslots == 0 || lex->nslots & (lex->nslots - 1) ||
        lex->used >= lex->nslots)
        return -1;
    for (i = 0; i < lex->nslots; i++) {
        qawlp_slot *s = &lex->slots[i];
        if (take_ref(&s->key, blob, blen))
            return -1;
        if (s->key == NULL)      /* a free slot's fields are not read */
            continue;
        if (s->first < -1 || s->first >= (int)n ||
            (size_t)(s->key - blob) + s->len >= blen ||
            s->key[s->len] != '\0' || s->link > nlinks ||
            s->nlinks > nlinks - s->link)
            return -1;
        /* a group's run stays within the slot's links */
        for (k = 0; k < s->nlinks; k++) {
            const qawlp_link *l = &lex->links[s->link + k];
            if (l->entry < 0 || (size_t)l->entry >= n || l->run == 0 ||
                k + l->run > s->nlinks || l->next_slot < -1 ||
                l->next_slot >= (int32_t)lex->nslots || l->nwords == 0 ||
                l->nwords != lex->entries.v[l->entry].nwords)
                return -1;
        }
        /* the chain (each next lower, so it ends) has a link per entry,
         * and each entry a first word, which its key is */
        for (k = 0, e = s->first; e >= 0; e = lex->entries.v[e].next, k++)
            if (k == s->nlinks || lex->entries.v[e].nwords == 0)
                return -1;
        if (k != s->nlinks)
            return -1;
        used++;
    }
    return used == lex->used ? 0 : -1;
}

/* Checks the namelike table and the pattern list read into LEX. */
static int image_lists(qawl_lexicon *lex, const char *blob, size_t blen)
{
    size_t i, n = lex->entries.n, used = 0;

    if (lex->namelike_cells & (lex->namelike_cells - 1) ||
        (lex->namelike_cells && lex->namelike_used >= lex->namelike_cells))
        return -1;
    for (i = 0; i < lex->namelike_cells; i++) {
        const qawlp_entry *en;
        if (lex->namelike[i] == 0)
            continue;
        if (lex->namelike[i] < 0 || (size_t)lex->namelike[i] > n)
            return -1;
        /* a namelike entry's KEY_LEN[0] is its form's length */
        en = &lex->entries.v[lex->namelike[i] - 1];
        if (!length_holds(en->form, en->key_len[0], blob, blen))
            return -1;
        used++;
    }
    if (used != lex->namelike_used)
        return -1;
    /* in the order they were added, each once (free takes each) */
    for (i = 0; i < lex->patterns.n; i++)
        if (lex->patterns.v[i] < (i ? lex->patterns.v[i - 1] + 1 : 0) ||
            (size_t)lex->patterns.v[i] >= n ||
            lex->entries.v[lex->patterns.v[i]].nwords != 0)
            return -1;
    return 0;
}

/* Whether the clitics' counts and lengths read into LEX fit their
 * arrays. */
static int image_clitics(const qawl_lexicon *lex)
{
    size_t i;

    if (lex->nconj > 8 || lex->nprep > 8 || lex->npresent > 8 ||
        lex->nending > 8 || lex->npossessive > 8 ||
        lex->participle_prefix_len >= sizeof lex->participle_prefix ||
        lex->indefinite_ending_len >= sizeof lex->indefinite_ending ||
        lex->feminine_fold_len >= sizeof lex->feminine_fold ||
        lex->article_len >= sizeof lex->article)
        return -1;
    for (i = 0; i < lex->npossessive; i++)
        if (lex->possessive_len[i] >= sizeof lex->possessive[i])
            return -1;
    return 0;
}

/* The pattern entries' code from PCRE (the image's serialised codes,
 * LEN bytes), decoded by this PCRE2 into LEX's entries; -1 when this
 * library cannot (another version or build of it): they are compiled
 * then. */
static int image_decode(qawl_lexicon *lex, const uint8_t *pcre, size_t len)
{
    size_t i, n = lex->patterns.n;
    pcre2_code **codes;
    int rc = -1;

    if (len < 16 || pcre2_serialize_get_number_of_codes(pcre) != (int32_t)n)
        return -1;
    codes = qawlp_calloc(n, sizeof *codes);
    if (codes != NULL &&
        pcre2_serialize_decode(codes, (int32_t)n, pcre,
                               lex->pcre_general) == (int32_t)n) {
        for (i = 0; i < n; i++)
            lex->entries.v[lex->patterns.v[i]].re = codes[i];
        rc = 0;
    }
    qawlp_free(codes);
    return rc;
}

/* Pattern entry EN's masks and automaton from the N words at IN (one
 * pattern's record of image_masks), with the words taken in *USED; -1
 * when out of memory, or when the words do not hold together: a count
 * past N, THIRD's offsets not those of SECOND's bits, no automaton. */
static int restore_masks(qawlp_entry *en, const uint64_t *in, size_t n,
                         size_t *used)
{
    size_t pairs = 0, a, saved, got = 0;

    if (n < 66)
        return -1;
    for (a = 0; a < 64; a++)
        pairs += bit_count(in[2 + a]);
    if (in[1] != pairs || n - 66 < 64 + pairs + 1)
        return -1;
    /* third[a]: where first letter a's pairs begin (third_letters) */
    for (a = 0, pairs = 64; a < 64; a++) {
        if (in[66 + a] != pairs)
            return -1;
        pairs += bit_count(in[2 + a]);
    }
    pairs -= 64;
    saved = (size_t)in[130 + pairs];
    if (saved > n - 131 - pairs)
        return -1;
    en->first = in[0];
    en->second = qawlp_malloc(64 * sizeof *en->second);
    en->third = qawlp_malloc((64 + pairs) * sizeof *en->third);
    if (en->second == NULL || en->third == NULL)
        return -1;
    memcpy(en->second, in + 2, 64 * sizeof *en->second);
    memcpy(en->third, in + 66, (64 + pairs) * sizeof *en->third);
    if (saved != 0) {
        en->prefix = qawlp_prefix_restore(in + 131 + pairs, saved, &got);
        if (en->prefix == NULL || got != saved)
            return -1;
    }
    *used = 131 + pairs + saved;
    return 0;
}

/* The pattern entries of LEX made ready as add_pattern makes them: their
 * code decoded from the image's PCRE (LEN bytes) or, where this PCRE2
 * cannot, compiled again from their folded text; JIT-compiled; their
 * letter masks and automata taken from MASKS (NMASKS words,
 * image_masks's) when the code was decoded and this PCRE2 gives \w the
 * symbols they were read with, else read again. */
static int image_patterns(qawl_lexicon *lex, const uint8_t *pcre,
                          size_t pcre_len, const uint64_t *masks,
                          size_t nmasks)
{
    loader ld;
    qawl_error scratch;
    size_t i, at = 2, used;
    int rc = 0, decoded, stored;

    memset(&ld, 0, sizeof ld);
    ld.lex = lex;
    ld.err = &scratch;
    if (lex->patterns.n && pcre_contexts(lex))
        return -1;
    decoded = lex->patterns.n && image_decode(lex, pcre, pcre_len) == 0;
    /* the symbols pattern_masks would read them with (found once) */
    if (decoded && nmasks >= 2) {
        if (word_symbols(lex, &ld.word))
            return -1;
        ld.clitics = clitic_bits(lex);
        ld.word_known = 1;
    }
    stored = decoded && nmasks >= 2 && ld.word.lo == masks[0] &&
             ld.word.hi == masks[1];
    for (i = 0; i < lex->patterns.n && rc == 0; i++) {
        qawlp_entry *en = &lex->entries.v[lex->patterns.v[i]];
        qawlp_buf src = {0};
        size_t len = strlen(en->form), *map;
        pcre2_code *re = NULL;
        uint8_t word_start;
        if (stored) {
            rc = restore_masks(en, masks + at, nmasks - at, &used);
            at += rc == 0 ? used : 0;
            continue;
        }
        if (decoded) {      /* compiled as compile_pattern compiles */
            rc = pattern_masks(&ld, en);
            continue;
        }
        /* columns for an error, which a pattern that compiled at build
         * time does not have unless the image lies */
        map = qawlp_calloc(len + 1, sizeof *map);
        src.data = en->form;
        src.len = len;
        if (map == NULL ||
            compile_pattern(&ld, en->written, en->written, &src, map, &re,
                            &word_start) != QAWL_OK) {
            qawlp_free(map);
            return -1;
        }
        qawlp_free(map);
        en->re = re;
        en->word_start = word_start;
        rc = pattern_masks(&ld, en);
    }
    /* every word of the masks' table read, none left over */
    return rc == 0 && stored && at != nmasks ? -1 : rc;
}

/* The header's counts, checked against the build and against SIZE, the
 * image's bytes: the payload they add up to must be exactly what
 * follows the header. */
static int image_header_holds(const image_header *h, size_t size)
{
    const uint64_t big = (uint64_t)1 << 32;   /* no sum below overflows */
    uint64_t need = 0;
    size_t sz[NSEG], i;
    char stamp[sizeof h->stamp] = {0};

    /* every byte of the header counts: the stamp's padding too */
    snprintf(stamp, sizeof stamp, "%s", IMAGE_STAMP);
    for (i = NSCHEMA; i < sizeof h->text_len / sizeof h->text_len[0]; i++)
        if (h->text_len[i] != 0)
            return 0;
    if (size < sizeof *h || memcmp(h->magic, IMAGE_MAGIC, 8) != 0 ||
        h->endian != IMAGE_ENDIAN || h->nfiles != NSCHEMA ||
        memcmp(h->stamp, stamp, sizeof stamp) != 0 ||
        h->entry_size != sizeof(qawlp_entry) ||
        h->slot_size != sizeof(qawlp_slot) ||
        h->link_size != sizeof(qawlp_link) ||
        h->clitics_size != CLITICS_SIZE || h->nentries > INT_MAX ||
        h->nslots > big || h->nlinks > h->nentries ||
        h->npatterns > h->nentries || h->namelike_cells > big ||
        h->strings_len > big || h->strings_len == 0 || h->pcre_len > big ||
        h->masks_len > big || h->masks_len % sizeof(uint64_t) != 0 ||
        h->payload_len != size - sizeof *h)
        return 0;
    for (i = 0; i < NSCHEMA; i++) {
        if (h->text_len[i] > (uint64_t)LEXICON_MAX_BYTES)
            return 0;
        need += image_pad((size_t)h->text_len[i]);
    }
    seg_sizes(h, sz);
    for (i = 0; i < NSEG; i++)
        need += sz[i];
    return need == h->payload_len;
}

/* Reads N bytes of FP into a new array *OUT of at least ROOM bytes,
 * adding them to SUM; -1 when out of memory or short. */
static int read_seg(FILE *fp, size_t n, size_t room, void **out,
                    image_sum *sum)
{
    *out = qawlp_malloc(room > n ? room : n ? n : 1);
    if (*out == NULL || fread(*out, 1, n, fp) != n)
        return -1;
    sum_add(sum, *out, n);
    return 0;
}

/* Whether each text file of DIR has the bytes of TEXT (the image's
 * copies, as H gives their lengths). */
static int image_texts_match(const char *dir, const image_header *h,
                             const char *text)
{
    size_t i;

    for (i = 0; i < NSCHEMA; i++) {
        qawlp_buf path = {0};
        qawl_error scratch;
        FILE *fp = NULL;
        char *data = NULL;
        size_t hint = 0, len = 0;
        int same = 0;
        if (qawlp_buf_printf(&path, "%s/%s.txt", dir, schema[i].kind) == 0 &&
            open_lexicon(path.data, &fp, &hint, &scratch) == QAWL_OK) {
            same = hint == h->text_len[i] &&
                   read_whole(fp, hint, &data, &len) == 0 &&
                   len == h->text_len[i] && memcmp(data, text, len) == 0;
            fclose(fp);
        }
        qawlp_free(data);
        qawlp_buf_free(&path);
        if (!same)
            return 0;
        text += image_pad((size_t)h->text_len[i]);
    }
    return 1;
}

/* Reads the tables of the image FP (header H, its texts read) into LEX,
 * the patterns' serialised code into *PCRE and their masks into *MASKS
 * (caller frees both); -1 when
 * short, damaged or out of memory. */
static int image_read_tables(FILE *fp, const image_header *h,
                             qawl_lexicon *lex, uint8_t **pcre,
                             uint64_t **masks)
{
    size_t sz[NSEG];
    image_sum sum;
    void *clitics = NULL;
    char *blob;
    int rc;

    seg_sizes(h, sz);
    sum_start(&sum);
    if (read_seg(fp, sz[SEG_ENTRIES], 0, (void **)&lex->entries.v, &sum))
        return -1;
    lex->entries.n = lex->entries.cap = (size_t)h->nentries;
    if (read_seg(fp, sz[SEG_SLOTS], 0, (void **)&lex->slots, &sum))
        return -1;
    lex->nslots = (size_t)h->nslots;
    lex->used = (size_t)h->used;
    /* room for index_links's rebuild after a user file */
    if (read_seg(fp, sz[SEG_LINKS], (size_t)h->nentries * sizeof(qawlp_link),
                 (void **)&lex->links, &sum))
        return -1;
    if (read_seg(fp, sz[SEG_PATTERNS], 0, (void **)&lex->patterns.v, &sum))
        return -1;
    lex->patterns.n = lex->patterns.cap = (size_t)h->npatterns;
    if (read_seg(fp, sz[SEG_NAMELIKE], 0, (void **)&lex->namelike, &sum))
        return -1;
    lex->namelike_cells = (size_t)h->namelike_cells;
    lex->namelike_used = (size_t)h->namelike_used;
    rc = read_seg(fp, sz[SEG_CLITICS], 0, &clitics, &sum);
    if (rc == 0)
        memcpy((char *)lex + CLITICS_AT, clitics, CLITICS_SIZE);
    qawlp_free(clitics);
    if (rc)
        return -1;
    /* the strings live in the lexicon's first block, as the text's do */
    blob = qawlp_block_grow(&lex->strings, sz[SEG_STRINGS] - 1,
                            STRBLOCK_BYTES);
    if (blob == NULL || fread(blob, 1, sz[SEG_STRINGS], fp) != sz[SEG_STRINGS])
        return -1;
    sum_add(&sum, (const unsigned char *)blob, sz[SEG_STRINGS]);
    if (read_seg(fp, sz[SEG_PCRE], 0, (void **)pcre, &sum) ||
        read_seg(fp, sz[SEG_MASKS], 0, (void **)masks, &sum))
        return -1;
    return sum_end(&sum) == h->checksum &&
                   blob[h->strings_len - 1] == '\0'
               ? 0 : -1;
}

/* The lexicon set of DIR from its image, or NULL (no image, a text file
 * changed, another build's image, a damaged one, out of memory): the
 * caller then loads the text. */
static qawl_lexicon *image_load(const char *dir)
{
    qawlp_buf path = {0};
    qawl_error scratch;
    image_header h;
    qawl_lexicon *lex = NULL;
    FILE *fp = NULL;
    char *texts = NULL, *blob;
    uint8_t *pcre = NULL;
    uint64_t *masks = NULL;
    size_t size = 0, tlen = 0, i;
    int checked = 0;

    if (qawlp_buf_printf(&path, "%s/%s", dir, QAWLP_LEXICON_IMAGE) ||
        open_lexicon(path.data, &fp, &size, &scratch) != QAWL_OK ||
        size > (size_t)IMAGE_MAX_BYTES ||
        fread(&h, 1, sizeof h, fp) != sizeof h ||
        !image_header_holds(&h, size))
        goto fail;
    for (i = 0; i < NSCHEMA; i++)
        tlen += image_pad((size_t)h.text_len[i]);
    texts = qawlp_malloc(tlen ? tlen : 1);
    if (texts == NULL || fread(texts, 1, tlen, fp) != tlen ||
        !image_texts_match(dir, &h, texts))
        goto fail;
    qawlp_free(texts);
    texts = NULL;
    lex = qawlp_calloc(1, sizeof *lex);
    if (lex == NULL)
        goto fail;
    for (i = 0; i < NSCHEMA; i++) {
        qawlp_buf file = {0};
        int bad = qawlp_buf_printf(&file, "%s/%s.txt", dir, schema[i].kind) ||
                  intern_file(lex, file.data) == NULL;
        qawlp_buf_free(&file);
        if (bad)
            goto fail;
    }
    if (image_read_tables(fp, &h, lex, &pcre, &masks))
        goto fail;
    blob = lex->strings->data;
    if (image_entries(lex, blob, (size_t)h.strings_len) ||
        image_slots(lex, (size_t)h.nlinks, blob, (size_t)h.strings_len) ||
        image_lists(lex, blob, (size_t)h.strings_len))
        goto fail;
    checked = 1;
    if (image_clitics(lex) ||
        image_patterns(lex, pcre, (size_t)h.pcre_len, masks,
                       (size_t)h.masks_len / sizeof *masks) ||
        index_patterns(lex) || lex->article_len == 0 || lex->nconj == 0)
        goto fail;
    fclose(fp);
    qawlp_buf_free(&path);
    qawlp_free(pcre);
    qawlp_free(masks);
    return lex;
fail:
    if (fp != NULL)
        fclose(fp);
    qawlp_buf_free(&path);
    qawlp_free(texts);
    qawlp_free(pcre);
    qawlp_free(masks);
    /* free takes the pattern list's entries' PCRE2 fields: not before
     * the list and the entries were checked (they hold zeros then) */
    if (lex != NULL && !checked)
        lex->patterns.n = 0;
    qawl_lexicon_free(lex);
    return NULL;
}

int qawlp_lexicon_image_poke(const char *path, int table, size_t at,
                             const void *bytes, size_t n)
{
    FILE *fp = fopen(path, "rb");
    unsigned char *data = NULL;
    size_t len = 0, sz[NSEG], start, i;
    image_header h;
    image_sum sum;
    int rc = -1;

    if (fp == NULL)
        return -1;
    if (fseek(fp, 0, SEEK_END) == 0 && ftell(fp) > 0) {
        len = (size_t)ftell(fp);
        rewind(fp);
        data = qawlp_malloc(len);
        if (data != NULL && fread(data, 1, len, fp) != len)
            len = 0;
    }
    fclose(fp);
    if (data == NULL || len < sizeof h || table < 0 || table >= NSEG)
        goto exit;
    memcpy(&h, data, sizeof h);
    if (!image_header_holds(&h, len))
        goto exit;
    seg_sizes(&h, sz);
    start = sizeof h;
    for (i = 0; i < NSCHEMA; i++)
        start += image_pad((size_t)h.text_len[i]);
    for (i = 0; i < (size_t)table; i++)
        start += sz[i];
    if (at > sz[table] || n > sz[table] - at)
        goto exit;
    memcpy(data + start + at, bytes, n);
    sum_start(&sum);
    start = len - (size_t)h.payload_len;
    for (i = 0; i < NSCHEMA; i++)
        start += image_pad((size_t)h.text_len[i]);
    for (i = 0; i < NSEG; i++) {
        sum_add(&sum, data + start, sz[i]);
        start += sz[i];
    }
    h.checksum = sum_end(&sum);
    memcpy(data, &h, sizeof h);
    fp = fopen(path, "wb");
    if (fp != NULL) {
        rc = fwrite(data, 1, len, fp) == len ? 0 : -1;
        if (fclose(fp) != 0)
            rc = -1;
    }
exit:
    qawlp_free(data);
    return rc;
}

qawl_lexicon *qawlp_lexicon_load_text(const char *dir, qawl_error *err)
{
    qawl_lexicon *lex;
    size_t i;

    lex = qawlp_calloc(1, sizeof *lex);
    if (lex == NULL) {
        qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0, "out of memory");
        return NULL;
    }
    for (i = 0; i < NSCHEMA; i++) {
        qawlp_buf path = {0};
        qawl_status st;
        if (qawlp_buf_printf(&path, "%s/%s.txt", dir, schema[i].kind)) {
            qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                            "out of memory");
            qawl_lexicon_free(lex);
            return NULL;
        }
        st = load_file(lex, path.data, &schema[i], 0, err);
        qawlp_buf_free(&path);
        if (st != QAWL_OK) {
            qawl_lexicon_free(lex);
            return NULL;
        }
    }
    if (index_patterns(lex) || index_links(lex)) {
        qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0, "out of memory");
        qawl_lexicon_free(lex);
        return NULL;
    }
    if (lex->article_len == 0 || lex->nconj == 0) {
        qawlp_error_set(err, QAWL_ERR_LEXICON, dir, 0, 0, 0,
                        "clitics.txt defines no article or conjunction");
        qawl_lexicon_free(lex);
        return NULL;
    }
    new_serial(lex);
    return lex;
}

qawl_lexicon *qawl_lexicon_load(const char *dir, qawl_error *err)
{
    qawl_lexicon *lex;

    if (dir == NULL) {
        /* as the CLI does: a staged or relocated install is found */
        const char *env = getenv("QAWL_LEXICONS");
        dir = env && *env ? env : QAWL_LEXICON_DIR;
    }
    /* libxml2 must be set up before threads share it; every analysis
     * needs a lexicon set first, so this is the place */
    qawlp_markup_init();
    lex = image_load(dir);
    if (lex == NULL)
        return qawlp_lexicon_load_text(dir, err);
    lex->from_image = 1;
    new_serial(lex);
    return lex;
}

qawl_status qawl_lexicon_add_file(qawl_lexicon *lex, const char *path,
                                  qawl_error *err)
{
    qawl_status st;

    if (lex == NULL || path == NULL)
        return qawlp_error_set(err, QAWL_ERR_ARG, path, 0, 0, 0,
                               "no lexicon or no path");
    st = load_file(lex, path, NULL, 1, err);
    new_serial(lex);        /* its keys, and maybe its slots, changed */
    /* even after a failure: the entries and patterns added so far are
     * matched */
    if ((index_patterns(lex) | index_links(lex)) && st == QAWL_OK)
        st = qawlp_error_set(err, QAWL_ERR_NOMEM, path, 0, 0, 0,
                             "out of memory");
    return st;
}

size_t qawl_lexicon_size(const qawl_lexicon *lex)
{
    return lex ? lex->entries.n : 0;
}

void qawl_lexicon_free(qawl_lexicon *lex)
{
    size_t i;

    if (lex == NULL)
        return;
    /* only pattern entries own memory of their own */
    for (i = 0; i < lex->patterns.n; i++) {
        qawlp_entry *e = &lex->entries.v[lex->patterns.v[i]];
        pcre2_code_free(e->re);
        qawlp_free(e->second);
        qawlp_free(e->third);
        qawlp_prefix_free(e->prefix);
    }
    pattern_jit_free(lex);
    qawlp_free(lex->entries.v);
    qawlp_free(lex->patterns.v);
    qawlp_free(lex->by_pair);
    qawlp_free(lex->by_pair_at);
    qawlp_free((void *)lex->pattern_memo);
    qawlp_free(lex->namelike);
    pcre2_code_free(lex->word_boundary);
    pcre2_compile_context_free(lex->pcre_compile);
    pcre2_match_context_free(lex->pcre_match);
    pcre2_general_context_free(lex->pcre_general);
    qawlp_free(lex->slots);
    qawlp_free(lex->links);
    qawlp_blocks_free(&lex->strings);
    for (i = 0; i < lex->files.n; i++)
        qawlp_free(lex->files.v[i]);
    qawlp_free(lex->files.v);
    qawlp_free(lex);
}

/* ------------------------------------------------------ matching tokens */

/* Whether token T has a variant equal to KEY. */
static int token_has_key(const qawlp_doc *doc, const qawlp_token *t,
                         const char *key, size_t klen)
{
    size_t v;

    for (v = 0; v < t->nvar; v++)
        if (qawlp_var_len(t, v) == klen &&
            qawlp_same_short(doc->norm + t->start + t->var_skip[v], key, klen))
            return 1;
    return 0;
}

/* Whether variant V of T strips a preposition (ب ل ك): anything beyond
 * the conjunction and the article. */
static int strips_more(const qawl_lexicon *lex, const qawlp_token *t,
                       size_t v, int allow)
{
    size_t skip = t->var_skip[v];

    if (skip >= t->conj)
        skip -= t->conj;
    if (allow == QAWLP_STRIP_CONJ)
        return skip != 0;
    return skip != 0 && skip != lex->article_len;
}

/* Whether entry EN's words after its first are the tokens after I (as
 * far as LIMIT). */
static int rest_matches(const qawlp_doc *doc, const qawlp_entry *en,
                        size_t i, size_t limit)
{
    size_t k;

    if (i + en->nwords > limit)
        return 0;
    for (k = 1; k < en->nwords; k++) {
        const qawlp_token *u = &doc->tokens.v[i + k];
        if (u->kind != QAWLP_TOK_WORD ||
            !token_has_key(doc, u, en->key[k],
                           en->key_len[k] < 0xFFFF ? en->key_len[k]
                                                   : strlen(en->key[k])))
            return 0;
    }
    return 1;
}

/* Whether token I may hold a key of slot SLOT: a word some variant of
 * which was found at SLOT when it was segmented (a variant equal to a
 * slot's key finds that slot).  Says no without comparing bytes for most
 * multi-word entries tried at a word. */
static int holds_slot(const qawlp_doc *doc, size_t i, int32_t slot)
{
    const qawlp_token *u = &doc->tokens.v[i];
    size_t v;

    for (v = 0; u->in_lexicon && v < u->nvar; v++)
        if (qawlp_var_slot(doc, u, v) == slot)
            return 1;
    return 0;
}

/* The longest entry of slot S's chain in MASK that matches at token I (a
 * tie: the latest entry), if longer than *BESTN: its index, and its
 * words in *BESTN; else -1.  Through lex->links: a group of another
 * section is skipped whole. */
/* The lengths of word token I's keys (its variants), as bits: bit k for
 * a key of k bytes, bit 63 for 63 or more; 0 when I is no word before
 * LIMIT.  An entry's second key can be one of them only if its length's
 * bit is set, and (qawlp_link.next_tag) only if the low six bits of its
 * second byte are set in *TAGS, those of each key's of two bytes or
 * more.  Over the fixed set the tags turn away 8,000 of the 11,000
 * entries whose second key has no slot and the right length, before
 * their bytes are compared. */
static uint64_t key_lengths(const qawlp_doc *doc, size_t i, size_t limit,
                            uint64_t *tags)
{
    const qawlp_token *u;
    uint64_t bits = 0;
    size_t v;

    *tags = 0;
    if (i >= limit || doc->tokens.v[i].kind != QAWLP_TOK_WORD)
        return 0;
    u = &doc->tokens.v[i];
    for (v = 0; v < u->nvar; v++) {
        size_t len = qawlp_var_len(u, v);
        bits |= UINT64_C(1) << (len < 63 ? len : 63);
        if (len >= 2)
            *tags |= UINT64_C(1)
                     << ((unsigned char)doc->norm[u->start + u->var_skip[v] + 1]
                         & 63);
    }
    return bits;
}

/* Whether a key of LEN bytes can be one of the keys whose lengths are
 * BITS (key_lengths). */
static inline int length_in(uint64_t bits, size_t len)
{
    return (int)(bits >> (len < 63 ? len : 63) & 1);
}

static int longest_in_slot(const qawlp_doc *doc, const qawl_lexicon *lex,
                           const qawlp_slot *s, size_t i, size_t limit,
                           uint64_t mask, size_t *bestn)
{
    const qawlp_link *l = lex->links + s->link, *end = l + s->nlinks;
    int best = -1;
    size_t n = *bestn;
    /* the next word's key lengths, once: most entries of several words
     * are turned away by their second word's length, before a byte of
     * it is compared */
    uint64_t tags, next = key_lengths(doc, i + 1, limit, &tags);

    while (l < end) {
        const qawlp_entry *en;
        /* a group's links come by words, then by entry, both falling
         * (index_links): once one can no longer win, none after it in
         * its group can, and the group's first match is its best */
        if (!(mask & QAWLP_BIT(l->section)) ||
            !(l->nwords > n ||
              /* another group may hold a later entry of the same length:
               * the latest entry wins a tie */
              (l->nwords == n && best >= 0 && l->entry > best))) {
            l += l->run;
            continue;
        }
        en = &lex->entries.v[l->entry];
        /* (one word matches by the slot: I is before LIMIT; so does an
         * entry of two words whose second key has a slot, when the next
         * word holds it: a word's variant finds the slot whose key it
         * equals, and length_in said that word is before LIMIT; the
         * others are compared when their second key's tag is there) */
        if (l->nwords == 1 ||
            (length_in(next, l->next_len) &&
             (l->next_slot < 0 || holds_slot(doc, i + 1, l->next_slot)) &&
             ((l->nwords == 2 && l->next_slot >= 0) ||
              ((l->next_tag > 63 || (tags >> l->next_tag & 1)) &&
               rest_matches(doc, en, i, limit))))) {
            best = l->entry;
            n = l->nwords;
            l += l->run;
            continue;
        }
        l++;
    }
    if (best >= 0)
        *bestn = n;
    return best;
}

int qawlp_match_keys(const qawlp_doc *doc, const qawl_lexicon *lex,
                     size_t i, size_t limit, uint64_t mask, int strip,
                     size_t *ntok)
{
    const qawlp_token *t;
    int best = -1;
    size_t bestn = 0, v;

    if (limit > doc->tokens.n)
        limit = doc->tokens.n;
    if (i >= limit)
        return -1;
    t = &doc->tokens.v[i];
    if (t->kind != QAWLP_TOK_WORD)
        return -1;
    /* Variants come least-stripped first; a longer entry wins, and among
     * equals the least stripped one (وصف is the verb, not و + صف). */
    for (v = 0; v < t->nvar; v++) {
        const qawlp_slot *s;
        int e;
        if (qawlp_var_slot(doc, t, v) < 0 ||
            (strip != QAWLP_STRIP_ALL && strips_more(lex, t, v, strip)))
            continue;
        s = &lex->slots[qawlp_var_slot(doc, t, v)];
        if (!(s->sections & mask))
            continue;
        if (lex->links != NULL) {
            e = longest_in_slot(doc, lex, s, i, limit, mask, &bestn);
            if (e >= 0)
                best = e;
            continue;
        }
        for (e = s->first; e >= 0; e = lex->entries.v[e].next) {
            const qawlp_entry *en = &lex->entries.v[e];
            if ((mask & QAWLP_BIT(en->section)) && en->nwords > bestn &&
                rest_matches(doc, en, i, limit)) {
                best = e;
                bestn = en->nwords;
            }
        }
    }
    if (ntok)
        *ntok = bestn;
    return best;
}

qawlp_namelike qawlp_namelike_token(const qawlp_doc *doc,
                                    const qawl_lexicon *lex, size_t i,
                                    double *share)
{
    const qawlp_token *t;
    qawlp_namelike c;

    if (share)
        *share = -1;
    if (i >= doc->tokens.n || doc->tokens.v[i].kind != QAWLP_TOK_WORD)
        return QAWLP_NAMELIKE_UNKNOWN;
    t = &doc->tokens.v[i];
    c = qawlp_namelike_class(lex, doc->norm + t->start, t->end - t->start,
                             share);
    if (c == QAWLP_NAMELIKE_UNKNOWN && t->conj > 0)
        c = qawlp_namelike_class(lex, doc->norm + t->start + t->conj,
                                 t->end - t->start - t->conj, share);
    return c;
}

int qawlp_is_key(const qawlp_doc *doc, const qawl_lexicon *lex, size_t i,
                 uint64_t mask)
{
    const qawlp_token *t;
    size_t v;

    if (i >= doc->tokens.n)
        return 0;
    t = &doc->tokens.v[i];
    for (v = 0; v < t->nvar; v++) {
        const qawlp_slot *s;
        int e;
        if (qawlp_var_slot(doc, t, v) < 0)
            continue;
        s = &lex->slots[qawlp_var_slot(doc, t, v)];
        if (!(s->sections & mask))
            continue;
        if (lex->links != NULL) {
            const qawlp_link *l = lex->links + s->link, *end = l + s->nlinks;
            while (l < end) {
                if (mask & QAWLP_BIT(l->section) && l->nwords == 1)
                    return 1;
                l += mask & QAWLP_BIT(l->section) ? 1 : l->run;
            }
            continue;
        }
        for (e = s->first; e >= 0; e = lex->entries.v[e].next)
            if ((mask & QAWLP_BIT(lex->entries.v[e].section)) &&
                lex->entries.v[e].nwords == 1)
                return 1;
    }
    return 0;
}

/* ------------------------------------------------------ pattern matches */

/* qawlp_utf8_decode of the folded text, with the two-byte letters of
 * Arabic decoded in line (two per word scanned). */
static inline int first_cp(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n >= 2 && s[0] >= 0xC2 && s[0] < 0xE0 && (s[1] & 0xC0) == 0x80) {
        *cp = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
        return 2;
    }
    return qawlp_utf8_decode(s, n, cp);
}

/* Whether the eight bytes at S are four Arabic letters of two bytes
 * each (lead D8 or D9, then a continuation byte), as most words of four
 * letters or more begin: then those bytes in *X, whose letters
 * letter_in reads from the one load, where first_cp reads them one by
 * one. */
static inline int four_letters(const unsigned char *s, uint64_t *x)
{
    *x = qawlp_load_le64(s);
    return ((*x & UINT64_C(0x00FF00FF00FF00FF)) |
            UINT64_C(0x0001000100010001)) == UINT64_C(0x00D900D900D900D9) &&
           (*x & UINT64_C(0xC000C000C000C000)) ==
               UINT64_C(0x8000800080008000);
}

/* The code point of letter K (0 to 3) of four_letters' X: D8 xx is
 * U+0600 + (xx & 3F), D9 xx U+0640 + (xx & 3F). */
static inline uint32_t letter_in(uint64_t x, int k)
{
    x >>= 16 * k;
    return 0x0600 | (uint32_t)(x & 1) << 6 | (uint32_t)(x >> 8 & 0x3F);
}

/* The first token of [LO, HI) whose end is after byte AT, or HI. */
static size_t token_after(const qawlp_doc *doc, size_t lo, size_t hi,
                          size_t at)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->tokens.v[mid].end <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int by_position(const void *a, const void *b)
{
    const qawlp_pmatch *x = a, *y = b;

    if (x->first != y->first)
        return x->first < y->first ? -1 : 1;
    if (x->ntok != y->ntok)
        return x->ntok > y->ntok ? -1 : 1;
    return (x->entry > y->entry) - (x->entry < y->entry);
}

/* What a thread's scans keep between calls (their SCRATCH): the match
 * data, and the buffers of prefix.c's probes (NULL when out of memory:
 * the probes then keep every candidate).  KEPT: the thread's own, which
 * outlives the document (scan_end leaves it).  MUST_AT: for each pattern
 * (by its index; NMUST of them), MUST_ALTS cells, one for each string it
 * requires (holds_must): where the scan numbered MUST_SCAN[k] last found
 * it (NO_MUST: nowhere from where it looked to the subject's end;
 * MUST_UNKNOWN: not looked for yet).  SCAN numbers the scans. */
#define NO_MUST SIZE_MAX
#define MUST_UNKNOWN (SIZE_MAX - 1)

typedef struct {
    pcre2_match_data *md;
    qawlp_prefix_scratch *walk;
    int kept;
    size_t *must_at;
    uint32_t *must_scan;
    size_t nmust;
    uint32_t scan;
} scan_scratch;

/* Whether the subject of pattern K (entry EN) from byte START to END of
 * DOC's folded text holds one of the strings one of which every match
 * of it holds (qawlp_prefix_must).  The scan tries a pattern at its
 * words in order, all with the same END, so an occurrence found is good
 * for every start up to it, and a search that found none answers for
 * every later start: each byte of the subject is searched at most once
 * per string (a search per run was quadratic in a long quotation).
 * Without room for the memo (out of memory), each run searches. */
static int holds_must(const qawlp_doc *doc, const qawlp_entry *en,
                      uint32_t k, size_t start, size_t end, scan_scratch *x)
{
    int n = en->prefix ? qawlp_prefix_nmust(en->prefix) : 0, a;
    size_t *at = NULL, len;

    if (n == 0)
        return 1;
    if (k < x->nmust) {
        at = x->must_at + (size_t)k * MUST_ALTS;
        if (x->must_scan[k] != x->scan) {      /* this scan's first run */
            for (a = 0; a < n; a++)
                at[a] = MUST_UNKNOWN;
            x->must_scan[k] = x->scan;
        }
    }
    for (a = 0; a < n; a++) {
        const char *must = qawlp_prefix_must(en->prefix, a, &len), *f;
        size_t found;
        if (at != NULL && at[a] != MUST_UNKNOWN &&
            (at[a] == NO_MUST || at[a] >= start)) {
            found = at[a];
        } else {
            f = start < end ? qawlp_find(doc->norm + start, end - start,
                                         must, len)
                            : NULL;
            found = f ? (size_t)(f - doc->norm) : NO_MUST;
            if (at != NULL)
                at[a] = found;
        }
        if (found != NO_MUST)
            return 1;
    }
    return 0;
}

/* Readies X's memo of holds_must for a new scan, of a lexicon of N
 * patterns: the answers of the scans before were for other subjects.
 * Out of memory, the memo is left out. */
static void must_begin(scan_scratch *x, size_t n)
{
    if (n > x->nmust) {
        qawlp_free(x->must_at);
        qawlp_free(x->must_scan);
        x->must_at = qawlp_malloc(n * MUST_ALTS * sizeof *x->must_at);
        x->must_scan = qawlp_calloc(n, sizeof *x->must_scan);
        x->nmust = x->must_at && x->must_scan ? n : 0;
        x->scan = 0;
    }
    /* a scan's number is never that of an answer it did not give, even
     * after four billion scans */
    if (++x->scan == 0) {
        memset(x->must_scan, 0, x->nmust * sizeof *x->must_scan);
        x->scan = 1;
    }
}


/* Serialises the JIT compiles of pattern_code (a few dozen a process):
 * a thread that needs a pattern another is compiling waits for it. */
static pthread_mutex_t jit_mutex = PTHREAD_MUTEX_INITIALIZER;

/* The code to run pattern K (entry EN) with: a JIT-compiled copy of its
 * code, made at its first run (*JIT set), or its own code for the
 * interpreter where no copy can be had (no JIT on this platform, out of
 * memory) or the pattern is not worth one (MUST_INTERPRET).  Compiled at load, the 27 shipped patterns cost 4.7 M
 * instructions before the first word was read, more than the JIT saves
 * a single article, and a pattern whose words a batch never holds
 * (holds_must) is never compiled now.  The first run waits for the
 * compile, never runs the interpreter meanwhile: the two count PCRE2's
 * match limit differently, and which one a run gets must not depend on
 * which thread came first.  The entry's own code is left as it is, for
 * the partial probes of can_begin, which other threads may be running.
 * The JIT reads whole words past the end of its subject: the folded text
 * keeps zero bytes there (NORM_PAD in normalize.c), so memcheck sees
 * nothing undefined under valgrind either. */
static const pcre2_code *pattern_code(const qawl_lexicon *lex,
                                      const qawlp_entry *en, uint32_t k,
                                      int *jit)
{
    qawlp_pattern_jit *pj = &lex->pattern_jit[k];
    pcre2_code *c = atomic_load_explicit(&pj->code, memory_order_acquire);

    if (c == NULL && !atomic_load_explicit(&pj->interpret, memory_order_acquire)) {
        pthread_mutex_lock(&jit_mutex);
        c = atomic_load_explicit(&pj->code, memory_order_relaxed);
        if (c == NULL && !atomic_load_explicit(&pj->interpret,
                                               memory_order_relaxed)) {
            c = pcre2_code_copy(en->re);
            if (c != NULL &&
                (jit_compile(c, PCRE2_JIT_COMPLETE) != 0 || !jit_ready(c))) {
                pcre2_code_free(c);
                c = NULL;
            }
            if (c != NULL)
                atomic_store_explicit(&pj->code, c, memory_order_release);
            else
                atomic_store_explicit(&pj->interpret, 1, memory_order_release);
        }
        pthread_mutex_unlock(&jit_mutex);
    }
    *jit = c != NULL;
    return c != NULL ? c : en->re;
}

/* The match of pattern entry EN anchored at the start of word token I,
 * within the bytes of tokens up to LAST; 1 and its token range in *M, 0
 * for none, -1 never (a resource limit is no match). */
static int match_at_token(const qawlp_doc *doc, const qawl_lexicon *lex,
                          const qawlp_entry *en, uint32_t k, size_t i,
                          size_t last, scan_scratch *x, qawlp_pmatch *m)
{
    PCRE2_SIZE end = doc->tokens.v[last - 1].end, *ov;
    size_t b;
    /* The folded text is valid UTF-8 by construction; the JIT entry
     * point does not check it either. */
    pcre2_match_context *mc = lex->pcre_match;
    pcre2_match_data *md = x->md;
    PCRE2_SIZE start = doc->tokens.v[i].start;
    const pcre2_code *re;
    int rc, jit;

    /* most runs would fail: those whose subject lacks the bytes every
     * match holds are not made */
    if (!holds_must(doc, en, k, start, end, x))
        return 0;
    re = pattern_code(lex, en, k, &jit);
    rc = jit ? pcre2_jit_match(re, (PCRE2_SPTR)doc->norm, end, start, 0, md,
                               mc)
             : pcre2_match(re, (PCRE2_SPTR)doc->norm, end, start,
                           PCRE2_NO_UTF_CHECK, md, mc);
    if (rc < 0)
        return 0;
    ov = pcre2_get_ovector_pointer(md);
    if (ov[1] <= ov[0])
        return 0;
    b = token_after(doc, i, last, ov[1] - 1) + 1;
    /* \S* may take the punctuation after the last word: the term ends
     * with its last word. */
    while (b > i + 1 && doc->tokens.v[b - 1].kind != QAWLP_TOK_WORD)
        b--;
    m->first = (uint32_t)i;
    m->ntok = (uint32_t)(b - i);
    return 1;
}

/* Whether \b holds at the start of word token T, whose first code point
 * is CP, for a subject of END bytes: from the bytes when an ASCII
 * character that is no word character (or nothing) precedes an Arabic
 * letter, which is most words; else as PCRE2 itself sees it. */
static int word_boundary_at(const qawlp_doc *doc, const qawl_lexicon *lex,
                            const qawlp_token *t, uint32_t cp, size_t end,
                            pcre2_match_data *md)
{
    unsigned char prev = t->start ? (unsigned char)doc->norm[t->start - 1]
                                  : ' ';
    int rc;

    if (cp >= 0x0621 && cp <= 0x064A && prev < 0x80 && prev != '_' &&
        !(prev >= '0' && prev <= '9') && !(prev >= 'a' && prev <= 'z') &&
        !(prev >= 'A' && prev <= 'Z'))
        return 1;
    rc = lex->word_boundary_jit
        ? pcre2_jit_match(lex->word_boundary, (PCRE2_SPTR)doc->norm, end,
                          t->start, 0, md, lex->pcre_match)
        : pcre2_match(lex->word_boundary, (PCRE2_SPTR)doc->norm, end,
                      t->start, PCRE2_NO_UTF_CHECK, md, lex->pcre_match);
    return rc >= 0;
}

/* What the scan learns of the patterns at the words it meets.  Before a
 * pattern runs at a word, it is probed with the first four characters
 * of its subject alone, when those are letters or spaces: can_begin, the
 * probe the loader makes with two and three letters, and under the same
 * premise (a match of the whole begins with a match or partial match of
 * its start; the probe, like the loader's, sees no text before it).  A
 * pattern that cannot begin so is not run.  The three letters of by_pair
 * let through most patterns at most words, since [وف]?(?:ل|ب)?(?:ال)?
 * admits ال and any letter of the pattern's word; the fourth character
 * turns nine in ten of them away.
 *
 * Which of a word's candidates (by_pair) are worth running depends on
 * those four characters only, so the answer is remembered by them, in
 * PATTERN_MEMO slots shared by the threads: a slot holds the four
 * characters and the candidates as one atomic word, so a thread reads
 * either an answer some thread gave for those four, or something else,
 * and then probes itself; two threads that probe the same four write
 * the same.  A word is then one look-up, whatever its candidates. */
#define PATTERN_MEMO_BITS 14
#define PATTERN_MEMO ((size_t)1 << PATTERN_MEMO_BITS)
/* A slot: the candidates' bits above the four characters' 24 bits and
 * MEMO_KNOWN (0: a free slot).  Longer candidate lists are not
 * remembered. */
#define MEMO_KNOWN 1u
#define MEMO_KEY_BITS 25
#define MEMO_MAX_CANDIDATES (64 - MEMO_KEY_BITS)

static void pattern_memo_reset(qawl_lexicon *lex)
{
    size_t k;

    /* made zero (all unknown) at the first load, where the loop below
     * was a tenth of index_patterns (the memo's lock-free 64-bit atomics
     * hold 0 as zero bytes); emptied so after a user file */
    if (lex->pattern_memo == NULL) {
        lex->pattern_memo =
            qawlp_calloc(PATTERN_MEMO, sizeof *lex->pattern_memo);
        return;
    }
    for (k = 0; k < PATTERN_MEMO; k++)
        atomic_init(&lex->pattern_memo[k], 0);
}

/* The first four characters from byte AT of the folded text, none at or
 * after END, as letter bits of six bits each (63: a space), their bytes
 * in *LEN; -1 when one of them is another character or END comes
 * first. */
static long four_chars(const char *norm, size_t at, size_t end,
                       size_t *len)
{
    const unsigned char *s = (const unsigned char *)norm;
    size_t p = at;
    long key = 0;
    int k;

    for (k = 0; k < 4; k++) {
        int bit;
        if (p < end && s[p] == ' ') {
            bit = 63;
            p++;
        } else if (p + 1 < end && (s[p] == 0xD8 || s[p] == 0xD9) &&
                   (s[p + 1] & 0xC0) == 0x80 &&
                   (bit = letter_bit((uint32_t)(s[p] & 0x1F) << 6 |
                                     (s[p + 1] & 0x3F))) < 63) {
            p += 2;
        } else {
            return -1;
        }
        key = key << 6 | bit;
    }
    *len = p - at;
    return key;
}

/* The candidates by_pair[I + k] (bit k) of the word at byte AT worth
 * running there: those its third letter (BIT3, 0: none to check) admits
 * and the LEN bytes of its four characters FOUR (four_chars) may begin.
 * From the memo, else probed and remembered.  HI - I is at most
 * MEMO_MAX_CANDIDATES. */
static uint64_t worth_running(const qawlp_doc *doc, const qawl_lexicon *lex,
                              size_t i, size_t hi, uint64_t bit3, size_t at,
                              long four, size_t len, pcre2_match_data *md,
                              qawlp_prefix_scratch *ws)
{
    uint64_t key = (uint64_t)four << 1 | MEMO_KNOWN, got, bits = 0;
    int limited = 0;   /* a probe at a limit may begin a match: kept */
    _Atomic uint64_t *slot =
        &lex->pattern_memo[((uint64_t)four * UINT64_C(0x9E3779B97F4A7C15)) >>
                           (64 - PATTERN_MEMO_BITS)];
    size_t k;

    got = atomic_load_explicit(slot, memory_order_relaxed);
    if ((got & ((UINT64_C(1) << MEMO_KEY_BITS) - 1)) == key)
        return got >> MEMO_KEY_BITS;
    for (k = i; k < hi; k++) {
        const qawlp_pair_entry *p = &lex->by_pair[k];
        const qawlp_entry *en = &lex->entries.v[p->entry];
        if ((!bit3 || (p->third & bit3)) &&
            (en->prefix != NULL
                 ? qawlp_prefix_can_begin(en->prefix, doc->norm + at, len, ws)
                 : can_begin(en->re, doc->norm + at, len, md,
                             lex->pcre_match, &limited)))
            bits |= UINT64_C(1) << (k - i);
    }
    atomic_store_explicit(slot, bits << MEMO_KEY_BITS | key,
                          memory_order_relaxed);
    return bits;
}

/* Runs candidate P of the word token T if its section is in MASK, and
 * appends its match to OUT.  *WB: whether \b holds at the word (-1: not
 * known yet; CP is the word's first code point).  Returns 0 or -1
 * (nomem). */
static int run_candidate(const qawlp_doc *doc, const qawl_lexicon *lex,
                         const qawlp_pair_entry *p, size_t t, uint32_t cp,
                         size_t last, uint64_t mask, int *wb,
                         scan_scratch *x, qawlp_pmatch_vec *out)
{
    const qawlp_entry *en = &lex->entries.v[p->entry];
    qawlp_pmatch m;

    if (!(mask & QAWLP_BIT(p->section)))
        return 0;
    if (en->word_start && *wb < 0)
        *wb = word_boundary_at(doc, lex, &doc->tokens.v[t], cp,
                               doc->tokens.v[last - 1].end, x->md);
    if ((en->word_start && !*wb) ||
        !match_at_token(doc, lex, en, p->pattern, t, last, x, &m))
        return 0;
    m.entry = p->entry;
    if (QAWLP_PUSH(*out) == NULL)
        return -1;
    out->v[out->n - 1] = m;
    return 0;
}


static void scratch_free(void *p)
{
    scan_scratch *x = p;

    if (x == NULL)
        return;
    pcre2_match_data_free(x->md);
    qawlp_prefix_scratch_free(x->walk);
    qawlp_free(x->must_at);
    qawlp_free(x->must_scan);
    qawlp_free(x);
}

void qawlp_pattern_scan_end(void *scratch)
{
    scan_scratch *x = scratch;

    if (x != NULL && !x->kept)
        scratch_free(x);
}

/* Each thread keeps one scratch across its documents: made, its probe
 * buffers grown to the largest automaton met, and freed again for every
 * document, it cost some 0.5 M instructions over the bench's 200
 * articles.  Nothing in it depends on the lexicon set: the match data
 * has room for one match of any pattern, and the buffers are refitted
 * to each automaton probed (scratch_fit in prefix.c). */
static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;
static int scratch_ok;          /* the key was made */

static void scratch_key_make(void)
{
    scratch_ok = pthread_key_create(&scratch_key, scratch_free) == 0;
}

/* As segment.c's words seen: when the library is unloaded, the key goes
 * with it, so that no thread ending later calls scratch_free. */
__attribute__((destructor)) static void scratch_key_drop(void)
{
    if (scratch_ok)
        pthread_key_delete(scratch_key);
    scratch_ok = 0;
}

/* A new scratch for the scans of LEX; NULL when out of memory. */
static scan_scratch *scratch_new(const qawl_lexicon *lex)
{
    scan_scratch *x = qawlp_calloc(1, sizeof *x);

    if (x == NULL)
        return NULL;
    x->md = pcre2_match_data_create(1, lex->pcre_general);
    x->walk = qawlp_prefix_scratch_new();
    if (x->md == NULL) {
        scratch_free(x);
        return NULL;
    }
    return x;
}

/* This thread's scratch, made at its first scan; else (no key, out of
 * memory) one for the caller alone, or NULL. */
static scan_scratch *thread_scratch(const qawl_lexicon *lex)
{
    scan_scratch *x;

    if (pthread_once(&scratch_once, scratch_key_make) != 0 || !scratch_ok)
        return scratch_new(lex);
    x = pthread_getspecific(scratch_key);
    if (x != NULL) {
        /* its probe buffers once failed: not kept from every document */
        if (x->walk == NULL)
            x->walk = qawlp_prefix_scratch_new();
        return x;
    }
    x = scratch_new(lex);
    if (x != NULL && pthread_setspecific(scratch_key, x) == 0)
        x->kept = 1;
    return x;
}

int qawlp_pattern_scan(const qawlp_doc *doc, const qawl_lexicon *lex,
                       size_t first, size_t last, uint64_t mask,
                       void **scratch, qawlp_pmatch_vec *out)
{
    pcre2_match_data *md;
    scan_scratch *x;
    size_t i, t, n0 = out->n, end;
    int failed = 0;

    if (last > doc->tokens.n)
        last = doc->tokens.n;
    /* (names are masked by patterns only when a lexicon has such) */
    if (!(lex->pattern_sections & mask) || first >= last)
        return 0;
    if (*scratch == NULL) {
        *scratch = thread_scratch(lex);
        if (*scratch == NULL)
            return -1;
    }
    x = *scratch;
    md = x->md;
    must_begin(x, lex->npattern_jit);
    end = doc->tokens.v[last - 1].end;
    for (t = first; t < last && !failed; t++) {
        const qawlp_token *tok = &doc->tokens.v[t];
        const unsigned char *w = (const unsigned char *)doc->norm + tok->start;
        uint32_t cp = 0, cp2 = 0, cp3 = 0, len = tok->end - tok->start;
        int b1, b2, n, n2 = 0, wb = -1;   /* \b at the word: not known yet */
        uint64_t bit3, bits;
        size_t hi, len4 = 0;
        long four;
        uint32_t cp4 = 0;
        uint64_t x8;
        int whole = 0;      /* the word opens with four two-byte letters */
        if (tok->kind != QAWLP_TOK_WORD)
            continue;
        /* the third and fourth letters only past the pair's look-up,
         * which turns most words away */
        if (len >= 8 && four_letters(w, &x8)) {
            cp = letter_in(x8, 0);
            cp2 = letter_in(x8, 1);
            n = n2 = 2;
            whole = 1;
        } else {
            n = first_cp(w, len, &cp);
            if (n > 0 && (uint32_t)n < len)
                n2 = first_cp(w + n, len - (uint32_t)n, &cp2);
        }
        b1 = letter_bit(cp);
        b2 = letter_bit(cp2);
        i = lex->by_pair_at[64 * b1 + b2];
        hi = lex->by_pair_at[64 * b1 + b2 + 1];
        if (i == hi)        /* most words: no pattern begins so */
            continue;
        if (whole) {
            cp3 = letter_in(x8, 2);
            cp4 = letter_in(x8, 3);
        } else if (n2 > 0 && (uint32_t)(n + n2) < len) {
            first_cp(w + n + n2, len - (uint32_t)(n + n2), &cp3);
        }
        /* the third letter's bit (63: another character, or the end of
         * a word of two); a word of one letter has no third */
        bit3 = n2 > 0 ? UINT64_C(1) << letter_bit(cp3) : 0;
        if (lex->pattern_memo == NULL || hi - i > MEMO_MAX_CANDIDATES) {
            four = -1;
        } else if (whole) {  /* four_chars, of the letters read */
            int b3 = letter_bit(cp3), b4 = letter_bit(cp4);
            four = b1 < 63 && b2 < 63 && b3 < 63 && b4 < 63
                       ? (long)b1 << 18 | (long)b2 << 12 | (long)b3 << 6 | b4
                       : -1;
            len4 = 8;
        } else {
            four = four_chars(doc->norm, tok->start, end, &len4);
        }
        if (four < 0) {     /* the three letters decide alone */
            for (; i < hi && !failed; i++)
                if (!bit3 || (lex->by_pair[i].third & bit3))
                    failed = run_candidate(doc, lex, &lex->by_pair[i], t, cp,
                                           last, mask, &wb, x, out);
            continue;
        }
        bits = worth_running(doc, lex, i, hi, bit3, tok->start, four, len4,
                             md, x->walk);
        while (bits && !failed) {
            size_t k = bit_count((bits & (0 - bits)) - 1);
            bits &= bits - 1;
            failed = run_candidate(doc, lex, &lex->by_pair[i + k], t, cp,
                                   last, mask, &wb, x, out);
        }
    }
    if (failed)
        return -1;
    if (out->n - n0 > 1)
        qsort(out->v + n0, out->n - n0, sizeof *out->v, by_position);
    return 0;
}
