/*
 * sources.c — stage 6: where each quote's source phrase stands.
 *
 * Input: quotes and their cues.  Output: doc->mentions (one per source
 * phrase found) with q->mention and the rule that found it, every rule
 * tried recorded for `qawl explain`; doc->turns (the subjects of
 * reporting verbs that quote nothing, which take the floor from the
 * speaker before them).
 *
 * Where a source phrase stands, by cue (the rules are tried in order, the
 * first that finds a phrase wins; their confidences are in attribute.c's
 * table):
 *   - after the cue (Arabic is verb-subject): وقال وزير الخارجية أنتوني
 *     بلينكن …;
 *   - before an unprefixed cue, from the sentence start (subject-verb):
 *     الصفدي، في مؤتمر صحافي، أكد أن …;
 *   - before a colon cue (headline style): ترامب: "…";
 *   - after بحسب / وفقا ل: the source;
 *   - after the relay preposition of a relay verb or a reporting noun
 *     (نقلت الوكالة عن مسؤول …، التحذيرات الصادرة عن …);
 *   - the subject of the sentence's first reporting verb, for a
 *     participle (مضيفا) or a subjectless verb after it.
 * Where each phrase ends and what it names is mentions.c's business.
 * Acts (acts.c) get their source phrase by the same rules, after the
 * quotes and the turns, with a few act-only limits (act_subject_end,
 * act_subject_known): their object is not their subject.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "phrase.h"

typedef qawlp_phr ctx;

/* Whether word I may belong to a source's name: a lexicon knows it as
 * a title, body, source, nationality or place, or the corpora see it in
 * names (namelike.txt) or do not say. */
static int known_source_word(const ctx *c, size_t i);

static int may_name(const ctx *c, size_t i)
{
    return known_source_word(c, i) ||
           qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_NISBA)) ||
           (!qawlp_phr_is_common(c, i) &&   /* also with a pronoun: شكرها */
            qawlp_namelike_token(c->doc, c->lex, i, NULL) !=
                QAWLP_NAMELIKE_NOT_NAME);
}

/* Whether a title, a body, an unnamed source or a place the lexicons
 * know opens at word I, one word or several. */
static int known_source_word(const ctx *c, size_t i)
{
    return qawlp_phr_is_as_written(c, i, QAWLP_TITLE_SECTIONS |
                                             QAWLP_ANON_SECTIONS |
                                             QAWLP_ORG_SECTIONS) ||
           qawlp_match(c->doc, c->lex, i, c->doc->tokens.n,
                       QAWLP_ORG_SECTIONS | QAWLP_TITLE_SECTIONS |
                           QAWLP_ANON_SECTIONS, NULL) >= 0;
}

/* Whether the word at I opens a source by itself: one the lexicons know
 * (known_source_word), or a name the corpora know. */
static int reads_as_source(const ctx *c, size_t i)
{
    return known_source_word(c, i) ||
           qawlp_namelike_token(c->doc, c->lex, i, NULL) == QAWLP_NAMELIKE_NAME;
}

/* Whether token I is a noun of speech (تصريحات، حديث، تحذيرات), a
 * reporting noun that is no document (بيان، تقرير name their issuer's
 * words and speak for it). */
static int speech_noun(const ctx *c, size_t i)
{
    return qawlp_is(c->doc, c->lex, i, QAWLP_BIT(QAWLP_SEC_RNOUN)) &&
           !qawlp_is(c->doc, c->lex, i, QAWLP_BIT(QAWLP_SEC_DOCUMENT));
}

/* Whether phrase [FIRST, LAST) is a definite noun of speech alone before
 * a preposition (جدد التأكيد على أن، كرر التحذير من): the verb's object,
 * which names no speaker; with a genitive it would (وتشير تصريحات فلان). */
static int speech_noun_object(const ctx *c, size_t first, size_t last)
{
    return last == first + 1 && qawlp_phr_written_with_article(c, first) &&
           speech_noun(c, first) &&
           /* before a preposition; before إن it is the subject (وقال
            * الادعاء إن: the prosecution) */
           qawlp_phr_is_stop(c, last) && !qawlp_phr_is_comp(c, last);
}

/* Whether phrase [FIRST, LAST) can name no source (GUIDELINES: a source
 * is a person's name or title, a body, a document or an anonymous
 * source): each of its words is one the corpora never see in a name and
 * no lexicon knows.  Such a phrase after a verb is its object (ويطلب
 * المساعدة، وقدمت شكرها). */
static int never_a_source(const ctx *c, size_t first, size_t last)
{
    size_t i;

    /* أجابت بحذر: one word behind a glued preposition on a common word
     * is how it was said */
    if (last == first + 1 && qawlp_phr_is_prep_on_common(c, first))
        return 1;
    /* بالصور، بالشهداء والمجاهدين: a phrase that opens behind a glued
     * preposition and the article on a word that names no title, body or
     * source is a complement (GUIDELINES: a source never starts with a
     * preposition; للنائب العام after a statement is its issuer) */
    if (last > first && qawlp_phr_is_prep_article(c, first) &&
        !qawlp_phr_is_prepositional_noun(c, first))
        return 1;
    /* تعد بيانا تقر فيه: a document in the accusative is the object of
     * the verb before it, never its issuer; a participle in the
     * accusative says how it was done (واستشهد مقارنا بما …) */
    if (last > first && (qawlp_phr_accusative_of(c, first, QAWLP_BIT(QAWLP_SEC_DOCUMENT)) ||
                         (qawlp_phr_accusative_participle(c, first) &&
                          /* إن مسؤولا في الوزارة قال: إنّ's noun is a source */
                          !qawlp_phr_accusative_of(c, first, QAWLP_TITLE_SECTIONS |
                                                                 QAWLP_ANON_SECTIONS |
                                                                 QAWLP_ORG_SECTIONS))))
        return 1;
    for (i = first; i < last; i++)
        if (qawlp_phr_is_word(c, i) && may_name(c, i))
            return 0;
    return last > first;
}

/* Whether [FIRST, LAST) opens with a personal name of up to three words
 * and its definite title in apposition (جوليان تيرون الأستاذ في العلوم
 * السياسية): a source however long its title runs.  The name has two
 * words at least. */
static int name_then_title(const ctx *c, size_t first, size_t last)
{
    size_t k;

    /* a first name takes no article, and a word with a conjunction
     * there is a verb (ونشرت الخارجية) */
    if (qawlp_phr_has_article(c, first) || qawlp_phr_tok(c, first)->conj)
        return 0;
    for (k = first; k < last && k < first + 3; k++)
        if (!qawlp_phr_is_word(c, k) || qawlp_phr_is_common(c, k) ||
            qawlp_phr_is_stop(c, k) ||
            qawlp_phr_is_as_written(c, k, QAWLP_TITLE_SECTIONS | QAWLP_ORG_SECTIONS |
                                              QAWLP_ANON_SECTIONS |
                                              QAWLP_PLACE_SECTIONS))
            break;
    /* two words at least: one unknown word before a title is as often a
     * verb (سارع الرئيس …) */
    return k >= first + 2 && k < last && qawlp_phr_written_with_article(c, k) &&
           qawlp_phr_is_as_written(c, k, QAWLP_TITLE_SECTIONS);
}

/* Whether words [first, last) before a verb can be its subject: they open
 * with a title, an organisation or a source, repeat a name already
 * mentioned, or are a short name set off by a comma (الصفدي، …). */
static int plausible_subject(const ctx *c, size_t first, size_t last)
{
    qawlp_mention probe;
    size_t k;

    if (qawlp_phr_is_as_written(c, first, QAWLP_TITLE_SECTIONS | QAWLP_ANON_SECTIONS |
                                    QAWLP_BIT(QAWLP_SEC_ORG) |
                                    QAWLP_BIT(QAWLP_SEC_ORGHEAD) |
                                    QAWLP_BIT(QAWLP_SEC_DOCUMENT)) ||
        qawlp_match(c->doc, c->lex, first, last, QAWLP_ORG_SECTIONS, NULL) >= 0)
        return 1;
    if (last - first <= 2 && qawlp_phr_is_comma(c, last))
        return 1;
    /* روسيا رأت أن …: a short phrase right before the verb, or before
     * قد/كان and the verb, or before the mark that opens the quotation
     * the verb begins */
    for (k = last; k < c->doc->tokens.n &&
                   (qawlp_phr_is_exactly(c, k, QAWLP_BIT(QAWLP_SEC_AUXILIARY)) ||
                    qawlp_phr_tok(c, k)->kind == QAWLP_TOK_QMARK); k++)
        ;
    if (last - first <= 3 && k < c->doc->tokens.n && qawlp_phr_is_cue(c, k))
        return 1;
    if (name_then_title(c, first, last))
        return 1;
    memset(&probe, 0, sizeof probe);
    probe.first = probe.name_first = (uint32_t)first;
    probe.last = probe.name_last = (uint32_t)last;
    for (k = 0; k < c->doc->mentions.n; k++)
        if (qawlp_share_name(c, &probe, &c->doc->mentions.v[k]))
            return 1;
    return 0;
}

/* Start of the subject after token I: adverbs and commas may come first
 * (أكد خلالها الملك …، قال الثلاثاء الوزير …). */
static size_t subject_start(const ctx *c, size_t i)
{
    size_t j = i, skipped = 0;

    while (skipped < QAWLP_MAX_SKIPPED) {
        size_t n = 1;
        if (!qawlp_phr_is_exactly(c, j, QAWLP_SKIP_SECTIONS) && !(qawlp_phr_is_comma(c, j) && j > i) &&
            !(qawlp_match(c->doc, c->lex, j, c->doc->tokens.n, QAWLP_SKIP_SECTIONS,
                          &n) >= 0 && n > 1))
            break;
        j += n;
        skipped++;
    }
    return j;   /* adverbs are never the subject (وكرر أكثر من مرة أنه) */
}

/* Whether token I is a reporting verb (a cue that is neither a reporting
 * noun nor a colon). */
static int is_verb_before(const ctx *c, size_t i)
{
    const qawlp_cue *o;

    if (!qawlp_phr_is_cue(c, i))
        return 0;
    o = &c->doc->cues.v[c->cue_at[i]];
    return o->section == QAWLP_SEC_VERB || o->section == QAWLP_SEC_DESCRIBE;
}

/* Whether an auxiliary with its conjunction stands right before verb
 * CUE (فقد قال): the conjunction the verb would carry. */
static int conj_auxiliary_before(const ctx *c, const qawlp_cue *q)
{
    return q->first > 0 && qawlp_phr_tok(c, q->first - 1)->conj &&
           qawlp_phr_is_exactly(c, q->first - 1, QAWLP_BIT(QAWLP_SEC_AUXILIARY));
}

/* The subject set before a verb with a conjunction by a topic word: أما
 * الوزير فقال إن … */
static int topic_subject(const ctx *c, const qawlp_cue *q, size_t *first,
                         size_t *last)
{
    const qawlp_sentence *s =
        &c->doc->sentences.v[qawlp_phr_tok(c, q->first)->sentence];
    size_t k;

    size_t end = q->first - (conj_auxiliary_before(c, q) ? 1 : 0), j;

    for (k = q->first; k-- > s->first && k + QAWLP_MAX_MENTION > q->first;) {
        if (!qawlp_phr_is_exactly(c, k, QAWLP_BIT(QAWLP_SEC_TOPIC)))
            continue;
        *first = k + 1;
        *last = qawlp_phr_end(c, k + 1);
        if (*last <= *first || *last > end)
            return 0;
        /* the topic runs to the ف: أما مدير الرعاية في الوزارة، فلان،
         * فقد صرح — words and commas only, no other verb */
        for (j = *last; j < end; j++)
            if (!(qawlp_phr_is_word(c, j) || qawlp_phr_is_comma(c, j)) ||
                qawlp_phr_is_cue(c, j))
                return 1;
        while (end > *last && qawlp_phr_is_comma(c, end - 1))
            end--;
        *last = end;
        return 1;
    }
    return 0;
}

/* Whether token I, which opens its sentence, reads as a verb: a word with
 * a conjunction that no lexicon knows (وأطلق، ودان), the sentence's first
 * word in verb-subject order. */
static int opens_with_verb(const ctx *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);

    return qawlp_phr_is_word(c, i) && t->conj &&
           qawlp_var_slot(c->doc, t, 0) < 0 && !qawlp_phr_is_stop(c, i);
}

/* Whether token I, the first after an agency's dateline, reads as the
 * lede's verb: a lede opens with its verb (… (CNN)-- بدأ فلان …), with
 * no conjunction; a word no lexicon knows, no stop word. */
static int opens_lede(const ctx *c, size_t i)
{
    return qawlp_phr_is_word(c, i) && qawlp_var_slot(c->doc, qawlp_phr_tok(c, i), 0) < 0 &&
           !qawlp_phr_is_stop(c, i) && !qawlp_phr_has_article(c, i);
}

/* Whether tokens [a, b) are all words, none of them a cue. */
static int words_only(const ctx *c, size_t a, size_t b)
{
    for (; a < b; a++)
        if (!qawlp_phr_is_word(c, a) || qawlp_phr_is_cue(c, a))
            return 0;
    return 1;
}

/* The dashes and parentheses that set off an aside (سرايا القدس -الجناح
 * العسكري …- أعلنت); punctuation, not language. */
static const uint32_t aside_dashes[] = {'-', 0x2013, 0x2014};

static int is_aside_dash(const ctx *c, size_t i)
{
    size_t k;

    if (qawlp_joining_hyphen(c->doc, i))
        return 0;   /* a compound's hyphen (مون جيه-إن) */
    for (k = 0; k < sizeof aside_dashes / sizeof aside_dashes[0]; k++)
        if (qawlp_is_punct(c->doc, i, aside_dashes[k]))
            return 1;
    return 0;
}

/* The token that opens an aside closing right before B, no earlier than
 * FLOOR and holding a word, or SIZE_MAX. */
static size_t aside_before(const ctx *c, size_t floor, size_t b)
{
    int paren;
    size_t k, words = 0;

    if (b <= floor)
        return SIZE_MAX;
    paren = qawlp_is_punct(c->doc, b - 1, ')');
    if (!paren && !is_aside_dash(c, b - 1))
        return SIZE_MAX;
    for (k = b - 1; k-- > floor && b - k <= 2 * QAWLP_MAX_MENTION;) {
        if (paren ? qawlp_is_punct(c->doc, k, '(') : is_aside_dash(c, k))
            return words > 0 ? k : SIZE_MAX;
        if (qawlp_phr_tok(c, k)->kind == QAWLP_TOK_NEWLINE ||
            qawlp_phr_is_cue(c, k))
            return SIZE_MAX;
        words += qawlp_phr_is_word(c, k);
    }
    return SIZE_MAX;
}

/* Whether token I ends the walk back to a subject: a cue, unless a
 * reporting noun in a body's name (وكالة الأنباء: the genitive of a
 * head without the article, as a construct's head always is; الوكالة
 * بيان is a subject and its object), a complementiser or a stop word. */
static int ends_walk_back(const ctx *c, size_t i)
{
    if (qawlp_phr_is_cue(c, i))
        return !(i > 0 &&
                 c->doc->cues.v[c->cue_at[i]].section == QAWLP_SEC_RNOUN &&
                 qawlp_phr_is_as_written(c, i - 1, QAWLP_BIT(QAWLP_SEC_ORGHEAD)) &&
                 !qawlp_phr_written_with_article(c, i - 1));
    return qawlp_phr_is_comp(c, i) || qawlp_phr_is_stop(c, i);
}

