/*
 * mentions.c — speaker phrases: where a source phrase ends and what it
 * names.
 *
 * sources.c says where a phrase starts; this file finds where it ends (up
 * to a complementiser, a boundary word, a mark or punctuation; an
 * apposition after a comma joins: بلينكن، وزير …،), strips a glued
 * preposition that opens it (للهلال، لوزارة), classes its words by the
 * lexicons (titles, nisba, particles, organisations, anonymous heads),
 * takes the remaining words before the first boundary word as the
 * personal name, and gives the phrase its kind (person, organisation,
 * anonymous).  The helpers in phrase.h are shared with sources.c and
 * entities.c.
 */
#include <config.h>

#include <string.h>

#include "internal.h"
#include "phrase.h"


/* (the answers kept per token, QAWLP_KNOWN_*, are read and kept with
 * qawlp_phr_recall and qawlp_phr_remember in phrase.h) */

/* Token I matches a one-word entry of MASK as written, with at most a
 * conjunction and the article stripped: prepositions are not stripped, so
 * a name such as بلينكن is never read as ب + لينكن. */
/* Sections whose entries written with the article match only words that
 * have it: السامي (an office) is not the name سامي, المتحدث باسم (a title)
 * is not متحدث باسم (an unnamed source), الرياض (a place) is not the
 * given name رياض. */
#define ARTICLE_EXACT                                                     \
    (QAWLP_BIT(QAWLP_SEC_OFFICE) | QAWLP_BIT(QAWLP_SEC_ANON) | QAWLP_PLACE_SECTIONS)

static int starts_with_article(const qawlp_phr *c, const char *s, size_t len)
{
    size_t skip;

    qawlp_strip_article(c->lex, s, len, &skip);
    return skip > 0;
}

/* Whether entry EN may match token I as far as the article goes. */
static int article_agrees(const qawlp_phr *c, size_t i, const qawlp_entry *en)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    int entry_has, token_has;

    /* most sections do not care: no form is measured for them */
    if (en->section != QAWLP_SEC_ANON &&
        !(QAWLP_BIT(en->section) & ARTICLE_EXACT))
        return 1;
    entry_has = starts_with_article(c, en->form, strlen(en->form));
    token_has = starts_with_article(c, c->doc->norm + t->start + t->conj,
                                    t->end - t->start - t->conj);
    if (en->section == QAWLP_SEC_ANON)
        return entry_has == token_has;
    if (QAWLP_BIT(en->section) & ARTICLE_EXACT)
        return !entry_has || token_has;
    return 1;
}

int qawlp_phr_as_written_slots(const qawlp_phr *c, size_t i, uint64_t mask)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    qawlp_phr_written *w;
    size_t v;

    /* asked again: only the sections not answered yet are looked for */
    w = &c->written[i % QAWLP_PHR_WRITTEN];
    if (w->token != i + 1) {
        w->token = (uint32_t)(i + 1);
        w->yes = w->no = 0;
    }
    if (w->yes & mask)
        return 1;
    mask &= ~w->no;
    if (mask == 0)
        return 0;
    for (v = 0; v < t->nvar; v++) {
        const qawlp_slot *s;
        int e;
        size_t art;
        /* the slot's sections first: most variants end there */
        if (qawlp_var_slot(c->doc, t, v) < 0 ||
            !(c->lex->slots[qawlp_var_slot(c->doc, t, v)].sections & mask))
            continue;
        art = t->var_skip[v] - (t->var_skip[v] >= t->conj ? t->conj : 0);
        if (art != 0 && art != c->lex->article_len)
            continue;
        s = &c->lex->slots[qawlp_var_slot(c->doc, t, v)];
        if (c->lex->links != NULL) {
            /* any entry will do, so the chain's order does not matter: a
             * group of another section is skipped whole */
            const qawlp_link *l = c->lex->links + s->link, *end = l + s->nlinks;
            while (l < end) {
                if (!(mask & QAWLP_BIT(l->section))) {
                    l += l->run;
                    continue;
                }
                if (l->nwords == 1 &&
                    article_agrees(c, i, &c->lex->entries.v[l->entry])) {
                    w->yes |= QAWLP_BIT(l->section);
                    return 1;
                }
                l++;
            }
            continue;
        }
        for (e = s->first; e >= 0; e = c->lex->entries.v[e].next)
            if ((mask & QAWLP_BIT(c->lex->entries.v[e].section)) &&
                c->lex->entries.v[e].nwords == 1 &&
                article_agrees(c, i, &c->lex->entries.v[e])) {
                w->yes |= QAWLP_BIT(c->lex->entries.v[e].section);
                return 1;
            }
    }
    w->no |= mask;
    return 0;
}

/* Whether FORM is SURFACE (LEN bytes) or WHOLE (WLEN bytes). */
static int form_is(const char *form, const char *surface, size_t len,
                   const char *whole, size_t wlen)
{
    size_t n = strlen(form);

    return (n == len && memcmp(form, surface, len) == 0) ||
           (n == wlen && memcmp(form, whole, wlen) == 0);
}

/* Token I is a one-word entry of MASK exactly as written (after a
 * conjunction): function words must not match through the article, or
 * أحد ("one of") would be read as الأحد ("Sunday"). */
