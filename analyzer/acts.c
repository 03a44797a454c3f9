/*
 * acts.c — stage 6: acts, what speakers did and not only what they said.
 *
 * Input: tokens, cues and quotes (the quotes stage has decided every
 * quote).  Output: doc->acts, in text order: each verb of acts.txt (a
 * call, demand, warning, accusation, denial, condemnation, threat,
 * announcement or welcome) that takes a noun phrase, with its class and
 * the extent of its object.  The later stages treat an act like a quote:
 * mentions finds its subject, attribute picks its speaker with the quote
 * rules (after every quote is attributed), stance scores it.
 *
 * Invariants.  A clause that is a quote stays a quote: a verb inside a
 * quote or serving as a quote's cue is no act, a verb followed by a
 * complementiser before its object opens is a content clause (a quote by
 * GUIDELINES.md, even where the quotes stage found none), and an object
 * stops where a quote begins.  So acts never overlap quotes.  A negated
 * verb (لم تدن) is no act: the source did not do it.
 *
 * The object.  It opens after the verb's preposition when acts.txt gives
 * one (إلى of دعا إلى; a glued ب stays with its word, as spans follow
 * words), else right after the verb (the subject, once the mentions stage
 * has found it, is cut off by finish).  It runs to the clause's end: the
 * sentence's end, a line break, a semicolon or a colon, a quote or an
 * unpaired quotation mark (marks around a name or a term are crossed),
 * a complementiser, the next reporting cue or act verb, or an
 * [object_end] word after a comma (the writer's aside: في وقت، بينما).
 * Commas alone do not end it: a list of demands is one act.  The verb of
 * an attribution phrase (بحسب ما أعلنت …) is no act.
 *
 * Cost: one pass over the tokens; quotes and cues are sorted by position
 * and walked alongside it, so the stage is linear in the text.
 */
#include <config.h>

#include <string.h>

#include "internal.h"

#define ACT_SECTIONS                                                      \
    (QAWLP_BIT(QAWLP_SEC_ACT_CALL) | QAWLP_BIT(QAWLP_SEC_ACT_DEMAND) |    \
     QAWLP_BIT(QAWLP_SEC_ACT_WARNING) |                                   \
     QAWLP_BIT(QAWLP_SEC_ACT_ACCUSATION) |                                \
     QAWLP_BIT(QAWLP_SEC_ACT_DENIAL) |                                    \
     QAWLP_BIT(QAWLP_SEC_ACT_CONDEMNATION) |                              \
     QAWLP_BIT(QAWLP_SEC_ACT_THREAT) |                                    \
     QAWLP_BIT(QAWLP_SEC_ACT_ANNOUNCEMENT) |                              \
     QAWLP_BIT(QAWLP_SEC_ACT_WELCOME))

/* How far after the verb its preposition is looked for: past a subject
 * of several words, an apposition and adverbs (دعا الأمين العام
 * للأمم المتحدة، أحمد سالم، الثلاثاء، إلى). */
#define PREP_WINDOW 16

/* What the tokens are, filled once: T_QUOTED for a token a quote holds
 * (its content or its cue), T_CUE for the first token of a reporting cue,
 * T_PASSIVE for a cue the writer vowelled as a passive, T_ACCORDING for
 * the verb of an attribution phrase "as X said" (بحسب ما أعلنت …). */
enum { T_QUOTED = 1, T_CUE = 2, T_PASSIVE = 4, T_ACCORDING = 8 };

typedef struct {
    qawlp_doc *doc;
    const qawl_lexicon *lex;
    uint8_t *mark;             /* T_* per token */
} ctx;

static const qawlp_token *tok(const ctx *c, size_t i)
{
    return &c->doc->tokens.v[i];
}

/* Marks the tokens of quotes and the starts of cues: both arrays are in
 * text order, and each token is marked once per quote or cue covering
 * it, so this costs the text's length. */
