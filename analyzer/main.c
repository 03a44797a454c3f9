/*
 * main.c — the qawl command line: options, input and output, exit codes.
 *
 * Everything it reports comes from the library; this file only reads
 * files, picks lexicons, chooses a format and maps failures to exit codes.
 * Output to -o FILE is written to a temporary file beside it and renamed
 * into place only when every byte was written, so a failed or interrupted
 * run never leaves a half-written report.
 */
#include <config.h>

#include <errno.h>
#include <fnmatch.h>
#include <ftw.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <pthread.h>

#include "qawl.h"

/* Exit codes (documented in README.md and qawl.1). */
enum {
    EXIT_OK = 0,
    EXIT_FINDINGS = 1,   /* reserved for `qawl check` */
    EXIT_USAGE = 2,
    EXIT_INPUT = 3,      /* an input could not be read or decoded */
    EXIT_LEXICON = 4,    /* a lexicon file is missing or malformed */
    EXIT_OUTPUT = 5      /* the report could not be written; out of memory */
};

#define MAX_USER_LEXICONS 64
#define MAX_GLOBS 32

/* --input-format: by extension (auto), plain text, Markdown, HTML. */
enum { INPUT_AUTO, INPUT_TEXT, INPUT_MARKDOWN, INPUT_HTML };

typedef struct {
    const char *format;
    const char *output;
    const char *lexicon_dir;
    const char *user_lexicons[MAX_USER_LEXICONS];
    size_t nuser;
    int repair;
    int quiet;
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
} options;

static const char *tmp_path;   /* removed by the signal handler */

static void usage(FILE *fp)
{
    fputs(
"Usage: qawl analyze [OPTION]... FILE...\n"
"       qawl report [-f md|csv|json|html] [OPTION]... FILE...\n"
"       qawl check [-f text|github|sarif|json] [--fail-on LEVEL] FILE...\n"
"       qawl audit [-f text|github|sarif|json] FILE...\n"
"       qawl merge [-f json|md|csv] [-o FILE] REPORT.json...\n"
"       qawl explain FILE --quote N\n"
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
"      --fail-on LEVEL   check: exit 1 on findings at LEVEL or above\n"
"                        (error (default), warning, note, never)\n"
"      --config FILE     check/audit: settings (default: .qawl.conf here or\n"
"                        in the nearest directory above)\n"
"      --severity R=L    check/audit: set rule R to error, warning, note\n"
"                        or off (repeatable)\n"
"      --min-confidence X  check/audit: attributions below X (default 0.6)\n"
"                        are low-confidence\n"
"      --include GLOB    in a directory, analyse files whose name matches\n"
"                        GLOB (repeatable; default: *.txt *.md *.markdown\n"
"                        *.html *.htm)\n"
"      --exclude GLOB    in a directory, skip paths matching GLOB\n"
"      --max-bytes N     refuse inputs (and JSON Lines records) larger than\n"
"                        N bytes (default 16 MiB)\n"
"  -j, --jobs N          analyse N files at once (default: one per core);\n"
"                        the report keeps the input order\n"
"      --profile         print on standard error the seconds spent reading,\n"
"                        in each stage of the analysis and writing reports\n"
"  -q, --quiet           no diagnostics on standard error\n"
"  -h, --help            show this help and exit\n"
"  -V, --version         show the version and exit\n"
"\n"
"Exit status: 0 success, 1 check: findings at --fail-on or above,\n"
"2 usage error, 3 an input could not be read or\n"
"decoded (the other inputs are still analysed), 4 lexicon error,\n"
"5 output error or out of memory.\n", fp);
}

