/*
 * stance.c — stage 8: score each quote's stance toward the conflict.
 *
 * Input: doc->quotes (each with its content tokens [first, last)) and the
 * stance lexicons: stance.txt ([de-escalation] weight > 0, [escalation]
 * weight < 0) and stance_modifiers.txt ([negation], [intensifier], [hedge],
 * [contrast], [condition], each with factor= and scope=).  Output, per
 * quote: score in [-1, 1] (positive: toward de-escalation), a label, and
 * one evidence record per stance term (the term as written in the input,
 * its input span, its weight after modifiers, the modifier that changed
 * it most, and its frame).  No vocabulary lives here: every word comes
 * from the lexicons.
 *
 * Names first.  Before a quote is read, the tokens of names are marked:
 * organisations and places of the lexicons, the speaker phrases the
 * mentions stage recognised, the [name] entries of stance.txt, and what
 * follows a [name_head] (its quoted name, or up to scope= words when the
 * head has no article).  A term lying wholly in a name is recorded with
 * the modifier "masked" and weight 0 (مستشفى كمال عدوان is no aggression).
 *
 * Method.  The content is read left to right once.  At each word the
 * longest lexicon entry wins, terms and modifiers alike, fixed forms and
 * pattern entries (matched once per quote, see qawlp_pattern_scan) alike;
 * a tie goes to the fixed form.  The words it
 * covers are consumed: so "عدم التصعيد", an entry of its own, is not
 * negated a second time by its عدم.  When a term and a negator tie (لن
 * نسمح is a defiant vow on its own and a negator before a noun), the words
 * are a negator if they reach a later term and a term otherwise: "لن نسمح
 * بحرب شاملة" is restraint, "لن نسمح بذلك" defiance.  Any other tie goes
 * to the term.  Each term's weight is multiplied by the factors of the
 * modifiers that reach it:
 *
 *   negation     the nearest negator before the term, within its scope in
 *                tokens (0: the rest of the clause), in the same clause;
 *                a negative factor flips the term ("ليس هدفنا حربا").
 *                Ending and stopping words (إنهاء, وقف, تتوقف) are
 *                negators too.  A term whose last words are a negator
 *                ("يجب إنهاء") also reaches later terms as that negator.
 *   exception    a [negation] entry with a positive factor (دون, بدون,
 *                إلا, بلا).  After a negation in its clause -- a negator,
 *                or a term that begins with one ("لا سلام" is لا + the
 *                term سلام) -- it restricts instead of negating: "لا X
 *                دون Y" says that X needs Y.  The clause's negated terms X
 *                are restored to their affirmative weight times
 *                STANCE_PREMISE (reported as "condition"), Y is not
 *                negated, and the clause's negator stops there: "لا سلام
 *                دون حل عادل" is a call for a just solution, "لا هدنة دون
 *                القضاء على العدو" one for force.  With no negation before
 *                it in the clause it negates with its factor's sign flipped
 *                ("دون تصعيد"; نأمل ألا … folds to the same word as إلا).
 *   intensifier  one per term: the nearest one before it within scope, or
 *   hedge        else the first one after it within scope; same clause.
 *                Words such as فوري and مؤقتة follow the noun they qualify.
 *   contrast     every term after the latest contrast word (لكن, بل) in
 *                the quote, within its scope (0: the rest of the quote):
 *                what follows "but" is what the speaker means.
 *   condition    terms after the latest condition word (إذا, لو) within
 *                its scope and sentence (a condition spans the comma
 *                between its two halves), and terms before it in its
 *                clause ("سنرد إذا ..."): a conditional vow is weaker.
 *
 * Frames, once the quote is read (resolve_frames).  Each term carries the
 * frame= of its entry, else that of a modifier that reached it (ندعو:
 * call).  Terms of frame report (violence named: قصف, العدوان, تدمير) are
 * the speaker's position only where the speaker takes them up: in a
 * clause with a threat, commitment, justification, praise or call term,
 * or reached by a call or commitment modifier, they keep their weight; in
 * a sentence that condemns or accuses they turn toward de-escalation
 * (STANCE_CONDEMNED); negated they keep what the negation made of them,
 * at least STANCE_AGAINST_MIN when the negator rejects or warns; anywhere
 * else they weigh 0.  Aid denied in a condemning sentence is what is
 * condemned, and an atrocity prevented stays a position against it.
 *
 * A clause ends at , ، ; ؛ : . ! ? ؟ … – — and line breaks, and at a
 * contrast word.  The score is S / (1 + |S|): a soft squash that keeps one
 * strong term below 1 and lets agreeing terms add up; the thresholds below
 * turn it into a label.  S is the sum of the modified weights, except that
 * weak terms (|weight| <= STANCE_TOPIC_MAX after modifiers: plain topic
 * words such as الحرب, غارات, محادثات) do not add up: of each sign only
 * the strongest weak term counts.  A report that lists air strikes,
 * shelling and clashes describes a war without taking a side; a vow or a
 * call is what decides.  So S is not always the sum of the evidence
 * weights.  The target= of stance.txt entries plays no part in the score.
 *
 * Invariants: deterministic; time linear in the quote length (each look
 * back is bounded by STANCE_RECENT terms); the only allocations are the
 * evidence records and their texts.  On failure the evidence already
 * pushed stays in place for the caller to free with the document.
 */
#include <config.h>

#include <stddef.h>
#include <string.h>

#include "internal.h"

/* Labels: a score at or above DEESC_MIN is de-escalation, at or below
 * ESC_MAX escalation, anything between neutral.  stance.txt weighs plain
 * topic words (الحرب, الاتفاق, غارات) 0.2-0.3 and calls or vows 0.6-1.0;
 * since S/(1+|S|) maps 0.3 to 0.23 and 0.4 to 0.29, a quote that only
 * mentions topic words stays neutral (they do not add up, see above),
 * while one 0.4 term, a call, or a topic word that a call or an
 * intensifier has strengthened past 0.3 decides it.  On the dev set (214
 * matched quotes) 0.25 gave 88% agreement and macro-F1 0.83, against 76%
 * and 0.71 for 0.22 and 87% and 0.79 for 0.30. */
