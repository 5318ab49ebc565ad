/* cli pipeline (-j N): output strictly in input order and identical for every
 * thread count, bounded documents in flight, deterministic stop on error.
 * The pipeline lives in the CLI, not the library: compile it in directly. */
#include <criterion/criterion.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>
#include "cli/pipeline.c"
#include "core/doc.h"

typedef struct fake {
    tac_buf out;
    int nthreads;
    int stop_at;                 /* emit returns 7 at this sequence, -1 never  */
    atomic_long pushed, emitted;
    atomic_long max_in_flight;
    atomic_int bad_worker;
    atomic_int concurrent_emits, max_concurrent_emits;
} fake;

static long seq_of(const tac_doc *d) { return strtol(d->src + 4, NULL, 10); }

/* Random 0..1.5 ms of "coding", then a result that depends only on the doc. */
static int fake_work(tac_doc *doc, int worker, void *ctx)
{
    fake *f = ctx;
    if (worker < 0 || (f->nthreads > 1 && worker >= f->nthreads))
        atomic_store(&f->bad_worker, 1);
    long seq = seq_of(doc);
    unsigned r = (unsigned)seq * 2654435761u;
    struct timespec ts = {0, (long)(r % 1500) * 1000};
    nanosleep(&ts, NULL);
    doc->id = tac_arena_printf(&doc->arena, "r%lx", (unsigned long)(seq * seq + 17));
    return (int)(seq % 3);
}

static int fake_emit(tac_doc *doc, int status, void *ctx)
{
    fake *f = ctx;
    int c = atomic_fetch_add(&f->concurrent_emits, 1) + 1;
    if (c > atomic_load(&f->max_concurrent_emits))
        atomic_store(&f->max_concurrent_emits, c);
    long seq = seq_of(doc);
    tac_buf_printf(&f->out, "%ld %s %d\n", seq, doc->id ? doc->id : "(no work)", status);
    long in_flight = atomic_load(&f->pushed) - atomic_load(&f->emitted);
    if (in_flight > atomic_load(&f->max_in_flight))
        atomic_store(&f->max_in_flight, in_flight);
    atomic_fetch_add(&f->emitted, 1);
    atomic_fetch_sub(&f->concurrent_emits, 1);
    return seq == f->stop_at ? 7 : 0;
}

/* Push n docs through a pipeline; returns the output (caller frees). */
static char *run(int nthreads, size_t depth, long n, int stop_at, int *push_rc, int *finish_rc,
                 long *max_in_flight)
{
    fake *f = calloc(1, sizeof *f);
    cr_assert_not_null(f);
    tac_buf_init(&f->out);
    f->nthreads = nthreads;
    f->stop_at = stop_at;
    cli_pipeline *p = cli_pipeline_new(nthreads, depth, fake_work, fake_emit, f);
    cr_assert_not_null(p);
    *push_rc = 0;
    for (long i = 0; i < n; i++) {
        char text[32];
        int len = snprintf(text, sizeof text, "doc %ld", i);
        tac_doc *d = tac_doc_new_internal(text, (size_t)len, NULL);
        cr_assert_not_null(d);
        /* count before the push: an emit may happen before push returns */
        atomic_fetch_add(&f->pushed, 1);
        int rc = cli_pipeline_push(p, d);
        if (rc && !*push_rc)
            *push_rc = rc;
    }
    *finish_rc = cli_pipeline_finish(p);
    cr_assert_eq(atomic_load(&f->bad_worker), 0);
    cr_assert_leq(atomic_load(&f->max_concurrent_emits), 1, "emit ran concurrently");
    if (max_in_flight)
        *max_in_flight = atomic_load(&f->max_in_flight);
    tac_buf_putc(&f->out, 0);
    char *s = f->out.data;
    free(f);
    return s;
}

Test(pipeline, order_and_identity_across_thread_counts)
{
    int prc, frc;
    char *one = run(1, 0, 600, -1, &prc, &frc, NULL);
    cr_assert_eq(prc, 0);
    cr_assert_eq(frc, 0);
    /* the -j 1 output itself is in input order with every document */
    const char *s = one;
    for (long i = 0; i < 600; i++) {
        char want[64];
        int len = snprintf(want, sizeof want, "%ld r%lx %d\n", i, (unsigned long)(i * i + 17), (int)(i % 3));
        cr_assert_eq(strncmp(s, want, (size_t)len), 0, "line %ld", i);
        s += len;
    }
    cr_assert_eq(*s, 0);
    int counts[] = {2, 3, 4, 8, 16};
    for (size_t k = 0; k < sizeof counts / sizeof *counts; k++) {
        char *many = run(counts[k], 0, 600, -1, &prc, &frc, NULL);
        cr_assert_str_eq(many, one, "-j %d differs from -j 1", counts[k]);
        cr_assert_eq(prc, 0);
        cr_assert_eq(frc, 0);
        free(many);
    }
    free(one);
}

Test(pipeline, bounded_documents_in_flight)
{
    int prc, frc;
    long max;
    char *out = run(4, 6, 400, -1, &prc, &frc, &max);
    /* pushed-but-not-emitted never exceeds the depth (+1: counted before push) */
    cr_assert(max <= 7, "max in flight %ld", max);
    cr_assert(max >= 2, "the workers never ran in parallel (max %ld)", max);
    free(out);
}

Test(pipeline, stop_is_deterministic_in_input_order)
{
    int prc1, frc1;
    char *one = run(1, 0, 300, 120, &prc1, &frc1, NULL);
    cr_assert_eq(prc1, 7);
    cr_assert_eq(frc1, 7);
    /* documents 0..120 emitted, nothing after */
    cr_assert_not_null(strstr(one, "\n120 "));
    cr_assert_null(strstr(one, "\n121 "));
    for (int n = 2; n <= 8; n *= 2) {
        int prc, frc;
        char *many = run(n, 0, 300, 120, &prc, &frc, NULL);
        cr_assert_str_eq(many, one, "-j %d", n);
        cr_assert_eq(frc, 7);
        free(many);
    }
    free(one);
}

Test(pipeline, empty_run_and_single_document)
{
    int prc, frc;
    char *out = run(4, 0, 0, -1, &prc, &frc, NULL);
    cr_assert_str_eq(out, "");
    cr_assert_eq(frc, 0);
    free(out);
    out = run(4, 0, 1, -1, &prc, &frc, NULL);
    cr_assert_str_eq(out, "0 r11 0\n");
    free(out);
}

Test(pipeline, rejects_missing_callbacks)
{
    cr_assert_null(cli_pipeline_new(2, 0, NULL, fake_emit, NULL));
    cr_assert_null(cli_pipeline_new(2, 0, fake_work, NULL, NULL));
    cr_assert_eq(cli_pipeline_finish(NULL), 0);
}