static void on_signal(int sig)
{
    if (tmp_path)
        unlink(tmp_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Largest input accepted by default (--max-bytes): a news article is a
 * few kilobytes, and the analysis holds about 30 bytes per input byte, so
 * 16 MiB keeps one input within about 500 MB; a larger file is a mistake,
 * not news. */
#define DEFAULT_MAX_BYTES ((size_t)16 << 20)

static size_t max_bytes = DEFAULT_MAX_BYTES;

/* Reads all of FP into *BUF (caller frees).  Returns 0 or errno (EFBIG
 * above max_bytes). */
static int read_all(FILE *fp, char **buf, size_t *len)
{
    size_t cap = 65536, n = 0;
    char *b = malloc(cap);

    if (b == NULL)
        return ENOMEM;
    for (;;) {
        size_t got;
        if (n == cap) {
            char *nb;
            if (cap > SIZE_MAX / 2) {
                free(b);
                return EFBIG;
            }
            nb = realloc(b, cap * 2);
            if (nb == NULL) {
                free(b);
                return ENOMEM;
            }
            b = nb;
            cap *= 2;
        }
        got = fread(b + n, 1, cap - n, fp);
        n += got;
        if (n > max_bytes) {
            free(b);
            return EFBIG;
        }
        if (got == 0)
            break;
    }
    if (ferror(fp)) {
        int e = errno ? errno : EIO;
        free(b);
        return e;
    }
    *buf = b;
    *len = n;
    return 0;
}

/* Reads PATH ("-" = stdin).  On failure fills ERR and returns -1. */
static int read_input(const char *path, char **buf, size_t *len,
                      qawl_error *err)
{
    FILE *fp;
    struct stat st;
    int e;

    if (strcmp(path, "-") == 0)
        fp = stdin;
    else if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        fp = NULL, errno = EISDIR;
    else
        fp = fopen(path, "rb");
    if (fp == NULL) {
        err->code = QAWL_ERR_IO;
        snprintf(err->message, sizeof err->message, "cannot open: %s",
                 strerror(errno));
        return -1;
    }
    e = read_all(fp, buf, len);
    if (fp != stdin)
        fclose(fp);
    if (e == EFBIG) {
        err->code = QAWL_ERR_IO;
        snprintf(err->message, sizeof err->message,
                 "larger than --max-bytes (%zu bytes)", max_bytes);
        return -1;
    }
    if (e) {
        err->code = e == ENOMEM ? QAWL_ERR_NOMEM : QAWL_ERR_IO;
        snprintf(err->message, sizeof err->message, "cannot read: %s",
                 strerror(e));
        return -1;
    }
    return 0;
}

static int write_file(const char *data, size_t len, void *user)
{
    return fwrite(data, 1, len, user) == len ? 0 : -1;
}

/* The lexicon directory: option, environment, the source tree when this
 * binary runs from its build tree, else the installed one. */
static const char *lexicon_dir(const options *o)
{
    const char *env = getenv("QAWL_LEXICONS");
#ifdef QAWL_BUILD_DIR
    char self[PATH_MAX];
    ssize_t n;
#endif

    if (o->lexicon_dir)
        return o->lexicon_dir;
    if (env && *env)
        return env;
#ifdef QAWL_BUILD_DIR
    n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        self[n] = '\0';
        if (strncmp(self, QAWL_BUILD_DIR "/", strlen(QAWL_BUILD_DIR) + 1) == 0)
            return QAWL_SOURCE_LEXICONS;
    }
#endif
    return qawl_lexicon_default_dir();
}

static void print_error(const options *o, const char *path,
                        const qawl_error *err)
{
    if (o->quiet)
        return;
    if (err->line)
        fprintf(stderr, "qawl: %s:%lu:%lu: error: %s\n",
                err->file[0] ? err->file : path, err->line, err->column,
                err->message);
    else
        fprintf(stderr, "qawl: %s: error: %s\n",
                err->file[0] ? err->file : path, err->message);
}

static qawl_lexicon *load_lexicons(const options *o)
{
    qawl_error err = {0};
    qawl_lexicon *lex = qawl_lexicon_load(lexicon_dir(o), &err);
    size_t i;

    if (lex == NULL) {
        print_error(o, lexicon_dir(o), &err);
        return NULL;
    }
    for (i = 0; i < o->nuser; i++) {
        if (qawl_lexicon_add_file(lex, o->user_lexicons[i], &err) != QAWL_OK) {
            print_error(o, o->user_lexicons[i], &err);
            qawl_lexicon_free(lex);
            return NULL;
        }
    }
    return lex;
}

static int parse_format(const char *s, qawl_format *f)
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

/* Opens the report destination: stdout, or a temporary file next to
 * o->output that commit_output() renames into place. */
static FILE *open_output(const options *o, char **tmp)
{
    FILE *fp;
    int fd;

    *tmp = NULL;
    if (o->output == NULL || strcmp(o->output, "-") == 0)
        return stdout;
    *tmp = malloc(strlen(o->output) + 16);
    if (*tmp == NULL)
        return NULL;
    sprintf(*tmp, "%s.tmp.XXXXXX", o->output);
    fd = mkstemp(*tmp);
    if (fd < 0) {
        free(*tmp);
        *tmp = NULL;
        return NULL;
    }
    tmp_path = *tmp;
    fp = fdopen(fd, "wb");
    if (fp == NULL) {
        close(fd);
        unlink(*tmp);
    }
    return fp;
}

static int close_output(const options *o, FILE *fp, char *tmp, int ok)
{
    int failed = 0;

    if (fp == stdout)
        return fflush(stdout) == 0 && !ferror(stdout) ? 0 : -1;
    if (fclose(fp) != 0)
        failed = 1;
    if (ok && !failed && rename(tmp, o->output) != 0)
        failed = 1;
    if (!ok || failed)
        unlink(tmp);
    tmp_path = NULL;
    free(tmp);
    return failed ? -1 : 0;
}

/* ------------------------------------------------------- directories */

/* A FILE argument that is a directory stands for the files below it that
 * match --include (default: text, Markdown and HTML drafts) and not
 * --exclude, in sorted order.  Symbolic links are not followed, so a link
 * loop cannot trap the walk; special files are skipped with a note. */
static const char *const default_includes[] = {
    "*.txt", "*.md", "*.markdown", "*.html", "*.htm", NULL
};

typedef struct {
    char **v;
    size_t n, cap;
} path_list;

static const options *walk_opts;
static size_t walk_root_len;   /* the directory argument's length */
static path_list *walk_out;
static int walk_failed;

static int push_path(path_list *l, const char *path)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        char **v = realloc(l->v, cap * sizeof *v);
        if (v == NULL)
            return -1;
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n] = strdup(path);
    return l->v[l->n] ? (int)(l->n++, 0) : -1;
}

static int wanted(const options *o, const char *path)
{
    const char *base = strrchr(path, '/');
    size_t i;
    int in = 0;

    const char *rel = path + walk_root_len;

    while (*rel == '/')
        rel++;   /* the path below the directory argument */
    base = base ? base + 1 : path;
    for (i = 0; i < o->nexcludes; i++)
        if (fnmatch(o->excludes[i], path, 0) == 0 ||
            fnmatch(o->excludes[i], rel, 0) == 0 ||
            fnmatch(o->excludes[i], base, 0) == 0)
            return 0;
    if (o->nincludes == 0) {
        for (i = 0; default_includes[i]; i++)
            in |= fnmatch(default_includes[i], base, 0) == 0;
        return in;
    }
    for (i = 0; i < o->nincludes; i++)
        in |= fnmatch(o->includes[i], base, 0) == 0;
    return in;
}

static int walk_entry(const char *path, const struct stat *st, int type,
                      struct FTW *ftw)
{
    (void)ftw;
    if (type == FTW_F && S_ISREG(st->st_mode)) {
        if (wanted(walk_opts, path) && push_path(walk_out, path))
            return -1;
    } else if (type == FTW_F || type == FTW_SL) {
        if (!walk_opts->quiet)
            fprintf(stderr, "qawl: %s: note: skipped (%s)\n", path,
                    type == FTW_SL ? "symbolic link" : "not a regular file");
    } else if (type == FTW_DNR || type == FTW_NS) {
        if (!walk_opts->quiet)
            fprintf(stderr, "qawl: %s: error: cannot read this directory\n",
                    path);
        walk_failed = 1;
    }
    return 0;
}

