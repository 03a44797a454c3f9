/*
 * mentions.c — stage 6: speaker mentions and the entities they name.
 *
 * Input: quotes and their cues.  Output: doc->mentions (one per source
 * phrase found at a quote's cue) and doc->entities (mentions clustered per
 * real speaker); each quote whose cue names its source gets q->mention and
 * the rule that found it.
 *
 * Where a source phrase stands, by cue:
 *   - after the cue (Arabic is verb-subject): وقال وزير الخارجية أنتوني
 *     بلينكن …, up to a complementiser, a boundary word, a mark or
 *     punctuation; an apposition after a comma joins (بلينكن، وزير …،);
 *   - before an unprefixed cue, from the sentence start (subject-verb):
 *     الصفدي، في مؤتمر صحافي، أكد أن …;
 *   - before a colon cue (headline style): ترامب: "…";
 *   - after بحسب / وفقا ل: the source.
 *
 * A mention's words are classed by the lexicons (titles, nisba, particles,
 * organisations, anonymous heads); the remaining words before the first
 * boundary word are the personal name.  Clustering joins mentions that
 * share a name word (أنتوني بلينكن / بلينكن), a title-only mention with an
 * entity whose mention contains that title, organisations and anonymous
 * sources by their folded text.  The canonical name is the fullest
 * personal name, else the longest mention.
 */
#include <config.h>

#include <string.h>

#include "internal.h"

/* Longest speaker phrase, in tokens. */
#define MAX_MENTION 12
/* Longest name in marks inside a phrase (المعروفة باسم "الخوذ البيضاء"). */
#define LABEL_WORDS 3

#define TITLE_SECTIONS                                                    \
    (QAWLP_BIT(QAWLP_SEC_TITLE) | QAWLP_BIT(QAWLP_SEC_OFFICE) |           \
     QAWLP_BIT(QAWLP_SEC_HONORIFIC))
/* A country that speaks (قالت روسيا) stands for its government. */
#define ORG_SECTIONS                                                      \
    (QAWLP_BIT(QAWLP_SEC_ORG) | QAWLP_BIT(QAWLP_SEC_ORGHEAD) |            \
     QAWLP_BIT(QAWLP_SEC_DOCUMENT) | QAWLP_PLACE_SECTIONS)
/* Sections whose entries name a whole body: no description follows. */
#define BODY_SECTIONS                                                     \
    (QAWLP_BIT(QAWLP_SEC_ORG) | QAWLP_BIT(QAWLP_SEC_DOCUMENT) |           \
     QAWLP_PLACE_SECTIONS)
#define ANON_SECTIONS                                                     \
    (QAWLP_BIT(QAWLP_SEC_ANON) | QAWLP_BIT(QAWLP_SEC_QUALIFIER))
#define STOP_SECTIONS                                                     \
    (QAWLP_BIT(QAWLP_SEC_BOUNDARY) | QAWLP_BIT(QAWLP_SEC_TURN) |          \
     QAWLP_BIT(QAWLP_SEC_ASIDE) | QAWLP_BIT(QAWLP_SEC_QUOTE_END) |        \
     QAWLP_BIT(QAWLP_SEC_ADVERB) | QAWLP_BIT(QAWLP_SEC_AUXILIARY) |       \
     QAWLP_BIT(QAWLP_SEC_RELATIVE) | QAWLP_BIT(QAWLP_SEC_ADDRESSEE))
/* Words that may stand between a verb and its subject. */
#define SKIP_SECTIONS QAWLP_BIT(QAWLP_SEC_ADVERB)
/* How many such words a subject search passes over. */
#define MAX_SKIPPED 3

typedef struct {
    qawlp_doc *doc;
    const qawl_lexicon *lex;
    int *cue_at;
} ctx;

static const qawlp_token *tok(const ctx *c, size_t i)
{
    return &c->doc->tokens.v[i];
}

static int is_word(const ctx *c, size_t i)
{
    return i < c->doc->tokens.n && tok(c, i)->kind == QAWLP_TOK_WORD;
}

/* Token I matches a one-word entry of MASK as written, with at most a
 * conjunction and the article stripped: prepositions are not stripped, so
 * a name such as بلينكن is never read as ب + لينكن. */
/* Sections whose entries written with the article match only words that
 * have it: السامي (an office) is not the name سامي, المتحدث باسم (a title)
 * is not متحدث باسم (an unnamed source). */
#define ARTICLE_EXACT                                                     \
    (QAWLP_BIT(QAWLP_SEC_OFFICE) | QAWLP_BIT(QAWLP_SEC_ANON))

static int starts_with_article(const ctx *c, const char *s, size_t len)
{
    size_t skip;

    qawlp_strip_article(c->lex, s, len, &skip);
    return skip > 0;
}

/* Whether entry EN may match token I as far as the article goes. */
static int article_agrees(const ctx *c, size_t i, const qawlp_entry *en)
{
    const qawlp_token *t = tok(c, i);

    int entry_has = starts_with_article(c, en->form, strlen(en->form));
    int token_has = starts_with_article(c, c->doc->norm + t->start + t->conj,
                                        t->end - t->start - t->conj);

    if (en->section == QAWLP_SEC_ANON)
        return entry_has == token_has;
    if (QAWLP_BIT(en->section) & ARTICLE_EXACT)
        return !entry_has || token_has;
    return 1;
}

static int is_as_written(const ctx *c, size_t i, uint64_t mask)
{
    const qawlp_token *t;
    size_t v;

    if (!is_word(c, i))
        return 0;
    t = tok(c, i);
    for (v = 0; v < t->nvar; v++) {
        const qawlp_slot *s;
        int e;
        size_t art = t->var_skip[v] - (t->var_skip[v] >= t->conj ? t->conj : 0);
        if (t->var_slot[v] < 0 || (art != 0 && art != c->lex->article_len))
            continue;
        s = &c->lex->slots[t->var_slot[v]];
        if (!(s->sections & mask))
            continue;
        for (e = s->first; e >= 0; e = c->lex->entries.v[e].next)
            if ((mask & QAWLP_BIT(c->lex->entries.v[e].section)) &&
                c->lex->entries.v[e].nwords == 1 &&
                article_agrees(c, i, &c->lex->entries.v[e]))
                return 1;
    }
    return 0;
}