/* The subject that opens sentence S before a nominal aside ending at the
 * comma COMMA right before the verb (الطبيبة فلانة وهي أم لطفلين
 * (…)، أوضحت أن …): the aside opens with a function word carrying its
 * conjunction (وهي، وهو), and the phrase before it reads as a source. */
static int described_opening(const ctx *c, const qawlp_sentence *s, size_t comma,
                             size_t *first, size_t *last)
{
    size_t a = s->first, e;

    if (a >= comma || !qawlp_phr_is_word(c, a) || qawlp_phr_is_stop(c, a) ||
        qawlp_phr_is_coordinated(c, a))
        return 0;
    e = qawlp_phr_end(c, a);
    if (e <= a || e >= comma || !qawlp_phr_tok(c, e)->conj ||
        !qawlp_phr_is_exactly(c, e, QAWLP_BIT(QAWLP_SEC_BOUNDARY)) ||
        !known_source_word(c, a) || never_a_source(c, a, e))
        return 0;
    *first = a;
    *last = e;
    return 1;
}

/* Whether [FIRST, LAST) reads as a personal name: two or three words,
 * the first without the article, none a common word or a place. */
static int reads_as_personal_name(const ctx *c, size_t first, size_t last)
{
    size_t k;

    if (last - first < 2 || last - first > 3 || qawlp_phr_has_article(c, first))
        return 0;
    for (k = first; k < last; k++)
        if (!qawlp_phr_is_word(c, k) || qawlp_phr_is_common(c, k) ||
            qawlp_phr_is_stop(c, k) ||
            qawlp_namelike_token(c->doc, c->lex, k, NULL) == QAWLP_NAMELIKE_NOT_NAME ||
            qawlp_is(c->doc, c->lex, k, QAWLP_PLACE_SECTIONS))
            return 0;
    return 1;
}

/* How many of the latest source mentions are looked through for one that
 * ends where a relative clause opens. */
#define MENTION_LOOKBACK 16

/* Whether verb Q agrees with the relative pronoun at token I in gender
 * and number, so the pronoun is its subject (الذي قال، التي قالت); one
 * that does not (الرسائل التي قالوا إنها) has a subject of its own. */
static int agrees_with_relative(const ctx *c, const qawlp_cue *q, size_t i)
{
    int e = qawlp_match(c->doc, c->lex, i, i + 1, QAWLP_BIT(QAWLP_SEC_RELATIVE), NULL);
    const qawlp_entry *en;

    if (e < 0)
        return 1;
    en = &c->lex->entries.v[e];
    return (!q->gender || !en->gender || q->gender == en->gender) &&
           (!q->number || !en->number || q->number == en->number);
}

/* A source phrase found before (a quote's, an act's) in sentence S that
 * ends at token END: its first token into *FIRST.  Only the latest
 * mentions are looked through. */
static int mention_ending_at(const ctx *c, const qawlp_sentence *s, size_t end,
                             size_t *first)
{
    size_t n = c->doc->mentions.n, seen = 0;

    while (n-- > 0 && seen++ < MENTION_LOOKBACK) {
        const qawlp_mention *m = &c->doc->mentions.v[n];
        if (m->last == end && m->first >= s->first && m->first < end) {
            *first = m->first;
            return 1;
        }
    }
    return 0;
}

/* The owner of the words a relative clause at token REL of sentence S
 * hangs on, when its verb does not agree with the pronoun (تصريحات فلان
 * التي قال فيها، حديث الوزير، فلان، والتي أكد فيها): the phrase after
 * the noun of speech, up to the relative pronoun.  The pronoun is the
 * verb's object; after anything but words (الرياض التي وصفها) the
 * verb's subject is someone else, found elsewhere. */
static int words_owner(const ctx *c, const qawlp_sentence *s, size_t rel,
                       size_t *first, size_t *last)
{
    size_t end = rel, h;

    if (end > s->first && qawlp_phr_is_comma(c, end - 1))
        end--;
    for (h = end; h-- > s->first && end - h <= QAWLP_MAX_MENTION;) {
        if (speech_noun(c, h))
            break;
        /* the owner is the noun's genitive: no preposition, particle or
         * verb stands inside it (إعلانه استقالته احتجاجا على التدخلات) */
        if (!(qawlp_phr_is_word(c, h) || qawlp_phr_is_comma(c, h)) ||
            qawlp_phr_is_cue(c, h) || qawlp_phr_is_comp(c, h) ||
            qawlp_phr_is_stop(c, h) || qawlp_phr_opens_with_preposition(c, h))
            return 0;
    }
    if (h + 1 >= end || !speech_noun(c, h) || never_a_source(c, h + 1, end) ||
        !(reads_as_source(c, h + 1) || reads_as_personal_name(c, h + 1, end)))
        return 0;
    *first = h + 1;
    *last = end;
    return 1;
}

/* Whether a word of [A, B) is a document without the article (مقال،
 * تقرير), which opens a clause of its own after a fronted place. */
static int holds_indefinite_document(const ctx *c, size_t a, size_t b)
{
    for (; a < b; a++)
        if (qawlp_phr_is_as_written(c, a, QAWLP_BIT(QAWLP_SEC_DOCUMENT)) &&
            !qawlp_phr_has_article(c, a))
            return 1;
    return 0;
}

/* Whether token I is a quotation mark that no mark from FIRST on opens:
 * one that opens what follows it. */
static int opening_mark_at(const ctx *c, size_t i, size_t first)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);

    return t->kind == QAWLP_TOK_QMARK && !(t->pair >= (int32_t)first && t->pair < (int32_t)i);
}

/* Subject before an unprefixed verb, found by walking back from it
 * (subject-verb order): past function words (قد، كان), past one segment
 * between commas — a parenthesis (الصفدي، في مؤتمر صحافي، أكد) or an
 * apposition (الرئيس التركي، رجب طيب أردوغان، قد قال), which then joins
 * the mention — to the words before it, back to punctuation, a
 * complementiser or a function word (إلا أن تصريحات سابقة … تشير). */
static int subject_before(const ctx *c, const qawlp_cue *q, size_t *first,
                          size_t *last)
{
    const qawlp_sentence *s = &c->doc->sentences.v[qawlp_phr_tok(c, q->first)->sentence];
    size_t b = q->first, ext, a, k;
    int opening = 0, relative_comma = 0;

    while (b > s->first &&
           (qawlp_phr_is_exactly(c, b - 1, QAWLP_BIT(QAWLP_SEC_AUXILIARY) |
                                     QAWLP_BIT(QAWLP_SEC_RELATIVE)) ||
            qawlp_phr_is_addressee(c, b - 1))) {   /* طبيب لـCNN قال: */
        if (!agrees_with_relative(c, q, b - 1))
            return words_owner(c, s, b - 1, first, last);
        b--;
    }
    /* an aside between dashes or parentheses stands between the subject
     * and its verb (وكانت سرايا القدس -الجناح العسكري لـ …- أعلنت) */
    k = aside_before(c, s->first, b);
    if (k != SIZE_MAX)
        b = k;
    ext = b;
    if (b > s->first && qawlp_phr_is_comma(c, b - 1) &&
        described_opening(c, s, b - 1, first, last))
        return 1;
    /* فلان، الذي قال: a relative clause set off by a comma hangs on the
     * phrase that ends at the comma */
    if (b > s->first + 1 && b < q->first && qawlp_phr_is_comma(c, b - 1) &&
        qawlp_phr_is_exactly(c, b, QAWLP_BIT(QAWLP_SEC_RELATIVE)) &&
        qawlp_phr_is_word(c, b - 2)) {
        if (mention_ending_at(c, s, b - 1, first)) {
            *last = b - 1;
            return 1;
        }
        b--;
        ext = b;
        relative_comma = 1;
    }
    if (b > s->first && qawlp_phr_is_comma(c, b - 1) &&
        words_only(c, s->first, b - 1) &&
        b - 1 - s->first <= QAWLP_MAX_MENTION) {
        b--;   /* the sentence opens with its subject: الحداد، أكد أن … */
        ext = b;
        opening = 1;
    } else if (b > s->first && qawlp_phr_is_comma(c, b - 1)) {
        for (k = b - 1; k-- > s->first && k + QAWLP_MAX_MENTION / 2 >= b;)
            if (!qawlp_phr_is_word(c, k) || qawlp_phr_is_cue(c, k))
                break;
        if (k < s->first || !qawlp_phr_is_comma(c, k) || k + 1 >= b - 1)
            return 0;
        /* an apposition names the subject again and joins the mention; a
         * parenthesis (في مؤتمر صحافي) does not */
        ext = qawlp_phr_is_stop(c, k + 1) ? k : b - 1;
        b = k;
    }
    /* Marks may enclose a name inside the subject: جماعة "الخوذ البيضاء" */
    for (a = b; a > s->first; a--) {
        const qawlp_token *t = qawlp_phr_tok(c, a - 1);
        if (qawlp_joining_hyphen(c->doc, a - 1))
            continue;   /* a compound's hyphen (مون جيه-إن) */
        if (!(t->kind == QAWLP_TOK_WORD || t->kind == QAWLP_TOK_QMARK) ||
            ends_walk_back(c, a - 1) || b - a >= QAWLP_MAX_MENTION)
            break;
    }
    /* A phrase after a preposition is its complement, a place or a body:
     * the subject goes on before it (المقاومة الإسلامية في العراق، ممثل
     * المنظمة في الأرض الفلسطينية المحتلة). */
    if (a > s->first + 1 && qawlp_phr_is_stop(c, a - 1) &&
        qawlp_is(c->doc, c->lex, a - 1, QAWLP_BIT(QAWLP_SEC_BRIDGE)) &&
        qawlp_phr_is_word(c, a - 2) && !qawlp_phr_is_stop(c, a - 2) && !qawlp_phr_is_cue(c, a - 2)) {
        for (a -= 1; a > s->first; a--) {
            const qawlp_token *t = qawlp_phr_tok(c, a - 1);
            if (!(t->kind == QAWLP_TOK_WORD || t->kind == QAWLP_TOK_QMARK) ||
                qawlp_phr_is_cue(c, a - 1) || qawlp_phr_is_comp(c, a - 1) || qawlp_phr_is_stop(c, a - 1) ||
                b - a >= QAWLP_MAX_MENTION)
                break;
        }
    }
    /* an opening led by a preposition is an adverbial, not a subject (في
     * سياق آخر، أكد أن …; وعن القدس، أكدت أن …) */
    if (opening && a > s->first && qawlp_phr_is_stop(c, a - 1) &&
        !qawlp_phr_is_exactly(c, a - 1, QAWLP_BIT(QAWLP_SEC_AUXILIARY)))
        return 0;   /* (وكان فلان، قد قال: كان's noun, no adverbial) */
    /* so is one right after a preposition that opens the sentence or
     * its clause, without a comma (وفي الفيديو المسجل اعترف المتهم …):
     * the phrase is the preposition's, unless an indefinite document in
     * it is the clause's subject (في صحيفة فلانية مقال لفلان يقول …) */
    if (a > s->first && qawlp_phr_is_stop(c, a - 1) &&
        qawlp_is(c->doc, c->lex, a - 1, QAWLP_BIT(QAWLP_SEC_BRIDGE)) &&
        (a - 1 == s->first || !qawlp_phr_is_word(c, a - 2)) &&
        !holds_indefinite_document(c, a, b))
        return 0;
    while (a < b && qawlp_phr_tok(c, a)->kind == QAWLP_TOK_QMARK)
        a++;
    /* a mark right before the verb opens the quotation that the verb
     * begins (إن الملك "أشار إلى …"): no part of the subject, unless it
     * closes marks the subject opened (جماعة "الخوذ البيضاء" قالت) */
    while (b > a && ext == b && opening_mark_at(c, b - 1, a)) {
        /* a name in marks right before the verb ("لوفيغارو" تقول) is its
         * subject only where it opens the sentence, a clause or كان's
         * (وكانت "رويترز" قالت): after another word it hangs on that
         * word (حذر من "مخاطر …" أضاف) */
        if (qawlp_phr_tok(c, b - 1)->pair >= 0 && (size_t)qawlp_phr_tok(c, b - 1)->pair + 1 == a &&
            a - 1 > s->first && qawlp_phr_is_word(c, a - 2) &&
            !qawlp_phr_is_exactly(c, a - 2, QAWLP_BIT(QAWLP_SEC_AUXILIARY)))
            return 0;
        b--;
        ext = b;
    }
    /* أما ماكرون، فقد أكد: the topic word is no part of the subject */
    if (a + 1 < b && qawlp_phr_is_exactly(c, a, QAWLP_BIT(QAWLP_SEC_TOPIC)))
        a++;
    /* وأعلن الجيش قتل عشرين قال إنهم …: the words back to an earlier
     * verb are its subject and its object; the subject the phrase parser
     * finds there is this verb's too.  The same when the sentence opens
     * with a verb no lexicon knows (وأطلق الجيش عملية في … يقول إن …). */
    if (a < b && ext == b) {
        size_t from = a > s->first && is_verb_before(c, a - 1) ? a
                      : a == s->first && opens_with_verb(c, a) ? a + 1 : b;
        /* the earlier verb may take its object bare (تنفي أنقرة استهداف
         * المدنيين في عمليتها التي تشدد على …) */
        size_t end = from < b ? qawlp_phr_object_at(c, from, qawlp_phr_end(c, from)) : from;
        if (end > from && end < b) {
            *first = from;
            *last = end;
            return 1;
        }
    }
    /* After a complementiser a noun phrase opens the clause and is its
     * subject (إلا أن تصريحات سابقة … تشير إلى). */
    /* a phrase behind a glued preposition and the article (موجهة
     * للسمبتيك قال) is a complement, never a subject, unless a document
     * or remarks are its (تصريحات للمتحدث باسم …) */
    if (a >= b || (!plausible_subject(c, a, b) && ext == b &&
                   !(a > s->first && qawlp_phr_is_comp(c, a - 1))) ||
        never_a_source(c, a, ext) ||
        (qawlp_phr_is_prep_article(c, a) &&
         !(a > 0 && qawlp_is(c->doc, c->lex, a - 1, QAWLP_BIT(QAWLP_SEC_RNOUN) |
                                                        QAWLP_BIT(QAWLP_SEC_DOCUMENT)))))
        return 0;
    /* the antecedent of a relative clause set off by a comma is a source
     * only when it reads as one (not في أبريل 2017، والذي يؤكد منتقدوه) */
    if (relative_comma && !reads_as_source(c, a) && !reads_as_personal_name(c, a, ext))
        return 0;
    *first = a;
    *last = ext;
    return 1;
}

static size_t act_subject_end(const ctx *c, const struct qawl_act *a,
                              size_t first, size_t last, int bodies);

/* How many words an adverbial that opens a sentence before its comma
 * may hold (وفيما يتعلق بالردود على الأزمة، خلال المؤتمر الصحفي،). */
#define ADVERBIAL_REACH 8

/* Where the clause of sentence S begins past an adverbial that opens it
 * with a function word and ends at a comma (وفيما يتعلق بالردود على
 * الأزمة، أدان …; وخلال المؤتمر الصحفي، أعلن …), before token TO; the
 * sentence's first token when there is none. */
