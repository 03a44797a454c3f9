/*
 * entities.c — stage 7: the mentions clustered into the entities they
 * name, each with its canonical name.
 *
 * Input: doc->mentions (sources.c).  Output: doc->entities, each
 * mention's entity and each quote's.  First a name that runs on into the
 * verb's object is cut where the document's other names end (see
 * cut_at_known_names).  Then mentions join, most recent first: persons
 * that share a name word (أنتوني بلينكن / بلينكن, one letter apart for
 * transliterations), a title-only mention with a person whose phrase
 * contains the title, bodies and unnamed sources by their folded words.
 * The quotes' and turns' mentions are read first, the acts' subjects
 * after them (acts_in_place), so acts never change how the quotes'
 * speakers cluster.  The canonical name is the fullest personal name,
 * else the longest mention, a quote's before an act's; not a name that
 * runs on by a word past another mention's (name_runs_on).  Then the
 * text completes names no source phrase gave whole: a bare head or
 * unnamed source by the phrase before it (name_bare_heads), a body's
 * short name by its head (name_short_bodies), a lone name or a phrase
 * with no name by the name written around it (name_lone_names), a
 * description by the name after it (rename_described), a name's last
 * word that reads as a complementiser (name_with_final_particle), a
 * person's document by the person (name_document_authors).
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "phrase.h"

typedef qawlp_phr ctx;

/* ------------------------------------------------------------ clustering */

/* The folded word of token I of mention M (from behind its glued
 * preposition when it opens M), into *LEN; NULL when I is no word. */
static const char *folded_word(const ctx *c, const qawlp_mention *m, size_t i,
                               size_t *len)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v = i == m->first ? m->lead_var : 0;

    if (t->kind != QAWLP_TOK_WORD)
        return NULL;
    *len = qawlp_var_len(t, v);
    return c->doc->norm + t->start + t->var_skip[v];
}

/* Folded words of mention M, as " w1 w2 … " for containment. */
static int folded_words(const ctx *c, const qawlp_mention *m, qawlp_buf *out)
{
    size_t i, len;

    if (qawlp_buf_append(out, " ", 1))
        return -1;
    for (i = m->first; i < m->last; i++) {
        const char *w = folded_word(c, m, i, &len);
        if (w == NULL)
            continue;
        if (qawlp_buf_append(out, w, len) || qawlp_buf_append(out, " ", 1))
            return -1;
    }
    return 0;
}

/* Bytes for folded_words_in's string and its NUL. */
#define CONTAINED_ROOM 256

/* folded_words of M into D (CONTAINED_ROOM bytes): its length, or 0 when
 * it does not fit. */
static size_t folded_words_in(const ctx *c, const qawlp_mention *m, char *d)
{
    size_t i, len, n = 1;

    d[0] = ' ';
    for (i = m->first; i < m->last; i++) {
        const char *w = folded_word(c, m, i, &len);
        if (w == NULL)
            continue;
        if (len + 2 > CONTAINED_ROOM - n)
            return 0;
        memcpy(d + n, w, len);
        n += len;
        d[n++] = ' ';
    }
    d[n] = '\0';
    return n;
}

/* Whether mentions A and B share a personal-name word of 3+ letters. */
/* Spellings of one transliterated name differ by a long vowel or a
 * doubled letter (بلينكن / بلنكن، ستولتنبرغ / ستولتنبرج): names this long
 * that differ in one letter are taken as one. */
#define VARIANT_MIN_LETTERS 5
#define MAX_LETTERS 32

/* Code points of the word key of token T into OUT; returns how many. */
static size_t letters(const ctx *c, const qawlp_token *t, uint32_t *out)
{
    const unsigned char *p = (const unsigned char *)c->doc->norm + t->start +
                             t->var_skip[0];
    size_t left = qawlp_var_len(t, 0), n = 0;

    while (left > 0 && n < MAX_LETTERS) {
        int k = qawlp_utf8_decode(p, left, &out[n]);
        if (k <= 0)
            break;
        p += k;
        left -= (size_t)k;
        n++;
    }
    return n;
}

/* Whether X and Y are at most one edit apart, with the same first letter. */
static int one_edit(const uint32_t *x, size_t nx, const uint32_t *y, size_t ny)
{
    return nx > 0 && ny > 0 && x[0] == y[0] &&
           qawlp_letter_edits(x, nx, y, ny) <= 1;
}

/* Whether two name words are the same name: equal, or long and one letter
 * apart and no nisba. */
static int same_name_word(const ctx *c, const qawlp_token *x,
                          const qawlp_token *y)
{
    uint32_t a[MAX_LETTERS], b[MAX_LETTERS];
    size_t na, nb;

    if (qawlp_var_len(y, 0) == qawlp_var_len(x, 0) &&
        memcmp(c->doc->norm + x->start + x->var_skip[0],
               c->doc->norm + y->start + y->var_skip[0], qawlp_var_len(x, 0)) == 0)
        return 1;
    /* a nisba and its feminine are one letter apart, and no one name
     * (الفنانة الفلسطينية is not الإحصاء الفلسطيني) */
    if ((qawlp_token_sections(c->doc, c->lex, x) |
         qawlp_token_sections(c->doc, c->lex, y)) & QAWLP_BIT(QAWLP_SEC_NISBA))
        return 0;
    na = letters(c, x, a);
    nb = letters(c, y, b);
    return na >= VARIANT_MIN_LETTERS && nb >= VARIANT_MIN_LETTERS &&
           one_edit(a, na, b, nb);
}

/* Whether token I is a word of a name that may tell two people apart:
 * a word, not a particle (بن، أبو). */
static int is_name_word(const ctx *c, size_t i)
{
    return qawlp_phr_tok(c, i)->kind == QAWLP_TOK_WORD &&
           !qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_PARTICLE));
}

/* How many name words (is_name_word) the name of M has. */
static size_t name_words(const ctx *c, const qawlp_mention *m)
{
    size_t i, n = 0;

    for (i = m->name_first; i < m->name_last; i++)
        n += is_name_word(c, i);
    return n;
}

/* Whether every name word of A is a name word of B (same_name_word). */
static int name_within(const ctx *c, const qawlp_mention *a,
                       const qawlp_mention *b)
{
    size_t i, j;

    for (i = a->name_first; i < a->name_last; i++) {
        int found = 0;
        if (!is_name_word(c, i))
            continue;
        for (j = b->name_first; j < b->name_last && !found; j++)
            found = is_name_word(c, j) &&
                    same_name_word(c, qawlp_phr_tok(c, i),
                                   qawlp_phr_tok(c, j));
        if (!found)
            return 0;
    }
    return 1;
}

/* The first (FROM_END 0) or last name word of M, or SIZE_MAX. */
static size_t name_word_at(const ctx *c, const qawlp_mention *m, int from_end)
{
    size_t i;

    if (!from_end) {
        for (i = m->name_first; i < m->name_last; i++)
            if (is_name_word(c, i))
                return i;
    } else {
        for (i = m->name_last; i-- > m->name_first;)
            if (is_name_word(c, i))
                return i;
    }
    return SIZE_MAX;
}

/* Whether the name of M has a word that is the same name as token T. */
static int name_has_word(const ctx *c, const qawlp_mention *m, const qawlp_token *t)
{
    size_t i;

    for (i = m->name_first; i < m->name_last; i++)
        if (is_name_word(c, i) && same_name_word(c, qawlp_phr_tok(c, i), t))
            return 1;
    return 0;
}

/* Whether A and B are two people's full names: each has two name words
 * or more, and the last name of each, no common word, is not in the
 * other (ريتشارد فلان and ريتشارد علان; محمد بن سلمان and محمد المنفي;
 * عطا الله فلان and نصر الله علان, who share only a middle word), neither
 * holding the other.  A short mention (ريتشارد، بن سلمان) still joins the
 * latest full name that has it, and a name with words of the clause glued
 * on (فلان الحكومة، فلان حداد … حداد المقيم) is no other person.  Nor
 * are two full names that open with different first names the corpora
 * know (namelike.txt), each missing from the other (بشار الأسد and أسماء
 * الأسد: a family shares its name). */
static int different_full_names(const ctx *c, const qawlp_mention *a,
                                const qawlp_mention *b)
{
    size_t a0, b0, a1, b1;

    if (name_words(c, a) < 2 || name_words(c, b) < 2 ||
        name_within(c, a, b) || name_within(c, b, a))
        return 0;
    a0 = name_word_at(c, a, 0);
    b0 = name_word_at(c, b, 0);
    if (qawlp_phr_is_first_name(c, a0) && qawlp_phr_is_first_name(c, b0) &&
        !name_has_word(c, b, qawlp_phr_tok(c, a0)) &&
        !name_has_word(c, a, qawlp_phr_tok(c, b0)))
        return 1;
    a1 = name_word_at(c, a, 1);
    b1 = name_word_at(c, b, 1);
    return !qawlp_phr_is_common(c, a1) && !qawlp_phr_is_common(c, b1) &&
           !name_has_word(c, b, qawlp_phr_tok(c, a1)) &&
           !name_has_word(c, a, qawlp_phr_tok(c, b1));
}

int qawlp_share_name(const ctx *c, const qawlp_mention *a,
                      const qawlp_mention *b)
{
    size_t i, j;

    for (i = a->name_first; i < a->name_last; i++) {
        const qawlp_token *x = qawlp_phr_tok(c, i);
        if (x->kind != QAWLP_TOK_WORD || qawlp_var_len(x, 0) < 6 ||
            qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_PARTICLE)))
            continue;
        for (j = b->name_first; j < b->name_last; j++) {
            const qawlp_token *y = qawlp_phr_tok(c, j);
            if (y->kind == QAWLP_TOK_WORD && same_name_word(c, x, y))
                return 1;
        }
    }
    return 0;
}

/* Whether mention M names several speakers at once (GUIDELINES: joint
 * speakers): a body, a place or a source joined by و after its first
 * word (الجيش الإسرائيلي والشاباك، مصدر مطلع ومسؤول إسرائيلي).  A second
 * title so joined describes the same person (رئيس الوزراء فلان وزعيم
 * التيار). */
static int is_joint(const ctx *c, const qawlp_mention *m)
{
    size_t k;

    for (k = m->first + 1; k < m->last; k++)
        if (qawlp_phr_is_coordinated(c, k) &&
            qawlp_phr_is_as_written(c, k, QAWLP_BIT(QAWLP_SEC_ANON) |
                                              QAWLP_BIT(QAWLP_SEC_ORG) |
                                              QAWLP_PLACE_SECTIONS))
            return 1;
    return 0;
}

/* The token of mention M that holds its folded word number W (the
 * words folded_words writes), or M's last when there are fewer. */
static size_t token_of_folded_word(const ctx *c, const qawlp_mention *m, size_t w)
{
    size_t i, len;

    for (i = m->first; i < m->last; i++)
        if (folded_word(c, m, i, &len) != NULL && w-- == 0)
            return i;
    return m->last;
}

/* Whether body A's folded words (XLEN bytes), found at byte AT of B's
 * folded words Y, stand inside body B as the genitive of a head that a
 * complement behind a glued preposition goes on from (الأمم المتحدة in
 * وكالة الأمم المتحدة لغوث اللاجئين، مكتب الأمم المتحدة لتنسيق الشؤون):
 * B is a body of A's, not A.  Its short forms stand otherwise (وزارة
 * الصحة الفلسطينية في غزة، منظمة هيومن رايتس ووتش الحقوقية). */
static int sub_body(const ctx *c, const qawlp_mention *a, const qawlp_mention *b,
                    size_t xlen, const char *y, const char *at)
{
    size_t words = 0, after, n = 0;
    const char *p;

    /* A: a body the lexicon names in full */
    if (a->kind != QAWL_SPEAKER_ORGANISATION || b->kind != QAWL_SPEAKER_ORGANISATION ||
        at == y ||
        qawlp_match(c->doc, c->lex, a->first, a->last, QAWLP_BIT(QAWLP_SEC_ORG), &n) < 0 ||
        a->first + n != a->last)
        return 0;
    for (p = y + 1; p < at + xlen; p++)
        words += *p == ' ';
    after = token_of_folded_word(c, b, words);
    return after < b->last && qawlp_phr_opens_with_preposition(c, after);
}

/* Whether the words of mention A occur in order inside mention B.  A
 * joint speaker is one speaker of its own: neither of its members, nor
 * the other way round, joins it by containment; nor does a body of
 * another's (sub_body). */
static int contained(const ctx *c, const qawlp_mention *a,
                     const qawlp_mention *b, int *nomem)
{
    qawlp_buf x = {0}, y = {0};
    char sx[CONTAINED_ROOM], sy[CONTAINED_ROOM];
    size_t nx, ny;
    const char *at;
    int r = 0;

    if (is_joint(c, a) != is_joint(c, b))
        return 0;
    /* most mentions are a few words: their strings are made on the
     * stack, where two buffers grown word by word cost more than the
     * test */
    nx = folded_words_in(c, a, sx);
    ny = nx ? folded_words_in(c, b, sy) : 0;
    if (nx && ny)
        return nx > 2 && (at = strstr(sy, sx)) != NULL && !sub_body(c, a, b, nx, sy, at);
    if (folded_words(c, a, &x) || folded_words(c, b, &y))
        *nomem = 1;
    else if (x.len > 2 && (at = strstr(y.data, x.data)) != NULL)
        r = !sub_body(c, a, b, x.len, y.data, at);
    qawlp_buf_free(&x);
    qawlp_buf_free(&y);
    return r;
}

/* ------------------------------------------------------------- the index */

/* find_entity compares a mention with the mentions before it, and
 * words_in_a_name a name with every other name: scanning them all is
 * quadratic in a document of thousands of speakers.  Instead each mention
 * files its words under hash keys, and a search reads only the lists under
 * its own keys.  Different words may share a key, so a list gives
 * candidates and the exact test (same_name_word, contained, the words at
 * a place in a name) decides, as it did in the scan. */

/* An entry of a list: VALUE (a mention or a name word) and AUX (a
 * token); NEXT is the entry filed before it under the same key, + 1, or 0. */
typedef struct {
    uint32_t value, aux, next;
} ix_node;

/* The value of an entry withdrawn (the name it was filed for was cut). */
#define IX_DEAD UINT32_MAX

/* Lists by key: open addressing over the keys, the entries in one pool. */
typedef struct {
    uint64_t *keys;            /* 0: a free slot */
    uint32_t *heads;           /* each key's newest entry, + 1 */
    size_t cap, used;
    QAWLP_VEC(ix_node) nodes;
} ix_map;

/* The kinds of list, so that their keys differ. */
enum {
    IX_WORD = 1,               /* a person's name word, by its bytes */
    IX_VARIANT,                /* the same, by its letters less one */
    IX_SPAN,                   /* a run of a mention's folded words */
    IX_WHOLE,                  /* all of a mention's folded words */
    IX_NAME_RUN,               /* a run of a name's words */
    IX_NAME_END,               /* a run that ends a longer name */
    IX_LONE,                   /* a person's lone name word */
    IX_PERSON_WORD,            /* a word of a person's name */
    IX_SHORT_BODY,             /* the first word of a body's short name */
    IX_NAME_LAST,              /* the last word of a person's name */
    IX_TITLE                   /* a title-only mention's words (title_key) */
};

/* Longest run filed.  Mentions are shorter (QAWLP_MAX_MENTION); a longer
 * one is filed and looked up by its first IX_RUN_MAX words, and the
 * predicate checks the rest. */
#define IX_RUN_MAX 16

static uint64_t ix_mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

/* The key of a sequence: ix_mix of its kind, then ix_then for each item. */
static uint64_t ix_then(uint64_t h, uint64_t item)
{
    return ix_mix((h ^ item) + UINT64_C(0x9e3779b97f4a7c15));
}

/* The N bytes at S, eight at a time: every word of a document is hashed
 * (find_written_names), and a list's candidates are checked exactly, so
 * the hash only has to spread words. */
static uint64_t ix_bytes(const char *s, size_t n)
{
    uint64_t h = UINT64_C(0xcbf29ce484222325) ^ n, a;
    size_t i;

    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&a, s, 8);
        h = (h ^ a) * UINT64_C(0xFF51AFD7ED558CCD);
        h ^= h >> 32;
    }
    if (n > 0) {
        for (a = 0, i = 0; i < n; i++)
            a |= (uint64_t)(unsigned char)s[i] << (8 * i);
        h = (h ^ a) * UINT64_C(0xFF51AFD7ED558CCD);
        h ^= h >> 32;
    }
    return h;
}

/* The slot of KEY, or the free slot where it would go. */
static size_t ix_slot(const ix_map *x, uint64_t key)
{
    size_t i = (size_t)key & (x->cap - 1);

    while (x->keys[i] != 0 && x->keys[i] != key)
        i = (i + 1) & (x->cap - 1);
    return i;
}

/* 0 marks a free slot, so no key is 0. */
static uint64_t ix_key(uint64_t h)
{
    return h ? h : 1;
}

/* The link to the newest entry under KEY (0 or NULL when none); through
 * it a walk may unlink withdrawn entries. */
static uint32_t *ix_list(ix_map *x, uint64_t key)
{
    size_t i;

    if (x->cap == 0)
        return NULL;
    i = ix_slot(x, ix_key(key));
    return x->keys[i] ? &x->heads[i] : NULL;
}

/* Gives X empty tables of CAP slots: the keys and their heads in one
 * block (the heads after the keys), one allocation where two were made
 * for every map of every document; and room in the pool for as many
 * entries as the tables take before they grow, which the pool otherwise
 * reached by four reallocations.  0, or -1 when out of memory (X is
 * then unchanged). */
static int ix_tables(ix_map *x, size_t cap)
{
    uint64_t *keys = qawlp_calloc(cap, sizeof *x->keys + sizeof *x->heads);

    if (keys == NULL)
        return -1;
    x->keys = keys;
    x->heads = (uint32_t *)(void *)(keys + cap);
    x->cap = cap;
    /* the room is a saving, not a need: a failure shows at the push */
    (void)qawlp_reserve((void **)&x->nodes.v, &x->nodes.cap, cap / 2,
                        sizeof *x->nodes.v);
    return 0;
}

static int ix_grow(ix_map *x)
{
    ix_map old = *x;
    size_t i, j;

    if (ix_tables(x, old.cap ? 2 * old.cap : 16))
        return -1;
    for (i = 0; i < old.cap; i++) {
        if (old.keys[i] == 0)
            continue;
        j = ix_slot(x, old.keys[i]);
        x->keys[j] = old.keys[i];
        x->heads[j] = old.heads[i];
    }
    qawlp_free(old.keys);
    return 0;
}

/* Sizes an empty X for about N entries under as many keys, so that
 * filing them does not grow it step by step; X stays empty and grows as
 * before when the memory is not to be had. */
static void ix_presize(ix_map *x, size_t n)
{
    size_t cap = 64;

    if (x->cap != 0)
        return;
    while (cap < 2 * n)
        cap *= 2;
    (void)ix_tables(x, cap);    /* with room for N entries */
}

/* Files VALUE and AUX first under KEY; 0, or -1 when out of memory.
 * In line: a mention files every run of its words (index_mention), some
 * 15,000 entries over the bench's articles, and the tables and the pool
 * mostly have room (ix_tables). */
static inline int ix_add(ix_map *x, uint64_t key, uint32_t value,
                         uint32_t aux)
{
    ix_node *e;
    size_t i;

    key = ix_key(key);
    if ((2 * (x->used + 1) > x->cap && ix_grow(x)) ||
        x->nodes.n >= UINT32_MAX)
        return -1;
    /* every field is set below: no zeroing push */
    if (x->nodes.n >= x->nodes.cap &&
        qawlp_reserve((void **)&x->nodes.v, &x->nodes.cap, x->nodes.n + 1,
                      sizeof *x->nodes.v))
        return -1;
    e = &x->nodes.v[x->nodes.n++];
    i = ix_slot(x, key);
    if (x->keys[i] == 0) {
        x->keys[i] = key;
        x->used++;
    }
    e->value = value;
    e->aux = aux;
    e->next = x->heads[i];
    x->heads[i] = (uint32_t)x->nodes.n;
    return 0;
}

static void ix_free(ix_map *x)
{
    qawlp_free(x->keys);        /* and the heads after them */
    qawlp_free(x->nodes.v);
    memset(x, 0, sizeof *x);
}

/* A name word of the persons filed so far. */
typedef struct {
    uint32_t tok;              /* a token that spells it */
    uint32_t last;             /* the latest mention whose name has it */
} ix_word;

/* What find_entity searches: the mentions before the one at hand. */
typedef struct {
    ix_map map;
    QAWLP_VEC(ix_word) words;
    QAWLP_VEC(uint64_t) folded; /* keys of the folded words of the mention
                                 * at hand */
    QAWLP_VEC(uint8_t) named;  /* per entity: a body named in more than
                                * its head word has joined it */
    QAWLP_VEC(uint8_t) untitled; /* per entity: a mention other than a
                                  * title-only person has joined it */
    QAWLP_VEC(int) merged;     /* per entity: the entity it was merged
                                * into (absorb_title_only), or -1 */
    uint32_t whole_lens;       /* bit n: a mention of n words (at most
                                * IX_RUN_MAX) was filed whole */
    /* the words FOLDED holds: those of tokens [fold_first, fold_last),
     * the first read by variant fold_lead (fold_keys); fold_last 0 when
     * none */
    uint32_t fold_first, fold_last;
    uint8_t fold_lead;
} entity_index;

static int is_bare_head(const ctx *c, const qawlp_mention *m);
static int32_t head_slot(const ctx *c, size_t i, int with_article);
static int32_t source_slot(const ctx *c, size_t i, int with_article);
/* The lexicon slot of token I as head_slot reads it, for any of
 * SECTIONS. */
static int32_t slot_in(const ctx *c, size_t i, int with_article,
                       uint64_t sections);

/* Whether mention M may join mention O, whose words it contains: not an
 * act's subject (or a turn's run past a body's name) naming a body in
 * full (أعلنت منظمة الصحة العالمية …)
 * joining a bare head (وقالت المنظمة) that already stands for a body
 * named otherwise, another one with the same head.  (The quotes' own
 * mentions cluster as they did before acts.) */
static int may_join_head(const ctx *c, const entity_index *ix,
                         const qawlp_mention *o, const qawlp_mention *m)
{
    /* a body named in full joins a bare head only while no other full
     * name names its entity (الصحيفة … صحيفة فلان … صحيفة علان: two) */
    return !(is_bare_head(c, o) && !is_bare_head(c, m) &&
             o->entity >= 0 && (size_t)o->entity < ix->named.n &&
             ix->named.v[o->entity]);
}

/* Keys of the letters A[0..N) of a name word: the whole word and the word
 * less each letter but the first, into KEYS (N of them).  Two words one
 * edit apart with the same first letter (one_edit) share one: the word
 * less the letter replaced, or the shorter word itself.  The first letter
 * need not be dropped: one_edit wants it equal, so a letter replaced is a
 * later one, and one inserted before it doubles it (بب), as one inserted
 * after it does.  Prefix and suffix hashes make each key O(1). */
static size_t variant_keys(const uint32_t *a, size_t n, uint64_t *keys)
{
    const uint64_t base = UINT64_C(0x100000001b3);
    uint64_t pre[MAX_LETTERS + 1], suf[MAX_LETTERS + 1];
    uint64_t power[MAX_LETTERS + 1];
    size_t i;

    pre[0] = 0;
    power[0] = 1;
    for (i = 0; i < n; i++) {
        pre[i + 1] = pre[i] * base + a[i];
        power[i + 1] = power[i] * base;
    }
    suf[n] = 0;
    for (i = n; i-- > 0;)
        suf[i] = a[i] * power[n - 1 - i] + suf[i + 1];
    keys[0] = ix_then(ix_mix(IX_VARIANT), ix_then(pre[n], n));
    for (i = 1; i < n; i++)
        keys[i] = ix_then(ix_mix(IX_VARIANT),
                          ix_then(pre[i] * power[n - 1 - i] + suf[i + 1],
                                  n - 1));
    return n;
}

/* The key of a name word by its least-stripped bytes (same_name_word). */
static uint64_t word_key(const ctx *c, const qawlp_token *t)
{
    return ix_then(ix_mix(IX_WORD),
                   ix_bytes(c->doc->norm + t->start + t->var_skip[0],
                            qawlp_var_len(t, 0)));
}

/* The filed name word spelt as token T, or -1. */
static long find_word(const ctx *c, entity_index *ix, const qawlp_token *t)
{
    uint32_t *p;

    for (p = ix_list(&ix->map, word_key(c, t)); p && *p;
         p = &ix->map.nodes.v[*p - 1].next) {
        uint32_t w = ix->map.nodes.v[*p - 1].value;
        const qawlp_token *y = qawlp_phr_tok(c, ix->words.v[w].tok);
        if (qawlp_var_len(y, 0) == qawlp_var_len(t, 0) &&
            memcmp(c->doc->norm + t->start + t->var_skip[0],
                   c->doc->norm + y->start + y->var_skip[0],
                   qawlp_var_len(t, 0)) == 0)
            return (long)w;
    }
    return -1;
}

/* Files the name words of person K, a mention with a name. */
static int index_name_words(const ctx *c, entity_index *ix, size_t k)
{
    const qawlp_mention *m = &c->doc->mentions.v[k];
    uint32_t a[MAX_LETTERS];
    uint64_t keys[MAX_LETTERS];
    size_t j, i, n;

    for (j = m->name_first; j < m->name_last; j++) {
        const qawlp_token *t = qawlp_phr_tok(c, j);
        long w;
        ix_word *nw;
        if (t->kind != QAWLP_TOK_WORD)
            continue;
        w = find_word(c, ix, t);
        if (w >= 0) {
            ix->words.v[w].last = (uint32_t)k;
            continue;
        }
        nw = QAWLP_PUSH(ix->words);
        if (nw == NULL)
            return -1;
        nw->tok = (uint32_t)j;
        nw->last = (uint32_t)k;
        w = (long)ix->words.n - 1;
        if (ix_add(&ix->map, word_key(c, t), (uint32_t)w, 0))
            return -1;
        n = letters(c, t, a);
        if (n < VARIANT_MIN_LETTERS)
            continue;   /* shorter words are one name only when equal */
        n = variant_keys(a, n, keys);
        for (i = 0; i < n; i++)
            if (ix_add(&ix->map, keys[i], (uint32_t)w, 0))
                return -1;
    }
    return 0;
}

/* The latest person filed that shares a name word with M
 * (qawlp_share_name), or -1: the latest mention of each word that M's
 * word is the same name as. */
static long latest_sharing_name(const ctx *c, entity_index *ix,
                                const qawlp_mention *m)
{
    uint32_t a[MAX_LETTERS];
    uint64_t keys[MAX_LETTERS];
    long best = -1, w;
    size_t i, j, n;

    for (i = m->name_first; i < m->name_last; i++) {
        const qawlp_token *x = qawlp_phr_tok(c, i);
        /* the words qawlp_share_name tries on its first side */
        if (x->kind != QAWLP_TOK_WORD || qawlp_var_len(x, 0) < 6 ||
            qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_PARTICLE)))
            continue;
        w = find_word(c, ix, x);
        if (w >= 0 && (long)ix->words.v[w].last > best &&
            !different_full_names(c, m,
                                  &c->doc->mentions.v[ix->words.v[w].last]))
            best = (long)ix->words.v[w].last;
        n = letters(c, x, a);
        if (n < VARIANT_MIN_LETTERS)
            continue;
        n = variant_keys(a, n, keys);
        for (j = 0; j < n; j++) {
            uint32_t *p;
            for (p = ix_list(&ix->map, keys[j]); p && *p;
                 p = &ix->map.nodes.v[*p - 1].next) {
                const ix_word *y = &ix->words.v[ix->map.nodes.v[*p - 1].value];
                if ((long)y->last > best &&
                    same_name_word(c, x, qawlp_phr_tok(c, y->tok)) &&
                    !different_full_names(c, m, &c->doc->mentions.v[y->last]))
                    best = (long)y->last;
            }
        }
    }
    return best;
}

/* The keys of the folded words of M, into IX->folded.  They depend on
 * M's tokens and first variant only: a mention is looked up, then filed
 * with the same keys, which are not made twice. */
static int fold_keys(const ctx *c, entity_index *ix, const qawlp_mention *m)
{
    size_t i, len;

    if (ix->fold_last != 0 && ix->fold_first == m->first &&
        ix->fold_last == m->last && ix->fold_lead == m->lead_var)
        return 0;
    ix->fold_last = 0;
    ix->folded.n = 0;
    for (i = m->first; i < m->last; i++) {
        const char *w = folded_word(c, m, i, &len);
        uint64_t *h;
        if (w == NULL)
            continue;
        h = QAWLP_PUSH(ix->folded);
        if (h == NULL)
            return -1;
        *h = ix_bytes(w, len);
    }
    ix->fold_first = m->first;
    ix->fold_last = m->last;
    ix->fold_lead = m->lead_var;
    return 0;
}

/* The start of the key of a run of folded words of a mention of KIND. */
static uint64_t span_start(int tag, int kind)
{
    return ix_mix((uint64_t)tag << 8 | (uint64_t)kind);
}

/* The latest mention filed of M's kind whose words contain M's
 * (contained), if later than BEST; else BEST. */
static long latest_containing(const ctx *c, entity_index *ix,
                              const qawlp_mention *m, long best, int *nomem)
{
    size_t n = ix->folded.n < IX_RUN_MAX ? ix->folded.n : IX_RUN_MAX, i;
    uint64_t key = span_start(IX_SPAN, m->kind);
    uint32_t *p;

    if (n == 0)
        return best;
    for (i = 0; i < n; i++)
        key = ix_then(key, ix->folded.v[i]);
    /* the newest first: the first that holds is the latest */
    for (p = ix_list(&ix->map, key); p && *p;
         p = &ix->map.nodes.v[*p - 1].next) {
        uint32_t o = ix->map.nodes.v[*p - 1].value;
        if ((long)o <= best)
            break;
        if (contained(c, m, &c->doc->mentions.v[o], nomem))
            return (long)o;
        if (*nomem)
            break;
    }
    return best;
}

/* The latest mention filed whole (IX_WHOLE) whose words M contains, if
 * later than BEST; else BEST.  Such a mention's words are one run of M's. */
static long latest_contained(const ctx *c, entity_index *ix,
                             const qawlp_mention *m, long best, int *nomem)
{
    size_t s, n, len = ix->folded.n;

    /* a run of M's of a length no mention was filed whole with finds
     * none (most of them: few mentions are filed whole) */
    for (s = 0; s < len && ix->whole_lens; s++) {
        uint64_t key = span_start(IX_WHOLE, m->kind);
        for (n = 1; n <= IX_RUN_MAX && s + n <= len &&
                    (ix->whole_lens >> n) != 0;
             n++) {
            uint32_t *p;
            key = ix_then(key, ix->folded.v[s + n - 1]);
            if (!(ix->whole_lens >> n & 1))
                continue;
            for (p = ix_list(&ix->map, key); p && *p;
                 p = &ix->map.nodes.v[*p - 1].next) {
                uint32_t o = ix->map.nodes.v[*p - 1].value;
                if ((long)o <= best)
                    break;
                if (!may_join_head(c, ix, &c->doc->mentions.v[o], m))
                    continue;
                if (contained(c, &c->doc->mentions.v[o], m, nomem)) {
                    best = (long)o;
                    break;
                }
                if (*nomem)
                    return best;
            }
        }
    }
    return best;
}

/* Files mention K for the mentions after it: every run of its folded
 * words for latest_containing; all of them when another mention may be
 * found inside it whole, a title-only person (وزير الخارجية) or a body;
 * a person's name words. */
static int index_mention(const ctx *c, entity_index *ix, size_t k)
{
    const qawlp_mention *m = &c->doc->mentions.v[k];
    size_t s, n, len;
    int person = m->kind == QAWL_SPEAKER_PERSON;

    if (fold_keys(c, ix, m))
        return -1;
    len = ix->folded.n;
    for (s = 0; s < len; s++) {
        uint64_t key = span_start(IX_SPAN, m->kind);
        for (n = 1; n <= IX_RUN_MAX && s + n <= len; n++) {
            key = ix_then(key, ix->folded.v[s + n - 1]);
            if (ix_add(&ix->map, key, (uint32_t)k, 0))
                return -1;
        }
    }
    if (len > 0 && (!person || m->title_only)) {
        uint64_t key = span_start(IX_WHOLE, m->kind);
        for (n = 0; n < len && n < IX_RUN_MAX; n++)
            key = ix_then(key, ix->folded.v[n]);
        if (ix_add(&ix->map, key, (uint32_t)k, 0))
            return -1;
        ix->whole_lens |= UINT32_C(1) << n;
    }
    return person && !m->title_only ? index_name_words(c, ix, k) : 0;
}

static void entity_index_free(entity_index *ix)
{
    ix_free(&ix->map);
    qawlp_free(ix->words.v);
    qawlp_free(ix->folded.v);
    qawlp_free(ix->named.v);
    qawlp_free(ix->untitled.v);
    qawlp_free(ix->merged.v);
    memset(ix, 0, sizeof *ix);
}

/* Whether the name of person mention M is one definite word after its
 * title (الخبير النفسي، الوزير الحداد): an adjective of the title as
 * often as a surname, so the mention also joins a fuller one that
 * contains it whole (الخبير النفسي الدكتور فلان). */