static int cmp_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Expands directory arguments; returns the new argument list (caller frees
 * with free_paths) or NULL when out of memory.  *FAILED is set when a
 * directory could not be read. */
static char **expand_args(const options *o, int argc, char **argv, int *n,
                          int *failed)
{
    path_list out = {0};
    int i;

    for (i = 0; i < argc; i++) {
        struct stat st;
        if (strcmp(argv[i], "-") != 0 && stat(argv[i], &st) == 0 &&
            S_ISDIR(st.st_mode)) {
            size_t before = out.n;
            walk_opts = o;
            walk_out = &out;
            walk_root_len = strlen(argv[i]);
            if (nftw(argv[i], walk_entry, 32, FTW_PHYS) != 0 && errno == ENOMEM)
                return NULL;
            if (out.n - before > 1)
                qsort(out.v + before, out.n - before, sizeof *out.v, cmp_paths);
        } else if (push_path(&out, argv[i])) {
            return NULL;
        }
    }
    *failed = walk_failed;
    *n = (int)out.n;
    if (out.v == NULL)
        out.v = calloc(1, sizeof *out.v);
    return out.v;
}

static void free_paths(char **v, int n)
{
    int i;

    for (i = 0; v && i < n; i++)
        free(v[i]);
    free(v);
}

/* ------------------------------------------------------------ progress */

/* A progress line on stderr for long batch runs, only when stderr is a
 * terminal (and not --quiet): documents, megabytes, speed and, when the
 * total is known, the time left. */
typedef struct {
    int on;
    size_t docs, total_docs;
    double bytes, total_bytes;
    struct timespec start, last;
} progress;

static double seconds_since(const struct timespec *t)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) +
           (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

/* --profile: where the time of a run goes.  The stages' seconds come from
 * the library (QAWL_OPT_PROFILE); reading inputs, loading lexicons and
 * writing reports are timed here.  Seconds are summed over documents and
 * worker threads, so with -j they add up to more than the wall time. */
enum { PROF_LEXICONS = QAWL_STAGE_COUNT, PROF_READ, PROF_REPORT, PROF_PARTS };

static struct {
    int on;
    pthread_mutex_t mu;
    struct timespec start;
    double seconds[PROF_PARTS];
    size_t docs;
    double bytes;
} profile = {.mu = PTHREAD_MUTEX_INITIALIZER};

/* The start of a timed part (any value when not profiling). */
static struct timespec prof_start(void)
{
    struct timespec t = {0, 0};

    if (profile.on)
        clock_gettime(CLOCK_MONOTONIC, &t);
    return t;
}

/* Adds the time since START to PART. */
static void prof_add(int part, const struct timespec *start)
{
    double t;

    if (!profile.on)
        return;
    t = seconds_since(start);
    pthread_mutex_lock(&profile.mu);
    profile.seconds[part] += t;
    pthread_mutex_unlock(&profile.mu);
}

/* Adds the stage times of R, a document of LEN input bytes. */
static void prof_result(const qawl_result *r, size_t len)
{
    int s;

    if (!profile.on || r == NULL)
        return;
    pthread_mutex_lock(&profile.mu);
    for (s = 0; s < QAWL_STAGE_COUNT; s++)
        profile.seconds[s] += qawl_result_stage_seconds(r, (qawl_stage)s);
    profile.docs++;
    profile.bytes += (double)len;
    pthread_mutex_unlock(&profile.mu);
}

/* Prints the profile on standard error: each part's seconds and share. */
static void prof_print(void)
{
    static const char *const extra[] = {"lexicons", "read", "report"};
    double wall, total = 0;
    int i;

    if (!profile.on)
        return;
    wall = seconds_since(&profile.start);
    for (i = 0; i < PROF_PARTS; i++)
        total += profile.seconds[i];
    fprintf(stderr, "qawl: profile: %zu documents, %.1f MB in %.3f s wall "
            "(%.1f MB/s)\n", profile.docs, profile.bytes / 1e6, wall,
            wall > 0 ? profile.bytes / 1e6 / wall : 0);
    fprintf(stderr, "  %-10s %9s %7s\n", "part", "seconds", "share");
    for (i = 0; i < PROF_PARTS; i++)
        fprintf(stderr, "  %-10s %9.4f %6.1f%%\n",
                i < QAWL_STAGE_COUNT ? qawl_stage_name((qawl_stage)i)
                                     : extra[i - QAWL_STAGE_COUNT],
                profile.seconds[i],
                total > 0 ? profile.seconds[i] / total * 100 : 0);
    fprintf(stderr, "  %-10s %9.4f (summed over threads)\n", "total", total);
}

static void progress_start(progress *p, const options *o, int argc,
                           char **argv)
{
    int i;

    memset(p, 0, sizeof *p);
    p->on = !o->quiet && isatty(STDERR_FILENO);
    clock_gettime(CLOCK_MONOTONIC, &p->start);
    p->last = p->start;
    for (i = 0; p->on && !o->jsonl_input && i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISREG(st.st_mode))
            p->total_bytes += (double)st.st_size;
    }
    p->total_docs = o->jsonl_input ? 0 : (size_t)argc;
}

static void progress_step(progress *p, size_t len, int final)
{
    double t, mb, rate;

    p->docs++;
    p->bytes += (double)len;
    if (!p->on || (!final && seconds_since(&p->last) < 0.25))
        return;
    clock_gettime(CLOCK_MONOTONIC, &p->last);
    t = seconds_since(&p->start);
    mb = p->bytes / 1e6;
    rate = t > 0 ? mb / t : 0;
    if (p->total_docs)
        fprintf(stderr, "\rqawl: %zu/%zu files, %.1f MB, %.1f MB/s", p->docs,
                p->total_docs, mb, rate);
    else
        fprintf(stderr, "\rqawl: %zu records, %.1f MB, %.1f MB/s", p->docs, mb,
                rate);
    if (p->total_bytes > 0 && rate > 0 && p->bytes < p->total_bytes)
        fprintf(stderr, ", %.0f s left", (p->total_bytes - p->bytes) / 1e6 / rate);
    fputs(final ? "\n" : "   ", stderr);
}

