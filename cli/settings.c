/*
 * settings.c — reads .qawl.conf, the settings of check and audit.
 *
 * A settings file is UTF-8 text of "key = value" lines.  A # at the
 * start of a line or after a space or tab starts a comment that runs to
 * the end of the line, so every setting may carry one:
 *
 *   fail-on = warning              # the lowest level that fails
 *   min-confidence = 0.7
 *   severity anonymous-source = off
 *   lexicon = newsroom.txt         # relative to the file's directory
 *   exclude = archive/old
 *
 * Values are checked as the command line checks them, and a wrong line
 * is an error naming its line.  Lines may be of any length (a long line is
 * never read as two).  The file is a regular file of bounded size: a FIFO
 * or a device would block or never end.  The caller (check.c) lets options
 * on the command line win over the file.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

/* Cuts LINE at its comment: a # at its start or after a space or tab (a
 * # inside a value, as in a glob "draft#2", stays). */
static void cut_comment(char *line)
{
    char *p;

    for (p = line; *p; p++)
        if (*p == '#' && (p == line || p[-1] == ' ' || p[-1] == '\t')) {
            *p = '\0';
            return;
        }
}

int settings_parse_level(const char *s, qawl_severity *level)
{
    if (strcmp(s, "error") == 0)
        *level = QAWL_SEVERITY_ERROR;
    else if (strcmp(s, "warning") == 0)
        *level = QAWL_SEVERITY_WARNING;
    else if (strcmp(s, "note") == 0)
        *level = QAWL_SEVERITY_NOTE;
    else if (strcmp(s, "off") == 0 || strcmp(s, "never") == 0)
        *level = QAWL_SEVERITY_OFF;
    else
        return -1;
    return 0;
}

int settings_parse_confidence(const char *s, double *confidence)
{
    char *end;
    double x;

    errno = 0;
    x = strtod(s, &end);
    /* !(x > 0) also refuses NaN */
    if (end == s || *end || errno || !(x > 0) || x > 1)
        return -1;
    *confidence = x;
    return 0;
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
    qawl_severity level;
    char *joined;
    int rc;

    if (strcmp(key, "fail-on") == 0) {
        if (settings_parse_level(val, &level))
            return fail(err, n, "fail-on takes error, warning, note or never,"
                        " not '%s'", val);
        free(s->fail_on);
        s->fail_on = strdup(val);
        rc = s->fail_on ? 0 : -1;
    } else if (strcmp(key, "min-confidence") == 0) {
        if (settings_parse_confidence(val, &s->min_confidence))
            return fail(err, n, "min-confidence takes a number in (0, 1],"
                        " not '%s'", val);
        rc = 0;
    } else if (strncmp(key, "severity ", 9) == 0) {
        if (settings_parse_level(val, &level))
            return fail(err, n, "severity takes error, warning, note or off,"
                        " not '%s'", val);
        if (s->nseverities < SETTINGS_MAX_LIST)
            s->severity_lines[s->nseverities] = n;
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
    char *key, *val, *eq;

    cut_comment(line);
    key = trim_space(line);
    if (*key == '\0')
        return 0;
    eq = strchr(key, '=');
    if (eq == NULL)
        return fail(err, n, "expected key = value");
    *eq = '\0';
    val = trim_space(eq + 1);
    key = trim_space(key);
    if (*val == '\0')
        return fail(err, n, "'%s' has no value", key);
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

/* Reads the regular file open on FD, at most SETTINGS_MAX_BYTES, into
 * *BUF (caller frees).  Returns 0 or -1 with ERR filled. */
static int read_regular(int fd, char **buf, size_t *len, settings_error *err)
{
    struct stat st;
    size_t n = 0;
    char *b;

    if (fstat(fd, &st) != 0)
        return fail(err, 0, "cannot read: %s", strerror(errno));
    if (!S_ISREG(st.st_mode))
        return fail(err, 0, "not a regular file (a settings file is a text "
                    "file of at most %zu bytes)", SETTINGS_MAX_BYTES);
    if (st.st_size > (off_t)SETTINGS_MAX_BYTES)
        return fail(err, 0, "larger than %zu bytes: not a settings file",
                    SETTINGS_MAX_BYTES);
    b = malloc(SETTINGS_MAX_BYTES + 1);
    if (b == NULL)
        return fail(err, 0, "out of memory");
    /* the size may change while reading: never read past the bound */
    for (;;) {
        ssize_t got = read(fd, b + n, SETTINGS_MAX_BYTES + 1 - n);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            free(b);
            return fail(err, 0, "cannot read: %s", strerror(errno));
        }
        if (got == 0)
            break;
        n += (size_t)got;
        if (n > SETTINGS_MAX_BYTES) {
            free(b);
            return fail(err, 0, "larger than %zu bytes: not a settings file",
                        SETTINGS_MAX_BYTES);
        }
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
    int fd, rc;

    if (strcmp(path, "/dev/null") == 0)
        return 0;   /* the usual way to say "no settings" */
    /* O_NONBLOCK: opening a FIFO must not wait for a writer */
    fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(err, 0, "cannot open: %s", strerror(errno));
    rc = read_regular(fd, &text, &len, err);
    close(fd);
    if (rc)
        return rc;
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - path) : 1,
             slash ? path : ".");
    rc = settings_parse(s, text, len, dir, err);
    free(text);
    return rc;
}

/* Whether directory DIR holds ENTRY (any kind of file). */
static int holds(const char *dir, const char *entry)
{
    char path[PATH_MAX + 16];
    struct stat st;

    snprintf(path, sizeof path, "%s/%s", strcmp(dir, "/") ? dir : "", entry);
    return lstat(path, &st) == 0;
}

/* The directory where the upward search stops, into STOP: the nearest of
 * DIR and its parents that holds .git or is $HOME; DIR itself when there
 * is none. */
static void search_boundary(const char *dir, char *stop, size_t size)
{
    const char *env = getenv("HOME");
    char up[PATH_MAX], real_home[PATH_MAX];
    /* the current directory is a physical path: so must $HOME be */
    const char *home = env && *env && realpath(env, real_home) ? real_home
                                                                : env;

    snprintf(up, sizeof up, "%s", dir);
    for (;;) {
        char *slash;
        if (holds(up, ".git") || (home && *home && strcmp(up, home) == 0)) {
            snprintf(stop, size, "%s", up);
            return;
        }
        slash = strrchr(up, '/');
        if (slash == NULL || strcmp(up, "/") == 0)
            break;
        if (slash == up)
            slash[1] = '\0';   /* up to "/" */
        else
            *slash = '\0';
    }
    snprintf(stop, size, "%s", dir);
}

int settings_find(char *path, size_t size)
{
    char dir[PATH_MAX], stop[PATH_MAX];

    /* (also tells the compiler PATH is no null pointer, which it cannot
     * see through inlining at -O3 with the sanitizers) */
    if (path == NULL || size == 0 || getcwd(dir, sizeof dir) == NULL)
        return 0;
    search_boundary(dir, stop, sizeof stop);
    for (;;) {
        char *slash;
        snprintf(path, size, "%s/.qawl.conf", strcmp(dir, "/") ? dir : "");
        if (access(path, F_OK) == 0)
            return 1;
        slash = strrchr(dir, '/');
        if (strcmp(dir, stop) == 0 || slash == NULL || strcmp(dir, "/") == 0)
            return 0;
        if (slash == dir)
            slash[1] = '\0';
        else
            *slash = '\0';
    }
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
