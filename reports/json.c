/*
 * json.c — the "qawl/1" JSON document object, written straight from the
 * result.
 *
 * No tree is built: each member is written as it is read from the result,
 * through qawlr_json_string (report.c), the one JSON escaper, and the
 * number formatting below.  The bytes are those jansson gave when it
 * built and dumped the tree (JSON_PRESERVE_ORDER, JSON_REAL_PRECISION(10),
 * JSON_INDENT(2) or JSON_COMPACT): same key order, same escapes, same
 * indentation, same doubles.  tests/fuzz/fuzz_json.c parses every output
 * back with jansson and dumps it again to hold us to that.
 *
 * Where jansson refused a value (a string that is not valid UTF-8, a NULL
 * string, a score that is not finite) the old writer failed before writing
 * the object that held it; each quote and speaker is checked first, so
 * this writer fails at the same point, with the same bytes written.
 *
 * Scores are rounded to 3 decimals so golden files do not depend on the
 * last bits of a double.
 */
#include <config.h>

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "report.h"

/* ------------------------------------------------------------ numbers */

/* Writes the digits of U backwards ending at END; returns the start. */
static char *digits_back(char *end, unsigned long long u)
{
    do {
        *--end = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    return end;
}

/* V as jansson's jsonp_dtostr writes it with precision 10: "%.10g" with
 * the locale's decimal point made '.', ".0" added when neither '.' nor an
 * exponent shows, and the exponent without '+' or leading zeros. */
static int real_slow(char *buf, size_t size, double v)
{
    const char *point = localeconv()->decimal_point;
    char *e, *from;
    int n = snprintf(buf, size, "%.10g", v);

    if (n < 0 || (size_t)n + 3 > size)
        return -1;
    if (point && point[0] && point[0] != '.' && point[1] == '\0') {
        char *p = strchr(buf, point[0]);
        if (p)
            *p = '.';
    }
    if (strchr(buf, '.') == NULL && strchr(buf, 'e') == NULL) {
        memcpy(buf + n, ".0", 3);
        n += 2;
    }
    e = strchr(buf, 'e');
    if (e) {
        e++;
        from = e + 1;
        if (*e == '-')
            e++;
        while (*from == '0')
            from++;
        if (from != e) {
            memmove(e, from, (size_t)(buf + n - from) + 1);
            n -= (int)(from - e);
        }
    }
    return n;
}

int qawlr_json_real(char *buf, size_t size, double v)
{
    return isfinite(v) ? real_slow(buf, size, v) : -1;
}

/* Thousandths: the score X rounded to 3 decimals as the old writer's
 * json_real(round(X * 1000) / 1000) dumped it.  For |k| < 1e10 the value
 * k / 1000 is the double nearest a decimal of at most 10 significant
 * digits that "%.10g" prints exactly, without an exponent, so it is
 * written from the integer k, sparing snprintf; anything else takes the
 * general path. */
int qawlr_json_rounded(char *buf, size_t size, double x)
{
    double k = round(x * 1000.0);
    char tmp[32], *p;
    unsigned long long u, frac;
    size_t n;

    if (!isfinite(k / 1000.0))
        return -1;
    if (!(fabs(k) < 1e10))
        return real_slow(buf, size, k / 1000.0);
    u = (unsigned long long)fabs(k);
    frac = u % 1000;
    p = tmp + sizeof tmp;
    if (frac == 0) {
        *--p = '0';
        *--p = '.';
    } else {
        int width = 3;
        while (frac % 10 == 0) {   /* %g drops trailing zeros */
            frac /= 10;
            width--;
        }
        while (width-- > 0) {
            *--p = (char)('0' + frac % 10);
            frac /= 10;
        }
        *--p = '.';
    }
    p = digits_back(p, u / 1000);
    if (signbit(k))   /* -0.0 too: "%.10g" gives "-0" */
        *--p = '-';
    n = (size_t)(tmp + sizeof tmp - p);
    if (n + 1 > size)
        return -1;
    memcpy(buf, p, n);
    buf[n] = '\0';
    return (int)n;
}

/* --------------------------------------------------------- the writer */

/*
 * Layout as jansson's dump: with an indent, each member or element on its
 * own line at its depth and a closing bracket back at its container's
 * depth ("[]" and "{}" when empty); compact, "," and ":" alone.
 */
#define MAX_DEPTH 8   /* a document nests 6 deep */

typedef struct {
    struct qawl_writer *w;
    int indent;                 /* spaces a level; 0: compact */
    int depth;                  /* containers open */
    size_t count[MAX_DEPTH];    /* values written in each */
    char close[MAX_DEPTH];      /* '}' or ']' */
} jgen;

/* The short pieces (a newline and its indentation, a key, a number) are
 * written straight into the writer's buffer by copies of a fixed size,
 * which the compiler makes a few moves, not a call: piece() first makes
 * room for the largest.  Some 60 such pieces go out per quote. */
#define NL_ROOM 24       /* "\n" and up to 22 spaces */
#define KEY_ROOM 24      /* the longest key, quoted, with ": " */
#define PIECE_ROOM 64    /* ",", a newline and a key */

static const char nl_spaces[NL_ROOM] = "\n                       ";

/* Where the next bytes go, with PIECE_ROOM of room after it (the buffer
 * is handed to the sink first when short of that). */
static char *piece(jgen *g)
{
    struct qawl_writer *w = g->w;

    if (sizeof w->buf - w->used < PIECE_ROOM)
        qawlr_flush(w);
    return w->buf + w->used;
}

/* Writes at D a newline and the indentation of DEPTH; returns the end. */
static char *newline_at(const jgen *g, char *d, int depth)
{
    size_t n = (size_t)(depth * g->indent);

    if (n > NL_ROOM - 2)   /* MAX_DEPTH * 2 spaces fit; never reached */
        n = NL_ROOM - 2;
    memcpy(d, nl_spaces, NL_ROOM);
    return d + n + 1;
}

static void newline(jgen *g, int depth)
{
    char *d = piece(g);

    g->w->used = (size_t)(newline_at(g, d, depth) - g->w->buf);
}

/* What comes before a member or an element of the innermost container. */
static void separate(jgen *g)
{
    if (g->count[g->depth - 1]++ > 0)
        qawlr_put(g->w, ",", 1);
    if (g->indent)
        newline(g, g->depth);
}

/* Array elements are separated here; object members by their key. */
static void before_value(jgen *g)
{
    if (g->depth > 0 && g->close[g->depth - 1] == ']')
        separate(g);
}

/* Writes the key of a member: key(g, "id") gives "\"id\": ", whose last
 * space only an indented document keeps.  The quoted key is held in
 * KEY_ROOM bytes, so that it is copied whole; a longer key does not
 * compile. */
#define key(g, k)                                                         \
    do {                                                                  \
        static const char key_lit_[KEY_ROOM] = "\"" k "\": ";             \
        _Static_assert(sizeof "\"" k "\": " <= KEY_ROOM,                 \
                       "a key fits KEY_ROOM");                            \
        key_(g, key_lit_, sizeof "\"" k "\": " - 1);                     \
    } while (0)

static void key_(jgen *g, const char *quoted, size_t len)
{
    char *d = piece(g);

    if (g->count[g->depth - 1]++ > 0)
        *d++ = ',';
    if (g->indent)
        d = newline_at(g, d, g->depth);
    memcpy(d, quoted, KEY_ROOM);
    d += g->indent ? len : len - 1;
    g->w->used = (size_t)(d - g->w->buf);
}

/* Opens a container whose separator before_value has written. */
static void open_bare(jgen *g, char c)
{
    qawlr_put(g->w, c == '{' ? "{" : "[", 1);
    g->close[g->depth] = c == '{' ? '}' : ']';
    g->count[g->depth] = 0;
    g->depth++;
}

static void open_(jgen *g, char c)
{
    before_value(g);
    open_bare(g, c);
}

static void close_(jgen *g)
{
    g->depth--;
    if (g->count[g->depth] && g->indent)
        newline(g, g->depth);
    qawlr_put(g->w, &g->close[g->depth], 1);
}

/* A string already checked by valid(). */
static void str(jgen *g, const char *s)
{
    before_value(g);
    qawlr_json_string(g->w, s, strlen(s));
}

static void null_(jgen *g)
{
    before_value(g);
    qawlr_put(g->w, "null", 4);
}

/* jansson's json_int_t is long long: a size_t is written as its cast. */
static void integer(jgen *g, long long v)
{
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v
                                 : (unsigned long long)v, t;
    size_t n = 1;
    char *d;

    before_value(g);
    for (t = u; t >= 10; t /= 10)
        n++;
    d = piece(g);          /* at most 20 digits and a sign */
    if (v < 0)
        *d++ = '-';
    digits_back(d + n, u);
    g->w->used = (size_t)(d + n - g->w->buf);
}

/* A score checked by valid_score(). */
static void rounded(jgen *g, double x)
{
    char buf[40];
    int n = qawlr_json_rounded(buf, sizeof buf, x);

    before_value(g);
    qawlr_put(g->w, buf, n > 0 ? (size_t)n : 0);
}

/* ------------------------------------------------------- the checks */

/* jansson refused NULL and invalid UTF-8 in json_string. */
static int valid(const char *s)
{
    return s != NULL && qawlr_utf8_valid(s, strlen(s));
}

/* json_real refused what is not finite. */
static int valid_score(double x)
{
    return isfinite(round(x * 1000.0) / 1000.0);
}

/* What a quote and an act share is valid: the words, the attribution,
 * the speaker and the stance with its evidence. */
static int record_valid(qawlr_record r)
{
    const qawl_speaker *s = qawlr_rec_speaker(r);
    const char *mention = qawlr_rec_mention(r, NULL, NULL);
    double score;
    size_t i;

    qawlr_rec_stance(r, &score);
    if (!valid(qawlr_rec_text(r)) || !valid(qawlr_rec_rule(r)) ||
        !valid_score(qawlr_rec_confidence(r)) || !valid_score(score))
        return 0;
    if (s && (!valid(qawl_speaker_name(s)) || (mention && !valid(mention))))
        return 0;
    for (i = 0; i < qawlr_rec_evidence_count(r); i++) {
        double w;
        const char *mod;
        const char *term = qawlr_rec_evidence(r, i, NULL, NULL, &w, &mod);
        if (!valid(term) || !valid_score(w) || (mod && !valid(mod)))
            return 0;
    }
    return 1;
}

static int quote_valid(const qawl_quote *q)
{
    const char *cue = qawl_quote_cue(q, NULL, NULL);

    return (cue == NULL || valid(cue)) && record_valid(qawlr_quote_record(q));
}

/* The speaker's most characteristic stance terms (at most TOP_TERMS). */
#define TOP_TERMS 5

static int speaker_valid(const qawl_speaker *s)
{
    qawlr_stance_summary sum;
    size_t i;

    qawlr_speaker_stance(s, &sum);
    if (!valid(qawl_speaker_name(s)) || !valid_score(sum.mean))
        return 0;
    for (i = 0; i < qawl_speaker_alias_count(s); i++)
        if (!valid(qawl_speaker_alias(s, i)))
            return 0;
    for (i = 0; i < qawl_speaker_term_count(s) && i < TOP_TERMS; i++) {
        double w;
        if (!valid(qawl_speaker_term(s, i, &w, NULL)) || !valid_score(w))
            return 0;
    }
    return 1;
}

/* ------------------------------------------------------- the objects */

static void speaker_ref(jgen *g, qawlr_record r)
{
    const qawl_speaker *s = qawlr_rec_speaker(r);
    size_t a = 0, b = 0;
    const char *mention = qawlr_rec_mention(r, &a, &b);

    if (s == NULL) {
        null_(g);
        return;
    }
    open_(g, '{');
    key(g, "entity");
    integer(g, (long long)qawl_speaker_id(s));
    key(g, "name");
    str(g, qawl_speaker_name(s));
    key(g, "mention");
    if (mention)
        str(g, mention);
    else
        null_(g);
    key(g, "start");
    if (mention)
        integer(g, (long long)a);
    else
        null_(g);
    key(g, "end");
    if (mention)
        integer(g, (long long)b);
    else
        null_(g);
    key(g, "kind");
    str(g, qawl_speaker_kind_name(qawl_speaker_kind_of(s)));
    close_(g);
}

/* {"label", "score", "evidence": [{"start", "end", "term", "weight"
 * [, "modifier"][, "frame"]}]} */
static void stance_object(jgen *g, qawlr_record q)
{
    double score;
    qawl_stance st = qawlr_rec_stance(q, &score);
    size_t i;

    open_(g, '{');
    key(g, "label");
    str(g, qawl_stance_name(st));
    key(g, "score");
    rounded(g, score);
    key(g, "evidence");
    open_(g, '[');
    for (i = 0; i < qawlr_rec_evidence_count(q); i++) {
        size_t a, b;
        double w;
        const char *mod;
        const char *term = qawlr_rec_evidence(q, i, &a, &b, &w, &mod);
        const char *frame = qawlr_rec_frame(q, i);
        open_(g, '{');
        key(g, "start");
        integer(g, (long long)a);
        key(g, "end");
        integer(g, (long long)b);
        key(g, "term");
        str(g, term);
        key(g, "weight");
        rounded(g, w);
        if (mod) {
            key(g, "modifier");
            str(g, mod);
        }
        if (frame) {
            key(g, "frame");
            str(g, frame);
        }
        close_(g);
    }
    close_(g);
    close_(g);
}

/* The members a quote and an act share, last in their objects: speaker,
 * attribution and stance; closes the object. */
static void record_tail(jgen *g, qawlr_record r)
{
    key(g, "speaker");
    speaker_ref(g, r);
    key(g, "attribution");
    open_(g, '{');
    key(g, "rule");
    str(g, qawlr_rec_rule(r));
    key(g, "confidence");
    rounded(g, qawlr_rec_confidence(r));
    close_(g);
    key(g, "stance");
    stance_object(g, r);
    close_(g);
}

static int quote_object(jgen *g, const qawl_quote *q)
{
    size_t a, b, line, col, ca = 0, cb = 0;
    const char *cue = qawl_quote_cue(q, &ca, &cb);

    before_value(g);   /* the old writer wrote the separator, then failed */
    if (!quote_valid(q))
        return -1;
    qawl_quote_span(q, &a, &b);
    qawl_quote_position(q, &line, &col);
    open_bare(g, '{');
    key(g, "id");
    integer(g, (long long)qawl_quote_id(q));
    key(g, "start");
    integer(g, (long long)a);
    key(g, "end");
    integer(g, (long long)b);
    key(g, "line");
    integer(g, (long long)line);
    key(g, "column");
    integer(g, (long long)col);
    key(g, "text");
    str(g, qawl_quote_text(q));
    key(g, "type");
    str(g, qawl_quote_type_name(qawl_quote_kind(q)));
    key(g, "cue");
    if (cue) {
        open_(g, '{');
        key(g, "text");
        str(g, cue);
        key(g, "start");
        integer(g, (long long)ca);
        key(g, "end");
        integer(g, (long long)cb);
        close_(g);
    } else {
        null_(g);
    }
    record_tail(g, qawlr_quote_record(q));
    return 0;
}

static int act_valid(const qawl_act *a)
{
    return valid(qawl_act_verb(a, NULL, NULL)) &&
           record_valid(qawlr_act_record(a));
}

/* {"text", "start", "end"} */
static void span_object(jgen *g, const char *text, size_t a, size_t b)
{
    open_(g, '{');
    key(g, "text");
    str(g, text);
    key(g, "start");
    integer(g, (long long)a);
    key(g, "end");
    integer(g, (long long)b);
    close_(g);
}

static int act_object(jgen *g, const qawl_act *act)
{
    size_t a, b, line, col;
    const char *verb, *object;

    before_value(g);
    if (!act_valid(act))
        return -1;
    open_bare(g, '{');
    key(g, "id");
    integer(g, (long long)qawl_act_id(act));
    key(g, "class");
    str(g, qawl_act_class_name(qawl_act_class_of(act)));
    qawl_act_span(act, &a, &b);
    key(g, "start");
    integer(g, (long long)a);
    key(g, "end");
    integer(g, (long long)b);
    qawl_act_position(act, &line, &col);
    key(g, "line");
    integer(g, (long long)line);
    key(g, "column");
    integer(g, (long long)col);
    verb = qawl_act_verb(act, &a, &b);
    key(g, "verb");
    span_object(g, verb, a, b);
    object = qawl_act_object(act, &a, &b);
    key(g, "object");
    span_object(g, object, a, b);
    record_tail(g, qawlr_act_record(act));
    return 0;
}

/* The members of a stance summary: mean score and label counts (the
 * caller opens and closes the object). */
static void summary_members(jgen *g, const qawlr_stance_summary *sum)
{
    key(g, "mean");
    rounded(g, sum->mean);
    key(g, "de-escalation");
    integer(g, (long long)sum->count[QAWL_STANCE_DEESCALATION]);
    key(g, "escalation");
    integer(g, (long long)sum->count[QAWL_STANCE_ESCALATION]);
    key(g, "neutral");
    integer(g, (long long)sum->count[QAWL_STANCE_NEUTRAL]);
}

static int speaker_object(jgen *g, const qawl_speaker *s)
{
    qawlr_stance_summary sum;
    size_t i;

    before_value(g);
    if (!speaker_valid(s))
        return -1;
    qawlr_speaker_stance(s, &sum);
    open_bare(g, '{');
    key(g, "entity");
    integer(g, (long long)qawl_speaker_id(s));
    key(g, "name");
    str(g, qawl_speaker_name(s));
    key(g, "kind");
    str(g, qawl_speaker_kind_name(qawl_speaker_kind_of(s)));
    key(g, "aliases");
    open_(g, '[');
    for (i = 0; i < qawl_speaker_alias_count(s); i++)
        str(g, qawl_speaker_alias(s, i));
    close_(g);
    key(g, "quotes");
    open_(g, '[');
    for (i = 0; i < qawl_speaker_quote_count(s); i++)
        integer(g, (long long)qawl_quote_id(qawl_speaker_quote(s, i)));
    close_(g);
    key(g, "acts");
    open_(g, '[');
    for (i = 0; i < qawl_speaker_act_count(s); i++)
        integer(g, (long long)qawl_act_id(qawl_speaker_act(s, i)));
    close_(g);
    key(g, "stance");
    open_(g, '{');
    summary_members(g, &sum);
    key(g, "terms");
    open_(g, '[');
    for (i = 0; i < qawl_speaker_term_count(s) && i < TOP_TERMS; i++) {
        double w;
        size_t n;
        const char *term = qawl_speaker_term(s, i, &w, &n);
        open_(g, '{');
        key(g, "term");
        str(g, term);
        key(g, "weight");
        rounded(g, w);
        key(g, "count");
        integer(g, (long long)n);
        close_(g);
    }
    close_(g);
    close_(g);
    close_(g);
    return 0;
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

static int error_object(jgen *g, const qawl_error *err)
{
    if (!valid(err->message))
        return -1;
    open_(g, '{');
    key(g, "code");
    str(g, status_code(err->code));
    key(g, "message");
    str(g, err->message);
    key(g, "line");
    integer(g, (long long)err->line);
    key(g, "column");
    integer(g, (long long)err->column);
    key(g, "offset");
    integer(g, (long long)err->offset);
    close_(g);
    return 0;
}

/* A file name as a JSON string: names are bytes, JSON strings UTF-8, so
 * a name that is not valid UTF-8 (or a JSON Lines id cut inside a letter)
 * has each byte that is not part of a character shown as U+FFFD rather
 * than failing; its letters stay, as report and audit keep them. */
static void path_string(jgen *g, const char *path)
{
    const char *p, *end;

    if (valid(path)) {
        str(g, path);
        return;
    }
    before_value(g);
    qawlr_put(g->w, "\"", 1);
    end = path + strlen(path);
    for (p = path; p < end;) {
        uint32_t cp;
        int k = qawlp_utf8_decode((const unsigned char *)p, (size_t)(end - p),
                                  &cp);
        if (k > 0) {
            qawlr_json_string_body(g->w, p, (size_t)k);
            p += k;
        } else {
            qawlr_put(g->w, "\xEF\xBF\xBD", 3);
            p++;
        }
    }
    qawlr_put(g->w, "\"", 1);
}

enum { ARR_QUOTES, ARR_ACTS, ARR_SPEAKERS };

/* The array of the quotes, acts or speakers of R (WHICH: ARR_*). */
static int put_array(jgen *g, const qawl_result *r, int which)
{
    size_t n = r == NULL ? 0
               : which == ARR_SPEAKERS ? qawl_result_speaker_count(r)
               : which == ARR_ACTS ? qawl_result_act_count(r)
                                   : qawl_result_quote_count(r), i;

    open_(g, '[');
    for (i = 0; i < n; i++) {
        if (which == ARR_SPEAKERS ? speaker_object(g, qawl_result_speaker(r, i))
            : which == ARR_ACTS ? act_object(g, qawl_result_act(r, i))
                                : quote_object(g, qawl_result_quote(r, i)))
            return -1;
        if (g->w->failed)
            return -1;
    }
    close_(g);
    return 0;
}

qawl_status qawlr_document_write(struct qawl_writer *w, const char *path,
                                 const qawl_result *r, const qawl_error *err,
                                 int indent)
{
    jgen g = {w, indent, 0, {0}, {0}};
    size_t bytes = 0;

    if (r)
        qawl_result_input(r, &bytes);
    open_(&g, '{');
    key(&g, "path");
    path_string(&g, path ? path : "-");
    key(&g, "bytes");
    integer(&g, (long long)bytes);
    key(&g, "error");
    if (r)
        null_(&g);
    else if (error_object(&g, err))
        return QAWL_ERR_NOMEM;
    key(&g, "quotes");
    if (put_array(&g, r, ARR_QUOTES))
        return w->failed ? QAWL_ERR_IO : QAWL_ERR_NOMEM;
    key(&g, "acts");
    if (put_array(&g, r, ARR_ACTS))
        return w->failed ? QAWL_ERR_IO : QAWL_ERR_NOMEM;
    key(&g, "speakers");
    if (put_array(&g, r, ARR_SPEAKERS))
        return w->failed ? QAWL_ERR_IO : QAWL_ERR_NOMEM;
    if (r) {
        qawlr_stance_summary sum;
        qawlr_document_stance(r, &sum);
        key(&g, "stance");
        if (!valid_score(sum.mean))
            return QAWL_ERR_NOMEM;
        open_(&g, '{');
        summary_members(&g, &sum);
        close_(&g);
    }
    close_(&g);
    return w->failed ? QAWL_ERR_IO : QAWL_OK;
}
