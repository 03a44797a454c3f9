/*
 * check_markup.c — tests of the draft reader (analyzer/markup.c): the text
 * libxml2 and cmark find in an HTML or Markdown draft, placed back where it
 * was, in a copy of the same length.
 *
 * Each case names bytes of the draft that must stay text (same bytes, same
 * offsets), bytes that must be blank (markup, code, front matter), and
 * character references that must read as their character where they start.
 */
#include <config.h>

#include <check.h>
#include <stdlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

#define MAXPARTS 6

typedef struct {
    const char *name;
    unsigned kind;              /* QAWL_OPT_HTML or QAWL_OPT_MARKDOWN */
    const char *src;
    const char *kept[MAXPARTS]; /* text, in place */
    const char *gone[MAXPARTS]; /* blank: only spaces and line ends */
    const char *ref, *as;       /* a reference and the character it reads as */
} markup_case;

static const markup_case cases[] = {
    {"html paragraph", QAWL_OPT_HTML,
     "<p class=\"x\">وقال الوزير إن \"الهدنة صامدة\".</p>\n",
     {"وقال الوزير إن \"الهدنة صامدة\"."}, {"<p class=\"x\">", "</p>"},
     NULL, NULL},
    {"html references", QAWL_OPT_HTML,
     "<p>قال إن &quot;الحل&quot; &amp; &#1575;لسلام &#x633;يأتي</p>",
     {"الحل", "لسلام", "يأتي"}, {"<p>"}, "&#1575;", "ا"},
    {"html named reference", QAWL_OPT_HTML, "<p>أ &amp; ب</p>",
     {"أ ", " ب"}, {"</p>"}, "&amp;", "&"},
    {"html hidden elements", QAWL_OPT_HTML,
     "<head><title>قال: عنوان</title><style>p{}</style></head>"
     "<script>var s = 'قال إن \"لا\"';</script><p>نص</p>"
     "<!-- قال إن \"تعليق\" --><noscript>قال</noscript>",
     {"نص"}, {"قال: عنوان", "p{}", "var s = 'قال إن \"لا\"';",
              "<!-- قال إن \"تعليق\" -->", "قال</noscript>"}, NULL, NULL},
    {"html attribute with >", QAWL_OPT_HTML,
     "<a title='قال > إن' href=\"x\">رابط</a> وبعده",
     {"رابط", " وبعده"}, {"<a title='قال > إن' href=\"x\">"}, NULL, NULL},
    {"html malformed", QAWL_OPT_HTML,
     "<p>أول <b>ثان <i>ثالث</p> a < b <p>رابع",
     {"أول ", "ثان ", "ثالث", "a < b ", "رابع"}, {"<b>", "<i>", "</p>"},
     NULL, NULL},
    {"markdown front matter", QAWL_OPT_MARKDOWN,
     "---\ntitle: \"قال إن\"\n---\nوقال الوزير إن الهدنة صامدة.\n",
     {"وقال الوزير إن الهدنة صامدة."}, {"---\ntitle: \"قال إن\"\n---"},
     NULL, NULL},
    {"markdown code and marks", QAWL_OPT_MARKDOWN,
     "# عنوان\n\nوقال **الوزير** إن `الكود` _مهم_.\n\n```\nقال إن \"كود\"\n```\n",
     {"عنوان", "وقال ", "الوزير", " إن ", "الكود", "مهم"},
     {"# ", "**", "`", "_", "```\nقال إن \"كود\"\n```"}, NULL, NULL},
    {"markdown link and list", QAWL_OPT_MARKDOWN,
     "- قال [سامي الحداد](https://example.org/قال \"عنوان\") إن الحل قريب\n"
     "> وأضاف أن ![صورة](a.png) تكفي\n",
     {"قال ", "سامي الحداد", " إن الحل قريب", "وأضاف أن ", "صورة", " تكفي"},
     {"- ", "[", "](https://example.org/قال \"عنوان\")", "> ", "![", "](a.png)"},
     NULL, NULL},
    {"markdown escapes and references", QAWL_OPT_MARKDOWN,
     "قال إن \\*الحل\\* &amp; السلام\n",
     {"قال إن ", "*الحل", " السلام"}, {"\\"}, "&amp;", "&"},
    {"markdown html block", QAWL_OPT_MARKDOWN,
     "<div>وأضاف أن <b>الحدود</b> ستفتح</div>\n\n<!-- qawl: ignore -->\n",
     {"وأضاف أن ", "الحدود", " ستفتح"},
     {"<div>", "<b>", "</div>", "<!-- qawl: ignore -->"}, NULL, NULL},
};

