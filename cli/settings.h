/*
 * settings.h — .qawl.conf, the settings file of check and audit.
 *
 * A small API on purpose: settings_parse() takes bytes and needs nothing
 * else of the CLI, so tests/fuzz/fuzz_settings.c drives it directly.
 * The format is documented in README.md ("Settings") and qawl.1.
 */
#ifndef QAWL_SETTINGS_H
#define QAWL_SETTINGS_H

#include <stddef.h>

#include "qawl.h"

#define SETTINGS_MAX_LIST 32       /* severity and exclude lines */
#define SETTINGS_MAX_LEXICONS 64   /* lexicon lines */

/* What a settings file sets.  Strings are owned by the struct and freed
 * by settings_free(); a setting the file does not name stays NULL / 0. */
typedef struct {
    char *fail_on;                  /* fail-on = LEVEL */
    double min_confidence;          /* min-confidence = X; 0: not set */
    char *severities[SETTINGS_MAX_LIST]; /* "RULE=LEVEL", in file order */
    unsigned long severity_lines[SETTINGS_MAX_LIST]; /* their lines */
    size_t nseverities;
    char *excludes[SETTINGS_MAX_LIST];   /* exclude = GLOB */
    size_t nexcludes;
    char *lexicons[SETTINGS_MAX_LEXICONS]; /* lexicon = FILE, resolved
                                              against the file's directory */
    size_t nlexicons;
} settings;

/* Why a settings file was refused: its line (0: the whole file) and a
 * message. */
typedef struct {
    unsigned long line;
    char message[256];
} settings_error;

/*
 * Parses LEN bytes at TEXT into S (zeroed by the caller).  Relative
 * lexicon paths are resolved against DIR.  Returns 0, or -1 with ERR
 * filled; S then holds what was parsed before the error and must still
 * be freed.
 */
int settings_parse(settings *s, const char *text, size_t len,
                   const char *dir, settings_error *err);

/* Reads and parses the settings file PATH into S (zeroed by the caller).
 * PATH must be a regular file of at most 64 KiB; /dev/null stands for no
 * settings.  Returns 0, or -1 with ERR filled. */
int settings_load(settings *s, const char *path, settings_error *err);

/* Finds .qawl.conf in the current directory or the nearest one above it,
 * up to the repository root (the nearest directory holding .git) or $HOME,
 * whichever comes first; outside both, only the current directory is
 * searched, so a file planted in a shared parent such as /tmp never
 * applies.  Writes its path into PATH (SIZE bytes).  Returns 1 when found. */
int settings_find(char *path, size_t size);

/* A level: error, warning, note, or off (also "never").  0 or -1. */
int settings_parse_level(const char *s, qawl_severity *level);

/* A confidence threshold: a number in (0, 1].  0 or -1. */
int settings_parse_confidence(const char *s, double *confidence);

/* Frees the strings of S and zeroes it. */
void settings_free(settings *s);

#endif
