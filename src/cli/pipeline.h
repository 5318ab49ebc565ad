/*
 * pipeline — ordered parallel processing of articles for `-j N`.
 * Input: documents pushed one by one by the reading thread (sequence numbers
 * are assigned in push order). Work: N worker threads run work_fn on each
 * document (segment + code). Output: emit_fn is called for every document
 * strictly in push order, one call at a time, so `-j N` output is
 * byte-identical to `-j 1`. Ownership: push takes the document; the pipeline
 * frees it after emit_fn returns (or when it is discarded after a stop).
 * Memory: at most `depth` documents are in flight; push blocks beyond that
 * (backpressure). Documents are handed to the workers in batches (up to 32
 * documents or 64 KiB of source), so a document may wait in the reading
 * thread until its batch fills, the reader blocks, or finish is called. Failure: emit_fn returning non-zero stops the pipeline at
 * that document (in input order, so deterministically): later documents are
 * freed without work or emit, push returns that status, finish returns it.
 * nthreads <= 1 runs work and emit inline in push, with no threads.
 */
/*
 * Use with cli_for_each_article (the reading thread):
 *
 *   static int work(tac_doc *d, int worker, void *ctx)    // any thread
 *   { return tac_code_doc(coder, d, NULL); }               // (segments too)
 *   static int emit(tac_doc *d, int st, void *ctx)         // in input order
 *   { ... write d's records ...; return ferror(stdout) ? 1 : 0; }
 *   static int on_article(tac_doc *d, const char *file, void *ctx, bool *keep)
 *   { *keep = true; return cli_pipeline_push(ctx, d); }    // pipeline owns d
 *
 *   cli_pipeline *p = cli_pipeline_new(jobs, 0, work, emit, &state);
 *   cli_for_each_article(paths, n, fmt, &lim, on_article, p, &nerrors);
 *   int rc = cli_pipeline_finish(p);
 */
#ifndef TAC_CLI_PIPELINE_H
#define TAC_CLI_PIPELINE_H

#include "tacitus.h"

typedef struct cli_pipeline cli_pipeline;

/* Runs on a worker thread (worker = 0..nthreads-1); may be called
 * concurrently for different documents. Its return value is handed to
 * emit_fn with the document. */
typedef int (*cli_work_fn)(tac_doc *doc, int worker, void *ctx);
/* Runs in input order, never concurrently with itself. Non-zero stops. */
typedef int (*cli_emit_fn)(tac_doc *doc, int work_status, void *ctx);

/* depth 0 = 64 documents per thread. NULL on OOM. */
cli_pipeline *cli_pipeline_new(int nthreads, size_t depth, cli_work_fn work, cli_emit_fn emit,
                               void *ctx);
/* Hand a document to the pipeline (always taken). Returns 0, or the stop
 * status once the pipeline has stopped. */
int cli_pipeline_push(cli_pipeline *p, tac_doc *doc);
/* Wait for every pushed document to be emitted or discarded, join the
 * threads, free the pipeline. Returns 0 or the stop status. */
int cli_pipeline_finish(cli_pipeline *p);

#endif
