/*
 * mkimage.c — `mkimage DIR OUT`: writes the compiled image of the
 * lexicon directory DIR's shipped files to OUT (run by `make`; see
 * "compiled image" in lexicon.c).  Built against the library's internals
 * (libqawl_core), never installed.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

int main(int argc, char **argv)
{
    qawl_error err = {0};

    if (argc != 3) {
        fprintf(stderr, "usage: mkimage LEXICON-DIR OUT\n");
        return 2;
    }
    if (qawlp_lexicon_image_write(argv[1], argv[2], &err) != QAWL_OK) {
        fprintf(stderr, "mkimage: %s:%lu: %s\n",
                err.file[0] ? err.file : argv[2], err.line, err.message);
        return 1;
    }
    return 0;
}
