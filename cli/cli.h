/*
 * cli.h — what the files of the qawl command line share.
 *
 * The CLI is split by what a reader looks for:
 *
 *   main.c       the command word → the subcommand's function
 *   options.c    --help text, option parsing, format and level names
 *   settings.c   .qawl.conf (settings.h: a small API a fuzz target drives)
 *   inputs.c     reading files, walking directories, JSON Lines records
 *   pool.c       the -j worker threads
 *   output.c     -o FILE written atomically, diagnostics, signals
 *   profile.c    --profile and the progress line
 *   analyze.c report.c check.c merge.c explain.c lexicon.c
 *                one subcommand each
 *
 * Everything reported comes from the library (include/qawl.h); the CLI
 * reads files, picks lexicons, chooses a format and maps failures to exit
 * codes.
 */
#ifndef QAWL_CLI_H
#define QAWL_CLI_H

#include <stdio.h>
#include <time.h>

#include "qawl.h"

/* Exit codes (documented in README.md and qawl.1). */
enum {
    EXIT_OK = 0,
    EXIT_FINDINGS = 1,   /* check: findings at --fail-on or above */
    EXIT_USAGE = 2,
    EXIT_INPUT = 3,      /* an input could not be read or decoded */
    EXIT_LEXICON = 4,    /* a lexicon file is missing or malformed */
    EXIT_OUTPUT = 5      /* the report could not be written; out of memory */
};

#define MAX_USER_LEXICONS 64
#define MAX_GLOBS 32

/* --input-format: by extension (auto), plain text, Markdown, HTML. */
enum { INPUT_AUTO, INPUT_TEXT, INPUT_MARKDOWN, INPUT_HTML };

/* The command line, as parsed (options.c) and completed by .qawl.conf
 * (check.c). */
typedef struct {
    const char *format;
    const char *output;
    const char *lexicon_dir;
    const char *user_lexicons[MAX_USER_LEXICONS];
    size_t nuser;
    int repair;
    int quiet;
    int verbose;            /* -v: which settings and lexicons */
    int explain;            /* text: show the attribution's candidates */
    int jsonl_input;        /* --input-format jsonl */
    int input_kind;         /* INPUT_*: how to read each FILE */
    int jobs;               /* -j: worker threads (0: one per core) */
    int profile;            /* --profile: time each stage */
    qawl_speaker_report *collect; /* qawl report: results go here */
    qawl_audit *audit;      /* qawl check/audit: results go here */
    const char *fail_on;    /* check: lowest severity that fails */
    const char *config;     /* check: --config FILE */
    const char *severities[MAX_GLOBS]; /* check: RULE=LEVEL */
    size_t nseverities;
    double min_confidence;  /* check: 0 = the default */
    qawl_format audit_format;
    const char *includes[MAX_GLOBS], *excludes[MAX_GLOBS];
    size_t nincludes, nexcludes;
    size_t quote;           /* explain: the quote id */
    size_t act;             /* explain: the act id */
    int dump;               /* analyze --dump: a qawl_stage, or -1 */
} options;

/* ---- options.c */
void usage(FILE *fp);
void usage_hint(void);
/* Parses options into O.  PERMUTE 0 stops at the first operand (before the
 * command word).  Returns -1 to go on, else an exit code. */
int parse_options(int argc, char **argv, options *o, int permute);
int parse_format(const char *s, qawl_format *f);

/* ---- subcommands: each returns an exit code */
int cmd_analyze(const options *o, int argc, char **argv);
int cmd_report(options *o, int argc, char **argv);
int cmd_check(options *o, int argc, char **argv, int fail_by_default);
int cmd_merge(const options *o, int argc, char **argv);
int cmd_explain(options *o, int argc, char **argv);
int cmd_lexicon_check(const options *o, int argc, char **argv);

/* ---- analyze.c: one document into the report */
unsigned doc_options(const options *o, const char *path);
void note_not_arabic(const options *o, const char *name, const char *text,
                     size_t len);
int analyze_one(const options *o, const qawl_lexicon *lex, qawl_writer *w,
                const char *name, const char *text, size_t len,
                qawl_error *err, int *status);
int report_one(const options *o, qawl_writer *w, const char *name,
               qawl_result *r, qawl_error *err, int *status);
void input_failed(const options *o, const char *name, const qawl_error *err,
                  int *status);

/* ---- lexicon.c */
const char *lexicon_dir(const options *o);
qawl_lexicon *load_lexicons(const options *o);

/* ---- inputs.c */
extern size_t max_bytes;       /* --max-bytes */
extern int max_bytes_given;    /* --max-bytes was on the command line */
int read_input(const char *path, char **buf, size_t *len, qawl_error *err);
int timed_read(const char *path, char **buf, size_t *len, qawl_error *err);
char **expand_args(const options *o, int argc, char **argv, int *n,
                   int *failed);
void free_paths(char **v, int n);

/* ---- profile.c: the progress line and --profile */
typedef struct {
    int on;
    size_t docs, total_docs;
    double bytes, total_bytes;
    struct timespec start, last;
} progress;

void progress_start(progress *p, const options *o, int argc, char **argv);
void progress_step(progress *p, size_t len, int final);

enum { PROF_LEXICONS = QAWL_STAGE_COUNT, PROF_READ, PROF_REPORT, PROF_PARTS };
void prof_enable(int on);
int prof_enabled(void);
struct timespec prof_start(void);
void prof_add(int part, const struct timespec *start);
void prof_result(const qawl_result *r, size_t len);
void prof_print(void);

/* ---- inputs.c: JSON Lines */
int analyze_records(const options *o, const qawl_lexicon *lex, qawl_writer *w,
                    const char *file, FILE *fp, progress *p, int *status);

/* ---- pool.c */
int analyze_parallel(const options *o, const qawl_lexicon *lex,
                     qawl_writer *w, qawl_format format, int argc,
                     char **argv, int nthreads, progress *pr, int *status);

/* ---- output.c */
int write_file(const char *data, size_t len, void *user);
void print_error(const options *o, const char *path, const qawl_error *err);
/* S as a diagnostic shows it: control characters, invalid UTF-8 and bidi
 * controls escaped (one of 4 per-thread buffers: up to 4 per message). */
const char *shown(const char *s);
/* "qawl: FILE: cannot write the report: REASON" */
void print_write_error(const options *o);
/* STATUS, or EXIT_OUTPUT (said on stderr) when standard output failed. */
int finish_stdout(int status);
/* The report destination (open_destination in output.c); on failure it
 * says why on stderr ("qawl: FILE: cannot write: REASON") and returns
 * NULL. */
FILE *open_output(const options *o, char **tmp);
int close_output(const options *o, FILE *fp, char *tmp, int ok);
void catch_signals(void);

#endif
