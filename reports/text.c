/*
 * text.c — the human-readable report (the default on a terminal).
 *
 * One block per document: each quote with its position, type, cue, speaker,
 * rule and confidence, stance and deciding terms, then the speakers with
 * their stance figures.  Control characters of the article (ANSI escapes,
 * NUL, CR) are shown as \xNN so a hostile text cannot drive the terminal.
 */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "report.h"

/* Emits S with control characters made visible. */
static void emit_safe(struct qawl_writer *w, const char *s)
{
    const char *p = s;

    while (*p) {
        size_t run = 0;
        while (p[run] && ((unsigned char)p[run] >= 0x20 || p[run] == '\n') &&
               p[run] != 0x7F)
            run++;
        qawlr_emit(w, p, run);
        p += run;
        if (*p) {
            char hex[8];
            snprintf(hex, sizeof hex, "\\x%02X", (unsigned)(unsigned char)*p);
            qawlr_emit(w, hex, (size_t)-1);
            p++;
        }
    }
}


/* The candidates the attribution considered for R, in the order it tried
 * them, and the verdict on each; NONE says why there were none. */
static void text_explain(struct qawl_writer *w, qawlr_record r,
                         const char *none)
{
    size_t i, n = qawlr_rec_candidate_count(r);
    const qawl_speaker *s = qawlr_rec_speaker(r);

    qawlr_printf(w, "      candidates:\n");
    if (n == 0)
        qawlr_printf(w, "        (none: %s)\n", none);
    for (i = 0; i < n; i++) {
        const char *rule, *verdict;
        const char *who = qawlr_rec_candidate(r, i, &rule, &verdict);
        qawlr_printf(w, "        %zu. %s: ", i + 1, rule);
        emit_safe(w, who ? who : "-");
        qawlr_printf(w, " (%s)\n", verdict);
    }
    qawlr_printf(w, "      decision: ");
    emit_safe(w, s ? qawl_speaker_name(s) : "no speaker");
    qawlr_printf(w, " by %s, confidence %.2f\n", qawlr_rec_rule(r),
                 qawlr_rec_confidence(r));
}

/* What a quote and an act share, after their first line: the speaker
 * with its rule, the stance with its evidence, the words in «», and with
 * --explain the candidates (NONE: why there were none). */
static void text_body(struct qawl_writer *w, qawlr_record r, const char *none)
{
    size_t i, n = qawlr_rec_evidence_count(r);
    double score;
    qawl_stance st = qawlr_rec_stance(r, &score);
    const qawl_speaker *s = qawlr_rec_speaker(r);

    qawlr_printf(w, "\n      speaker: ");
    emit_safe(w, s ? qawl_speaker_name(s) : "(none)");
    qawlr_printf(w, "  [%s %.2f]\n", qawlr_rec_rule(r),
                 qawlr_rec_confidence(r));
    qawlr_printf(w, "      stance: %s %+.2f", qawl_stance_name(st), score);
    for (i = 0; i < n; i++) {
        double wt;
        const char *mod;
        const char *term = qawlr_rec_evidence(r, i, NULL, NULL, &wt, &mod);
        const char *frame = qawlr_rec_frame(r, i);
        qawlr_printf(w, i ? ", " : " (");
        emit_safe(w, term);
        qawlr_printf(w, " %+.2f%s%s%s%s", wt, mod ? " " : "", mod ? mod : "",
                     frame ? " " : "", frame ? frame : "");
    }
    qawlr_printf(w, "%s\n      «", n ? ")" : "");
    emit_safe(w, qawlr_rec_text(r));
    qawlr_printf(w, "»\n");
    if (w->options & QAWL_WRITE_EXPLAIN)
        text_explain(w, r, none);
}

/* A quote: "[1] line:col type, cue C", then text_body. */
static void text_quote(struct qawl_writer *w, const qawl_quote *q)
{
    size_t line, col;
    const char *cue = qawl_quote_cue(q, NULL, NULL);

    qawl_quote_position(q, &line, &col);
    qawlr_printf(w, "  [%zu] %zu:%zu %s, cue ", qawl_quote_id(q), line, col,
          qawl_quote_type_name(qawl_quote_kind(q)));
    emit_safe(w, cue ? cue : "-");
    text_body(w, qawlr_quote_record(q),
              cue ? "the cue names no source" : "no cue and no earlier speaker");
}

/* An act: "[A1] line:col class, verb V", then text_body. */
static void text_act(struct qawl_writer *w, const qawl_act *a)
{
    size_t line, col;

    qawl_act_position(a, &line, &col);
    qawlr_printf(w, "  [A%zu] %zu:%zu %s, verb ", qawl_act_id(a), line, col,
                 qawl_act_class_name(qawl_act_class_of(a)));
    emit_safe(w, qawl_act_verb(a, NULL, NULL));
    text_body(w, qawlr_act_record(a), "the verb names no source");
}

/* Terms shown per speaker in the text report. */
#define TEXT_TERMS 5

