/*
 * markup.c — the text of a Markdown or HTML draft, offsets unchanged.
 *
 * Input: the bytes of a draft and its kind (QAWL_OPT_MARKDOWN or
 * QAWL_OPT_HTML).  Output: a copy of the same length in which only the
 * draft's text is left: everything else is a space (line ends are kept),
 * and a character reference (&amp; &#1575;) or a backslash escape reads as
 * the character it stands for, written where it starts.  Because no text
 * moves, every offset, line and column later stages report still points
 * into the original file, and markup never becomes a quote.
 *
 * What is text is decided by the parsers, not here: libxml2's HTML parser
 * for HTML (its text nodes, outside script, style and the like), cmark for
 * Markdown (its text and inline-code nodes; an HTML block goes to libxml2;
 * code blocks, link targets, emphasis, heading, list and quote marks are
 * not text).  A YAML front matter (--- … ---) is not Markdown and is left
 * out before cmark reads the draft.
 *
 * The parsers give the text, not where it was; placing it back is the work
 * of this file.  Each text node is found in the source after the previous
 * one: its characters are matched in order to the source, skipping what
 * lies between (tags, comments and raw-text elements in HTML; emphasis and
 * link syntax in Markdown, within the lines cmark gives for the node's
 * block).  A node that cannot be matched within a bounded stretch of bytes
 * that are not markup is not guessed at: its place is reported and the
 * analysis fails with that diagnostic, rather than find no quotes in a
 * draft whose text silently vanished.
 */
#include <config.h>

#include <string.h>

#include <cmark.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "internal.h"

/* How many bytes that are neither markup nor the node's own text may lie
 * before (and, beyond 8 a byte of text, inside) a text node.  Markup the
 * scanner recognises (tags, comments, scripts, styles, an SVG's elements)
 * does not count: a saved news page holds hundreds of kilobytes of it
 * before the article, and its text must still be found. */
#define MAX_GAP ((size_t)1 << 16)

/* How far after a link's text its "](" may start (closing emphasis,
 * escapes, an image's own target). */
#define LINK_WINDOW 1024

/* The source, the output being filled, and how far text has been placed.
 * LEAD_FROM/LEAD_TO remember the run of markup that follows a place, so
 * that nodes tried from the same place do not scan it again. */
typedef struct {
    const char *src;
    size_t len;
    char *out;
    size_t at;
    size_t lead_from, lead_to;
    size_t unplaced;    /* where a text node could not be placed, or -1 */
    size_t budget;      /* bytes failed tag-aware tries may still scan */
} canvas;

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Bytes of the UTF-8 character at S (N bytes left): 1 for a byte that
 * starts no valid character, which then matches only itself (cmark passes
 * such bytes through as they are). */
static size_t char_len(const char *s, size_t n)
{
    uint32_t cp;
    int k = qawlp_utf8_decode((const unsigned char *)s, n, &cp);

    return k > 0 ? (size_t)k : 1;
}

/* Whether the N bytes at S start with a byte that begins no UTF-8
 * character: one a parser reads as U+FFFD. */
static int bad_byte(const char *s, size_t n)
{
    uint32_t cp;

    return (unsigned char)*s >= 0x80 &&
           qawlp_utf8_decode((const unsigned char *)s, n, &cp) == 0;
}

/* Case-insensitive ASCII prefix test. */
static int starts_ci(const char *s, size_t n, const char *prefix)
{
    size_t i, k = strlen(prefix);

    if (n < k)
        return 0;
    for (i = 0; i < k; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != prefix[i])
            return 0;
    }
    return 1;
}

/* Offset of NEEDLE in S[from, n), or n. */
static size_t find(const char *s, size_t n, size_t from, const char *needle)
{
    size_t k = strlen(needle), i;

    for (i = from; i + k <= n; i++)
        if (memcmp(s + i, needle, k) == 0)
            return i;
    return n;
}

