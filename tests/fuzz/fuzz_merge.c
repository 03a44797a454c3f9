/*
 * fuzz_merge.c — libFuzzer target for `qawl merge`: arbitrary bytes as a
 * saved speaker report (a shard), which is untrusted input.
 *
 * Each input is merged into a report that already holds one valid shard.
 * Then:
 *   - a refused input must say why (err.code set) and leave the report as
 *     it was, byte for byte (a rejected shard keeps nothing);
 *   - an accepted one is written in every format (JSON, Markdown, CSV,
 *     HTML), and the JSON must merge back into an empty report and be
 *     written again identically (the merged report is itself a valid
 *     shard, and merging is exact).
 * A crash, a leak, undefined behaviour, a broken property (abort) or an
 * input slower than libFuzzer's -timeout is a finding.  No lexicons are
 * needed: merging reads no article text.
 *
 * Built with libFuzzer by ./configure --enable-fuzzing CC=clang; built
 * without it (tests/fuzz/replay.c supplies main) the same code replays
 * seeds and regressions in `make check`.
 */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qawl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A valid shard the input is merged into: one speaker, one quote. */
static const char base_shard[] =
    "{\"qawl-speakers\": \"1\", \"speakers\": [{\"key\": \"سامي الحداد\", "
    "\"kind\": \"person\", \"name\": \"سامي الحداد\", \"aliases\": "
    "[\"الوزير سامي الحداد\"], \"documents\": 1, \"quote_count\": 1, "
    "\"stance\": {\"mean\": 0.412, \"score_milli\": 412, "
    "\"de-escalation\": 1, \"escalation\": 0, \"neutral\": 0}, \"terms\": "
    "[{\"term\": \"هدنة\", \"weight_milli\": 700, \"count\": 1}], "
    "\"quotes\": [{\"document\": \"a.txt\", \"line\": 1, \"column\": 29, "
    "\"text\": \"الهدنة صامدة\", \"stance\": \"de-escalation\", "
    "\"score_milli\": 412}]}]}";

typedef struct {
    char *data;
    size_t len, cap;
} membuf;

static int keep(const char *data, size_t len, void *user)
{
    membuf *m = user;

    if (m->len + len + 1 > m->cap) {
        size_t cap = m->cap ? m->cap : 4096;
        char *d;
        while (cap < m->len + len + 1)
            cap *= 2;
        d = realloc(m->data, cap);
        if (d == NULL)
            return -1;
        m->data = d;
        m->cap = cap;
    }
    memcpy(m->data + m->len, data, len);
    m->len += len;
    return 0;
}

/* REP written as JSON into OUT (emptied first); aborts when it fails. */
static void write_json(const qawl_speaker_report *rep, membuf *out)
{
    out->len = 0;
    if (qawl_speaker_report_write(rep, QAWL_FORMAT_JSON, keep, out) != QAWL_OK)
        abort();
}

static int same(const membuf *a, const membuf *b)
{
    return a->len == b->len && memcmp(a->data, b->data, a->len) == 0;
}

/* The JSON of an accepted merge reads back into an empty report and
 * writes the same bytes again. */
static void check_round_trip(const membuf *json)
{
    qawl_speaker_report *again = qawl_speaker_report_new();
    qawl_error err = {0};
    membuf out = {0};

    if (again == NULL)
        abort();
    if (qawl_speaker_report_merge(again, json->data, json->len, &err) != QAWL_OK) {
        fprintf(stderr, "fuzz_merge: own output refused: %s\n", err.message);
        abort();
    }
    write_json(again, &out);
    if (!same(json, &out))
        abort();
    free(out.data);
    qawl_speaker_report_free(again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const qawl_format formats[] = {
        QAWL_FORMAT_MD, QAWL_FORMAT_CSV, QAWL_FORMAT_HTML
    };
    qawl_speaker_report *rep = qawl_speaker_report_new();
    qawl_error err = {0};
    membuf before = {0}, after = {0};
    size_t i;

    if (rep == NULL ||
        qawl_speaker_report_merge(rep, base_shard, sizeof base_shard - 1,
                                  &err) != QAWL_OK)
        abort();
    write_json(rep, &before);
    if (qawl_speaker_report_merge(rep, (const char *)data, size, &err) !=
        QAWL_OK) {
        if (err.code == QAWL_OK)
            abort();   /* a refusal must say what is wrong */
        write_json(rep, &after);
        if (!same(&before, &after))
            abort();   /* and keep nothing of the input */
    } else {
        for (i = 0; i < sizeof formats / sizeof formats[0]; i++) {
            after.len = 0;
            if (qawl_speaker_report_write(rep, formats[i], keep, &after) !=
                QAWL_OK)
                abort();
        }
        write_json(rep, &after);
        check_round_trip(&after);
    }
    free(before.data);
    free(after.data);
    qawl_speaker_report_free(rep);
    return 0;
}
