/*
 * html.c — the per-speaker report as one self-contained HTML page.
 *
 * Right to left, Arabic font stack, no network: a summary of the speakers
 * with a stance bar each (inline SVG), then each article with its quotes
 * highlighted in the speaker's colour, the cue and the speaker's mention
 * marked, and the speaker, rule and confidence on hover; acts are
 * underlined in the speaker's colour and counted by class per speaker.  Every piece of
 * article text goes through html_text(), the one HTML escaper.
 *
 * The labels are Arabic and live in reports/templates/html-labels.txt
 * (built into html-labels.h), not here.  Numbers are set in left-to-right
 * isolates (<bdi dir="ltr">), so a negative mean reads -0.11 in the
 * right-to-left page, not 0.11-.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "html-labels.h"

/* Speaker colours, light enough for black text; cycled. */
static const char *const palette[] = {
    "#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6",
    "#a0c4ff", "#ffadad", "#d0f4de", "#e4c1f9",
};
#define NPALETTE (sizeof palette / sizeof palette[0])

/* Width in pixels of a stance bar. */
#define BAR_WIDTH 160

/* The label of KEY (html-labels.txt), or FALLBACK when there is none
 * (English, which tests/html.sh would find in the page). */
static const char *label_or(const char *key, const char *fallback)
{
    size_t i;

    for (i = 0; i < sizeof html_labels / sizeof html_labels[0]; i++)
        if (strcmp(html_labels[i].key, key) == 0)
            return html_labels[i].text;
    return fallback;
}

static const char *label(const char *key)
{
    return label_or(key, key);
}

/* The label of a speaker kind ("person" ...). */
static const char *kind_label(const char *kind)
{
    char key[64];

    if (kind == NULL)
        return "";
    snprintf(key, sizeof key, "kind.%s", kind);
    return label_or(key, kind);
}

void qawlr_html_text(struct qawl_writer *w, const char *s, size_t len)
{
    size_t i, run = 0;

    for (i = 0; i < len; i++) {
        const char *rep = NULL;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        /* 0x1A stands for a byte that was not UTF-8 (speakers.c) */
        case '\0': case '\x1A': rep = "\xEF\xBF\xBD"; break;
        default:
            if ((unsigned char)s[i] < 0x20 && s[i] != '\n' && s[i] != '\t')
                rep = " ";   /* no control characters in the page */
        }
        if (rep == NULL)
            continue;
        qawlr_emit(w, s + run, i - run);
        qawlr_emit(w, rep, (size_t)-1);
        run = i + 1;
    }
    qawlr_emit(w, s + run, len - run);
}

static void html_str(struct qawl_writer *w, const char *s)
{
    qawlr_html_text(w, s, strlen(s));
}

static const char *colour_of(json_t *colours, const char *id)
{
    json_t *c = json_object_get(colours, id);

    return c ? json_string_value(c) : "#eeeeee";
}

/* The stance bar of a speaker: de-escalation, neutral, escalation. */
static void stance_bar(struct qawl_writer *w, json_t *st)
{
    double d = (double)json_integer_value(json_object_get(st, "de-escalation"));
    double e = (double)json_integer_value(json_object_get(st, "escalation"));
    double n = (double)json_integer_value(json_object_get(st, "neutral"));
    double total = d + e + n;
    int wd = total > 0 ? (int)(BAR_WIDTH * d / total + 0.5) : 0;
    int we = total > 0 ? (int)(BAR_WIDTH * e / total + 0.5) : 0;

    qawlr_printf(w, "<svg class=\"bar\" width=\"%d\" height=\"12\" "
                    "role=\"img\" aria-label=\"%.0f / %.0f / %.0f\">"
                    "<rect x=\"%d\" width=\"%d\" height=\"12\" fill=\"#2e7d32\"/>"
                    "<rect x=\"%d\" width=\"%d\" height=\"12\" fill=\"#9e9e9e\"/>"
                    "<rect x=\"0\" width=\"%d\" height=\"12\" fill=\"#c62828\"/>"
                    "</svg>",
                 BAR_WIDTH, d, n, e, BAR_WIDTH - wd, wd, we,
                 BAR_WIDTH - wd - we, we);
}