/* Token I is a one-word entry of MASK exactly as written (after a
 * conjunction): function words must not match through the article, or
 * أحد ("one of") would be read as الأحد ("Sunday"). */
static int is_exactly(const ctx *c, size_t i, uint64_t mask)
{
    const qawlp_token *t;
    const char *surface, *whole;
    size_t len, wlen, v;

    if (!is_word(c, i))
        return 0;
    t = tok(c, i);
    /* with its conjunction stripped (وقد), or whole: فيه starts with the
     * letter ف, which is no conjunction there */
    whole = c->doc->norm + t->start;
    wlen = t->end - t->start;
    surface = whole + t->conj;
    len = wlen - t->conj;
    for (v = 0; v < t->nvar; v++) {
        int e;
        if (t->var_slot[v] < 0 ||
            !(c->lex->slots[t->var_slot[v]].sections & mask))
            continue;
        for (e = c->lex->slots[t->var_slot[v]].first; e >= 0;
             e = c->lex->entries.v[e].next) {
            const qawlp_entry *en = &c->lex->entries.v[e];
            if ((mask & QAWLP_BIT(en->section)) && en->nwords == 1 &&
                ((strlen(en->form) == len && memcmp(en->form, surface, len) == 0) ||
                 (strlen(en->form) == wlen && memcmp(en->form, whole, wlen) == 0)))
                return 1;
        }
    }
    return 0;
}

static int is_addressee(const ctx *c, size_t i);

static int is_stop(const ctx *c, size_t i)
{
    return is_exactly(c, i, STOP_SECTIONS) || is_addressee(c, i);
}

static size_t prepositional_variant(const ctx *c, size_t i);

/* A known noun behind a preposition (بزعيم، لوزارة): the phrase has
 * moved on to a complement. */
static int is_prepositional_noun(const ctx *c, size_t i)
{
    return prepositional_variant(c, i) > 0;
}

/* The variant of token I behind a glued preposition (لوزارة، بتقرير،
 * للهلال) that names a title, a body, a document or a source; 0 when the
 * word is known as it stands or is no such noun. */
static size_t prepositional_variant(const ctx *c, size_t i)
{
    const qawlp_token *t;
    size_t v;

    if (!is_word(c, i))
        return 0;
    t = tok(c, i);
    if (t->var_slot[0] >= 0)
        return 0;
    for (v = 1; v < t->nvar; v++) {
        size_t skip = t->var_skip[v] - (t->var_skip[v] >= t->conj ? t->conj : 0);
        /* only the article stripped (as long as لل of للهلال) is no
         * preposition */
        int article = skip == c->lex->article_len &&
                      memcmp(c->doc->norm + t->start + t->conj,
                             c->lex->article, skip) == 0;
        if (t->var_slot[v] >= 0 && skip != 0 && !article &&
            (c->lex->slots[t->var_slot[v]].sections &
             (TITLE_SECTIONS | ORG_SECTIONS | ANON_SECTIONS |
              QAWLP_BIT(QAWLP_SEC_NISBA))))
            return v;
    }
    return 0;
}

static int is_comp(const ctx *c, size_t i)
{
    const qawlp_token *t = tok(c, i);
    size_t v;

    if (!is_word(c, i))
        return 0;
    /* as written, or after و/ف (بحسب مصادر مطلعة فإن …) */
    for (v = 0; v < t->nvar; v++)
        if ((t->var_skip[v] == 0 || t->var_skip[v] == t->conj) &&
            t->var_slot[v] >= 0 &&
            (c->lex->slots[t->var_slot[v]].sections & QAWLP_BIT(QAWLP_SEC_COMP)))
            return 1;
    return 0;
}

static int is_cue(const ctx *c, size_t i)
{
    return i < c->doc->tokens.n && c->cue_at[i] >= 0;
}

/* A cue that ends a name: a verb or an attribution phrase; a reporting
 * noun may be part of a name (وكالة الأنباء السورية). */
static int is_verb_cue(const ctx *c, size_t i)
{
    return is_cue(c, i) &&
           c->doc->cues.v[c->cue_at[i]].section != QAWLP_SEC_RNOUN;
}

/* A one-letter word: a clitic left alone by a removed tatweel (لـ). */
static int is_lone_letter(const ctx *c, size_t i)
{
    const qawlp_token *t = tok(c, i);
    uint32_t cp;

    return is_word(c, i) &&
           (size_t)qawlp_utf8_decode((const unsigned char *)c->doc->norm + t->start,
                                     t->end - t->start, &cp) == t->end - t->start;
}

/* لـCNN: the preposition ل glued to a Latin name is the medium spoken to
 * (قال مسؤول لـCNN إن …), never part of the speaker's name. */
static int is_latin_addressee(const ctx *c, size_t i)
{
    const qawlp_token *t = tok(c, i);
    const unsigned char *w = (const unsigned char *)c->doc->norm + t->start;
    uint32_t cp;
    size_t n;

    if (!is_word(c, i))
        return 0;
    n = (size_t)qawlp_utf8_decode(w, t->end - t->start, &cp);
    return cp == 0x0644 && n < t->end - t->start &&
           ((w[n] >= 'A' && w[n] <= 'Z') || (w[n] >= 'a' && w[n] <= 'z'));
}

/* The medium or the people spoken to (لرويترز، للصحفيين، لـCNN). */
static int is_addressee(const ctx *c, size_t i)
{
    return is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_ADDRESSEE)) ||
           is_latin_addressee(c, i);
}

static int is_comma(const ctx *c, size_t i)
{
    return i < c->doc->tokens.n && tok(c, i)->kind == QAWLP_TOK_PUNCT &&
           (tok(c, i)->cp == ',' || tok(c, i)->cp == 0x060C);
}

static int has_digit(const ctx *c, size_t i);

/* Length of a bare personal name at I (one to three words no lexicon
 * knows) that a comma or a complementiser closes, or 0: the name set off
 * after an unnamed description (رئيس الجماعة …، رائد الصالح، إن). */
static size_t apposed_name(const ctx *c, size_t i)
{
    size_t k = i;

    while (k < i + 3 && is_word(c, k) && !is_stop(c, k) && !is_comp(c, k) &&
           !is_cue(c, k) && !has_digit(c, k) &&
           !is_as_written(c, k, TITLE_SECTIONS | ORG_SECTIONS | ANON_SECTIONS |
                                    QAWLP_BIT(QAWLP_SEC_NISBA)))
        k++;
    if (k == i || !(is_comma(c, k) || is_comp(c, k)))
        return 0;
    return k - i;
}