#define STANCE_DEESC_MIN 0.25
#define STANCE_ESC_MAX (-0.25)

/* Weak evidence: a term whose weight after modifiers is at most this in
 * magnitude (0.3 and a float's rounding).  Weak terms do not add up: each
 * sign counts its strongest one only. */
#define STANCE_TOPIC_MAX 0.3001

/* Factors used when a modifier entry gives none (factor= missing). */
#define STANCE_DEFAULT_NEGATION (-1.0)
#define STANCE_DEFAULT_INTENSIFIER 1.5
#define STANCE_DEFAULT_HEDGE 0.5
#define STANCE_DEFAULT_CONTRAST 1.5
#define STANCE_DEFAULT_CONDITION 0.5

/* What the terms X of "لا X دون Y" keep of their affirmative weight: X is
 * what Y is demanded for, a premise like the half of a condition. */
#define STANCE_PREMISE 0.5

/* What violence weighs at least when the speaker rejects, prevents or
 * warns against it (عدم تزايد الصراع, منع الهجمات): a position, not a
 * topic word, however weak the word alone. */
#define STANCE_AGAINST_MIN 0.4

/* What a reported attack keeps of its weight, sign turned, when the
 * speaker condemns it or names it a crime in the same sentence: "الهجمات
 * على المستشفيات تشكل جرائم حرب" is a position against the attacks. */
#define STANCE_CONDEMNED 0.4

/* Frames that make the violence of a clause the speaker's own: threatened,
 * vowed, justified, praised or called for.  Reported violence (frame=report
 * in stance.txt) counts only in a clause with one of them. */
#define FRAME_BIT(f) ((uint16_t)(1u << (f)))
#define POSITIONAL_FRAMES                                                  \
    (FRAME_BIT(QAWLP_FRAME_THREAT) | FRAME_BIT(QAWLP_FRAME_COMMITMENT) |   \
     FRAME_BIT(QAWLP_FRAME_JUSTIFICATION) | FRAME_BIT(QAWLP_FRAME_PRAISE) | \
     FRAME_BIT(QAWLP_FRAME_CALL))
#define CONDEMNING_FRAMES                                                  \
    (FRAME_BIT(QAWLP_FRAME_CONDEMNATION) | FRAME_BIT(QAWLP_FRAME_ACCUSATION))

/* How many terms of the current clause a following intensifier, hedge or
 * condition can look back at.  Scopes are at most 64 tokens, so only a
 * scope of 0 ("rest of clause") can ever want more. */
#define STANCE_RECENT 64

#define TERM_MASK (QAWLP_BIT(QAWLP_SEC_DEESC) | QAWLP_BIT(QAWLP_SEC_ESC))
#define NAME_MASK (QAWLP_BIT(QAWLP_SEC_NAME) | QAWLP_BIT(QAWLP_SEC_NAME_HEAD))
#define ENTITY_MASK                                                        \
    (QAWLP_BIT(QAWLP_SEC_ORG) | QAWLP_PLACE_SECTIONS | QAWLP_BIT(QAWLP_SEC_NAME))
/* Words that end a name after its head noun (مستشفى كمال عدوان الذي …). */
#define NAME_STOP_MASK                                                     \
    (QAWLP_BIT(QAWLP_SEC_BOUNDARY) | QAWLP_BIT(QAWLP_SEC_ADVERB) |          \
     QAWLP_BIT(QAWLP_SEC_RELATIVE) | QAWLP_BIT(QAWLP_SEC_AUXILIARY) |       \
     QAWLP_BIT(QAWLP_SEC_COMP) | QAWLP_BIT(QAWLP_SEC_VERB) |               \
     QAWLP_BIT(QAWLP_SEC_NAME_HEAD))
#define MODIFIER_MASK                                                      \
    (QAWLP_BIT(QAWLP_SEC_NEGATION) | QAWLP_BIT(QAWLP_SEC_INTENSIFIER) |    \
     QAWLP_BIT(QAWLP_SEC_HEDGE) | QAWLP_BIT(QAWLP_SEC_CONTRAST) |          \
     QAWLP_BIT(QAWLP_SEC_CONDITION))

/* Modifier kinds as bits, in the order their names are preferred for the
 * evidence: a flipped sign explains the most, an intensifier the least. */
enum {
    MOD_NEGATION = 1 << 0,
    MOD_CONDITION = 1 << 1,
    MOD_HEDGE = 1 << 2,
    MOD_CONTRAST = 1 << 3,
    MOD_INTENSIFIER = 1 << 4
};

/* A modifier seen earlier in the quote that may still reach later terms. */
typedef struct {
    int active;
    uint32_t end;      /* the token after the modifier */
    uint32_t region;   /* clause (or sentence, for conditions) it is in */
    int scope;         /* tokens after END it reaches; 0: the whole region */
    double factor;
    long ev;           /* evidence of the same words read as a term, or -1 */
    uint8_t frame;     /* the modifier's frame= (QAWLP_FRAME_*) */
} reach;

/* A term of the current clause, for modifiers that follow it. */
typedef struct {
    uint32_t last;     /* the token after the term */
    size_t ev;         /* its index in the quote's evidence */
    unsigned mods;     /* MOD_* applied so far */
    double neg;        /* the factor its negation multiplied in, or 0 */
} recent_term;