static size_t past_opening_adverbial(const ctx *c, const qawlp_sentence *s, size_t to)
{
    size_t k;

    if (!qawlp_phr_is_stop(c, s->first) || qawlp_phr_is_cue(c, s->first))
        return s->first;
    for (k = s->first + 1; k < to && k <= s->first + ADVERBIAL_REACH; k++) {
        if (qawlp_phr_is_comma(c, k))
            return k + 1;
        if (!qawlp_phr_is_word(c, k) || qawlp_phr_is_cue(c, k))
            break;
    }
    return s->first;
}

/* The act whose verb opens its clause at token V, or right after a
 * particle there (كما دان، ثم دعا), before token TO; NULL when none.
 * Acts are in text order: a binary search finds the first at V.
 * act_opening: at the sentence's first word, or else past an opening
 * adverbial (past_opening_adverbial). */
static const struct qawl_act *act_at_opening(const ctx *c, size_t v, size_t to)
{
    size_t lo = 0, hi = c->doc->acts.n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->doc->acts.v[mid].verb.first < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= c->doc->acts.n)
        return NULL;
    if (c->doc->acts.v[lo].verb.first == v + 1 && qawlp_phr_is_stop(c, v) &&
        !qawlp_phr_is_cue(c, v))
        v++;
    return c->doc->acts.v[lo].verb.first == v && v < to ? &c->doc->acts.v[lo] : NULL;
}

static const struct qawl_act *act_opening(const ctx *c, const qawlp_sentence *s,
                                          size_t to)
{
    const struct qawl_act *a = act_at_opening(c, s->first, to);
    size_t v;

    if (a == NULL && (v = past_opening_adverbial(c, s, to)) > s->first)
        a = act_at_opening(c, v, to);
    /* past the auxiliaries that open the sentence (وكانت قد دانت …) */
    for (v = s->first; a == NULL && v < to && v < s->first + 2 &&
                       qawlp_phr_is_exactly(c, v, QAWLP_BIT(QAWLP_SEC_AUXILIARY));)
        a = act_at_opening(c, ++v, to);
    return a;
}

/* The phrase [*FIRST, *LAST) that opens the sentence of verb CUE and
 * ends right before it, when it reads as a source: in the headline, or
 * known by its first word (reads_as_source); 0 when there is none. */
static int opens_before_verb(const ctx *c, const qawlp_cue *cue, size_t *first,
                             size_t *last)
{
    const qawlp_sentence *s =
        &c->doc->sentences.v[qawlp_phr_tok(c, cue->first)->sentence];
    size_t a = s->first;

    if (a >= cue->first || qawlp_phr_is_coordinated(c, a) ||
        qawlp_phr_end(c, a) != cue->first || never_a_source(c, a, cue->first) ||
        qawlp_phr_is_stop(c, a) ||
        !(s->paragraph == 0 || reads_as_source(c, a)))
        return 0;
    *first = a;
    *last = cue->first;
    return 1;
}

/* The auxiliary (كان) that opens the sentence of verb CUE, past adverbs
 * (وكان قبل ذلك), before the verb; SIZE_MAX when the sentence opens
 * otherwise. */
static size_t opening_auxiliary(const ctx *c, const qawlp_cue *cue)
{
    const qawlp_sentence *s =
        &c->doc->sentences.v[qawlp_phr_tok(c, cue->first)->sentence];
    size_t k = s->first;

    while (k < cue->first && qawlp_phr_is_exactly(c, k, QAWLP_BIT(QAWLP_SEC_ADVERB)))
        k++;
    return k < cue->first && qawlp_phr_is_exactly(c, k, QAWLP_BIT(QAWLP_SEC_AUXILIARY))
               ? k
               : SIZE_MAX;
}

/* The noun phrase between an auxiliary that opens the sentence and verb
 * CUE (وكانت الولايات المتحدة حذرت سوريا …، وكان الوزير، فلان، قد أبلغ
 * الرئيس …): كان's noun, which the verb's pronoun subject refers to; the
 * words after the verb are its object.  0 when there is none. */
static int auxiliary_subject(const ctx *c, const qawlp_cue *cue, size_t *first,
                             size_t *last)
{
    size_t a, b;

    if (cue->conj || !subject_before(c, cue, &a, &b) || a == 0 ||
        opening_auxiliary(c, cue) != a - 1 ||
        qawlp_phr_is_exactly(c, cue->first - 1, QAWLP_BIT(QAWLP_SEC_RELATIVE)))
        return 0;
    *first = a;
    *last = b;
    return 1;
}

static int inside_quote(const ctx *c, size_t i);

/* How many tokens an apposition between كان's noun and its verb may take
 * (auxiliary_apposed_subject). */
#define APPOSITION_MAX 24

/* The noun phrase right after an auxiliary that opens the sentence of
 * verb CUE, set off by a comma from an apposition, or followed by a
 * relative clause, that runs up to the verb (وكانت فلانة، شاهدة عيان على
 * ما يجري في المستشفى، قالت …): the phrase before the verb is then the
 * apposition's, not the subject.  0 when there is none. */
static int auxiliary_apposed_subject(const ctx *c, const qawlp_cue *cue,
                                     size_t *first, size_t *last)
{
    size_t k, a, b, i, after = subject_start(c, cue->last);

    /* a verb with a subject of its own (…، بعد أن أعلن الملك، فلان،
     * تشكيل لجنة) is another clause's */
    if (cue->conj ||
        (!qawlp_phr_is_addressed_noun(c, after) && qawlp_phr_end(c, after) > after) ||
        (k = opening_auxiliary(c, cue)) == SIZE_MAX)
        return 0;
    a = k + 1;
    b = qawlp_phr_end(c, a);
    if (b <= a || b >= cue->first || cue->first - b > APPOSITION_MAX ||
        !(qawlp_phr_is_comma(c, b) ||
          /* or by a relative clause (وكانت جماعة فلان والتي تمثل …
           * قد صرحت) */
          qawlp_phr_is_as_written(c, b, QAWLP_BIT(QAWLP_SEC_RELATIVE))) ||
        never_a_source(c, a, b) ||
        !(reads_as_source(c, a) || reads_as_personal_name(c, a, b)))
        return 0;
    /* no cue, quote or contrast (…، ولكن إدارة فلان تقول) between: the
     * verb is still the noun's */
    for (i = b + 1; i < cue->first; i++)
        if (qawlp_phr_is_cue(c, i) || inside_quote(c, i) ||
            qawlp_is(c->doc, c->lex, i, QAWLP_BIT(QAWLP_SEC_CONTRAST)))
            return 0;
    *first = a;
    *last = b;
    return 1;
}

/* The quote whose span holds token I, or NULL.  Quotes are sorted by
 * position and never share a token, so the last one starting at or
 * before I is the only one that can hold it. */
static const struct qawl_quote *quote_holding(const ctx *c, size_t i)
{
    size_t lo = 0, hi = c->doc->quotes.n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->doc->quotes.v[mid].first <= i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && i < c->doc->quotes.v[lo - 1].last ? &c->doc->quotes.v[lo - 1] : NULL;
}

/* Whether token I is inside a quote's span: marks after a verb hold
 * what was said (وهو يهتف "…"), not who said it. */
static int inside_quote(const ctx *c, size_t i)
{
    return quote_holding(c, i) != NULL;
}

/* Whether token I is inside a direct quote: words in marks are what
 * was said (an indirect span may be a false report: بدا أن فلان يشكك). */
static int inside_direct_quote(const ctx *c, size_t i)
{
    const struct qawl_quote *q = quote_holding(c, i);
    return q != NULL && q->type == QAWL_QUOTE_DIRECT;
}

/* The name in marks that opens at token I, before token TO, as a verb's
 * subject (يحكي "فلان الفلاني" في تصريحات …، قائلا): a phrase that fills
 * the marks and opens with a word that reads as a source; 0 when there is
 * none. */
static int name_in_marks(const ctx *c, size_t i, size_t to, size_t *first,
                         size_t *last)
{
    const qawlp_token *t;
    size_t close, end;

    if (i >= to || (t = qawlp_phr_tok(c, i))->kind != QAWLP_TOK_QMARK ||
        t->pair <= (int32_t)i)
        return 0;
    close = (size_t)t->pair;
    if (close >= to || close - i > QAWLP_MAX_MENTION / 2)
        return 0;
    end = qawlp_phr_end(c, i + 1);
    /* a source the lexicons know, or a personal name of two or three
     * words none of which the corpora see outside names, not words
     * quoted as the verb's object (خيانة عظمى، الله أكبر) */
    if (end != close || end <= i + 1 || inside_quote(c, i + 1) ||
        !(known_source_word(c, i + 1) || reads_as_personal_name(c, i + 1, end)))
        return 0;
    *first = i + 1;
    *last = end;
    return 1;
}

/* Whether the verb at token I follows a relative pronoun, perhaps past
 * an auxiliary (الذي قال، التي كانت تتحدث). */
static int in_relative_clause(const ctx *c, size_t i)
{
    if (i > 0 && qawlp_phr_is_exactly(c, i - 1, QAWLP_BIT(QAWLP_SEC_AUXILIARY)))
        i--;
    return i > 0 && qawlp_phr_is_exactly(c, i - 1, QAWLP_BIT(QAWLP_SEC_RELATIVE));
}

/* Where the clause of time or condition that verb cue O opens ends, a
 * comma before token TO (وعندما اقترح عليه فلان إنهاء الزيارة، رد …),
 * when a subordinator stands right before the verb and another verb cue
 * follows the comma before TO; 0 otherwise. */
static size_t subordinate_clause_end(const ctx *c, const qawlp_cue *o, size_t to)
{
    size_t k, comma;

    if (o->first == 0 || !qawlp_phr_is_word(c, o->first - 1) ||
        !qawlp_is(c->doc, c->lex, o->first - 1, QAWLP_BIT(QAWLP_SEC_SUBORDINATOR)))
        return 0;
    for (k = o->last; k < to && !qawlp_phr_is_comma(c, k); k++)
        ;
    if (k >= to)
        return 0;
    /* …، في حين قال إنه: with no other verb after the clause, its verb's
     * subject is still the one the participle or verb continues */
    for (comma = k; k < to; k++)
        if (qawlp_phr_is_cue(c, k) &&
            (c->doc->cues.v[c->cue_at[k]].section == QAWLP_SEC_VERB ||
             c->doc->cues.v[c->cue_at[k]].section == QAWLP_SEC_DESCRIBE))
            return comma;
    return 0;
}

/* The subject of the sentence's first reporting verb, for a participle or
 * a subjectless verb after it (بدوره، جدد السوداني دعوته …، مشيرا إلى …;
 * لكن روسيا رأت أن …، زاعمة أن …). */
static int lede_subject_known(ctx *c, size_t first, size_t last);
static int relayed_source(const ctx *c, const qawlp_cue *q, size_t *first,
                          size_t *last);
static void according_source(const ctx *c, const qawlp_cue *cue, size_t *first_out,
                             size_t *last_out);
static int according_names_source(const ctx *c, size_t first, size_t last);
static int describes_its_object(const ctx *c, const qawlp_cue *cue,
                                size_t first, size_t last);
static int name_then_object(const ctx *c, size_t first, size_t last);

/* How many words open a sentence where a person named before may stand
 * as its subject (لكن الرئيس فلان رفض …، ولم يعط فلان …، وكان فلان …),
 * and how many of the latest named mentions are looked through. */
#define OPENING_WORDS 4
#define OPENING_LOOKBACK 64

/* A person a quote named before sentence S (a source with a personal
 * name) whose surname stands among the first OPENING_WORDS words of S,
 * before cue Q, and who agrees with Q: the subject of the sentence's own
 * verb, which Q (وتقول، مشيرا) goes on from.  Its name as written there,
 * the surname and the words of the name right before it. */
static int named_person_opening(const ctx *c, const qawlp_cue *q,
                                const qawlp_sentence *s, size_t *first,
                                size_t *last)
{
    size_t k, end = s->first + OPENING_WORDS < q->first ? s->first + OPENING_WORDS
                                                         : q->first;

    for (k = s->first; k < end; k++) {
        size_t n = c->doc->mentions.n, seen = 0;
        /* a word that reads as a name (not الجمعة، العلاقات، لفلان, nor
         * a definite feminine adjective: التركية) */
        if (!qawlp_phr_is_word(c, k) || qawlp_phr_is_stop(c, k) ||
            (qawlp_phr_has_article(c, k) && qawlp_phr_may_agree_feminine(c, k)) ||
            qawlp_phr_opens_with_preposition(c, k) || qawlp_phr_is_common(c, k) ||
            qawlp_namelike_token(c->doc, c->lex, k, NULL) == QAWLP_NAMELIKE_NOT_NAME)
            continue;
        while (n-- > 0 && seen < OPENING_LOOKBACK) {
            const qawlp_mention *m = &c->doc->mentions.v[n];
            size_t a = k, j;
            if (m->last > s->first || m->kind != QAWL_SPEAKER_PERSON ||
                m->name_last <= m->name_first)
                continue;
            seen++;
            if (q->gender && m->gender && q->gender != m->gender)
                continue;
            /* its name's last word, or the phrase's when no article
             * makes it an adjective (a description the name parser took
             * for the name: الكاتبة فلانة فلان) */
            if (qawlp_phr_same_word(c, k, m->name_last - 1))
                j = m->name_last - 1;
            else if (!qawlp_phr_has_article(c, k) && qawlp_phr_same_word(c, k, m->last - 1))
                j = m->last - 1;
            else
                continue;
            for (; j > m->first && a > s->first && qawlp_phr_same_word(c, a - 1, j - 1); j--)
                a--;
            *first = a;
            *last = k + 1;
            return 1;
        }
    }
    return 0;
}

/* Whether a reporting verb's cue stands in tokens [FROM, TO): after
 * بحسب الإذاعة، أوضحت الناطقة فلانة …، مضيفة the verb's subject speaks,
 * the source of according-to only relays. */
static int verb_cue_between(const ctx *c, size_t from, size_t to)
{
    size_t k;

    for (k = from; k < to; k++)
        if (qawlp_phr_is_cue(c, k) &&
            (c->doc->cues.v[c->cue_at[k]].section == QAWLP_SEC_VERB ||
             c->doc->cues.v[c->cue_at[k]].section == QAWLP_SEC_DESCRIBE))
            return 1;
    return 0;
}

/* Whether tokens [FROM, TO) open a clause before its subject: nothing,
 * or a contrast particle (stance_modifiers.txt [contrast]: لكن، إلا أن)
 * and perhaps a complementiser after it.  A preposition would make the
 * words after it an adverbial (وفي لبنان قال فلان). */
static int opens_clause_before_subject(const ctx *c, size_t from, size_t to)
{
    size_t n = 0;

    if (from == to)
        return 1;
    if (qawlp_match(c->doc, c->lex, from, to, QAWLP_BIT(QAWLP_SEC_CONTRAST), &n) < 0)
        return 0;
    for (from += n; from < to; from++)
        if (!qawlp_phr_is_comp(c, from))
            return 0;
    return 1;
}

/* Whether the word right before verb Q carries the verb's subject as a
 * pronoun (لكنه حث الزعيم على …، وهي تقول): a [boundary] entry with a
 * gender or a number (boundaries.txt).  The phrase after the verb is then
 * its object, and the quote goes to whom the pronoun refers to. */
