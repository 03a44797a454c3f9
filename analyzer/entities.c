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
 * The canonical name is the fullest personal name, else the longest
 * mention.
 */
#include <config.h>

#include <string.h>

#include "internal.h"
#include "phrase.h"

typedef qawlp_phr ctx;

/* ------------------------------------------------------------ clustering */

/* Folded words of mention M, as " w1 w2 … " for containment. */
static int folded_words(const ctx *c, const qawlp_mention *m, qawlp_buf *out)
{
    size_t i;

    if (qawlp_buf_append(out, " ", 1))
        return -1;
    for (i = m->first; i < m->last; i++) {
        const qawlp_token *t = qawlp_phr_tok(c, i);
        size_t v = i == m->first ? m->lead_var : 0;
        if (t->kind != QAWLP_TOK_WORD)
            continue;
        if (qawlp_buf_append(out, c->doc->norm + t->start + t->var_skip[v],
                             t->var_len[v]) ||
            qawlp_buf_append(out, " ", 1))
            return -1;
    }
    return 0;
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
    size_t left = t->var_len[0], n = 0;

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
 * apart. */
static int same_name_word(const ctx *c, const qawlp_token *x,
                          const qawlp_token *y)
{
    uint32_t a[MAX_LETTERS], b[MAX_LETTERS];
    size_t na, nb;

    if (y->var_len[0] == x->var_len[0] &&
        memcmp(c->doc->norm + x->start + x->var_skip[0],
               c->doc->norm + y->start + y->var_skip[0], x->var_len[0]) == 0)
        return 1;
    na = letters(c, x, a);
    nb = letters(c, y, b);
    return na >= VARIANT_MIN_LETTERS && nb >= VARIANT_MIN_LETTERS &&
           one_edit(a, na, b, nb);
}

int qawlp_share_name(const ctx *c, const qawlp_mention *a,
                      const qawlp_mention *b)
{
    size_t i, j;

    for (i = a->name_first; i < a->name_last; i++) {
        const qawlp_token *x = qawlp_phr_tok(c, i);
        if (x->kind != QAWLP_TOK_WORD || x->var_len[0] < 6 ||
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

/* Whether the words of mention A occur in order inside mention B. */
static int contained(const ctx *c, const qawlp_mention *a,
                     const qawlp_mention *b, int *nomem)
{
    qawlp_buf x = {0}, y = {0};
    int r = 0;

    if (folded_words(c, a, &x) || folded_words(c, b, &y))
        *nomem = 1;
    else
        r = x.len > 2 && strstr(y.data, x.data) != NULL;
    qawlp_buf_free(&x);
    qawlp_buf_free(&y);
    return r;
}

/* The entity mention M belongs to, or -1 for a new one. */
static int find_entity(const ctx *c, const qawlp_mention *m, int *nomem)
{
    size_t k;

    /* The most recent mention first: a title names the latest holder.
     * Only the mentions before M have an entity yet. */
    for (k = (size_t)(m - c->doc->mentions.v); k-- > 0;) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->entity < 0 || o == m)
            continue;
        if (m->kind == QAWL_SPEAKER_PERSON && o->kind == QAWL_SPEAKER_PERSON) {
            if (!m->title_only && !o->title_only && qawlp_share_name(c, m, o))
                return o->entity;
            if (m->title_only && contained(c, m, o, nomem))
                return o->entity;
            if (o->title_only && contained(c, o, m, nomem))
                return o->entity;
        } else if (m->kind == o->kind) {
            if (contained(c, m, o, nomem) || contained(c, o, m, nomem))
                return o->entity;
        }
        if (*nomem)
            return -1;
    }
    return -1;
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

/* Sets the canonical name of entity E: the fullest personal name, else the
 * longest mention. */
static int name_entity(ctx *c, qawlp_entity *e, size_t eidx)
{
    size_t k, best_len = 0;
    int best = -1, best_is_name = 0, best_noun = 1;

    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *m = &c->doc->mentions.v[k];
        size_t len;
        int is_name = m->name_last > m->name_first;
        if (m->entity != (int)eidx)
            continue;
        /* تصريحات ماكلين names ماكلين only when nothing else does */
        if (m->noun_led && !best_noun)
            continue;
        if (!m->noun_led && best_noun) {
            best = -1;
            best_len = 0;
            best_is_name = 0;
        }
        best_noun = m->noun_led;
        /* Without a title to set it apart, the name is the whole phrase
         * (الولايات المتحدة). */
        is_name = is_name && (m->titled || m->name_cut);
        len = is_name ? qawlp_phr_tok(c, m->name_last - 1)->end - qawlp_phr_tok(c, m->name_first)->start
                      : qawlp_phr_tok(c, m->last - 1)->end - qawlp_phr_tok(c, m->first)->start;
        if ((is_name && !best_is_name) || (is_name == best_is_name && len > best_len)) {
            best = (int)k;
            best_len = len;
            best_is_name = is_name;
        }
    }
    if (best < 0)
        return 0;
    e->mention = best;
    {
        const qawlp_mention *m = &c->doc->mentions.v[best];
        e->name = best_is_name
                      ? input_text(c->doc, c->lex, m, m->name_first, m->name_last)
                      : input_text(c->doc, c->lex, m, m->first, m->last);
    }
    return e->name ? 0 : -1;
}

/* Whether tokens I and J are the same word (their least-stripped keys). */
static int same_word(const ctx *c, size_t i, size_t j)
{
    const qawlp_token *x = qawlp_phr_tok(c, i), *y = qawlp_phr_tok(c, j);

    return x->kind == QAWLP_TOK_WORD && y->kind == QAWLP_TOK_WORD &&
           x->var_len[0] == y->var_len[0] &&
           memcmp(c->doc->norm + x->start + x->var_skip[0],
                  c->doc->norm + y->start + y->var_skip[0], x->var_len[0]) == 0;
}

/* Whether the N words at FIRST occur in order in the name of a mention
 * other than M: anywhere (AT_END 0), or at the end of a longer name
 * (AT_END 1: ظريف in محمد جواد ظريف). */
static int words_in_a_name(const ctx *c, const qawlp_mention *m,
                           size_t first, size_t n, int at_end)
{
    size_t k, i, s;

    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        /* the same phrase found twice (a participle's sentence subject
         * and its verb's turn) is no other name */
        if (o == m || o->first == m->first ||
            o->name_last - o->name_first < (at_end ? n + 1 : n))
            continue;
        for (s = at_end ? o->name_last - n : o->name_first;
             s + n <= o->name_last; s++) {
            for (i = 0; i < n && same_word(c, first + i, s + i); i++)
                ;
            if (i == n)
                return 1;
        }
    }
    return 0;
}

/* A word that cannot go on a name the document already gave: it has the
 * article, alone or after a preposition (الهجوم، بالقضاء), or it is a cue
 * (تصريحات). */
static int object_word(const ctx *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v;

    if (qawlp_phr_is_cue(c, i))
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
static void cut_at_known_names(ctx *c)
{
    size_t k, n, len;

    for (k = 0; k < c->doc->mentions.n; k++) {
        qawlp_mention *m = &c->doc->mentions.v[k];
        len = m->name_last - m->name_first;
        if (m->kind != QAWL_SPEAKER_PERSON || len == 0 ||
            (len == 1 && m->name_last == m->last))
            continue;
        /* the name may end before the mention does (ظريف تصريحات …) */
        for (n = m->name_last < m->last ? len : len - 1; n >= 1; n--) {
            size_t next = m->name_first + n;
            if (qawlp_phr_is_as_written(c, next, QAWLP_TITLE_SECTIONS |
                                           QAWLP_BIT(QAWLP_SEC_NISBA) |
                                           QAWLP_BIT(QAWLP_SEC_PARTICLE)) ||
                !object_word(c, next) ||
                words_in_a_name(c, m, m->name_first, n + 1, 0))
                continue;
            /* one word only as the surname of a fuller name (ظريف), and
             * not after a title: خبير المياه أحمد المفتي keeps its name */
            if ((n > 1 || !m->titled) &&
                words_in_a_name(c, m, m->name_first, n, n == 1)) {
                m->name_last = m->last = (uint32_t)next;
                m->name_cut = 1;
                break;
            }
        }
    }
}

/* How far back a bare head (الوزارة) looks for the body it names. */
#define HEAD_REACH 64

/* The lexicon slot of the body or document head word at token I, read
 * with the article stripped (WITH_ARTICLE: الوزارة) or as written after a
 * conjunction (وزارة); -1 when it is no such head. */
static int32_t head_slot(const ctx *c, size_t i, int with_article)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v, want = with_article ? c->lex->article_len : 0;

    for (v = 0; v < t->nvar; v++) {
        size_t skip = t->var_skip[v] - (t->var_skip[v] >= t->conj ? t->conj : 0);
        if (t->var_slot[v] >= 0 && skip == want &&
            (c->lex->slots[t->var_slot[v]].sections &
             (QAWLP_BIT(QAWLP_SEC_ORGHEAD) | QAWLP_BIT(QAWLP_SEC_DOCUMENT))))
            return t->var_slot[v];
    }
    return -1;
}

/* The entity a bare head (الوزارة، المنظمة، البيان) names: the body or
 * document named with that head most recently before it (وزارة الصحة،
 * منظمة الصحة العالمية، بيان الخارجية), or -1. */
static int head_antecedent(const ctx *c, const qawlp_mention *m)
{
    size_t at = (size_t)(m - c->doc->mentions.v), k;
    int32_t slot;

    if (m->kind == QAWL_SPEAKER_PERSON || m->last - m->first != 1 ||
        m->lead_var != 0 || (slot = head_slot(c, m->first, 1)) < 0)
        return -1;
    for (k = at; k-- > 0 && k + HEAD_REACH >= at;) {
        const qawlp_mention *o = &c->doc->mentions.v[k];
        if (o->kind != QAWL_SPEAKER_PERSON && o->last - o->first >= 2 &&
            o->lead_var == 0 && head_slot(c, o->first, 0) == slot)
            return o->entity;
    }
    return -1;
}

/* How far back, in tokens, a body named only by its bare head looks for
 * the words that name it in full. */
#define HEAD_TOKEN_REACH 400

/* Whether mention M is a bare head: one word, a body's or document's head
 * with the article (الوزارة، المنظمة، البيان). */
static int is_bare_head(const ctx *c, const qawlp_mention *m)
{
    return m->kind != QAWL_SPEAKER_PERSON && m->last - m->first == 1 &&
           m->lead_var == 0 && head_slot(c, m->first, 1) >= 0;
}

/* Where the body that the bare head at token AT names is named in full
 * before it (منظمة الصحة العالمية … ثم قالت المنظمة): the start of that
 * phrase, its end in *END; 0 when there is none within reach. */
static size_t full_name_before(const ctx *c, size_t at, size_t *end)
{
    int32_t slot = head_slot(c, at, 1);
    size_t i;

    for (i = at; i-- > 0 && i + HEAD_TOKEN_REACH > at;) {
        if (head_slot(c, i, 0) != slot)
            continue;
        *end = qawlp_phr_end(c, i);
        if (*end >= i + 2 && *end <= at)
            return i;
    }
    return 0;
}

/* Gives each entity named only by bare heads the phrase that names it in
 * full earlier in the text, as one more mention, so that its canonical
 * name is that phrase rather than الوزارة.  Returns -1 when out of
 * memory. */
static int name_bare_heads(ctx *c)
{
    size_t n = c->doc->entities.n, k, first, end;
    int *lead = qawlp_malloc((n + 1) * sizeof *lead);

    if (lead == NULL)
        return -1;
    for (k = 0; k < n; k++)
        lead[k] = -1;    /* the first mention, or -2: not all bare */
    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *m = &c->doc->mentions.v[k];
        if (!is_bare_head(c, m))
            lead[m->entity] = -2;
        else if (lead[m->entity] == -1)
            lead[m->entity] = (int)k;
    }
    for (k = 0; k < n; k++) {
        const qawlp_mention *m;
        int added;
        if (lead[k] < 0)
            continue;
        m = &c->doc->mentions.v[lead[k]];
        first = full_name_before(c, m->first, &end);
        if (end == 0 || first == 0)
            continue;
        added = qawlp_phr_add_mention(c, first, end, 0, 0);
        if (added < 0) {
            qawlp_free(lead);
            return -1;
        }
        /* a phrase that turns out to name a person is someone else */
        if (c->doc->mentions.v[added].kind == QAWL_SPEAKER_PERSON)
            c->doc->mentions.n--;
        else
            c->doc->mentions.v[added].entity = (int)k;
    }
    qawlp_free(lead);
    return 0;
}

