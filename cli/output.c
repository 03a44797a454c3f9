/*
 * output.c — where reports and diagnostics go.
 *
 * Output to -o FILE is written to a temporary file beside it and renamed
 * into place only when every byte was written, so a failed or interrupted
 * run never leaves a half-written report: SIGINT and SIGTERM remove the
 * temporary file before qawl dies of the signal.
 */
#include <config.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char *tmp_path;   /* removed by the signal handler */

static void on_signal(int sig)
{
    if (tmp_path)
        unlink(tmp_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

void catch_signals(void)
{
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
}

int write_file(const char *data, size_t len, void *user)
{
    return fwrite(data, 1, len, user) == len ? 0 : -1;
}

void print_error(const options *o, const char *path,
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

/* Opens the report destination: stdout, or a temporary file next to
 * o->output that commit_output() renames into place. */
FILE *open_output(const options *o, char **tmp)
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

int close_output(const options *o, FILE *fp, char *tmp, int ok)
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