static int pronoun_subject_before(const ctx *c, const qawlp_cue *q)
{
    const qawlp_entry *en;
    int e;

    if (q->first == 0 || !qawlp_phr_is_word(c, q->first - 1))
        return 0;
    e = qawlp_match(c->doc, c->lex, q->first - 1, q->first,
                    QAWLP_BIT(QAWLP_SEC_BOUNDARY), NULL);
    if (e < 0)
        return 0;
    en = &c->lex->entries.v[e];
    return en->gender || en->number;
}

/* Whether token I opens marks that close before token TO around more
 * words than a name in marks holds: a quotation. */
static int quotation_opens_at(const ctx *c, size_t i, size_t to)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);

    return t->kind == QAWLP_TOK_QMARK && t->pair > (int32_t)i && (size_t)t->pair < to &&
           (size_t)t->pair - i > QAWLP_LABEL_WORDS + 1;
}

static int body_agrees(const ctx *c, const qawlp_cue *cue, size_t first, size_t last);

static int sentence_subject(ctx *c, const qawlp_cue *q, size_t *first,
                            size_t *last)
{
    const qawlp_sentence *s = &c->doc->sentences.v[qawlp_phr_tok(c, q->first)->sentence];
    size_t i, lede, turned, marked_from = 0, marked_until = 0;

    for (i = s->first; i < q->first; i++) {
        const qawlp_cue *o;
        size_t start, comma;
        /* أدان البيان "… بما يهدد حرية الملاحة"، مؤكدا: a verb inside
         * marks that close before the cue is what was said, whether or
         * not the marks made a quote; one that opens them is the writer
         * quoting a report's own sentence (حيث "ذكّر فلان بـ …"، مشيرا) */
        if (quotation_opens_at(c, i, q->first)) {
            marked_until = (size_t)qawlp_phr_tok(c, i)->pair;
            marked_from = i + 1;
        }
        if (!qawlp_phr_is_cue(c, i) || (i < marked_until && i > marked_from))
            continue;
        o = &c->doc->cues.v[c->cue_at[i]];
        /* …، بحسب ما قالته مصادر لبي بي سي، مضيفة أن: a participle
         * goes on from the source of according-to before it */
        if (o->section == QAWLP_SEC_ACCORDING) {
            if (q->section == QAWLP_SEC_PARTICIPLE && !verb_cue_between(c, o->last, q->first)) {
                according_source(c, o, first, last);
                if (*last > *first && according_names_source(c, *first, *last))
                    return 1;
            }
            continue;
        }
        if (o->section != QAWLP_SEC_VERB && o->section != QAWLP_SEC_DESCRIBE)
            continue;
        /* إن "… وموقف القيادة منذ ذلك الحين يؤكد أن …"، مضيفا: a verb
         * inside another quote's marks belongs to what was said */
        if (inside_direct_quote(c, o->first))
            continue;
        /* فلان، الذي كان يتحدث أمام …: a relative clause's verb is not
         * the sentence's */
        if (in_relative_clause(c, o->first))
            continue;
        /* وعندما اقترح عليه فلان …، رد علان قائلا: the verb of a clause
         * of time is not the main one; read on after its comma */
        if ((comma = subordinate_clause_end(c, o, q->first)) > 0) {
            i = comma;
            continue;
        }
        /* a verb that reports only before a complementiser (عبر) may be
         * a preposition: its "subject" is no source (عبر الفيديو), unless
         * a title or a source follows (عبرت منسقة الأمم المتحدة عن …،
         * معتبرة أن …) */
        if (o->entry >= 0 && c->lex->entries.v[o->entry].clause_only &&
            !qawlp_phr_is_as_written(c, subject_start(c, o->last),
                                     QAWLP_TITLE_SECTIONS | QAWLP_ANON_SECTIONS))
            continue;
        /* إسرائيل تؤكد قتل …: a headline's source opens the sentence
         * before its verb, which has no conjunction; what follows the
         * verb is its object.  So after the function words that open a
         * clause (إلا أن لافروف انتقد ضمنا دمشق …، وقال إن) */
        if (!o->conj && subject_before(c, o, first, last) &&
            opens_clause_before_subject(c, s->first, *first) && reads_as_source(c, *first))
            return 1;
        /* ونقل عن مكتب فلان استنكاره لما وصفه بـ"…": a relay verb's
         * source, after عن, speaks the sentence */
        if (o->relay)
            return relayed_source(c, o, first, last);
        /* وكان فلان قد وصف القرار بـ"…" وقال: the subject before the
         * auxiliary, as the verb's own quote has it */
        if (!o->relay && auxiliary_subject(c, o, first, last))
            return 1;
        /* ولكنه دعا المجتمع الدولي إلى …، مؤكدا: a pronoun is the
         * subject; the words after the verb are its object */
        if (pronoun_subject_before(c, o))
            return 0;
        start = subject_start(c, o->last);
        /* ويضيف للجزيرة نت أن …، مؤكدا: whom it was said to, no subject */
        *last = qawlp_phr_is_addressed_noun(c, start) ? start
                                                      : qawlp_phr_end(c, start);
        /* ودعت المجتمع الدولي إلى …، مؤكدة: a body that cannot agree
         * with the verb is its object, and the subject a pronoun; a
         * later verb of the sentence may name its own (اتهمت الكرملين
         * …، لكن الكرملين استنكر …، معتبرا) */
        if (*last > start && !body_agrees(c, o, start, *last)) {
            *last = start;
            continue;
        }
        /* وصف القرار بـ"…" وقال: what a describing verb describes is
         * its object, not the subject the verb after it continues */
        if (describes_its_object(c, o, start, *last) &&
            !name_then_object(c, start, *last))
            *last = start;
        if (*last > start && !never_a_source(c, start, *last)) {
            *first = start;
            return 1;
        }
        if (name_in_marks(c, start, q->first, first, last))
            return 1;
        return !o->conj && subject_before(c, o, first, last);
    }
    /* خالد الفيصل مشيدا بـ …: a participle right after the phrase that
     * opens the sentence (a headline, a nominal clause) has it as its
     * subject, as a verb there has (opens_before_verb) */
    if (q->section == QAWLP_SEC_PARTICIPLE && opens_before_verb(c, q, first, last))
        return 1;
    /* كما دان فلان الهجوم، وقال إن …: an act's verb opens the sentence,
     * or follows its one particle; its subject follows it and ends where
     * its object opens. */
    {
        const struct qawl_act *a = act_opening(c, s, q->first);
        if (a != NULL) {
            size_t start = subject_start(c, a->verb.last);
            size_t end = act_subject_end(c, a, start, qawlp_phr_end(c, start), 1);
            while (end > start && !qawlp_phr_is_word(c, end - 1))
                end--;
            if (end > start && end < q->first && !never_a_source(c, start, end) &&
                body_agrees(c, &a->verb, start, end)) {
                *first = start;
                *last = end;
                return 1;
            }
        }
    }
    /* ودان السوداني الهجمات، وقال إن …: the sentence opens with another
     * verb (with its conjunction), whose subject follows it, past an
     * agency's dateline (دبي (CNN)-- بدأ فلان زيارته …، مؤكدا). */
    i = lede = qawlp_dateline_end(c->doc, s->first, q->first);
    turned = SIZE_MAX;
    /* من جانبه، تحدث فلان …: past a turn phrase and its comma, where
     * the verb has no conjunction, as a lede's */
    {
        size_t nt = 0;
        if (qawlp_match(c->doc, c->lex, i, q->first, QAWLP_BIT(QAWLP_SEC_TURN), &nt) >= 0 &&
            i + nt < q->first && qawlp_phr_is_comma(c, i + nt)) {
            i += nt + 1;
            turned = i;
        }
    }
    /* قدرت مجلة فلان ثروته بـ …، ووصفته بأنه: so does a reporting verb
     * that reports nothing here (قدر before no complementiser) */
    if (i + 1 < q->first &&
        (opens_with_verb(c, i) || (lede > s->first && i == lede && opens_lede(c, i)) ||
         (turned == i && opens_lede(c, i)) ||
         (qawlp_phr_is_word(c, i) &&
          qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_VERB))))) {
        size_t start = subject_start(c, i + 1);
        /* the verb is no reporting verb and may take its object bare:
         * the subject ends before it (وشنت إسرائيل هجوما …) */
        size_t end = qawlp_phr_object_at(c, start, qawlp_phr_end(c, start));
        /* a lede's verb is any verb, which may take its object bare:
         * its subject must surely name a source (نشر ناشطون مقطع فيديو
         * is no subject) */
        int any_verb = !opens_with_verb(c, i) &&
                       !qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_VERB));
        int ok = end > start && end < q->first && !never_a_source(c, start, end) &&
                 /* (ودعت المجتمع الدولي إلى …: the verb's object) */
                 !(qawlp_phr_is_cue(c, i) &&
                   !body_agrees(c, &c->doc->cues.v[c->cue_at[i]], start, end));
        /* after a turn phrase a verb with no conjunction may be any
         * verb, which may take its object bare: its subject must open
         * with a title and be set off by a comma (استعرضت السيدة فلانة
         * رئيسة المنظمة، المشاكل …) or end at an object in the
         * accusative (استعرض الوزير فلان عددا من …) */
        if (ok && any_verb && turned == i && !opens_with_verb(c, i)) {
            size_t k;
            ok = (qawlp_phr_is_comma(c, end) || qawlp_phr_is_accusative_common(c, end)) &&
                 qawlp_phr_is_as_written(c, start, QAWLP_TITLE_SECTIONS |
                                                       QAWLP_BIT(QAWLP_SEC_HONORIFIC));
            /* nor hold a word with a pronoun (… روحاني نظيره الأمريكي):
             * the object has begun */
            for (k = start; ok && k < end; k++)
                if (qawlp_phr_possessed_word(c, k))
                    ok = 0;
        }
        if (ok && any_verb && (ok = lede_subject_known(c, start, end)) < 0)
            return -1;
        if (ok) {
            *first = start;
            *last = end;
            return 1;
        }
    }
    return named_person_opening(c, q, s, first, last);
}

/* Where the source phrase of a noun cue stands: after it with عن/من
 * (التحذيرات الصادرة عن المستشار …) or before it (عن مسؤول رفيع قوله
 * إن …). */
static int noun_source(const ctx *c, const qawlp_cue *q, size_t *first,
                       size_t *last)
{
    size_t j, k, end;

    /* وبحسب البيان الأمريكي فإن …: a document named after an according-to
     * cue is the source itself */
    if (q->first > 0 && qawlp_phr_is_cue(c, q->first - 1) &&
        c->doc->cues.v[c->cue_at[q->first - 1]].section == QAWLP_SEC_ACCORDING &&
        qawlp_is(c->doc, c->lex, q->first, QAWLP_BIT(QAWLP_SEC_DOCUMENT))) {
        *first = q->first;
        *last = qawlp_phr_end(c, q->first);
        return *last > *first;
    }
    /* بعد قول رئيس الوزراء فلان إن …: the source right after the noun,
     * up to the content it introduces */
    j = q->last;
    if (qawlp_phr_is_word(c, j) &&
        (qawlp_phr_is_as_written(c, j, QAWLP_TITLE_SECTIONS |
                                            QAWLP_ORG_SECTIONS |
                                            QAWLP_ANON_SECTIONS) ||
         qawlp_namelike_token(c->doc, c->lex, j, NULL) ==
             QAWLP_NAMELIKE_NAME) &&
        (end = qawlp_phr_end(c, j)) > j && qawlp_phr_is_comp(c, end)) {
        *first = j;
        *last = end;
        return 1;
    }
    for (j = q->last; j < q->last + 2 && qawlp_phr_is_word(c, j); j++) {
        if (qawlp_is(c->doc, c->lex, j, QAWLP_BIT(QAWLP_SEC_BRIDGE))) {
            *first = j + 1;
            *last = qawlp_phr_end(c, j + 1);
            return *last > *first;
        }
    }
    for (k = q->first; k-- > 0 && k + QAWLP_MAX_MENTION > q->first && qawlp_phr_is_word(c, k);) {
        if (qawlp_is(c->doc, c->lex, k, QAWLP_BIT(QAWLP_SEC_BRIDGE))) {
            *first = k + 1;
            *last = qawlp_phr_end(c, k + 1);
            return *last == q->first && *last > *first;
        }
    }
    return 0;
}

/* The source of a relay verb: نقلت وكالة الأنباء عن مدير العمليات أن … */
/* Whether a function word stands among tokens [FIRST, LAST). */
static int stop_within(const ctx *c, size_t first, size_t last)
{
    for (; first < last; first++)
        if (qawlp_phr_is_stop(c, first))
            return 1;
    return 0;
}

/* Tokens between a relay verb's channel phrase and its عن: a word of the
 * channel's name the phrase left out, a comma. */
#define RELAY_GAP 2

/* Definite adjectives that may follow a masthead in marks before عن. */
#define RELAY_MARKED_ADJECTIVES 2

static int relayed_source(const ctx *c, const qawlp_cue *q, size_t *first,
                          size_t *last)
{
    size_t j = qawlp_phr_end(c, q->last), k;

    /* ونقلت "رويترز" عن …: the medium may stand in marks */
    if (j == q->last && j < c->doc->tokens.n &&
        qawlp_phr_tok(c, j)->kind == QAWLP_TOK_QMARK && qawlp_phr_tok(c, j)->pair > (int32_t)j) {
        size_t after = (size_t)qawlp_phr_tok(c, j)->pair + 1;
        /* ونقلت "وكالة خبر" اليمنية عن …: the masthead's adjectives */
        for (j = after; j < after + RELAY_MARKED_ADJECTIVES && qawlp_phr_is_word(c, j) &&
                        qawlp_phr_written_with_article(c, j) &&
                        !qawlp_is(c->doc, c->lex, j, QAWLP_BIT(QAWLP_SEC_RELAY_FROM));
             j++)
            ;
    }

    /* ونقلت الصحيفة عن مصادر مطلعة: the channel's phrase may run past
     * عن, as a source is described by where it works; the source is
     * after the first عن */
    for (k = q->last + 1; k < j; k++)
        if (qawlp_is(c->doc, c->lex, k, QAWLP_BIT(QAWLP_SEC_RELAY_FROM))) {
            j = k;
            break;
        }
    /* ونقلت وكالة رويترز للأنباء، عن …: the channel's name may end in a
     * word its phrase left out, and a comma may stand before عن */
    for (k = j; k < j + RELAY_GAP && k < c->doc->tokens.n &&
                !qawlp_is(c->doc, c->lex, k, QAWLP_BIT(QAWLP_SEC_RELAY_FROM)) &&
                (qawlp_phr_is_comma(c, k) ||
                 (qawlp_phr_is_word(c, k) && !qawlp_phr_is_stop(c, k) &&
                  !qawlp_phr_is_comp(c, k)));
         k++)
        ;
    if (qawlp_is(c->doc, c->lex, k, QAWLP_BIT(QAWLP_SEC_RELAY_FROM)))
        j = k;
    if (!qawlp_is(c->doc, c->lex, j, QAWLP_BIT(QAWLP_SEC_RELAY_FROM)))
        return 0;
    *first = j + 1;
    *last = qawlp_phr_end(c, j + 1);
    /* نقل عن مكتب فلان استنكاره …، عن فلان قوله: the source's words,
     * named by a noun with his pronoun, end the phrase */
    if (*last > *first + 1 && qawlp_phr_possessed_word(c, *last - 1) &&
        !stop_within(c, *first, *last))   /* مصدر لم تذكر اسمها: his own */
        (*last)--;
    return *last > *first;
}