/* The acts of speaker S by class: "دعوة 2، تهديد 1", each class with its
 * stance counts on hover. */
static void act_cell(struct qawl_writer *w, json_t *s)
{
    json_t *a;
    size_t k;
    char key[64];

    json_array_foreach(json_object_get(s, "act_classes"), k, a) {
        const char *cls = json_string_value(json_object_get(a, "class"));
        snprintf(key, sizeof key, "act.%s", cls ? cls : "");
        qawlr_printf(w, "%s<span title=\"%" JSON_INTEGER_FORMAT " / %"
                        JSON_INTEGER_FORMAT " / %" JSON_INTEGER_FORMAT "\">",
                     k ? "، " : "",
                     json_integer_value(json_object_get(a, "de-escalation")),
                     json_integer_value(json_object_get(a, "neutral")),
                     json_integer_value(json_object_get(a, "escalation")));
        html_str(w, label_or(key, ""));
        qawlr_printf(w, " <bdi dir=\"ltr\">%" JSON_INTEGER_FORMAT
                        "</bdi></span>",
                     json_integer_value(json_object_get(a, "count")));
    }
}

static void write_summary(struct qawl_writer *w, json_t *list, json_t *colours)
{
    json_t *s;
    size_t i;

    qawlr_printf(w, "<h1>%s</h1>\n<table><thead><tr><th></th><th>%s</th>"
                    "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
                    "<th>%s</th></tr></thead><tbody>\n",
                 label("speakers.heading"), label("speakers.col.speaker"),
                 label("speakers.col.kind"), label("speakers.col.documents"),
                 label("speakers.col.quotes"), label("speakers.col.stance"),
                 label("speakers.col.bar"), label("speakers.col.acts"));
    json_array_foreach(list, i, s) {
        char *id = qawlr_speaker_id(json_string_value(json_object_get(s, "kind")),
                                    json_string_value(json_object_get(s, "key")));
        json_t *st = json_object_get(s, "stance");
        qawlr_printf(w, "<tr><td><span class=\"swatch\" style=\"background:%s\">"
                        "</span></td><td>", id ? colour_of(colours, id) : "#eeeeee");
        free(id);
        html_str(w, json_string_value(json_object_get(s, "name")));
        qawlr_emit(w, "</td><td>", (size_t)-1);
        /* a shard's kind is checked on merge; escaped all the same */
        html_str(w, kind_label(json_string_value(json_object_get(s, "kind"))));
        qawlr_printf(w, "</td><td><bdi dir=\"ltr\">%"
                        JSON_INTEGER_FORMAT "</bdi></td><td><bdi dir=\"ltr\">%"
                        JSON_INTEGER_FORMAT "</bdi></td><td><bdi dir=\"ltr\">"
                        "%+.2f</bdi></td><td>",
                     json_integer_value(json_object_get(s, "documents")),
                     json_integer_value(json_object_get(s, "quote_count")),
                     json_real_value(json_object_get(st, "mean")));
        stance_bar(w, st);
        qawlr_emit(w, "</td><td>", (size_t)-1);
        act_cell(w, s);
        qawlr_emit(w, "</td></tr>\n", (size_t)-1);
    }
    qawlr_emit(w, "</tbody></table>\n", (size_t)-1);
}

static int by_start(const void *a, const void *b)
{
    json_int_t x = json_integer_value(json_object_get(*(json_t *const *)a, "start"));
    json_int_t y = json_integer_value(json_object_get(*(json_t *const *)b, "start"));

    return (x > y) - (x < y);
}

/* One article: its text with the marked spans (quotes, cues, mentions);
 * spans that would overlap an earlier one are left unmarked. */