/* ------------------------------------------------------------- analyze */

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
static unsigned doc_options(const options *o, const char *path)
{
    unsigned opts = o->repair ? QAWL_OPT_REPAIR_UTF8 : 0;
    int kind = o->input_kind;

    if (profile.on)
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

/* read_input, timed for --profile. */
static int timed_read(const char *path, char **buf, size_t *len,
                      qawl_error *err)
{
    struct timespec t = prof_start();
    int rc = read_input(path, buf, len, err);

    prof_add(PROF_READ, &t);
    return rc;
}

/* Adds one analysed document R (or its error ERR) to the report and
 * frees it.  Updates *STATUS; returns -1 when the report cannot go on. */
static int report_one(const options *o, qawl_writer *w, const char *name,
                      qawl_result *r, qawl_error *err, int *status)
{
    struct timespec t = prof_start();

    if (r == NULL) {
        print_error(o, name, err);
        *status = err->code == QAWL_ERR_NOMEM ? EXIT_OUTPUT : EXIT_INPUT;
    }
    if (o->audit) {
        if (r && qawl_audit_add(o->audit, name, r) != QAWL_OK)
            *status = EXIT_OUTPUT;
    } else if (o->collect) {
        /* a failed input is reported on stderr and left out */
        if (r && qawl_speaker_report_add(o->collect, name, r) != QAWL_OK)
            *status = EXIT_OUTPUT;
    } else if (qawl_writer_add(w, name, r, err) != QAWL_OK) {
        *status = EXIT_OUTPUT;
    }
    qawl_result_free(r);
    prof_add(PROF_REPORT, &t);
    return *status == EXIT_OUTPUT ? -1 : 0;
}

/* Analyses one document and adds it to the report (see report_one). */
static int analyze_one(const options *o, const qawl_lexicon *lex,
                       qawl_writer *w, const char *name, const char *text,
                       size_t len, qawl_error *err, int *status)
{
    qawl_result *r = NULL;

    if (err->code == QAWL_OK)
        r = qawl_analyze(lex, text, len, doc_options(o, name),
                         err);
    prof_result(r, len);
    return report_one(o, w, name, r, err, status);
}

/* ------------------------------------------------------ worker threads */

/* With -j N, N threads read and analyse files while the main thread
 * writes the results in input order.  Workers stay at most WINDOW_PER_JOB
 * files per thread ahead of the writer, so memory stays bounded however
 * many files there are.  The lexicon set is read-only and shared. */
#define WINDOW_PER_JOB 4

typedef struct {
    qawl_result *r;
    qawl_error err;
    size_t len;
    int done;
    int failed;         /* serialised: the analysis failed */
    int written;        /* serialised: the fragment writer succeeded */
    char *bytes;        /* serialised: the document's report, malloc'd */
    size_t nbytes;
} job;

/* A growable memory sink for fragment writers. */
typedef struct {
    char *data;
    size_t len, cap;
} membuf;

static int mem_sink(const char *data, size_t len, void *user)
{
    membuf *m = user;

    if (m->len + len > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 4096;
        char *d;
        while (cap < m->len + len)
            cap *= 2;
        d = realloc(m->data, cap);
        if (d == NULL)
            return -1;
        m->data = d;
        m->cap = cap;
    }
    memcpy(m->data + m->len, data, len);
    m->len += len;
    return 0;
}

typedef struct {
    const options *o;
    const qawl_lexicon *lex;
    char **argv;
    int argc, next, written, window, stop;
    int serialize;      /* workers also write each document's report */
    qawl_format format;
    job *jobs;
    pthread_mutex_t mu;
    pthread_cond_t ready, room;
} pool;

/* Writes document I's report into its job with a fragment writer, so the
 * writing too runs in the worker; frees *R. */
static void serialize_job(pool *p, int i, qawl_result **r, qawl_error *err)
{
    struct timespec t = prof_start();
    membuf m = {0};
    qawl_writer *fw = qawl_writer_new(p->format, mem_sink, &m);
    job *j = &p->jobs[i];

    j->failed = *r == NULL;
    if (fw) {
        qawl_writer_set_options(fw, QAWL_WRITE_FRAGMENT |
                                        (p->o->explain ? QAWL_WRITE_EXPLAIN : 0));
        if (p->o->quote)
            qawl_writer_only_quote(fw, p->o->quote);
        j->written = qawl_writer_add(fw, p->argv[i], *r, err) == QAWL_OK;
        qawl_writer_free(fw);
    }
    j->bytes = m.data;
    j->nbytes = m.len;
    qawl_result_free(*r);
    *r = NULL;
    prof_add(PROF_REPORT, &t);
}

static void *worker(void *arg)
{
    pool *p = arg;

    for (;;) {
        char *buf = NULL;
        size_t len = 0;
        qawl_error err = {0};
        qawl_result *r = NULL;
        int i;

        pthread_mutex_lock(&p->mu);
        while (!p->stop && p->next < p->argc && p->next >= p->written + p->window)
            pthread_cond_wait(&p->room, &p->mu);
        if (p->stop || p->next >= p->argc) {
            pthread_mutex_unlock(&p->mu);
            return NULL;
        }
        i = p->next++;
        pthread_mutex_unlock(&p->mu);

        if (timed_read(p->argv[i], &buf, &len, &err) == 0)
            r = qawl_analyze(p->lex, buf, len,
                             doc_options(p->o, p->argv[i]), &err);
        prof_result(r, len);
        free(buf);
        if (p->serialize)
            serialize_job(p, i, &r, &err);

        pthread_mutex_lock(&p->mu);
        p->jobs[i].r = r;
        p->jobs[i].err = err;
        p->jobs[i].len = len;
        p->jobs[i].done = 1;
        pthread_cond_broadcast(&p->ready);
        pthread_mutex_unlock(&p->mu);
    }
}

/* Analyses the files of ARGV with NTHREADS workers; writes in order. */
/* Adds job I, serialised by its worker, to the report W. */
static int report_serialized(const options *o, qawl_writer *w, const char *name,
                             job *j, int *status)
{
    if (j->failed) {
        print_error(o, name, &j->err);
        *status = j->err.code == QAWL_ERR_NOMEM ? EXIT_OUTPUT : EXIT_INPUT;
    }
    if (!j->written || qawl_writer_add_serialized(w, j->bytes, j->nbytes) != QAWL_OK)
        *status = EXIT_OUTPUT;
    free(j->bytes);
    j->bytes = NULL;
    return *status == EXIT_OUTPUT ? -1 : 0;
}

static void analyze_parallel(const options *o, const qawl_lexicon *lex,
                             qawl_writer *w, qawl_format format, int argc,
                             char **argv, int nthreads, progress *pr,
                             int *status)
{
    pool p;
    pthread_t *threads = calloc((size_t)nthreads, sizeof *threads);
    int i, started = 0;

    memset(&p, 0, sizeof p);
    p.o = o;
    p.lex = lex;
    p.argv = argv;
    p.argc = argc;
    p.window = nthreads * WINDOW_PER_JOB;
    /* document reports are written by the workers too: only the order is
     * the main thread's */
    p.serialize = w != NULL && o->collect == NULL && o->audit == NULL;
    p.format = format;
    p.jobs = calloc((size_t)argc, sizeof *p.jobs);
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.ready, NULL);
    pthread_cond_init(&p.room, NULL);
    if (threads == NULL || p.jobs == NULL) {
        fprintf(stderr, "qawl: out of memory\n");
        *status = EXIT_OUTPUT;
        goto done;
    }
    for (i = 0; i < nthreads; i++)
        if (pthread_create(&threads[started], NULL, worker, &p) == 0)
            started++;
    if (started == 0) {
        /* no thread could start: do the work here */
        for (i = 0; i < argc; i++) {
            p.next = i;
            p.written = i;
            p.argc = i + 1;
            worker(&p);
            if (report_one(o, w, argv[i], p.jobs[i].r, &p.jobs[i].err, status))
                break;
            progress_step(pr, p.jobs[i].len, 0);
        }
        goto done;
    }
    for (i = 0; i < argc; i++) {
        int rc;
        pthread_mutex_lock(&p.mu);
        while (!p.jobs[i].done)
            pthread_cond_wait(&p.ready, &p.mu);
        pthread_mutex_unlock(&p.mu);
        rc = p.serialize ? report_serialized(o, w, argv[i], &p.jobs[i], status)
                         : report_one(o, w, argv[i], p.jobs[i].r, &p.jobs[i].err,
                                      status);
        p.jobs[i].r = NULL;
        progress_step(pr, p.jobs[i].len, 0);
        pthread_mutex_lock(&p.mu);
        p.written = i + 1;
        if (rc)
            p.stop = 1;
        pthread_cond_broadcast(&p.room);
        pthread_mutex_unlock(&p.mu);
        if (rc)
            break;
    }
    for (i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
done:
    for (i = 0; p.jobs && i < argc; i++) {
        qawl_result_free(p.jobs[i].r);   /* left unwritten after a stop */
        free(p.jobs[i].bytes);
    }
    free(p.jobs);
    free(threads);
    pthread_mutex_destroy(&p.mu);
    pthread_cond_destroy(&p.ready);
    pthread_cond_destroy(&p.room);
}

/* Reads JSON Lines records {"id": …, "text": "…"} from FP and analyses
 * each as a document named by its id, one at a time: memory stays bounded
 * by the longest record (the contract of a Hadoop Streaming mapper or a
 * Spark pipe() stage).  A line that is not such a record is reported as a
 * failed document named FILE:LINE. */
static int analyze_records(const options *o, const qawl_lexicon *lex,
                           qawl_writer *w, const char *file, FILE *fp,
                           progress *p, int *status)
{
    char *line = NULL, name[512];
    size_t cap = 0;
    ssize_t got;
    unsigned long lineno = 0;
    int rc = 0;

    while (rc == 0 && (got = getline(&line, &cap, fp)) >= 0) {
        qawl_error err = {0};
        json_error_t jerr;
        json_t *rec, *text, *id;
        struct timespec t;
        const char *s = "";
        size_t len = 0;

        lineno++;
        if (strspn(line, " \t\r\n") == (size_t)got)
            continue;   /* blank lines are not records */
        snprintf(name, sizeof name, "%s:%lu", file, lineno);
        if ((size_t)got > max_bytes) {
            err.code = QAWL_ERR_IO;
            snprintf(err.message, sizeof err.message,
                     "record larger than --max-bytes (%zu bytes)", max_bytes);
            rc = analyze_one(o, lex, w, name, NULL, 0, &err, status);
            progress_step(p, (size_t)got, 0);
            continue;
        }
        t = prof_start();
        rec = json_loadb(line, (size_t)got, JSON_DECODE_ANY, &jerr);
        prof_add(PROF_READ, &t);
        text = json_object_get(rec, "text");
        id = json_object_get(rec, "id");
        /* NAME (FILE:LINE) locates a bad record */
        if (rec == NULL || !json_is_object(rec)) {
            err.code = QAWL_ERR_ARG;
            snprintf(err.message, sizeof err.message, "not a JSON record: %s",
                     rec ? "not an object" : jerr.text);
        } else if (!json_is_string(text)) {
            err.code = QAWL_ERR_ARG;
            snprintf(err.message, sizeof err.message,
                     "record has no \"text\" string");
        } else {
            s = json_string_value(text);
            len = json_string_length(text);
            if (json_is_string(id))
                snprintf(name, sizeof name, "%s", json_string_value(id));
            else if (json_is_integer(id))
                snprintf(name, sizeof name, "%" JSON_INTEGER_FORMAT,
                         json_integer_value(id));
        }
        rc = analyze_one(o, lex, w, name, s, len, &err, status);
        progress_step(p, (size_t)got, 0);
        json_decref(rec);
    }
    if (ferror(fp)) {
        fprintf(stderr, "qawl: %s: read error\n", file);
        *status = EXIT_INPUT;
    }
    free(line);
    return rc;
}

static int analyze_files(const options *o, int argc, char **argv,
                         int given);

/* Expands directory arguments, then analyses the files. */
static int cmd_analyze(const options *o, int argc, char **argv)
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
    int i, status = EXIT_OK, io_ok;

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
    profile.on = o->profile;
    profile.start = prof_start();
    lex = load_lexicons(o);
    prof_add(PROF_LEXICONS, &profile.start);
    if (lex == NULL)
        return EXIT_LEXICON;
    out = open_output(o, &tmp);
    if (out == NULL) {
        fprintf(stderr, "qawl: %s: cannot write: %s\n", o->output,
                strerror(errno));
        qawl_lexicon_free(lex);
        return EXIT_OUTPUT;
    }
    w = o->collect || o->audit ? NULL : qawl_writer_new(format, write_file, out);
    if (w && o->explain)
        qawl_writer_set_options(w, QAWL_WRITE_EXPLAIN);
    if (w && o->quote)
        qawl_writer_only_quote(w, o->quote);
    progress_start(&p, o, argc, argv);
    if ((w || o->collect || o->audit) && !o->jsonl_input && o->jobs > 1 &&
        argc > 1) {
        analyze_parallel(o, lex, w, format, argc, argv, o->jobs, &p, &status);
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
            rc = analyze_one(o, lex, w, argv[i], buf, len, &err, &status);
            free(buf);
            progress_step(&p, len, 0);
        }
        if (rc)
            break;
    }
    if (p.on && p.docs)
        progress_step(&p, 0, 1);
    t = prof_start();
    if (o->audit)
        io_ok = status != EXIT_OUTPUT &&
                qawl_audit_write(o->audit, o->audit_format, write_file,
                                 out) == QAWL_OK;
    else if (o->collect)
        io_ok = status != EXIT_OUTPUT &&
                qawl_speaker_report_write(o->collect, format, write_file,
                                          out) == QAWL_OK;
    else
        io_ok = w && qawl_writer_finish(w) == QAWL_OK && status != EXIT_OUTPUT;
    qawl_writer_free(w);
    prof_add(PROF_REPORT, &t);
    if (close_output(o, out, tmp, io_ok) != 0 || !io_ok) {
        if (status != EXIT_OUTPUT || !o->quiet)
            fprintf(stderr, "qawl: cannot write the report\n");
        status = EXIT_OUTPUT;
    }
    qawl_lexicon_free(lex);
    prof_print();
    return status;
}