/* End of the source phrase that starts at FIRST (exclusive), FIRST when
 * there is none.  A preposition may continue the phrase only while it has
 * no personal name yet and the next word names an institution (مسؤول في
 * حلف الأطلسي). */
static size_t phrase_end(const ctx *c, size_t first)
{
    size_t j = first, n = c->doc->tokens.n, body_end = 0;
    int named = 0, body = 0;

    while (j < n && j < first + MAX_MENTION) {
        size_t ntok = 0;
        int e;
        /* لوكالة فرانس برس: the medium spoken to, whatever it names */
        if (is_addressee(c, j))
            break;
        if (qawlp_match(c->doc, c->lex, j, n, QAWLP_BIT(QAWLP_SEC_QUALIFIER),
                        &ntok) >= 0 && ntok > 1) {
            j += ntok;
            continue;
        }
        if (is_comma(c, j) && j > first &&
            is_as_written(c, j + 1, TITLE_SECTIONS | QAWLP_BIT(QAWLP_SEC_NISBA))) {
            j++;      /* apposition: بلينكن، وزير الخارجية الأميركي، */
            continue;
        }
        if (is_comma(c, j) && j > first && !named &&
            (ntok = apposed_name(c, j + 1)) > 0) {
            j += 1 + ntok;   /* رئيس الجماعة …، رائد الصالح، إن */
            continue;
        }
        /* A short name in marks inside the phrase (مشروع "مسام"، المعروفة
         * باسم "الخوذ البيضاء"), when the phrase goes on after it: a
         * quotation would end the sentence or its clause instead. */
        if (j > first && tok(c, j)->kind == QAWLP_TOK_QMARK &&
            tok(c, j)->pair > (int32_t)j &&
            /* "إنها حقيقة واضحة" opens a quotation, not a name */
            !is_comp(c, j + 1) && !is_cue(c, j + 1) &&
            (size_t)tok(c, j)->pair <= j + LABEL_WORDS + 1 &&
            (is_word(c, (size_t)tok(c, j)->pair + 1) ||
             is_comma(c, (size_t)tok(c, j)->pair + 1))) {
            j = (size_t)tok(c, j)->pair + 1;
            continue;
        }
        e = qawlp_match(c->doc, c->lex, j, n,
                        ORG_SECTIONS | TITLE_SECTIONS | ANON_SECTIONS |
                            QAWLP_BIT(QAWLP_SEC_PARTICLE), &ntok);
        if (e >= 0 && ntok > 1) {
            /* المرصد السوري لحقوق الإنسان, whole; حسب الله is a name */
            named |= c->lex->entries.v[e].section == QAWLP_SEC_PARTICLE;
            if (j == first)
                body = (QAWLP_BIT(c->lex->entries.v[e].section) &
                        BODY_SECTIONS) != 0;
            j += ntok;
            if (body && body_end == 0)
                body_end = j;
            continue;
        }
        if (j == first)
            body = is_as_written(c, j, BODY_SECTIONS);
        /* A body named whole by a name of several words (الجيش
         * الإسرائيلي، منظمة الصحة العالمية) ends there: only a qualifier,
         * a place or another known name word may follow; any other word
         * is the verb's object (أكد الجيش الإسرائيلي مواصلة حملته).  One
         * generic word (وكالة، الشرطة، تقرير) goes on to its name. */
        if (body && j == body_end && is_word(c, j) && !is_stop(c, j) &&
            !is_as_written(c, j, TITLE_SECTIONS | ORG_SECTIONS |
                                     ANON_SECTIONS | QAWLP_BIT(QAWLP_SEC_NISBA) |
                                     QAWLP_BIT(QAWLP_SEC_PARTICLE)) &&
            !qawlp_is(c->doc, c->lex, j, QAWLP_PLACE_SECTIONS))
            break;
        if (!is_word(c, j) || is_comp(c, j) || is_verb_cue(c, j) ||
            is_lone_letter(c, j) || has_digit(c, j))
            break;
        if (is_stop(c, j)) {
            /* مسؤول في حلف الأطلسي: an unnamed source is described by
             * where it works; a body is not (أعلن الجيش الإسرائيلي عن
             * مقتل …), unless by a place (وزارة الصحة في غزة). */
            if (!named && j > first && is_word(c, j + 1) &&
                !is_exactly(c, j, QAWLP_BIT(QAWLP_SEC_ADVERB)) &&
                (!body || qawlp_is(c->doc, c->lex, j + 1,
                                   QAWLP_PLACE_SECTIONS)) &&
                !is_addressee(c, j) &&
                !is_lone_letter(c, j + 1) && !is_cue(c, j + 1) &&
                !is_comp(c, j + 1) &&
                !is_stop(c, j + 1)) {
                j++;
                continue;
            }
            break;
        }
        if (!is_as_written(c, j, TITLE_SECTIONS | ORG_SECTIONS | ANON_SECTIONS |
                                     QAWLP_BIT(QAWLP_SEC_NISBA) |
                                     QAWLP_BIT(QAWLP_SEC_PARTICLE)))
            named = 1;
        j++;
    }
    /* trailing punctuation is not part of the phrase; a closing mark whose
     * opening mark is inside it is */
    while (j > first && !is_word(c, j - 1) &&
           !(tok(c, j - 1)->kind == QAWLP_TOK_QMARK &&
             tok(c, j - 1)->pair >= (int32_t)first &&
             tok(c, j - 1)->pair < (int32_t)(j - 1)))
        j--;
    return j;
}

static int share_name(const ctx *c, const qawlp_mention *a,
                      const qawlp_mention *b);

/* Word classes inside a mention. */
enum {
    W_NAME, W_TITLE, W_OFFICE, W_ORG, W_ANON, W_NISBA, W_PARTICLE,
    W_COMPLEMENT,   /* after a preposition, behind one (بزعيم), a number */
    W_OTHER         /* punctuation, marks */
};

static int has_article(const ctx *c, size_t i)
{
    const qawlp_token *t = tok(c, i);
    size_t v;

    for (v = 0; v < t->nvar; v++)
        if (t->var_skip[v] == c->lex->article_len)
            return 1;
    return 0;
}

