/*
 * prefix.c — the letters a lexicon pattern's matches can begin with, read
 * from the pattern's text.
 *
 * The scan of lexicon.c tries a pattern only at the words whose first two
 * letters (and after a clitic's letter, the first three) can begin one of
 * its matches: the masks first, second and third of qawlp_entry.  They
 * were found by running the compiled pattern, partially, on every letter,
 * pair and triple (some 900 runs of PCRE2 per pattern, a fifth of the
 * start-up).  This reads them from the pattern instead, for the part of
 * PCRE2's syntax the shipped patterns use: literals, classes, \s \S \w \W
 * \d \D, ., \b, groups, alternatives and quantifiers.  A pattern with
 * anything else (a lookaround, \p, a back reference, an option) answers
 * "not read" and lexicon.c runs the probes as before.
 *
 * The question answered is the probes' own: can a match begin with the
 * letters S (one to three of them)?  PCRE2, asked for a partial match,
 * says yes when some path through the pattern matches all of S and
 * still wants more (it reached the end of S) or completes the pattern on
 * a prefix of S.  That is a walk of the pattern's automaton over S, one
 * symbol at a time.  The symbols are the probes' letters: U+0621 + k for
 * k < 63, and for bit 63 six stand-ins (a z 0 9 _ and the space).
 * check_lexicon compares the masks read here with the probes' for every
 * shipped pattern and hundreds of random ones.  They agree but where a
 * probe hits PCRE2's match limit (patterns of nested repeats that can
 * match nothing): the probe keeps the letters, since a limit may hide a
 * match, while no path of the pattern reads them, so no match can begin
 * with them and the scan, which would get no match there either, skips
 * the word.
 */
#include <config.h>

#include <limits.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* A set of symbols: LO bit k for letter k (k < 63); HI bits 0-5 for the
 * stand-ins a z 0 9 _ and space, bit 6 for the subject's end. */
typedef qawlp_symset symset;

#define NLETTERS 63
#define HI_OTHERS UINT64_C(0x3F)
#define HI_END UINT64_C(0x40)
#define LO_ALL ((UINT64_C(1) << NLETTERS) - 1)

/* Beyond these the reader gives up (the probes then run): an automaton
 * this large, or groups this deep, are no lexicon pattern's. */
#define MAX_NODES 4096
#define MAX_DEPTH 64
/* Copies of a repeated item: at most three letters are read, so an item
 * repeated four times or more is an item repeated at will. */
#define MAX_COPIES 4
#define UNBOUNDED (-1)

static const symset none_set = {0, 0};
static const symset all_set = {LO_ALL, HI_OTHERS};

static symset set_or(symset a, symset b)
{
    a.lo |= b.lo;
    a.hi |= b.hi;
    return a;
}

static symset set_and(symset a, symset b)
{
    a.lo &= b.lo;
    a.hi &= b.hi;
    return a;
}

/* Every symbol but those of A (the end is no symbol). */
static symset set_not(symset a)
{
    a.lo = ~a.lo & LO_ALL;
    a.hi = ~a.hi & HI_OTHERS;
    return a;
}

static int set_has(symset a, int x)
{
    return x < NLETTERS ? (int)(a.lo >> x & 1)
                        : (int)(a.hi >> (x - NLETTERS) & 1);
}

/* The symbol of code point CP, or -1 when no probe uses it. */
static int symbol_of(uint32_t cp)
{
    static const char others[] = "az09_ ";
    const char *o;

    if (cp >= 0x0621 && cp < 0x0621 + NLETTERS)
        return (int)(cp - 0x0621);
    if (cp == 0 || cp >= 0x80)
        return -1;
    o = strchr(others, (int)cp);
    return o ? NLETTERS + (int)(o - others) : -1;
}

/* The symbols whose code points lie in [LO, HI]. */
static symset range_set(uint32_t lo, uint32_t hi)
{
    static const char others[] = "az09_ ";
    symset s = none_set;
    uint32_t a = lo > 0x0621 ? lo : 0x0621,
             b = hi < 0x0621 + NLETTERS - 1 ? hi : 0x0621 + NLETTERS - 1;
    int k;

    if (a <= b)                       /* at most 63 letters */
        s.lo = ((UINT64_C(1) << (b - a + 1)) - 1) << (a - 0x0621);
    for (k = 0; others[k]; k++)
        if ((uint32_t)(unsigned char)others[k] >= lo &&
            (uint32_t)(unsigned char)others[k] <= hi)
            s.hi |= UINT64_C(1) << k;
    return s;
}

/* ------------------------------------------------------------- reading */

/* The pattern as a tree: a symbol set, \b, a sequence or alternatives of
 * children (CHILD, then each one's NEXT), or a repeat of CHILD. */
enum { T_SET, T_WB, T_SEQ, T_ALT, T_REPEAT, T_ACCEPT };

typedef struct {
    uint8_t kind;
    uint8_t literal;        /* T_SET: a literal character, CP exactly */
    uint32_t cp;
    int min, max;           /* T_REPEAT: max is UNBOUNDED or a count */
    int child, next;        /* first child; next sibling (-1: none) */
    symset set;             /* T_SET */
} tree;

/* The automaton: a node matches one symbol of SET and leads on to OUT
 * (T_SET), is \b (T_WB, then OUT), leads on to both OUT and OUT2 without
 * reading (T_ALT), or ends the pattern (T_ACCEPT). */
typedef struct {
    uint8_t kind;
    int out, out2;
    symset set;
} node;

typedef struct {
    const unsigned char *p, *end;
    symset word;            /* the symbols \w matches */
    QAWLP_VEC(tree) trees;
    QAWLP_VEC(node) nodes;
    int depth;
    int bad;                /* 1: outside the syntax read; -1: nomem */
} reader;

static int new_tree(reader *r, int kind)
{
    tree *t;

    if (r->bad)
        return -1;
    t = QAWLP_PUSH(r->trees);
    if (t == NULL) {
        r->bad = -1;
        return -1;
    }
    memset(t, 0, sizeof *t);
    t->kind = (uint8_t)kind;
    t->child = t->next = -1;
    return (int)(r->trees.n - 1);
}

static int set_tree(reader *r, symset s)
{
    int t = new_tree(r, T_SET);

    if (t >= 0)
        r->trees.v[t].set = s;
    return t;
}

/* The set of escape \C (the backslash read), or -1 for an escape that is
 * no set.  Sets *S. */
static int escape_set(const reader *r, unsigned char c, symset *s)
{
    switch (c) {
    case 's': *s = range_set(' ', ' '); return 0;
    case 'S': *s = set_not(range_set(' ', ' ')); return 0;
    case 'w': *s = r->word; return 0;
    case 'W': *s = set_not(r->word); return 0;
    case 'd': *s = range_set('0', '9'); return 0;
    case 'D': *s = set_not(range_set('0', '9')); return 0;
    default: return -1;
    }
}

/* Reads one code point at r->p into *CP: a literal, or an escaped ASCII
 * punctuation character.  0, or 1 when it is something else. */
