/*
 * audit.c — the attribution audit: findings an editor should look at.
 *
 * Input: analysed documents, through the public accessors.  Output: a list
 * of findings, each with a rule id, a severity, a message and the place
 * (file, line, column, byte offset), written as GCC-style text, GitHub
 * workflow commands, SARIF 2.1.0 or JSON.  Rules:
 *
 *   unattributed-quote          a quote with no source
 *   unbalanced-quote-mark       a quotation mark with no partner
 *   low-confidence-attribution  an attribution below the threshold
 *   anonymous-source            a quote from an unnamed source
 *   inconsistent-speaker-name   one speaker spelled two ways
 *   distant-continuation        a continuation far from its speaker
 *   title-only-speaker          a person named only by a title
 *
 * Findings keep the order of the documents and, inside one, of their
 * positions, so output is deterministic.  Article text in messages is
 * escaped by each format's writer (jansson for JSON and SARIF, the
 * workflow-command escapes for GitHub, control characters for text).
 */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "internal.h"

/* Default threshold of low-confidence-attribution. */
#define DEFAULT_MIN_CONFIDENCE 0.6
/* A continuation more than this many lines after its speaker's previous
 * quote is distant. */
#define DISTANT_LINES 3
/* Characters of a quote shown in a message. */
#define SHOWN_CHARS 40

typedef struct {
    const char *id;
    qawl_severity severity;
    const char *description;
} rule_def;

static const rule_def rules[] = {
    {"unattributed-quote", QAWL_SEVERITY_ERROR,
     "A quote the article attributes to no source."},
    {"unbalanced-quote-mark", QAWL_SEVERITY_WARNING,
     "A quotation mark with no partner: a quotation that is not closed, "
     "or a stray mark."},
    {"low-confidence-attribution", QAWL_SEVERITY_WARNING,
     "A speaker chosen with a confidence below the threshold: check who said "
     "it."},
    {"anonymous-source", QAWL_SEVERITY_NOTE,
     "A quote from an unnamed source (مصدر مطلع، مسؤول طلب عدم الكشف عن "
     "هويته)."},
    {"inconsistent-speaker-name", QAWL_SEVERITY_WARNING,
     "One speaker's name spelled two ways in the article."},
    {"distant-continuation", QAWL_SEVERITY_WARNING,
     "A continuation cue (وأضاف) or a bare quoted paragraph far from the "
     "speaker it continues."},
    {"title-only-speaker", QAWL_SEVERITY_WARNING,
     "A person quoted by title only (قال الوزير) with no name anywhere in the "
     "article."},
};

#define NRULES (sizeof rules / sizeof rules[0])

/* Inline suppressions of the document being audited: a comment
 * "qawl: ignore RULE[, RULE…]" (as <!-- qawl: ignore … --> in Markdown or
 * HTML) silences those rules on its own line and the next. */
#define MAX_SUPPRESS 64

typedef struct {
    size_t line;
    int rule;
} suppression;

struct qawl_audit {
    qawl_severity severity[NRULES];
    double min_confidence;
    json_t *findings;     /* array of finding objects */
    suppression suppress[MAX_SUPPRESS];
    size_t nsuppress;
};

const char *qawl_severity_name(qawl_severity s)
{
    switch (s) {
    case QAWL_SEVERITY_ERROR: return "error";
    case QAWL_SEVERITY_WARNING: return "warning";
    case QAWL_SEVERITY_NOTE: return "note";
    default: return "off";
    }
}

qawl_audit *qawl_audit_new(void)
{
    qawl_audit *a = calloc(1, sizeof *a);
    size_t i;

    if (a == NULL)
        return NULL;
    a->findings = json_array();
    if (a->findings == NULL) {
        free(a);
        return NULL;
    }
    for (i = 0; i < NRULES; i++)
        a->severity[i] = rules[i].severity;
    a->min_confidence = DEFAULT_MIN_CONFIDENCE;
    return a;
}

void qawl_audit_free(qawl_audit *a)
{
    if (a == NULL)
        return;
    json_decref(a->findings);
    free(a);
}

static int rule_index(const char *id)
{
    size_t i;

    for (i = 0; i < NRULES; i++)
        if (strcmp(rules[i].id, id) == 0)
            return (int)i;
    return -1;
}