static int has_digit(const ctx *c, size_t i)
{
    const qawlp_token *t = tok(c, i);
    uint32_t k;

    for (k = t->start; k < t->end; k++)
        if (c->doc->norm[k] >= '0' && c->doc->norm[k] <= '9')
            return 1;
    return 0;
}

/* The class of the noun behind the preposition that opens mention M. */
static uint8_t lead_class(const ctx *c, const qawlp_mention *m)
{
    const qawlp_token *t = tok(c, m->first);
    uint64_t sec = c->lex->slots[t->var_slot[m->lead_var]].sections;

    if (sec & (QAWLP_BIT(QAWLP_SEC_TITLE) | QAWLP_BIT(QAWLP_SEC_HONORIFIC)))
        return W_TITLE;
    if (sec & ANON_SECTIONS)
        return W_ANON;
    if (sec & ORG_SECTIONS)
        return W_ORG;
    if (sec & QAWLP_BIT(QAWLP_SEC_OFFICE))
        return W_OFFICE;
    return W_NISBA;
}

/* A phrase that opens behind a preposition (ووفقا لمسؤول، بحسب بيان
 * للهلال الأحمر) names the noun behind it: the mention starts after the
 * preposition, and a document of a body (بيان للهلال الأحمر) is the
 * body's word, as a statement from X's office is X. */
static void find_lead(const ctx *c, qawlp_mention *m)
{
    const qawlp_token *t;
    size_t v, skip, n1;
    uint32_t cp;

    if (m->last - m->first >= 2 &&
        is_as_written(c, m->first, QAWLP_BIT(QAWLP_SEC_DOCUMENT)) &&
        (v = prepositional_variant(c, m->first + 1)) > 0 &&
        (c->lex->slots[tok(c, m->first + 1)->var_slot[v]].sections &
         (ORG_SECTIONS | TITLE_SECTIONS)))
        m->first++;
    v = prepositional_variant(c, m->first);
    if (v == 0)
        return;
    t = tok(c, m->first);
    n1 = (size_t)qawlp_utf8_decode((const unsigned char *)c->doc->norm +
                                       t->start + t->conj,
                                   t->end - t->start - t->conj, &cp);
    skip = t->var_skip[v] - t->conj;
    m->lead_var = (uint8_t)v;
    if (skip == n1 || skip == n1 + c->lex->article_len) {
        m->lead_skip = (uint8_t)(t->conj + n1);   /* لمسؤول، بالحكومة */
    } else {
        m->lead_skip = (uint8_t)(t->conj + skip);  /* للهلال */
        m->lead_article = 1;
    }
}

/* Fills CLS[0 .. last-first) with the class of each token; multi-word
 * entries (المرصد السوري لحقوق الإنسان، الأمين العام) claim all their
 * words. */
static void word_classes(const ctx *c, const qawlp_mention *m, uint8_t *cls)
{
    size_t i = m->first, k;
    int after_stop = 0;

    while (i < m->last) {
        size_t n = 0;
        int e;
        uint8_t cl;
        if (!is_word(c, i)) {
            cls[i - m->first] = W_OTHER;
            if (is_comma(c, i))
                after_stop = 0;   /* an apposition starts afresh */
            i++;
            continue;
        }
        if (after_stop || has_digit(c, i) || is_stop(c, i)) {
            /* words after a preposition are a complement, not a name */
            after_stop = 1;
            cls[i - m->first] = W_COMPLEMENT;
            i++;
            continue;
        }
        e = qawlp_match(c->doc, c->lex, i, m->last,
                        ORG_SECTIONS | TITLE_SECTIONS | ANON_SECTIONS |
                            QAWLP_BIT(QAWLP_SEC_PARTICLE), &n);
        if (e >= 0 && n > 1 && article_agrees(c, i, &c->lex->entries.v[e])) {
            uint8_t sec = c->lex->entries.v[e].section;
            /* a compound name (حسب الله) is a name */
            cl = sec == QAWLP_SEC_PARTICLE ? W_NAME
                 : (QAWLP_BIT(sec) & ORG_SECTIONS) ? W_ORG
                 : (QAWLP_BIT(sec) & ANON_SECTIONS) ? W_ANON
                 : sec == QAWLP_SEC_OFFICE ? W_OFFICE : W_TITLE;
            for (k = 0; k < n; k++)
                cls[i - m->first + k] = cl;
            i += n;
            continue;
        }
        /* An office word (الخارجية، باسم) completes a title but does not
         * make a phrase a person's. */
        if (i == m->first && m->lead_var)
            cl = lead_class(c, m);   /* وفقا لمسؤول: the noun it names */
        else if (is_prepositional_noun(c, i))
            cl = W_COMPLEMENT;   /* بزعيم، لوزارة: never a name */
        else if (is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_TITLE) |
                                    QAWLP_BIT(QAWLP_SEC_HONORIFIC)))
            cl = W_TITLE;
        else if (is_as_written(c, i, ANON_SECTIONS))
            cl = W_ANON;
        else if (qawlp_is(c->doc, c->lex, i, ORG_SECTIONS))
            cl = W_ORG;
        else if (is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_OFFICE)))
            cl = W_OFFICE;
        else if (is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_NISBA)))
            cl = W_NISBA;
        else if (is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_PARTICLE)))
            cl = W_PARTICLE;
        else
            cl = W_NAME;
        cls[i - m->first] = cl;
        i++;
    }
}

/* Chooses the personal name inside mention M from the word classes:
 * the run of name words right after a title (وزير الخارجية الأميركي
 * أنتوني بلينكن، القس بولس حليم المتحدث …), else the first run
 * (بلينكن، وزير …).  A nisba counts as a surname at the start or after a
 * name (محمد شياع السوداني); a particle only inside a name (عبد الله).
 * Inside the run, a word with the article followed by one without is a
 * descriptor, so the name starts after it (المكلف حماية المواطنين نيكوس
 * توسكاس). */
