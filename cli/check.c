/*
 * check.c — `qawl check` and `qawl audit`: the attribution audit of
 * drafts.  check fails (exit 1) on findings at --fail-on or above
 * (default: error); audit only lists them.  Both read .qawl.conf
 * (settings.c); options on the command line win over it.
 */
#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "settings.h"

/* Completes O with the settings S of FILE: the command line's fail-on and
 * min-confidence win; the file's excludes and lexicons are added (its
 * severities are set by set_severities, before the command line's).
 * Returns 0 or EXIT_USAGE. */
static int apply_settings(options *o, const settings *s, const char *file)
{
    size_t i;

    if (o->fail_on == NULL)
        o->fail_on = s->fail_on;
    if (o->min_confidence == 0)
        o->min_confidence = s->min_confidence;
    if (s->nexcludes + o->nexcludes > MAX_GLOBS ||
        s->nlexicons + o->nuser > MAX_USER_LEXICONS) {
        fprintf(stderr, "qawl: %s: error: too many settings\n", shown(file));
        return EXIT_USAGE;
    }
    for (i = 0; i < s->nexcludes; i++)
        o->excludes[o->nexcludes++] = s->excludes[i];
    for (i = 0; i < s->nlexicons; i++)
        o->user_lexicons[o->nuser++] = s->lexicons[i];
    return 0;
}

/* Reads --config FILE or the .qawl.conf found upward into S and O, and
 * names it in FILE (SIZE bytes; "" when there is none).  audit, and
 * check with --verbose, say which file was used: a settings file can
 * silence rules, so a reader of the findings must be able to see it. */
static int read_settings(options *o, settings *s, char *conf, size_t size,
                         int audit)
{
    settings_error err = {0};

    conf[0] = '\0';
    if (o->config)
        snprintf(conf, size, "%s", o->config);
    else if (!settings_find(conf, size)) {
        conf[0] = '\0';
        if (o->verbose && !o->quiet)
            fprintf(stderr, "qawl: note: no settings file (.qawl.conf)\n");
        return 0;
    }
    if (settings_load(s, conf, &err) != 0) {
        if (err.line)
            fprintf(stderr, "qawl: %s:%lu: error: %s\n", shown(conf), err.line,
                    err.message);
        else
            fprintf(stderr, "qawl: %s: error: %s\n", shown(conf), err.message);
        return EXIT_USAGE;
    }
    if ((o->verbose || audit) && !o->quiet)
        fprintf(stderr, "qawl: note: settings from %s\n", shown(conf));
    return apply_settings(o, s, conf);
}

/* -f for check and audit: text (default), github, sarif or json. */
static int audit_format(const options *o, qawl_format *f)
{
    *f = QAWL_FORMAT_TEXT;
    if (o->format == NULL || strcmp(o->format, "text") == 0)
        return 0;
    if (strcmp(o->format, "github") == 0)
        *f = QAWL_FORMAT_GITHUB;
    else if (strcmp(o->format, "sarif") == 0)
        *f = QAWL_FORMAT_SARIF;
    else if (strcmp(o->format, "json") == 0)
        *f = QAWL_FORMAT_JSON;
    else {
        fprintf(stderr, "qawl: unknown format '%s' (text, github, sarif, "
                        "json)\n", o->format);
        return -1;
    }
    return 0;
}

/* Sets RULE=LEVEL (SPEC) on AUDIT.  WHERE names its origin in a
 * diagnostic ("--severity" or FILE:LINE).  Returns 0 or EXIT_USAGE. */
static int set_severity(qawl_audit *audit, const char *spec, const char *where)
{
    char rule[128];
    const char *eq = strchr(spec, '=');
    qawl_severity sev;

    if (eq == NULL || (size_t)(eq - spec) >= sizeof rule ||
        settings_parse_level(eq + 1, &sev)) {
        fprintf(stderr, "qawl: %s: error: severity takes "
                        "RULE=error|warning|note|off, not '%s'\n", where, spec);
        return EXIT_USAGE;
    }
    snprintf(rule, sizeof rule, "%.*s", (int)(eq - spec), spec);
    if (qawl_audit_set_severity(audit, rule, sev) != QAWL_OK) {
        fprintf(stderr, "qawl: %s: error: no rule '%s'\n", shown(where),
                shown(rule));
        return EXIT_USAGE;
    }
    return 0;
}

/* Sets the severities of the settings S (of FILE), then those of the
 * command line, which win.  Returns 0 or EXIT_USAGE. */
static int set_severities(const options *o, const settings *s,
                          const char *file, qawl_audit *audit)
{
    char where[PATH_MAX + 32];
    size_t i;

    for (i = 0; i < s->nseverities; i++) {
        snprintf(where, sizeof where, "%s:%lu", file, s->severity_lines[i]);
        if (set_severity(audit, s->severities[i], where))
            return EXIT_USAGE;
    }
    for (i = 0; i < o->nseverities; i++)
        if (set_severity(audit, o->severities[i], "--severity"))
            return EXIT_USAGE;
    return 0;
}

int cmd_check(options *o, int argc, char **argv, int fail_by_default)
{
    qawl_severity fail_on = fail_by_default ? QAWL_SEVERITY_ERROR
                                            : QAWL_SEVERITY_OFF;
    settings s = {0};
    char conf[PATH_MAX + 16];
    int status = read_settings(o, &s, conf, sizeof conf, !fail_by_default);

    if (status)
        goto exit;
    status = EXIT_USAGE;
    if (audit_format(o, &o->audit_format))
        goto exit;
    if (o->fail_on && settings_parse_level(o->fail_on, &fail_on)) {
        fprintf(stderr, "qawl: --fail-on takes error, warning, note or never\n");
        goto exit;
    }
    status = EXIT_OUTPUT;
    o->audit = qawl_audit_new();
    if (o->audit == NULL)
        goto exit;
    if (o->min_confidence > 0)
        qawl_audit_set_min_confidence(o->audit, o->min_confidence);
    status = set_severities(o, &s, conf, o->audit);
    if (status)
        goto exit;
    status = cmd_analyze(o, argc, argv);
    /* audit lists findings and never fails on them, whatever fail-on a
     * shared settings file or the command line gives */
    if (status == EXIT_OK && fail_by_default && fail_on != QAWL_SEVERITY_OFF &&
        qawl_audit_count(o->audit, fail_on) > 0)
        status = EXIT_FINDINGS;
exit:
    qawl_audit_free(o->audit);
    o->audit = NULL;
    settings_free(&s);
    return status;
}
