/*
 * merge.c — `qawl merge REPORT.json...`: combines speaker reports saved
 * by `qawl report -f json` (the reduce step of a sharded run).
 */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* `qawl merge REPORT.json...`: merge saved speaker reports (the reduce
 * step of a sharded run) and write the result. */
int cmd_merge(const options *o, int argc, char **argv)
{
    qawl_format format = QAWL_FORMAT_JSON;
    qawl_speaker_report *rep;
    FILE *out;
    char *tmp;
    int i, status = EXIT_OK, io_ok;

    if (o->format && (parse_format(o->format, &format) ||
                      format == QAWL_FORMAT_JSONL || format == QAWL_FORMAT_TEXT)) {
        fprintf(stderr, "qawl: unknown format '%s' (json, md, csv)\n",
                o->format);
        return EXIT_USAGE;
    }
    if (argc == 0) {
        fprintf(stderr, "qawl: merge needs at least one REPORT.json\n");
        return EXIT_USAGE;
    }
    rep = qawl_speaker_report_new();
    if (rep == NULL)
        return EXIT_OUTPUT;
    for (i = 0; i < argc; i++) {
        qawl_error err = {0};
        char *buf = NULL;
        size_t len = 0;
        if (read_input(argv[i], &buf, &len, &err) == 0)
            qawl_speaker_report_merge(rep, buf, len, &err);
        free(buf);
        if (err.code != QAWL_OK) {
            print_error(o, argv[i], &err);
            status = EXIT_INPUT;
        }
    }
    out = open_output(o, &tmp);
    if (out == NULL) {
        fprintf(stderr, "qawl: %s: cannot write: %s\n", o->output,
                strerror(errno));
        qawl_speaker_report_free(rep);
        return EXIT_OUTPUT;
    }
    io_ok = qawl_speaker_report_write(rep, format, write_file, out) == QAWL_OK;
    if (close_output(o, out, tmp, io_ok) != 0 || !io_ok) {
        fprintf(stderr, "qawl: cannot write the report\n");
        status = EXIT_OUTPUT;
    }
    qawl_speaker_report_free(rep);
    return status;
}
