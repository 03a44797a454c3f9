/*
 * dlclose.c — a thread that analysed a text may end after the library is
 * unloaded: segment.c's per-thread word table is freed by a pthread key
 * destructor, which must not run once the library's code is gone.
 *
 * Usage: dlclose LIBRARY LEXICON-DIR.  Loads LIBRARY with dlopen, loads
 * the lexicons, analyses one sentence in a thread, frees the lexicons and
 * unloads the library while that thread still runs, then lets the thread
 * end.  Exits 0 when the thread ended; a crash is the failure.
 * (tests/dlclose.sh runs it on the built libqawl.so.)
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

typedef void *(*load_fn)(const char *dir, void *err);
typedef void *(*analyze_fn)(const void *lex, const char *text, size_t len,
                            unsigned options, void *err);
typedef void (*free_fn)(void *p);

static void *lexicons;
static analyze_fn analyze;
static free_fn result_free;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t moved = PTHREAD_COND_INITIALIZER;
static int stage;            /* 1: analysed; 2: the library is gone */
static int analysed;

/* Analyses a sentence, then waits until the library is unloaded. */
static void *worker(void *arg)
{
    static const char text[] = "قال الوزير إن \"الوضع صعب\".";
    void *r = analyze(lexicons, text, strlen(text), 0, NULL);

    analysed = r != NULL;
    result_free(r);
    pthread_mutex_lock(&mu);
    stage = 1;
    pthread_cond_broadcast(&moved);
    while (stage < 2)
        pthread_cond_wait(&moved, &mu);
    pthread_mutex_unlock(&mu);
    return arg;                /* ends with the library unloaded */
}

int main(int argc, char **argv)
{
    void *lib;
    pthread_t th;
    free_fn lexicon_free;

    if (argc != 3) {
        fprintf(stderr, "usage: dlclose LIBRARY LEXICON-DIR\n");
        return 2;
    }
    lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL) {
        fprintf(stderr, "dlclose: %s\n", dlerror());
        return 1;
    }
    analyze = (analyze_fn)dlsym(lib, "qawl_analyze");
    result_free = (free_fn)dlsym(lib, "qawl_result_free");
    lexicon_free = (free_fn)dlsym(lib, "qawl_lexicon_free");
    lexicons = analyze && result_free && lexicon_free
        ? ((load_fn)dlsym(lib, "qawl_lexicon_load"))(argv[2], NULL)
        : NULL;
    if (lexicons == NULL || pthread_create(&th, NULL, worker, NULL) != 0) {
        fprintf(stderr, "dlclose: no lexicons or no thread\n");
        return 1;
    }
    pthread_mutex_lock(&mu);
    while (stage < 1)
        pthread_cond_wait(&moved, &mu);
    pthread_mutex_unlock(&mu);
    lexicon_free(lexicons);
    dlclose(lib);
    pthread_mutex_lock(&mu);
    stage = 2;
    pthread_cond_broadcast(&moved);
    pthread_mutex_unlock(&mu);
    pthread_join(th, NULL);
    if (!analysed) {
        fprintf(stderr, "dlclose: the analysis failed\n");
        return 1;
    }
    printf("dlclose: the thread ended after the library was unloaded\n");
    return 0;
}