int qawlp_phr_exactly_slots(const qawlp_phr *c, size_t i, uint64_t mask)
{
    const qawlp_token *t;
    const char *surface, *whole;
    size_t len, wlen, v;

    if (!qawlp_phr_is_word(c, i))
        return 0;
    t = qawlp_phr_tok(c, i);
    if (!t->in_lexicon)        /* no variant has a slot */
        return 0;
    /* with its conjunction stripped (وقد), or whole: فيه starts with the
     * letter ف, which is no conjunction there */
    whole = c->doc->norm + t->start;
    wlen = t->end - t->start;
    surface = whole + t->conj;
    len = wlen - t->conj;
    for (v = 0; v < t->nvar; v++) {
        int e;
        if (qawlp_var_slot(c->doc, t, v) < 0 ||
            !(c->lex->slots[qawlp_var_slot(c->doc, t, v)].sections & mask))
            continue;
        if (c->lex->links != NULL) {
            /* by the chain's groups: a section not asked is skipped whole */
            const qawlp_slot *s = &c->lex->slots[qawlp_var_slot(c->doc, t, v)];
            const qawlp_link *l = c->lex->links + s->link, *end = l + s->nlinks;
            while (l < end) {
                const qawlp_entry *en = &c->lex->entries.v[l->entry];
                if (!(mask & QAWLP_BIT(l->section))) {
                    l += l->run;
                    continue;
                }
                if (l->nwords == 1 && form_is(en->form, surface, len, whole, wlen))
                    return 1;
                l++;
            }
            continue;
        }
        for (e = c->lex->slots[qawlp_var_slot(c->doc, t, v)].first; e >= 0;
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

/* Whether the text writes token I with a final ي (U+064A) while every
 * stop word it matches is written in the lexicon with ى (U+0649):
 * folding merges the two letters, and with them the preposition على and
 * the given name علي. */
static int stop_by_folded_maksura(const qawlp_phr *c, size_t i)
{
    static const char maksura[] = "\xD9\x89", ya[] = "\xD9\x8A";
    const qawlp_token *t = qawlp_phr_tok(c, i);
    const char *whole = c->doc->norm + t->start, *surface = whole + t->conj;
    size_t wlen = t->end - t->start, len = wlen - t->conj, at, v;
    int found = 0;

    if (len < 2 || memcmp(whole + wlen - 2, ya, 2) != 0)
        return 0;
    at = qawlp_input_offset(c->doc, t->end - 2);
    if (at + 2 > c->doc->src_len || memcmp(c->doc->src + at, ya, 2) != 0)
        return 0;
    for (v = 0; v < t->nvar; v++) {
        int e, slot = qawlp_var_slot(c->doc, t, v);
        for (e = slot >= 0 ? c->lex->slots[slot].first : -1; e >= 0;
             e = c->lex->entries.v[e].next) {
            const qawlp_entry *en = &c->lex->entries.v[e];
            size_t n;
            if (!(QAWLP_STOP_SECTIONS & QAWLP_BIT(en->section)) || en->nwords != 1 ||
                !form_is(en->form, surface, len, whole, wlen))
                continue;
            n = strlen(en->written);
            if (n < 2 || memcmp(en->written + n - 2, maksura, 2) != 0)
                return 0;
            found = 1;
        }
    }
    return found;
}

/* Whether token I, a stop word by its folded form alone (above), stands
 * inside a personal name: after a word of the phrase and before one that
 * may be a name (محمد علي جعفري، آية الله علي السيستاني), where the
 * preposition would be followed by its object (أكد على ضرورة، على أن). */
static int name_word_homograph(const qawlp_phr *c, size_t i)
{
    return i > 0 && qawlp_phr_is_word(c, i - 1) && qawlp_phr_is_word(c, i + 1) &&
           !qawlp_phr_is_exactly(c, i - 1, QAWLP_STOP_SECTIONS) &&
           !qawlp_phr_is_comp(c, i - 1) &&
           !qawlp_phr_is_exactly(c, i + 1, QAWLP_STOP_SECTIONS) &&
           !qawlp_phr_is_comp(c, i + 1) && !qawlp_phr_is_cue(c, i + 1) &&
           qawlp_namelike_token(c->doc, c->lex, i + 1, NULL) != QAWLP_NAMELIKE_NOT_NAME &&
           stop_by_folded_maksura(c, i);
}

/* (a boundary word or the addressee: phrase.h) */
int qawlp_phr_is_stop_uncached(const qawlp_phr *c, size_t i)
{
    return qawlp_phr_remember(c, i, QAWLP_KNOWN_STOP,
                              (qawlp_phr_is_exactly(c, i, QAWLP_STOP_SECTIONS) &&
                               !name_word_homograph(c, i)) ||
                                  qawlp_phr_is_addressee(c, i));
}

static size_t prepositional_variant(const qawlp_phr *c, size_t i);

/* A known noun behind a preposition (بزعيم، لوزارة): the phrase has
 * moved on to a complement. */
static int is_prepositional_noun(const qawlp_phr *c, size_t i)
{
    return prepositional_variant(c, i) > 0;
}

/* The variant of token I behind a glued preposition (لوزارة، بتقرير،
 * للهلال) that names a title, a body, a document or a source; 0 when the
 * word is known as it stands or is no such noun. */
static size_t prepositional_variant(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t;
    size_t v;

    if (!qawlp_phr_is_word(c, i))
        return 0;
    t = qawlp_phr_tok(c, i);
    if (qawlp_var_slot(c->doc, t, 0) >= 0)
        return 0;
    for (v = 1; v < t->nvar; v++) {
        size_t skip = t->var_skip[v] - (t->var_skip[v] >= t->conj ? t->conj : 0);
        /* only the article stripped (as long as لل of للهلال) is no
         * preposition */
        int article = skip == c->lex->article_len &&
                      qawlp_same_short(c->doc->norm + t->start + t->conj,
                                       c->lex->article, skip);
        if (qawlp_var_slot(c->doc, t, v) >= 0 && skip != 0 && !article &&
            (c->lex->slots[qawlp_var_slot(c->doc, t, v)].sections &
             (QAWLP_TITLE_SECTIONS | QAWLP_ORG_SECTIONS | QAWLP_ANON_SECTIONS |
              QAWLP_BIT(QAWLP_SEC_NISBA))))
            return v;
    }
    return 0;
}

/* The sections of the noun behind a glued preposition at token I
 * (prepositional_variant), or 0 when there is none. */
static uint64_t prepositional_sections(const qawlp_phr *c, size_t i)
{
    size_t v = prepositional_variant(c, i);

    if (v == 0)
        return 0;
    return c->lex->slots[qawlp_var_slot(c->doc, qawlp_phr_tok(c, i), v)]
        .sections;
}

static int is_comp_uncached(const qawlp_phr *c, size_t i);

int qawlp_phr_comp_slots(const qawlp_phr *c, size_t i)
{
    int known;

    if (!qawlp_phr_is_word(c, i))
        return 0;
    if ((known = qawlp_phr_recall(c, i, QAWLP_KNOWN_COMP)) >= 0)
        return known;
    return qawlp_phr_remember(c, i, QAWLP_KNOWN_COMP, is_comp_uncached(c, i));
}

static int is_comp_uncached(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v;

    if (!qawlp_phr_is_word(c, i))
        return 0;
    /* as written, or after و/ف (بحسب مصادر مطلعة فإن …); the slots
     * first, since most words are no complementiser */
    for (v = 0; v < t->nvar; v++)
        if ((t->var_skip[v] == 0 || t->var_skip[v] == t->conj) &&
            qawlp_var_slot(c->doc, t, v) >= 0 &&
            (c->lex->slots[qawlp_var_slot(c->doc, t, v)].sections & QAWLP_BIT(QAWLP_SEC_COMP)))
            break;
    /* the second half of a compound (جاي-إن) is no word of its own, nor
     * is a name's last word (مون جاي إن إنه) */
    return v < t->nvar && !(i > 0 && qawlp_joining_hyphen(c->doc, i - 1)) &&
           !qawlp_comp_ends_name(c->doc, c->lex, i);
}

/* A cue that ends a name: a verb or an attribution phrase; a reporting
 * noun may be part of a name (وكالة الأنباء السورية). */
static int is_verb_cue(const qawlp_phr *c, size_t i)
{
    return qawlp_phr_is_cue(c, i) &&
           c->doc->cues.v[c->cue_at[i]].section != QAWLP_SEC_RNOUN;
}

static int is_lone_letter(const qawlp_phr *c, size_t i)
{
    return qawlp_is_lone_letter(c->doc, i);
}

/* Whether token I is a preposition glued to the article (للجزيرة،
 * بالانتقاد): after a personal name it opens the medium spoken to or the
 * clause going on, never more of the name. */
static int is_prep_article(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    const unsigned char *w = (const unsigned char *)c->doc->norm + t->start + t->conj;
    const char *art = c->lex->article;
    size_t len = t->end - t->start - t->conj, alen = c->lex->article_len, k;
    uint32_t a, first, last = 0;
    int n, f;

    if (!qawlp_phr_is_word(c, i) || alen == 0)
        return 0;
    n = qawlp_utf8_decode(w, len, &a);
    if (n <= 0 || !qawlp_cp_in(a, c->lex->prep, c->lex->nprep))
        return 0;
    /* بال… ; but ل + ال is written لل: the article's first letter drops
     * after the preposition that is its last letter */
    f = qawlp_utf8_decode((const unsigned char *)art, alen, &first);
    if (f <= 0)
        return 0;
    for (k = 0; k < alen;) {   /* the article's last letter */
        int m = qawlp_utf8_decode((const unsigned char *)art + k, alen - k, &last);
        if (m <= 0)
            return 0;
        k += (size_t)m;
    }
    /* the noun after the article has three letters at least: بالين،
     * كالين (names), وكالة (و + كالة) are not preposition + article */
    if ((size_t)n + alen > len)
        return 0;
    if (a == last)
        return memcmp(w + n, art + f, alen - (size_t)f) == 0 &&
               qawlp_count_chars((const char *)w + n + alen - f,
                             len - n - (alen - f), 3) >= 3;
    return memcmp(w + n, art, alen) == 0 &&
           qawlp_count_chars((const char *)w + n + alen, len - n - alen, 3) >= 3;
}

int qawlp_phr_is_prep_article(const qawlp_phr *c, size_t i)
{
    return is_prep_article(c, i);
}

/* known_in_phrase for a word not asked about before. */
static int known_in_phrase_uncached(const qawlp_phr *c, size_t i)
{
    return qawlp_phr_remember(c, i, QAWLP_KNOWN_IN_PHRASE,
                              qawlp_phr_is_as_written(c, i, QAWLP_TITLE_SECTIONS | QAWLP_ORG_SECTIONS |
                                                                QAWLP_ANON_SECTIONS |
                                                                QAWLP_BIT(QAWLP_SEC_NISBA) |
                                                                QAWLP_BIT(QAWLP_SEC_PARTICLE)));
}

/* Whether token I is a word the lexicons know as part of a source phrase:
 * a title, a body, a source, a nisba or a name particle.  The answer kept
 * is read in line (some 12,000 questions over the fixed set). */
static inline int known_in_phrase(const qawlp_phr *c, size_t i)
{
    int known;

    if (!qawlp_phr_is_word(c, i))
        return 0;
    if ((known = qawlp_phr_recall(c, i, QAWLP_KNOWN_IN_PHRASE)) >= 0)
        return known;
    return known_in_phrase_uncached(c, i);
}


/* How often the corpora must have seen a word outside names for it to end
 * a name: a rarer one may be a family name they count elsewhere
 * (المهدي 74، السادات 57؛ الحادث 233، الهجوم 1530).  Above
 * FUNCTION_USES a form is a function word, and folded it may also be a
 * name (على / علي): the boundary lexicon, not this one, judges those. */
#define COMMON_USES 100
/* After a personal name of two words or more the next word is a family
 * name or the verb's object; since namelike.py counts family names after
 * a title and a first name (المعلم 25/40 is a name), a rarer form that the
 * corpora keep out of names is the object there (اوضاع 0/61، معاناه
 * 1/131).  A first name may be such a word too (نادر 0/48), so elsewhere
 * the threshold stays COMMON_USES. */
#define OBJECT_USES 40
#define FUNCTION_USES 5000

static int common_word(const qawlp_phr *c, size_t i);

/* Whether token I, before a preposition, reads as the end of a personal
 * name: no lexicon knows it, it has no article and is no common word
 * (وقال مارينييلو للجزيرة، إيمان أحمد للجزيرة نت). */
static int lone_name(const qawlp_phr *c, size_t i)
{
    int known;

    if (!qawlp_phr_is_word(c, i))
        return 0;
    if ((known = qawlp_phr_recall(c, i, QAWLP_KNOWN_LONE_NAME)) >= 0)
        return known;
    return qawlp_phr_remember(c, i, QAWLP_KNOWN_LONE_NAME,
                              !known_in_phrase(c, i) && !qawlp_phr_has_article(c, i) &&
                                  !common_word(c, i));
}

/* The first letter of token I after any conjunction, where a glued
 * preposition stands; 0 when there is none. */
static uint32_t letter_after_conj(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    uint32_t cp;

    if (qawlp_utf8_decode((const unsigned char *)c->doc->norm + t->start +
                              t->conj,
                          t->end - t->start - t->conj, &cp) <= 0)
        return 0;
    return cp;
}

/* Whether token I begins with a letter that may be a glued preposition
 * (clitics.txt): such a word (لتنسيق) goes on a body's name more often
 * than it opens a person's. */
static int starts_with_preposition(const qawlp_phr *c, size_t i)
{
    uint32_t cp = letter_after_conj(c, i);

    return cp != 0 && qawlp_cp_in(cp, c->lex->prep, c->lex->nprep);
}

/* Whether FORM (folded bytes) is a common word: never seen in a name by
 * the corpora, seen at least LEAST times elsewhere, and no function word. */
static int common_form(const qawlp_phr *c, const char *form, size_t len,
                       unsigned long least)
{
    unsigned long uses;

    if (qawlp_namelike_class(c->lex, form, len, NULL) != QAWLP_NAMELIKE_NOT_NAME)
        return 0;
    uses = qawlp_namelike_form_uses(c->lex, form, len);
    return uses >= least && uses <= FUNCTION_USES;
}

/* Bytes of token I before a pronoun suffix (clitics.txt [possessive]:
 * تأكيده، شكرها، حديثهم), the longest that fits, or 0.  The stem keeps
 * two letters (not طه), and the input must write the suffix's first
 * letter itself, since folding may produce it (ة -> ه). */
static size_t before_possessive(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    const char *w = c->doc->norm + t->start;
    size_t len = t->end - t->start, best = 0, k, in;
    uint32_t cp, written;

    for (k = 0; k < c->lex->npossessive; k++) {
        size_t n = c->lex->possessive_len[k];
        if (n >= len || len - n <= best ||
            !qawlp_same_short(w + len - n, c->lex->possessive[k], n) ||
            qawlp_count_chars(w, len - n, 3) < 2)
            continue;
        in = qawlp_input_offset(c->doc, t->start + len - n);
        if (in >= c->doc->src_len ||
            qawlp_utf8_decode((const unsigned char *)c->doc->src + in,
                              c->doc->src_len - in, &written) <= 0 ||
            qawlp_utf8_decode((const unsigned char *)c->lex->possessive[k], n,
                              &cp) <= 0 ||
            written != cp)
            continue;
        best = len - n;
    }
    return best;
}

/* The role clitics.txt [ending] gives code point CP, or QAWLP_ROLE_NONE. */
static uint8_t ending_role(const qawlp_phr *c, uint32_t cp)
{
    size_t k;

    for (k = 0; k < c->lex->nending; k++)
        if (c->lex->ending[k] == cp)
            return c->lex->ending_role[k];
    return QAWLP_ROLE_NONE;
}

/* Whether the N bytes at S hold the M bytes of E somewhere.  A word is
 * a few bytes: a loop that compares E's last byte first (an ending's
 * continuation byte, rarer than its lead) beats memmem's call. */
static int holds_bytes(const unsigned char *s, size_t n, const char *e,
                       size_t m)
{
    size_t p;

    for (p = 0; p + m <= n; p++)
        if (s[p + m - 1] == (unsigned char)e[m - 1] &&
            memcmp(s + p, e, m - 1) == 0)
            return 1;
    return 0;
}

/* Whether the N bytes at S hold the UTF-8 bytes of an ending of role
 * ROLE (clitics.txt [ending]).  Valid UTF-8 decodes to a code point only
 * from its own bytes, so a word without them has no such ending: most
 * words are turned away by this search, before a character is decoded
 * and looked up. */
static int holds_ending_bytes(const qawlp_phr *c, const unsigned char *s,
                              size_t n, uint8_t role)
{
    size_t k;

    for (k = 0; k < c->lex->nending; k++) {
        char e[4];
        int m;
        if (c->lex->ending_role[k] != role)
            continue;
        m = qawlp_utf8_encode(c->lex->ending[k], e);
        if (m > 0 && holds_bytes(s, n, e, (size_t)m))
            return 1;
    }
    return 0;
}

/* Whether the input writes token I with the accusative's tanween
 * (clitics.txt [ending] role=accusative): an indefinite adverb or object
 * (تحديداً، مجدداً), never a name. */
static int has_tanween_fath(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    const unsigned char *src = (const unsigned char *)c->doc->src;
    size_t a = qawlp_input_offset(c->doc, t->start);
    /* the token's input end, with any invisible marks after it (which
     * qawlp_input_end would leave out): none of them holds the mark */
    size_t b = qawlp_input_offset(c->doc, t->end);
    uint32_t cp;
    int n;

    if (b > c->doc->src_len)
        b = c->doc->src_len;
    if (a >= b || !holds_ending_bytes(c, src + a, b - a, QAWLP_ROLE_ACCUSATIVE))
        return 0;
    for (; a < b; a += (size_t)n) {
        n = qawlp_utf8_decode(src + a, b - a, &cp);
        if (n <= 0)
            return 0;
        if (ending_role(c, cp) == QAWLP_ROLE_ACCUSATIVE)
            return 1;
    }
    return 0;
}

/* Whether token I is a common word, never part of a name: a verbal noun,
 * an object, an adverb (وضع، الهجوم، تحديدا) seen at least LEAST times
 * outside names, one with a possessive pronoun (تأكيده، تصريحاته) or
 * written with the accusative's tanween. */
/* Whether the LEN folded bytes W, a word's stem before a pronoun suffix,
 * are a common word: as they stand, or with the feminine ending put back
 * where the stem ends in its bound form (خشيت+ه: خشية). */
static int common_noun(const qawlp_phr *c, const char *w, size_t len,
                       unsigned long least);

static int common_stem(const qawlp_phr *c, const char *w, size_t len,
                       unsigned long least)
{
    char buf[64];
    uint32_t cp;
    size_t k, n = c->lex->feminine_fold_len;

    /* as it stands, or known with the article (اتصالات: الاتصالات) */
    if (common_noun(c, w, len, least))
        return 1;
    /* the bound ending is evidence of a noun with a suffix of its own:
     * a word the corpora class as no name word will do */
    /* the last letter of the stem: back over continuation bytes */
    for (k = len; k > 0 && ((unsigned char)w[k - 1] & 0xC0) == 0x80; k--)
        ;
    if (k == 0 || n == 0 || (k - 1) + n > sizeof buf ||
        qawlp_utf8_decode((const unsigned char *)w + k - 1, len - (k - 1), &cp) <= 0 ||
        ending_role(c, cp) != QAWLP_ROLE_FEMININE_BOUND)
        return 0;
    memcpy(buf, w, k - 1);
    memcpy(buf + k - 1, c->lex->feminine_fold, n);
    return common_form(c, buf, k - 1 + n, 1);
}

static int indefinite_accusative(const qawlp_phr *c, size_t i, size_t *stem);

/* Whether the LEN folded bytes W, with the article put before them, are
 * a common word seen LEAST times (the corpora count a noun by its
 * definite form: ردا by الرد, عملياتها by العمليات). */
static int common_with_article_form(const qawlp_phr *c, const char *w, size_t len,
                                    unsigned long least)
{
    char buf[64];
    size_t a = c->lex->article_len;

    if (a == 0 || len + a > sizeof buf)
        return 0;
    memcpy(buf, c->lex->article, a);
    memcpy(buf + a, w, len);
    return common_form(c, buf, len + a, least);
}

/* Whether token I is a common noun in the indefinite accusative: its
 * form before the ending, with the article, is a common word (ردا:
 * الرد; لانا is no لأن), and the whole is no name the corpora know. */
static int accusative_common(const qawlp_phr *c, size_t i, unsigned long least)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t stem, next;

    if (!indefinite_accusative(c, i, &stem))
        return 0;
    /* a name may end so, and then a name word follows it (وكالة أنباء
     * رايا نوفوستي، السفيرة لانا فلان): the accusative is followed by a
     * function word, a complement or a common word (ردا على، صورا للعناصر) */
    if (qawlp_phr_is_word(c, i + 1) && !qawlp_phr_is_stop(c, i + 1) &&
        !qawlp_phr_is_comp(c, i + 1) && !starts_with_preposition(c, i + 1) &&
        qawlp_namelike_token(c->doc, c->lex, i + 1, NULL) != QAWLP_NAMELIKE_NOT_NAME &&
        !indefinite_accusative(c, i + 1, &next))   /* (ردا حاسما) */
        return 0;
    return common_with_article_form(c, c->doc->norm + t->start + t->conj, stem, least) &&
           qawlp_namelike_token(c->doc, c->lex, i, NULL) != QAWLP_NAMELIKE_NAME &&
           /* روسيا is no Russian in the accusative */
           !qawlp_phr_is_as_written(c, i, QAWLP_PLACE_SECTIONS | QAWLP_ORG_SECTIONS |
                                              QAWLP_TITLE_SECTIONS | QAWLP_ANON_SECTIONS);
}

/* Whether the word before token I ends in the indefinite accusative, as
 * an adjective of a noun so written does (مصدرا مطلعا). */
static int accusative_before(const qawlp_phr *c, size_t i)
{
    size_t stem;

    return i > 0 && qawlp_phr_is_word(c, i - 1) && indefinite_accusative(c, i - 1, &stem);
}

int qawlp_phr_is_accusative_common(const qawlp_phr *c, size_t i)
{
    return qawlp_phr_is_word(c, i) && accusative_common(c, i, COMMON_USES);
}

static int common_word_uncached(const qawlp_phr *c, size_t i, unsigned long least)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t stem;

    /* the whole form only: و may begin a name (ويد، وليد) */
    if (!qawlp_phr_is_word(c, i))
        return 0;
    if (common_form(c, c->doc->norm + t->start, t->end - t->start, least) ||
        has_tanween_fath(c, i))
        return 1;
    stem = before_possessive(c, i);
    /* a pronoun suffix of two letters or more (شكرها، حديثهم) ends no
     * name the corpora know; ه does (طه، عبد الله) */
    if (stem > 0 && qawlp_count_chars(c->doc->norm + t->start + stem,
                                      t->end - t->start - stem, 2) >= 2 &&
        qawlp_namelike_token(c->doc, c->lex, i, NULL) != QAWLP_NAMELIKE_NAME)
        return 1;
    if (stem > 0 && common_stem(c, c->doc->norm + t->start, stem, least))
        return 1;
    /* a common noun in the indefinite accusative (ردا، تأكيدا): the
     * corpora count the form without its ending */
    return accusative_common(c, i, least);
}

/* common_word_uncached, kept per token for the two thresholds the rules
 * use. */
static int common_word_of(const qawlp_phr *c, size_t i, unsigned long least)
{
    uint32_t known = least == COMMON_USES ? QAWLP_KNOWN_COMMON
                    : least == OBJECT_USES ? QAWLP_KNOWN_OBJECT : 0;
    int answer;

    if (known == 0 || !qawlp_phr_is_word(c, i))
        return common_word_uncached(c, i, least);
    if ((answer = qawlp_phr_recall(c, i, known)) >= 0)
        return answer;
    return qawlp_phr_remember(c, i, known, common_word_uncached(c, i, least));
}

/* Whether token I is a common word by the threshold that holds for most
 * positions (COMMON_USES). */
static int common_word(const qawlp_phr *c, size_t i)
{
    return common_word_of(c, i, COMMON_USES);
}

int qawlp_phr_is_common(const qawlp_phr *c, size_t i)
{
    return common_word(c, i);
}

/* Whether token I is a common word with a pronoun suffix (خشيته،
 * تأكيده): no name word, even right after a first name. */
static int common_with_possessive(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t stem;

    if (!qawlp_phr_is_word(c, i) || (stem = before_possessive(c, i)) == 0 ||
        qawlp_namelike_token(c->doc, c->lex, i, NULL) == QAWLP_NAMELIKE_NAME)
        return 0;
    return common_stem(c, c->doc->norm + t->start, stem, COMMON_USES);
}

/* Whether the LEN folded bytes W are a common word seen LEAST times, or
 * an indefinite common noun: one the corpora see with the article and
 * never in a name (معلومات: المعلومات), which no foreign surname is
 * (لودريان). */
static int common_noun(const qawlp_phr *c, const char *w, size_t len,
                       unsigned long least)
{
    size_t a = c->lex->article_len;

    if (common_form(c, w, len, least))
        return 1;
    return !(len >= a && memcmp(w, c->lex->article, a) == 0) &&
           common_with_article_form(c, w, len, least);
}

/* Whether token I is a conjunction on a common word (والطوارئ، وتنمية،
 * وصديق): the article after it or a word the corpora never see in a name,
 * while the whole is no name they know (فيصل is no ف + يصل) and some
 * given names read as a conjunction on a word no one knows (فاسيلي). */
static int conj_on_common(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);

    if (t->conj == 0 || t->end - t->start <= t->conj)
        return 0;
    if (qawlp_phr_written_with_article(c, i))
        return 1;
    /* any word the corpora class as no name word will do (وتنمية) */
    return qawlp_namelike_token(c->doc, c->lex, i, NULL) != QAWLP_NAMELIKE_NAME &&
           common_noun(c, c->doc->norm + t->start + t->conj, t->end - t->start - t->conj, 1);
}

/* Whether token I is a glued preposition on a common word (لرأي،
 * بحضور), not a name that begins with the same letter (باسو). */
static int preposition_on_common(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t skip = t->conj + 2;   /* the Arabic prepositions are two bytes */

    /* a name the corpora know whole (كيري) is no ك + يرى */
    return starts_with_preposition(c, i) && t->end - t->start > skip &&
           qawlp_namelike_token(c->doc, c->lex, i, NULL) != QAWLP_NAMELIKE_NAME &&
           common_noun(c, c->doc->norm + t->start + skip, t->end - t->start - skip,
                       COMMON_USES);
}

int qawlp_phr_is_prep_on_common(const qawlp_phr *c, size_t i)
{
    return qawlp_phr_is_word(c, i) && preposition_on_common(c, i);
}

int qawlp_phr_is_common_noun(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t;
    size_t v;

    if (!qawlp_phr_is_word(c, i))
        return 0;
    if (qawlp_namelike_token(c->doc, c->lex, i, NULL) != QAWLP_NAMELIKE_UNKNOWN)
        return qawlp_namelike_token(c->doc, c->lex, i, NULL) == QAWLP_NAMELIKE_NOT_NAME;
    t = qawlp_phr_tok(c, i);
    /* behind a glued preposition, with the article it may have eaten
     * (للمعايير: المعايير) */
    for (v = 1; v < t->nvar; v++)
        if (t->var_skip[v] > t->conj &&
            qawlp_count_chars(c->doc->norm + t->start + t->conj,
                              t->var_skip[v] - t->conj, 3) <= 2 &&
            common_noun(c, c->doc->norm + t->start + t->var_skip[v],
                        qawlp_var_len(t, v), 1))
            return 1;
    return 0;
}

static uint32_t last_letter_written(const qawlp_phr *c, size_t i);

int qawlp_phr_nisba_shaped(const qawlp_phr *c, size_t i)
{
    return qawlp_phr_is_word(c, i) &&
           ending_role(c, last_letter_written(c, i)) == QAWLP_ROLE_NISBA;
}

int qawlp_phr_has_possessive(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t;
    size_t stem, skip;

    if (!qawlp_phr_is_word(c, i) || (stem = before_possessive(c, i)) == 0)
        return 0;
    /* one letter (ه) also ends words of their own (اتجاه): the word
     * before it must be one the corpora know, as written or behind a
     * glued preposition (حسابه: حساب؛ لتعبيره: تعبير) */
    t = qawlp_phr_tok(c, i);
    if (qawlp_count_chars(c->doc->norm + t->start + stem,
                          t->end - t->start - stem, 2) >= 2 ||
        qawlp_namelike_form_uses(c->lex, c->doc->norm + t->start, stem) > 0)
        return 1;
    skip = t->conj + 2;   /* the Arabic prepositions are two bytes */
    return starts_with_preposition(c, i) && stem > skip &&
           qawlp_namelike_form_uses(c->lex, c->doc->norm + t->start + skip,
                                    stem - skip) > 0;
}

int qawlp_phr_opens_with_preposition(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v;

    for (v = 0; v < t->nvar; v++)
        if (t->var_skip[v] > t->conj &&
            qawlp_count_chars(c->doc->norm + t->start + t->conj,
                              t->var_skip[v] - t->conj, 2) == 1)
            return 1;
    return 0;
}