static int read_literal(reader *r, uint32_t *cp)
{
    int n;

    if (r->p >= r->end)
        return 1;
    if (*r->p == '\\') {
        unsigned char c;
        if (r->p + 1 >= r->end)
            return 1;
        c = r->p[1];
        /* \ before an ASCII letter or digit is an escape of its own */
        if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
            (c >= '0' && c <= '9'))
            return 1;
        *cp = c;
        r->p += 2;
        return 0;
    }
    n = qawlp_utf8_decode(r->p, (size_t)(r->end - r->p), cp);
    if (n <= 0)
        return 1;
    r->p += n;
    return 0;
}

/* A class [...], r->p past the '['. */
static int read_class(reader *r)
{
    symset s = none_set;
    int negate = 0, first = 1;

    if (r->p < r->end && *r->p == '^') {
        negate = 1;
        r->p++;
    }
    for (;;) {
        uint32_t lo, hi;
        symset e;
        if (r->p >= r->end) {
            r->bad = 1;
            return -1;
        }
        if (*r->p == ']' && !first)
            break;
        first = 0;
        if (*r->p == '[') {           /* [:alpha:] and the like */
            r->bad = 1;
            return -1;
        }
        if (*r->p == '\\' && r->p + 1 < r->end &&
            escape_set(r, r->p[1], &e) == 0) {
            s = set_or(s, e);
            r->p += 2;
            continue;
        }
        if (read_literal(r, &lo)) {
            r->bad = 1;
            return -1;
        }
        hi = lo;
        if (r->p + 1 < r->end && r->p[0] == '-' && r->p[1] != ']') {
            r->p++;
            if (read_literal(r, &hi) || hi < lo) {
                r->bad = 1;
                return -1;
            }
        }
        s = set_or(s, range_set(lo, hi));
    }
    r->p++;                           /* the ']' */
    return set_tree(r, negate ? set_not(s) : s);
}

static int read_alt(reader *r);

/* Reads a decimal count at r->p (at most 65535), or -1. */
static int read_count(reader *r)
{
    int n = -1;

    while (r->p < r->end && *r->p >= '0' && *r->p <= '9') {
        n = (n < 0 ? 0 : n) * 10 + (*r->p - '0');
        if (n > 65535)
            return -1;
        r->p++;
    }
    return n;
}

/* A quantifier after ATOM, if one follows: wraps ATOM in a T_REPEAT. */
static int read_quantifier(reader *r, int atom)
{
    int min, max, t;
    unsigned char c;

    if (r->p >= r->end)
        return atom;
    c = *r->p;
    if (c == '?' || c == '*' || c == '+') {
        min = c == '+';
        max = c == '?' ? 1 : UNBOUNDED;
        r->p++;
    } else if (c == '{') {
        r->p++;
        min = read_count(r);
        max = min;
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            max = UNBOUNDED;
            if (r->p < r->end && *r->p != '}')
                max = read_count(r);
        }
        /* a brace that is no quantifier is a literal to PCRE2: left to
         * the probes */
        if (min < 0 || (max != UNBOUNDED && max < min) ||
            r->p >= r->end || *r->p != '}') {
            r->bad = 1;
            return -1;
        }
        r->p++;
    } else {
        return atom;
    }
    /* lazy is the same set of paths; possessive is not */
    if (r->p < r->end && *r->p == '?')
        r->p++;
    else if (r->p < r->end && *r->p == '+') {
        r->bad = 1;
        return -1;
    }
    t = new_tree(r, T_REPEAT);
    if (t < 0)
        return -1;
    r->trees.v[t].child = atom;
    r->trees.v[t].min = min;
    r->trees.v[t].max = max;
    return t;
}

/* One item, with its quantifier: -1 at the end of a sequence (| or ) or
 * the end, r->bad unset) or when unreadable (r->bad set). */
static int read_item(reader *r)
{
    unsigned char c = *r->p;
    uint32_t cp;
    symset s;
    int t;

    if (c == '|' || c == ')')
        return -1;
    if (c == '(') {
        r->p++;
        /* (?: ...) and ( ...) only: a lookaround, an option, a name or a
         * verb changes what matches in ways not followed here */
        if (r->p < r->end && (*r->p == '?' || *r->p == '*')) {
            if (*r->p == '*' || r->p + 1 >= r->end || r->p[1] != ':') {
                r->bad = 1;
                return -1;
            }
            r->p += 2;
        }
        if (++r->depth > MAX_DEPTH) {
            r->bad = 1;
            return -1;
        }
        t = read_alt(r);
        r->depth--;
        if (t < 0 || r->p >= r->end || *r->p != ')') {
            r->bad = r->bad ? r->bad : 1;
            return -1;
        }
        r->p++;
    } else if (c == '[') {
        r->p++;
        t = read_class(r);
    } else if (c == '.') {
        r->p++;
        t = set_tree(r, all_set);
    } else if (c == '\\' && r->p + 1 < r->end && r->p[1] == 'b') {
        r->p += 2;
        return new_tree(r, T_WB);    /* PCRE2 refuses a quantified \b */
    } else if (c == '\\' && r->p + 1 < r->end &&
               escape_set(r, r->p[1], &s) == 0) {
        r->p += 2;
        t = set_tree(r, s);
    } else if (c == '^' || c == '$' || c == '*' || c == '+' || c == '?' ||
               c == '{' || read_literal(r, &cp)) {
        r->bad = 1;
        return -1;
    } else {
        int x = symbol_of(cp);
        symset one = none_set;
        if (x >= NLETTERS)
            one.hi = UINT64_C(1) << (x - NLETTERS);
        else if (x >= 0)
            one.lo = UINT64_C(1) << x;
        t = set_tree(r, one);       /* no symbol: a letter no probe has */
        if (t >= 0) {
            /* a set stands for more than its symbols (\S, [^...] hold
             * characters no probe has): only this says which one */
            r->trees.v[t].literal = 1;
            r->trees.v[t].cp = cp;
        }
    }
    return t < 0 ? -1 : read_quantifier(r, t);
}

/* A sequence of items, up to | or ) or the end. */
static int read_seq(reader *r)
{
    int seq = new_tree(r, T_SEQ), last = -1, t;

    while (seq >= 0 && r->p < r->end) {
        t = read_item(r);
        if (t < 0)
            break;
        if (last < 0)
            r->trees.v[seq].child = t;
        else
            r->trees.v[last].next = t;
        last = t;
    }
    return r->bad ? -1 : seq;
}

/* Alternatives: sequences separated by |. */
static int read_alt(reader *r)
{
    int alt = new_tree(r, T_ALT), last = -1, t;

    while (alt >= 0) {
        t = read_seq(r);
        if (t < 0)
            return -1;
        if (last < 0)
            r->trees.v[alt].child = t;
        else
            r->trees.v[last].next = t;
        last = t;
        if (r->p >= r->end || *r->p != '|')
            break;
        r->p++;
    }
    return r->bad ? -1 : alt;
}

/* ------------------------------------------------------ required bytes */

