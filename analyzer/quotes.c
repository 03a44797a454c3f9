/*
 * quotes.c — stage 5: quote spans from cues and quotation marks.
 *
 * Input: tokens, paired marks (segment) and cues.  Output: doc->quotes,
 * sorted by position, each with its content tokens [first, last), its norm
 * span, its type and the cue that introduced it.  The patterns, in the
 * order they claim tokens (a token belongs to one quote at most):
 *
 *   1. cue → [subject] → complementiser → clause      indirect, or direct
 *      when the clause is exactly one marked span     (قال إن … / أكد أن "…")
 *   2. cue → [subject, adverbials] → marked span       direct (وقال بلينكن "…")
 *   3. cue → ':' → marked span or the rest of the line (وقال: "…")
 *   4. marked span → punctuation → cue                 direct ("…"، قال)
 *   5. a paragraph that is only a marked span          direct, no cue
 *   6. a sentence with no cue of its own + بحسب X      its main clause
 *
 * A clause runs to the sentence end, a line break, or the start of the next
 * reporting clause (، وأضاف / ، مشيرا / ، وذلك / ، بحسب); a marked span
 * opened inside it is never cut.  Quotation marks with no cue (scare
 * quotes around a name or term) never make a quote.  Nested reporting
 * outside marks (يضيف أن المنظمة تقول إنها …) yields only the innermost
 * clause.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "phrase.h"

/* How far after a cue its content may start (subject and adverbials),
 * and how far when a comma closes the adverbials right before the
 * complementiser (قال فلان، ممثل …، خلال مؤتمر صحفي بشأن …، إن), a
 * colon opens marks (قال فلان، …، في منشور عبر …: "…") or a describing
 * verb's بـ opens its marks (وصف فلان، …، الوضع بـ "…"). */
#define CONTENT_WINDOW 24
#define LONG_CONTENT_WINDOW 40
/* How far after an inner cue its complementiser may stand, and how far
 * into a clause the inner cue itself (ويضيف أن المنظمة تقول إنها …). */
#define NESTED_WINDOW 8
#define NESTED_START 4
/* A marked span of at most this many words that the clause goes on after
 * names something (لـ"رويترز"); it is not the content. */
#define LABEL_WORDS 3
/* A quote before its cue ("…"، قال) has more words than a name in marks
 * ("العربية.نت"، قال). */
#define BEFORE_CUE_MIN_WORDS 2

/* A set of token indices, asked whether it holds any of a range: a
 * bitmap, with a bitmap of its 64-token blocks that hold a member, so
 * that a range costs a word at each end and one per 4,096 tokens
 * between.  (A count per block in a Fenwick tree, asked twice for a
 * range and carried up the tree at each claim, cost more than the
 * scans it saved: spans are a few dozen tokens.) */
typedef struct {
    uint64_t *bits;
    uint64_t *sum;             /* bit b: block b of BITS holds a member */
    size_t nblocks;
} tokset;

/* The per-token tables below keep every scan of this stage linear in the
 * document: a clause's end, a line's end, a span's word count and whether
 * a span is claimed are looked up instead of walked again for each cue
 * (a line of headline cues, one sentence of relay cues). */
typedef struct {
    qawlp_doc *doc;
    const qawl_lexicon *lex;
    tokset claimed;            /* tokens inside a quote already */
    int *cue_at;               /* per token: index of the cue starting here */
    /* Token indices and counts fit 32 bits (token offsets are uint32_t);
     * with the sets as bitmaps, these tables cost 16 bytes a token, not 46. */
    uint32_t *words_from;      /* per token and the end: the word tokens
                                  from it on (a span's count is two reads,
                                  where a set's was two tree walks) */
    uint32_t *line_end;        /* per token and the end: next newline or n */
    uint32_t *clause_stop;     /* per token: clause_walk from it plus one,
                                  0 while not yet known */
    tokset reported;           /* claimed tokens and used cues' starts */
    void *block;               /* all the tables above (alloc_tables) */
} ctx;

static const qawlp_token *tok(const ctx *c, size_t i)
{
    return &c->doc->tokens.v[i];
}

static int is_word(const ctx *c, size_t i)
{
    return i < c->doc->tokens.n && tok(c, i)->kind == QAWLP_TOK_WORD;
}

static int is_punct_tok(const ctx *c, size_t i)
{
    return i < c->doc->tokens.n && tok(c, i)->kind == QAWLP_TOK_PUNCT;
}

static int is_newline(const ctx *c, size_t i)
{
    return i < c->doc->tokens.n && tok(c, i)->kind == QAWLP_TOK_NEWLINE;
}

/* Whether the dot token I stands between two digits (111.33), as the
 * segmenter reads it: no sentence end. */
static int decimal_dot(const ctx *c, size_t i)
{
    const qawlp_token *t = tok(c, i);
    const char *norm = c->doc->norm;

    return t->start > 0 && t->end < c->doc->norm_len &&
           norm[t->start - 1] >= '0' && norm[t->start - 1] <= '9' &&
           norm[t->end] >= '0' && norm[t->end] <= '9';
}

/* is_sentence_end_tok of punctuation token I. */
static int punct_ends_sentence(const ctx *c, size_t i)
{
    uint32_t cp = tok(c, i)->cp;

    return (cp == '.' && !decimal_dot(c, i)) || cp == '!' || cp == '?' ||
           cp == 0x061F || cp == 0x2026;
}

/* In line, the kind first: the clause walks ask it of every token, most
 * of them words. */
static inline int is_sentence_end_tok(const ctx *c, size_t i)
{
    return is_punct_tok(c, i) && punct_ends_sentence(c, i);
}

static int is_clause_punct(const ctx *c, size_t i)
{
    uint32_t cp;

    if (!is_punct_tok(c, i))
        return 0;
    cp = tok(c, i)->cp;
    return cp == ',' || cp == 0x060C || cp == ';' || cp == 0x061B;
}

/* An opening mark that has a partner after it. */
static int opens_mark(const ctx *c, size_t i)
{
    return i < c->doc->tokens.n && tok(c, i)->kind == QAWLP_TOK_QMARK &&
           tok(c, i)->pair > (int32_t)i;
}

/* Whether token I is a word whose form as written (no clitic stripped,
 * no article) has the complementiser section: the test most words fail,
 * made in line where each token of a clause is asked. */
static inline int comp_form(const ctx *c, size_t i)
{
    const qawlp_token *t;
    int32_t slot;

    if (!is_word(c, i))
        return 0;
    t = tok(c, i);
    if (t->var_skip[0] != 0 || (slot = qawlp_var_slot(c->doc, t, 0)) < 0)
        return 0;
    return (c->lex->slots[slot].sections & QAWLP_BIT(QAWLP_SEC_COMP)) != 0;
}

