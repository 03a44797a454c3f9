/*
 * phrase.h — what the speaker stages share: reading a source phrase.
 *
 * mentions.c parses a phrase (where it ends, its words' classes, its
 * name, its kind) and records it as a mention; sources.c decides, per
 * quote and per turn, where a source phrase stands; entities.c clusters
 * the mentions into entities.  They see the document through one context.
 * Private to the library.
 */
#ifndef QAWL_PHRASE_H
#define QAWL_PHRASE_H

#include <string.h>

#include "internal.h"

/* Longest speaker phrase, in tokens. */
#define QAWLP_MAX_MENTION 12
/* Longest name in marks inside a phrase (المعروفة باسم "الخوذ البيضاء"). */
#define QAWLP_LABEL_WORDS 3
/* Longest place after a title before a name set off by a comma (في
 * الأراضي الفلسطينية المحتلة، فلان). */
#define QAWLP_WHERE_WORDS 4

#define QAWLP_TITLE_SECTIONS                                                    \
    (QAWLP_BIT(QAWLP_SEC_TITLE) | QAWLP_BIT(QAWLP_SEC_OFFICE) |           \
     QAWLP_BIT(QAWLP_SEC_HONORIFIC))
/* A country that speaks (قالت روسيا) stands for its government. */
#define QAWLP_ORG_SECTIONS                                                      \
    (QAWLP_BIT(QAWLP_SEC_ORG) | QAWLP_BIT(QAWLP_SEC_ORGHEAD) |            \
     QAWLP_BIT(QAWLP_SEC_DOCUMENT) | QAWLP_PLACE_SECTIONS)
/* Sections whose entries name a whole body: no description follows. */
#define QAWLP_BODY_SECTIONS                                                     \
    (QAWLP_BIT(QAWLP_SEC_ORG) | QAWLP_BIT(QAWLP_SEC_DOCUMENT) |           \
     QAWLP_PLACE_SECTIONS)
#define QAWLP_ANON_SECTIONS                                                     \
    (QAWLP_BIT(QAWLP_SEC_ANON) | QAWLP_BIT(QAWLP_SEC_QUALIFIER))
#define QAWLP_STOP_SECTIONS                                                     \
    (QAWLP_BIT(QAWLP_SEC_BOUNDARY) | QAWLP_BIT(QAWLP_SEC_TURN) |          \
     QAWLP_BIT(QAWLP_SEC_ASIDE) | QAWLP_BIT(QAWLP_SEC_QUOTE_END) |        \
     QAWLP_BIT(QAWLP_SEC_ADVERB) | QAWLP_BIT(QAWLP_SEC_AUXILIARY) |       \
     QAWLP_BIT(QAWLP_SEC_RELATIVE) | QAWLP_BIT(QAWLP_SEC_ADDRESSEE))
/* Words that may stand between a verb and its subject. */
#define QAWLP_SKIP_SECTIONS QAWLP_BIT(QAWLP_SEC_ADVERB)
/* How many such words a subject search passes over. */
#define QAWLP_MAX_SKIPPED 3


/* What qawlp_phr_is_as_written found for one token (TOKEN + 1, 0 for
 * none): the sections it is a one-word entry of as written (YES) and
 * those it is not (NO), as far as asked.  Its answer for a mask is the
 * union of its answers for the mask's sections. */
typedef struct {
    uint64_t yes, no;
    uint32_t token;
} qawlp_phr_written;
/* Tokens kept, by token index modulo this: the rules ask about a
 * phrase's words again and again, a few tokens apart (on the fixed bench
 * set 32 did better than 256, which cost more to set up per context). */
#define QAWLP_PHR_WRITTEN 32

/* The document and lexicons, and for each token the cue that starts
 * there (-1 for none).  END_AT remembers qawlp_phr_end per start token
 * (its end + 1, 0 while not computed): the rules ask for the same phrase
 * several times, and its end depends only on the tokens, the lexicons and
 * CUE_AT, none of which change while the context lives. */
typedef struct qawlp_phr {
    qawlp_doc *doc;
    const qawl_lexicon *lex;
    size_t ntokens;     /* DOC's tokens when it was set up */
    int *cue_at;
    uint32_t *end_at;
    /* Per token, answers the rules ask again and again, each a pair of
     * bits (known, true) as mentions.c lays them out; like END_AT they
     * depend on the token and the lexicons alone. */
    uint32_t *known;
    qawlp_phr_written *written;   /* QAWLP_PHR_WRITTEN of them */
} qawlp_phr;

