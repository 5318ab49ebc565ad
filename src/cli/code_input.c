/* Input walking for `code` and `explain` (see code_input.h). */
#include "cli/cli.h"
#include "cli/code_input.h"
#include "core/doc.h"
#include "cli/pipeline.h"
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

void cli_code_apply_config(tac_coder_options *o, const char *json, size_t len)
{
    json_tokener *tk = json_tokener_new();
    if (!tk)
        return;
    json_object *obj = json_tokener_parse_ex(tk, json, (int)len);
    json_tokener_free(tk);
    if (!obj)
        return;
    json_object_object_foreach(obj, key, val)
    {
        if (!strcmp(key, "require_dyad"))
            o->require_dyad = json_object_get_boolean(val);
        else if (!strcmp(key, "new_actor_length"))
            o->new_actor_length = json_object_get_int(val);
        else if (!strcmp(key, "comma_min"))
            o->comma_min = json_object_get_int(val);
        else if (!strcmp(key, "comma_max"))
            o->comma_max = json_object_get_int(val);
        else if (!strcmp(key, "comma_bmin"))
            o->comma_bmin = json_object_get_int(val);
        else if (!strcmp(key, "comma_bmax"))
            o->comma_bmax = json_object_get_int(val);
        else if (!strcmp(key, "comma_emin"))
            o->comma_emin = json_object_get_int(val);
        else if (!strcmp(key, "comma_emax"))
            o->comma_emax = json_object_get_int(val);
    }
    json_object_put(obj);
}


/* Coders by options: records of a file usually share a handful of configs. */
#define MAX_CODERS 64

typedef struct runner {
    const tac_dict *dict;
    cli_code_work_fn work;
    cli_code_emit_fn emit;
    void *ctx;
    cli_pipeline *pipe;
    tac_coder_options opts[MAX_CODERS];
    tac_coder *coders[MAX_CODERS];
    int ncoders;
    tac_coder_options base;      /* the command's options                    */
    int nerr;
} runner;

static const tac_coder *coder_for(runner *r, const tac_coder_options *o)
{
    for (int i = 0; i < r->ncoders; i++)
        if (!memcmp(&r->opts[i], o, sizeof *o))
            return r->coders[i];
    if (r->ncoders == MAX_CODERS)
        return NULL;
    tac_error err = {0};
    tac_coder *c = NULL;
    if (tac_coder_new(r->dict, o, &c, &err) != TAC_OK) {
        cli_report("coder", &err);
        return NULL;
    }
    r->opts[r->ncoders] = *o;
    r->coders[r->ncoders++] = c;
    return c;
}

static int pipe_work(tac_doc *doc, int worker, void *vctx)
{
    (void)worker;
    runner *r = vctx;
    return r->work(doc, doc->user);
}

static int pipe_emit(tac_doc *doc, int status, void *vctx)
{
    runner *r = vctx;
    if (r->emit(doc, status, r->ctx))
        r->nerr++;
    return 0;
}

static void run(runner *r, tac_doc *doc, const tac_coder_options *o);

/* A record's "config" gives it its own options; --keep-negated stays the
 * command's. */
static int on_article(tac_doc *doc, const char *file, void *ctx, bool *keep)
{
    (void)file;
    runner *r = ctx;
    *keep = true;   /* run() takes it */
    tac_coder_options o = r->base;
    if (doc->config) {
        cli_code_apply_config(&o, doc->config, strlen(doc->config));
        o.keep_negated = r->base.keep_negated;
    }
    run(r, doc, &o);
    return 0;
}

