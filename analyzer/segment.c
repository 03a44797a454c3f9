/*
 * segment.c — stage 3: tokens, sentences, paragraphs and quotation marks.
 *
 * Input: doc->tokens as normalize.c found them while folding (words, and
 * one token for each other character but the space), and doc->norm.
 * Output, in one pass over the tokens, never the bytes: each token's
 * kind (punctuation, quotation mark, line break), doc->sentences, and
 * doc->marked (pairs of quotation marks).  A word token also carries its
 * lexicon keys: the word with the clitics of clitics.txt stripped (و ف,
 * then ب ل ك, then ال), least stripped first, each already looked up in
 * the lexicon index, so later stages match words without hashing again;
 * a word seen earlier in the document copies the earlier token's.
 *
 * Sentences end at . ! ? ؟ … (a dot between digits is not an end) and at
 * line breaks; a line is a paragraph.  Quotation marks pair by kind: « »,
 * “ ”, „ ”, ‹ ›, and straight " marks in order within a paragraph.  A mark
 * left open at the end of a paragraph pairs across the break only when the
 * next paragraph opens with a mark (the press convention for a quotation
 * that runs over paragraphs); otherwise it stays unpaired, so a stray mark
 * never swallows the rest of the article.
 */
#include <config.h>

#include <pthread.h>
#include <string.h>
#include <unicode/uchar.h>

#include "internal.h"

int qawlp_is_word_cp(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
               (cp >= 'A' && cp <= 'Z') || cp == '_';
    if (cp >= 0x0621 && cp <= 0x064A)
        return 1;
    /* the Arabic comma, semicolon and question mark (Po): nearly all of
     * the other characters of Arabic text asked, a comma every few
     * words, answered without two calls into ICU */
    if (cp == 0x060C || cp == 0x061B || cp == 0x061F)
        return 0;
    return u_isalnum((UChar32)cp) || u_charType((UChar32)cp) == U_NON_SPACING_MARK;
}

/* qawlp_utf8_decode of valid text, with ASCII and two-byte characters
 * (all Arabic letters) decoded in line: it runs several times a word. */
static inline int decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n >= 1 && s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (n >= 2 && s[0] >= 0xC2 && s[0] < 0xE0 && (s[1] & 0xC0) == 0x80) {
        *cp = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
        return 2;
    }
    return qawlp_utf8_decode(s, n, cp);
}

static uint8_t qmark_kind(uint32_t cp)
{
    switch (cp) {
    case '"': return QAWLP_QM_STRAIGHT;
    case 0x00AB: return QAWLP_QM_GUIL_OPEN;
    case 0x00BB: return QAWLP_QM_GUIL_CLOSE;
    case 0x201C: case 0x201E: return QAWLP_QM_CURLY_OPEN;
    case 0x201D: return QAWLP_QM_CURLY_CLOSE;
    case 0x2039: return QAWLP_QM_SGUIL_OPEN;
    case 0x203A: return QAWLP_QM_SGUIL_CLOSE;
    default: return 0;
    }
}

/* Bytes of the character whose lead byte is B (the folded text is valid
 * UTF-8). */