static int definite_surname_only(const ctx *c, const qawlp_mention *m)
{
    return m->titled && m->name_last == m->name_first + 1 &&
           m->name_first > m->first && m->name_last == m->last &&
           qawlp_phr_has_article(c, m->name_first);
}

static int merged_into(entity_index *ix, int e);

/* The entity mention M belongs to, or -1 for a new one, from the
 * mentions filed in IX (index_mention). */
static int find_entity(const ctx *c, entity_index *ix, const qawlp_mention *m,
                       int *nomem)
{
    int person = m->kind == QAWL_SPEAKER_PERSON;
    long best = -1;

    /* The most recent mention first: a title names the latest holder.
     * Only the mentions before M are filed yet.  Each search gives the
     * latest mention its test joins to M, and the latest of those is the
     * one a scan back from M would meet first.  Persons join by a shared
     * name word, or when one of them is title-only and inside the other;
     * other kinds when either is inside the other. */
    if (fold_keys(c, ix, m)) {
        *nomem = 1;
        return -1;
    }
    if (person && !m->title_only)
        best = latest_sharing_name(c, ix, m);
    if (!person || m->title_only || definite_surname_only(c, m))
        best = latest_containing(c, ix, m, best, nomem);
    if (!*nomem)
        best = latest_contained(c, ix, m, best, nomem);
    if (*nomem || best < 0)
        return -1;
    return merged_into(ix, c->doc->mentions.v[best].entity);
}

/* Removes from TEXT, in place, each '#' that opens a hashtag of one
 * Arabic word (رجب طيب #أردوغان): normalize.c drops it from the folded
 * view, and a speaker's name reads without it. */
static void drop_hashtag_marks(char *text)
{
    char *hash = strchr(text, '#');
    size_t n, r, w;

    /* most names hold no '#': nothing is moved */
    if (hash == NULL)
        return;
    n = strlen(text);
    for (r = w = (size_t)(hash - text); r < n; r++)
        if (!qawlp_hashtag_mark((const unsigned char *)text + r, n - r))
            text[w++] = text[r];
    text[w] = '\0';
}

/* The input text of tokens [first, last) of mention M, from after its
 * glued preposition when it opens there; the article the preposition ate
 * (للهلال) is given back. */
static char *input_text(const qawlp_doc *doc, const qawl_lexicon *lex,
                        const qawlp_mention *m, size_t first, size_t last)
{
    int lead = first == m->first;
    size_t a = qawlp_input_offset(doc, doc->tokens.v[first].start +
                                           (lead ? m->lead_skip : 0));
    size_t b = qawlp_input_end(doc, doc->tokens.v[last - 1].end, a);
    qawlp_buf out = {0};
    char *text = qawlp_text_ndup(doc->src + a, b - a);

    if (text != NULL)
        drop_hashtag_marks(text);
    if (text == NULL || !(lead && m->lead_article))
        return text;
    if (qawlp_buf_append(&out, lex->article, lex->article_len) ||
        qawlp_buf_append(&out, text, strlen(text))) {
        qawlp_buf_free(&out);
        out.data = NULL;
    }
    qawlp_free(text);
    return out.data;
}


/* Whether the words of mention M's name [A, B) end mention K, which is
 * a name through and through, with more words (نيكولا ساركوزي for
 * ساركوزي). */
static int ends_fuller_name(const ctx *c, const qawlp_mention *k, size_t a,
                            size_t b)
{
    size_t n = b - a, i;

    if (k->name_first != k->first || k->name_last != k->last || k->titled ||
        k->kind != QAWL_SPEAKER_PERSON || k->last - k->first <= n)
        return 0;
    for (i = 0; i < n; i++)
        if (!qawlp_phr_same_word(c, k->last - n + i, a + i))
            return 0;
    return 1;
}

/* Whether one of the words mention K has before its last N is on its
 * own the name of another mention of the entity: كيم ترامب joins two
 * people, it is no fuller name of ترامب. */
static int names_another(const ctx *c, const qawlp_mention *k, size_t n,
                         int first, const int *next)
{
    int j;
    size_t w;

    for (j = first; j >= 0; j = next[j]) {
        const qawlp_mention *o = &c->doc->mentions.v[j];
        if (o->name_last != o->name_first + 1)
            continue;
        for (w = k->first; w < k->last - n; w++)
            if (qawlp_phr_same_word(c, w, o->name_first))
                return 1;
    }
    return 0;
}

/* The mention to name the entity by, BEST being the fullest personal
 * name: a name cut short before the clause going on (ساركوزي نفسه)
 * gives way to an untitled mention that is all name and ends with it
 * (نيكولا ساركوزي), which the cut alone would have outranked. */
static int fuller_name(const ctx *c, int best, int first, const int *next)
{
    const qawlp_mention *m = &c->doc->mentions.v[best];
    int k;

    if (!m->name_cut || m->titled)
        return best;
    for (k = first; k >= 0; k = next[k])
        if (!c->doc->mentions.v[k].noun_led &&
            !c->doc->mentions.v[k].from_act &&
            ends_fuller_name(c, &c->doc->mentions.v[k], m->name_first,
                             m->name_last))
            break;
    /* only the first such mention is tried, so the cost stays linear */
    if (k < 0 || names_another(c, &c->doc->mentions.v[k],
                               m->name_last - m->name_first, first, next))
        return best;
    return k;
}

/* Whether the personal name found in mention M is one definite word that
 * completes the title before it rather than names a person: in quotation
 * marks (مراسل «الغد»: some outlets quote a person's full name, الوزير
 * "فلان الفلاني", but not one definite word), or right after a title
 * without the article, which takes it as its complement (مراسل الغد,
 * where a definite title is followed by the surname: الوزير الحداد).
 * The mention is then named whole. */
static int name_completes_title(const ctx *c, const qawlp_mention *m)
{
    size_t before;
    const qawlp_token *t;

    if (m->name_first <= m->first || m->name_last != m->name_first + 1 ||
        !qawlp_phr_written_with_article(c, m->name_first))
        return 0;
    before = m->name_first - 1;
    t = qawlp_phr_tok(c, before);
    if (t->kind == QAWLP_TOK_QMARK)
        return t->pair >= (int32_t)m->name_last;
    return qawlp_phr_is_as_written(c, before, QAWLP_BIT(QAWLP_SEC_TITLE)) &&
           !qawlp_phr_written_with_article(c, before);
}

/* Whether the personal name found in mention M stands right after a
 * body's or a document's head without the article, which takes it as its
 * genitive: the name is the body's (رئيس بلدية دير البلح، مدير مستشفى
 * كمال عدوان), not the holder's, so the mention is named whole. */
static int name_names_body(const ctx *c, const qawlp_mention *m)
{
    size_t before;

    if (m->name_first <= m->first)
        return 0;
    before = m->name_first - 1;
    return qawlp_phr_is_word(c, before) && head_slot(c, before, 0) >= 0 &&
           !qawlp_phr_written_with_article(c, before);
}

static int is_document_mention(const ctx *c, const qawlp_mention *m);
static int is_bare_source(const ctx *c, const qawlp_mention *m);
static int described_source(const ctx *c, const qawlp_mention *m);

/* Whether mention M, a body named by a definite head, runs on past a
 * preposition into words that are no place (الصحيفة عن تحليل أجرته جامعة
 * …): a phrase that may have taken in the verb's complement, where وزارة
 * الصحة في غزة names where a body is. */
static int runs_on(const ctx *c, const qawlp_mention *m)
{
    size_t i;

    /* an unnamed source is described so (مصدر في مكتب الرئاسة), and a
     * head without the article goes on to its name (جمعية الدفاع عن …) */
    if (m->kind != QAWL_SPEAKER_ORGANISATION ||
        !qawlp_phr_written_with_article(c, m->first))
        return 0;
    for (i = m->first + 1; i + 1 < m->last; i++)
        if (qawlp_phr_is_stop(c, i) &&
            !qawlp_is(c->doc, c->lex, i + 1, QAWLP_PLACE_SECTIONS))
            return 1;
    return 0;
}

/* The end of mention M's personal name, taking in one word of an office
 * with the article right after it that ends the mention or stands
 * before a comma, and names no body: an order among namesakes (الملك
 * فلان الثاني), which the lexicons list among the words that complete a
 * title (النائب الأول). */
static size_t name_end_with_order(const ctx *c, const qawlp_mention *m)
{
    size_t i = m->name_last;

    if (m->name_last <= m->name_first || i >= m->last ||
        !qawlp_phr_has_article(c, i) ||
        !qawlp_phr_is_exactly(c, i, QAWLP_BIT(QAWLP_SEC_OFFICE)) ||
        qawlp_is(c->doc, c->lex, i, QAWLP_ORG_SECTIONS) ||
        (i + 1 < m->last && !qawlp_phr_is_comma(c, i + 1)))
        return m->name_last;
    return i + 1;
}

/* Whether token I, the last word of a name, may be the verb's object
 * glued on: a word the corpora do not know as a name, and no function
 * word, nisba, place or title, which the sources pass would have ended
 * the phrase at unless it knew the name holds it (مون جاي إن). */
/* Whether word token I is a glued preposition on a word the corpora
 * know, as a name or as none (لنتنياهو، لترامب، بانتقاد): not a name
 * that opens with the preposition's letter (كاشيش، كوربن). */
static int preposition_on_known(const ctx *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v;

    for (v = 0; v < t->nvar; v++)
        if (t->var_skip[v] > t->conj &&
            qawlp_count_chars(c->doc->norm + t->start + t->conj,
                              t->var_skip[v] - t->conj, 2) == 1 &&
            qawlp_namelike_class(c->lex, c->doc->norm + t->start +
                                             t->var_skip[v],
                                 qawlp_var_len(t, v), NULL) !=
                QAWLP_NAMELIKE_UNKNOWN)
            return 1;
    return 0;
}

static int object_like(const ctx *c, size_t i)
{
    return qawlp_phr_is_word(c, i) && !qawlp_phr_is_stop(c, i) &&
           !qawlp_phr_is_cue(c, i) && !qawlp_phr_is_comp(c, i) &&
           !qawlp_phr_is_as_written(c, i, QAWLP_TITLE_SECTIONS |
                                              QAWLP_BIT(QAWLP_SEC_COMP) |
                                              QAWLP_BIT(QAWLP_SEC_NISBA) |
                                              QAWLP_BIT(QAWLP_SEC_PARTICLE) |
                                              QAWLP_PLACE_SECTIONS) &&
           qawlp_namelike_token(c->doc, c->lex, i, NULL) != QAWLP_NAMELIKE_NAME;
}

/* Whether the name of mention M is the whole name of another mention of
 * its entity (FIRST, NEXT[FIRST], …) and one more word the corpora do
 * not know as a name: a subject that took in the verb's object (يكشف
 * فلان الفلاني أهوال …, where فلان الفلاني stands alone elsewhere). */
static int name_runs_on(const ctx *c, const qawlp_mention *m, int first,
                        const int *next)
{
    size_t n = m->name_last - m->name_first, i;
    size_t mf = m->name_first, ml = m->name_last;
    int k;

    /* a phrase with no title names by all its words (جونسون التقليل) */
    if (n == 0) {
        mf = m->first;
        ml = m->last;
        n = ml - mf;
    }
    if (m->kind != QAWL_SPEAKER_PERSON || n < 2 || !object_like(c, ml - 1))
        return 0;
    for (k = first; k >= 0; k = next[k]) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        size_t on = o->name_last - o->name_first;
        if (o->first == m->first || o->from_act || on < n - 1)
            continue;
        /* the shorter name ends its phrase: no word of it was cut */
        if (on == n - 1 && o->name_last == o->last &&
            /* of two words, the second a common word, a definite one or
             * one behind a glued preposition on a known word, the
             * addressee (جونسون التقليل beside جونسون، ميركل لنتنياهو
             * beside ميركل; not هانا فلينت beside هانا, the full name) */
            (n >= 3 || qawlp_phr_has_article(c, ml - 1) || qawlp_phr_is_common(c, ml - 1) ||
             preposition_on_known(c, ml - 1))) {
            for (i = 0; i + 1 < n && qawlp_phr_same_word(c, o->name_first + i, mf + i); i++)
                ;
            if (i + 1 == n)
                return 1;
        }
        /* a surname and a word after it (ويروي فلان قصة …), where another
         * mention gives the surname after a first name (علان فلان) */
        if (n == 2 && on >= 2 && qawlp_phr_same_word(c, o->name_last - 1, mf))
            return 1;
    }
    return 0;
}

/* Whether one of the mentions FIRST, NEXT[FIRST], … describes an
 * unnamed source (described_source). */
static int has_described_source(const ctx *c, int first, const int *next)
{
    int k;

    for (k = first; k >= 0; k = next[k])
        if (described_source(c, &c->doc->mentions.v[k]))
            return 1;
    return 0;
}

static int reads_as_a_name(const ctx *c, const qawlp_mention *o);
static qawlp_namelike name_word_class(const ctx *c, size_t i);

/* Whether the name of mention M reads as a personal name by its words
 * alone: its first word one the corpora know as a name, or two words or
 * more of which none is a common word or one the corpora never see in a
 * name, and only the last has the article (not دائما, not صلاحية منح
 * الجنسية اللبنانية: an act's subject run on into its object). */
static int plain_name(const ctx *c, const qawlp_mention *m)
{
    size_t i;

    if (qawlp_phr_has_article(c, m->name_first))
        return 0;
    if (name_word_class(c, m->name_first) == QAWLP_NAMELIKE_NAME)
        return 1;
    if (m->name_last - m->name_first < 2)
        return 0;
    for (i = m->name_first; i < m->name_last; i++)
        if (qawlp_phr_is_common(c, i) ||
            qawlp_namelike_token(c->doc, c->lex, i, NULL) ==
                QAWLP_NAMELIKE_NOT_NAME ||
            (i + 1 < m->name_last && qawlp_phr_has_article(c, i)))
            return 0;
    return 1;
}

/* Whether the words of mention M before its name hold a second title: a
 * title word after a word of no title (الملك الأردني وزير التعليم فلان,
 * نائب الوزير بعنف مستشار الأمن فلان): the name is that title's, the
 * verb's object, not the subject's. */
static int second_title(const ctx *c, const qawlp_mention *m)
{
    size_t i;

    /* a title's head (وزير), not an office (الخارجية) after a body */
    for (i = m->first + 1; i < m->name_first; i++)
        if (qawlp_phr_is_word(c, i) &&
            qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_TITLE)) &&
            !qawlp_phr_is_as_written(c, i - 1, QAWLP_TITLE_SECTIONS))
            return 1;
    return 0;
}

/* The act's subject among the mentions FIRST, NEXT[FIRST], … with the
 * longest name written after a title (the name, not the phrase, being
 * what an act's subject gives right: طالب فلان المجتمع الدولي runs on
 * past an untitled name), when it is no phrase otherwise passed over
 * (best_mention); -1 when none. */
static int act_titled_name(const ctx *c, int first, const int *next)
{
    size_t best_len = 0;
    int k, best = -1;

    for (k = first; k >= 0; k = next[k]) {
        const qawlp_mention *m = &c->doc->mentions.v[k];
        size_t len = m->name_last - m->name_first;
        if (!m->from_act || !m->titled || len == 0 || m->noun_led ||
            m->past_name || is_document_mention(c, m) || runs_on(c, m) ||
            name_completes_title(c, m) || name_names_body(c, m) ||
            !reads_as_a_name(c, m) || !plain_name(c, m) ||
            second_title(c, m))
            continue;
        if (len > best_len) {
            best = k;
            best_len = len;
        }
    }
    return best;
}

/* The mention to name entity E by (see name_entity), passing over
 * mention SKIP's phrase (-1: none); -1 when none.  *IS_NAME says whether it is named by its
 * personal name. */
static int in_title_complement(const ctx *c, size_t i);

/* The first mention of FIRST, NEXT[FIRST], … (but SKIP) that holds a
 * personal name set off by a comma after its title and the title's
 * complement (أنهى المبعوث الأممي …، فلان الفلاني، زيارته), even one read
 * last (an act's or a turn's subject, which may run into its object, but
 * not past a name closed by commas); -1 when none.  Such a name names the
 * entity better than a title alone. */
static int named_apart(const ctx *c, int first, const int *next, int skip)
{
    int k;

    for (k = first; k >= 0; k = next[k]) {
        const qawlp_mention *m = &c->doc->mentions.v[k];
        size_t i = m->first;
        if (k == skip || !m->titled || m->name_last <= m->name_first ||
            m->name_first <= m->first + 1 || m->name_last != m->last ||
            !qawlp_phr_is_comma(c, m->name_first - 1))
            continue;
        /* the title, then only its complement up to the comma: not the
         * verb's object (التقى الوزير نظيره …، فلان) */
        while (i < m->name_first - 1 &&
               qawlp_phr_is_as_written(c, i, QAWLP_TITLE_SECTIONS))
            i++;
        while (i < m->name_first - 1 &&
               (in_title_complement(c, i) ||
                qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_OFFICE))))
            i++;
        if (i == m->name_first - 1)
            return k;
    }
    return -1;
}

static int best_mention(const ctx *c, int first, const int *next, int skip,
                        int *is_name_out)
{
    size_t best_len = 0;
    int k, best = -1, best_is_name = 0, best_noun = 3, best_rank = -1, rank;
    int described = -1;        /* read when a bare source asks */

    for (k = first; k >= 0; k = next[k]) {
        const qawlp_mention *m = &c->doc->mentions.v[k];
        size_t len;
        int is_name = m->name_last > m->name_first;
        /* تصريحات ماكلين names ماكلين only when nothing else does; nor
         * does an act's subject (طالب فلان المجتمع الدولي ب…), a
         * document named by its head (البيان نفسه) beside its issuer, a
         * phrase run on past a preposition or into its clause (روسيا
         * بطرد …), and a turn's subject run on past a body's name least
         * of all */
        int low = m->past_name ? 2
                  : m->noun_led || m->from_act || is_document_mention(c, m) ||
                        runs_on(c, m) ||
                        (m->name_last == m->name_first &&   /* no name to take */
                         qawlp_phr_holds_clause(c, m));
        /* a bare unnamed source (المصدر) stands for the description
         * before it, even one that runs on (مصدر عسكري بالمنطقة …) */
        if (low == 0 && is_bare_source(c, m)) {
            if (described < 0)
                described = has_described_source(c, first, next);
            low = described;
        }
        /* the phrase passed over, wherever it was read (a quote's
         * subject and its turn's are the same phrase) */
        if (low > best_noun ||
            (skip >= 0 && m->first == c->doc->mentions.v[skip].first &&
             m->last == c->doc->mentions.v[skip].last))
            continue;
        if (low < best_noun) {
            best = -1;
            best_len = 0;
            best_is_name = 0;
            best_rank = -1;
        }
        best_noun = low;
        /* Without a title to set it apart, the name is the whole phrase
         * (الولايات المتحدة). */
        is_name = is_name &&
                  (m->titled || m->name_cut ||
                   /* رئيسها، إيمانويل ماكرون: a name set off by a comma */
                   (m->name_first > m->first && qawlp_phr_is_comma(c, m->name_first - 1))) &&
                  !name_completes_title(c, m) && !name_names_body(c, m);
        /* a personal name is as full as its words: of two names of as
         * many words, the earlier (the article introduces a person by the
         * full name) beats a later phrase that took in a word after the
         * surname (محمد صالحة … صالحة الموجود في …) */
        len = is_name ? m->name_last - m->name_first
                      : qawlp_phr_tok(c, m->last - 1)->end - qawlp_phr_tok(c, m->first)->start;
        /* a personal name, even untitled (أردوغان), names a person
         * better than a title alone (الرئيس التركي), and a title whose
         * only name is its body's (رئيس بلدية فلان) is a title alone */
        rank = is_name ? 2
               : m->name_last > m->name_first && !name_completes_title(c, m) &&
                         !name_names_body(c, m)
                   ? 1
                   : 0;
        if (rank > best_rank || (rank == best_rank && len > best_len)) {
            best = k;
            best_len = len;
            best_is_name = is_name;
            best_rank = rank;
        }
    }
    /* a title alone names a person worse than the titled name an act's
     * subject gives (طالبت السفيرة فلانة الفلانية … beside وقالت السفيرة
     * السويدية), once a title holder joined the two, or than a name set
     * off by commas after the title in a mention read last */
    if (best_noun == 0 && best_rank == 0) {
        int named = skip < 0 ? act_titled_name(c, first, next) : -1;
        if (named < 0)
            named = named_apart(c, first, next, skip);
        if (named >= 0) {
            best = named;
            best_is_name = 1;
        }
    }
    *is_name_out = best_is_name;
    return best;
}

static int same_words(const ctx *c, size_t a, size_t b, size_t n);
static int whole_form_is_name(const ctx *c, size_t i);

/* Whether titled mention O's name stands right after a comma that sets
 * it off from its title (مفوض …، فلان الفلاني) and its first word, read
 * without a leading و or ف, is no word the corpora or lexicons know
 * either (not والتقت, a verb): a name no one knows, which the letter
 * merely opens. */
static int apposed_after_title(const ctx *c, const qawlp_mention *o)
{
    const qawlp_token *t = qawlp_phr_tok(c, o->name_first);
    size_t skip = t->conj;
    uint32_t cp;

    if (o->name_first <= o->first ||
        !qawlp_phr_is_comma(c, o->name_first - 1) || t->in_lexicon ||
        qawlp_phr_is_common(c, o->name_first))
        return 0;
    if (skip == 0)           /* the letter read as a preposition: skip it */
        skip = (size_t)qawlp_utf8_decode(
            (const unsigned char *)c->doc->norm + t->start,
            t->end - t->start, &cp);
    return skip < t->end - t->start &&
           qawlp_namelike_class(c->lex, c->doc->norm + t->start,
                                t->end - t->start, NULL) !=
               QAWLP_NAMELIKE_NOT_NAME &&
           qawlp_namelike_class(c->lex, c->doc->norm + t->start + skip,
                                t->end - t->start - skip, NULL) ==
               QAWLP_NAMELIKE_UNKNOWN;
}

/* How many words a titled full name may have (LONE_NAME_WORDS). */
#define FULL_NAME_WORDS 4

/* The mention whose titled name ends with the one-word name of mention
 * BEST and is longer (مفوض …، فلان الفلاني for الفلاني), where best_mention
 * passed it over as an act's subject or a noun's genitive: the person's
 * full name, which the article gave once.  All such names must be the
 * same words; BEST when there is none. */
static int titled_full_name(const ctx *c, int best, int first, const int *next)
{
    const qawlp_mention *m = &c->doc->mentions.v[best];
    int k, found = -1;

    if (m->kind != QAWL_SPEAKER_PERSON || m->name_last != m->name_first + 1 ||
        m->name_first != m->first || m->last != m->name_last)
        return best;
    for (k = first; k >= 0; k = next[k]) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        size_t n = o->name_last - o->name_first;
        if (o->kind != QAWL_SPEAKER_PERSON || !o->titled || n < 2 ||
            n > FULL_NAME_WORDS || o->past_name || runs_on(c, o) ||
            !qawlp_phr_same_word(c, o->name_last - 1, m->name_first) ||
            name_names_body(c, o) || name_completes_title(c, o) ||
            !plain_name(c, o) ||
            ((qawlp_phr_opens_with_preposition(c, o->name_first) ||
              qawlp_phr_is_coordinated(c, o->name_first)) &&
             name_word_class(c, o->name_first) != QAWLP_NAMELIKE_NAME &&
             !whole_form_is_name(c, o->name_first) &&
             !apposed_after_title(c, o)))
            continue;
        if (found >= 0) {
            const qawlp_mention *f = &c->doc->mentions.v[found];
            if (f->name_last - f->name_first != n ||
                !same_words(c, f->name_first, o->name_first, n))
                return best;
            continue;
        }
        found = k;
    }
    return found >= 0 ? found : best;
}

/* Sets the canonical name of entity E, whose mentions in text order are
 * FIRST, NEXT[FIRST], … (-1 ends): the fullest personal name (the most
 * words, the earliest of as many), else the longest mention; not a name
 * that runs on by a word past another mention's (name_runs_on). */
static int name_entity(ctx *c, qawlp_entity *e, int first, const int *next)
{
    int best_is_name = 0, best = best_mention(c, first, next, -1, &best_is_name);

    if (best >= 0 && name_runs_on(c, &c->doc->mentions.v[best], first, next))
        best = best_mention(c, first, next, best, &best_is_name);
    if (best < 0)
        return 0;
    if (best_is_name)
        best = fuller_name(c, best, first, next);
    {
        int full = titled_full_name(c, best, first, next);
        if (full != best) {
            best = full;
            best_is_name = 1;
        }
    }
    e->mention = best;
    {
        const qawlp_mention *m = &c->doc->mentions.v[best];
        e->name = best_is_name
                      ? input_text(c->doc, c->lex, m, m->name_first,
                                   name_end_with_order(c, m))
                      : input_text(c->doc, c->lex, m, m->first, m->last);
    }
    return e->name ? 0 : -1;
}

/* Whether tokens I and J are the same word (their least-stripped keys). */
/* Runs of name words, for words_in_a_name: each mention's runs of up to
 * IX_RUN_MAX name words (IX_NAME_RUN) and the runs that end its name after
 * the first word (IX_NAME_END), each filed with the mention and the run's
 * first token.  A name that cut_at_known_names cuts is filed anew. */
typedef struct {
    ix_map map;
    uint32_t *from, *to;       /* each mention's entries: nodes [from, to) */
} name_index;

/* The key of the N name words at token FIRST, by their least-stripped
 * keys (same_word), the first IX_RUN_MAX of them; 0 when one of the N is
 * no word, for then no name has them. */
static int name_run_key(const ctx *c, int tag, size_t first, size_t n,
                        uint64_t *key)
{
    size_t i;

    *key = ix_mix((uint64_t)tag);
    for (i = 0; i < n; i++) {
        const qawlp_token *t = qawlp_phr_tok(c, first + i);
        if (t->kind != QAWLP_TOK_WORD)
            return 0;
        if (i < IX_RUN_MAX)
            *key = ix_then(*key, ix_bytes(c->doc->norm + t->start + t->var_skip[0],
                                          qawlp_var_len(t, 0)));
    }
    return 1;
}

/* Files the name runs of mention K. */
static int name_index_add(const ctx *c, name_index *nx, size_t k)
{
    const qawlp_mention *o = &c->doc->mentions.v[k];
    size_t s, n;
    uint64_t key;

    nx->from[k] = (uint32_t)nx->map.nodes.n;
    for (s = o->name_first; s < o->name_last; s++) {
        for (n = 1; n <= IX_RUN_MAX && s + n <= o->name_last; n++) {
            if (!name_run_key(c, IX_NAME_RUN, s, n, &key))
                break;
            if (ix_add(&nx->map, key, (uint32_t)k, (uint32_t)s))
                return -1;
        }
        if (s > o->name_first &&
            name_run_key(c, IX_NAME_END, s, o->name_last - s, &key) &&
            ix_add(&nx->map, key, (uint32_t)k, (uint32_t)s))
            return -1;
    }
    nx->to[k] = (uint32_t)nx->map.nodes.n;
    return 0;
}

/* Files mention K again after its name was cut: the runs filed before
 * are withdrawn, walks unlink them. */
static int name_index_renew(const ctx *c, name_index *nx, size_t k)
{
    size_t i;

    for (i = nx->from[k]; i < nx->to[k]; i++)
        nx->map.nodes.v[i].value = IX_DEAD;
    return name_index_add(c, nx, k);
}

static void name_index_free(name_index *nx)
{
    ix_free(&nx->map);
    qawlp_free(nx->from);
    qawlp_free(nx->to);
    memset(nx, 0, sizeof *nx);
}

static int name_index_init(const ctx *c, name_index *nx)
{
    size_t k, n = c->doc->mentions.n;

    memset(nx, 0, sizeof *nx);
    if (n == 0)
        return 0;
    nx->from = qawlp_calloc(n, sizeof *nx->from);
    nx->to = qawlp_calloc(n, sizeof *nx->to);
    if (nx->from == NULL || nx->to == NULL)
        return -1;
    for (k = 0; k < n; k++)
        if (name_index_add(c, nx, k))
            return -1;
    return 0;
}

/* Whether the N words at FIRST stand at token S of the name of mention
 * O, another than M: anywhere (AT_END 0), or at the end of a longer name
 * (AT_END 1). */
static int name_has_words_at(const ctx *c, const qawlp_mention *o,
                             const qawlp_mention *m, size_t s, size_t first,
                             size_t n, int at_end)
{
    size_t i;

    /* the same phrase found twice (a participle's sentence subject
     * and its verb's turn) is no other name */
    if (o == m || o->first == m->first ||
        o->name_last - o->name_first < (at_end ? n + 1 : n))
        return 0;
    if (at_end ? s + n != o->name_last
               : s < o->name_first || s + n > o->name_last)
        return 0;
    for (i = 0; i < n && qawlp_phr_same_word(c, first + i, s + i); i++)
        ;
    return i == n;
}

/* Whether the N (1 or more) words at FIRST occur in order in the name of
 * a mention other than M: anywhere (AT_END 0), or at the end of a longer
 * name (AT_END 1: ظريف in محمد جواد ظريف).  The names that have them are
 * filed under their key in NX. */
static int words_in_a_name(const ctx *c, name_index *nx, const qawlp_mention *m,
                           size_t first, size_t n, int at_end)
{
    uint64_t key;
    uint32_t *p;

    if (!name_run_key(c, at_end ? IX_NAME_END : IX_NAME_RUN, first, n, &key))
        return 0;
    p = ix_list(&nx->map, key);
    while (p && *p) {
        ix_node *e = &nx->map.nodes.v[*p - 1];
        if (e->value == IX_DEAD) {
            *p = e->next;   /* filed for a name since cut */
            continue;
        }
        if (name_has_words_at(c, &c->doc->mentions.v[e->value], m, e->aux,
                              first, n, at_end))
            return 1;
        p = &e->next;
    }
    return 0;
}

/* Whether the word at token FIRST, the first of mention M's name, is
 * the whole name of another mention (وتضيف فلانة:), without the
 * article, and reads as a name: no common word, none the corpora never
 * see in a name (عائلة الفتاة is no name, whatever وقالت العائلة says). */
static int named_alone(const ctx *c, name_index *nx, const qawlp_mention *m,
                       size_t first)
{
    uint64_t key;
    uint32_t *p;

    if (qawlp_phr_is_common(c, first) ||
        qawlp_namelike_token(c->doc, c->lex, first, NULL) ==
            QAWLP_NAMELIKE_NOT_NAME ||
        !name_run_key(c, IX_NAME_RUN, first, 1, &key))
        return 0;
    for (p = ix_list(&nx->map, key); p && *p;
         p = &nx->map.nodes.v[*p - 1].next) {
        const ix_node *e = &nx->map.nodes.v[*p - 1];
        const qawlp_mention *o;
        if (e->value == IX_DEAD)
            continue;
        o = &c->doc->mentions.v[e->value];
        /* the word with the article (العائلة for عائلة) is a noun */
        if (o != m && o->first != m->first && o->kind == QAWL_SPEAKER_PERSON &&
            o->name_last == o->name_first + 1 &&
            !qawlp_phr_has_article(c, o->name_first) &&
            qawlp_phr_same_word(c, first, o->name_first))
            return 1;
    }
    return 0;
}

/* Whether word token I of mention M, after its name's first word, heads
 * a construct: a word with no article, that the corpora do not know as a
 * name, before a definite word of the mention that is no nisba (أبلغت
 * فلانة مراسلي الوزارة: the verb's object and its genitive), which no
 * name goes on with. */
static int construct_head(const ctx *c, const qawlp_mention *m, size_t i)
{
    return i + 1 < m->last && qawlp_phr_is_word(c, i) &&
           !qawlp_phr_has_article(c, i) &&
           qawlp_namelike_token(c->doc, c->lex, i, NULL) != QAWLP_NAMELIKE_NAME &&
           qawlp_phr_written_with_article(c, i + 1) &&
           !qawlp_phr_is_as_written(c, i + 1, QAWLP_BIT(QAWLP_SEC_NISBA));
}

/* A word that cannot go on a name the document already gave: it has the
 * article, alone or after a preposition (الهجوم، بالقضاء), it is a cue
 * (تصريحات), or a noun with a pronoun suffix the corpora do not know as
 * a name (أبدى فلان تشاؤمه). */
static int object_word(const ctx *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v;

    if (qawlp_phr_is_cue(c, i) || qawlp_phr_possessed_word(c, i))
        return 1;
    for (v = 0; v < t->nvar; v++)
        if (t->var_skip[v] >= t->conj + c->lex->article_len)
            return 1;
    return 0;
}

/* A subject with no title runs on into the verb's object when the lexicons
 * know neither (وصف دونالد ترامب الهجوم الكيميائي بأنه …، انتقد جواد ظريف
 * تصريحات نتنياهو).  The rest of the document tells where the name ends:
 * when the name's first words are a name given elsewhere (دونالد ترامب; a
 * surname, ظريف, as the end of one) and the next word is an object word
 * that no other name goes on with, the name and the mention end there.
 * The same holds where the name ends before the mention does. */
