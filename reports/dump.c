/*
 * dump.c — one stage's decisions for one document, for a reader checking
 * why qawl chose a speaker (`qawl analyze --dump=STAGE`).
 *
 *   sources   each quote's cue and every rule tried for its source
 *             phrase, in order, with its verdict and the phrase's extent;
 *             the phrase taken, parsed (kind, name, title); the turns
 *             (subjects of verbs that quote nothing);
 *   entities  each entity with its kind and canonical name, its mentions
 *             (extent, name) and the quotes and acts attributed to it;
 *   acts      each act with its class, verb and object, then every rule
 *             tried for its source phrase, as for a quote's.
 *
 * One record a line, fields separated by tabs; spans are input byte
 * offsets [start,end), texts are JSON strings (so a line break or a tab
 * in the article cannot break a record).  The format is for reading and
 * grepping, not a stable interface: JSON output is that.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "report.h"
#include "internal.h"

/* Input span of tokens [first, last). */
static void token_span(const qawlp_doc *doc, size_t first, size_t last,
                       size_t *a, size_t *b)
{
    *a = qawlp_input_offset(doc, doc->tokens.v[first].start);
    *b = qawlp_input_end(doc, doc->tokens.v[last - 1].end, *a);
}

/* "\t[a,b) "text"" for tokens [first, last), or nothing for an empty
 * range. */
static void put_tokens(struct qawl_writer *w, const qawlp_doc *doc,
                       size_t first, size_t last)
{
    size_t a, b;

    if (last <= first || last > doc->tokens.n)
        return;
    token_span(doc, first, last, &a, &b);
    qawlr_printf(w, "\t[%zu,%zu) ", a, b);
    qawlr_json_string(w, doc->src + a, b - a);
}

static const char *kind_name(uint8_t kind)
{
    return qawl_speaker_kind_name((qawl_speaker_kind)kind);
}

/* Mention M: its tokens, its kind, its personal name, whether a title
 * names it. */
static void put_mention(struct qawl_writer *w, const qawlp_doc *doc,
                        const qawlp_mention *m)
{
    put_tokens(w, doc, m->first, m->last);
    qawlr_printf(w, "\t%s", kind_name(m->kind));
    if (m->name_last > m->name_first) {
        qawlr_put(w, "\tname", 5);
        put_tokens(w, doc, m->name_first, m->name_last);
    }
    if (m->titled)
        qawlr_put(w, "\ttitled", 7);
    if (m->title_only)
        qawlr_put(w, "\ttitle-only", 11);
}

/* The rules tried for quote (or act) Q's source phrase and the phrase
 * taken. */
static void put_steps(struct qawl_writer *w, const qawlp_doc *doc,
                      const struct qawl_quote *q);

static void dump_quote_sources(struct qawl_writer *w, const qawlp_doc *doc,
                               const struct qawl_quote *q)
{
    qawlr_printf(w, "quote %zu\t[%zu,%zu)", q->id, q->start, q->end);
    if (q->cue >= 0) {
        qawlr_printf(w, "\tcue [%zu,%zu) ", q->cue_start, q->cue_end);
        qawlr_json_string(w, doc->src + q->cue_start,
                          q->cue_end - q->cue_start);
    } else {
        qawlr_put(w, "\tno cue", 7);
    }
    qawlr_put(w, "\n", 1);
    put_steps(w, doc, q);
}

static void put_steps(struct qawl_writer *w, const qawlp_doc *doc,
                      const struct qawl_quote *q)
{
    size_t k;

    for (k = 0; k < q->steps.n; k++) {
        const qawlp_step *st = &q->steps.v[k];
        qawlr_printf(w, "  %s\t%s", qawlp_rules[st->rule].name, st->verdict);
        if (st->entity >= 0) {
            qawlr_put(w, "\tspeaker ", 9);
            qawlr_json_string(w, st->text, strlen(st->text));
        } else {
            put_tokens(w, doc, st->first, st->last);
        }
        qawlr_put(w, "\n", 1);
    }
    if (q->mention >= 0) {
        const qawlp_mention *m = &doc->mentions.v[q->mention];
        qawlr_put(w, "  source", 8);
        put_mention(w, doc, m);
        qawlr_put(w, "\n", 1);
    }
}