typedef struct {
    qawlp_doc *doc;
    const qawl_lexicon *lex;
    struct qawl_quote *q;
    uint32_t clause;   /* clause number, bumped at every boundary */
    reach neg, intens, hedge, contrast, cond;
    uint32_t neg_clause; /* 1 + the clause of the latest negation, or 0 */
    size_t nrecent, next;
    qawlp_pmatch_vec pm;   /* pattern matches in the quote, by position */
    size_t pm_next;        /* the first of them not behind the scan */
    QAWLP_VEC(qawlp_pmatch) names; /* masked token ranges, by position */
    size_t name_next;
    QAWLP_VEC(uint16_t) cframes; /* frames seen, by clause (bit per frame) */
    QAWLP_VEC(uint16_t) sframes; /* frames seen, by sentence of the quote */
    uint32_t sentence0;    /* the quote's first sentence */
    /* last: score_one zeroes what comes before it (the ring needs no
     * zeroes, nrecent says what it holds, and zeroing it cost more than
     * reading a short quote) */
    recent_term recent[STANCE_RECENT]; /* a ring, newest at next - 1 */
} scorer;

static const char *modifier_name(unsigned mods)
{
    if (mods & MOD_NEGATION)
        return "negation";
    if (mods & MOD_CONDITION)
        return "condition";
    if (mods & MOD_HEDGE)
        return "hedge";
    if (mods & MOD_CONTRAST)
        return "contrast";
    if (mods & MOD_INTENSIFIER)
        return "intensifier";
    return NULL;
}

static double factor_of(const qawlp_entry *en)
{
    if (en->factor != 0.0f)
        return en->factor;
    switch (en->section) {
    case QAWLP_SEC_NEGATION: return STANCE_DEFAULT_NEGATION;
    case QAWLP_SEC_INTENSIFIER: return STANCE_DEFAULT_INTENSIFIER;
    case QAWLP_SEC_HEDGE: return STANCE_DEFAULT_HEDGE;
    case QAWLP_SEC_CONTRAST: return STANCE_DEFAULT_CONTRAST;
    default: return STANCE_DEFAULT_CONDITION;
    }
}

/* Whether token I ends a clause.  Only punctuation that separates clauses
 * counts: quotation marks, brackets and hyphens sit inside them. */
static int is_boundary(const qawlp_doc *doc, size_t i)
{
    const qawlp_token *t = &doc->tokens.v[i];

    if (t->kind == QAWLP_TOK_NEWLINE)
        return 1;
    if (t->kind != QAWLP_TOK_PUNCT)
        return 0;
    switch (t->cp) {
    case ',': case 0x060C:           /* , ، */
    case ';': case 0x061B:           /* ; ؛ */
    case ':': case '.': case '!': case '?': case 0x061F:
    case 0x2026: case 0x2013: case 0x2014:  /* … – — */
        return 1;
    default:
        return 0;
    }
}

static void new_clause(scorer *s)
{
    s->clause++;
    s->nrecent = 0;
}

/* Whether modifier R reaches a term starting at token AT in REGION. */
static int reaches(const reach *r, uint32_t at, uint32_t region)
{
    if (!r->active || r->region != region || at < r->end)
        return 0;
    return r->scope <= 0 || at - r->end < (uint32_t)r->scope;
}

/* Applies R to a term being built if it reaches it and the term has no
 * modifier of that kind yet. */
static void apply_before(const reach *r, uint32_t at, uint32_t region,
                         unsigned mod, double *w, unsigned *mods,
                         uint8_t *frame)
{
    if ((*mods & mod) || !reaches(r, at, region))
        return;
    *w *= r->factor;
    *mods |= mod;
    /* The first that applies names the frame: a negation's rejection
     * is what "يجب وضع حد للحرب" does with the war, not the call. */
    if (r->frame != QAWLP_FRAME_NONE && *frame == QAWLP_FRAME_NONE)
        *frame = r->frame;
}

/* Applies a modifier at token J to the terms of the clause before it that
 * it reaches, newest first, skipping terms that already have its kind. */
static void apply_back(scorer *s, uint32_t j, int scope, double factor,
                       unsigned mod, uint8_t frame)
{
    size_t k;

    for (k = 0; k < s->nrecent; k++) {
        recent_term *r =
            &s->recent[(s->next + STANCE_RECENT - 1 - k) % STANCE_RECENT];
        qawlp_evidence *ev = &s->q->evidence.v[r->ev];
        if (scope > 0 && j - r->last >= (uint32_t)scope)
            break;          /* older terms are further still */
        if (r->mods & mod)
            continue;
        ev->weight *= factor;
        r->mods |= mod;
        ev->modifier = modifier_name(r->mods);
        /* A vow or a threat after its object frames it too ("الهجوم
         * سوف يستهدف …"); a call does not ("تدعو إلى الأسف"). */
        if (ev->mframe == QAWLP_FRAME_NONE &&
            (frame == QAWLP_FRAME_COMMITMENT || frame == QAWLP_FRAME_THREAT))
            ev->mframe = frame;
    }
}

static void remember(scorer *s, uint32_t last, size_t ev, unsigned mods,
                     double neg)
{
    recent_term *r = &s->recent[s->next];

    r->last = last;
    r->ev = ev;
    r->mods = mods;
    r->neg = neg;
    s->next = (s->next + 1) % STANCE_RECENT;
    if (s->nrecent < STANCE_RECENT)
        s->nrecent++;
}

/* Called when the negator reaches a term: if the negator's words were
 * also recorded as a term of their own, they were a negator after all, so
 * that evidence goes.  Any term after it would have been reached first, so
 * it is still the newest evidence and the newest of the clause. */
static void drop_dual(scorer *s)
{
    struct qawl_quote *q = s->q;
    size_t newest;

    if (s->neg.ev < 0 || (size_t)s->neg.ev + 1 != q->evidence.n)
        return;
    q->evidence.n--;      /* (its term stays in the result's texts) */
    newest = (s->next + STANCE_RECENT - 1) % STANCE_RECENT;
    if (s->nrecent > 0 && s->recent[newest].ev == (size_t)s->neg.ev) {
        s->next = newest;
        s->nrecent--;
    }
    s->neg.ev = -1;
}

