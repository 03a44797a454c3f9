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
 * block).  A node that cannot be matched within a bounded stretch is left
 * blank, so a surprise costs text, never a quote made of markup.
 */
#include <config.h>

#include <string.h>

#include <cmark.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "internal.h"

/* How far past the cursor a text node may start: more markup than this
 * between two pieces of text is not a draft we place text from. */
#define MAX_GAP ((size_t)1 << 16)

/* The source, the output being filled, and how far text has been placed. */
typedef struct {
    const char *src;
    size_t len;
    char *out;
    size_t at;
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

/* Bytes of the UTF-8 character that starts with byte C (1 for a stray
 * byte, which then matches only itself). */
static size_t char_len(unsigned char c)
{
    return c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 1;
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

    if (j >= n)
        return i;
    if (starts_ci(s + i, n - i, "<!--")) {
        k = find(s, n, i + 4, "-->");
        return k < n ? k + 3 : n;
    }
    if (!(is_alpha(s[j]) || s[j] == '/' || s[j] == '!' || s[j] == '?'))
        return i;   /* a '<' in text (a < b) */
    for (; j < n && (quote || s[j] != '>'); j++)
        if (quote && s[j] == quote)
            quote = 0;
        else if (!quote && (s[j] == '"' || s[j] == '\''))
            quote = s[j];
    j = j < n ? j + 1 : n;
    for (k = 0; k < sizeof raw / sizeof raw[0]; k++) {
        size_t tl = strlen(raw[k]);
        if (n - i > tl + 1 && starts_ci(s + i + 1, n - i - 1, raw[k]) &&
            !is_alpha(s[i + 1 + tl])) {
            char close[16] = "</";
            size_t c;
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
 * &name; &#123; &#x1F; within a few bytes. */
static size_t reference_end(const char *s, size_t n, size_t i)
{
    size_t j;

    for (j = i + 1; j < n && j < i + 33; j++) {
        char c = s[j];
        if (c == ';')
            return j > i + 1 ? j + 1 : i;
        if (!(is_alpha(c) || (c >= '0' && c <= '9') || c == '#'))
            return i;
    }
    return i;
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
    size_t pass, at, j, start = c->at;

    if (limit > c->len)
        limit = c->len;
    for (pass = 0; pass < 2; pass++) {
        for (at = start, j = 0; j < n;) {
            size_t k = char_len((unsigned char)text[j]), end;
            if (k > n - j)
                k = n - j;
            if (at >= limit || (j == 0 && at > start + MAX_GAP))
                return -1;
            if (j > 0 && at > start + n * 8 + MAX_GAP)
                return -1;   /* too spread out to be this node */
            if (html && c->src[at] == '<' &&
                (end = markup_end(c->src, limit, at)) > at) {
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
                if (end - at < k)
                    return -1;
                if (pass)
                    memcpy(c->out + at, text + j, k);
                at = end;
                j += k;
            } else if (j > 0 && !html && is_space(text[j - 1]) &&
                       is_space(c->src[at])) {
                at++;   /* more spaces in the source than in the text */
            } else {
                at++;
            }
        }
        if (pass == 0 && at > limit)
            return -1;
    }
    c->at = at;
    return 0;
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

static void place_html_nodes(canvas *c, const xmlNode *n, size_t limit)
{
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            const char *t = (const char *)n->content;
            if (t && *t)
                place(c, t, strlen(t), limit, 1);
        } else if (n->type == XML_ELEMENT_NODE && !hidden_element(n)) {
            place_html_nodes(c, n->children, limit);
        }
    }
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
    return 0;
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
        n += s[i] == '\n';
    li->start = qawlp_malloc(n * sizeof *li->start);
    if (li->start == NULL)
        return -1;
    li->n = 0;
    li->start[li->n++] = 0;
    for (i = 0; i < len; i++)
        if (s[i] == '\n')
            li->start[li->n++] = i + 1;
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
            continue;
        }
        if (ev == CMARK_EVENT_EXIT &&
            (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE)) {
            /* the target after the text: ](url "title") */
            b = block_of(n);
            to = offset_of(li, c->len, cmark_node_get_end_line(b),
                           cmark_node_get_end_column(b)) + 1;
            from = find(c->src, to < c->len ? to : c->len, c->at, "](");
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
        place(c, t, strlen(t), to, 0);
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
        if (copy[i] != '\n')
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

char *qawlp_markup_text(const char *src, size_t len, unsigned options)
{
    canvas c;
    size_t i;
    int st;

    c.src = src;
    c.len = len;
    c.at = 0;
    c.out = qawlp_malloc(len + 1);
    if (c.out == NULL)
        return NULL;
    for (i = 0; i < len; i++)   /* lines stay where they are */
        c.out[i] = src[i] == '\n' ? '\n' : ' ';
    c.out[len] = '\0';
    st = options & QAWL_OPT_MARKDOWN ? markdown_text(&c) : html_text(&c, 0, len);
    if (st) {
        qawlp_free(c.out);
        return NULL;
    }
    return c.out;
}