qawl_status qawl_audit_set_severity(qawl_audit *a, const char *rule,
                                    qawl_severity severity)
{
    int i = rule ? rule_index(rule) : -1;

    if (a == NULL || i < 0)
        return QAWL_ERR_ARG;
    a->severity[i] = severity;
    return QAWL_OK;
}

void qawl_audit_set_min_confidence(qawl_audit *a, double confidence)
{
    if (a)
        a->min_confidence = confidence;
}

/* ------------------------------------------------------------ findings */

/* Whether RULE is off, or suppressed inline on LINE. */
static int silenced(const qawl_audit *a, int rule, size_t line)
{
    size_t i;

    if (a->severity[rule] == QAWL_SEVERITY_OFF)
        return 1;
    for (i = 0; i < a->nsuppress; i++)
        if (a->suppress[i].rule == rule &&
            (a->suppress[i].line == line || a->suppress[i].line + 1 == line))
            return 1;
    return 0;
}

/* Adds a finding of RULE at LINE:COLUMN (byte OFFSET) of PATH. */
static int found(qawl_audit *a, int rule, const char *path, size_t line,
                 size_t column, size_t offset, const char *message)
{
    json_t *f;

    if (silenced(a, rule, line))
        return 0;
    f = json_pack("{s:s, s:s, s:s, s:s, s:I, s:I, s:I}", "rule", rules[rule].id,
                  "severity", qawl_severity_name(a->severity[rule]),
                  "message", message, "path", path, "line", (json_int_t)line,
                  "column", (json_int_t)column, "offset", (json_int_t)offset);
    return f == NULL || json_array_append_new(a->findings, f) ? -1 : 0;
}

/* The first SHOWN_CHARS characters of TEXT, with … when cut. */
static void excerpt(const char *text, char *out, size_t size)
{
    size_t i = 0, chars = 0;

    while (text[i] && chars < SHOWN_CHARS && i + 8 < size) {
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            chars++;
        i++;
        while (((unsigned char)text[i] & 0xC0) == 0x80 && i + 4 < size)
            i++;
    }
    memcpy(out, text, i);
    strcpy(out + i, text[i] ? "…" : "");
}

/* For each quote of R (by id - 1), the line of its speaker's previous
 * quote, or 0: one pass over the speakers, so that a speaker continued
 * in thousands of paragraphs costs linear time, not a scan per quote.
 * Caller frees; NULL when out of memory. */
static size_t *previous_lines(const qawl_result *r)
{
    size_t n = qawl_result_quote_count(r), i, k, line;
    size_t *prev = calloc(n ? n : 1, sizeof *prev);

    if (prev == NULL)
        return NULL;
    for (i = 0; i < qawl_result_speaker_count(r); i++) {
        const qawl_speaker *s = qawl_result_speaker(r, i);
        size_t last = 0;
        for (k = 0; k < qawl_speaker_quote_count(s); k++) {
            const qawl_quote *q = qawl_speaker_quote(s, k);
            size_t id = qawl_quote_id(q);
            if (id >= 1 && id <= n)
                prev[id - 1] = last;
            qawl_quote_position(q, &line, NULL);
            last = line;
        }
    }
    return prev;
}

static int quote_findings(qawl_audit *a, const char *path, const qawl_result *r)
{
    size_t i, line, col, start;
    size_t *prev = previous_lines(r);
    char msg[512], ex[256];
    int rc = -1;

    if (prev == NULL)
        return -1;
    for (i = 0; i < qawl_result_quote_count(r); i++) {
        const qawl_quote *q = qawl_result_quote(r, i);
        const qawl_speaker *s = qawl_quote_speaker(q);
        const char *rule = qawl_quote_rule(q);
        qawl_quote_position(q, &line, &col);
        qawl_quote_span(q, &start, NULL);
        excerpt(qawl_quote_text(q), ex, sizeof ex);
        if (s == NULL) {
            snprintf(msg, sizeof msg, "quote has no source: «%s»", ex);
            if (found(a, 0, path, line, col, start, msg))
                goto exit;
            continue;
        }
        if (qawl_quote_confidence(q) < a->min_confidence) {
            snprintf(msg, sizeof msg,
                     "quote attributed to %s by %s with confidence %.2f: «%s»",
                     qawl_speaker_name(s), rule, qawl_quote_confidence(q), ex);
            if (found(a, 2, path, line, col, start, msg))
                goto exit;
        }
        if (qawl_speaker_kind_of(s) == QAWL_SPEAKER_ANONYMOUS) {
            snprintf(msg, sizeof msg, "quote from an anonymous source (%s)",
                     qawl_speaker_name(s));
            if (found(a, 3, path, line, col, start, msg))
                goto exit;
        }
        if (strncmp(rule, "continuation", 12) == 0) {
            /* the speaker's previous quote */
            size_t prev_line = prev[qawl_quote_id(q) - 1];
            if (prev_line && line > prev_line + DISTANT_LINES) {
                snprintf(msg, sizeof msg,
                         "continues %s, whose last quote is %zu lines before",
                         qawl_speaker_name(s), line - prev_line);
                if (found(a, 5, path, line, col, start, msg))
                    goto exit;
            }
        }
    }
    rc = 0;
exit:
    free(prev);
    return rc;
}