/* Takes doc. */
static void run(runner *r, tac_doc *doc, const tac_coder_options *o)
{
    tac_coder_options key;
    memset(&key, 0, sizeof key);   /* padding must compare equal */
    key.require_dyad = o->require_dyad;
    key.new_actor_length = o->new_actor_length;
    key.comma_min = o->comma_min;
    key.comma_max = o->comma_max;
    key.comma_bmin = o->comma_bmin;
    key.comma_bmax = o->comma_bmax;
    key.comma_emin = o->comma_emin;
    key.comma_emax = o->comma_emax;
    key.keep_negated = o->keep_negated;
    const tac_coder *c = coder_for(r, &key);
    if (!c) {
        r->nerr++;
        tac_doc_free(doc);
        return;
    }
    doc->user = c;
    if (r->pipe) {
        cli_pipeline_push(r->pipe, doc);
        return;
    }
    pipe_emit(doc, pipe_work(doc, 0, r), r);
    tac_doc_free(doc);
}

int cli_code_inputs(char **paths, int npaths, tac_format fmt, const tac_dict *dict, const tac_coder_options *base,
                    int nthreads, cli_code_work_fn work, cli_code_emit_fn emit, void *ctx)
{
    runner *r = calloc(1, sizeof *r);
    if (!r)
        return 1;
    r->dict = dict;
    r->work = work;
    r->emit = emit;
    r->ctx = ctx;
    if (nthreads > 1) {
        r->pipe = cli_pipeline_new(nthreads, 0, pipe_work, pipe_emit, r);
        if (!r->pipe) {
            free(r);
            return 1;
        }
    }
    r->base = *base;
    int nerr = 0;
    cli_for_each_article(paths, npaths, fmt, NULL, on_article, r, &nerr);
    if (r->pipe)
        cli_pipeline_finish(r->pipe);
    nerr += r->nerr;
    for (int i = 0; i < r->ncoders; i++)
        tac_coder_free(r->coders[i]);
    free(r);
    return nerr;
}

void cli_code_write_article(const tac_doc *doc, FILE *out)
{
    tac_doc_write_article_json(doc, out);
}
tac_format cli_code_format(const char *name)
{
    if (!strcmp(name, "jsonl") || !strcmp(name, "json"))
        return TAC_FORMAT_JSONL;
    if (!strcmp(name, "text") || !strcmp(name, "txt"))
        return TAC_FORMAT_TEXT;
    if (!strcmp(name, "markdown") || !strcmp(name, "md"))
        return TAC_FORMAT_MARKDOWN;
    if (!strcmp(name, "html"))
        return TAC_FORMAT_HTML;
    return TAC_FORMAT_AUTO;
}

void cli_code_opts_init(cli_code_opts *o)
{
    memset(o, 0, sizeof *o);
    o->fmt = TAC_FORMAT_AUTO;
    o->jobs = 1;
    tac_coder_options_default(&o->coder);
}

int cli_code_opt(const char *cmd, int argc, char **argv, int *i, cli_code_opts *o)
{
    const char *a = argv[*i];
    bool has_value = *i + 1 < argc;
    if ((!strcmp(a, "--dictionaries") || !strcmp(a, "--dict")) && has_value) {
        o->dict_path = argv[++*i];
        return 1;
    }
    if (!strcmp(a, "--input-format") && has_value) {
        const char *v = argv[++*i];
        o->fmt = cli_code_format(v);
        if (o->fmt == TAC_FORMAT_AUTO && strcmp(v, "auto")) {
            cli_errorf("%s: unknown input format '%s' (text, markdown, html, jsonl, auto)", cmd, v);
            return -1;
        }
        return 1;
    }
    if (!strcmp(a, "-j") || (!strncmp(a, "-j", 2) && a[2])) {
        const char *v = a[2] ? a + 2 : has_value ? argv[++*i] : "";
        char *end = NULL;
        long n = strtol(v, &end, 10);
        if (!*v || *end || n < 1 || n > 256) {
            cli_errorf("%s: -j takes 1..256, not '%s'", cmd, v);
            return -1;
        }
        o->jobs = (int)n;
        return 1;
    }
    if (!strcmp(a, "--keep-negated")) {
        o->coder.keep_negated = true;
        return 1;
    }
    return 0;
}
