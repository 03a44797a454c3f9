/*
 * attribute.c — stage 7: each quote's speaker, the rule, a confidence.
 *
 * Input: quotes with the mention their cue names (mentions stage).  Output:
 * q->entity, q->rule and q->confidence for every quote.  Rules, in order:
 *
 *   explicit-subject     the cue names its subject (وقال بلينكن …)
 *   subject-after-quote  "…"، قال المتحدث
 *   subject-before-cue   الصفدي، في مؤتمر صحافي، أكد أن …
 *   headline-colon       ترامب: "…"
 *   according-to         بحسب المصدر / وفقا ل …
 *   relayed-source       نقلت الوكالة عن المصدر أن …: the source
 *   sentence-subject     …، مشيرا إلى: the subject of an earlier cue of
 *                        the same sentence
 *   participle           مضيفا أن …: the subject of the clause it hangs on
 *   continuation         وأضاف / وتابع with no subject: the previous
 *                        speaker, when the verb's gender and number agree
 *   continuation-paragraph  a paragraph that is only a quotation
 *   nearest-mention      continuation whose previous speaker disagrees:
 *                        the latest speaker who agrees
 *   none                 no source in the article (speaker null)
 *
 * Confidences are fixed per rule, from how often each rule is right on
 * real articles, and lowered when the source is far away (another
 * paragraph) or its agreement is unknown.
 */
#include <config.h>

#include <string.h>

#include "internal.h"

/* The rules and their confidences: how often each rule names the right
 * speaker on real articles (tests/calibration.py prints the table;
 * README.md quotes it).  A rule that leans on an earlier attribution
 * (continuation, participle) is never more confident than that
 * attribution.  This table is the one place a rule's name and confidence
 * are decided. */
const qawlp_rule_def qawlp_rules[QAWLP_RULE_COUNT] = {
    [QAWLP_RULE_UNSET] = {"none", 0.3},
    [QAWLP_RULE_EXPLICIT] = {"explicit-subject", 0.95},
    [QAWLP_RULE_AFTER_QUOTE] = {"subject-after-quote", 0.9},
    [QAWLP_RULE_BEFORE_CUE] = {"subject-before-cue", 0.85},
    [QAWLP_RULE_COLON] = {"headline-colon", 0.8},
    [QAWLP_RULE_ACCORDING] = {"according-to", 0.75},
    [QAWLP_RULE_RELAYED] = {"relayed-source", 0.85},
    [QAWLP_RULE_SENTENCE] = {"sentence-subject", 0.75},
    [QAWLP_RULE_PARTICIPLE] = {"participle", 0.75},
    [QAWLP_RULE_CONTINUATION] = {"continuation", 0.9},
    [QAWLP_RULE_PARAGRAPH] = {"continuation-paragraph", 0.8},
    [QAWLP_RULE_NEAREST] = {"nearest-mention", 0.5},
    [QAWLP_RULE_PASSIVE] = {"passive", 0.3},
    [QAWLP_RULE_NONE] = {"none", 0.3},
};

/* Lowered when the previous speaker spoke more than this many paragraphs
 * before. */
#define FAR_PARAGRAPHS 2
#define FAR_PENALTY 0.15
/* How much less sure a source is whose phrase reads as a person by
 * elimination only (qawlp_mention.weak). */
#define WEAK_PENALTY 0.2

/* Whether a cue's gender and number allow entity E. */
static int agrees(const qawlp_cue *cue, const qawlp_entity *e)
{
    if (cue == NULL)
        return 1;
    if (cue->gender && e->gender && cue->gender != e->gender)
        return 0;
    if (cue->number && e->number && cue->number != e->number &&
        /* a plural of things agrees as a feminine singular (المصادر …
         * وأضافت), a plural of people too when it is a broken one: not
         * for a named person */
        !(cue->number == QAWLP_SING && cue->gender == QAWLP_FEM && e->number == QAWLP_PLUR &&
          e->kind != QAWL_SPEAKER_PERSON))
        return 0;
    /* A plural verb never continues a single named person. */
    if (cue->number == QAWLP_PLUR && e->kind == QAWL_SPEAKER_PERSON &&
        e->number != QAWLP_PLUR)
        return 0;
    return 1;
}

static size_t paragraph_of(const qawlp_doc *doc, const struct qawl_quote *q)
{
    return doc->sentences.v[doc->tokens.v[q->first].sentence].paragraph;
}

static size_t position_of(const qawlp_doc *doc, const struct qawl_quote *q);

/* What came before the quote or act being attributed: the quotes
 * [0, nquotes) and the acts [0, nacts), both in text order.  A quote's
 * history holds only quotes (acts are decided after every quote, so they
 * never change a quote's speaker); an act's holds both. */
typedef struct {
    size_t nquotes, nacts;
    size_t budget;             /* records an act looks back over; 0: all */
} history;

/* How many quotes and acts an act's speaker is looked for among, back
 * from it: a run of unattributed records must not make the act stage
 * quadratic (issue 14's rule for new stages).  Farther than this, a
 * continuation would have lost its confidence anyway. */
#define ACT_LOOKBACK 64

