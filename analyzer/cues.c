/*
 * cues.c — stage 4: reporting cues.
 *
 * Input: tokens with their lexicon keys.  Output: doc->cues, in text order:
 * every reporting verb, participle, reporting noun, describing verb and
 * attribution phrase (بحسب، وفقا ل ...) of reporting_verbs.txt, with the
 * gender and number of its form, and colon cues (a short name or title
 * followed by ':' at the start of a sentence, as in headlines).
 *
 * A cue is only a candidate: the quotes stage decides whether it introduces
 * content.  Invariant: cues never overlap, and a cue's tokens are words
 * (a colon cue is the ':' token itself).
 */
#include <config.h>

#include <string.h>

#include "internal.h"

#define VERB_SECTIONS                                                     \
    (QAWLP_BIT(QAWLP_SEC_VERB) | QAWLP_BIT(QAWLP_SEC_PARTICIPLE) |        \
     QAWLP_BIT(QAWLP_SEC_DESCRIBE) | QAWLP_BIT(QAWLP_SEC_RELAY))
#define CUE_SECTIONS                                                      \
    (VERB_SECTIONS | QAWLP_BIT(QAWLP_SEC_RNOUN) |                         \
     QAWLP_BIT(QAWLP_SEC_ACCORDING))
/* Every section the token loop of qawlp_cues_run matches a word against:
 * the cues and what hides cue-looking words. */
#define CUE_LOOK_SECTIONS                                                 \
    (CUE_SECTIONS | QAWLP_BIT(QAWLP_SEC_QUALIFIER) |                      \
     QAWLP_BIT(QAWLP_SEC_PARTICLE) | QAWLP_BIT(QAWLP_SEC_ADVERB) |         \
     QAWLP_BIT(QAWLP_SEC_ASIDE))

/* Longest phrase before a colon that can name a speaker in a headline. */
#define COLON_MAX_WORDS 5

static qawlp_cue *push_cue(qawlp_doc *doc, size_t first, size_t last)
{
    qawlp_cue *c = QAWLP_PUSH(doc->cues);

    if (c) {
        c->first = (uint32_t)first;
        c->last = (uint32_t)last;
        c->entry = -1;
    }
    return c;
}

/* Words that show a person or a body speaks. */
#define SPEAKER_SECTIONS                                                  \
    (QAWLP_BIT(QAWLP_SEC_TITLE) | QAWLP_BIT(QAWLP_SEC_HONORIFIC) |        \
     QAWLP_BIT(QAWLP_SEC_OFFICE) | QAWLP_BIT(QAWLP_SEC_ORG) |             \
     QAWLP_BIT(QAWLP_SEC_ORGHEAD) | QAWLP_BIT(QAWLP_SEC_DOCUMENT) |       \
     QAWLP_BIT(QAWLP_SEC_ANON))

/* لروسيا، لعباس: the one spoken to in a headline ("ترامب لروسيا: …"),
 * where the words before it speak: ل glued to a word that is not itself
 * a place (لبنان). */
static int spoken_to(const qawlp_doc *doc, const qawl_lexicon *lex, size_t i)
{
    const qawlp_token *t = &doc->tokens.v[i];
    static const char lam[] = "\xD9\x84";   /* ل */
    size_t v;

    if (t->end - t->start <= 4u + t->conj ||
        memcmp(doc->norm + t->start + t->conj, lam, 2) != 0)
        return 0;
    for (v = 0; v < t->nvar; v++)
        if (t->var_skip[v] == t->conj && qawlp_var_slot(doc, t, v) >= 0 &&
            (lex->slots[qawlp_var_slot(doc, t, v)].sections & QAWLP_PLACE_SECTIONS))
            return 0;
    return 1;
}

/* Longest link label on a line of its own (اقرأ أيضا:). */
#define LINK_LABEL_WORDS 3

/* Whether sentence S stands right after a web page's link label on a
 * line of its own (اقرأ أيضا:): it is the headline of another article,
 * not a speaker's label.  The label is a few words opening with a
 * boundary word ([boundary]: an imperative, never a name) and ending in
 * the colon. */