/* End of the markup that starts at S[i] ('<'), or i when none does: a
 * comment, a declaration or processing instruction, or a tag (quoted
 * attribute values may hold '>'); after an opening script, style,
 * textarea or similar tag, its raw text up to the closing tag too. */
static size_t markup_end(const char *s, size_t n, size_t i)
{
    static const char *const raw[] = {
        "script", "style", "textarea", "title", "xmp", "noscript", "template"
    };
    size_t j = i + 1, k;
    char quote = 0;
    int eq = 0;   /* after an '=': a quote there opens a value */

    if (j >= n)
        return i;
    if (starts_ci(s + i, n - i, "<!--")) {
        k = find(s, n, i + 4, "-->");
        return k < n ? k + 3 : n;
    }
    if (!(is_alpha(s[j]) || s[j] == '/' || s[j] == '!' || s[j] == '?'))
        return i;   /* a '<' in text (a < b) */
    for (; j < n && (quote || s[j] != '>'); j++) {
        if (quote && s[j] == quote) {
            quote = 0;
            eq = 0;
        } else if (!quote && eq && (s[j] == '"' || s[j] == '\'')) {
            quote = s[j];   /* a value's quotes, as the parser reads them */
        } else if (!quote && !is_space(s[j])) {
            eq = s[j] == '=';
        }
    }
    j = j < n ? j + 1 : n;
    for (k = 0; k < sizeof raw / sizeof raw[0]; k++) {
        size_t tl = strlen(raw[k]);
        if (n - i > tl + 1 && starts_ci(s + i + 1, n - i - 1, raw[k]) &&
            !is_alpha(s[i + 1 + tl])) {
            char close[16] = "</";
            size_t c;
            if (n - j >= 2 && s[j] == '<' && s[j + 1] == '/')
                return j;   /* libxml2 reads an end tag there: no raw text */
            memcpy(close + 2, raw[k], tl + 1);
            for (c = j; c < n; c++)
                if (s[c] == '<' && starts_ci(s + c, n - c, close))
                    return c;   /* the closing tag is markup of its own */
            return n;
        }
    }
    return j;
}

/* End of the character reference at S[i] ('&'), or i when there is none:
 * &name; &#123; &#x1F; within a few bytes, and a numeric one without its
 * ';' (&#1575 &#x41), which libxml2 reads too. */
static size_t reference_end(const char *s, size_t n, size_t i)
{
    size_t j;

    if (i + 2 < n && s[i + 1] == '#') {
        int hex = s[i + 2] == 'x' || s[i + 2] == 'X';
        for (j = i + 2 + hex; j < n && j < i + 16; j++) {
            char c = s[j];
            if (!((c >= '0' && c <= '9') ||
                  (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))))
                break;
        }
        if (j == i + 2 + hex)
            return i;   /* no digits */
        return j < n && s[j] == ';' ? j + 1 : j;
    }
    for (j = i + 1; j < n && j < i + 33; j++) {
        char c = s[j];
        if (c == ';')
            return j > i + 1 ? j + 1 : i;
        if (!(is_alpha(c) || (c >= '0' && c <= '9')))
            return i;
    }
    return i;
}

/* End of a numeric reference at S[i] that the HTML parser drops (it
 * stands for no character: &#0; a surrogate, past U+10FFFF, no digits),
 * or i.  Its place holds none of the text. */