/* The latest record of H, quote or act, that has a speaker (agreeing
 * with CUE when AGREE), or NULL: the two lists are merged backward by
 * position. */
static const struct qawl_quote *latest_speaker(const qawlp_doc *doc,
                                               history h,
                                               const qawlp_cue *cue,
                                               int agree)
{
    size_t seen = 0;

    while ((h.nquotes > 0 || h.nacts > 0) &&
           (h.budget == 0 || seen++ < h.budget)) {
        const struct qawl_quote *q = h.nquotes ? &doc->quotes.v[h.nquotes - 1]
                                               : NULL;
        const struct qawl_quote *a = h.nacts ? &doc->acts.v[h.nacts - 1].q
                                             : NULL;
        const struct qawl_quote *x;
        if (q && (a == NULL || position_of(doc, q) > position_of(doc, a))) {
            x = q;
            h.nquotes--;
        } else {
            x = a;
            h.nacts--;
        }
        /* remarks that name no one (حسب تحذيرات أممية) are nobody a
         * later وأضاف goes on */
        if (x->entity >= 0 &&
            !(x->mention >= 0 && doc->mentions.v[x->mention].remarks) &&
            (!agree || agrees(cue, &doc->entities.v[x->entity])))
            return x;
    }
    return NULL;
}

static void no_speaker(struct qawl_quote *q)
{
    q->entity = -1;
    q->rule = QAWLP_RULE_NONE;
    q->confidence = qawlp_rules[QAWLP_RULE_NONE].confidence;
}

/* Where quote Q stands for the order of speakers: its cue when the cue
 * comes first, else its first word. */
static size_t position_of(const qawlp_doc *doc, const struct qawl_quote *q)
{
    const qawlp_cue *cue = qawlp_cue_of(doc, q);

    if (cue && !q->cue_after)
        return cue->first;
    return q->first;
}

/* How many of the N turns in V (text order) come before token TO. */
static size_t turns_before(const qawlp_turn *v, size_t n, size_t to)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid].at < to)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The entity of the latest turn (qawlp_turn) at or after token FROM and
 * before token TO, or -1. */
static int latest_turn(const qawlp_doc *doc, size_t from, size_t to)
{
    size_t k = turns_before(doc->turns.v, doc->turns.n, to);

    if (k == 0 || doc->turns.v[k - 1].at < from)
        return -1;
    return doc->mentions.v[doc->turns.v[k - 1].mention].entity;
}

/* The latest qawlp_doc.openers subject at or after token FROM and before
 * token TO, or NULL. */
static const qawlp_turn *latest_opener_turn(const qawlp_doc *doc, size_t from,
                                            size_t to)
{
    size_t k = turns_before(doc->openers.v, doc->openers.n, to);

    if (k == 0 || to >= doc->tokens.n || doc->openers.v[k - 1].at < from)
        return NULL;
    return &doc->openers.v[k - 1];
}

/* The entity of the latest opener (latest_opener_turn) in the paragraph
 * of token TO or the one before, or -1. */
static int latest_opener(const qawlp_doc *doc, size_t from, size_t to)
{
    const qawlp_turn *t = latest_opener_turn(doc, from, to);

    if (t == NULL ||
        doc->sentences.v[doc->tokens.v[t->at].sentence].paragraph + 1 <
            doc->sentences.v[doc->tokens.v[to].sentence].paragraph)
        return -1;
    return doc->mentions.v[t->mention].entity;
}

/* The entity of a person named by name (qawlp_turn.named) who opens,
 * after token FROM, the sentence of token TO or the one before, or -1.
 * Other openers (a body, a title: وأمرت السلطات …) are the verb's
 * subject no more often than its object is. */
static int named_opener_just_before(const qawlp_doc *doc, size_t from, size_t to)
{
    const qawlp_turn *t = latest_opener_turn(doc, from, to);

    if (t == NULL || !t->named ||
        doc->tokens.v[t->at].sentence + 1 < doc->tokens.v[to].sentence)
        return -1;
    return doc->mentions.v[t->mention].entity;
}

/* The rule that continues a previous speaker after CUE. */
static qawlp_rule continuing_rule(const qawlp_cue *cue)
{
    if (cue == NULL)
        return QAWLP_RULE_PARAGRAPH;
    if (cue->section == QAWLP_SEC_PARTICIPLE)
        return QAWLP_RULE_PARTICIPLE;
    return QAWLP_RULE_CONTINUATION;
}

/* Whether the entity of mention M is named by a weak mention only. */
static int weak_entity(const qawlp_doc *doc, int m)
{
    int e = doc->mentions.v[m].entity;

    return e < 0 || doc->entities.v[e].mention < 0 ||
           doc->mentions.v[doc->entities.v[e].mention].weak;
}

/* Gives Q the speaker E by RULE at the rule's confidence, recording why
 * for `qawl explain`; -1 when out of memory. */
static int take_speaker(qawlp_doc *doc, struct qawl_quote *q, int e,
                        qawlp_rule rule, const char *why)
{
    q->entity = e;
    q->rule = rule;
    q->confidence = qawlp_rules[rule].confidence;
    return qawlp_step_add(doc, q, rule, why, 0, 0, e);
}