static int follows_link_label(const qawlp_doc *doc, const qawl_lexicon *lex, size_t s)
{
    const qawlp_sentence *p;
    size_t i, end, words = 0;

    if (s == 0)
        return 0;
    p = &doc->sentences.v[s - 1];
    for (end = p->last; end > p->first && doc->tokens.v[end - 1].kind == QAWLP_TOK_NEWLINE;
         end--)
        ;
    if (end <= p->first || doc->tokens.v[end - 1].kind != QAWLP_TOK_PUNCT ||
        doc->tokens.v[end - 1].cp != ':' ||
        !qawlp_is(doc, lex, p->first, QAWLP_BIT(QAWLP_SEC_BOUNDARY)))
        return 0;
    for (i = p->first; i + 1 < end; i++)
        if (doc->tokens.v[i].kind == QAWLP_TOK_WORD && ++words > LINK_LABEL_WORDS)
            return 0;
    return 1;
}

/* A colon ends a speaker label when only a few words, none of them a cue
 * or a boundary word, stand between the sentence start and it. */
static int is_colon_cue(const qawlp_doc *doc, const qawl_lexicon *lex,
                        size_t colon)
{
    const qawlp_sentence *s = &doc->sentences.v[doc->tokens.v[colon].sentence];
    size_t i, n, words = 0;
    int place = 0, who = 0;

    if (colon == s->first || follows_link_label(doc, lex, doc->tokens.v[colon].sentence))
        return 0;
    /* the colon of a link's scheme (https://…), glued to the '/' */
    if (colon + 1 < doc->tokens.n &&
        doc->tokens.v[colon + 1].kind == QAWLP_TOK_PUNCT &&
        doc->tokens.v[colon + 1].cp == '/' &&
        doc->tokens.v[colon + 1].start == doc->tokens.v[colon].end)
        return 0;
    /* A country or a region labels a topic, not a speaker (سوريا: …); a
     * capital may stand for its government (واشنطن: …). */
    if (qawlp_match(doc, lex, s->first, colon,
                    QAWLP_BIT(QAWLP_SEC_COUNTRY) | QAWLP_BIT(QAWLP_SEC_REGION),
                    &n) >= 0 &&
        s->first + n == colon)
        return 0;
    for (i = s->first; i < colon; i++) {
        const qawlp_token *t = &doc->tokens.v[i];
        if (t->kind != QAWLP_TOK_WORD)
            return 0;
        if (qawlp_is(doc, lex, i, CUE_SECTIONS | QAWLP_BIT(QAWLP_SEC_BOUNDARY)))
            return 0;
        place |= qawlp_is(doc, lex, i, QAWLP_PLACE_SECTIONS);
        who |= qawlp_match(doc, lex, i, colon, SPEAKER_SECTIONS, &n) >= 0 ||
               (i > s->first && spoken_to(doc, lex, i));
        words++;
    }
    /* A place with other words and no person or body is a topic (حرب
     * غزة: …), not a speaker; so is a phrase that opens with a word the
     * corpora never see in a name (المنازل السكنية: …، الخسائر: …). */
    if ((place && words > 1 && !who) ||
        (!who && qawlp_namelike_token(doc, lex, s->first, NULL) ==
                     QAWLP_NAMELIKE_NOT_NAME))
        return 0;
    return words > 0 && words <= COLON_MAX_WORDS;
}

/* Whether the verb at token T, entry EN, is written with a damma on its
 * first letter (يُتهم، قُتل): the vowelling of the passive, which has no
 * subject (an accusation with no source).  Most text carries no vowels;
 * this only uses them where the writer gave them.  The present of the
 * verbs marked present=u (forms II to IV) takes that damma in the active
 * too (وتُطالب المنظمات …، يُحذّر، يُعلن): on one of those a damma on the
 * present's prefix (clitics.txt [present]) says nothing; their passive
 * past (حُذّر، أُعلن) still reads as one. */