/* `qawl report FILE...`: analyse and write the per-speaker report. */
static int cmd_report(options *o, int argc, char **argv)
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

static int parse_severity(const char *s, qawl_severity *sev)
{
    if (strcmp(s, "error") == 0)
        *sev = QAWL_SEVERITY_ERROR;
    else if (strcmp(s, "warning") == 0)
        *sev = QAWL_SEVERITY_WARNING;
    else if (strcmp(s, "note") == 0)
        *sev = QAWL_SEVERITY_NOTE;
    else if (strcmp(s, "off") == 0 || strcmp(s, "never") == 0)
        *sev = QAWL_SEVERITY_OFF;
    else
        return -1;
    return 0;
}

/* ---------------------------------------------------------- .qawl.conf */

/* The configuration of check and audit: .qawl.conf in the current
 * directory or the nearest one above it, or --config FILE.  Lines are
 * "key = value" (# comments):
 *
 *   fail-on = warning              min-confidence = 0.7
 *   severity anonymous-source = off
 *   lexicon = newsroom.txt         exclude = archive/old
 *
 * Paths are relative to the file's directory.  Options on the command
 * line win over the file. */
#define MAX_CONFIG_STRINGS 64

static char *config_strings[MAX_CONFIG_STRINGS];
static size_t nconfig_strings;

