/*
 * report.c — the writer object: one sink, one dispatch per format.
 *
 * JSON output is one object {"qawl": "1.1", "documents": [...]}; the framing
 * is written here and each document is written (json.c) as soon as it is
 * added, straight from its result, so a batch of thousands of files never
 * holds more than one quote's JSON in memory.  JSONL writes one document
 * object per line.  The JSON escaper lives here, the one every JSON
 * string of article text goes through.
 */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "report.h"

void qawlr_writer_init(struct qawl_writer *w, qawl_sink sink, void *user)
{
    memset(w, 0, offsetof(struct qawl_writer, own));
    w->sink = sink;
    w->user = user;
    w->buf = w->own;
    if (sink == qawl_buffer_sink)
        w->direct = user;     /* cap 0: the first write takes the tail */
    else
        w->cap = sizeof w->own;
}

int qawlr_flush(struct qawl_writer *w)
{
    if (w->tail) {          /* the bytes are in the buffer: counted */
        qawlp_buffer_commit(w->direct, w->used);
        w->tail = 0;
        w->buf = w->own;
        w->cap = 0;
        w->used = 0;
        return 0;
    }
    if (!w->failed && w->used && w->sink(w->buf, w->used, w->user) != 0)
        w->failed = 1;
    w->used = 0;
    return w->failed ? -1 : 0;
}

int qawlr_make_room(struct qawl_writer *w)
{
    char *tail;
    size_t room;

    if (qawlr_flush(w) != 0)
        return -1;
    if (w->direct == NULL)
        return 0;
    tail = qawlp_buffer_tail(w->direct, sizeof w->own, &room);
    if (tail == NULL) {     /* as qawl_buffer_sink failing */
        w->failed = 1;
        w->cap = sizeof w->own;
        return -1;
    }
    w->buf = tail;
    w->cap = room;
    w->tail = 1;
    return 0;
}

int qawlr_emit(struct qawl_writer *w, const char *s, size_t len)
{
    if (w->failed)
        return -1;
    if (len == (size_t)-1)
        len = strlen(s);
    if (len > w->cap - w->used) {
        if (len >= sizeof w->own) {   /* a large piece goes straight through */
            if (qawlr_flush(w) == 0 && w->sink(s, len, w->user) != 0)
                w->failed = 1;
            return w->failed ? -1 : 0;
        }
        if (qawlr_make_room(w) != 0)
            return -1;
    }
    memcpy(w->buf + w->used, s, len);
    w->used += len;
    return 0;
}

void qawlr_printf(struct qawl_writer *w, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        qawlr_emit(w, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* Bytes JSON strings cannot hold as they are: control characters, '"'
 * and '\\'.  Everything else, UTF-8 sequences included, passes through. */
#define ESC8 1, 1, 1, 1, 1, 1, 1, 1
static const unsigned char json_escaped[256] = {
    ESC8, ESC8, ESC8, ESC8, ['"'] = 1, ['\\'] = 1
};

static void json_escape(struct qawl_writer *w, unsigned char c)
{
    static const char hex[] = "0123456789ABCDEF";
    char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};

    switch (c) {
    case '"': qawlr_put(w, "\\\"", 2); break;
    case '\\': qawlr_put(w, "\\\\", 2); break;
    case '\b': qawlr_put(w, "\\b", 2); break;
    case '\f': qawlr_put(w, "\\f", 2); break;
    case '\n': qawlr_put(w, "\\n", 2); break;
    case '\r': qawlr_put(w, "\\r", 2); break;
    case '\t': qawlr_put(w, "\\t", 2); break;
    default: qawlr_put(w, u, sizeof u); break;
    }
}

/* Whether any of the 8 bytes of X is a control character, '"' or '\\'
 * (the exact "has a byte less than n / equal to c" tests of Bit Twiddling
 * Hacks): article text rarely holds one, so it is scanned a word at a
 * time. */
static int word_needs_escape(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');

    return (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) |
            ((b - ones) & ~b)) & high ? 1 : 0;
}

void qawlr_json_string_body(struct qawl_writer *w, const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    const unsigned char *run = p;

    for (; p < end; p++) {
        uint64_t x;
        while (end - p >= 8) {
            memcpy(&x, p, sizeof x);
            if (word_needs_escape(x))
                break;
            p += 8;
        }
        if (p == end)
            break;
        if (!json_escaped[*p])
            continue;
        qawlr_put(w, (const char *)run, (size_t)(p - run));
        json_escape(w, *p);
        run = p + 1;
    }
    qawlr_put(w, (const char *)run, (size_t)(end - run));
}