/* If the term EN at tokens [I, I + N) begins with a negator whose
 * remainder is a term of the opposite sign ("لا سلام" is لا + سلام), the
 * factor that turned the remainder's weight into the term's; else 0. */
static double fused_negation(const scorer *s, size_t i, size_t n,
                             const qawlp_entry *en)
{
    size_t nm = 0, nr = 0;
    int me, re;
    double bare;

    me = qawlp_match(s->doc, s->lex, i, i + n,
                     QAWLP_BIT(QAWLP_SEC_NEGATION), &nm);
    if (me < 0 || nm >= n || factor_of(&s->lex->entries.v[me]) >= 0)
        return 0.0;
    re = qawlp_match(s->doc, s->lex, i + nm, i + n, TERM_MASK, &nr);
    if (re < 0 || nm + nr != n)
        return 0.0;
    bare = s->lex->entries.v[re].weight;
    if (bare == 0.0 || (bare > 0) == (en->weight > 0))
        return 0.0;
    return en->weight / bare;
}

/* Sets FRAME in the frames of the scorer's clause and of SENTENCE. */
static int note_frame(scorer *s, uint32_t sentence, int frame)
{
    uint32_t rel = sentence - s->sentence0;

    if (frame == QAWLP_FRAME_NONE)
        return 0;
    while (s->cframes.n <= s->clause)
        if (QAWLP_PUSH(s->cframes) == NULL)
            return -1;
    while (s->sframes.n <= rel)
        if (QAWLP_PUSH(s->sframes) == NULL)
            return -1;
    s->cframes.v[s->clause] |= FRAME_BIT(frame);
    s->sframes.v[rel] |= FRAME_BIT(frame);
    return 0;
}

static qawl_status nomem(qawl_error *err)
{
    return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                           "out of memory");
}

/* Records the term of entry EN at tokens [I, I + N) inside a name: it is
 * shown, masked, and weighs nothing. */
static qawl_status add_masked(scorer *s, size_t i, size_t n,
                              const qawlp_entry *en, qawl_error *err)
{
    const qawlp_token *tok = s->doc->tokens.v;
    size_t a = qawlp_input_offset(s->doc, tok[i].start);
    size_t b = qawlp_input_end(s->doc, tok[i + n - 1].end, a);
    qawlp_evidence *ev;
    char *term = qawlp_doc_input_text(s->doc, a, b - a);

    if (term == NULL)
        return nomem(err);
    ev = QAWLP_DOC_PUSH(s->doc, s->q->evidence);
    if (ev == NULL)
        return nomem(err);
    ev->term = term;
    ev->start = a;
    ev->end = b;
    ev->weight = 0.0;
    ev->modifier = "masked";
    ev->masked = 1;
    ev->entry = (int)(en - s->lex->entries.v);
    ev->clause = s->clause;
    ev->sentence = tok[i].sentence - s->sentence0;
    return QAWL_OK;
}

/* Whether the term of entry EN at token I begins with the conjunction و
 * or ف (والهجوم, ويدين), not with a word that starts with the letter
 * (وقف): the entry's first word is found only after it. */
static int joined(const scorer *s, size_t i, const qawlp_entry *en)
{
    const qawlp_token *t = &s->doc->tokens.v[i];
    const char *word = s->doc->norm + t->start;
    size_t len = t->end - t->start, klen, alen = s->lex->article_len;

    if (t->conj == 0 || en->re != NULL || en->key[0] == NULL)
        return 0;
    klen = strlen(en->key[0]);
    if (len >= klen && memcmp(word, en->key[0], klen) == 0)
        return 0;
    if (len >= alen + klen && memcmp(word, s->lex->article, alen) == 0 &&
        memcmp(word + alen, en->key[0], klen) == 0)
        return 0;
    return 1;
}

/* Records the term of entry EN at tokens [I, I + N). */
static qawl_status add_term(scorer *s, size_t i, size_t n,
                            const qawlp_entry *en, qawl_error *err)
{
    const qawlp_token *tok = s->doc->tokens.v;
    uint32_t at = (uint32_t)i, sentence = tok[i].sentence;
    double w = en->weight;
    unsigned mods = 0;
    size_t a, b;
    qawlp_evidence *ev;
    char *term;

    double neg = 0.0;
    uint8_t mframe = QAWLP_FRAME_NONE;

    /* A term joined by و right after a negator is its fellow, not its
     * object: "يرفض ويدين", "منع واحتواء", "وقف وإنهاء الحرب". */
    if (!(s->neg.active && s->neg.end == at && joined(s, i, en)))
        apply_before(&s->neg, at, s->clause, MOD_NEGATION, &w, &mods,
                     &mframe);
    if (mods & MOD_NEGATION) {
        neg = s->neg.factor;
        drop_dual(s);
    } else {
        neg = fused_negation(s, i, n, en);
        if (neg != 0.0)
            s->neg_clause = s->clause + 1;
    }
    apply_before(&s->intens, at, s->clause, MOD_INTENSIFIER, &w, &mods,
                 &mframe);
    apply_before(&s->hedge, at, s->clause, MOD_HEDGE, &w, &mods, &mframe);
    apply_before(&s->contrast, at, 0, MOD_CONTRAST, &w, &mods, &mframe);
    apply_before(&s->cond, at, sentence, MOD_CONDITION, &w, &mods, &mframe);

    a = qawlp_input_offset(s->doc, tok[i].start);
    b = qawlp_input_end(s->doc, tok[i + n - 1].end, a);
    term = qawlp_doc_input_text(s->doc, a, b - a);
    if (term == NULL)
        return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                               "out of memory");
    ev = QAWLP_DOC_PUSH(s->doc, s->q->evidence);
    if (ev == NULL)
        return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                               "out of memory");
    ev->term = term;
    ev->start = a;
    ev->end = b;
    ev->weight = w;
    ev->modifier = modifier_name(mods);
    ev->entry = (int)(en - s->lex->entries.v);
    ev->frame = en->frame;
    ev->mframe = mframe;
    ev->clause = s->clause;
    ev->sentence = sentence - s->sentence0;
    remember(s, (uint32_t)(i + n), s->q->evidence.n - 1, mods, neg);
    /* A negated vow is no vow: only an affirmed frame colours its clause. */
    if (en->frame != QAWLP_FRAME_REPORT && !(mods & MOD_NEGATION) &&
        note_frame(s, sentence, en->frame))
        return nomem(err);
    return QAWL_OK;
}