/* Token I is a complementiser as written (no clitic stripped except the
 * article-free full form), e.g. إن، أنه، بأن (listed in the lexicon),
 * wherever it stands. */
static int comp_as_written(const ctx *c, size_t i)
{
    if (!comp_form(c, i))
        return 0;
    /* the second half of a compound (جاي-إن) is no word of its own, nor
     * is a name's last word (مون جاي إن إنه) */
    return !(i > 0 && qawlp_joining_hyphen(c->doc, i - 1)) &&
           !qawlp_comp_ends_name(c->doc, c->lex, i);
}

/* is_comp past comp_form. */
static int comp_opens_content(const ctx *c, size_t i);

/* Token I is a complementiser that opens content: as written, and not
 * after a word that makes it a time or manner clause. */
static inline int is_comp(const ctx *c, size_t i)
{
    return comp_form(c, i) && comp_opens_content(c, i);
}

static int comp_opens_content(const ctx *c, size_t i)
{
    if (!comp_as_written(c, i))
        return 0;
    /* قبل أن، بعد أن، دون أن: a time or manner clause, not content; only
     * a bridge preposition (أشار إلى أن، شدد على أن) or a time word that
     * ends the cue's adverbials (قال الشهر الماضي إن) may come between. */
    return !(i > 0 && qawlp_is(c->doc, c->lex, i - 1,
                               QAWLP_BIT(QAWLP_SEC_BOUNDARY)) &&
             !qawlp_is(c->doc, c->lex, i - 1,
                       QAWLP_BIT(QAWLP_SEC_BRIDGE) |
                           QAWLP_BIT(QAWLP_SEC_TIME)));
}

/* Complementiser with a leading conjunction (فإن، وأن), which resumes a
 * clause after a source phrase. */
static int is_conj_comp(const ctx *c, size_t i)
{
    const qawlp_token *t;
    size_t v;

    if (!is_word(c, i))
        return 0;
    t = tok(c, i);
    if (is_comp(c, i))
        return 1;
    for (v = 1; v < t->nvar; v++)
        if (t->var_skip[v] == t->conj && t->conj && qawlp_var_slot(c->doc, t, v) >= 0 &&
            (c->lex->slots[qawlp_var_slot(c->doc, t, v)].sections &
             QAWLP_BIT(QAWLP_SEC_COMP)))
            return 1;
    return 0;
}

static const qawlp_cue *cue_starting(const ctx *c, size_t i)
{
    if (i >= c->doc->tokens.n || c->cue_at[i] < 0)
        return NULL;
    return &c->doc->cues.v[c->cue_at[i]];
}

/* A cue that opens a new reporting clause: a participle (مضيفا), a verb
 * with a conjunction (وأضاف), or an attribution phrase (بحسب). */
static int starts_reporting_clause(const ctx *c, size_t i)
{
    const qawlp_cue *q = cue_starting(c, i);

    if (q == NULL)
        return 0;
    return q->section == QAWLP_SEC_PARTICIPLE ||
           q->section == QAWLP_SEC_ACCORDING ||
           ((q->section == QAWLP_SEC_VERB || q->section == QAWLP_SEC_DESCRIBE) &&
            q->conj);
}

/* Whether a complementiser follows the cue Q within a few tokens of its
 * sentence (its subject and commas between: قالت الوزيرة، سارة، إنها),
 * before another cue. */
static int has_own_comp(const ctx *c, const qawlp_cue *q)
{
    size_t j;

    for (j = q->last; j < q->last + NESTED_WINDOW && j < c->doc->tokens.n &&
                      !is_newline(c, j) && !is_sentence_end_tok(c, j) &&
                      !(cue_starting(c, j) &&
                        cue_starting(c, j)->section != QAWLP_SEC_RNOUN);
         j++)
        if (is_comp(c, j))
            return 1;
    return 0;
}

/* A verb cue at I or right after one more word (، كما قال / ، لكنه ذكر):
 * a new report begins.  After a relative pronoun only when that verb
 * has a content clause of its own (، التي قالت إنها …): a relative
 * clause that only describes the noun before it (، الذي تتحدث عنه
 * الصحف، …، الذي يعتبر "…") is part of the quote, which goes on. */
static int verb_cue_follows(const ctx *c, size_t i)
{
    size_t k;
    int relative = qawlp_is(c->doc, c->lex, i, QAWLP_BIT(QAWLP_SEC_RELATIVE));

    for (k = i; k < i + 2 && k < c->doc->tokens.n && is_word(c, k); k++) {
        const qawlp_cue *q = cue_starting(c, k);
        if (q && (q->section == QAWLP_SEC_VERB || q->section == QAWLP_SEC_DESCRIBE))
            return !relative || has_own_comp(c, q);
    }
    return 0;
}

static int is_quote_end_phrase(const ctx *c, size_t i)
{
    return qawlp_match(c->doc, c->lex, i, c->doc->tokens.n,
                       QAWLP_BIT(QAWLP_SEC_QUOTE_END), NULL) >= 0;
}

/* The writer's connective (بينما، في حين) right before a reporting verb,
 * with no comma (… "…" بينما قال الوزير "…"): another report begins.
 * Only checked after a closing mark: elsewhere فيما is also "in what"
 * (القادة فيما تسمى "…"). */
static int writer_then_verb(const ctx *c, size_t i)
{
    size_t n = 0;

    return qawlp_match(c->doc, c->lex, i, c->doc->tokens.n,
                       QAWLP_BIT(QAWLP_SEC_QUOTE_END), &n) >= 0 &&
           n > 0 && verb_cue_follows(c, i + n);
}

/* Whether a clause that reached token J (not a marked span's opening)
 * ends there; FIRST tells whether J is where the clause starts. */
static int ends_clause(const ctx *c, size_t j, int first)
{
    if (is_newline(c, j) || is_sentence_end_tok(c, j))
        return 1;
    if (is_clause_punct(c, j) &&
        (starts_reporting_clause(c, j + 1) || is_quote_end_phrase(c, j + 1) ||
         verb_cue_follows(c, j + 1) || opens_mark(c, j + 1)))
        return 1;
    if (!first && j > 0 && tok(c, j - 1)->kind == QAWLP_TOK_QMARK &&
        writer_then_verb(c, j))
        return 1;
    return !first && starts_reporting_clause(c, j) &&
           cue_starting(c, j)->section != QAWLP_SEC_ACCORDING;
}

/* The next token of a clause's walk after J: past a marked span whole. */
static size_t clause_step(const ctx *c, size_t j)
{
    return opens_mark(c, j) ? (size_t)tok(c, j)->pair + 1 : j + 1;
}

/* Where a clause that has reached token J, past its first, ends.  The
 * answer depends on J alone, so each token's is kept: the walks of many
 * cues over one long sentence share it instead of repeating it. */