static void find_name(const ctx *c, qawlp_mention *m, const uint8_t *cls)
{
    size_t n = m->last - m->first, i, start = n, k;
    size_t best_first = 0, best_last = 0;
    int after_title = 0, best_after_title = 0, in_complement = 0;

    for (i = 0; i <= n; i++) {
        int namey = i < n && !in_complement &&
                    (cls[i] == W_NAME ||
                     (cls[i] == W_NISBA && (i == 0 || start < n)) ||
                     (cls[i] == W_PARTICLE && i + 1 < n && cls[i + 1] == W_NAME));
        if (namey && start == n)
            start = i;
        /* A name that opens with the article goes on only through words
         * with the article (الولايات المتحدة); a bare word after it is the
         * verb's object (جدد السوداني دعوته). */
        if (namey && start == 0 && i > 0 && has_article(c, m->first) &&
            !has_article(c, m->first + i)) {
            namey = 0;
            m->name_cut = 1;
        }
        if (!namey && start < n) {
            /* A run that opens with a definite word is a descriptor
             * (المكلف حماية …) unless it opens the mention (الصفدي) or is
             * one word after a definite title (الوزير الحداد); after an
             * indefinite one it completes the title (مدير العمليات). */
            int namelike = start == 0 || !has_article(c, m->first + start) ||
                           (i - start == 1 && cls[start - 1] == W_TITLE &&
                            has_article(c, m->first + start - 1));
            /* بلينكن، وزير الخارجية …: a name set off by a comma at the
             * start is the name, whatever titles follow. */
            if (start == 0 && is_comma(c, m->first + i)) {
                best_first = m->first;
                best_last = m->first + i;
                break;
            }
            if (namelike && (best_last == 0 || (after_title && !best_after_title))) {
                best_first = m->first + start;
                best_last = m->first + i;
                best_after_title = after_title;
            }
            start = n;
        }
        if (i < n && cls[i] == W_TITLE)
            after_title = 1;
        /* A complement's words are not the speaker's name; an apposition
         * after a comma may name them again. */
        if (i < n && cls[i] == W_COMPLEMENT)
            in_complement = 1;
        else if (i < n && is_comma(c, m->first + i))
            in_complement = 0;
    }
    if (best_last == 0)
        return;
    for (k = best_first + 1; k + 1 < best_last; k++)
        if (has_article(c, k) && !has_article(c, k + 1))
            best_first = k + 1;
    /* A lone definite word after an office or a body names it (المتحدثة
     * باسم أجهزة الطوارئ); right after a title it is a surname (الوزير
     * الحداد). */
    if (best_last - best_first == 1 && has_article(c, best_first) &&
        best_first > m->first &&
        cls[best_first - 1 - m->first] != W_TITLE &&
        cls[best_first - 1 - m->first] != W_NISBA)
        return;
    m->name_first = (uint32_t)best_first;
    m->name_last = (uint32_t)best_last;
}

/* Classifies mention M: kind, title-only, personal name. */
static int classify(const ctx *c, qawlp_mention *m)
{
    size_t n = m->last - m->first, i;
    uint8_t *cls = qawlp_malloc(n);
    int anon = 0, org = 0, title = 0;

    if (cls == NULL)
        return -1;
    word_classes(c, m, cls);
    for (i = 0; i < n; i++) {
        anon |= cls[i] == W_ANON;
        org |= cls[i] == W_ORG;
        title |= cls[i] == W_TITLE;
        m->titled |= cls[i] == W_TITLE;
    }
    m->name_first = m->name_last = 0;
    find_name(c, m, cls);
    /* A source described, not named, is anonymous whatever follows it
     * (مسؤول في الوفد الفلبيني بالكويت). */
    if (cls[0] == W_ANON || (anon && m->name_last == 0))
        m->kind = QAWL_SPEAKER_ANONYMOUS;
    else if (org && !title && (m->name_last == 0 || cls[0] == W_ORG))
        m->kind = QAWL_SPEAKER_ORGANISATION;
    else
        m->kind = QAWL_SPEAKER_PERSON;
    if (m->kind != QAWL_SPEAKER_PERSON)
        m->name_first = m->name_last = 0;
    else if (m->name_last == 0)
        m->title_only = 1;
    /* "named by a title only" means every word is a title, an office or a
     * nisba (قال الوزير، وزير الخارجية الأميركي); a phrase with other words
     * may hold a name the lexicons do not know. */
    m->bare_title = m->title_only;
    for (i = 0; i < n && m->bare_title; i++)
        if (cls[i] != W_TITLE && cls[i] != W_OFFICE && cls[i] != W_NISBA &&
            cls[i] != W_OTHER)
            m->bare_title = 0;
    qawlp_free(cls);
    return 0;
}

static int add_mention(ctx *c, size_t first, size_t last, char gender,
                       char number)
{
    qawlp_mention *m = QAWLP_PUSH(c->doc->mentions);

    if (m == NULL)
        return -1;
    m->first = (uint32_t)first;
    m->last = (uint32_t)last;
    m->entity = -1;
    m->gender = gender;
    m->number = number;
    find_lead(c, m);
    if (classify(c, m))
        return -1;
    return (int)(c->doc->mentions.n - 1);
}

/* Whether words [first, last) before a verb can be its subject: they open
 * with a title, an organisation or a source, repeat a name already
 * mentioned, or are a short name set off by a comma (الصفدي، …). */
static int plausible_subject(const ctx *c, size_t first, size_t last)
{
    qawlp_mention probe;
    size_t k;

    if (is_as_written(c, first, TITLE_SECTIONS | ANON_SECTIONS |
                                    QAWLP_BIT(QAWLP_SEC_ORG) |
                                    QAWLP_BIT(QAWLP_SEC_ORGHEAD) |
                                    QAWLP_BIT(QAWLP_SEC_DOCUMENT)) ||
        qawlp_match(c->doc, c->lex, first, last, ORG_SECTIONS, NULL) >= 0)
        return 1;
    if (last - first <= 2 && is_comma(c, last))
        return 1;
    /* روسيا رأت أن …: a short phrase right before the verb, or before
     * قد/كان and the verb */
    for (k = last; k < c->doc->tokens.n &&
                   is_exactly(c, k, QAWLP_BIT(QAWLP_SEC_AUXILIARY)); k++)
        ;
    if (last - first <= 3 && k < c->doc->tokens.n && is_cue(c, k))
        return 1;
    memset(&probe, 0, sizeof probe);
    probe.first = probe.name_first = (uint32_t)first;
    probe.last = probe.name_last = (uint32_t)last;
    for (k = 0; k < c->doc->mentions.n; k++)
        if (share_name(c, &probe, &c->doc->mentions.v[k]))
            return 1;
    return 0;
}