static void mark_tokens(ctx *c)
{
    size_t k, i;

    for (k = 0; k < c->doc->quotes.n; k++) {
        const struct qawl_quote *q = &c->doc->quotes.v[k];
        for (i = q->first; i < q->last && i < c->doc->tokens.n; i++)
            c->mark[i] |= T_QUOTED;
        if (q->cue >= 0) {
            const qawlp_cue *cue = &c->doc->cues.v[q->cue];
            for (i = cue->first; i < cue->last; i++)
                c->mark[i] |= T_QUOTED;
        }
    }
    for (k = 0; k < c->doc->cues.n; k++) {
        const qawlp_cue *cue = &c->doc->cues.v[k];
        /* only a cue that speaks ends an object: a reporting noun or
         * بحسب inside it is part of what was called for */
        if (cue->section == QAWLP_SEC_VERB ||
            cue->section == QAWLP_SEC_PARTICIPLE ||
            cue->section == QAWLP_SEC_DESCRIBE ||
            cue->section == QAWLP_SEC_RELAY)
            c->mark[cue->first] |= T_CUE;
        /* the cues stage reads the writer's vowels (وتُتهم): an act verb
         * that is also a cue keeps its voice */
        if (cue->passive)
            c->mark[cue->first] |= T_PASSIVE;
        /* بحسب ما أعلنت الوزارة، …: the verb names the source of what
         * follows, it is no act of its own */
        if (cue->section == QAWLP_SEC_ACCORDING && cue->entry >= 0 &&
            c->lex->entries.v[cue->entry].verb_next &&
            cue->last < c->doc->tokens.n)
            c->mark[cue->last] |= T_ACCORDING;
    }
}

static int is_punct(const ctx *c, size_t i, uint32_t cp)
{
    return tok(c, i)->kind == QAWLP_TOK_PUNCT && tok(c, i)->cp == cp;
}

/* Whether token I ends the sentence's clause for an act's object. */
static int ends_clause(const ctx *c, size_t i, size_t sentence)
{
    const qawlp_token *t = tok(c, i);

    if (t->sentence != sentence || t->kind == QAWLP_TOK_NEWLINE ||
        (c->mark[i] & T_QUOTED))
        return 1;
    /* marks that hold no quote hold a name or a term (منظمة «أطباء بلا
     * حدود»، دعا إلى «هدنة إنسانية»): the object goes on through them;
     * a mark left unpaired may open a quotation the quotes stage missed */
    if (t->kind == QAWLP_TOK_QMARK)
        return t->pair < 0;
    if (t->kind == QAWLP_TOK_PUNCT)
        return t->cp == '.' || t->cp == '!' || t->cp == '?' ||
               t->cp == 0x061F || t->cp == 0x061B || t->cp == ';' ||
               t->cp == ':';
    return 0;
}

/* Whether the words at I begin a new clause: a reporting cue or an act
 * verb (، وطالب بـ …، مؤكدا أن), a complementiser, or after a comma the
 * writer's aside ([object_end]). */
static int opens_clause(const ctx *c, size_t i, size_t from)
{
    size_t n;

    if (tok(c, i)->kind != QAWLP_TOK_WORD)
        return 0;
    if ((c->mark[i] & T_CUE) ||
        qawlp_is(c->doc, c->lex, i, QAWLP_BIT(QAWLP_SEC_COMP)) ||
        qawlp_match_variants(c->doc, c->lex, i, c->doc->tokens.n,
                             ACT_SECTIONS, QAWLP_STRIP_CONJ, &n) >= 0)
        return 1;
    return i > from && is_punct(c, i - 1, 0x060C) &&
           qawlp_match(c->doc, c->lex, i, c->doc->tokens.n,
                       QAWLP_BIT(QAWLP_SEC_ACT_END), &n) >= 0;
}

/* Bytes of the folded preposition PREP that open token I after its
 * conjunction: the whole word (إلى) or a glued letter (بوقف); 0 when
 * the token does not begin with it. */
static size_t prep_at(const ctx *c, size_t i, const char *prep)
{
    const qawlp_token *t = tok(c, i);
    size_t len = strlen(prep), from = t->start + t->conj;

    if (t->kind != QAWLP_TOK_WORD || t->end - from < len ||
        memcmp(c->doc->norm + from, prep, len) != 0)
        return 0;
    return len;
}

