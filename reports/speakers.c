/*
 * speakers.c — the per-speaker report across documents, and its merge.
 *
 * The report is kept as jansson objects: one entry per speaker, keyed by
 * its kind and folded canonical name (qawl_speaker_key), with its aliases,
 * document and quote counts, stance sums, terms and quotes.  Everything a
 * merge adds up is a count or an integer number of thousandths, and every
 * list is sorted when written, so merging shards in any grouping and any
 * order gives the same bytes (associative and commutative): a report over
 * an archive is a map step plus a reduce step.
 *
 * Formats: JSON ("qawl-speakers/1", which merges back), Markdown (a summary
 * table, then a table of quotes per speaker) and CSV (RFC 4180, one row per
 * quote).  Article text is escaped for each format: Markdown gets HTML
 * entities and escaped pipes, CSV gets quoting and a leading ' before a
 * text that a spreadsheet would read as a formula.
 */
#include <config.h>

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "internal.h"

/* Terms shown per speaker in Markdown and JSON summaries. */
#define SHOWN_TERMS 5

struct qawl_speaker_report {
    json_t *speakers;   /* "kind\tkey" -> speaker object */
    json_t *docs;       /* documents added, for the HTML page (not merged) */
};

qawl_speaker_report *qawl_speaker_report_new(void)
{
    qawl_speaker_report *r = calloc(1, sizeof *r);

    if (r == NULL)
        return NULL;
    r->speakers = json_object();
    r->docs = json_array();
    if (r->speakers == NULL || r->docs == NULL) {
        json_decref(r->speakers);
        json_decref(r->docs);
        free(r);
        return NULL;
    }
    return r;
}

void qawl_speaker_report_free(qawl_speaker_report *r)
{
    if (r == NULL)
        return;
    json_decref(r->speakers);
    json_decref(r->docs);
    free(r);
}

static long long milli(double x)
{
    return llround(x * 1000.0);
}

/* ------------------------------------------------------------- building */

/* The id of a speaker entry, "kind\tkey" (a kind has no tab, so two keys
 * never share an id however long they are); caller frees. */
char *qawlr_speaker_id(const char *kind, const char *key)
{
    size_t nk = strlen(kind), nkey = strlen(key);
    char *id = malloc(nk + nkey + 2);

    if (id == NULL)
        return NULL;
    memcpy(id, kind, nk);
    id[nk] = '\t';
    memcpy(id + nk + 1, key, nkey + 1);
    return id;
}

/* The speaker entry for KIND and KEY, created with NAME when absent.
 * Aliases and terms are objects keyed by the alias and the term, so that
 * adding one costs a lookup, not a pass over those already there. */
static json_t *entry_for(qawl_speaker_report *r, const char *kind,
                         const char *key, const char *name)
{
    char *id = qawlr_speaker_id(kind, key);
    json_t *e;

    if (id == NULL)
        return NULL;
    e = json_object_get(r->speakers, id);
    if (e == NULL) {
        e = json_pack("{s:s, s:s, s:s, s:{}, s:I, s:I, "
                      "s:{s:I, s:I, s:I, s:I}, s:{}, s:[], s:[]}",
                      "key", key, "kind", kind, "name", name, "aliases",
                      "documents", (json_int_t)0, "quotes", (json_int_t)0,
                      "stance", "score_milli", (json_int_t)0, "de-escalation",
                      (json_int_t)0, "escalation", (json_int_t)0, "neutral",
                      (json_int_t)0, "terms", "list", "act_list");
        if (e != NULL && json_object_set_new(r->speakers, id, e))
            e = NULL;
    }
    free(id);
    return e;
}

/* Adds N to the integer FIELD of OBJ; -1, and OBJ unchanged, when the sum
 * would not fit (counts from a shard are not trusted to stay small). */
static int add_int(json_t *obj, const char *field, json_int_t n)
{
    json_t *v = json_object_get(obj, field);
    json_int_t sum;

    if (__builtin_add_overflow(json_integer_value(v), n, &sum))
        return -1;
    return json_integer_set(v, sum);
}

/* Whether FIELD of A and of B add up without overflow. */
static int sum_fits(json_t *a, json_t *b, const char *field)
{
    json_int_t sum;

    return !__builtin_add_overflow(json_integer_value(json_object_get(a, field)),
                                   json_integer_value(json_object_get(b, field)),
                                   &sum);
}

/* Keeps the longer name (then the smaller): the same whatever the order
 * names arrive in. */
static int better_name(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);

    return la != lb ? la > lb : strcmp(a, b) < 0;
}

static int merge_name(json_t *e, const char *name)
{
    const char *cur = json_string_value(json_object_get(e, "name"));

    if (cur && !better_name(name, cur))
        return 0;
    return json_object_set_new(e, "name", json_string(name));
}

static int add_alias(json_t *e, const char *alias)
{
    json_t *a = json_object_get(e, "aliases");

    if (json_object_get(a, alias) != NULL)
        return 0;
    return json_object_set_new(a, alias, json_string(alias));
}

static int add_term(json_t *e, const char *term, json_int_t weight_milli,
                    json_int_t count)
{
    json_t *terms = json_object_get(e, "terms"), *t = json_object_get(terms, term);
    json_int_t w, c;

    if (t == NULL)
        return json_object_set_new(terms, term,
                                   json_pack("{s:I, s:I}", "weight_milli",
                                             weight_milli, "count", count));
    /* both sums are checked before either changes */
    if (__builtin_add_overflow(json_integer_value(json_object_get(t, "weight_milli")),
                               weight_milli, &w) ||
        __builtin_add_overflow(json_integer_value(json_object_get(t, "count")),
                               count, &c))
        return -1;
    return json_integer_set(json_object_get(t, "weight_milli"), w) ||
           json_integer_set(json_object_get(t, "count"), c);
}

/* NAME with the bidi controls that reorder what follows them (embeddings,
 * overrides, isolates, marks) left out, so that a speaker's name cannot
 * turn the text around it in any report; caller frees. */
static char *plain_name(const char *name)
{
    char *s = strdup(name);

    if (s != NULL)
        qawlp_strip_bidi(s);
    return s;
}

/* A quote or an act of the speaker: where, the act's class (CLS, NULL
 * for a quote), its words and stance. */
static json_t *record_row(const char *path, qawlr_record r, const char *cls)
{
    size_t line, col;
    double score;
    qawl_stance st = qawlr_rec_stance(r, &score);
    json_t *row;

    qawlr_rec_position(r, &line, &col);
    row = json_pack("{s:s, s:I, s:I}", "document", path,
                    "line", (json_int_t)line, "column", (json_int_t)col);
    /* the members in this order: saved reports compare byte for byte */
    if (row == NULL ||
        (cls && json_object_set_new(row, "class", json_string(cls))) ||
        json_object_set_new(row, "text", json_string(qawlr_rec_text(r))) ||
        json_object_set_new(row, "stance",
                            json_string(qawl_stance_name(st))) ||
        json_object_set_new(row, "score_milli",
                            json_integer((json_int_t)milli(score)))) {
        json_decref(row);
        return NULL;
    }
    return row;
}

static json_t *quote_row(const char *path, const qawl_quote *q)
{
    return record_row(path, qawlr_quote_record(q), NULL);
}

static json_t *act_row(const char *path, const qawl_act *a)
{
    return record_row(path, qawlr_act_record(a),
                      qawl_act_class_name(qawl_act_class_of(a)));
}

