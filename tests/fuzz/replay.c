/*
 * replay.c — main() for a fuzz target built without libFuzzer: feeds each
 * file named on the command line to LLVMFuzzerTestOneInput(), the way
 * libFuzzer replays a corpus, so `make check` runs every seed and every
 * regression input through the same code (under ASan/UBSan and valgrind
 * when the build or the run asks for them).
 *
 *   replay_analyze FILE...    exit 0 when every input ran, 1 when a file
 *                             cannot be read
 */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Targets without an initialiser link this one. */
__attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

/* Reads the whole file PATH into *DATA (malloc'd); -1 on failure. */
static long read_file(const char *path, uint8_t **data)
{
    FILE *fp = fopen(path, "rb");
    long n;

    *data = NULL;
    if (fp == NULL)
        return -1;
    if (fseek(fp, 0, SEEK_END) != 0 || (n = ftell(fp)) < 0 ||
        fseek(fp, 0, SEEK_SET) != 0 ||
        (*data = malloc((size_t)n + 1)) == NULL ||
        fread(*data, 1, (size_t)n, fp) != (size_t)n) {
        free(*data);
        *data = NULL;
        fclose(fp);
        return -1;
    }
    fclose(fp);
    return n;
}

int main(int argc, char **argv)
{
    int i, status = 0;

    LLVMFuzzerInitialize(&argc, &argv);
    for (i = 1; i < argc; i++) {
        uint8_t *data;
        long n = read_file(argv[i], &data);
        if (n < 0) {
            fprintf(stderr, "%s: cannot read %s\n", argv[0], argv[i]);
            status = 1;
            continue;
        }
        LLVMFuzzerTestOneInput(data, (size_t)n);
        free(data);
    }
    printf("%s: %d inputs\n", argv[0], argc - 1);
    return status;
}
