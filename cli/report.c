/*
 * report.c — `qawl report FILE...`: one entry per speaker across all
 * FILEs (merged by name and kind), in Markdown, CSV, HTML or JSON; the
 * JSON is what `qawl merge` combines (the map step of a sharded run).
 */
#include <config.h>

#include <stdio.h>

#include "cli.h"

/* `qawl report FILE...`: analyse and write the per-speaker report. */
int cmd_report(options *o, int argc, char **argv)
{
    int status;

    o->collect = qawl_speaker_report_new();
    if (o->collect == NULL) {
        fprintf(stderr, "qawl: out of memory\n");
        return EXIT_OUTPUT;
    }
    status = cmd_analyze(o, argc, argv);
    qawl_speaker_report_free(o->collect);
    o->collect = NULL;
    return status;
}