/* (qawlr_put, inline, copies into the buffer; only a piece that does not
 * fit there calls qawlr_emit) */
void qawlr_json_string(struct qawl_writer *w, const char *s, size_t len)
{
    qawlr_put(w, "\"", 1);
    qawlr_json_string_body(w, s, len);
    qawlr_put(w, "\"", 1);
}

int qawlr_utf8_valid(const char *s, size_t len)
{
    return qawlp_utf8_validate(s, len) == len;
}

qawl_writer *qawl_writer_new(qawl_format format, qawl_sink sink, void *user)
{
    struct qawl_writer *w;

    if (sink == NULL || (format != QAWL_FORMAT_JSON &&
                         format != QAWL_FORMAT_JSONL &&
                         format != QAWL_FORMAT_TEXT))
        return NULL;
    /* not calloc: the 16 KB buffer needs no zeroing, and the CLI makes a
     * writer per document */
    w = malloc(sizeof *w);
    if (w == NULL)
        return NULL;
    qawlr_writer_init(w, sink, user);
    w->format = format;
    return w;
}

/* What goes before a document: the JSON header or comma, the blank line
 * between text reports.  A fragment writer emits none (its bytes go to
 * another writer's qawl_writer_add_serialized). */
static void emit_separator(struct qawl_writer *w)
{
    if (w->options & QAWL_WRITE_FRAGMENT)
        return;
    if (w->format == QAWL_FORMAT_JSON)
        qawlr_emit(w, w->documents == 0 ? "{\"qawl\": \"1.1\", \"documents\": [\n"
                                        : ",\n", (size_t)-1);
    else if (w->format == QAWL_FORMAT_TEXT && w->documents)
        qawlr_emit(w, "\n", 1);
}

/* From how many bytes qawl_writer_add_serialized hands a document
 * straight to the sink. */
#define SERIALIZED_DIRECT 4096

qawl_status qawl_writer_add_serialized(qawl_writer *w, const char *data,
                                       size_t len)
{
    if (w == NULL || (data == NULL && len > 0))
        return QAWL_ERR_ARG;
    emit_separator(w);
    /* A document of some size goes to the sink as it is, after the
     * separator, instead of through the buffer: one copy fewer of most
     * of the output of the CLI's workers. */
    if (len >= SERIALIZED_DIRECT) {
        if (qawlr_flush(w) == 0 && w->sink(data, len, w->user) != 0)
            w->failed = 1;
    } else {
        qawlr_emit(w, data, len);
    }
    w->documents++;
    return qawlr_flush(w) == 0 ? QAWL_OK : QAWL_ERR_IO;
}

static qawl_status add_json(struct qawl_writer *w, const char *path,
                            const qawl_result *r, const qawl_error *err)
{
    qawl_status st;
    int indent = 0;

    if (w->format == QAWL_FORMAT_JSON) {
        emit_separator(w);
        indent = 2;
    }
    st = qawlr_document_write(w, path, r, err, indent);
    if (w->format == QAWL_FORMAT_JSONL)
        qawlr_emit(w, "\n", 1);
    return st == QAWL_OK && w->failed ? QAWL_ERR_IO : st;
}

qawl_status qawl_writer_add(qawl_writer *w, const char *path,
                            const qawl_result *r, const qawl_error *err)
{
    qawl_status st;

    if (w == NULL || (r == NULL && err == NULL))
        return QAWL_ERR_ARG;
    if (w->format == QAWL_FORMAT_TEXT) {
        emit_separator(w);
        st = qawlr_text_document(w, path, r, err);
    } else {
        st = add_json(w, path, r, err);
    }
    w->documents++;
    if (qawlr_flush(w) != 0 && st == QAWL_OK)
        st = QAWL_ERR_IO;
    return st;
}

void qawl_writer_set_options(qawl_writer *w, unsigned options)
{
    if (w)
        w->options = options;
}

void qawl_writer_only_quote(qawl_writer *w, size_t id)
{
    if (w)
        w->only_quote = id;
}

void qawl_writer_only_act(qawl_writer *w, size_t id)
{
    if (w)
        w->only_act = id;
}

