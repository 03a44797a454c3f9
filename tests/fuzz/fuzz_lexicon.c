/*
 * fuzz_lexicon.c — libFuzzer target for the lexicon loader: arbitrary
 * bytes as a lexicon file.
 *
 * Each input is loaded into a fresh, empty lexicon set through
 * qawl_lexicon_add_file() (its "#+kind:" header picks the category), from
 * an anonymous memory file, so nothing touches the disk and no state
 * carries over between inputs.  A malformed file must give an error with
 * its file, line and column, never a crash or a leak.
 *
 * The empty set is made with the library's internal allocator (the target
 * links the internal library, as the Check tests do): a loaded set would
 * cost milliseconds per input, and adding to one set would let it grow.
 */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Writes all of DATA to FD; 0 or -1. */
static int write_all(int fd, const uint8_t *data, size_t size)
{
    while (size > 0) {
        ssize_t n = write(fd, data, size);
        if (n <= 0)
            return -1;
        data += n;
        size -= (size_t)n;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qawl_lexicon *lex;
    qawl_error err = {0};
    char path[64];
    int fd = memfd_create("lexicon", 0);

    if (fd < 0)
        return 0;
    lex = qawlp_calloc(1, sizeof *lex);
    if (lex != NULL && write_all(fd, data, size) == 0) {
        snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
        if (qawl_lexicon_add_file(lex, path, &err) != QAWL_OK &&
            err.code == QAWL_OK)
            abort();   /* a failure must say what failed */
    }
    qawl_lexicon_free(lex);
    close(fd);
    return 0;
}