/* Letters of a word, for the spelling comparison. */
static size_t word_letters(const char *w, size_t len, uint32_t *out, size_t max)
{
    size_t i = 0, n = 0;

    while (i < len && n < max) {
        uint32_t cp;
        int k = qawlp_utf8_decode((const unsigned char *)w + i, len - i, &cp);
        if (k == 0)
            break;
        if (!qawlp_fold_drops(cp))   /* vowel marks are not spelling */
            out[n++] = cp;
        i += (size_t)k;
    }
    return n;
}

/* Whether two words differ by exactly one letter (inserted, dropped or
 * replaced) and are long enough to be a name. */
static int one_letter_apart(const char *a, size_t la, const char *b, size_t lb)
{
    uint32_t x[64], y[64];
    size_t nx = word_letters(a, la, x, 64), ny = word_letters(b, lb, y, 64);

    return nx >= 5 && ny >= 5 && qawlp_letter_edits(x, nx, y, ny) == 1;
}

/* Length of the word at P: up to a space, a comma or an Arabic comma. */
static size_t word_len(const char *p)
{
    size_t n = 0;

    while (p[n] && p[n] != ' ' && p[n] != ',' &&
           strncmp(p + n, "\xD8\x8C", 2) != 0)
        n++;
    return n;
}

/* P past its word and the separators after it. */
static const char *next_word(const char *p)
{
    p += word_len(p);
    for (;;) {
        if (*p == ' ' || *p == ',')
            p++;
        else if (strncmp(p, "\xD8\x8C", 2) == 0)
            p += 2;
        else
            return p;
    }
}

/* A word of A one letter apart from a word of B: OUT_A/OUT_B get them. */
static int spelled_apart(const char *a, const char *b, char *out_a,
                         char *out_b, size_t size)
{
    const char *p, *q;

    for (p = a; *p; p = next_word(p)) {
        size_t la = word_len(p);
        for (q = b; *q; q = next_word(q)) {
            size_t lb = word_len(q);
            if (la && lb && one_letter_apart(p, la, q, lb)) {
                snprintf(out_a, size, "%.*s", (int)la, p);
                snprintf(out_b, size, "%.*s", (int)lb, q);
                return 1;
            }
        }
    }
    return 0;
}

static int speaker_findings(qawl_audit *a, const char *path,
                            const qawl_result *r)
{
    size_t i, j, k, line, col, start;
    char msg[512], wa[128], wb[128];

    for (i = 0; i < qawl_result_speaker_count(r); i++) {
        const qawl_speaker *s = qawl_result_speaker(r, i);
        const qawl_quote *first = qawl_speaker_quote(s, 0);
        if (first == NULL)   /* a speaker who only acts: no quote to audit */
            continue;
        qawl_quote_position(first, &line, &col);
        qawl_quote_span(first, &start, NULL);
        if (qawl_speaker_kind_of(s) == QAWL_SPEAKER_PERSON &&
            !qawl_speaker_is_named(s)) {
            snprintf(msg, sizeof msg,
                     "%s is quoted by title only; the article gives no name",
                     qawl_speaker_name(s));
            if (found(a, 6, path, line, col, start, msg))
                return -1;
        }
        for (j = 0; j < qawl_speaker_alias_count(s); j++)
            for (k = j + 1; k < qawl_speaker_alias_count(s); k++)
                if (spelled_apart(qawl_speaker_alias(s, j),
                                  qawl_speaker_alias(s, k), wa, wb, sizeof wa)) {
                    snprintf(msg, sizeof msg,
                             "%s is spelled two ways: %s / %s",
                             qawl_speaker_name(s), wa, wb);
                    if (found(a, 4, path, line, col, start, msg))
                        return -1;
                    j = k = qawl_speaker_alias_count(s);   /* once */
                }
    }
    return 0;
}

