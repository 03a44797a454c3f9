/*
 * qawl.c — the public entry points: runs the stages in order and exposes
 * the result through accessors.
 *
 *   load → normalise → segment → cues → quotes → acts → sources
 *        → entities → attribute → stance
 *        → finish (input offsets, texts, speakers)
 *
 * Acts come after quotes, so a clause that is a quote stays one; their
 * sources are read with the quotes' so that their subjects cluster with
 * the quotes' speakers, and attribute decides them after every quote.
 *
 * Every stage appends to the document and reads only what earlier stages
 * wrote; a failing stage stops the pipeline and the partial document is
 * freed whole, so no stage frees what another allocated.
 */
#include <config.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

/* ------------------------------------------------------ spare arrays */

/* The arrays of a result, kept by the thread that frees it for the next
 * document it analyses (a CLI worker analyses, writes and frees one
 * document after another): the stages then find room where they grew
 * each array from nothing, and freeing the result frees none of them.
 * An array of more than SPARE_MAX bytes goes back to malloc, so the room
 * of a large article is not held after it. */
#define SPARE_MAX ((size_t)1 << 20)
/* Bytes of a block of texts: the texts of a news article fill one or two. */
#define TEXTBLOCK_BYTES 4096
#define DOC_ARRAYS(X)                                                     \
    X(lines) X(tokens) X(var_slots) X(sentences) X(marked) X(cues)        \
    X(quotes) X(acts) X(mentions) X(turns) X(openers) X(entities)         \
    X(speakers) X(unpaired)
#define COUNT_ONE(f) +1
enum { SPARE_ARRAYS = 0 DOC_ARRAYS(COUNT_ONE) };

typedef struct {
    void *v[SPARE_ARRAYS];
    size_t cap[SPARE_ARRAYS];
    qawlp_doc *doc;             /* the result itself */
    char *norm;                 /* its folded text, NORM_BYTES allocated */
    size_t norm_bytes;
    qawlp_breakpoint *map;      /* its offset map, MAP_CAP breakpoints */
    size_t map_cap;
    uint32_t *map_dir;          /* its map's directory, MAP_DIR_CAP */
    size_t map_dir_cap;
    qawlp_block *texts;         /* its first block of texts, emptied */
} spare_set;

static pthread_key_t spare_key;
static pthread_once_t spare_once = PTHREAD_ONCE_INIT;
static int spare_ok;            /* the key was made */

static void spare_free(void *p)
{
    spare_set *s = p;
    size_t k;

    for (k = 0; k < SPARE_ARRAYS; k++)
        qawlp_free(s->v[k]);
    qawlp_free(s->doc);
    qawlp_free(s->texts);
    qawlp_free(s->norm);
    qawlp_free(s->map);
    qawlp_free(s->map_dir);
    qawlp_free(s);
}

static void spare_key_make(void)
{
    spare_ok = pthread_key_create(&spare_key, spare_free) == 0;
}

/* As segment.c's word table: the key goes with the library when it is
 * unloaded, and a thread's spares are then left to the process. */
__attribute__((destructor)) static void spare_key_drop(void)
{
    if (spare_ok)
        pthread_key_delete(spare_key);
    spare_ok = 0;
}

/* This thread's spares, made when MAKE; NULL when there are none. */
static spare_set *thread_spares(int make)
{
    spare_set *s;

    if (pthread_once(&spare_once, spare_key_make) != 0 || !spare_ok)
        return NULL;
    s = pthread_getspecific(spare_key);
    if (s == NULL && make) {
        s = qawlp_calloc(1, sizeof *s);
        if (s != NULL && pthread_setspecific(spare_key, s) != 0) {
            qawlp_free(s);
            s = NULL;
        }
    }
    return s;
}

/* A new result, zeroed: the thread's spare one, else a new one; NULL
 * when out of memory. */
static qawlp_doc *new_doc(void)
{
    spare_set *s = thread_spares(0);
    qawlp_doc *doc;

    if (s == NULL || s->doc == NULL)
        return qawlp_calloc(1, sizeof *doc);
    doc = s->doc;
    s->doc = NULL;
    memset(doc, 0, sizeof *doc);
    return doc;
}

/* Gives the new DOC the thread's spare arrays (empty, with their room)
 * and its spare block of texts. */
static void take_spares(qawlp_doc *doc)
{
    spare_set *s = thread_spares(0);
    size_t k = 0;

    if (s == NULL)
        return;
    doc->texts = s->texts;
    s->texts = NULL;
    /* (normalize.c takes these when they are large enough) */
    doc->norm = s->norm;
    doc->norm_bytes = s->norm_bytes;
    doc->map = s->map;
    doc->map_cap = s->map_cap;
    doc->map_dir = s->map_dir;
    doc->map_dir_cap = s->map_dir_cap;
    /* the sizes go with the arrays: a second result made before either
     * is freed (two held at once, or freed by another thread) must find
     * no room where there is no array */
    s->norm = NULL;
    s->norm_bytes = 0;
    s->map = NULL;
    s->map_cap = 0;
    s->map_dir = NULL;
    s->map_dir_cap = 0;
#define TAKE_ONE(f)                                                        \
    doc->f.v = s->v[k];                                                   \
    doc->f.cap = s->cap[k];                                               \
    s->v[k] = NULL;                                                       \
    s->cap[k++] = 0;
    DOC_ARRAYS(TAKE_ONE)
#undef TAKE_ONE
}