static int cut_at_known_names(ctx *c)
{
    name_index nx;
    size_t k, n, len;
    int r = -1;

    if (name_index_init(c, &nx))
        goto done;
    for (k = 0; k < c->doc->mentions.n; k++) {
        qawlp_mention *m = &c->doc->mentions.v[k];
        len = m->name_last - m->name_first;
        if (m->kind != QAWL_SPEAKER_PERSON || len == 0 ||
            (len == 1 && m->name_last == m->last))
            continue;
        /* the name may end before the mention does (ظريف تصريحات …) */
        for (n = m->name_last < m->last ? len : len - 1; n >= 1; n--) {
            size_t next = m->name_first + n;
            /* a word the corpora never see in a name; not one joined by
             * و, which may add a joint speaker (فلانة وصديق لها) */
            int never_name = (qawlp_namelike_token(c->doc, c->lex, next, NULL) ==
                                  QAWLP_NAMELIKE_NOT_NAME ||
                              construct_head(c, m, next)) &&
                             !qawlp_phr_is_coordinated(c, next);
            if (qawlp_phr_is_as_written(c, next, QAWLP_TITLE_SECTIONS |
                                           QAWLP_BIT(QAWLP_SEC_NISBA) |
                                           QAWLP_BIT(QAWLP_SEC_PARTICLE)) ||
                !(object_word(c, next) || never_name) ||
                words_in_a_name(c, &nx, m, m->name_first, n + 1, 0))
                continue;
            /* one word only as the surname of a fuller name (ظريف), or
             * as a name of its own before a word the corpora never see in
             * a name (توضح فلانة أسباب …, where فلانة is quoted alone
             * elsewhere), and not after a title: خبير المياه أحمد
             * المفتي keeps its name */
            if ((n > 1 || !m->titled) &&
                (words_in_a_name(c, &nx, m, m->name_first, n, n == 1) ||
                 (n == 1 && never_name &&
                  named_alone(c, &nx, m, m->name_first)))) {
                m->name_last = m->last = (uint32_t)next;
                m->name_cut = 1;
                if (name_index_renew(c, &nx, k))
                    goto done;
                break;
            }
        }
    }
    r = 0;
done:
    name_index_free(&nx);
    return r;
}

/* How far back a bare head (الوزارة) looks for the body it names. */
#define HEAD_REACH 64

/* The lexicon slot of the body or document head word at token I, read
 * with the article stripped (WITH_ARTICLE: الوزارة) or as written after a
 * conjunction (وزارة); -1 when it is no such head. */
static int32_t slot_in(const ctx *c, size_t i, int with_article,
                       uint64_t sections)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v, want = with_article ? c->lex->article_len : 0;

    for (v = 0; v < t->nvar; v++) {
        size_t skip = t->var_skip[v] - (t->var_skip[v] >= t->conj ? t->conj : 0);
        if (qawlp_var_slot(c->doc, t, v) >= 0 && skip == want &&
            (c->lex->slots[qawlp_var_slot(c->doc, t, v)].sections & sections))
            return qawlp_var_slot(c->doc, t, v);
    }
    return -1;
}

static int32_t head_slot(const ctx *c, size_t i, int with_article)
{
    return slot_in(c, i, with_article,
                   QAWLP_BIT(QAWLP_SEC_ORGHEAD) | QAWLP_BIT(QAWLP_SEC_DOCUMENT));
}

/* The slot of the unnamed source's head at token I (مصدر، مصادر) read
 * as head_slot reads a body's; -1 when it is none. */
static int32_t source_slot(const ctx *c, size_t i, int with_article)
{
    return slot_in(c, i, with_article, QAWLP_BIT(QAWLP_SEC_ANON));
}

/* Whether mention M names a body in full by a definite head: a body the
 * lexicons list whole (المرصد السوري لحقوق الإنسان), or one whose every
 * word after the head has the article and no conjunction (المحكمة
 * الجنائية الدولية); not one run on into the clause (المنظمة عشية …،
 * المرصد لغارات …، المرصد والإعلام الرسمي). */
static int definite_run(const ctx *c, const qawlp_mention *m)
{
    size_t i, ntok = 0;

    if (qawlp_match(c->doc, c->lex, m->first, m->last, QAWLP_ORG_SECTIONS,
                    &ntok) >= 0 && m->first + ntok == m->last)
        return 1;
    for (i = m->first + 1; i < m->last; i++)
        if (!qawlp_phr_is_word(c, i) || !qawlp_phr_has_article(c, i) ||
            qawlp_phr_tok(c, i)->conj)
            return 0;
    return 1;
}

/* The latest of the HEAD_REACH mentions before mention index UPTO that
 * names a body or a document in more than one word with head SLOT as
 * written (وزارة الصحة for الوزارة) or with the article (المحكمة
 * الجنائية الدولية for المحكمة: a head the lexicon lists both ways has
 * a slot for each) and opens before token BEFORE; -1 when none does. */
static long full_head_mention(const ctx *c, size_t upto, int32_t slot,
                              size_t before)
{
    size_t k;

    for (k = upto; k-- > 0 && k + HEAD_REACH >= upto;) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->kind != QAWL_SPEAKER_PERSON && o->last - o->first >= 2 &&
            o->lead_var == 0 && o->first < before &&
            (head_slot(c, o->first, 0) == slot ||
             (head_slot(c, o->first, 1) == slot && definite_run(c, o))))
            return (long)k;
    }
    return -1;
}

/* Most adjectives a described head (المنظمة الدولية) may have. */
#define DESCRIBED_HEAD_WORDS 3

/* Whether folded word W (LEN bytes) is one of mention O's words. */
static int holds_word(const ctx *c, const qawlp_mention *o, const char *w, size_t len)
{
    size_t i, n;

    for (i = o->first; i < o->last; i++) {
        const char *x = folded_word(c, o, i, &n);
        if (x != NULL && n == len && memcmp(x, w, len) == 0)
            return 1;
    }
    return 0;
}

/* Whether mention O, which names a body in more words than M, holds each
 * of the definite adjectives after M's head. */
static int holds_adjectives(const ctx *c, const qawlp_mention *o, const qawlp_mention *m)
{
    size_t i, len;

    if (o->last - o->first <= m->last - m->first)
        return 0;
    for (i = m->first + 1; i < m->last; i++) {
        const char *w = folded_word(c, m, i, &len);
        if (w == NULL || !holds_word(c, o, w, len))
            return 0;
    }
    return 1;
}

/* The entity a head described by definite adjectives names (المنظمة
 * الدولية، الوكالة الأممية): the latest body named in full before it
 * with that head and those adjectives among its words (منظمة العفو
 * الدولية), not another body of that head (منظمة الصحة العالمية);
 * -1 when none does.  M is mention index AT, its head of lexicon SLOT. */
static int described_head_antecedent(const ctx *c, const qawlp_mention *m, size_t at,
                                     int32_t slot)
{
    size_t i, k;

    if (m->last - m->first > DESCRIBED_HEAD_WORDS + 1)
        return -1;
    for (i = m->first + 1; i < m->last; i++)
        if (!qawlp_phr_is_word(c, i) || !qawlp_phr_written_with_article(c, i) ||
            qawlp_phr_tok(c, i)->conj)
            return -1;
    for (k = at; k-- > 0 && k + HEAD_REACH >= at;) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->kind != QAWL_SPEAKER_PERSON && o->lead_var == 0 && o->first < m->first &&
            (head_slot(c, o->first, 0) == slot ||
             (head_slot(c, o->first, 1) == slot && definite_run(c, o))) &&
            holds_adjectives(c, o, m))
            return o->entity;
    }
    return -1;
}

/* The entity a bare head (الوزارة، المنظمة، البيان) names: the body or
 * document named with that head most recently before it (وزارة الصحة،
 * منظمة الصحة العالمية، بيان الخارجية), or -1. */
static int head_antecedent(const ctx *c, const qawlp_mention *m)
{
    size_t at = (size_t)(m - c->doc->mentions.v);
    int32_t slot;
    long k;

    if (m->kind == QAWL_SPEAKER_PERSON || m->lead_var != 0 ||
        (slot = head_slot(c, m->first, 1)) < 0)
        return -1;
    if (m->last - m->first > 1)
        return described_head_antecedent(c, m, at, slot);
    k = full_head_mention(c, at, slot, SIZE_MAX);
    return k < 0 ? -1 : c->doc->mentions.v[k].entity;
}

/* How far back, in tokens, a body named only by its bare head looks for
 * the words that name it in full. */
#define HEAD_TOKEN_REACH 400

/* How far before the document word its issuer may end (قال الاتحاد في
 * بيان، أعلنت الوزارة أمس في بيان). */
#define ISSUER_BEFORE 6

/* Bytes an ending may add to a document word and leave it the same word:
 * one or two letters (the accusative بيانا، a pronoun: بيانها). */
#define DOC_ENDING 4

/* Whether token I, in any form (متحدث، لمتحدث، المتحدث), has a reading
 * in lexicon slot SLOT. */
static int has_slot(const ctx *c, size_t i, int32_t slot)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v;

    for (v = 0; v < t->nvar; v++)
        if (qawlp_var_slot(c->doc, t, v) == slot)
            return 1;
    return 0;
}

/* Whether token I is the document word of slot SLOT in any form (بيان،
 * لبيان، البيان), or that word with an ending no lexicon lists (بيانا،
 * بيانها). */
static int is_document_word(const ctx *c, size_t i, int32_t slot)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    const qawlp_slot *sl = &c->lex->slots[slot];
    size_t v, len;

    if (!qawlp_phr_is_word(c, i))
        return 0;
    if (has_slot(c, i, slot))
        return 1;
    for (v = 0; v < t->nvar; v++) {
        len = t->end - t->start - t->var_skip[v];
        if (len > sl->len && len <= sl->len + DOC_ENDING &&
            memcmp(c->doc->norm + t->start + t->var_skip[v], sl->key,
                   sl->len) == 0)
            return 1;
    }
    return 0;
}

/* The mention, among those before mention index UPTO, that covers token
 * AT, or else the one that ends nearest before it in its sentence (within
 * ISSUER_BEFORE tokens); -1 when none. */
static long mention_at_or_before(const ctx *c, size_t at, size_t upto)
{
    uint32_t sent = qawlp_phr_tok(c, at)->sentence;
    size_t k, best_gap = SIZE_MAX;
    long before = -1;

    for (k = upto; k-- > 0 && k + HEAD_REACH >= upto;) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->entity < 0)
            continue;
        if (o->first <= at && at < o->last)
            return (long)k;
        /* a phrase behind a preposition (فيديو لتنظيم …) issues nothing */
        if (o->last <= at && o->last + ISSUER_BEFORE >= at &&
            at - o->last < best_gap && o->lead_var == 0 &&
            qawlp_phr_tok(c, o->first)->sentence == sent) {
            best_gap = at - o->last;
            before = (long)k;
        }
    }
    return before;
}

/* How many words may stand between a document word and the words that
 * name its issuer (بيان رسمي صادر عن …), as in mentions.c. */
#define ISSUER_GAP 2

/* Where the issuer opens after the document word at token AT, right
 * after the words of [issuer] (بيان صادر عن الوزارة، بيان نشرته الوزارة;
 * not بيان للوزارة: رسالة لإسرائيل is sent to it), or 0 when no such
 * words follow it within ISSUER_GAP words. */
static size_t issuer_words_end(const ctx *c, size_t at)
{
    size_t j, ntok, n = c->doc->tokens.n;

    for (j = at + 1; j < n && j <= at + 1 + ISSUER_GAP; j++) {
        ntok = 0;
        if (qawlp_match(c->doc, c->lex, j, n, QAWLP_BIT(QAWLP_SEC_ISSUER),
                        &ntok) >= 0)
            return j + ntok;
        if (!qawlp_phr_is_word(c, j))
            break;
    }
    return 0;
}

/* The entity of the issuer named right after the document word at token
 * AT (issuer_words_end), among the mentions before mention index UPTO;
 * -1 when none. */
static int issuer_after(const ctx *c, size_t at, size_t upto)
{
    size_t k, want = issuer_words_end(c, at);

    if (want == 0)
        return -1;
    for (k = upto; k-- > 0 && k + HEAD_REACH >= upto;) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->entity >= 0 &&
            o->first == want)
            return o->entity;
    }
    return -1;
}

/* The entity of the latest body that spoke before token AT (mention index
 * UPTO; no act's subject, no document), within HEAD_TOKEN_REACH tokens, or
 * -1: a statement the article never introduced is the one that body
 * issued (وقال مكتب الوزير إن … وأضاف البيان). */
static int latest_body(const ctx *c, size_t at, size_t upto)
{
    size_t k, best_end = 0;
    int best = -1;

    for (k = upto; k-- > 0 && k + HEAD_REACH >= upto;) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        int32_t slot = head_slot(c, o->first, 0);
        if (o->entity >= 0 && o->kind == QAWL_SPEAKER_ORGANISATION &&
            !o->from_act && o->lead_var == 0 && o->last <= at &&
            o->last > best_end && o->last + HEAD_TOKEN_REACH > at &&
            !is_document_mention(c, o) &&
            !(slot >= 0 && (c->lex->slots[slot].sections &
                            QAWLP_BIT(QAWLP_SEC_DOCUMENT)))) {
            best_end = o->last;
            best = o->entity;
        }
    }
    return best;
}

/* The entity of the body that the sources pass took as the speaker of a
 * document word at token AT through a glued preposition (وأفاد بيان
 * للجيش اليمني بأن …: the mention للجيش اليمني right after it, among
 * the mentions before index UPTO), when a reporting verb stands right
 * before the word; -1 otherwise.  A phrase after ل is an addressee as
 * often (رسالة لإسرائيل), so only the sources pass's choice is taken,
 * not the text. */
static int source_behind_preposition(const ctx *c, size_t at, size_t upto)
{
    size_t k;

    /* the document is the verb's subject (أفاد بيان ل…), not a phrase
     * that sends it somewhere (وجها رسالة لإسرائيل) */
    if (at == 0 || !qawlp_phr_is_cue(c, at - 1))
        return -1;
    for (k = upto; k-- > 0 && k + HEAD_REACH >= upto;) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->first == at + 1 && o->lead_var != 0 && o->entity >= 0 &&
            (o->kind == QAWL_SPEAKER_ORGANISATION || o->titled) && !o->from_act)
            return o->entity;
    }
    return -1;
}

/* The entity a bare document (البيان، التقرير) stands for when no earlier
 * mention has its head: the one of the document word it refers back to.
 * That word is a mention itself (an earlier البيان), or it is a bare
 * indefinite word after its issuer (قال الاتحاد في بيان إن … وأضاف
 * البيان; the issuer ends right before it in its sentence), since a
 * statement from X is X's (GUIDELINES), or its issuer is named right
 * after it (بيان صادر عن الوزارة).  Another document named with more
 * words is left to the mention of those words; a definite word that is no
 * mention (يأتي التقرير) is passed over.  -1 when the latest such word
 * names no issuer; with no such word at all, the latest body that spoke
 * (latest_body). */
static int issuer_antecedent(const ctx *c, const qawlp_mention *m)
{
    size_t at = (size_t)(m - c->doc->mentions.v), i;
    int32_t slot;
    long k;
    int e;

    if (m->kind == QAWL_SPEAKER_PERSON || m->last - m->first != 1 ||
        m->lead_var != 0 || (slot = head_slot(c, m->first, 1)) < 0 ||
        !(c->lex->slots[slot].sections & QAWLP_BIT(QAWLP_SEC_DOCUMENT)))
        return -1;
    for (i = m->first; i-- > 0 && i + HEAD_TOKEN_REACH > m->first;) {
        if (!is_document_word(c, i, slot))
            continue;
        k = mention_at_or_before(c, i, at);
        if (k >= 0 && c->doc->mentions.v[k].last > i)
            return c->doc->mentions.v[k].entity;
        if (qawlp_phr_has_article(c, i))
            continue;
        e = source_behind_preposition(c, i, at);
        if (e >= 0)
            return e;
        e = issuer_after(c, i, at);
        if (e >= 0 || qawlp_phr_end(c, i) > i + 1 || k < 0)
            return e;
        return c->doc->mentions.v[k].entity;
    }
    return latest_body(c, m->first, at);
}

/* The lexicon slot of token I read without its article (المتحدث ->
 * متحدث), or -1. */
static int32_t slot_without_article(const ctx *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v;

    for (v = 0; v < t->nvar; v++)
        if (qawlp_var_slot(c->doc, t, v) >= 0 &&
            t->var_skip[v] == t->conj + c->lex->article_len)
            return qawlp_var_slot(c->doc, t, v);
    return -1;
}

/* The entity a bare title or description (وأضاف المتحدث، المسؤول) stands
 * for: the latest source described with the same head before it (وقال
 * متحدث باسم الجيش …، بيان لمتحدث باسم الوزارة …، المتحدث باسم الجيش
 * فلان), as a bare head of a body names the body; -1 when none is
 * within reach. */
static int title_antecedent(const ctx *c, const qawlp_mention *m)
{
    size_t at = (size_t)(m - c->doc->mentions.v), k;
    int32_t slot;

    if (m->kind == QAWL_SPEAKER_ORGANISATION || m->last - m->first != 1 ||
        m->lead_var != 0 || m->name_last > m->name_first ||
        (slot = slot_without_article(c, m->first)) < 0 ||
        !(c->lex->slots[slot].sections &
          (QAWLP_TITLE_SECTIONS | QAWLP_ANON_SECTIONS)))
        return -1;
    for (k = at; k-- > 0 && k + HEAD_REACH >= at;) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->first + HEAD_TOKEN_REACH < m->first)
            break;
        if (o->entity >= 0 && o->kind != QAWL_SPEAKER_ORGANISATION &&
            o->last - o->first >= 2 && has_slot(c, o->first, slot))
            return o->entity;
    }
    return -1;
}

/* Whether mention M is a definite description of a person with no name:
 * a word that describes an unnamed source (anonymous_sources.txt) with
 * the article, then only nisbas with it (المسؤول الأممي، المسؤولة
 * الأممية) or, last, the body or place it works in behind a preposition
 * (المسؤول بالمنظمة).  The article says the reader already knows the one
 * described; a new, unnamed source is written without it (مسؤول أممي).
 * A title that one person holds (الرئيس الأمريكي) is definite for that
 * reason alone and names whoever holds it. */
static int definite_description(const ctx *c, const qawlp_mention *m)
{
    size_t i;
    int32_t slot;
    int e;

    if (m->kind == QAWL_SPEAKER_ORGANISATION || m->name_last > m->name_first ||
        m->last - m->first > 3 || m->lead_var != 0 ||
        !qawlp_phr_written_with_article(c, m->first) ||
        (slot = slot_without_article(c, m->first)) < 0 ||
        !(c->lex->slots[slot].sections & QAWLP_BIT(QAWLP_SEC_ANON)))
        return 0;
    /* its nisbas, or where it works: a body or a place behind its
     * preposition (المسؤول بالمنظمة) */
    for (i = m->first + 1; i < m->last; i++)
        if (!(qawlp_phr_written_with_article(c, i) &&
              qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_NISBA))) &&
            !(i + 1 == m->last &&
              (qawlp_phr_opens_with_preposition(c, i) || qawlp_phr_is_prep_article(c, i)) &&
              qawlp_is(c->doc, c->lex, i, QAWLP_ORG_SECTIONS | QAWLP_PLACE_SECTIONS)))
            return 0;
    /* one person: not المسؤولون الأتراك (the verb before a plural
     * subject is singular, so the lexicon's number says it) */
    e = qawlp_match(c->doc, c->lex, m->first, m->first + 1,
                    QAWLP_BIT(QAWLP_SEC_ANON), NULL);
    return e < 0 || c->lex->entries.v[e].number == 0 ||
           c->lex->entries.v[e].number == QAWLP_SING;
}

/* How many mentions back nisbas_agree reads a person's phrases: the one
 * that introduced the person may be far back, and the cost stays linear. */
#define NISBA_REACH 256

/* Whether the mentions of entity E before index AT (within reach) agree
 * with the nisbas of description M: none of them holds a nisba, or one
 * holds M's (المسؤول الأممي after the UN's official, not الرئيس الأمريكي
 * after الرئيس الفرنسي فلان). */
static int nisbas_agree(const ctx *c, int e, size_t at, const qawlp_mention *m)
{
    size_t k, i, j;
    int any = 0;

    for (k = at; k-- > 0 && k + NISBA_REACH >= at;) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->entity != e)
            continue;
        for (i = o->first; i < o->last; i++) {
            if (!qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_NISBA)))
                continue;
            any = 1;
            for (j = m->first + 1; j < m->last; j++)
                if (qawlp_phr_same_word(c, i, j))
                    return 1;
        }
    }
    return !any;
}

/* Whether the name of person mention O reads as a name: its first word
 * one the corpora see in names (namelike.txt), or one they do not know
 * that is no common word and has no glued preposition (not بضرورة،
 * موقفا, a clause taken for a name). */
static int reads_as_a_name(const ctx *c, const qawlp_mention *o)
{
    qawlp_namelike cls = qawlp_namelike_token(c->doc, c->lex, o->name_first,
                                              NULL);

    if (cls != QAWLP_NAMELIKE_UNKNOWN)
        return cls == QAWLP_NAMELIKE_NAME;
    return !qawlp_phr_is_common(c, o->name_first) &&
           !qawlp_phr_opens_with_preposition(c, o->name_first);
}

static int same_stem(const ctx *c, size_t i, size_t j);

/* Whether the text within HEAD_TOKEN_REACH tokens before one-word
 * description M writes its head without the article: the unnamed source
 * it introduced (بحسب مسؤول أمريكي … وأضاف المسؤول), which M refers back
 * to, not the person named since. */
static int described_before(const ctx *c, const qawlp_mention *m)
{
    size_t k;

    if (m->last - m->first != 1)
        return 0;
    for (k = m->first; k-- > 0 && k + HEAD_TOKEN_REACH >= m->first;)
        if (qawlp_phr_is_word(c, k) && !qawlp_phr_written_with_article(c, k) &&
            same_stem(c, k, m->first))
            return 1;
    return 0;
}

/* Whether every token of [FIRST, LAST) is a nisba written with the
 * article (الفلسطينية): the adjectives of a definite description. */
static int definite_nisbas(const ctx *c, size_t first, size_t last)
{
    for (; first < last; first++)
        if (!(qawlp_phr_written_with_article(c, first) &&
              qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_NISBA))))
            return 0;
    return 1;
}

/* Whether mention M is a definite title with no name and no body: a
 * title word with the article, alone (الباحث) or with nisbas that have
 * it (الفنانة الفلسطينية); what it says of the one it describes, the
 * article says the reader knows. */
static int definite_title(const ctx *c, const qawlp_mention *m)
{
    if (m->kind != QAWL_SPEAKER_PERSON || !m->title_only ||
        m->name_last > m->name_first || m->last - m->first > 3 ||
        m->lead_var != 0 || !qawlp_phr_written_with_article(c, m->first) ||
        !qawlp_phr_is_as_written(c, m->first, QAWLP_BIT(QAWLP_SEC_TITLE)))
        return 0;
    return definite_nisbas(c, m->first + 1, m->last);
}

/* Whether person mention M is a definite description the sources read
 * as a name: a word with the article that the corpora do not know as a
 * name and no lexicon lists as a title, body or source, then one or two
 * nisbas with the article (الفنانة الفلسطينية). */
static int described_by_nisba(const ctx *c, const qawlp_mention *m)
{
    if (m->kind != QAWL_SPEAKER_PERSON || m->titled || m->lead_var != 0 ||
        m->name_first != m->first || m->name_last != m->last ||
        m->last - m->first < 2 || m->last - m->first > 3 ||
        !qawlp_phr_written_with_article(c, m->first) ||
        qawlp_namelike_token(c->doc, c->lex, m->first, NULL) ==
            QAWLP_NAMELIKE_NAME ||
        qawlp_is(c->doc, c->lex, m->first,
                 QAWLP_ORG_SECTIONS | QAWLP_TITLE_SECTIONS | QAWLP_ANON_SECTIONS |
                     QAWLP_PLACE_SECTIONS | QAWLP_BIT(QAWLP_SEC_NISBA)))
        return 0;
    return definite_nisbas(c, m->first + 1, m->last);
}

/* Whether a mention of entity E before index AT (within reach) holds a
 * nisba of description M, written as the phrase's own (رسامة
 * الكاريكاتير الفلسطينية فلانة for الفنانة الفلسطينية). */
static int nisba_held(const ctx *c, int e, size_t at, const qawlp_mention *m)
{
    size_t k, i, j;

    for (k = at; k-- > 0 && k + NISBA_REACH >= at;) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->entity != e)
            continue;
        for (i = o->first; i < o->last; i++)
            if (qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_NISBA)))
                for (j = m->first + 1; j < m->last; j++)
                    if (qawlp_phr_same_word(c, i, j))
                        return 1;
    }
    return 0;
}

/* Whether word token I is one of the nisbas of description M. */
static int nisba_of(const ctx *c, size_t i, const qawlp_mention *m)
{
    size_t j;

    for (j = m->first + 1; j < m->last; j++)
        if (qawlp_phr_same_word(c, i, j))
            return 1;
    return 0;
}

/* Whether the mentions of entity E before index AT (within reach) give
 * the title of definite title M to that person: one holds its head and
 * one of its nisbas qualifying it, only the title's own words between
 * and no body's head (وزير الخارجية الأمريكي فلان for الوزير
 * الأمريكي), or holds its head while none gives the head another nisba
 * or holds M's nisba as another word's (منسق الشؤون الإنسانية بالأراضي
 * الفلسطينية فلان for المنسق الأممي; not رئيس الاتحاد الألماني فلان for
 * الرئيس الألماني, the body's nisba).  A title whose head the person's
 * phrase does not repeat may be another's (الملك السعودي after ولي العهد
 * السعودي فلان; الرئيس الأمريكي after وقال ماكرون). */
static int title_repeated(const ctx *c, int e, size_t at, const qawlp_mention *m)
{
    size_t k, i;
    int any_head = 0, other = 0;
    const uint64_t titling = QAWLP_BIT(QAWLP_SEC_TITLE) |
                             QAWLP_BIT(QAWLP_SEC_OFFICE) |
                             QAWLP_BIT(QAWLP_SEC_NISBA);

    for (k = at; k-- > 0 && k + NISBA_REACH >= at;) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        int head = 0;
        if (o->entity != e)
            continue;
        for (i = o->first; i < o->last; i++) {
            int nisba;
            if (!qawlp_phr_is_word(c, i))
                continue;
            if (same_stem(c, i, m->first)) {
                head = any_head = 1;
                continue;
            }
            nisba = qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_NISBA));
            /* the nisba qualifies the title: only the title's own words
             * between, no body's head */
            if (head && qawlp_phr_is_as_written(c, i, titling) &&
                head_slot(c, i, 1) < 0) {
                if (nisba && nisba_of(c, i, m))
                    return 1;
                if (nisba)
                    other = 1;
                continue;
            }
            head = 0;
            if (nisba && nisba_of(c, i, m))
                other = 1;
        }
    }
    return any_head && !other;
}

/* Whether the text writes one-word title M right before a name that is
 * no word of person mention O's name (البابا فرنسيس, when O is لودريان):
 * the article names the title's holder, another person. */
static int title_names_another(const ctx *c, const qawlp_mention *m,
                               const qawlp_mention *o)
{
    size_t i, j;

    for (i = 0; i + 1 < c->doc->tokens.n; i++) {
        if (i == m->first || !qawlp_phr_is_word(c, i) ||
            !same_stem(c, i, m->first) || !qawlp_phr_is_word(c, i + 1) ||
            qawlp_phr_has_article(c, i + 1) ||
            name_word_class(c, i + 1) == QAWLP_NAMELIKE_NOT_NAME)
            continue;
        for (j = o->name_first; j < o->name_last && !qawlp_phr_same_word(c, i + 1, j); j++)
            ;
        if (j == o->name_last)
            return 1;
    }
    return 0;
}

/* Whether entity E has a mention before index AT (within reach) that
 * names a person by a name that reads as one (reads_as_a_name): a
 * description after a title that stands for a named person (وقالت
 * المتحدثة … after فلانة المتحدثة باسم …) continues that person too. */
static int named_before(const ctx *c, int e, size_t at)
{
    size_t k;

    for (k = at; k-- > 0 && k + NISBA_REACH >= at;) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->entity == e && o->kind == QAWL_SPEAKER_PERSON &&
            o->name_last > o->name_first && !name_names_body(c, o) &&
            !name_completes_title(c, o) &&
            (reads_as_a_name(c, o) || (o->titled && plain_name(c, o))))
            return 1;
    }
    return 0;
}

/* The entity a definite description (definite_description) or a
 * definite title (definite_title) stands for: the speaker it continues,
 * a named person (a name that reads as one, or a titled name of plain
 * name words: فلانة المتحدثة باسم …) whose mention, or a description of
 * whom, is the last one of a quote before it, whose gender and nisbas agree (وقال فلان …
 * وأضاف المسؤول الأممي; وقال فلان … وأوضح الباحث); a title with nisbas
 * needs its head and one of them in the person's phrases
 * (title_repeated), a title alone a name that is no one definite word
 * (الشاب, a description itself).  -1 otherwise. */
static int description_antecedent(const ctx *c, const qawlp_mention *m)
{
    size_t at = (size_t)(m - c->doc->mentions.v), k;
    const qawlp_mention *o = NULL;
    int title = 0;

    if (!definite_description(c, m)) {
        if (definite_title(c, m))
            title = 1;
        else if (described_by_nisba(c, m))
            title = 2;
        else
            return -1;
    }
    if (described_before(c, m))
        return -1;
    for (k = at; k-- > 0 && k + HEAD_REACH >= at;)
        if (!c->doc->mentions.v[k].from_act) {
            o = &c->doc->mentions.v[k];
            break;
        }
    if (o == NULL || o->first > m->first || o->first + HEAD_TOKEN_REACH < m->first ||
        o->entity < 0 || o->kind != QAWL_SPEAKER_PERSON ||
        !(o->name_last > o->name_first
              ? reads_as_a_name(c, o) || (o->titled && plain_name(c, o))
              : named_before(c, o->entity, at)) ||
        (o->name_last > o->name_first && (name_names_body(c, o) ||
                                          name_completes_title(c, o))) ||
        (m->gender && c->doc->entities.v[o->entity].gender &&
         m->gender != c->doc->entities.v[o->entity].gender) ||
        ((title != 1 || m->last == m->first + 1) &&
         !nisbas_agree(c, o->entity, at, m)) ||
        (title == 1 && m->last > m->first + 1 &&
         !title_repeated(c, o->entity, at, m)) ||
        (title == 2 && !nisba_held(c, o->entity, at, m)) ||
        (title == 1 && m->last == m->first + 1 &&
         title_names_another(c, m, o)) ||
        (title && o->name_last == o->name_first + 1 &&
         qawlp_phr_has_article(c, o->name_first)))
        return -1;
    return o->entity;
}

/* Whether mention M is a bare head: one word, a body's or document's head
 * with the article (الوزارة، المنظمة، البيان). */
static int is_bare_head(const ctx *c, const qawlp_mention *m)
{
    return m->kind != QAWL_SPEAKER_PERSON && m->last - m->first == 1 &&
           m->lead_var == 0 && head_slot(c, m->first, 1) >= 0;
}

/* Whether mention M is a bare unnamed source: one word, the head of an
 * unnamed source with the article (المصدر، المصادر).  The article
 * refers back to a source the article described (مصدر أمني … وقال
 * المصدر), as a body's bare head does to its name. */
static int is_bare_source(const ctx *c, const qawlp_mention *m)
{
    return m->kind == QAWL_SPEAKER_ANONYMOUS && m->last - m->first == 1 &&
           m->lead_var == 0 && source_slot(c, m->first, 1) >= 0;
}

/* The end of the description of an unnamed source whose head is token
 * I: the words after it that the lexicons know as a nisba, a source's
 * word or a place (مصدر عسكري، مصدر رسمي سوري).  A phrase read from the
 * text, not a quote's subject, goes on into the clause (أكد مصدر عسكري
 * سقوط …), so nothing else is taken. */
static size_t description_end(const ctx *c, size_t i)
{
    size_t end = qawlp_phr_end(c, i), j = i + 1, ntok = 0;

    if (qawlp_match(c->doc, c->lex, i, end, QAWLP_ANON_SECTIONS, &ntok) >= 0 &&
        ntok > 1)
        j = i + ntok;
    /* an entry that ends in a preposition (مصدر في) goes on to where the
     * source works, which a phrase read from the text cannot bound */
    if (j > i + 1 && qawlp_phr_is_stop(c, j - 1))
        return i + 1;
    while (j < end && qawlp_phr_is_word(c, j) && !qawlp_phr_is_stop(c, j) &&
           qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_NISBA) |
                                             QAWLP_ANON_SECTIONS |
                                             QAWLP_PLACE_SECTIONS))
        j++;
    return j;
}

/* Whether tokens [FIRST, LAST), a definite head and the words after it,
 * name a body in full: a body the lexicons list whole, or the head with
 * nisbas or places (التحالف العسكري), each with the article.  A phrase
 * read from the text may have run on into the clause (طلبت من المحكمة
 * الموافقة على …), which a quote's subject would not. */