/* A copy that lives until exit (options point into it). */
static const char *keep(const char *s)
{
    char *c;

    if (nconfig_strings == MAX_CONFIG_STRINGS)
        return NULL;
    c = strdup(s);
    if (c)
        config_strings[nconfig_strings++] = c;
    return c;
}

static void free_config_strings(void)
{
    while (nconfig_strings > 0)
        free(config_strings[--nconfig_strings]);
}

/* Finds .qawl.conf upward from the current directory into PATH. */
static int find_config(char *path, size_t size)
{
    char dir[PATH_MAX];

    if (getcwd(dir, sizeof dir) == NULL)
        return 0;
    for (;;) {
        char *slash;
        snprintf(path, size, "%s/.qawl.conf", strcmp(dir, "/") ? dir : "");
        if (access(path, R_OK) == 0)
            return 1;
        slash = strrchr(dir, '/');
        if (slash == NULL || slash == dir)
            break;
        *slash = '\0';
    }
    snprintf(path, size, "/.qawl.conf");
    return access(path, R_OK) == 0;
}

static char *trim_space(char *s)
{
    char *e;

    while (*s == ' ' || *s == '\t')
        s++;
    e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' ||
                     e[-1] == '\n'))
        *--e = '\0';
    return s;
}

/* Reads the configuration into O; returns 0, or EXIT_USAGE after printing
 * FILE:LINE: error: … */