/* Keeps array V of CAP elements, BYTES in all, as spare K of S, or frees
 * it (no spares, too large, or the place is taken: two results freed one
 * after the other). */
static void keep_one(spare_set *s, size_t k, void *v, size_t cap,
                     size_t bytes)
{
    if (s == NULL || v == NULL || bytes > SPARE_MAX || s->v[k] != NULL) {
        qawlp_free(v);
        return;
    }
    s->v[k] = v;
    s->cap[k] = cap;
}

/* Keeps DOC's blocks of texts' first (the last of the chain), emptied,
 * when it has the common size and the thread keeps none; frees the rest. */
static void keep_texts(spare_set *s, qawlp_doc *doc)
{
    qawlp_block *b = doc->texts, *first = NULL;

    while (b != NULL && b->next != NULL)
        b = b->next;
    if (s != NULL && b != NULL && s->texts == NULL &&
        b->cap == TEXTBLOCK_BYTES) {
        first = b;
        first->used = 0;
    }
    while (doc->texts != NULL) {
        qawlp_block *next = doc->texts->next;
        if (doc->texts != first)
            qawlp_free(doc->texts);
        doc->texts = next;
    }
    if (first != NULL)
        s->texts = first;
}

/* Keeps DOC's folded text, offset map and directory (those of at most
 * SPARE_MAX bytes, where the thread has none), or frees them. */
static void keep_norm(spare_set *s, qawlp_doc *doc)
{
    int keep = s != NULL;

    if (keep && s->norm == NULL && doc->norm_bytes <= SPARE_MAX) {
        s->norm = doc->norm;
        s->norm_bytes = doc->norm_bytes;
    } else {
        qawlp_free(doc->norm);
    }
    if (keep && s->map == NULL && doc->map_cap <= SPARE_MAX / sizeof *doc->map) {
        s->map = doc->map;
        s->map_cap = doc->map_cap;
    } else {
        qawlp_free(doc->map);
    }
    if (keep && s->map_dir == NULL &&
        doc->map_dir_cap <= SPARE_MAX / sizeof *doc->map_dir) {
        s->map_dir = doc->map_dir;
        s->map_dir_cap = doc->map_dir_cap;
    } else {
        qawlp_free(doc->map_dir);
    }
}

/* Keeps DOC, its arrays and its first block of texts for the thread's
 * next document, or frees them. */
static void keep_spares(qawlp_doc *doc)
{
    spare_set *s = thread_spares(1);
    size_t k = 0;

#define KEEP_ONE(f)                                                        \
    keep_one(s, k++, doc->f.v, doc->f.cap, doc->f.cap * sizeof *doc->f.v);
    DOC_ARRAYS(KEEP_ONE)
#undef KEEP_ONE
    keep_texts(s, doc);
    keep_norm(s, doc);
    if (s != NULL && s->doc == NULL)
        s->doc = doc;
    else
        qawlp_free(doc);
}

/* Runs stage STAGE of the pipeline on DOC. */
static qawl_status run_stage(qawlp_doc *doc, qawl_stage stage,
                             const char *text, size_t len, unsigned options,
                             qawl_error *err)
{
    const qawl_lexicon *lex = doc->lex;

    switch (stage) {
    case QAWL_STAGE_LOAD:
        return qawlp_load_run(doc, text, len, options, err);
    case QAWL_STAGE_NORMALIZE:
        return qawlp_normalize_run(doc, options, err);
    case QAWL_STAGE_SEGMENT:
        return qawlp_segment_run(doc, lex, err);
    case QAWL_STAGE_CUES:
        return qawlp_cues_run(doc, lex, err);
    case QAWL_STAGE_QUOTES:
        return qawlp_quotes_run(doc, lex, err);
    case QAWL_STAGE_ACTS:
        return qawlp_acts_run(doc, lex, err);
    case QAWL_STAGE_SOURCES:
        return qawlp_sources_run(doc, lex, err);
    case QAWL_STAGE_ENTITIES:
        return qawlp_entities_run(doc, lex, err);
    case QAWL_STAGE_ATTRIBUTE:
        return qawlp_attribute_run(doc, lex, err);
    case QAWL_STAGE_STANCE:
        return qawlp_stance_run(doc, lex, err);
    case QAWL_STAGE_FINISH:
    default:
        return qawlp_finish_run(doc, err);
    }
}

static double seconds_now(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* qawl_analyze, and qawl_analyze_take when TAKEN (TEXT, with room for a
 * NUL after LEN bytes) is to become doc->src: freed here on failure. */
static qawl_result *analyze(const qawl_lexicon *lex, const char *text,
                            size_t len, char *taken, unsigned options,
                            qawl_error *err)
{
    qawlp_doc *doc;
    qawl_status st = QAWL_OK;
    int stage;

    if (lex == NULL || (text == NULL && len > 0)) {
        qawlp_error_set(err, QAWL_ERR_ARG, NULL, 0, 0, 0,
                        "qawl_analyze needs a lexicon and a text");
        qawlp_free(taken);
        return NULL;
    }
    doc = new_doc();
    if (doc == NULL) {
        qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0, "out of memory");
        qawlp_free(taken);
        return NULL;
    }
    doc->lex = lex;
    doc->src = taken;     /* the load stage copies TEXT when NULL */
    take_spares(doc);
    for (stage = 0; stage < QAWL_STAGE_COUNT && st == QAWL_OK; stage++) {
        /* the clock is read only when asked: it is not free per stage */
        double start = options & QAWL_OPT_PROFILE ? seconds_now() : 0;

        st = run_stage(doc, (qawl_stage)stage, text ? text : "", len, options,
                       err);
        if (options & QAWL_OPT_PROFILE)
            doc->stage_seconds[stage] = seconds_now() - start;
    }
    if (st != QAWL_OK) {
        qawl_result_free(doc);
        return NULL;
    }
    return doc;
}