size_t qawlp_phr_name_behind_preposition(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t;
    size_t v;

    if (!qawlp_phr_is_word(c, i) || qawlp_phr_has_article(c, i) ||
        !qawlp_phr_opens_with_preposition(c, i) || qawlp_phr_is_stop(c, i) ||
        qawlp_phr_is_cue(c, i) || qawlp_phr_is_common(c, i))
        return 0;
    t = qawlp_phr_tok(c, i);
    /* the whole form is a word no corpus or lexicon knows (not a verb
     * whose first letter reads as a preposition) */
    if (t->in_lexicon ||
        qawlp_namelike_class(c->lex, c->doc->norm + t->start,
                             t->end - t->start, NULL) !=
            QAWLP_NAMELIKE_UNKNOWN)
        return 0;
    for (v = 1; v < t->nvar; v++)
        if (t->var_skip[v] > t->conj &&
            qawlp_count_chars(c->doc->norm + t->start + t->var_skip[v],
                              qawlp_var_len(t, v), 3) >= 3 &&
            qawlp_count_chars(c->doc->norm + t->start + t->conj,
                              t->var_skip[v] - t->conj, 2) == 1 &&
            qawlp_namelike_class(c->lex, c->doc->norm + t->start +
                                             t->var_skip[v],
                                 qawlp_var_len(t, v), NULL) ==
                QAWLP_NAMELIKE_NAME)
            return v;
    return 0;
}

void qawlp_phr_lead_past_preposition(const qawlp_phr *c, qawlp_mention *m)
{
    size_t lead;

    if (m->lead_var != 0 || (lead = qawlp_phr_name_behind_preposition(c, m->first)) == 0)
        return;
    m->lead_var = (uint8_t)lead;
    m->lead_skip = qawlp_phr_tok(c, m->first)->var_skip[lead];
}

int qawlp_phr_is_prep_led_common(const qawlp_phr *c, size_t i)
{
    return qawlp_phr_is_word(c, i) && starts_with_preposition(c, i) &&
           qawlp_namelike_token(c->doc, c->lex, i, NULL) == QAWLP_NAMELIKE_NOT_NAME;
}

/* Whether word I may end a source's name, so that a bare common word
 * after it is the verb's object: a definite word, a place, a body or an
 * unnamed source named whole, not a head or a title that takes a
 * genitive. */
static int ends_a_name(const qawlp_phr *c, size_t i)
{
    return qawlp_phr_has_article(c, i) ||
           qawlp_is(c->doc, c->lex, i, QAWLP_PLACE_SECTIONS) ||
           qawlp_phr_is_exactly(c, i, QAWLP_BIT(QAWLP_SEC_ORG) | QAWLP_BIT(QAWLP_SEC_ANON));
}

size_t qawlp_phr_object_at(const qawlp_phr *c, size_t first, size_t last)
{
    size_t k;

    for (k = first + 1; k < last; k++) {
        if (!qawlp_phr_is_word(c, k) || known_in_phrase(c, k))
            continue;
        /* بيانا، مقطع فيديو after ناشطون، تفاصيل after السعودية; not a
         * complement behind a preposition (التابعة لحركة …), nor the
         * genitive a head or a title takes (وكالة أنباء …) */
        if (has_tanween_fath(c, k) ||
            (!qawlp_phr_has_article(c, k) && !qawlp_phr_is_stop(c, k) &&
             !starts_with_preposition(c, k) && common_word_of(c, k, OBJECT_USES) &&
             qawlp_phr_is_word(c, k - 1) && ends_a_name(c, k - 1)))
            return k;
    }
    return last;
}

int qawlp_phr_holds_clause(const qawlp_phr *c, const qawlp_mention *m)
{
    size_t i;

    for (i = m->first + 1; i < m->last; i++) {
        size_t ntok = 0;
        /* المتحدث باسم: the word of a known phrase */
        if (qawlp_match(c->doc, c->lex, i - 1, c->doc->tokens.n,
                        QAWLP_TITLE_SECTIONS | QAWLP_ORG_SECTIONS | QAWLP_ANON_SECTIONS,
                        &ntok) >= 0 && ntok >= 2)
            continue;
        if (qawlp_phr_is_word(c, i) && !known_in_phrase(c, i) &&
            /* بغزة، لشؤون: where a body works, its complement */
            !qawlp_is(c->doc, c->lex, i, QAWLP_PLACE_SECTIONS | QAWLP_ORG_SECTIONS |
                                             QAWLP_TITLE_SECTIONS | QAWLP_ANON_SECTIONS) &&
            preposition_on_common(c, i))
            return 1;
    }
    return 0;
}

/* Whether token I is a glued preposition and the article on a common
 * word (بالطب، لعملية is not: a name may begin with ل as ليلى does; للأمن
 * is, the article's alef eaten by ل): a complement, never a name. */
static int prep_article_on_common_uncached(const qawlp_phr *c, size_t i);

/* Whether token I's glued preposition is ل (role=addressee) and the bytes
 * AFTER it begin with what ل leaves of the article, its alef eaten
 * (للحرب = ل + الحرب). */
static int lam_eats_alef(const qawlp_phr *c, size_t i, const char *after)
{
    size_t half = c->lex->article_len / 2;

    return letter_after_conj(c, i) == c->lex->addressee_prep &&
           memcmp(after, c->lex->article + half, half) == 0;
}

static int preposition_article_on_common(const qawlp_phr *c, size_t i)
{
    int known;

    if (i >= c->doc->tokens.n)
        return prep_article_on_common_uncached(c, i);
    if ((known = qawlp_phr_recall(c, i, QAWLP_KNOWN_PREP_ARTICLE)) >= 0)
        return known;
    return qawlp_phr_remember(c, i, QAWLP_KNOWN_PREP_ARTICLE,
                              prep_article_on_common_uncached(c, i));
}

static int prep_article_on_common_uncached(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    const char *w = c->doc->norm + t->start + t->conj + 2;
    size_t left = t->end - t->start;

    if (!preposition_on_common(c, i) || left < t->conj + 2 + c->lex->article_len)
        return 0;
    return qawlp_same_short(w, c->lex->article, c->lex->article_len) ||
           lam_eats_alef(c, i, w);
}

/* The least share of its uses in name positions for a word to open a
 * personal name (شون 0.38، خالد 0.56؛ مدير 0.13، قسم 0.17). */
#define FIRST_NAME_SHARE 0.24
/* How often the corpora must see a name for و or ف before it to be a
 * conjunction on it (ونتنياهو), not a letter of a name (فالس). */
#define CONJ_NAME_USES 30

/* Whether the words of the phrase up to token I are a personal name,
 * IN_NAME saying whether those up to I - 1 were: a name opens with a
 * word without the article that the corpora see in names (خالد، شون)
 * and no lexicon knows; it goes on through words they do not see
 * elsewhere (كيسي) and ends at any word the lexicons know (a title, a
 * body: فيليب لازاريني مفوض …).  A title's own complement (مدير مكتب
 * تنسيق الشؤون) is no name. */
static int reads_as_name(const qawlp_phr *c, size_t first, size_t i,
                         int in_name)
{
    qawlp_namelike cls;
    double share;

    if (known_in_phrase(c, i))
        return 0;
    cls = qawlp_namelike_token(c->doc, c->lex, i, &share);
    if (cls == QAWLP_NAMELIKE_NOT_NAME)
        return 0;
    /* the corpora see the words of titles and bodies (مدير، قسم) in name
     * positions too, but less often than first names */
    if (in_name)
        return 1;
    if (qawlp_phr_has_article(c, i) || starts_with_preposition(c, i))
        return 0;
    /* a word they never saw opening the phrase: a foreign name (جوناثان) */
    return (cls == QAWLP_NAMELIKE_NAME && share >= FIRST_NAME_SHARE) ||
           (cls != QAWLP_NAMELIKE_NOT_NAME && i == first);
}

/* Whether token I is a first name the corpora know: a name word they
 * see in name positions as often as first names are (محمد، خالد). */
int qawlp_phr_is_first_name(const qawlp_phr *c, size_t i)
{
    double share;

    return qawlp_namelike_token(c->doc, c->lex, i, &share) == QAWLP_NAMELIKE_NAME &&
           share >= FIRST_NAME_SHARE;
}

/* Whether the phrase cannot go on at token I: no word, or a word that
 * opens the content or another clause. */
static int ends_clause(const qawlp_phr *c, size_t i)
{
    return !qawlp_phr_is_word(c, i) || qawlp_phr_is_comp(c, i) ||
           qawlp_phr_is_cue(c, i) || qawlp_phr_is_stop(c, i);
}

/* لـCNN: the preposition ل glued to a Latin name is the medium spoken to
 * (قال مسؤول لـCNN إن …), never part of the speaker's name: the
 * preposition clitics.txt marks role=addressee. */
static int is_latin_addressee(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    const unsigned char *w = (const unsigned char *)c->doc->norm + t->start;
    uint32_t cp;
    size_t n;

    if (!qawlp_phr_is_word(c, i))
        return 0;
    n = (size_t)qawlp_utf8_decode(w, t->end - t->start, &cp);
    return cp == c->lex->addressee_prep && cp != 0 && n < t->end - t->start &&
           ((w[n] >= 'A' && w[n] <= 'Z') || (w[n] >= 'a' && w[n] <= 'z'));
}

/* Whether token I is the preposition of the addressee (clitics.txt,
 * role=addressee) on a known noun (لأعضاء البرلمان، لمسؤولين): after a
 * reporting verb or a name, whom a statement is made to. */
int qawlp_phr_is_addressed_noun(const qawlp_phr *c, size_t i)
{
    return c->lex->addressee_prep != 0 && is_prepositional_noun(c, i) &&
           letter_after_conj(c, i) == c->lex->addressee_prep;
}

/* (the medium or the people spoken to: phrase.h) */
int qawlp_phr_is_addressee_uncached(const qawlp_phr *c, size_t i)
{
    return qawlp_phr_remember(c, i, QAWLP_KNOWN_ADDRESSEE,
                              qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_ADDRESSEE)) ||
                                  is_latin_addressee(c, i));
}

static int has_digit(const qawlp_phr *c, size_t i);

/* Length of a bare personal name at I (one to three words no lexicon
 * knows) that a comma or a complementiser closes, or 0: the name set off
 * after an unnamed description (رئيس الجماعة …، رائد الصالح، إن). */
static size_t apposed_name(const qawlp_phr *c, size_t i)
{
    size_t k = i;

    /* مصدران، لـ CNN، إن: a lone preposition after the comma opens whom
     * it was said to, not a name */
    if (qawlp_phr_is_word(c, i) && is_lone_letter(c, i))
        return 0;
    while (k < i + 3 && qawlp_phr_is_word(c, k) && !qawlp_phr_is_stop(c, k) && !qawlp_phr_is_comp(c, k) &&
           !qawlp_phr_is_cue(c, k) && !has_digit(c, k) &&
           !qawlp_phr_is_as_written(c, k, QAWLP_TITLE_SECTIONS | QAWLP_ORG_SECTIONS | QAWLP_ANON_SECTIONS |
                                    QAWLP_BIT(QAWLP_SEC_NISBA))) {
        k++;
        /* a compound name goes on across its hyphen (مون جاي-إن) */
        if (qawlp_joining_hyphen(c->doc, k))
            k += 2;
    }
    if (k == i || !(qawlp_phr_is_comma(c, k) || qawlp_phr_is_comp(c, k)))
        return 0;
    return k - i;
}

int qawlp_phr_is_prepositional_noun(const qawlp_phr *c, size_t i)
{
    return is_prepositional_noun(c, i);
}

size_t qawlp_phr_apposed_name(const qawlp_phr *c, size_t i)
{
    return apposed_name(c, i);
}

/* Whether token I reads as a noun with a possessive pronoun (نظيره
 * السويدي، مساعدها): a common one, or one no lexicon knows, without the
 * article, the corpora do not know as a name, with a definite adjective
 * after it (a name ending in ه, فاراه، stands alone). */
static int possessed_noun(const qawlp_phr *c, size_t i)
{
    return common_with_possessive(c, i) ||
           (qawlp_phr_is_word(c, i) && before_possessive(c, i) > 0 &&
            !qawlp_phr_has_article(c, i) && !known_in_phrase(c, i) &&
            qawlp_namelike_token(c->doc, c->lex, i, NULL) != QAWLP_NAMELIKE_NAME &&
            qawlp_phr_is_word(c, i + 1) && qawlp_phr_has_article(c, i + 1));
}

/* Whether token I's folded word, after any conjunction, ends in the
 * indefinite accusative's letter (clitics.txt role=indefinite) with
 * more than it before; its length before that letter into *STEM. */
static int indefinite_accusative(const qawlp_phr *c, size_t i, size_t *stem)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    const char *w = c->doc->norm + t->start + t->conj;
    size_t len = t->end - t->start - t->conj, a = c->lex->indefinite_ending_len;

    if (a == 0 || len <= 2 * a ||
        !qawlp_same_short(w + len - a, c->lex->indefinite_ending, a))
        return 0;
    *stem = len - a;
    return 1;
}

int qawlp_phr_accusative_of(const qawlp_phr *c, size_t i, uint64_t mask)
{
    const qawlp_token *t;
    const qawlp_slot *s;
    size_t stem;

    if (!qawlp_phr_is_word(c, i) || !indefinite_accusative(c, i, &stem))
        return 0;
    t = qawlp_phr_tok(c, i);
    s = qawlp_lexicon_find(c->lex, c->doc->norm + t->start + t->conj, stem);
    return s != NULL && (s->sections & mask) != 0;
}

int qawlp_phr_possessed_word(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t;
    const qawlp_slot *s;
    size_t stem;

    if (!qawlp_phr_is_word(c, i) || (stem = before_possessive(c, i)) == 0 ||
        qawlp_phr_has_article(c, i) || known_in_phrase(c, i) ||
        qawlp_namelike_token(c->doc, c->lex, i, NULL) == QAWLP_NAMELIKE_NAME)
        return 0;
    /* باسمه (المتحدث باسمه): a title's word with his pronoun stays in
     * the title */
    t = qawlp_phr_tok(c, i);
    s = qawlp_lexicon_find(c->lex, c->doc->norm + t->start + t->conj, stem - t->conj);
    return s == NULL || (s->sections & QAWLP_TITLE_SECTIONS) == 0;
}

/* Whether token I is a word with a pronoun suffix
 * (qawlp_phr_possessed_word) whose stem the corpora keep out of names
 * (حرصه، مسؤوليتها; not سيرغيه): a noun that is the verb's object. */
static int possessed_common(const qawlp_phr *c, size_t i)
{
    return qawlp_phr_possessed_word(c, i) &&
           common_stem(c, c->doc->norm + qawlp_phr_tok(c, i)->start,
                       before_possessive(c, i), 1);
}

/* Whether a title opens again among tokens (FIRST, END) after a word that
 * belongs to no title (هاجم نائب الوزير … بعنف مستشار الأمن …), or a noun
 * with a possessive pronoun stands there (التقى الوزير نظيره …): another
 * person, the verb's object, whose name a comma after it would set off.
 * A title joined by و is the same person's second office. */
static int another_title_within(const qawlp_phr *c, size_t first, size_t end)
{
    size_t k;

    for (k = first + 1; k < end; k++)
        if (possessed_noun(c, k) ||   /* نظيره، مساعدها: another's */
            (qawlp_phr_is_word(c, k) && !qawlp_phr_is_coordinated(c, k) &&
            qawlp_phr_is_as_written(c, k, QAWLP_BIT(QAWLP_SEC_TITLE)) &&
            qawlp_phr_is_word(c, k - 1) &&
            !qawlp_phr_is_as_written(c, k - 1, QAWLP_TITLE_SECTIONS | QAWLP_ORG_SECTIONS |
                                                    QAWLP_BIT(QAWLP_SEC_NISBA)) &&
            !qawlp_phr_has_article(c, k - 1)))
            return 1;
    return 0;
}

/* The comma after the words of a preposition's phrase at STOP (a few
 * words of where someone works) when a name set off by it follows and a
 * comma or complementiser closes the name, or the place right after STOP
 * that such a name follows; 0 otherwise. */
static size_t where_then_apposed_name(const qawlp_phr *c, size_t stop)
{
    size_t k;

    for (k = stop + 1; k <= stop + QAWLP_WHERE_WORDS; k++) {
        /* or a place's one word and a name that opens with a first name
         * the corpora know (رئيس النقابة في إيران عماد فلان، أن …) */
        if (k == stop + 1 && qawlp_phr_is_as_written(c, k, QAWLP_PLACE_SECTIONS) &&
            qawlp_phr_is_first_name(c, k + 1) && apposed_name(c, k + 1) > 0)
            return k;
        if (qawlp_phr_is_comma(c, k))
            return k > stop + 1 && !qawlp_phr_is_coordinated(c, k + 1) &&
                           !common_word(c, k + 1) && apposed_name(c, k + 1) > 0
                       ? k : 0;
        /* another title there is another person's, whose name the
         * comma sets off (اجتمع المبعوث مع الرئيس …، فلان) */
        if (!qawlp_phr_is_word(c, k) || qawlp_phr_is_stop(c, k) ||
            qawlp_phr_is_comp(c, k) || qawlp_phr_is_cue(c, k) || has_digit(c, k) ||
            qawlp_phr_is_as_written(c, k, QAWLP_BIT(QAWLP_SEC_TITLE)))
            return 0;
    }
    return 0;
}

/* Whether token J, after the description that opens the phrase at
 * FIRST, gives the name of its source next (أحد الجيران ويدعى فلان):
 * a naming word with no complementiser after it, as the verb it folds
 * like would take (يدعي أن). */
static int names_next(const qawlp_phr *c, size_t first, size_t j)
{
    return j > first && qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_NAMING)) &&
           qawlp_phr_is_word(c, j + 1) && !qawlp_phr_is_comp(c, j + 1) &&
           !qawlp_phr_is_cue(c, j + 1);
}