static size_t dropped_reference(const char *s, size_t n, size_t i)
{
    size_t end = reference_end(s, n, i), j;
    unsigned long v = 0;
    int hex;

    if (i + 3 < n && s[i + 1] == '#' && s[i + 2 + (s[i + 2] == 'x' ||
                                                  s[i + 2] == 'X')] == ';')
        return i + 3 + (s[i + 2] == 'x' || s[i + 2] == 'X');   /* &#; &#x; */
    if (end == i && i + 1 < n && s[i + 1] == '#')   /* &# &#x, no digits */
        return i + 2 + (i + 2 < n && (s[i + 2] == 'x' || s[i + 2] == 'X'));
    if (end == i || s[i + 1] != '#')
        return i;
    hex = s[i + 2] == 'x' || s[i + 2] == 'X';
    for (j = i + 2 + hex; j < end && s[j] != ';' && v <= 0x10FFFF; j++)
        v = v * (hex ? 16 : 10) +
            (unsigned long)(s[j] <= '9' ? s[j] - '0' : (s[j] | 0x20) - 'a' + 10);
    return v == 0 || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF ? end : i;
}

/* Whether the K bytes at S are a combining mark or variation selector,
 * which never starts anything of its own: the second code point of
 * references such as &nGt; (U+226B U+20D2). */
static int combining(const char *s, size_t k)
{
    uint32_t cp;

    if (qawlp_utf8_decode((const unsigned char *)s, k, &cp) <= 0)
        return 0;
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE00 && cp <= 0xFE0F);
}

/* The code point a reference at S [0, N) certainly stands for, or -1
 * when it cannot be told here (a named reference but the commonest):
 * numeric ones (&#0; reads as U+FFFD) and &amp; &lt; &gt; &quot; &apos;
 * &nbsp;.  Used so that a character of the text is not written at the
 * place of a reference that stands for another. */
static long reference_value(const char *s, size_t n)
{
    static const struct { const char *name; long cp; } common[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'},
        {"&apos;", '\''}, {"&nbsp;", 0xA0},
    };
    size_t i;
    long v = 0;
    int hex;

    if (n > 2 && s[1] == '#') {
        hex = s[2] == 'x' || s[2] == 'X';
        for (i = 2 + (size_t)hex; i < n && s[i] != ';' && v <= 0x10FFFF; i++)
            v = v * (hex ? 16 : 10) +
                (s[i] <= '9' ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10);
        return v == 0 ? 0xFFFD : v;
    }
    for (i = 0; i < sizeof common / sizeof common[0]; i++)
        if (strlen(common[i].name) == n && memcmp(s, common[i].name, n) == 0)
            return common[i].cp;
    return -1;
}

/* Bytes of TEXT from J that the reference at source [AT, END) stands for:
 * one character, and the combining marks after it (&nGt; is U+226B
 * U+20D2).  *FIT gets how many of them fit in the reference's bytes, to
 * be written where it starts; 0 when not even the first fits or the
 * reference is known to stand for another character. */
static size_t reference_text(const canvas *c, const char *text, size_t n,
                             size_t j, size_t at, size_t end, size_t *fit)
{
    size_t used = char_len(text + j, n - j), k;
    long want = reference_value(c->src + at, end - at);
    uint32_t cp;

    *fit = 0;
    if (want >= 0 &&
        (qawlp_utf8_decode((const unsigned char *)text + j, used, &cp) <= 0 ||
         (long)cp != want))
        return used;
    *fit = used <= end - at ? used : 0;
    while (*fit && j + used < n) {
        k = char_len(text + j + used, n - j - used);
        if (!combining(text + j + used, k))
            break;
        used += k;
        if (used <= end - at)
            *fit = used;
    }
    return used;
}

/* Whether the '<' at source AT is the '<' that TEXT has at J, written as
 * it is (libxml2 keeps "<![x" and the like as text): the next bytes of the
 * text, up to 16, are there as they are. */
static int literal_lt(const canvas *c, const char *text, size_t n, size_t j,
                      size_t at, size_t limit)
{
    size_t m = n - j < 16 ? n - j : 16;

    return text[j] == '<' && m > 1 && at + m <= limit &&
           memcmp(c->src + at, text + j, m) == 0;
}