qawl_result *qawl_analyze(const qawl_lexicon *lex, const char *text,
                          size_t len, unsigned options, qawl_error *err)
{
    return analyze(lex, text, len, NULL, options, err);
}

qawl_result *qawl_analyze_take(const qawl_lexicon *lex, char *text,
                               size_t len, unsigned options, qawl_error *err)
{
    char *src;

    if (text == NULL || len > SIZE_MAX - 1)
        return analyze(lex, text, len, NULL, options, err);
    /* room for the NUL the stages expect after the text; a buffer read
     * in doubling steps gives back its unused tail */
    src = qawlp_realloc(text, len + 1);
    if (src == NULL) {
        qawlp_free(text);
        qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0, "out of memory");
        return NULL;
    }
    return analyze(lex, src, len, src, options, err);
}

const char *qawl_stage_name(qawl_stage stage)
{
    static const char *const names[QAWL_STAGE_COUNT] = {
        "load", "normalize", "segment", "cues", "quotes", "acts", "sources",
        "entities",
        "attribute", "stance", "finish"
    };

    return stage >= 0 && stage < QAWL_STAGE_COUNT ? names[stage] : "?";
}

double qawl_result_stage_seconds(const qawl_result *result, qawl_stage stage)
{
    if (result == NULL || stage < 0 || stage >= QAWL_STAGE_COUNT)
        return 0;
    return result->stage_seconds[stage];
}

const qawlp_cue *qawlp_cue_of(const qawlp_doc *doc,
                              const struct qawl_quote *q)
{
    if (q->act > 0)
        return &doc->acts.v[q->act - 1].verb;
    return q->cue >= 0 ? &doc->cues.v[q->cue] : NULL;
}

int qawlp_step_add(qawlp_doc *doc, struct qawl_quote *q, qawlp_rule rule,
                   const char *verdict, size_t first, size_t last, int entity)
{
    qawlp_step *st = QAWLP_DOC_PUSH(doc, q->steps);

    if (st == NULL)
        return -1;
    st->rule = rule;
    st->verdict = verdict;
    st->first = (uint32_t)first;
    st->last = (uint32_t)last;
    st->entity = entity;
    return 0;
}

/* ---------------------------------------------------------------- finish */

/* 1-based line and character column of input offset OFF. */
/* Line and column of input offset OFF.  CUR is where the previous call
 * ended: offsets asked in increasing order on one line are counted from
 * there, so a document of one long line costs linear time, not
 * quadratic. */
/* The characters of the N bytes at S: the bytes that are no UTF-8
 * continuation byte (10xxxxxx), counted eight at a time (a column is
 * counted from the line's start or the last quote's). */
static size_t count_chars(const char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, c = 0;

    for (; n - i >= 8; i += 8) {
        uint64_t x = qawlp_load_le64(u + i);
        uint64_t cont = x & ~(x << 1) & high;
        c += 8 - (size_t)(((cont >> 7) * ones) >> 56);
    }
    for (; i < n; i++)
        if ((u[i] & 0xC0) != 0x80)
            c++;
    return c;
}

static void position_of(const qawlp_doc *doc, qawlp_place *cur, size_t off,
                        size_t *line, size_t *col)
{
    size_t lo = 0, hi = doc->lines.n, from, c;

    if (cur->line > 0 && cur->offset <= off &&
        (cur->line == doc->lines.n || doc->lines.v[cur->line] > off)) {
        lo = cur->line - 1;
        from = cur->offset;
        c = cur->column;
    } else {
        while (hi - lo > 1) {
            size_t mid = (lo + hi) / 2;
            if (doc->lines.v[mid] <= off)
                lo = mid;
            else
                hi = mid;
        }
        from = doc->lines.v[lo];
        c = lo == 0 && doc->body ? 0 : 1;   /* the BOM is not a column */
    }
    c += count_chars(doc->src + from, off - from);
    cur->offset = off;
    cur->line = lo + 1;
    cur->column = c;
    *line = lo + 1;
    *col = c;
}

/* Room for a text of N bytes and its NUL in DOC's blocks, or NULL. */
static char *text_room(qawlp_doc *doc, size_t n)
{
    return qawlp_block_room(&doc->texts, n, TEXTBLOCK_BYTES);
}

/* Gives back S, the text text_room made last. */
static void text_drop(qawlp_doc *doc, const char *s)
{
    qawlp_block *b = doc->texts;

    if (b != NULL && s >= b->data && s < b->data + b->used)
        b->used = (size_t)(s - b->data);
}

/* Room for N elements of SIZE bytes, aligned for any of the entity's
 * arrays, in DOC's blocks; NULL when N is 0 or out of memory. */
static void *text_array(qawlp_doc *doc, size_t n, size_t size)
{
    char *p = n > 0 ? text_room(doc, n * size + 7) : NULL;

    return p != NULL ? p + (-(uintptr_t)p & 7) : NULL;
}