/* The answers kept in qawlp_phr.known: each a bit saying it is known
 * and the bit above it saying it is true. */
enum {
    QAWLP_KNOWN_STOP = 1, QAWLP_KNOWN_ADDRESSEE = 4,
    QAWLP_KNOWN_COMMON = 16,    /* by COMMON_USES (mentions.c) */
    QAWLP_KNOWN_OBJECT = 64,    /* by OBJECT_USES */
    QAWLP_KNOWN_COMP = 256, QAWLP_KNOWN_LONE_NAME = 1024, QAWLP_KNOWN_PREP_ARTICLE = 4096,
    QAWLP_KNOWN_IN_PHRASE = 16384,
    QAWLP_KNOWN_ARTICLE = 65536   /* written with the article (mentions.c) */
};

/* Token I's answer for the question KNOWN (a KNOWN_* bit): -1 while not
 * known. */
static inline int qawlp_phr_recall(const qawlp_phr *c, size_t i, uint32_t known)
{
    if (!(c->known[i] & known))
        return -1;
    return (c->known[i] & (known << 1)) != 0;
}

/* Keeps ANSWER as token I's for the question KNOWN; returns it. */
static inline int qawlp_phr_remember(const qawlp_phr *c, size_t i, uint32_t known,
                                     int answer)
{
    c->known[i] |= known | (answer ? known << 1 : 0);
    return answer;
}

/* Sets up C for DOC; 0, or -1 when out of memory. */
int qawlp_phr_init(qawlp_phr *c, qawlp_doc *doc, const qawl_lexicon *lex);
void qawlp_phr_free(qawlp_phr *c);
/* DOC's context for LEX, made at the first call and kept in DOC->phr
 * until qawlp_phr_drop (internal.h): the sources and entities stages
 * read the same phrases of the same tokens, and what the first learns
 * (END_AT, KNOWN) holds for the second.  NULL when out of memory. */
qawlp_phr *qawlp_phr_of(qawlp_doc *doc, const qawl_lexicon *lex);

static inline const qawlp_token *qawlp_phr_tok(const qawlp_phr *c, size_t i)
{
    return &c->doc->tokens.v[i];
}

static inline int qawlp_phr_is_word(const qawlp_phr *c, size_t i)
{
    return i < c->doc->tokens.n && c->doc->tokens.v[i].kind == QAWLP_TOK_WORD;
}

static inline int qawlp_phr_is_cue(const qawlp_phr *c, size_t i)
{
    return i < c->doc->tokens.n && c->cue_at[i] >= 0;
}

static inline int qawlp_phr_is_comma(const qawlp_phr *c, size_t i)
{
    return qawlp_is_comma(c->doc, i);
}

/* qawlp_phr_is_as_written for a word with a slot of MASK's sections. */
int qawlp_phr_as_written_slots(const qawlp_phr *c, size_t i, uint64_t mask);
/* Token I is a one-word entry of MASK as written (at most a conjunction
 * and the article stripped).  In line: asked some 70,000 times for the
 * fixed bench set, it is answered without a call for the words with no
 * slot of MASK's sections (most of them; none when in no lexicon). */
static inline int qawlp_phr_is_as_written(const qawlp_phr *c, size_t i,
                                          uint64_t mask)
{
    return qawlp_phr_is_word(c, i) &&
           (qawlp_token_sections(c->doc, c->lex, qawlp_phr_tok(c, i)) & mask) &&
           qawlp_phr_as_written_slots(c, i, mask);
}
/* qawlp_phr_is_exactly for a word with a slot of MASK's sections. */
int qawlp_phr_exactly_slots(const qawlp_phr *c, size_t i, uint64_t mask);
/* Token I is a one-word entry of MASK exactly (function words).  In
 * line, as qawlp_phr_is_as_written: most words have no slot of MASK's
 * sections. */
static inline int qawlp_phr_is_exactly(const qawlp_phr *c, size_t i, uint64_t mask)
{
    return qawlp_phr_is_word(c, i) &&
           (qawlp_token_sections(c->doc, c->lex, qawlp_phr_tok(c, i)) & mask) &&
           qawlp_phr_exactly_slots(c, i, mask);
}
/* Token I is a first name the corpora know (namelike.txt: a name word
 * seen in name positions as often as first names are). */
