/*
 * fuzz_analyze.c — libFuzzer target over the public API: arbitrary bytes
 * as an article, the options from the first byte.
 *
 * Byte 0 (the rest is the article):
 *   bit 0      QAWL_OPT_REPAIR_UTF8
 *   bits 1-2   plain text, Markdown, HTML (3: Markdown and HTML both set)
 *   bits 3-4   the document writer: JSON, JSON Lines, text, text with
 *              --explain
 *   bit 5      per-speaker report in every format, and its JSON merged
 *              back into a second report
 *   bit 6      audit, written in every format
 *   bit 7      the writer reports only quote 1
 *
 * Every result and report is written into memory and freed: a leak, a
 * crash, undefined behaviour or an input slower than libFuzzer's -timeout
 * is a finding.  The lexicons are loaded once, from $QAWL_LEXICONS or the
 * source tree's lexicons/ (QAWL_FUZZ_LEXICONS).
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

#ifndef QAWL_FUZZ_LEXICONS
#define QAWL_FUZZ_LEXICONS "lexicons"
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static qawl_lexicon *lexicons;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *dir = getenv("QAWL_LEXICONS");
    qawl_error err = {0};

    (void)argc;
    (void)argv;
    lexicons = qawl_lexicon_load(dir ? dir : QAWL_FUZZ_LEXICONS, &err);
    if (lexicons == NULL) {
        fprintf(stderr, "fuzz_analyze: %s:%lu: %s\n", err.file, err.line,
                err.message);
        abort();
    }
    return 0;
}

static void write_documents(unsigned flags, const qawl_result *r,
                            const qawl_error *err)
{
    static const qawl_format formats[] = {
        QAWL_FORMAT_JSON, QAWL_FORMAT_JSONL, QAWL_FORMAT_TEXT, QAWL_FORMAT_TEXT
    };
    unsigned pick = (flags >> 3) & 3;
    qawl_buffer *out = qawl_buffer_new();
    qawl_writer *w = out ? qawl_writer_new(formats[pick], qawl_buffer_sink, out)
                         : NULL;

    if (w == NULL) {
        qawl_buffer_free(out);
        return;
    }
    if (pick == 3)
        qawl_writer_set_options(w, QAWL_WRITE_EXPLAIN);
    if (flags & 0x80)
        qawl_writer_only_quote(w, 1);
    qawl_writer_add(w, "fuzz.txt", r, err);
    qawl_writer_finish(w);
    qawl_writer_free(w);
    qawl_buffer_free(out);
}

static void write_speakers(const qawl_result *r)
{
    static const qawl_format formats[] = {
        QAWL_FORMAT_MD, QAWL_FORMAT_CSV, QAWL_FORMAT_HTML, QAWL_FORMAT_JSON
    };
    qawl_speaker_report *rep = qawl_speaker_report_new();
    qawl_speaker_report *merged = qawl_speaker_report_new();
    qawl_buffer *out = qawl_buffer_new();
    size_t i;

    if (rep && merged && out &&
        qawl_speaker_report_add(rep, "fuzz.txt", r) == QAWL_OK) {
        for (i = 0; i < sizeof formats / sizeof formats[0]; i++) {
            qawl_buffer_clear(out);
            qawl_speaker_report_write(rep, formats[i], qawl_buffer_sink, out);
        }
        /* the JSON, written last, merges back */
        if (qawl_buffer_length(out)) {
            qawl_error err = {0};
            qawl_speaker_report_merge(merged, qawl_buffer_data(out),
                                      qawl_buffer_length(out), &err);
            qawl_buffer_clear(out);
            qawl_speaker_report_write(merged, QAWL_FORMAT_MD, qawl_buffer_sink,
                                      out);
        }
    }
    qawl_buffer_free(out);
    qawl_speaker_report_free(rep);
    qawl_speaker_report_free(merged);
}

static void write_audit(const qawl_result *r)
{
    static const qawl_format formats[] = {
        QAWL_FORMAT_TEXT, QAWL_FORMAT_GITHUB, QAWL_FORMAT_SARIF, QAWL_FORMAT_JSON
    };
    qawl_audit *a = qawl_audit_new();
    qawl_buffer *out = qawl_buffer_new();
    size_t i;

    if (a && out && qawl_audit_add(a, "fuzz.md", r) == QAWL_OK)
        for (i = 0; i < sizeof formats / sizeof formats[0]; i++) {
            qawl_buffer_clear(out);
            qawl_audit_write(a, formats[i], qawl_buffer_sink, out);
        }
    qawl_buffer_free(out);
    qawl_audit_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qawl_error err = {0};
    qawl_result *r;
    unsigned flags, opts = 0;

    if (size == 0)
        return 0;
    flags = data[0];
    if (flags & 1)
        opts |= QAWL_OPT_REPAIR_UTF8;
    if (flags & 2)
        opts |= QAWL_OPT_MARKDOWN;
    if (flags & 4)
        opts |= QAWL_OPT_HTML;
    r = qawl_analyze(lexicons, (const char *)data + 1, size - 1, opts, &err);
    write_documents(flags, r, &err);
    if (r && (flags & 0x20))
        write_speakers(r);
    if (r && (flags & 0x40))
        write_audit(r);
    qawl_result_free(r);
    return 0;
}