/* An exception word after a negation in its clause: "لا X دون Y" says
 * that X needs Y.  The negated terms of the clause (X) are read
 * affirmatively but weigh as a premise; Y is not negated at all, so the
 * clause's negator stops here. */
static void restrict_clause(scorer *s)
{
    size_t k;

    for (k = 0; k < s->nrecent; k++) {
        recent_term *r =
            &s->recent[(s->next + STANCE_RECENT - 1 - k) % STANCE_RECENT];
        qawlp_evidence *ev = &s->q->evidence.v[r->ev];
        if (r->neg == 0.0)
            continue;
        ev->weight = ev->weight / r->neg * STANCE_PREMISE;
        r->neg = 0.0;
        r->mods = (r->mods & ~(unsigned)MOD_NEGATION) | MOD_CONDITION;
        ev->modifier = modifier_name(r->mods);
    }
    s->neg.active = 0;
    s->neg_clause = 0;
}

/* Records the modifier of entry EN at tokens [I, I + N): it reaches later
 * terms through the scorer's state, earlier ones through apply_back.  DUAL
 * is the evidence index of the same words read as a term, or -1. */
static void add_modifier(scorer *s, size_t i, size_t n,
                         const qawlp_entry *en, long dual)
{
    reach r;

    r.ev = dual;
    r.active = 1;
    r.end = (uint32_t)(i + n);
    r.region = s->clause;
    r.scope = en->scope;
    r.factor = factor_of(en);
    r.frame = en->frame;
    switch (en->section) {
    case QAWLP_SEC_NEGATION:
        if (r.factor > 0) {
            /* An exception word: "لا X دون Y" after a negation of its
             * clause, a plain negator with the sign flipped elsewhere. */
            if (s->neg_clause == s->clause + 1) {
                restrict_clause(s);
                break;
            }
            r.factor = -r.factor;
        }
        s->neg = r;
        s->neg_clause = s->clause + 1;
        break;
    case QAWLP_SEC_INTENSIFIER:
        s->intens = r;
        apply_back(s, (uint32_t)i, r.scope, r.factor, MOD_INTENSIFIER, r.frame);
        break;
    case QAWLP_SEC_HEDGE:
        s->hedge = r;
        apply_back(s, (uint32_t)i, r.scope, r.factor, MOD_HEDGE, r.frame);
        break;
    case QAWLP_SEC_CONTRAST:
        /* "X but Y": X's modifiers must not reach Y. */
        new_clause(s);
        r.region = 0;
        s->contrast = r;
        break;
    case QAWLP_SEC_CONDITION:
        apply_back(s, (uint32_t)i, r.scope, r.factor, MOD_CONDITION,
                   r.frame);
        r.region = s->doc->tokens.v[i].sentence;
        s->cond = r;
        break;
    default:
        break;
    }
}

/* A term that ends in a negator ("يجب إنهاء") also negates what follows
 * it, as the negator alone would: "يجب إنهاء هذه الحرب".  At most
 * QAWLP_MAX_WORDS - 1 look-ups. */
static void trailing_negator(scorer *s, size_t i, size_t n)
{
    size_t k, nm = 0;

    for (k = 1; k < n; k++) {
        int me = qawlp_match(s->doc, s->lex, i + k, i + n,
                             QAWLP_BIT(QAWLP_SEC_NEGATION), &nm);
        if (me >= 0 && k + nm == n &&
            factor_of(&s->lex->entries.v[me]) < 0) {
            add_modifier(s, i + k, nm, &s->lex->entries.v[me], -1);
            return;
        }
    }
}

/* Sum of the quote's modified weights, squashed into (-1, 1). */
static double squash(double sum)
{
    double mag = sum < 0 ? -sum : sum;

    return sum / (1.0 + mag);
}

static qawl_stance label(double score)
{
    return qawlp_stance_label(score);
}

qawl_stance qawlp_stance_label(double score)
{
    if (score >= STANCE_DEESC_MIN)
        return QAWL_STANCE_DEESCALATION;
    if (score <= STANCE_ESC_MAX)
        return QAWL_STANCE_ESCALATION;
    return QAWL_STANCE_NEUTRAL;
}

/* The longest pattern match of a section in MASK that starts at token I
 * (the scan only moves forward, so older matches are passed for good);
 * its entry, or -1, and its length in *N. */
static int pattern_at(scorer *s, size_t i, uint64_t mask, size_t *n)
{
    size_t k;
    int best = -1;

    *n = 0;
    while (s->pm_next < s->pm.n && s->pm.v[s->pm_next].first < i)
        s->pm_next++;
    for (k = s->pm_next; k < s->pm.n && s->pm.v[k].first == i; k++) {
        const qawlp_entry *en = &s->lex->entries.v[s->pm.v[k].entry];
        if ((mask & QAWLP_BIT(en->section)) && s->pm.v[k].ntok > *n) {
            *n = s->pm.v[k].ntok;
            best = s->pm.v[k].entry;
        }
    }
    return best;
}

/* The longest entry of a section in MASK at word token I, whose slots'
 * sections are U (qawlp_token_sections): a plain entry or a pattern, the
 * plain one on a tie.  In line: it is asked twice for every word of every
 * quote, and most often answers without a look-up, where the call cost
 * more than the answer. */