/* A quote's steps and its stance evidence are a few records each: as
 * arrays of their own, a malloc, a realloc or two and a free cost more
 * than the records (some 3,000 arrays over the bench's fixed set).  So
 * they are carved from the document's blocks of texts, which the result
 * frees at once; growing leaves the old room behind, a few dozen bytes
 * a quote. */
void *qawlp_doc_push(qawlp_doc *doc, void **v, size_t *n, size_t *cap,
                     size_t size)
{
    char *p;

    if (*n >= *cap) {
        size_t ncap = *cap ? 2 * *cap : 2;
        if (ncap > SIZE_MAX / 4 / size)
            return NULL;
        p = text_array(doc, ncap, size);
        if (p == NULL)
            return NULL;
        if (*n > 0)
            memcpy(p, *v, *n * size);
        *v = p;
        *cap = ncap;
    }
    p = (char *)*v + *n * size;
    memset(p, 0, size);
    (*n)++;
    return p;
}

/* A copy of the N bytes at S, then a NUL, in DOC's blocks, or NULL. */
static char *text_ndup(qawlp_doc *doc, const char *s, size_t n)
{
    char *d = text_room(doc, n);

    if (d != NULL) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

/* (qawlp_doc_input_text) A copy of the N input bytes from A as a text
 * (qawlp_text_ndup), in the result's blocks: copied
 * as they are when the input is clean (no invalid byte, no NUL) and the
 * span begins and ends between characters, the cases where text_ndup,
 * which validates every byte of every quote and name, changes nothing. */
char *qawlp_doc_input_text(qawlp_doc *doc, size_t a, size_t n)
{
    const unsigned char *s = (const unsigned char *)doc->src;
    char *t, *d;

    if (doc->src_clean && (s[a] & 0xC0) != 0x80 && (s[a + n] & 0xC0) != 0x80)
        return text_ndup(doc, doc->src + a, n);
    t = qawlp_text_ndup(doc->src + a, n);
    d = t ? text_ndup(doc, t, strlen(t)) : NULL;
    qawlp_free(t);
    return d;
}

/* Input span and owned copy of tokens [first, last), without the first
 * SKIP bytes of the first token (a glued preposition). */
static char *span_text(qawlp_doc *doc, size_t first, size_t last,
                       size_t skip, size_t *start, size_t *end)
{
    const qawlp_token *a = &doc->tokens.v[first];

    *start = qawlp_input_offset(doc, a->start + skip);
    *end = qawlp_input_end(doc, doc->tokens.v[last - 1].end, *start);
    return qawlp_doc_input_text(doc, *start, *end - *start);
}

static int has_alias(const qawlp_entity *e, const char *s)
{
    size_t i;

    for (i = 0; i < e->aliases.n; i++)
        if (strcmp(e->aliases.v[i], s) == 0)
            return 1;
    return 0;
}

/* Gives each recorded candidate its text: the phrase as written, or the
 * name of the speaker it proposed. */
static int finish_steps(qawlp_doc *doc, struct qawl_quote *q)
{
    size_t k, a, b;

    for (k = 0; k < q->steps.n; k++) {
        qawlp_step *st = &q->steps.v[k];
        if (st->last > st->first)
            st->text = span_text(doc, st->first, st->last, 0, &a, &b);
        else if (st->entity >= 0 && doc->entities.v[st->entity].name)
            st->text = text_ndup(doc, doc->entities.v[st->entity].name,
                                 strlen(doc->entities.v[st->entity].name));
        else
            continue;
        if (st->text == NULL)
            return -1;
        qawlp_strip_bidi(st->text);   /* shown as a candidate's name */
    }
    return 0;
}

static int finish_quote(qawlp_doc *doc, size_t i, qawlp_place *cur)
{
    struct qawl_quote *q = &doc->quotes.v[i];

    q->id = i + 1;
    q->start = qawlp_input_offset(doc, q->nstart);
    q->end = qawlp_input_end(doc, q->nend, q->start);
    position_of(doc, cur, q->start, &q->line, &q->column);
    q->text = qawlp_doc_input_text(doc, q->start, q->end - q->start);
    if (q->text == NULL)
        return -1;
    if (q->cue >= 0) {
        const qawlp_cue *c = &doc->cues.v[q->cue];
        q->cue_text = span_text(doc, c->first, c->last, 0, &q->cue_start,
                                &q->cue_end);
        if (q->cue_text == NULL)
            return -1;
    }
    if (q->mention >= 0) {
        const qawlp_mention *m = &doc->mentions.v[q->mention];
        q->mention_text = span_text(doc, m->first, m->last, m->lead_skip,
                                    &q->mention_start, &q->mention_end);
        if (q->mention_text == NULL)
            return -1;
        qawlp_strip_bidi(q->mention_text);   /* a name, as written */
    }
    return finish_steps(doc, q);
}

/* An act: its verb as written, its object, and the object's start moved
 * past the subject the mentions stage found there (نفى الجيش استهداف …:
 * the object is استهداف …, the army is the speaker). */
static int finish_act(qawlp_doc *doc, size_t i, qawlp_place *cur)
{
    struct qawl_act *a = &doc->acts.v[i];
    struct qawl_quote *q = &a->q;
    size_t first = a->obj_first;

    q->id = i + 1;
    if (q->mention >= 0) {
        const qawlp_mention *m = &doc->mentions.v[q->mention];
        size_t k = m->last;
        size_t n;
        /* a comma after an apposed subject, adverbs before the object
         * (نفت الوزارة الثلاثاء …) */
        while (k < q->last &&
               (doc->tokens.v[k].kind == QAWLP_TOK_PUNCT ||
                (qawlp_match(doc, doc->lex, k, q->last,
                             QAWLP_BIT(QAWLP_SEC_ADVERB), &n) >= 0 &&
                 k + n < q->last)))
            k += doc->tokens.v[k].kind == QAWLP_TOK_PUNCT ? 1 : n;
        if (m->first >= first && m->first <= first + 1 && k < q->last &&
            doc->tokens.v[k].kind == QAWLP_TOK_WORD)
            q->nstart = doc->tokens.v[k].start;
    }
    q->cue_text = span_text(doc, a->verb.first, a->verb.last, 0,
                            &q->cue_start, &q->cue_end);
    if (q->cue_text == NULL)
        return -1;
    q->start = qawlp_input_offset(doc, q->nstart);
    q->end = qawlp_input_end(doc, q->nend, q->start);
    position_of(doc, cur, q->cue_start, &q->line, &q->column);
    q->text = qawlp_doc_input_text(doc, q->start, q->end - q->start);
    if (q->text == NULL)
        return -1;
    a->start = q->cue_start;
    a->end = q->end;
    if (q->mention >= 0) {
        const qawlp_mention *m = &doc->mentions.v[q->mention];
        q->mention_text = span_text(doc, m->first, m->last, m->lead_skip,
                                    &q->mention_start, &q->mention_end);
        if (q->mention_text == NULL)
            return -1;
        qawlp_strip_bidi(q->mention_text);
    }
    return finish_steps(doc, q);
}

/* Records the place of every quotation mark left unpaired. */
static int collect_unpaired(qawlp_doc *doc)
{
    qawlp_place cur = {0, 0, 0};
    size_t i, left = doc->unpaired_marks;

    /* segment.c counted them: the walk over the tokens ends at the last */
    for (i = 0; left > 0 && i < doc->tokens.n; i++) {
        const qawlp_token *t = &doc->tokens.v[i];
        qawlp_place *p;
        if (t->kind != QAWLP_TOK_QMARK || t->pair >= 0)
            continue;
        left--;
        p = QAWLP_PUSH(doc->unpaired);
        if (p == NULL)
            return -1;
        p->offset = qawlp_input_offset(doc, t->start);
        position_of(doc, &cur, p->offset, &p->line, &p->column);
    }
    return 0;
}

/* Records every mention's text as an alias of its entity. */
static int collect_aliases(qawlp_doc *doc)
{
    size_t k;

    for (k = 0; k < doc->mentions.n; k++) {
        const qawlp_mention *m = &doc->mentions.v[k];
        qawlp_entity *e;
        size_t a, b;
        char *s;
        if (m->entity < 0)
            continue;
        e = &doc->entities.v[m->entity];
        e->named |= m->kind == QAWL_SPEAKER_PERSON && !m->bare_title;
        s = span_text(doc, m->first, m->last, m->lead_skip, &a, &b);
        if (s == NULL)
            return -1;
        qawlp_strip_bidi(s);
        if (has_alias(e, s)) {
            text_drop(doc, s);
            continue;
        }
        if (QAWLP_PUSH(e->aliases) == NULL)
            return -1;
        e->aliases.v[e->aliases.n - 1] = s;
    }
    return 0;
}

static int by_weight(const void *a, const void *b)
{
    const qawlp_term *x = a, *y = b;
    double wx = x->weight < 0 ? -x->weight : x->weight;
    double wy = y->weight < 0 ? -y->weight : y->weight;

    if (wx != wy)
        return wx < wy ? 1 : -1;
    return (x->entry > y->entry) - (x->entry < y->entry);   /* stable */
}

/* Sums the stance terms of entity E's quotes by lexicon entry and ranks
 * them by their summed weight: the speaker's most characteristic terms. */
static int collect_terms(qawlp_doc *doc, qawlp_entity *e)
{
    size_t i, k, t;

    for (i = 0; i < e->quotes.n; i++) {
        const struct qawl_quote *q = &doc->quotes.v[e->quotes.v[i]];
        for (k = 0; k < q->evidence.n; k++) {
            const qawlp_evidence *ev = &q->evidence.v[k];
            qawlp_term *term = NULL;
            /* A name or a plain report says nothing of the speaker. */
            if (ev->masked || ev->weight == 0.0)
                continue;
            for (t = 0; t < e->terms.n; t++)
                if (e->terms.v[t].entry == ev->entry)
                    term = &e->terms.v[t];
            if (term == NULL) {
                term = QAWLP_PUSH(e->terms);
                if (term == NULL)
                    return -1;
                term->entry = ev->entry;
                /* A pattern entry is shown by the words it matched. */
                const char *shown = doc->lex->entries.v[ev->entry].re != NULL
                                        ? ev->term
                                        : doc->lex->entries.v[ev->entry].written;
                term->term = text_ndup(doc, shown, strlen(shown));
                if (term->term == NULL)
                    return -1;
            }
            term->weight += ev->weight;
            term->count++;
        }
    }
    if (e->terms.n > 1)
        qsort(e->terms.v, e->terms.n, sizeof *e->terms.v, by_weight);
    return 0;
}

/* The entity's key: its canonical name folded, so that one speaker
 * spelled أنتوني بلينكن and أنتونى بلينكن in two articles is one. */
static int fold_key(qawlp_doc *doc, qawlp_entity *e, qawlp_buf *b)
{
    if (e->name == NULL)
        return 0;
    b->len = 0;
    if (qawlp_fold_string(e->name, strlen(e->name), b))
        return -1;
    e->key = text_ndup(doc, b->data, b->len);   /* in doc->texts */
    return e->key != NULL ? 0 : -1;
}

/* Gives entity EI a public speaker view when it has none yet. */
static int make_public(qawlp_doc *doc, int ei)
{
    qawlp_entity *e = &doc->entities.v[ei];

    if (e->public_id == 0) {
        struct qawl_speaker *s = QAWLP_PUSH(doc->speakers);
        if (s == NULL)
            return -1;
        e->public_id = (int)doc->speakers.n;
        s->r = doc;
    }
    return 0;
}

/* Numbers the entities that have quotes, in the order they first speak,
 * then those that only act (so acts never renumber quote speakers). */
static int build_speakers(qawlp_doc *doc)
{
    size_t i;
    qawlp_buf fold = {0};   /* each key folded here, then copied */

    for (i = 0; i < doc->quotes.n; i++) {
        int ei = doc->quotes.v[i].entity;
        qawlp_entity *e;
        if (ei < 0)
            continue;
        e = &doc->entities.v[ei];
        if (e->public_id == 0) {
            struct qawl_speaker *s = QAWLP_PUSH(doc->speakers);
            if (s == NULL)
                return -1;
            e->public_id = (int)doc->speakers.n;
            s->r = doc;
        }
        if (QAWLP_PUSH(e->quotes) == NULL)
            return -1;
        e->quotes.v[e->quotes.n - 1] = i;
    }
    for (i = 0; i < doc->acts.n; i++) {
        int ei = doc->acts.v[i].q.entity;
        qawlp_entity *e;
        if (ei < 0)
            continue;
        if (make_public(doc, ei))
            return -1;
        e = &doc->entities.v[ei];
        if (QAWLP_PUSH(e->acts) == NULL)
            return -1;
        e->acts.v[e->acts.n - 1] = i;
    }
    /* Entities may have moved while pushing; point the views last. */
    for (i = 0; i < doc->entities.n; i++)
        if (doc->entities.v[i].public_id > 0)
            doc->speakers.v[doc->entities.v[i].public_id - 1].e =
                &doc->entities.v[i];
    for (i = 0; i < doc->quotes.n; i++) {
        int ei = doc->quotes.v[i].entity;
        doc->quotes.v[i].speaker_view =
            ei >= 0 ? &doc->speakers.v[doc->entities.v[ei].public_id - 1]
                    : NULL;
    }
    for (i = 0; i < doc->acts.n; i++) {
        int ei = doc->acts.v[i].q.entity;
        doc->acts.v[i].q.speaker_view =
            ei >= 0 ? &doc->speakers.v[doc->entities.v[ei].public_id - 1]
                    : NULL;
    }
    for (i = 0; i < doc->entities.n; i++)
        if (doc->entities.v[i].public_id > 0 &&
            (collect_terms(doc, &doc->entities.v[i]) ||
             fold_key(doc, &doc->entities.v[i], &fold))) {
            qawlp_buf_free(&fold);
            return -1;
        }
    qawlp_buf_free(&fold);
    return 0;
}

/* Gives every entity's aliases, quotes, acts and terms their room at
 * once, carved from DOC's blocks, so that the pushes of collect_aliases
 * and build_speakers never grow them and the result's free has none to
 * free (they were some 3,000 reallocations and 3,000 frees over 200
 * articles).  The room is counted first in each array's cap: a mention
 * gives its entity at most one alias, a quote one quote index and at
 * most one term per piece of evidence, an act one act index.  -1 when
 * out of memory. */
static int room_for_entities(qawlp_doc *doc)
{
    size_t i;

    for (i = 0; i < doc->mentions.n; i++)
        if (doc->mentions.v[i].entity >= 0)
            doc->entities.v[doc->mentions.v[i].entity].aliases.cap++;
    for (i = 0; i < doc->quotes.n; i++) {
        const struct qawl_quote *q = &doc->quotes.v[i];
        if (q->entity >= 0) {
            doc->entities.v[q->entity].quotes.cap++;
            doc->entities.v[q->entity].terms.cap += q->evidence.n;
        }
    }
    for (i = 0; i < doc->acts.n; i++)
        if (doc->acts.v[i].q.entity >= 0)
            doc->entities.v[doc->acts.v[i].q.entity].acts.cap++;
    for (i = 0; i < doc->entities.n; i++) {
        qawlp_entity *e = &doc->entities.v[i];
#define CARVE(vec)                                                          \
        (vec).v = text_array(doc, (vec).cap, sizeof *(vec).v);              \
        if ((vec).cap > 0 && (vec).v == NULL)                               \
            return -1;
        CARVE(e->aliases)
        CARVE(e->quotes)
        CARVE(e->acts)
        CARVE(e->terms)
#undef CARVE
    }
    return 0;
}

qawl_status qawlp_finish_run(qawlp_doc *doc, qawl_error *err)
{
    qawlp_place cur = {0, 0, 0};
    size_t i;

    /* names leave without bidi controls: a U+202E in an article must not
     * reverse the line a report prints the name on (issue 14) */
    for (i = 0; i < doc->entities.n; i++)
        if (doc->entities.v[i].name)
            qawlp_strip_bidi(doc->entities.v[i].name);
    for (i = 0; i < doc->quotes.n; i++)
        if (finish_quote(doc, i, &cur))
            goto nomem;
    cur.line = 0;   /* acts restart the walk from the text's start */
    for (i = 0; i < doc->acts.n; i++)
        if (finish_act(doc, i, &cur))
            goto nomem;
    if (room_for_entities(doc) || collect_aliases(doc) ||
        build_speakers(doc) || collect_unpaired(doc))
        goto nomem;
    return QAWL_OK;
nomem:
    return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                           "out of memory");
}