static int named_in_passing(const ctx *c, size_t first, size_t last)
{
    size_t i, ntok = 0;

    if (qawlp_match(c->doc, c->lex, first, last, QAWLP_ORG_SECTIONS,
                    &ntok) >= 0 && first + ntok == last)
        return 1;
    for (i = first + 1; i < last; i++)
        if (!qawlp_phr_is_word(c, i) || !qawlp_phr_has_article(c, i) ||
            qawlp_phr_tok(c, i)->conj ||
            !qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_NISBA) |
                                               QAWLP_PLACE_SECTIONS))
            return 0;
    return 1;
}

/* Where the body that the bare head at token AT names is named in full
 * before it (منظمة الصحة العالمية … ثم قالت المنظمة; المرصد السوري لحقوق
 * الإنسان … وقال المرصد, where the full name has the article too and is
 * no quote's source, only named in passing): the start of that phrase,
 * its end in *END; 0 when there is none within reach. */
static size_t full_name_before(const ctx *c, size_t at, size_t *end)
{
    int source = head_slot(c, at, 1) < 0;
    int32_t slot = source ? source_slot(c, at, 1) : head_slot(c, at, 1);
    size_t i;

    for (i = at; i-- > 0 && i + HEAD_TOKEN_REACH > at;) {
        /* an unnamed source is described without the article (مصدر
         * عسكري): with it, it is the bare word again */
        /* with a conjunction the phrase would show it (والمرصد …) */
        int definite = !source && head_slot(c, i, 1) == slot &&
                       !qawlp_phr_tok(c, i)->conj;
        if ((source ? source_slot(c, i, 0) : head_slot(c, i, 0)) != slot &&
            !definite)
            continue;
        *end = source ? description_end(c, i) : qawlp_phr_end(c, i);
        if (*end >= i + 2 && *end <= at &&
            (!definite || named_in_passing(c, i, *end)))
            return i;
    }
    return 0;
}

/* For each of the document's entities, the index of its first mention
 * when BARE says all its mentions are bare (1) or pass over them (-1),
 * else a negative number: some mention (0) names it by its own words.
 * The caller frees the array; NULL when out of memory. */
static int *bare_leads(const ctx *c,
                       int (*bare)(const ctx *c, const qawlp_mention *m))
{
    size_t n = c->doc->entities.n, k;
    int *lead = qawlp_malloc((n + 1) * sizeof *lead);

    if (lead == NULL)
        return NULL;
    for (k = 0; k < n; k++)
        lead[k] = -1;    /* the first mention, or -2: not all bare */
    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *m = &c->doc->mentions.v[k];
        int b = bare(c, m);
        if (b == 0)
            lead[m->entity] = -2;
        else if (b > 0 && lead[m->entity] == -1)
            lead[m->entity] = (int)k;
    }
    return lead;
}

/* For bare_leads: a bare head, or a mention passed over, or one that
 * names its entity.  An act's subject does not name its entity while a
 * quote's does (name_entity); a subject that may run on into the object
 * (past_name) is passed over too. */
static int bare_head_lead(const ctx *c, const qawlp_mention *m)
{
    if (is_bare_head(c, m) || is_bare_source(c, m))
        return 1;
    return m->from_act || m->past_name ? -1 : 0;
}

/* Whether mention M describes an unnamed source that a bare one
 * (المصدر) may stand for: its head without the article or a conjunction
 * (not ومصدر), then only the words description_end takes (مصدر عسكري,
 * not مصدر في وزارة … باندلاع حريق, a subject run on into its clause). */
static int described_source(const ctx *c, const qawlp_mention *m)
{
    return m->kind == QAWL_SPEAKER_ANONYMOUS && m->last >= m->first + 2 &&
           m->lead_var == 0 && qawlp_phr_tok(c, m->first)->conj == 0 &&
           source_slot(c, m->first, 0) >= 0 &&
           description_end(c, m->first) >= m->last;
}

/* Gives each entity named only by bare heads the phrase that names it in
 * full earlier in the text, as one more mention, so that its canonical
 * name is that phrase rather than الوزارة.  Returns -1 when out of
 * memory. */
static int name_bare_heads(ctx *c)
{
    size_t n = c->doc->entities.n, k, first, end;
    int *lead = bare_leads(c, bare_head_lead);

    if (lead == NULL)
        return -1;
    for (k = 0; k < n; k++) {
        const qawlp_mention *m;
        int added, source;
        if (lead[k] < 0)
            continue;
        m = &c->doc->mentions.v[lead[k]];
        first = full_name_before(c, m->first, &end);
        if (end == 0 || first == 0)
            continue;
        /* read before the mentions may move (qawlp_phr_add_mention) */
        source = is_bare_source(c, m);
        added = qawlp_phr_add_mention(c, first, end, 0, 0);
        if (added < 0) {
            qawlp_free(lead);
            return -1;
        }
        /* a phrase that turns out to name a person is someone else, and
         * an unnamed source's head goes on to describe one (مصدر عسكري) */
        if (c->doc->mentions.v[added].kind == QAWL_SPEAKER_PERSON ||
            (source && !described_source(c, &c->doc->mentions.v[added])))
            c->doc->mentions.n--;
        else
            c->doc->mentions.v[added].entity = (int)k;
    }
    qawlp_free(lead);
    return 0;
}

/* Whether mention M is a document named by its definite head alone, or
 * with words that are no name (البيان، البيان نفسه، البيان الختامي). */
static int is_document_mention(const ctx *c, const qawlp_mention *m)
{
    int32_t slot;

    return m->kind != QAWL_SPEAKER_PERSON && m->lead_var == 0 &&
           m->name_last == m->name_first &&
           (slot = head_slot(c, m->first, 1)) >= 0 &&
           (c->lex->slots[slot].sections & QAWLP_BIT(QAWLP_SEC_DOCUMENT));
}

/* The end of the issuer phrase that opens at FIRST: where qawlp_phr_end
 * ends it, or before a word led by a conjunction (الوزارة واطلعت عليه:
 * a new clause). */
static size_t issuer_end(const ctx *c, size_t first)
{
    size_t end = qawlp_phr_end(c, first), j;

    for (j = first + 1; j < end; j++)
        if (qawlp_phr_tok(c, j)->conj)
            return j;
    return end;
}

/* Whether the phrase that opens at token J reaches the document word at
 * token AT: it runs up to it (أصدرت وزارة الخارجية بيانا), or it is a
 * reporting verb's subject and only commas and function words stand
 * between them (قال مكتب الوزير، في بيان …); its end in *END. */
static int reaches_document(const ctx *c, size_t j, size_t at, size_t *end)
{
    size_t e = qawlp_phr_end(c, j), k;

    if (e >= at) {
        *end = at;
        return 1;
    }
    if (e <= j + 1 || e + ISSUER_GAP < at || j == 0 ||
        !qawlp_phr_is_cue(c, j - 1))
        return 0;
    for (k = e; k < at; k++)
        if (!qawlp_phr_is_comma(c, k) && !qawlp_phr_is_stop(c, k))
            return 0;
    *end = e;
    return 1;
}

/* The tokens of the phrase that issued the document word at token AT when
 * no mention names it: after the words of [issuer] (بيان أصدرته وزارة
 * الصحة، بيان صادر عن …), else a body, a title or a described source, as
 * written, that opens a phrase reaching the word (أصدرت وزارة الخارجية
 * بيانا; the phrase ends before it).  A bare head there (أصدرته
 * الوزارة) stands for the latest phrase with that head before it (mention
 * index UPTO): its tokens.  The first token, its end in *END; 0 when
 * there is none. */
static size_t issuer_phrase(const ctx *c, size_t at, size_t upto, size_t *end)
{
    size_t j, first = issuer_words_end(c, at);
    long k;
    uint32_t sent = qawlp_phr_tok(c, at)->sentence;
    int32_t slot;

    if (first != 0) {
        *end = issuer_end(c, first);
        if (*end <= first)
            return 0;
    }
    for (j = at > ISSUER_BEFORE ? at - ISSUER_BEFORE : 1;
         j < at && first == 0; j++)
        if (qawlp_phr_tok(c, j)->sentence == sent &&
            qawlp_phr_is_as_written(c, j, QAWLP_ORG_SECTIONS |
                                              QAWLP_TITLE_SECTIONS |
                                              QAWLP_ANON_SECTIONS) &&
            reaches_document(c, j, at, end)) {
            first = j;
        }
    if (first == 0 || *end != first + 1 || (slot = head_slot(c, first, 1)) < 0)
        return first;
    k = full_head_mention(c, upto, slot, first);
    if (k < 0)
        return 0;
    *end = c->doc->mentions.v[k].last;
    return c->doc->mentions.v[k].first;
}

/* Gives each entity named only by bare documents (البيان) the phrase of
 * the issuer of the document word they refer back to (أصدرت الوزارة
 * بيانا … وقال البيان), as one more mention, when issuer_antecedent found
 * no mention of it: a statement from X is X's.  Returns -1 when out of
 * memory. */
static int name_document_issuers(ctx *c)
{
    size_t n = c->doc->entities.n, k, i, first, end = 0;
    int *lead = bare_leads(c, is_document_mention);

    if (lead == NULL)
        return -1;
    for (k = 0; k < n; k++) {
        int32_t slot;
        int added;
        if (lead[k] < 0)
            continue;
        slot = head_slot(c, c->doc->mentions.v[lead[k]].first, 1);
        first = 0;
        for (i = c->doc->mentions.v[lead[k]].first;
             i-- > 0 && i + HEAD_TOKEN_REACH > c->doc->mentions.v[lead[k]].first;)
            if (is_document_word(c, i, slot)) {
                if (!qawlp_phr_has_article(c, i))
                    first = issuer_phrase(c, i, (size_t)lead[k], &end);
                break;
            }
        if (first == 0)
            continue;
        added = qawlp_phr_add_mention(c, first, end, 0, 0);
        if (added < 0) {
            qawlp_free(lead);
            return -1;
        }
        /* a phrase behind a preposition (فيديو لتنظيم …) issues nothing */
        if (c->doc->mentions.v[added].lead_var != 0)
            c->doc->mentions.n--;
        else
            c->doc->mentions.v[added].entity = (int)k;
    }
    qawlp_free(lead);
    return 0;
}

/* ------------------------------------------------- a lone name in full */

/* Most words of a personal name written out around a lone name word. */
#define LONE_NAME_WORDS 4

/* The key of token T's least-stripped bytes under list TAG. */
static uint64_t tagged_word_key(const ctx *c, int tag, const qawlp_token *t)
{
    return ix_then(ix_mix((uint64_t)tag),
                   ix_bytes(c->doc->norm + t->start + t->var_skip[0],
                            qawlp_var_len(t, 0)));
}

/* Whether token I is a word of the name of a person other than entity
 * E (PERSONS files them): a name beside another's (ميركل بوتين) is two
 * people, not one name written out. */
static int names_other_person(const ctx *c, ix_map *persons, size_t i, int e)
{
    uint32_t *p;

    for (p = ix_list(persons, tagged_word_key(c, IX_PERSON_WORD,
                                              qawlp_phr_tok(c, i)));
         p && *p; p = &persons->nodes.v[*p - 1].next) {
        const ix_node *nd = &persons->nodes.v[*p - 1];
        if ((int)nd->value != e && qawlp_phr_same_word(c, i, nd->aux))
            return 1;
    }
    return 0;
}

/* Lexicon sections whose words are no personal name. */
#define NOT_NAME_SECTIONS                                                     \
    (QAWLP_ORG_SECTIONS | QAWLP_TITLE_SECTIONS | QAWLP_ANON_SECTIONS |         \
     QAWLP_BIT(QAWLP_SEC_NISBA))

/* Whether word token I, written as it stands with its first letter,
 * is a form the corpora know as a name (فيصل: no و/ف + يصل). */
static int whole_form_is_name(const ctx *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);

    return qawlp_namelike_class(c->lex, c->doc->norm + t->start,
                                t->end - t->start, NULL) ==
           QAWLP_NAMELIKE_NAME;
}

/* Whether token I, read as ف/و + a word, is rather a first name the
 * corpora know whole, where a name opens: after a mark (a comma's
 * apposition), a cue, a title, a nisba or a place (السفير الفرنسي في
 * البلد فيليب فلان).  After a common word the whole form
 * is that word's (فترة ولايته فلان: the corpora see ولايته before names
 * too). */
static int first_name_whole(const ctx *c, size_t i)
{
    if (!whole_form_is_name(c, i) || qawlp_phr_is_common(c, i))
        return 0;
    return i == 0 || !qawlp_phr_is_word(c, i - 1) || qawlp_phr_is_cue(c, i - 1) ||
           qawlp_phr_is_as_written(c, i - 1, QAWLP_TITLE_SECTIONS |
                                                 QAWLP_BIT(QAWLP_SEC_NISBA) |
                                                 QAWLP_PLACE_SECTIONS);
}

/* The corpora's class of token I when it may be a word of a personal
 * name written out in the text: no title, body, place or source a
 * lexicon knows, no function word, cue or complementiser, not joined by
 * و (first_name_whole: فلاديمير is no ف + لاديمير); QAWLP_NAMELIKE_NAME
 * for a name particle.  QAWLP_NAMELIKE_NOT_NAME
 * when it is none of a name. */
static qawlp_namelike name_word_class(const ctx *c, size_t i)
{
    if (i >= c->doc->tokens.n || !qawlp_phr_is_word(c, i) ||
        qawlp_phr_is_stop(c, i) || qawlp_phr_is_cue(c, i) ||
        qawlp_phr_is_comp(c, i) ||
        (qawlp_phr_is_coordinated(c, i) && !first_name_whole(c, i)))
        return QAWLP_NAMELIKE_NOT_NAME;
    if (qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_PARTICLE)))
        return QAWLP_NAMELIKE_NAME;
    /* a word without the article must be the entry itself: عماد is a
     * name where العماد is a rank */
    if (qawlp_phr_is_exactly(c, i, NOT_NAME_SECTIONS) ||
        (qawlp_phr_has_article(c, i) &&
         qawlp_phr_is_as_written(c, i, NOT_NAME_SECTIONS)))
        return QAWLP_NAMELIKE_NOT_NAME;
    return qawlp_namelike_token(c->doc, c->lex, i, NULL);
}

/* Whether token I may be a word of person E's name written out in the
 * text (name_word_class) that the corpora saw as a name (namelike.txt
 * [name]) and no word of another person's name.  A verb or a noun beside
 * a lone name (يلتقي ترامب) is none. */
static int name_word_of(const ctx *c, ix_map *persons, size_t i, int e)
{
    return name_word_class(c, i) == QAWLP_NAMELIKE_NAME &&
           !names_other_person(c, persons, i, e);
}

/* Whether token I, which opens with a letter that may be a conjunction
 * (فرانشيسكا), may still be a first name no corpus or lexicon knows: a
 * word unknown both whole and without that letter tells nothing by it.
 * Only right after a definite nisba (في الأراضي الفلسطينية فرانشيسكا
 * ألبانيز), where a conjunction has nothing to join; after a title or
 * a noun it joins a clause (مجلس الشيوخ وفاة فلان). */
static int unknown_first_name(const ctx *c, size_t i)
{
    return name_word_class(c, i) == QAWLP_NAMELIKE_NOT_NAME &&
           qawlp_phr_is_coordinated(c, i) &&
           !qawlp_phr_tok(c, i)->in_lexicon && !qawlp_phr_is_stop(c, i) &&
           !qawlp_phr_is_cue(c, i) && !qawlp_phr_is_comp(c, i) &&
           qawlp_namelike_token(c->doc, c->lex, i, NULL) ==
               QAWLP_NAMELIKE_UNKNOWN;
}

/* Whether a name may end before token I: the end of the text, a mark or
 * punctuation, a function word, a cue or a complementiser, or a word
 * with the article (a title or a date after the name). */
static int name_ends_at(const ctx *c, size_t i)
{
    return i >= c->doc->tokens.n || !qawlp_phr_is_word(c, i) ||
           qawlp_phr_is_stop(c, i) || qawlp_phr_is_cue(c, i) ||
           qawlp_phr_is_comp(c, i) || qawlp_phr_has_article(c, i);
}

/* Whether word token I, right after a complementiser and before a name
 * that ends at word token END, is rather the noun that opens the clause
 * (أن رفض فلان، أن إصرار فلان على) than a first name: the corpora see it
 * in names less often than elsewhere.  A first name there is one they
 * know as a name first (أن فلاديمير فلان), or the name is set off by a
 * mark (أن فلان الفلاني، 18 عاما، …). */
static int clause_noun(const ctx *c, size_t i, size_t end)
{
    double share = 0;

    if (i == 0 || !qawlp_phr_is_comp(c, i - 1) ||
        !qawlp_phr_is_word(c, end))
        return 0;
    (void)qawlp_namelike_token(c->doc, c->lex, i, &share);
    return share < 0.5;
}

/* The personal name of entity E written out around token J, its lone
 * name word: name words without the article before it (سامي حامد، عصام
 * نبهان، محمد بن سلمان) and after it where the name ends (تيدروس
 * أدهانوم، name_ends_at), LONE_NAME_WORDS at most; a particle does not open it right before J (ولد X: a word
 * that is also a common noun).  Its first token, its end in *END. */

/* Whether token I may be a word of a name set off by commas: a word
 * without the article, a glued preposition or a conjunction, no
 * function word, cue or complementiser, no common word and none the
 * corpora or lexicons know as no name (name_word_class), and no word of
 * another person's name. */
static int apposed_name_word(const ctx *c, ix_map *persons, size_t i, int e)
{
    return qawlp_phr_is_word(c, i) && !qawlp_phr_has_article(c, i) &&
           !qawlp_phr_opens_with_preposition(c, i) && !qawlp_phr_tok(c, i)->conj &&
           !qawlp_phr_is_stop(c, i) && !qawlp_phr_is_cue(c, i) &&
           !qawlp_phr_is_comp(c, i) && !qawlp_phr_is_common(c, i) &&
           name_word_class(c, i) != QAWLP_NAMELIKE_NOT_NAME &&
           !names_other_person(c, persons, i, e);
}

/* Widens the name [*A, *B) around lone word J to a whole apposition set
 * off by commas on both sides, two words or more and LONE_NAME_WORDS at
 * most, every other word one apposed_name_word takes and one of them a
 * name the corpora know (وقال، تيدروس أدهانوم غبرييسوس، في …: a surname
 * the corpora do not know). */
static void comma_apposition(const ctx *c, ix_map *persons, size_t j, int e,
                             size_t *a, size_t *b)
{
    size_t x = j, y = j + 1, k;

    while (x > 0 && j - x < LONE_NAME_WORDS && !qawlp_phr_is_comma(c, x - 1) &&
           apposed_name_word(c, persons, x - 1, e))
        x--;
    while (y < c->doc->tokens.n && y - x < LONE_NAME_WORDS &&
           !qawlp_phr_is_comma(c, y) && apposed_name_word(c, persons, y, e))
        y++;
    if (x == 0 || !qawlp_phr_is_comma(c, x - 1) || y >= c->doc->tokens.n ||
        !qawlp_phr_is_comma(c, y) || y - x < 2 || y - x > LONE_NAME_WORDS ||
        y - x <= *b - *a)
        return;
    /* one word of it a name the corpora know (not أنا شاب محطم) */
    for (k = x; k < y && name_word_class(c, k) != QAWLP_NAMELIKE_NAME; k++)
        ;
    if (k == y)
        return;
    *a = x;
    *b = y;
}


/* Whether a colon follows token J on its line, before any quotation
 * mark (a headline that gives its speaker's words: فلان …: الكلام). */
static int headline_colon_after(const ctx *c, size_t j)
{
    size_t i;

    for (i = j + 1; i < c->doc->tokens.n; i++) {
        const qawlp_token *t = &c->doc->tokens.v[i];
        if (t->kind == QAWLP_TOK_NEWLINE || t->kind == QAWLP_TOK_QMARK)
            return 0;
        if (t->kind == QAWLP_TOK_PUNCT && t->cp == ':')
            return 1;
    }
    return 0;
}

static size_t name_around(const ctx *c, ix_map *persons, size_t j, int e,
                          size_t *end)
{
    size_t a = j, b = j + 1;

    /* right before the lone word, a first name that may open with و or
     * ف but that the corpora know whole as a name (فيصل، وائل); further
     * back such a word ends the name (هيومن رايتس ووتش فلان الفلاني) */
    if (j > 0 && qawlp_phr_is_word(c, j - 1) &&
        qawlp_phr_is_coordinated(c, j - 1) && whole_form_is_name(c, j - 1) &&
        !qawlp_phr_has_article(c, j - 1) &&
        !names_other_person(c, persons, j - 1, e))
        a = j - 1;
    while (a > 0 && b - a < LONE_NAME_WORDS &&
           name_word_of(c, persons, a - 1, e) &&
           !qawlp_phr_has_article(c, a - 1) && !clause_noun(c, a - 1, b))
        a--;
    /* one first name the corpora do not know, in an apposition set off
     * by commas on both sides (…، عصام نبهان، …) */
    if (a == j && j >= 2 && qawlp_phr_is_comma(c, j - 2) &&
        j + 1 < c->doc->tokens.n && qawlp_phr_is_comma(c, j + 1) &&
        name_word_class(c, j - 1) == QAWLP_NAMELIKE_UNKNOWN &&
        !qawlp_phr_has_article(c, j - 1) && !qawlp_phr_opens_with_preposition(c, j - 1) &&
        !names_other_person(c, persons, j - 1, e))
        a = j - 1;
    /* one first name the corpora do not know opening the text before a
     * colon on its line (a headline's speaker: فلان الفلاني من …:
     * الكلام), the name ending visibly after the word */
    if (a == j && j == 1 && headline_colon_after(c, j) &&
        !qawlp_phr_has_article(c, j) && name_ends_at(c, j + 1) &&
        name_word_class(c, j - 1) == QAWLP_NAMELIKE_UNKNOWN &&
        !qawlp_phr_has_article(c, j - 1) && !qawlp_phr_opens_with_preposition(c, j - 1) &&
        !qawlp_phr_is_common(c, j - 1) && !qawlp_phr_tok(c, j - 1)->in_lexicon &&
        !names_other_person(c, persons, j - 1, e))
        a = j - 1;
    /* a nisba without the article right before a definite surname is a
     * given name (العقيد تركي المالكي): an adjective after a definite
     * noun takes the article; only after a title, a comma or a mark */
    if (a == j && j >= 2 && qawlp_phr_has_article(c, j) &&
        !qawlp_phr_has_article(c, j - 1) &&
        qawlp_phr_is_exactly(c, j - 1, QAWLP_BIT(QAWLP_SEC_NISBA)) &&
        !names_other_person(c, persons, j - 1, e) &&
        (!qawlp_phr_is_word(c, j - 2) || qawlp_phr_is_comma(c, j - 2) ||
         qawlp_phr_is_as_written(c, j - 2, QAWLP_BIT(QAWLP_SEC_TITLE) |
                                               QAWLP_BIT(QAWLP_SEC_HONORIFIC) |
                                               QAWLP_BIT(QAWLP_SEC_OFFICE))))
        a = j - 1;
    /* one first name the corpora do not know right after a definite
     * title or its definite adjective (الطبيبة الأردنية فلانة الفلانية،
     * المقررة … في الأراضي الفلسطينية فرانشيسكا ألبانيز): the title's
     * phrase ends at a word with the article, and the name follows */
    if (a == j && j >= 2 && qawlp_phr_is_word(c, j - 2) &&
        qawlp_phr_written_with_article(c, j - 2) &&
        qawlp_phr_is_as_written(c, j - 2, QAWLP_BIT(QAWLP_SEC_TITLE) |
                                              QAWLP_BIT(QAWLP_SEC_HONORIFIC) |
                                              QAWLP_BIT(QAWLP_SEC_OFFICE) |
                                              QAWLP_BIT(QAWLP_SEC_NISBA)) &&
        (name_word_class(c, j - 1) == QAWLP_NAMELIKE_UNKNOWN ||
         (qawlp_phr_is_as_written(c, j - 2, QAWLP_BIT(QAWLP_SEC_NISBA)) &&
          unknown_first_name(c, j - 1))) &&
        !qawlp_phr_has_article(c, j - 1) && !qawlp_phr_opens_with_preposition(c, j - 1) &&
        !qawlp_phr_is_common(c, j - 1) &&
        !names_other_person(c, persons, j - 1, e))
        a = j - 1;
    /* a first name behind a glued preposition right before the lone
     * word (لفلان الفلاني): the preposition opens a complement, the
     * name is whole */
    if (a == j && j > 0 && qawlp_phr_name_behind_preposition(c, j - 1) &&
        name_ends_at(c, j + 1) && !names_other_person(c, persons, j - 1, e))
        a = j - 1;
    if (a + 1 == j &&
        qawlp_phr_is_as_written(c, a, QAWLP_BIT(QAWLP_SEC_PARTICLE)))
        a = j;
    /* after the lone word a word that may open with و is the next
     * name joined to it (بوتين وأردوغان), whatever the corpora say of
     * the whole form */
    while (b - a < LONE_NAME_WORDS && name_word_of(c, persons, b, e) &&
           !qawlp_phr_has_article(c, b) && !qawlp_phr_is_coordinated(c, b))
        b++;
    /* words after it are its name only where the name visibly ends
     * (تيدروس أدهانوم، …), not run on into the clause (ترامب لي …) */
    if (b > j + 1 && !name_ends_at(c, b))
        b = j + 1;
    comma_apposition(c, persons, j, e, &a, &b);
    *end = b;
    return a;
}

/* Whether tokens [A, A+N) and [B, B+N) are the same words. */
static int same_words(const ctx *c, size_t a, size_t b, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (!qawlp_phr_same_word(c, a + i, b + i))
            return 0;
    return 1;
}

static int unnamed_phrase(const ctx *c, const qawlp_mention *m);

/* Whether entity E is named by an unnamed phrase (unnamed_phrase) that
 * ends at token J, elsewhere than that mention, with name words the
 * corpora know before it (name_word_of, without the article, up to
 * LONE_NAME_WORDS in all): the whole name into [*A, *B).  0 when E is
 * named otherwise or the phrase has no first name there. */
static int phrase_around(const ctx *c, ix_map *persons, size_t j, int e,
                         size_t *a, size_t *b)
{
    const qawlp_entity *en = &c->doc->entities.v[e];
    const qawlp_mention *m = &c->doc->mentions.v[en->mention];
    size_t n = m->last - m->first, s;

    *a = *b = 0;
    if (!unnamed_phrase(c, m) || j + 1 < n)
        return 0;
    s = j + 1 - n;
    if (s == m->first || !same_words(c, s, m->first, n))
        return 0;
    *a = s;
    *b = j + 1;
    while (*a > 0 && *b - *a < LONE_NAME_WORDS &&
           name_word_of(c, persons, *a - 1, e) &&
           !qawlp_phr_has_article(c, *a - 1))
        (*a)--;
    return *a < s;
}

/* The bytes of word token I as a name: behind a glued preposition
 * (name_behind_preposition) or whole. */
static const char *name_bytes(const ctx *c, size_t i, size_t *len)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v = qawlp_phr_name_behind_preposition(c, i);

    *len = v > 0 ? qawlp_var_len(t, v) : t->end - t->start - t->conj;
    return c->doc->norm + t->start + (v > 0 ? t->var_skip[v] : t->conj);
}

/* Whether the names at tokens [A, A+N) and [B, B+N) are one name, the
 * first word written behind a glued preposition in one of them or in
 * none (لفلان الفلاني and فلان الفلاني). */
static int same_written_name(const ctx *c, size_t a, size_t b, size_t n)
{
    size_t la, lb;
    const char *x, *y;

    if (n == 0 || same_words(c, a, b, n))
        return 1;
    x = name_bytes(c, a, &la);
    y = name_bytes(c, b, &lb);
    return la == lb && memcmp(x, y, la) == 0 && same_words(c, a + 1, b + 1, n - 1);
}

/* A lone name's full name as written in the text. */
typedef struct {
    size_t first, last;        /* its tokens; last 0: none found */
    int ambiguous;             /* two different full names hold the word */
} written_name;

/* Whether mention M, the canonical mention of a person, is a phrase in
 * which the sources pass found no name: two or three words without the
 * article or a conjunction, no title, function word, cue or word of a
 * title, body, place or source (عودة أوغلو, a family name that opens
 * with a common word; the article gave the first name once, طه عودة
 * أوغلو, in an apposition the sources pass cut off). */
static int unnamed_phrase(const ctx *c, const qawlp_mention *m)
{
    size_t i;

    if (m->kind != QAWL_SPEAKER_PERSON || m->name_last > m->name_first ||
        m->titled || m->from_act || m->noun_led || m->lead_var != 0 ||
        m->last - m->first < 2 || m->last - m->first >= LONE_NAME_WORDS)
        return 0;
    for (i = m->first; i < m->last; i++)
        if (!qawlp_phr_is_word(c, i) || qawlp_phr_has_article(c, i) ||
            qawlp_phr_tok(c, i)->conj || qawlp_phr_is_stop(c, i) ||
            qawlp_phr_is_cue(c, i) || qawlp_phr_opens_with_preposition(c, i) ||
            qawlp_phr_is_as_written(c, i, NOT_NAME_SECTIONS))
            return 0;
    return 1;
}

/* Files in LONE the lone name word of each person entity named by one
 * word (its canonical mention's name), or the last word of an unnamed
 * phrase (unnamed_phrase), and in PERSONS the name words of every person
 * mention.  Returns -1 when out of memory. */
static int file_lone_names(const ctx *c, ix_map *lone, ix_map *persons)
{
    size_t k, i;

    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *m = &c->doc->mentions.v[k];
        if (m->kind != QAWL_SPEAKER_PERSON || m->entity < 0)
            continue;
        for (i = m->name_first; i < m->name_last; i++)
            if (qawlp_phr_is_word(c, i) &&
                ix_add(persons, tagged_word_key(c, IX_PERSON_WORD,
                                                qawlp_phr_tok(c, i)),
                       (uint32_t)m->entity, (uint32_t)i))
                return -1;
    }
    for (k = 0; k < c->doc->entities.n; k++) {
        const qawlp_entity *e = &c->doc->entities.v[k];
        const qawlp_mention *m;
        if (e->kind != QAWL_SPEAKER_PERSON || e->mention < 0)
            continue;
        m = &c->doc->mentions.v[e->mention];
        if (unnamed_phrase(c, m)) {
            /* filed under its last word, found where that word is */
            if (ix_add(lone, tagged_word_key(c, IX_LONE,
                                             qawlp_phr_tok(c, m->last - 1)),
                       (uint32_t)k, (uint32_t)(m->last - 1)))
                return -1;
            continue;
        }
        /* a name the entity is not named by (مراسل الغد) is passed over */
        if (m->name_last != m->name_first + 1 ||
            name_completes_title(c, m) || name_names_body(c, m) ||
            !qawlp_phr_is_word(c, m->name_first) ||
            qawlp_namelike_token(c->doc, c->lex, m->name_first, NULL) ==
                QAWLP_NAMELIKE_NOT_NAME)
            continue;
        if (ix_add(lone, tagged_word_key(c, IX_LONE,
                                         qawlp_phr_tok(c, m->name_first)),
                   (uint32_t)k, m->name_first))
            return -1;
    }
    return 0;
}

/* For each entity filed in LONE, where its word is written out in full
 * in the document (name_around), into FOUND; one pass over the tokens. */
static void find_written_names(const ctx *c, ix_map *lone, ix_map *persons,
                               written_name *found)
{
    size_t j, a, b;
    uint32_t *p;

    uint64_t lens = 0;
    size_t k;

    if (lone->used == 0)       /* no lone name: no word to hash */
        return;
    /* same_word wants the lone word's length: a word of another length
     * (bit 63: 63 bytes or more) is not hashed */
    for (k = 0; k < lone->nodes.n; k++) {
        size_t len = qawlp_var_len(qawlp_phr_tok(c, lone->nodes.v[k].aux), 0);
        lens |= UINT64_C(1) << (len < 63 ? len : 63);
    }
    for (j = 0; j < c->doc->tokens.n; j++) {
        const qawlp_token *v = c->doc->tokens.v;
        size_t ntok = c->doc->tokens.n;
        /* the words of other lengths, most, in a loop of their own */
        while (j < ntok &&
               (v[j].kind != QAWLP_TOK_WORD ||
                !(lens >> (qawlp_var_len(&v[j], 0) < 63
                               ? qawlp_var_len(&v[j], 0) : 63) & 1)))
            j++;
        if (j == ntok)
            break;
        for (p = ix_list(lone, tagged_word_key(c, IX_LONE, qawlp_phr_tok(c, j)));
             p && *p; p = &lone->nodes.v[*p - 1].next) {
            const ix_node *nd = &lone->nodes.v[*p - 1];
            written_name *w = &found[nd->value];
            if (w->ambiguous || !qawlp_phr_same_word(c, j, nd->aux))
                continue;
            if (!phrase_around(c, persons, j, (int)nd->value, &a, &b) &&
                (a = name_around(c, persons, j, (int)nd->value, &b), b - a < 2))
                continue;
            if (w->last == 0) {
                w->first = a;
                w->last = b;
            } else if (b - a != w->last - w->first ||
                       !same_written_name(c, a, w->first, b - a)) {
                w->ambiguous = 1;
            }
        }
    }
}

/* Makes tokens [FIRST, END) one more mention of entity K and its name,
 * when they parse as one person's name whole (or as a person, for an
 * entity named by an unnamed phrase: phrase_around).  Returns -1 when out of
 * memory. */
