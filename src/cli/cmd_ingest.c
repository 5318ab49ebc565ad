/*
 * tacitus ingest — read, segment and code articles and store them (articles,
 * sentences, dropped spans, events, the dictionary version) in the event
 * store. -j N codes on N threads; articles are stored in input order, so a
 * run gives the same database whatever N. Re-running over the same inputs
 * adds nothing; after a crash, re-running completes the database exactly.
 */
#include "cli/code_input.h"
#include "cli/store_cli.h"
#include "cli/pipeline.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: tacitus ingest [--db URL] [--dictionaries PATH] [-j N] [--batch N]\n"
            "                      [--input-format text|markdown|jsonl] INPUTS...\n"
            "Codes the articles and stores them. --db: sqlite:PATH, a path, or\n"
            "postgres://… (default $TACITUS_DB or tacitus.db). Same article, same content:\n"
            "nothing added; changed content: its events replaced. --batch: articles per\n"
            "transaction (default 16384 SQLite, 512 PostgreSQL).\n");
}

typedef struct ingest_ctx {
    const tac_coder *coder;
    tac_store *store;
    cli_pipeline *pipe;
    pthread_mutex_t lock;     /* guards files: pushed by the reader, popped by emit */
    char **files;
    size_t head, tail, cap;
    int nerrors;
    bool store_failed;
} ingest_ctx;

static bool files_push(ingest_ctx *c, const char *file)
{
    pthread_mutex_lock(&c->lock);
    if (c->tail == c->cap) {
        if (c->head > 0) {
            memmove(c->files, c->files + c->head, (c->tail - c->head) * sizeof *c->files);
            c->tail -= c->head;
            c->head = 0;
        }
        if (c->tail == c->cap) {
            size_t cap = c->cap ? c->cap * 2 : 64;
            char **p = realloc(c->files, cap * sizeof *p);
            if (!p) {
                pthread_mutex_unlock(&c->lock);
                return false;
            }
            c->files = p;
            c->cap = cap;
        }
    }
    c->files[c->tail++] = file ? strdup(file) : NULL;
    pthread_mutex_unlock(&c->lock);
    return true;
}

static char *files_pop(ingest_ctx *c)
{
    pthread_mutex_lock(&c->lock);
    char *f = c->head < c->tail ? c->files[c->head++] : NULL;
    pthread_mutex_unlock(&c->lock);
    return f;
}

static int work(tac_doc *doc, int worker, void *ctx)
{
    ingest_ctx *c = ctx;
    tac_error err = {0};
    tac_status st = tac_code_doc(c->coder, doc, &err);
    if (st) {
        const char *id = tac_doc_id(doc);
        cli_report(id ? id : "article", &err);
    }
    return (int)st;
}

static int emit(tac_doc *doc, int status, void *ctx)
{
    ingest_ctx *c = ctx;
    char *file = files_pop(c);
    int rc = 0;
    if (status) {
        c->nerrors++;
    } else {
        tac_error err = {0};
        if (tac_store_add(c->store, doc, file, &err) != TAC_OK) {
            if (err.code == TAC_ERR_STORE || err.code == TAC_ERR_NOMEM) {
                cli_errorf("ingest: %s%s%s", err.message, err.detail[0] ? ": " : "", err.detail);
                c->store_failed = true;
                rc = 1;          /* the database is unusable: stop */
            } else {
                cli_report(file, &err);
                c->nerrors++;
            }
        }
    }
    free(file);
    return rc;
}

