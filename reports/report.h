/*
 * report.h — private interface of the report writers.
 *
 * Writers see a document only through the public accessors of qawl.h, which
 * keeps the API honest: whatever a report shows, a library user can get.
 * Every byte goes through one sink (qawl_sink), so files, memory buffers and
 * tests share one path.
 */
#ifndef QAWL_REPORT_H
#define QAWL_REPORT_H

#include <jansson.h>
#include <string.h>

#include "qawl.h"

struct qawl_writer {
    qawl_format format;
    qawl_sink sink;
    void *user;
    size_t documents;
    int failed;          /* the sink refused a write */
    unsigned options;    /* QAWL_WRITE_* */
    size_t only_quote;   /* 0, or the one quote id to report */
    size_t only_act;     /* 0, or the one act id to report */
    /* Output is gathered in BUF (CAP bytes, USED of them written) and
     * handed to the sink in large pieces: jansson and the escapers emit a
     * few bytes at a time.  BUF is OWN, or, when the sink is
     * qawl_buffer_sink, the free tail of that buffer (DIRECT), written in
     * place: the bytes then need no copy from one buffer to the other
     * (the CLI's workers write every document so).  The tail is taken
     * when a write needs room (qawlr_make_room: TAIL set) and let go at
     * each flush (CAP 0, BUF OWN), so between two public calls the
     * buffer is the caller's to use. */
    char *buf;
    size_t cap, used;
    qawl_buffer *direct;
    int tail;
    char own[16384];
};

/* Makes W an empty writer to SINK and USER (the fields before OWN zeroed,
 * the format QAWL_FORMAT_TEXT's zero). */
void qawlr_writer_init(struct qawl_writer *w, qawl_sink sink, void *user);

/* Writes LEN bytes (or a NUL-terminated S when LEN is (size_t)-1). */
int qawlr_emit(struct qawl_writer *w, const char *s, size_t len);
/* qawlr_emit for the small pieces of a document (brackets, keys,
 * numbers): copied into the buffer in line while they fit. */
static inline void qawlr_put(struct qawl_writer *w, const char *s, size_t len)
{
    if (len <= w->cap - w->used) {
        memcpy(w->buf + w->used, s, len);
        w->used += len;
    } else {
        qawlr_emit(w, s, len);
    }
}
/* Hands the gathered output to the sink; -1 when it refused (then and
 * after, every write fails).  Each public write call ends with it. */
int qawlr_flush(struct qawl_writer *w);
/* qawlr_flush, then room for at least sizeof W->own bytes at
 * W->buf + W->used (where a write that failed goes on into OWN, unseen);
 * -1 when the output failed. */
int qawlr_make_room(struct qawl_writer *w);
/* Writes a formatted line piece (up to 511 bytes: numbers and labels,
 * never article text, which goes through each format's escaper). */
void qawlr_printf(struct qawl_writer *w, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* The one JSON escaper: S (LEN bytes of valid UTF-8) as a JSON string,
 * quotes included, as jansson writes it: UTF-8 passes through, '"' and
 * '\\' are escaped, control characters as \b \f \n \r \t or \u00XX
 * (upper-case hex).  _body writes the escaped bytes without the quotes. */
void qawlr_json_string(struct qawl_writer *w, const char *s, size_t len);
void qawlr_json_string_body(struct qawl_writer *w, const char *s, size_t len);
/* 1 when S (LEN bytes) is UTF-8 as jansson's json_string accepts it
 * (shortest forms, no surrogates, nothing above U+10FFFF). */
int qawlr_utf8_valid(const char *s, size_t len);

/* V as jansson dumps a real with JSON_REAL_PRECISION(10), NUL-terminated
 * in BUF; its length, or -1 when V is not finite or SIZE too small. */
int qawlr_json_real(char *buf, size_t size, double v);
/* The same for round(X * 1000) / 1000, the 3-decimal scores. */
int qawlr_json_rounded(char *buf, size_t size, double x);

/* Writes the JSON object of one document (R, or the error ERR when R is
 * NULL) straight from the result, INDENT spaces a level (2, or 0:
 * compact), the bytes jansson gave with JSON_INDENT(2) or JSON_COMPACT.
 * (json.c) */
qawl_status qawlr_document_write(struct qawl_writer *w, const char *path,
                                 const qawl_result *r, const qawl_error *err,
                                 int indent);

/* Speaker stance figures computed from the speaker's quotes. */
typedef struct {
    double mean;
    size_t count[3];     /* indexed by qawl_stance */
} qawlr_stance_summary;
void qawlr_speaker_stance(const qawl_speaker *s, qawlr_stance_summary *out);
/* The same over all the quotes of a document. */
void qawlr_document_stance(const qawl_result *r, qawlr_stance_summary *out);

/* A quote or an act, read through its own accessors: the writers write
 * what the two share (speaker, attribution, stance and its evidence, the
 * words) once, for both.  Exactly one of Q and A is set.  (report.c) */
typedef struct {
    const qawl_quote *q;
    const qawl_act *a;
} qawlr_record;

/* Whether every text of R (quotes, names, terms, rules) is known to be
 * valid UTF-8: its input was (then each text, cut from it or from the
 * lexicons, which are validated at load, is too).  (report.c) */
int qawlr_result_utf8(const qawl_result *r);

qawlr_record qawlr_quote_record(const qawl_quote *q);
qawlr_record qawlr_act_record(const qawl_act *a);
void qawlr_rec_position(qawlr_record r, size_t *line, size_t *column);
const qawl_speaker *qawlr_rec_speaker(qawlr_record r);
const char *qawlr_rec_mention(qawlr_record r, size_t *start, size_t *end);
const char *qawlr_rec_rule(qawlr_record r);
double qawlr_rec_confidence(qawlr_record r);
size_t qawlr_rec_candidate_count(qawlr_record r);
const char *qawlr_rec_candidate(qawlr_record r, size_t i, const char **rule,
                                const char **verdict);
qawl_stance qawlr_rec_stance(qawlr_record r, double *score);
size_t qawlr_rec_evidence_count(qawlr_record r);
const char *qawlr_rec_evidence(qawlr_record r, size_t i, size_t *start,
                               size_t *end, double *weight,
                               const char **modifier);
const char *qawlr_rec_frame(qawlr_record r, size_t i);
/* The quote's words, or the act's object. */
const char *qawlr_rec_text(qawlr_record r);

qawl_status qawlr_text_document(struct qawl_writer *w, const char *path,
                                const qawl_result *r, const qawl_error *err);

/* "kind\tkey", the id of a speaker entry (no length limit); caller frees.
 * (speakers.c) */
char *qawlr_speaker_id(const char *kind, const char *key);

/* The one HTML escaper (html.c), and the HTML speaker report. */
void qawlr_html_text(struct qawl_writer *w, const char *s, size_t len);
void qawlr_write_html(struct qawl_writer *w, json_t *list, json_t *docs,
                      json_t *redirect);

#endif