static int name_in_full(ctx *c, size_t k, size_t first, size_t end)
{
    qawlp_entity *e = &c->doc->entities.v[k];
    int phrase = e->mention >= 0 &&
                 unnamed_phrase(c, &c->doc->mentions.v[e->mention]);
    const qawlp_mention *m;
    int added = qawlp_phr_add_mention(c, first, end, 0, 0);
    char *name;

    if (added < 0)
        return -1;
    m = &c->doc->mentions.v[added];
    /* an unnamed phrase with its first name parses as a person whose
     * name the sources pass still does not find whole (عودة) */
    if (m->kind != QAWL_SPEAKER_PERSON ||
        (!phrase && (m->name_first != first || m->name_last != end))) {
        c->doc->mentions.n--;
        return 0;
    }
    /* the name behind a glued preposition is written without it */
    qawlp_phr_lead_past_preposition(c, &c->doc->mentions.v[added]);
    name = input_text(c->doc, c->lex, m, first, end);
    if (name == NULL)
        return -1;
    c->doc->mentions.v[added].entity = (int)k;
    qawlp_free(e->name);
    e->name = name;
    e->mention = added;
    return 0;
}

/* Gives each person named by one word (حامد، نبهان، ترامب) the full
 * name the document writes out around that word, the same wherever it
 * is, even where it is no source (قال الصيدلي سامي حامد … وأضاف حامد؛
 * إدارة الرئيس دونالد ترامب): a short name joins the full name of its
 * document.  Returns -1 when out of memory. */
static int name_lone_names(ctx *c)
{
    size_t n = c->doc->entities.n, k;
    ix_map lone = {0}, persons = {0};
    written_name *found = qawlp_calloc(n + 1, sizeof *found);
    int r = -1;

    if (found == NULL || file_lone_names(c, &lone, &persons))
        goto done;
    find_written_names(c, &lone, &persons, found);
    for (k = 0; k < n; k++)
        if (found[k].last != 0 && !found[k].ambiguous &&
            name_in_full(c, k, found[k].first, found[k].last))
            goto done;
    r = 0;
done:
    ix_free(&lone);
    ix_free(&persons);
    qawlp_free(found);
    return r;
}

/* ---------------------------------------- a short name beside its title */

static int title_only_like(const ctx *c, const qawlp_mention *m);

/* How many first names a short name's full name may add before it. */
#define TITLE_FIRST_NAMES 2

/* Whether token I may be a first name written beside a title: a word
 * without the article, conjunction or glued preposition, no cue,
 * function word or complementiser, and none the corpora or lexicons
 * know as no name.  The title beside it says it is a name even when the
 * corpora do not know it (أمجد، محمد). */
static int first_name_by_title(const ctx *c, size_t i)
{
    return qawlp_phr_is_word(c, i) && !qawlp_phr_has_article(c, i) &&
           !qawlp_phr_tok(c, i)->conj && !qawlp_phr_opens_with_preposition(c, i) &&
           !qawlp_phr_is_cue(c, i) && !qawlp_phr_is_stop(c, i) &&
           !qawlp_phr_is_comp(c, i) &&
           name_word_class(c, i) != QAWLP_NAMELIKE_NOT_NAME;
}

/* The first token of the full name that ends with short name [S, S+N)
 * written at token END - N … END: one or two first names
 * (first_name_by_title) before it, the first of them opening the
 * sentence or right after a cue, a complementiser, a comma or a
 * function word (وهو ما يؤكده فلان الفلاني), not after another word of
 * the clause.  END when there is none. */
static size_t first_names_before(const ctx *c, size_t end, size_t s, size_t n)
{
    size_t a, best = end;

    if (end < n + 1 || !same_words(c, end - n, s, n))
        return end;
    for (a = end - n; a > 0 && end - n - a < TITLE_FIRST_NAMES &&
                      first_name_by_title(c, a - 1);
         a--) {
        size_t b = a - 1;
        if (b == 0 || !qawlp_phr_is_word(c, b - 1) || qawlp_phr_is_cue(c, b - 1) ||
            qawlp_phr_is_comp(c, b - 1) || qawlp_phr_is_stop(c, b - 1))
            best = b;
    }
    return best;
}

/* The full name [*FIRST, *END) of short name [S, S+N) written beside
 * the title at token H (N2 words): right after it, a comma between them
 * or none (المتحدث باسم الهلال، فلان الفلاني خلال …), the name ending
 * there visibly (name_ends_at), or right before it (فلان الفلاني مدير
 * الشبكة، يستعرض …: first_names_before).  0 when there is none. */
static int full_name_by_title(const ctx *c, size_t h, size_t n2, size_t s,
                              size_t n, size_t *first, size_t *end)
{
    size_t j = h + n2, a, f;

    if (j < c->doc->tokens.n && qawlp_phr_is_comma(c, j))
        j++;
    for (a = j; a < j + TITLE_FIRST_NAMES && first_name_by_title(c, a); a++)
        if (a + 1 + n <= c->doc->tokens.n && same_words(c, a + 1, s, n) &&
            name_ends_at(c, a + 1 + n)) {
            *first = j;
            *end = a + 1 + n;
            return 1;
        }
    j = h > 0 && qawlp_phr_is_comma(c, h - 1) ? h - 1 : h;
    f = first_names_before(c, j, s, n);
    if (f < j) {
        *first = f;
        *end = j;
        return 1;
    }
    return 0;
}

/* Whether mention M of entity E is the first of E's mentions with its
 * words (a title repeated need be looked for once). */
static int first_with_words(const ctx *c, const qawlp_mention *m, int e)
{
    size_t k, n = m->last - m->first;

    for (k = 0; &c->doc->mentions.v[k] != m; k++) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->entity == e && o->last - o->first == n &&
            same_words(c, o->first, m->first, n))
            return 0;
    }
    return 1;
}

/* Gives each person whose canonical name is short (one word, or a
 * particle and a word: الشوا، أبو فلان) and who is also quoted by a
 * title with no name (title_only_like, two words or more) the full name
 * the text writes beside that title, wherever the title is written
 * (full_name_by_title): the title says whose name it is, even when the
 * corpora do not know its first name, which name_lone_names asks for.
 * Two different full names so written leave the short one.  Returns -1
 * when out of memory. */
static int name_short_by_title(ctx *c)
{
    size_t ne = c->doc->entities.n, k, h;

    for (k = 0; k < ne; k++) {
        const qawlp_entity *e = &c->doc->entities.v[k];
        const qawlp_mention *m;
        size_t s, n, first = 0, end = 0, f, x, t;
        int ambiguous = 0;
        if (e->kind != QAWL_SPEAKER_PERSON || e->mention < 0)
            continue;
        m = &c->doc->mentions.v[e->mention];
        s = m->name_first;
        n = m->name_last - m->name_first;
        if (n == 0 || n > 2 || name_completes_title(c, m) ||
            name_names_body(c, m) ||
            (n == 2 && !qawlp_phr_is_as_written(c, s, QAWLP_BIT(QAWLP_SEC_PARTICLE))))
            continue;
        for (t = 0; t < c->doc->mentions.n && !ambiguous; t++) {
            const qawlp_mention *o = &c->doc->mentions.v[t];
            size_t n2 = o->last - o->first;
            if (o->entity != (int)k || n2 < 2 || !title_only_like(c, o) ||
                !first_with_words(c, o, (int)k))
                continue;
            for (h = 0; h + n2 <= c->doc->tokens.n && !ambiguous; h++) {
                if (!same_words(c, h, o->first, n2) ||
                    !full_name_by_title(c, h, n2, s, n, &f, &x))
                    continue;
                if (end != 0 &&
                    (x - f != end - first || !same_words(c, f, first, x - f)))
                    ambiguous = 1;
                first = f;
                end = x;
            }
        }
        if (!ambiguous && end != 0 && name_in_full(c, k, first, end))
            return -1;
    }
    return 0;
}

/* ------------------------------------------------ a body's short name */

/* Whether mention M names a body by the words after its head, the head
 * left out (الصحة العالمية for منظمة الصحة العالمية, a headline's short
 * form): an organisation of two words or more, the first with the
 * article and no head of a body or document itself, no conjunction or
 * glued preposition, no act's subject or phrase run on. */
static int short_body(const ctx *c, const qawlp_mention *m)
{
    return m->kind == QAWL_SPEAKER_ORGANISATION && m->last - m->first >= 2 &&
           m->last - m->first <= IX_RUN_MAX && m->lead_var == 0 &&
           qawlp_phr_tok(c, m->first)->conj == 0 &&
           qawlp_phr_written_with_article(c, m->first) &&
           head_slot(c, m->first, 1) < 0 && !runs_on(c, m) &&
           !qawlp_phr_holds_clause(c, m);
}

/* The lexicon slot of token I when it is a body's head without the
 * article, bare or behind one glued letter (منظمة، لمنظمة), as a
 * genitive or a preposition's object names the body; -1 otherwise. */
static int32_t head_before_name(const ctx *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v;

    /* with a conjunction it opens another phrase (وبرنامج …) */
    if (!qawlp_phr_is_word(c, i) || t->conj)
        return -1;
    for (v = 0; v < t->nvar; v++) {
        int32_t slot = qawlp_var_slot(c->doc, t, v);
        if (slot >= 0 && t->var_skip[v] < c->lex->article_len &&
            (c->lex->slots[slot].sections & QAWLP_BIT(QAWLP_SEC_ORGHEAD)))
            return slot;
    }
    return -1;
}

/* Where the text writes a body's short name. */
typedef struct {
    size_t first;              /* its first word after a head; 0: none */
    size_t headed, bare;       /* how often after that head, and alone */
    int two_heads;             /* after two different heads */
} short_name_uses;

/* Gives each body whose mentions all name it by a short name
 * (short_body, all the same words) the name with its head that the text
 * writes elsewhere, before or after (منظمة الصحة العالمية in المدير العام
 * لمنظمة الصحة العالمية), as one more mention, when the text writes the
 * words after that one head more often than alone and never after
 * another head: الأمم المتحدة, named alone throughout and once in وكالة
 * الأمم المتحدة, another body, keeps its name.  One pass over the
 * tokens.  Returns -1 when out of memory. */
static int name_short_bodies(ctx *c)
{
    size_t n = c->doc->entities.n, k, j;
    int *lead = qawlp_malloc((n + 1) * sizeof *lead);
    short_name_uses *found = qawlp_calloc(n + 1, sizeof *found);
    ix_map short_names = {0};
    uint64_t lens = 0;
    uint32_t *p;
    int r = -1;

    if (lead == NULL || found == NULL)
        goto done;
    for (k = 0; k < n; k++)
        lead[k] = -1;
    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *m = &c->doc->mentions.v[k];
        int e = m->entity;
        if (e < 0 || lead[e] == -2)
            continue;
        if (!short_body(c, m) ||
            (lead[e] >= 0 &&
             (c->doc->mentions.v[lead[e]].last - c->doc->mentions.v[lead[e]].first !=
                  m->last - m->first ||
              !same_words(c, c->doc->mentions.v[lead[e]].first, m->first,
                          m->last - m->first))))
            lead[e] = -2;
        else if (lead[e] == -1)
            lead[e] = (int)k;
    }
    for (k = 0; k < n; k++) {
        const qawlp_token *t;
        size_t len;
        if (lead[k] < 0)
            continue;
        t = qawlp_phr_tok(c, c->doc->mentions.v[lead[k]].first);
        len = qawlp_var_len(t, 0);
        lens |= UINT64_C(1) << (len < 63 ? len : 63);
        if (ix_add(&short_names, tagged_word_key(c, IX_SHORT_BODY, t),
                   (uint32_t)k, c->doc->mentions.v[lead[k]].first))
            goto done;
    }
    for (j = 1; short_names.used > 0 && j < c->doc->tokens.n; j++) {
        size_t len;
        if (!qawlp_phr_is_word(c, j))
            continue;
        /* only a word as long as one of the names' first words is
         * hashed (as find_written_names does) */
        len = qawlp_var_len(qawlp_phr_tok(c, j), 0);
        if (!(lens >> (len < 63 ? len : 63) & 1))
            continue;
        for (p = ix_list(&short_names, tagged_word_key(c, IX_SHORT_BODY,
                                                       qawlp_phr_tok(c, j)));
             p && *p; p = &short_names.nodes.v[*p - 1].next) {
            const ix_node *nd = &short_names.nodes.v[*p - 1];
            const qawlp_mention *m = &c->doc->mentions.v[lead[nd->value]];
            short_name_uses *u = &found[nd->value];
            size_t words = m->last - m->first;
            if (j + words > c->doc->tokens.n ||
                !same_words(c, j, m->first, words))
                continue;
            if (head_before_name(c, j - 1) < 0) {
                u->bare++;
            } else if (u->first == 0) {
                u->first = j;
                u->headed = 1;
            } else {
                u->headed++;
                u->two_heads |= head_before_name(c, u->first - 1) !=
                                head_before_name(c, j - 1);
            }
        }
    }
    for (k = 0; k < n; k++) {
        const qawlp_mention *m;
        size_t end;
        int added;
        if (found[k].first == 0 || found[k].two_heads ||
            found[k].headed <= found[k].bare)
            continue;
        m = &c->doc->mentions.v[lead[k]];
        end = found[k].first + (m->last - m->first);
        /* the name ends with the words: not مجلس الأمم المتحدة لحقوق
         * الإنسان, another body's name going on behind a preposition */
        if (end < c->doc->tokens.n && qawlp_phr_is_word(c, end) &&
            qawlp_phr_opens_with_preposition(c, end))
            continue;
        added = qawlp_phr_add_mention(c, found[k].first - 1, end, 0, 0);
        if (added < 0)
            goto done;
        /* the head and the same words, parsed as that body and nothing
         * more */
        if (c->doc->mentions.v[added].kind != QAWL_SPEAKER_ORGANISATION ||
            c->doc->mentions.v[added].last != end)
            c->doc->mentions.n--;
        else
            c->doc->mentions.v[added].entity = (int)k;
    }
    r = 0;
done:
    ix_free(&short_names);
    qawlp_free(lead);
    qawlp_free(found);
    return r;
}

/* ------------------------------------------ a name's last word elsewhere */

/* Whether token I ends a sentence (or the text ends there): no content
 * clause stops right after its complementiser. */
static int ends_sentence(const ctx *c, size_t i)
{
    const qawlp_token *t;

    if (i >= c->doc->tokens.n)
        return 1;
    t = qawlp_phr_tok(c, i);
    return t->kind == QAWLP_TOK_PUNCT &&
           (t->cp == '.' || t->cp == '!' || t->cp == '?' || t->cp == 0x061F);
}

/* Whether token J, a complementiser, is rather the last word of the name
 * before it: joined to it by a hyphen (مون جاي-إن), or closed as
 * qawlp_comp_ends_name tells (a comma or a second complementiser after
 * it, ends_sentence).  Not a colon (قال فلان إن: "…") nor a word that
 * may open with و, which may be a name (… إن وودورد …). */
static int comp_closes_name(const ctx *c, size_t j)
{
    const qawlp_token *t = qawlp_phr_tok(c, j);

    /* the length first: most words are longer (two letters take 8 bytes
     * at most), and it costs no lookup; then the word's sections, read
     * in line, before its letters are counted */
    if (j == 0 || t->end - t->start > 8 || !qawlp_phr_is_word(c, j) ||
        !qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_COMP)) ||
        qawlp_count_chars(c->doc->norm + t->start, t->end - t->start, 3) > 2)
        return 0;
    return qawlp_joining_hyphen(c->doc, j - 1) ||
           qawlp_comp_ends_name(c->doc, c->lex, j) || ends_sentence(c, j + 1);
}

/* The personal name of mention M, a space and token J as written (in
 * mention AT); caller frees; NULL when out of memory. */
static char *name_and_word(const ctx *c, const qawlp_mention *m,
                           const qawlp_mention *at, size_t j)
{
    char *name = input_text(c->doc, c->lex, m, m->name_first, m->name_last);
    char *word = input_text(c->doc, c->lex, at, j, j + 1);
    qawlp_buf out = {0};

    if (name == NULL || word == NULL ||
        qawlp_buf_append(&out, name, strlen(name)) ||
        qawlp_buf_append(&out, " ", 1) ||
        qawlp_buf_append(&out, word, strlen(word))) {
        qawlp_buf_free(&out);
        out.data = NULL;
    }
    qawlp_free(name);
    qawlp_free(word);
    return out.data;
}

/* Gives each person named by two words or more (مون جاي) the word that
 * ends the same name elsewhere in the document where a complementiser
 * of two letters visibly closes it (comp_closes_name: مون جاي-إن،
 * مون جاي إن، إن …): the sources pass read the word as the complementiser
 * where a quotation followed it (وقال مون جاي إن "…").  Of several such
 * places the first wins.  One pass over the tokens.  Returns -1 when out
 * of memory. */
static int name_with_final_particle(ctx *c)
{
    size_t n = c->doc->entities.n, k, j;
    size_t *found = qawlp_calloc(n + 1, sizeof *found);
    ix_map last_words = {0};
    uint32_t *p;
    int r = -1;

    if (found == NULL)
        goto done;
    for (k = 0; k < n; k++) {
        const qawlp_entity *e = &c->doc->entities.v[k];
        const qawlp_mention *m;
        if (e->kind != QAWL_SPEAKER_PERSON || e->mention < 0)
            continue;
        m = &c->doc->mentions.v[e->mention];
        if (m->name_last < m->name_first + 2 || m->name_last > m->last ||
            m->name_last - m->name_first > IX_RUN_MAX)
            continue;
        if (ix_add(&last_words,
                   tagged_word_key(c, IX_NAME_LAST,
                                   qawlp_phr_tok(c, m->name_last - 1)),
                   (uint32_t)k, m->name_last - 1))
            goto done;
    }
    for (j = 2; last_words.used > 0 && j < c->doc->tokens.n; j++) {
        const qawlp_token *v = c->doc->tokens.v;
        size_t w, len, ntok = c->doc->tokens.n;
        /* comp_closes_name's first tests, in a loop of their own: most
         * words are longer than two letters or no complementiser */
        while (j < ntok && (v[j].end - v[j].start > 8 ||
                            v[j].kind != QAWLP_TOK_WORD ||
                            !(qawlp_token_sections(c->doc, c->lex, &v[j]) &
                              QAWLP_BIT(QAWLP_SEC_COMP))))
            j++;
        if (j == ntok)
            break;
        w = j - 1;
        if (!comp_closes_name(c, j))
            continue;
        if (qawlp_joining_hyphen(c->doc, w))
            w--;
        for (p = ix_list(&last_words, tagged_word_key(c, IX_NAME_LAST,
                                                      qawlp_phr_tok(c, w)));
             p && *p; p = &last_words.nodes.v[*p - 1].next) {
            const ix_node *nd = &last_words.nodes.v[*p - 1];
            const qawlp_mention *m =
                &c->doc->mentions.v[c->doc->entities.v[nd->value].mention];
            len = m->name_last - m->name_first;
            if (found[nd->value] == 0 && w + 1 >= len &&
                same_words(c, w + 1 - len, m->name_first, len))
                found[nd->value] = j;
        }
    }
    for (k = 0; k < n; k++) {
        qawlp_entity *e = &c->doc->entities.v[k];
        const qawlp_mention *m;
        size_t first, len;
        char *name;
        int added;
        if (found[k] == 0)
            continue;
        m = &c->doc->mentions.v[e->mention];
        len = m->name_last - m->name_first;
        first = found[k] - len - qawlp_joining_hyphen(c->doc, found[k] - 1);
        added = qawlp_phr_add_mention(c, first, found[k] + 1, 0, 0);
        if (added < 0)
            goto done;
        if (c->doc->mentions.v[added].kind != QAWL_SPEAKER_PERSON) {
            c->doc->mentions.n--;
            continue;
        }
        /* the name as the entity wrote it, then the word, one space
         * between (مون جاي-إن and مون جاي إن are one name); the
         * mentions may have moved, so the canonical one is read again */
        m = &c->doc->mentions.v[e->mention];
        name = name_and_word(c, m, &c->doc->mentions.v[added], found[k]);
        if (name == NULL)
            goto done;
        c->doc->mentions.v[added].entity = (int)k;
        c->doc->mentions.v[added].name_first = (uint32_t)first;
        c->doc->mentions.v[added].name_last = (uint32_t)(found[k] + 1);
        qawlp_free(e->name);
        e->name = name;
        e->mention = added;
    }
    r = 0;
done:
    ix_free(&last_words);
    qawlp_free(found);
    return r;
}

/* ------------------------------------------------ a person's document */

/* Whether mention M is a document written by a person: a singular
 * document's head without the article, then only words the corpora know
 * as names, without the article and naming no body or place (رسالة
 * بلينكن, تقرير فلان الفلاني), LONE_NAME_WORDS at most. */
static int persons_document(const ctx *c, const qawlp_mention *m)
{
    int32_t slot;
    size_t i, ntok = 0;
    int doc;

    if (m->kind == QAWL_SPEAKER_PERSON || m->lead_var != 0 ||
        m->last - m->first < 2 || m->last - m->first > LONE_NAME_WORDS ||
        qawlp_phr_tok(c, m->first)->conj ||
        (slot = head_slot(c, m->first, 0)) < 0 ||
        !(c->lex->slots[slot].sections & QAWLP_BIT(QAWLP_SEC_DOCUMENT)))
        return 0;
    /* one document (تقارير حقوقية: an adjective), and no body's name
     * after it (تقرير هيومن رايتس ووتش is the body's) */
    doc = qawlp_match(c->doc, c->lex, m->first, m->first + 1,
                      QAWLP_BIT(QAWLP_SEC_DOCUMENT), NULL);
    if (doc < 0 || c->lex->entries.v[doc].number != QAWLP_SING ||
        qawlp_match(c->doc, c->lex, m->first + 1, m->last,
                    QAWLP_ORG_SECTIONS | QAWLP_PLACE_SECTIONS, &ntok) >= 0)
        return 0;
    for (i = m->first + 1; i < m->last; i++)
        if (qawlp_phr_written_with_article(c, i) ||
            name_word_class(c, i) != QAWLP_NAMELIKE_NAME)
            return 0;
    return 1;
}

/* Names each entity whose canonical mention is a person's document
 * (persons_document) by that person, a person: a statement from X is
 * X's (GUIDELINES), so رسالة بلينكن speaks for بلينكن, whom the report
 * then shows under his full name.  Returns -1 when out of memory. */
static int name_document_authors(ctx *c)
{
    size_t k;

    for (k = 0; k < c->doc->entities.n; k++) {
        qawlp_entity *e = &c->doc->entities.v[k];
        const qawlp_mention *m;
        char *name;
        if (e->mention < 0 || e->kind == QAWL_SPEAKER_PERSON)
            continue;
        m = &c->doc->mentions.v[e->mention];
        if (!persons_document(c, m))
            continue;
        name = input_text(c->doc, c->lex, m, m->first + 1, m->last);
        if (name == NULL)
            return -1;
        qawlp_free(e->name);
        e->name = name;
        e->kind = QAWL_SPEAKER_PERSON;
    }
    return 0;
}

/* Names each person whose canonical name is one definite word that the
 * corpora do not know as a name, opening its mention before more words
 * (السائق محمود حسين، الكاتب محمد قواص: mentions.c ends a name that
 * opens with the article at the first word without it, as the verb's
 * object follows there in جدد السوداني دعوته), by the words after it
 * when they are a name (name_after): the word is a description.
 * Returns -1 when out of memory. */
static size_t name_after(const ctx *c, size_t t);

static int rename_described(ctx *c)
{
    size_t k, end, d;

    for (k = 0; k < c->doc->entities.n; k++) {
        qawlp_entity *e = &c->doc->entities.v[k];
        const qawlp_mention *m;
        char *name;
        if (e->kind != QAWL_SPEAKER_PERSON || e->mention < 0)
            continue;
        m = &c->doc->mentions.v[e->mention];
        /* the description with its nisbas (المفكر المغربي فلان) */
        d = m->first + 1;
        while (d < m->name_last && qawlp_phr_written_with_article(c, d) &&
               qawlp_phr_is_as_written(c, d, QAWLP_BIT(QAWLP_SEC_NISBA)))
            d++;
        if (m->name_first != m->first || m->name_last != d ||
            m->last <= d + 1 || m->lead_var != 0 ||
            !qawlp_phr_written_with_article(c, m->first) ||
            qawlp_namelike_token(c->doc, c->lex, m->first, NULL) ==
                QAWLP_NAMELIKE_NAME)
            continue;
        end = name_after(c, d - 1);
        if (end == 0 || end > m->last)
            continue;
        name = input_text(c->doc, c->lex, m, d, end);
        if (name == NULL)
            return -1;
        qawlp_free(e->name);
        e->name = name;
    }
    return 0;
}

/* Gives the kind anonymous to each body named by one document word, or
 * by a document's definite head with no name (البيان، تقرير، تقارير،
 * البيان الختامي): a document whose issuer the
 * article does not name is an unnamed source, named by its description
 * as مصدر is (GUIDELINES), not a body that speaks across articles. */
static void type_unissued_documents(ctx *c)
{
    size_t k, v;

    for (k = 0; k < c->doc->entities.n; k++) {
        qawlp_entity *e = &c->doc->entities.v[k];
        const qawlp_mention *m;
        int32_t slot;
        if (e->kind != QAWL_SPEAKER_ORGANISATION || e->mention < 0)
            continue;
        m = &c->doc->mentions.v[e->mention];
        /* its words after the head describe it, none names its issuer
         * (البيان الختامي، not البيان الختامي لجامعة الدول العربية) */
        if (is_document_mention(c, m) && definite_run(c, m)) {
            e->kind = QAWL_SPEAKER_ANONYMOUS;
            continue;
        }
        if (m->last != m->first + 1)
            continue;
        /* one word, behind a preposition too (وفقا للبيان) */
        for (v = 0; v < qawlp_phr_tok(c, m->first)->nvar; v++) {
            slot = qawlp_var_slot(c->doc, qawlp_phr_tok(c, m->first), v);
            if (slot >= 0 && (c->lex->slots[slot].sections &
                              QAWLP_BIT(QAWLP_SEC_DOCUMENT)))
                e->kind = QAWL_SPEAKER_ANONYMOUS;
        }
    }
}

/* Names every entity.  Each reads only its own mentions, chained in text
 * order (FIRST per entity, NEXT per mention): a scan of all mentions per
 * entity is quadratic in a document of thousands of speakers. */
static int name_entities(ctx *c)
{
    size_t n = c->doc->entities.n, k;
    int *first = qawlp_malloc((n + 1) * sizeof *first);
    int *last = qawlp_malloc((n + 1) * sizeof *last);
    int *next = qawlp_malloc((c->doc->mentions.n + 1) * sizeof *next);
    int r = -1;

    if (first == NULL || last == NULL || next == NULL)
        goto done;
    for (k = 0; k < n; k++)
        first[k] = last[k] = -1;
    for (k = 0; k < c->doc->mentions.n; k++) {
        int e = c->doc->mentions.v[k].entity;
        next[k] = -1;
        if (e < 0)
            continue;
        if (last[e] < 0)
            first[e] = (int)k;
        else
            next[last[e]] = (int)k;
        last[e] = (int)k;
    }
    for (k = 0; k < n; k++)
        if (name_entity(c, &c->doc->entities.v[k], first[k], next))
            goto done;
    r = 0;
done:
    qawlp_free(first);
    qawlp_free(last);
    qawlp_free(next);
    return r;
}

/* A mention's place in the text, for by_place. */
typedef struct {
    uint32_t first;            /* its first token */
    uint32_t index;            /* its index in mentions */
} place;

static int by_place(const void *x, const void *y)
{
    const place *a = x, *b = y;

    if (a->first != b->first)
        return a->first < b->first ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

/* Whether mention O can be the body a bare head of lexicon slot SLOT
 * names: a phrase of two or more words opening with that head. */
static int names_body_of(const ctx *c, const qawlp_mention *o, int32_t slot)
{
    return o->kind != QAWL_SPEAKER_PERSON && o->last - o->first >= 2 &&
           o->lead_var == 0 && head_slot(c, o->first, 0) == slot;
}

/* The act subject (of ACTS, sorted by place, N of them) that names the
 * body the bare head M stands for when it is the nearest such phrase
 * before M in the text, nearer than any other mention's (K: M's index;
 * the mentions before K are quotes' and turns'); -1 when none. */
static long act_antecedent(const ctx *c, const place *acts, size_t n,
                           size_t k)
{
    const qawlp_mention *m = &c->doc->mentions.v[k];
    int32_t slot = head_slot(c, m->first, 1);
    size_t lo = 0, hi = n, j, r;
    long found = -1;

    while (lo < hi) {          /* the acts before M */
        size_t mid = lo + (hi - lo) / 2;
        if (acts[mid].first < m->first)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (j = lo, r = 0; j-- > 0 && r < HEAD_REACH; r++)
        if (names_body_of(c, &c->doc->mentions.v[acts[j].index], slot)) {
            found = (long)acts[j].index;
            break;
        }
    if (found < 0)
        return -1;
    for (j = k, r = 0; j-- > 0 && r < HEAD_REACH; r++) {
        const qawlp_mention *o = &c->doc->mentions.v[j];
        if (o->first < m->first && names_body_of(c, o, slot) &&
            o->first > c->doc->mentions.v[found].first)
            return -1;
    }
    return found;
}

/* The entity E was merged into, following the chain (absorb_title_only),
 * or E; the chain is shortened on the way. */
static int merged_into(entity_index *ix, int e)
{
    int r = e;

    while (r >= 0 && (size_t)r < ix->merged.n && ix->merged.v[r] >= 0)
        r = ix->merged.v[r];
    while (e >= 0 && (size_t)e < ix->merged.n && ix->merged.v[e] >= 0) {
        int next = ix->merged.v[e];
        ix->merged.v[e] = r;
        e = next;
    }
    return r;
}

static int name_names_body(const ctx *c, const qawlp_mention *m);

/* Whether mention M names its holder by a title only, which the text
 * may write beside the holder's name elsewhere: a title-only person; a
 * title whose only name is its body's (رئيس بلدية فلان: the town's
 * name, name_names_body); a description of two words or more that
 * describes one the reader is told of: definite by the article
 * (المسؤول الأممي), or by its genitive and with the body or place the
 * one described works in (مسؤولة الاتصال في المنظمة).  Not مصدر أمني،
 * مسؤول أممي, a new and nameless source each time, nor a genitive that
 * only picks one of a group (أحد العملاء: the next one may be another). */
static int title_only_like(const ctx *c, const qawlp_mention *m)
{
    size_t i;

    if (m->kind == QAWL_SPEAKER_PERSON)
        return m->title_only || (m->titled && name_names_body(c, m));
    if (m->kind != QAWL_SPEAKER_ANONYMOUS || m->last < m->first + 2 ||
        m->name_last > m->name_first || m->lead_var != 0)
        return 0;
    if (qawlp_phr_written_with_article(c, m->first))
        return 1;
    if (m->last < m->first + 3)
        return 0;
    /* مدير جمعية الإغاثة الطبية في غزة: the genitive is a body, named */
    if (qawlp_phr_is_as_written(c, m->first + 1, QAWLP_BIT(QAWLP_SEC_ORGHEAD)) &&
        qawlp_phr_written_with_article(c, m->first + 2))
        return 1;
    if (!qawlp_phr_written_with_article(c, m->first + 1))
        return 0;
    for (i = m->first + 2; i < m->last; i++)
        if (qawlp_match(c->doc, c->lex, i, m->last,
                        QAWLP_ORG_SECTIONS | QAWLP_PLACE_SECTIONS, NULL) >= 0)
            return 1;
    return 0;
}

/* Records that mention M joined entity E, for absorb_title_only.
 * Returns -1 when out of memory. */
static int note_member(const ctx *c, entity_index *ix, const qawlp_mention *m,
                       int e)
{
    while (ix->untitled.n <= (size_t)e) {
        uint8_t *u = QAWLP_PUSH(ix->untitled);
        int *g = QAWLP_PUSH(ix->merged);
        if (u == NULL || g == NULL)
            return -1;
        *g = -1;
    }
    if (!title_only_like(c, m))
        ix->untitled.v[e] = 1;
    return 0;
}

/* ------------------------------------------- a description's own name */

/* How far back, in tokens, a bare description looks for itself written
 * before a personal name. */
#define DESCRIBED_REACH 400

/* The variant of token T that stands for its stem: the most stripped
 * one the lexicons know, else the most stripped.  وزير read as و + زير
 * is still وزير, the stem of بوزير and لوزير too, which no و precedes. */
static size_t stem_var(const ctx *c, const qawlp_token *t)
{
    size_t v;

    /* a word in no lexicon (most) has no slot to look for */
    for (v = t->in_lexicon ? t->nvar : 0; v-- > 0;)
        if (qawlp_var_slot(c->doc, t, v) >= 0)
            return v;
    return t->nvar ? t->nvar - 1u : 0;
}

/* Whether tokens I and J are one word behind their clitics (الكاتب،
 * للكاتب، بالكاتب): their stem variants (stem_var) are the same. */
static int same_stem(const ctx *c, size_t i, size_t j)
{
    const qawlp_token *x = qawlp_phr_tok(c, i), *y = qawlp_phr_tok(c, j);
    size_t vx = stem_var(c, x), vy = stem_var(c, y);
    size_t n = qawlp_var_len(x, vx);

    return x->nvar && y->nvar && n == qawlp_var_len(y, vy) &&
           qawlp_same_short(c->doc->norm + x->start + x->var_skip[vx],
                            c->doc->norm + y->start + y->var_skip[vy], n);
}

/* Whether mention M is a bare description: one word with the article,
 * no body, no name of its own beside it, and no title or source the
 * lexicons know, which title_antecedent reads (الكاتب، السائق; not
 * الملك, whose earlier namesake may be a place: جامعة الملك فلان). */
static int is_bare_description(const ctx *c, const qawlp_mention *m)
{
    return m->kind != QAWL_SPEAKER_ORGANISATION && m->last == m->first + 1 &&
           m->lead_var == 0 && qawlp_phr_is_word(c, m->first) &&
           qawlp_phr_written_with_article(c, m->first) &&
           !qawlp_is(c->doc, c->lex, m->first,
                     QAWLP_ORG_SECTIONS | QAWLP_TITLE_SECTIONS |
                         QAWLP_ANON_SECTIONS | QAWLP_BIT(QAWLP_SEC_NISBA)) &&
           qawlp_namelike_token(c->doc, c->lex, m->first, NULL) !=
               QAWLP_NAMELIKE_NAME;
}

/* Where the name at [FIRST, END) ends when only the words the corpora
 * know as names count (name_word_class), a last word known as none or
 * with the article dropped (فلان الفلاني الانسحاب: the verb's object); 0 when fewer than
 * two remain, the last word is unknown and without the article, or
 * another word is none or opens with a glued preposition (ميركل
 * لنتنياهو).  A title phrase is common enough
 * that name_after's looser reading takes in the clause after it. */
static size_t known_name_end(const ctx *c, size_t first, size_t end)
{
    size_t i;

    qawlp_namelike last;

    if (end == 0)
        return 0;
    /* only a word known as none or one with the article (the verb's
     * object) is dropped: an unknown family name (بوتفليقة) would leave
     * a fragment (عبد العزيز) */
    last = name_word_class(c, end - 1);
    if (last == QAWLP_NAMELIKE_UNKNOWN &&
        !qawlp_phr_written_with_article(c, end - 1))
        return 0;
    if (last != QAWLP_NAMELIKE_NAME)
        end--;
    for (i = first; i < end; i++)
        if (name_word_class(c, i) != QAWLP_NAMELIKE_NAME ||
            qawlp_phr_opens_with_preposition(c, i))
            return 0;
    return end >= first + 2 ? end : 0;
}

/* Whether mention M is a definite title phrase with no name: a word
 * with the article, then one or two nisbas with it (الفنانة الفلسطينية،
 * الطبيب الأردني): the article says the reader knows the one described,
 * whom the text named after the same words before (الفنانة الفلسطينية
 * فلانة الفلانية:). */
static int is_bare_title_phrase(const ctx *c, const qawlp_mention *m)
{
    size_t i;

    if (m->kind != QAWL_SPEAKER_PERSON || m->name_last > m->name_first ||
        m->last - m->first < 2 || m->last - m->first > 3 ||
        m->lead_var != 0 || !qawlp_phr_written_with_article(c, m->first))
        return 0;
    /* its nisbas, or where it works: a body or a place behind its
     * preposition (المسؤول بالمنظمة) */
    for (i = m->first + 1; i < m->last; i++)
        if (!(qawlp_phr_written_with_article(c, i) &&
              qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_NISBA))) &&
            !(i + 1 == m->last &&
              (qawlp_phr_opens_with_preposition(c, i) || qawlp_phr_is_prep_article(c, i)) &&
              qawlp_is(c->doc, c->lex, i, QAWLP_ORG_SECTIONS | QAWLP_PLACE_SECTIONS)))
            return 0;
    return 1;
}