static void text_speaker(struct qawl_writer *w, const qawl_speaker *s)
{
    qawlr_stance_summary sum;
    size_t i;

    qawlr_speaker_stance(s, &sum);
    qawlr_printf(w, "  %zu. ", qawl_speaker_id(s));
    emit_safe(w, qawl_speaker_name(s));
    qawlr_printf(w, " (%s): %zu quote%s, stance mean %+.2f "
             "(de-escalation %zu, escalation %zu, neutral %zu)\n",
          qawl_speaker_kind_name(qawl_speaker_kind_of(s)),
          qawl_speaker_quote_count(s),
          qawl_speaker_quote_count(s) == 1 ? "" : "s", sum.mean,
          sum.count[QAWL_STANCE_DEESCALATION], sum.count[QAWL_STANCE_ESCALATION],
          sum.count[QAWL_STANCE_NEUTRAL]);
    if (qawl_speaker_act_count(s)) {
        size_t by[QAWL_ACT_CLASS_COUNT] = {0};
        int c, first = 1;
        for (i = 0; i < qawl_speaker_act_count(s); i++)
            by[qawl_act_class_of(qawl_speaker_act(s, i))]++;
        qawlr_printf(w, "     acts: %zu (", qawl_speaker_act_count(s));
        for (c = 0; c < QAWL_ACT_CLASS_COUNT; c++)
            if (by[c]) {
                qawlr_printf(w, "%s%s %zu", first ? "" : ", ",
                             qawl_act_class_name((qawl_act_class)c), by[c]);
                first = 0;
            }
        qawlr_printf(w, ")\n");
    }
    for (i = 0; i < qawl_speaker_term_count(s) && i < TEXT_TERMS; i++) {
        double weight;
        size_t n;
        const char *term = qawl_speaker_term(s, i, &weight, &n);
        qawlr_printf(w, i ? ", " : "     terms: ");
        emit_safe(w, term);
        qawlr_printf(w, " %+.2f", weight);
        if (n > 1)
            qawlr_printf(w, " x%zu", n);
    }
    if (qawl_speaker_term_count(s))
        qawlr_printf(w, "\n");
}

/* The document's stance: label counts and the mean score. */
static void text_document_stance(struct qawl_writer *w, const qawl_result *r)
{
    qawlr_stance_summary sum;

    qawlr_document_stance(r, &sum);
    if (qawl_result_quote_count(r))
        qawlr_printf(w, "; stance mean %+.2f (de-escalation %zu, escalation %zu, "
                 "neutral %zu)", sum.mean, sum.count[QAWL_STANCE_DEESCALATION],
              sum.count[QAWL_STANCE_ESCALATION], sum.count[QAWL_STANCE_NEUTRAL]);
    qawlr_printf(w, "\n");
}

qawl_status qawlr_text_document(struct qawl_writer *w, const char *path,
                                const qawl_result *r, const qawl_error *err)
{
    size_t i;

    emit_safe(w, path ? path : "-");
    if (r == NULL) {
        qawlr_printf(w, ": error: ");
        emit_safe(w, err->message);
        qawlr_printf(w, "\n");
        return w->failed ? QAWL_ERR_IO : QAWL_OK;
    }
    qawlr_printf(w, ": %zu quote%s, ", qawl_result_quote_count(r),
          qawl_result_quote_count(r) == 1 ? "" : "s");
    if (qawl_result_act_count(r))
        qawlr_printf(w, "%zu act%s, ", qawl_result_act_count(r),
                     qawl_result_act_count(r) == 1 ? "" : "s");
    qawlr_printf(w, "%zu speaker%s",
          qawl_result_speaker_count(r),
          qawl_result_speaker_count(r) == 1 ? "" : "s");
    text_document_stance(w, r);
    if (w->only_act == 0)
        for (i = 0; i < qawl_result_quote_count(r); i++)
            if (w->only_quote == 0 ||
                qawl_quote_id(qawl_result_quote(r, i)) == w->only_quote)
                text_quote(w, qawl_result_quote(r, i));
    /* acts after the quotes: what the speakers did */
    if (w->only_quote == 0 && w->only_act == 0 && qawl_result_act_count(r))
        qawlr_printf(w, "acts:\n");
    if (w->only_quote == 0)
        for (i = 0; i < qawl_result_act_count(r); i++)
            if (w->only_act == 0 ||
                qawl_act_id(qawl_result_act(r, i)) == w->only_act)
                text_act(w, qawl_result_act(r, i));
    if (w->only_quote || w->only_act)
        return w->failed ? QAWL_ERR_IO : QAWL_OK;
    if (qawl_result_speaker_count(r))
        qawlr_printf(w, "speakers:\n");
    for (i = 0; i < qawl_result_speaker_count(r); i++)
        text_speaker(w, qawl_result_speaker(r, i));
    return w->failed ? QAWL_ERR_IO : QAWL_OK;
}