void qawl_result_free(qawl_result *doc)
{
    size_t i;

    if (doc == NULL)
        return;
    /* (the texts of each quote and act, its cue, mention, evidence and
     * steps, and the arrays of its evidence and steps are in doc->texts) */
    for (i = 0; i < doc->entities.n; i++) {
        qawlp_entity *e = &doc->entities.v[i];
        /* (its key, aliases and terms, and the arrays of them and of
         * its quotes and acts, are in doc->texts) */
        qawlp_free(e->name);
    }
    qawlp_free(doc->src);
    qawlp_phr_drop(doc);   /* left by a run stopped before entities */
    keep_spares(doc);   /* and the texts' blocks and DOC */
}

/* ------------------------------------------------------------- accessors */

const char *qawl_result_input(const qawl_result *r, size_t *len)
{
    if (len)
        *len = r->src_len;
    return r->src;
}

size_t qawl_result_quote_count(const qawl_result *r)
{
    return r->quotes.n;
}

const qawl_quote *qawl_result_quote(const qawl_result *r, size_t i)
{
    return i < r->quotes.n ? &r->quotes.v[i] : NULL;
}

size_t qawl_result_unpaired_mark_count(const qawl_result *r)
{
    return r->unpaired.n;
}

size_t qawl_result_unpaired_mark(const qawl_result *r, size_t i, size_t *line,
                                 size_t *column)
{
    if (i >= r->unpaired.n)
        return (size_t)-1;
    if (line)
        *line = r->unpaired.v[i].line;
    if (column)
        *column = r->unpaired.v[i].column;
    return r->unpaired.v[i].offset;
}

