/*
 * pool.c — the -j worker threads.
 *
 * With -j N, N threads (the main thread one of them) read and analyse
 * files, and write the results in input order themselves: a worker that
 * finishes the next document to write, when no other is writing, writes
 * it and every finished one after it.  No thread waits on each document
 * to write it, so on N cores the N workers have them to themselves (a
 * writer thread beside them woke for every document, and took a core
 * from a worker each time).  Workers stay at most WINDOW_PER_JOB files
 * per thread ahead of the writing, so memory stays bounded however many
 * files there are.  The lexicon set is read-only and shared.
 */
#include <config.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define WINDOW_PER_JOB 64

typedef struct {
    qawl_result *r;
    qawl_error err;
    size_t len;
    int done;
    int failed;         /* serialised: the analysis failed */
    int written;        /* serialised: the fragment writer succeeded */
    char *bytes;        /* serialised: the document's report (free()) */
    size_t nbytes;
} job;

typedef struct {
    const options *o;
    const qawl_lexicon *lex;
    char **argv;
    int argc, next, written, window, stop;
    int writing;        /* a worker is adding finished documents to W */
    int serialize;      /* workers also write each document's report */
    qawl_format format;
    qawl_writer *w;     /* the writing worker's alone */
    progress *pr;       /* the writing worker's alone */
    int *status;        /* the writing worker's alone */
    int broken;         /* the report failed: nothing more is added */
    job *jobs;
    pthread_mutex_t mu;
    pthread_cond_t room;
} pool;

/* Writes document I's report into its job with a fragment writer, so the
 * writing too runs in the worker; frees *R. */
static void serialize_job(pool *p, int i, qawl_result **r, qawl_error *err)
{
    struct timespec t = prof_start();
    qawl_buffer *m = qawl_buffer_new();
    qawl_writer *fw = m ? qawl_writer_new(p->format, qawl_buffer_sink, m)
                        : NULL;
    job *j = &p->jobs[i];

    j->failed = *r == NULL;
    if (fw) {
        qawl_writer_set_options(fw, QAWL_WRITE_FRAGMENT |
                                        (p->o->explain ? QAWL_WRITE_EXPLAIN : 0));
        if (p->o->quote)
            qawl_writer_only_quote(fw, p->o->quote);
        if (p->o->act)
            qawl_writer_only_act(fw, p->o->act);
        j->written = qawl_writer_add(fw, p->argv[i], *r, err) == QAWL_OK;
        qawl_writer_free(fw);
    }
    j->bytes = m ? qawl_buffer_take(m, &j->nbytes) : NULL;
    if (j->bytes == NULL)
        j->written = 0;
    qawl_buffer_free(m);
    qawl_result_free(*r);
    *r = NULL;
    prof_add(PROF_REPORT, &t);
}

/* Reads and analyses document I (serialising its report when the
 * workers write them), into its job.  Runs without the lock: job I is this
 * worker's until it is marked done. */
static void analyze_job(pool *p, int i)
{
    char *buf = NULL;
    size_t len = 0;
    qawl_error err = {0};
    qawl_result *r = NULL;

    /* the analysis takes BUF: a large input is not held twice */
    if (timed_read(p->argv[i], &buf, &len, &err) == 0) {
        r = qawl_analyze_take(p->lex, buf, len,
                              doc_options(p->o, p->argv[i]), &err);
        buf = NULL;
    }
    free(buf);
    if (r) {
        const char *text = qawl_result_input(r, &len);
        note_not_arabic(p->o, p->argv[i], text, len);
    }
    prof_result(r, len);
    if (p->serialize)
        serialize_job(p, i, &r, &err);
    p->jobs[i].r = r;
    p->jobs[i].err = err;
    p->jobs[i].len = len;
}