static size_t clause_walk(ctx *c, size_t j)
{
    size_t from = j, end, n = c->doc->tokens.n;
    const qawlp_token *t = c->doc->tokens.v;

    /* clause_step's test of an opening mark made once a token: a marked
     * span is stepped over whole, any other token may end the clause */
    while (j < n && c->clause_stop[j] == 0) {
        if (t[j].kind == QAWLP_TOK_QMARK && t[j].pair > (int32_t)j)
            j = (size_t)t[j].pair + 1;
        else if (ends_clause(c, j, 0))
            break;
        else
            j++;
    }
    end = j >= n ? n : c->clause_stop[j] ? c->clause_stop[j] - 1 : j;
    for (j = from; j < end && c->clause_stop[j] == 0; j = clause_step(c, j))
        c->clause_stop[j] = (uint32_t)(end + 1);
    if (end < n)
        c->clause_stop[end] = (uint32_t)(end + 1);   /* a clause reaching it ends there */
    return end;
}

/* End (exclusive token index) of the clause that starts at FIRST. */
static size_t clause_end(ctx *c, size_t first)
{
    size_t n = c->doc->tokens.n;

    if (first >= n)
        return n;
    if (!opens_mark(c, first) && ends_clause(c, first, 1))
        return first;
    return clause_walk(c, clause_step(c, first));
}

/* Drops punctuation (but not a mark whose partner is inside) from both ends
 * of [*first, *last). */
static void trim(const ctx *c, size_t *first, size_t *last)
{
    while (*first < *last) {
        const qawlp_token *t = tok(c, *first);
        if (t->kind == QAWLP_TOK_WORD ||
            (t->kind == QAWLP_TOK_QMARK && t->pair > (int32_t)*first &&
             (size_t)t->pair < *last))
            break;
        (*first)++;
    }
    while (*last > *first) {
        const qawlp_token *t = tok(c, *last - 1);
        if (t->kind == QAWLP_TOK_WORD ||
            (t->kind == QAWLP_TOK_QMARK && t->pair >= 0 &&
             (size_t)t->pair < *last - 1 && (size_t)t->pair >= *first))
            break;
        (*last)--;
    }
}

/* The bytes of a set over N tokens (tokset_carve). */
static size_t tokset_bytes(size_t n)
{
    return (n / 64 + 1 + n / 64 / 64 + 1) * sizeof(uint64_t);
}

/* Sets S over N tokens in the zeroed bytes at *AT, moved past them. */
static void tokset_carve(tokset *s, size_t n, char **at)
{
    s->nblocks = n / 64 + 1;
    s->bits = (uint64_t *)(void *)*at;
    s->sum = s->bits + s->nblocks;
    *at += tokset_bytes(n);
}

static int tokset_has(const tokset *s, size_t i)
{
    return (int)(s->bits[i / 64] >> (i % 64) & 1);
}

/* The bits [LO, HI) of a word, 0 <= LO < HI <= 64. */
static uint64_t bit_span(size_t lo, size_t hi)
{
    return (hi == 64 ? ~UINT64_C(0) : (UINT64_C(1) << hi) - 1) &
           ~((UINT64_C(1) << lo) - 1);
}

/* Whether bitmap W has a bit in [A, B), A < B. */
static int bits_any(const uint64_t *w, size_t a, size_t b)
{
    size_t x = a / 64, y = (b - 1) / 64, k;

    if (x == y)
        return (w[x] & bit_span(a % 64, (b - 1) % 64 + 1)) != 0;
    if ((w[x] & bit_span(a % 64, 64)) || (w[y] & bit_span(0, (b - 1) % 64 + 1)))
        return 1;
    for (k = x + 1; k < y; k++)
        if (w[k])
            return 1;
    return 0;
}

/* Whether S holds a token of [A, B), A < B: the blocks at the ends by
 * their bits, those between by the summary. */
static int tokset_any(const tokset *s, size_t a, size_t b)
{
    size_t x = a / 64, y = (b - 1) / 64;

    if (x == y)
        return (s->bits[x] & bit_span(a % 64, (b - 1) % 64 + 1)) != 0;
    return (s->bits[x] & bit_span(a % 64, 64)) ||
           (s->bits[y] & bit_span(0, (b - 1) % 64 + 1)) ||
           (x + 1 < y && bits_any(s->sum, x + 1, y));
}

/* Adds the tokens of ADD (bits of block B) to S. */
static void tokset_add_block(tokset *s, size_t b, uint64_t add)
{
    if (add == 0)
        return;
    s->bits[b] |= add;
    s->sum[b / 64] |= UINT64_C(1) << (b % 64);
}

/* Token I starts a used cue or is claimed: its sentence holds a report. */
static void report_at(ctx *c, size_t i)
{
    tokset_add_block(&c->reported, i / 64, UINT64_C(1) << (i % 64));
}

/* Claims tokens [FIRST, LAST) and reports them, a block of 64 at a
 * time. */
static void claim_range(ctx *c, size_t first, size_t last)
{
    size_t b;

    for (b = first / 64; first < last; b++) {
        size_t lo = first % 64, hi = last - b * 64 < 64 ? last - b * 64 : 64;
        uint64_t want = bit_span(lo, hi);
        tokset_add_block(&c->claimed, b, want);
        tokset_add_block(&c->reported, b, want);
        first = (b + 1) * 64;
    }
}

static int any_claimed(const ctx *c, size_t first, size_t last)
{
    size_t n = c->doc->tokens.n;

    if (first >= last || first >= n)
        return 0;
    return tokset_any(&c->claimed, first, last < n ? last : n);
}

static size_t count_words(const ctx *c, size_t first, size_t last)
{
    size_t n = c->doc->tokens.n;

    if (first >= last || first >= n)
        return 0;
    return c->words_from[first] - c->words_from[last < n ? last : n];
}

/* Whether the leading و/ف of token I is a conjunction joining its clause
 * (a span never starts with it) rather than part of the word (واشنطن،
 * وزير): the word as written must be unknown to the lexicons, or the
 * stripped word known. */
static int joins_clause(const ctx *c, size_t i)
{
    const qawlp_token *t = tok(c, i);
    size_t v;

    if (t->kind != QAWLP_TOK_WORD || t->conj == 0)
        return 0;
    if (qawlp_var_slot(c->doc, t, 0) >= 0)
        return 0;
    for (v = 1; v < t->nvar; v++)
        if (t->var_skip[v] >= t->conj && qawlp_var_slot(c->doc, t, v) >= 0)
            return 1;
    /* Unknown either way: at a sentence start و/ف is a conjunction far
     * more often than the first letter of a name. */
    return 1;
}

/* Whether tokens [first, last) are one link: a run with no space that
 * holds a '/' (https://…، pic.twitter.com/…).  An address says nothing. */
static int only_a_link(const ctx *c, size_t first, size_t last)
{
    size_t k;
    int slash = 0;

    for (k = first; k < last; k++) {
        if (k > first && tok(c, k - 1)->end != tok(c, k)->start)
            return 0;
        slash |= is_punct_tok(c, k) && tok(c, k)->cp == '/';
    }
    return slash;
}

