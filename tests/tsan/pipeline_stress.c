/* ThreadSanitizer stress run of the -j pipeline (Criterion does not run under
 * TSan, so this is a plain program): many documents, random work times, 1..8
 * threads, a stop part-way; output must equal the -j 1 output every time.
 * Built and run by tests/cli/pipeline_tsan.sh. Exit 0 = pass. */
#include "cli/pipeline.c"
#include "core/doc.h"
#include <stdio.h>
#include <time.h>

static long seq_of(const tac_doc *d) { return strtol(d->src + 4, NULL, 10); }

static int work(tac_doc *doc, int worker, void *ctx)
{
    (void)worker;
    (void)ctx;
    long seq = seq_of(doc);
    unsigned r = (unsigned)seq * 2654435761u;
    struct timespec ts = {0, (long)(r % 300) * 1000};
    nanosleep(&ts, NULL);
    doc->id = tac_arena_printf(&doc->arena, "%lx", (unsigned long)(seq * 31 + 7));
    return (int)(seq & 1);
}

typedef struct out {
    tac_buf buf;
    long stop_at;
} out;

static int emit(tac_doc *doc, int status, void *ctx)
{
    out *o = ctx;
    long seq = seq_of(doc);
    tac_buf_printf(&o->buf, "%ld %s %d\n", seq, doc->id ? doc->id : "-", status);
    return seq == o->stop_at ? 3 : 0;
}

static char *run(int nthreads, long n, long stop_at, int *rc)
{
    out o = {.stop_at = stop_at};
    tac_buf_init(&o.buf);
    cli_pipeline *p = cli_pipeline_new(nthreads, 0, work, emit, &o);
    if (!p)
        return NULL;
    for (long i = 0; i < n; i++) {
        char text[32];
        int len = snprintf(text, sizeof text, "doc %ld", i);
        cli_pipeline_push(p, tac_doc_new_internal(text, (size_t)len, NULL));
    }
    *rc = cli_pipeline_finish(p);
    tac_buf_putc(&o.buf, 0);
    return o.buf.data;
}

int main(void)
{
    int failures = 0;
    for (int round = 0; round < 2; round++) {
        long stop = round ? 700 : -1;
        int rc1, rc;
        char *base = run(1, 2000, stop, &rc1);
        for (int n = 2; n <= 8; n++) {
            char *got = run(n, 2000, stop, &rc);
            if (!got || strcmp(got, base) || rc != rc1) {
                fprintf(stderr, "FAIL: -j %d differs from -j 1 (stop %ld)\n", n, stop);
                failures++;
            }
            free(got);
        }
        free(base);
    }
    printf("%s\n", failures ? "pipeline stress: FAIL" : "pipeline stress: ok");
    return failures != 0;
}