static inline __attribute__((always_inline)) int
match_at(scorer *s, size_t i, size_t limit, uint64_t mask,
         uint64_t u, size_t *n)
{
    size_t np = 0;
    int e = -1;
    int p = pattern_at(s, i, mask, &np);

    *n = 0;
    if (u & mask)
        e = qawlp_match_keys(s->doc, s->lex, i, limit, mask,
                             QAWLP_STRIP_ALL, n);

    if (p >= 0 && np > *n && i + np <= limit) {
        *n = np;
        return p;
    }
    return e;
}

/* Whether every token of [I, I + N) lies in a name. */
static int all_masked(const uint8_t *masked, size_t i, size_t n)
{
    size_t k;

    for (k = 0; k < n; k++)
        if (!masked[i + k])
            return 0;
    return n > 0;
}

/* The frame shown for a term that has none of its own: the clause's, in
 * this order of precedence (what explains a position best first). */
static int clause_frame(uint16_t bits)
{
    static const int order[] = {
        QAWLP_FRAME_CONDEMNATION, QAWLP_FRAME_ACCUSATION, QAWLP_FRAME_THREAT,
        QAWLP_FRAME_JUSTIFICATION, QAWLP_FRAME_PRAISE, QAWLP_FRAME_REJECTION,
        QAWLP_FRAME_WARNING, QAWLP_FRAME_COMMITMENT, QAWLP_FRAME_CALL
    };
    size_t k;

    for (k = 0; k < sizeof order / sizeof order[0]; k++)
        if (bits & FRAME_BIT(order[k]))
            return order[k];
    return QAWLP_FRAME_NONE;
}

/* Whether EV's entry has target= TARGET. */
static int is_target(const scorer *s, const qawlp_evidence *ev,
                     const char *target)
{
    const char *t = s->lex->entries.v[ev->entry].target;

    return t != NULL && strcmp(t, target) == 0;
}

/* Whether EV names aid or the protection of civilians: denied, it is the
 * siege described, not a position on the war. */
static int aid_denied(const scorer *s, const qawlp_evidence *ev)
{
    return is_target(s, ev, "aid") || is_target(s, ev, "protection");
}

/* Gives each term its frame once the whole quote is read.  Reported
 * violence (frame=report) is the speaker's position only in a clause that
 * threatens, vows, justifies, praises or calls for it; condemned or named
 * a crime in its sentence it weighs toward de-escalation; negated, it
 * keeps what the negation made of it; anywhere else it is a report and
 * weighs nothing. */
static void resolve_frames(scorer *s)
{
    size_t k;

    for (k = 0; k < s->q->evidence.n; k++) {
        qawlp_evidence *ev = &s->q->evidence.v[k];
        uint16_t cb = ev->clause < s->cframes.n ? s->cframes.v[ev->clause] : 0;
        uint16_t sb = ev->sentence < s->sframes.n ? s->sframes.v[ev->sentence]
                                                  : 0;
        int negated = ev->modifier && strcmp(ev->modifier, "negation") == 0;

        if (ev->masked)
            continue;
        if (ev->frame != QAWLP_FRAME_REPORT) {
            /* Its own frame, else what reached it (ندعو: call). */
            if (ev->frame == QAWLP_FRAME_NONE)
                ev->frame = ev->mframe;
            /* An atrocity prevented or warned against (منع الإبادة, نحذر
             * من التطهير العرقي) is still a position against it. */
            if (negated && ev->frame == QAWLP_FRAME_ACCUSATION &&
                ev->weight < 0 && (ev->mframe == QAWLP_FRAME_REJECTION ||
                                   ev->mframe == QAWLP_FRAME_WARNING))
                ev->weight = -ev->weight > STANCE_AGAINST_MIN
                                 ? -ev->weight : STANCE_AGAINST_MIN;
            /* Calling the deed criminal or barbaric while condemning it is
             * part of the condemnation, not war rhetoric. */
            if (!negated && ev->weight < 0 && is_target(s, ev, "blame") &&
                ((cb | sb) & CONDEMNING_FRAMES)) {
                ev->frame = (uint8_t)clause_frame((cb | sb) &
                                                  CONDEMNING_FRAMES);
                ev->weight = -ev->weight * STANCE_CONDEMNED;
                continue;
            }
            /* Aid or calm denied, in a sentence that condemns or accuses
             * (عدم إدخال المساعدات … والمجازر): what is condemned, not the
             * speaker's refusal. */
            if (negated && ev->weight < 0 &&
                s->lex->entries.v[ev->entry].weight > 0 &&
                ((cb | sb) & CONDEMNING_FRAMES)) {
                ev->frame = (uint8_t)clause_frame((cb | sb) &
                                                  CONDEMNING_FRAMES);
                ev->weight = -ev->weight * STANCE_CONDEMNED;
            } else if (negated && ev->weight < 0 && aid_denied(s, ev) &&
                       !((cb | FRAME_BIT(ev->mframe)) & POSITIONAL_FRAMES)) {
                /* "Almost no aid arrived", "the siege prevents medicine":
                 * how things are, not a refusal the speaker makes (a vow
                 * or a threat in the clause keeps it). */
                ev->frame = QAWLP_FRAME_REPORT;
                ev->weight = 0.0;
            }
            continue;
        }
        cb |= ev->mframe ? FRAME_BIT(ev->mframe) : 0;
        if (negated && ev->weight > 0 && ev->weight < STANCE_AGAINST_MIN &&
            (ev->mframe == QAWLP_FRAME_REJECTION ||
             ev->mframe == QAWLP_FRAME_WARNING)) {
            ev->weight = STANCE_AGAINST_MIN;
            ev->frame = ev->mframe;
        } else if (negated || (cb & POSITIONAL_FRAMES)) {
            int f = clause_frame(cb & (negated ? 0xffff : POSITIONAL_FRAMES));
            ev->frame = (uint8_t)(f ? f : QAWLP_FRAME_REPORT);
        } else if ((cb | sb) & CONDEMNING_FRAMES) {
            ev->frame = (uint8_t)clause_frame((cb | sb) & CONDEMNING_FRAMES);
            ev->weight = (ev->weight < 0 ? -ev->weight : ev->weight) *
                         STANCE_CONDEMNED;
        } else {
            ev->weight = 0.0;
        }
    }
}

