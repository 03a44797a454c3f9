/*
 * output.c — where reports and diagnostics go.
 *
 * Output to -o FILE that is a regular file (or not there yet) is written
 * to a temporary file beside it and renamed into place only when every
 * byte was written, so a failed or interrupted run never leaves a
 * half-written report: SIGINT, SIGTERM and SIGHUP remove the temporary
 * file before qawl dies of the signal.  The new file keeps the mode of
 * the one it replaces (or gets the umask's, as a file a shell creates);
 * a symbolic link stays a link, and the file it points to is replaced.
 * Anything else (/dev/null, a FIFO, a terminal) is written through, never
 * replaced.
 *
 * Diagnostics name files as shown(): control characters, invalid UTF-8
 * and bidi controls in a name are written as escapes, so a file name can
 * neither start a new line (a GitHub "::error" command, a forged
 * diagnostic) nor colour or reorder a terminal.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* The stdio buffer of a report not written to a terminal. */
static char output_buffer[256 * 1024];
static int output_buffer_used;
/* The stream that has it, while it is open: write_file hands it large
 * pieces without the buffer. */
static FILE *direct_out;

/* From how many bytes write_file gives a piece to DIRECT_OUT's file
 * descriptor as it is, after what the stream holds, instead of copying
 * it into the stream's buffer first.  The pieces that large are whole
 * documents the -j workers serialised and the writer's own 16 KB
 * buffer: already one block in memory each, so the copy only cost (some
 * 1.4 M instructions, a fifth of the report's, over the bench's fixed
 * set), while the write(2) for each still moves kilobytes at a time. */
#define OUTPUT_DIRECT 4096

static const char *volatile tmp_path;   /* removed by the signal handler */
static int write_errno;                 /* why the last write failed */