/* ولفتت "واشنطن بوست" إلى أنه …: a subject in quotation marks, a name
 * (a masthead, a group) when the marks close before a content clause
 * opened by a complementiser, so they cannot hold the quoted words (not
 * وطالب "بحماية دولية" …، بهدف "…", nor وقالت "للعربية": "…").  Replaces
 * the empty phrase [*first, *last) at an opening mark with the marked
 * words. */
static void marked_subject(const ctx *c, const struct qawl_quote *q,
                           size_t *first, size_t *last)
{
    const qawlp_token *t;
    size_t close, end, k = q->first;

    if (*last != *first || *first >= c->doc->tokens.n)
        return;
    if (k > 0 && qawlp_phr_tok(c, k - 1)->kind == QAWLP_TOK_QMARK)
        k--;   /* إن "…": the content opens with marks */
    if (k == 0 || !qawlp_phr_is_comp(c, k - 1))
        return;
    t = qawlp_phr_tok(c, *first);
    if (t->kind != QAWLP_TOK_QMARK || t->pair <= (int32_t)*first)
        return;
    close = (size_t)t->pair;
    if (close >= q->first || close - *first > QAWLP_MAX_MENTION / 2)
        return;
    end = qawlp_phr_end(c, *first + 1);
    if (end == close && end > *first + 1) {
        *first += 1;
        *last = end;
    }
}

/* Where the subject [FIRST, LAST) of act A ends by the act's object
 * (acts.c; BODIES: also
 * after a body's name, for the act's own subject but not for a turn,
 * whose mention the quotes use): before the object its preposition
 * opened (وهدد قائد الفصيل بتوسيع …: a glued preposition is no stop
 * word), and never inside it (a subject that would start there is none).
 * Only acts: quotes' subjects stop at their complementiser. */
static size_t act_object_start(const ctx *c, const struct qawl_act *a,
                               size_t first, size_t last, int bodies)
{
    size_t n, k;
    int e;

    /* after a verb inside its clause, a phrase that runs into the charge
     * is the accused: (روسيا) اتهمت إسرائيل بالمسؤولية; after one that
     * opens it (واتهمت الحكومة …) it is the subject, as the order goes */
    if (a->charge_at > first && last >= a->charge_at &&
        first >= a->verb.last && !a->verb.conj)
        return first;
    if (a->prep_found && first >= a->obj_first)
        return first;
    if (a->prep_found && last > a->obj_first)
        return a->obj_first;
    /* A body after a verb that takes its object bare ends with its name:
     * the lexicon's name, or a head and the defined nouns that name it,
     * and their nisbas (وأعلنت وزارة الصحة وصول …, وزارة الخزانة
     * الأميركية …); what follows is the object. */
    if (!bodies || a->prep_found || first < a->verb.last)
        return last;
    e = qawlp_match(c->doc, c->lex, first, last,
                    QAWLP_BIT(QAWLP_SEC_ORG) | QAWLP_BIT(QAWLP_SEC_ORGHEAD), &n);
    if (e < 0)
        return last;
    k = first + n;
    /* a head's name is the chain of defined nouns after it (جهاز الدفاع
     * المدني); the object, a verbal noun, comes without the article */
    if (c->lex->entries.v[e].section == QAWLP_SEC_ORGHEAD) {
        while (k < last && !qawlp_phr_is_stop(c, k) && qawlp_phr_has_article(c, k))
            k++;
        /* or its name in marks (منظمة «أطباء بلا حدود»), as mentions.c
         * names it whole */
        if (k == first + 1 && k < last &&
            qawlp_phr_tok(c, k)->kind == QAWLP_TOK_QMARK &&
            qawlp_phr_tok(c, k)->pair > (int32_t)k &&
            (size_t)qawlp_phr_tok(c, k)->pair < last)
            k = (size_t)qawlp_phr_tok(c, k)->pair + 1;
    }
    while (k < last && qawlp_phr_is_as_written(c, k, QAWLP_BIT(QAWLP_SEC_NISBA)))
        k++;
    return k;
}

/* END, or the comma before it when END would cut a name set off by
 * commas inside [FIRST, LAST) (المفوضة …، فلان الفلاني، الدول بـ …): the
 * act's object starts after the name, not inside it. */
static size_t outside_apposed_name(const ctx *c, size_t first, size_t end, size_t last)
{
    size_t k, len;

    if (end >= last || end <= first)
        return end;
    for (k = end; k-- > first + 1;)
        if (qawlp_phr_is_comma(c, k)) {
            len = qawlp_phr_apposed_name(c, k + 1);
            return len > 0 && k + 1 + len > end && k + 1 + len <= last ? k + 1 + len : end;
        }
    return end;
}

/* Where the subject [FIRST, LAST) of act A ends: before its object, past
 * a name set off by commas. */
static size_t act_subject_end(const ctx *c, const struct qawl_act *a,
                              size_t first, size_t last, int bodies)
{
    return outside_apposed_name(c, first, act_object_start(c, a, first, last, bodies), last);
}

/* The number the subject starting at token FIRST of verb CUE is known
 * by.  A verb before its subject is singular whatever the subject's
 * number (ويقول محللون): when the lexicon gives the phrase's head as a
 * plural, the number stays open, since a later verb may agree with it as
 * a plural (وأشاروا) or, a broken plural, as a feminine singular
 * (مصادر … وأضافت). */
static char subject_number(const ctx *c, const qawlp_cue *cue, size_t first)
{
    int e;

    if (!(first >= cue->last && cue->number == QAWLP_SING))
        return cue->number;
    e = qawlp_match(c->doc, c->lex, first, c->doc->tokens.n, QAWLP_ANON_SECTIONS, NULL);
    return e >= 0 && c->lex->entries.v[e].number == QAWLP_PLUR ? 0 : cue->number;
}

static int names_a_source(const qawlp_mention *m);
static int opens_clause(const ctx *c, const qawlp_cue *cue);

/* Whether words [FIRST, LAST) next to an act's verb surely name its
 * subject: a body, an unnamed source or a title, or a name the article
 * already gave a speaker.  Right after a verb that takes its object with
 * no preposition (ونفى الجيش استهداف …, but أعلنت تزويد الدفاعات …) a
 * bare unknown phrase is too often the object, as for turns; right
 * before it, too often an adverb (في وقت أعلنت …). */
static int act_subject_known(ctx *c, size_t first, size_t last)
{
    size_t n = c->doc->mentions.n, k;
    qawlp_mention *m;
    int ok;

    if (qawlp_phr_add_mention(c, first, last, 0, 0) < 0)
        return -1;
    m = &c->doc->mentions.v[n];
    ok = names_a_source(m);
    for (k = 0; k < n && !ok; k++)
        ok = qawlp_share_name(c, m, &c->doc->mentions.v[k]);
    c->doc->mentions.n = n;   /* a probe: forget it */
    return ok;
}

/* Whether words [FIRST, LAST) after a lede's verb surely name its
 * subject, as an act's do (act_subject_known), with no word of the
 * clause glued on (روسيا بطرد …). */
static int lede_subject_known(ctx *c, size_t first, size_t last)
{
    size_t n = c->doc->mentions.n;
    int ok = act_subject_known(c, first, last);

    if (ok <= 0)
        return ok;
    if (qawlp_phr_add_mention(c, first, last, 0, 0) < 0)
        return -1;
    ok = !qawlp_phr_holds_clause(c, &c->doc->mentions.v[n]) &&
         !c->doc->mentions.v[n].name_cut;
    c->doc->mentions.n = n;   /* a probe: forget it */
    return ok;
}

/* The sentence subject [*FIRST, *LAST) found for act Q, checked against
 * the acts before it in its sentence: when it lies in the object of one
 * whose subject was found elsewhere (before it: وكانت الوزارة أعلنت تزويد
 * الجيش بـ …، بعدما اتهمت …), the words after that verb are its object,
 * and Q takes that act's subject instead.  (An act with no subject found
 * leaves the phrase after its verb as Q's: أعلن فلان الخميس إلغاء …،
 * مندداً بـ …) */
static void act_before_subject(const ctx *c, const struct qawl_quote *q,
                               size_t *first, size_t *last)
{
    size_t k = q->act - 1, sentence = qawlp_phr_tok(c, q->first)->sentence;

    while (k-- > 0) {
        const struct qawl_act *a = &c->doc->acts.v[k];
        const qawlp_mention *m;
        if (qawlp_phr_tok(c, a->verb.first)->sentence != sentence)
            break;
        if (*first < a->obj_first || *first >= a->q.last)
            continue;
        if (a->q.mention < 0)
            return;
        m = &c->doc->mentions.v[a->q.mention];
        *first = m->first;
        *last = m->last;
        return;
    }
}

/* Whether the phrase [FIRST, LAST) after the verb CUE may be its
 * subject as far as a body goes: a body the lexicons know as masculine
 * singular after a feminine singular verb is its object (كما حثت الجيش
 * الإسرائيلي على …، ودعت المجتمع الدولي إلى …: she urged it). */
static int body_agrees(const ctx *c, const qawlp_cue *cue, size_t first, size_t last)
{
    size_t n;
    int e;

    if (cue->gender != QAWLP_FEM || cue->number != QAWLP_SING)
        return 1;
    e = qawlp_match(c->doc, c->lex, first, last, QAWLP_BIT(QAWLP_SEC_ORG), &n);
    return e < 0 || c->lex->entries.v[e].gender != QAWLP_MASC ||
           c->lex->entries.v[e].number != QAWLP_SING;
}

/* Whether the phrase [FIRST, LAST) after the verb CUE may be its
 * subject as far as a place goes: a country or a city alone takes a
 * feminine verb unless places.txt marks it gender=m (دعت مصر، أعلن
 * العراق), so after a masculine singular verb it is the verb's object,
 * the one called on or accused (ودعا إسرائيل إلى …، اتهم الدوحة بـ …). */
static int place_agrees(const ctx *c, const qawlp_cue *cue, size_t first,
                        size_t last)
{
    size_t n;
    int e;

    if (!body_agrees(c, cue, first, last))
        return 0;
    if (cue->gender != QAWLP_MASC || cue->number != QAWLP_SING)
        return 1;
    e = qawlp_match(c->doc, c->lex, first, last, QAWLP_PLACE_SECTIONS, &n);
    return e < 0 || first + n != last ||
           c->lex->entries.v[e].gender == QAWLP_MASC;
}

/* Verdicts shown by `qawl explain`. */
static const char TAKEN[] = "taken";
static const char NONE_AFTER[] = "no subject after the cue";
static const char NONE_BEFORE[] = "no subject before the verb";
static const char NONE_FOUND[] = "nothing found";

/* Records what RULE found: the phrase [first, last) when FOUND, else
 * VERDICT.  Returns FOUND, or -1 when out of memory. */
static int tried(ctx *c, struct qawl_quote *q, qawlp_rule rule, int found,
                 size_t first, size_t last, const char *verdict)
{
    if (qawlp_step_add(c->doc, q, rule, found ? TAKEN : verdict,
                       found ? first : 0, found ? last : 0, -1))
        return -1;
    if (found)
        q->rule = rule;
    return found;
}

/* LAST, or where quote Q opens when the phrase [FIRST, LAST) runs into
 * it (تعتبرها إسرائيل "آمنة": the marked word is what was said), less
 * the marks before it. */
static int opens_description(const ctx *c, size_t i);

static size_t before_own_quote(const ctx *c, const struct qawl_quote *q,
                               size_t first, size_t last)
{
    if (q->cue_after || first >= q->first || last <= q->first)
        return last;
    last = q->first;
    while (last > first && !qawlp_phr_is_word(c, last - 1))
        last--;
    /* وصف تدمير القطاع بالـ"ممنهج": nor the preposition that opens the
     * description */
    if (last > first + 1 && !qawlp_phr_is_comp(c, last - 1) &&
        opens_description(c, last - 1))
        last--;
    return last;
}

/* Whether the phrase [FIRST, LAST) after describing verb CUE is what it
 * describes, not who: the only phrase before the description's بأن
 * (ووصفت الرائحة بأنها "…": the describer is the verb's pronoun), and
 * nothing the lexicons know as a source opens it. */
/* Whether word I begins with a preposition letter (clitics.txt). */
static int starts_with_preposition_letter(const ctx *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    uint32_t cp;

    return qawlp_utf8_decode((const unsigned char *)c->doc->norm + t->start,
                             t->end - t->start, &cp) > 0 &&
           qawlp_cp_in(cp, c->lex->prep, c->lex->nprep);
}

/* Whether token I opens a description: a complementiser (بأن) or a
 * lone ب before a quotation (بـ"الجبان"). */
static int opens_description(const ctx *c, size_t i)
{
    const qawlp_token *t;

    if (qawlp_phr_is_comp(c, i))
        return 1;
    if (!qawlp_phr_is_word(c, i) || i + 1 >= c->doc->tokens.n ||
        qawlp_phr_tok(c, i + 1)->kind != QAWLP_TOK_QMARK)
        return 0;
    t = qawlp_phr_tok(c, i);
    if (!starts_with_preposition_letter(c, i))
        return 0;
    if (qawlp_count_chars(c->doc->norm + t->start, t->end - t->start, 2) == 1)
        return 1;
    /* بالـ"ممنهج": the preposition and the article alone */
    return c->lex->article_len > 0 &&
           t->end - t->start == t->conj + 2 + c->lex->article_len &&
           memcmp(c->doc->norm + t->start + t->conj + 2, c->lex->article,
                  c->lex->article_len) == 0;
}

/* How many tokens after LAST a description opens: at LAST, or after a
 * preposition and the few words of where (الأوضاع في غزة بأنها); -1
 * when none does. */
#define WHERE_BEFORE_DESCRIPTION 3

static int description_after(const ctx *c, size_t last)
{
    size_t k;

    if (opens_description(c, last))
        return 0;
    if (!qawlp_phr_is_stop(c, last))
        return -1;
    for (k = last + 1; k <= last + WHERE_BEFORE_DESCRIPTION + 1; k++) {
        /* not a lone pronoun after the preposition (وصف فلان له بأنه) */
        if (opens_description(c, k))
            return k > last + 1 && qawlp_phr_is_word(c, last + 1) ? (int)(k - last) : -1;
        if (!qawlp_phr_is_word(c, k) || qawlp_phr_is_cue(c, k) || qawlp_phr_is_stop(c, k))
            return -1;
    }
    return -1;
}

/* Whether the phrase [FIRST, LAST) opens with a word that reads as a
 * name (no article, no common word, not one the corpora keep out of
 * names) before a definite word: the describer and what he describes
 * (ووصف بوليانسكي القرارات بـ"…"). */
static int name_then_object(const ctx *c, size_t first, size_t last)
{
    return last > first + 1 && qawlp_phr_is_word(c, first) &&
           !qawlp_phr_has_article(c, first) && !qawlp_phr_is_common(c, first) &&
           qawlp_namelike_token(c->doc, c->lex, first, NULL) != QAWLP_NAMELIKE_NOT_NAME &&
           qawlp_phr_has_article(c, first + 1);
}

static int describes_its_object(const ctx *c, const qawlp_cue *cue,
                                size_t first, size_t last)
{
    return cue->section == QAWLP_SEC_DESCRIBE && last > first &&
           description_after(c, last) >= 0 &&
           !qawlp_phr_is_as_written(c, first, QAWLP_TITLE_SECTIONS | QAWLP_ANON_SECTIONS |
                                                  QAWLP_BIT(QAWLP_SEC_ORG) |
                                                  QAWLP_BIT(QAWLP_SEC_ORGHEAD) |
                                                  QAWLP_PLACE_SECTIONS) &&
           qawlp_namelike_token(c->doc, c->lex, first, NULL) != QAWLP_NAMELIKE_NAME &&
           !plausible_subject(c, first, last);
}