/* Bytes every match of a pattern holds: the scan looks for them in its
 * subject before it runs the pattern, and a subject without them cannot
 * match.  Most runs fail (64 of 3,049 over the bench's fixed set
 * matched): a pattern's words after its first (لإطلاق النار، بحزم) are
 * rarely there, while its first letters, which the masks and the probes
 * check, are.  What is required is a set of strings one of which every
 * match holds: one string for a run of literal characters in a sequence
 * (or a fixed repeat), several for an alternative each branch of which
 * requires some (رد|ردود).  Only literal characters count: a set, even
 * of one symbol, may hold characters no probe has.  An optional item
 * requires nothing.  Of the sets a tree offers the one whose shortest
 * string is longest is kept (then the fewer strings), of at most
 * MUST_ALTS strings (internal.h) of at most MUST_MAX bytes: a run cut
 * short is still held by every match. */
#define MUST_MAX 32

typedef struct {
    char s[MUST_ALTS][MUST_MAX];
    uint8_t len[MUST_ALTS];
    int n;                      /* 0: nothing is required */
} must_set;

typedef struct {
    char fixed[MUST_MAX];       /* IS_FIXED: what every match is exactly */
    size_t nfixed;
    int is_fixed;
    must_set req;               /* the best set required */
} must_info;

/* The length of the shortest string of A (0: none required). */
static size_t set_floor(const must_set *a)
{
    size_t m = MUST_MAX + 1;
    int k;

    for (k = 0; k < a->n; k++)
        if (a->len[k] < m)
            m = a->len[k];
    return a->n ? m : 0;
}

/* Whether a set of N strings, the shortest FA bytes, is better than
 * M's. */
static int req_better(const must_info *m, size_t fa, int n)
{
    size_t fm = set_floor(&m->req);

    return fa > fm || (fa == fm && fa > 0 && n < m->req.n);
}

/* Keeps A as M's set when it is the better one (its strings only are
 * copied: most sets hold one or two of MUST_ALTS). */
static void req_consider(must_info *m, const must_set *a)
{
    int k;

    if (!req_better(m, set_floor(a), a->n))
        return;
    for (k = 0; k < a->n; k++) {
        memcpy(m->req.s[k], a->s[k], a->len[k]);
        m->req.len[k] = a->len[k];
    }
    m->req.n = a->n;
}

/* Keeps the N bytes at S alone as M's set when that is better. */
static void must_keep(must_info *m, const char *s, size_t n)
{
    if (n > MUST_MAX)
        n = MUST_MAX;
    if (n == 0 || !req_better(m, n, 1))
        return;
    memcpy(m->req.s[0], s, n);
    m->req.len[0] = (uint8_t)n;
    m->req.n = 1;
}

/* Whether the LX bytes at X hold the LY bytes at Y. */
static int holds(const char *x, size_t lx, const char *y, size_t ly)
{
    return ly <= lx && qawlp_find(x, lx, y, ly) != NULL;
}

/* Adds string K of B to the union U: a string that holds another of U is
 * left out (an occurrence of it is one of the other), and those of U it
 * is held by go.  -1 when U would outgrow MUST_ALTS. */
static int set_add(must_set *u, const must_set *b, int k)
{
    int i, j;

    for (i = 0; i < u->n; i++)
        if (holds(b->s[k], b->len[k], u->s[i], u->len[i]))
            return 0;
    for (i = j = 0; i < u->n; i++)
        if (!holds(u->s[i], u->len[i], b->s[k], b->len[k])) {
            if (j != i) {
                memcpy(u->s[j], u->s[i], u->len[i]);
                u->len[j] = u->len[i];
            }
            j++;
        }
    u->n = j;
    if (u->n == MUST_ALTS)
        return -1;
    memcpy(u->s[u->n], b->s[k], b->len[k]);
    u->len[u->n++] = b->len[k];
    return 0;
}

/* Appends the N bytes at S to the fixed run of M; a run that outgrows
 * MUST_MAX is kept as a set and is no longer exact. */
static void fixed_add(must_info *m, const char *s, size_t n)
{
    if (!m->is_fixed)
        return;
    if (m->nfixed + n > MUST_MAX) {
        must_keep(m, m->fixed, m->nfixed);
        m->is_fixed = 0;
        return;
    }
    memcpy(m->fixed + m->nfixed, s, n);
    m->nfixed += n;
}

/* M emptied: nothing fixed, nothing required (the strings' bytes are
 * not cleared: only those counted are read). */
static void must_clear(must_info *m)
{
    m->nfixed = 0;
    m->is_fixed = 0;
    m->req.n = 0;
}

static void must_of(const reader *r, int t, must_info *m);

/* must_of for a sequence: the runs of its fixed items, and the sets of
 * the others. */
static void must_of_seq(const reader *r, int t, must_info *m)
{
    must_info run, c;
    int k;

    must_clear(&run);
    run.is_fixed = 1;
    m->is_fixed = 1;
    for (k = r->trees.v[t].child; k >= 0; k = r->trees.v[k].next) {
        must_of(r, k, &c);
        req_consider(m, &c.req);
        if (c.is_fixed) {
            fixed_add(&run, c.fixed, c.nfixed);
            fixed_add(m, c.fixed, c.nfixed);
        } else {
            m->is_fixed = 0;
        }
        if (!c.is_fixed || !run.is_fixed) {
            /* the run ends: kept, and a new one starts after */
            req_consider(m, &run.req);
            must_keep(m, run.fixed, run.nfixed);
            must_clear(&run);
            run.is_fixed = 1;
        }
    }
    req_consider(m, &run.req);
    must_keep(m, run.fixed, run.nfixed);
}

/* must_of for alternatives: the union of what each requires, if each
 * requires something. */
static void must_of_alt(const reader *r, int t, must_info *m)
{
    must_info c;
    must_set u;
    int k, i;

    u.n = 0;
    for (k = r->trees.v[t].child; k >= 0; k = r->trees.v[k].next) {
        must_of(r, k, &c);
        if (c.req.n == 0)
            return;
        for (i = 0; i < c.req.n; i++)
            if (set_add(&u, &c.req, i))
                return;
    }
    req_consider(m, &u);
}

/* Fills M for tree T of R. */
static void must_of(const reader *r, int t, must_info *m)
{
    const tree *x = &r->trees.v[t];
    must_info c;
    int k;

    must_clear(m);
    switch (x->kind) {
    case T_SET:
        if (x->literal) {
            char enc[4];
            int n = qawlp_utf8_encode(x->cp, enc);
            m->is_fixed = n > 0;
            if (n > 0)
                fixed_add(m, enc, (size_t)n);
        }
        break;
    case T_WB:                  /* reads nothing */
        m->is_fixed = 1;
        break;
    case T_SEQ:
        must_of_seq(r, t, m);
        break;
    case T_ALT:                 /* one alternative is its sequence */
        if (x->child >= 0 && r->trees.v[x->child].next < 0)
            must_of(r, x->child, m);
        else
            must_of_alt(r, t, m);
        break;
    case T_REPEAT:
        if (x->min < 1)
            break;
        must_of(r, x->child, &c);
        req_consider(m, &c.req);
        if (c.is_fixed) {
            must_keep(m, c.fixed, c.nfixed);
            m->is_fixed = x->max == x->min;
            for (k = 0; k < x->min && m->is_fixed; k++)
                fixed_add(m, c.fixed, c.nfixed);
        }
        break;
    default:
        break;
    }
    if (m->is_fixed)
        must_keep(m, m->fixed, m->nfixed);
}