/* Whether token I is a one-word document with the article (التقرير،
 * البيان): named whole, it takes no genitive. */
static int definite_document(const qawlp_phr *c, size_t i)
{
    return qawlp_phr_written_with_article(c, i) &&
           qawlp_phr_is_exactly(c, i, QAWLP_BIT(QAWLP_SEC_DOCUMENT));
}

/* Whether token I names a body or a place by itself as written (حماس،
 * موسكو), not a generic head that takes a genitive (حكومة بغداد). */
static int names_one_body(const qawlp_phr *c, size_t i)
{
    return qawlp_phr_is_exactly(c, i, QAWLP_BIT(QAWLP_SEC_ORG)) ||
           qawlp_phr_is_as_written(c, i, QAWLP_PLACE_SECTIONS);
}

int qawlp_phr_is_coordinated(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);

    return qawlp_phr_is_word(c, i) && t->conj > 0 &&
           !(t->nvar > 0 && t->var_skip[0] == 0 && qawlp_var_slot(c->doc, t, 0) >= 0);
}

/* Whether word J right after the phrase's first word FIRST is the clause
 * going on, when FIRST names a body or a place by itself (العراق،
 * الحوثي، واشنطن), is a body's generic head (المرصد) or is a definite
 * word no lexicon knows: a word without the article neither qualifies a
 * definite word nor is its genitive, so after a definite body or head any
 * such word but a name is the verb's object or its complement (أعلن
 * العراق قصف …، استهدفت وفق المرصد قبو مدرسة …، اعترف الحوثي بحدوث …);
 * after the others a common word is, or one behind a glued preposition. */
static int bare_word_after_one_body(const qawlp_phr *c, size_t first, size_t j)
{
    int definite = qawlp_phr_written_with_article(c, first);
    int body;

    /* a title takes its holder's name (اللواء جميل الشمري); an office
     * alone (الحكومة) is no title */
    if (qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_TITLE) |
                                              QAWLP_BIT(QAWLP_SEC_HONORIFIC) |
                                              QAWLP_ANON_SECTIONS))
        return 0;
    body = names_one_body(c, first) ||
           (definite && qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_ORGHEAD)));
    if (!qawlp_phr_is_word(c, j) || qawlp_phr_is_coordinated(c, j) ||
        qawlp_phr_has_article(c, j) || known_in_phrase(c, j) || qawlp_phr_is_stop(c, j) ||
        has_digit(c, j))   /* القناة 13: the head's number */
        return 0;
    if (body && definite)
        return qawlp_namelike_token(c->doc, c->lex, j, NULL) != QAWLP_NAMELIKE_NAME;
    if (!body && (!definite || known_in_phrase(c, first)))
        return 0;
    return common_word(c, j) || preposition_on_common(c, j) ||
           preposition_article_on_common(c, j);
}

/* Whether token I, with the article put before it and any pronoun
 * suffix the input writes taken off, is a common word: a noun (عملياتها:
 * العمليات), not a verb with its object pronoun (أقامه, whose folded
 * form is also the noun إقامة). */
static int common_with_article(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t stem = before_possessive(c, i);
    size_t len = (stem > 0 ? stem : t->end - t->start) - t->conj;

    return common_with_article_form(c, c->doc->norm + t->start + t->conj, len, COMMON_USES);
}

/* Whether word J, after the generic head at FIRST (a body's head or a
 * document, written without the article) and the words between, is no
 * more of the phrase: a common word or a document without the article,
 * not behind a glued preposition, after a definite genitive and
 * adjectives, or after an indefinite adjective when it has no
 * adjective's ending itself. */
static int bare_object_after_head(const qawlp_phr *c, size_t first, size_t j)
{
    size_t k;
    int definite = 1;

    int place;

    if (!qawlp_phr_is_word(c, j) || qawlp_phr_has_article(c, j) ||
        qawlp_phr_is_coordinated(c, j) || starts_with_preposition(c, j) ||
        qawlp_phr_has_article(c, first) ||
        !qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_ORGHEAD) |
                                               QAWLP_BIT(QAWLP_SEC_DOCUMENT) |
                                               QAWLP_BIT(QAWLP_SEC_ANON)))
        return 0;
    place = qawlp_phr_is_as_written(c, j, QAWLP_PLACE_SECTIONS) &&
            !qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_NISBA));
    if (!((common_word(c, j) && !known_in_phrase(c, j)) || place ||
          qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_DOCUMENT))))
        return 0;
    for (k = first + 1; k < j; k++)
        if (!qawlp_phr_is_word(c, k) || !qawlp_phr_written_with_article(c, k))
            definite = 0;
    /* (a source's head has no genitive of the article: مصدر الحكومة is
     * no unnamed source) */
    if (definite && !place && !qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_ANON)))
        return 1;
    /* موقع إخباري محلي تصريحات، مصدر إماراتي قطر بـ …: the word before is
     * an adjective, and this one a place or a noun, which the corpora
     * see with the article (not a verb opening a clause that describes
     * the head: موقع إلكتروني أقامه الأهالي) */
    if (qawlp_phr_has_article(c, j - 1) || qawlp_phr_is_stop(c, j - 1) ||
        qawlp_phr_nisba_shaped(c, j))
        return 0;
    /* a place after a nisba the lexicons know (after شرقي it is where) */
    if (place)
        return qawlp_phr_is_as_written(c, j - 1, QAWLP_BIT(QAWLP_SEC_NISBA));
    return qawlp_phr_nisba_shaped(c, j - 1) && common_with_article(c, j);
}

/* Whether a place is named at token I or the one after it (قطاع غزة،
 * شمال قطاع غزة): a preposition before it says where a source works. */
static int names_place_near(const qawlp_phr *c, size_t i)
{
    size_t n = c->doc->tokens.n;

    return qawlp_match(c->doc, c->lex, i, n, QAWLP_PLACE_SECTIONS, NULL) >= 0 ||
           qawlp_match(c->doc, c->lex, i + 1, n, QAWLP_PLACE_SECTIONS, NULL) >= 0;
}

/* Whether word J right after an indefinite title that opens the phrase
 * at FIRST is its adjective, not a name (صحفي متعاون مع …): written
 * without the article, a word the corpora do not know as a name.  The
 * source is then still unnamed, and where it works may follow. */
static int adjective_of_title(const qawlp_phr *c, size_t first, size_t j)
{
    return j == first + 1 &&
           (qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_TITLE)) ||
            is_prepositional_noun(c, first)) &&   /* وفقا لصحفي متعاون */
           !qawlp_phr_written_with_article(c, first) &&
           !qawlp_phr_written_with_article(c, j) &&
           qawlp_namelike_token(c->doc, c->lex, j, NULL) != QAWLP_NAMELIKE_NAME;
}

/* Whether a personal name follows the title words that end at or after
 * token K: titles and definite words (their adjectives) first, then a
 * word without the article that no lexicon knows and that is no common
 * word. */
static int names_after_title(const qawlp_phr *c, size_t k)
{
    size_t n = c->doc->tokens.n, end = k + QAWLP_MAX_MENTION / 2;

    while (k < n && k < end && qawlp_phr_is_word(c, k) &&
           !starts_with_preposition(c, k) &&   /* للرئيس: a complement */
           (qawlp_phr_written_with_article(c, k) ||
            qawlp_phr_is_as_written(c, k, QAWLP_TITLE_SECTIONS)))
        k++;
    return k < n && k < end && lone_name(c, k) && !qawlp_phr_is_stop(c, k) &&
           !qawlp_phr_is_cue(c, k) && !qawlp_phr_is_comp(c, k) &&
           !is_lone_letter(c, k) && !has_digit(c, k) &&
           qawlp_namelike_token(c->doc, c->lex, k, NULL) != QAWLP_NAMELIKE_NOT_NAME;
}

/* Whether a body's name or head at J, of SECTION, written without the
 * article right after a body named whole (BODY, ending at BODY_END)
 * opens another body, the verb's object (اتهم الجيش الإسرائيلي حركة
 * حماس بـ …): a body is no apposition of another, and one joined by و is
 * a joint speaker. */
static int another_body(const qawlp_phr *c, size_t first, size_t j, int body,
                        size_t body_end, int section)
{
    return body && j == body_end && j > first && qawlp_phr_is_word(c, j) &&
           (section == QAWLP_SEC_ORG || section == QAWLP_SEC_ORGHEAD) &&
           !qawlp_phr_is_coordinated(c, j) && !qawlp_phr_written_with_article(c, j) &&
           !starts_with_preposition(c, j) && !is_prepositional_noun(c, j);   /* للجيش */
}

/* Whether word J, of one of the lexicon SECTIONS (a place, a body),
 * right after a personal name is the verb's object (اتهم فلان كولومبيا
 * بـ …، ناشد فلان الفلاني منظمة الصحة): a name holds no place, a title
 * does (رئيس وزراء كرواتيا).  One word is a name when the corpora say
 * so: a common noun before a place is its genitive (نيابة باريس).  A
 * nationality is an adjective (وسائل إعلام سورية), and a body behind a
 * preposition a complement. */
static int object_after_name(const qawlp_phr *c, size_t j, int in_name,
                             int after_particle, int body, size_t name_words,
                             uint64_t sections)
{
    return in_name && !after_particle && !body &&
           (name_words >= 2 ||
            qawlp_namelike_token(c->doc, c->lex, j - 1, NULL) ==
                QAWLP_NAMELIKE_NAME) &&
           !qawlp_phr_is_coordinated(c, j) && !is_prepositional_noun(c, j) &&
           qawlp_is(c->doc, c->lex, j, sections) &&
           !qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_NISBA));
}

/* Whether word J of the phrase opening at FIRST makes it a personal
 * name's phrase: a word no lexicon knows as a title, body, source,
 * nationality or particle, and none of the words that still leave a
 * source unnamed: a title behind a glued preposition at the start
 * (وفقا لصحفي), an indefinite title's adjective (صحفي متعاون), a glued
 * preposition and article on a common word (بالشؤون: a complement), a
 * title's definite genitive (مدير التمريض، وزير السلامة العامة). */
static int names_someone(const qawlp_phr *c, size_t first, size_t j)
{
    if (known_in_phrase(c, j) || (j == first && is_prepositional_noun(c, j)) ||
        adjective_of_title(c, first, j))
        return 0;
    if (j == first)
        return 1;
    return !preposition_article_on_common(c, j) &&
           !(qawlp_phr_written_with_article(c, j) &&
             qawlp_phr_is_as_written(c, j - 1, QAWLP_TITLE_SECTIONS) &&
             qawlp_namelike_token(c->doc, c->lex, j, NULL) != QAWLP_NAMELIKE_NAME);
}

/* The last letter the input writes for token I, past any mark: the
 * folded text has ه for ة and ي for ى, and gender shows in the letter
 * as written. */
static uint32_t last_letter_written(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    const unsigned char *src = (const unsigned char *)c->doc->src;
    size_t a = qawlp_input_offset(c->doc, t->start);
    size_t b = qawlp_input_offset(c->doc, t->end);
    uint32_t cp;

    /* back past the marks folding drops (tashkeel, tatweel) */
    while (b > a) {
        size_t s = b - 1;
        while (s > a && (src[s] & 0xC0) == 0x80)
            s--;
        if (qawlp_utf8_decode(src + s, b - s, &cp) <= 0)
            return 0;
        if (!qawlp_fold_drops(cp))
            return cp;
        b = s;
    }
    return 0;
}

/* Whether token I is written with the feminine ending (clitics.txt
 * [ending] role=feminine: ة). */
static int written_feminine(const qawlp_phr *c, size_t i)
{
    return ending_role(c, last_letter_written(c, i)) == QAWLP_ROLE_FEMININE;
}

/* Whether token I may be an adjective of a feminine singular noun: it
 * ends in the feminine ending or another ending of a feminine adjective
 * (الكبرى، العليا). */
static int may_agree_feminine(const qawlp_phr *c, size_t i)
{
    uint8_t role = ending_role(c, last_letter_written(c, i));

    return role == QAWLP_ROLE_FEMININE || role == QAWLP_ROLE_FEMININE_ADJ;
}

int qawlp_phr_may_agree_feminine(const qawlp_phr *c, size_t i)
{
    return may_agree_feminine(c, i);
}

/* Whether token I may be an adjective of the place before it (القدس
 * الشرقية، الموصل القديمة): a nisba or a feminine form, by the ending
 * the input writes. */
static int may_qualify_place(const qawlp_phr *c, size_t i)
{
    return may_agree_feminine(c, i) ||
           ending_role(c, last_letter_written(c, i)) == QAWLP_ROLE_NISBA;
}

/* Whether word J cannot be an adjective of the definite head at FIRST
 * by its ending: the head's lexicon entry gives its gender (البيان m,
 * الوزارة f, المصادر f: a plural of things agrees as a feminine), and a
 * masculine head's adjective does not take the feminine ending, nor a
 * feminine head's go without one of its endings. */
static int disagrees_with_head(const qawlp_phr *c, size_t first, size_t j)
{
    size_t ntok = 0;
    int e = qawlp_match(c->doc, c->lex, first, c->doc->tokens.n,
                        QAWLP_ORG_SECTIONS | QAWLP_TITLE_SECTIONS | QAWLP_ANON_SECTIONS,
                        &ntok);

    if (e < 0 || ntok != 1)
        return 0;
    if (c->lex->entries.v[e].gender == QAWLP_MASC)
        return written_feminine(c, j);
    if (c->lex->entries.v[e].gender == QAWLP_FEM)
        return !may_agree_feminine(c, j);
    return 0;
}

/* Whether the place at token P is a complement of the phrase opening at
 * FIRST, behind a function word (طبيب في شمال غزة), not a body's own
 * name (الشبكة السورية لحقوق الإنسان). */
static int place_complement(const qawlp_phr *c, size_t first, size_t p)
{
    size_t k;

    for (k = p; k > first; k--)
        if (qawlp_phr_is_stop(c, k - 1))
            return 1;
    return 0;
}

/* Whether token B is a body's one word right behind a function word of
 * the phrase opening at FIRST (زعماء من المعارضة). */
static int body_complement(const qawlp_phr *c, size_t first, size_t b)
{
    return b >= first + 2 && qawlp_phr_is_stop(c, b - 1) &&
           qawlp_phr_is_as_written(c, b, QAWLP_ORG_SECTIONS);
}

/* Whether every token of [FIRST, LAST) is a word written with the
 * article (الجيش الإسرائيلي). */
static int all_definite(const qawlp_phr *c, size_t first, size_t last)
{
    for (; first < last; first++)
        if (!qawlp_phr_is_word(c, first) ||
            !qawlp_phr_written_with_article(c, first))
            return 0;
    return 1;
}

/* Letters of an active participle in the accusative, its prefix and
 * its ending included (ممازحا، مطولا). */
#define PARTICIPLE_MIN_LETTERS 5

/* Whether token I reads as a participle in the accusative: written with
 * no conjunction or article, it opens with the participle's prefix
 * (clitics.txt role=participle) and ends in the indefinite accusative
 * (role=indefinite), with no pronoun suffix (موقفها); and neither the
 * corpora know it as a name (ماريا، ميستورا) nor a lexicon. */
int qawlp_phr_accusative_participle(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t;
    size_t p = c->lex->participle_prefix_len, stem;

    if (!qawlp_phr_is_word(c, i) || p == 0)
        return 0;
    t = qawlp_phr_tok(c, i);
    return t->conj == 0 &&
           qawlp_same_short(c->doc->norm + t->start, c->lex->participle_prefix, p) &&
           indefinite_accusative(c, i, &stem) && before_possessive(c, i) == 0 &&
           qawlp_count_chars(c->doc->norm + t->start, t->end - t->start,
                             PARTICIPLE_MIN_LETTERS) >= PARTICIPLE_MIN_LETTERS &&
           !known_in_phrase(c, i) && !qawlp_phr_has_article(c, i) &&
           qawlp_namelike_token(c->doc, c->lex, i, NULL) != QAWLP_NAMELIKE_NAME;
}

/* Whether the marks at token J name the body whose generic head without
 * the article opens the phrase at FIRST (بحسب موقع "أويلبرايس"): the
 * head needs its name, so the marks hold it even at the phrase's end. */
static int head_named_in_marks(const qawlp_phr *c, size_t first, size_t j)
{
    return j == first + 1 && !qawlp_phr_has_article(c, first) &&
           qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_ORGHEAD));
}

/* End of the source phrase that starts at FIRST (exclusive), FIRST when
 * there is none.  A preposition may continue the phrase only while it has
 * no personal name yet and the next word names an institution (مسؤول في
 * حلف الأطلسي). */
static size_t phrase_end(const qawlp_phr *c, size_t first);

/* Whether token J, behind ل right after an indefinite document at FIRST
 * (itself perhaps behind a preposition: وفقا لبيان), names the
 * document's issuer (تقرير لوكالة وفا), not whom it was sent to. */
static int issuer_after_document(const qawlp_phr *c, size_t first, size_t j)
{
    return j == first + 1 && !qawlp_phr_has_article(c, first) &&
           (qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_DOCUMENT)) ||
            (prepositional_sections(c, first) & QAWLP_BIT(QAWLP_SEC_DOCUMENT))) &&
           letter_after_conj(c, j) == c->lex->addressee_prep &&
           /* a known body, not له or لم */
           (qawlp_phr_is_addressee(c, j) ||
            (prepositional_sections(c, j) & QAWLP_ORG_SECTIONS) != 0);
}