/* LAST, or the end of the describer when the phrase [FIRST, LAST) after
 * describing verb CUE ends in what it describes: a common word no
 * lexicon knows right before the description (ووصف المتحدث الهجوم
 * بـ"الجبان": the spokesman described the attack). */
static size_t before_described(const ctx *c, const qawlp_cue *cue, size_t first,
                               size_t last)
{
    if (cue->section != QAWLP_SEC_DESCRIBE || last < first + 2 ||
        !opens_description(c, last) || !qawlp_phr_is_common(c, last - 1) ||
        qawlp_phr_is_as_written(c, last - 1, QAWLP_TITLE_SECTIONS | QAWLP_ANON_SECTIONS |
                                                 QAWLP_ORG_SECTIONS | QAWLP_BIT(QAWLP_SEC_NISBA)))
        return last;
    return last - 1;
}

/* LAST, or where the medium or the people spoken to open among tokens
 * (FIRST, LAST): a headline's speaker before its colon ends there
 * (مصادر لـCNN: "…"). */
static size_t before_addressee(const ctx *c, size_t first, size_t last)
{
    size_t k;

    for (k = first + 1; k < last; k++)
        if (qawlp_phr_is_addressee(c, k))
            return k;
    return last;
}

/* How far back from an indefinite document its issuer's phrase may
 * open: the verb, the issuer's words, and an auxiliary. */
#define ISSUER_REACH (QAWLP_MAX_MENTION + 2)

/* Whether token I is a document without the article, as the lexicon
 * writes it or in the accusative (بيان، بيانا، تقريرا). */
static int indefinite_document(const ctx *c, size_t i)
{
    return qawlp_phr_is_word(c, i) && !qawlp_phr_has_article(c, i) &&
           (qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_DOCUMENT)) ||
            qawlp_phr_accusative_of(c, i, QAWLP_BIT(QAWLP_SEC_DOCUMENT)));
}

/* Whether token I is a glued preposition on a known or common noun
 * (بمسودة، لوزارة، بنشر). */
static int prep_led_noun(const ctx *c, size_t i)
{
    return qawlp_phr_is_word(c, i) && (qawlp_phr_is_prepositional_noun(c, i) ||
                                       qawlp_phr_is_prep_on_common(c, i) ||
                                       qawlp_phr_is_prep_led_common(c, i));
}

/* Whether token I opens the issuer's phrase right after the verb: a
 * source's word after a word that is no function word, no source and
 * has no article (the verb: أصدرت الوزارة، not المتحدة after الولايات). */
static int opens_issuer(const ctx *c, size_t i)
{
    return qawlp_phr_is_word(c, i - 1) && !qawlp_phr_is_stop(c, i - 1) &&
           !qawlp_phr_has_article(c, i - 1) && !reads_as_source(c, i - 1) &&
           reads_as_source(c, i);
}

/* The issuer of the indefinite document right before verb CUE (أصدرت
 * وزارة الخارجية بيانا قالت فيه …، وكان البيت الأبيض قد أصدر بيانا قال
 * …): the verb is in the document's clause, its subject the one who
 * issued it.  VSO: the phrase that ends at the document and opens with a
 * source, right after the verb; SVO: the phrase that ends before the
 * verb of the document (and an auxiliary before it) or a comma before
 * the document.  0 when there is none. */
static int document_issuer(const ctx *c, const qawlp_cue *cue, size_t *first,
                           size_t *last)
{
    const qawlp_sentence *s = &c->doc->sentences.v[qawlp_phr_tok(c, cue->first)->sentence];
    size_t d, k, end, ntok = 0;

    if (cue->conj || cue->first < s->first + 2 ||
        (cue->section != QAWLP_SEC_VERB && cue->section != QAWLP_SEC_DESCRIBE) ||
        !indefinite_document(c, cue->first - 1))
        return 0;
    /* a document of two words (مقطع فيديو، مشروع بيان) opens before */
    d = cue->first - 1;
    if (d > s->first &&
        qawlp_match(c->doc, c->lex, d - 1, cue->first, QAWLP_BIT(QAWLP_SEC_DOCUMENT),
                    &ntok) >= 0 && d - 1 + ntok == cue->first)
        d--;
    /* تقدمت الكويت بمسودة بيان، ردّ على فلان في تغريدة: a document
     * behind a preposition is no verb's object */
    if (d <= s->first || prep_led_noun(c, d) || qawlp_phr_is_stop(c, d - 1) ||
        (qawlp_phr_is_word(c, d - 1) && prep_led_noun(c, d - 1) && d - 1 > s->first &&
         !qawlp_phr_is_comma(c, d - 1)))
        return 0;
    /* VSO: the phrase right after the document's verb, up to the document
     * or to the apposition set off by commas before it (نشرت صحيفة
     * فلانية، المقربة من …، تقريرا قالت فيه) */
    end = d;
    if (qawlp_phr_is_comma(c, d - 1)) {
        for (end = d - 1; end > s->first && !qawlp_phr_is_comma(c, end - 1) &&
                          end + ISSUER_REACH > d; end--)
            ;
        if (end == s->first || !qawlp_phr_is_comma(c, end - 1))
            return 0;
        end--;
    }
    for (k = end > s->first + ISSUER_REACH ? end - ISSUER_REACH : s->first + 1; k < end; k++)
        if (opens_issuer(c, k) && qawlp_phr_end(c, k) >= end && !never_a_source(c, k, end)) {
            *first = k;
            *last = end;
            return 1;
        }
    /* SVO: the words before the document's verb and an auxiliary */
    if (end != d)
        return 0;
    end = d - 1;
    while (end > s->first &&
           qawlp_phr_is_exactly(c, end - 1, QAWLP_BIT(QAWLP_SEC_AUXILIARY)))
        end--;
    for (k = end > s->first + QAWLP_MAX_MENTION ? end - QAWLP_MAX_MENTION : s->first;
         k < end; k++)
        if ((k == s->first || !qawlp_phr_is_word(c, k - 1) || qawlp_phr_is_stop(c, k - 1) ||
             qawlp_phr_is_comp(c, k - 1) || qawlp_phr_tok(c, k - 1)->conj) &&
            reads_as_source(c, k) && qawlp_phr_end(c, k) == end &&
            !never_a_source(c, k, end)) {
            *first = k;
            *last = end;
            return 1;
        }
    return 0;
}

/* Whether mention M is remarks that name no one: an indefinite noun of
 * speech, no document, with only its adjectives (حسب تحذيرات أممية
 * ورسمية), whose "name" is the noun itself. */
static int names_no_one(const ctx *c, const qawlp_mention *m)
{
    /* indefinite (تحذيرات أممية، تصريحات جديدة): a definite one may be a
     * body (الادعاء: the prosecution) or an account named before
     * (الرواية الرسمية) */
    return !qawlp_phr_written_with_article(c, m->first) &&
           m->noun_led && m->kind != QAWL_SPEAKER_ORGANISATION &&
           !qawlp_is(c->doc, c->lex, m->first, QAWLP_BIT(QAWLP_SEC_DOCUMENT)) &&
           (m->name_last <= m->name_first || m->name_first == m->first);
}

/* Finds the mention for quote Q, trying the rules in order; each attempt
 * is recorded for `qawl explain`.  Returns -1 on allocation failure. */
/* Whether the phrase [FIRST, LAST) after an according-to cue names a
 * source (GUIDELINES: a person, a body, a report or a document): its
 * noun is a title, body, unnamed source, document, noun of speech
 * or place the lexicons know, as written or behind its glued preposition
 * (لوزارة), or it opens with a name (also behind ل: لروبرت), a pronoun
 * that names its speaker (حسب تعبيره، حسابها), a nisba alone or a word
 * the corpora do not know as a common one (a foreign surname).  A phrase of common
 * nouns (وفقا للقانون الدولي، بناء على طلب، وفقا لاتجاه …) is none. */
static int according_names_source(const ctx *c, size_t first, size_t last)
{
    /* the word named, or the genitive of an indefinite first word
     * (نفس المصدر، لبعض التقارير، تعبير بيان الوزارة), not an adjective
     * of a definite one (للمعايير العسكرية) */
    size_t k, named = first + 1;

    if (first + 1 < last && !qawlp_phr_has_article(c, first))
        named = first + 2;
    for (k = first; k < named; k++)
        if (reads_as_source(c, k) || qawlp_phr_is_prepositional_noun(c, k) ||
            qawlp_is(c->doc, c->lex, k, QAWLP_BIT(QAWLP_SEC_DOCUMENT) |
                                            QAWLP_BIT(QAWLP_SEC_RNOUN) |
                                            QAWLP_PLACE_SECTIONS))
            return 1;
    /* a nisba standing alone qualifies no noun: a family name (ووفق
     * الشعبي فإن …) */
    if (qawlp_phr_name_behind_preposition(c, first) > 0 ||
        qawlp_phr_has_possessive(c, first) ||
        (last == first + 1 && qawlp_phr_nisba_shaped(c, first)))
        return 1;
    return !qawlp_phr_is_common(c, first) && !qawlp_phr_is_common_noun(c, first);
}

/* Whether the phrase [FIRST, LAST) right after accusation verb CUE is
 * the accused, not the subject: the preposition of the charge (acts.txt
 * charge=, اتهم … ب) opens the word after it (واتهم إسرائيل "بأنها
 * تتهرب …"), where a subject would have the accused after it. */
static int accused_before_charge(const ctx *c, const qawlp_cue *cue, size_t first,
                                 size_t last)
{
    size_t n = 0;
    const qawlp_token *t;
    const char *prep;
    int e;

    if (last > first && qawlp_phr_tok(c, last)->kind == QAWLP_TOK_QMARK)
        last++;   /* واتهم إسرائيل "بأنها …" */
    if (last <= first || !qawlp_phr_is_word(c, last) ||
        /* a subject with the accused run on after it (اتهم الرئيس فلان
         * الولايات المتحدة بـ …, a titled one above all): the phrase
         * names its subject */
        qawlp_phr_object_at(c, first, last) < last ||
        qawlp_phr_is_as_written(c, first, QAWLP_TITLE_SECTIONS))
        return 0;
    e = qawlp_match_variants(c->doc, c->lex, cue->first, c->doc->tokens.n,
                             QAWLP_BIT(QAWLP_SEC_ACT_ACCUSATION), QAWLP_STRIP_CONJ, &n);
    if (e < 0 || !c->lex->entries.v[e].charge || (prep = c->lex->entries.v[e].prep) == NULL)
        return 0;
    t = qawlp_phr_tok(c, last);
    return t->end - t->start - t->conj > strlen(prep) &&
           memcmp(c->doc->norm + t->start + t->conj, prep, strlen(prep)) == 0;
}

/* Whether a title opens phrase [FIRST, LAST) or its second word, behind a
 * document (بيان لوزير الإعلام). */
static int titled_phrase(const ctx *c, size_t first, size_t last)
{
    size_t k;

    for (k = first; k < last && k < first + 2; k++)
        if (qawlp_match(c->doc, c->lex, k, last, QAWLP_TITLE_SECTIONS, NULL) >= 0)
            return 1;
    return 0;
}

/* The document phrase that ends right before verb CUE, past a comma or
 * a relative pronoun (تقرير صادر عن صحيفة فلانية جاء فيه، البيان الذي
 * جاء فيه): the nearest word of a document that opens a phrase reaching
 * the verb.  0 when there is none. */
static int document_before(const ctx *c, const qawlp_cue *cue, size_t *first,
                           size_t *last)
{
    const qawlp_sentence *s = &c->doc->sentences.v[qawlp_phr_tok(c, cue->first)->sentence];
    size_t end = cue->first, k;

    if (end > s->first && (qawlp_phr_is_comma(c, end - 1) ||
                           qawlp_phr_is_exactly(c, end - 1, QAWLP_BIT(QAWLP_SEC_RELATIVE))))
        end--;
    for (k = end; k-- > s->first && k + QAWLP_MAX_MENTION > end;) {
        size_t e, n = 0;
        if (!qawlp_phr_is_word(c, k))
            return 0;
        /* a document may be a reporting noun too (تقرير): no other cue */
        if (!qawlp_is(c->doc, c->lex, k, QAWLP_BIT(QAWLP_SEC_DOCUMENT)) ||
            qawlp_phr_opens_with_preposition(c, k)) {
            if (qawlp_phr_is_cue(c, k))
                return 0;
            continue;
        }
        /* تقرير صادر عن منظمة العفو الدولية جاء فيه: the issuer named
         * after the words of [issuer] (organisations.txt) speaks */
        for (e = k + 1; e < end && e <= k + 2; e++)
            if (qawlp_match(c->doc, c->lex, e, end, QAWLP_BIT(QAWLP_SEC_ISSUER), &n) >= 0 &&
                e + n < end && qawlp_phr_end(c, e + n) >= end) {
                *first = e + n;
                *last = end;
                return 1;
            }
        if (qawlp_phr_end(c, k) >= end) {
            *first = k;
            *last = end;
            return 1;
        }
    }
    return 0;
}

static void according_source_once(const ctx *c, const qawlp_cue *cue,
                                  size_t *first_out, size_t *last_out);

/* The according-to cue that starts at token I and ends in the relay
 * preposition ([relay_from]: نقلا عن), or NULL. */
static const qawlp_cue *relay_phrase_at(const ctx *c, size_t i)
{
    const qawlp_cue *q;

    if (!qawlp_phr_is_cue(c, i))
        return NULL;
    q = &c->doc->cues.v[c->cue_at[i]];
    if (q->first != i || q->section != QAWLP_SEC_ACCORDING || q->last <= q->first + 1 ||
        !qawlp_is(c->doc, c->lex, q->last - 1, QAWLP_BIT(QAWLP_SEC_RELAY_FROM)))
        return NULL;
    return q;
}

/* How many relays a source phrase is followed through (فلان نقلا عن
 * علان نقلا عن …): the innermost source is found in a bounded walk. */
#define RELAY_HOPS 2

/* When a relay phrase follows the source phrase [*FIRST, *LAST)
 * (صحيفة الأهرام نقلا عن مصدر أمني، بحسب ما ذكرته قناة … نقلا عن
 * مسؤول), the phrase is the channel and the source after the relay
 * spoke: [*FIRST, *LAST) becomes that source's when it names one. */
static void past_relay(const ctx *c, size_t *first, size_t *last)
{
    const qawlp_cue *r;
    size_t f, l;
    int hops;

    for (hops = 0; hops < RELAY_HOPS && *last > *first &&
                   (r = relay_phrase_at(c, *last)) != NULL;
         hops++) {
        according_source_once(c, r, &f, &l);
        if (l <= f || !according_names_source(c, f, l))
            return;
        *first = f;
        *last = l;
    }
}

/* The source phrase of according-to cue CUE, past any relay after it. */
static void according_source(const ctx *c, const qawlp_cue *cue, size_t *first_out,
                             size_t *last_out)
{
    according_source_once(c, cue, first_out, last_out);
    past_relay(c, first_out, last_out);
}

/* The source phrase right after according-to cue CUE (بحسب الوزارة،
 * وفقا لما أعلنت الوزارة، بحسب تصريحات الوزير) into [*FIRST, *LAST);
 * empty when none follows. */