/* Whether token I is a word that is no term nor modifier, where no
 * pattern match begins (the pattern matches behind it are passed): the
 * reading of score_quote does nothing there.  Most words are such, and
 * their slots' sections and the next pattern match say so. */
static inline int reads_nothing(scorer *s, size_t i)
{
    const qawlp_token *t = &s->doc->tokens.v[i];

    while (s->pm_next < s->pm.n && s->pm.v[s->pm_next].first < i)
        s->pm_next++;
    return t->kind == QAWLP_TOK_WORD &&
           !(qawlp_token_sections(s->doc, s->lex, t) &
             (TERM_MASK | MODIFIER_MASK)) &&
           !(s->pm_next < s->pm.n && s->pm.v[s->pm_next].first == i);
}

static qawl_status score_quote(scorer *s, const uint8_t *masked,
                               qawl_error *err)
{
    struct qawl_quote *q = s->q;
    size_t i = q->first, limit = q->last, k;
    double sum = 0.0, weak_pos = 0.0, weak_neg = 0.0;

    if (limit > s->doc->tokens.n)
        limit = s->doc->tokens.n;
    if (i < limit)
        s->sentence0 = s->doc->tokens.v[i].sentence;
    while (i < limit) {
        size_t nt = 0, nm = 0;
        int te, me;
        uint64_t u;

        /* most words: passed in a loop of their own */
        while (i < limit && reads_nothing(s, i))
            i++;
        if (i == limit)
            break;
        if (s->doc->tokens.v[i].kind != QAWLP_TOK_WORD) {
            if (is_boundary(s->doc, i))
                new_clause(s);
            i++;
            continue;
        }
        /* the word's sections, looked up once for both questions */
        u = qawlp_token_sections(s->doc, s->lex, &s->doc->tokens.v[i]);
        te = match_at(s, i, limit, TERM_MASK, u, &nt);
        if (te >= 0 && all_masked(masked, i, nt)) {
            qawl_status st = add_masked(s, i, nt, &s->lex->entries.v[te], err);
            if (st != QAWL_OK)
                return st;
            i += nt;
            continue;
        }
        if (masked[i]) {
            i++;
            continue;
        }
        me = match_at(s, i, limit, MODIFIER_MASK, u, &nm);
        if (te >= 0 && nt >= nm) {
            qawl_status st = add_term(s, i, nt, &s->lex->entries.v[te], err);
            if (st != QAWL_OK)
                return st;
            if (me >= 0 && nm == nt &&
                s->lex->entries.v[me].section == QAWLP_SEC_NEGATION)
                add_modifier(s, i, nm, &s->lex->entries.v[me],
                             (long)q->evidence.n - 1);
            else
                trailing_negator(s, i, nt);
            i += nt;
        } else if (me >= 0) {
            int mf = s->lex->entries.v[me].frame;
            add_modifier(s, i, nm, &s->lex->entries.v[me], -1);
            /* A call or a commitment frames what it reaches (ندعو إلى …),
             * not its whole clause: "تدعو إلى الأسف" calls for nothing. */
            if (!(FRAME_BIT(mf) & POSITIONAL_FRAMES) &&
                note_frame(s, s->doc->tokens.v[i].sentence, mf))
                return nomem(err);
            i += nm;
        } else {
            i++;
        }
    }
    resolve_frames(s);
    /* Weights may still change after a term is pushed (a following
     * intensifier), so the sum is taken at the end. */
    for (k = 0; k < q->evidence.n; k++) {
        double w = q->evidence.v[k].weight;
        if (w > STANCE_TOPIC_MAX || w < -STANCE_TOPIC_MAX)
            sum += w;
        else if (w > weak_pos)
            weak_pos = w;
        else if (w < weak_neg)
            weak_neg = w;
    }
    sum += weak_pos + weak_neg;
    q->score = squash(sum);
    q->stance = label(q->score);
    return QAWL_OK;
}

/* Marks the tokens of MASKED that a name covers in [FIRST, LAST): an
 * organisation, a place, a personal name joined by a name particle of
 * titles.txt, a name listed in stance.txt, and what follows
 * a name head (مستشفى, عملية): its quoted name, or up to scope= words
 * when the head has no article (مستشفى كمال عدوان, not المستشفى). */