/*
 * Places TEXT (N bytes, as a parser read it) on the canvas, from C->at and
 * before LIMIT.  Each character of TEXT goes to the next source place that
 * holds it, as written or as a character reference (written decoded where
 * the reference starts, when it fits); whitespace matches any whitespace.
 * What lies between is skipped: markup when HTML is set, any byte
 * otherwise (Markdown syntax).  Nothing is written unless the whole of TEXT
 * is placed; returns 0 then, -1 when it is not.
 */
static int place(canvas *c, const char *text, size_t n, size_t limit, int html)
{
    size_t pass, at, j, skipped, start = c->at;

    if (limit > c->len)
        limit = c->len;
    for (pass = 0; pass < 2; pass++) {
        for (at = start, j = 0, skipped = 0; j < n;) {
            size_t k = char_len(text + j, n - j), end;
            if (at == start && c->lead_from == start && limit == c->len &&
                html)
                at = c->lead_to;   /* the markup ahead, measured before */
            if (html && at - start > c->budget)
                goto fail;   /* failed tries have scanned enough */
            if (at >= limit || (j == 0 && skipped > MAX_GAP))
                goto fail;
            if (j > 0 && skipped > n * 8 + MAX_GAP)
                goto fail;   /* too spread out to be this node */
            if (html && c->src[at] == '&' &&
                (end = dropped_reference(c->src, limit, at)) > at) {
                at = end;
            } else if (html && c->src[at] == '<' && !literal_lt(c, text, n, j, at, limit) &&
                (end = markup_end(c->src, limit, at)) > at) {
                if (j == 0 && skipped == 0 && limit == c->len) {
                    c->lead_from = start;   /* markup only, from start */
                    c->lead_to = end;
                }
                at = end;   /* a tag, even where the text has a '<' */
            } else if (at + k <= limit &&
                       memcmp(c->src + at, text + j, k) == 0) {
                if (pass)
                    memcpy(c->out + at, text + j, k);
                at += k;
                j += k;
            } else if (is_space(text[j]) && is_space(c->src[at])) {
                at++;   /* CRLF, spaces the parser made of other spaces */
                j++;
            } else if (c->src[at] == '&' &&
                       (end = reference_end(c->src, limit, at)) > at) {
                size_t fit, used = reference_text(c, text, n, j, at, end,
                                                  &fit);
                if (fit > 0) {
                    if (pass)
                        memcpy(c->out + at, text + j, fit);
                    j += used;
                } else {
                    skipped += end - at;   /* another character's */
                }
                at = end;
            } else if (k == 3 && memcmp(text + j, "\xEF\xBF\xBD", 3) == 0 &&
                       (bad_byte(c->src + at, limit - at) || c->src[at] == '\0')) {
                at++;   /* the parser's U+FFFD for a byte that is not UTF-8
                         * (--repair): left blank, as it does not fit */
                j += k;
            } else if (j > 0 && !html && is_space(text[j - 1]) &&
                       is_space(c->src[at])) {
                at++;   /* more spaces in the source than in the text */
            } else {
                at++;
                skipped++;
            }
        }
        if (pass == 0 && at > limit)
            goto fail;
    }
    c->at = at;
    return 0;
fail:
    /* a failed try of a tag-aware pass may jump over much markup; what
     * they scan in all is bounded (linear in the draft), after which only
     * the byte-by-byte pass is tried */
    if (html)
        c->budget -= at - start < c->budget ? at - start : c->budget;
    return -1;
}

/* ------------------------------------------------------------------ HTML */

/* Elements whose text is not the draft's. */
static int hidden_element(const xmlNode *n)
{
    static const char *const names[] = {
        "script", "style", "noscript", "template", "textarea", "title", "head"
    };
    size_t k;

    for (k = 0; k < sizeof names / sizeof names[0]; k++)
        if (n->name && strcmp((const char *)n->name, names[k]) == 0)
            return 1;
    return 0;
}

/* Whether TEXT is nothing but whitespace: the canvas is blank already, so
 * such a node needs no place. */
static int blank(const char *t)
{
    while (*t && is_space(*t))
        t++;
    return *t == '\0';
}