size_t qawl_result_speaker_count(const qawl_result *r)
{
    return r->speakers.n;
}

const qawl_speaker *qawl_result_speaker(const qawl_result *r, size_t i)
{
    return i < r->speakers.n ? &r->speakers.v[i] : NULL;
}

size_t qawl_quote_id(const qawl_quote *q)
{
    return q->id;
}

void qawl_quote_span(const qawl_quote *q, size_t *start, size_t *end)
{
    if (start)
        *start = q->start;
    if (end)
        *end = q->end;
}

void qawl_quote_position(const qawl_quote *q, size_t *line, size_t *column)
{
    if (line)
        *line = q->line;
    if (column)
        *column = q->column;
}

const char *qawl_quote_text(const qawl_quote *q)
{
    return q->text;
}

qawl_quote_type qawl_quote_kind(const qawl_quote *q)
{
    return q->type;
}

const char *qawl_quote_cue(const qawl_quote *q, size_t *start, size_t *end)
{
    if (start)
        *start = q->cue_start;
    if (end)
        *end = q->cue_end;
    return q->cue_text;
}

const qawl_speaker *qawl_quote_speaker(const qawl_quote *q)
{
    return q->speaker_view;
}

const char *qawl_quote_mention(const qawl_quote *q, size_t *start,
                               size_t *end)
{
    if (start)
        *start = q->mention_start;
    if (end)
        *end = q->mention_end;
    return q->mention_text;
}