static inline size_t char_len(unsigned char b)
{
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

/* Whether the word W (LEN bytes) has at least two characters from byte
 * AT on: more bytes than its first character's (count_chars >= 2 of
 * valid UTF-8, without the count). */
static inline int two_chars_from(const unsigned char *w, size_t at, size_t len)
{
    return at < len && len - at > char_len(w[at]);
}

/* The lexicon's clitic letters (clitics.txt) as bits over U+0600-U+067F,
 * where all of them are in practice, taken once a document: every word
 * asks about its first letter or two.  OTHER: some letter lies outside,
 * asked of the lexicon's list. */
typedef struct {
    const qawl_lexicon *lex;
    uint64_t conj[2], prep[2], any[2];   /* ANY: conj or prep */
    uint8_t conj_other, prep_other;
} clitic_bits;

static void clitic_bits_init(clitic_bits *cb, const qawl_lexicon *lex)
{
    size_t i;

    memset(cb, 0, sizeof *cb);
    cb->lex = lex;
    for (i = 0; i < lex->nconj; i++) {
        uint32_t k = lex->conj[i] - 0x0600;
        if (k < 128)
            cb->conj[k >> 6] |= UINT64_C(1) << (k & 63);
        else
            cb->conj_other = 1;
    }
    for (i = 0; i < lex->nprep; i++) {
        uint32_t k = lex->prep[i] - 0x0600;
        if (k < 128)
            cb->prep[k >> 6] |= UINT64_C(1) << (k & 63);
        else
            cb->prep_other = 1;
    }
    cb->any[0] = cb->conj[0] | cb->prep[0];
    cb->any[1] = cb->conj[1] | cb->prep[1];
}

/* Whether CP may be a clitic letter (conj or prep): a word that opens
 * with none has no variant but itself, most words. */
static inline int maybe_clitic(const clitic_bits *cb, uint32_t cp)
{
    uint32_t k = cp - 0x0600;

    if (k < 128)
        return (int)(cb->any[k >> 6] >> (k & 63) & 1);
    return cb->conj_other | cb->prep_other;
}

/* Whether CP is in BITS (or, outside them, in SET of N when OTHER). */
static inline int clitic_in(const uint64_t bits[2], int other,
                            const uint32_t *set, size_t n, uint32_t cp)
{
    uint32_t k = cp - 0x0600;

    if (k < 128)
        return (int)(bits[k >> 6] >> (k & 63) & 1);
    return other && qawlp_cp_in(cp, set, n);
}

/* The code point of the character at W (valid UTF-8, at least one). */
static inline uint32_t first_cp(const unsigned char *w, size_t len,
                                size_t *n)
{
    uint32_t cp;

    if (w[0] < 0x80) {
        *n = 1;
        return w[0];
    }
    if (w[0] < 0xE0 && len >= 2) {
        *n = 2;
        return (uint32_t)(w[0] & 0x1F) << 6 | (w[1] & 0x3F);
    }
    *n = (size_t)qawlp_utf8_decode(w, len, &cp);
    return *n > 0 ? cp : 0;
}

/* The variants of one word while it is read: their slots go to
 * doc->var_slots only when some key is in the lexicon. */
typedef struct {
    int32_t slot[QAWLP_MAX_VARIANTS];
    uint64_t sections;          /* the union of the slots' sections */
} var_slots;

/* Adds the key of word token T (text W, LEN bytes) from byte SKIP on,
 * after the article, unless a variant already has it. */
static void add_variant(const qawl_lexicon *lex, const char *w, size_t len,
                        qawlp_token *t, var_slots *vs, size_t skip)
{
    size_t art, klen, v;
    const qawlp_slot *s;

    klen = qawlp_strip_article(lex, w + skip, len - skip, &art);
    skip += art;
    for (v = 0; v < t->nvar; v++)
        if (t->var_skip[v] == skip)
            return;
    if (t->nvar == QAWLP_MAX_VARIANTS || skip > 255 || klen > 255)
        return;
    s = qawlp_lexicon_find(lex, w + skip, klen);
    t->var_skip[t->nvar] = (uint8_t)skip;
    vs->slot[t->nvar] = s ? (int32_t)(s - lex->slots) : -1;
    vs->sections |= s ? s->sections : 0;
    t->in_lexicon |= s != NULL;
    t->nvar++;
}

/* Adds the prepositional variants of the word from byte BASE on.  In
 * line: for the fifth of the words that open with a clitic letter, a
 * call cost as much as its checks. */
static inline __attribute__((always_inline)) void
add_prep_variants(const clitic_bits *cb, const unsigned char *w, size_t len,
                  qawlp_token *t, var_slots *vs, size_t base)
{
    const qawl_lexicon *lex = cb->lex;
    size_t n1, n2;
    uint32_t c1 = first_cp(w + base, len - base, &n1);

    if (n1 == 0 ||
        !clitic_in(cb->prep, cb->prep_other, lex->prep, lex->nprep, c1) ||
        !two_chars_from(w, base + n1, len))
        return;
    add_variant(lex, (const char *)w, len, t, vs, base + n1);
    /* لل + word: the preposition ل ate the article's alef (للحرب = ل +
     * الحرب), so the word after both ل is the key. */
    n2 = char_len(w[base + n1]);
    if (lex->article_len > n2 &&
        memcmp(lex->article + lex->article_len - n2, w + base + n1, n2) == 0 &&
        two_chars_from(w, base + n1 + n2, len))
        add_variant(lex, (const char *)w, len, t, vs, base + n1 + n2);
}

/* Appends the NVAR lexicon slots of word token T (SLOT) to the document's
 * table, then the union of their sections (SECTIONS, which
 * qawlp_token_sections reads: asked for every word by the cue scan and
 * for every quoted word by stance, it walked the slots each time), and
 * points T at them; -1 when out of memory. */
static inline __attribute__((always_inline)) int
store_slots(qawlp_doc *doc, qawlp_token *t, const int32_t *slot,
            uint64_t sections)
{
    /* room for QAWLP_MAX_VARIANTS, all copied at once (a copy of a
     * known size is a few moves, not a call); those past NVAR are no
     * slots of T's and are written over by the sections, then the next
     * word's */
    if (doc->var_slots.n > UINT32_MAX - QAWLP_MAX_VARIANTS - 2 ||
        (doc->var_slots.n + QAWLP_MAX_VARIANTS + 2 > doc->var_slots.cap &&
         qawlp_reserve((void **)&doc->var_slots.v, &doc->var_slots.cap,
                       doc->var_slots.n + QAWLP_MAX_VARIANTS + 2,
                       sizeof *doc->var_slots.v)))
        return -1;
    t->slots = (uint32_t)doc->var_slots.n;
    memcpy(doc->var_slots.v + doc->var_slots.n, slot,
           QAWLP_MAX_VARIANTS * sizeof *slot);
    memcpy(doc->var_slots.v + doc->var_slots.n + t->nvar, &sections,
           sizeof sections);
    doc->var_slots.n += t->nvar + 2;
    return 0;
}

/* Fills the variants of word token T; -1 when out of memory. */
static int compute_variants(qawlp_doc *doc, const clitic_bits *cb,
                            qawlp_token *t)
{
    const qawl_lexicon *lex = cb->lex;
    const unsigned char *w = (const unsigned char *)doc->norm + t->start;
    size_t len = t->end - t->start, n, art, klen;
    var_slots vs;
    uint32_t c;

    /* the word itself, after any article: every word's first variant
     * (add_variant with nothing to compare against) */
    klen = qawlp_strip_article(lex, (const char *)w, len, &art);
    if (klen <= 255) {
        const qawlp_slot *s = qawlp_lexicon_find(lex, (const char *)w + art,
                                                 klen);
        t->var_skip[0] = (uint8_t)art;
        vs.slot[0] = s ? (int32_t)(s - lex->slots) : -1;
        vs.sections = s ? s->sections : 0;
        t->in_lexicon = s != NULL;
        t->nvar = 1;
    }
    c = first_cp(w, len, &n);
    if (n > 0 && maybe_clitic(cb, c)) {
        if (clitic_in(cb->conj, cb->conj_other, lex->conj, lex->nconj, c) &&
            two_chars_from(w, n, len)) {
            t->conj = (uint8_t)n;
            add_variant(lex, (const char *)w, len, t, &vs, n);
            add_prep_variants(cb, w, len, t, &vs, n);
        }
        add_prep_variants(cb, w, len, t, &vs, 0);
    }
    if (!t->in_lexicon)
        return 0;
    return store_slots(doc, t, vs.slot, vs.sections);
}

/* Words seen in this document, by a hash of their bytes: a third of a
 * news article's words repeat one before them (في، من، أن, names), and a
 * word's variants depend on its bytes alone, so a repeat copies them from
 * the token that computed them (sharing its slots in doc->var_slots)
 * instead of asking the lexicon again.  A cell holds that token's index
 * plus one, 0 when free; a collision only costs a recomputation. */
#define WORD_CACHE 1024

static inline uint32_t word_hash(const unsigned char *w, size_t len)
{
    uint32_t a, b;

    if (len >= 4) {
        a = qawlp_load_le32(w);
        b = qawlp_load_le32(w + len - 4);
    } else {
        a = (uint32_t)w[0] | (uint32_t)w[len - 1] << 8;
        b = (uint32_t)w[len / 2];
    }
    a = (a ^ (uint32_t)len) * 0x9E3779B1u;
    a ^= b * 0x85EBCA77u;
    return a ^ (a >> 15);
}

/* Words seen in the documents a thread analysed before this one: most
 * of a document's words are no repeat within it (some 38,000 of the
 * 54,000 words of the 200 articles of the bench's fixed set), but only
 * some 13,000 are new across the set.  A word's variants depend on its
 * bytes and the lexicon set alone, so each thread keeps them, by a hash
 * of the word, for words of up to SEEN_WORD bytes (nearly all), and
 * forgets them when it meets another set (another serial).  A cell is
 * overwritten by any other word of its hash: only a cost. */
#define SEEN_BITS 14
#define SEEN_WORD 16

typedef struct {
    uint8_t len;                /* 0: a free cell */
    uint8_t nvar, conj, in_lexicon;
    uint8_t var_skip[QAWLP_MAX_VARIANTS];
    char word[SEEN_WORD];
    int32_t slot[QAWLP_MAX_VARIANTS];   /* -1: none */
    uint64_t sections;          /* their union, when in_lexicon */
    /* where the slots are in the var_slots of the document with stamp
     * DOC (0: none), so that its later tokens of the word share them,
     * as the document's own cache lets fewer do */
    uint32_t doc, doc_slots;
} seen_word;

typedef struct {
    uint64_t serial;            /* the lexicon set's; 0 when none yet */
    uint32_t doc;               /* the stamp of the document segmented */
    seen_word cell[1 << SEEN_BITS];
} words_seen;

static pthread_key_t seen_key;
static pthread_once_t seen_once = PTHREAD_ONCE_INIT;
static int seen_ok;             /* the key was made */

static void seen_free(void *p)
{
    qawlp_free(p);
}

static void seen_key_make(void)
{
    seen_ok = pthread_key_create(&seen_key, seen_free) == 0;
}

/* When the library is unloaded (dlclose), the key goes with it: a
 * thread that ends later must not call seen_free, whose code is gone.
 * Its table is then left to the process, which the unload leaks. */
__attribute__((destructor)) static void seen_key_drop(void)
{
    if (seen_ok)
        pthread_key_delete(seen_key);
    seen_ok = 0;
}

/* This thread's words seen, emptied unless they were seen with LEX; NULL
 * when there is none to be had (out of memory): the variants are then
 * computed, as they would be anyway. */
static words_seen *thread_words(const qawl_lexicon *lex)
{
    words_seen *ws;

    if (pthread_once(&seen_once, seen_key_make) != 0 || !seen_ok)
        return NULL;
    ws = pthread_getspecific(seen_key);
    if (ws == NULL) {
        ws = qawlp_calloc(1, sizeof *ws);
        if (ws == NULL || pthread_setspecific(seen_key, ws) != 0) {
            qawlp_free(ws);
            return NULL;
        }
    }
    if (ws->serial != lex->serial) {
        if (ws->serial != 0)      /* calloc's zeros need no memset */
            memset(ws->cell, 0, sizeof ws->cell);
        ws->serial = lex->serial;
    }
    /* a new document: no cell's doc_slots are its, even when the stamp
     * wraps (after four billion documents) */
    if (++ws->doc == 0) {
        size_t k;
        for (k = 0; k < sizeof ws->cell / sizeof ws->cell[0]; k++)
            ws->cell[k].doc = 0;
        ws->doc = 1;
    }
    return ws;
}

/* Gives word token T the variants of the word seen in CELL (this
 * document's stamp: STAMP); -1 when out of memory. */
static int variants_seen(qawlp_doc *doc, seen_word *cell, uint32_t stamp,
                         qawlp_token *t)
{
    memcpy(t->var_skip, cell->var_skip, sizeof t->var_skip);
    t->nvar = cell->nvar;
    t->conj = cell->conj;
    t->in_lexicon = cell->in_lexicon;
    if (!t->in_lexicon)
        return 0;
    if (cell->doc == stamp) {       /* an earlier token of this document's */
        t->slots = cell->doc_slots;
        return 0;
    }
    /* as compute_variants does */
    if (store_slots(doc, t, cell->slot, cell->sections))
        return -1;
    cell->doc = stamp;
    cell->doc_slots = t->slots;
    return 0;
}

/* Remembers in CELL the variants just computed for word token T (W,
 * LEN bytes, at most SEEN_WORD).  The word is copied as SEEN_WORD bytes
 * at once: the folded text has zero bytes after its end (NORM_PAD in
 * normalize.c), and only LEN of them are ever compared. */
static void remember_word(const qawlp_doc *doc, seen_word *cell,
                          uint32_t stamp, const unsigned char *w, size_t len,
                          const qawlp_token *t)
{
    cell->len = (uint8_t)len;
    memcpy(cell->word, w, SEEN_WORD);
    memcpy(cell->var_skip, t->var_skip, sizeof cell->var_skip);
    cell->nvar = t->nvar;
    cell->conj = t->conj;
    cell->in_lexicon = t->in_lexicon;
    if (t->in_lexicon) {
        memcpy(cell->slot, doc->var_slots.v + t->slots,
               t->nvar * sizeof *cell->slot);
        memcpy(&cell->sections, doc->var_slots.v + t->slots + t->nvar,
               sizeof cell->sections);
        cell->doc = stamp;
        cell->doc_slots = t->slots;
    }
}

/* Fills the variants of word token T from the cache when an earlier
 * token had its bytes; else computes them and caches T.  -1 when out of
 * memory. */
static int cached_variants(qawlp_doc *doc, const clitic_bits *cb,
                           uint32_t *cache, words_seen *seen, qawlp_token *t)
{
    const unsigned char *w = (const unsigned char *)doc->norm + t->start;
    size_t len = t->end - t->start;
    uint32_t hash = word_hash(w, len);
    size_t h = hash & (WORD_CACHE - 1);
    uint32_t at = cache[h];
    seen_word *cell;

    if (at != 0) {
        const qawlp_token *p = &doc->tokens.v[at - 1];
        if (p->end - p->start == len &&
            qawlp_same_short(doc->norm + p->start, w, len)) {
            memcpy(t->var_skip, p->var_skip, sizeof t->var_skip);
            t->nvar = p->nvar;
            t->conj = p->conj;
            t->in_lexicon = p->in_lexicon;
            t->slots = p->slots;
            return 0;
        }
    }
    cache[h] = (uint32_t)(t - doc->tokens.v) + 1;
    cell = seen != NULL && len <= SEEN_WORD
               ? &seen->cell[hash >> (32 - SEEN_BITS)]
               : NULL;
    if (cell != NULL && cell->len == len &&
        qawlp_same_short(cell->word, w, len))
        return variants_seen(doc, cell, seen->doc, t);
    /* one call, so that it stays in line */
    if (compute_variants(doc, cb, t))
        return -1;
    if (cell != NULL)
        remember_word(doc, cell, seen->doc, w, len, t);
    return 0;
}

static int is_sentence_end(const qawlp_doc *doc, uint32_t cp, size_t at,
                           size_t len)
{
    if (cp == '!' || cp == '?' || cp == 0x061F || cp == 0x2026)
        return 1;
    if (cp != '.')
        return 0;
    /* العربية.نت and web addresses: a dot glued to the next letter (not
     * to a closing mark, as in «نعم.»). */
    if (at + len < doc->norm_len) {
        uint32_t next;
        int n = decode((const unsigned char *)doc->norm + at + len,
                                  doc->norm_len - at - len, &next);
        if (n > 0 && next >= 0x80 && qawlp_is_word_cp(next))
            return 0;
    }
    /* 2.5 and 1.200 are numbers, not ends. */
    if (at > 0 && at + len < doc->norm_len &&
        doc->norm[at - 1] >= '0' && doc->norm[at - 1] <= '9' &&
        doc->norm[at + len] >= '0' && doc->norm[at + len] <= '9')
        return 0;
    return 1;
}

/* Opens a sentence at token K when *OPEN_NEW (a sentence end or a line
 * break came before it), of paragraph PARAGRAPH; -1 when out of memory. */
static inline int open_sentence(qawlp_doc *doc, size_t k, int *open_new,
                                uint32_t paragraph)
{
    qawlp_sentence *st;

    if (!*open_new)
        return 0;
    st = QAWLP_PUSH(doc->sentences);
    if (st == NULL)
        return -1;
    st->first = (uint32_t)k;
    st->paragraph = paragraph;
    if (doc->sentences.n > 1)
        st[-1].last = st->first;
    *open_new = 0;
    return 0;
}

typedef QAWLP_VEC(uint32_t) index_vec;

/* Sentences, and the kinds and variants of the tokens normalize.c found
 * while folding, in one pass over the tokens; MARKS receives the indices
 * of the line breaks and quotation marks, all that pair_marks reads.  A
 * sentence opens at the first token after a line break, and at the first
 * token after a sentence end that is not a line break, another end, a
 * quotation mark or ')' (those stay with the sentence they close); a
 * line is a paragraph, so no sentence spans two. */
static qawl_status tokenize(qawlp_doc *doc, const qawl_lexicon *lex,
                            index_vec *marks)
{
    clitic_bits cb;
    uint32_t cache[WORD_CACHE];
    words_seen *seen;
    size_t k;
    uint32_t paragraph = 0;
    int pending_end = 0;     /* a sentence end was seen; next word starts one */
    int open_new = 1;        /* the next token opens a sentence */

    /* about one lexicon slot a token (the words with a key in the
     * lexicons, a variant or two each): grown from 2 it was copied some
     * seven times an article */
    if (qawlp_reserve((void **)&doc->var_slots.v, &doc->var_slots.cap,
                      doc->norm_len / 8 + 16, sizeof *doc->var_slots.v))
        return QAWL_ERR_NOMEM;
    /* and a sentence every 20 to 30 tokens, a line break or mark every
     * few dozen: room for most articles at once (grown from 2, these
     * were a thousand reallocations over 200 articles) */
    if (qawlp_reserve((void **)&doc->sentences.v, &doc->sentences.cap,
                      doc->tokens.n / 16 + 8, sizeof *doc->sentences.v) ||
        qawlp_reserve((void **)&marks->v, &marks->cap, doc->tokens.n / 16 + 8,
                      sizeof *marks->v))
        return QAWL_ERR_NOMEM;

    clitic_bits_init(&cb, lex);
    memset(cache, 0, sizeof cache);
    seen = thread_words(lex);
    for (k = 0; k < doc->tokens.n; k++) {
        qawlp_token *t = &doc->tokens.v[k];
        uint32_t cp = t->cp;
        int end_here;
        uint8_t qm;

        if (t->kind == QAWLP_TOK_WORD) {
            if (pending_end) {
                open_new = 1;
                pending_end = 0;
            }
            if (open_sentence(doc, k, &open_new, paragraph))
                return QAWL_ERR_NOMEM;
            t->sentence = (uint32_t)(doc->sentences.n - 1);
            if (cached_variants(doc, &cb, cache, seen, t))
                return QAWL_ERR_NOMEM;
            continue;
        }
        qm = qmark_kind(cp);
        end_here = cp != '\n' && !qm &&
                   is_sentence_end(doc, cp, t->start, t->end - t->start);
        if (pending_end && cp != '\n' && !end_here && !qm && cp != ')') {
            open_new = 1;
            pending_end = 0;
        }
        if (open_sentence(doc, k, &open_new, paragraph))
            return QAWL_ERR_NOMEM;
        t->sentence = (uint32_t)(doc->sentences.n - 1);
        if (cp == '\n' || qm) {
            uint32_t *m = QAWLP_PUSH(*marks);
            if (m == NULL)
                return QAWL_ERR_NOMEM;
            *m = (uint32_t)k;
        }
        if (cp == '\n') {
            t->kind = QAWLP_TOK_NEWLINE;
            pending_end = 0;
            open_new = 1;
            paragraph++;
        } else if (qm) {
            t->kind = QAWLP_TOK_QMARK;
            t->qmark = qm;
        } else {
            t->kind = QAWLP_TOK_PUNCT;
            if (end_here)
                pending_end = 1;
        }
    }
    if (doc->sentences.n > 0)
        doc->sentences.v[doc->sentences.n - 1].last = (uint32_t)doc->tokens.n;
    return QAWL_OK;
}

/* ------------------------------------------------------ quotation marks */

static int word_at(const qawlp_doc *doc, long i)
{
    return i >= 0 && (size_t)i < doc->tokens.n &&
           doc->tokens.v[i].kind == QAWLP_TOK_WORD;
}

/* Whether the space-free neighbours make a straight mark look like a closer
 * (glued to the word before it, not to the word after it). */
static int looks_closing(const qawlp_doc *doc, size_t i)
{
    const qawlp_token *t = &doc->tokens.v[i];
    int glued_before = i > 0 && doc->tokens.v[i - 1].end == t->start &&
                       doc->tokens.v[i - 1].kind != QAWLP_TOK_NEWLINE;
    int glued_after = i + 1 < doc->tokens.n &&
                      doc->tokens.v[i + 1].start == t->end &&
                      word_at(doc, (long)i + 1);
    return glued_before && !glued_after;
}

static qawl_status pair(qawlp_doc *doc, size_t open, size_t close)
{
    qawlp_marked *m = QAWLP_PUSH(doc->marked);

    if (m == NULL)
        return QAWL_ERR_NOMEM;
    m->open = (uint32_t)open;
    m->close = (uint32_t)close;
    doc->tokens.v[open].pair = (int32_t)close;
    doc->tokens.v[close].pair = (int32_t)open;
    return QAWL_OK;
}

/* Index of the first token of the paragraph after token I, or ntok. */
static size_t next_paragraph(const qawlp_doc *doc, size_t i)
{
    while (i < doc->tokens.n && doc->tokens.v[i].kind != QAWLP_TOK_NEWLINE)
        i++;
    while (i < doc->tokens.n && doc->tokens.v[i].kind == QAWLP_TOK_NEWLINE)
        i++;
    return i;
}

static int opens_same_kind(uint8_t open, uint8_t mark)
{
    switch (open) {
    case QAWLP_QM_STRAIGHT: return mark == QAWLP_QM_STRAIGHT;
    case QAWLP_QM_GUIL_OPEN: return mark == QAWLP_QM_GUIL_OPEN;
    case QAWLP_QM_CURLY_OPEN:
    case QAWLP_QM_CURLY_CLOSE:
        return mark == QAWLP_QM_CURLY_OPEN || mark == QAWLP_QM_CURLY_CLOSE;
    case QAWLP_QM_SGUIL_OPEN: return mark == QAWLP_QM_SGUIL_OPEN;
    default: return 0;
    }
}

static int closes(uint8_t open, uint8_t mark)
{
    switch (open) {
    case QAWLP_QM_STRAIGHT: return mark == QAWLP_QM_STRAIGHT;
    case QAWLP_QM_GUIL_OPEN: return mark == QAWLP_QM_GUIL_CLOSE;
    /* Arabic text uses “…” and ”…“ alike. */
    case QAWLP_QM_CURLY_OPEN:
    case QAWLP_QM_CURLY_CLOSE:
        return mark == QAWLP_QM_CURLY_CLOSE || mark == QAWLP_QM_CURLY_OPEN;
    case QAWLP_QM_SGUIL_OPEN: return mark == QAWLP_QM_SGUIL_CLOSE;
    default: return 0;
    }
}

#define MAX_OPEN 8

/* Pairs the quotation marks among MARKS, the indices of the line breaks
 * and marks (no other token takes part). */
static qawl_status pair_marks(qawlp_doc *doc, const index_vec *marks)
{
    size_t open[MAX_OPEN], nopen = 0, reopen_skip = (size_t)-1, m;

    for (m = 0; m < marks->n; m++) {
        size_t i = marks->v[m];
        qawlp_token *t = &doc->tokens.v[i];
        size_t k;

        doc->unpaired_marks += t->kind == QAWLP_TOK_QMARK;

        if (t->kind == QAWLP_TOK_NEWLINE) {
            /* Paragraph end: keep the innermost open mark only if the next
             * paragraph reopens with the same kind of mark.  (Only looked
             * up with a mark open, so runs of blank lines stay linear.) */
            size_t next = nopen > 0 ? next_paragraph(doc, i) : doc->tokens.n;
            if (nopen > 0 && next < doc->tokens.n &&
                doc->tokens.v[next].kind == QAWLP_TOK_QMARK &&
                opens_same_kind(doc->tokens.v[open[nopen - 1]].qmark,
                                doc->tokens.v[next].qmark) &&
                !looks_closing(doc, next)) {
                size_t keep = open[nopen - 1];
                nopen = 1;
                open[0] = keep;
                reopen_skip = next;
            } else {
                nopen = 0;
            }
            continue;
        }
        if (t->kind != QAWLP_TOK_QMARK)
            continue;
        if (i == reopen_skip)
            continue;       /* the reopening mark of a continued quotation */
        for (k = nopen; k > 0; k--)
            if (closes(doc->tokens.v[open[k - 1]].qmark, t->qmark))
                break;
        if (k > 0 && (t->qmark != QAWLP_QM_STRAIGHT || k == nopen)) {
            if (pair(doc, open[k - 1], i) != QAWL_OK)
                return QAWL_ERR_NOMEM;
            doc->unpaired_marks -= 2;
            nopen = k - 1;
            continue;
        }
        if (t->qmark == QAWLP_QM_GUIL_CLOSE || t->qmark == QAWLP_QM_SGUIL_CLOSE)
            continue;      /* a closer with no opener: stray */
        if (t->qmark == QAWLP_QM_STRAIGHT && looks_closing(doc, i))
            continue;      /* a stray closing straight mark */
        if (nopen < MAX_OPEN)
            open[nopen++] = i;
    }
    return QAWL_OK;
}

qawl_status qawlp_segment_run(qawlp_doc *doc, const qawl_lexicon *lex,
                              qawl_error *err)
{
    index_vec marks = {0};
    qawl_status st = tokenize(doc, lex, &marks);

    if (st == QAWL_OK)
        st = pair_marks(doc, &marks);
    qawlp_free(marks.v);
    if (st != QAWL_OK)
        return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                               "out of memory");
    return QAWL_OK;
}

int qawlp_is_punct(const qawlp_doc *doc, size_t i, uint32_t cp)
{
    return i < doc->tokens.n && doc->tokens.v[i].kind == QAWLP_TOK_PUNCT &&
           doc->tokens.v[i].cp == cp;
}
