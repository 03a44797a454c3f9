/*
 * options.c — the --help text and the options of every subcommand.
 *
 * One getopt_long table serves all subcommands; each subcommand ignores
 * the options that do not concern it.  The help text is the reference
 * that qawl.1 and tests/man-page.sh check against.
 */
#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "settings.h"

void usage(FILE *fp)
{
    fputs(
"Usage: qawl analyze [OPTION]... FILE...\n"
"       qawl report [-f md|csv|json|html] [OPTION]... FILE...\n"
"       qawl check [-f text|github|sarif|json] [--fail-on LEVEL] FILE...\n"
"       qawl audit [-f text|github|sarif|json] FILE...\n"
"       qawl merge [-f json|md|csv|html] [-o FILE] REPORT.json...\n"
"       qawl explain FILE --quote N | --act N\n"
"       qawl lexicon check DIR|FILE...\n"
"       qawl --help | --version\n"
"\n"
"Find the quotes of Arabic news articles, attribute each one to its speaker\n"
"and score its stance toward the conflict (de-escalation / escalation).\n"
"FILE may be - for standard input.\n"
"\n"
"report: one entry per speaker across all FILEs (merged by name and kind)\n"
"with documents, quotes, stance and terms; -f json saves a report that\n"
"merge combines with others (the reduce step of a sharded run).\n"
"\n"
"Options:\n"
"  -f, --format FORMAT   analyze: json, jsonl or text (default: text on a\n"
"                        terminal, json otherwise); report: md (default),\n"
"                        csv, json or html\n"
"  -o, --output FILE     write the report to FILE (atomically)\n"
"      --lexicons DIR    load lexicons from DIR (default: $QAWL_LEXICONS,\n"
"                        else the installed lexicons)\n"
"      --lexicon FILE    add a user lexicon file (repeatable); its entries\n"
"                        override shipped ones with the same form\n"
"      --input-format F  auto (default: by extension: .md Markdown, .html\n"
"                        HTML, else text), text, markdown, html, or jsonl\n"
"                        (each line of each FILE is a record {\"id\": ...,\n"
"                        \"text\": ...}, analysed one at a time)\n"
"      --repair          analyse invalid UTF-8 with U+FFFD instead of failing\n"
"      --explain         text format: show, for each quote, the candidate\n"
"                        speakers considered and why the chosen one won\n"
"      --quote N         explain: the quote to explain (its id)\n"
"      --act N           explain: the act to explain (its id, A1 = 1)\n"
"      --fail-on LEVEL   check: exit 1 on findings at LEVEL or above\n"
"                        (error (default), warning, note, never)\n"
"      --config FILE     check/audit: settings (default: .qawl.conf here or\n"
"                        in the nearest directory above, up to the\n"
"                        repository root or $HOME)\n"
"      --severity R=L    check/audit: set rule R to error, warning, note\n"
"                        or off (repeatable)\n"
"      --min-confidence X  check/audit: attributions below X (default 0.6)\n"
"                        are low-confidence\n"
"      --include GLOB    in a directory, analyse files whose name matches\n"
"                        GLOB (repeatable; default: *.txt *.md *.markdown\n"
"                        *.html *.htm)\n"
"      --exclude GLOB    in a directory, skip paths matching GLOB\n"
"      --max-bytes N     refuse inputs (and JSON Lines records) larger than\n"
"                        N bytes (default 32 MiB)\n"
"  -j, --jobs N          analyse N files at once (default: one per core);\n"
"                        the report keeps the input order\n"
"      --profile         print on standard error the seconds spent reading,\n"
"                        in each stage of the analysis and writing reports\n"
"      --dump STAGE      analyze: instead of the report, print the decisions\n"
"                        of STAGE (sources or entities) for each FILE\n"
"  -q, --quiet           no diagnostics on standard error\n"
"  -v, --verbose         also say on standard error which settings file and\n"
"                        lexicons are used\n"
"  -h, --help            show this help and exit\n"
"  -V, --version         show the version and exit\n"
"\n"
"Exit status: 0 success, 1 check: findings at --fail-on or above,\n"
"2 usage error, 3 an input could not be read or\n"
"decoded (the other inputs are still analysed), 4 lexicon error,\n"
"5 output error or out of memory.\n", fp);
}