static void according_source_once(const ctx *c, const qawlp_cue *cue,
                                  size_t *first_out, size_t *last_out)
{
    size_t first = cue->last, last;

    while (qawlp_phr_is_word(c, first) && qawlp_phr_tok(c, first)->end - qawlp_phr_tok(c, first)->start <= 2)
        first++;   /* a lone clitic, as in وفقا لـ مصادر */
    /* بحسب ما صرح الوزير، وفقا لما أعلنت الوزارة: the reporting verb
     * of "what X said" comes before its subject */
    if (is_verb_before(c, first) ||
        (cue->entry >= 0 && c->lex->entries.v[cue->entry].verb_next &&
         qawlp_phr_is_word(c, first) && !qawlp_phr_is_stop(c, first))) {
        /* بحسب ما نقلت الصحيفة عن فلان: a relay verb's source follows
         * عن; the channel stays when what follows names no source (عن
         * عائلات الضحايا) */
        if (qawlp_is(c->doc, c->lex, first, QAWLP_BIT(QAWLP_SEC_RELAY))) {
            qawlp_cue relay = *cue;
            size_t channel_end = qawlp_phr_end(c, first + 1);
            relay.first = (uint32_t)first;
            relay.last = (uint32_t)first + 1;
            /* عن right after the channel's name (not نقل مصدر طلب عدم
             * الكشف عن اسمه: that source spoke itself) */
            if (relayed_source(c, &relay, first_out, last_out) &&
                ((*first_out - 1 >= channel_end && *first_out - 1 <= channel_end + 1) ||
                 qawlp_phr_tok(c, first + 1)->kind == QAWLP_TOK_QMARK) &&
                according_names_source(c, *first_out, *last_out))
                return;
        }
        first++;
        if (qawlp_is(c->doc, c->lex, first, QAWLP_BIT(QAWLP_SEC_BRIDGE)))
            first++;
        /* بحسب ما أفادت به الوزارة: past the verb's pronoun */
        while (first < cue->last + QAWLP_MAX_MENTION / 2 &&
               qawlp_phr_is_exactly(c, first, QAWLP_BIT(QAWLP_SEC_ADVERB)))
            first++;
    }
    /* بحسب تصريحات الوزير، بحسب حديث فلان لـ …: the speaker is the
     * genitive of a noun of speech, not the remarks; a document
     * (بيان مشترك) and an adjective after the noun stay */
    if (speech_noun(c, first) && qawlp_phr_is_word(c, first + 1) && !qawlp_phr_is_stop(c, first + 1) &&
        !qawlp_phr_is_common(c, first + 1) &&
        !qawlp_phr_is_as_written(c, first + 1, QAWLP_BIT(QAWLP_SEC_NISBA)) &&
        !qawlp_phr_may_agree_feminine(c, first + 1) &&   /* تصريحات جديدة */
        qawlp_phr_end(c, first + 1) > first + 1)
        first++;
    /* وفقا لبيان لدائرة الشؤون الخارجية: a statement from a body is the
     * body's (GUIDELINES); its issuer follows behind ل */
    if (qawlp_is(c->doc, c->lex, first, QAWLP_BIT(QAWLP_SEC_DOCUMENT)) &&
        qawlp_phr_end(c, first) == first + 1 && qawlp_phr_opens_with_preposition(c, first + 1) &&
        !qawlp_phr_is_prep_on_common(c, first + 1) && known_source_word(c, first + 1))
        first++;
    last = qawlp_phr_end(c, first);
    /* وفقا لـ«وكالة فلان»: the source's name in marks */
    if (last <= first)
        name_in_marks(c, first,
                      c->doc->sentences.v[qawlp_phr_tok(c, cue->last)->sentence].last,
                      &first, &last);
    /* وفق بيان لوزير الإعلام، فلان الفلاني، أوردته …: the holder's name
     * set off by commas after a title names the source */
    else if (qawlp_phr_is_comma(c, last) && titled_phrase(c, first, last)) {
        size_t e = qawlp_phr_end(c, last + 1);
        if (e > last + 1 &&
            (e >= c->doc->sentences.v[qawlp_phr_tok(c, last)->sentence].last ||
             qawlp_phr_is_comma(c, e)) &&
            reads_as_personal_name(c, last + 1, e))
            last = e;
    }
    *first_out = first;
    *last_out = last;
}

static int mention_for_quote(ctx *c, struct qawl_quote *q)
{
    const qawlp_cue *cue;
    size_t first = 0, last = 0;
    int m, r;

    cue = qawlp_cue_of(c->doc, q);   /* an act's verb too (acts.c) */
    if (cue == NULL)
        return 0;
    if (cue->passive) {
        q->rule = QAWLP_RULE_UNSET;   /* يُتهم بأنه …: nobody is named */
        return qawlp_step_add(c->doc, q, QAWLP_RULE_PASSIVE,
                              "a passive verb names no source",
                              0, 0, -1);
    }
    if (cue->section == QAWLP_COLON_CUE) {
        const qawlp_sentence *s = &c->doc->sentences.v[qawlp_phr_tok(c, cue->first)->sentence];
        first = s->first;
        last = cue->first;
        last = before_addressee(c, first, last);
        /* وأكمل: "…": a verb no lexicon knows, with its conjunction, is
         * no name; the speaker goes on */
        r = tried(c, q, QAWLP_RULE_COLON,
                  !(last == first + 1 && opens_with_verb(c, first) &&
                    !reads_as_source(c, first) &&
                    !qawlp_is(c->doc, c->lex, first, QAWLP_PLACE_SECTIONS)),
                  first, last,
                  "a verb before the colon, not a name");
    } else if (cue->section == QAWLP_SEC_ACCORDING) {
        according_source(c, cue, &first, &last);
        /* وفقا للقانون، بناء على طلبها: no source, the sentence is the
         * writer's own */
        if (last > first && !according_names_source(c, first, last)) {
            q->withdrawn = 1;
            return qawlp_step_add(c->doc, q, QAWLP_RULE_ACCORDING,
                                  "no source: a common noun, the writer's own "
                                  "sentence", first, last, -1);
        }
        r = tried(c, q, QAWLP_RULE_ACCORDING, last > first, first, last, NONE_FOUND);
    } else if (cue->entry >= 0 &&
               c->lex->entries.v[cue->entry].voice == QAWLP_VOICE_RESUMPTIVE) {
        /* أصدر الجيش بيانا جاء فيه: "…": the pronoun points back to the
         * document; its issuer speaks, or the document itself, and no
         * other phrase does */
        if (document_issuer(c, cue, &first, &last))
            r = tried(c, q, QAWLP_RULE_BEFORE_CUE, 1, first, last, NULL);
        else
            r = tried(c, q, QAWLP_RULE_BEFORE_CUE, document_before(c, cue, &first, &last),
                      first, last, "no document right before the verb");
    } else {
        int before_tried = 0;
        r = 0;
        /* أصدرت الوزارة بيانا قالت فيه …: the document's issuer */
        if (q->act == 0 && document_issuer(c, cue, &first, &last)) {
            r = tried(c, q, QAWLP_RULE_BEFORE_CUE, 1, first, last, NULL);
            before_tried = 1;
        }
        /* An act verb inside its clause, with no conjunction, follows its
         * subject (لجنة التحقيق تتهم إسرائيل بـ …): what comes after it is
         * its object, so a known source before it is tried first. */
        if (r == 0 && q->act > 0 && cue->section != QAWLP_SEC_PARTICIPLE &&
            !cue->conj) {
            int found = subject_before(c, cue, &first, &last);
            if (found)
                found = act_subject_known(c, first, last);
            if (found < 0)
                return -1;
            if (found) {
                r = tried(c, q, QAWLP_RULE_BEFORE_CUE, 1, first, last, NULL);
                before_tried = 1;
            }
        }
        /* الأطراف المتحاربة التي بررت قسوتها بزعم أن …: a verb right
         * after a relative pronoun has the noun before it as its
         * subject, unless a source follows the verb (الواقعة التي
         * أعلنت فيها بريطانيا أن); what follows is its object. */
        if (r == 0 && q->act == 0 && !cue->conj && cue->first > 0 &&
            cue->section != QAWLP_SEC_PARTICIPLE &&
            cue->section != QAWLP_SEC_RNOUN && !cue->relay &&
            qawlp_phr_is_exactly(c, cue->first - 1, QAWLP_BIT(QAWLP_SEC_RELATIVE)) &&
            !reads_as_source(c, subject_start(c, cue->last)) &&
            subject_before(c, cue, &first, &last)) {
            r = tried(c, q, QAWLP_RULE_BEFORE_CUE, 1, first, last, NULL);
            before_tried = 1;
        }
        /* Subject, verb, object: a sentence that opens with a source
         * right before a verb without its conjunction (a headline: الصحة
         * الفلسطينية تعلن قطاع غزة "…") has it as the verb's subject;
         * what follows the verb is its object. */
        if (r == 0 && q->act == 0 && !cue->conj && cue->section == QAWLP_SEC_VERB &&
            !cue->relay && opens_before_verb(c, cue, &first, &last)) {
            r = tried(c, q, QAWLP_RULE_BEFORE_CUE, 1, first, last, NULL);
            before_tried = 1;
        }
        if (r == 0 && q->act == 0 && !cue->relay &&
            (cue->section == QAWLP_SEC_VERB || cue->section == QAWLP_SEC_DESCRIBE) &&
            (auxiliary_subject(c, cue, &first, &last) ||
             auxiliary_apposed_subject(c, cue, &first, &last))) {
            r = tried(c, q, QAWLP_RULE_BEFORE_CUE, 1, first, last, NULL);
            before_tried = 1;
        }
        /* A headline names its speaker between the quotation and a
         * verb after it ("…".. الأردن يعلن تسيير …): subject, verb,
         * object.  After "…"، قال the subject follows as usual. */
        if (r == 0 && q->cue_after && q->act == 0 && !cue->conj &&
            cue->section != QAWLP_SEC_PARTICIPLE &&
            cue->section != QAWLP_SEC_RNOUN && !cue->relay &&
            subject_before(c, cue, &first, &last) && first >= q->last &&
            !never_a_source(c, first, last)) {   /* "…".. كلمات جاء في بيان */
            r = tried(c, q, QAWLP_RULE_BEFORE_CUE, 1, first, last, NULL);
            before_tried = 1;
        }
        if (r == 0 && (cue->relay || cue->section == QAWLP_SEC_RNOUN)) {
            int found = cue->relay ? relayed_source(c, cue, &first, &last)
                                   : noun_source(c, cue, &first, &last);
            r = tried(c, q, QAWLP_RULE_RELAYED, found, first, last, NONE_FOUND);
        }
        /* A participle (مضيفا) or a noun has no subject of its own. */
        if (r == 0 && cue->section != QAWLP_SEC_PARTICIPLE &&
            cue->section != QAWLP_SEC_RNOUN) {
            first = subject_start(c, cue->last);
            /* قال لأعضاء البرلمان: whom it was said to, no subject */
            last = qawlp_phr_is_addressed_noun(c, first)
                       ? first
                       : qawlp_phr_end(c, first);
            /* لكنه حث الزعيم على …: the pronoun is the subject */
            if (pronoun_subject_before(c, cue))
                last = first;
            else if (q->act == 0) {
                marked_subject(c, q, &first, &last);
                last = before_own_quote(c, q, first, last);
                if (describes_its_object(c, cue, first, last) ||
                    accused_before_charge(c, cue, first, last) ||
                    never_a_source(c, first, last) || speech_noun_object(c, first, last))
                    last = first;
                else
                    last = before_described(c, cue, first, last);
            }
            if (q->act > 0) {   /* an act's object is not its subject */
                const struct qawl_act *a = &c->doc->acts.v[q->act - 1];
                last = act_subject_end(c, a, first, last, 1);
                if (last > first && !place_agrees(c, cue, first, last))
                    last = first;
                if (last > first && !a->prep_found) {
                    int ok = act_subject_known(c, first, last);
                    if (ok < 0)
                        return -1;
                    if (!ok)
                        last = first;
                }
            }
            if (q->act == 0)
                past_relay(c, &first, &last);
            r = tried(c, q, q->cue_after ? QAWLP_RULE_AFTER_QUOTE : QAWLP_RULE_EXPLICIT,
                      last > first, first, last, NONE_AFTER);
        }
        /* أما الوزير فقال إن …، أما الوزير فقد قال إن … */
        if (r == 0 && (cue->conj || conj_auxiliary_before(c, cue)) &&
            cue->section != QAWLP_SEC_PARTICIPLE &&
            cue->section != QAWLP_SEC_RNOUN && topic_subject(c, cue, &first, &last))
            r = tried(c, q, QAWLP_RULE_BEFORE_CUE, 1, first, last, NULL);
        /* (each search runs before tried() reads FIRST and LAST) */
        /* (an act takes a subject before it only when known, above) */
        if (r == 0 && cue->section != QAWLP_SEC_PARTICIPLE &&
            cue->section != QAWLP_SEC_RNOUN && !cue->conj && !before_tried &&
            q->act == 0) {
            int found = subject_before(c, cue, &first, &last);
            r = tried(c, q, QAWLP_RULE_BEFORE_CUE, found, first, last, NONE_BEFORE);
        }
        /* an act verb joined by و to the verb before it (حذرت إسرائيل،
         * وطالبتها بـ …) shares that verb's subject: attribute continues
         * the speaker of the act or quote before it */
        if (r == 0 && cue->section != QAWLP_SEC_RNOUN &&
            !(q->act > 0 && cue->conj &&
              cue->section != QAWLP_SEC_PARTICIPLE)) {
            int found = sentence_subject(c, cue, &first, &last);
            if (found < 0)
                return -1;
            if (found && q->act > 0)
                act_before_subject(c, q, &first, &last);
            r = tried(c, q, QAWLP_RULE_SENTENCE, found, first, last, NONE_FOUND);
        }
    }
    if (r < 0)
        return -1;
    if (r == 0) {
        q->rule = QAWLP_RULE_UNSET;
        return 0;
    }
    /* نقلت الوكالة عن فلان: a relay verb agrees with the channel, not
     * with the source it names */
    if (q->rule == QAWLP_RULE_RELAYED)
        m = qawlp_phr_add_mention(c, first, last, 0, 0);
    else
        m = qawlp_phr_add_mention(c, first, last, cue->gender,
                                  subject_number(c, cue, first));
    if (m < 0)
        return -1;
    /* وتشير تصريحات أوباما: the verb agrees with the reporting noun that
     * opens the phrase, not with the speaker it names */
    c->doc->mentions.v[m].noun_led =
        qawlp_is(c->doc, c->lex, first, QAWLP_BIT(QAWLP_SEC_RNOUN));
    c->doc->mentions.v[m].remarks = names_no_one(c, &c->doc->mentions.v[m]);
    /* an act's subject runs into its object more often than a
     * quote's: it names its entity only when no quote's subject does */
    c->doc->mentions.v[m].from_act = q->act > 0;
    /* وفقا لروبرت فلان: the name is written without the preposition */
    if (q->rule == QAWLP_RULE_ACCORDING)
        qawlp_phr_lead_past_preposition(c, &c->doc->mentions.v[m]);
    q->mention = m;
    return 0;
}