static void dump_sources(struct qawl_writer *w, const qawlp_doc *doc)
{
    size_t k;

    for (k = 0; k < doc->quotes.n; k++)
        dump_quote_sources(w, doc, &doc->quotes.v[k]);
    for (k = 0; k < doc->turns.n; k++) {
        const qawlp_turn *t = &doc->turns.v[k];
        const qawlp_mention *m = &doc->mentions.v[t->mention];
        qawlr_put(w, "turn", 4);
        put_tokens(w, doc, t->at, t->at + 1);
        qawlr_put(w, "\tsubject", 8);
        put_mention(w, doc, m);
        qawlr_put(w, "\n", 1);
    }
}

/* Each act: its class, verb and object, then its source's rules. */
static void dump_acts(struct qawl_writer *w, const qawlp_doc *doc)
{
    size_t k;

    for (k = 0; k < doc->acts.n; k++) {
        const struct qawl_act *a = &doc->acts.v[k];
        const struct qawl_quote *q = &a->q;
        qawlr_printf(w, "act %zu\t%s\tverb [%zu,%zu) ", q->id,
                     qawl_act_class_name(a->cls), q->cue_start, q->cue_end);
        qawlr_json_string(w, doc->src + q->cue_start,
                          q->cue_end - q->cue_start);
        qawlr_printf(w, "\tobject [%zu,%zu) ", q->start, q->end);
        qawlr_json_string(w, doc->src + q->start, q->end - q->start);
        qawlr_put(w, "\n", 1);
        put_steps(w, doc, q);
    }
}

static void dump_entities(struct qawl_writer *w, const qawlp_doc *doc)
{
    size_t e, k;

    for (e = 0; e < doc->entities.n; e++) {
        const qawlp_entity *en = &doc->entities.v[e];
        if (en->public_id > 0)
            qawlr_printf(w, "speaker %d\t%s\t", en->public_id,
                         kind_name(en->kind));
        else
            qawlr_printf(w, "entity (no quote)\t%s\t", kind_name(en->kind));
        qawlr_json_string(w, en->name ? en->name : "",
                          en->name ? strlen(en->name) : 0);
        if (en->gender || en->number)
            qawlr_printf(w, "\tagrees %c%c", en->gender ? en->gender : '-',
                         en->number ? en->number : '-');
        if (en->quotes.n > 0) {
            qawlr_put(w, "\tquotes", 7);
            for (k = 0; k < en->quotes.n; k++)
                qawlr_printf(w, "%c%zu", k ? ',' : ' ',
                             doc->quotes.v[en->quotes.v[k]].id);
        }
        if (en->acts.n > 0) {
            qawlr_put(w, "\tacts", 5);
            for (k = 0; k < en->acts.n; k++)
                qawlr_printf(w, "%c%zu", k ? ',' : ' ',
                             doc->acts.v[en->acts.v[k]].q.id);
        }
        qawlr_put(w, "\n", 1);
        for (k = 0; k < doc->mentions.n; k++) {
            const qawlp_mention *m = &doc->mentions.v[k];
            if (m->entity != (int)e)
                continue;
            qawlr_put(w, "  mention", 9);
            put_mention(w, doc, m);
            if ((int)k == en->mention)
                qawlr_put(w, "\tcanonical", 10);
            qawlr_put(w, "\n", 1);
        }
    }
}

qawl_status qawl_write_dump(const qawl_result *result, qawl_stage stage,
                            qawl_sink sink, void *user, qawl_error *err)
{
    struct qawl_writer *w;
    qawl_status st = QAWL_OK;

    if (result == NULL || sink == NULL ||
        (stage != QAWL_STAGE_SOURCES && stage != QAWL_STAGE_ENTITIES &&
         stage != QAWL_STAGE_ACTS))
        return qawlp_error_set(err, QAWL_ERR_ARG, NULL, 0, 0, 0,
                               "there is a dump for the acts, sources and "
                               "entities stages only");
    w = qawlp_malloc(sizeof *w);
    if (w == NULL)
        return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                               "out of memory");
    qawlr_writer_init(w, sink, user);
    if (stage == QAWL_STAGE_SOURCES)
        dump_sources(w, result);
    else if (stage == QAWL_STAGE_ACTS)
        dump_acts(w, result);
    else
        dump_entities(w, result);
    if (qawlr_flush(w) || w->failed)
        st = qawlp_error_set(err, QAWL_ERR_IO, NULL, 0, 0, 0,
                             "cannot write the dump");
    qawlp_free(w);
    return st;
}