/* Unpaired marks listed one by one per document; past them, one finding
 * says how many more there are.  A draft of 16 MB of stray marks would
 * otherwise hold millions of findings (~650 bytes of memory per input
 * byte) and print them all, when the first ones say what is wrong. */
#define MAX_MARK_FINDINGS 100

static int mark_findings(qawl_audit *a, const char *path, const qawl_result *r)
{
    size_t i, listed = 0, more = 0, line, col, off, at[3] = {0, 0, 0};
    char msg[128];

    for (i = 0; i < qawl_result_unpaired_mark_count(r); i++) {
        off = qawl_result_unpaired_mark(r, i, &line, &col);
        if (silenced(a, 1, line))
            continue;
        if (listed == MAX_MARK_FINDINGS) {
            if (more++ == 0) {
                at[0] = line;
                at[1] = col;
                at[2] = off;
            }
            continue;
        }
        listed++;
        if (found(a, 1, path, line, col, off,
                  "quotation mark with no partner"))
            return -1;
    }
    if (more == 0)
        return 0;
    snprintf(msg, sizeof msg, "%zu more quotation marks with no partner from "
             "here on (not listed)", more);
    return found(a, 1, path, at[0], at[1], at[2], msg);
}

static int by_place(const void *x, const void *y)
{
    json_t *a = *(json_t *const *)x, *b = *(json_t *const *)y;
    json_int_t d = json_integer_value(json_object_get(a, "offset")) -
                   json_integer_value(json_object_get(b, "offset"));

    if (d)
        return (d > 0) - (d < 0);
    return strcmp(json_string_value(json_object_get(a, "rule")),
                  json_string_value(json_object_get(b, "rule")));
}