int parse_format(const char *s, qawl_format *f)
{
    if (strcmp(s, "md") == 0)
        *f = QAWL_FORMAT_MD;
    else if (strcmp(s, "html") == 0)
        *f = QAWL_FORMAT_HTML;
    else if (strcmp(s, "csv") == 0)
        *f = QAWL_FORMAT_CSV;
    else if (strcmp(s, "json") == 0)
        *f = QAWL_FORMAT_JSON;
    else if (strcmp(s, "jsonl") == 0)
        *f = QAWL_FORMAT_JSONL;
    else if (strcmp(s, "text") == 0)
        *f = QAWL_FORMAT_TEXT;
    else
        return -1;
    return 0;
}

/* Every option; --help lists them all and tests/man-page.sh checks that
 * qawl.1 does too. */
static const struct option longopts[] = {
    {"format", required_argument, NULL, 'f'},
    {"output", required_argument, NULL, 'o'},
    {"lexicons", required_argument, NULL, 'L'},
    {"lexicon", required_argument, NULL, 'l'},
    {"repair", no_argument, NULL, 'r'},
    {"explain", no_argument, NULL, 'x'},
    {"fail-on", required_argument, NULL, 'F'},
    {"config", required_argument, NULL, 'K'},
    {"severity", required_argument, NULL, 'S'},
    {"min-confidence", required_argument, NULL, 'C'},
    {"jobs", required_argument, NULL, 'j'},
    {"max-bytes", required_argument, NULL, 'M'},
    {"include", required_argument, NULL, 'N'},
    {"exclude", required_argument, NULL, 'X'},
    {"input-format", required_argument, NULL, 'I'},
    {"quote", required_argument, NULL, 'Q'},
    {"act", required_argument, NULL, 'A'},
    {"quiet", no_argument, NULL, 'q'},
    {"verbose", no_argument, NULL, 'v'},
    {"profile", no_argument, NULL, 'P'},
    {"dump", required_argument, NULL, 'D'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0}
};

