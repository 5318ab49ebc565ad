/*
 * Ordered parallel pipeline (see pipeline.h).
 *
 * Documents travel in batches: the pusher fills the slot at next_push and
 * queues it when it holds `batch` documents or BATCH_BYTES of source, when
 * it would otherwise have to wait, or at finish. One batch costs one hand-off
 * (a lock, a wake-up) however many documents it carries: short records (one
 * sentence each) made the per-document hand-off, not the coding, the
 * bottleneck of -j N.
 *
 * Layout: a ring of `nslots` batch slots indexed by sequence number % nslots
 * and three counters, next_emit <= next_take <= next_push:
 *
 *     seq:    ... | emitted | taken by workers (RUNNING/DONE) | QUEUED | filling
 *                 next_emit ^                        next_take ^  next_push ^
 *
 * The pusher waits while the filling slot is not free or `depth` documents
 * are in flight (backpressure). Workers take the next QUEUED slot, work on
 * its documents unlocked, mark it DONE, then drain: whichever thread finds
 * no drain in progress emits every DONE slot from next_emit onwards, in
 * order, dropping the lock around each batch's emit_fn calls. A worker that
 * finishes while another drains leaves its slot DONE; the draining thread
 * re-checks under the lock after each batch, so nothing is stranded. One
 * mutex guards every shared field; emit_fn runs on whichever thread drains,
 * never two at once. The filling slot belongs to the pusher alone.
 */
#include "cli/pipeline.h"
#include "core/doc.h"
#include <pthread.h>
#include <stdlib.h>

enum { SLOT_EMPTY = 0, SLOT_QUEUED, SLOT_RUNNING, SLOT_DONE };

/* Batch limits: documents (default depth) and source bytes. */
#define BATCH_DOCS 32
#define BATCH_BYTES (64u * 1024)

typedef struct slot {
    tac_doc **docs;           /* batch entries                                 */
    int *status;              /* work_fn's return value per document           */
    uint32_t n;
    int state;                /* SLOT_*                                        */
} slot;

struct cli_pipeline {
    pthread_mutex_t mu;
    pthread_cond_t has_work;  /* workers: a slot was queued or closing is set  */
    pthread_cond_t has_room;  /* pusher and finish: a slot was emitted         */
    slot *ring;
    tac_doc **doc_store;      /* nslots × batch entries behind ring[].docs     */
    int *status_store;
    size_t nslots, depth, batch;
    size_t in_flight;         /* documents in queued..done slots               */
    size_t fill_bytes;        /* source bytes in the filling slot (pusher)     */
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
        slot *s = &p->ring[p->next_emit % p->nslots];
        if (s->state != SLOT_DONE)
            break;
        bool skip = p->stopped;
        pthread_mutex_unlock(&p->mu);
        int stop = 0;
        for (uint32_t i = 0; i < s->n; i++) {
            int rc = skip ? 0 : p->emit(s->docs[i], s->status[i], p->ctx);
            tac_doc_free(s->docs[i]);
            s->docs[i] = NULL;
            if (rc && !skip) {
                skip = true;   /* the rest of the batch is discarded */
                stop = rc;
            }
        }
        pthread_mutex_lock(&p->mu);
        if (stop && !p->stopped) {
            p->stopped = true;
            p->stop_status = stop;
        }
        p->in_flight -= s->n;
        s->n = 0;
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
        slot *s = &p->ring[p->next_take % p->nslots];
        p->next_take++;
        s->state = SLOT_RUNNING;
        bool skip = p->stopped;
        pthread_mutex_unlock(&p->mu);
        for (uint32_t i = 0; i < s->n; i++)
            s->status[i] = skip ? 0 : p->work(s->docs[i], wa->index, p->ctx);
        pthread_mutex_lock(&p->mu);
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
    size_t nt = (size_t)nthreads;
    /* the default keeps two batches per thread in flight (more only costs
     * memory and cache); an explicit depth
     * is a bound in documents, with batches small enough that every thread
     * still gets work */
    p->depth = depth ? depth : nt * 2 * BATCH_DOCS;
    p->batch = p->depth / (2 * nt);
    if (p->batch > BATCH_DOCS)
        p->batch = BATCH_DOCS;
    if (p->batch < 1)
        p->batch = 1;
    p->nslots = (p->depth + p->batch - 1) / p->batch + 1;
    p->ring = calloc(p->nslots, sizeof *p->ring);
    p->doc_store = calloc(p->nslots * p->batch, sizeof *p->doc_store);
    p->status_store = calloc(p->nslots * p->batch, sizeof *p->status_store);
    p->threads = calloc(nt, sizeof *p->threads);
    if (!p->ring || !p->doc_store || !p->status_store || !p->threads) {
        free(p->ring);
        free(p->doc_store);
        free(p->status_store);
        free(p->threads);
        free(p);
        return NULL;
    }
    for (size_t i = 0; i < p->nslots; i++) {
        p->ring[i].docs = p->doc_store + i * p->batch;
        p->ring[i].status = p->status_store + i * p->batch;
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
        free(p->doc_store);
        free(p->status_store);
        free(p->threads);
        p->ring = NULL;
        p->doc_store = NULL;
        p->status_store = NULL;
        p->threads = NULL;
    }
    return p;
}

/* Queue the filling slot (non-empty). Called with p->mu held. */
static void enqueue(cli_pipeline *p)
{
    slot *s = &p->ring[p->next_push % p->nslots];
    s->state = SLOT_QUEUED;
    p->in_flight += s->n;
    p->next_push++;
    p->fill_bytes = 0;
    pthread_cond_signal(&p->has_work);
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
    slot *f;
    for (;;) {
        if (p->stopped) {
            int rc = p->stop_status;
            pthread_mutex_unlock(&p->mu);
            tac_doc_free(doc);
            return rc;
        }
        f = &p->ring[p->next_push % p->nslots];
        if (p->next_push - p->next_emit < p->nslots && p->in_flight + f->n < p->depth)
            break;
        /* blocked: hand over what is filled so the workers can free room */
        if (f->n && p->next_push - p->next_emit < p->nslots)
            enqueue(p);
        else
            pthread_cond_wait(&p->has_room, &p->mu);
    }
    f->docs[f->n++] = doc;
    p->fill_bytes += doc->src_len;
    if (f->n == p->batch || p->fill_bytes >= BATCH_BYTES)
        enqueue(p);
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
        slot *f = &p->ring[p->next_push % p->nslots];
        if (f->n && !p->stopped)
            enqueue(p);
        p->closing = true;
        pthread_cond_broadcast(&p->has_work);
        while (p->next_emit < p->next_push)
            pthread_cond_wait(&p->has_room, &p->mu);
        rc = p->stop_status;
        pthread_mutex_unlock(&p->mu);
        for (int i = 0; i < p->nthreads; i++)
            pthread_join(p->threads[i], NULL);
        /* a batch left filling when the pipeline stopped */
        for (uint32_t i = 0; i < f->n; i++)
            tac_doc_free(f->docs[i]);
        pthread_cond_destroy(&p->has_room);
        pthread_cond_destroy(&p->has_work);
        pthread_mutex_destroy(&p->mu);
    }
    free(p->ring);
    free(p->doc_store);
    free(p->status_store);
    free(p->threads);
    free(p);
    return rc;
}