/* Reads the "qawl: ignore RULE…" comments of the input of R. */
static void find_suppressions(qawl_audit *a, const qawl_result *r)
{
    static const char marker[] = "qawl: ignore";
    size_t len, line = 1, i;
    const char *text = qawl_result_input(r, &len), *p;

    a->nsuppress = 0;
    for (i = 0; i < len; i++) {
        /* lines end as the library counts them (load.c): LF, CRLF or a
         * lone CR, so that a suppression names the line findings give */
        if (text[i] == '\r' || text[i] == '\n') {
            if (text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
                i++;
            line++;
            continue;
        }
        if (text[i] != 'q' || len - i < sizeof marker - 1 ||
            memcmp(text + i, marker, sizeof marker - 1) != 0)
            continue;
        p = text + i + sizeof marker - 1;
        /* rule ids follow, separated by spaces or commas, up to the end
         * of the comment or the line */
        while (p < text + len && *p != '\n' && *p != '\r' &&
               strncmp(p, "-->", 3) != 0) {
            size_t k, n = 0;
            while (p < text + len && (*p == ' ' || *p == ','))
                p++;
            while (p + n < text + len && (p[n] == '-' ||
                                          (p[n] >= 'a' && p[n] <= 'z')))
                n++;
            if (n == 0)
                break;
            for (k = 0; k < NRULES; k++)
                if (strlen(rules[k].id) == n && memcmp(rules[k].id, p, n) == 0 &&
                    a->nsuppress < MAX_SUPPRESS) {
                    a->suppress[a->nsuppress].line = line;
                    a->suppress[a->nsuppress].rule = (int)k;
                    a->nsuppress++;
                }
            p += n;
        }
    }
}

qawl_status qawl_audit_add(qawl_audit *a, const char *path,
                           const qawl_result *r)
{
    size_t before, n, i;
    json_t **v;
    char *name;

    if (a == NULL || r == NULL)
        return QAWL_ERR_ARG;
    /* a file name need not be UTF-8: it is shown with U+FFFD, as the
     * document writers show it, rather than fail the whole audit */
    name = qawlp_text_ndup(path ? path : "-", strlen(path ? path : "-"));
    if (name == NULL)
        return QAWL_ERR_NOMEM;
    find_suppressions(a, r);
    before = json_array_size(a->findings);
    if (quote_findings(a, name, r) || mark_findings(a, name, r) ||
        speaker_findings(a, name, r)) {
        qawlp_free(name);
        return QAWL_ERR_NOMEM;
    }
    qawlp_free(name);
    /* this document's findings in text order */
    n = json_array_size(a->findings) - before;
    v = malloc((n ? n : 1) * sizeof *v);
    if (v == NULL)
        return QAWL_ERR_NOMEM;
    for (i = 0; i < n; i++)
        v[i] = json_incref(json_array_get(a->findings, before + i));
    qsort(v, n, sizeof *v, by_place);
    for (i = 0; i < n; i++)
        json_array_set_new(a->findings, before + i, v[i]);
    free(v);
    return QAWL_OK;
}

static qawl_severity severity_of(json_t *f)
{
    const char *s = json_string_value(json_object_get(f, "severity"));

    return strcmp(s, "error") == 0 ? QAWL_SEVERITY_ERROR
           : strcmp(s, "warning") == 0 ? QAWL_SEVERITY_WARNING
                                       : QAWL_SEVERITY_NOTE;
}

size_t qawl_audit_count(const qawl_audit *a, qawl_severity at_least)
{
    size_t i, n = 0;
    json_t *f;

    json_array_foreach(a->findings, i, f)
        n += severity_of(f) >= at_least;
    return n;
}

/* ------------------------------------------------------------- writers */

/* Text with control characters shown as \xNN (no terminal injection). */
static void safe_text(struct qawl_writer *w, const char *s)
{
    for (; *s; s++) {
        if ((unsigned char)*s < 0x20 || *s == 0x7F) {
            char hex[8];
            snprintf(hex, sizeof hex, "\\x%02X", (unsigned)(unsigned char)*s);
            qawlr_emit(w, hex, (size_t)-1);
        } else {
            qawlr_emit(w, s, 1);
        }
    }
}

/* A workflow-command value: %, CR and LF escaped; in a property also : and
 * ,. */
static void github_text(struct qawl_writer *w, const char *s, int property)
{
    for (; *s; s++) {
        switch (*s) {
        case '%': qawlr_emit(w, "%25", 3); break;
        case '\r': qawlr_emit(w, "%0D", 3); break;
        case '\n': qawlr_emit(w, "%0A", 3); break;
        case ':':
            qawlr_emit(w, property ? "%3A" : ":", property ? 3 : 1);
            break;
        case ',':
            qawlr_emit(w, property ? "%2C" : ",", property ? 3 : 1);
            break;
        default:
            if ((unsigned char)*s < 0x20 || *s == 0x7F)
                qawlr_emit(w, " ", 1);
            else
                qawlr_emit(w, s, 1);
        }
    }
}

static int dump_cb(const char *buf, size_t size, void *data)
{
    return qawlr_emit(data, buf, size);
}

static const char *sarif_level(const char *severity)
{
    return strcmp(severity, "note") == 0 ? "note" : severity;
}

/* PATH as a SARIF artifactLocation uri: a relative URI reference, every
 * byte but the unreserved ones and '/' percent-encoded (RFC 3986), so a
 * space, '#', '%' or non-ASCII name stays one path. */
static json_t *uri_of(const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(path), i, o = 0;
    char *u = malloc(3 * n + 1);
    json_t *v;

    if (u == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)path[i];
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
            (c >= '0' && c <= '9') || strchr("-._~/", c)) {
            u[o++] = (char)c;
        } else {
            u[o++] = '%';
            u[o++] = hex[c >> 4];
            u[o++] = hex[c & 15];
        }
    }
    u[o] = '\0';
    v = json_string(u);
    free(u);
    return v;
}