static int blank(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\n')
            return 0;
    return 1;
}

START_TEST(test_markup_case)
{
    const markup_case *k = &cases[_i];
    size_t len = strlen(k->src), i;
    size_t unplaced;
    char *out = qawlp_markup_text(k->src, len, k->kind, &unplaced);

    ck_assert_ptr_nonnull(out);
    ck_assert_uint_eq(strlen(out), len);
    ck_assert_msg(unplaced == (size_t)-1, "%s: text unplaced from %zu",
                  k->name, unplaced);
    for (i = 0; i < MAXPARTS && k->kept[i]; i++) {
        const char *at = strstr(k->src, k->kept[i]);
        ck_assert_msg(at != NULL, "%s: bad case", k->name);
        ck_assert_msg(memcmp(out + (at - k->src), k->kept[i],
                             strlen(k->kept[i])) == 0,
                      "%s: «%s» not kept: «%s»", k->name, k->kept[i], out);
    }
    for (i = 0; i < MAXPARTS && k->gone[i]; i++) {
        const char *at = strstr(k->src, k->gone[i]);
        ck_assert_msg(at != NULL, "%s: bad case", k->name);
        ck_assert_msg(blank(out + (at - k->src), strlen(k->gone[i])),
                      "%s: «%s» not blank: «%s»", k->name, k->gone[i], out);
    }
    if (k->ref) {
        size_t at = (size_t)(strstr(k->src, k->ref) - k->src);
        size_t n = strlen(k->as);
        ck_assert_msg(memcmp(out + at, k->as, n) == 0 &&
                          blank(out + at + n, strlen(k->ref) - n),
                      "%s: %s not read as %s: «%s»", k->name, k->ref, k->as, out);
    }
    qawlp_free(out);
}
END_TEST

/* Whether byte I of S lies in a character reference (&…;) or after a
 * backslash: the places where the copy may hold a decoded character. */
static int in_reference(const char *s, size_t n, size_t i)
{
    size_t a;

    if (i > 0 && s[i - 1] == '\\')
        return 1;
    for (a = i + 1; a-- > 0 && i - a < 34;) {
        if (s[a] == '&') {
            size_t e = a + 1;
            while (e < n && e < a + 34 && s[e] != ';' && s[e] != '&')
                e++;
            return e < n && s[e] == ';' && i <= e;
        }
        if (s[a] == ';' && a < i)
            return 0;
    }
    return 0;
}

/* Drafts made of markup pieces in random order: whatever the parsers make
 * of them, the copy has the draft's length, and each byte is the draft's
 * byte, a space, a line end or part of a decoded reference. */
START_TEST(test_markup_random)
{
    static const char *const pieces[] = {
        "<p>", "</p>", "<b>", "</i>", "<script>", "</script>", "<style>",
        "<!--", "-->", "<a href=\"", "\">", "'", "\"", "&amp;", "&#1575;",
        "&bogus", ";", "<", ">", "\n", "\r\n", "---\n", "# ", "**", "_",
        "`", "```\n", "[", "](", ")", "![", "> ", "- ", "1. ", "\\",
        "قال", " إن ", "«", "»", "نص", "x", "\xff", "\xd9"
    };
    unsigned seed = 12345;
    int round;

    for (round = 0; round < 2000; round++) {
        char draft[512];
        size_t len = 0, i, unplaced;
        unsigned kind = round % 2 ? QAWL_OPT_HTML : QAWL_OPT_MARKDOWN;
        char *out;
        int pieces_n = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 40;

        while (pieces_n-- > 0) {
            const char *p;
            seed = seed * 1103515245u + 12345u;
            p = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
            if (len + strlen(p) >= sizeof draft)
                break;
            memcpy(draft + len, p, strlen(p));
            len += strlen(p);
        }
        draft[len] = '\0';
        out = qawlp_markup_text(draft, len, kind, &unplaced);
        ck_assert_ptr_nonnull(out);
        /* the parsers' text is always found again: nothing is lost */
        ck_assert_msg(unplaced == (size_t)-1, "round %d: text unplaced from "
                      "byte %zu of «%s»", round, unplaced, draft);
        ck_assert_uint_eq(strlen(out), len);
        for (i = 0; i < len; i++)
            ck_assert_msg(out[i] == draft[i] || out[i] == ' ' ||
                              out[i] == '\n' || in_reference(draft, len, i),
                          "round %d byte %zu: «%s» -> «%s»", round, i, draft, out);
        qawlp_free(out);
    }
}
END_TEST