static int is_passive(const qawlp_doc *doc, const qawl_lexicon *lex,
                      const qawlp_entry *en, const qawlp_token *t)
{
    size_t a = qawlp_input_offset(doc, t->start + t->conj);
    size_t b = qawlp_input_offset(doc, t->end);
    uint32_t first, cp;
    int n = qawlp_utf8_decode((const unsigned char *)doc->src + a, b - a,
                              &first);

    if (n <= 0 || a + (size_t)n >= b)
        return 0;
    if (qawlp_utf8_decode((const unsigned char *)doc->src + a + n,
                          b - a - (size_t)n, &cp) <= 0 || cp != 0x064F)
        return 0;
    return !(en->present_u &&
             qawlp_cp_in(first, lex->present, lex->npresent));
}

/* Whether tokens [from, to) hold what opens a verb's content: a
 * complementiser, a quotation mark, a colon or a sentence's end. */
static int content_between(const qawlp_doc *doc, const qawl_lexicon *lex,
                           size_t from, size_t to)
{
    size_t k;

    for (k = from; k < to; k++) {
        const qawlp_token *t = &doc->tokens.v[k];
        if (t->kind == QAWLP_TOK_QMARK || t->kind == QAWLP_TOK_NEWLINE ||
            (t->kind == QAWLP_TOK_PUNCT && t->cp == ':') ||
            qawlp_is(doc, lex, k, QAWLP_BIT(QAWLP_SEC_COMP)))
            return 1;
    }
    return 0;
}

/* How far after the last cue its content has been looked for: the scan
 * resumes there for the next word (عبر عبر …), so a sentence of such
 * words is read once, not once per word. */
typedef struct {
    size_t ncues;              /* 1 + the index of the verb scanned from */
    size_t to;                 /* tokens before this one were scanned */
    int found;                 /* content_between(cue's end, to) */
} content_scan;

/* A verb form that is also a preposition (عبر "expressed" / "via") is the
 * preposition when it follows, unprefixed, a reporting verb of its
 * sentence whose content has not started yet: وقال الوزير عبر منصة إكس إن
 * … is قال's content, said via a platform.  A reporting noun between
 * them names the medium (وقال في منشور عبر …), it owns no content. */
static int preposition_after_verb(const qawlp_doc *doc,
                                  const qawl_lexicon *lex, size_t i,
                                  content_scan *scan)
{
    const qawlp_token *t = &doc->tokens.v[i];
    const qawlp_cue *prev;
    size_t p = doc->cues.n;

    if (p == 0 || t->conj ||
        !qawlp_is(doc, lex, i, QAWLP_BIT(QAWLP_SEC_BOUNDARY)))
        return 0;
    while (p > 1 && doc->cues.v[p - 1].section == QAWLP_SEC_RNOUN)
        p--;
    prev = &doc->cues.v[p - 1];
    if (prev->section != QAWLP_SEC_VERB || prev->relay ||
        doc->tokens.v[prev->first].sentence != t->sentence)
        return 0;
    if (scan->ncues != p) {
        scan->ncues = p;
        scan->to = prev->last;
        scan->found = 0;
    }
    if (!scan->found && i > scan->to)
        scan->found = content_between(doc, lex, scan->to, i);
    if (i > scan->to)
        scan->to = i;
    return !scan->found;
}

/* Longest stretch between a relay verb and its source's preposition: the
 * medium's name (نقلت وكالة الأنباء الرسمية عن …). */
#define RELAY_REACH 8

/* Whether the relay verb ending at token FROM names a source: its
 * preposition (عن) follows within reach, before the content, a mark or
 * the end of the sentence. */
static int relays_a_source(const qawlp_doc *doc, const qawl_lexicon *lex,
                           size_t from)
{
    size_t k, sentence = doc->tokens.v[from - 1].sentence;

    for (k = from; k < doc->tokens.n && k < from + RELAY_REACH; k++) {
        const qawlp_token *t = &doc->tokens.v[k];
        if (t->kind == QAWLP_TOK_QMARK)
            continue;   /* the medium's name in marks: نقلت "رويترز" عن */
        if (t->sentence != sentence || t->kind == QAWLP_TOK_PUNCT ||
            content_between(doc, lex, k, k + 1))
            return 0;
        if (qawlp_is(doc, lex, k, QAWLP_BIT(QAWLP_SEC_RELAY_FROM)))
            return 1;
    }
    return 0;
}