const char *qawl_quote_rule(const qawl_quote *q)
{
    return qawlp_rules[q->rule == QAWLP_RULE_UNSET ? QAWLP_RULE_NONE
                                                   : q->rule].name;
}

double qawl_quote_confidence(const qawl_quote *q)
{
    return q->confidence;
}

qawl_stance qawl_quote_stance(const qawl_quote *q, double *score)
{
    if (score)
        *score = q->score;
    return q->stance;
}

size_t qawl_quote_evidence_count(const qawl_quote *q)
{
    return q->evidence.n;
}

const char *qawl_quote_evidence(const qawl_quote *q, size_t i, size_t *start,
                                size_t *end, double *weight,
                                const char **modifier)
{
    const qawlp_evidence *ev;

    if (i >= q->evidence.n)
        return NULL;
    ev = &q->evidence.v[i];
    if (start)
        *start = ev->start;
    if (end)
        *end = ev->end;
    if (weight)
        *weight = ev->weight;
    if (modifier)
        *modifier = ev->modifier;
    return ev->term;
}

const char *qawl_quote_evidence_frame(const qawl_quote *q, size_t i)
{
    return i < q->evidence.n ? qawlp_frame_name(q->evidence.v[i].frame)
                             : NULL;
}

size_t qawl_quote_candidate_count(const qawl_quote *q)
{
    return q->steps.n;
}

const char *qawl_quote_candidate(const qawl_quote *q, size_t i,
                                 const char **rule, const char **verdict)
{
    const qawlp_step *st;

    if (i >= q->steps.n)
        return NULL;
    st = &q->steps.v[i];
    if (rule)
        *rule = qawlp_rules[st->rule].name;
    if (verdict)
        *verdict = st->verdict;
    return st->text;
}

size_t qawl_speaker_id(const qawl_speaker *s)
{
    return (size_t)s->e->public_id;
}

const char *qawl_speaker_name(const qawl_speaker *s)
{
    return s->e->name ? s->e->name : "";
}

