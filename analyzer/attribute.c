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

/* Whether a cue's gender and number allow entity E. */
static int agrees(const qawlp_cue *cue, const qawlp_entity *e)
{
    if (cue == NULL)
        return 1;
    if (cue->gender && e->gender && cue->gender != e->gender)
        return 0;
    if (cue->number && e->number && cue->number != e->number)
        return 0;
    /* A plural verb never continues a single named person. */
    if (cue->number == QAWLP_PLUR && e->kind == QAWL_SPEAKER_PERSON &&
        e->number != QAWLP_PLUR)
        return 0;
    return 1;
}

static size_t paragraph_of(const qawlp_doc *doc, const struct qawl_quote *q)
{
    return doc->tokens.v[q->first].paragraph;
}

/* The latest quote before index I that has a speaker, or -1. */
static long previous_attributed(const qawlp_doc *doc, size_t i)
{
    while (i-- > 0)
        if (doc->quotes.v[i].entity >= 0)
            return (long)i;
    return -1;
}

/* The latest entity before quote I that agrees with CUE, or -1. */
static int latest_agreeing(const qawlp_doc *doc, size_t i,
                           const qawlp_cue *cue)
{
    while (i-- > 0) {
        int e = doc->quotes.v[i].entity;
        if (e >= 0 && agrees(cue, &doc->entities.v[e]))
            return e;
    }
    return -1;
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
    if (q->cue >= 0 && !q->cue_after)
        return doc->cues.v[q->cue].first;
    return q->first;
}

/* The entity of the latest turn (qawlp_turn) at or after token FROM and
 * before token TO, or -1. */
static int latest_turn(const qawlp_doc *doc, size_t from, size_t to)
{
    size_t lo = 0, hi = doc->turns.n;

    while (lo < hi) {   /* the first turn at or after TO */
        size_t mid = lo + (hi - lo) / 2;
        if (doc->turns.v[mid].at < to)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || doc->turns.v[lo - 1].at < from)
        return -1;
    return doc->mentions.v[doc->turns.v[lo - 1].mention].entity;
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

/* Attributes quote I.  Returns -1 when out of memory (recording the
 * candidates for `qawl explain`). */
static int attribute_one(qawlp_doc *doc, size_t i)
{
    struct qawl_quote *q = &doc->quotes.v[i];
    const qawlp_cue *cue = q->cue >= 0 ? &doc->cues.v[q->cue] : NULL;
    qawlp_rule rule;
    long prev;
    int e;

    if (q->mention >= 0 && q->rule != QAWLP_RULE_UNSET) {
        q->confidence = qawlp_rules[q->rule].confidence;
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
    prev = previous_attributed(doc, i);
    /* A speaker named since the previous quote took the floor. */
    e = latest_turn(doc, prev < 0 ? 0 : position_of(doc, &doc->quotes.v[prev]),
                    position_of(doc, q));
    if (e >= 0 && agrees(cue, &doc->entities.v[e])) {
        rule = continuing_rule(cue);
        q->entity = e;
        q->rule = rule;
        q->confidence = qawlp_rules[rule].confidence;
        return qawlp_step_add(q, rule,
                              "taken: the speaker of a reporting verb since "
                              "the previous quote, agreeing", 0, 0, e);
    }
    if (prev < 0) {
        no_speaker(q);
        return qawlp_step_add(q, QAWLP_RULE_CONTINUATION, "no earlier speaker",
                              0, 0, -1);
    }
    e = doc->quotes.v[prev].entity;
    rule = continuing_rule(cue);
    if (agrees(cue, &doc->entities.v[e])) {
        q->entity = e;
        q->rule = rule;
        q->confidence = qawlp_rules[rule].confidence;
        if (paragraph_of(doc, q) > paragraph_of(doc, &doc->quotes.v[prev]) +
                                       FAR_PARAGRAPHS)
            q->confidence -= FAR_PENALTY;
        if (q->confidence > doc->quotes.v[prev].confidence)
            q->confidence = doc->quotes.v[prev].confidence;
        return qawlp_step_add(q, rule, "taken: the previous speaker, agreeing",
                              0, 0, e);
    }
    if (qawlp_step_add(q, rule,
                       "passed over: the verb's gender or number disagrees",
                       0, 0, e))
        return -1;
    e = latest_agreeing(doc, i, cue);
    if (e < 0) {
        no_speaker(q);
        return 0;
    }
    q->entity = e;
    q->rule = QAWLP_RULE_NEAREST;
    q->confidence = qawlp_rules[QAWLP_RULE_NEAREST].confidence;
    return qawlp_step_add(q, QAWLP_RULE_NEAREST,
                          "taken: the latest earlier speaker who agrees", 0, 0,
                          e);
}

qawl_status qawlp_attribute_run(qawlp_doc *doc, const qawl_lexicon *lex,
                                qawl_error *err)
{
    size_t i;

    (void)lex;
    /* In text order: a continuation needs its predecessor decided. */
    for (i = 0; i < doc->quotes.n; i++)
        if (attribute_one(doc, i))
            return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                                   "out of memory");
    return QAWL_OK;
}
