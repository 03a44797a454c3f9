/*
 * merge.c — `qawl merge REPORT.json...`: combines speaker reports saved
 * by `qawl report -f json` (the reduce step of a sharded run).
 *
 * A shard is read whole (jansson parses it in memory), bounded by
 * --max-bytes when it is given and by MERGE_MAX_BYTES otherwise: the
 * article limit (32 MiB) is far below what `qawl report -f json` writes
 * for a large archive (21 MB for 5,000 articles), and merge must read
 * back what report writes.  When no shard could be merged, the output is
 * left as it was: an empty report never replaces a good one.
 */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* A saved report larger than this is refused unless --max-bytes allows
 * it: merging holds about 10 bytes per report byte. */
#define MERGE_MAX_BYTES ((size_t)1 << 30)

int cmd_merge(const options *o, int argc, char **argv)
{
    qawl_format format = QAWL_FORMAT_JSON;
    qawl_speaker_report *rep;
    FILE *out;
    char *tmp;
    int i, merged = 0, status = EXIT_OK, io_ok;

    if (o->format && (parse_format(o->format, &format) ||
                      format == QAWL_FORMAT_JSONL || format == QAWL_FORMAT_TEXT)) {
        fprintf(stderr, "qawl: unknown format '%s' (json, md, csv, html)\n",
                shown(o->format));
        return EXIT_USAGE;
    }
    if (argc == 0) {
        fprintf(stderr, "qawl: merge needs at least one REPORT.json\n");
        return EXIT_USAGE;
    }
    if (!max_bytes_given)
        max_bytes = MERGE_MAX_BYTES;
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
        if (err.code != QAWL_OK)
            input_failed(o, argv[i], &err, &status);
        else
            merged++;
    }
    if (merged == 0) {
        if (!o->quiet && o->output)
            fprintf(stderr, "qawl: %s: not written: no report could be "
                    "merged\n", shown(o->output));
        qawl_speaker_report_free(rep);
        return status;
    }
    out = open_output(o, &tmp);
    if (out == NULL) {
        qawl_speaker_report_free(rep);
        return EXIT_OUTPUT;
    }
    io_ok = qawl_speaker_report_write(rep, format, write_file, out) == QAWL_OK;
    if (close_output(o, out, tmp, io_ok) != 0 || !io_ok) {
        print_write_error(o);
        status = EXIT_OUTPUT;
    }
    qawl_speaker_report_free(rep);
    return status;
}