/* Adds a quote over content tokens [first, last).  Returns the new quote,
 * NULL when nothing was added (empty, overlapping or a bare link), and
 * sets *nomem. */
static struct qawl_quote *add_quote_at(ctx *c, size_t first, size_t last,
                                       qawl_quote_type type, int cue,
                                       int strip_conj, int *nomem)
{
    struct qawl_quote *q;

    trim(c, &first, &last);
    if (count_words(c, first, last) == 0 || any_claimed(c, first, last) ||
        only_a_link(c, first, last))
        return NULL;
    q = QAWLP_PUSH(c->doc->quotes);
    if (q == NULL) {
        *nomem = 1;
        return NULL;
    }
    q->first = (uint32_t)first;
    q->last = (uint32_t)last;
    q->nstart = tok(c, first)->start +
                (strip_conj && joins_clause(c, first) ? tok(c, first)->conj : 0);
    q->nend = tok(c, last - 1)->end;
    q->type = type;
    q->cue = cue;
    q->mention = -1;
    q->entity = -1;
    claim_range(c, first, last);
    if (cue >= 0) {
        c->doc->cues.v[cue].used = 1;
        report_at(c, c->doc->cues.v[cue].first);
    }
    return q;
}

static struct qawl_quote *add_quote(ctx *c, size_t first, size_t last,
                                    qawl_quote_type type, int cue, int *nomem)
{
    return add_quote_at(c, first, last, type, cue, 0, nomem);
}

/* Whether only punctuation stands between token I and the clause end. */
static int only_punct_until_end(const ctx *c, size_t i)
{
    size_t n = c->doc->tokens.n;

    while (i < n && !is_newline(c, i)) {
        if (is_clause_punct(c, i) &&
            (starts_reporting_clause(c, i + 1) || is_quote_end_phrase(c, i + 1)))
            return 1;
        if (!is_punct_tok(c, i))
            return 0;
        if (is_sentence_end_tok(c, i))
            return 1;
        i++;
    }
    return 1;
}

/* Whether cue Q reports findings, not speech: its subject, right after
 * it (وأظهرت أرقام، ويشير سجل الشبكة إلى أن) or right before a verb
 * with no conjunction (هذه البيانات تؤكد أن), is a figure, a data
 * source or a tracker (boundaries.txt [figure]; one word). */
static int reports_findings(const ctx *c, const qawlp_cue *q)
{
    size_t before = q->first;

    if (qawlp_is(c->doc, c->lex, q->last, QAWLP_BIT(QAWLP_SEC_FIGURE)))
        return 1;
    return q->section == QAWLP_SEC_VERB && !q->conj && before > 0 &&
           tok(c, before - 1)->sentence == tok(c, before)->sentence &&
           qawlp_is(c->doc, c->lex, before - 1, QAWLP_BIT(QAWLP_SEC_FIGURE));
}

/* A verb cue inside [first, last) with its own complementiser: the clause
 * reports a nested source, which speaks the innermost clause.  Inside
 * quotation marks that open the clause, everything is the quoted
 * speaker's (قيل إن "بعضهم يقول إن …"): a verb inside them is no
 * nested source. */
static int has_nested_report(const ctx *c, size_t first, size_t last)
{
    size_t i = first, j;

    if (opens_mark(c, first))
        i = (size_t)tok(c, first)->pair + 1;
    for (; i < last && i < first + NESTED_START; i++) {
        const qawlp_cue *q = cue_starting(c, i);
        if (q == NULL || q->section != QAWLP_SEC_VERB ||
            reports_findings(c, q))
            continue;
        /* the inner source has a subject of its own before its verb
         * (المنظمة تقول إنها); إنه يأمل أن is the same speaker */
        if (i == first)
            continue;
        for (j = q->last; j < last && j < q->last + NESTED_WINDOW; j++) {
            if (is_comp(c, j))
                return 1;
            if (!is_word(c, j))
                break;
        }
    }
    return 0;
}

/* Longest name before the comma of a relative clause that may be the
 * subject of a nested report. */
#define SUBJECT_WORDS 4

/* Whether the clause [first, last) is only the subject of the report
 * after it: a name of a few words with a relative clause set off by
 * commas, then a verb cue with no conjunction and its own complementiser
 * (وأضاف أن الاستراتيجية، التي نشرت أمس، أوضحت أن …): the inner source
 * speaks the inner clause (GUIDELINES, nested reporting).  Without the
 * relative clause a comma and a verb open a new report (وفيما أكد أن …،
 * شدد …); after a longer phrase the relative clause hangs on a clause of
 * its own. */
static int subject_of_next_report(const ctx *c, size_t first, size_t last)
{
    const qawlp_cue *q;
    size_t k;

    if (opens_mark(c, first) || !is_clause_punct(c, last) ||
        (q = cue_starting(c, last + 1)) == NULL ||
        q->section != QAWLP_SEC_VERB || q->conj || !has_own_comp(c, q))
        return 0;
    for (k = first + 1; k + 1 < last && count_words(c, first, k) <= SUBJECT_WORDS;
         k++)
        if (is_clause_punct(c, k))
            return qawlp_is(c->doc, c->lex, k + 1,
                            QAWLP_BIT(QAWLP_SEC_RELATIVE));
    return 0;
}

/* Content after a complementiser at COMP. */
static int quote_after_comp(ctx *c, int cue, size_t comp)
{
    size_t first = comp + 1, last = clause_end(c, first);
    int nomem = 0;

    if (has_nested_report(c, first, last) ||
        subject_of_next_report(c, first, last))
        return 0;
    /* Entirely inside one marked span, or a marked span that a comma or a
     * full stop closes (إنها "…"، رغم …: the writer takes over): direct. */
    if (opens_mark(c, first) && (size_t)tok(c, first)->pair < last &&
        (only_punct_until_end(c, (size_t)tok(c, first)->pair + 1) ||
         is_clause_punct(c, (size_t)tok(c, first)->pair + 1) ||
         writer_then_verb(c, (size_t)tok(c, first)->pair + 1))) {
        add_quote(c, first + 1, (size_t)tok(c, first)->pair,
                  QAWL_QUOTE_DIRECT, cue, &nomem);
        return nomem;
    }
    add_quote(c, first, last, QAWL_QUOTE_INDIRECT, cue, &nomem);
    /* …، "…": a quotation right after the clause goes on with the same
     * source and cue. */
    if (!nomem && is_clause_punct(c, last) && opens_mark(c, last + 1) &&
        count_words(c, last + 2, (size_t)tok(c, last + 1)->pair) > LABEL_WORDS)
        add_quote(c, last + 2, (size_t)tok(c, last + 1)->pair,
                  QAWL_QUOTE_DIRECT, cue, &nomem);
    return nomem;
}