/* Places the text nodes from N on; -1 at the first that cannot be placed
 * (its place recorded in C->unplaced), as going on would only mean
 * scanning the rest of the source once per node. */
static int place_html_nodes(canvas *c, const xmlNode *n, size_t limit)
{
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            const char *t = (const char *)n->content;
            /* where libxml2 read markup as text ("<![" and the like),
             * the characters in order, skipping any byte, as in Markdown */
            if (t && !blank(t) && place(c, t, strlen(t), limit, 1) &&
                place(c, t, strlen(t), limit, 0)) {
                c->unplaced = c->at;
                return -1;
            }
        } else if (n->type == XML_ELEMENT_NODE && !hidden_element(n)) {
            if (place_html_nodes(c, n->children, limit))
                return -1;
        }
    }
    return 0;
}

/* Places the text of the HTML in source bytes [from, to). */
static int html_text(canvas *c, size_t from, size_t to)
{
    htmlDocPtr doc;

    if (to <= from)
        return 0;
    doc = htmlReadMemory(c->src + from, (int)(to - from), NULL, "UTF-8",
                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                             HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                             HTML_PARSE_NODEFDTD);
    if (doc == NULL)
        return 0;   /* nothing the parser calls text */
    c->at = from;
    place_html_nodes(c, doc->children, to);
    xmlFreeDoc(doc);
    c->at = to;
    return 0;   /* an unplaced node is in c->unplaced */
}

/* -------------------------------------------------------------- Markdown */

/* Source offsets of the line starts, for cmark's line:column positions. */
typedef struct {
    size_t *start;
    size_t n;
} line_index;

static int index_lines(const char *s, size_t len, line_index *li)
{
    size_t i, n = 1;

    for (i = 0; i < len; i++)
        n += s[i] == '\n' || s[i] == '\r';
    li->start = qawlp_malloc(n * sizeof *li->start);
    if (li->start == NULL)
        return -1;
    li->n = 0;
    li->start[li->n++] = 0;
    /* lines end as cmark ends them: LF, CRLF or a lone CR */
    for (i = 0; i < len; i++) {
        if (s[i] != '\n' && s[i] != '\r')
            continue;
        if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
            i++;
        li->start[li->n++] = i + 1;
    }
    return 0;
}

/* Offset of 1-based LINE and COLUMN (a byte column). */
static size_t offset_of(const line_index *li, size_t len, int line, int column)
{
    size_t o;

    if (line < 1)
        return 0;
    if ((size_t)line > li->n)
        return len;
    o = li->start[line - 1] + (column > 1 ? (size_t)column - 1 : 0);
    return o < len ? o : len;
}

/* The end of a front matter at the top of the draft (--- … ---, the
 * closing line included), or 0. */
static size_t front_matter_end(const char *s, size_t len)
{
    size_t end, stop;

    if (len < 4 || memcmp(s, "---", 3) != 0 || (s[3] != '\n' && s[3] != '\r'))
        return 0;
    end = find(s, len, 3, "\n---");
    if (end >= len)
        return 0;
    for (stop = end + 4; stop < len && s[stop] != '\n'; stop++)
        ;
    return stop;
}

/* The nearest block around inline node N, for the source lines its text
 * lies in. */
static cmark_node *block_of(cmark_node *n)
{
    while (n && cmark_node_get_type(n) >= CMARK_NODE_FIRST_INLINE &&
           cmark_node_get_type(n) <= CMARK_NODE_LAST_INLINE)
        n = cmark_node_parent(n);
    return n;
}

