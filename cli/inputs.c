/*
 * inputs.c — what qawl reads: files (bounded by --max-bytes), the files
 * below a directory argument, and JSON Lines records.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <jansson.h>

#include "cli.h"

/* Largest input accepted by default (--max-bytes): a news article is a
 * few kilobytes, and the analysis holds about 8.3 bytes per input byte
 * (measured on the 21 MB corpus as one article, the input read once:
 * qawl_analyze_take), so 32 MiB keeps one input within about 300 MB; a
 * larger file is a mistake, not news. */
#define DEFAULT_MAX_BYTES ((size_t)32 << 20)

size_t max_bytes = DEFAULT_MAX_BYTES;
int max_bytes_given;

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

/* Reads the regular file open at FD, of SIZE bytes when it was opened,
 * into *BUF (caller frees), sized for it: read_all without a stream or
 * its 64 KB first guess, for the common input (one article, a few
 * kilobytes).  A file that grew meanwhile is read on to its end. */
static int read_sized(int fd, size_t size, char **buf, size_t *len)
{
    size_t cap = size + 1, n = 0;
    char *b = malloc(cap);

    if (b == NULL)
        return ENOMEM;
    for (;;) {
        ssize_t got;
        if (n == cap) {
            char *nb = cap > SIZE_MAX / 2 ? NULL : realloc(b, cap * 2);
            if (nb == NULL) {
                free(b);
                return cap > SIZE_MAX / 2 ? EFBIG : ENOMEM;
            }
            b = nb;
            cap *= 2;
        }
        got = read(fd, b + n, cap - n);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            int e = errno ? errno : EIO;
            free(b);
            return e;
        }
        n += (size_t)got;
        if (n > max_bytes) {
            free(b);
            return EFBIG;
        }
        if (got == 0)
            break;
    }
    *buf = b;
    *len = n;
    return 0;
}

/* Reads PATH ("-" = stdin).  On failure fills ERR and returns -1. */
int read_input(const char *path, char **buf, size_t *len,
               qawl_error *err)
{
    FILE *fp;
    struct stat st;
    int e, fd;

    if (strcmp(path, "-") == 0) {
        fp = stdin;
    } else {
        /* a regular file is read by its descriptor, into a buffer of its
         * size; anything else (a pipe, a device) through a stream */
        fd = open(path, O_RDONLY);
        if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
            (uintmax_t)st.st_size <= max_bytes) {
            e = read_sized(fd, (size_t)st.st_size, buf, len);
            close(fd);
            goto done;
        }
        if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            fp = NULL;
            errno = EISDIR;
        } else {
            fp = fd >= 0 ? fdopen(fd, "rb") : NULL;
            if (fp == NULL && fd >= 0) {
                int saved = errno;
                close(fd);
                errno = saved;
            }
        }
    }
    if (fp == NULL) {
        err->code = QAWL_ERR_IO;
        snprintf(err->message, sizeof err->message, "cannot open: %s",
                 strerror(errno));
        return -1;
    }
    e = read_all(fp, buf, len);
    if (fp != stdin)
        fclose(fp);
done:
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