static void mark_names(const qawlp_doc *doc, const qawl_lexicon *lex,
                       size_t first, size_t last, const qawlp_pmatch_vec *pm,
                       uint8_t *masked)
{
    size_t i = first, n = 0, k;

    for (k = 0; k < pm->n; k++)
        if (lex->entries.v[pm->v[k].entry].section == QAWLP_SEC_NAME)
            memset(masked + pm->v[k].first, 1, pm->v[k].ntok);

    while (i < last) {
        const qawlp_token *v = doc->tokens.v;
        int e;
        /* a word of none of the sections asked below starts no name:
         * one look at its slots says so, in a loop of their own */
        while (i < last && (v[i].kind != QAWLP_TOK_WORD ||
                            !(qawlp_token_sections(doc, lex, &v[i]) &
                              (ENTITY_MASK | QAWLP_BIT(QAWLP_SEC_PARTICLE) |
                               QAWLP_BIT(QAWLP_SEC_NAME_HEAD)))))
            i++;
        if (i == last)
            break;
        e = qawlp_match(doc, lex, i, last, ENTITY_MASK, &n);
        if (e >= 0) {
            memset(masked + i, 1, n);
            i += n;
            continue;
        }
        /* A personal name: a name particle and the word it joins (عبد
         * السلام, أبو عبيدة), or a compound listed whole (نصر الله). */
        e = qawlp_match_variants(doc, lex, i, last,
                                 QAWLP_BIT(QAWLP_SEC_PARTICLE),
                                 QAWLP_STRIP_CONJ, &n);
        /* ... unless a stance phrase begins with the particle (أم
         * الحروب, "the mother of wars"). */
        if (e >= 0 && qawlp_match(doc, lex, i, last, TERM_MASK, &k) >= 0 &&
            k > n)
            e = -1;
        if (e >= 0) {
            size_t end = i + n;
            if (lex->entries.v[e].nwords == 1 && end < last &&
                doc->tokens.v[end].kind == QAWLP_TOK_WORD)
                end++;
            memset(masked + i, 1, end - i);
            i = end;
            continue;
        }
        e = qawlp_match_variants(doc, lex, i, last,
                                 QAWLP_BIT(QAWLP_SEC_NAME_HEAD),
                                 QAWLP_STRIP_CONJ, &n);
        if (e < 0) {
            i++;
            continue;
        }
        i += n;
        if (i < last && doc->tokens.v[i].kind == QAWLP_TOK_QMARK &&
            doc->tokens.v[i].pair > (int32_t)i &&
            (size_t)doc->tokens.v[i].pair < last) {
            size_t close = (size_t)doc->tokens.v[i].pair;
            memset(masked + i, 1, close - i + 1);
            i = close + 1;
            continue;
        }
        for (k = 0; k < (size_t)lex->entries.v[e].scope && i + k < last; k++) {
            if (doc->tokens.v[i + k].kind != QAWLP_TOK_WORD ||
                qawlp_is(doc, lex, i + k, NAME_STOP_MASK))
                break;
            masked[i + k] = 1;
        }
    }
}

/* Marks the names of the speaker phrases the mentions stage recognised:
 * an organisation's whole phrase, a person's name words. */
static void mark_mentions(const qawlp_doc *doc, uint8_t *masked)
{
    size_t m;

    for (m = 0; m < doc->mentions.n; m++) {
        const qawlp_mention *mn = &doc->mentions.v[m];
        uint32_t a = mn->first, b = mn->last;
        if (mn->kind == QAWL_SPEAKER_PERSON) {
            a = mn->name_first;
            b = mn->name_last;
        } else if (mn->kind != QAWL_SPEAKER_ORGANISATION) {
            continue;
        }
        if (b > doc->tokens.n)
            b = (uint32_t)doc->tokens.n;
        if (a < b)
            memset(masked + a, 1, b - a);
    }
}

/* Scores quote (or act) Q: its names masked, then its terms read. */
static qawl_status score_one(qawlp_doc *doc, const qawl_lexicon *lex,
                             struct qawl_quote *q, uint8_t *masked,
                             void **scratch, scorer *keep, qawl_error *err)
{
    qawl_status st = QAWL_OK;
    size_t last = q->last < doc->tokens.n ? q->last : doc->tokens.n;
    scorer s;

    memset(&s, 0, offsetof(scorer, recent));
    s.doc = doc;
    s.lex = lex;
    s.q = q;
    /* the vectors of the quotes before, emptied: one allocation each
     * for the document, not one per quote */
    s.pm = keep->pm;
    s.pm.n = 0;
    s.cframes = keep->cframes;
    s.cframes.n = 0;
    s.sframes = keep->sframes;
    s.sframes.n = 0;

    q->score = 0.0;
    q->stance = QAWL_STANCE_NEUTRAL;
    /* The patterns of names and of terms and modifiers in one pass over
     * the quote: names are marked from it, and the reading below takes
     * the others. */
    if (qawlp_pattern_scan(doc, lex, q->first, last,
                           QAWLP_BIT(QAWLP_SEC_NAME) | TERM_MASK |
                               MODIFIER_MASK, scratch, &s.pm))
        st = nomem(err);
    if (st == QAWL_OK) {
        mark_names(doc, lex, q->first, last, &s.pm, masked);
        st = score_quote(&s, masked, err);
    }
    keep->pm = s.pm;
    keep->cframes = s.cframes;
    keep->sframes = s.sframes;
    return st;
}

qawl_status qawlp_stance_run(qawlp_doc *doc, const qawl_lexicon *lex,
                             qawl_error *err)
{
    size_t i;
    uint8_t *masked;
    void *scratch = NULL;   /* the pattern scan's, for all quotes */
    scorer keep;            /* score_one's vectors, for all quotes */
    qawl_status st = QAWL_OK;

    if (doc->quotes.n == 0 && doc->acts.n == 0)
        return QAWL_OK;
    masked = qawlp_calloc(doc->tokens.n + 1, 1);
    if (masked == NULL)
        return nomem(err);
    mark_mentions(doc, masked);
    memset(&keep, 0, offsetof(scorer, recent));
    for (i = 0; i < doc->quotes.n && st == QAWL_OK; i++)
        st = score_one(doc, lex, &doc->quotes.v[i], masked, &scratch, &keep,
                       err);
    /* An act is read from its verb to its object's end (the verb may be
     * a term or a call, ندد، دعا); when that leaves it neutral, its
     * class's default from acts.txt decides (a threat of a "wider
     * operation"). */
    for (i = 0; i < doc->acts.n && st == QAWL_OK; i++) {
        struct qawl_act *a = &doc->acts.v[i];
        double w = lex->entries.v[a->entry].weight;
        st = score_one(doc, lex, &a->q, masked, &scratch, &keep, err);
        if (st == QAWL_OK && w != 0.0 &&
            (a->q.stance == QAWL_STANCE_NEUTRAL ||
             (lex->entries.v[a->entry].decides &&
              a->q.stance != qawlp_stance_label(w)))) {
            a->q.score = w;
            a->q.stance = label(w);
        }
    }
    qawlp_pattern_scan_end(scratch);
    qawlp_free(keep.pm.v);
    qawlp_free(keep.cframes.v);
    qawlp_free(keep.sframes.v);
    qawlp_free(masked);
    return st;
}