static int quote_marked(ctx *c, int cue, size_t open)
{
    int nomem = 0;

    add_quote(c, open + 1, (size_t)tok(c, open)->pair, QAWL_QUOTE_DIRECT, cue,
              &nomem);
    return nomem;
}

/* Content after a colon cue at COLON. */
static int quote_after_colon(ctx *c, int cue, size_t colon)
{
    size_t first = colon + 1, last = first;
    int nomem = 0;

    /* As after a complementiser: a marked span that ends the clause, or
     * that a comma closes (قيل: "…"، رغم التحذيرات …: the writer takes
     * over) or a connective and a new report (بينما قال …), is the quote. */
    if (opens_mark(c, first) &&
        (only_punct_until_end(c, (size_t)tok(c, first)->pair + 1) ||
         is_clause_punct(c, (size_t)tok(c, first)->pair + 1) ||
         writer_then_verb(c, (size_t)tok(c, first)->pair + 1)))
        return quote_marked(c, cue, first);
    if (last < c->doc->tokens.n)
        last = c->line_end[last];
    add_quote(c, first, last, QAWL_QUOTE_INDIRECT, cue, &nomem);
    return nomem;
}

/* A short marked span that the clause goes on after (قال لـ"رويترز" إن،
 * قالت منظمة "هيومن رايتس ووتش" في تقرير): it names a source or a medium,
 * it is not what was said. */
static int is_label_span(const ctx *c, size_t open)
{
    size_t close = (size_t)tok(c, open)->pair;

    return count_words(c, open + 1, close) <= LABEL_WORDS &&
           !only_punct_until_end(c, close + 1);
}

/* Whether cue Q, a word that may also be a preposition (بيّن "showed" /
 * بين "between"), reads as the verb when its complementiser follows it at
 * once: it opens its clause (وبيّن أن، ، بين أنه) or follows an auxiliary
 * (كان قد بيّن أن); after any other word it is the preposition (أن
 * يختاروا بين أن …). */
static int opens_clause(const ctx *c, const qawlp_cue *q)
{
    size_t k = q->first;

    return q->conj || k == 0 || !is_word(c, k - 1) ||
           qawlp_is(c->doc, c->lex, k - 1, QAWLP_BIT(QAWLP_SEC_AUXILIARY));
}

/* Whether cue Q, a verb that reports only before a complementiser
 * (content=clause: بين "between", يدعى "is named" folded with يدعي
 * "claims"), has none of its own: it is the other word, and the cue
 * before it goes on (وقال أحد الجيران ويُدعى فلان: "…"). */
static int other_word(const ctx *c, const qawlp_cue *q)
{
    if (q->entry < 0 || !c->lex->entries.v[q->entry].clause_only)
        return 0;
    /* a participle reports only with its complementiser right after it
     * (مقرا بأن …); one further on is another verb's (تتخذ من برلين مقرا
     * لها، لـCNN إن …) */
    if (q->section == QAWLP_SEC_PARTICIPLE)
        return !is_comp(c, q->last);
    /* a common noun right after it is its object, a preposition's
     * (يتحدث عبر الفيديو، إنه …: the complementiser is another verb's) */
    if (q->last < c->doc->tokens.n && is_word(c, q->last) &&
        qawlp_namelike_token(c->doc, c->lex, q->last, NULL) == QAWLP_NAMELIKE_NOT_NAME)
        return 1;
    return !has_own_comp(c, q);
}

/* Whether token I is a word of one letter: a preposition written apart
 * (بـ "…"، لـ "…"). */
static int lone_letter(const ctx *c, size_t i)
{
    return is_word(c, i) &&
           qawlp_count_chars(c->doc->norm + tok(c, i)->start,
                             tok(c, i)->end - tok(c, i)->start, 2) == 1;
}

/* Whether word token I carries the article (after its conjunction). */
static int definite(const ctx *c, size_t i)
{
    const qawlp_token *t = tok(c, i);
    size_t skip = 0;

    if (!is_word(c, i))
        return 0;
    qawlp_strip_article(c->lex, c->doc->norm + t->start + t->conj,
                        t->end - t->start - t->conj, &skip);
    return skip > 0;
}

/* Whether the reporting noun Q is an adjective of the definite noun right
 * before it (التاريخ الحديث "modern history"), not a report. */
static int noun_is_adjective(const ctx *c, const qawlp_cue *q)
{
    size_t k = q->first;

    return q->section == QAWLP_SEC_RNOUN && k > 0 && !tok(c, k)->conj &&
           definite(c, k) && definite(c, k - 1) && !cue_starting(c, k - 1);
}

/* The most words an aside between commas holds (وقال المسؤول، الذي طلب
 * عدم الكشف عن هويته، إن …). */
#define ASIDE_WORDS 8

/* Where the aside that reporting cue Q opens ends: Q stands right after
 * a comma (past a relative pronoun), and a comma closes its words before
 * any complementiser, with a complementiser right after it; the content
 * after that comma is the earlier cue's.  0 when Q opens no aside. */
static size_t aside_cue_end(const ctx *c, const qawlp_cue *q)
{
    size_t b = q->first, k;

    if (b > 0 && qawlp_is(c->doc, c->lex, b - 1, QAWLP_BIT(QAWLP_SEC_RELATIVE)))
        b--;
    /* no conjunction and no subject of its own after it (…، وقالت
     * الوزارة، إن …; …، قالت الوزارة في بيان، إن … open reports) */
    if (b == 0 || !is_clause_punct(c, b - 1) || q->conj ||
        q->section != QAWLP_SEC_VERB ||
        qawlp_is(c->doc, c->lex, q->last, QAWLP_TITLE_SECTIONS | QAWLP_ORG_SECTIONS |
                                              QAWLP_ANON_SECTIONS | QAWLP_PLACE_SECTIONS) ||
        qawlp_namelike_token(c->doc, c->lex, q->last, NULL) == QAWLP_NAMELIKE_NAME)
        return 0;
    for (k = q->last; k < c->doc->tokens.n && k < q->last + ASIDE_WORDS; k++) {
        if (is_newline(c, k) || is_sentence_end_tok(c, k) || is_comp(c, k) ||
            opens_mark(c, k))
            return 0;
        if (is_clause_punct(c, k))
            return k > q->last && is_comp(c, k + 1) ? k : 0;
    }
    return 0;
}

