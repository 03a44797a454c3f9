/*
 * explain.c — `qawl explain FILE --quote N`: the text report of one
 * quote, with the candidate speakers its attribution weighed and why the
 * chosen one won.
 */
#include <config.h>

#include <stdio.h>

#include "cli.h"

int cmd_explain(options *o, int argc, char **argv)
{
    if (argc != 1 || o->quote == 0) {
        fprintf(stderr, "qawl: explain needs one FILE and --quote N\n");
        return EXIT_USAGE;
    }
    o->explain = 1;
    o->format = "text";
    return cmd_analyze(o, argc, argv);
}