static int load_config(options *o, const char *file,
                       const char *const *cli_severities, size_t ncli)
{
    FILE *fp = fopen(file, "r");
    char line[1024], dir[PATH_MAX];
    unsigned long n = 0;
    size_t i;
    const char *slash = strrchr(file, '/');

    if (fp == NULL) {
        fprintf(stderr, "qawl: %s: error: cannot open: %s\n", file,
                strerror(errno));
        return EXIT_USAGE;
    }
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - file) : 1,
             slash ? file : ".");
    o->nseverities = 0;
    while (fgets(line, sizeof line, fp)) {
        char *key, *val, *eq, path[PATH_MAX + 256];
        const char *kept = NULL;
        n++;
        key = trim_space(line);
        if (*key == '\0' || *key == '#')
            continue;
        eq = strchr(key, '=');
        if (eq == NULL) {
            fprintf(stderr, "qawl: %s:%lu: error: expected key = value\n", file, n);
            fclose(fp);
            return EXIT_USAGE;
        }
        *eq = '\0';
        val = trim_space(eq + 1);
        key = trim_space(key);
        if (strcmp(key, "fail-on") == 0) {
            if (o->fail_on == NULL)
                o->fail_on = kept = keep(val);
            else
                kept = "";
        } else if (strcmp(key, "min-confidence") == 0) {
            if (o->min_confidence == 0)
                o->min_confidence = strtod(val, NULL);
            kept = "";
        } else if (strncmp(key, "severity ", 9) == 0 &&
                   o->nseverities < MAX_GLOBS) {
            snprintf(path, sizeof path, "%s=%s", trim_space(key + 9), val);
            kept = o->severities[o->nseverities++] = keep(path);
        } else if (strcmp(key, "exclude") == 0 && o->nexcludes < MAX_GLOBS) {
            kept = o->excludes[o->nexcludes++] = keep(val);
        } else if (strcmp(key, "lexicon") == 0 && o->nuser < MAX_USER_LEXICONS) {
            snprintf(path, sizeof path, "%s%s%s", val[0] == '/' ? "" : dir,
                     val[0] == '/' ? "" : "/", val);
            kept = o->user_lexicons[o->nuser++] = keep(path);
        } else {
            fprintf(stderr, "qawl: %s:%lu: error: unknown setting '%s'\n",
                    file, n, key);
            fclose(fp);
            return EXIT_USAGE;
        }
        if (kept == NULL) {
            fprintf(stderr, "qawl: %s:%lu: error: too many settings\n", file, n);
            fclose(fp);
            return EXIT_USAGE;
        }
    }
    fclose(fp);
    /* the command line's --severity come after the file's: they win */
    for (i = 0; i < ncli && o->nseverities < MAX_GLOBS; i++)
        o->severities[o->nseverities++] = cli_severities[i];
    return 0;
}

/* `qawl check` / `qawl audit`: the attribution audit.  check fails (exit
 * 1) on findings at --fail-on or above (default: error); audit only
 * lists them.  Exit 3 when an input could not be read or decoded. */
static int cmd_check(options *o, int argc, char **argv, int fail_by_default)
{
    qawl_severity fail_on = fail_by_default ? QAWL_SEVERITY_ERROR
                                            : QAWL_SEVERITY_OFF;
    size_t i;
    int status;

    char conf[PATH_MAX + 16];
    const char *cli_sev[MAX_GLOBS];
    size_t ncli = o->nseverities;

    memcpy(cli_sev, o->severities, sizeof cli_sev);
    if (o->config)
        snprintf(conf, sizeof conf, "%s", o->config);
    if (o->config || find_config(conf, sizeof conf)) {
        int rc = load_config(o, conf, cli_sev, ncli);
        if (rc)
            return rc;
    }
    o->audit_format = QAWL_FORMAT_TEXT;
    if (o->format) {
        if (strcmp(o->format, "text") == 0)
            o->audit_format = QAWL_FORMAT_TEXT;
        else if (strcmp(o->format, "github") == 0)
            o->audit_format = QAWL_FORMAT_GITHUB;
        else if (strcmp(o->format, "sarif") == 0)
            o->audit_format = QAWL_FORMAT_SARIF;
        else if (strcmp(o->format, "json") == 0)
            o->audit_format = QAWL_FORMAT_JSON;
        else {
            fprintf(stderr, "qawl: unknown format '%s' (text, github, sarif, "
                            "json)\n", o->format);
            return EXIT_USAGE;
        }
    }
    if (o->fail_on && parse_severity(o->fail_on, &fail_on)) {
        fprintf(stderr, "qawl: --fail-on takes error, warning, note or never\n");
        return EXIT_USAGE;
    }
    o->audit = qawl_audit_new();
    if (o->audit == NULL)
        return EXIT_OUTPUT;
    if (o->min_confidence > 0)
        qawl_audit_set_min_confidence(o->audit, o->min_confidence);
    for (i = 0; i < o->nseverities; i++) {
        char rule[128];
        const char *eq = strchr(o->severities[i], '=');
        qawl_severity sev;
        if (eq == NULL || (size_t)(eq - o->severities[i]) >= sizeof rule ||
            parse_severity(eq + 1, &sev)) {
            fprintf(stderr, "qawl: --severity takes RULE=error|warning|note|off,"
                            " not '%s'\n", o->severities[i]);
            qawl_audit_free(o->audit);
            return EXIT_USAGE;
        }
        snprintf(rule, sizeof rule, "%.*s", (int)(eq - o->severities[i]),
                 o->severities[i]);
        if (qawl_audit_set_severity(o->audit, rule, sev) != QAWL_OK) {
            fprintf(stderr, "qawl: --severity: no rule '%s'\n", rule);
            qawl_audit_free(o->audit);
            return EXIT_USAGE;
        }
    }
    status = cmd_analyze(o, argc, argv);
    if (status == EXIT_OK && fail_on != QAWL_SEVERITY_OFF &&
        qawl_audit_count(o->audit, fail_on) > 0)
        status = EXIT_FINDINGS;
    qawl_audit_free(o->audit);
    o->audit = NULL;
    return status;
}

/* `qawl merge REPORT.json...`: merge saved speaker reports (the reduce
 * step of a sharded run) and write the result. */