static int cluster(ctx *c)
{
    size_t k;
    int nomem = 0;

    for (k = 0; k < c->doc->mentions.n; k++) {
        qawlp_mention *m = &c->doc->mentions.v[k];
        int e = head_antecedent(c, m);
        if (e < 0)
            e = find_entity(c, m, &nomem);
        if (nomem)
            return -1;
        if (e < 0) {
            qawlp_entity *en = QAWLP_PUSH(c->doc->entities);
            if (en == NULL)
                return -1;
            en->kind = m->kind;
            e = (int)(c->doc->entities.n - 1);
        }
        m->entity = e;
        /* Gender and number come from the first mention that shows them;
         * a mention led by a reporting noun shows the noun's, so it is
         * heard only when no other mention speaks (below). */
        if (m->noun_led)
            continue;
        if (!c->doc->entities.v[e].gender)
            c->doc->entities.v[e].gender = m->gender;
        if (!c->doc->entities.v[e].number)
            c->doc->entities.v[e].number = m->number;
    }
    for (k = 0; k < c->doc->mentions.n; k++) {
        const qawlp_mention *m = &c->doc->mentions.v[k];
        qawlp_entity *en = &c->doc->entities.v[m->entity];
        if (!m->noun_led)
            continue;
        if (!en->gender)
            en->gender = m->gender;
        if (!en->number)
            en->number = m->number;
    }
    if (name_bare_heads(c))
        return -1;
    for (k = 0; k < c->doc->entities.n; k++)
        if (name_entity(c, &c->doc->entities.v[k], k))
            return -1;
    return 0;
}

qawl_status qawlp_entities_run(qawlp_doc *doc, const qawl_lexicon *lex,
                               qawl_error *err)
{
    qawlp_phr c;
    size_t i;
    int failed;

    if (qawlp_phr_init(&c, doc, lex))
        goto nomem;
    cut_at_known_names(&c);
    failed = cluster(&c);
    qawlp_phr_free(&c);
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