/* Adds job I, serialised by its worker, to the report W. */
static int report_serialized(const options *o, qawl_writer *w, const char *name,
                             job *j, int *status)
{
    int broken = 0;

    if (j->failed)
        input_failed(o, name, &j->err, status);
    /* a document its worker could not serialise (out of memory) is left
     * out like a failed input; the report goes on */
    if (!j->written) {
        if (!j->failed) {
            qawl_error err = {QAWL_ERR_NOMEM, "", 0, 0, 0, "out of memory"};
            input_failed(o, name, &err, status);
        }
    } else if (qawl_writer_add_serialized(w, j->bytes, j->nbytes) != QAWL_OK) {
        broken = 1;
        *status = EXIT_OUTPUT;
    }
    free(j->bytes);
    j->bytes = NULL;
    return broken ? -1 : 0;
}

/* Adds document I, finished, to the report; returns -1 when the report
 * failed. */
static int report_job(pool *p, int i)
{
    job *j = &p->jobs[i];
    int rc = p->serialize
                 ? report_serialized(p->o, p->w, p->argv[i], j, p->status)
                 : report_one(p->o, p->w, p->argv[i], j->r, &j->err, p->status);

    j->r = NULL;
    progress_step(p->pr, j->len, 0);
    return rc;
}

/* With P->mu held and no worker writing: adds the finished documents
 * from the next one to write on, in order, as long as there are any.  The
 * lock is dropped while writing; documents finished meanwhile are seen
 * when it is taken again. */
static void write_finished(pool *p)
{
    p->writing = 1;
    while (!p->stop && p->written < p->argc && p->jobs[p->written].done) {
        int i = p->written, end = i, rc = 0;

        while (end < p->argc && p->jobs[end].done)
            end++;
        pthread_mutex_unlock(&p->mu);
        for (; i < end && rc == 0; i++)
            rc = report_job(p, i);
        pthread_mutex_lock(&p->mu);
        p->written = i;
        if (rc) {
            p->broken = 1;
            p->stop = 1;
        }
        pthread_cond_broadcast(&p->room);
    }
    p->writing = 0;
}

static void *worker(void *arg)
{
    pool *p = arg;

    pthread_mutex_lock(&p->mu);
    for (;;) {
        int i;

        while (!p->stop && p->next < p->argc &&
               p->next >= p->written + p->window)
            pthread_cond_wait(&p->room, &p->mu);
        if (p->stop || p->next >= p->argc)
            break;
        i = p->next++;
        pthread_mutex_unlock(&p->mu);
        analyze_job(p, i);
        pthread_mutex_lock(&p->mu);
        p->jobs[i].done = 1;
        if (!p->writing)
            write_finished(p);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Analyses the files of ARGV with NTHREADS workers, the calling thread
 * one of them; writes in order.  Returns -1 when the report itself failed
 * (nothing more was added). */
int analyze_parallel(const options *o, const qawl_lexicon *lex,
                      qawl_writer *w, qawl_format format, int argc,
                      char **argv, int nthreads, progress *pr,
                      int *status)
{
    pool p;
    pthread_t *threads = calloc((size_t)nthreads, sizeof *threads);
    int i, started = 0;

    memset(&p, 0, sizeof p);
    p.o = o;
    p.lex = lex;
    p.argv = argv;
    p.argc = argc;
    p.window = nthreads * WINDOW_PER_JOB;
    /* document reports are written by the workers too: only the order is
     * the main thread's */
    p.serialize = w != NULL && o->collect == NULL && o->audit == NULL;
    p.format = format;
    p.w = w;
    p.pr = pr;
    p.status = status;
    p.jobs = calloc((size_t)argc, sizeof *p.jobs);
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.room, NULL);
    if (threads == NULL || p.jobs == NULL) {
        fprintf(stderr, "qawl: out of memory\n");
        *status = EXIT_OUTPUT;
        p.broken = 1;
        goto done;
    }
    /* a thread that cannot start leaves its share to the others; the
     * calling thread works in any case */
    for (i = 1; i < nthreads; i++)
        if (pthread_create(&threads[started], NULL, worker, &p) == 0)
            started++;
    worker(&p);
    for (i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
done:
    for (i = 0; p.jobs && i < argc; i++) {
        qawl_result_free(p.jobs[i].r);   /* left unwritten after a stop */
        free(p.jobs[i].bytes);
    }
    free(p.jobs);
    free(threads);
    pthread_mutex_destroy(&p.mu);
    pthread_cond_destroy(&p.room);
    return p.broken ? -1 : 0;
}