/* Places the text of cmark's tree ROOT for the source indexed by LI. */
static void place_markdown_nodes(canvas *c, cmark_node *root,
                                 const line_index *li)
{
    cmark_iter *it = cmark_iter_new(root);
    cmark_event_type ev;

    if (it == NULL)
        return;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type type = cmark_node_get_type(n);
        cmark_node *b;
        size_t from, to;
        const char *t;

        if (ev == CMARK_EVENT_ENTER && type == CMARK_NODE_HTML_BLOCK) {
            html_text(c, offset_of(li, c->len, cmark_node_get_start_line(n), 1),
                      offset_of(li, c->len, cmark_node_get_end_line(n) + 1, 1));
            if (c->unplaced != (size_t)-1)
                break;
            continue;
        }
        if (ev == CMARK_EVENT_EXIT &&
            (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE)) {
            /* the target after the text: ](url "title"), which follows
             * the text's last character closely; a reference link
             * ([text][ref], [text]) has none, and is not looked for to
             * the end of the block once per link */
            b = block_of(n);
            to = offset_of(li, c->len, cmark_node_get_end_line(b),
                           cmark_node_get_end_column(b)) + 1;
            if (to > c->len)
                to = c->len;
            from = find(c->src, to - c->at > LINK_WINDOW ? c->at + LINK_WINDOW
                                                         : to, c->at, "](");
            if (from >= c->at + LINK_WINDOW || from >= to)
                from = to;
            if (from < to) {
                size_t close = find(c->src, to, from + 2, ")");
                c->at = close < to ? close + 1 : c->at;
            }
            continue;
        }
        if (ev != CMARK_EVENT_ENTER ||
            (type != CMARK_NODE_TEXT && type != CMARK_NODE_CODE))
            continue;
        t = cmark_node_get_literal(n);
        b = block_of(n);
        if (t == NULL || *t == '\0' || b == NULL)
            continue;
        from = offset_of(li, c->len, cmark_node_get_start_line(b),
                         cmark_node_get_start_column(b));
        to = offset_of(li, c->len, cmark_node_get_end_line(b),
                       cmark_node_get_end_column(b)) + 1;
        if (c->at < from)
            c->at = from;
        if (!blank(t) && place(c, t, strlen(t), to, 0)) {
            c->unplaced = c->at;
            break;
        }
    }
    cmark_iter_free(it);
}

static int markdown_text(canvas *c)
{
    size_t fm = front_matter_end(c->src, c->len);
    char *copy = qawlp_strndup(c->src, c->len);
    line_index li = {NULL, 0};
    cmark_node *root = NULL;
    size_t i;

    if (copy == NULL || index_lines(c->src, c->len, &li)) {
        qawlp_free(copy);
        return -1;
    }
    for (i = 0; i < fm; i++)   /* cmark sees blank lines there */
        if (copy[i] != '\n' && copy[i] != '\r')
            copy[i] = ' ';
    root = cmark_parse_document(copy, c->len, CMARK_OPT_SOURCEPOS);
    if (root) {
        c->at = fm;
        place_markdown_nodes(c, root, &li);
        cmark_node_free(root);
    }
    qawlp_free(li.start);
    qawlp_free(copy);
    return 0;
}

void qawlp_markup_init(void)
{
    xmlInitParser();
}

char *qawlp_markup_text(const char *src, size_t len, unsigned options,
                        size_t *unplaced)
{
    canvas c;
    size_t i;
    int st;

    c.src = src;
    c.len = len;
    c.at = 0;
    c.lead_from = (size_t)-1;
    c.lead_to = 0;
    c.unplaced = (size_t)-1;
    c.budget = 4 * len + 4 * MAX_GAP;
    c.out = qawlp_malloc(len + 1);
    if (c.out == NULL)
        return NULL;
    for (i = 0; i < len; i++)   /* lines stay where they are */
        c.out[i] = src[i] == '\n' || src[i] == '\r' ? src[i] : ' ';
    c.out[len] = '\0';
    st = options & QAWL_OPT_MARKDOWN ? markdown_text(&c) : html_text(&c, 0, len);
    if (st) {
        qawlp_free(c.out);
        return NULL;
    }
    *unplaced = c.unplaced;
    return c.out;
}
