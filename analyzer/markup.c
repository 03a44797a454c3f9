/*
 * markup.c — the text of a Markdown or HTML draft, offsets unchanged.
 *
 * Input: the bytes of a draft and its kind (QAWL_OPT_MARKDOWN or
 * QAWL_OPT_HTML).  Output: a copy of the same length in which markup is
 * blanked with spaces and HTML character references are decoded in place
 * (the character, then spaces to the reference's length).  Because no byte
 * moves, every offset, line and column that later stages report still
 * points into the original file, and markup never becomes a quote.
 *
 * Blanked: HTML comments, tags, <script> and <style> contents; in Markdown
 * also a leading YAML front matter (--- … ---), fenced code blocks, the
 * marks of headings, quotes and lists, emphasis and code marks, and the
 * targets of links and images ([text](target) keeps the text).  This is a
 * masking pass, not a full parser: it keeps text where a parser would, for
 * the markup news drafts use.
 */
#include <config.h>

#include <string.h>

#include "internal.h"

static void blank(char *s, size_t from, size_t to)
{
    size_t i;

    for (i = from; i < to; i++)
        if (s[i] != '\n')
            s[i] = ' ';   /* lines stay where they are */
}

/* Offset of NEEDLE in S[from, len), or len. */
static size_t find(const char *s, size_t len, size_t from, const char *needle)
{
    size_t n = strlen(needle), i;

    for (i = from; i + n <= len; i++)
        if (memcmp(s + i, needle, n) == 0)
            return i;
    return len;
}

/* Case-insensitive prefix test for ASCII tag names. */
static int starts_ci(const char *s, size_t len, const char *prefix)
{
    size_t i, n = strlen(prefix);

    if (len < n)
        return 0;
    for (i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != prefix[i])
            return 0;
    }
    return 1;
}

/* Decodes the character reference at S[i] ('&'); returns its length, or 0
 * when it is not one we know. */
static size_t decode_reference(char *s, size_t len, size_t i)
{
    static const struct { const char *name; uint32_t cp; } named[] = {
        {"&quot;", '"'}, {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'},
        {"&nbsp;", ' '}, {"&laquo;", 0x00AB}, {"&raquo;", 0x00BB},
        {"&ldquo;", 0x201C}, {"&rdquo;", 0x201D}, {"&apos;", '\''},
    };
    size_t k, end = i + 1;
    uint32_t cp = 0;
    char enc[4];
    int n;

    for (k = 0; k < sizeof named / sizeof named[0]; k++) {
        size_t nl = strlen(named[k].name);
        if (len - i >= nl && memcmp(s + i, named[k].name, nl) == 0) {
            cp = named[k].cp;
            end = i + nl;
            break;
        }
    }
    if (cp == 0 && i + 2 < len && s[i + 1] == '#') {
        int hex = s[i + 2] == 'x' || s[i + 2] == 'X';
        for (end = i + 2 + (size_t)hex; end < len && end < i + 12; end++) {
            char c = s[end];
            int d = c >= '0' && c <= '9' ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0)
                break;
            cp = cp * (hex ? 16 : 10) + (uint32_t)d;
        }
        if (end >= len || s[end] != ';' || cp == 0 || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        end++;
    }
    if (cp == 0)
        return 0;
    n = qawlp_utf8_encode(cp, enc);
    if ((size_t)n > end - i)
        return 0;
    memcpy(s + i, enc, (size_t)n);
    blank(s, i + (size_t)n, end);
    return end - i;
}

static void mask_html(char *s, size_t len)
{
    size_t i = 0;

    while (i < len) {
        if (s[i] == '&') {
            size_t n = decode_reference(s, len, i);
            i += n ? n : 1;
            continue;
        }
        if (s[i] != '<') {
            i++;
            continue;
        }
        if (find(s, len, i, "<!--") == i) {
            size_t end = find(s, len, i + 4, "-->");
            blank(s, i, end < len ? end + 3 : len);
            i = end < len ? end + 3 : len;
            continue;
        }
        {
            size_t end = i + 1;
            int script = starts_ci(s + i, len - i, "<script") ||
                         starts_ci(s + i, len - i, "<style");
            while (end < len && s[end] != '>')
                end++;
            blank(s, i, end < len ? end + 1 : len);
            i = end < len ? end + 1 : len;
            if (script) {
                /* up to the closing tag, contents included */
                size_t close = i;
                while (close < len && !(s[close] == '<' && close + 1 < len &&
                                        s[close + 1] == '/'))
                    close++;
                blank(s, i, close);
                i = close;
            }
        }
    }
}

/* Markdown line starts: heading, quote and list marks. */
static void mask_line_start(char *s, size_t len, size_t i)
{
    size_t j = i;

    while (j < len && (s[j] == ' ' || s[j] == '\t'))
        j++;
    while (j < len && (s[j] == '#' || s[j] == '>'))
        s[j++] = ' ';
    if (j + 1 < len && (s[j] == '-' || s[j] == '*' || s[j] == '+') &&
        s[j + 1] == ' ')
        s[j] = ' ';
    else {
        size_t k = j;
        while (k < len && s[k] >= '0' && s[k] <= '9')
            k++;
        if (k > j && k + 1 < len && (s[k] == '.' || s[k] == ')') &&
            s[k + 1] == ' ')
            blank(s, j, k + 1);
    }
}

static void mask_markdown(char *s, size_t len)
{
    size_t i = 0;

    /* front matter */
    if (len >= 4 && memcmp(s, "---\n", 4) == 0) {
        size_t end = find(s, len, 4, "\n---");
        if (end < len) {
            size_t stop = end + 4;
            while (stop < len && s[stop] != '\n')
                stop++;
            blank(s, 0, stop);
            i = stop;
        }
    }
    while (i < len) {
        if (i == 0 || s[i - 1] == '\n') {
            if (find(s, len, i, "```") == i) {
                size_t end = find(s, len, i + 3, "\n```");
                size_t stop = end < len ? end + 4 : len;
                while (stop < len && s[stop] != '\n')
                    stop++;
                blank(s, i, stop);
                i = stop;
                continue;
            }
            mask_line_start(s, len, i);
        }
        switch (s[i]) {
        case '*': case '_': case '`': case '~':
            s[i] = ' ';
            break;
        case '!':
            if (i + 1 < len && s[i + 1] == '[')
                s[i] = ' ';
            break;
        case '[':
            s[i] = ' ';
            break;
        case ']':
            /* ](target): blank the bracket and the target */
            s[i] = ' ';
            if (i + 1 < len && s[i + 1] == '(') {
                size_t end = i + 1;
                while (end < len && s[end] != ')' && s[end] != '\n')
                    end++;
                blank(s, i + 1, end < len && s[end] == ')' ? end + 1 : end);
                i = end;
            }
            break;
        default:
            break;
        }
        i++;
    }
}

char *qawlp_markup_text(const char *src, size_t len, unsigned options)
{
    char *copy = qawlp_strndup(src, len);

    if (copy == NULL)
        return NULL;
    /* HTML inside Markdown is masked too */
    mask_html(copy, len);
    if (options & QAWL_OPT_MARKDOWN)
        mask_markdown(copy, len);
    return copy;
}