/* ----------------------------------------------------------- automaton */

static int new_node(reader *r, int kind, int out, int out2)
{
    node *n;

    if (r->bad)
        return -1;
    if (r->nodes.n >= MAX_NODES) {
        r->bad = 1;
        return -1;
    }
    n = QAWLP_PUSH(r->nodes);
    if (n == NULL) {
        r->bad = -1;
        return -1;
    }
    n->kind = (uint8_t)kind;
    n->out = out;
    n->out2 = out2;
    n->set = none_set;
    return (int)(r->nodes.n - 1);
}

/* The fewest symbols tree T reads, counted up to READ_MAX: four, the
 * most the scan's probe (qawlp_prefix_can_begin) reads. */
#define READ_MAX 4
static int min_read(const reader *r, int t)
{
    const tree *x = &r->trees.v[t];
    int n = 0, c, m;

    switch (x->kind) {
    case T_SET:
        return 1;
    case T_SEQ:
        for (c = x->child; c >= 0 && n < READ_MAX; c = r->trees.v[c].next)
            n += min_read(r, c);
        return n < READ_MAX ? n : READ_MAX;
    case T_ALT:
        n = READ_MAX;
        for (c = x->child; c >= 0 && n > 0; c = r->trees.v[c].next) {
            m = min_read(r, c);
            n = m < n ? m : n;
        }
        return n;
    case T_REPEAT:
        m = min_read(r, x->child);
        n = x->min < READ_MAX ? x->min * m : (m > 0 ? READ_MAX : 0);
        return n < READ_MAX ? n : READ_MAX;
    default:                           /* \b */
        return 0;
    }
}

/* The automaton of tree T followed by node NEXT: its entry node.  The
 * walks read at most READ_MAX symbols (the masks' two before asking
 * what may come third; the scan's probe four), so what lies behind
 * READ_MAX symbols in every path is never reached: a
 * sequence's items from there on, and a repeat's copies, are left out
 * (the part kept leads to NEXT). */
static int build(reader *r, int t, int next)
{
    const tree *x = &r->trees.v[t];
    int k, n, kids[64], nkids = 0, c;

    switch (x->kind) {
    case T_SET:
        n = new_node(r, T_SET, next, -1);
        if (n >= 0)
            r->nodes.v[n].set = r->trees.v[t].set;
        return n;
    case T_WB:
        return new_node(r, T_WB, next, -1);
    case T_SEQ: {
        int read = 0;
        /* built from the last item back, each item leading to the next */
        for (c = x->child; c >= 0 && nkids < 64 && read < READ_MAX;
             c = r->trees.v[c].next) {
            kids[nkids++] = c;
            read += min_read(r, c);
        }
        if (c >= 0 && read < READ_MAX) {
            r->bad = 1;
            return -1;
        }
        for (n = next, k = nkids; k-- > 0 && n >= 0;)
            n = build(r, kids[k], n);
        return n;
    }
    case T_ALT:
        if (r->trees.v[x->child].next < 0)
            return build(r, x->child, next);
        /* a chain of forks, one per alternative */
        for (c = x->child; c >= 0 && nkids < 64; c = r->trees.v[c].next)
            kids[nkids++] = c;
        if (c >= 0) {
            r->bad = 1;
            return -1;
        }
        n = build(r, kids[nkids - 1], next);
        for (k = nkids - 1; k-- > 0 && n >= 0;) {
            int a = build(r, kids[k], next);
            n = a < 0 ? -1 : new_node(r, T_ALT, a, n);
        }
        return n;
    default: {                         /* T_REPEAT */
        int min = x->min, max = x->max, child = x->child;
        int once = min_read(r, child);
        if (min > MAX_COPIES)
            min = MAX_COPIES;
        if (max != UNBOUNDED && max > MAX_COPIES)
            max = UNBOUNDED;
        /* copies past READ_MAX symbols are never reached */
        if (once > 0 && min * once >= READ_MAX) {
            min = (READ_MAX + once - 1) / once;
            max = min;
        }
        n = next;
        if (max == UNBOUNDED) {        /* a loop: fork -> item -> fork */
            int fork = new_node(r, T_ALT, -1, next), body;
            if (fork < 0)
                return -1;
            body = build(r, child, fork);
            if (body < 0)
                return -1;
            r->nodes.v[fork].out = body;
            n = fork;
        } else {                        /* max - min optional copies */
            for (k = min; k < max && n >= 0; k++) {
                int a = build(r, child, n);
                n = a < 0 ? -1 : new_node(r, T_ALT, a, n);
            }
        }
        for (k = 0; k < min && n >= 0; k++)
            n = build(r, child, n);
        return n;
    }
    }
}

/* ------------------------------------------------------------- walking */

/* Where the walk stands before one symbol: the reading nodes reached and
 * the symbols each may read (a \b on the way narrows them), the symbols
 * that may read next (STEP) and those before which the pattern is
 * already complete (DONE; HI_END: at the subject's end). */
typedef struct {
    int *at;
    symset *may;
    size_t n;
    symset step, done;
} frontier;

typedef struct {
    reader *r;
    unsigned *seen;          /* per node and constraint: the walk's stamp */
    unsigned stamp;
    int *stack;
    uint8_t *stack_c;
    int *buf;                /* next starts */
} walker;

/* The frontier reached from nodes START[0..NSTART) before a symbol that
 * follows symbol PREV (-1: the subject's start).  0, or -1 (nomem). */
static int closure(walker *w, const int *start, size_t nstart, int prev,
                   frontier *f)
{
    const reader *r = w->r;
    /* \b here: the next symbol must differ from PREV in being a word
     * symbol; at the subject's end it is a partial match */
    int prev_word = prev >= 0 && set_has(r->word, prev);
    symset k = prev_word ? set_not(r->word) : r->word, cset[2];
    size_t sp = 0, i;

    k.hi |= HI_END;
    cset[0] = all_set;
    cset[0].hi |= HI_END;
    cset[1] = k;
    w->stamp++;
    f->n = 0;
    f->step = none_set;
    f->done = none_set;
    for (i = 0; i < nstart; i++) {
        w->stack[sp] = start[i];
        w->stack_c[sp++] = 0;
    }
    while (sp > 0) {
        int n = w->stack[--sp];
        uint8_t c = w->stack_c[sp];
        const node *x;
        if (w->seen[2 * (size_t)n + c] == w->stamp)
            continue;
        w->seen[2 * (size_t)n + c] = w->stamp;
        x = &r->nodes.v[n];
        if (x->kind == T_SET) {
            symset m = set_and(x->set, cset[c]);
            if (m.lo | m.hi) {
                f->at[f->n] = n;
                f->may[f->n++] = m;
                f->step = set_or(f->step, m);
            }
        } else if (x->kind == T_WB) {
            w->stack[sp] = x->out;
            w->stack_c[sp++] = 1;
        } else if (x->kind == T_ACCEPT) {
            f->done = set_or(f->done, cset[c]);
        } else {                       /* a fork */
            w->stack[sp] = x->out;
            w->stack_c[sp++] = c;
            w->stack[sp] = x->out2;
            w->stack_c[sp++] = c;
        }
    }
    return 0;
}

