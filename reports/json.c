/*
 * json.c — the "qawl/1" JSON document object, built with jansson.
 *
 * jansson does the escaping (every string of article text is escaped the
 * one way JSON requires) and keeps key order, so output is deterministic.
 * Scores are rounded to 3 decimals so golden files do not depend on the
 * last bits of a double.
 */
#include <config.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

static json_t *rounded(double x)
{
    return json_real(round(x * 1000.0) / 1000.0);
}

/* Sets KEY of OBJ to a new reference; returns -1 when VALUE is NULL. */
static int set(json_t *obj, const char *key, json_t *value)
{
    return value == NULL ? -1 : json_object_set_new(obj, key, value);
}

static json_t *span_object(const char *text, size_t start, size_t end)
{
    json_t *o = json_object();

    if (o == NULL || set(o, "text", json_string(text)) ||
        set(o, "start", json_integer((json_int_t)start)) ||
        set(o, "end", json_integer((json_int_t)end))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *speaker_ref(const qawl_quote *q)
{
    const qawl_speaker *s = qawl_quote_speaker(q);
    size_t a = 0, b = 0;
    const char *mention = qawl_quote_mention(q, &a, &b);
    json_t *o;

    if (s == NULL)
        return json_null();
    o = json_object();
    if (o == NULL || set(o, "entity", json_integer((json_int_t)qawl_speaker_id(s))) ||
        set(o, "name", json_string(qawl_speaker_name(s))) ||
        set(o, "mention", mention ? json_string(mention) : json_null()) ||
        set(o, "start", mention ? json_integer((json_int_t)a) : json_null()) ||
        set(o, "end", mention ? json_integer((json_int_t)b) : json_null()) ||
        set(o, "kind", json_string(qawl_speaker_kind_name(qawl_speaker_kind_of(s))))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* Evidence I of Q: {"start", "end", "term", "weight"[, "modifier"]
 * [, "frame"]}. */
static json_t *evidence_object(const qawl_quote *q, size_t i)
{
    size_t a, b;
    double w;
    const char *mod;
    const char *term = qawl_quote_evidence(q, i, &a, &b, &w, &mod);
    const char *frame = qawl_quote_evidence_frame(q, i);
    json_t *e = json_object();

    if (e == NULL || set(e, "start", json_integer((json_int_t)a)) ||
        set(e, "end", json_integer((json_int_t)b)) ||
        set(e, "term", json_string(term)) || set(e, "weight", rounded(w)) ||
        (mod && set(e, "modifier", json_string(mod))) ||
        (frame && set(e, "frame", json_string(frame)))) {
        json_decref(e);
        return NULL;
    }
    return e;
}

static json_t *stance_object(const qawl_quote *q)
{
    double score;
    qawl_stance st = qawl_quote_stance(q, &score);
    json_t *o = json_object(), *ev = json_array();
    size_t i;

    if (o == NULL || ev == NULL)
        goto fail;
    for (i = 0; i < qawl_quote_evidence_count(q); i++)
        if (json_array_append_new(ev, evidence_object(q, i)))
            goto fail;   /* jansson has freed the element, if any */
    if (set(o, "label", json_string(qawl_stance_name(st))) ||
        set(o, "score", rounded(score)))
        goto fail;
    if (json_object_set_new(o, "evidence", ev)) {
        json_decref(o);   /* EV is taken even when this fails */
        return NULL;
    }
    return o;
fail:
    json_decref(o);
    json_decref(ev);
    return NULL;
}

static json_t *quote_object(const qawl_quote *q)
{
    size_t a, b, line, col, ca = 0, cb = 0;
    const char *cue = qawl_quote_cue(q, &ca, &cb);
    json_t *o = json_object(), *attr;
    int attached = 0;

    qawl_quote_span(q, &a, &b);
    qawl_quote_position(q, &line, &col);
    if (o == NULL)
        return NULL;
    attr = json_object();
    if (attr == NULL || set(attr, "rule", json_string(qawl_quote_rule(q))) ||
        set(attr, "confidence", rounded(qawl_quote_confidence(q))))
        goto fail;
    if (set(o, "id", json_integer((json_int_t)qawl_quote_id(q))) ||
        set(o, "start", json_integer((json_int_t)a)) ||
        set(o, "end", json_integer((json_int_t)b)) ||
        set(o, "line", json_integer((json_int_t)line)) ||
        set(o, "column", json_integer((json_int_t)col)) ||
        set(o, "text", json_string(qawl_quote_text(q))) ||
        set(o, "type", json_string(qawl_quote_type_name(qawl_quote_kind(q)))) ||
        set(o, "cue", cue ? span_object(cue, ca, cb) : json_null()) ||
        set(o, "speaker", speaker_ref(q)) ||
        (attached = 1, json_object_set_new(o, "attribution", attr)) ||
        set(o, "stance", stance_object(q))) {
        /* jansson takes ATTR when it is set (even when that fails); a
         * failure before leaves it ours */
        if (!attached)
            json_decref(attr);
        json_decref(o);
        return NULL;
    }
    return o;
fail:
    json_decref(attr);
    json_decref(o);
    return NULL;
}

/* A stance summary object: mean score and label counts. */
static json_t *summary_object(const qawlr_stance_summary *sum)
{
    json_t *o = json_object();

    if (o == NULL || set(o, "mean", rounded(sum->mean)) ||
        set(o, "de-escalation", json_integer((json_int_t)sum->count[QAWL_STANCE_DEESCALATION])) ||
        set(o, "escalation", json_integer((json_int_t)sum->count[QAWL_STANCE_ESCALATION])) ||
        set(o, "neutral", json_integer((json_int_t)sum->count[QAWL_STANCE_NEUTRAL]))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* The speaker's most characteristic stance terms (at most TOP_TERMS). */
#define TOP_TERMS 5

static json_t *speaker_terms(const qawl_speaker *s)
{
    json_t *a = json_array();
    size_t i;

    for (i = 0; a && i < qawl_speaker_term_count(s) && i < TOP_TERMS; i++) {
        double w;
        size_t n;
        const char *term = qawl_speaker_term(s, i, &w, &n);
        json_t *o = json_object();
        if (o == NULL || set(o, "term", json_string(term)) ||
            set(o, "weight", rounded(w)) ||
            set(o, "count", json_integer((json_int_t)n)) ||
            json_array_append_new(a, o)) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

static json_t *speaker_object(const qawl_speaker *s)
{
    json_t *o = json_object(), *aliases = json_array(), *quotes = json_array(),
           *st;
    qawlr_stance_summary sum;
    size_t i;

    qawlr_speaker_stance(s, &sum);
    st = summary_object(&sum);
    if (o == NULL || aliases == NULL || quotes == NULL || st == NULL)
        goto fail;
    for (i = 0; i < qawl_speaker_alias_count(s); i++)
        if (json_array_append_new(aliases, json_string(qawl_speaker_alias(s, i))))
            goto fail;
    for (i = 0; i < qawl_speaker_quote_count(s); i++)
        if (json_array_append_new(quotes, json_integer(
                (json_int_t)qawl_quote_id(qawl_speaker_quote(s, i)))))
            goto fail;
    if (json_object_set_new(st, "terms", speaker_terms(s)) ||
        set(o, "entity", json_integer((json_int_t)qawl_speaker_id(s))) ||
        set(o, "name", json_string(qawl_speaker_name(s))) ||
        set(o, "kind", json_string(qawl_speaker_kind_name(qawl_speaker_kind_of(s)))))
        goto fail;
    json_object_set_new(o, "aliases", aliases);
    json_object_set_new(o, "quotes", quotes);
    json_object_set_new(o, "stance", st);
    return o;
fail:
    json_decref(o);
    json_decref(aliases);
    json_decref(quotes);
    json_decref(st);
    return NULL;
}

/* A short machine-readable name for a status. */
static const char *status_code(qawl_status st)
{
    switch (st) {
    case QAWL_ERR_NOMEM: return "nomem";
    case QAWL_ERR_IO: return "io";
    case QAWL_ERR_UTF8: return "utf8";
    case QAWL_ERR_LEXICON: return "lexicon";
    case QAWL_ERR_ICU: return "icu";
    case QAWL_ERR_PCRE2: return "pcre2";
    case QAWL_ERR_ARG: return "input";
    default: return "ok";
    }
}

static json_t *error_object(const qawl_error *err)
{
    json_t *o = json_object();

    if (o == NULL || set(o, "code", json_string(status_code(err->code))) ||
        set(o, "message", json_string(err->message)) ||
        set(o, "line", json_integer((json_int_t)err->line)) ||
        set(o, "column", json_integer((json_int_t)err->column)) ||
        set(o, "offset", json_integer((json_int_t)err->offset))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* A file name as a JSON string: names are bytes, JSON strings UTF-8, so
 * a byte that is not valid UTF-8 shows as U+FFFD rather than failing. */
static json_t *path_string(const char *path)
{
    json_t *s = json_string(path);
    char *copy;
    size_t i, n;

    if (s != NULL)
        return s;
    n = strlen(path);
    copy = malloc(n * 3 + 1);
    if (copy == NULL)
        return NULL;
    for (i = 0, n = 0; path[i]; i++) {
        if ((unsigned char)path[i] < 0x80) {
            copy[n++] = path[i];
        } else {   /* keep it simple: every non-ASCII byte of a bad name */
            memcpy(copy + n, "\xEF\xBF\xBD", 3);
            n += 3;
        }
    }
    copy[n] = '\0';
    s = json_string(copy);
    free(copy);
    return s;
}

static json_t *document_stance(const qawl_result *r)
{
    qawlr_stance_summary sum;

    qawlr_document_stance(r, &sum);
    return summary_object(&sum);
}

/*
 * The document is written a quote at a time rather than built whole: an
 * article of a hundred thousand quotes would otherwise hold all their JSON
 * objects at once.  Each value is serialised by jansson on its own and
 * indented to its depth, so the bytes are those jansson would give for the
 * whole document with the same flags.
 */
typedef struct {
    struct qawl_writer *w;
    size_t flags;
    int indent;            /* spaces a level; 0: compact */
} doc_out;

static void spaces(const doc_out *o, int depth)
{
    static const char sp[] = "                                ";
    size_t n = (size_t)(depth * o->indent);

    while (n > 0) {
        size_t k = n < sizeof sp - 1 ? n : sizeof sp - 1;
        qawlr_emit(o->w, sp, k);
        n -= k;
    }
}

/* Writes VALUE (consumed) at DEPTH; -1 when it is NULL or cannot be
 * written. */
static int put_value(const doc_out *o, json_t *value, int depth)
{
    char *s;
    size_t i, from = 0;

    if (value == NULL)
        return -1;
    s = json_dumps(value, o->flags | JSON_ENCODE_ANY);
    json_decref(value);
    if (s == NULL)
        return -1;
    /* raw line ends are layout (a string's are escaped): indent after them */
    for (i = 0; s[i]; i++)
        if (s[i] == '\n') {
            qawlr_emit(o->w, s + from, i + 1 - from);
            spaces(o, depth);
            from = i + 1;
        }
    qawlr_emit(o->w, s + from, i - from);
    free(s);
    return o->w->failed ? -1 : 0;
}

/* Writes the key of member N (0 first) of an object at DEPTH. */
static void put_key(const doc_out *o, size_t n, int depth, const char *key)
{
    if (n > 0)
        qawlr_emit(o->w, ",", 1);
    if (o->indent) {
        qawlr_emit(o->w, "\n", 1);
        spaces(o, depth + 1);
    }
    qawlr_emit(o->w, "\"", 1);
    qawlr_emit(o->w, key, (size_t)-1);
    qawlr_emit(o->w, o->indent ? "\": " : "\":", (size_t)-1);
}

/* Writes the array of the N quotes (SPEAKERS 0) or speakers of R as the
 * value of a member at DEPTH. */
static int put_array(const doc_out *o, const qawl_result *r, int speakers,
                     int depth)
{
    size_t n = r == NULL ? 0
               : speakers ? qawl_result_speaker_count(r)
                          : qawl_result_quote_count(r), i;

    qawlr_emit(o->w, "[", 1);
    for (i = 0; i < n; i++) {
        if (i > 0)
            qawlr_emit(o->w, ",", 1);
        if (o->indent) {
            qawlr_emit(o->w, "\n", 1);
            spaces(o, depth + 2);
        }
        if (put_value(o, speakers ? speaker_object(qawl_result_speaker(r, i))
                                  : quote_object(qawl_result_quote(r, i)),
                      depth + 2))
            return -1;
    }
    if (n > 0 && o->indent) {
        qawlr_emit(o->w, "\n", 1);
        spaces(o, depth + 1);
    }
    qawlr_emit(o->w, "]", 1);
    return 0;
}

qawl_status qawlr_document_write(struct qawl_writer *w, const char *path,
                                 const qawl_result *r, const qawl_error *err,
                                 size_t flags, int indent)
{
    doc_out o = {w, flags, indent};
    size_t bytes = 0, n = 0;

    if (r)
        qawl_result_input(r, &bytes);
    qawlr_emit(w, "{", 1);
    put_key(&o, n++, 0, "path");
    if (put_value(&o, path_string(path ? path : "-"), 1))
        return QAWL_ERR_NOMEM;
    put_key(&o, n++, 0, "bytes");
    put_value(&o, json_integer((json_int_t)bytes), 1);
    put_key(&o, n++, 0, "error");
    if (put_value(&o, r ? json_null() : error_object(err), 1))
        return QAWL_ERR_NOMEM;
    put_key(&o, n++, 0, "quotes");
    if (put_array(&o, r, 0, 0))
        return w->failed ? QAWL_ERR_IO : QAWL_ERR_NOMEM;
    put_key(&o, n++, 0, "speakers");
    if (put_array(&o, r, 1, 0))
        return w->failed ? QAWL_ERR_IO : QAWL_ERR_NOMEM;
    if (r) {
        put_key(&o, n++, 0, "stance");
        if (put_value(&o, document_stance(r), 1))
            return w->failed ? QAWL_ERR_IO : QAWL_ERR_NOMEM;
    }
    if (indent)
        qawlr_emit(w, "\n", 1);
    qawlr_emit(w, "}", 1);
    return w->failed ? QAWL_ERR_IO : QAWL_OK;
}