/* The hover title of a quote in the HTML page; caller frees. */
static char *quote_title(const qawl_quote *q, const qawl_speaker *s)
{
    const char *name = s ? qawl_speaker_name(s) : "(no source)";
    const char *rule = qawl_quote_rule(q);
    size_t size = strlen(name) + strlen(rule) + 32;
    char *t = malloc(size);

    if (t != NULL)
        snprintf(t, size, "%s — %s %.2f", name, rule, qawl_quote_confidence(q));
    return t;
}

/* TEXT (LEN bytes) as the HTML page keeps it: the same bytes, but each
 * that starts no valid UTF-8 character (an input read with --repair) is
 * SUB (0x1A), which the page shows as U+FFFD: one byte for one, so the
 * spans' offsets still hold, and the text is valid for jansson.  Caller
 * frees. */
static char *page_text(const char *text, size_t len)
{
    char *t = malloc(len + 1);
    size_t i = 0;

    if (t == NULL)
        return NULL;
    while (i < len) {
        uint32_t cp;
        int k = qawlp_utf8_decode((const unsigned char *)text + i, len - i, &cp);
        if (k <= 0) {
            t[i++] = '\x1A';
            continue;
        }
        memcpy(t + i, text + i, (size_t)k);
        i += (size_t)k;
    }
    t[len] = '\0';
    return t;
}

/* Appends to SPANS a span of TYPE (a quote or an act) at input bytes
 * [A, B) with its speaker S's id and TITLE, which it frees (NULL: out of
 * memory).  Returns -1 on failure. */
static int append_spoken_span(json_t *spans, const char *type, size_t a,
                              size_t b, const qawl_speaker *s, char *title)
{
    char *id = qawlr_speaker_id(
        s ? qawl_speaker_kind_name(qawl_speaker_kind_of(s)) : "",
        s ? qawl_speaker_key(s) : "");
    int bad = id == NULL || title == NULL ||
              json_array_append_new(spans, json_pack("{s:s, s:I, s:I, s:s, s:s}",
                                    "type", type, "start", (json_int_t)a,
                                    "end", (json_int_t)b, "speaker", id,
                                    "title", title));

    free(id);
    free(title);
    return bad ? -1 : 0;
}

/* Keeps document PATH's text and marked spans for the HTML page. */
static int keep_document(qawl_speaker_report *r, const char *path,
                         const qawl_result *res)
{
    size_t len, i, a, b;
    const char *text = qawl_result_input(res, &len);
    json_t *spans = json_array(), *doc;
    char *shown;

    if (spans == NULL)
        return -1;
    for (i = 0; i < qawl_result_quote_count(res); i++) {
        const qawl_quote *q = qawl_result_quote(res, i);
        const qawl_speaker *s = qawl_quote_speaker(q);
        qawl_quote_span(q, &a, &b);
        if (append_spoken_span(spans, "quote", a, b, s, quote_title(q, s)))
            goto fail;
        if (qawl_quote_cue(q, &a, &b) &&
            json_array_append_new(spans, json_pack("{s:s, s:I, s:I}", "type",
                                  "cue", "start", (json_int_t)a, "end",
                                  (json_int_t)b)))
            goto fail;
        if (qawl_quote_mention(q, &a, &b) &&
            json_array_append_new(spans, json_pack("{s:s, s:I, s:I}", "type",
                                  "mention", "start", (json_int_t)a, "end",
                                  (json_int_t)b)))
            goto fail;
    }
    for (i = 0; i < qawl_result_act_count(res); i++) {
        const qawl_act *act = qawl_result_act(res, i);
        const qawl_speaker *s = qawl_act_speaker(act);
        const char *name = s ? qawl_speaker_name(s) : "(no source)";
        size_t size = strlen(name) + 64;
        char *title = malloc(size);
        if (title)
            snprintf(title, size, "%s — %s", name,
                     qawl_act_class_name(qawl_act_class_of(act)));
        qawl_act_span(act, &a, &b);
        if (append_spoken_span(spans, "act", a, b, s, title))
            goto fail;
    }
    shown = page_text(text, len);
    doc = shown ? json_pack("{s:s, s:s%, s:o}", "path", path ? path : "-",
                            "text", shown, len, "spans", spans) : NULL;
    if (shown == NULL)
        json_decref(spans);
    free(shown);
    return doc == NULL || json_array_append_new(r->docs, doc) ? -1 : 0;
fail:
    json_decref(spans);
    return -1;
}

/* Adds document PATH (valid UTF-8) of RES; see qawl_speaker_report_add. */
static qawl_status add_result(qawl_speaker_report *r, const char *path,
                              const qawl_result *res)
{
    size_t i, k;

    if (keep_document(r, path, res))
        return QAWL_ERR_NOMEM;
    for (i = 0; i < qawl_result_speaker_count(res); i++) {
        const qawl_speaker *s = qawl_result_speaker(res, i);
        json_t *e = entry_for(r, qawl_speaker_kind_name(qawl_speaker_kind_of(s)),
                              qawl_speaker_key(s), qawl_speaker_name(s));
        json_t *st;
        if (e == NULL || merge_name(e, qawl_speaker_name(s)))
            return QAWL_ERR_NOMEM;
        st = json_object_get(e, "stance");
        /* a count that can pass 2^63 only by adding 2^63 documents */
        if (add_int(e, "documents", 1))
            return QAWL_ERR_ARG;
        for (k = 0; k < qawl_speaker_alias_count(s); k++)
            if (add_alias(e, qawl_speaker_alias(s, k)))
                return QAWL_ERR_NOMEM;
        for (k = 0; k < qawl_speaker_quote_count(s); k++) {
            const qawl_quote *q = qawl_speaker_quote(s, k);
            double score;
            qawl_stance label = qawl_quote_stance(q, &score);
            if (json_array_append_new(json_object_get(e, "list"),
                                      quote_row(path ? path : "-", q)))
                return QAWL_ERR_NOMEM;
            if (add_int(e, "quotes", 1) ||
                add_int(st, "score_milli", (json_int_t)milli(score)) ||
                add_int(st, qawl_stance_name(label), 1))
                return QAWL_ERR_ARG;
        }
        for (k = 0; k < qawl_speaker_term_count(s); k++) {
            double w;
            size_t n;
            const char *term = qawl_speaker_term(s, k, &w, &n);
            if (add_term(e, term, milli(w), (json_int_t)n))
                return QAWL_ERR_NOMEM;
        }
        for (k = 0; k < qawl_speaker_act_count(s); k++)
            if (json_array_append_new(json_object_get(e, "act_list"),
                                      act_row(path ? path : "-",
                                              qawl_speaker_act(s, k))))
                return QAWL_ERR_NOMEM;
    }
    return QAWL_OK;
}

qawl_status qawl_speaker_report_add(qawl_speaker_report *r, const char *path,
                                    const qawl_result *res)
{
    char *name;
    qawl_status st;

    if (r == NULL || res == NULL)
        return QAWL_ERR_ARG;
    /* a file name need not be UTF-8 (nor a JSON Lines id cut short): it
     * is kept with U+FFFD, as the document writers show it, rather than
     * fail the whole report */
    path = path ? path : "-";
    name = qawlp_text_ndup(path, strlen(path));
    if (name == NULL)
        return QAWL_ERR_NOMEM;
    st = add_result(r, name, res);
    qawlp_free(name);
    return st;
}

static const char *const stance_fields[] = { "score_milli", "de-escalation",
                                             "escalation", "neutral" };
#define NSTANCE_FIELDS (sizeof stance_fields / sizeof *stance_fields)

