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
 * min-confidence win; the file's severities come before the command
 * line's (so those win); its excludes and lexicons are added.  Returns 0
 * or EXIT_USAGE. */
static int apply_settings(options *o, const settings *s, const char *file)
{
    const char *cli_sev[MAX_GLOBS];
    size_t ncli = o->nseverities, i;

    if (o->fail_on == NULL)
        o->fail_on = s->fail_on;
    if (o->min_confidence == 0)
        o->min_confidence = s->min_confidence;
    if (s->nseverities + ncli > MAX_GLOBS ||
        s->nexcludes + o->nexcludes > MAX_GLOBS ||
        s->nlexicons + o->nuser > MAX_USER_LEXICONS) {
        fprintf(stderr, "qawl: %s: error: too many settings\n", file);
        return EXIT_USAGE;
    }
    memcpy(cli_sev, o->severities, ncli * sizeof *cli_sev);
    o->nseverities = 0;
    for (i = 0; i < s->nseverities; i++)
        o->severities[o->nseverities++] = s->severities[i];
    for (i = 0; i < ncli; i++)
        o->severities[o->nseverities++] = cli_sev[i];
    for (i = 0; i < s->nexcludes; i++)
        o->excludes[o->nexcludes++] = s->excludes[i];
    for (i = 0; i < s->nlexicons; i++)
        o->user_lexicons[o->nuser++] = s->lexicons[i];
    return 0;
}

/* Reads --config FILE or the .qawl.conf found upward into S and O. */
static int read_settings(options *o, settings *s)
{
    char conf[PATH_MAX + 16];
    settings_error err = {0};

    if (o->config)
        snprintf(conf, sizeof conf, "%s", o->config);
    else if (!settings_find(conf, sizeof conf))
        return 0;
    if (settings_load(s, conf, &err) != 0) {
        if (err.line)
            fprintf(stderr, "qawl: %s:%lu: error: %s\n", conf, err.line,
                    err.message);
        else
            fprintf(stderr, "qawl: %s: error: %s\n", conf, err.message);
        return EXIT_USAGE;
    }
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

/* Sets each RULE=LEVEL of o->severities on AUDIT; 0 or EXIT_USAGE. */
static int set_severities(const options *o, qawl_audit *audit)
{
    size_t i;

    for (i = 0; i < o->nseverities; i++) {
        char rule[128];
        const char *eq = strchr(o->severities[i], '=');
        qawl_severity sev;
        if (eq == NULL || (size_t)(eq - o->severities[i]) >= sizeof rule ||
            parse_severity(eq + 1, &sev)) {
            fprintf(stderr, "qawl: --severity takes RULE=error|warning|note|off,"
                            " not '%s'\n", o->severities[i]);
            return EXIT_USAGE;
        }
        snprintf(rule, sizeof rule, "%.*s", (int)(eq - o->severities[i]),
                 o->severities[i]);
        if (qawl_audit_set_severity(audit, rule, sev) != QAWL_OK) {
            fprintf(stderr, "qawl: --severity: no rule '%s'\n", rule);
            return EXIT_USAGE;
        }
    }
    return 0;
}

int cmd_check(options *o, int argc, char **argv, int fail_by_default)
{
    qawl_severity fail_on = fail_by_default ? QAWL_SEVERITY_ERROR
                                            : QAWL_SEVERITY_OFF;
    settings s = {0};
    int status = read_settings(o, &s);

    if (status)
        goto exit;
    status = EXIT_USAGE;
    if (audit_format(o, &o->audit_format))
        goto exit;
    if (o->fail_on && parse_severity(o->fail_on, &fail_on)) {
        fprintf(stderr, "qawl: --fail-on takes error, warning, note or never\n");
        goto exit;
    }
    status = EXIT_OUTPUT;
    o->audit = qawl_audit_new();
    if (o->audit == NULL)
        goto exit;
    if (o->min_confidence > 0)
        qawl_audit_set_min_confidence(o->audit, o->min_confidence);
    status = set_severities(o, o->audit);
    if (status)
        goto exit;
    status = cmd_analyze(o, argc, argv);
    if (status == EXIT_OK && fail_on != QAWL_SEVERITY_OFF &&
        qawl_audit_count(o->audit, fail_on) > 0)
        status = EXIT_FINDINGS;
exit:
    qawl_audit_free(o->audit);
    o->audit = NULL;
    settings_free(&s);
    return status;
}