/* The signature an embedded social-media post ends with: an em dash,
 * the author's name, the handle in parentheses and the date, to the end
 * of the line ("… — Name (@handle) Month 23, 2024").  The format, not
 * the words, tells it: a name of one word or more, "(@", the handle,
 * ")", then at most five tokens ending in a four-digit year. */
static int is_post_signature(const qawlp_doc *doc, size_t dash)
{
    const qawlp_token *v = doc->tokens.v;
    size_t n = doc->tokens.n, i = dash + 1, name = 0, end;

    while (i < n && i < dash + 12 && v[i].kind != QAWLP_TOK_NEWLINE &&
           !(v[i].kind == QAWLP_TOK_PUNCT && v[i].cp == '('))
        name += v[i++].kind == QAWLP_TOK_WORD;
    if (name == 0 || i + 3 >= n || v[i].kind != QAWLP_TOK_PUNCT ||
        v[i].cp != '(' || v[i + 1].kind != QAWLP_TOK_PUNCT ||
        v[i + 1].cp != '@' || v[i + 2].kind != QAWLP_TOK_WORD)
        return 0;
    for (i += 3; i < n && v[i].kind != QAWLP_TOK_NEWLINE &&
                 !(v[i].kind == QAWLP_TOK_PUNCT && v[i].cp == ')');
         i++)
        if (v[i].kind == QAWLP_TOK_PUNCT && v[i].cp != '_')
            return 0;   /* a handle is letters, digits and _ */
    if (i >= n || v[i].kind != QAWLP_TOK_PUNCT)
        return 0;
    for (end = i + 1; end < n && v[end].kind != QAWLP_TOK_NEWLINE; end++)
        if (end > i + 5)
            return 0;
    return end > i + 1 && qawlp_is_number(doc, &v[end - 1], 4);
}

/* Whether word token I opens marks that follow a letter left alone by a
 * removed tatweel (بـ"رد قوي"، بـ"رد الفعل"): a clitic glued to the
 * marked words, which it makes a noun, never a verb. */
static int marked_behind_letter(const qawlp_doc *doc, size_t i)
{
    const qawlp_token *m;

    if (i < 2)
        return 0;
    m = &doc->tokens.v[i - 1];
    return m->kind == QAWLP_TOK_QMARK && m->pair > (int32_t)i - 1 &&
           qawlp_is_lone_letter(doc, i - 2) && doc->tokens.v[i - 2].end == m->start;
}

/* qawlp_match_variants at word token I, whose slots' sections are U: a
 * word none of whose slots has a section of MASK is answered without a
 * look at its variants. */
static int cue_match(const qawlp_doc *doc, const qawl_lexicon *lex,
                     size_t i, uint64_t u, uint64_t mask, int strip,
                     size_t *n)
{
    if (!(u & mask)) {
        *n = 0;
        return -1;
    }
    return qawlp_match_keys(doc, lex, i, doc->tokens.n, mask, strip, n);
}