/* Whether entry FROM adds to entry INTO without any count overflowing. */
static int absorb_fits(json_t *into, json_t *from)
{
    json_t *st = json_object_get(into, "stance"), *v, *t;
    json_t *fst = json_object_get(from, "stance");
    const char *term;
    size_t i;

    if (!sum_fits(into, from, "documents") || !sum_fits(into, from, "quotes"))
        return 0;
    for (i = 0; i < NSTANCE_FIELDS; i++)
        if (!sum_fits(st, fst, stance_fields[i]))
            return 0;
    json_object_foreach(json_object_get(from, "terms"), term, v) {
        t = json_object_get(json_object_get(into, "terms"), term);
        if (t && (!sum_fits(t, v, "weight_milli") || !sum_fits(t, v, "count")))
            return 0;
    }
    return 1;
}

/* Adds the counts, stance, aliases, terms and quotes of entry FROM to
 * entry INTO; the caller checked absorb_fits() first. */
static int absorb(json_t *into, json_t *from)
{
    json_t *v, *st = json_object_get(into, "stance");
    const char *k;
    size_t i;

    add_int(into, "documents",
            json_integer_value(json_object_get(from, "documents")));
    add_int(into, "quotes", json_integer_value(json_object_get(from, "quotes")));
    for (i = 0; i < NSTANCE_FIELDS; i++)
        add_int(st, stance_fields[i], json_integer_value(json_object_get(
                    json_object_get(from, "stance"), stance_fields[i])));
    json_object_foreach(json_object_get(from, "aliases"), k, v)
        if (add_alias(into, k))
            return -1;
    json_object_foreach(json_object_get(from, "terms"), k, v)
        if (add_term(into, k,
                     json_integer_value(json_object_get(v, "weight_milli")),
                     json_integer_value(json_object_get(v, "count"))))
            return -1;
    return json_array_extend(json_object_get(into, "list"),
                             json_object_get(from, "list")) ||
           json_array_extend(json_object_get(into, "act_list"),
                             json_object_get(from, "act_list"));
}

/* -------------------------------------------------------------- merging */

/*
 * A shard is untrusted input: before anything of it is merged, its whole
 * shape is checked (every member, type, enumeration and range, and the
 * sums that a report written by qawl always satisfies), and the first
 * problem is reported with its JSON path ($.speakers[3].quotes[0].stance).
 * Only then is it merged, into a report of its own first (where repeated
 * entries add up), and that into the caller's report once no count
 * overflows: a rejected shard leaves nothing behind.
 */
typedef struct {
    qawl_error *err;
    char at[96];        /* JSON path of the value being checked */
} shard_check;

static int shard_fail(shard_check *c, const char *member, const char *what)
{
    if (c->err && c->err->code == QAWL_OK) {
        c->err->code = QAWL_ERR_ARG;
        snprintf(c->err->message, sizeof c->err->message,
                 "not a qawl speaker report: %s%s%s: %s", c->at,
                 member ? "." : "", member ? member : "", what);
    }
    return -1;
}

/* Whether OBJ is an object with exactly the members NAMES (NULL-ended). */
static int check_members(shard_check *c, json_t *obj,
                         const char *const *names)
{
    const char *k;
    json_t *v;
    size_t i, n = 0;

    if (!json_is_object(obj))
        return shard_fail(c, NULL, "not an object");
    for (i = 0; names[i]; i++) {
        if (json_object_get(obj, names[i]) == NULL)
            return shard_fail(c, names[i], "missing");
        n++;
    }
    if (json_object_size(obj) != n)
        json_object_foreach(obj, k, v) {
            for (i = 0; names[i] && strcmp(names[i], k); i++)
                ;
            /* the member's name is not printed: it is the shard's text */
            if (names[i] == NULL)
                return shard_fail(c, NULL, "a member that is not part of "
                                           "the format");
        }
    return 0;
}

static int check_string(shard_check *c, json_t *obj, const char *member)
{
    return json_is_string(json_object_get(obj, member))
               ? 0 : shard_fail(c, member, "not a string");
}

/* An integer in [LO, HI] in *V. */
static int check_int(shard_check *c, json_t *obj, const char *member,
                     json_int_t lo, json_int_t hi, json_int_t *v)
{
    json_t *x = json_object_get(obj, member);
    char what[96];

    if (json_is_integer(x) && json_integer_value(x) >= lo &&
        json_integer_value(x) <= hi) {
        if (v)
            *v = json_integer_value(x);
        return 0;
    }
    snprintf(what, sizeof what, "not an integer in [%" JSON_INTEGER_FORMAT
             ", %" JSON_INTEGER_FORMAT "]", lo, hi);
    return shard_fail(c, member, what);
}

/* An integer equal to WANT, which the speaker's quotes add up to. */
static int check_sum(shard_check *c, json_t *obj, const char *member,
                     json_int_t want)
{
    json_t *x = json_object_get(obj, member);
    char what[96];

    if (json_is_integer(x) && json_integer_value(x) == want)
        return 0;
    snprintf(what, sizeof what, "not %" JSON_INTEGER_FORMAT ", what the "
             "speaker's quotes add up to", want);
    return shard_fail(c, member, what);
}

/* A string among NAMES (NULL-ended); its index in *V. */
static int check_enum(shard_check *c, json_t *obj, const char *member,
                      const char *const *names, size_t *v)
{
    const char *s = json_string_value(json_object_get(obj, member));
    size_t i;

    for (i = 0; s && names[i]; i++)
        if (strcmp(s, names[i]) == 0) {
            if (v)
                *v = i;
            return 0;
        }
    return shard_fail(c, member, "not one of the values the format allows");
}

static const char *const kind_names[] = { "person", "organisation",
                                          "anonymous", NULL };
static const char *const stance_names[] = { "de-escalation", "escalation",
                                            "neutral", NULL };

/* Quote K of speaker I; adds its label to LABELS and score to *SCORE. */
static int check_quote(shard_check *c, size_t i, size_t k, json_t *q,
                       json_int_t labels[3], json_int_t *score)
{
    static const char *const members[] = { "document", "line", "column",
                                           "text", "stance", "score_milli",
                                           NULL };
    size_t label;
    json_int_t s;

    snprintf(c->at, sizeof c->at, "$.speakers[%zu].quotes[%zu]", i, k);
    if (check_members(c, q, members) || check_string(c, q, "document") ||
        check_string(c, q, "text") ||
        check_int(c, q, "line", 1, LLONG_MAX, NULL) ||
        check_int(c, q, "column", 1, LLONG_MAX, NULL) ||
        check_enum(c, q, "stance", stance_names, &label) ||
        check_int(c, q, "score_milli", -1000, 1000, &s))
        return -1;
    labels[label]++;
    *score += s;   /* |s| <= 1000 a quote: no overflow before 2^53 quotes */
    return 0;
}

/* The stance object of speaker I: its counts and score are those of the
 * speaker's quotes, as in every report qawl writes. */
static int check_stance(shard_check *c, size_t i, json_t *st,
                        const json_int_t labels[3], json_int_t score)
{
    static const char *const members[] = { "mean", "score_milli",
                                           "de-escalation", "escalation",
                                           "neutral", NULL };
    size_t k;

    snprintf(c->at, sizeof c->at, "$.speakers[%zu].stance", i);
    if (check_members(c, st, members))
        return -1;
    if (!json_is_number(json_object_get(st, "mean")))
        return shard_fail(c, "mean", "not a number");
    for (k = 0; k < 3; k++)
        if (check_sum(c, st, stance_names[k], labels[k]))
            return -1;
    return check_sum(c, st, "score_milli", score);
}

static const char *const class_names[] = { "call", "demand", "warning",
                                           "accusation", "denial",
                                           "condemnation", "threat",
                                           "announcement", "welcome", NULL };