/* Patterns 1-3: what follows a verb, participle, noun or describing cue. */
static int quote_after_cue(ctx *c, int ci)
{
    const qawlp_cue *q = &c->doc->cues.v[ci];
    size_t j, stop = q->last + LONG_CONTENT_WINDOW;
    int clause_only;

    /* Figures (وتشير التقديرات إلى أن، وأظهرت أرقام) are findings, not
     * reported speech. */
    if (reports_findings(c, q) || noun_is_adjective(c, q))
        return 0;
    /* asked at every token of the window: read once */
    clause_only = q->entry >= 0 && c->lex->entries.v[q->entry].clause_only;
    for (j = q->last; j < c->doc->tokens.n && j < stop; j++) {
        if (j >= q->last + CONTENT_WINDOW && !is_newline(c, j) &&
            !is_sentence_end_tok(c, j) && !cue_starting(c, j) &&
            !(is_clause_punct(c, j - 1) && is_comp(c, j)) &&
            !(is_punct_tok(c, j) && tok(c, j)->cp == ':' &&
              opens_mark(c, j + 1)) &&
            !(q->section == QAWLP_SEC_DESCRIBE && opens_mark(c, j) &&
              lone_letter(c, j - 1)))
            continue;   /* past the window: only ، إن، : "…" and بـ"…" */
        if (is_newline(c, j) || is_sentence_end_tok(c, j))
            return 0;
        if (cue_starting(c, j) &&
            cue_starting(c, j)->section != QAWLP_SEC_ACCORDING &&
            cue_starting(c, j)->section != QAWLP_SEC_RNOUN &&
            !other_word(c, cue_starting(c, j))) {
            size_t aside = q->section == QAWLP_SEC_VERB ? aside_cue_end(c, cue_starting(c, j)) : 0;
            if (aside == 0)
                return 0;   /* the next reporting verb owns what follows */
            j = aside;      /* …، طلبوا التحفظ على هوياتهم، إن …: an aside */
            continue;
        }
        if (is_comp(c, j) || (j == q->last && opens_clause(c, q) &&
                              comp_as_written(c, j)))
            return quote_after_comp(c, ci, j);
        if (clause_only &&
            (opens_mark(c, j) || (is_punct_tok(c, j) && tok(c, j)->cp == ':')))
            return 0;   /* بين "between", قدر "amount": not a report here */
        if (is_punct_tok(c, j) && tok(c, j)->cp == ':')
            return quote_after_colon(c, ci, j);
        if (opens_mark(c, j)) {
            if (q->section != QAWLP_SEC_DESCRIBE && is_label_span(c, j)) {
                j = (size_t)tok(c, j)->pair;
                continue;
            }
            if (q->section == QAWLP_SEC_RNOUN)
                return 0;   /* a noun needs a content clause */
            /* One marked word after a plain verb names a thing (على موقع
             * "فيسبوك"); describing verbs take one word (وصفه بـ"…"). */
            if (q->section != QAWLP_SEC_DESCRIBE &&
                count_words(c, j + 1, (size_t)tok(c, j)->pair) < 2) {
                j = (size_t)tok(c, j)->pair;
                continue;
            }
            return quote_marked(c, ci, j);
        }
    }
    return 0;
}

/* Pattern 4: "…"، قال المتحدث — a marked span followed by its cue. */
static int quotes_before_cues(ctx *c)
{
    size_t m;

    for (m = 0; m < c->doc->marked.n; m++) {
        size_t open = c->doc->marked.v[m].open, close = c->doc->marked.v[m].close;
        size_t j = close + 1, skipped_words = 0;
        const qawlp_cue *q = NULL;
        int nomem = 0;

        if (tokset_has(&c->claimed, open + 1 < close ? open + 1 : open) ||
            count_words(c, open + 1, close) <= BEFORE_CUE_MIN_WORDS)
            continue;
        while (j < c->doc->tokens.n && is_punct_tok(c, j) && j < close + 4)
            j++;
        if (j == close + 1)
            continue;   /* "…" أكدت: the marks name the subject */
        /* one word may stand between (هكذا تحدث) */
        if (!cue_starting(c, j) && is_word(c, j) && skipped_words == 0)
            j++;
        q = cue_starting(c, j);
        if (q == NULL || q->conj ||
            (q->section != QAWLP_SEC_VERB && q->section != QAWLP_SEC_ACCORDING))
            continue;
        add_quote(c, open + 1, close, QAWL_QUOTE_DIRECT, c->cue_at[j], &nomem);
        if (nomem)
            return 1;
        if (c->doc->quotes.n && c->doc->quotes.v[c->doc->quotes.n - 1].cue ==
                                    c->cue_at[j])
            c->doc->quotes.v[c->doc->quotes.n - 1].cue_after = 1;
    }
    return 0;
}

/* How far around a quotation to look for its repetition: an article's
 * subheading and its body are close; a bound keeps a document of many
 * such paragraphs linear. */
#define REPEAT_WINDOW ((size_t)1 << 16)

/* Whether the words of [first, last) occur again near them in the text:
 * a subheading that repeats a quotation is not a quote of its own. */
static int repeats_elsewhere(const ctx *c, size_t first, size_t last)
{
    const char *norm = c->doc->norm;
    size_t a, n, from, to;
    const char *p;

    if (last <= first)
        return 0;   /* empty marks ("") hold nothing to repeat */
    a = tok(c, first)->start;
    n = tok(c, last - 1)->end - a;
    if (n < 8)
        return 0;
    from = a > REPEAT_WINDOW ? a - REPEAT_WINDOW : 0;
    to = c->doc->norm_len - a - n > REPEAT_WINDOW ? a + n + REPEAT_WINDOW
                                                  : c->doc->norm_len;
    for (p = norm + from; (p = memmem(p, to - (size_t)(p - norm), norm + a, n));
         p++)
        if ((size_t)(p - norm) != a)
            return 1;
    return 0;
}

/* A quotation with this many words is a statement even without closing
 * punctuation; a subheading in marks is a short label. */
#define STATEMENT_WORDS 6

/* Whether the marked span OPEN..CLOSE reads as a whole quoted sentence,
 * not a subheading (GUIDELINES): sentence punctuation closes it, inside
 * or right after the marks, or it is long. */
static int quoted_sentence(const ctx *c, size_t open, size_t close)
{
    return (close > open + 1 && is_sentence_end_tok(c, close - 1)) ||
           (close + 1 < c->doc->tokens.n && is_sentence_end_tok(c, close + 1)) ||
           count_words(c, open + 1, close) >= STATEMENT_WORDS;
}

/* Pattern 5: a paragraph that is only a quoted sentence continues the
 * previous speaker (press convention); with no quote before it, it is
 * still a quote, with no source, wherever it stands.  A short quoted
 * label with no sentence punctuation is a subheading, after a quote or
 * not (GUIDELINES). */
static int bare_paragraph_quotes(ctx *c)
{
    size_t i, n = c->doc->tokens.n;

    /* from line start to line start (after each newline) */
    for (i = 0; i < n; i = c->line_end[i] + 1) {
        size_t close;
        int nomem = 0;

        if (!opens_mark(c, i))
            continue;
        close = (size_t)tok(c, i)->pair;
        if (!quoted_sentence(c, i, close) ||
            !only_punct_until_end(c, close + 1) ||
            repeats_elsewhere(c, i + 1, close))
            continue;
        add_quote(c, i + 1, close, QAWL_QUOTE_DIRECT, -1, &nomem);
        if (nomem)
            return 1;
    }
    return 0;
}