int qawlp_phr_is_first_name(const qawlp_phr *c, size_t i);
/* Token I is a common noun in the indefinite accusative (ردا، قانونا):
 * the verb's object or an adverb, never part of a name. */
int qawlp_phr_is_accusative_common(const qawlp_phr *c, size_t i);
/* Token I reads as an active participle in the accusative (ممازحا،
 * مقارنا): how something was done, never a name. */
int qawlp_phr_accusative_participle(const qawlp_phr *c, size_t i);
/* qawlp_phr_is_stop for a word not asked about before. */
int qawlp_phr_is_stop_uncached(const qawlp_phr *c, size_t i);
/* Token I ends a phrase: a boundary word or the addressee.  The answer
 * kept is read in line: the rules ask it some 16,000 times over the
 * fixed bench set, of a few thousand words. */
static inline int qawlp_phr_is_stop(const qawlp_phr *c, size_t i)
{
    int known;

    if (!qawlp_phr_is_word(c, i))
        return 0;
    known = qawlp_phr_recall(c, i, QAWLP_KNOWN_STOP);
    return known >= 0 ? known : qawlp_phr_is_stop_uncached(c, i);
}
/* Token I carries the article (a variant of it is read without). */
int qawlp_phr_has_article(const qawlp_phr *c, size_t i);
/* Token I is written with the article after any conjunction (الغد; not
 * وكالة, which a variant reads as و + ك + ال). */
int qawlp_phr_written_with_article(const qawlp_phr *c, size_t i);

/* Whether token I is a glued preposition on a common word (بحذر، لرأي):
 * a complement, never a name. */
int qawlp_phr_is_prep_on_common(const qawlp_phr *c, size_t i);
/* Whether token I begins with a preposition's letter and the corpora
 * keep its whole form out of names (بنشر، بمسودة). */
int qawlp_phr_is_prep_led_common(const qawlp_phr *c, size_t i);
/* Whether word token I is a word the corpora keep out of names, as
 * written or behind a glued preposition (للقانون، لاتجاه، للمعايير), at
 * any count. */
int qawlp_phr_is_common_noun(const qawlp_phr *c, size_t i);
/* Whether word token I ends as the input writes a nisba (clitics.txt
 * [ending] role=nisba: الشعبي، مدني). */
int qawlp_phr_nisba_shaped(const qawlp_phr *c, size_t i);
/* Whether word token I ends in a pronoun suffix (clitics.txt
 * [possessive]: حسابه، رئيسها). */
int qawlp_phr_has_possessive(const qawlp_phr *c, size_t i);
/* Whether token I begins with a glued one-letter preposition (or a
 * variant reads it so: لفلان، بتقرير). */
int qawlp_phr_opens_with_preposition(const qawlp_phr *c, size_t i);
/* The variant of word token I behind a glued preposition (لفلان) that
 * the corpora know as a name, where the whole form is none: a full name
 * written as a complement (لإسماعيل فلان، رئيس …، وفقا لروبرت فلان)
 * still names its holder.  0 when there is none. */
size_t qawlp_phr_name_behind_preposition(const qawlp_phr *c, size_t i);
/* Makes mention M, when its first word is a name behind a glued
 * preposition (qawlp_phr_name_behind_preposition), name it without the
 * preposition (lead_var, lead_skip); a lead M has is kept. */
void qawlp_phr_lead_past_preposition(const qawlp_phr *c, qawlp_mention *m);
/* Whether mention M holds words of its clause after its first word: a
 * glued preposition on a common word (روسيا بطرد دبلوماسيين، الصحيفة
 * المبادرة بالاستثنائية), which no name has. */
int qawlp_phr_holds_clause(const qawlp_phr *c, const qawlp_mention *m);
/* Where the phrase [FIRST, LAST) runs on into its verb's object: a word
 * with the accusative's tanween, or a common word without the article
 * right after a definite or known one (ناشطون مقطع فيديو، إسرائيل هجوماً);
 * LAST when it does not. */
size_t qawlp_phr_object_at(const qawlp_phr *c, size_t first, size_t last);
/* Whether token I is a title, a body, a document or a source behind a
 * glued preposition (لوزارة، للنائب). */