/* Act K of speaker I. */
static int check_act(shard_check *c, size_t i, size_t k, json_t *a)
{
    static const char *const members[] = { "document", "line", "column",
                                           "class", "text", "stance",
                                           "score_milli", NULL };

    snprintf(c->at, sizeof c->at, "$.speakers[%zu].acts[%zu]", i, k);
    return check_members(c, a, members) || check_string(c, a, "document") ||
           check_string(c, a, "text") ||
           check_int(c, a, "line", 1, LLONG_MAX, NULL) ||
           check_int(c, a, "column", 1, LLONG_MAX, NULL) ||
           check_enum(c, a, "class", class_names, NULL) ||
           check_enum(c, a, "stance", stance_names, NULL) ||
           check_int(c, a, "score_milli", -1000, 1000, NULL)
               ? -1 : 0;
}

/* The acts of speaker I (members that reports before acts lack: a report
 * without them merges as one with none).  act_classes is recomputed when
 * written, so only its shape is checked here. */
static int check_acts(shard_check *c, size_t i, json_t *s)
{
    json_t *acts = json_object_get(s, "acts"), *v;
    size_t k;

    snprintf(c->at, sizeof c->at, "$.speakers[%zu]", i);
    if (!json_is_array(acts))
        return shard_fail(c, "acts", "not an array");
    if (!json_is_array(json_object_get(s, "act_classes")))
        return shard_fail(c, "act_classes", "not an array");
    if (check_sum(c, s, "act_count", (json_int_t)json_array_size(acts)))
        return -1;
    json_array_foreach(acts, k, v)
        if (check_act(c, i, k, v))
            return -1;
    return 0;
}

/* The terms of speaker I. */
static int check_terms(shard_check *c, size_t i, json_t *terms)
{
    static const char *const members[] = { "term", "weight_milli", "count",
                                           NULL };
    json_t *t;
    size_t k;

    if (!json_is_array(terms))
        return shard_fail(c, "terms", "not an array");
    json_array_foreach(terms, k, t) {
        snprintf(c->at, sizeof c->at, "$.speakers[%zu].terms[%zu]", i, k);
        if (check_members(c, t, members) || check_string(c, t, "term") ||
            check_int(c, t, "weight_milli", LLONG_MIN, LLONG_MAX,
                      NULL) ||
            check_int(c, t, "count", 0, LLONG_MAX, NULL))
            return -1;
    }
    return 0;
}

static int check_speaker(shard_check *c, size_t i, json_t *s)
{
    static const char *const members[] = { "key", "kind", "name", "aliases",
                                           "documents", "quote_count",
                                           "stance", "terms", "quotes", NULL };
    static const char *const with_acts[] = { "key", "kind", "name",
                                             "aliases", "documents",
                                             "quote_count", "stance",
                                             "terms", "quotes", "act_count",
                                             "act_classes", "acts", NULL };
    int acts = json_is_object(s) && json_object_get(s, "acts") != NULL;
    json_t *quotes = json_object_get(s, "quotes"), *v;
    json_int_t labels[3] = { 0, 0, 0 }, score = 0;
    size_t k;

    snprintf(c->at, sizeof c->at, "$.speakers[%zu]", i);
    if (check_members(c, s, acts ? with_acts : members) ||
        check_string(c, s, "key") ||
        check_enum(c, s, "kind", kind_names, NULL) ||
        check_string(c, s, "name") ||
        check_int(c, s, "documents", 1, LLONG_MAX, NULL) ||
        check_terms(c, i, json_object_get(s, "terms")))
        return -1;
    snprintf(c->at, sizeof c->at, "$.speakers[%zu]", i);
    if (!json_is_array(json_object_get(s, "aliases")))
        return shard_fail(c, "aliases", "not an array");
    json_array_foreach(json_object_get(s, "aliases"), k, v)
        if (!json_is_string(v)) {
            snprintf(c->at, sizeof c->at, "$.speakers[%zu].aliases[%zu]", i, k);
            return shard_fail(c, NULL, "not a string");
        }
    if (!json_is_array(quotes))
        return shard_fail(c, "quotes", "not an array");
    if (check_sum(c, s, "quote_count", (json_int_t)json_array_size(quotes)))
        return -1;
    json_array_foreach(quotes, k, v)
        if (check_quote(c, i, k, v, labels, &score))
            return -1;
    if (acts && check_acts(c, i, s))
        return -1;
    return check_stance(c, i, json_object_get(s, "stance"), labels, score);
}

static int check_shard(shard_check *c, json_t *top)
{
    static const char *const members[] = { "qawl-speakers", "speakers", NULL };
    const char *version;
    json_t *s;
    size_t i;

    snprintf(c->at, sizeof c->at, "$");
    if (check_members(c, top, members))
        return -1;
    version = json_string_value(json_object_get(top, "qawl-speakers"));
    if (version == NULL || (strcmp(version, "1") != 0 &&
                            strcmp(version, "1.1") != 0))
        return shard_fail(c, "qawl-speakers", "not \"1\" or \"1.1\" (the "
                                              "formats this qawl reads)");
    if (!json_is_array(json_object_get(top, "speakers")))
        return shard_fail(c, "speakers", "not an array");
    json_array_foreach(json_object_get(top, "speakers"), i, s)
        if (check_speaker(c, i, s))
            return -1;
    return 0;
}

/* Adds speaker object S (checked) of a shard to R, the shard's own
 * report; 1 when a count overflows, -1 when out of memory. */
static int merge_speaker(qawl_speaker_report *r, json_t *s)
{
    char *key = plain_name(json_string_value(json_object_get(s, "key")));
    char *name = plain_name(json_string_value(json_object_get(s, "name")));
    const char *kind = json_string_value(json_object_get(s, "kind"));
    json_t *st = json_object_get(s, "stance"), *e = NULL, *v;
    size_t i;
    int rc = -1;

    if (key == NULL || name == NULL)
        goto exit;
    e = entry_for(r, kind, key, name);
    if (e == NULL || merge_name(e, name))
        goto exit;
    rc = 1;
    if (add_int(e, "documents", json_integer_value(json_object_get(s, "documents"))) ||
        add_int(e, "quotes", json_integer_value(json_object_get(s, "quote_count"))))
        goto exit;
    for (i = 0; i < NSTANCE_FIELDS; i++)
        if (add_int(json_object_get(e, "stance"), stance_fields[i],
                    json_integer_value(json_object_get(st, stance_fields[i]))))
            goto exit;
    json_array_foreach(json_object_get(s, "terms"), i, v)
        if (add_term(e, json_string_value(json_object_get(v, "term")),
                     json_integer_value(json_object_get(v, "weight_milli")),
                     json_integer_value(json_object_get(v, "count"))))
            goto exit;
    rc = -1;
    json_array_foreach(json_object_get(s, "aliases"), i, v) {
        char *alias = plain_name(json_string_value(v));
        int bad = alias == NULL || add_alias(e, alias);
        free(alias);
        if (bad)
            goto exit;
    }
    json_array_foreach(json_object_get(s, "quotes"), i, v)
        if (json_array_append(json_object_get(e, "list"), v))
            goto exit;
    json_array_foreach(json_object_get(s, "acts"), i, v)
        if (json_array_append(json_object_get(e, "act_list"), v))
            goto exit;
    rc = 0;
exit:
    free(key);
    free(name);
    return rc;
}

/* Adds the entries of SHARD to R, or nothing when a count would overflow
 * (1); -1 when out of memory. */