qawl_status qawl_writer_finish(qawl_writer *w)
{
    if (w == NULL)
        return QAWL_ERR_ARG;
    if (w->format == QAWL_FORMAT_JSON && !(w->options & QAWL_WRITE_FRAGMENT))
        qawlr_emit(w, w->documents ? "\n]}\n"
                                   : "{\"qawl\": \"1.1\", \"documents\": []}\n",
                   (size_t)-1);
    return qawlr_flush(w) == 0 ? QAWL_OK : QAWL_ERR_IO;
}

void qawl_writer_free(qawl_writer *w)
{
    free(w);
}

void qawlr_document_stance(const qawl_result *r, qawlr_stance_summary *out)
{
    size_t i, n = qawl_result_quote_count(r);
    double sum = 0;

    memset(out, 0, sizeof *out);
    for (i = 0; i < n; i++) {
        double score;
        out->count[qawl_quote_stance(qawl_result_quote(r, i), &score)]++;
        sum += score;
    }
    out->mean = n ? sum / (double)n : 0.0;
}

void qawlr_speaker_stance(const qawl_speaker *s, qawlr_stance_summary *out)
{
    size_t i, n = qawl_speaker_quote_count(s);
    double sum = 0;

    memset(out, 0, sizeof *out);
    for (i = 0; i < n; i++) {
        double score;
        qawl_stance st = qawl_quote_stance(qawl_speaker_quote(s, i), &score);
        out->count[st]++;
        sum += score;
    }
    out->mean = n ? sum / (double)n : 0.0;
}

/* ------------------------------------------------------------- records */

qawlr_record qawlr_quote_record(const qawl_quote *q)
{
    qawlr_record r = {q, NULL};
    return r;
}

int qawlr_result_utf8(const qawl_result *r)
{
    return r->src_utf8;
}

qawlr_record qawlr_act_record(const qawl_act *a)
{
    qawlr_record r = {NULL, a};
    return r;
}

void qawlr_rec_position(qawlr_record r, size_t *line, size_t *column)
{
    if (r.q)
        qawl_quote_position(r.q, line, column);
    else
        qawl_act_position(r.a, line, column);
}

const qawl_speaker *qawlr_rec_speaker(qawlr_record r)
{
    return r.q ? qawl_quote_speaker(r.q) : qawl_act_speaker(r.a);
}

const char *qawlr_rec_mention(qawlr_record r, size_t *start, size_t *end)
{
    return r.q ? qawl_quote_mention(r.q, start, end)
               : qawl_act_mention(r.a, start, end);
}

const char *qawlr_rec_rule(qawlr_record r)
{
    return r.q ? qawl_quote_rule(r.q) : qawl_act_rule(r.a);
}

double qawlr_rec_confidence(qawlr_record r)
{
    return r.q ? qawl_quote_confidence(r.q) : qawl_act_confidence(r.a);
}

size_t qawlr_rec_candidate_count(qawlr_record r)
{
    return r.q ? qawl_quote_candidate_count(r.q)
               : qawl_act_candidate_count(r.a);
}

const char *qawlr_rec_candidate(qawlr_record r, size_t i, const char **rule,
                                const char **verdict)
{
    return r.q ? qawl_quote_candidate(r.q, i, rule, verdict)
               : qawl_act_candidate(r.a, i, rule, verdict);
}

qawl_stance qawlr_rec_stance(qawlr_record r, double *score)
{
    return r.q ? qawl_quote_stance(r.q, score) : qawl_act_stance(r.a, score);
}

size_t qawlr_rec_evidence_count(qawlr_record r)
{
    return r.q ? qawl_quote_evidence_count(r.q)
               : qawl_act_evidence_count(r.a);
}

const char *qawlr_rec_evidence(qawlr_record r, size_t i, size_t *start,
                               size_t *end, double *weight,
                               const char **modifier)
{
    return r.q ? qawl_quote_evidence(r.q, i, start, end, weight, modifier)
               : qawl_act_evidence(r.a, i, start, end, weight, modifier);
}

const char *qawlr_rec_frame(qawlr_record r, size_t i)
{
    return r.q ? qawl_quote_evidence_frame(r.q, i)
               : qawl_act_evidence_frame(r.a, i);
}

const char *qawlr_rec_text(qawlr_record r)
{
    return r.q ? qawl_quote_text(r.q) : qawl_act_object(r.a, NULL, NULL);
}
