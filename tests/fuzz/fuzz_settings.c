/*
 * fuzz_settings.c — libFuzzer target for the settings parser
 * (cli/settings.c): arbitrary bytes as a .qawl.conf.
 *
 * Each input is parsed with settings_parse(), the function `qawl check`
 * and `qawl audit` run on the file's bytes.  Besides crashes, leaks and
 * undefined behaviour, a finding is a parse that breaks the parser's
 * promises: an accepted file whose values the command line would refuse
 * (a level that is not one, a confidence outside (0, 1]), a severity
 * without RULE=LEVEL, a lexicon path not resolved against the file's
 * directory, or a refusal without a line and a message.
 *
 * Built with libFuzzer by ./configure --enable-fuzzing CC=clang; built
 * without it (tests/fuzz/replay.c supplies main) the same code replays
 * the seeds and regressions in `make check`.
 */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "settings.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define DIR "/settings-dir"

/* Aborts unless the settings S keep the promises above. */
static void check_accepted(const settings *s)
{
    qawl_severity level;
    size_t i;

    if (s->fail_on && settings_parse_level(s->fail_on, &level))
        abort();
    if (s->min_confidence != 0 &&
        !(s->min_confidence > 0 && s->min_confidence <= 1))
        abort();
    for (i = 0; i < s->nseverities; i++) {
        const char *eq = strchr(s->severities[i], '=');
        if (eq == NULL || settings_parse_level(eq + 1, &level) ||
            s->severity_lines[i] == 0)
            abort();
    }
    for (i = 0; i < s->nexcludes; i++)
        if (s->excludes[i][0] == '\0')
            abort();
    for (i = 0; i < s->nlexicons; i++)
        if (s->lexicons[i][0] != '/')
            abort();   /* absolute, or DIR/relative */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    settings s;
    settings_error err;

    memset(&s, 0, sizeof s);
    memset(&err, 0, sizeof err);
    if (settings_parse(&s, (const char *)data, size, DIR, &err) == 0)
        check_accepted(&s);
    else if (err.line == 0 || err.message[0] == '\0')
        abort();   /* a refusal names its line and says why */
    settings_free(&s);
    return 0;
}