static int cmd_merge(const options *o, int argc, char **argv)
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

/* `qawl lexicon check DIR|FILE...`: a directory is loaded as a lexicon set,
 * a file is added to the default set as a user lexicon. */
static int cmd_lexicon_check(const options *o, int argc, char **argv)
{
    int i, status = EXIT_OK;

    if (argc == 0) {
        fprintf(stderr, "qawl: lexicon check needs a DIR or FILE\n");
        return EXIT_USAGE;
    }
    for (i = 0; i < argc; i++) {
        struct stat st;
        qawl_error err = {0};
        qawl_lexicon *lex;

        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            lex = qawl_lexicon_load(argv[i], &err);
        } else {
            lex = qawl_lexicon_load(lexicon_dir(o), &err);
            if (lex && qawl_lexicon_add_file(lex, argv[i], &err) != QAWL_OK) {
                qawl_lexicon_free(lex);
                lex = NULL;
            }
        }
        if (lex == NULL) {
            print_error(o, argv[i], &err);
            status = EXIT_LEXICON;
            continue;
        }
        if (!o->quiet)
            printf("%s: ok, %zu entries\n", argv[i], qawl_lexicon_size(lex));
        qawl_lexicon_free(lex);
    }
    return status;
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
            return EXIT_USAGE;
        o->severities[o->nseverities++] = optarg;
        return -1;
    case 'C': {
        char *end;
        double conf = strtod(optarg, &end);
        if (*end || conf <= 0 || conf > 1) {
            fprintf(stderr, "qawl: --min-confidence takes a number in (0, 1]\n");
            return EXIT_USAGE;
        }
        o->min_confidence = conf;
        return -1;
    }
    case 'M': {
        char *end;
        unsigned long long n = strtoull(optarg, &end, 10);
        if (*end || n == 0 || optarg[0] == '-') {
            fprintf(stderr, "qawl: --max-bytes needs a number of bytes\n");
            return EXIT_USAGE;
        }
        max_bytes = (size_t)n;
        return -1;
    }
    case 'N':
        if (o->nincludes == MAX_GLOBS)
            return EXIT_USAGE;
        o->includes[o->nincludes++] = optarg;
        return -1;
    case 'X':
        if (o->nexcludes == MAX_GLOBS)
            return EXIT_USAGE;
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
    case 'q': o->quiet = 1; return -1;
    case 'P': o->profile = 1; return -1;
    case 'h': usage(stdout); return EXIT_OK;
    case 'V': printf("qawl %s\n", qawl_version()); return EXIT_OK;
    default: usage(stderr); return EXIT_USAGE;
    }
}

/* Parses options.  Before the command word parsing stops at the first
 * operand (PERMUTE 0); after it, options and files may mix (GNU style). */
static int parse_options(int argc, char **argv, options *o, int permute)
{
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
        {"quiet", no_argument, NULL, 'q'},
        {"profile", no_argument, NULL, 'P'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0}
    };
    int c, r;

    optind = 0;   /* glibc: restart scanning on this (sub)argument vector */
    while ((c = getopt_long(argc, argv, permute ? "f:o:j:qhV" : "+f:o:j:qhV",
                            longopts, NULL)) != -1) {
        r = apply_option(c, o);
        if (r >= 0)
            return r;
    }
    return -1;
}

int main(int argc, char **argv)
{
    options o;
    int r;

    memset(&o, 0, sizeof o);
    o.jobs = (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (o.jobs < 1)
        o.jobs = 1;
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    r = parse_options(argc, argv, &o, 0);
    if (r >= 0)
        return r;
    if (optind >= argc) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[optind], "analyze") == 0) {
        /* Skip the command word and read the options after it. */
        int sub = optind;
        r = parse_options(argc - sub, argv + sub, &o, 1);
        if (r >= 0)
            return r;
        return cmd_analyze(&o, argc - sub - optind, argv + sub + optind);
    }
    if (strcmp(argv[optind], "check") == 0 || strcmp(argv[optind], "audit") == 0) {
        int sub = optind, check = strcmp(argv[optind], "check") == 0;
        r = parse_options(argc - sub, argv + sub, &o, 1);
        if (r >= 0)
            return r;
        r = cmd_check(&o, argc - sub - optind, argv + sub + optind, check);
        free_config_strings();
        return r;
    }
    if (strcmp(argv[optind], "report") == 0 || strcmp(argv[optind], "merge") == 0) {
        int sub = optind, merge = strcmp(argv[optind], "merge") == 0;
        r = parse_options(argc - sub, argv + sub, &o, 1);
        if (r >= 0)
            return r;
        return merge ? cmd_merge(&o, argc - sub - optind, argv + sub + optind)
                     : cmd_report(&o, argc - sub - optind, argv + sub + optind);
    }
    if (strcmp(argv[optind], "explain") == 0) {
        /* explain FILE --quote N: the text report of one quote, with the
         * candidates its attribution weighed. */
        int sub = optind;
        r = parse_options(argc - sub, argv + sub, &o, 1);
        if (r >= 0)
            return r;
        if (argc - sub - optind != 1 || o.quote == 0) {
            fprintf(stderr, "qawl: explain needs one FILE and --quote N\n");
            return EXIT_USAGE;
        }
        o.explain = 1;
        o.format = "text";
        return cmd_analyze(&o, argc - sub - optind, argv + sub + optind);
    }
    if (strcmp(argv[optind], "lexicon") == 0 && optind + 1 < argc &&
        strcmp(argv[optind + 1], "check") == 0) {
        int sub = optind + 1;
        r = parse_options(argc - sub, argv + sub, &o, 1);
        if (r >= 0)
            return r;
        return cmd_lexicon_check(&o, argc - sub - optind, argv + sub + optind);
    }
    fprintf(stderr, "qawl: unknown command '%s'\n", argv[optind]);
    usage(stderr);
    return EXIT_USAGE;
}