/* The frontier after F reads symbol X. */
static int advance(walker *w, const frontier *f, int x, frontier *g)
{
    size_t i, n = 0;

    for (i = 0; i < f->n; i++)
        if (set_has(f->may[i], x))
            w->buf[n++] = w->r->nodes.v[f->at[i]].out;
    return closure(w, w->buf, n, x, g);
}

/* The 64-bit letter mask of S: bit 63 for any stand-in. */
static uint64_t letter_mask(symset s)
{
    return (s.lo & LO_ALL) | ((s.hi & HI_OTHERS) ? UINT64_C(1) << 63 : 0);
}

/* What may come after the symbols read to reach F: the letter mask of the
 * symbols that may be read next or before which the pattern is done. */
static uint64_t after(const frontier *f)
{
    return letter_mask(set_or(f->step, f->done));
}

static void frontier_free(frontier *f)
{
    qawlp_free(f->at);
    qawlp_free(f->may);
}

static int frontier_new(frontier *f, size_t n)
{
    f->at = qawlp_malloc(n * sizeof *f->at);
    f->may = qawlp_malloc(n * sizeof *f->may);
    f->n = 0;
    return f->at && f->may ? 0 : -1;
}

/* The index of the lowest bit set in M (not 0), without a call into
 * libgcc where the target lacks an instruction for it. */
static int lowest_bit(uint64_t m)
{
    int k = 0;

    if (!(m & UINT64_C(0xFFFFFFFF))) {
        m >>= 32;
        k += 32;
    }
    if (!(m & 0xFFFF)) {
        m >>= 16;
        k += 16;
    }
    if (!(m & 0xFF)) {
        m >>= 8;
        k += 8;
    }
    if (!(m & 0xF)) {
        m >>= 4;
        k += 4;
    }
    if (!(m & 0x3)) {
        m >>= 2;
        k += 2;
    }
    return k + !(m & 1);
}

/* The bit of symbol X in the masks. */
static int bit_of(int x)
{
    return x < NLETTERS ? x : 63;
}

/* W's buffers for a walk of an automaton of up to NN nodes: 0, or -1
 * (nomem; W can be freed). */
static int walker_alloc(walker *w, size_t nn)
{
    memset(w, 0, sizeof *w);
    w->seen = qawlp_calloc(2 * nn, sizeof *w->seen);
    /* a node is expanded at most once per constraint, pushing two */
    w->stack = qawlp_malloc((6 * nn + 8) * sizeof *w->stack);
    w->stack_c = qawlp_malloc(6 * nn + 8);
    w->buf = qawlp_malloc((2 * nn + 1) * sizeof *w->buf);
    return w->seen && w->stack && w->stack_c && w->buf ? 0 : -1;
}

/* W's buffers for a walk of R's automaton (walker_alloc). */
static int walker_new(walker *w, reader *r)
{
    int rc = walker_alloc(w, r->nodes.n);

    w->r = r;
    return rc;
}

static void walker_free(walker *w)
{
    qawlp_free(w->seen);
    qawlp_free(w->stack);
    qawlp_free(w->stack_c);
    qawlp_free(w->buf);
}

/* Fills the masks from the automaton (entry node START). */
static int walk(reader *r, int start, uint64_t clitics, uint64_t *first,
                uint64_t *second, uint64_t **third)
{
    size_t nn = r->nodes.n, pairs = 0, at;
    walker w;
    frontier f0 = {0}, f1[NLETTERS], f2 = {0};
    uint8_t kept[NLETTERS] = {0};
    uint64_t m;
    int x, y, rc = -1;

    memset(f1, 0, sizeof f1);
    if (walker_new(&w, r) || frontier_new(&f0, 2 * nn) ||
        frontier_new(&f2, 2 * nn) || closure(&w, &start, 1, -1, &f0))
        goto done;

    *first = 0;
    memset(second, 0, 64 * sizeof *second);
    for (x = 0; x < NLETTERS + 6; x++) {
        frontier g = {0}, *fx = &g;
        int a = bit_of(x);
        if (!set_has(f0.step, x) && !set_has(f0.done, x))
            continue;                   /* no match begins with X */
        *first |= UINT64_C(1) << a;
        if (set_has(f0.done, x)) {      /* complete before X: anything */
            second[a] = ~UINT64_C(0);
            continue;
        }
        /* the letters a clitic begins with keep their frontier for the
         * third letters */
        if (x < NLETTERS && (clitics >> x & 1)) {
            kept[x] = 1;                /* freed at the end, even half made */
            fx = &f1[x];
        }
        if (frontier_new(fx, 2 * nn)) {
            frontier_free(&g);
            goto done;
        }
        if (advance(&w, &f0, x, fx)) {
            frontier_free(&g);
            goto done;
        }
        second[a] |= after(fx);
        frontier_free(&g);
    }

    /* the third letters, laid out as third_letters in lexicon.c does:
     * the bits of each mask visited, not all 64 */
    for (x = 0; x < 64; x++)
        for (m = second[x]; m != 0; m &= m - 1)
            pairs++;
    *third = qawlp_calloc(64 + pairs, sizeof **third);
    if (*third == NULL)
        goto done;
    at = 64;
    for (x = 0; x < 64; x++) {
        (*third)[x] = at;
        for (m = second[x]; m != 0; m &= m - 1) {
            y = lowest_bit(m);
            if (x == 63 || y == 63 || !(clitics >> x & 1) || !kept[x] ||
                set_has(f1[x].done, y))
                (*third)[at] = ~UINT64_C(0);
            else if (advance(&w, &f1[x], y, &f2))
                goto done;
            else
                (*third)[at] = after(&f2);
            at++;
        }
    }
    rc = 0;
done:
    if (rc != 0 && third != NULL) {
        qawlp_free(*third);
        *third = NULL;
    }
    for (x = 0; x < NLETTERS; x++)
        if (kept[x])
            frontier_free(&f1[x]);
    frontier_free(&f0);
    frontier_free(&f2);
    walker_free(&w);
    return rc;
}

/* A pattern's automaton kept for the scan's probes, with the frontiers
 * the same for every probe: at the subject's start, and after each
 * first symbol a match can begin with (F1[X]; empty for the others). */
struct qawlp_prefix {
    reader r;                   /* its nodes and \w symbols; no trees */
    frontier f0, f1[NLETTERS + 6];
    uint64_t id;                /* unique in the process (next_id) */
    must_set must;              /* one of them every match holds */
    void *block;                /* restored from an image: the nodes and
                                   the frontiers' arrays, all in it */
};

/* The ids of the automata kept, never reused: a scratch's frontiers are
 * known by them, not by an address a freed automaton may pass on. */
static _Atomic uint64_t next_id = 1;

void qawlp_prefix_free(qawlp_prefix *p)
{
    int x;

    if (p == NULL)
        return;
    if (p->block != NULL) {
        qawlp_free(p->block);
        qawlp_free(p);
        return;
    }
    qawlp_free(p->r.nodes.v);
    frontier_free(&p->f0);
    for (x = 0; x < NLETTERS + 6; x++)
        frontier_free(&p->f1[x]);
    qawlp_free(p);
}