/* The personal name written right after token T (الكاتب عماد شقور،
 * بقلم الكاتب فلان): words the corpora do not know as no name
 * (name_word_class), the first without the article and known as a name
 * (name_word_of) unless a mark or a complementiser closes the name, the last
 * perhaps with it (عبد الرحمن الراشد), up to where the name visibly
 * ends (name_ends_at); two words at least.  Its end, or 0. */
/* Whether word token I opens with a letter segment.c reads as a glued
 * preposition (بابتسامة، لراديو; but also بشار): it has a variant one
 * letter past its conjunction. */

static size_t name_after(const ctx *c, size_t t)
{
    ix_map none = {0};
    size_t b;

    int known = name_word_of(c, &none, t + 1, -1);

    if (qawlp_phr_has_article(c, t + 1))
        return 0;
    for (b = t + 1; b - t - 1 < LONE_NAME_WORDS &&
                    name_word_class(c, b) != QAWLP_NAMELIKE_NOT_NAME;
         b++)
        /* a surname with the article ends it, unless a particle leads
         * it in (عبد الرحمن الراشد) */
        if (b > t + 1 && qawlp_phr_has_article(c, b) &&
            !qawlp_phr_is_as_written(c, b - 1,
                                     QAWLP_BIT(QAWLP_SEC_PARTICLE))) {
            b++;
            break;
        }
    /* a first word the corpora do not know names only a name that a
     * mark or a complementiser closes (للكاتب عماد شقور.، الكاتب فلان
     * بأن), without the article (not قانون محرقة اليهود), and does not
     * open with a preposition (بابتسامة) */
    if (b < t + 3 || !name_ends_at(c, b) ||
        (!known && ((b < c->doc->tokens.n && qawlp_phr_is_word(c, b) &&
                     !qawlp_phr_is_comp(c, b)) ||
                    qawlp_phr_has_article(c, b - 1) ||
                    qawlp_phr_opens_with_preposition(c, t + 1))))
        return 0;
    return b;
}

/* The first token of the personal name written right before token T,
 * which stands in apposition to it (… على حد تعبير فلان الفلاني الكاتب
 * والمحلل): two words or more, the first one the corpora know as a name
 * (name_word_of) or do not know at all and no common word, without the
 * article, the others no word the corpora know as none
 * (name_word_class), the last perhaps with the article;
 * LONE_NAME_WORDS at most.  T when there is none. */
static size_t name_before(const ctx *c, size_t t)
{
    ix_map none = {0};
    size_t a = t;

    while (a > 0 && t - a < LONE_NAME_WORDS &&
           name_word_class(c, a - 1) != QAWLP_NAMELIKE_NOT_NAME &&
           (a == t || !qawlp_phr_has_article(c, a - 1)))
        a--;
    /* a first name the corpora do not know is taken when no common
     * word nor a glued preposition (حد تعبير) says it is none */
    while (a < t && (qawlp_phr_has_article(c, a) ||
                     (!name_word_of(c, &none, a, -1) &&
                      (qawlp_phr_is_common(c, a) ||
                       qawlp_phr_opens_with_preposition(c, a) ||
                       name_word_class(c, a) != QAWLP_NAMELIKE_UNKNOWN))))
        a++;
    return t - a >= 2 ? a : t;
}

/* Whether the description word at token I goes on as a description: a
 * second one joined by و (الكاتب والمحلل) or a nisba (الكاتب الإسرائيلي)
 * follows it. */
static int describes_on(const ctx *c, size_t i)
{
    return i + 1 < c->doc->tokens.n && qawlp_phr_is_word(c, i + 1) &&
           (qawlp_phr_is_coordinated(c, i + 1) ||
            qawlp_phr_is_as_written(c, i + 1, QAWLP_BIT(QAWLP_SEC_NISBA)));
}

/* Where the person that bare description M (وأضاف الكاتب) describes is
 * named: the latest earlier place the same word stands right before a
 * personal name (صحيفة "…" تنشر مقالا للكاتب عماد شقور) or right after
 * one (name_before), within DESCRIBED_REACH tokens.  The name's first token, its end in *END; 0
 * when there is none. */
static size_t described_name(const ctx *c, const qawlp_mention *m,
                             size_t *end)
{
    size_t i;

    size_t len = m->last - m->first;
    const qawlp_token *mt = qawlp_phr_tok(c, m->first), *t;
    /* a word whose stem has another length is another word: the length
     * is compared here, without a call, for the DESCRIBED_REACH words */
    size_t stem_len = qawlp_var_len(mt, stem_var(c, mt));

    for (i = m->first; i-- > 0 && i + DESCRIBED_REACH > m->first;) {
        size_t a;
        if (!qawlp_phr_is_word(c, i))
            continue;
        t = qawlp_phr_tok(c, i);
        if (qawlp_var_len(t, stem_var(c, t)) != stem_len || !same_stem(c, i, m->first))
            continue;
        /* a title phrase: its words there too, the name after them */
        if (len > 1) {
            if (i + len > m->first ||
                !same_words(c, i + 1, m->first + 1, len - 1))
                continue;
            *end = known_name_end(c, i + len, name_after(c, i + len - 1));
            if (*end != 0)
                return i + len;
            continue;
        }
        *end = name_after(c, i);
        if (*end != 0)
            return i + 1;
        /* the name before it, the word its apposition (فلان الفلاني
         * الكاتب والمحلل …); a description goes on after the word, where
         * a definite surname (فلان الفلاني الجعيدي، …) ends */
        a = describes_on(c, i) ? name_before(c, i) : i;
        if (a < i) {
            *end = i;
            return a;
        }
    }
    *end = 0;
    return 0;
}

/* A person mention M, named and titled, that joined its entity by name
 * may also hold whole an earlier title-only mention that began another
 * entity (a headline "وزير الخارجية:" before "وزير الخارجية … سامي
 * الحداد", read after "الحداد"): that entity is the same person and is
 * merged into M's; the mentions follow after clustering
 * (drop_empty_entities).  Returns -1 when out of memory. */
static int absorb_title_only(ctx *c, entity_index *ix, const qawlp_mention *m,
                             int *nomem)
{
    long o;
    int from;

    if (m->kind != QAWL_SPEAKER_PERSON || m->title_only || !m->titled)
        return 0;
    o = latest_contained(c, ix, m, -1, nomem);
    if (*nomem)
        return -1;
    if (o < 0)
        return 0;
    from = merged_into(ix, c->doc->mentions.v[o].entity);
    if (from == m->entity || from < 0 || (size_t)from >= ix->untitled.n ||
        ix->untitled.v[from])
        return 0;
    ix->merged.v[from] = m->entity;
    return 0;
}

/* ------------------------------------------------ a body's short name */

/* Whether person mention M may be a body's short name rather than a
 * person: a title-only phrase with no head that a person holds, only an
 * office and its adjectives (الصحة الفلسطينية for وزارة الصحة
 * الفلسطينية), or one untitled definite word (الأورومتوسطي for المرصد
 * الأورومتوسطي لحقوق الإنسان), checked against the body by short_name_of. */
static int may_be_short_name(const ctx *c, const qawlp_mention *m)
{
    size_t i;

    if (m->kind != QAWL_SPEAKER_PERSON)
        return 0;
    if (m->title_only) {
        for (i = m->first; i < m->last; i++)
            if (qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_TITLE) |
                                                  QAWLP_BIT(QAWLP_SEC_HONORIFIC)))
                return 0;
        return 1;
    }
    return !m->titled && m->last == m->first + 1 &&
           m->name_first == m->first && m->name_last == m->last &&
           qawlp_phr_has_article(c, m->first);
}

/* Whether body mention O holds person mention M as its short name: a
 * title-only M anywhere inside it; one definite word right after O's
 * definite head, the head's adjective (المرصد الأورومتوسطي), where a
 * word after a head without the article is its genitive and may name
 * someone else (حكومة نتنياهو، نظام الأسد). */
static int short_name_of(const ctx *c, const qawlp_mention *o,
                         const qawlp_mention *m)
{
    if (m->title_only)
        return 1;
    return o->last > o->first + 1 && qawlp_phr_has_article(c, o->first) &&
           qawlp_phr_same_word(c, o->first + 1, m->first);
}

/* Joins each person entity all of whose mentions may be a body's short
 * name (may_be_short_name) to the latest body of the document whose
 * phrase holds them (short_name_of): the article names a body in full
 * once and by a shorter phrase elsewhere, before or after.  Runs after
 * every mention is filed; the mentions follow the merge in
 * drop_empty_entities.  Returns -1 when out of memory. */
static int join_short_names(ctx *c, entity_index *ix)
{
    size_t n = c->doc->entities.n, k;
    uint8_t *other = qawlp_calloc(n + 1, 1);   /* an entity with any other */
    int nomem = 0;

    if (other == NULL)
        return -1;
    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *m = &c->doc->mentions.v[k];
        if (m->entity >= 0 && !may_be_short_name(c, m))
            other[m->entity] = 1;
    }
    for (k = 0; k < c->doc->mentions.n && !nomem; k++) {
        const qawlp_mention *m = &c->doc->mentions.v[k];
        qawlp_mention body = *m;
        long o;
        int into;
        if (m->entity < 0 || other[m->entity] ||
            merged_into(ix, m->entity) != m->entity)
            continue;
        body.kind = QAWL_SPEAKER_ORGANISATION;   /* search the bodies */
        if (fold_keys(c, ix, &body)) {
            nomem = 1;
            break;
        }
        o = latest_containing(c, ix, &body, -1, &nomem);
        if (o < 0 || !short_name_of(c, &c->doc->mentions.v[o], m))
            continue;
        into = merged_into(ix, c->doc->mentions.v[o].entity);
        if (into >= 0 && into != m->entity) {
            ix->merged.v[m->entity] = into;
            other[m->entity] = 2;   /* joined */
        } else {
            other[m->entity] = 1;   /* once per entity */
        }
    }
    /* the joined mentions name the body: no person's name in them */
    for (k = 0; k < c->doc->mentions.n && !nomem; k++) {
        qawlp_mention *m = &c->doc->mentions.v[k];
        if (m->entity >= 0 && other[m->entity] == 2) {
            m->kind = QAWL_SPEAKER_ORGANISATION;
            m->name_first = m->name_last = 0;
            m->title_only = m->bare_title = m->weak = 0;
        }
    }
    qawlp_free(other);
    return nomem ? -1 : 0;
}

/* Joins each unnamed source (an anonymous entity) one of whose definite
 * mentions stands whole in the title of a named person's phrase (الخبير
 * العسكري والإستراتيجي … ; الخبير العسكري والإستراتيجي العقيد فلان الفلاني
 * earlier or later) to that person: the article describes him.  Runs
 * after every mention is filed.  Returns -1 when out of memory. */
static int join_described_persons(ctx *c, entity_index *ix)
{
    size_t k;
    int nomem = 0;

    for (k = 0; k < c->doc->mentions.n && !nomem; k++) {
        const qawlp_mention *m = &c->doc->mentions.v[k], *o;
        qawlp_mention as_person = *m;
        long found;
        int into;
        if (m->entity < 0 || m->kind != QAWL_SPEAKER_ANONYMOUS ||
            m->last - m->first < 2 || !qawlp_phr_has_article(c, m->first) ||
            merged_into(ix, m->entity) != m->entity)
            continue;
        as_person.kind = QAWL_SPEAKER_PERSON;   /* search the persons */
        if (fold_keys(c, ix, &as_person)) {
            nomem = 1;
            break;
        }
        found = latest_containing(c, ix, &as_person, -1, &nomem);
        if (found < 0)
            continue;
        o = &c->doc->mentions.v[found];
        /* the description is the title, before the name */
        if (!o->titled || o->name_last <= o->name_first ||
            o->name_first < m->last - m->first + o->first)
            continue;
        into = merged_into(ix, o->entity);
        if (into >= 0 && into != m->entity)
            ix->merged.v[m->entity] = into;
    }
    return nomem ? -1 : 0;
}

/* Moves the mentions of merged entities (IX->merged) to the entity they
 * were merged into and removes the emptied entities, renumbering the
 * rest in order.  Returns -1 when out of memory. */
static int drop_empty_entities(ctx *c, entity_index *ix)
{
    size_t n = c->doc->entities.n, k, kept = 0;
    int *renum;

    for (k = 0; k < c->doc->mentions.n; k++)
        c->doc->mentions.v[k].entity =
            merged_into(ix, c->doc->mentions.v[k].entity);
    renum = qawlp_calloc(n + 1, sizeof *renum);
    if (renum == NULL)
        return -1;
    for (k = 0; k < c->doc->mentions.n; k++)
        renum[c->doc->mentions.v[k].entity] = 1;
    for (k = 0; k < n; k++)
        if (renum[k]) {
            c->doc->entities.v[kept] = c->doc->entities.v[k];
            renum[k] = (int)kept++;
        }
    c->doc->entities.n = kept;
    for (k = 0; k < c->doc->mentions.n; k++)
        c->doc->mentions.v[k].entity = renum[c->doc->mentions.v[k].entity];
    qawlp_free(renum);
    return 0;
}

/* Moves the mentions into the order clustering reads them: the quotes'
 * and turns' first, as sources.c found them, so that acts never change
 * how the quotes' speakers cluster, then the acts' subjects.  Only a bare
 * head (وقالت المنظمة) whose body is named nearest before it by an act's
 * subject (أعلنت منظمة «…» فقدان …) takes that act's subject just before
 * it, so that it names that body and not one named earlier.  The
 * quotes', acts' and turns' indices follow.  Returns -1 when out of
 * memory. */
static int acts_in_place(ctx *c)
{
    qawlp_doc *doc = c->doc;
    size_t n = doc->mentions.n, nacts = 0, out = 0, k;
    place *acts = qawlp_malloc((n + 1) * sizeof *acts);
    uint32_t *order = qawlp_malloc((n + 1) * sizeof *order);
    uint32_t *to = qawlp_malloc((n + 1) * sizeof *to);
    uint8_t *placed = qawlp_calloc(n + 1, 1);
    qawlp_mention *v = qawlp_malloc((n + 1) * sizeof *v);
    int r = -1;

    if (acts == NULL || order == NULL || to == NULL || placed == NULL ||
        v == NULL)
        goto done;
    for (k = 0; k < n; k++)
        if (doc->mentions.v[k].from_act) {
            acts[nacts].first = doc->mentions.v[k].first;
            acts[nacts++].index = (uint32_t)k;
        }
    qsort(acts, nacts, sizeof *acts, by_place);
    for (k = 0; k < n; k++) {
        long a;
        if (doc->mentions.v[k].from_act)
            continue;
        if (nacts > 0 && is_bare_head(c, &doc->mentions.v[k]) &&
            (a = act_antecedent(c, acts, nacts, k)) >= 0 && !placed[a]) {
            placed[a] = 1;
            order[out++] = (uint32_t)a;
        }
        placed[k] = 1;
        order[out++] = (uint32_t)k;
    }
    for (k = 0; k < n; k++)
        if (!placed[k])
            order[out++] = (uint32_t)k;
    for (k = 0; k < n; k++) {
        v[k] = doc->mentions.v[order[k]];
        to[order[k]] = (uint32_t)k;
    }
    if (n > 0)
        memcpy(doc->mentions.v, v, n * sizeof *v);
    for (k = 0; k < doc->quotes.n; k++)
        if (doc->quotes.v[k].mention >= 0)
            doc->quotes.v[k].mention = (int)to[doc->quotes.v[k].mention];
    for (k = 0; k < doc->acts.n; k++)
        if (doc->acts.v[k].q.mention >= 0)
            doc->acts.v[k].q.mention = (int)to[doc->acts.v[k].q.mention];
    for (k = 0; k < doc->turns.n; k++)
        if (doc->turns.v[k].mention >= 0)
            doc->turns.v[k].mention = (int)to[doc->turns.v[k].mention];
    r = 0;
done:
    qawlp_free(acts);
    qawlp_free(order);
    qawlp_free(to);
    qawlp_free(placed);
    qawlp_free(v);
    return r;
}

/* The entity of bare description mention index K (وأضاف الكاتب) when
 * the text names the person it describes (described_name): that name
 * becomes one more mention, clustered as any other (so that وقال فلان
 * later joins it), and the description joins its entity; -1 when the text
 * names no one so, -2 when out of memory. */
static int described_entity(ctx *c, entity_index *ix, size_t k)
{
    size_t first, end;
    int added, e, nomem = 0;
    qawlp_mention *n;

    if (!is_bare_description(c, &c->doc->mentions.v[k]) &&
        !is_bare_title_phrase(c, &c->doc->mentions.v[k]))
        return -1;
    first = described_name(c, &c->doc->mentions.v[k], &end);
    if (end == 0)
        return -1;
    added = qawlp_phr_add_mention(c, first, end, 0, 0);
    if (added < 0)
        return -2;
    n = &c->doc->mentions.v[added];
    /* the words must parse as a person's phrase, and name_after vetted
     * each as a name word (a lexicon may read one as a title: عماد for
     * the rank العماد) */
    if (n->kind != QAWL_SPEAKER_PERSON ||
        (n->name_last > n->name_first &&
         (n->name_first != first || n->name_last != end))) {
        c->doc->mentions.n--;
        return -1;
    }
    n->name_first = (uint32_t)first;
    n->name_last = (uint32_t)end;
    n->title_only = n->bare_title = n->weak = 0;
    e = find_entity(c, ix, n, &nomem);
    if (nomem)
        return -2;
    if (e < 0) {
        qawlp_entity *en = QAWLP_PUSH(c->doc->entities);
        if (en == NULL)
            return -2;
        en->kind = QAWL_SPEAKER_PERSON;
        e = (int)(c->doc->entities.n - 1);
    }
    n = &c->doc->mentions.v[added];
    n->entity = e;
    if (note_member(c, ix, n, e) || index_mention(c, ix, (size_t)added))
        return -2;
    return e;
}

/* ------------------------------------- a title's holder named elsewhere */

/* The article names a person once with a title beside the name (المتحدث
 * باسم المنظمة، فلان الفلاني; فلان الفلاني، مديرة المكتب) and speaks of
 * him elsewhere by the title alone (وقال المتحدث باسم المنظمة): the
 * title-only mention names that person.  These functions read the
 * titles written beside the names of the document, in any sentence. */

/* How many tokens of a title beside a name are read. */
#define APPOSITION_TOKENS 16

/* Whether token I may stand inside a title written beside a name: a
 * word or a quotation mark (a body's name in marks), but no cue or
 * complementiser, where the clause goes on, nor a phrase boundary
 * unless PAST_STOPS.  A title after the name starts right there and may
 * go on past a preposition (ممثل المنظمة في الأرض المحتلة); a title
 * read back from the name stops at one (… مع فلان). */
static int in_apposition(const ctx *c, size_t i, int past_stops)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    const uint64_t relative = QAWLP_BIT(QAWLP_SEC_RELATIVE);

    if (t->kind == QAWLP_TOK_QMARK)
        return 1;
    return t->kind == QAWLP_TOK_WORD && !qawlp_phr_is_cue(c, i) &&
           !qawlp_phr_is_comp(c, i) &&
           (past_stops ? !qawlp_phr_is_exactly(c, i, relative)
                       : !qawlp_phr_is_stop(c, i));
}

/* The bytes of the key same_stem compares (token I's stem variant,
 * stem_var, without its article and clitics), into *LEN. */
static const char *stem_bytes(const ctx *c, size_t i, size_t *len)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v = stem_var(c, t);

    *len = t->nvar ? qawlp_var_len(t, v) : 0;
    return c->doc->norm + t->start + t->var_skip[v];
}

/* Whether word token I is a nisba as written (الأمريكي). */
static int is_nisba(const ctx *c, size_t i)
{
    return qawlp_phr_is_word(c, i) &&
           qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_NISBA));
}

/* The length of the LEN bytes at X without their last letter. */
static size_t drop_last_letter(const char *x, size_t len)
{
    while (len > 0 && ((unsigned char)x[len - 1] & 0xC0) == 0x80)
        len--;   /* back over the last letter's continuation bytes */
    return len > 0 ? len - 1 : 0;
}

/* Whether token I, a nisba (is_nisba), is the adjective of place token
 * J (nisba_of_place, which tests I): the nisba
 * without its last letter, its ending, or its last two (a feminine
 * ending after it: القطرية), opens the place's name, three letters at
 * least (السوري and سوريا, الأمريكي and أمريكا): a title with the nisba
 * is the title with the place (المندوب السوري, مندوب سوريا). */
static int place_of_nisba(const ctx *c, size_t i, size_t j)
{
    size_t ni, nj, cut, k;
    const char *x, *y;

    /* the place behind a glued preposition too (مندوبة لقطر) */
    if (!qawlp_phr_is_word(c, j) ||
        !qawlp_is(c->doc, c->lex, j, QAWLP_PLACE_SECTIONS))
        return 0;
    x = stem_bytes(c, i, &ni);
    y = stem_bytes(c, j, &nj);
    for (k = 0, cut = ni; k < 2; k++) {
        cut = drop_last_letter(x, cut);
        if (qawlp_count_chars(x, cut, 3) >= 3 && cut <= nj &&
            memcmp(x, y, cut) == 0)
            return 1;
    }
    return 0;
}

static int nisba_of_place(const ctx *c, size_t i, size_t j)
{
    return is_nisba(c, i) && place_of_nisba(c, i, j);
}

/* Whether nisba tokens I and J (is_nisba) are one nisba in two genders: the one
 * is the other and one letter more (الأمريكي، الأمريكية; وزير الخارجية
 * الأمريكية is وزير الخارجية الأمريكي). */
static int nisba_genders(const ctx *c, size_t i, size_t j)
{
    size_t ni, nj;
    const char *x, *y;

    x = stem_bytes(c, i, &ni);
    y = stem_bytes(c, j, &nj);
    if (ni > nj)
        return drop_last_letter(x, ni) == nj && memcmp(x, y, nj) == 0;
    return nj > ni && drop_last_letter(y, nj) == ni && memcmp(x, y, ni) == 0;
}

/* Whether tokens I and J are one word of a title: the same word behind
 * their clitics, two spellings of one lexicon entry (الأمريكي،
 * الأميركي), a nisba and its place, either way round (a headline's
 * وزير خارجية فنلندا is the body's وزير الخارجية الفنلندي), or a nisba
 * in its two genders. */
static int same_title_word(const ctx *c, size_t i, size_t j)
{
    const uint64_t mask = QAWLP_TITLE_SECTIONS | QAWLP_BIT(QAWLP_SEC_NISBA) |
                          QAWLP_PLACE_SECTIONS | QAWLP_ORG_SECTIONS;
    size_t ni = 0, nj = 0;
    int e;

    int wi, wj;

    if (same_stem(c, i, j))
        return 1;
    /* each token's nisba test once: this runs for every pair of words
     * a title is compared with */
    wi = is_nisba(c, i);
    wj = is_nisba(c, j);
    if (wi && wj ? nisba_genders(c, i, j)
                 : wi ? place_of_nisba(c, i, j) : wj && place_of_nisba(c, j, i))
        return 1;
    e = qawlp_match(c->doc, c->lex, i, i + 1, mask, &ni);
    return e >= 0 && ni == 1 &&
           qawlp_match(c->doc, c->lex, j, j + 1, mask, &nj) == e && nj == 1;
}

/* Whether title-only mention T is the title written in tokens [WF, WL):
 * T's head (its first word) is there, first when AT_START, and most
 * (two in three) of T's other words follow it there, each behind its
 * clitics, so that a title may drop or add a generic word or a place
 * (المتحدث باسم اليونيسف for المتحدث باسم منظمة اليونيسف).  A nisba of
 * T must be there, or its place (المتحدث باسم التحالف العربي is not the
 * coalition's spokesman of another country), and a definite head is not
 * the head of a construct (الرئيس الألماني is not رئيس الاتحاد
 * الألماني) unless the construct names the nisba's place (مندوب سوريا).
 * EVERY asks for all of T's words.  The end of the last of T's words
 * found there, and of any quotation mark after it, into *END when not
 * NULL. */
static int known_name_word(const ctx *c, size_t i);

static int title_written(const ctx *c, const qawlp_mention *t, size_t wf,
                         size_t wl, int at_start, int every, size_t *end)
{
    size_t h, i, j, words = 0, found = 0, last;
    int names_place = 0;   /* the word after the head is a nisba's place */

    for (h = wf; h < wl; h++) {
        if (same_title_word(c, h, t->first))
            break;
        if (at_start && qawlp_phr_is_word(c, h))
            return 0;
    }
    if (h == wl)
        return 0;
    last = h + 1;
    for (i = t->first + 1; i < t->last; i++) {
        int nisba;
        if (!qawlp_phr_is_word(c, i))
            continue;
        nisba = qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_NISBA));
        words++;
        for (j = h + 1; j < wl; j++)
            if (qawlp_phr_is_word(c, j) && same_title_word(c, i, j))
                break;
        if (j < wl) {
            found++;
            if (j + 1 > last)
                last = j + 1;
        } else if (nisba) {
            return 0;
        }
        if (j == h + 1 && nisba_of_place(c, i, j))
            names_place = 1;
    }
    if (qawlp_phr_has_article(c, t->first) && !qawlp_phr_has_article(c, h) &&
        !names_place)
        return 0;
    /* a name inside, a known name word and a word that may be a name,
     * ends the title before it (وزير الدفاع فلان الفلاني الرئيس السوري:
     * two titles; not أمين سر اللجنة, whose body no name holds) */
    for (i = h + 1; i + 1 < last; i++)
        if (known_name_word(c, i) &&
            name_word_class(c, i + 1) != QAWLP_NAMELIKE_NOT_NAME)
            return 0;
    /* a mark that closes one opened inside the title is the title's
     * ("أونروا"); one that opens is not */
    for (i = h, j = 0; i < last; i++)
        j += qawlp_phr_tok(c, i)->kind == QAWLP_TOK_QMARK;
    if (j % 2 == 1 && last < c->doc->tokens.n &&
        qawlp_phr_tok(c, last)->kind == QAWLP_TOK_QMARK)
        last++;
    if (end != NULL)
        *end = last;
    return every ? found == words : found * 3 >= words * 2;
}

/* Whether token I is a word the corpora know as a personal name, written
 * without the article: another person's name, where a title read back
 * from a name stops (هاجم الرئيس فلان نظيره الأمريكي فلان). */
static int known_name_word(const ctx *c, size_t i)
{
    return name_word_class(c, i) == QAWLP_NAMELIKE_NAME &&
           !qawlp_phr_has_article(c, i);
}

/* A place where a personal name is written, with the tokens where its
 * title may stand: read back from the name [BEFORE, NF), and after it
 * [AFTER, END) (empty when no title may stand there).  HOLDER is the
 * named person mention whose name it is. */
typedef struct {
    uint32_t before, nf, after, end, holder;
} apposition;
typedef QAWLP_VEC(apposition) apposition_vec;

/* A word's key with the index of what holds it, for sorted look-ups. */
typedef struct {
    uint64_t key;
    uint32_t index;
} keyed;
typedef QAWLP_VEC(keyed) keyed_vec;

static int by_key(const void *a, const void *b)
{
    const keyed *x = a, *y = b;

    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* The first of the N sorted items with key KEY, or N. */
static size_t first_keyed(const keyed *v, size_t n, uint64_t key)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The hash of the bytes of token I's variant V (0 when it has none):
 * ix_bytes, eight bytes a step, where FNV-1a took one (the title
 * holders' indexes hash a word of every window and of every document
 * whose stem has a title's length).  Keys are only compared for
 * equality and grouped by sorting, so any hash that spreads words will
 * do. */
static uint64_t token_key(const ctx *c, size_t i, size_t v)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);

    if (t->nvar <= v)
        return 0;
    return ix_bytes(c->doc->norm + t->start + t->var_skip[v],
                    qawlp_var_len(t, v));
}

/* A bit for the length of token T's variant V (token_key's bytes), one
 * bit for 63 bytes and more: keys of words of other lengths differ. */
static uint64_t var_len_bit(const qawlp_token *t, size_t v)
{
    size_t len = qawlp_var_len(t, v);

    return UINT64_C(1) << (len < 63 ? len : 63);
}

/* The key same_stem compares: token I's stem variant (stem_var). */
static uint64_t stem_key(const ctx *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);

    return t->nvar ? token_key(c, i, stem_var(c, t)) : 0;
}

/* The windows beside the name [NF, NL) where its title may stand
 * (apposition): before it (المتحدث باسم المنظمة، فلان; the title inside
 * the name's own phrase too), up to a comma, a cue or another known name
 * (هاجم الرئيس فلان نظيره الأمريكي فلان), and right after it (فلان،
 * المتحدث باسم المنظمة; فلانة المديرة الإقليمية …).  After a one-word
 * name, a title with no comma before it takes the article (بوتين رئيس
 * الوزراء … is the verb's object); after any name its head has no
 * conjunction (فلان والرئيس …: another person), and no comma and name
 * follow it (… الرئيس، فلان: that person's title). */
static void apposition_windows(const ctx *c, size_t nf, size_t nl,
                               apposition *ap)
{
    size_t b = nf, a = nl, first, n = c->doc->tokens.n;
    int comma = 0;

    if (b > 0 && qawlp_phr_is_comma(c, b - 1))
        b--;
    while (b > 0 && nf - b < APPOSITION_TOKENS && in_apposition(c, b - 1, 0) &&
           !known_name_word(c, b - 1))
        b--;
    ap->before = (uint32_t)(b < nf ? b : nf);
    ap->nf = (uint32_t)nf;
    ap->after = ap->end = (uint32_t)nl;
    if (a < n && qawlp_phr_is_comma(c, a)) {
        a++;
        comma = 1;
    }
    if (a >= n || qawlp_phr_is_coordinated(c, a) ||
        (!comma && !qawlp_phr_written_with_article(c, a) && nl - nf < 2))
        return;
    first = a;
    while (a < n && a - first < APPOSITION_TOKENS && in_apposition(c, a, 1))
        a++;
    if (a < n && qawlp_phr_is_comma(c, a) && name_after(c, a) != 0)
        return;
    ap->after = (uint32_t)first;
    ap->end = (uint32_t)a;
}