static int merge_report(qawl_speaker_report *r, qawl_speaker_report *shard)
{
    const char *id;
    json_t *e, *into;

    json_object_foreach(shard->speakers, id, e) {
        into = json_object_get(r->speakers, id);
        if (into && !absorb_fits(into, e))
            return 1;
    }
    json_object_foreach(shard->speakers, id, e) {
        into = json_object_get(r->speakers, id);
        if (into == NULL) {
            if (json_object_set(r->speakers, id, e))
                return -1;
        } else if (merge_name(into, json_string_value(json_object_get(e, "name"))) ||
                   absorb(into, e)) {
            return -1;
        }
    }
    return 0;
}

static qawl_status merge_failed(qawl_error *err, int rc)
{
    qawl_status st = rc < 0 ? QAWL_ERR_NOMEM : QAWL_ERR_ARG;

    if (err && err->code == QAWL_OK) {
        err->code = st;
        snprintf(err->message, sizeof err->message, "%s",
                 rc < 0 ? "out of memory"
                        : "not merged: a count of this report, added up "
                          "or added to the earlier ones, passes 2^63");
    }
    return st;
}

qawl_status qawl_speaker_report_merge(qawl_speaker_report *r, const char *json,
                                      size_t len, qawl_error *err)
{
    json_error_t jerr;
    json_t *top, *s;
    qawl_speaker_report *shard = NULL;
    shard_check c;
    qawl_status st = QAWL_ERR_ARG;
    size_t i;
    int rc = 0;

    if (r == NULL || (json == NULL && len > 0))
        return QAWL_ERR_ARG;
    top = json_loadb(json, len, 0, &jerr);
    if (top == NULL) {
        if (err && err->code == QAWL_OK) {
            err->code = QAWL_ERR_ARG;
            err->line = (unsigned long)jerr.line;
            err->column = (unsigned long)jerr.column;
            err->offset = (size_t)jerr.position;
            snprintf(err->message, sizeof err->message, "invalid JSON: %s",
                     jerr.text);
        }
        return QAWL_ERR_ARG;
    }
    c.err = err;
    if (check_shard(&c, top))
        goto exit;
    shard = qawl_speaker_report_new();
    if (shard == NULL) {
        rc = -1;
        goto fail;
    }
    json_array_foreach(json_object_get(top, "speakers"), i, s) {
        rc = merge_speaker(shard, s);
        if (rc)
            goto fail;
    }
    rc = merge_report(r, shard);
    if (rc)
        goto fail;
    st = QAWL_OK;
    goto exit;
fail:
    st = merge_failed(err, rc);
exit:
    qawl_speaker_report_free(shard);
    json_decref(top);
    return st;
}

/* ------------------------------------------------ one-word speakers */

/* An article that names "دونالد ترامب" once and then "ترامب" clusters both
 * into one entity, but an article that only ever says "ترامب" gives a
 * separate, one-word key.  The presentation formats fold such a one-word
 * person into the full name ending with that word (a surname) or opening
 * with it (a first name a person is known by: تيدروس) that the archive
 * quotes most, when it is quoted at least FOLD_DOMINANCE times as often as all
 * other such full names together (إيفانكا ترامب beside دونالد ترامب) and
 * at least 1/FOLD_SHARE as often as the one word itself; otherwise (two
 * people sharing a family name, or a rare full name beside a frequent
 * word: جيمس كيم beside كيم) it stays apart.
 * The JSON report stays unfolded so that merging shards stays exact:
 * folding is done on the whole, once, when a report is shown. */
#define FOLD_DOMINANCE 3
#define FOLD_SHARE 4

static int is_person(json_t *e)
{
    return strcmp(json_string_value(json_object_get(e, "kind")), "person") == 0;
}

static json_int_t quote_count(json_t *e)
{
    return json_integer_value(json_object_get(e, "quotes"));
}

/* Adds ID under WORD in INDEX; -1 when out of memory. */
static int index_add(json_t *index, const char *word, const char *id)
{
    json_t *ids = json_object_get(index, word);

    if (ids == NULL && json_object_set_new(index, word, ids = json_array()))
        return -1;
    return json_array_append_new(ids, json_string(id));
}

/* Where a word is filed as a surname only: a tab before it, which no
 * key holds (qawlr_speaker_id), so it never meets a word. */
#define SURNAME_MARK "\t"

/* Adds ID under WORD as a surname in INDEX; -1 when out of memory. */
static int index_surname(json_t *index, const char *word, const char *id)
{
    size_t n = strlen(word);
    char *k = malloc(n + 2);
    int r;

    if (k == NULL)
        return -1;
    k[0] = SURNAME_MARK[0];
    memcpy(k + 1, word, n + 1);
    r = index_add(index, k, id);
    free(k);
    return r;
}

/* First and last word of each multi-word person key -> ids of the entries
 * opening or ending so; the last word also as a surname alone
 * (index_surname). */
static json_t *index_by_edge_words(json_t *speakers)
{
    json_t *index = json_object(), *e;
    const char *id;
    char *first = NULL;

    if (index == NULL)
        return NULL;
    json_object_foreach(speakers, id, e) {
        const char *key = json_string_value(json_object_get(e, "key"));
        const char *last = strrchr(key, ' ');
        const char *space = strchr(key, ' ');
        if (!is_person(e) || last == NULL || last[1] == '\0' || space == key)
            continue;
        first = qawlp_strndup(key, (size_t)(space - key));
        if (first == NULL || index_add(index, last + 1, id) ||
            index_surname(index, last + 1, id) ||
            (strcmp(first, last + 1) != 0 && index_add(index, first, id)))
            goto fail;
        qawlp_free(first);
        first = NULL;
    }
    return index;
fail:
    qawlp_free(first);
    json_decref(index);
    return NULL;
}

/* Whether the full name SHORT is a shorter form of the full name LONG:
 * LONG opens or ends with SHORT's words, whole (تيدروس أدهانوم in
 * تيدروس أدهانوم غيبريسوس).  Word boundaries only. */
static int nested_name(const char *shorter, const char *longer)
{
    size_t ns = strlen(shorter), nl = strlen(longer);

    return ns < nl && ((memcmp(longer, shorter, ns) == 0 && longer[ns] == ' ') ||
                       (memcmp(longer + nl - ns, shorter, ns) == 0 &&
                        longer[nl - ns - 1] == ' '));
}

/* The shorter name (then the smaller bytes). */
static int shorter_name(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);

    return la != lb ? la < lb : strcmp(a, b) < 0;
}

static const char *entry_key(json_t *speakers, json_t *id)
{
    return json_string_value(json_object_get(json_object_get(
        speakers, json_string_value(id)), "key"));
}

/* The id among IDS of the full name to fold WORD into, or NULL.  The most
 * quoted name (on a tie the shorter, then the smaller bytes: never the
 * order the documents came in, and not a name with words glued on beside
 * the name itself) weighs with the shorter forms of itself
 * (nested_name), which are the same name cut short, against all the other
 * names: otherwise a full name written also without its last word
 * (تيدروس أدهانوم) would count as a rival of itself. */
static const char *dominant_full_name(json_t *speakers, json_t *ids,
                                      json_t *word)
{
    json_t *best = NULL, *v;
    const char *bkey = NULL;
    json_int_t top = 0, own = 0, rest = 0;
    size_t i;

    json_array_foreach(ids, i, v) {
        json_int_t n = quote_count(json_object_get(speakers,
                                                   json_string_value(v)));
        const char *key = entry_key(speakers, v);
        if (best == NULL || n > top || (n == top && shorter_name(key, bkey))) {
            top = n;
            best = v;
            bkey = key;
        }
    }
    json_array_foreach(ids, i, v) {
        json_int_t n = quote_count(json_object_get(speakers,
                                                   json_string_value(v)));
        if (v == best || nested_name(entry_key(speakers, v), bkey))
            own += n;
        else
            rest += n;
    }
    return best && top > 0 && own >= FOLD_DOMINANCE * rest &&
           FOLD_SHARE * own >= quote_count(word) ? json_string_value(best)
                                                 : NULL;
}

