/*
 * settings.c — reads .qawl.conf, the settings of check and audit.
 *
 * A settings file is UTF-8 text of "key = value" lines; blank lines and
 * lines starting with # are ignored:
 *
 *   fail-on = warning              min-confidence = 0.7
 *   severity anonymous-source = off
 *   lexicon = newsroom.txt         exclude = archive/old
 *
 * Paths are relative to the file's directory.  The caller (check.c) lets
 * options on the command line win over the file.
 */
#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "settings.h"

/* A settings file is a few lines; anything larger is not one. */
#define SETTINGS_MAX_BYTES ((size_t)64 << 10)

static int fail(settings_error *err, unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Fills ERR; returns -1. */
static int fail(settings_error *err, unsigned long line, const char *fmt, ...)
{
    va_list ap;

    err->line = line;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return -1;
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

/* Appends a copy of VALUE to the list V of N entries (MAX at most). */
static int push(char **v, size_t *n, size_t max, const char *value)
{
    if (*n == max)
        return -1;
    v[*n] = strdup(value);
    return v[*n] ? (int)((*n)++, 0) : -1;
}

/* Joins "A" "SEP" "B" into a new string (NULL: out of memory). */
static char *join(const char *a, const char *sep, const char *b)
{
    size_t n = strlen(a) + strlen(sep) + strlen(b) + 1;
    char *s = malloc(n);

    if (s)
        snprintf(s, n, "%s%s%s", a, sep, b);
    return s;
}

/* Applies the setting KEY = VAL of line N; 0 or -1 with ERR filled. */
static int apply(settings *s, const char *key, const char *val,
                 const char *dir, unsigned long n, settings_error *err)
{
    char *joined;
    int rc;

    if (strcmp(key, "fail-on") == 0) {
        free(s->fail_on);
        s->fail_on = strdup(val);
        rc = s->fail_on ? 0 : -1;
    } else if (strcmp(key, "min-confidence") == 0) {
        s->min_confidence = strtod(val, NULL);
        rc = 0;
    } else if (strncmp(key, "severity ", 9) == 0) {
        joined = join(trim_space((char *)key + 9), "=", val);
        rc = joined ? push(s->severities, &s->nseverities, SETTINGS_MAX_LIST,
                           joined) : -1;
        free(joined);
    } else if (strcmp(key, "exclude") == 0) {
        rc = push(s->excludes, &s->nexcludes, SETTINGS_MAX_LIST, val);
    } else if (strcmp(key, "lexicon") == 0) {
        joined = val[0] == '/' ? strdup(val) : join(dir, "/", val);
        rc = joined ? push(s->lexicons, &s->nlexicons, SETTINGS_MAX_LEXICONS,
                           joined) : -1;
        free(joined);
    } else {
        return fail(err, n, "unknown setting '%s'", key);
    }
    return rc ? fail(err, n, "too many settings") : 0;
}

/* Parses line N (NUL-terminated, changed in place). */
static int parse_line(settings *s, char *line, const char *dir,
                      unsigned long n, settings_error *err)
{
    char *key = trim_space(line), *val, *eq;

    if (*key == '\0' || *key == '#')
        return 0;
    eq = strchr(key, '=');
    if (eq == NULL)
        return fail(err, n, "expected key = value");
    *eq = '\0';
    val = trim_space(eq + 1);
    key = trim_space(key);
    return apply(s, key, val, dir, n, err);
}

int settings_parse(settings *s, const char *text, size_t len,
                   const char *dir, settings_error *err)
{
    unsigned long n = 0;
    size_t at = 0;
    int rc = 0;

    while (rc == 0 && at < len) {
        const char *nl = memchr(text + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - text) : len;
        char *line = strndup(text + at, end - at);

        n++;
        if (line == NULL)
            return fail(err, n, "out of memory");
        rc = parse_line(s, line, dir, n, err);
        free(line);
        at = end + 1;
    }
    return rc;
}

/* Reads at most SETTINGS_MAX_BYTES of FP into BUF (caller frees). */
static int read_bounded(FILE *fp, char **buf, size_t *len)
{
    char *b = malloc(SETTINGS_MAX_BYTES + 1);
    size_t n;

    if (b == NULL)
        return ENOMEM;
    n = fread(b, 1, SETTINGS_MAX_BYTES + 1, fp);
    if (ferror(fp)) {
        free(b);
        return errno ? errno : EIO;
    }
    if (n > SETTINGS_MAX_BYTES) {
        free(b);
        return EFBIG;
    }
    *buf = b;
    *len = n;
    return 0;
}

int settings_load(settings *s, const char *path, settings_error *err)
{
    const char *slash = strrchr(path, '/');
    char dir[PATH_MAX], *text = NULL;
    size_t len = 0;
    FILE *fp = fopen(path, "r");
    int e, rc;

    if (fp == NULL)
        return fail(err, 0, "cannot open: %s", strerror(errno));
    e = read_bounded(fp, &text, &len);
    fclose(fp);
    if (e == EFBIG)
        return fail(err, 0, "larger than %zu bytes: not a settings file",
                    SETTINGS_MAX_BYTES);
    if (e)
        return fail(err, 0, "cannot read: %s", strerror(e));
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - path) : 1,
             slash ? path : ".");
    rc = settings_parse(s, text, len, dir, err);
    free(text);
    return rc;
}

int settings_find(char *path, size_t size)
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

void settings_free(settings *s)
{
    size_t i;

    free(s->fail_on);
    for (i = 0; i < s->nseverities; i++)
        free(s->severities[i]);
    for (i = 0; i < s->nexcludes; i++)
        free(s->excludes[i]);
    for (i = 0; i < s->nlexicons; i++)
        free(s->lexicons[i]);
    memset(s, 0, sizeof *s);
}
