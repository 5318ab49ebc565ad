/*
 * Ordered parallel pipeline (see pipeline.h).
 *
 * Layout: a ring of `depth` slots indexed by sequence number % depth and
 * three counters, next_emit <= next_take <= next_push:
 *
 *     seq:    ... | emitted | taken by workers (RUNNING/DONE) | QUEUED | free
 *                 next_emit ^                        next_take ^  next_push ^
 *
 * The pusher waits while next_push - next_emit == depth (backpressure).
 * Workers take the next QUEUED slot, work on it unlocked, mark it DONE, then
 * drain: whichever thread finds no drain in progress emits every DONE slot
 * from next_emit onwards, in order, dropping the lock around each emit_fn
 * call. A worker that finishes while another drains leaves its slot DONE; the
 * draining thread re-checks under the lock after each emit, so nothing is
 * stranded. One mutex guards every field; emit_fn runs on whichever thread
 * drains, never two at once.
 */
#include "cli/pipeline.h"
#include <pthread.h>
#include <stdlib.h>

enum { SLOT_EMPTY = 0, SLOT_QUEUED, SLOT_RUNNING, SLOT_DONE };

typedef struct slot {
    tac_doc *doc;
    int status;               /* work_fn's return value                        */
    int state;                /* SLOT_*                                        */
} slot;

struct cli_pipeline {
    pthread_mutex_t mu;
    pthread_cond_t has_work;  /* workers: a slot was queued or closing is set  */
    pthread_cond_t has_room;  /* pusher and finish: a slot was emitted         */
    slot *ring;
    size_t depth;
    uint64_t next_push, next_take, next_emit;
    bool draining, closing, stopped;
    int stop_status;
    pthread_t *threads;
    int nthreads;             /* threads running; 0 = inline mode              */
    cli_work_fn work;
    cli_emit_fn emit;
    void *ctx;
};

typedef struct worker_arg {
    cli_pipeline *p;
    int index;
} worker_arg;

/* Called and returns with p->mu held. */
static void drain(cli_pipeline *p)
{
    if (p->draining)
        return;
    p->draining = true;
    while (p->next_emit < p->next_take) {
        slot *s = &p->ring[p->next_emit % p->depth];
        if (s->state != SLOT_DONE)
            break;
        tac_doc *doc = s->doc;
        int status = s->status;
        bool skip = p->stopped;
        pthread_mutex_unlock(&p->mu);
        int rc = skip ? 0 : p->emit(doc, status, p->ctx);
        tac_doc_free(doc);
        pthread_mutex_lock(&p->mu);
        if (rc && !p->stopped) {
            p->stopped = true;
            p->stop_status = rc;
        }
        s->doc = NULL;
        s->state = SLOT_EMPTY;
        p->next_emit++;
        pthread_cond_broadcast(&p->has_room);
    }
    p->draining = false;
}

static void *worker_main(void *arg)
{
    worker_arg *wa = arg;
    cli_pipeline *p = wa->p;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->next_take == p->next_push && !p->closing)
            pthread_cond_wait(&p->has_work, &p->mu);
        if (p->next_take == p->next_push)
            break;   /* closing and nothing left */
        slot *s = &p->ring[p->next_take % p->depth];
        p->next_take++;
        s->state = SLOT_RUNNING;
        bool skip = p->stopped;
        pthread_mutex_unlock(&p->mu);
        int status = skip ? 0 : p->work(s->doc, wa->index, p->ctx);
        pthread_mutex_lock(&p->mu);
        s->status = status;
        s->state = SLOT_DONE;
        drain(p);
    }
    pthread_mutex_unlock(&p->mu);
    free(wa);
    return NULL;
}

cli_pipeline *cli_pipeline_new(int nthreads, size_t depth, cli_work_fn work, cli_emit_fn emit,
                               void *ctx)
{
    if (!work || !emit)
        return NULL;
    cli_pipeline *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->work = work;
    p->emit = emit;
    p->ctx = ctx;
    if (nthreads <= 1)
        return p;   /* inline mode */
    if (nthreads > 1024)
        nthreads = 1024;
    p->depth = depth ? depth : (size_t)nthreads * 4 < 8 ? 8 : (size_t)nthreads * 4;
    p->ring = calloc(p->depth, sizeof *p->ring);
    p->threads = calloc((size_t)nthreads, sizeof *p->threads);
    if (!p->ring || !p->threads) {
        free(p->ring);
        free(p->threads);
        free(p);
        return NULL;
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->has_work, NULL);
    pthread_cond_init(&p->has_room, NULL);
    for (int i = 0; i < nthreads; i++) {
        worker_arg *wa = malloc(sizeof *wa);
        if (!wa)
            break;
        *wa = (worker_arg){p, i};
        if (pthread_create(&p->threads[i], NULL, worker_main, wa) != 0) {
            free(wa);
            break;
        }
        p->nthreads++;
    }
    if (p->nthreads == 0) {   /* no thread could start: run inline */
        pthread_cond_destroy(&p->has_room);
        pthread_cond_destroy(&p->has_work);
        pthread_mutex_destroy(&p->mu);
        free(p->ring);
        free(p->threads);
        p->ring = NULL;
        p->threads = NULL;
    }
    return p;
}

int cli_pipeline_push(cli_pipeline *p, tac_doc *doc)
{
    if (p->nthreads == 0) {
        if (p->stopped) {
            tac_doc_free(doc);
            return p->stop_status;
        }
        int status = p->work(doc, 0, p->ctx);
        int rc = p->emit(doc, status, p->ctx);
        tac_doc_free(doc);
        if (rc) {
            p->stopped = true;
            p->stop_status = rc;
        }
        return rc;
    }
    pthread_mutex_lock(&p->mu);
    while (!p->stopped && p->next_push - p->next_emit >= p->depth)
        pthread_cond_wait(&p->has_room, &p->mu);
    if (p->stopped) {
        int rc = p->stop_status;
        pthread_mutex_unlock(&p->mu);
        tac_doc_free(doc);
        return rc;
    }
    slot *s = &p->ring[p->next_push % p->depth];
    s->doc = doc;
    s->status = 0;
    s->state = SLOT_QUEUED;
    p->next_push++;
    pthread_cond_signal(&p->has_work);
    pthread_mutex_unlock(&p->mu);
    return 0;
}

int cli_pipeline_finish(cli_pipeline *p)
{
    if (!p)
        return 0;
    int rc = p->stop_status;
    if (p->nthreads > 0) {
        pthread_mutex_lock(&p->mu);
        p->closing = true;
        pthread_cond_broadcast(&p->has_work);
        while (p->next_emit < p->next_push)
            pthread_cond_wait(&p->has_room, &p->mu);
        rc = p->stop_status;
        pthread_mutex_unlock(&p->mu);
        for (int i = 0; i < p->nthreads; i++)
            pthread_join(p->threads[i], NULL);
        pthread_cond_destroy(&p->has_room);
        pthread_cond_destroy(&p->has_work);
        pthread_mutex_destroy(&p->mu);
    }
    free(p->ring);
    free(p->threads);
    free(p);
    return rc;
}