static json_t *sarif_log(const qawl_audit *a)
{
    json_t *rs = json_array(), *results = json_array(), *f;
    size_t i;

    for (i = 0; i < NRULES; i++)
        json_array_append_new(rs, json_pack(
            "{s:s, s:{s:s}, s:{s:s}}", "id", rules[i].id, "shortDescription",
            "text", rules[i].description, "defaultConfiguration", "level",
            a->severity[i] == QAWL_SEVERITY_OFF ? "none"
                                                 : qawl_severity_name(a->severity[i])));
    json_array_foreach(a->findings, i, f)
        json_array_append_new(results, json_pack(
            "{s:O, s:s, s:{s:O}, s:[{s:{s:{s:o}, s:{s:O, s:O, s:O}}}]}",
            "ruleId", json_object_get(f, "rule"),
            "level", sarif_level(json_string_value(json_object_get(f, "severity"))),
            "message", "text", json_object_get(f, "message"),
            "locations", "physicalLocation", "artifactLocation", "uri",
            uri_of(json_string_value(json_object_get(f, "path"))), "region",
            "startLine",
            json_object_get(f, "line"), "startColumn", json_object_get(f, "column"),
            "byteOffset", json_object_get(f, "offset")));
    return json_pack("{s:s, s:s, s:[{s:{s:{s:s, s:s, s:s, s:o}}, s:o}]}",
                     "$schema", "https://json.schemastore.org/sarif-2.1.0.json",
                     "version", "2.1.0", "runs", "tool", "driver", "name",
                     "qawl", "version", qawl_version(), "informationUri",
                     "https://github.com/qawl/qawl", "rules", rs, "results",
                     results);
}

qawl_status qawl_audit_write(const qawl_audit *a, qawl_format format,
                             qawl_sink sink, void *user)
{
    struct qawl_writer w;
    json_t *f, *doc;
    size_t i;
    int rc = 0;

    if (a == NULL || sink == NULL)
        return QAWL_ERR_ARG;
    qawlr_writer_init(&w, sink, user);
    switch (format) {
    case QAWL_FORMAT_TEXT:
        json_array_foreach(a->findings, i, f) {
            char pos[128];
            safe_text(&w, json_string_value(json_object_get(f, "path")));
            snprintf(pos, sizeof pos, ":%" JSON_INTEGER_FORMAT ":%" JSON_INTEGER_FORMAT
                     ": %s: ", json_integer_value(json_object_get(f, "line")),
                     json_integer_value(json_object_get(f, "column")),
                     json_string_value(json_object_get(f, "severity")));
            qawlr_emit(&w, pos, (size_t)-1);
            safe_text(&w, json_string_value(json_object_get(f, "message")));
            qawlr_emit(&w, " [", 2);
            qawlr_emit(&w, json_string_value(json_object_get(f, "rule")), (size_t)-1);
            qawlr_emit(&w, "]\n", 2);
        }
        break;
    case QAWL_FORMAT_GITHUB:
        json_array_foreach(a->findings, i, f) {
            char pos[128];
            const char *sev = json_string_value(json_object_get(f, "severity"));
            qawlr_emit(&w, "::", 2);
            qawlr_emit(&w, strcmp(sev, "note") == 0 ? "notice" : sev, (size_t)-1);
            qawlr_emit(&w, " file=", 6);
            github_text(&w, json_string_value(json_object_get(f, "path")), 1);
            snprintf(pos, sizeof pos, ",line=%" JSON_INTEGER_FORMAT
                     ",col=%" JSON_INTEGER_FORMAT ",title=",
                     json_integer_value(json_object_get(f, "line")),
                     json_integer_value(json_object_get(f, "column")));
            qawlr_emit(&w, pos, (size_t)-1);
            github_text(&w, json_string_value(json_object_get(f, "rule")), 1);
            qawlr_emit(&w, "::", 2);
            github_text(&w, json_string_value(json_object_get(f, "message")), 0);
            qawlr_emit(&w, "\n", 1);
        }
        break;
    case QAWL_FORMAT_JSON:
    case QAWL_FORMAT_SARIF:
        doc = format == QAWL_FORMAT_SARIF
                  ? sarif_log(a)
                  : json_pack("{s:s, s:O}", "qawl-audit", "1", "findings",
                              a->findings);
        if (doc == NULL)
            return QAWL_ERR_NOMEM;
        rc = json_dump_callback(doc, dump_cb, &w,
                                JSON_PRESERVE_ORDER | JSON_INDENT(2));
        qawlr_emit(&w, "\n", 1);
        json_decref(doc);
        break;
    default:
        return QAWL_ERR_ARG;
    }
    return rc == 0 && qawlr_flush(&w) == 0 ? QAWL_OK : QAWL_ERR_IO;
}
