/*
 * explain.c — `qawl explain FILE --quote N` (or `--act N`): the text
 * report of one quote or act, with the candidate speakers its attribution
 * weighed and why the chosen one won.
 */
#include <config.h>

#include <stdio.h>

#include "cli.h"

int cmd_explain(options *o, int argc, char **argv)
{
    if (argc != 1 || (o->quote == 0) == (o->act == 0)) {
        fprintf(stderr, "qawl: explain needs one FILE and --quote N or "
                        "--act N\n");
        return EXIT_USAGE;
    }
    o->explain = 1;
    o->format = "text";
    return cmd_analyze(o, argc, argv);
}