/* Finds where the object of the verb at [verb, after) opens: the token
 * after its preposition when the entry has one (إلى وقف → وقف), the glued
 * token itself (بتوسيع), or AFTER when the verb takes a direct object.
 * Returns the token, or END when the verb has no object here (a
 * participle whose preposition does not follow: مرحبا is also "hello"). */
static size_t object_start(const ctx *c, const qawlp_entry *en,
                           size_t after, size_t end)
{
    size_t k;

    if (en->prep == NULL || en->charge)
        return after;
    for (k = after; k < end && k < after + PREP_WINDOW; k++) {
        size_t n = prep_at(c, k, en->prep);
        if (n == 0)
            continue;
        if (tok(c, k)->end - tok(c, k)->start - tok(c, k)->conj == n)
            return k + 1;          /* a separate word: left out */
        return k;                  /* glued: stays with its word */
    }
    return after;
}

/* Whether a participle at I stands as a circumstantial clause: after a
 * comma or joined by و (…، داعيا إلى …).  Elsewhere the same letters are
 * often a noun (مطالبة "a demand", مطالبه "his demands"). */
static int circumstantial(const ctx *c, size_t i)
{
    return tok(c, i)->conj > 0 ||
           (i > 0 && qawlp_is_comma(c->doc, i - 1));
}

/* Whether the token before the verb at I negates it (لم تدن، لا يدعو):
 * a one-word negator of the stance modifiers (a negative factor). */
static int negated(const ctx *c, size_t i)
{
    size_t n;
    int e;

    if (i == 0 || tok(c, i - 1)->kind != QAWLP_TOK_WORD ||
        tok(c, i - 1)->sentence != tok(c, i)->sentence)
        return 0;
    e = qawlp_match(c->doc, c->lex, i - 1, i, QAWLP_BIT(QAWLP_SEC_NEGATION),
                    &n);
    return e >= 0 && c->lex->entries.v[e].factor < 0;
}

/* Most words of a subject with a relative aside (وأعلن الجيش الإسرائيلي،
 * الذي …): more, and the words before the comma hold the object too
 * (وأدان المجلس الجرائم …، والتي …). */
#define SUBJECT_ASIDE_WORDS 3

/* Whether the object [FIRST, LAST) is only the subject and the relative
 * pronoun opening its aside (الجيش، الذي …): a few words, a comma, and
 * the pronoun that ends it. */
static int subject_relative(const ctx *c, size_t first, size_t last)
{
    size_t k;

    if (last < first + 3 || last > first + SUBJECT_ASIDE_WORDS + 2 ||
        !qawlp_is(c->doc, c->lex, last - 1, QAWLP_BIT(QAWLP_SEC_RELATIVE)) ||
        !qawlp_is_comma(c->doc, last - 2))
        return 0;
    for (k = first; k < last - 2; k++)
        if (tok(c, k)->kind != QAWLP_TOK_WORD)
            return 0;
    return 1;
}

/* Reads the act whose verb is entry E at tokens [i, i + n).  Returns the
 * token where the scan goes on, after pushing the act when there is one;
 * (size_t)-1 when out of memory. */