/* Through the whole pipeline: the quote of an HTML draft is found, with
 * offsets into the draft itself. */
START_TEST(test_markup_quote_offsets)
{
    static const char draft[] =
        "<html><body><h1>عنوان</h1>\n<p>وقال الوزير سامي الحداد إن "
        "&quot;الهدنة صامدة&quot;.</p></body></html>\n";
    qawl_error err = {0};
    qawl_result *r = qawl_analyze(test_lexicons(), draft, sizeof draft - 1,
                                  QAWL_OPT_HTML, &err);
    const qawl_quote *q;
    size_t a, b, line, col;

    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(qawl_result_quote_count(r), 1);
    q = qawl_result_quote(r, 0);
    qawl_quote_span(q, &a, &b);
    ck_assert(memcmp(draft + a, "الهدنة صامدة", b - a) == 0);
    qawl_quote_position(q, &line, &col);
    ck_assert_uint_eq(line, 2);
    ck_assert_str_eq(qawl_speaker_name(qawl_quote_speaker(q)), "سامي الحداد");
    qawl_result_free(r);
}
END_TEST

/* A saved news page: 300 KB of script, style and SVG before the article.
 * Markup does not count toward the gap a text node may follow, so the
 * quote is found (it was lost, with 0 quotes and no error). */
START_TEST(test_markup_heavy_page)
{
    static const char *const parts[] = {
        "<script>var x = \"<p>\";\n", "p{color:red}\n",
        "<path d=\"M0 0L1 1\"/>\n"
    };
    static const char *const open[] = { "<html><head>", "<style>", "</head>"
                                        "<body><svg>" };
    static const char *const close[] = { "</script>", "</style>", "</svg>" };
    static const char article[] =
        "<p>وقال الوزير سامي الحداد إن «الهدنة صامدة في الإقليم».</p>"
        "</body></html>\n";
    size_t cap = 400000, len = 0, k, i;
    char *page = malloc(cap);
    qawl_error err = {0};
    qawl_result *r;

    ck_assert_ptr_nonnull(page);
    for (k = 0; k < 3; k++) {
        len += (size_t)sprintf(page + len, "%s", open[k]);
        for (i = 0; len + 64 < 100000 * (k + 1); i++)
            len += (size_t)sprintf(page + len, "%s", parts[k]);
        len += (size_t)sprintf(page + len, "%s", close[k]);
    }
    len += (size_t)sprintf(page + len, "%s", article);
    r = qawl_analyze(test_lexicons(), page, len, QAWL_OPT_HTML, &err);
    ck_assert_msg(r != NULL, "%s", err.message);
    ck_assert_uint_eq(qawl_result_quote_count(r), 1);
    ck_assert_str_eq(qawl_quote_text(qawl_result_quote(r, 0)),
                     "الهدنة صامدة في الإقليم");
    qawl_result_free(r);
    free(page);
}
END_TEST

/* Numeric references without ';' and ones the parser drops (&#0;) are
 * placed like the others: no text after them is lost. */
START_TEST(test_markup_odd_references)
{
    static const char draft[] =
        "<p>&#65 &#x41 &#0; &#xD800; &#; &unknown; &copy 2020 &#1575</p>";
    size_t unplaced;
    char *out = qawlp_markup_text(draft, sizeof draft - 1, QAWL_OPT_HTML,
                                  &unplaced);

    ck_assert_ptr_nonnull(out);
    ck_assert_msg(unplaced == (size_t)-1, "unplaced from %zu: «%s»", unplaced,
                  out);
    ck_assert_msg(strstr(out, "&unknown; &copy 2020") != NULL, "«%s»", out);
    qawlp_free(out);
}
END_TEST

static Suite *markup_suite(void)
{
    Suite *s = suite_create("markup");
    TCase *tc = tcase_create("drafts");

    tcase_add_unchecked_fixture(tc, NULL, test_lexicons_free);
    tcase_add_loop_test(tc, test_markup_case, 0,
                        (int)(sizeof cases / sizeof cases[0]));
    tcase_add_test(tc, test_markup_random);
    tcase_add_test(tc, test_markup_quote_offsets);
    tcase_add_test(tc, test_markup_heavy_page);
    tcase_add_test(tc, test_markup_odd_references);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(markup_suite());
}