int qawl_speaker_is_named(const qawl_speaker *s)
{
    return s->e->kind != QAWL_SPEAKER_PERSON || s->e->named;
}

const char *qawl_speaker_key(const qawl_speaker *s)
{
    return s->e->key ? s->e->key : "";
}

qawl_speaker_kind qawl_speaker_kind_of(const qawl_speaker *s)
{
    return (qawl_speaker_kind)s->e->kind;
}

size_t qawl_speaker_alias_count(const qawl_speaker *s)
{
    return s->e->aliases.n;
}

const char *qawl_speaker_alias(const qawl_speaker *s, size_t i)
{
    return i < s->e->aliases.n ? s->e->aliases.v[i] : NULL;
}

size_t qawl_speaker_term_count(const qawl_speaker *s)
{
    return s->e->terms.n;
}

const char *qawl_speaker_term(const qawl_speaker *s, size_t i, double *weight,
                              size_t *count)
{
    const qawlp_term *t;

    if (i >= s->e->terms.n)
        return NULL;
    t = &s->e->terms.v[i];
    if (weight)
        *weight = t->weight;
    if (count)
        *count = t->count;
    return t->term;
}

size_t qawl_speaker_quote_count(const qawl_speaker *s)
{
    return s->e->quotes.n;
}

const qawl_quote *qawl_speaker_quote(const qawl_speaker *s, size_t i)
{
    return i < s->e->quotes.n ? &s->r->quotes.v[s->e->quotes.v[i]] : NULL;
}

const char *qawl_quote_type_name(qawl_quote_type t)
{
    return t == QAWL_QUOTE_DIRECT ? "direct" : "indirect";
}

const char *qawl_speaker_kind_name(qawl_speaker_kind k)
{
    switch (k) {
    case QAWL_SPEAKER_ORGANISATION: return "organisation";
    case QAWL_SPEAKER_ANONYMOUS: return "anonymous";
    default: return "person";
    }
}

const char *qawl_stance_name(qawl_stance s)
{
    switch (s) {
    case QAWL_STANCE_DEESCALATION: return "de-escalation";
    case QAWL_STANCE_ESCALATION: return "escalation";
    default: return "neutral";
    }
}

/* ------------------------------------------------------------------ acts */

size_t qawl_result_act_count(const qawl_result *r)
{
    return r->acts.n;
}

const qawl_act *qawl_result_act(const qawl_result *r, size_t i)
{
    return i < r->acts.n ? &r->acts.v[i] : NULL;
}

/* An act's speaker, rule, stance and evidence are those of its quote
 * record: the accessors below read them through the quote ones. */

size_t qawl_act_id(const qawl_act *a)
{
    return a->q.id;
}

qawl_act_class qawl_act_class_of(const qawl_act *a)
{
    return a->cls;
}

const char *qawl_act_class_name(qawl_act_class cls)
{
    static const char *const names[QAWL_ACT_CLASS_COUNT] = {
        "call", "demand", "warning", "accusation", "denial",
        "condemnation", "threat", "announcement", "welcome"
    };

    return (int)cls >= 0 && cls < QAWL_ACT_CLASS_COUNT ? names[cls] : "?";
}

void qawl_act_span(const qawl_act *a, size_t *start, size_t *end)
{
    if (start)
        *start = a->start;
    if (end)
        *end = a->end;
}

const char *qawl_act_verb(const qawl_act *a, size_t *start, size_t *end)
{
    return qawl_quote_cue(&a->q, start, end);
}

const char *qawl_act_object(const qawl_act *a, size_t *start, size_t *end)
{
    qawl_quote_span(&a->q, start, end);
    return a->q.text;
}

void qawl_act_position(const qawl_act *a, size_t *line, size_t *column)
{
    qawl_quote_position(&a->q, line, column);
}

const qawl_speaker *qawl_act_speaker(const qawl_act *a)
{
    return a->q.speaker_view;
}

const char *qawl_act_mention(const qawl_act *a, size_t *start, size_t *end)
{
    return qawl_quote_mention(&a->q, start, end);
}

const char *qawl_act_rule(const qawl_act *a)
{
    return qawl_quote_rule(&a->q);
}

double qawl_act_confidence(const qawl_act *a)
{
    return a->q.confidence;
}

size_t qawl_act_candidate_count(const qawl_act *a)
{
    return a->q.steps.n;
}

const char *qawl_act_candidate(const qawl_act *a, size_t i, const char **rule,
                               const char **verdict)
{
    return qawl_quote_candidate(&a->q, i, rule, verdict);
}

qawl_stance qawl_act_stance(const qawl_act *a, double *score)
{
    return qawl_quote_stance(&a->q, score);
}

size_t qawl_act_evidence_count(const qawl_act *a)
{
    return a->q.evidence.n;
}

const char *qawl_act_evidence(const qawl_act *a, size_t i, size_t *start,
                              size_t *end, double *weight,
                              const char **modifier)
{
    return qawl_quote_evidence(&a->q, i, start, end, weight, modifier);
}

const char *qawl_act_evidence_frame(const qawl_act *a, size_t i)
{
    return qawl_quote_evidence_frame(&a->q, i);
}

size_t qawl_speaker_act_count(const qawl_speaker *s)
{
    return s->e->acts.n;
}

const qawl_act *qawl_speaker_act(const qawl_speaker *s, size_t i)
{
    return i < s->e->acts.n ? &s->r->acts.v[s->e->acts.v[i]] : NULL;
}