/* Whether the sentence of token I already holds a quote or a used cue. */
static int sentence_has_report(const ctx *c, size_t i)
{
    const qawlp_sentence *s = &c->doc->sentences.v[tok(c, i)->sentence];
    size_t n = c->doc->tokens.n, last = s->last < n ? s->last : n;

    return s->first < last && tokset_any(&c->reported, s->first, last);
}

/* A word with a conjunction whose rest is in one of the sections of
 * MASK (فقد، فإن): a clause resumes there. */
static int resumes_clause(const ctx *c, size_t i, uint64_t mask)
{
    const qawlp_token *t = tok(c, i);
    size_t v;

    if (!is_word(c, i) || t->conj == 0)
        return 0;
    for (v = 1; v < t->nvar; v++)
        if (t->var_skip[v] == t->conj && qawlp_var_slot(c->doc, t, v) >= 0 &&
            (c->lex->slots[qawlp_var_slot(c->doc, t, v)].sections & mask))
            return 1;
    return 0;
}

/* Where the content starts in [first, last): after a complementiser that
 * opens it within a few words (ووفق المشروع فقد كشفت وقائع ميدانية أن …),
 * else at FIRST. */
static size_t content_after_comp(const ctx *c, size_t first, size_t last)
{
    size_t j;

    for (j = first; j < last && j < first + NESTED_WINDOW && is_word(c, j); j++)
        if (is_comp(c, j))
            return j + 1;
    return first;
}

/* Whether cue Q is an embedded post's signature (cues.c): an attribution
 * cue that is the dash before the author, not a word. */
static int is_post_signature(const ctx *c, const qawlp_cue *q)
{
    return q->section == QAWLP_SEC_ACCORDING &&
           tok(c, q->first)->kind == QAWLP_TOK_PUNCT;
}

/* Pattern 7: an embedded post, "text — Name (@handle) date": the text of
 * its line before the dash, without the link to its picture or page that
 * ends it (pic.twitter.com/…، https://t.co/…: one run of tokens with no
 * space and a '/'), is the author's. */
static int post_quotes(ctx *c)
{
    size_t ci;

    for (ci = 0; ci < c->doc->cues.n; ci++) {
        const qawlp_cue *q = &c->doc->cues.v[ci];
        size_t first, last = q->first, run;
        int link = 0, nomem = 0;

        if (!is_post_signature(c, q))
            continue;
        first = last;
        while (first > 0 && !is_newline(c, first - 1))
            first--;
        while (last > first && is_punct_tok(c, last - 1) &&
               tok(c, last - 1)->cp != '/')
            last--;   /* the ellipsis of a cut post */
        for (run = last; run > first + 1 &&
                         tok(c, run - 2)->end == tok(c, run - 1)->start;
             run--)
            link |= is_punct_tok(c, run - 2) && tok(c, run - 2)->cp == '/';
        if (link && run > first)
            last = run - 1;
        add_quote(c, first, last, QAWL_QUOTE_DIRECT, (int)ci, &nomem);
        if (nomem)
            return 1;
    }
    return 0;
}

/* Longest dateline: place words, the agency in parentheses, the dash. */
#define DATELINE_TOKENS 12

/* Whether token I of DOC is punctuation written as CP. */
static int doc_punct_is(const qawlp_doc *doc, size_t i, uint32_t cp)
{
    return i < doc->tokens.n && doc->tokens.v[i].kind == QAWLP_TOK_PUNCT &&
           doc->tokens.v[i].cp == cp;
}

static int doc_is_dash(const qawlp_doc *doc, size_t i)
{
    return doc_punct_is(doc, i, '-') || doc_punct_is(doc, i, 0x2013) ||
           doc_punct_is(doc, i, 0x2014);
}

/* Where a clause that opens its paragraph starts after the dateline of
 * an agency, "(CNN)--" or "دبي، الإمارات (CNN) –": a few place words
 * and commas, the agency in parentheses and a dash.  The format tells
 * it, not the names.  FIRST when there is none. */
size_t qawlp_dateline_end(const qawlp_doc *doc, size_t first, size_t last)
{
    size_t k, open = (size_t)-1;

    if (first > 0 && doc->tokens.v[first - 1].kind != QAWLP_TOK_NEWLINE)
        return first;
    for (k = first; k < last && k < first + DATELINE_TOKENS; k++) {
        const qawlp_token *t = &doc->tokens.v[k];
        if (doc_punct_is(doc, k, '(')) {
            open = k;
        } else if (doc_punct_is(doc, k, ')')) {
            if (open == (size_t)-1 || k == open + 1 || !doc_is_dash(doc, k + 1))
                return first;
            for (k++; k < last && doc_is_dash(doc, k); k++)
                ;
            return k;
        } else if (t->kind != QAWLP_TOK_WORD &&
                   !(t->kind == QAWLP_TOK_PUNCT &&
                     (t->cp == ',' || t->cp == 0x060C || t->cp == ';' || t->cp == 0x061B))) {
            return first;
        }
    }
    return first;
}