static void write_article(struct qawl_writer *w, json_t *doc, json_t *colours)
{
    const char *text = json_string_value(json_object_get(doc, "text"));
    size_t len = json_string_length(json_object_get(doc, "text"));
    json_t *spans = json_object_get(doc, "spans"), **v;
    size_t n = json_array_size(spans), i, at = 0;

    qawlr_emit(w, "<article><h2>", (size_t)-1);
    html_str(w, json_string_value(json_object_get(doc, "path")));
    qawlr_emit(w, "</h2><div class=\"text\">", (size_t)-1);
    v = malloc((n ? n : 1) * sizeof *v);
    for (i = 0; v && i < n; i++)
        v[i] = json_array_get(spans, i);
    if (v)
        qsort(v, n, sizeof *v, by_start);
    for (i = 0; v && i < n; i++) {
        size_t a = (size_t)json_integer_value(json_object_get(v[i], "start"));
        size_t b = (size_t)json_integer_value(json_object_get(v[i], "end"));
        const char *type = json_string_value(json_object_get(v[i], "type"));
        if (a < at || b > len || b <= a)
            continue;
        qawlr_html_text(w, text + at, a - at);
        if (strcmp(type, "act") == 0) {
            /* an act is underlined in its speaker's colour: what the
             * speaker did, beside the highlighted words they said */
            qawlr_printf(w, "<mark class=\"a\" style=\"border-color:%s\" "
                            "title=\"",
                         colour_of(colours, json_string_value(
                                                json_object_get(v[i], "speaker"))));
            html_str(w, json_string_value(json_object_get(v[i], "title")));
            qawlr_emit(w, "\">", 2);
            qawlr_html_text(w, text + a, b - a);
            qawlr_emit(w, "</mark>", (size_t)-1);
        } else if (strcmp(type, "quote") == 0) {
            qawlr_printf(w, "<mark class=\"q\" style=\"background:%s\" title=\"",
                         colour_of(colours, json_string_value(
                                                json_object_get(v[i], "speaker"))));
            html_str(w, json_string_value(json_object_get(v[i], "title")));
            qawlr_emit(w, "\">", 2);
            qawlr_html_text(w, text + a, b - a);
            qawlr_emit(w, "</mark>", (size_t)-1);
        } else {
            qawlr_printf(w, "<span class=\"%s\">", strcmp(type, "cue") == 0
                                                       ? "cue" : "mention");
            qawlr_html_text(w, text + a, b - a);
            qawlr_emit(w, "</span>", (size_t)-1);
        }
        at = b;
    }
    free(v);
    qawlr_html_text(w, text + at, len - at);
    qawlr_emit(w, "</div></article>\n", (size_t)-1);
}

void qawlr_write_html(struct qawl_writer *w, json_t *list, json_t *docs,
                      json_t *redirect)
{
    json_t *colours = json_object(), *s, *d;
    const char *from;
    size_t i;

    /* a colour per speaker, in summary order */
    json_array_foreach(list, i, s) {
        char *id = qawlr_speaker_id(json_string_value(json_object_get(s, "kind")),
                                    json_string_value(json_object_get(s, "key")));
        if (id)
            json_object_set_new(colours, id, json_string(palette[i % NPALETTE]));
        free(id);
    }
    /* a folded one-word speaker's quotes take its full name's colour */
    json_object_foreach(redirect, from, s)
        json_object_set(colours, from,
                        json_object_get(colours, json_string_value(s)));
    qawlr_printf(w,
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n"
        "<meta charset=\"utf-8\">\n<title>%s</title>\n", label("page.title"));
    qawlr_emit(w,
        "<style>\n"
        "body{font-family:\"Noto Naskh Arabic\",\"Amiri\",\"Noto Sans Arabic\","
        "\"DejaVu Sans\",Tahoma,sans-serif;font-size:18px;line-height:1.9;"
        "margin:2em auto;max-width:60em;padding:0 1em;color:#222}\n"
        "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid "
        "#ddd;padding:.3em .5em;text-align:right}\n"
        ".swatch{display:inline-block;width:1em;height:1em;border:1px solid #999}\n"
        "article{border-top:2px solid #ccc;margin-top:2em}\n"
        ".text{white-space:pre-wrap}\n"
        "mark.q{border-radius:3px;padding:0 .1em}\n"
        "mark.a{background:none;border-bottom:3px solid;padding:0 .1em}\n"
        ".cue{font-weight:bold;text-decoration:underline}\n"
        ".mention{border-bottom:2px dotted #333}\n"
        "</style>\n</head>\n<body>\n", (size_t)-1);
    write_summary(w, list, colours);
    json_array_foreach(docs, i, d)
        write_article(w, d, colours);
    qawlr_emit(w, "</body>\n</html>\n", (size_t)-1);
    json_decref(colours);
}