/* Whether the verb cue CUE opens its clause: at the start of its
 * sentence or after a conjunction, past adverbs and turn words (بدوره،
 * …) — not a verb inside a clause (الانسحاب يعتبر أمرا خطيرا). */
static int opens_clause(const ctx *c, const qawlp_cue *cue)
{
    const qawlp_sentence *s =
        &c->doc->sentences.v[qawlp_phr_tok(c, cue->first)->sentence];
    size_t i;

    if (cue->conj)
        return 1;
    for (i = s->first; i < cue->first; i++)
        if (qawlp_phr_is_word(c, i) &&
            !qawlp_phr_is_exactly(c, i, QAWLP_BIT(QAWLP_SEC_ADVERB) |
                                  QAWLP_BIT(QAWLP_SEC_TURN)))
            return 0;
    return 1;
}

/* Whether mention M names a source well enough to take the floor: a
 * body, an unnamed source or a title.  A bare unknown word after a verb is
 * too often its object to hand it the floor. */
static int names_a_source(const qawlp_mention *m)
{
    return m->kind != QAWL_SPEAKER_PERSON || m->titled;
}

/* Whether a subject phrase ending before token LAST ends where its
 * verb's complement opens (حذر الوزير من …، أشار المسؤول إلى …) or its
 * clause ends: a phrase run into an object (يقدر المدير عدد الألغام) is
 * no name. */
static int ends_before_complement(const ctx *c, size_t last)
{
    return last >= c->doc->tokens.n || !qawlp_phr_is_word(c, last) ||
           qawlp_is(c->doc, c->lex, last, QAWLP_BIT(QAWLP_SEC_BRIDGE));
}

/* Whether mention M names a person by a name of two or three words that
 * reads as one (reads_as_personal_name), no conjunction inside it, after
 * a title or opening with a first name the corpora know, and not behind
 * a glued preposition: what a phrase outside a reporting verb's subject
 * must name to give a person the floor (an opener, according-to).  A
 * title run into the verb's object (الرئيس الأمريكي انتقاداته) or a
 * misspelt pronoun noun (على حد نعبيره) names no one. */
static int names_a_person(const ctx *c, const qawlp_mention *m)
{
    size_t k;

    if (m->kind != QAWL_SPEAKER_PERSON || m->weak || m->name_cut || m->lead_var ||
        !reads_as_personal_name(c, m->name_first, m->name_last) ||
        !(m->titled || qawlp_phr_is_first_name(c, m->name_first)))
        return 0;
    for (k = m->name_first; k < m->name_last; k++)
        if (qawlp_phr_tok(c, k)->conj)
            return 0;
    return 1;
}

/* A person named by an according-to phrase that yielded no quote of its
 * own (…، حسب قول الناطق باسم وزارة الدفاع. وأوضح أن …) takes the floor
 * as the subject of a reporting verb does; a body so named is more often
 * the channel (بحسب التلفزيون الرسمي) than the speaker a later وأضاف
 * goes on.  Returns -1 when out of memory. */
static int according_person_turn(ctx *c, const qawlp_cue *cue)
{
    size_t first = 0, last = 0, before = c->doc->mentions.n;
    const qawlp_mention *m;
    qawlp_turn *t;
    int k;

    according_source(c, cue, &first, &last);
    if (last <= first || !according_names_source(c, first, last))
        return 0;
    k = qawlp_phr_add_mention(c, first, last, 0, 0);
    if (k < 0)
        return -1;
    m = &c->doc->mentions.v[k];
    /* a personal name (names_a_person) or a bare title phrase, none run
     * into its clause or behind a preposition (لنسخة لتصريحاته) */
    if (qawlp_phr_holds_clause(c, m) || never_a_source(c, first, last) ||
        !(names_a_person(c, m) ||
          (m->kind == QAWL_SPEAKER_PERSON && !m->weak && !m->lead_var &&
           m->title_only && m->bare_title))) {
        c->doc->mentions.n = before;
        return 0;
    }
    t = QAWLP_PUSH(c->doc->turns);
    if (t == NULL)
        return -1;
    t->at = cue->first;
    t->mention = k;
    return 0;
}

/* Records the subjects of the reporting verbs that yielded no quote (see
 * qawlp_turn): a verb that opens its clause, outside every quote, with an
 * explicit subject after it that names a source; and the persons named
 * by an according-to phrase that yielded none (according_person_turn). */
static int find_turns(ctx *c)
{
    size_t k, qi = 0, ai = 0;
    uint8_t *quoted = qawlp_calloc(c->doc->cues.n + 1, 1);

    if (quoted == NULL)
        return -1;
    for (k = 0; k < c->doc->quotes.n; k++)
        if (c->doc->quotes.v[k].cue >= 0)
            quoted[c->doc->quotes.v[k].cue] = 1;
    for (k = 0; k < c->doc->cues.n; k++) {
        const qawlp_cue *cue = &c->doc->cues.v[k];
        qawlp_turn *t;
        size_t first, last, nmentions = c->doc->mentions.n;
        int m, past_name = 0;
        /* quotes and cues are both in text order */
        while (qi < c->doc->quotes.n && c->doc->quotes.v[qi].last <= cue->first)
            qi++;
        if (quoted[k] || cue->passive || cue->relay ||
            (qi < c->doc->quotes.n && c->doc->quotes.v[qi].first <= cue->first))
            continue;
        if (cue->section == QAWLP_SEC_ACCORDING) {
            if (according_person_turn(c, cue) < 0)
                break;
            continue;
        }
        if ((cue->section != QAWLP_SEC_VERB &&
             cue->section != QAWLP_SEC_DESCRIBE) ||
            !opens_clause(c, cue))
            continue;
        first = subject_start(c, cue->last);
        last = qawlp_phr_end(c, first);
        /* an act verb's subject stops where its object opens (acts.c) */
        while (ai < c->doc->acts.n && c->doc->acts.v[ai].verb.first < cue->first)
            ai++;
        if (ai < c->doc->acts.n && c->doc->acts.v[ai].verb.first == cue->first) {
            last = act_subject_end(c, &c->doc->acts.v[ai], first, last, 0);
            /* past a body's name the words may be the act's object
             * (وأعلنت وزارة الصحة وصول …): the turn keeps them, as the
             * quotes had them, but they do not name the entity */
            past_name = act_subject_end(c, &c->doc->acts.v[ai], first, last,
                                        1) < last;
        }
        /* وشدد الوزير لبي بي سي على …: past whom it was said to */
        {
            size_t na = 0, after = last;
            if (last > first &&
                qawlp_match(c->doc, c->lex, last, c->doc->tokens.n,
                            QAWLP_BIT(QAWLP_SEC_ADDRESSEE), &na) >= 0)
                after += na;
            if (last <= first || !ends_before_complement(c, after) ||
                !body_agrees(c, cue, first, last))
                continue;
        }
        m = qawlp_phr_add_mention(c, first, last, cue->gender, subject_number(c, cue, first));
        if (m < 0)
            break;
        /* not a source, or one with no personal name run into its
         * clause (واتهمت أنقرة الوحدات الكردية بإطلاقها): forget it */
        if (!names_a_source(&c->doc->mentions.v[m]) ||
            (c->doc->mentions.v[m].name_last == c->doc->mentions.v[m].name_first &&
             qawlp_phr_holds_clause(c, &c->doc->mentions.v[m]))) {
            c->doc->mentions.n = nmentions;
            continue;
        }
        c->doc->mentions.v[m].past_name = (uint8_t)past_name;
        t = QAWLP_PUSH(c->doc->turns);
        if (t == NULL)
            break;
        t->at = cue->first;
        t->mention = m;
    }
    qawlp_free(quoted);
    return k < c->doc->cues.n ? -1 : 0;
}

/* Whether mention M plainly names a source: a personal name, or a title,
 * body or unnamed source the lexicons know by its first word, and none
 * of its clause's words (an act's subject runs on more often than a
 * quote's). */
static int clean_source(const ctx *c, const qawlp_mention *m)
{
    return (m->name_last > m->name_first || reads_as_source(c, m->first)) &&
           !qawlp_phr_holds_clause(c, m) && !never_a_source(c, m->first, m->last);
}

static int by_turn_position(const void *x, const void *y)
{
    const qawlp_turn *a = x, *b = y;

    return (a->at > b->at) - (a->at < b->at);
}

/* An act whose verb opens its clause, outside every quote, with its
 * subject named right after it (وطالب الوزير فلان بـ …) takes the floor
 * as a reporting verb does: a later subjectless cue (وأضاف أن …)
 * continues that speaker, not one quoted before it.  Turns stay in text
 * order. */
static int act_turns(ctx *c)
{
    size_t k, qi = 0, before = c->doc->turns.n;

    for (k = 0; k < c->doc->acts.n; k++) {
        const struct qawl_act *a = &c->doc->acts.v[k];
        qawlp_turn *t;
        while (qi < c->doc->quotes.n &&
               c->doc->quotes.v[qi].last <= a->verb.first)
            qi++;
        if (a->q.mention < 0 || a->q.rule != QAWLP_RULE_EXPLICIT ||
            (qi < c->doc->quotes.n && c->doc->quotes.v[qi].first <= a->verb.first) ||
            !opens_clause(c, &a->verb) || !clean_source(c, &c->doc->mentions.v[a->q.mention]))
            continue;
        t = QAWLP_PUSH(c->doc->turns);
        if (t == NULL)
            return -1;
        t->at = a->verb.first;
        t->mention = a->q.mention;
    }
    if (c->doc->turns.n > before)
        qsort(c->doc->turns.v, c->doc->turns.n, sizeof c->doc->turns.v[0],
              by_turn_position);
    return 0;
}

/* Whether token I is a verb cue that reports only before a
 * complementiser (content=clause: تحدث، قدر). */
static int clause_only_cue(const ctx *c, size_t i)
{
    const qawlp_cue *o;

    if (!qawlp_phr_is_cue(c, i))
        return 0;
    o = &c->doc->cues.v[c->cue_at[i]];
    return o->section == QAWLP_SEC_VERB && o->entry >= 0 &&
           c->lex->entries.v[o->entry].clause_only;
}

/* Whether a word follows token AT in sentence S: a line of a subject and
 * nothing else is a subheading. */
static int sentence_goes_on(const ctx *c, const qawlp_sentence *s, size_t at)
{
    for (; at < s->last; at++)
        if (qawlp_phr_is_word(c, at))
            return 1;
    return 0;
}

/* The sections an opener's subject begins with (find_openers). */
#define OPENER_SECTIONS                                                      \
    (QAWLP_TITLE_SECTIONS | QAWLP_ANON_SECTIONS | QAWLP_BIT(QAWLP_SEC_ORG) | \
     QAWLP_BIT(QAWLP_SEC_ORGHEAD) | QAWLP_BIT(QAWLP_SEC_HONORIFIC))

/* Records the subject of each sentence opened by a verb no lexicon
 * knows or one that reports nothing there (تحدث السيد فلان مع …،
 * وتساءلت السيدة فلانة …), when the phrase
 * names a source (a titled person, a body): qawlp_doc.openers, for the
 * continuations that find no earlier speaker.  Returns -1 when out of
 * memory. */
static int find_openers(ctx *c)
{
    size_t k;

    for (k = 0; k < c->doc->sentences.n; k++) {
        size_t i = c->doc->sentences.v[k].first, start, end, before;
        int m, personal;
        qawlp_turn *t;
        if (i + 1 >= c->doc->sentences.v[k].last || !qawlp_phr_is_word(c, i) ||
            qawlp_phr_has_article(c, i) ||
            /* a verb that reports only before a complementiser (تحدث)
             * opens one as well */
            (qawlp_phr_is_cue(c, i) && !clause_only_cue(c, i)) ||
            (qawlp_var_slot(c->doc, qawlp_phr_tok(c, i), 0) >= 0 &&
             !clause_only_cue(c, i)) ||
            qawlp_phr_is_stop(c, i))
            continue;
        start = subject_start(c, i + 1);
        /* the phrase's first word is asked first: most sentences' is no
         * source's, and then the phrase need not be read */
        if (!qawlp_phr_is_as_written(c, start, OPENER_SECTIONS) &&
            !qawlp_phr_is_first_name(c, start))
            continue;
        end = qawlp_phr_end(c, start);
        /* as for turns, or at a preposition (تحدث فلان مع …) or an
         * object in the accusative (أصدر الرئيس فلان قانونا …) */
        if (end <= start ||
            !(ends_before_complement(c, end) || qawlp_phr_is_stop(c, end) ||
              qawlp_phr_is_accusative_common(c, end)))
            continue;
        /* a first name opens a source only as a whole personal name
         * (ويتذمر سامي الطويل من …), not run into the verb's object */
        personal = !qawlp_phr_is_as_written(c, start, OPENER_SECTIONS);
        if (personal && !reads_as_personal_name(c, start, end))
            continue;
        before = c->doc->mentions.n;
        m = qawlp_phr_add_mention(c, start, end, 0, 0);
        if (m < 0)
            return -1;
        /* a source the lexicons know by its first word or a personal
         * name, not a lone place (غزة) nor a word behind a preposition
         * (بمدائح) */
        if ((!personal && !names_a_source(&c->doc->mentions.v[m])) ||
            c->doc->mentions.v[m].kind == QAWL_SPEAKER_ANONYMOUS ||
            (end == start + 1 && qawlp_is(c->doc, c->lex, start, QAWLP_PLACE_SECTIONS))) {
            c->doc->mentions.n = before;   /* not a source: forget it */
            continue;
        }
        /* run into its object more often than a quote's subject: it
         * names its entity only when nothing else does */
        c->doc->mentions.v[m].from_act = 1;
        t = QAWLP_PUSH(c->doc->openers);
        if (t == NULL)
            return -1;
        t->at = (uint32_t)i;
        t->mention = m;
        t->named = (uint8_t)(names_a_person(c, &c->doc->mentions.v[m]) &&
                             sentence_goes_on(c, &c->doc->sentences.v[k], end));
    }
    return 0;
}

/* Removes the quotes whose cue turned out to name no source
 * (according_names_source), keeping the rest in text order. */
static void drop_withdrawn(qawlp_doc *doc)
{
    size_t i, n = 0;

    for (i = 0; i < doc->quotes.n; i++) {
        struct qawl_quote *q = &doc->quotes.v[i];
        if (q->withdrawn)   /* (its arrays go with the document's texts) */
            continue;
        if (n != i)
            doc->quotes.v[n] = *q;
        n++;
    }
    doc->quotes.n = n;
}

qawl_status qawlp_sources_run(qawlp_doc *doc, const qawl_lexicon *lex,
                              qawl_error *err)
{
    /* kept in DOC for the entities stage, which reads the same phrases */
    qawlp_phr *c = qawlp_phr_of(doc, lex);
    size_t i;
    int failed = 0;

    if (c == NULL)
        goto nomem;
    for (i = 0; i < doc->quotes.n && !failed; i++)
        failed = mention_for_quote(c, &doc->quotes.v[i]);
    if (!failed)
        drop_withdrawn(doc);
    if (!failed)
        failed = find_turns(c);
    if (!failed)
        failed = find_openers(c);
    /* Acts' subjects, found by the quotes' rules, after the turns so that
     * the quotes' own attribution is as it was without acts. */
    for (i = 0; i < doc->acts.n && !failed; i++)
        failed = mention_for_quote(c, &doc->acts.v[i].q);
    if (!failed)
        failed = act_turns(c);
    if (!failed)
        return QAWL_OK;
nomem:
    return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                           "out of memory");
}