/* Pattern 6: بحسب / وفقا ل + source in a sentence with no cue of its own. */
static int according_quotes(ctx *c)
{
    size_t ci;

    for (ci = 0; ci < c->doc->cues.n; ci++) {
        const qawlp_cue *q = &c->doc->cues.v[ci];
        const qawlp_sentence *s = &c->doc->sentences.v[tok(c, q->first)->sentence];
        size_t first = s->first, last = q->first, src = q->last;
        int nomem = 0, strip = 1;

        if (q->section != QAWLP_SEC_ACCORDING || is_post_signature(c, q) ||
            sentence_has_report(c, q->first))
            continue;
        while (src < s->last && is_word(c, src) && tok(c, src)->end - tok(c, src)->start <= 2)
            src++;   /* a lone clitic: وفقا لـ مصادر */
        if (qawlp_is(c->doc, c->lex, src, QAWLP_BIT(QAWLP_SEC_FIGURE)))
            continue;   /* figures are not a source */
        /* حسبما تخطط.: "what" and a verb that reports nothing, with no
         * word after it, "as planned", names no source (حسبما يقول، with
         * a reporting verb, continues its speaker) */
        if (q->entry >= 0 && c->lex->entries.v[q->entry].verb_next &&
            (src + 1 >= s->last ||
             (!is_word(c, src + 1) && !opens_mark(c, src + 1))) &&
            !(cue_starting(c, src) &&
              cue_starting(c, src)->section == QAWLP_SEC_VERB))
            continue;
        if (count_words(c, first, last) <= 1) {
            /* بحسب X، فإن …: the content follows the source phrase. */
            size_t j = src;
            /* The source phrase ends at a comma or where a clause resumes
             * with ف (فقد، فإن); the resuming فإن or فقد is no content. */
            while (j < s->last && !is_clause_punct(c, j) &&
                   !(j > src &&
                     resumes_clause(c, j, QAWLP_BIT(QAWLP_SEC_BOUNDARY) |
                                              QAWLP_BIT(QAWLP_SEC_COMP) |
                                              QAWLP_BIT(QAWLP_SEC_AUXILIARY))))
                j++;
            if (is_clause_punct(c, j)) {
                j++;
            }
            if (j < s->last &&
                (is_conj_comp(c, j) ||
                 resumes_clause(c, j, QAWLP_BIT(QAWLP_SEC_AUXILIARY))))
                j++;
            first = content_after_comp(c, j, s->last);
            /* the clause ends as after a complementiser (، وأضاف …، "…") */
            last = first < s->last ? clause_end(c, first) : s->last;
            if (last > s->last)
                last = s->last;
        } else {
            /* the first word after a dateline is the paragraph's own, its
             * و part of it (وجّهت) */
            size_t body = qawlp_dateline_end(c->doc, first, last);
            strip = body == first;
            first = body;
            if (last > first && is_clause_punct(c, last - 1) &&
                last - 1 > first && is_quote_end_phrase(c, last - 2))
                last -= 2;   /* …، وذلك بحسب */
        }
        add_quote_at(c, first, last, QAWL_QUOTE_INDIRECT, (int)ci, strip,
                     &nomem);
        /* …، "…": a quotation right after the clause goes on with the
         * same source */
        if (!nomem && last < s->last && is_clause_punct(c, last) &&
            opens_mark(c, last + 1) &&
            count_words(c, last + 2, (size_t)tok(c, last + 1)->pair) > LABEL_WORDS)
            add_quote(c, last + 2, (size_t)tok(c, last + 1)->pair,
                      QAWL_QUOTE_DIRECT, (int)ci, &nomem);
        if (nomem)
            return 1;
    }
    return 0;
}

static int by_position(const void *a, const void *b)
{
    const struct qawl_quote *x = a, *y = b;

    return (x->nstart > y->nstart) - (x->nstart < y->nstart);
}

/* Sorts the quotes by position.  They come in a few ascending runs (cue
 * by cue, then pattern by pattern), so an insertion sort does about a
 * comparison a quote, where qsort, on elements this large, sorted
 * pointers and then moved the quotes.  No two quotes share a token, so
 * their positions differ and any sort gives the same order: past a
 * budget of moves (runs that interleave at length) qsort finishes.
 * (qsort must not see a null array, even an empty one.) */
static void sort_quotes(qawlp_doc *doc)
{
    struct qawl_quote *v = doc->quotes.v, q;
    size_t n = doc->quotes.n, budget = 4 * n + 16, i, j;

    for (i = 1; i < n; i++) {
        if (v[i - 1].nstart <= v[i].nstart)
            continue;
        for (j = i; j > 0 && v[j - 1].nstart > v[i].nstart; j--)
            ;
        if (i - j > budget) {
            qsort(v, n, sizeof *v, by_position);
            return;
        }
        budget -= i - j;
        q = v[i];
        memmove(v + j + 1, v + j, (i - j) * sizeof *v);
        v[j] = q;
    }
}

/* Fills the tables that stay fixed through the stage: the cue at each
 * token, the words from it on and the end of its line. */
static void fill_tables(ctx *c)
{
    const qawlp_token *t = c->doc->tokens.v;
    size_t i, n = c->doc->tokens.n;
    uint32_t words = 0, end = (uint32_t)n;

    memset(c->cue_at, 0xFF, (n + 1) * sizeof *c->cue_at);   /* all -1 */
    for (i = 0; i < c->doc->cues.n; i++)
        c->cue_at[c->doc->cues.v[i].first] = (int)i;
    /* one pass from the end, the running values in registers */
    c->words_from[n] = 0;
    c->line_end[n] = end;
    for (i = n; i-- > 0;) {
        uint8_t kind = t[i].kind;
        words += kind == QAWLP_TOK_WORD;
        end = kind == QAWLP_TOK_NEWLINE ? (uint32_t)i : end;
        c->words_from[i] = words;
        c->line_end[i] = end;
    }
}

/* The document's tables in one block: made and freed for each document,
 * their nine allocations cost as much as some of the work that fills
 * them.  The sets and clause_stop are zeroed; fill_tables writes every
 * entry of cue_at, line_end and words_from.  -1 when out of memory (or N
 * absurd). */
static int alloc_tables(ctx *c, size_t n)
{
    size_t zeroed = 2 * tokset_bytes(n) + (n + 1) * sizeof *c->clause_stop,
           filled = (n + 1) * (sizeof *c->cue_at + sizeof *c->line_end +
                               sizeof *c->words_from);
    char *at;

    c->block = NULL;
    if (n > SIZE_MAX / 64)
        return -1;
    c->block = qawlp_malloc(zeroed + filled);
    if (c->block == NULL)
        return -1;
    at = c->block;
    memset(at, 0, zeroed);
    tokset_carve(&c->claimed, n, &at);
    tokset_carve(&c->reported, n, &at);
    c->clause_stop = (uint32_t *)(void *)at;
    at += (n + 1) * sizeof *c->clause_stop;
    c->cue_at = (int *)(void *)at;
    at += (n + 1) * sizeof *c->cue_at;
    c->line_end = (uint32_t *)(void *)at;
    at += (n + 1) * sizeof *c->line_end;
    c->words_from = (uint32_t *)(void *)at;
    return 0;
}

qawl_status qawlp_quotes_run(qawlp_doc *doc, const qawl_lexicon *lex,
                             qawl_error *err)
{
    ctx c;
    size_t i, n = doc->tokens.n;
    int nomem = 0;

    c.doc = doc;
    c.lex = lex;
    if (alloc_tables(&c, n)) {
        nomem = 1;
        goto done;
    }
    fill_tables(&c);

    nomem = post_quotes(&c);
    for (i = 0; i < doc->cues.n && !nomem; i++) {
        const qawlp_cue *q = &doc->cues.v[i];
        if (q->section == QAWLP_COLON_CUE)
            nomem = quote_after_colon(&c, (int)i, q->first);
        else if (q->section != QAWLP_SEC_ACCORDING)
            nomem = quote_after_cue(&c, (int)i);
    }
    if (!nomem)
        nomem = quotes_before_cues(&c);
    if (!nomem) {
        sort_quotes(doc);
        nomem = bare_paragraph_quotes(&c);
    }
    if (!nomem)
        nomem = according_quotes(&c);
    sort_quotes(doc);
done:
    qawlp_free(c.block);
    if (nomem)
        return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                               "out of memory");
    return QAWL_OK;
}