qawl_status qawlp_cues_run(qawlp_doc *doc, const qawl_lexicon *lex,
                           qawl_error *err)
{
    size_t i = 0;
    content_scan scan = {0, 0, 0};

    while (i < doc->tokens.n) {
        const qawlp_token *t, *v = doc->tokens.v;
        size_t n = 0, ntok = doc->tokens.n;
        int e;
        uint64_t u;
        qawlp_cue *c;

        /* Most tokens are no cue, and their kind and their slots'
         * sections say so: they are passed in a loop of their own, which
         * reads the token array's place and length once (a push below
         * may move it).  The tests below ask the others again. */
        while (i < ntok &&
               (v[i].kind == QAWLP_TOK_WORD
                    ? !(qawlp_token_sections(doc, lex, &v[i]) &
                        CUE_LOOK_SECTIONS)
                    : !(v[i].kind == QAWLP_TOK_PUNCT &&
                        (v[i].cp == 0x2014 || v[i].cp == ':'))))
            i++;
        if (i == ntok)
            break;
        t = &v[i];

        /* An embedded post's signature names its author after the
         * dash, as بحسب names a source: an attribution cue. */
        if (t->kind == QAWLP_TOK_PUNCT && t->cp == 0x2014 &&
            is_post_signature(doc, i)) {
            c = push_cue(doc, i, i + 1);
            if (c == NULL)
                goto nomem;
            c->section = QAWLP_SEC_ACCORDING;
            i++;
            continue;
        }
        if (t->kind == QAWLP_TOK_PUNCT && t->cp == ':' &&
            is_colon_cue(doc, lex, i)) {
            c = push_cue(doc, i, i + 1);
            if (c == NULL)
                goto nomem;
            c->section = QAWLP_COLON_CUE;
            i++;
            continue;
        }
        /* any other mark, and a word of none of the sections asked
         * below, is no cue, and nothing is skipped at it: one look at a
         * word's slots says so, and says which of the questions below
         * can have an answer */
        if (t->kind != QAWLP_TOK_WORD ||
            !((u = qawlp_token_sections(doc, lex, t)) & CUE_LOOK_SECTIONS)) {
            i++;
            continue;
        }
        /* A qualifier (طلب عدم الكشف عن هويته), a compound name (حسب
         * الله) or an adverb (عبر الهاتف) hides the cue-looking words
         * inside it;
         * the writer's asides (يتوقع أن، ما يشير إلى) are no report. */
        if ((cue_match(doc, lex, i, u,
                       QAWLP_BIT(QAWLP_SEC_QUALIFIER) |
                           QAWLP_BIT(QAWLP_SEC_PARTICLE) |
                           QAWLP_BIT(QAWLP_SEC_ADVERB),
                       QAWLP_STRIP_ALL, &n) >= 0 && n > 1) ||
            cue_match(doc, lex, i, u, QAWLP_BIT(QAWLP_SEC_ASIDE),
                      QAWLP_STRIP_CONJ, &n) >= 0) {
            i += n;
            continue;
        }
        e = cue_match(doc, lex, i, u, VERB_SECTIONS, QAWLP_STRIP_CONJ, &n);
        if (e < 0)
            e = cue_match(doc, lex, i, u, QAWLP_BIT(QAWLP_SEC_RNOUN),
                          QAWLP_STRIP_CONJ_ARTICLE, &n);
        if (e < 0)   /* only attribution phrases take a preposition (لـ) */
            e = cue_match(doc, lex, i, u, QAWLP_BIT(QAWLP_SEC_ACCORDING),
                          QAWLP_STRIP_ALL, &n);
        if (e < 0 || (lex->entries.v[e].section == QAWLP_SEC_VERB &&
                      (preposition_after_verb(doc, lex, i, &scan) ||
                       marked_behind_letter(doc, i))) ||
            (lex->entries.v[e].section == QAWLP_SEC_RELAY &&
             !relays_a_source(doc, lex, i + n))) {
            i++;
            continue;
        }
        c = push_cue(doc, i, i + n);
        if (c == NULL)
            goto nomem;
        c->entry = e;
        c->section = lex->entries.v[e].section;
        c->gender = lex->entries.v[e].gender;
        c->number = lex->entries.v[e].number;
        c->passive = lex->entries.v[e].voice == QAWLP_VOICE_PASSIVE ||
                     is_passive(doc, lex, &lex->entries.v[e], t);
        /* The relay verbs (نقلت … عن) report like any verb. */
        if (c->section == QAWLP_SEC_RELAY) {
            c->relay = 1;
            c->section = QAWLP_SEC_VERB;
        }
        c->conj = t->conj > 0 && qawlp_var_slot(doc, t, 0) < 0;
        i += n;
    }
    return QAWL_OK;
nomem:
    return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                           "out of memory");
}