/* Start of the subject after token I: adverbs and commas may come first
 * (أكد خلالها الملك …، قال الثلاثاء الوزير …). */
static size_t subject_start(const ctx *c, size_t i)
{
    size_t j = i, skipped = 0;

    while (skipped < MAX_SKIPPED) {
        size_t n = 1;
        if (!is_exactly(c, j, SKIP_SECTIONS) && !(is_comma(c, j) && j > i) &&
            !(qawlp_match(c->doc, c->lex, j, c->doc->tokens.n, SKIP_SECTIONS,
                          &n) >= 0 && n > 1))
            break;
        j += n;
        skipped++;
    }
    return j;   /* adverbs are never the subject (وكرر أكثر من مرة أنه) */
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
    const qawlp_sentence *s = &c->doc->sentences.v[tok(c, q->first)->sentence];
    size_t b = q->first, ext, a, k;

    while (b > s->first &&
           (is_exactly(c, b - 1, QAWLP_BIT(QAWLP_SEC_AUXILIARY) |
                                     QAWLP_BIT(QAWLP_SEC_RELATIVE)) ||
            is_addressee(c, b - 1)))   /* طبيب لـCNN قال: */
        b--;
    ext = b;
    if (b > s->first && is_comma(c, b - 1)) {
        for (k = b - 1; k-- > s->first && k + MAX_MENTION / 2 >= b;)
            if (!is_word(c, k) || is_cue(c, k))
                break;
        if (k < s->first || !is_comma(c, k) || k + 1 >= b - 1)
            return 0;
        /* an apposition names the subject again and joins the mention; a
         * parenthesis (في مؤتمر صحافي) does not */
        ext = is_stop(c, k + 1) ? k : b - 1;
        b = k;
    }
    /* Marks may enclose a name inside the subject: جماعة "الخوذ البيضاء" */
    for (a = b; a > s->first; a--) {
        const qawlp_token *t = tok(c, a - 1);
        if (!(t->kind == QAWLP_TOK_WORD || t->kind == QAWLP_TOK_QMARK) ||
            is_cue(c, a - 1) || is_comp(c, a - 1) || is_stop(c, a - 1) ||
            b - a >= MAX_MENTION)
            break;
    }
    /* A short phrase after a preposition names a place or a body: the
     * subject goes on before it (المقاومة الإسلامية في العراق، مسؤول في
     * الحلف). */
    if (b - a <= 2 && a > s->first + 1 && is_stop(c, a - 1) &&
        qawlp_is(c->doc, c->lex, a - 1, QAWLP_BIT(QAWLP_SEC_BRIDGE)) &&
        is_word(c, a - 2) && !is_stop(c, a - 2) && !is_cue(c, a - 2)) {
        for (a -= 1; a > s->first; a--) {
            const qawlp_token *t = tok(c, a - 1);
            if (!(t->kind == QAWLP_TOK_WORD || t->kind == QAWLP_TOK_QMARK) ||
                is_cue(c, a - 1) || is_comp(c, a - 1) || is_stop(c, a - 1) ||
                b - a >= MAX_MENTION)
                break;
        }
    }
    while (a < b && tok(c, a)->kind == QAWLP_TOK_QMARK)
        a++;
    /* After a complementiser a noun phrase opens the clause and is its
     * subject (إلا أن تصريحات سابقة … تشير إلى). */
    if (a >= b || (!plausible_subject(c, a, b) && ext == b &&
                   !(a > s->first && is_comp(c, a - 1))))
        return 0;
    *first = a;
    *last = ext;
    return 1;
}

/* The subject of the sentence's first reporting verb, for a participle or
 * a subjectless verb after it (بدوره، جدد السوداني دعوته …، مشيرا إلى …;
 * لكن روسيا رأت أن …، زاعمة أن …). */
static int sentence_subject(const ctx *c, const qawlp_cue *q, size_t *first,
                            size_t *last)
{
    const qawlp_sentence *s = &c->doc->sentences.v[tok(c, q->first)->sentence];
    size_t i;

    for (i = s->first; i < q->first; i++) {
        const qawlp_cue *o;
        size_t start;
        if (!is_cue(c, i))
            continue;
        o = &c->doc->cues.v[c->cue_at[i]];
        if (o->section != QAWLP_SEC_VERB && o->section != QAWLP_SEC_DESCRIBE)
            continue;
        start = subject_start(c, o->last);
        *last = phrase_end(c, start);
        if (*last > start) {
            *first = start;
            return 1;
        }
        return !o->conj && subject_before(c, o, first, last);
    }
    /* ودان السوداني الهجمات، وقال إن …: the sentence opens with another
     * verb (with its conjunction), whose subject follows it. */
    i = s->first;
    if (i + 1 < q->first && is_word(c, i) && tok(c, i)->conj &&
        tok(c, i)->var_slot[0] < 0 && !is_stop(c, i)) {
        size_t start = subject_start(c, i + 1);
        size_t end = phrase_end(c, start);
        if (end > start && end < q->first) {
            *first = start;
            *last = end;
            return 1;
        }
    }
    return 0;
}

/* Where the source phrase of a noun cue stands: after it with عن/من
 * (التحذيرات الصادرة عن المستشار …) or before it (عن مسؤول رفيع قوله
 * إن …). */
static int noun_source(const ctx *c, const qawlp_cue *q, size_t *first,
                       size_t *last)
{
    size_t j, k;

    for (j = q->last; j < q->last + 2 && is_word(c, j); j++) {
        if (qawlp_is(c->doc, c->lex, j, QAWLP_BIT(QAWLP_SEC_BRIDGE))) {
            *first = j + 1;
            *last = phrase_end(c, j + 1);
            return *last > *first;
        }
    }
    for (k = q->first; k-- > 0 && k + MAX_MENTION > q->first && is_word(c, k);) {
        if (qawlp_is(c->doc, c->lex, k, QAWLP_BIT(QAWLP_SEC_BRIDGE))) {
            *first = k + 1;
            *last = phrase_end(c, k + 1);
            return *last == q->first && *last > *first;
        }
    }
    return 0;
}