static void on_signal(int sig)
{
    if (tmp_path)
        unlink(tmp_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* mkstemp(TEMPLATE), with the file known to the signal handler before a
 * signal can be handled: a SIGHUP between the two must not leave it. */
static int make_temporary(char *template)
{
    sigset_t block, old;
    int fd;

    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    fd = mkstemp(template);
    if (fd >= 0)
        tmp_path = template;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return fd;
}

void catch_signals(void)
{
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGHUP, on_signal);
}

/* write(2) of all LEN bytes of DATA to FD; 0, or -1 with errno. */
static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

int write_file(const char *data, size_t len, void *user)
{
    FILE *fp = user;

    errno = 0;
    if (fp == direct_out && len >= OUTPUT_DIRECT) {
        if (fflush(fp) == 0 && write_all(fileno(fp), data, len) == 0)
            return 0;
    } else if (fwrite(data, 1, len, fp) == len) {
        return 0;
    }
    write_errno = errno ? errno : EIO;
    return -1;
}

/* ------------------------------------------------------------ names */

/* Writes into OUT (16 bytes) the character at S (N bytes left) as a
 * diagnostic shows it, escaped when it must be; returns the bytes of S it
 * stands for. */
static size_t escape_at(const unsigned char *s, size_t n, char *out)
{
    unsigned cp = 0;
    size_t k = 0;

    if (s[0] >= 0xC2 && s[0] <= 0xF4) {
        k = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
        if (k > n)
            k = 0;
        for (size_t i = 1; i < k; i++)
            if ((s[i] & 0xC0) != 0x80)
                k = 0;
        if (k)
            for (size_t i = 0; i < k; i++)
                cp = i ? cp << 6 | (s[i] & 0x3F)
                       : s[0] & (k == 2 ? 0x1F : k == 3 ? 0x0F : 0x07);
        if ((k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            k = 0;
    } else if (s[0] >= 0x20 && s[0] != 0x7F && s[0] != '\\' && s[0] < 0x80) {
        out[0] = (char)s[0];
        out[1] = '\0';
        return 1;
    }
    if (k == 0) {   /* a control character, a backslash, a stray byte */
        snprintf(out, 8, "\\x%02X", s[0]);
        return 1;
    }
    if (cp == 0x061C || cp == 0x200E || cp == 0x200F ||
        (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
        cp == 0x2028 || cp == 0x2029 || (cp >= 0x80 && cp < 0xA0))
        snprintf(out, 12, "\\u%04X", cp);
    else {
        memcpy(out, s, k);
        out[k] = '\0';
    }
    return k;
}

const char *shown(const char *s)
{
    static _Thread_local char ring[4][1024];
    static _Thread_local unsigned next;
    char *out = ring[next++ % 4], piece[16];
    size_t n = strlen(s), i = 0, used = 0;

    while (i < n) {
        size_t k = escape_at((const unsigned char *)s + i, n - i, piece);
        size_t m = strlen(piece);
        if (used + m + 4 >= sizeof ring[0]) {
            memcpy(out + used, "…", 3);   /* a name too long to show */
            used += 3;
            break;
        }
        memcpy(out + used, piece, m);
        used += m;
        i += k;
    }
    out[used] = '\0';
    return out;
}

void print_error(const options *o, const char *path,
                 const qawl_error *err)
{
    const char *name = shown(err->file[0] ? err->file : path);

    if (o->quiet)
        return;
    if (err->line)
        fprintf(stderr, "qawl: %s:%lu:%lu: error: %s\n", name, err->line,
                err->column, shown(err->message));
    else
        fprintf(stderr, "qawl: %s: error: %s\n", name, shown(err->message));
}

/* "cannot write the report", with why when it is known. */
void print_write_error(const options *o)
{
    const char *where = o->output && strcmp(o->output, "-") != 0
                            ? shown(o->output) : "standard output";

    if (write_errno)
        fprintf(stderr, "qawl: %s: cannot write the report: %s\n", where,
                strerror(write_errno));
    else
        fprintf(stderr, "qawl: %s: cannot write the report\n", where);
}

/* The exit status STATUS, or EXIT_OUTPUT (with a message) when what was
 * written to standard output did not all get there (/dev/full, a closed
 * pipe): a report that was not written is never a success. */
int finish_stdout(int status)
{
    errno = 0;
    if ((fflush(stdout) == 0 && !ferror(stdout)) || status == EXIT_OUTPUT)
        return status;   /* (an output error already said so) */
    fprintf(stderr, "qawl: standard output: write error: %s\n",
            strerror(errno ? errno : EIO));
    return EXIT_OUTPUT;
}

/* ----------------------------------------------------------- -o FILE */

/* Where the report replaces a file: PATH, or the file a symbolic link PATH
 * leads to (caller frees).  *ST gets that file's status; *EXISTS whether
 * there is one. */
static char *target_of(const char *path, struct stat *st, int *exists)
{
    char *real;

    *exists = stat(path, st) == 0;
    if (!*exists)
        return strdup(path);
    real = realpath(path, NULL);   /* through any links */
    return real ? real : strdup(path);
}

/* Opens the report destination: stdout; the file itself when it is not a
 * regular file; else a temporary file next to it that close_output()
 * renames into place.  *TMP is NULL when there is nothing to rename. */
static FILE *open_destination(const options *o, char **tmp)
{
    struct stat st;
    FILE *fp;
    char *target;
    int fd, exists;
    mode_t mask;

    *tmp = NULL;
    write_errno = 0;
    if (o->output == NULL || strcmp(o->output, "-") == 0)
        return stdout;
    target = target_of(o->output, &st, &exists);
    if (target == NULL)
        return NULL;
    if (exists && !S_ISREG(st.st_mode)) {
        free(target);   /* a device, a FIFO: written through */
        return fopen(o->output, "wb");
    }
    *tmp = malloc(strlen(target) + 16);
    if (*tmp == NULL) {
        free(target);
        return NULL;
    }
    sprintf(*tmp, "%s.tmp.XXXXXX", target);
    free(target);
    fd = make_temporary(*tmp);
    if (fd < 0) {
        free(*tmp);
        *tmp = NULL;
        return NULL;
    }
    /* mkstemp makes the file 0600: give it the mode of the file it
     * replaces, or that of a new file under the umask */
    mask = umask(0);
    umask(mask);
    if (fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~mask) != 0) {
        /* not fatal: the report is still written, only its mode differs */
    }
    fp = fdopen(fd, "wb");
    if (fp == NULL) {
        close(fd);
        unlink(*tmp);
        tmp_path = NULL;
        free(*tmp);
        *tmp = NULL;
    }
    return fp;
}

FILE *open_output(const options *o, char **tmp)
{
    FILE *out = open_destination(o, tmp);

    /* a report to a file or a pipe is written in large blocks: a batch
     * writes some 12 KB a document, a write(2) for each 4 KB of it through
     * stdio's buffer; a terminal keeps its line buffering.  (glibc takes
     * the size only with a buffer: given NULL, it allocates its own 4 KB.)
     * One report is open at a time, so one buffer serves. */
    if (out != NULL && !output_buffer_used && !isatty(fileno(out)) &&
        setvbuf(out, output_buffer, _IOFBF, sizeof output_buffer) == 0) {
        output_buffer_used = 1;
        direct_out = out;
    }
    if (out == NULL)
        fprintf(stderr, "qawl: %s: cannot write: %s\n", shown(o->output),
                strerror(errno));
    return out;
}

/* Closes FP; with OK, renames the temporary file TMP over the report's
 * target (the file -o names, or that a link names).  0 or -1. */
int close_output(const options *o, FILE *fp, char *tmp, int ok)
{
    int failed = 0;
    char *target;

    if (fp == stdout) {
        if (fflush(stdout) == 0 && !ferror(stdout))
            return 0;
        write_errno = errno ? errno : EIO;
        return -1;
    }
    if (fp == direct_out)
        direct_out = NULL;
    if (fclose(fp) != 0) {
        write_errno = errno ? errno : EIO;
        failed = 1;
    }
    if (tmp == NULL)   /* written through */
        return failed ? -1 : 0;
    if (ok && !failed) {
        struct stat st;
        int exists;
        target = target_of(o->output, &st, &exists);
        if (target == NULL || rename(tmp, target) != 0) {
            write_errno = errno ? errno : EIO;
            failed = 1;
        }
        free(target);
    }
    if (!ok || failed)
        unlink(tmp);
    tmp_path = NULL;
    free(tmp);
    return failed ? -1 : 0;
}