int qawlp_phr_is_prepositional_noun(const qawlp_phr *c, size_t i);
/* Length of a name of one to three words at I set off by a comma before
 * it and closed by a comma or a complementiser, or 0. */
size_t qawlp_phr_apposed_name(const qawlp_phr *c, size_t i);

/* Whether word tokens I and J are the same word past their clitics (by
 * their least-stripped variants). */
static inline int qawlp_phr_same_word(const qawlp_phr *c, size_t i, size_t j)
{
    const qawlp_token *x = qawlp_phr_tok(c, i), *y = qawlp_phr_tok(c, j);

    return x->kind == QAWLP_TOK_WORD && y->kind == QAWLP_TOK_WORD &&
           qawlp_var_len(x, 0) == qawlp_var_len(y, 0) &&
           memcmp(c->doc->norm + x->start + x->var_skip[0],
                  c->doc->norm + y->start + y->var_skip[0], qawlp_var_len(x, 0)) == 0;
}

/* Whether token I is a common word of the corpora (used far more often
 * than as a name), by the threshold that holds for most positions. */
int qawlp_phr_is_common(const qawlp_phr *c, size_t i);
/* Whether token I is a word behind a glued preposition and the article
 * (للجزيرة، بالأمم). */
int qawlp_phr_is_prep_article(const qawlp_phr *c, size_t i);
/* Whether token I may be an adjective of a feminine noun or a plural of
 * things: the input writes it ending in ة, ى or ا. */
int qawlp_phr_may_agree_feminine(const qawlp_phr *c, size_t i);
/* qawlp_phr_is_comp for a word with a complementiser's slot. */
int qawlp_phr_comp_slots(const qawlp_phr *c, size_t i);
/* Token I is a complementiser (إن، أن، بأن …).  In line: most words
 * have no slot of the section. */
static inline int qawlp_phr_is_comp(const qawlp_phr *c, size_t i)
{
    return qawlp_phr_is_word(c, i) &&
           (qawlp_token_sections(c->doc, c->lex, qawlp_phr_tok(c, i)) &
            QAWLP_BIT(QAWLP_SEC_COMP)) &&
           qawlp_phr_comp_slots(c, i);
}
/* qawlp_phr_is_addressee for a word not asked about before. */
int qawlp_phr_is_addressee_uncached(const qawlp_phr *c, size_t i);
/* Token I is the medium or the people spoken to (لرويترز، للصحفيين،
 * لـCNN).  The answer kept is read in line, as qawlp_phr_is_stop's. */
static inline int qawlp_phr_is_addressee(const qawlp_phr *c, size_t i)
{
    int known;

    if (!qawlp_phr_is_word(c, i))
        return 0;
    known = qawlp_phr_recall(c, i, QAWLP_KNOWN_ADDRESSEE);
    return known >= 0 ? known : qawlp_phr_is_addressee_uncached(c, i);
}
/* Whether token I is joined by its conjunction (وسوريا): its whole form
 * has no key in the lexicon, as فرنسا or وزارة, which only look like
 * ف/و + a word, do. */
int qawlp_phr_is_coordinated(const qawlp_phr *c, size_t i);
/* The addressee's preposition on a known noun (لأعضاء البرلمان). */
int qawlp_phr_is_addressed_noun(const qawlp_phr *c, size_t i);
/* End (exclusive) of the source phrase that starts at FIRST. */
size_t qawlp_phr_end(const qawlp_phr *c, size_t first);
/* Records tokens [first, last) as a mention, parsed and classed; its
 * index, or -1 when out of memory. */
int qawlp_phr_add_mention(qawlp_phr *c, size_t first, size_t last,
                          char gender, char number);

/* Whether token I is, after any conjunction, a word of one of the
 * lexicon sections of MASK in the accusative, the indefinite object's
 * ا (بيانا، تقريرا), which the lexicon does not list. */
int qawlp_phr_accusative_of(const qawlp_phr *c, size_t i, uint64_t mask);

/* Whether token I is a word with a pronoun suffix the input writes, no
 * article, no lexicon's word and no name the corpora know (قوله،
 * استنكاره): what a relayed source said, never his name's end. */
int qawlp_phr_possessed_word(const qawlp_phr *c, size_t i);

/* Whether mentions A and B share a personal-name word (entities.c). */
int qawlp_share_name(const qawlp_phr *c, const qawlp_mention *a,
                     const qawlp_mention *b);

#endif