/* Whether token J opens the complement that names a body's field behind
 * the preposition of role=addressee (ل), which inside a body's name is a
 * genitive: a definite word (للسكان) or one with a definite genitive
 * (لشؤون اللاجئين، لحقوق الإنسان); an indefinite one is the purpose or
 * the person spoken to (لتسلم خطاب، لوحدة تدقيق …). */
static int body_genitive(const qawlp_phr *c, size_t j)
{
    return letter_after_conj(c, j) == c->lex->addressee_prep &&
           (qawlp_phr_has_article(c, j) ||
            (qawlp_phr_is_word(c, j + 1) && qawlp_phr_has_article(c, j + 1) &&
             !qawlp_phr_is_coordinated(c, j + 1)));
}

/* Whether lexicon entry E, read at token J, names a body whole right
 * after the generic head that opens the phrase at FIRST (كتائب حزب الله،
 * منظمة اليونيسف): the head and its name are the body, and what follows
 * them is read as after any body's name. */
static int head_of_body(const qawlp_phr *c, size_t first, size_t j, int e)
{
    return e >= 0 && j == first + 1 && c->lex->entries.v[e].section == QAWLP_SEC_ORG &&
           !qawlp_phr_has_article(c, first) &&
           qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_ORGHEAD)) &&
           !starts_with_preposition(c, j);
}

/* Whether token J, right after the generic head at FIRST, both written
 * without the article, is a place named by its one word: the head's
 * genitive, and with it the body named whole (حكومة نيكاراغوا). */
static int head_of_place(const qawlp_phr *c, size_t first, size_t j)
{
    return qawlp_phr_is_word(c, j) && !qawlp_phr_has_article(c, first) &&
           !qawlp_phr_has_article(c, j) && !starts_with_preposition(c, j) &&
           !qawlp_phr_is_coordinated(c, j) &&
           qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_ORGHEAD)) &&
           qawlp_phr_is_as_written(c, j, QAWLP_PLACE_SECTIONS) &&
           /* هيئة سورية معارضة: an adjective */
           !qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_NISBA));
}

size_t qawlp_phr_end(const qawlp_phr *c, size_t first)
{
    size_t end;

    if (first >= c->doc->tokens.n)
        return phrase_end(c, first);
    if (c->end_at[first] == 0) {
        end = phrase_end(c, first);
        c->end_at[first] = (uint32_t)end + 1;
    }
    return c->end_at[first] - 1;
}

/* Whether token J, right after the definite body's head at FIRST, is a
 * number and nothing else: the body's name (القناة 13، الفرقة 98). */
static int numbered_head(const qawlp_phr *c, size_t first, size_t j)
{
    return qawlp_phr_is_word(c, j) && qawlp_is_number(c->doc, qawlp_phr_tok(c, j), 0) &&
           qawlp_phr_written_with_article(c, first) &&
           qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_ORGHEAD));
}

