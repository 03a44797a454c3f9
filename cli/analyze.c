/*
 * analyze.c — `qawl analyze FILE...`: one report entry per document
 * (JSON, JSON Lines or text).  report, check, audit and explain run the
 * same loop with their own collector (o->collect, o->audit) or writer
 * options, so the reading, the threads and the exit codes are shared.
 */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* Whether PATH ends with SUFFIX (ASCII, any case). */
static int has_suffix(const char *path, const char *suffix)
{
    size_t n = strlen(path), k = strlen(suffix), i;

    if (n < k)
        return 0;
    for (i = 0; i < k; i++) {
        char c = path[n - k + i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != suffix[i])
            return 0;
    }
    return 1;
}

/* The analysis options for document PATH: --repair, and Markdown or HTML
 * by --input-format or, by default, by the file name's extension. */
unsigned doc_options(const options *o, const char *path)
{
    unsigned opts = o->repair ? QAWL_OPT_REPAIR_UTF8 : 0;
    int kind = o->input_kind;

    if (prof_enabled())
        opts |= QAWL_OPT_PROFILE;
    if (kind == INPUT_AUTO)
        kind = has_suffix(path, ".md") || has_suffix(path, ".markdown")
                   ? INPUT_MARKDOWN
               : has_suffix(path, ".html") || has_suffix(path, ".htm")
                   ? INPUT_HTML : INPUT_TEXT;
    if (kind == INPUT_MARKDOWN)
        opts |= QAWL_OPT_MARKDOWN;
    else if (kind == INPUT_HTML)
        opts |= QAWL_OPT_HTML;
    return opts;
}

/* Whether TEXT holds an Arabic letter (the Arabic, Arabic Supplement and
 * Extended-A blocks and the presentation forms), decoded from UTF-8 as far
 * as it is valid. */
