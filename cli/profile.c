/*
 * profile.c — how long a run takes: the progress line of a long batch
 * and --profile's table of where the time went.
 */
#include <config.h>

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* Seconds since T (monotonic clock). */
static double seconds_since(const struct timespec *t)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) +
           (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

/* --profile: where the time of a run goes.  The stages' seconds come from
 * the library (QAWL_OPT_PROFILE); reading inputs, loading lexicons and
 * writing reports are timed here.  Seconds are summed over documents and
 * worker threads, so with -j they add up to more than the wall time. */
static struct {
    int on;
    pthread_mutex_t mu;
    struct timespec start;
    double seconds[PROF_PARTS];
    size_t docs;
    double bytes;
} profile = {.mu = PTHREAD_MUTEX_INITIALIZER};

/* The start of a timed part (any value when not profiling). */
struct timespec prof_start(void)
{
    struct timespec t = {0, 0};

    if (profile.on)
        clock_gettime(CLOCK_MONOTONIC, &t);
    return t;
}

/* Adds the time since START to PART. */
void prof_add(int part, const struct timespec *start)
{
    double t;

    if (!profile.on)
        return;
    t = seconds_since(start);
    pthread_mutex_lock(&profile.mu);
    profile.seconds[part] += t;
    pthread_mutex_unlock(&profile.mu);
}

/* Adds the stage times of R, a document of LEN input bytes. */
void prof_result(const qawl_result *r, size_t len)
{
    int s;

    if (!profile.on || r == NULL)
        return;
    pthread_mutex_lock(&profile.mu);
    for (s = 0; s < QAWL_STAGE_COUNT; s++)
        profile.seconds[s] += qawl_result_stage_seconds(r, (qawl_stage)s);
    profile.docs++;
    profile.bytes += (double)len;
    pthread_mutex_unlock(&profile.mu);
}

/* Prints the profile on standard error: each part's seconds and share. */
/* Starts profiling when ON (--profile): the wall clock starts now. */
void prof_enable(int on)
{
    profile.on = on;
    profile.start = prof_start();
}

int prof_enabled(void)
{
    return profile.on;
}

void prof_print(void)
{
    static const char *const extra[] = {"lexicons", "read", "report"};
    double wall, total = 0;
    int i;

    if (!profile.on)
        return;
    wall = seconds_since(&profile.start);
    for (i = 0; i < PROF_PARTS; i++)
        total += profile.seconds[i];
    fprintf(stderr, "qawl: profile: %zu documents, %.1f MB in %.3f s wall "
            "(%.1f MB/s)\n", profile.docs, profile.bytes / 1e6, wall,
            wall > 0 ? profile.bytes / 1e6 / wall : 0);
    fprintf(stderr, "  %-10s %9s %7s\n", "part", "seconds", "share");
    for (i = 0; i < PROF_PARTS; i++)
        fprintf(stderr, "  %-10s %9.4f %6.1f%%\n",
                i < QAWL_STAGE_COUNT ? qawl_stage_name((qawl_stage)i)
                                     : extra[i - QAWL_STAGE_COUNT],
                profile.seconds[i],
                total > 0 ? profile.seconds[i] / total * 100 : 0);
    fprintf(stderr, "  %-10s %9.4f (summed over threads)\n", "total", total);
}

/* The progress line on stderr for long batch runs, only when stderr is a
 * terminal (and not --quiet): documents, megabytes, speed and, when the
 * total is known, the time left. */
void progress_start(progress *p, const options *o, int argc,
                    char **argv)
{
    int i;

    memset(p, 0, sizeof *p);
    p->on = !o->quiet && isatty(STDERR_FILENO);
    clock_gettime(CLOCK_MONOTONIC, &p->start);
    p->last = p->start;
    for (i = 0; p->on && !o->jsonl_input && i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISREG(st.st_mode))
            p->total_bytes += (double)st.st_size;
    }
    p->total_docs = o->jsonl_input ? 0 : (size_t)argc;
}

void progress_step(progress *p, size_t len, int final)
{
    double t, mb, rate;

    p->docs++;
    p->bytes += (double)len;
    if (!p->on || (!final && seconds_since(&p->last) < 0.25))
        return;
    clock_gettime(CLOCK_MONOTONIC, &p->last);
    t = seconds_since(&p->start);
    mb = p->bytes / 1e6;
    rate = t > 0 ? mb / t : 0;
    if (p->total_docs)
        fprintf(stderr, "\rqawl: %zu/%zu files, %.1f MB, %.1f MB/s", p->docs,
                p->total_docs, mb, rate);
    else
        fprintf(stderr, "\rqawl: %zu records, %.1f MB, %.1f MB/s", p->docs, mb,
                rate);
    if (p->total_bytes > 0 && rate > 0 && p->bytes < p->total_bytes)
        fprintf(stderr, ", %.0f s left", (p->total_bytes - p->bytes) / 1e6 / rate);
    fputs(final ? "\n" : "   ", stderr);
}