static size_t phrase_end(const qawlp_phr *c, size_t first)
{
    size_t j = first, n = c->doc->tokens.n, body_end = 0, known_end = 0;
    /* where a known name of several words inside the phrase ends (مسؤول
     * منظمة الصحة العالمية), and a source described whole at its start
     * (شهود العيان) */
    size_t named_end = 0, described_end = 0;
    /* IN_NAME: the words just read are a personal name (شون كيسي، خالد
     * بن بوطريف), not a title's complement or a body's name */
    int named = 0, body = 0, in_name = 0, after_particle = 0;
    int had_name = 0;   /* a personal name was read, not only a body's */
    /* HEADED: the body is a generic head and a known body's name (شبكة
     * الجزيرة، مكتب الأمم المتحدة): a definite adjective may follow it
     * (الإخبارية), and after a name of several words (2) a complement
     * behind ل (مجلس الأمم المتحدة لحقوق الإنسان) */
    int headed = 0;
    size_t name_words = 0;   /* of the name being read */

    while (j < n && j < first + QAWLP_MAX_MENTION) {
        size_t ntok = 0;
        int e;
        /* لوكالة فرانس برس: the medium spoken to, whatever it names;
         * right after a document the same ل names its issuer (بحسب
         * تقرير لوكالة الأنباء، بيان لدائرة الشؤون) */
        if (qawlp_phr_is_addressee(c, j) && !issuer_after_document(c, first, j))
            break;
        /* قال آبي لأعضاء البرلمان: the people spoken to; inside a title
         * the same ل is a genitive (المتحدث لوزارة) */
        if ((in_name || (j == first + 1 && lone_name(c, first))) &&
            qawlp_phr_is_addressed_noun(c, j))
            break;
        if (((in_name || (j == first + 1 && lone_name(c, first))) &&
             is_prep_article(c, j) &&
             (!is_prepositional_noun(c, j) || ends_clause(c, j + 1))) ||
            (qawlp_match(c->doc, c->lex, j, n, QAWLP_BIT(QAWLP_SEC_ADDRESSEE),
                         &ntok) >= 0 && !issuer_after_document(c, first, j)))
            break;
        if (issuer_after_document(c, first, j)) {
            /* تقرير لوكالة …، تقرير للأمم المتحدة: the issuer, read as
             * a body named by its words (its verb, object or clause
             * after it ends the phrase) */
            int e2 = qawlp_match(c->doc, c->lex, j, n, QAWLP_ORG_SECTIONS, &ntok);
            body = 1;
            headed = 1;
            body_end = e2 >= 0 && ntok > 1 ? j + ntok : 0;
            j += e2 >= 0 && ntok > 1 ? ntok : 1;
            continue;
        }
        if (qawlp_match(c->doc, c->lex, j, n, QAWLP_BIT(QAWLP_SEC_QUALIFIER),
                        &ntok) >= 0 && ntok > 1) {
            j += ntok;
            continue;
        }
        if (qawlp_phr_is_comma(c, j) && j > first &&
            qawlp_phr_is_as_written(c, j + 1, QAWLP_TITLE_SECTIONS | QAWLP_BIT(QAWLP_SEC_NISBA))) {
            j++;      /* apposition: بلينكن، وزير الخارجية الأميركي، */
            continue;
        }
        /* رئيس الجماعة …، رائد الصالح، إن; a title whose complement
         * names a body (رئيس مجلس الوزراء العراقي، فلان الفلاني، …)
         * still waits for its holder's name */
        if (qawlp_phr_is_comma(c, j) && j > first &&
            (!named || (!had_name && !qawlp_phr_has_article(c, j + 1) &&
                        qawlp_match(c->doc, c->lex, first, n, QAWLP_BIT(QAWLP_SEC_TITLE),
                                    NULL) >= 0)) &&
            !another_title_within(c, first, j) &&
            (ntok = apposed_name(c, j + 1)) > 0) {
            j += 1 + ntok;
            named = had_name = 1;   /* what a later comma sets off is not his */
            continue;
        }
        /* A short name in marks inside the phrase (مشروع "مسام"، المعروفة
         * باسم "الخوذ البيضاء"), when the phrase goes on after it: a
         * quotation would end the sentence or its clause instead. */
        if (j > first && qawlp_phr_tok(c, j)->kind == QAWLP_TOK_QMARK &&
            qawlp_phr_tok(c, j)->pair > (int32_t)j &&
            /* "إنها حقيقة واضحة" opens a quotation, not a name */
            !qawlp_phr_is_comp(c, j + 1) && !qawlp_phr_is_cue(c, j + 1) &&
            (size_t)qawlp_phr_tok(c, j)->pair <= j + QAWLP_LABEL_WORDS + 1 &&
            (qawlp_phr_is_word(c, (size_t)qawlp_phr_tok(c, j)->pair + 1) ||
             qawlp_phr_is_comma(c, (size_t)qawlp_phr_tok(c, j)->pair + 1) ||
             head_named_in_marks(c, first, j))) {
            /* a body's head with its name in marks right after it (منظمة
             * «أطباء بلا حدود») is named whole: what follows is the
             * object, as after a body's known name */
            if (j == first + 1 &&
                qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_ORGHEAD))) {
                body = 1;
                body_end = (size_t)qawlp_phr_tok(c, j)->pair + 1;
            }
            j = (size_t)qawlp_phr_tok(c, j)->pair + 1;
            continue;
        }
        e = qawlp_match(c->doc, c->lex, j, n,
                        QAWLP_ORG_SECTIONS | QAWLP_TITLE_SECTIONS | QAWLP_ANON_SECTIONS |
                            QAWLP_BIT(QAWLP_SEC_PARTICLE), &ntok);
        if (e >= 0 && ntok > 1) {
            if (another_body(c, first, j, body, body_end,
                             c->lex->entries.v[e].section))
                break;
            /* a body named whole after a definite title or body and its
             * adjectives is the verb's object: a definite noun takes no
             * genitive (وطالب الوزير اليمني المجتمع الدولي بـ …، دعا
             * البيان المجتمع الدولي …) */
            if (j > first && c->lex->entries.v[e].section == QAWLP_SEC_ORG &&
                qawlp_phr_written_with_article(c, j) && !qawlp_phr_is_coordinated(c, j) &&
                qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_TITLE) |
                                                      QAWLP_ORG_SECTIONS) &&
                all_definite(c, first, j))
                break;
            /* a body named after a personal name is the verb's object
             * (ناشد فلان الفلاني منظمة الصحة العالمية) */
            if (c->lex->entries.v[e].section == QAWLP_SEC_ORG &&
                object_after_name(c, j, in_name, after_particle, body, name_words,
                                  QAWLP_BIT(QAWLP_SEC_ORG)))
                break;
            /* المرصد السوري لحقوق الإنسان, whole; حسب الله is a name */
            named |= c->lex->entries.v[e].section == QAWLP_SEC_PARTICLE;
            /* a known phrase (الناطق باسم، الأمم المتحدة) ends a name;
             * a compound name (عبد الله) is one */
            in_name = c->lex->entries.v[e].section == QAWLP_SEC_PARTICLE;
            name_words = in_name ? name_words + ntok : 0;
            if (j == first)
                body = (QAWLP_BIT(c->lex->entries.v[e].section) &
                        QAWLP_BODY_SECTIONS) != 0;
            else if (head_of_body(c, first, j, e))
                body = 1, headed = 2;
            /* a body named behind a preposition (للأمم المتحدة) is a
             * complement the phrase may end with */
            if (is_prep_article(c, j) || is_prepositional_noun(c, j))
                known_end = j + ntok;
            if (c->lex->entries.v[e].section == QAWLP_SEC_ORG)
                named_end = j + ntok;
            if (j == first && c->lex->entries.v[e].section == QAWLP_SEC_ANON &&
                qawlp_phr_written_with_article(c, j + ntok - 1))
                described_end = j + ntok;
            j += ntok;
            if (body && body_end == 0)
                body_end = j;
            continue;
        }
        if (j == first)
            body = qawlp_phr_is_as_written(c, j, QAWLP_BODY_SECTIONS);
        /* a generic head with a body's one definite word (منظمة
         * اليونيسف); one without the article is a head too (فصيل جيش
         * الإسلام) */
        if (j == first + 1 && body_end == 0 && qawlp_phr_is_word(c, j) &&
            qawlp_phr_written_with_article(c, j) &&
            head_of_body(c, first, j, qawlp_match(c->doc, c->lex, j, n,
                                                  QAWLP_BIT(QAWLP_SEC_ORG), NULL))) {
            body = headed = 1;
            body_end = j + 1;
        }
        /* so is a generic head with a place's one word (حكومة نيكاراغوا،
         * بلدية غزة): the body is named whole */
        if (j == first + 1 && body_end == 0 && head_of_place(c, first, j)) {
            body = 1;
            headed = 2;   /* مركز غزة لحرية الإعلام */
            body_end = j + 1;
        }
        /* A body named whole, then its definite adjectives: a common word
         * without the article is no more of them but the verb's object
         * (نشرت صحيفة "…" الأميركية تقريرا …) */
        if (body && body_end > first && j > body_end && qawlp_phr_is_word(c, j) &&
            !qawlp_phr_written_with_article(c, j) && !qawlp_phr_is_coordinated(c, j) &&
            common_word(c, j) && !known_in_phrase(c, j) && !starts_with_preposition(c, j) &&
            all_definite(c, body_end, j))
            break;
        /* A body named whole by a name of several words (الجيش
         * الإسرائيلي، منظمة الصحة العالمية) ends there: only a qualifier,
         * a place or another known name word may follow; any other word
         * is the verb's object (أكد الجيش الإسرائيلي مواصلة حملته), a
         * document too (انتقدت حركة حماس كلمة الرئيس …).  One generic
         * word (وكالة، الشرطة، تقرير) goes on to its name. */
        if (body && j == body_end && qawlp_phr_is_word(c, j) && !qawlp_phr_is_stop(c, j) &&
            !(headed && ((qawlp_phr_has_article(c, j) && may_qualify_place(c, j)) ||
                         (headed > 1 && body_genitive(c, j)))) &&
            !qawlp_phr_is_as_written(c, j, QAWLP_TITLE_SECTIONS |
                                     (QAWLP_ORG_SECTIONS & ~QAWLP_BIT(QAWLP_SEC_DOCUMENT)) |
                                     QAWLP_ANON_SECTIONS | QAWLP_BIT(QAWLP_SEC_NISBA) |
                                     QAWLP_BIT(QAWLP_SEC_PARTICLE)) &&
            !qawlp_is(c->doc, c->lex, j, QAWLP_PLACE_SECTIONS))
            break;
        /* A place without the article, no nisba, right after a body
         * named whole by its words is the verb's object (ووصفت منظمة
         * اليونيسف غزة بأنها …): where a body works follows a function
         * word (وزارة الصحة في غزة) or is its nisba. */
        if (body && j == body_end && j > first + 1 && qawlp_phr_is_word(c, j) &&
            !qawlp_phr_is_coordinated(c, j) && !qawlp_phr_has_article(c, j) &&
            !starts_with_preposition(c, j) &&
            !qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_NISBA)) &&
            qawlp_phr_is_as_written(c, j, QAWLP_PLACE_SECTIONS))
            break;
        /* A title without the article after a definite body and its
         * adjectives opens another phrase, the verb's object (ذكر التقرير
         * الأممي وزير الأمن …): an adjective agrees in the article, and
         * a body is no person's apposition. */
        if (body && j > first && qawlp_phr_is_word(c, j) &&
            !qawlp_phr_written_with_article(c, j) &&
            !qawlp_phr_is_coordinated(c, j) &&
            qawlp_phr_is_as_written(c, j, QAWLP_TITLE_SECTIONS) &&
            all_definite(c, first, j))
            break;
        /* So is a common word without the article after a definite head
         * and its adjectives (أطلقت القوات الإسرائيلية عملية برية …):
         * an adjective would carry the article. */
        if (j > first && qawlp_phr_is_word(c, j) &&
            !qawlp_phr_written_with_article(c, j) &&
            !qawlp_phr_is_coordinated(c, j) && common_word(c, j) &&
            !known_in_phrase(c, j) && !starts_with_preposition(c, j) &&
            qawlp_phr_is_as_written(c, first, QAWLP_ORG_SECTIONS | QAWLP_TITLE_SECTIONS |
                                                  QAWLP_ANON_SECTIONS) &&
            all_definite(c, first, j))
            break;
        /* After a generic head and its definite genitive and adjectives
         * (وزارة الإعلام السعودية), or its indefinite adjectives (موقع
         * إخباري محلي), a common word or a document without the article
         * agrees with none of them: the verb's object (نشرت وزارة
         * الإعلام السعودية تغريدة، نشر موقع إخباري محلي تصريحات) */
        if (j > first + 1 && bare_object_after_head(c, first, j))
            break;
        /* A definite common word after a definite feminine head that it
         * cannot qualify (an adjective of الحركة ends in ة) is the verb's
         * object: ووصفت الحركة الحصار …، اتهمت الوزارة الاحتلال … */
        if (j == first + 1 && qawlp_phr_is_word(c, j) &&
            !qawlp_phr_is_coordinated(c, j) &&
            qawlp_phr_written_with_article(c, first) && written_feminine(c, first) &&
            qawlp_phr_written_with_article(c, j) && !may_agree_feminine(c, j) &&
            common_word(c, j) && !known_in_phrase(c, j) &&
            qawlp_phr_is_as_written(c, first, QAWLP_ORG_SECTIONS | QAWLP_TITLE_SECTIONS |
                                                  QAWLP_ANON_SECTIONS))
            break;
        /* So is a definite common word with the feminine ending after a
         * definite title without it and the title's adjectives: no
         * adjective of a man's title ends so, and a definite title takes
         * no genitive (نقل الوزير الأمريكي الرسالة …) */
        if (j > first && qawlp_phr_is_word(c, j) && !qawlp_phr_is_coordinated(c, j) &&
            qawlp_phr_written_with_article(c, j) && written_feminine(c, j) &&
            !written_feminine(c, first) &&
            ((common_word(c, j) && !known_in_phrase(c, j)) ||
             qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_DOCUMENT))) &&
            qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_TITLE)) &&
            all_definite(c, first, j))
            break;
        /* A definite body right after a definite head is no genitive of
         * it, which a definite noun does not take; when its ending cannot
         * agree with the head's gender it is no adjective either (an
         * adjective of البيان does not end in ة, one of الوزارة does):
         * the verb's object (وانتقد البيان الحكومة …، اتهمت الوزارة
         * الجيش) */
        if (j == first + 1 && qawlp_phr_is_word(c, j) && !qawlp_phr_is_coordinated(c, j) &&
            qawlp_phr_written_with_article(c, first) &&
            qawlp_phr_written_with_article(c, j) &&
            qawlp_match(c->doc, c->lex, j, n, QAWLP_ORG_SECTIONS, &ntok) >= 0 && ntok == 1 &&
            qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_ORG) |
                                              QAWLP_BIT(QAWLP_SEC_ORGHEAD)) &&
            !qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_NISBA)) &&
            disagrees_with_head(c, first, j))
            break;
        /* A glued preposition and the article on a common word right
         * after a definite head opens the verb's complement (وطالبت
         * المنظمة بالتحقيق …): the head is named whole. */
        if (j == first + 1 &&
            ((qawlp_phr_written_with_article(c, first) &&
              qawlp_phr_is_as_written(c, first, QAWLP_ORG_SECTIONS | QAWLP_TITLE_SECTIONS |
                                                    QAWLP_ANON_SECTIONS)) ||
             /* or a place or body named by its one word (أشادت واشنطن
              * بالضربات) */
             names_one_body(c, first)) &&
            preposition_article_on_common(c, j))
            break;
        /* A place without the article after a definite head and its
         * adjectives is the verb's object: a definite head takes no
         * genitive (قال المكتب الأممي إسرائيل …). */
        if (j > first && qawlp_phr_is_word(c, j) && !qawlp_phr_is_coordinated(c, j) &&
            !qawlp_phr_has_article(c, j) &&
            qawlp_phr_is_as_written(c, j, QAWLP_PLACE_SECTIONS) &&
            !starts_with_preposition(c, j) && all_definite(c, first, j) &&
            /* right after a title a name may read as a place (الدكتور
             * خليل) */
            !(j == first + 1 && qawlp_phr_is_as_written(c, first, QAWLP_TITLE_SECTIONS)))
            break;
        /* A definite common word right after a body named whole by
         * several words is the verb's object (وسلط مسؤول منظمة الصحة
         * العالمية الضوء …) */
        if (j > first && j == named_end && qawlp_phr_is_word(c, j) &&
            !qawlp_phr_is_coordinated(c, j) && qawlp_phr_written_with_article(c, j) &&
            common_word(c, j) && !known_in_phrase(c, j) && !may_qualify_place(c, j))
            break;
        /* A source described whole by several words ending in a definite
         * one (شهود العيان) ends there unless a qualifier, a nisba, a
         * place or a function word follows: a word without the article is
         * no adjective of it but the clause going on (شهود العيان أجبرت
         * النيران …) */
        if (described_end > first && j == described_end && qawlp_phr_is_word(c, j) &&
            !qawlp_phr_has_article(c, j) && !qawlp_phr_is_coordinated(c, j) &&
            !qawlp_phr_is_stop(c, j) && !known_in_phrase(c, j) &&
            !qawlp_is(c->doc, c->lex, j, QAWLP_PLACE_SECTIONS) &&
            !qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_PARTICLE)))
            break;
        /* After a place that ends the phrase's complement (الناطق باسم
         * الدفاع المدني في غزة), or a body's one word behind a function
         * word (زعماء من المعارضة), a common word, or one behind a glued
         * preposition, is the verb's object: … الوضع شمالي القطاع، طبيب
         * في شمال غزة بوقف الهجمات */
        if (j > first + 1 && !in_name && qawlp_phr_is_word(c, j) &&
            !qawlp_phr_is_coordinated(c, j) && !known_in_phrase(c, j) &&
            !qawlp_phr_is_stop(c, j) &&
            (qawlp_is(c->doc, c->lex, j - 1, QAWLP_PLACE_SECTIONS) ||
             body_complement(c, first, j - 1)) &&
            ((common_word(c, j) && !starts_with_preposition(c, j) &&
              !may_qualify_place(c, j)) ||
             (starts_with_preposition(c, j) &&
              (common_word(c, j) || preposition_on_common(c, j)) &&
              place_complement(c, first, j - 1))))
            break;
        /* A place that opens the phrase is named whole by its one word;
         * another place or a body right after it is the verb's object
         * (طالبت واشنطن موسكو، اتهمت حماس إسرائيل). */
        if (j == first + 1 && qawlp_phr_is_word(c, j) &&
            !qawlp_phr_is_coordinated(c, j) && names_one_body(c, j) &&
            ((!qawlp_phr_has_article(c, j) && names_one_body(c, first)) ||
             /* so after a definite document, a place even with the
              * article (ودعا التقرير الرياض إلى …) */
             definite_document(c, first)))
            break;
        /* so is a noun with its pronoun after such a place or body (ولم
         * تعلن إسرائيل مسؤوليتها) */
        if (j == first + 1 && names_one_body(c, first) && !qawlp_phr_has_article(c, first) &&
            possessed_common(c, j))
            break;
        if (j == first + 1 && bare_word_after_one_body(c, first, j))
            break;
        if (another_body(c, first, j, body, body_end,
                         qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_ORG) |
                                                           QAWLP_BIT(QAWLP_SEC_ORGHEAD))
                             ? QAWLP_SEC_ORG : QAWLP_SEC_COUNT))
            break;
        /* the same after a place of several words (حذرت الولايات المتحدة
         * سوريا من أن …) */
        if (body && j == body_end && j > first + 1 && qawlp_phr_is_word(c, j) &&
            !qawlp_phr_is_coordinated(c, j) &&
            qawlp_match(c->doc, c->lex, first, n, QAWLP_PLACE_SECTIONS, NULL) >= 0 &&
            names_one_body(c, j) && !qawlp_phr_has_article(c, j))
            break;
        /* so is one right after a body's complement named whole (لجنة
         * تحقيق تابعة للأمم المتحدة إسرائيل بـ …) */
        if (body && j > first + 1 && j == known_end && qawlp_phr_is_word(c, j) &&
            !qawlp_phr_is_coordinated(c, j) && names_one_body(c, j) &&
            !qawlp_phr_has_article(c, j))
            break;
        /* a compound name goes on across its hyphen (مون جاي-إن) */
        if (j > first && qawlp_joining_hyphen(c->doc, j)) {
            j += 2;
            continue;
        }
        /* a common noun in the indefinite accusative after a word that
         * is not (اعتبره مراقبون غيابا كاملا) agrees with nothing
         * before it: the verb's object or an adverb */
        if (j > first && qawlp_phr_is_word(c, j) && !qawlp_phr_is_coordinated(c, j) &&
            accusative_common(c, j, COMMON_USES) && !accusative_before(c, j))
            break;
        /* a document in the accusative is the verb's object (أصدر
         * قادة الدول السبع بيانا مشتركا …), never more of the name */
        if (j > first && qawlp_phr_accusative_of(c, j, QAWLP_BIT(QAWLP_SEC_DOCUMENT)))
            break;
        /* a body's head with a number for its name (القناة 13
         * الإسرائيلية): the head and the number are the body, and its
         * adjectives may follow */
        if (j == first + 1 && numbered_head(c, first, j)) {
            body = headed = 1;
            body_end = ++j;
            continue;
        }
        /* so is a joint speaker's second body (هيئة البث والقناة 11) */
        if (j > first + 1 && qawlp_phr_is_coordinated(c, j - 1) &&
            numbered_head(c, j - 1, j)) {
            body_end = ++j;
            continue;
        }
        if (!qawlp_phr_is_word(c, j) || qawlp_phr_is_comp(c, j) ||
            (is_verb_cue(c, j) && !names_next(c, first, j)) ||
            is_lone_letter(c, j) || has_digit(c, j))
            break;
        /* a definite title after a full personal name, with another
         * name after it, names a second person, the verb's object (أبلغ
         * فلان الفلاني الرئيس علان أن …) */
        if (in_name && name_words >= 2 && !after_particle && !body &&
            qawlp_phr_is_word(c, j - 1) &&   /* not after a comma */
            qawlp_phr_written_with_article(c, j) && !qawlp_phr_is_coordinated(c, j) &&
            qawlp_phr_is_as_written(c, j, QAWLP_TITLE_SECTIONS) &&
            names_after_title(c, j + 1))
            break;
        /* a place right after a personal name is the verb's object */
        if (object_after_name(c, j, in_name, after_particle, body, name_words,
                              QAWLP_PLACE_SECTIONS))
            break;
        /* after a personal name, a word the corpora never see in a name
         * (a verbal noun, an object, an adverb: وصف فلان وضع المستشفى،
         * قال فلان تحديدا) is the clause going on */
        /* وقال فلان ممازحا: a participle in the accusative after the
         * name says how it was said */
        if (in_name && !after_particle && !body && qawlp_phr_accusative_participle(c, j) &&
            /* after a name the corpora know, not a rare word, which a
             * family name of that shape may follow (ثيمبا مليسوا) */
            qawlp_namelike_token(c->doc, c->lex, j - 1, NULL) == QAWLP_NAMELIKE_NAME)
            break;
        /* (a first name alone may go on with any word: محمد سالم) */
        if (in_name && !after_particle && !body && !known_in_phrase(c, j) &&
            ((name_words >= 2 && common_word_of(c, j, OBJECT_USES)) ||
             /* one word that is no first name the corpora know is a
              * surname: a common word after it is no more of the name
              * (ويروي فلينت أسباب …) */
             (name_words == 1 && !qawlp_phr_is_first_name(c, j - 1) &&
              (common_word(c, j) ||
               /* an indefinite one: no genitive of a title the lexicons
                * lack (أخصائي التغذية), an adverb (فلان متحدثا) */
               (!qawlp_phr_has_article(c, j) && common_word_of(c, j, OBJECT_USES)))) ||
             (qawlp_phr_has_article(c, j) && common_word(c, j)) ||
             preposition_on_common(c, j)))
            break;
        /* so is a common word with a pronoun suffix after a word no
         * lexicon knows, a name however rare (وأبدى سيزار خشيته); after
         * a title it may be the title's genitive (مدير مكتبه) */
        if (j > first && named && !body && !after_particle &&
            qawlp_phr_is_word(c, j - 1) && !known_in_phrase(c, j - 1) &&
            !known_in_phrase(c, j) && common_with_possessive(c, j))
            break;
        /* and any word with a pronoun suffix the corpora do not know as
         * a name after a definite word of a title (وأكد الرئيس الفلسطيني
         * حرصه): a definite title takes no genitive, a name no suffix */
        if (j > first && !in_name && !named && !body && qawlp_phr_is_word(c, j - 1) &&
            qawlp_phr_written_with_article(c, j - 1) &&
            /* after an honorific a name follows (العميد عبده) */
            !qawlp_phr_is_as_written(c, j - 1, QAWLP_BIT(QAWLP_SEC_HONORIFIC)) &&
            qawlp_phr_is_as_written(c, first, QAWLP_TITLE_SECTIONS) &&
            possessed_common(c, j))
            break;
        /* so is such a word without the article or a glued preposition
         * after a body's name and where it is (كشف المكتب الإعلامي في غزة
         * حجم …; لحماية الطفولة goes on the name) */
        if (body && j > first + 1 && !in_name && !qawlp_phr_has_article(c, j) &&
            !starts_with_preposition(c, j) && !known_in_phrase(c, j) &&
            common_word_of(c, j, OBJECT_USES))
            break;
        if (qawlp_phr_is_stop(c, j)) {
            /* مسؤول في حلف الأطلسي: an unnamed source is described by
             * where it works; a body is not (أعلن الجيش الإسرائيلي عن
             * مقتل …), unless by a place (وزارة الصحة في غزة). */
            if (!named && j > first && qawlp_phr_is_word(c, j + 1) &&
                !qawlp_phr_is_exactly(c, j, QAWLP_BIT(QAWLP_SEC_ADVERB) |
                                                QAWLP_BIT(QAWLP_SEC_RELATIVE)) &&
                /* في وقت سابق: an adverb of several words */
                qawlp_match(c->doc, c->lex, j, n, QAWLP_BIT(QAWLP_SEC_ADVERB), NULL) < 0 &&
                /* في وقت سابق، عن اعتقاده: the clause, not where the
                 * source works */
                (known_in_phrase(c, j + 1) || !common_word(c, j + 1) ||
                 names_place_near(c, j + 1)) &&
                /* عن ثقته، على إمكانية، عن إلقاء القبض: a noun with a
                 * pronoun or one the corpora never see in a name is the
                 * verb's complement (أعرب الرئيس عن ثقته) */
                !possessed_common(c, j + 1) &&
                (known_in_phrase(c, j + 1) || names_place_near(c, j + 1) ||
                 qawlp_namelike_token(c->doc, c->lex, j + 1, NULL) !=
                     QAWLP_NAMELIKE_NOT_NAME) &&
                /* في التقرير، في مشروع القرار: where it was said */
                !qawlp_phr_is_as_written(c, j + 1, QAWLP_BIT(QAWLP_SEC_DOCUMENT)) &&
                qawlp_match(c->doc, c->lex, j + 1, n, QAWLP_BIT(QAWLP_SEC_DOCUMENT),
                            NULL) < 0 &&
                (!body || qawlp_is(c->doc, c->lex, j + 1,
                                   QAWLP_PLACE_SECTIONS)) &&
                !qawlp_phr_is_addressee(c, j) &&
                !is_lone_letter(c, j + 1) && !qawlp_phr_is_cue(c, j + 1) &&
                !qawlp_phr_is_comp(c, j + 1) &&
                !qawlp_phr_is_stop(c, j + 1)) {
                j++;
                continue;
            }
            /* الممثلة الخاصة لمنظمة … في الأراضي المحتلة، فلان الفلاني
             * إن: where an unnamed title holder works, then the name set
             * off by a comma before the content */
            if (!in_name && j > first &&
                qawlp_match(c->doc, c->lex, first, n, QAWLP_BIT(QAWLP_SEC_TITLE),
                            NULL) >= 0 &&
                (ntok = where_then_apposed_name(c, j)) > 0) {
                j = ntok + 1 + apposed_name(c, ntok + 1);
                break;
            }
            break;
        }
        if (names_someone(c, first, j))
            named = 1;
        /* after a particle the name goes on whatever the word (أبو عمرة) */
        if (qawlp_phr_is_as_written(c, j, QAWLP_BIT(QAWLP_SEC_PARTICLE))) {
            after_particle = 1;
            name_words++;
        } else {
            in_name = after_particle || reads_as_name(c, first, j, in_name);
            had_name |= in_name;
            name_words = in_name ? name_words + 1 : 0;
            after_particle = 0;
        }
        j++;
    }
    /* trailing punctuation is not part of the phrase; a closing mark whose
     * opening mark is inside it is */
    while (j > first && !qawlp_phr_is_word(c, j - 1) &&
           !(qawlp_phr_tok(c, j - 1)->kind == QAWLP_TOK_QMARK &&
             qawlp_phr_tok(c, j - 1)->pair >= (int32_t)first &&
             qawlp_phr_tok(c, j - 1)->pair < (int32_t)(j - 1)))
        j--;
    return j;
}


/* Word classes inside a mention. */
enum {
    W_NAME, W_TITLE, W_OFFICE, W_ORG, W_ANON, W_NISBA, W_PARTICLE,
    W_COMPLEMENT,   /* after a preposition, behind one (بزعيم), a number */
    W_NAMING,       /* a word that gives the name next (ويدعى) */
    W_OTHER         /* punctuation, marks */
};

/* Whether the input writes token T's first letter after its conjunction
 * as the article's own (ا): folding makes إ, أ and آ that letter too, and
 * إلكتروني، ألمانيا، إلغاء begin with no article. */
static int article_letter_written(const qawlp_phr *c, const qawlp_token *t)
{
    size_t in = qawlp_input_offset(c->doc, t->start + t->conj);
    uint32_t written, cp;

    return in < c->doc->src_len &&
           qawlp_utf8_decode((const unsigned char *)c->doc->src + in,
                             c->doc->src_len - in, &written) > 0 &&
           qawlp_utf8_decode((const unsigned char *)c->lex->article,
                             c->lex->article_len, &cp) > 0 &&
           written == cp;
}

int qawlp_phr_written_with_article(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    int known;

    if (!(t->end - t->start >= t->conj + c->lex->article_len &&
          qawlp_same_short(c->doc->norm + t->start + t->conj, c->lex->article,
                           c->lex->article_len)))
        return 0;
    /* the rules ask this of a token again and again, and the input's
     * letter costs a look-up through the offset map */
    if (i >= c->ntokens)
        return article_letter_written(c, t);
    if ((known = qawlp_phr_recall(c, i, QAWLP_KNOWN_ARTICLE)) >= 0)
        return known;
    return qawlp_phr_remember(c, i, QAWLP_KNOWN_ARTICLE, article_letter_written(c, t));
}

int qawlp_phr_has_article(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    size_t v;

    /* the skipped bytes must be the article, or ل with the article's ل
     * (للحرب): و + ل (وليد) and ف + ل (فلسطين) skip as many */
    for (v = 0; v < t->nvar; v++)
        if (t->var_skip[v] == c->lex->article_len) {
            const char *w = c->doc->norm + t->start;
            return qawlp_same_short(w, c->lex->article, c->lex->article_len) ||
                   (t->conj == 0 &&
                    lam_eats_alef(c, i, w + c->lex->article_len / 2));
        }
    return 0;
}

static int has_digit(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    uint32_t k = t->start;

    /* eight bytes at a time: a byte of W ^ '0'... below 10 is a digit,
     * and subtracting 10 from each byte sets the top bit of the first
     * such byte (a borrow only carries on from one below 10) */
    for (; k + 8 <= t->end; k += 8) {
        uint64_t w, x;
        memcpy(&w, c->doc->norm + k, 8);
        x = w ^ UINT64_C(0x3030303030303030);
        if ((x - UINT64_C(0x0A0A0A0A0A0A0A0A)) & ~x & UINT64_C(0x8080808080808080))
            return 1;
    }
    for (; k < t->end; k++)
        if (c->doc->norm[k] >= '0' && c->doc->norm[k] <= '9')
            return 1;
    return 0;
}