/* The id of the full name to fold the one-word person WORD (its key
 * KEY) into: the dominant full name opening or ending with it
 * (dominant_full_name); else the dominant one among the names ending
 * with it, when it is also the most quoted of all (عباس: محمود عباس,
 * with وائل عباس and عباس عراقجي beside it; not آبي, where آبي أحمد, a
 * first name, is quoted more than any surname).  NULL when none. */
static const char *fold_target(json_t *speakers, json_t *index,
                               const char *key, json_t *word)
{
    json_t *ids = json_object_get(index, key), *v;
    const char *into = dominant_full_name(speakers, ids, word);
    size_t n = strlen(key), i;
    json_int_t top;
    char *k;

    if (into != NULL || ids == NULL || (k = malloc(n + 2)) == NULL)
        return into;
    k[0] = SURNAME_MARK[0];
    memcpy(k + 1, key, n + 1);
    into = dominant_full_name(speakers, json_object_get(index, k), word);
    free(k);
    if (into == NULL)
        return NULL;
    top = quote_count(json_object_get(speakers, into));
    json_array_foreach(ids, i, v)
        if (quote_count(json_object_get(speakers, json_string_value(v))) > top)
            return NULL;
    return into;
}

/* Folds the one-word person FROM_ID of OUT into the full name INTO_ID.
 * OUT shares its entries with the report, so a full name is copied before
 * its first change; COPIED records which ones are already copies. */
static int fold_into(json_t *out, json_t *copied, const char *from_id,
                     const char *into_id)
{
    json_t *into = json_object_get(out, into_id);
    json_t *from = json_object_get(out, from_id);

    if (!absorb_fits(into, from))
        return 1;   /* counts too large to add up: shown apart */
    if (json_object_get(copied, into_id) == NULL) {
        into = json_deep_copy(into);
        if (into == NULL || json_object_set_new(out, into_id, into) ||
            json_object_set_new(copied, into_id, json_true()))
            return -1;
    }
    /* the one word is one way the full name is written */
    if (add_alias(into, json_string_value(json_object_get(from, "name"))) ||
        absorb(into, from))
        return -1;
    return json_object_del(out, from_id) ? -1 : 0;
}

/* R's speakers with one-word persons folded into their full name (new
 * reference); REDIRECT gets "person\tword" -> the full name's id. */
static json_t *folded_speakers(const qawl_speaker_report *r, json_t *redirect)
{
    json_t *out = json_copy(r->speakers), *index = NULL, *copied = json_object();
    json_t *e;
    const char *id, *into;
    void *tmp;
    int rc;

    if (out == NULL || copied == NULL ||
        (index = index_by_edge_words(r->speakers)) == NULL)
        goto fail;
    json_object_foreach_safe(out, tmp, id, e) {
        const char *key = json_string_value(json_object_get(e, "key"));
        if (!is_person(e) || strchr(key, ' ') ||
            (into = fold_target(r->speakers, index, key, e)) == NULL)
            continue;
        /* the redirect first: folding deletes the entry that owns ID */
        if (json_object_set_new(redirect, id, json_string(into)))
            goto fail;
        rc = fold_into(out, copied, id, into);
        if (rc < 0)
            goto fail;
        if (rc > 0)   /* shown apart after all */
            json_object_del(redirect, id);
    }
    json_decref(index);
    json_decref(copied);
    return out;
fail:
    json_decref(out);
    json_decref(index);
    json_decref(copied);
    return NULL;
}

/* -------------------------------------------------------------- writing */

static int cmp_quotes(const void *a, const void *b)
{
    json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
    int c = strcmp(json_string_value(json_object_get(x, "document")),
                   json_string_value(json_object_get(y, "document")));
    json_int_t d;

    if (c)
        return c;
    d = json_integer_value(json_object_get(x, "line")) -
        json_integer_value(json_object_get(y, "line"));
    if (d == 0)
        d = json_integer_value(json_object_get(x, "column")) -
            json_integer_value(json_object_get(y, "column"));
    return (d > 0) - (d < 0);
}

static int cmp_speakers(const void *a, const void *b)
{
    json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
    json_int_t d = json_integer_value(json_object_get(y, "quotes")) -
                   json_integer_value(json_object_get(x, "quotes"));
    int c;

    if (d)
        return (d > 0) - (d < 0);
    c = strcmp(json_string_value(json_object_get(x, "key")),
               json_string_value(json_object_get(y, "key")));
    return c ? c : strcmp(json_string_value(json_object_get(x, "kind")),
                          json_string_value(json_object_get(y, "kind")));
}

static int cmp_strings(const void *a, const void *b)
{
    return strcmp(json_string_value(*(json_t *const *)a),
                  json_string_value(*(json_t *const *)b));
}

typedef struct {
    const char *term;
    json_int_t weight_milli, count;
} term_row;

static int cmp_terms(const void *a, const void *b)
{
    const term_row *x = a, *y = b;
    json_int_t wx = x->weight_milli < 0 ? -x->weight_milli : x->weight_milli;
    json_int_t wy = y->weight_milli < 0 ? -y->weight_milli : y->weight_milli;

    if (wx != wy)
        return wx < wy ? 1 : -1;
    return strcmp(x->term, y->term);
}

/* The items of array or object values of A, sorted with CMP; caller frees
 * the returned array (not the items). */
static json_t **sorted_items(json_t *a, int (*cmp)(const void *, const void *),
                             size_t *n)
{
    json_t **v;
    size_t i;

    *n = json_is_array(a) ? json_array_size(a) : json_object_size(a);
    v = malloc((*n ? *n : 1) * sizeof *v);
    if (v == NULL)
        return NULL;
    if (json_is_array(a)) {
        for (i = 0; i < *n; i++)
            v[i] = json_array_get(a, i);
    } else {
        const char *k;
        json_t *x;
        i = 0;
        json_object_foreach(a, k, x)
            v[i++] = x;
    }
    qsort(v, *n, sizeof *v, cmp);
    return v;
}

static term_row *sorted_terms(json_t *terms, size_t *n)
{
    term_row *t;
    const char *k;
    json_t *v;
    size_t i = 0;

    *n = json_object_size(terms);
    t = malloc((*n ? *n : 1) * sizeof *t);
    if (t == NULL)
        return NULL;
    json_object_foreach(terms, k, v) {
        t[i].term = k;
        t[i].weight_milli = json_integer_value(json_object_get(v, "weight_milli"));
        t[i].count = json_integer_value(json_object_get(v, "count"));
        i++;
    }
    qsort(t, *n, sizeof *t, cmp_terms);
    return t;
}

/* The saved form of speaker entry E: lists sorted, mean computed. */
/* Per act class, in the classes' order, the number of ACTS (rows) and
 * their stance labels: [{"class", "count", "de-escalation", "escalation",
 * "neutral"}], classes with no act left out. */