/* Edit distance between A and B, at most 3 (enough to rank guesses). */
static size_t distance(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b), i, j, row[64];

    if (na >= 64 || nb >= 64)
        return 3;
    for (j = 0; j <= nb; j++)
        row[j] = j;
    for (i = 1; i <= na; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (j = 1; j <= nb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[nb] < 3 ? row[nb] : 3;
}

/* The long option nearest to NAME (its text after --, up to any =), or
 * NULL when none is within two edits. */
static const char *nearest_option(const char *name)
{
    char word[64];
    const char *best = NULL;
    size_t i, d, best_d = 3;

    snprintf(word, sizeof word, "%.*s", (int)strcspn(name, "="), name);
    for (i = 0; longopts[i].name; i++) {
        d = distance(word, longopts[i].name);
        if (d < best_d) {
            best_d = d;
            best = longopts[i].name;
        }
    }
    return best;
}

/* The hint that ends every usage error. */
void usage_hint(void)
{
    fputs("Try 'qawl --help' for more information.\n", stderr);
}

/* The long option WORD (LEN bytes) names, exactly or as the only option
 * it abbreviates (as getopt_long reads it), or NULL. */
static const struct option *long_option(const char *word, size_t len)
{
    const struct option *found = NULL;
    size_t i, n = 0;

    for (i = 0; longopts[i].name; i++) {
        if (strncmp(longopts[i].name, word, len) != 0)
            continue;
        if (strlen(longopts[i].name) == len)
            return &longopts[i];
        found = &longopts[i];
        n++;
    }
    return n == 1 ? found : NULL;
}

/* Reports a refused long option ARG ("--word" or "--word=value"). */
static void bad_long_option(int c, const char *arg)
{
    const char *word = arg + 2, *guess;
    size_t len = strcspn(word, "="), i, prefixed = 0;
    const struct option *opt = long_option(word, len);

    if (opt && c == ':') {
        fprintf(stderr, "qawl: option '--%s' needs an argument\n", opt->name);
        return;
    }
    if (opt) {
        fprintf(stderr, "qawl: option '--%s' takes no argument\n", opt->name);
        return;
    }
    for (i = 0; longopts[i].name; i++)
        prefixed += strncmp(longopts[i].name, word, len) == 0;
    if (prefixed > 1) {
        const char *sep = "";
        fprintf(stderr, "qawl: ambiguous option '--%.*s' (", (int)len, word);
        for (i = 0; longopts[i].name; i++)
            if (strncmp(longopts[i].name, word, len) == 0) {
                fprintf(stderr, "%s--%s", sep, longopts[i].name);
                sep = ", ";
            }
        fputs(")\n", stderr);
        return;
    }
    guess = nearest_option(word);
    if (guess)
        fprintf(stderr, "qawl: unknown option '%s' (did you mean --%s?)\n", arg,
                guess);
    else
        fprintf(stderr, "qawl: unknown option '%s'\n", arg);
}

/* Whether the refused option was the long option ARG: glibc leaves optopt
 * 0 for an unknown long option and sets it to the option's value for a
 * misused one; otherwise the refused option is the short optopt, and ARG
 * may be an earlier element (the cluster "-qZ" is still being read). */
static int refused_long(const char *arg)
{
    const struct option *opt;

    if (strncmp(arg, "--", 2) != 0 || arg[2] == '\0')
        return 0;
    if (optopt == 0)
        return 1;
    opt = long_option(arg + 2, strcspn(arg + 2, "="));
    return opt && opt->val == optopt;
}

/* Reports the option getopt_long refused (C is '?' or ':'): an unknown,
 * ambiguous or misused option, with the nearest one when there is one.
 * ARG is the element last read.  Returns EXIT_USAGE. */
static int bad_option(int c, const char *arg)
{
    if (refused_long(arg))
        bad_long_option(c, arg);
    else if (c == ':')
        fprintf(stderr, "qawl: option '-%c' needs an argument\n", optopt);
    else
        fprintf(stderr, "qawl: unknown option '-%c'\n", optopt);
    usage_hint();
    return EXIT_USAGE;
}

/* The usage error for the one repeatable option OPTION given too often. */
static int too_many(const char *option)
{
    fprintf(stderr, "qawl: at most %d %s options\n", MAX_GLOBS, option);
    return EXIT_USAGE;
}

/* Applies option C; returns -1 to go on, else an exit code. */
static int apply_option(int c, options *o)
{
    switch (c) {
    case 'f': o->format = optarg; return -1;
    case 'o': o->output = optarg; return -1;
    case 'L': o->lexicon_dir = optarg; return -1;
    case 'l':
        if (o->nuser == MAX_USER_LEXICONS) {
            fprintf(stderr, "qawl: at most %d --lexicon files\n",
                    MAX_USER_LEXICONS);
            return EXIT_USAGE;
        }
        o->user_lexicons[o->nuser++] = optarg;
        return -1;
    case 'r': o->repair = 1; return -1;
    case 'x': o->explain = 1; return -1;
    case 'F': o->fail_on = optarg; return -1;
    case 'K': o->config = optarg; return -1;
    case 'S':
        if (o->nseverities == MAX_GLOBS)
            return too_many("--severity");
        o->severities[o->nseverities++] = optarg;
        return -1;
    case 'C':
        if (settings_parse_confidence(optarg, &o->min_confidence)) {
            fprintf(stderr, "qawl: --min-confidence takes a number in (0, 1]\n");
            return EXIT_USAGE;
        }
        return -1;
    case 'M': {
        char *end;
        unsigned long long n = strtoull(optarg, &end, 10);
        if (*end || n == 0 || optarg[0] == '-') {
            fprintf(stderr, "qawl: --max-bytes needs a number of bytes\n");
            return EXIT_USAGE;
        }
        max_bytes = (size_t)n;
        max_bytes_given = 1;
        return -1;
    }
    case 'N':
        if (o->nincludes == MAX_GLOBS)
            return too_many("--include");
        o->includes[o->nincludes++] = optarg;
        return -1;
    case 'X':
        if (o->nexcludes == MAX_GLOBS)
            return too_many("--exclude");
        o->excludes[o->nexcludes++] = optarg;
        return -1;
    case 'j': {
        char *end;
        long n = strtol(optarg, &end, 10);
        if (*end || n < 1 || n > 256) {
            fprintf(stderr, "qawl: -j needs a number of threads (1-256)\n");
            return EXIT_USAGE;
        }
        o->jobs = (int)n;
        return -1;
    }
    case 'I':
        if (strcmp(optarg, "jsonl") == 0)
            o->jsonl_input = 1;
        else if (strcmp(optarg, "auto") == 0)
            o->input_kind = INPUT_AUTO;
        else if (strcmp(optarg, "text") == 0)
            o->input_kind = INPUT_TEXT;
        else if (strcmp(optarg, "markdown") == 0)
            o->input_kind = INPUT_MARKDOWN;
        else if (strcmp(optarg, "html") == 0)
            o->input_kind = INPUT_HTML;
        else {
            fprintf(stderr, "qawl: unknown input format '%s' (auto, text, "
                            "markdown, html, jsonl)\n", optarg);
            return EXIT_USAGE;
        }
        return -1;
    case 'Q': {
        char *end;
        unsigned long n = strtoul(optarg, &end, 10);
        if (*end || n == 0 || optarg[0] == '-' || optarg[0] == '+') {
            fprintf(stderr, "qawl: --quote needs a quote id (1, 2, ...)\n");
            return EXIT_USAGE;
        }
        o->quote = n;
        return -1;
    }
    case 'A': {
        char *end;
        unsigned long n = strtoul(optarg, &end, 10);
        if (*end || n == 0 || optarg[0] == '-' || optarg[0] == '+') {
            fprintf(stderr, "qawl: --act needs an act id (1, 2, ...)\n");
            return EXIT_USAGE;
        }
        o->act = n;
        return -1;
    }
    case 'q': o->quiet = 1; return -1;
    case 'v': o->verbose = 1; return -1;
    case 'P': o->profile = 1; return -1;
    case 'D':
        if (strcmp(optarg, qawl_stage_name(QAWL_STAGE_SOURCES)) == 0)
            o->dump = QAWL_STAGE_SOURCES;
        else if (strcmp(optarg, qawl_stage_name(QAWL_STAGE_ENTITIES)) == 0)
            o->dump = QAWL_STAGE_ENTITIES;
        else if (strcmp(optarg, qawl_stage_name(QAWL_STAGE_ACTS)) == 0)
            o->dump = QAWL_STAGE_ACTS;
        else {
            fprintf(stderr, "qawl: --dump: unknown stage '%s' (acts, "
                            "sources, entities)\n", optarg);
            return EXIT_USAGE;
        }
        return -1;
    case 'h': usage(stdout); return EXIT_OK;
    case 'V': printf("qawl %s\n", qawl_version()); return EXIT_OK;
    default: return EXIT_USAGE;
    }
}

/* Parses options.  Before the command word parsing stops at the first
 * operand (PERMUTE 0); after it, options and files may mix (GNU style). */
int parse_options(int argc, char **argv, options *o, int permute)
{
    int c, r;

    optind = 0;   /* glibc: restart scanning on this (sub)argument vector */
    opterr = 0;   /* bad_option says it, with a guess and a hint */
    while ((c = getopt_long(argc, argv, permute ? ":f:o:j:qvhV" : "+:f:o:j:qvhV",
                            longopts, NULL)) != -1) {
        if (c == '?' || c == ':')
            return bad_option(c, argv[optind - 1]);
        r = apply_option(c, o);
        if (r >= 0)
            return r;
    }
    return -1;
}

