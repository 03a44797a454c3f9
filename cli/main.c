/*
 * main.c — the qawl command line: the command word picks a subcommand.
 *
 * Options before the command word apply to it too.  Each subcommand lives
 * in the file of its name (analyze.c, report.c, check.c, merge.c,
 * explain.c, lexicon.c); cli.h lists the rest.
 */
#include <config.h>

#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "qawl.h"

/* A command word and its function.  AUDIT_CHECK: check (fail on findings)
 * or audit (list them). */
typedef enum { CMD_ANALYZE, CMD_REPORT, CMD_CHECK, CMD_AUDIT, CMD_MERGE,
               CMD_EXPLAIN, CMD_LEXICON_CHECK } command;

static int run(command cmd, options *o, int argc, char **argv)
{
    switch (cmd) {
    case CMD_ANALYZE: return cmd_analyze(o, argc, argv);
    case CMD_REPORT: return cmd_report(o, argc, argv);
    case CMD_CHECK: return cmd_check(o, argc, argv, 1);
    case CMD_AUDIT: return cmd_check(o, argc, argv, 0);
    case CMD_MERGE: return cmd_merge(o, argc, argv);
    case CMD_EXPLAIN: return cmd_explain(o, argc, argv);
    case CMD_LEXICON_CHECK: return cmd_lexicon_check(o, argc, argv);
    }
    return EXIT_USAGE;
}

/* The command named at ARGV[*AT] (two words for "lexicon check"; *AT then
 * moves to the second).  Returns -1 for an unknown command. */
static int find_command(int argc, char **argv, int *at)
{
    static const struct { const char *name; command cmd; } words[] = {
        {"analyze", CMD_ANALYZE}, {"report", CMD_REPORT},
        {"check", CMD_CHECK}, {"audit", CMD_AUDIT}, {"merge", CMD_MERGE},
        {"explain", CMD_EXPLAIN}
    };
    size_t i;

    for (i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(argv[*at], words[i].name) == 0)
            return (int)words[i].cmd;
    if (strcmp(argv[*at], "lexicon") == 0 && *at + 1 < argc &&
        strcmp(argv[*at + 1], "check") == 0) {
        ++*at;
        return CMD_LEXICON_CHECK;
    }
    return -1;
}

int main(int argc, char **argv)
{
    options o;
    int r, sub, cmd;

    memset(&o, 0, sizeof o);
    o.dump = -1;
    o.jobs = (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (o.jobs < 1)
        o.jobs = 1;
    catch_signals();
    r = parse_options(argc, argv, &o, 0);
    if (r >= 0)
        return finish_stdout(r);   /* --help, --version: written? */
    if (optind >= argc) {
        usage(stderr);
        return EXIT_USAGE;
    }
    sub = optind;
    cmd = find_command(argc, argv, &sub);
    if (cmd < 0) {
        fprintf(stderr, "qawl: unknown command '%s' (analyze, report, check, "
                        "audit, merge, explain, lexicon check)\n",
                shown(argv[optind]));
        usage_hint();
        return EXIT_USAGE;
    }
    /* skip the command word and read the options after it */
    r = parse_options(argc - sub, argv + sub, &o, 1);
    if (r >= 0)
        return finish_stdout(r);
    /* every command's standard output reached its destination, or the
     * exit status says it did not */
    return finish_stdout(run((command)cmd, &o, argc - sub - optind,
                             argv + sub + optind));
}