static json_t *act_classes(json_t *acts)
{
    json_int_t n[QAWL_ACT_CLASS_COUNT][4];
    json_t *out = json_array(), *a;
    size_t i, c, l;

    memset(n, 0, sizeof n);
    json_array_foreach(acts, i, a) {
        const char *cls = json_string_value(json_object_get(a, "class"));
        const char *st = json_string_value(json_object_get(a, "stance"));
        for (c = 0; class_names[c] && strcmp(class_names[c], cls); c++)
            ;
        for (l = 0; stance_names[l] && strcmp(stance_names[l], st); l++)
            ;
        if (class_names[c] == NULL || stance_names[l] == NULL)
            continue;
        n[c][0]++;
        n[c][1 + l]++;
    }
    for (c = 0; out && c < QAWL_ACT_CLASS_COUNT; c++)
        if (n[c][0])
            json_array_append_new(out, json_pack(
                "{s:s, s:I, s:I, s:I, s:I}", "class", class_names[c],
                "count", n[c][0], "de-escalation", n[c][1], "escalation",
                n[c][2], "neutral", n[c][3]));
    return out;
}

static json_t *saved_speaker(json_t *e)
{
    json_t *st = json_object_get(e, "stance"), *o, *aliases, *quotes, *terms;
    json_t *acts;
    json_t **v;
    term_row *t;
    size_t n, i;
    json_int_t nq = json_integer_value(json_object_get(e, "quotes"));
    json_int_t sum = json_integer_value(json_object_get(st, "score_milli"));

    aliases = json_array();
    quotes = json_array();
    terms = json_array();
    v = sorted_items(json_object_get(e, "aliases"), cmp_strings, &n);
    for (i = 0; v && i < n; i++)
        json_array_append(aliases, v[i]);
    free(v);
    v = sorted_items(json_object_get(e, "list"), cmp_quotes, &n);
    for (i = 0; v && i < n; i++)
        json_array_append(quotes, v[i]);
    free(v);
    t = sorted_terms(json_object_get(e, "terms"), &n);
    for (i = 0; t && i < n; i++)
        json_array_append_new(terms, json_pack("{s:s, s:I, s:I}", "term",
                                               t[i].term, "weight_milli",
                                               t[i].weight_milli, "count",
                                               t[i].count));
    free(t);
    acts = json_array();
    v = sorted_items(json_object_get(e, "act_list"), cmp_quotes, &n);
    for (i = 0; v && i < n; i++)
        json_array_append(acts, v[i]);
    free(v);
    o = json_pack("{s:O, s:O, s:O, s:o, s:O, s:O, "
                  "s:{s:f, s:O, s:O, s:O, s:O}, s:o, s:o, s:I, s:o, s:o}",
                  "key", json_object_get(e, "key"),
                  "kind", json_object_get(e, "kind"),
                  "name", json_object_get(e, "name"),
                  "aliases", aliases,
                  "documents", json_object_get(e, "documents"),
                  "quote_count", json_object_get(e, "quotes"),
                  "stance",
                  "mean", nq ? round((double)sum / (double)nq) / 1000.0 : 0.0,
                  "score_milli", json_object_get(st, "score_milli"),
                  "de-escalation", json_object_get(st, "de-escalation"),
                  "escalation", json_object_get(st, "escalation"),
                  "neutral", json_object_get(st, "neutral"),
                  "terms", terms, "quotes", quotes,
                  "act_count", (json_int_t)json_array_size(acts),
                  "act_classes", act_classes(acts), "acts", acts);
    return o;
}

static int sink_cb(const char *buf, size_t size, void *data)
{
    return qawlr_emit(data, buf, size);
}

/* SPEAKERS in their saved form and order (new reference). */
static json_t *saved_report(json_t *speakers)
{
    json_t *list = json_array(), **v;
    size_t n, i;

    v = sorted_items(speakers, cmp_speakers, &n);
    if (v == NULL || list == NULL) {
        free(v);
        json_decref(list);
        return NULL;
    }
    for (i = 0; i < n; i++)
        if (json_array_append_new(list, saved_speaker(v[i]))) {
            free(v);
            json_decref(list);
            return NULL;
        }
    free(v);
    return list;
}

/* ---- Markdown: HTML entities and backslash escapes keep article text
 * inert.  A backslash before every character that can open a link, an
 * image or emphasis ([ ] ! * _ ` ~ and the backslash itself), so that
 * ![x](url) in a quote is text, not a remote image; # too (a heading's
 * closing sequence). */

static void md_text(struct qawl_writer *w, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '|': case '\\': case '[': case ']': case '!': case '*': case '_':
        case '`': case '~': case '#':
            qawlr_emit(w, "\\", 1);
            qawlr_emit(w, s, 1);
            break;
        case '<': qawlr_emit(w, "&lt;", 4); break;
        case '>': qawlr_emit(w, "&gt;", 4); break;
        case '&': qawlr_emit(w, "&amp;", 5); break;
        case '\n': case '\r': case '\t': qawlr_emit(w, " ", 1); break;
        default:
            if ((unsigned char)*s < 0x20 || *s == 0x7F)
                qawlr_emit(w, " ", 1);   /* no control characters */
            else
                qawlr_emit(w, s, 1);
        }
    }
}

/* The acts of speaker S: counts by class with their stance, then a table
 * of the acts (nothing for a speaker who only speaks). */
static void write_md_acts(struct qawl_writer *w, json_t *s)
{
    json_t *a;
    size_t k;

    if (json_array_size(json_object_get(s, "acts")) == 0)
        return;
    qawlr_emit(w, "\nActs: ", (size_t)-1);
    json_array_foreach(json_object_get(s, "act_classes"), k, a) {
        if (k)
            qawlr_emit(w, "; ", 2);
        md_text(w, json_string_value(json_object_get(a, "class")));
        qawlr_printf(w, " %" JSON_INTEGER_FORMAT " (de-escalation %"
                     JSON_INTEGER_FORMAT ", escalation %" JSON_INTEGER_FORMAT
                     ", neutral %" JSON_INTEGER_FORMAT ")",
                     json_integer_value(json_object_get(a, "count")),
                     json_integer_value(json_object_get(a, "de-escalation")),
                     json_integer_value(json_object_get(a, "escalation")),
                     json_integer_value(json_object_get(a, "neutral")));
    }
    qawlr_emit(w, "\n\n| document | line | act | stance | score | object |\n"
                  "|---|---:|---|---|---:|---|\n", (size_t)-1);
    json_array_foreach(json_object_get(s, "acts"), k, a) {
        qawlr_emit(w, "| ", 2);
        md_text(w, json_string_value(json_object_get(a, "document")));
        qawlr_printf(w, " | %" JSON_INTEGER_FORMAT " | ",
                     json_integer_value(json_object_get(a, "line")));
        md_text(w, json_string_value(json_object_get(a, "class")));
        qawlr_emit(w, " | ", 3);
        md_text(w, json_string_value(json_object_get(a, "stance")));
        qawlr_printf(w, " | %+.2f | ",
                     (double)json_integer_value(json_object_get(a, "score_milli")) /
                         1000.0);
        md_text(w, json_string_value(json_object_get(a, "text")));
        qawlr_emit(w, " |\n", 3);
    }
}