/* The automaton of R (entry node START) kept, its nodes taken from R;
 * NULL when out of memory (R keeps them). */
static qawlp_prefix *keep_automaton(reader *r, int start)
{
    qawlp_prefix *p = qawlp_calloc(1, sizeof *p);
    walker w;
    int ok, x;

    if (p == NULL)
        return NULL;
    p->r = *r;
    p->r.trees.v = NULL;
    p->r.trees.n = p->r.trees.cap = 0;
    ok = walker_new(&w, &p->r) == 0 &&
         frontier_new(&p->f0, 2 * r->nodes.n) == 0 &&
         closure(&w, &start, 1, -1, &p->f0) == 0;
    for (x = 0; ok && x < NLETTERS + 6; x++)
        if (set_has(p->f0.step, x) && !set_has(p->f0.done, x))
            ok = frontier_new(&p->f1[x], 2 * r->nodes.n) == 0 &&
                 advance(&w, &p->f0, x, &p->f1[x]) == 0;
    walker_free(&w);
    p->r.nodes.v = NULL;               /* R keeps them until the end */
    if (!ok) {
        qawlp_prefix_free(p);
        return NULL;
    }
    p->r.nodes.v = r->nodes.v;
    r->nodes.v = NULL;
    r->nodes.n = r->nodes.cap = 0;
    p->id = atomic_fetch_add_explicit(&next_id, 1, memory_order_relaxed);
    return p;
}

/* A frontier after the first two or three symbols of a probe, kept:
 * the probes of one pattern mostly begin alike (ال، وا، با), and the
 * memo of lexicon.c keys them by four letters, so the walk to the
 * second and third symbols was taken again and again (some 5,200 times
 * over the bench's fixed set, for fewer than 600 frontiers).  KEY packs
 * the symbols read (one plus each, seven bits apiece); ID is the
 * automaton's. */
typedef struct {
    uint64_t id;
    uint32_t key;
    frontier f;                 /* its at and may in the scratch's pool */
} kept_frontier;

#define KEPT_BITS 12
/* The nodes the kept frontiers hold at most, together: when a frontier
 * would not fit, all are dropped and the pool starts again. */
#define KEPT_NODES 8192

/* The buffers of qawlp_prefix_can_begin, kept between probes: sized for
 * the largest automaton met so far (CAP nodes).  The walker's stamps go
 * on from probe to probe, so its SEEN needs no clearing.  KEPT: the
 * frontiers kept, by a hash of their automaton and symbols, with the
 * pool of their nodes (all NULL until the first is kept, or when out of
 * memory); an entry is free unless its bit in USED is set (the table
 * needs no zeroing: some 100,000 instructions a thread). */
struct qawlp_prefix_scratch {
    walker w;
    frontier a, b;
    size_t cap;
    void *block;                /* all the buffers, in one allocation */
    kept_frontier *kept;
    int *pool_at;
    symset *pool_may;
    size_t pool_used;
    uint64_t used[((size_t)1 << KEPT_BITS) / 64];
};

qawlp_prefix_scratch *qawlp_prefix_scratch_new(void)
{
    return qawlp_calloc(1, sizeof(qawlp_prefix_scratch));
}

/* Drops X's buffers (not its kept frontiers). */
static void scratch_clear(qawlp_prefix_scratch *x)
{
    qawlp_free(x->block);
    memset(&x->w, 0, sizeof x->w);
    memset(&x->a, 0, sizeof x->a);
    memset(&x->b, 0, sizeof x->b);
    x->cap = 0;
    x->block = NULL;
}

void qawlp_prefix_scratch_free(qawlp_prefix_scratch *x)
{
    if (x == NULL)
        return;
    scratch_clear(x);
    qawlp_free(x->kept);
    qawlp_free(x->pool_at);
    qawlp_free(x->pool_may);
    qawlp_free(x);
}

/* The index of the entry of X that holds, or would hold, the frontier
 * of automaton ID after the symbols of KEY; -1 when X keeps none (out
 * of memory). */
static long kept_slot(qawlp_prefix_scratch *x, uint64_t id, uint32_t key)
{
    uint64_t h = (id * UINT64_C(0x9E3779B97F4A7C15) ^ key) *
                 UINT64_C(0xFF51AFD7ED558CCD);

    if (x->kept == NULL) {
        x->kept = qawlp_malloc(((size_t)1 << KEPT_BITS) * sizeof *x->kept);
        x->pool_at = qawlp_malloc(KEPT_NODES * sizeof *x->pool_at);
        x->pool_may = qawlp_malloc(KEPT_NODES * sizeof *x->pool_may);
        x->pool_used = 0;
        if (x->kept == NULL || x->pool_at == NULL || x->pool_may == NULL) {
            qawlp_free(x->kept);
            qawlp_free(x->pool_at);
            qawlp_free(x->pool_may);
            x->kept = NULL;
            x->pool_at = NULL;
            x->pool_may = NULL;
            return -1;
        }
    }
    return (long)(h >> (64 - KEPT_BITS));
}

/* Whether entry K of X holds the frontier of automaton ID after KEY. */
static int kept_has(const qawlp_prefix_scratch *x, long k, uint64_t id,
                    uint32_t key)
{
    return (x->used[k / 64] >> (k % 64) & 1) && x->kept[k].id == id &&
           x->kept[k].key == key;
}

/* Keeps frontier F (of automaton ID after KEY) in X's entry K, in
 * place of what it held.  A frontier larger than the pool is not
 * kept. */
static void keep_frontier(qawlp_prefix_scratch *x, long k, uint64_t id,
                          uint32_t key, const frontier *f)
{
    kept_frontier *e = &x->kept[k];

    if (f->n > KEPT_NODES)
        return;
    if (x->pool_used + f->n > KEPT_NODES) {    /* all dropped */
        x->pool_used = 0;
        memset(x->used, 0, sizeof x->used);
    }
    e->f.at = x->pool_at + x->pool_used;
    e->f.may = x->pool_may + x->pool_used;
    x->pool_used += f->n;
    memcpy(e->f.at, f->at, f->n * sizeof *f->at);
    memcpy(e->f.may, f->may, f->n * sizeof *f->may);
    e->f.n = f->n;
    e->f.step = f->step;
    e->f.done = f->done;
    e->id = id;
    e->key = key;
    x->used[k / 64] |= UINT64_C(1) << (k % 64);
}