/* Attributes quote (or act) Q, whose predecessors are H.  Returns -1
 * when out of memory (recording the candidates for `qawl explain`). */
static int attribute_one(qawlp_doc *doc, struct qawl_quote *q, history h)
{
    const qawlp_cue *cue = qawlp_cue_of(doc, q);
    const struct qawl_quote *prev;
    qawlp_rule rule;
    int e;

    if (q->mention >= 0 && q->rule != QAWLP_RULE_UNSET) {
        q->confidence = qawlp_rules[q->rule].confidence;
        /* the rule found a phrase, but neither it nor any other mention
         * of its speaker has a title or a known name to say it is a
         * person's (الرائحة، صور الأقمار الصناعية) */
        if (doc->mentions.v[q->mention].weak && weak_entity(doc, q->mention))
            q->confidence -= WEAK_PENALTY;
        return 0;
    }
    q->mention = -1;
    /* A reporting noun with no source named (مقترحات بأن …) or a passive
     * verb (يُتهم بأنه …) has none: it does not continue the last speaker.
     * One with a possessive pronoun (حسب قوله، تصريحاته بأن) names its
     * speaker by the pronoun, whose gender and number the lexicon gives:
     * it continues like وأضاف. */
    if (cue && ((cue->section == QAWLP_SEC_RNOUN && !cue->gender) ||
                cue->passive)) {
        no_speaker(q);
        return 0;
    }
    prev = latest_speaker(doc, h, cue, 0);
    /* A speaker named since the previous quote took the floor. */
    e = latest_turn(doc, prev == NULL ? 0 : position_of(doc, prev),
                    position_of(doc, q));
    if (e >= 0 && agrees(cue, &doc->entities.v[e]))
        return take_speaker(doc, q, e, continuing_rule(cue),
                            "taken: the speaker of a reporting verb since "
                            "the previous quote, agreeing");
    if (prev == NULL) {
        /* no speaker before it: a sentence that opened with a source
         * (تحدث السيد فلان …، وقال: "…") in its paragraph or the one
         * before gave it the floor */
        e = latest_opener(doc, 0, position_of(doc, q));
        if (e >= 0 && agrees(cue, &doc->entities.v[e]))
            return take_speaker(doc, q, e, QAWLP_RULE_NEAREST,
                                "taken: no earlier speaker; the source that "
                                "opened a sentence just before it");
        no_speaker(q);
        return qawlp_step_add(doc, q, QAWLP_RULE_CONTINUATION, "no earlier speaker",
                              0, 0, -1);
    }
    /* A person named in the sentence just before, opening it, took the
     * floor from the previous speaker (ويتذمر سامي الطويل من …. ويضيف
     * "…") */
    e = named_opener_just_before(doc, position_of(doc, prev), position_of(doc, q));
    if (e >= 0 && e != prev->entity && agrees(cue, &doc->entities.v[e]))
        return take_speaker(doc, q, e, QAWLP_RULE_NEAREST,
                            "taken: the source that opened a sentence "
                            "since the previous quote");
    e = prev->entity;
    rule = continuing_rule(cue);
    if (agrees(cue, &doc->entities.v[e])) {
        q->entity = e;
        q->rule = rule;
        q->confidence = qawlp_rules[rule].confidence;
        if (paragraph_of(doc, q) > paragraph_of(doc, prev) + FAR_PARAGRAPHS)
            q->confidence -= FAR_PENALTY;
        if (q->confidence > prev->confidence)
            q->confidence = prev->confidence;
        return qawlp_step_add(doc, q, rule, "taken: the previous speaker, agreeing",
                              0, 0, e);
    }
    if (qawlp_step_add(doc, q, rule,
                       "passed over: the verb's gender or number disagrees",
                       0, 0, e))
        return -1;
    prev = latest_speaker(doc, h, cue, 1);
    if (prev == NULL) {
        no_speaker(q);
        return 0;
    }
    return take_speaker(doc, q, prev->entity, QAWLP_RULE_NEAREST,
                        "taken: the latest earlier speaker who agrees");
}

qawl_status qawlp_attribute_run(qawlp_doc *doc, const qawl_lexicon *lex,
                                qawl_error *err)
{
    size_t i, nq = 0;

    (void)lex;
    /* In text order: a continuation needs its predecessor decided. */
    for (i = 0; i < doc->quotes.n; i++) {
        history h = {i, 0, 0};
        if (attribute_one(doc, &doc->quotes.v[i], h))
            goto nomem;
    }
    /* Then the acts, each after the quotes and acts before it (the two
     * lists are walked together: both are in text order). */
    for (i = 0; i < doc->acts.n; i++) {
        history h;
        size_t at = doc->acts.v[i].verb.first;
        while (nq < doc->quotes.n &&
               position_of(doc, &doc->quotes.v[nq]) < at)
            nq++;
        h.nquotes = nq;
        h.nacts = i;
        h.budget = ACT_LOOKBACK;
        if (attribute_one(doc, &doc->acts.v[i].q, h))
            goto nomem;
    }
    return QAWL_OK;
nomem:
    return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                           "out of memory");
}