static void write_md(struct qawl_writer *w, json_t *list)
{
    json_t *s, *q, *t;
    size_t i, k;

    qawlr_emit(w, "# Speakers\n\n| speaker | kind | documents | quotes | "
                  "stance mean | de-escalation | escalation | neutral | "
                  "characteristic terms |\n|---|---|---:|---:|---:|---:|---:|"
                  "---:|---|\n", (size_t)-1);
    json_array_foreach(list, i, s) {
        json_t *st = json_object_get(s, "stance");
        qawlr_emit(w, "| ", 2);
        md_text(w, json_string_value(json_object_get(s, "name")));
        qawlr_emit(w, " | ", 3);
        md_text(w, json_string_value(json_object_get(s, "kind")));
        qawlr_printf(w, " | %" JSON_INTEGER_FORMAT " | %" JSON_INTEGER_FORMAT
                     " | %+.2f | %" JSON_INTEGER_FORMAT " | %" JSON_INTEGER_FORMAT
                     " | %" JSON_INTEGER_FORMAT " | ",
                  json_integer_value(json_object_get(s, "documents")),
                  json_integer_value(json_object_get(s, "quote_count")),
                  json_real_value(json_object_get(st, "mean")),
                  json_integer_value(json_object_get(st, "de-escalation")),
                  json_integer_value(json_object_get(st, "escalation")),
                  json_integer_value(json_object_get(st, "neutral")));
        json_array_foreach(json_object_get(s, "terms"), k, t) {
            if (k == SHOWN_TERMS)
                break;
            if (k)
                qawlr_emit(w, ", ", 2);
            md_text(w, json_string_value(json_object_get(t, "term")));
            qawlr_printf(w, " %+.2f", (double)json_integer_value(
                                       json_object_get(t, "weight_milli")) / 1000.0);
        }
        qawlr_emit(w, " |\n", 3);
    }
    json_array_foreach(list, i, s) {
        qawlr_emit(w, "\n## ", 4);
        md_text(w, json_string_value(json_object_get(s, "name")));
        qawlr_emit(w, " (", 2);
        md_text(w, json_string_value(json_object_get(s, "kind")));
        qawlr_emit(w, ")\n\nAlso written: ", (size_t)-1);
        json_array_foreach(json_object_get(s, "aliases"), k, t) {
            if (k)
                qawlr_emit(w, "; ", 2);
            md_text(w, json_string_value(t));
        }
        qawlr_emit(w, "\n\n| document | line | stance | score | quote |\n"
                      "|---|---:|---|---:|---|\n", (size_t)-1);
        json_array_foreach(json_object_get(s, "quotes"), k, q) {
            qawlr_emit(w, "| ", 2);
            md_text(w, json_string_value(json_object_get(q, "document")));
            qawlr_printf(w, " | %" JSON_INTEGER_FORMAT " | ",
                         json_integer_value(json_object_get(q, "line")));
            md_text(w, json_string_value(json_object_get(q, "stance")));
            qawlr_printf(w, " | %+.2f | ",
                      (double)json_integer_value(json_object_get(q, "score_milli")) /
                          1000.0);
            md_text(w, json_string_value(json_object_get(q, "text")));
            qawlr_emit(w, " |\n", 3);
        }
        write_md_acts(w, s);
    }
}

/* ---- CSV (RFC 4180), with formula prefixes neutralised */

static void csv_field(struct qawl_writer *w, const char *s)
{
    const char *p;

    qawlr_emit(w, "\"", 1);
    /* A leading = + - @ (or tab, CR) makes a spreadsheet run a formula. */
    if (strchr("=+-@\t\r", *s) && *s)
        qawlr_emit(w, "'", 1);
    for (p = s; *p; p++)
        qawlr_emit(w, *p == '"' ? "\"\"" : p, *p == '"' ? 2 : 1);
    qawlr_emit(w, "\"", 1);
}

/* A field left bare when it is a plain word (a kind, a stance: the same
 * bytes as ever), quoted like any other text when it is not. */
static void csv_word(struct qawl_writer *w, const char *s)
{
    const char *p;

    for (p = s; *p && ((*p >= 'a' && *p <= 'z') || (*p == '-' && p > s)); p++)
        ;
    if (*p == '\0' && p > s)
        qawlr_emit(w, s, (size_t)(p - s));
    else
        csv_field(w, s);
}

/* One row: quote (ACT NULL, an empty last field) or act Q of speaker S;
 * an act's row holds its object where a quote's holds its text, and its
 * class last. */
static void csv_row(struct qawl_writer *w, json_t *s, json_t *q,
                    const char *act)
{
    char num[96];

    csv_field(w, json_string_value(json_object_get(s, "name")));
    qawlr_emit(w, ",", 1);
    csv_word(w, json_string_value(json_object_get(s, "kind")));
    qawlr_emit(w, ",", 1);
    csv_field(w, json_string_value(json_object_get(q, "document")));
    snprintf(num, sizeof num,
             ",%" JSON_INTEGER_FORMAT ",%" JSON_INTEGER_FORMAT ",",
             json_integer_value(json_object_get(q, "line")),
             json_integer_value(json_object_get(q, "column")));
    qawlr_emit(w, num, (size_t)-1);
    csv_word(w, json_string_value(json_object_get(q, "stance")));
    snprintf(num, sizeof num, ",%.3f,",
             (double)json_integer_value(json_object_get(q, "score_milli")) /
                 1000.0);
    qawlr_emit(w, num, (size_t)-1);
    csv_field(w, json_string_value(json_object_get(q, "text")));
    qawlr_emit(w, ",", 1);
    if (act)
        csv_word(w, act);
    qawlr_emit(w, "\r\n", 2);
}

static void write_csv(struct qawl_writer *w, json_t *list)
{
    json_t *s, *q;
    size_t i, k;

    qawlr_emit(w, "speaker,kind,document,line,column,stance,score,quote,act"
                  "\r\n", (size_t)-1);
    json_array_foreach(list, i, s) {
        json_array_foreach(json_object_get(s, "quotes"), k, q) {
            csv_row(w, s, q, NULL);
        }
        json_array_foreach(json_object_get(s, "acts"), k, q) {
            csv_row(w, s, q, json_string_value(json_object_get(q, "class")));
        }
    }
}

qawl_status qawl_speaker_report_write(const qawl_speaker_report *r,
                                      qawl_format format, qawl_sink sink,
                                      void *user)
{
    struct qawl_writer w;
    json_t *list, *top, *speakers, *redirect;
    int rc = 0;

    if (r == NULL || sink == NULL)
        return QAWL_ERR_ARG;
    qawlr_writer_init(&w, sink, user);
    redirect = json_object();
    speakers = format == QAWL_FORMAT_JSON ? json_incref(r->speakers)
                                          : folded_speakers(r, redirect);
    list = speakers ? saved_report(speakers) : NULL;
    json_decref(speakers);
    if (list == NULL || redirect == NULL) {
        json_decref(list);
        json_decref(redirect);
        return QAWL_ERR_NOMEM;
    }
    switch (format) {
    case QAWL_FORMAT_JSON:
        top = json_pack("{s:s, s:o}", "qawl-speakers", "1.1", "speakers", list);
        list = NULL;
        if (top == NULL) {
            json_decref(redirect);
            return QAWL_ERR_NOMEM;
        }
        rc = json_dump_callback(top, sink_cb, &w,
                                JSON_PRESERVE_ORDER | JSON_INDENT(1) |
                                    JSON_REAL_PRECISION(10));
        qawlr_emit(&w, "\n", 1);
        json_decref(top);
        break;
    case QAWL_FORMAT_MD:
        write_md(&w, list);
        break;
    case QAWL_FORMAT_CSV:
        write_csv(&w, list);
        break;
    case QAWL_FORMAT_HTML:
        qawlr_write_html(&w, list, r->docs, redirect);
        break;
    default:
        json_decref(list);
        json_decref(redirect);
        return QAWL_ERR_ARG;
    }
    json_decref(list);
    json_decref(redirect);
    return rc == 0 && qawlr_flush(&w) == 0 ? QAWL_OK : QAWL_ERR_IO;
}