static int on_article(tac_doc *doc, const char *file, void *ctx, bool *keep)
{
    ingest_ctx *c = ctx;
    *keep = true;            /* the pipeline owns it from here */
    if (!files_push(c, file)) {
        tac_doc_free(doc);
        return 1;
    }
    return cli_pipeline_push(c->pipe, doc);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int cli_cmd_ingest(int argc, char **argv)
{
    const char *db = NULL;
    uint32_t batch = 0;
    cli_code_opts o;
    cli_code_opts_init(&o);
    char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    int ninputs = 0;
    if (!inputs)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int taken = cli_code_opt("ingest", argc, argv, &i, &o);
        if (taken < 0) {
            free(inputs);
            return 2;
        }
        if (taken)
            continue;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            free(inputs);
            return 0;
        } else if (!strcmp(a, "--db") && i + 1 < argc) {
            db = argv[++i];
        } else if (!strcmp(a, "--batch") && i + 1 < argc) {
            batch = (uint32_t)atoi(argv[++i]);
        } else if (a[0] == '-' && a[1]) {
            cli_errorf("ingest: unknown option '%s'", a);
            usage(stderr);
            free(inputs);
            return 2;
        } else {
            inputs[ninputs++] = argv[i];
        }
    }
    if (!ninputs) {
        usage(stderr);
        free(inputs);
        return 2;
    }
    tac_error err = {0};
    tac_dict *dict = NULL;
    const char *dpath = o.dict_path ? o.dict_path : cli_default_dict();
    if (tac_dict_load(dpath, &dict, &err) != TAC_OK) {
        cli_report(dpath, &err);
        free(inputs);
        return 1;
    }
    tac_coder *coder = NULL;
    if (tac_coder_new(dict, &o.coder, &coder, &err) != TAC_OK) {
        cli_report(dpath, &err);
        tac_dict_free(dict);
        free(inputs);
        return 1;
    }
    int rc = 0;
    tac_store *store = cli_store_open(cli_store_url(db));
    if (!store) {
        tac_coder_free(coder);
        tac_dict_free(dict);
        free(inputs);
        return 1;
    }
    tac_store_set_batch(store, batch);
    /* the command line for the runs log (never the --db value: passwords) */
    tac_buf cmd;
    tac_buf_init(&cmd);
    tac_buf_puts(&cmd, "tacitus ingest");
    for (int i = 0; i < ninputs; i++)
        tac_buf_printf(&cmd, " %s", inputs[i]);
    tac_buf_putc(&cmd, 0);
    if (tac_store_run_begin(store, tac_dict_version(dict), cmd.failed ? "tacitus ingest" : cmd.data,
                            &err) != TAC_OK) {
        cli_errorf("ingest: %s: %s", err.message, err.detail);
        rc = 1;
    }
    tac_buf_free(&cmd);
    ingest_ctx c = {.coder = coder, .store = store};
    pthread_mutex_init(&c.lock, NULL);
    double t0 = now();
    if (!rc) {
        c.pipe = cli_pipeline_new(o.jobs, 0, work, emit, &c);
        if (!c.pipe) {
            cli_errorf("ingest: out of memory");
            rc = 1;
        } else {
            int read_errors = 0;
            cli_for_each_article(inputs, ninputs, o.fmt, NULL, on_article, &c, &read_errors);
            cli_pipeline_finish(c.pipe);
            c.nerrors += read_errors;
        }
    }
    if (!rc && !c.store_failed) {
        if (tac_store_run_end(store, (uint64_t)c.nerrors, &err) != TAC_OK) {
            cli_errorf("ingest: %s%s%s", err.message, err.detail[0] ? ": " : "", err.detail);
            c.store_failed = true;
        }
    }
    tac_store_counts n;
    tac_store_counts_get(store, &n);
    double dt = now() - t0;
    fprintf(stderr,
            "tacitus: ingest: %llu new, %llu unchanged, %llu replaced articles; %llu events stored"
            " in %.2f s (%.0f events/s)%s\n",
            (unsigned long long)n.articles_new, (unsigned long long)n.articles_same,
            (unsigned long long)n.articles_replaced, (unsigned long long)n.events, dt,
            dt > 0 ? (double)n.events / dt : 0.0, c.nerrors ? "; some inputs failed" : "");
    if (c.store_failed)
        rc = 1;
    else if (c.nerrors)
        rc = rc ? rc : 1;
    for (size_t i = c.head; i < c.tail; i++)
        free(c.files[i]);
    free(c.files);
    pthread_mutex_destroy(&c.lock);
    tac_store_close(store);
    tac_coder_free(coder);
    tac_dict_free(dict);
    free(inputs);
    return rc;
}