static size_t read_act(ctx *c, size_t i, size_t n, int e)
{
    const qawlp_entry *en = &c->lex->entries.v[e];
    size_t sentence = tok(c, i)->sentence, end, first, last, k;
    struct qawl_act *a;

    for (end = i + n; end < c->doc->tokens.n; end++)
        if (ends_clause(c, end, sentence) || opens_clause(c, end, i + n))
            break;
    first = object_start(c, en, i + n, end);
    /* A complementiser where the object would be makes a content clause,
     * a quote whether or not the quotes stage took it: right after the
     * preposition (دعا إلى أن), or after no preposition, the words before
     * it being the subject (نفى الجيش أن يكون). */
    if (end < c->doc->tokens.n && tok(c, end)->kind == QAWLP_TOK_WORD &&
        qawlp_is(c->doc, c->lex, end, QAWLP_BIT(QAWLP_SEC_COMP)) &&
        first == i + n)
        return end;
    for (last = end; last > first && tok(c, last - 1)->kind != QAWLP_TOK_WORD;
         last--)
        ;
    /* an object that opens with a word pointing back (عما أعلنت عنه
     * إسرائيل، وهو ما أدانته …) is the writer's summary of another
     * clause: no act ([resumptive] of acts.txt); one cut by the
     * subject's relative clause (وأعلن الجيش، الذي يشدد على …) does not
     * hold what was announced */
    if (last <= first ||
        qawlp_match(c->doc, c->lex, first, last,
                    QAWLP_BIT(QAWLP_SEC_ACT_RESUMPTIVE), &k) >= 0 ||
        (first == i + n && subject_relative(c, first, last)))
        return end;
    a = QAWLP_PUSH(c->doc->acts);
    if (a == NULL)
        return (size_t)-1;
    a->entry = e;
    a->cls = (qawl_act_class)(en->section - QAWLP_SEC_ACT_CALL);
    a->obj_first = (uint32_t)first;
    if (en->charge)   /* the accused and the charge are the object */
        for (k = i + n; k < end && k < i + n + PREP_WINDOW; k++)
            if (prep_at(c, k, en->prep) > 0) {
                a->charge_at = (uint32_t)k;
                break;
            }
    a->prep_found = !en->charge &&
                    (first > i + n || (en->prep && first == i + n &&
                                       prep_at(c, first, en->prep) > 0));
    a->verb.first = (uint32_t)i;
    a->verb.last = (uint32_t)(i + n);
    a->verb.entry = e;
    /* a participle has no subject of its own, like مضيفا */
    a->verb.section = en->participle ? QAWLP_SEC_PARTICIPLE : QAWLP_SEC_VERB;
    a->verb.gender = en->gender;
    a->verb.number = en->number;
    a->verb.conj = tok(c, i)->conj > 0 && qawlp_var_slot(c->doc, tok(c, i), 0) < 0;
    a->verb.passive = (c->mark[i] & T_PASSIVE) != 0;
    a->q.cue = -1;
    a->q.mention = -1;
    a->q.entity = -1;
    a->q.act = c->doc->acts.n;
    a->q.type = QAWL_QUOTE_INDIRECT;
    a->q.first = (uint32_t)i;      /* the scorer reads verb and object */
    a->q.last = (uint32_t)last;
    a->q.nstart = tok(c, first)->start;
    a->q.nend = tok(c, last - 1)->end;
    return end;
}

qawl_status qawlp_acts_run(qawlp_doc *doc, const qawl_lexicon *lex,
                           qawl_error *err)
{
    ctx c;
    size_t i = 0;

    c.doc = doc;
    c.lex = lex;
    c.mark = qawlp_calloc(doc->tokens.n + 1, 1);
    if (c.mark == NULL)
        goto nomem;
    mark_tokens(&c);
    while (i < doc->tokens.n) {
        const qawlp_token *v = doc->tokens.v;
        size_t ntok = doc->tokens.n, n = 0, next;
        int e;

        /* Most tokens are no act's verb, and a look at their slots'
         * sections says so: they are passed in a loop of their own,
         * which reads the token array's place and length once (a call
         * below may change what the compiler must assume of them). */
        while (i < ntok && (v[i].kind != QAWLP_TOK_WORD ||
                            (c.mark[i] & (T_QUOTED | T_ACCORDING)) ||
                            !(qawlp_token_sections(doc, lex, &v[i]) &
                              ACT_SECTIONS)))
            i++;
        if (i == ntok)
            break;
        e = qawlp_match_keys(doc, lex, i, ntok, ACT_SECTIONS,
                             QAWLP_STRIP_CONJ, &n);
        if (e < 0 || negated(&c, i) ||
            (lex->entries.v[e].participle && !circumstantial(&c, i))) {
            i++;
            continue;
        }
        next = read_act(&c, i, n, e);
        if (next == (size_t)-1)
            goto nomem;
        i = next > i + n ? next : i + n;
    }
    qawlp_free(c.mark);
    return QAWL_OK;
nomem:
    qawlp_free(c.mark);
    return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                           "out of memory");
}