static int has_arabic_letter(const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i;

    for (i = 0; i + 1 < len; i++) {
        unsigned cp;
        if (s[i] >= 0xC2 && s[i] <= 0xDF && (s[i + 1] & 0xC0) == 0x80)
            cp = (unsigned)(s[i] & 0x1F) << 6 | (s[i + 1] & 0x3F);
        else if (s[i] >= 0xE0 && s[i] <= 0xEF && i + 2 < len &&
                 (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80)
            cp = (unsigned)(s[i] & 0x0F) << 12 |
                 (unsigned)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
        else
            continue;
        if ((cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3) ||
            (cp >= 0x06FA && cp <= 0x06FC) || (cp >= 0x0750 && cp <= 0x077F) ||
            (cp >= 0x08A0 && cp <= 0x08C9) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
            (cp >= 0xFE70 && cp <= 0xFEFC))
            return 1;
    }
    return 0;
}

/* A note on stderr when document NAME, analysed, has no Arabic letter:
 * "0 quotes" is then no finding about the text but a wrong input (an
 * English file, another encoding read as UTF-8).  The exit status is
 * unchanged. */
void note_not_arabic(const options *o, const char *name, const char *text,
                     size_t len)
{
    if (!o->quiet && !has_arabic_letter(text, len))
        fprintf(stderr, "qawl: %s: note: no Arabic letters found\n", shown(name));
}

/* Records in *STATUS that input NAME failed with ERR, and says so: out of
 * memory while analysing one input is that input's failure (exit status
 * 5 in the end), and the other inputs are still analysed. */
void input_failed(const options *o, const char *name, const qawl_error *err,
                  int *status)
{
    print_error(o, name, err);
    if (err->code == QAWL_ERR_NOMEM)
        *status = EXIT_OUTPUT;
    else if (*status != EXIT_OUTPUT)
        *status = EXIT_INPUT;
}

/* Adds one analysed document R (or its error ERR) to the report and
 * frees it.  Updates *STATUS; returns -1 when the report itself cannot go
 * on (its writer failed), after which nothing more is added. */
int report_one(const options *o, qawl_writer *w, const char *name,
               qawl_result *r, qawl_error *err, int *status)
{
    struct timespec t = prof_start();
    int broken = 0;

    if (r == NULL)
        input_failed(o, name, err, status);
    if (o->audit) {
        if (r && qawl_audit_add(o->audit, name, r) != QAWL_OK)
            broken = 1;
    } else if (o->collect) {
        /* a failed input is reported on stderr and left out */
        if (r && qawl_speaker_report_add(o->collect, name, r) != QAWL_OK)
            broken = 1;
    } else if (qawl_writer_add(w, name, r, err) != QAWL_OK) {
        broken = 1;
    }
    qawl_result_free(r);
    prof_add(PROF_REPORT, &t);
    if (broken)
        *status = EXIT_OUTPUT;
    return broken ? -1 : 0;
}

/* Analyses one document and adds it to the report (see report_one). */
int analyze_one(const options *o, const qawl_lexicon *lex,
                qawl_writer *w, const char *name, const char *text,
                size_t len, qawl_error *err, int *status)
{
    qawl_result *r = NULL;

    if (err->code == QAWL_OK)
        r = qawl_analyze(lex, text, len, doc_options(o, name),
                         err);
    if (r)
        note_not_arabic(o, name, text, len);
    prof_result(r, len);
    return report_one(o, w, name, r, err, status);
}

/* As analyze_one, for BUF of the CLI's own (malloc'd by read_file, or
 * NULL after a read error): the analysis takes it rather than copy it, so
 * a large input is not held twice.  BUF is freed in every case. */
static int analyze_buffer(const options *o, const qawl_lexicon *lex,
                          qawl_writer *w, const char *name, char *buf,
                          size_t len, qawl_error *err, int *status)
{
    qawl_result *r = NULL;

    if (err->code == QAWL_OK) {
        r = qawl_analyze_take(lex, buf, len, doc_options(o, name), err);
        buf = NULL;
    }
    free(buf);
    if (r) {
        const char *text = qawl_result_input(r, &len);
        note_not_arabic(o, name, text, len);
    }
    prof_result(r, len);
    return report_one(o, w, name, r, err, status);
}

/* --dump: the decisions of one stage for each file of ARGV, each after a
 * line "# FILE", in the order given. */
static int dump_files(const options *o, int argc, char **argv)
{
    qawl_lexicon *lex = load_lexicons(o);
    int i, status = EXIT_OK, io_ok = 1;
    FILE *out;
    char *tmp;

    if (lex == NULL)
        return EXIT_LEXICON;
    out = open_output(o, &tmp);
    if (out == NULL) {
        qawl_lexicon_free(lex);
        return EXIT_OUTPUT;
    }
    for (i = 0; i < argc && io_ok; i++) {
        qawl_error err = {0};
        qawl_result *r = NULL;
        char *buf = NULL;
        size_t len = 0;

        timed_read(argv[i], &buf, &len, &err);
        if (err.code == QAWL_OK)
            r = qawl_analyze(lex, buf, len, doc_options(o, argv[i]), &err);
        free(buf);
        if (r == NULL) {
            input_failed(o, argv[i], &err, &status);
            continue;
        }
        io_ok = fprintf(out, "# %s\n", shown(argv[i])) >= 0 &&
                qawl_write_dump(r, (qawl_stage)o->dump, write_file, out,
                                &err) == QAWL_OK;
        qawl_result_free(r);
    }
    if (close_output(o, out, tmp, io_ok) != 0 || !io_ok) {
        if (!o->quiet)
            print_write_error(o);
        status = EXIT_OUTPUT;
    }
    qawl_lexicon_free(lex);
    return status;
}

/* Analyses the files of ARGV (GIVEN arguments were named on the command
 * line: none is a usage error, an empty directory is not). */
static int analyze_files(const options *o, int argc, char **argv, int given)
{
    qawl_format format = isatty(STDOUT_FILENO) && o->output == NULL
                             ? QAWL_FORMAT_TEXT : QAWL_FORMAT_JSON;
    qawl_lexicon *lex;
    qawl_writer *w;
    progress p;
    FILE *out;
    char *tmp;
    struct timespec t;
    int i, status = EXIT_OK, io_ok, broken = 0;

    if (o->collect)
        format = o->format ? format : QAWL_FORMAT_MD;
    if (o->audit)
        format = QAWL_FORMAT_TEXT;   /* cmd_check writes the findings */
    if (o->format && !o->audit &&
        (parse_format(o->format, &format) ||
         (!o->collect && format != QAWL_FORMAT_JSON && format != QAWL_FORMAT_JSONL &&
          format != QAWL_FORMAT_TEXT) ||
         (o->collect && format != QAWL_FORMAT_MD && format != QAWL_FORMAT_CSV &&
          format != QAWL_FORMAT_JSON && format != QAWL_FORMAT_HTML))) {
        fprintf(stderr, "qawl: unknown format '%s' (%s)\n", o->format,
                o->collect ? "md, csv, json, html" : "json, jsonl, text");
        return EXIT_USAGE;
    }
    if (given == 0) {
        fprintf(stderr, "qawl: %s needs at least one FILE (or -)\n",
                o->collect ? "report" : "analyze");
        return EXIT_USAGE;
    }
    if (o->dump >= 0)
        return dump_files(o, argc, argv);
    prof_enable(o->profile);
    t = prof_start();
    lex = load_lexicons(o);
    prof_add(PROF_LEXICONS, &t);
    if (lex == NULL)
        return EXIT_LEXICON;
    out = open_output(o, &tmp);
    if (out == NULL) {
        qawl_lexicon_free(lex);
        return EXIT_OUTPUT;
    }
    w = o->collect || o->audit ? NULL : qawl_writer_new(format, write_file, out);
    if (w && o->explain)
        qawl_writer_set_options(w, QAWL_WRITE_EXPLAIN);
    if (w && o->quote)
        qawl_writer_only_quote(w, o->quote);
    if (w && o->act)
        qawl_writer_only_act(w, o->act);
    progress_start(&p, o, argc, argv);
    if ((w || o->collect || o->audit) && !o->jsonl_input && o->jobs > 1 &&
        argc > 1) {
        broken = analyze_parallel(o, lex, w, format, argc, argv, o->jobs, &p,
                                  &status);
        argc = 0;   /* done */
    }
    for (i = 0; (w || o->collect || o->audit) && i < argc; i++) {
        qawl_error err = {0};
        char *buf = NULL;
        size_t len = 0;
        int rc;

        if (o->jsonl_input) {
            FILE *fp = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "rb");
            if (fp == NULL) {
                err.code = QAWL_ERR_IO;
                snprintf(err.message, sizeof err.message, "cannot open: %s",
                         strerror(errno));
                rc = analyze_one(o, lex, w, argv[i], NULL, 0, &err, &status);
            } else {
                rc = analyze_records(o, lex, w, argv[i], fp, &p, &status);
                if (fp != stdin)
                    fclose(fp);
            }
        } else {
            timed_read(argv[i], &buf, &len, &err);
            rc = analyze_buffer(o, lex, w, argv[i], buf, len, &err, &status);
            progress_step(&p, len, 0);
        }
        if (rc) {
            broken = 1;
            break;
        }
    }
    if (p.on && p.docs)
        progress_step(&p, 0, 1);
    t = prof_start();
    /* a report the writer gave up on is not written; one where an input
     * failed (even out of memory) is, without that input */
    if (o->audit)
        io_ok = !broken &&
                qawl_audit_write(o->audit, o->audit_format, write_file,
                                 out) == QAWL_OK;
    else if (o->collect)
        io_ok = !broken &&
                qawl_speaker_report_write(o->collect, format, write_file,
                                          out) == QAWL_OK;
    else
        io_ok = w && qawl_writer_finish(w) == QAWL_OK && !broken;
    qawl_writer_free(w);
    prof_add(PROF_REPORT, &t);
    if (close_output(o, out, tmp, io_ok) != 0 || !io_ok) {
        if (!o->quiet)
            print_write_error(o);
        status = EXIT_OUTPUT;
    }
    qawl_lexicon_free(lex);
    prof_print();
    return status;
}

/* Expands directory arguments, then analyses the files. */
int cmd_analyze(const options *o, int argc, char **argv)
{
    int n = 0, failed = 0, status;
    char **files = o->jsonl_input ? NULL : expand_args(o, argc, argv, &n, &failed);

    if (o->jsonl_input)
        return analyze_files(o, argc, argv, argc);
    if (files == NULL) {
        fprintf(stderr, "qawl: out of memory\n");
        return EXIT_OUTPUT;
    }
    status = analyze_files(o, n, files, argc);
    free_paths(files, n);
    if (failed && status == EXIT_OK)
        status = EXIT_INPUT;
    return status;
}