/* Whether person mention O gives a name a title may stand beside. */
static int holds_a_name(const ctx *c, const qawlp_mention *o)
{
    return o->kind == QAWL_SPEAKER_PERSON && o->entity >= 0 &&
           o->name_last > o->name_first && reads_as_a_name(c, o);
}

/* How many windows holding a title's head title_holder reads: the cost
 * stays linear however often a title is written. */
#define HOLDER_READS 64

/* The keys title_holder and title_before_name look words up by (the
 * first word of each title-only mention, sorted: title_keys), and how
 * many words of each an index holds: they read the first HOLDER_READS of
 * a key, so no more are filed. */
typedef struct {
    const keyed *v;
    size_t n;
    uint32_t *seen;   /* N counts, zeroed before each index is built */
    uint64_t lens;    /* the keys' words' stem_len_bit, or-ed */
} wanted_keys;

/* A bit for the length of token I's stem (stem_var), one bit for 63
 * bytes and more: a word whose bit no key has has none of the keys, so
 * it is not hashed (most words of a document are no title's). */
static uint64_t stem_len_bit(const ctx *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);

    return var_len_bit(t, stem_var(c, t));
}

/* The slot of KEY among W's keys, or W->n when no title asks for it. */
static size_t wanted_slot(const wanted_keys *w, uint64_t key)
{
    size_t at = first_keyed(w->v, w->n, key);

    return at < w->n && w->v[at].key == key ? at : w->n;
}

/* Files word token I under INDEX in OUT when its stem is a key W asks
 * for and fewer than HOLDER_READS words of that key are filed yet.
 * Returns -1 when out of memory. */
static int file_wanted(const ctx *c, wanted_keys *w, size_t i, uint32_t index,
                       keyed_vec *out)
{
    uint64_t key;
    size_t at;
    keyed *k;

    if (!(w->lens & stem_len_bit(c, i)))
        return 0;
    key = stem_key(c, i);
    at = wanted_slot(w, key);
    if (at == w->n || w->seen[at] >= HOLDER_READS)
        return 0;
    w->seen[at]++;
    if ((k = QAWLP_PUSH(*out)) == NULL)
        return -1;
    k->key = key;
    k->index = index;
    return 0;
}

/* Whether a word of AP's windows, outside its name, has a key W asks
 * for: an apposition no title looks up is not kept. */
static int window_wanted(const ctx *c, const apposition *ap, const wanted_keys *w)
{
    size_t i;

    for (i = ap->before; i < ap->end; i++)
        if (!(i >= ap->nf && i < ap->after) && qawlp_phr_is_word(c, i) &&
            (w->lens & stem_len_bit(c, i)) && wanted_slot(w, stem_key(c, i)) < w->n)
            return 1;
    return 0;
}

/* Where the text writes names a title may stand beside
 * (apposition_windows): each named person mention's own name, and each
 * other place where one of those names is written in full, two words at
 * least (the article introduces فلان الفلاني with his title and quotes
 * الفلاني; not a lone word, which may be the object after a title:
 * التقى الزعيم … فلان), taken back and on over the words that may be a
 * name without the article; only the windows a title looks up
 * (window_wanted).  Into *OUT; -1 when out of memory. */
static int find_appositions(const ctx *c, const wanted_keys *want,
                            apposition_vec *out)
{
    keyed_vec names = {0};
    size_t k, p, n = 0;
    uint64_t lens = 0;   /* the names' last words' var_len_bit */
    int r = -1;

    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        apposition *ap;
        keyed *w;
        if (!holds_a_name(c, o))
            continue;
        ap = QAWLP_PUSH(*out);
        w = QAWLP_PUSH(names);
        if (ap == NULL || w == NULL)
            goto done;
        apposition_windows(c, o->name_first, o->name_last, ap);
        ap->holder = (uint32_t)k;
        w->key = token_key(c, o->name_last - 1, 0);
        w->index = (uint32_t)k;
    }
    if (names.n > 0)
        qsort(names.v, names.n, sizeof *names.v, by_key);
    /* one name of one entity is looked for once */
    for (k = 0; k < names.n; k++) {
        const qawlp_mention *o = &c->doc->mentions.v[names.v[k].index], *q;
        size_t len = o->name_last - o->name_first, j;
        int seen = 0;
        for (j = k; j-- > 0 && names.v[j].key == names.v[k].key && !seen;) {
            q = &c->doc->mentions.v[names.v[j].index];
            seen = q->entity == o->entity &&
                   q->name_last - q->name_first == len &&
                   same_words(c, q->name_first, o->name_first, len);
        }
        if (!seen)
            names.v[n++] = names.v[k];
    }
    names.n = n;
    for (k = 0; k < names.n; k++)
        lens |= var_len_bit(qawlp_phr_tok(c, c->doc->mentions.v[names.v[k].index].name_last - 1),
                            0);
    for (p = 0; p < c->doc->tokens.n; p++) {
        uint64_t key;
        /* a word of no name's length is not hashed */
        if (!qawlp_phr_is_word(c, p) || !(lens & var_len_bit(qawlp_phr_tok(c, p), 0)))
            continue;
        key = token_key(c, p, 0);
        for (k = first_keyed(names.v, names.n, key);
             k < names.n && names.v[k].key == key; k++) {
            const qawlp_mention *o = &c->doc->mentions.v[names.v[k].index];
            size_t len = o->name_last - o->name_first, nf, nl;
            apposition *ap;
            if (p + 1 < len || p + 1 == o->name_last ||
                !same_words(c, p + 1 - len, o->name_first, len))
                continue;
            for (nf = p + 1 - len;
                 nf > 0 && p - nf < LONE_NAME_WORDS &&
                 name_word_class(c, nf - 1) != QAWLP_NAMELIKE_NOT_NAME &&
                 !qawlp_phr_has_article(c, nf - 1);
                 nf--)
                ;
            for (nl = p + 1;
                 nl - nf < LONE_NAME_WORDS + 2 &&
                 name_word_class(c, nl) != QAWLP_NAMELIKE_NOT_NAME &&
                 !qawlp_phr_has_article(c, nl);
                 nl++)
                ;
            if (nl - nf < 2)
                continue;
            ap = QAWLP_PUSH(*out);
            if (ap == NULL)
                goto done;
            apposition_windows(c, nf, nl, ap);
            ap->holder = names.v[k].index;
            if (!window_wanted(c, ap, want))
                out->n--;   /* no title looks here: not kept */
        }
    }
    r = 0;
done:
    qawlp_free(names.v);
    return r;
}

/* The words of the windows of APS whose stem is a key WANT asks for
 * (file_wanted), keyed by stem and sorted: where a title's head is
 * looked up.  Into *OUT; -1 when out of memory. */
static int index_appositions(const ctx *c, const apposition *aps, size_t n,
                             wanted_keys *want, keyed_vec *out)
{
    size_t k, i;

    memset(want->seen, 0, want->n * sizeof *want->seen);
    for (k = 0; k < n; k++)
        for (i = aps[k].before; i < aps[k].end; i++)
            if (!(i >= aps[k].nf && i < aps[k].after) && qawlp_phr_is_word(c, i) &&
                file_wanted(c, want, i, (uint32_t)k, out))
                return -1;
    if (out->n > 0)
        qsort(out->v, out->n, sizeof *out->v, by_key);
    return 0;
}

/* Whether mention T is a title with no name whose entity has no named
 * mention: the entity to join to a holder.  A title of one word
 * (المحامي، الملك) says too little to find its holder far away; a bare
 * title refers back to one nearby (title_antecedent). */
static int unnamed_title(const ctx *c, entity_index *ix, const qawlp_mention *t)
{
    int e = merged_into(ix, t->entity);

    return title_only_like(c, t) && !t->from_act &&
           t->lead_var == 0 && e >= 0 &&
           /* one word only when a title the lexicons know (السيناتور) */
           (t->last > t->first + 1 ||
            qawlp_phr_is_as_written(c, t->first, QAWLP_BIT(QAWLP_SEC_TITLE))) &&
           (size_t)e < ix->untitled.n && !ix->untitled.v[e];
}

/* Whether the title of mention T is written in the window before the
 * name of AP with no quotation mark opening between the two (وقال رئيس
 * اللجنة "حصل فلان …": the name is inside the quoted words). */
static int title_before(const ctx *c, const qawlp_mention *t,
                        const apposition *ap)
{
    size_t end, i;

    if (!title_written(c, t, ap->before, ap->nf, 0, 0, &end))
        return 0;
    for (i = end; i < ap->nf; i++)
        if (qawlp_phr_tok(c, i)->kind == QAWLP_TOK_QMARK)
            return 0;
    return 1;
}


/* Whether title-only mention T is written around the name of AP: its
 * head right before the name, with no word or a comma between (السفيرة
 * فلانة الفلانية), and every other word of T after the name, in the
 * title written there (… المندوبة الدائمة لقطر: السفيرة القطرية). */
static int title_around(const ctx *c, const qawlp_mention *t,
                        const apposition *ap)
{
    size_t h = ap->nf, i, j;

    if (ap->after >= ap->end)
        return 0;
    while (h > ap->before && !qawlp_phr_is_word(c, h - 1))
        h--;
    if (h == ap->before || !same_title_word(c, h - 1, t->first))
        return 0;
    for (i = t->first + 1; i < t->last; i++) {
        if (!qawlp_phr_is_word(c, i))
            continue;
        for (j = ap->after; j < ap->end; j++)
            if (qawlp_phr_is_word(c, j) && same_title_word(c, i, j))
                break;
        if (j == ap->end)
            return 0;
    }
    return 1;
}

/* Whether mention T holds a word of person mention O's name: the title
 * phrase already names the holder (… فلان الفلاني), and joining it would
 * name the entity by less than it says. */
static int names_holder(const ctx *c, const qawlp_mention *t,
                        const qawlp_mention *o)
{
    size_t i;

    for (i = t->first; i < t->last; i++)
        if (qawlp_phr_same_word(c, i, o->name_last - 1))
            return 1;
    return 0;
}

/* The entity of the one named person the document writes with the title
 * of mention index K beside the name (APS, looked up by its head in
 * HEADS), the gender agreeing; -1 when none or more than one person
 * fits. */
static int title_holder(ctx *c, entity_index *ix, size_t k,
                        const apposition *aps, const keyed *heads,
                        size_t nheads)
{
    const qawlp_mention *t = &c->doc->mentions.v[k];
    int self = merged_into(ix, t->entity), found = -1;
    uint64_t key = stem_key(c, t->first);
    size_t j, reads = 0;

    for (j = first_keyed(heads, nheads, key);
         j < nheads && heads[j].key == key && reads < HOLDER_READS; j++) {
        const apposition *ap = &aps[heads[j].index];
        const qawlp_mention *o = &c->doc->mentions.v[ap->holder];
        int e = merged_into(ix, o->entity);
        char g = c->doc->entities.v[e].gender;
        reads++;
        if (e == self || e == found || (t->gender && g && g != t->gender) ||
            names_holder(c, t, o) ||
            !(title_before(c, t, ap) ||
              (ap->after < ap->end &&
               title_written(c, t, ap->after, ap->end, 1, 0, NULL)) ||
              title_around(c, t, ap)))
            continue;
        if (found >= 0)
            return -1;
        found = e;
    }
    return found;
}

/* Whether the words [FIRST, END) read as a personal name beside title
 * mention T: none of them is in T (a title phrase that holds the name
 * already names it), and each has two letters at least; a hyphen that
 * joins two of them is no word (فلان يونغ-أون). */
static int fits_title(const ctx *c, const qawlp_mention *t, size_t first,
                      size_t end)
{
    size_t i, j, len;

    for (i = first; i < end; i++) {
        const char *w;
        if (qawlp_joining_hyphen(c->doc, i))
            continue;
        w = stem_bytes(c, i, &len);
        if (qawlp_count_chars(w, len, 2) < 2)
            return 0;
        for (j = t->first; j < t->last; j++)
            if (qawlp_phr_same_word(c, i, j))
                return 0;
    }
    return 1;
}

/* The last token of a rank or honorific (honorific section: العقيد،
 * اللفتنانت كولونيل) written right after comma token X, which opens the
 * name set off in apposition to a title (المتحدث باسم الجيش، العقيد
 * فلان); X when none follows or X is no comma.  A rank without the comma
 * may be another person's, the title's holder meeting him. */
static size_t rank_after_comma(const ctx *c, size_t x)
{
    size_t n = 0;

    if (x + 1 >= c->doc->tokens.n || !qawlp_phr_is_comma(c, x) ||
        qawlp_match(c->doc, c->lex, x + 1, x + 1 + APPOSITION_TOKENS,
                    QAWLP_BIT(QAWLP_SEC_HONORIFIC), &n) < 0 ||
        n == 0)
        return x;
    return x + n;
}

/* The end of a personal name after token X that name_after does not
 * read though its first word is a first name the corpora know whole: one
 * segment.c reads as ف/و + a word (فيليب as ف + يليب), or a name whose
 * words a hyphen joins (فلان يونغ-أون).  That word and the name words
 * after it without the article, hyphen-joined halves included, up to
 * where the name visibly ends, two words at least; 0 otherwise. */
static size_t name_after_known_first(const ctx *c, size_t x)
{
    size_t e = x + 2, n = c->doc->tokens.n;

    if (!qawlp_phr_is_word(c, x + 1) || qawlp_phr_has_article(c, x + 1) ||
        qawlp_namelike_token(c->doc, c->lex, x + 1, NULL) !=
            QAWLP_NAMELIKE_NAME)
        return 0;
    while (e < n && e - x <= LONE_NAME_WORDS + 2) {
        if (qawlp_joining_hyphen(c->doc, e) && e + 1 < n)
            e += 2;
        else if (name_word_class(c, e) != QAWLP_NAMELIKE_NOT_NAME &&
                 !qawlp_phr_has_article(c, e))
            e++;
        else
            break;
    }
    return e > x + 2 && name_ends_at(c, e) ? e : 0;
}

/* Whether word token I may stand in a title's complement between the
 * title and the comma before its holder's name (المبعوث الأممي الجديد
 * إلى البلد، فلان; الممثلة الخاصة للمنظمة في الأرض المحتلة، فلانة): a
 * word with the article, a function word (إلى، في), or a place, body or
 * nisba the lexicons know; no other title's head (… مع الرئيس
 * اليمني، فلان is the president's name), no word joined by و, no name
 * the corpora know, no verb or common word without the article (…
 * يلتقي نظيره، فلان). */
static int in_title_complement(const ctx *c, size_t i)
{
    if (!qawlp_phr_is_word(c, i) || !in_apposition(c, i, 1) ||
        qawlp_phr_is_coordinated(c, i) || known_name_word(c, i) ||
        qawlp_phr_is_as_written(c, i, QAWLP_TITLE_SECTIONS))
        return 0;
    return qawlp_phr_has_article(c, i) || qawlp_phr_is_stop(c, i) ||
           qawlp_is(c->doc, c->lex, i,
                    QAWLP_ORG_SECTIONS | QAWLP_BIT(QAWLP_SEC_NISBA));
}

/* The comma that ends the complement of a title whose words end before
 * token LAST (in_title_complement, and any words in quotation marks: في
 * "مركز …"، فلان), before A; LAST when none. */
static size_t complement_comma(const ctx *c, size_t last, size_t a)
{
    size_t i = last;

    for (;;) {
        const qawlp_token *t = i < a ? qawlp_phr_tok(c, i) : NULL;
        if (t != NULL && t->kind == QAWLP_TOK_QMARK && t->pair > (int32_t)i &&
            (size_t)t->pair < a)
            i = (size_t)t->pair + 1;   /* a body's name in marks */
        else if (t != NULL && in_title_complement(c, i))
            i++;
        else
            break;
    }
    return i > last && i < c->doc->tokens.n && qawlp_phr_is_comma(c, i)
               ? i
               : last;
}

/* The end of the personal name written right after the title that
 * mention T has in tokens [H, ...) (all its words when EVERY), a comma
 * between them or none, or the title's complement and a comma
 * (complement_comma); 0 when there is none.  Its first token in
 * *FIRST. */
static size_t name_after_title_at(const ctx *c, const qawlp_mention *t,
                                  size_t h, int every, size_t *first)
{
    size_t a = h, n = c->doc->tokens.n, last, x, e;

    while (a < n && a - h < APPOSITION_TOKENS && in_apposition(c, a, 1))
        a++;
    /* at the mention itself, the title is the mention (ممثل الادعاء: a
     * reporting noun inside a title) */
    if (h == t->first && a < t->last)
        a = t->last;
    if (!title_written(c, t, h, a, 1, every, &last))
        return 0;
    x = complement_comma(c, last, a);
    /* at the mention, the sources would have read a name right after the
     * title: only one after a comma is left (not a clause: اتهامها
     * بإصدار تعليمات "…"); elsewhere a first name the corpora know
     * starts it, unless a complement and a comma lead to it, or a rank
     * after the comma (rank_after_comma) */
    if (x == last) {
        size_t r;
        x = qawlp_phr_is_comma(c, last) ? last : last - 1;
        r = rank_after_comma(c, x);
        if (r == x && (h == t->first ? x != last
                                     : name_word_class(c, x + 1) !=
                                           QAWLP_NAMELIKE_NAME))
            return 0;
        x = r;
    } else {
        x = rank_after_comma(c, x);
    }
    e = name_after(c, x);
    if (e == 0 || qawlp_joining_hyphen(c->doc, e)) {
        size_t whole = name_after_known_first(c, x);
        if (whole > e)
            e = whole;
    }
    if (e == 0 || !fits_title(c, t, x + 1, e))
        return 0;
    *first = x + 1;
    return e;
}

/* The end of the words after token X that may be a personal name
 * however the name ends: words the corpora may see in names
 * (name_word_class), without the article unless a particle leads it
 * (عبد الرحمن), LONE_NAME_WORDS at most; X + 1 when none. */
static size_t name_words_after(const ctx *c, size_t x)
{
    size_t b = x + 1, n = c->doc->tokens.n;

    while (b < n && b - x - 1 < LONE_NAME_WORDS &&
           name_word_class(c, b) != QAWLP_NAMELIKE_NOT_NAME &&
           (!qawlp_phr_has_article(c, b) ||
            (b > x + 1 &&
             qawlp_phr_is_as_written(c, b - 1, QAWLP_BIT(QAWLP_SEC_PARTICLE)))))
        b++;
    return b;
}

/* The first token of the words that may be a name (name_words_after),
 * two at least, right after title-only mention T's title written whole
 * at token H, a comma between or none; their end in *END.  0 when there
 * are none. */
static size_t loose_name_at(const ctx *c, const qawlp_mention *t, size_t h,
                            size_t *end)
{
    size_t a = h, n = c->doc->tokens.n, last, x;

    while (a < n && a - h < APPOSITION_TOKENS && in_apposition(c, a, 1))
        a++;
    if (!title_written(c, t, h, a, 1, 1, &last))
        return 0;
    x = last < n && qawlp_phr_is_comma(c, last) ? last : last - 1;
    *end = name_words_after(c, x);
    return *end >= x + 3 ? x + 1 : 0;
}

/* The token of the next place after WORDS[*J] where title-only mention
 * T's head word is written (keyed by KEY), other than at T itself,
 * reading at most HOLDER_READS places; SIZE_MAX when there is none.  *J
 * starts at first_keyed's answer and moves on. */
static size_t next_title_place(const qawlp_mention *t, const keyed *words, size_t nwords,
                               uint64_t key, size_t *j, size_t *reads)
{
    for (; *j < nwords && words[*j].key == key && *reads < HOLDER_READS; (*j)++) {
        size_t h = words[*j].index;
        (*reads)++;
        if (h != t->first) {
            (*j)++;
            return h;
        }
    }
    return SIZE_MAX;
}

/* Where the text writes, after title-only mention T's title whole in two
 * places at least (WORDS, by KEY), the same name whose first word the
 * corpora do not know as one and whose end no mark shows (ولي العهد
 * فلان بن علان زيارته …, ولي العهد فلان بن علان لفرنسا …): the words the
 * places share from the start, two at least, no particle last.  A title
 * written twice before the same two words names its holder.  Their
 * first token, their end in *END; 0 when none or the places differ. */
static size_t loose_name_elsewhere(const ctx *c, const qawlp_mention *t,
                                   const keyed *words, size_t nwords,
                                   uint64_t key, size_t *end)
{
    size_t j = first_keyed(words, nwords, key), reads = 0, places = 0, lf = 0, len = 0;
    size_t f, e, p, h;

    *end = 0;
    while ((h = next_title_place(t, words, nwords, key, &j, &reads)) != SIZE_MAX) {
        if ((f = loose_name_at(c, t, h, &e)) == 0)
            continue;
        if (places++ == 0) {
            lf = f;
            len = e - f;
            continue;
        }
        for (p = 0; p < len && p < e - f && qawlp_phr_same_word(c, lf + p, f + p); p++)
            ;
        len = p;
    }
    while (len > 0 && qawlp_phr_is_as_written(c, lf + len - 1,
                                               QAWLP_BIT(QAWLP_SEC_PARTICLE)))
        len--;
    if (places < 2 || len < 2 || !fits_title(c, t, lf, lf + len))
        return 0;
    *end = lf + len;
    return lf;
}

/* Where the text writes title-only mention K's title whole right before
 * a personal name, a comma between them or none, elsewhere than at the
 * mention (يلتقي الرئيس … بزعيم البلد فلان الفلاني), looked up by its
 * head in WORDS (the document's words by stem).  The name's first token,
 * its end in *END; 0 when there is none or the names differ. */
static size_t title_elsewhere(const ctx *c, size_t k, const keyed *words,
                              size_t nwords, size_t *end)
{
    const qawlp_mention *t = &c->doc->mentions.v[k];
    uint64_t key = stem_key(c, t->first);
    size_t j = first_keyed(words, nwords, key), reads = 0, first = 0, f, e, h;

    *end = 0;
    while ((h = next_title_place(t, words, nwords, key, &j, &reads)) != SIZE_MAX) {
        e = name_after_title_at(c, t, h, 1, &f);
        if (e == 0)
            continue;
        if (first != 0 &&
            (e - f != *end - first || !same_words(c, f, first, e - f))) {
            *end = 0;
            return 0;
        }
        if (first == 0) {
            first = f;
            *end = e;
        }
    }
    if (first == 0)
        first = loose_name_elsewhere(c, t, words, nwords, key, end);
    return first;
}

/* Whether the name [A, END) written before a title may start at A:
 * nothing but a mark or punctuation before it (a paragraph or a
 * sentence opens with the name: فلان الفلاني، مدير …) and no و leads it, a first name the
 * corpora know, or the very words of a person mention's name (وهو ما
 * يؤكده فلان الفلاني مدير …, where a word before it is the clause's). */
static int name_starts_at(const ctx *c, size_t a, size_t end)
{
    size_t k;

    if (name_word_class(c, a) == QAWLP_NAMELIKE_NAME)
        return 1;
    /* a word led by و is a verb or a noun joined on (وحضر فلان) */
    if ((a == 0 || !qawlp_phr_is_word(c, a - 1)) &&
        !qawlp_phr_is_coordinated(c, a))
        return 1;
    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *m = &c->doc->mentions.v[k];
        if (m->kind == QAWL_SPEAKER_PERSON &&
            m->name_last - m->name_first == end - a &&
            same_words(c, a, m->name_first, end - a))
            return 1;
    }
    return 0;
}

/* Where the text writes title-only mention K's title whole right after
 * a personal name, a comma between them or none, elsewhere than at the
 * mention (فلان الفلاني، مدير الجمعية، يستعرض …: the name opens a
 * paragraph that is no quote; the title alone speaks later), looked up
 * by its head in WORDS.  The name (name_before, two words at least,
 * name_starts_at) into [*FIRST, *END); 0 when there is none or two
 * places give different names. */
static int name_before_title(const ctx *c, size_t k, const keyed *words,
                             size_t nwords, size_t *first, size_t *end)
{
    const qawlp_mention *t = &c->doc->mentions.v[k];
    uint64_t key = stem_key(c, t->first);
    size_t n = t->last - t->first, j, reads = 0, surname = SIZE_MAX;

    *first = *end = 0;
    for (j = first_keyed(words, nwords, key);
         j < nwords && words[j].key == key && reads < HOLDER_READS; j++) {
        size_t h = words[j].index, x, a;
        reads++;
        if (h == t->first || h + n > c->doc->tokens.n ||
            !same_words(c, h, t->first, n))
            continue;
        x = h > 0 && qawlp_phr_is_comma(c, h - 1) ? h - 1 : h;
        /* the title after two surnames is two people's (نائب الوزير),
         * even where the first name is no name the corpora know */
        if (x > 0 && qawlp_phr_is_word(c, x - 1) &&
            name_word_class(c, x - 1) != QAWLP_NAMELIKE_NOT_NAME &&
            fits_title(c, t, x - 1, x)) {
            if (surname != SIZE_MAX && !qawlp_phr_same_word(c, surname, x - 1)) {
                *end = 0;
                return 0;
            }
            surname = x - 1;
        }
        a = name_before(c, x);
        if (a + 2 > x || !fits_title(c, t, a, x))
            continue;
        while (a + 2 <= x && !name_starts_at(c, a, x))
            a++;
        if (a + 2 > x)
            continue;
        if (*end != 0 &&
            (x - a != *end - *first || !same_words(c, a, *first, x - a))) {
            *end = 0;
            return 0;
        }
        *first = a;
        *end = x;
    }
    return *end != 0;
}

/* The key of the words of mention T by their stems: two title-only
 * mentions written alike find the same name written elsewhere. */
static uint64_t title_key(const ctx *c, const qawlp_mention *t)
{
    uint64_t h = ix_mix(IX_TITLE);
    size_t i;

    for (i = t->first; i < t->last; i++)
        h = ix_then(h, qawlp_phr_is_word(c, i) ? stem_key(c, i) : 0);
    return ix_key(h);
}

/* The first token of the personal name that ends title-only mention T
 * itself, right after its title's last word (a word with the article,
 * a place or a body's name: السفير الروسي في المنظمة فلان الفلاني، زعيم
 * المعارضة فلان الفلاني إن; not a body's head without the article, whose
 * genitive the name is: في حكومة فلان الفلاني), which the sources read
 * as more of the title
 * (a first name they do not know); the name as name_after reads it,
 * ending where the mention does.  0 when there is none. */
static size_t name_ending_title(const ctx *c, const qawlp_mention *t)
{
    size_t x;

    for (x = t->first + 1; x + 2 < t->last; x++) {
        if (!qawlp_phr_is_word(c, x) ||
            !(qawlp_phr_has_article(c, x) ||
              qawlp_phr_is_as_written(c, x, QAWLP_BIT(QAWLP_SEC_ORG) |
                                                QAWLP_PLACE_SECTIONS)) ||
            (!qawlp_phr_has_article(c, x) &&
             qawlp_phr_is_as_written(c, x, QAWLP_BIT(QAWLP_SEC_ORGHEAD))))
            continue;
        if (name_after(c, x) == t->last)
            return x + 1;
    }
    return 0;
}

/* Where the text writes title-only mention K's title right before a
 * personal name, a comma between them or none: at the mention itself
 * (المفوض العام للوكالة، فلان الفلاني; or the name ends the mention:
 * name_ending_title), else wherever the title is
 * written whole (title_elsewhere).  What title_elsewhere finds is filed
 * in SEEN under title_key, so that a title written again and again is
 * looked for once (a long text that repeats a title would read each of
 * its places for each of them).  The name's first token, its end in
 * *END; 0 when there is none or the names differ, and SIZE_MAX when out
 * of memory. */
static size_t title_before_name(const ctx *c, size_t k, const keyed *words,
                                size_t nwords, ix_map *seen, size_t *end)
{
    const qawlp_mention *t = &c->doc->mentions.v[k];
    uint64_t key;
    uint32_t *found;
    size_t first = 0;

    *end = name_after_title_at(c, t, t->first, 0, &first);
    if (*end != 0)
        return first;
    if ((first = name_ending_title(c, t)) != 0) {
        *end = t->last;
        return first;
    }
    key = title_key(c, t);
    found = ix_list(seen, key);
    if (found != NULL && *found != 0) {
        const ix_node *n = &seen->nodes.v[*found - 1];
        *end = n->aux;
        return n->value;
    }
    first = title_elsewhere(c, k, words, nwords, end);
    if (first > UINT32_MAX || *end > UINT32_MAX ||
        ix_add(seen, key, (uint32_t)first, (uint32_t)*end))
        return SIZE_MAX;
    return first;
}

/* Whether entity E has a mention whose name ends the name [FIRST, END)
 * (أندرسون, فلان أندرسون for فلان أندرسون): the person a written-out
 * name joins has that name, not just a word of it (يون يونغ-تشان is not
 * كيم يونغ-أون). */
static int ends_like(const ctx *c, int e, size_t first, size_t end)
{
    size_t k;

    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *m = &c->doc->mentions.v[k];
        size_t len = m->name_last - m->name_first;
        if (m->entity == e && m->name_last > m->name_first &&
            len <= end - first && same_words(c, end - len, m->name_first, len))
            return 1;
    }
    return 0;
}

/* The entity of the personal name [FIRST, END) that title-only mention
 * index K stands for, the name made a mention (described_entity does the
 * same for a bare description): the entity its name finds, or else K's.
 * -1 when the words do not parse as a name, -2 when out of memory. */
static int name_the_title(ctx *c, entity_index *ix, size_t k, size_t first,
                          size_t end)
{
    int added, e, nomem = 0;
    qawlp_mention *n;

    added = qawlp_phr_add_mention(c, first, end, 0, 0);
    if (added < 0)
        return -2;
    n = &c->doc->mentions.v[added];
    if (n->kind != QAWL_SPEAKER_PERSON || n->titled ||
        n->name_first != first || n->name_last != end ||
        !reads_as_a_name(c, n)) {
        c->doc->mentions.n--;
        return -1;
    }
    e = find_entity(c, ix, n, &nomem);
    if (nomem)
        return -2;
    if (e < 0 || !ends_like(c, merged_into(ix, e), first, end))
        e = merged_into(ix, c->doc->mentions.v[k].entity);
    n = &c->doc->mentions.v[added];
    n->entity = e;
    if (note_member(c, ix, n, e) || index_mention(c, ix, (size_t)added))
        return -2;
    e = merged_into(ix, e);
    /* a description that the text names is that person */
    if (c->doc->entities.v[e].kind == QAWL_SPEAKER_ANONYMOUS)
        c->doc->entities.v[e].kind = QAWL_SPEAKER_PERSON;
    return e;
}

/* The words of the document whose stem is a key WANT asks for
 * (file_wanted), keyed by stem and sorted: where title_before_name finds
 * a title written before a name.  Sorting every word of a long document
 * cost more than all the searches, and held a copy of its words.  Into
 * *OUT; -1 when out of memory. */
static int index_words(const ctx *c, wanted_keys *want, keyed_vec *out)
{
    size_t i;

    memset(want->seen, 0, want->n * sizeof *want->seen);
    /* the length is asked here too, so that most words cost no call */
    for (i = 0; i < c->doc->tokens.n; i++)
        if (qawlp_phr_is_word(c, i) && (want->lens & stem_len_bit(c, i)) &&
            file_wanted(c, want, i, (uint32_t)i, out))
            return -1;
    if (out->n > 0)
        qsort(out->v, out->n, sizeof *out->v, by_key);
    return 0;
}

/* The keys title_before_name looks words up by: the first word of each
 * title-only mention (unnamed_title), sorted, into *OUT.  Returns -1
 * when out of memory. */
static int title_keys(const ctx *c, entity_index *ix, keyed_vec *out)
{
    size_t k;

    for (k = 0; k < c->doc->mentions.n; k++) {
        keyed *w;
        if (!unnamed_title(c, ix, &c->doc->mentions.v[k]))
            continue;
        w = QAWLP_PUSH(*out);
        if (w == NULL)
            return -1;
        w->key = stem_key(c, c->doc->mentions.v[k].first);
        w->index = (uint32_t)k;
    }
    if (out->n > 0)
        qsort(out->v, out->n, sizeof *out->v, by_key);
    return 0;
}

/* Whether person mention O is named short: one word, or a particle and
 * a word (الشوا، أبو فلان), its name no body's. */
static int short_named(const ctx *c, const qawlp_mention *o)
{
    size_t n = o->name_last - o->name_first;

    return o->kind == QAWL_SPEAKER_PERSON && (n == 1 || n == 2) &&
           (n == 1 || qawlp_phr_is_as_written(c, o->name_first,
                                              QAWLP_BIT(QAWLP_SEC_PARTICLE))) &&
           !name_completes_title(c, o) && !name_names_body(c, o);
}

/* The entity of the one person named short elsewhere (short_named)
 * whose short name ends the name written right after title-only mention
 * index K, a comma between them or none, after one or two first names
 * (first_name_by_title) and where the name visibly ends (قال المتحدث
 * باسم الجمعية، فلان أبو علان خلال …, then وأوضح أبو علان): the
 * sources read no name there, its first name being one the corpora do
 * not know.  -1 when none or more than one. */