/* Makes X fit automaton P (its walker reading P): 0, or -1 (nomem). */
static int scratch_fit(qawlp_prefix_scratch *x, const qawlp_prefix *p)
{
    size_t nn = p->r.nodes.n;

    if (nn > x->cap) {
        /* the sizes of walker_alloc and frontier_new, the symsets
         * first for their alignment */
        size_t sets = 2 * 2 * nn * sizeof(symset),
               ints = (2 * 2 * nn + 6 * nn + 8 + 2 * nn + 1) * sizeof(int),
               seen = 2 * nn * sizeof(unsigned);
        char *b;
        scratch_clear(x);
        b = qawlp_malloc(sets + ints + seen + 6 * nn + 8);
        if (b == NULL)
            return -1;
        x->block = b;
        x->a.may = (symset *)(void *)b;
        x->b.may = x->a.may + 2 * nn;
        x->a.at = (int *)(void *)(b + sets);
        x->b.at = x->a.at + 2 * nn;
        x->w.stack = x->b.at + 2 * nn;
        x->w.buf = x->w.stack + 6 * nn + 8;
        x->w.seen = (unsigned *)(void *)(b + sets + ints);
        x->w.stack_c = (uint8_t *)(b + sets + ints + seen);
        memset(x->w.seen, 0, seen);
        x->cap = nn;
    }
    /* a closure bumps the stamp; four closures a probe at most */
    if (x->w.stamp > UINT_MAX - 8) {
        memset(x->w.seen, 0, 2 * x->cap * sizeof *x->w.seen);
        x->w.stamp = 0;
    }
    x->w.r = (reader *)&p->r;          /* read only */
    return 0;
}

/* The symbol of the character at S (N bytes, N > 0) into *C, -1 for one
 * no probe uses; its length.  Letters and spaces in line. */
static int next_symbol(const unsigned char *s, size_t n, int *c)
{
    uint32_t cp;
    int k;

    if (s[0] == ' ') {
        *c = NLETTERS + 5;
        return 1;
    }
    if (n >= 2 && (s[0] == 0xD8 || s[0] == 0xD9) && (s[1] & 0xC0) == 0x80)
        cp = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F), k = 2;
    else if ((k = qawlp_utf8_decode(s, n, &cp)) <= 0)
        k = 1, cp = 0;
    *c = symbol_of(cp);
    return k;
}

int qawlp_prefix_can_begin(const qawlp_prefix *p, const char *s, size_t len,
                           qawlp_prefix_scratch *x)
{
    const unsigned char *u = (const unsigned char *)s;
    const frontier *f = &p->f0;
    size_t i = 0;
    uint32_t key = 0;
    int c, read = 0;

    while (i < len) {
        int k = next_symbol(u + i, len - i, &c);
        frontier *g;
        long e = -1;
        if (c < 0 || set_has(f->done, c))   /* complete before C */
            return 1;                        /* (or a symbol of no probe) */
        if (!set_has(f->step, c))
            return 0;
        i += (size_t)k;
        if (read < 3)        /* frontiers are kept for three at most */
            key |= (uint32_t)(c + 1) << (7 * read);
        read++;
        if (read == 1) {                      /* kept at load */
            f = &p->f1[c];
            continue;
        }
        /* out of memory: it may begin */
        if (x == NULL)
            return 1;
        /* the second and third symbols' frontiers are kept, unless
         * this is the last symbol (the answer alone is asked) */
        if (read <= 3 && i < len) {
            e = kept_slot(x, p->id, key);
            if (e >= 0 && kept_has(x, e, p->id, key)) {
                f = &x->kept[e].f;
                continue;
            }
        }
        if (f != &x->a && f != &x->b && scratch_fit(x, p))
            return 1;
        g = f == &x->a ? &x->b : &x->a;
        if (advance(&x->w, f, c, g))
            return 1;
        if (e >= 0)
            keep_frontier(x, e, p->id, key, g);
        f = g;
    }
    /* the subject ended: a path wants more, or the pattern is complete */
    return f->n > 0 || (f->done.lo | f->done.hi) != 0;
}

int qawlp_prefix_masks(const char *pattern, size_t len, qawlp_symset word,
                       uint64_t clitics, uint64_t *first, uint64_t *second,
                       uint64_t **third, qawlp_prefix **keep)
{
    reader r;
    must_info must;
    int root, start, rc;

    memset(&r, 0, sizeof r);
    r.p = (const unsigned char *)pattern;
    r.end = r.p + len;
    r.word = word;
    *third = NULL;
    if (keep != NULL)
        *keep = NULL;
    /* room at once for what most patterns make: about a tree per byte
     * and a few nodes per tree (the vectors grow if it falls short) */
    if (qawlp_reserve((void **)&r.trees.v, &r.trees.cap, len + 8,
                      sizeof *r.trees.v) ||
        qawlp_reserve((void **)&r.nodes.v, &r.nodes.cap, 2 * len + 8,
                      sizeof *r.nodes.v))
        r.bad = -1;
    root = r.bad ? -1 : read_alt(&r);
    if (!r.bad && (root < 0 || r.p != r.end))
        r.bad = 1;                      /* a stray ) */
    must_clear(&must);
    if (!r.bad && keep != NULL)
        must_of(&r, root, &must);
    start = r.bad ? -1 : new_node(&r, T_ACCEPT, -1, -1);
    if (start >= 0)
        start = build(&r, root, start);
    if (r.bad)
        rc = r.bad < 0 ? -1 : 1;
    else
        rc = walk(&r, start, clitics, first, second, third);
    if (rc == 0 && keep != NULL) {
        qawlp_free(r.trees.v);
        r.trees.v = NULL;
        *keep = keep_automaton(&r, start);   /* NULL: the probes run */
        if (*keep != NULL)
            (*keep)->must = must.req;
    }
    qawlp_free(r.trees.v);
    qawlp_free(r.nodes.v);
    return rc;
}

/* ------------------------------------------------------- the image */

/* An automaton as the lexicon image stores it (lexicon.c), in 64-bit
 * words, so that a load need not read the pattern, build and walk it
 * again (about 1.2 M instructions for the shipped patterns): the node
 * count, the \w symbols, the required strings, four words per node
 * (kind, both outs, set) and the kept frontiers (F0, then F1 of each
 * symbol: count, step, done, and three words per node reached).  A
 * hostile image must not make the walks read outside the nodes: restore
 * checks every index before it trusts one. */
#define SAVED_HEAD (4 + MUST_ALTS * MUST_MAX / 8)
_Static_assert(MUST_ALTS * MUST_MAX % 8 == 0 && MUST_ALTS < 8,
               "the required strings fill whole words, their lengths one");

/* Writes frontier F at OUT (when not NULL); its words. */
static size_t save_frontier(const frontier *f, uint64_t *out)
{
    size_t i;

    if (out != NULL) {
        out[0] = f->n;
        out[1] = f->step.lo;
        out[2] = f->step.hi;
        out[3] = f->done.lo;
        out[4] = f->done.hi;
        for (i = 0; i < f->n; i++) {
            out[5 + 3 * i] = (uint64_t)(uint32_t)f->at[i];
            out[6 + 3 * i] = f->may[i].lo;
            out[7 + 3 * i] = f->may[i].hi;
        }
    }
    return 5 + 3 * f->n;
}