/* The class of the noun behind the preposition that opens mention M. */
static uint8_t lead_class(const qawlp_phr *c, const qawlp_mention *m)
{
    const qawlp_token *t = qawlp_phr_tok(c, m->first);
    uint64_t sec = c->lex->slots[qawlp_var_slot(c->doc, t, m->lead_var)].sections;

    if (sec & (QAWLP_BIT(QAWLP_SEC_TITLE) | QAWLP_BIT(QAWLP_SEC_HONORIFIC)))
        return W_TITLE;
    if (sec & QAWLP_ANON_SECTIONS)
        return W_ANON;
    if (sec & QAWLP_ORG_SECTIONS)
        return W_ORG;
    if (sec & QAWLP_BIT(QAWLP_SEC_OFFICE))
        return W_OFFICE;
    return W_NISBA;
}

/* A phrase that opens behind a preposition (ووفقا لمسؤول، بحسب بيان
 * للهلال الأحمر) names the noun behind it: the mention starts after the
 * preposition, and a document of a body (بيان للهلال الأحمر) is the
 * body's word, as a statement from X's office is X. */
/* How many words may stand between a document and its issuer's words
 * (بيان رسمي صادر عن …). */
#define ISSUER_REACH 2

/* A document named with the body that issued it (بيان صادر عن وزارة
 * الدفاع، التقرير الذي نشرته المنظمة): the mention becomes that body. */
static void find_issuer(const qawlp_phr *c, qawlp_mention *m)
{
    size_t j, n = c->doc->tokens.n, ntok = 0, end;

    /* the document may stand behind a glued preposition too (وفقا لبيان
     * صادر عن …) */
    if (!qawlp_phr_is_as_written(c, m->first, QAWLP_BIT(QAWLP_SEC_DOCUMENT)) &&
        !(prepositional_sections(c, m->first) & QAWLP_BIT(QAWLP_SEC_DOCUMENT)))
        return;
    for (j = m->first + 1; j < n && j <= m->first + 1 + ISSUER_REACH; j++) {
        if (qawlp_match(c->doc, c->lex, j, n, QAWLP_BIT(QAWLP_SEC_ISSUER),
                        &ntok) >= 0) {
            end = qawlp_phr_end(c, j + ntok);
            if (end > j + ntok) {
                m->first = (uint32_t)(j + ntok);
                m->last = (uint32_t)end;
            }
            return;
        }
        if (!qawlp_phr_is_word(c, j) || qawlp_phr_is_comp(c, j) ||
            qawlp_phr_is_cue(c, j))
            return;
    }
}

/* Whether token I is a conjunction on a source's word: a title, body,
 * place or description the lexicons know (ومغردون، والأونروا) or a name
 * the corpora know (وعلاء), while the whole is no name they know (فيليب
 * is no ف + يليب, وليد no و + ليد). */
static int conj_on_source(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);
    const char *rest = c->doc->norm + t->start + t->conj;
    size_t len = t->end - t->start - t->conj;
    qawlp_namelike whole;
    double share;

    /* the whole word is in no lexicon (واشنطن، وزيرة، فتح are) and no
     * name the corpora know (وليد) */
    if (t->conj == 0 || t->end - t->start <= t->conj || t->nvar == 0 ||
        qawlp_var_slot(c->doc, t, 0) >= 0 ||
        (whole = qawlp_namelike_class(c->lex, c->doc->norm + t->start,
                                      t->end - t->start, NULL)) == QAWLP_NAMELIKE_NAME)
        return 0;
    /* a form the corpora keep out of names (واحد) is a word of its own,
     * unless the article follows the letter (والأمم، والسياسيين) */
    if (whole == QAWLP_NAMELIKE_NOT_NAME && !qawlp_phr_written_with_article(c, i))
        return 0;
    if (qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_ORG) |
                                          QAWLP_BIT(QAWLP_SEC_ORGHEAD) |
                                          QAWLP_TITLE_SECTIONS | QAWLP_ANON_SECTIONS) ||
        /* the first word of a body's name of several (والأمم المتحدة) */
        qawlp_match(c->doc, c->lex, i, c->doc->tokens.n, QAWLP_BIT(QAWLP_SEC_ORG), NULL) >= 0)
        return 1;
    /* a name the corpora know well after the letter (ونتنياهو), not a
     * rare one that a name no one knows happens to end with (فالس) */
    return qawlp_namelike_class(c->lex, rest, len, &share) == QAWLP_NAMELIKE_NAME &&
           share >= FIRST_NAME_SHARE &&
           qawlp_namelike_form_uses(c->lex, rest, len) >= CONJ_NAME_USES;
}

static void find_lead(const qawlp_phr *c, qawlp_mention *m)
{
    const qawlp_token *t;
    size_t v, skip, n1;
    uint32_t cp;

    find_issuer(c, m);
    if (m->last - m->first >= 2 &&
        qawlp_phr_is_as_written(c, m->first, QAWLP_BIT(QAWLP_SEC_DOCUMENT)) &&
        (prepositional_sections(c, m->first + 1) &
         (QAWLP_ORG_SECTIONS | QAWLP_TITLE_SECTIONS)))
        m->first++;
    v = prepositional_variant(c, m->first);
    t = qawlp_phr_tok(c, m->first);
    /* ومغردون، والجيش: the conjunction joins the phrase to the clause
     * before it and is no part of the name */
    if (v == 0 && conj_on_source(c, m->first))
        m->lead_skip = t->conj;
    if (v == 0)
        return;
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
/* Whether token I of mention M, written without the article, follows a
 * word of M written with it that CLS (the classes so far) makes a title,
 * or an office, a nisba or a body of a title phrase (not a nisba that
 * opens the phrase as a noun: السوري خليل). */
static int bare_after_definite_title(const qawlp_phr *c, const qawlp_mention *m,
                                     const uint8_t *cls, size_t i)
{
    size_t k;
    uint8_t prev;

    if (i <= m->first || !qawlp_phr_is_word(c, i - 1) ||
        qawlp_phr_written_with_article(c, i) ||
        !qawlp_phr_written_with_article(c, i - 1))
        return 0;
    prev = cls[i - 1 - m->first];
    if (prev != W_TITLE && prev != W_OFFICE && prev != W_NISBA && prev != W_ORG)
        return 0;
    for (k = m->first; k < i; k++)
        if (cls[k - m->first] == W_TITLE)
            return 1;
    return 0;
}

static void word_classes(const qawlp_phr *c, const qawlp_mention *m, uint8_t *cls)
{
    size_t i = m->first, k;
    int after_stop = 0;

    while (i < m->last) {
        size_t n = 0;
        int e;
        uint8_t cl;
        /* the halves of a compound (مون جاي-إن) are one word: the second
         * half takes the first's class */
        if (qawlp_joining_hyphen(c->doc, i) && i > m->first && i + 1 < m->last) {
            cls[i - m->first] = cls[i + 1 - m->first] = cls[i - 1 - m->first];
            i += 2;
            continue;
        }
        if (!qawlp_phr_is_word(c, i)) {
            cls[i - m->first] = W_OTHER;
            if (qawlp_phr_is_comma(c, i))
                after_stop = 0;   /* an apposition starts afresh */
            i++;
            continue;
        }
        /* أحد الجيران ويدعى فلان: the name given next is the source's,
         * whatever the description before it */
        if (qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_NAMING))) {
            after_stop = 0;
            cls[i - m->first] = W_NAMING;
            i++;
            continue;
        }
        if (after_stop || has_digit(c, i) || qawlp_phr_is_stop(c, i) ||
            /* بالطب النفسي: a glued preposition on a common word opens
             * a complement too */
            (i > m->first && !known_in_phrase(c, i) &&
             preposition_article_on_common(c, i))) {
            /* words after a preposition are a complement, not a name */
            after_stop = 1;
            cls[i - m->first] = W_COMPLEMENT;
            i++;
            continue;
        }
        e = qawlp_match(c->doc, c->lex, i, m->last,
                        QAWLP_ORG_SECTIONS | QAWLP_TITLE_SECTIONS | QAWLP_ANON_SECTIONS |
                            QAWLP_BIT(QAWLP_SEC_PARTICLE), &n);
        if (e >= 0 && n > 1 && article_agrees(c, i, &c->lex->entries.v[e])) {
            uint8_t sec = c->lex->entries.v[e].section;
            /* a compound name (حسب الله) is a name */
            cl = sec == QAWLP_SEC_PARTICLE ? W_NAME
                 : (QAWLP_BIT(sec) & QAWLP_ORG_SECTIONS) ? W_ORG
                 : (QAWLP_BIT(sec) & QAWLP_ANON_SECTIONS) ? W_ANON
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
        /* a rank the lexicon writes with the article, written without it
         * right after a definite title phrase, is a given name (المتحدث
         * باسم الجمعية رائد فلان: الرائد is the rank) */
        else if (qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_TITLE) |
                                    QAWLP_BIT(QAWLP_SEC_HONORIFIC)))
            cl = bare_after_definite_title(c, m, cls, i) &&
                         !qawlp_phr_is_exactly(c, i, QAWLP_BIT(QAWLP_SEC_TITLE) |
                                                         QAWLP_BIT(QAWLP_SEC_HONORIFIC))
                     ? W_NAME : W_TITLE;
        else if (qawlp_phr_is_as_written(c, i, QAWLP_ANON_SECTIONS))
            cl = W_ANON;
        /* so is a word that names a place or a body only with the article
         * the text leaves out (رياض in وزير الخارجية الفلسطيني رياض
         * المالكي; الرياض is the city) */
        else if (qawlp_is(c->doc, c->lex, i, QAWLP_ORG_SECTIONS))
            cl = bare_after_definite_title(c, m, cls, i) &&
                         !qawlp_phr_is_exactly(c, i, QAWLP_ORG_SECTIONS)
                     ? W_NAME : W_ORG;
        else if (qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_OFFICE)))
            cl = W_OFFICE;
        /* a word joined by و to a title's adjectives or complement
         * (الخبير العسكري والإستراتيجي، مدير الإسعاف والطوارئ) describes:
         * it is no surname (conj_on_common: some given names read as
         * ف/و + a word, فرحان، وليد) */
        else if (i > m->first && qawlp_phr_is_word(c, i - 1) && conj_on_common(c, i) &&
                 (cls[i - 1 - m->first] == W_NISBA ||
                  cls[i - 1 - m->first] == W_COMPLEMENT ||
                  (cls[i - 1 - m->first] == W_ORG && cls[0] == W_TITLE) ||
                  cls[i - 1 - m->first] == W_TITLE ||
                  cls[i - 1 - m->first] == W_OFFICE ||
                  cls[i - 1 - m->first] == W_ANON))
            cl = W_OTHER;
        /* a nisba without the article right after a definite title or
         * adjective is no adjective of it, which would agree in the
         * article: it is a given name (العقيد تركي المالكي) */
        else if (qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_NISBA)))
            cl = bare_after_definite_title(c, m, cls, i) ? W_NAME : W_NISBA;
        else if (qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_PARTICLE)))
            cl = W_PARTICLE;
        /* a common word (الكلام، الهجوم) is no name */
        else if (common_word(c, i))
            cl = W_COMPLEMENT;
        else
            cl = W_NAME;
        cls[i - m->first] = cl;
        i++;
    }
}

/* Whether the words [FIRST, TITLE) open the phrase as a personal name in
 * apposition to the title at TITLE (نيل باسو رئيس شرطة …): the title is
 * indefinite or follows two words, as in apposition, and the first word
 * reads as a first name (not أما، سياسة). */
static int opens_apposed_name(const qawlp_phr *c, size_t first, size_t title)
{
    qawlp_namelike cls;
    double share;
    size_t k;
    int first_name;

    /* a definite title after one word may be its genitive (زوجة الرئيس);
     * after a name of two words it is in apposition (فلان فلان الناطق
     * باسم …) */
    if ((qawlp_phr_has_article(c, title) && title - first < 2) ||
        qawlp_phr_is_as_written(c, first, QAWLP_BIT(QAWLP_SEC_TOPIC) |
                                              QAWLP_BIT(QAWLP_SEC_BOUNDARY) |
                                              QAWLP_BIT(QAWLP_SEC_ADVERB) |
                                              QAWLP_BIT(QAWLP_SEC_AUXILIARY)))
        return 0;
    /* a word the corpora never saw opens a name only with another after
     * it (عائلة ناشط … is a family, not a name) */
    cls = qawlp_namelike_token(c->doc, c->lex, first, &share);
    first_name = cls == QAWLP_NAMELIKE_NAME && share >= FIRST_NAME_SHARE;
    /* after a first name a family name may carry the article (إبراهيم
     * الجباوي المتحدث باسم …); otherwise a definite word makes a
     * construct (سياسة الرئيس) */
    for (k = first; k < title; k++)
        if ((qawlp_phr_has_article(c, k) && !(first_name && k > first)) ||
            preposition_on_common(c, k))
            return 0;
    return (cls == QAWLP_NAMELIKE_UNKNOWN && title - first >= 2) || first_name;
}

/* Whether a word with the article is followed by one without inside
 * tokens [A, B): where a descriptor ends and a name may begin. */
static int definite_then_bare(const qawlp_phr *c, size_t a, size_t b)
{
    size_t k;

    for (k = a; k + 1 < b; k++)
        if (qawlp_phr_has_article(c, k) && !qawlp_phr_has_article(c, k + 1))
            return 1;
    return 0;
}

/* Whether token I may be a word of a name that closes a phrase: a word
 * no lexicon knows, no common word, not joined by و, no number. */
static int closing_name_word(const qawlp_phr *c, size_t i)
{
    if (qawlp_joining_hyphen(c->doc, i) ||
        (i > 0 && qawlp_joining_hyphen(c->doc, i - 1)))
        return 1;   /* a compound's halves (جاي-إن) */
    /* a name particle inside the name (أبو صفية، عبد الرحمن) */
    if (qawlp_phr_is_as_written(c, i, QAWLP_BIT(QAWLP_SEC_PARTICLE)) &&
        !qawlp_phr_is_coordinated(c, i))
        return 1;
    return qawlp_phr_is_word(c, i) && !known_in_phrase(c, i) &&
           !qawlp_phr_is_stop(c, i) && !common_word(c, i) && !has_digit(c, i) &&
           !qawlp_phr_is_coordinated(c, i) && !preposition_on_common(c, i) &&
           !is_prep_article(c, i) &&   /* بالطب: a complement */
           /* a place as written: رياض is a given name, الرياض the city */
           !qawlp_phr_is_as_written(c, i, QAWLP_PLACE_SECTIONS);
}

/* How many words tokens [A, B) hold, a compound (جاي-إن) counting once. */
static size_t compound_words(const qawlp_phr *c, size_t a, size_t b)
{
    size_t k, n = 0;

    for (k = a; k < b; k++)
        if (qawlp_phr_is_word(c, k) && !(k > a && qawlp_joining_hyphen(c->doc, k - 1)))
            n++;
    return n;
}

/* Whether a word of tokens [A, B) carries the article. */
static int written_with_article_in(const qawlp_phr *c, size_t a, size_t b)
{
    for (; a < b; a++)
        if (qawlp_phr_has_article(c, a))
            return 1;
    return 0;
}

/* Whether tokens [FIRST, END) open with a word the corpora know as no
 * name and go on with a definite one: a complement (لتقييم الحوادث), not
 * a given name and surname. */
static int common_then_definite(const qawlp_phr *c, size_t first, size_t end)
{
    return qawlp_namelike_token(c->doc, c->lex, first, NULL) == QAWLP_NAMELIKE_NOT_NAME &&
           written_with_article_in(c, first + 1, end);
}

/* Whether token I closes a pair of quotation marks. */
static int closes_marks(const qawlp_phr *c, size_t i)
{
    const qawlp_token *t = qawlp_phr_tok(c, i);

    return t->kind == QAWLP_TOK_QMARK && t->pair >= 0 && (size_t)t->pair < i;
}

/* Whether the office word at K of mention M is a given name instead (باسم
 * in العضو في المكتب السياسي لحركة "فلان" باسم علان): written without
 * the article after a complement's end, with no title before it to
 * complete, and a name word after it that closes the phrase. */
static int office_as_given_name(const qawlp_phr *c, const qawlp_mention *m, size_t k)
{
    return k > m->first && k + 2 == m->last &&
           qawlp_phr_is_as_written(c, k, QAWLP_BIT(QAWLP_SEC_OFFICE)) &&
           !qawlp_phr_has_article(c, k) &&
           !qawlp_phr_is_as_written(c, k - 1, QAWLP_TITLE_SECTIONS) &&
           (qawlp_phr_has_article(c, k - 1) || closes_marks(c, k - 1)) &&
           closing_name_word(c, k + 1);
}

/* The name that closes titled mention M after a complement (وزير
 * الخارجية في جمهورية الساحل سامي الحداد): after the definite end of
 * the complement (or a place's name), a word without the article and up
 * to two more, to the
 * end; one word alone only when the corpora know it as a name.  Sets
 * [*FIRST, *LAST) when there is one. */