static int short_name_after_title(const ctx *c, entity_index *ix, size_t k)
{
    const qawlp_mention *t = &c->doc->mentions.v[k];
    int self = merged_into(ix, t->entity), found = -1;
    size_t j = t->last, a, o;

    if (j < c->doc->tokens.n && qawlp_phr_is_comma(c, j))
        j++;
    for (a = j; a < j + TITLE_FIRST_NAMES && first_name_by_title(c, a); a++)
        for (o = 0; o < c->doc->mentions.n; o++) {
            const qawlp_mention *m = &c->doc->mentions.v[o];
            size_t n = m->name_last - m->name_first;
            int e;
            char g;
            if (m->entity < 0 || !short_named(c, m) ||
                a + 1 + n > c->doc->tokens.n ||
                !same_words(c, a + 1, m->name_first, n) ||
                !name_ends_at(c, a + 1 + n))
                continue;
            e = merged_into(ix, m->entity);
            g = c->doc->entities.v[e].gender;
            if (e == self || e == found || (t->gender && g && g != t->gender))
                continue;
            if (found >= 0)
                return -1;
            found = e;
        }
    return found;
}

/* Whether mention T is one word (a title alone: الوزيرة). */
static int one_word_title(const qawlp_mention *t)
{
    return t->last == t->first + 1;
}

/* Whether the text writes title-only mention K's title right before the
 * name [FIRST, END) in two places at least: a one-word title (الوزيرة)
 * written once before a name may be another holder's (الوزيرة الكندية
 * فلانة والوزيرة الفرنسية علانة). */
static int holder_written_twice(const ctx *c, size_t k, const keyed *words,
                                size_t nwords, size_t first, size_t end)
{
    const qawlp_mention *t = &c->doc->mentions.v[k];
    uint64_t key = stem_key(c, t->first);
    size_t j = first_keyed(words, nwords, key), reads = 0, places = 0, f, e, h;

    while ((h = next_title_place(t, words, nwords, key, &j, &reads)) != SIZE_MAX) {
        e = name_after_title_at(c, t, h, 1, &f);
        if (e == 0 && (f = loose_name_at(c, t, h, &e)) == 0)
            continue;
        if (e - f < end - first || !same_words(c, f, first, end - first))
            return 0;   /* another name after the same title */
        places++;
    }
    return places >= 2;
}

/* Joins each title-only entity to the person the document names with
 * that title beside a speaker's name (title_holder), else to the name the
 * text writes right after the title (title_before_name); a title of one
 * word only to a name the text writes it before twice and no other name
 * (holder_written_twice).  Runs after every mention is filed; the
 * mentions follow the merge in drop_empty_entities.  Returns -1 when out
 * of memory. */
static int join_title_holders(ctx *c, entity_index *ix)
{
    apposition_vec aps = {0};
    keyed_vec heads = {0}, words = {0}, keys = {0};
    ix_map seen = {0};
    wanted_keys want = {0};
    size_t read = c->doc->mentions.n, k;
    int r = -1, indexed = 0;

    if (title_keys(c, ix, &keys))
        goto done;
    if (keys.n == 0) {
        r = 0;
        goto done;
    }
    want.v = keys.v;
    want.n = keys.n;
    for (k = 0; k < keys.n; k++)
        want.lens |= stem_len_bit(c, c->doc->mentions.v[keys.v[k].index].first);
    if ((want.seen = qawlp_malloc(keys.n * sizeof *want.seen)) == NULL ||
        find_appositions(c, &want, &aps) ||
        index_appositions(c, aps.v, aps.n, &want, &heads))
        goto done;
    for (k = 0; k < read; k++) {
        size_t first, end;
        int self, into;
        if (!unnamed_title(c, ix, &c->doc->mentions.v[k]))
            continue;
        self = merged_into(ix, c->doc->mentions.v[k].entity);
        /* a one-word title only by a name it is written before, twice
         * (below) */
        into = one_word_title(&c->doc->mentions.v[k])
                   ? -1
                   : title_holder(c, ix, k, aps.v, heads.v, heads.n);
        if (into < 0) {
            /* the words, indexed when a title first needs them */
            if (!indexed && index_words(c, &want, &words))
                goto done;
            indexed = 1;
            first = title_before_name(c, k, words.v, words.n, &seen, &end);
            if (first == SIZE_MAX)
                goto done;
            /* a one-word title's holder only by a name that ends clear
             * of a definite word, which may be more of it (الملك عبد
             * الله الثاني) */
            if (one_word_title(&c->doc->mentions.v[k])) {
                if (first != 0 && !qawlp_phr_written_with_article(c, end) &&
                    holder_written_twice(c, k, words.v, words.n, first, end))
                    into = name_the_title(c, ix, k, first, end);
            } else {
                if (first != 0 ||
                    name_before_title(c, k, words.v, words.n, &first, &end))
                    into = name_the_title(c, ix, k, first, end);
                if (into == -1)
                    into = short_name_after_title(c, ix, k);
            }
        }
        if (into == -2)
            goto done;
        if (into >= 0 && into != self)
            ix->merged.v[self] = into;
    }
    r = 0;
done:
    qawlp_free(aps.v);
    qawlp_free(heads.v);
    qawlp_free(words.v);
    qawlp_free(keys.v);
    ix_free(&seen);
    qawlp_free(want.seen);
    return r;
}

/* Whether person mention O names someone by a name that reads as one,
 * not a body's name inside a title (name_names_body) nor a word that
 * completes one (name_completes_title). */
static int names_a_person(const ctx *c, const qawlp_mention *o)
{
    return o->kind == QAWL_SPEAKER_PERSON && o->name_last > o->name_first &&
           !name_names_body(c, o) && !name_completes_title(c, o) &&
           reads_as_a_name(c, o);
}

/* Whether a mention of entity E (merged, IX) names a person
 * (names_a_person): a title that a name joined counts as named. */
static int entity_names_a_person(const ctx *c, entity_index *ix, int e)
{
    size_t k;

    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->entity >= 0 && merged_into(ix, o->entity) == e &&
            names_a_person(c, o))
            return 1;
    }
    return 0;
}

/* Whether a mention of entity E (merged, IX) writes the head of
 * description M with a nisba M does not have (المسؤول الروسي فلان for
 * المسؤول الأمريكي): the description is another person's.  A nisba of
 * another title of the person (المديرة الإقليمية) tells nothing. */
static int head_nisba_differs(const ctx *c, entity_index *ix, int e,
                              const qawlp_mention *m)
{
    size_t k, i, j, l;

    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->entity < 0 || merged_into(ix, o->entity) != e)
            continue;
        for (i = o->first; i < o->last; i++) {
            if (!qawlp_phr_is_word(c, i) || !same_stem(c, i, m->first))
                continue;
            for (j = i + 1; j < o->last && qawlp_phr_written_with_article(c, j) &&
                            qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_NISBA));
                 j++) {
                for (l = m->first + 1; l < m->last && !qawlp_phr_same_word(c, j, l); l++)
                    ;
                if (l == m->last)
                    return 1;
            }
        }
    }
    return 0;
}

/* Joins the definite description, with a nisba or a place, of one unnamed source that opens an
 * article's talk of people (a headline's مسؤولة أممية, then تحدثت
 * المسؤولة الأممية …) to the person the text names next (الدكتورة
 * فلانة …): no source but bodies comes before it, its entity has no name, and
 * the next mention of a person that is no mention of its own is the
 * person's who is named (there or elsewhere: المديرة الإقليمية … joined
 * to فلانة), within HEAD_TOKEN_REACH tokens, agrees in gender and
 * writes its head with no other nisba (head_nisba_differs).  The
 * article introduces the one it quotes by a description first and by
 * name after; a second source would be named apart.  Runs after every
 * mention is filed.  Returns -1 when out of memory. */
/* Whether mention M is a title with no name, of two words or more,
 * whose first word is a title without the article (مدير منظمة …): a
 * title a single person holds, named by its body. */
static int first_title_only(const ctx *c, const qawlp_mention *m)
{
    return m->kind == QAWL_SPEAKER_PERSON && m->title_only && m->titled &&
           m->last >= m->first + 2 && !qawlp_phr_has_article(c, m->first) &&
           m->lead_var == 0 &&
           qawlp_phr_is_as_written(c, m->first, QAWLP_BIT(QAWLP_SEC_TITLE));
}

/* Whether a mention of entity E has a title, is no plain name or
 * stands before token AT (the person was named before the title). */
static int entity_titled(const ctx *c, entity_index *ix, int e, size_t at)
{
    size_t k;

    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->entity >= 0 && merged_into(ix, o->entity) == e &&
            (o->titled || o->title_only || o->name_first != o->first ||
             o->name_last != o->last || o->first < at))
            return 1;
    }
    return 0;
}

static int join_descriptions_named_after(ctx *c, entity_index *ix)
{
    size_t n = c->doc->mentions.n, k, j;
    place *v = qawlp_malloc((n + 1) * sizeof *v);

    if (v == NULL)
        return -1;
    for (k = 0; k < n; k++) {
        v[k].first = c->doc->mentions.v[k].first;
        v[k].index = (uint32_t)k;
    }
    qsort(v, n, sizeof *v, by_place);
    for (k = 0; k < n; k++) {
        const qawlp_mention *m = &c->doc->mentions.v[v[k].index];
        int self, into = -1;
        if (m->kind == QAWL_SPEAKER_ORGANISATION)
            continue;
        /* the first source that is no body: not one named or described
         * before (مسؤول كبير … then المسؤول) */
        if (m->entity < 0 || m->last == m->first + 1 ||
            (!definite_description(c, m) && !first_title_only(c, m)))
            break;
        self = merged_into(ix, m->entity);
        for (j = k + 1; j < n; j++) {
            const qawlp_mention *o = &c->doc->mentions.v[v[j].index];
            int e;
            char g;
            if (o->first > m->first + HEAD_TOKEN_REACH)
                break;
            if (o->entity < 0 || o->kind == QAWL_SPEAKER_ORGANISATION)
                continue;
            e = merged_into(ix, o->entity);
            if (e == self)
                continue;
            g = c->doc->entities.v[e].gender;
            /* a title alone is the person named in the next sentence
             * only when no title of that person's own says otherwise */
            if (!definite_description(c, m) &&
                (qawlp_phr_tok(c, o->first)->sentence !=
                     qawlp_phr_tok(c, m->first)->sentence + 1 ||
                 !m->gender || g != m->gender || !names_a_person(c, o) ||
                 qawlp_phr_has_article(c, o->name_first) ||
                 entity_titled(c, ix, e, m->first)))
                break;
            if (entity_names_a_person(c, ix, e) &&
                !(m->gender && g && g != m->gender) &&
                !head_nisba_differs(c, ix, e, m))
                into = e;
            break;
        }
        if (into >= 0) {
            /* its entity has no name of its own */
            for (j = 0; j < n; j++) {
                const qawlp_mention *o = &c->doc->mentions.v[j];
                if (o->entity >= 0 && merged_into(ix, o->entity) == self &&
                    o->name_last > o->name_first)
                    into = -1;
            }
        }
        if (into >= 0)
            ix->merged.v[self] = into;
        break;                              /* only the first description */
    }
    qawlp_free(v);
    return 0;
}

/* ------------------------------------- a definite title's one holder */

/* How many tokens beside a person's name a title phrase that describes
 * the person is read (title_run_end). */
#define TITLE_WINDOW 8

/* Whether word token I may stand in a title phrase written beside a
 * name: a title, office, honorific, nisba, body or place word, or a word
 * with the article (الخارجية in المتحدث باسم الخارجية التركية). */
static int titling_word(const ctx *c, size_t i)
{
    return qawlp_phr_is_word(c, i) &&
           (qawlp_phr_written_with_article(c, i) ||
            qawlp_is(c->doc, c->lex, i,
                     QAWLP_TITLE_SECTIONS | QAWLP_BIT(QAWLP_SEC_NISBA) |
                         QAWLP_ORG_SECTIONS));
}

/* Whether token I is a title's or an office's word (not an honorific:
 * الدكتور says nothing of what the person does). */
static int title_head_word(const ctx *c, size_t i)
{
    return qawlp_phr_is_word(c, i) &&
           qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_TITLE) |
                                             QAWLP_BIT(QAWLP_SEC_OFFICE));
}

/* The end of the title phrase that title word token H opens, read as
 * written before a name: the titling words after it (titling_word),
 * TITLE_WINDOW at most, and a comma; 0 when a second title opens after
 * a nisba (الرئيس الفرنسي رئيس الوزراء فلان: the name is the second
 * one's, the first title the subject's). */
static size_t title_run_end(const ctx *c, size_t h)
{
    size_t a = h + 1, n = c->doc->tokens.n;
    int nisba = 0;

    while (a < n && a - h < TITLE_WINDOW && titling_word(c, a)) {
        if (nisba && title_head_word(c, a))
            return 0;
        if (is_nisba(c, a))
            nisba = 1;
        a++;
    }
    if (a < n && qawlp_phr_is_comma(c, a))
        a++;
    return a;
}

/* Whether word token P, matched to a word of a title whose head token J
 * is before it in the same phrase, qualifies that head: only the
 * title's own words between, no body's head (الرئيس الفرنسي, وزير
 * الخارجية التركي; not رئيس الاتحاد الألماني, the body's nisba). */
static int qualifies_head(const ctx *c, size_t j, size_t p)
{
    const uint64_t titling = QAWLP_BIT(QAWLP_SEC_TITLE) |
                             QAWLP_BIT(QAWLP_SEC_OFFICE) |
                             QAWLP_BIT(QAWLP_SEC_NISBA);
    size_t x;

    for (x = j + 1; x < p; x++)
        if (qawlp_phr_is_word(c, x) &&
            !(qawlp_phr_is_as_written(c, x, titling) && head_slot(c, x, 1) < 0))
            return 0;
    return 1;
}

/* Whether the phrase [PF, PL), but for the name [NF, NL) in it, gives
 * the person definite title or description M (same_title_word word by
 * word): a title's head, then each other word of M qualifying it
 * (qualifies_head); a word for any official (anonymous_sources.txt:
 * المسؤول) needs no head, but each other word of M, one at least,
 * anywhere in the phrase (المسؤول التركي for المتحدث باسم الخارجية
 * التركية). */
static int phrase_fits(const ctx *c, const qawlp_mention *m, size_t pf,
                       size_t pl, size_t nf, size_t nl)
{
    int generic = !title_head_word(c, m->first), words = 0;
    size_t i, j = pf, p;

    if (!generic) {
        for (j = pf; j < pl; j++)
            if ((j < nf || j >= nl) && qawlp_phr_is_word(c, j) &&
                same_title_word(c, j, m->first))
                break;
        if (j == pl)
            return 0;
    }
    for (i = m->first + 1; i < m->last; i++) {
        if (!qawlp_phr_is_word(c, i))
            continue;
        for (p = generic ? pf : j + 1; p < pl; p++)
            if ((p < nf || p >= nl) && qawlp_phr_is_word(c, p) &&
                same_title_word(c, p, i) &&
                (generic || qualifies_head(c, j, p)))
                break;
        if (p == pl)
            return 0;
        words++;
    }
    return !generic || words > 0;
}

/* Whether a name written out may end before token I (name_ends_at),
 * or a word joined by و follows it (… فلانة العلانية والوزيرة …). */
static int name_done(const ctx *c, size_t i)
{
    return name_ends_at(c, i) || qawlp_phr_is_coordinated(c, i);
}

/* How many titles written before a name, and how many definite titles,
 * join_definite_titles reads: its cost stays linear in a long text. */
#define TITLE_RUNS 256
#define DEFINITE_TITLES 64

/* A title written right before a name (title_run_end): the title's
 * tokens [h, a), and the entity of the person mention whose name is
 * written there (IX merges it when read), -1 for a name no mention
 * has. */
typedef struct {
    size_t h, a;
    int entity;
} title_run;

/* The entity of the person mention whose name the text writes at token
 * A, or one or two words after it, where the name ends (name_done); -1
 * when none. */
static int name_written_at(const ctx *c, size_t a)
{
    size_t k, x, n = c->doc->tokens.n;

    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        size_t len = o->name_last - o->name_first;
        if (o->entity < 0 || o->kind != QAWL_SPEAKER_PERSON || len == 0)
            continue;
        for (x = a; x < a + 3 && x + len <= n; x++)
            if (same_words(c, x, o->name_first, len) && name_done(c, x + len))
                return o->entity;
    }
    return -1;
}

/* The titles the text writes right before a name (مع المستشارة
 * الألمانية فلانة علان; المتحدث باسم الوزارة، فلان), among the first
 * TITLE_RUNS titles it writes, into the array returned (*N of them): a title's head (title_head_word), its
 * run (title_run_end), then a person mention's name or a name
 * (name_after).  Returns NULL when out of memory. */
static title_run *collect_title_runs(const ctx *c, size_t *n)
{
    title_run *v = qawlp_malloc(TITLE_RUNS * sizeof *v);
    size_t h, a, read = 0;

    *n = 0;
    if (v == NULL)
        return NULL;
    for (h = 0; h < c->doc->tokens.n && read < TITLE_RUNS; h++) {
        int w;
        if (!title_head_word(c, h) || (a = title_run_end(c, h)) == 0 ||
            a >= c->doc->tokens.n)
            continue;
        read++;
        w = name_written_at(c, a);
        if (w < 0 && name_after(c, a - 1) == 0)
            continue;                   /* no name after the title */
        v[*n].h = h;
        v[*n].a = a;
        v[*n].entity = w;
        (*n)++;
    }
    return v;
}

/* Whether person mention O names the person with its own name. */
static int named_mention(const qawlp_mention *o)
{
    return o->entity >= 0 && o->kind == QAWL_SPEAKER_PERSON &&
           o->name_last > o->name_first;
}

/* Notes entity F (merged) as a holder of the title among *FOUND (-1
 * none yet, -2 two or more). */
static void note_holder(int f, int *found)
{
    if (*found == -1)
        *found = f;
    else if (*found != f)
        *found = -2;
}

/* The one person entity other than E (merged, IX) whose title phrases
 * give the person definite title or description M (phrase_fits): a
 * mention of it with its name, or a title the text writes before its
 * name (RUNS); the genders agreeing and the person named
 * (NAMES_PERSON, per entity).  -1 when none, -2 when two or more. */
static int one_holder(const ctx *c, entity_index *ix, int e,
                      const qawlp_mention *m, const title_run *runs,
                      size_t nruns, const uint8_t *names_person)
{
    char g = c->doc->entities.v[e].gender;
    int found = -1;
    size_t k;

    for (k = 0; k < c->doc->mentions.n + nruns && found != -2; k++) {
        const qawlp_mention *o = NULL;
        int f;
        char gf;
        if (k < c->doc->mentions.n) {
            o = &c->doc->mentions.v[k];
            if (!named_mention(o))
                continue;
            f = merged_into(ix, o->entity);
        } else {
            const title_run *r = &runs[k - c->doc->mentions.n];
            if (r->entity < 0)
                continue;
            f = merged_into(ix, r->entity);
        }
        gf = c->doc->entities.v[f].gender;
        if (f == e || c->doc->entities.v[f].kind != QAWL_SPEAKER_PERSON ||
            !names_person[f] || (g && gf && g != gf))
            continue;
        if (o != NULL ? phrase_fits(c, m, o->first, o->last, o->name_first,
                                    o->name_last)
                      : phrase_fits(c, m, runs[k - c->doc->mentions.n].h,
                                    runs[k - c->doc->mentions.n].a, 0, 0))
            note_holder(f, &found);
    }
    return found;
}

/* The entity of the person the text last gave definite title or
 * description M before M or at it (phrase_fits): a person mention with
 * its name, or a title written before a name (RUNS; the title at M
 * itself with a name after it counts: وقال المرشد الإيراني، فلان …
 * then وأضاف المرشد الإيراني).  -1 when the last one is a name no
 * mention has (the text names a person the sources never quote:
 * السفير الروسي فلان) or there is none: M may be that person. */
static int last_given_title(const ctx *c, entity_index *ix,
                            const qawlp_mention *m, const title_run *runs,
                            size_t nruns)
{
    size_t k, best = 0;
    int owner = -1, found = 0;

    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (!named_mention(o) || o->first >= m->first ||
            (found && o->first <= best) ||
            !phrase_fits(c, m, o->first, o->last, o->name_first, o->name_last))
            continue;
        best = o->first;
        found = 1;
        owner = merged_into(ix, o->entity);
    }
    for (k = 0; k < nruns; k++) {
        const title_run *r = &runs[k];
        if (r->h > m->first || (found && r->h <= best) ||
            !phrase_fits(c, m, r->h, r->a, 0, 0))
            continue;
        best = r->h;
        found = 1;
        owner = r->entity < 0 ? -1 : merged_into(ix, r->entity);
    }
    return owner;
}

/* Whether an unnamed source other than M's entity E (merged, IX) is
 * described as M (phrase_fits on its own words: المصدر الرئاسي الفرنسي
 * for المسؤول الفرنسي): a second candidate. */
static int described_apart(const ctx *c, entity_index *ix, int e,
                           const qawlp_mention *m)
{
    size_t k;

    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->entity >= 0 && merged_into(ix, o->entity) != e &&
            o->kind == QAWL_SPEAKER_ANONYMOUS &&
            phrase_fits(c, m, o->first, o->last, o->first, o->first))
            return 1;
    }
    return 0;
}

/* Whether the text before token AT writes word token H without the
 * article (مسؤول تركي … then المسؤول التركي): the definite word then
 * refers back to an unnamed source that was introduced, no named one. */
static int written_indefinite_before(const ctx *c, size_t h, size_t at)
{
    size_t k;

    for (k = 0; k < at; k++)
        if (qawlp_phr_is_word(c, k) && !qawlp_phr_written_with_article(c, k) &&
            same_stem(c, k, h))
            return 1;
    return 0;
}

/* Per entity (merged, IX), into FIRST: the index of its first mention
 * when every mention of it is a definite title or description with no
 * name (definite_title, definite_description: المستشارة، المسؤول
 * التركي), else -1; into NAMES_PERSON whether a mention of it names a
 * person (names_a_person). */
static void entity_profiles(const ctx *c, entity_index *ix, long *first,
                            uint8_t *names_person)
{
    size_t ne = c->doc->entities.n, k;
    uint8_t *bad = names_person;   /* reused below, after the first pass */

    for (k = 0; k < ne; k++) {
        first[k] = -1;
        bad[k] = 0;
    }
    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        int e;
        if (o->entity < 0)
            continue;
        e = merged_into(ix, o->entity);
        if (o->name_last > o->name_first ||
            !(definite_title(c, o) || definite_description(c, o)))
            bad[e] = 1;
        else if (first[e] < 0 ||
                 o->first < c->doc->mentions.v[first[e]].first)
            first[e] = (long)k;
    }
    for (k = 0; k < ne; k++) {
        if (bad[k])
            first[k] = -1;
        names_person[k] = 0;
    }
    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->entity >= 0 && names_a_person(c, o))
            names_person[merged_into(ix, o->entity)] = 1;
    }
}

/* Joins each entity that only a definite title or description names
 * (entity_profiles: المستشارة، المسؤول التركي) to the one person of the
 * document whose own title phrases give that title (one_holder), when
 * that person is also the last the text gave it before or at the
 * description (last_given_title): the article says the reader knows who
 * holds the title, and the article named that person.  Two people who
 * fit leave it a title; so do an unnamed source it also fits
 * (described_apart) and a head written before without the article
 * (written_indefinite_before).  DEFINITE_TITLES entities at most.  Runs
 * after every mention is filed.  Returns -1 when out of memory. */
static int join_definite_titles(ctx *c, entity_index *ix)
{
    size_t ne = c->doc->entities.n, nruns = 0, k, done = 0;
    long *first = qawlp_malloc((ne + 1) * sizeof *first);
    uint8_t *names_person = qawlp_malloc(ne + 1);
    title_run *runs = NULL;
    int r = -1;

    if (first == NULL || names_person == NULL)
        goto done;
    entity_profiles(c, ix, first, names_person);
    for (k = 0; k < ne && done < DEFINITE_TITLES; k++) {
        const qawlp_mention *m;
        int f;
        if (first[k] < 0 || merged_into(ix, (int)k) != (int)k)
            continue;
        m = &c->doc->mentions.v[first[k]];
        done++;
        if (written_indefinite_before(c, m->first, m->first) ||
            described_apart(c, ix, (int)k, m))
            continue;
        if (runs == NULL && (runs = collect_title_runs(c, &nruns)) == NULL)
            goto done;
        f = one_holder(c, ix, (int)k, m, runs, nruns, names_person);
        if (f >= 0 && last_given_title(c, ix, m, runs, nruns) == f)
            ix->merged.v[k] = f;
    }
    r = 0;
done:
    qawlp_free(first);
    qawlp_free(names_person);
    qawlp_free(runs);
    return r;
}

static int cluster(ctx *c)
{
    entity_index ix = {0};
    size_t k, read;
    int nomem = 0;

    if (acts_in_place(c))
        return -1;
    read = c->doc->mentions.n;
    /* a mention files eight keys or so (its words, their variants, its
     * runs) */
    ix_presize(&ix.map, 8 * read);

    /* described_entity appends mentions, clustered as it adds them */
    for (k = 0; k < read; k++) {
        qawlp_mention *m;
        int e = described_entity(c, &ix, k);
        if (e == -2)
            goto fail;
        m = &c->doc->mentions.v[k];
        if (e < 0)
            e = head_antecedent(c, m);
        if (e < 0)
            e = issuer_antecedent(c, m);
        if (e < 0)
            e = find_entity(c, &ix, m, &nomem);
        if (e < 0 && !nomem)
            e = title_antecedent(c, m);
        if (e < 0 && !nomem)
            e = description_antecedent(c, m);
        if (nomem)
            goto fail;
        if (e < 0) {
            qawlp_entity *en = QAWLP_PUSH(c->doc->entities);
            if (en == NULL)
                goto fail;
            en->kind = m->kind;
            e = (int)(c->doc->entities.n - 1);
        }
        m->entity = e;
        if (note_member(c, &ix, m, e) || absorb_title_only(c, &ix, m, &nomem) ||
            nomem)
            goto fail;
        if (index_mention(c, &ix, k))
            goto fail;
        while (ix.named.n <= (size_t)e) {
            uint8_t *f = QAWLP_PUSH(ix.named);
            if (f == NULL)
                goto fail;
        }
        if (m->kind != QAWL_SPEAKER_PERSON && m->last - m->first >= 2)
            ix.named.v[e] = 1;
        /* Gender and number come from the first mention that shows them;
         * a mention led by a reporting noun shows the noun's, so it is
         * heard only when no other mention speaks (below); so is an
         * act's subject, whose verb may agree with a body it only
         * joined by containment (الأمم المتحدة تدعو … مكتب الأمم المتحدة). */
        if (m->noun_led || m->from_act)
            continue;
        if (!c->doc->entities.v[e].gender)
            c->doc->entities.v[e].gender = m->gender;
        if (!c->doc->entities.v[e].number)
            c->doc->entities.v[e].number = m->number;
    }
    if (join_short_names(c, &ix) || join_described_persons(c, &ix) ||
        join_title_holders(c, &ix) ||
        join_descriptions_named_after(c, &ix) || join_definite_titles(c, &ix) ||
        drop_empty_entities(c, &ix))
        goto fail;
    entity_index_free(&ix);
    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *m = &c->doc->mentions.v[k];
        qawlp_entity *en = &c->doc->entities.v[m->entity];
        if (!m->noun_led && !m->from_act)
            continue;
        if (!en->gender)
            en->gender = m->gender;
        if (!en->number)
            en->number = m->number;
    }
    if (name_document_issuers(c) || name_bare_heads(c) ||
        name_short_bodies(c) || name_entities(c) ||
        name_lone_names(c) || name_short_by_title(c) || rename_described(c) ||
        name_with_final_particle(c) || name_document_authors(c))
        return -1;
    type_unissued_documents(c);
    return 0;
fail:
    entity_index_free(&ix);
    return -1;
}

/* Whether word token I is a title behind a glued preposition (للرئيس،
 * بمستشار): a complement that names someone else. */
static int title_behind_preposition(const ctx *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v;

    if (!qawlp_phr_is_word(c, i) || !qawlp_phr_opens_with_preposition(c, i))
        return 0;
    for (v = 1; v < t->nvar; v++)
        if (t->var_skip[v] > t->conj && qawlp_var_slot(c->doc, t, v) >= 0 &&
            (c->lex->slots[qawlp_var_slot(c->doc, t, v)].sections &
             (QAWLP_BIT(QAWLP_SEC_TITLE) | QAWLP_BIT(QAWLP_SEC_HONORIFIC))))
            return 1;
    return 0;
}

/* Drops the name of each person mention headed by a title or a
 * source's description whose name follows, with only nisbas between, a
 * title in a complement behind a preposition, glued or a function word
 * (قائد مؤيد للرئيس الفلاني فلان، المقرب من الرئيس الفلاني فلان): the
 * name is the complement title's holder, not the speaker's, who stays
 * named by the description.  An office word between (لرئيسة الوزراء
 * فلان) leaves the name: there it is often the head's own (the first
 * corpus run of this rule). */
static void drop_complement_names(ctx *c)
{
    size_t k, i, j;

    for (k = 0; k < c->doc->mentions.n; k++) {
        qawlp_mention *m = &c->doc->mentions.v[k];
        /* the phrase headed by a title or a source's description, not
         * a body or document that a name's holder issued (مقال لفلان) */
        if (m->kind != QAWL_SPEAKER_PERSON || m->name_last <= m->name_first ||
            m->name_first <= m->first + 1 ||
            !qawlp_phr_is_as_written(c, m->first, QAWLP_BIT(QAWLP_SEC_TITLE) |
                                                     QAWLP_ANON_SECTIONS))
            continue;
        for (i = m->name_first; i > m->first + 1; i--) {
            j = i - 1;
            if (!qawlp_phr_written_with_article(c, j) ||
                !qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_NISBA)))
                break;
        }
        /* the title glued to its preposition (للرئيس) or right after a
         * function word (المقرب من مستشار …) */
        if (i > m->first + 1 &&
            (title_behind_preposition(c, i - 1) ||
             (i > m->first + 2 && qawlp_phr_is_stop(c, i - 2) &&
              qawlp_phr_is_as_written(c, i - 1, QAWLP_BIT(QAWLP_SEC_TITLE)))))
            m->name_last = m->name_first;
    }
}

/* Moves the name of each titled person mention whose one-word name is
 * the genitive of a body's head without the article (… فلان الفلاني
 * حكومة علان: the verb's object, the body's holder) back to the plain
 * name right before that head: two to LONE_NAME_WORDS words after the
 * title's last word with the article, none a title, body, place, source
 * or common word nor one the corpora know as no name (name_word_class).  The mention ends before the head. */
static void name_before_object(ctx *c)
{
    size_t k, h, a;

    for (k = 0; k < c->doc->mentions.n; k++) {
        qawlp_mention *m = &c->doc->mentions.v[k];
        if (m->kind != QAWL_SPEAKER_PERSON || !m->titled ||
            m->name_last != m->name_first + 1 || m->name_first < m->first + 3)
            continue;
        h = m->name_first - 1;
        if (!qawlp_phr_is_word(c, h) || qawlp_phr_has_article(c, h) ||
            head_slot(c, h, 0) < 0)
            continue;
        for (a = h; a > m->first && h - a < LONE_NAME_WORDS; a--) {
            size_t i = a - 1;
            if (!qawlp_phr_is_word(c, i) || qawlp_phr_has_article(c, i) ||
                qawlp_phr_is_as_written(c, i, NOT_NAME_SECTIONS) ||
                name_word_class(c, i) == QAWLP_NAMELIKE_NOT_NAME ||
                qawlp_phr_is_common(c, i))
                break;
        }
        /* the plain name right after the title's last definite word */
        if (h - a < 2 || a == m->first ||
            !qawlp_phr_has_article(c, a - 1))
            continue;
        m->name_first = (uint32_t)a;
        m->name_last = m->last = (uint32_t)h;
        m->name_cut = 1;
    }
}

qawl_status qawlp_entities_run(qawlp_doc *doc, const qawl_lexicon *lex,
                               qawl_error *err)
{
    /* the sources stage's, whose answers hold for the same tokens; the
     * last stage to read phrases, this one lets it go */
    qawlp_phr *c = qawlp_phr_of(doc, lex);
    size_t i;
    int failed;

    if (c == NULL)
        goto nomem;
    drop_complement_names(c);
    name_before_object(c);
    failed = cut_at_known_names(c) || cluster(c);
    qawlp_phr_drop(doc);
    if (failed)
        goto nomem;
    for (i = 0; i < doc->quotes.n; i++)
        if (doc->quotes.v[i].mention >= 0)
            doc->quotes.v[i].entity =
                doc->mentions.v[doc->quotes.v[i].mention].entity;
    for (i = 0; i < doc->acts.n; i++)
        if (doc->acts.v[i].q.mention >= 0)
            doc->acts.v[i].q.entity =
                doc->mentions.v[doc->acts.v[i].q.mention].entity;
    return QAWL_OK;
nomem:
    return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                           "out of memory");
}