size_t qawlp_prefix_save(const qawlp_prefix *p, uint64_t *out)
{
    size_t nn = p->r.nodes.n, n = SAVED_HEAD + 4 * nn, i;
    int k;

    if (out != NULL) {
        out[0] = nn;
        out[1] = p->r.word.lo;
        out[2] = p->r.word.hi;
        out[3] = (uint64_t)p->must.n;
        for (k = 0; k < p->must.n; k++)
            out[3] |= (uint64_t)p->must.len[k] << (8 * (k + 1));
        /* only the bytes counted: the rest of a string was never
         * written (must_clear), and the image is the same at each build */
        memset(out + 4, 0, sizeof p->must.s);
        for (k = 0; k < p->must.n; k++)
            memcpy((char *)(out + 4) + k * MUST_MAX, p->must.s[k],
                   p->must.len[k]);
        for (i = 0; i < nn; i++) {
            const node *x = &p->r.nodes.v[i];
            uint64_t *w = out + SAVED_HEAD + 4 * i;
            w[0] = x->kind;
            w[1] = (uint64_t)(uint32_t)x->out |
                   (uint64_t)(uint32_t)x->out2 << 32;
            w[2] = x->set.lo;
            w[3] = x->set.hi;
        }
    }
    n += save_frontier(&p->f0, out ? out + n : NULL);
    for (k = 0; k < NLETTERS + 6; k++)
        n += save_frontier(&p->f1[k], out ? out + n : NULL);
    return n;
}

/* Whether S holds symbols only (of all_set; with the end when END). */
static int set_holds(symset s, int end)
{
    return (s.lo & ~LO_ALL) == 0 &&
           (s.hi & ~(HI_OTHERS | (end ? HI_END : 0))) == 0;
}

/* The words of the frontier at IN, of an automaton of NN nodes, when
 * they fit in the N words there; else 0. */
static size_t frontier_words(const uint64_t *in, size_t n, size_t nn)
{
    if (n < 5 || in[0] > 2 * nn || in[0] > (n - 5) / 3)
        return 0;
    return 5 + 3 * (size_t)in[0];
}

/* Reads frontier F of automaton R from the N words at IN, its arrays
 * taken from *AT and *MAY (which move on past them): its words, or 0
 * when they do not fit or name a node the walk cannot take (only a set
 * node reads a symbol and leads on). */
static size_t restore_frontier(const reader *r, const uint64_t *in,
                               size_t n, frontier *f, int **at,
                               symset **may)
{
    size_t nn = r->nodes.n, i, m;

    f->n = 0;
    if (frontier_words(in, n, nn) == 0)
        return 0;
    m = (size_t)in[0];
    f->step.lo = in[1];
    f->step.hi = in[2];
    f->done.lo = in[3];
    f->done.hi = in[4];
    if (!set_holds(f->step, 0) || !set_holds(f->done, 1))
        return 0;
    f->at = *at;
    f->may = *may;
    *at += m;
    *may += m;
    for (i = 0; i < m; i++) {
        const uint64_t *w = in + 5 + 3 * i;
        if (w[0] >= nn || r->nodes.v[w[0]].kind != T_SET)
            return 0;
        f->at[i] = (int)w[0];
        f->may[i].lo = w[1];
        f->may[i].hi = w[2];
        if (!set_holds(f->may[i], 0))
            return 0;
        f->n = i + 1;
    }
    return 5 + 3 * m;
}

/* Whether node X of an automaton of NN nodes leads only to its nodes,
 * as build makes them. */
static int node_holds(const node *x, size_t nn)
{
    switch (x->kind) {
    case T_SET:
    case T_WB:
        return x->out >= 0 && (size_t)x->out < nn && set_holds(x->set, 0);
    case T_ALT:
        return x->out >= 0 && (size_t)x->out < nn && x->out2 >= 0 &&
               (size_t)x->out2 < nn;
    case T_ACCEPT:
        return 1;
    default:
        return 0;
    }
}

qawlp_prefix *qawlp_prefix_restore(const uint64_t *in, size_t n,
                                   size_t *used)
{
    qawlp_prefix *p;
    size_t nn, at, i, got, total = 0;
    int k, ok = 0, *at_pool;
    symset *may_pool;

    if (n < SAVED_HEAD || in[0] == 0 || in[0] > MAX_NODES ||
        (n - SAVED_HEAD) / 4 < in[0])
        return NULL;
    /* not zeroed (70 frontiers, some 4 KB): each field is set below
     * before it is read, and a failure frees only P and its block */
    p = qawlp_malloc(sizeof *p);
    if (p == NULL)
        return NULL;
    memset(&p->r, 0, sizeof p->r);
    p->block = NULL;
    nn = (size_t)in[0];
    p->r.word.lo = in[1];
    p->r.word.hi = in[2];
    p->must.n = (int)(in[3] & 0xFF);
    for (k = 0; k < MUST_ALTS; k++)
        p->must.len[k] = (uint8_t)(in[3] >> (8 * (k + 1)));
    memcpy(p->must.s, in + 4, sizeof p->must.s);
    if (!set_holds(p->r.word, 0) || p->must.n > MUST_ALTS ||
        in[3] >> (8 * (MUST_ALTS + 1)) != 0)
        goto exit;
    for (k = 0; k < MUST_ALTS; k++)
        if (k < p->must.n ? p->must.len[k] == 0 || p->must.len[k] > MUST_MAX
                          : p->must.len[k] != 0)
            goto exit;
    /* the frontiers' sizes first: the nodes and their arrays then take
     * one allocation (some 1,800 frontiers, 70 an automaton, most
     * empty, where each had two) */
    at = SAVED_HEAD + 4 * nn;
    for (k = 0; k < NLETTERS + 7; k++) {
        got = frontier_words(in + at, n - at, nn);
        if (got == 0)
            goto exit;
        total += (size_t)in[at];
        at += got;
    }
    p->block = qawlp_malloc(total * sizeof *may_pool +
                            nn * sizeof *p->r.nodes.v +
                            total * sizeof *at_pool);
    if (p->block == NULL)
        goto exit;
    may_pool = p->block;
    p->r.nodes.v = (node *)(void *)(may_pool + total);
    at_pool = (int *)(void *)(p->r.nodes.v + nn);
    p->r.nodes.n = p->r.nodes.cap = nn;
    for (i = 0; i < nn; i++) {
        const uint64_t *w = in + SAVED_HEAD + 4 * i;
        node *x = &p->r.nodes.v[i];
        if (w[0] > T_ACCEPT)
            goto exit;
        x->kind = (uint8_t)w[0];
        x->out = (int)(int32_t)(uint32_t)w[1];
        x->out2 = (int)(int32_t)(uint32_t)(w[1] >> 32);
        x->set.lo = w[2];
        x->set.hi = w[3];
        if (!node_holds(x, nn))
            goto exit;
    }
    at = SAVED_HEAD + 4 * nn;
    got = restore_frontier(&p->r, in + at, n - at, &p->f0, &at_pool,
                           &may_pool);
    for (k = 0; got > 0 && k < NLETTERS + 6; k++) {
        at += got;
        got = restore_frontier(&p->r, in + at, n - at, &p->f1[k], &at_pool,
                               &may_pool);
    }
    if (got == 0)
        goto exit;
    *used = at + got;
    p->id = atomic_fetch_add_explicit(&next_id, 1, memory_order_relaxed);
    ok = 1;
exit:
    if (!ok) {
        qawlp_free(p->block);
        qawlp_free(p);
        p = NULL;
    }
    return p;
}

int qawlp_prefix_nmust(const qawlp_prefix *p)
{
    return p->must.n;
}

const char *qawlp_prefix_must(const qawlp_prefix *p, int k, size_t *len)
{
    *len = p->must.len[k];
    return p->must.s[k];
}