static void trailing_name(const qawlp_phr *c, const qawlp_mention *m,
                          size_t *first, size_t *last)
{
    size_t start, k, found = 0;

    for (start = m->last - 1;
         start > m->first + 1 && compound_words(c, start, m->last) <= 3;
         start--) {
        for (k = start; k < m->last && (closing_name_word(c, k) ||
                                        (k == start && office_as_given_name(c, m, k)));
             k++)
            ;
        if (k < m->last)
            break;   /* a word further back cannot start it either */
        /* the complement ends in a definite word, a place's name, which
         * takes no article (في شمال غزة فلان الفلاني), or a name in marks
         * (لحركة "فلان" علان الفلاني) */
        if (!qawlp_phr_has_article(c, start) &&
            (qawlp_phr_has_article(c, start - 1) || closes_marks(c, start - 1) ||
             qawlp_is(c->doc, c->lex, start - 1, QAWLP_PLACE_SECTIONS)) &&
            !qawlp_phr_is_stop(c, start - 1) &&
            (m->last - start >= 2 ||
             qawlp_namelike_token(c->doc, c->lex, start, NULL) ==
                 QAWLP_NAMELIKE_NAME) &&
            (!common_then_definite(c, start, m->last) ||
             /* after an honorific a name follows (الدكتور نادر …) */
             qawlp_phr_is_as_written(c, start - 1, QAWLP_BIT(QAWLP_SEC_TITLE) |
                                                       QAWLP_BIT(QAWLP_SEC_HONORIFIC))))
            found = start;
    }
    if (found == 0)
        return;
    *first = found;
    *last = m->last;
}

/* Whether the lone definite word at offset K of mention M, right after a
 * definite title, is the title's adjective rather than a surname: it has
 * the nisba ending, the corpora do not know it as a name, and the title
 * goes on after it (الزعيم الروحي لجماعة …، المدير الميداني الأول
 * للوكالة) where a surname would end the phrase (الوزير الحداد). */
static int adjective_inside_title(const qawlp_phr *c, const qawlp_mention *m,
                                  const uint8_t *cls, size_t k)
{
    size_t n = m->last - m->first;

    /* الأستاذة الجامعية، الناشطة الحقوقية: after a feminine title, a word
     * with the feminine ending agrees as its adjective (a woman's family
     * name does not take the ending) */
    if (written_feminine(c, m->first + k - 1) && written_feminine(c, m->first + k) &&
        qawlp_namelike_token(c->doc, c->lex, m->first + k, NULL) != QAWLP_NAMELIKE_NAME)
        return 1;
    return k + 1 < n &&
           (cls[k + 1] == W_COMPLEMENT || cls[k + 1] == W_TITLE ||
            cls[k + 1] == W_OFFICE || cls[k + 1] == W_NISBA || cls[k + 1] == W_ORG) &&
           ending_role(c, last_letter_written(c, m->first + k)) == QAWLP_ROLE_NISBA &&
           qawlp_namelike_token(c->doc, c->lex, m->first + k, NULL) !=
               QAWLP_NAMELIKE_NAME;
}

/* Whether the run of words [START, END) of mention M closes it after a
 * comma: the name set off after a long title (المنسق الخاص … في الشرق
 * الأوسط، فلان الفلاني), which names the holder whatever words of the
 * title looked like a name. */
static int closing_apposition(const qawlp_phr *c, const qawlp_mention *m,
                              size_t start, size_t end)
{
    size_t k;

    if (start == 0 || m->first + end != m->last || end - start > 3 ||
        !qawlp_phr_is_comma(c, m->first + start - 1))
        return 0;
    /* one comma only: after a name already set off (الوزير، فلان، قبيل
     * …) the words are the clause's */
    for (k = m->first; k + 1 < m->first + start; k++)
        if (qawlp_phr_is_comma(c, k))
            return 0;
    return 1;
}

/* Sets the name of mention M to the name words right after a naming word
 * (أحد الجيران ويدعى فلان الفلاني) and says whether there were any. */
static int named_after_naming(qawlp_mention *m, const uint8_t *cls)
{
    size_t n = m->last - m->first, t, k;

    for (t = 0; t < n && cls[t] != W_NAMING; t++)
        ;
    for (k = t + 1; k < n && k < t + 4 &&
                    (cls[k] == W_NAME || cls[k] == W_NISBA || cls[k] == W_PARTICLE);
         k++)
        ;
    if (t >= n || k == t + 1)
        return 0;
    m->name_first = (uint32_t)(m->first + t + 1);
    m->name_last = (uint32_t)(m->first + k);
    return 1;
}

/* Whether no word of a name can follow at token I: the text ends, or a
 * punctuation mark, a complementiser, a cue or a function word stands
 * there (شينزو آبي إن …; not آل before الشيخ). */
static int closes_phrase(const qawlp_phr *c, size_t i)
{
    return !qawlp_phr_is_word(c, i) || qawlp_phr_is_comp(c, i) ||
           qawlp_phr_is_cue(c, i) || qawlp_phr_is_stop(c, i);
}

/* Chooses the personal name inside mention M from the word classes:
 * the run of name words right after a title (وزير الخارجية الأميركي
 * أنتوني بلينكن، القس بولس حليم المتحدث …), else the first run
 * (بلينكن، وزير …).  A nisba counts as a surname at the start or after a
 * name (محمد شياع السوداني); a particle only inside a name (عبد الله),
 * or closing it where no name word can follow (شينزو آبي).
 * Inside the run, a word with the article followed by one without is a
 * descriptor, so the name starts after it (المكلف حماية المواطنين نيكوس
 * توسكاس). */
static void find_name(const qawlp_phr *c, qawlp_mention *m, const uint8_t *cls)
{
    if (named_after_naming(m, cls))
        return;
    size_t n = m->last - m->first, i, start = n, k;
    size_t best_first = 0, best_last = 0;
    int after_title = 0, best_after_title = 0, in_complement = 0;
    int best_lone_definite = 0, title_since_best = 0;

    for (i = 0; i <= n; i++) {
        int namey = i < n && !in_complement &&
                    /* بالطب النفسي: behind a glued preposition and the
                     * article, a complement, never a name's start */
                    !(start == n && qawlp_phr_is_prep_article(c, m->first + i)) &&
                    (cls[i] == W_NAME ||
                     (cls[i] == W_NISBA && (i == 0 || start < n)) ||
                     (cls[i] == W_PARTICLE && i + 1 < n &&
                      (cls[i + 1] == W_NAME ||
                       /* بن عبد الرحمن: a particle before a particle */
                       (cls[i + 1] == W_PARTICLE && i + 2 < n && cls[i + 2] == W_NAME))) ||
                     /* no particle ends a name: one closing it after a
                      * name word is a word of it (شينزو آبي) */
                     (cls[i] == W_PARTICLE && i + 1 == n && i > 0 &&
                      cls[i - 1] == W_NAME && closes_phrase(c, m->last)));
        if (namey && start == n)
            start = i;
        /* A name that opens with the article goes on only through words
         * with the article (الولايات المتحدة); a bare word after it is the
         * verb's object (جدد السوداني دعوته). */
        if (namey && start == 0 && i > 0 && qawlp_phr_has_article(c, m->first) &&
            !qawlp_phr_has_article(c, m->first + i)) {
            namey = 0;
            m->name_cut = 1;
        }
        if (!namey && start < n) {
            /* A run that opens with a definite word is a descriptor
             * (المكلف حماية …) unless it opens the mention (الصفدي) or is
             * one word after a definite title (الوزير الحداد); after an
             * indefinite one it completes the title (مدير العمليات). */
            int namelike = start == 0 || !qawlp_phr_has_article(c, m->first + start) ||
                           (i - start == 1 && cls[start - 1] == W_TITLE &&
                            qawlp_phr_has_article(c, m->first + start - 1) &&
                            !adjective_inside_title(c, m, cls, start));
            /* Right after an indefinite title a word is its adjective or
             * its genitive (صحفي متعاون، مستشار ترامب), not the holder's
             * name, which follows a definite title or a construct: only
             * words after a definite one may still be the name (قائد
             * سلاح الجو الإسرائيلي فلان; the cut is made below). */
            if (start > 0 && cls[start - 1] == W_TITLE &&
                !qawlp_phr_has_article(c, m->first + start - 1) &&
                (start == 1 || cls[start - 2] != W_TITLE) &&
                !definite_then_bare(c, m->first + start, m->first + i))
                namelike = 0;
            /* بلينكن، وزير الخارجية …: a name set off by a comma at the
             * start is the name, whatever titles follow. */
            if ((start == 0 || (start == 1 && !after_title)) &&
                (qawlp_phr_is_comma(c, m->first + i) ||
                 /* نيل باسو رئيس شرطة مكافحة الإرهاب: a name that opens
                  * the phrase with its title after it is the name; the
                  * title's complement names no one */
                 (start == 0 && i < n && cls[i] == W_TITLE &&
                  opens_apposed_name(c, m->first, m->first + i)))) {
                best_first = m->first;
                best_last = m->first + i;
                break;
            }
            /* A lone definite word after a title is its surname only
             * when no other name follows: الخبير النفسي الدكتور فلان is
             * an expert in psychology named فلان. */
            if (namelike && (best_last == 0 || (after_title && !best_after_title) ||
                             (best_lone_definite && title_since_best) ||
                             (cls[0] == W_TITLE && closing_apposition(c, m, start, i) &&
                              /* not after a name that follows its title
                               * (المستشار فلان، بيانا), unless two name
                               * words close it (رئيس بلدية واغادوغو،
                               * فلان الفلاني) */
                              (best_last == 0 || best_lone_definite || i - start >= 2 ||
                               cls[best_first - m->first - 1] != W_TITLE)))) {
                best_first = m->first + start;
                best_last = m->first + i;
                best_after_title = after_title;
                best_lone_definite = start > 0 && i - start == 1 &&
                                     qawlp_phr_has_article(c, m->first + start);
                title_since_best = 0;
            }
            start = n;
        }
        if (i < n && cls[i] == W_TITLE)
            after_title = title_since_best = 1;
        /* A complement's words are not the speaker's name; an apposition
         * after a comma may name them again. */
        if (i < n && cls[i] == W_COMPLEMENT)
            in_complement = 1;
        else if (i < n && qawlp_phr_is_comma(c, m->first + i))
            in_complement = 0;
    }
    /* a name closing the phrase after the title's complement outranks a
     * lone definite word inside the title (نائب المدير الميداني الأول
     * للوكالة فلان الفلاني: الميداني describes the office) */
    if (m->titled && best_last == 0)
        trailing_name(c, m, &best_first, &best_last);
    else if (m->titled && best_lone_definite) {
        size_t first = 0, last = 0;
        trailing_name(c, m, &first, &last);
        if (last > first && (qawlp_namelike_token(c->doc, c->lex, first, NULL) ==
                                 QAWLP_NAMELIKE_NAME ||
                             !written_with_article_in(c, first, last))) {
            best_first = first;
            best_last = last;
        }
    }
    if (best_last == 0)
        return;
    for (k = best_first + 1; k + 1 < best_last; k++)
        if (qawlp_phr_has_article(c, k) && !qawlp_phr_has_article(c, k + 1) &&
            /* عبد الرحمن، أبو الغيط: a particle's word is the name's */
            cls[k - 1 - m->first] != W_PARTICLE)
            best_first = k + 1;
    /* A lone definite word after an office or a body names it (المتحدثة
     * باسم أجهزة الطوارئ); right after a title it is a surname (الوزير
     * الحداد). */
    if (best_last - best_first == 1 && qawlp_phr_has_article(c, best_first) &&
        best_first > m->first &&
        cls[best_first - 1 - m->first] != W_TITLE &&
        cls[best_first - 1 - m->first] != W_NISBA)
        return;
    m->name_first = (uint32_t)best_first;
    m->name_last = (uint32_t)best_last;
}

/* Whether mention M is one definite word the corpora do not know as a
 * name (الرائحة، الباحثون): a common noun more often than a surname. */
static int lone_unknown_definite(const qawlp_phr *c, const qawlp_mention *m)
{
    return m->last == m->first + 1 && qawlp_phr_has_article(c, m->first) &&
           qawlp_namelike_token(c->doc, c->lex, m->first, NULL) !=
               QAWLP_NAMELIKE_NAME;
}

/* Word classes of a mention kept on the stack: phrases are at most
 * QAWLP_MAX_MENTION words and a few marks, and classify runs for every
 * mention (some 1,600 over the fixed set, each a malloc and a free
 * before); a longer one gets its classes from the heap. */
#define CLASSES_ON_STACK 64

/* Classifies mention M: kind, title-only, personal name. */
/* Whether no word of [FIRST, LAST) may be a name's: each is a common
 * word without the article (عام) or one behind a glued preposition
 * (بسيطرة).  A common word with the article may be a family name
 * (السوداني). */
static int no_name_word(const qawlp_phr *c, size_t first, size_t last)
{
    for (; first < last; first++)
        if (qawlp_phr_is_word(c, first) &&
            ((!common_word(c, first) || qawlp_phr_written_with_article(c, first)) &&
             !preposition_on_common(c, first)))
            return 0;
    return 1;
}

static int classify(const qawlp_phr *c, qawlp_mention *m)
{
    size_t n = m->last - m->first, i;
    uint8_t on_stack[CLASSES_ON_STACK];
    uint8_t *cls = n <= sizeof on_stack ? on_stack : qawlp_malloc(n);
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
    /* after a title, a "name" whose every word is a common word or one
     * behind a glued preposition names no one (رئيس الوزراء السابق عام
     * …، الوزير … الإقرار بسيطرة): the phrase is the title's alone */
    if (m->titled && m->name_last > m->name_first &&
        no_name_word(c, m->name_first, m->name_last))
        m->name_first = m->name_last = 0;
    /* a name followed by a common word (خامنئي المرحلة الراهنة) ends
     * there: the rest is the clause, not more of the speaker */
    if (m->name_last > m->name_first && m->name_last < m->last &&
        common_word_of(c, m->name_last, OBJECT_USES))
        m->name_cut = 1;
    /* A source described, not named, is anonymous whatever follows it
     * (مسؤول في الوفد الفلبيني بالكويت). */
    if (m->name_first > m->first && m->name_last > m->name_first &&
        cls[m->name_first - 1 - m->first] == W_NAMING)
    {
        /* described, then named: the description sets the name apart as
         * a title does */
        m->kind = QAWL_SPEAKER_PERSON;
        m->titled = 1;
    }
    else if (cls[0] == W_ANON || (anon && m->name_last == 0))
        m->kind = QAWL_SPEAKER_ANONYMOUS;
    else if ((org && !title && (m->name_last == 0 || cls[0] == W_ORG)) ||
             /* a body's head names the body whatever title it holds
              * (مكتب وزير الري) */
             (cls[0] == W_ORG && m->name_last == 0))
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
    m->weak = m->kind == QAWL_SPEAKER_PERSON && !m->titled &&
              (m->title_only || lone_unknown_definite(c, m));
    m->bare_title = m->title_only;
    for (i = 0; i < n && m->bare_title; i++)
        if (cls[i] != W_TITLE && cls[i] != W_OFFICE && cls[i] != W_NISBA &&
            cls[i] != W_OTHER)
            m->bare_title = 0;
    if (cls != on_stack)
        qawlp_free(cls);
    return 0;
}

int qawlp_phr_add_mention(qawlp_phr *c, size_t first, size_t last, char gender,
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

int qawlp_phr_init(qawlp_phr *c, qawlp_doc *doc, const qawl_lexicon *lex)
{
    size_t i;

    c->doc = doc;
    c->lex = lex;
    c->ntokens = doc->tokens.n;
    c->cue_at = qawlp_malloc((doc->tokens.n + 1) * sizeof *c->cue_at);
    c->end_at = qawlp_calloc(doc->tokens.n + 1, sizeof *c->end_at);
    c->known = qawlp_calloc(doc->tokens.n + 1, sizeof *c->known);
    c->written = qawlp_malloc(QAWLP_PHR_WRITTEN * sizeof *c->written);
    if (c->cue_at == NULL || c->end_at == NULL || c->known == NULL ||
        c->written == NULL) {
        qawlp_phr_free(c);
        return -1;
    }
    memset(c->cue_at, 0xFF, (doc->tokens.n + 1) * sizeof *c->cue_at);   /* all -1 */
    memset(c->written, 0, QAWLP_PHR_WRITTEN * sizeof *c->written);
    for (i = 0; i < doc->cues.n; i++)
        c->cue_at[doc->cues.v[i].first] = (int)i;
    return 0;
}

qawlp_phr *qawlp_phr_of(qawlp_doc *doc, const qawl_lexicon *lex)
{
    qawlp_phr *c = doc->phr;

    /* its answers are of the tokens and the lexicons it was made for */
    if (c != NULL && c->lex == lex && c->ntokens == doc->tokens.n)
        return c;
    qawlp_phr_drop(doc);
    c = qawlp_malloc(sizeof *c);
    if (c == NULL)
        return NULL;
    if (qawlp_phr_init(c, doc, lex)) {
        qawlp_free(c);
        return NULL;
    }
    doc->phr = c;
    return c;
}

void qawlp_phr_drop(qawlp_doc *doc)
{
    if (doc->phr == NULL)
        return;
    qawlp_phr_free(doc->phr);
    qawlp_free(doc->phr);
    doc->phr = NULL;
}

void qawlp_phr_free(qawlp_phr *c)
{
    qawlp_free(c->cue_at);
    qawlp_free(c->end_at);
    qawlp_free(c->known);
    qawlp_free(c->written);
    c->cue_at = NULL;
    c->end_at = NULL;
    c->known = NULL;
    c->written = NULL;
}