/* read_input, timed for --profile. */
int timed_read(const char *path, char **buf, size_t *len,
               qawl_error *err)
{
    struct timespec t = prof_start();
    int rc = read_input(path, buf, len, err);

    prof_add(PROF_READ, &t);
    return rc;
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

/* Whether BASE, a file name, is a project's own document rather than an
 * article: README, LICENSE/LICENCE, CHANGELOG or CONTRIBUTING with any
 * extension and in any case.  A directory of drafts often holds one (a
 * README.md is a Markdown draft to the walk), and its names and licence
 * terms would be reported as speakers. */
static int project_file(const char *base)
{
    static const char *const names[] = {
        "README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", NULL
    };
    size_t stem = strcspn(base, "."), i;

    for (i = 0; names[i]; i++)
        if (stem == strlen(names[i]) && strncasecmp(base, names[i], stem) == 0)
            return 1;
    return 0;
}

/* What a directory entry is, as the walk treats it. */
enum { ENTRY_FILE, ENTRY_DIR, ENTRY_LINK, ENTRY_OTHER, ENTRY_UNKNOWN };

/* Adds PATH, an entry of KIND (not a directory) whose name starts at
 * byte BASE, to the walk's list when it is a wanted regular file, or
 * says why it is skipped; -1 when out of memory. */
static int walk_entry(const char *path, size_t base, int kind)
{
    if (kind == ENTRY_FILE) {
        if (!wanted(walk_opts, path))
            return 0;
        if (project_file(path + base)) {
            if (!walk_opts->quiet)
                fprintf(stderr, "qawl: %s: note: skipped (a README, LICENSE, "
                        "CHANGELOG or CONTRIBUTING file is not an article; "
                        "name it to analyse it)\n", shown(path));
            return 0;
        }
        return push_path(walk_out, path);
    }
    if (kind == ENTRY_UNKNOWN) {
        if (!walk_opts->quiet)
            fprintf(stderr, "qawl: %s: error: cannot read this directory\n",
                    shown(path));
        walk_failed = 1;
    } else if (!walk_opts->quiet) {
        fprintf(stderr, "qawl: %s: note: skipped (%s)\n", shown(path),
                kind == ENTRY_LINK ? "symbolic link" : "not a regular file");
    }
    return 0;
}

/* The kind of entry E, at PATH: from the type the directory gives with
 * the name, or by lstat where the file system gives none. */
static int entry_kind(const struct dirent *e, const char *path)
{
    struct stat st;

    switch (e->d_type) {
    case DT_REG:
        return ENTRY_FILE;
    case DT_DIR:
        return ENTRY_DIR;
    case DT_LNK:
        return ENTRY_LINK;
    case DT_UNKNOWN:
        break;
    default:
        return ENTRY_OTHER;
    }
    if (lstat(path, &st) != 0)
        return ENTRY_UNKNOWN;
    return S_ISREG(st.st_mode) ? ENTRY_FILE
           : S_ISDIR(st.st_mode) ? ENTRY_DIR
           : S_ISLNK(st.st_mode) ? ENTRY_LINK : ENTRY_OTHER;
}

/* A directory's entry, read before the walk goes on. */
typedef struct {
    char *path;
    int kind;
} dir_entry;

/* Reads the entries of directory DIR, open as D, into *V (*N of them),
 * with their paths as nftw made them ("d/", "d//" give d/NAME); -1 when
 * out of memory. */
static int read_entries(const char *dir, DIR *d, dir_entry **v, size_t *n)
{
    size_t len = strlen(dir), cap = 0;
    struct dirent *e;

    while (len > 1 && dir[len - 1] == '/')
        len--;
    while ((e = readdir(d)) != NULL) {
        size_t k = strlen(e->d_name);
        char *path;
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (*n == cap) {
            dir_entry *nv = realloc(*v, (cap = cap ? cap * 2 : 64) * sizeof **v);
            if (nv == NULL)
                return -1;
            *v = nv;
        }
        path = malloc(len + k + 2);
        if (path == NULL)
            return -1;
        memcpy(path, dir, len);
        path[len] = '/';   /* the root "/" keeps its one slash */
        memcpy(path + len + (dir[len - 1] != '/'), e->d_name, k + 1);
        (*v)[*n].path = path;
        (*v)[(*n)++].kind = entry_kind(e, path);
    }
    return 0;
}

/* Walks directory DIR depth first, its entries in the order it gives
 * them, links not followed: what nftw(FTW_PHYS) did, without its lstat
 * of every entry (5,000 of them for a directory of 5,000 articles, some
 * 6 ms before the first document could start).  Each directory's names
 * are read before any is walked, so one directory is open at a time
 * however deep the tree.  -1 when out of memory. */
static int walk_dir(const char *dir)
{
    dir_entry *v = NULL;
    size_t n = 0, i;
    DIR *d = opendir(dir);
    int rc;

    if (d == NULL)
        return walk_entry(dir, 0, ENTRY_UNKNOWN);
    rc = read_entries(dir, d, &v, &n);
    closedir(d);
    for (i = 0; i < n; i++) {
        const char *path = v[i].path;
        if (rc == 0)
            rc = v[i].kind == ENTRY_DIR
                     ? walk_dir(path)
                     : walk_entry(path, (size_t)(strrchr(path, '/') - path) + 1,
                                  v[i].kind);
        free(v[i].path);
    }
    free(v);
    return rc;
}

static int cmp_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Expands directory arguments; returns the new argument list (caller frees
 * with free_paths) or NULL when out of memory.  *FAILED is set when a
 * directory could not be read. */
char **expand_args(const options *o, int argc, char **argv, int *n,
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
            if (walk_dir(argv[i]) != 0)
                return NULL;   /* out of memory */
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

void free_paths(char **v, int n)
{
    int i;

    for (i = 0; v && i < n; i++)
        free(v[i]);
    free(v);
}

/* ------------------------------------------------------- JSON Lines */

/* What read_record() found. */
enum { REC_END, REC_LINE, REC_TOO_LONG, REC_NO_MEMORY, REC_NUL, REC_ERROR };

/* Reads one line of FP into *BUF (*CAP bytes, grown as needed but never
 * past max_bytes + 2, so that a line longer than memory allows, or an
 * endless one, is not read whole first).  *LEN gets the line's length,
 * its '\n' included.  A line longer than max_bytes (or than memory
 * allows) is read to its end and dropped.  A NUL byte ends the reading:
 * JSON Lines is text, and /dev/zero would otherwise be one endless
 * line. */
static int read_record(FILE *fp, char **buf, size_t *cap, size_t *len)
{
    size_t n = 0;
    int c = EOF, dropped = 0;

    while ((c = getc_unlocked(fp)) != EOF) {
        if (c == '\0')
            return REC_NUL;
        if (n + 2 > *cap && !dropped) {
            size_t want = *cap ? *cap * 2 : 4096;
            char *b;
            if (want > max_bytes + 2)
                want = max_bytes + 2;
            b = n + 2 <= want ? realloc(*buf, want) : NULL;
            if (b == NULL)
                dropped = n + 2 <= want ? REC_NO_MEMORY : REC_TOO_LONG;
            else {
                *buf = b;
                *cap = want;
            }
        }
        if (!dropped)
            (*buf)[n] = (char)c;
        n++;
        if (n > max_bytes && !dropped)
            dropped = REC_TOO_LONG;
        if (c == '\n')
            break;
    }
    if (n == 0)
        return ferror(fp) ? REC_ERROR : REC_END;
    *len = n;
    if (dropped)
        return dropped;
    (*buf)[n] = '\0';
    return REC_LINE;
}

/* Reads JSON Lines records {"id": …, "text": "…"} from FP and analyses
 * each as a document named by its id, one at a time: memory stays bounded
 * by the longest record (the contract of a Hadoop Streaming mapper or a
 * Spark pipe() stage).  A line that is not such a record is reported as a
 * failed document named FILE:LINE. */
int analyze_records(const options *o, const qawl_lexicon *lex,
                    qawl_writer *w, const char *file, FILE *fp,
                    progress *p, int *status)
{
    char *line = NULL, name[512];
    size_t cap = 0, got = 0;
    unsigned long lineno = 0;
    int rc = 0, kind;

    while (rc == 0 && (kind = read_record(fp, &line, &cap, &got)) != REC_END) {
        qawl_error err = {0};
        json_error_t jerr;
        json_t *rec, *text, *id;
        struct timespec t;
        const char *s = "";
        size_t len = 0;

        lineno++;
        snprintf(name, sizeof name, "%s:%lu", file, lineno);
        if (kind == REC_NUL || kind == REC_ERROR) {
            err.code = QAWL_ERR_IO;
            snprintf(err.message, sizeof err.message, "%s; the rest of the "
                     "file is not read", kind == REC_NUL
                         ? "a NUL byte: not JSON Lines text" : "read error");
            rc = analyze_one(o, lex, w, name, NULL, 0, &err, status);
            break;
        }
        if (kind != REC_LINE) {
            err.code = kind == REC_NO_MEMORY ? QAWL_ERR_NOMEM : QAWL_ERR_IO;
            snprintf(err.message, sizeof err.message, kind == REC_NO_MEMORY
                     ? "record of %zu bytes: out of memory"
                     : "record of %zu bytes, larger than --max-bytes", got);
            rc = analyze_one(o, lex, w, name, NULL, 0, &err, status);
            progress_step(p, got, 0);
            continue;
        }
        if (strspn(line, " \t\r\n") == got)
            continue;   /* blank lines are not records */
        t = prof_start();
        rec = json_loadb(line, got, JSON_DECODE_ANY, &jerr);
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
        progress_step(p, got, 0);
        json_decref(rec);
    }
    if (ferror(fp) && kind != REC_ERROR) {
        fprintf(stderr, "qawl: %s: read error\n", shown(file));
        *status = EXIT_INPUT;
    }
    free(line);
    return rc;
}
