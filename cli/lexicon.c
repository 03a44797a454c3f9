/*
 * lexicon.c — which lexicons a run uses (--lexicons, $QAWL_LEXICONS, the
 * source tree, the installed set, plus --lexicon files) and
 * `qawl lexicon check DIR|FILE...`.
 */
#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* The lexicon directory: option, environment, the source tree when this
 * binary runs from its build tree, else the installed one. */
const char *lexicon_dir(const options *o)
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

/* The lexicon set of a run: the directory, then each --lexicon file. */
qawl_lexicon *load_lexicons(const options *o)
{
    qawl_error err = {0};
    qawl_lexicon *lex = qawl_lexicon_load(lexicon_dir(o), &err);
    size_t i;

    if (o->verbose && !o->quiet) {
        fprintf(stderr, "qawl: note: lexicons from %s\n",
                shown(lexicon_dir(o)));
        for (i = 0; i < o->nuser; i++)
            fprintf(stderr, "qawl: note: user lexicon %s\n",
                    shown(o->user_lexicons[i]));
    }

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

/* `qawl lexicon check DIR|FILE...`: a directory is loaded as a lexicon set,
 * a file is added to the default set as a user lexicon. */
int cmd_lexicon_check(const options *o, int argc, char **argv)
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