/* The source of a relay verb: نقلت وكالة الأنباء عن مدير العمليات أن … */
static int relayed_source(const ctx *c, const qawlp_cue *q, size_t *first,
                          size_t *last)
{
    size_t j = phrase_end(c, q->last);

    /* ونقلت "رويترز" عن …: the medium may stand in marks */
    if (j == q->last && j < c->doc->tokens.n &&
        tok(c, j)->kind == QAWLP_TOK_QMARK && tok(c, j)->pair > (int32_t)j)
        j = (size_t)tok(c, j)->pair + 1;

    if (!qawlp_is(c->doc, c->lex, j, QAWLP_BIT(QAWLP_SEC_BRIDGE)))
        return 0;
    *first = j + 1;
    *last = phrase_end(c, j + 1);
    return *last > *first;
}

/* Verdicts shown by `qawl explain`. */
static const char TAKEN[] = "taken";
static const char NONE_AFTER[] = "no subject after the cue";
static const char NONE_BEFORE[] = "no subject before the verb";
static const char NONE_FOUND[] = "nothing found";

/* Where the subject [FIRST, LAST) of act A ends (acts.c; BODIES: also
 * after a body's name, for the act's own subject but not for a turn,
 * whose mention the quotes use): before the
 * object its preposition opened (وهدد قائد الفصيل بتوسيع …: a glued
 * preposition is no stop word), and never inside it (a subject that
 * would start there is none).  Only acts: quotes' subjects stop at their
 * complementiser. */
static size_t act_subject_end(const ctx *c, const struct qawl_act *a,
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
    if (c->lex->entries.v[e].section == QAWLP_SEC_ORGHEAD)
        while (k < last && !is_stop(c, k) && has_article(c, k))
            k++;
    while (k < last && is_as_written(c, k, QAWLP_BIT(QAWLP_SEC_NISBA)))
        k++;
    return k;
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

    if (add_mention(c, first, last, 0, 0) < 0)
        return -1;
    m = &c->doc->mentions.v[n];
    ok = names_a_source(m);
    for (k = 0; k < n && !ok; k++)
        ok = share_name(c, m, &c->doc->mentions.v[k]);
    c->doc->mentions.n = n;   /* a probe: forget it */
    return ok;
}

/* Records what RULE found: the phrase [first, last) when FOUND, else
 * VERDICT.  Returns FOUND, or -1 when out of memory. */
static int tried(struct qawl_quote *q, qawlp_rule rule, int found,
                 size_t first, size_t last, const char *verdict)
{
    if (qawlp_step_add(q, rule, found ? TAKEN : verdict,
                       found ? first : 0, found ? last : 0, -1))
        return -1;
    if (found)
        q->rule = rule;
    return found;
}

/* Finds the mention for quote Q, trying the rules in order; each attempt
 * is recorded for `qawl explain`.  Returns -1 on allocation failure. */
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
        return qawlp_step_add(q, QAWLP_RULE_PASSIVE,
                              "a passive verb names no source",
                              0, 0, -1);
    }
    if (cue->section == QAWLP_COLON_CUE) {
        const qawlp_sentence *s = &c->doc->sentences.v[tok(c, cue->first)->sentence];
        first = s->first;
        last = cue->first;
        r = tried(q, QAWLP_RULE_COLON, 1, first, last, NULL);
    } else if (cue->section == QAWLP_SEC_ACCORDING) {
        first = cue->last;
        while (is_word(c, first) && tok(c, first)->end - tok(c, first)->start <= 2)
            first++;   /* a lone clitic, as in وفقا لـ مصادر */
        last = phrase_end(c, first);
        r = tried(q, QAWLP_RULE_ACCORDING, last > first, first, last, NONE_FOUND);
    } else {
        int before_tried = 0;
        r = 0;
        /* An act verb inside its clause, with no conjunction, follows its
         * subject (لجنة التحقيق تتهم إسرائيل بـ …): what comes after it is
         * its object, so the subject before it is tried first. */
        if (q->act > 0 && cue->section != QAWLP_SEC_PARTICIPLE &&
            !opens_clause(c, cue)) {
            int found = subject_before(c, cue, &first, &last);
            if (found)
                found = act_subject_known(c, first, last);
            if (found < 0)
                return -1;
            if (found) {
                r = tried(q, QAWLP_RULE_BEFORE_CUE, 1, first, last, NULL);
                before_tried = 1;
            }
        }
        if (r == 0 && (cue->relay || cue->section == QAWLP_SEC_RNOUN)) {
            int found = cue->relay ? relayed_source(c, cue, &first, &last)
                                   : noun_source(c, cue, &first, &last);
            r = tried(q, QAWLP_RULE_RELAYED, found, first, last, NONE_FOUND);
        }
        /* A participle (مضيفا) or a noun has no subject of its own. */
        if (r == 0 && cue->section != QAWLP_SEC_PARTICIPLE &&
            cue->section != QAWLP_SEC_RNOUN) {
            first = subject_start(c, cue->last);
            last = phrase_end(c, first);
            if (q->act > 0) {   /* an act's object is not its subject */
                const struct qawl_act *a = &c->doc->acts.v[q->act - 1];
                last = act_subject_end(c, a, first, last, 1);
                if (last > first && !a->prep_found) {
                    int ok = act_subject_known(c, first, last);
                    if (ok < 0)
                        return -1;
                    if (!ok)
                        last = first;
                }
            }
            r = tried(q, q->cue_after ? QAWLP_RULE_AFTER_QUOTE : QAWLP_RULE_EXPLICIT,
                      last > first, first, last, NONE_AFTER);
        }
        /* (each search runs before tried() reads FIRST and LAST) */
        if (r == 0 && cue->section != QAWLP_SEC_PARTICIPLE &&
            cue->section != QAWLP_SEC_RNOUN && !cue->conj && !before_tried) {
            int found = subject_before(c, cue, &first, &last);
            r = tried(q, QAWLP_RULE_BEFORE_CUE, found, first, last, NONE_BEFORE);
        }
        if (r == 0 && cue->section != QAWLP_SEC_RNOUN) {
            int found = sentence_subject(c, cue, &first, &last);
            r = tried(q, QAWLP_RULE_SENTENCE, found, first, last, NONE_FOUND);
        }
    }
    if (r < 0)
        return -1;
    if (r == 0) {
        q->rule = QAWLP_RULE_UNSET;
        return 0;
    }
    m = add_mention(c, first, last, cue->gender, cue->number);
    if (m < 0)
        return -1;
    /* وتشير تصريحات أوباما: the verb agrees with the reporting noun that
     * opens the phrase, not with the speaker it names */
    c->doc->mentions.v[m].noun_led =
        qawlp_is(c->doc, c->lex, first, QAWLP_BIT(QAWLP_SEC_RNOUN));
    q->mention = m;
    return 0;
}

/* Whether the verb cue CUE opens its clause: at the start of its
 * sentence or after a conjunction, past adverbs and turn words (بدوره،
 * …) — not a verb inside a clause (الانسحاب يعتبر أمرا خطيرا). */
static int opens_clause(const ctx *c, const qawlp_cue *cue)
{
    const qawlp_sentence *s =
        &c->doc->sentences.v[tok(c, cue->first)->sentence];
    size_t i;

    if (cue->conj)
        return 1;
    for (i = s->first; i < cue->first; i++)
        if (is_word(c, i) &&
            !is_exactly(c, i, QAWLP_BIT(QAWLP_SEC_ADVERB) |
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

/* Records the subjects of the reporting verbs that yielded no quote (see
 * qawlp_turn): a verb that opens its clause, outside every quote, with an
 * explicit subject after it that names a source. */
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
        int m;
        /* quotes and cues are both in text order */
        while (qi < c->doc->quotes.n && c->doc->quotes.v[qi].last <= cue->first)
            qi++;
        if (quoted[k] || cue->passive || cue->relay ||
            (cue->section != QAWLP_SEC_VERB &&
             cue->section != QAWLP_SEC_DESCRIBE) ||
            (qi < c->doc->quotes.n && c->doc->quotes.v[qi].first <= cue->first) ||
            !opens_clause(c, cue))
            continue;
        first = subject_start(c, cue->last);
        last = phrase_end(c, first);
        /* an act verb's subject stops where its object opens (acts.c) */
        while (ai < c->doc->acts.n && c->doc->acts.v[ai].verb.first < cue->first)
            ai++;
        if (ai < c->doc->acts.n && c->doc->acts.v[ai].verb.first == cue->first)
            last = act_subject_end(c, &c->doc->acts.v[ai], first, last, 0);
        /* the subject must end where the verb's complement opens (حذر
         * الوزير من …، أشار المسؤول إلى …) or its clause ends: a phrase
         * run into an object (يقدر المدير عدد الألغام) is no name */
        if (last <= first ||
            !(last >= c->doc->tokens.n || !is_word(c, last) ||
              qawlp_is(c->doc, c->lex, last, QAWLP_BIT(QAWLP_SEC_BRIDGE))))
            continue;
        m = add_mention(c, first, last, cue->gender, cue->number);
        if (m < 0)
            break;
        if (!names_a_source(&c->doc->mentions.v[m])) {
            c->doc->mentions.n = nmentions;   /* not a source: forget it */
            continue;
        }
        t = QAWLP_PUSH(c->doc->turns);
        if (t == NULL)
            break;
        t->at = cue->first;
        t->mention = m;
    }
    qawlp_free(quoted);
    return k < c->doc->cues.n ? -1 : 0;
}

/* ------------------------------------------------------------ clustering */

/* Folded words of mention M, as " w1 w2 … " for containment. */
static int folded_words(const ctx *c, const qawlp_mention *m, qawlp_buf *out)
{
    size_t i;

    if (qawlp_buf_append(out, " ", 1))
        return -1;
    for (i = m->first; i < m->last; i++) {
        const qawlp_token *t = tok(c, i);
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

static int share_name(const ctx *c, const qawlp_mention *a,
                      const qawlp_mention *b)
{
    size_t i, j;

    for (i = a->name_first; i < a->name_last; i++) {
        const qawlp_token *x = tok(c, i);
        if (x->kind != QAWLP_TOK_WORD || x->var_len[0] < 6 ||
            is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_PARTICLE)))
            continue;
        for (j = b->name_first; j < b->name_last; j++) {
            const qawlp_token *y = tok(c, j);
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
            if (!m->title_only && !o->title_only && share_name(c, m, o))
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
        len = is_name ? tok(c, m->name_last - 1)->end - tok(c, m->name_first)->start
                      : tok(c, m->last - 1)->end - tok(c, m->first)->start;
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
    const qawlp_token *x = tok(c, i), *y = tok(c, j);

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
    const qawlp_token *t = tok(c, i);
    size_t v;

    if (is_cue(c, i))
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
            if (is_as_written(c, next, TITLE_SECTIONS |
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

static int cluster(ctx *c)
{
    size_t k;
    int nomem = 0;

    for (k = 0; k < c->doc->mentions.n; k++) {
        qawlp_mention *m = &c->doc->mentions.v[k];
        int e = find_entity(c, m, &nomem);
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
    for (k = 0; k < c->doc->entities.n; k++)
        if (name_entity(c, &c->doc->entities.v[k], k))
            return -1;
    return 0;
}

qawl_status qawlp_mentions_run(qawlp_doc *doc, const qawl_lexicon *lex,
                               qawl_error *err)
{
    ctx c;
    size_t i;
    int failed = 0;

    c.doc = doc;
    c.lex = lex;
    c.cue_at = qawlp_malloc((doc->tokens.n + 1) * sizeof *c.cue_at);
    if (c.cue_at == NULL)
        goto nomem;
    for (i = 0; i <= doc->tokens.n; i++)
        c.cue_at[i] = -1;
    for (i = 0; i < doc->cues.n; i++)
        c.cue_at[doc->cues.v[i].first] = (int)i;
    for (i = 0; i < doc->quotes.n && !failed; i++)
        failed = mention_for_quote(&c, &doc->quotes.v[i]);
    if (!failed)
        failed = find_turns(&c);
    /* Acts' subjects, found by the quotes' rules, after the turns so that
     * the quotes' own attribution is as it was without acts. */
    for (i = 0; i < doc->acts.n && !failed; i++)
        failed = mention_for_quote(&c, &doc->acts.v[i].q);
    if (!failed) {
        cut_at_known_names(&c);
        failed = cluster(&c);
    }
    qawlp_free(c.cue_at);
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
