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
/* Records of one article coded as one job; a longer run is cut (the
 * context does not cross the cut) so memory stays bounded. */
#define MAX_GROUP 256

/* One unit of work: a document, or the consecutive records of one article
 * (coded in order with one context, so references reach back). The job
 * hangs off the first document's `user`; the others wait in `more`. */
typedef struct job {
    const tac_coder *coder;
    bool grouped;
    uint32_t nmore;
    tac_doc *more[MAX_GROUP - 1];
    int status[MAX_GROUP];
} job;

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
    cli_records records;
    tac_doc *pending;            /* the open group's first document, or NULL */
    const char *pending_file;
    char last_id[128], last_article[128];
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
    job *j = (job *)doc->user;
    tac_code_context *ctx = NULL;
    tac_error err = {0};
    if (j->grouped && tac_code_context_new(&ctx, &err) != TAC_OK)
        return (int)err.code;
    j->status[0] = r->work(doc, j->coder, ctx);
    for (uint32_t k = 0; k < j->nmore; k++)
        j->status[k + 1] = r->work(j->more[k], j->coder, ctx);
    tac_code_context_free(ctx);
    return j->status[0];
}

static int pipe_emit(tac_doc *doc, int status, void *vctx)
{
    runner *r = vctx;
    job *j = (job *)doc->user;
    if (r->emit(doc, status, r->ctx))
        r->nerr++;
    /* a failed context allocation fails the whole job */
    for (uint32_t k = 0; k < j->nmore; k++) {
        if (r->emit(j->more[k], status && !j->status[0] ? status : j->status[k + 1], r->ctx))
            r->nerr++;
        tac_doc_free(j->more[k]);
    }
    free(j);
    doc->user = NULL;
    return 0;
}

/* Hand the open group to the pipeline (or code it here). */
static void flush(runner *r)
{
    tac_doc *doc = r->pending;
    if (!doc)
        return;
    r->pending = NULL;
    if (r->pipe) {
        cli_pipeline_push(r->pipe, doc);
        return;
    }
    pipe_emit(doc, pipe_work(doc, 0, r), r);
    tac_doc_free(doc);
}

/* "dev04-07" → prefix length 5 and number 7; false without a final
 * "-<digits>". */
static bool numbered(const char *id, size_t *plen, long *num)
{
    const char *dash = strrchr(id, '-');
    if (!dash || dash == id || !dash[1] || strspn(dash + 1, "0123456789") != strlen(dash + 1) ||
        strlen(dash + 1) > 9)
        return false;
    *plen = (size_t)(dash - id);
    *num = strtol(dash + 1, NULL, 10);
    return true;
}

bool cli_record_follows(const char *prev_id, const char *prev_article, const char *id, const char *article)
{
    if (article || prev_article)
        return article && prev_article && !strcmp(article, prev_article);
    size_t pl, l;
    long pn, n;
    if (!prev_id || !id || !numbered(prev_id, &pl, &pn) || !numbered(id, &l, &n))
        return false;
    return pl == l && !memcmp(prev_id, id, l) && n == pn + 1;
}

static void run(runner *r, tac_doc *doc, const tac_coder_options *o, const char *file);

/* A record's "config" gives it its own options; --keep-negated stays the
 * command's. */
static int on_article(tac_doc *doc, const char *file, void *ctx, bool *keep)
{
    runner *r = ctx;
    *keep = true;   /* run() takes it */
    tac_coder_options o = r->base;
    if (doc->config) {
        cli_code_apply_config(&o, doc->config, strlen(doc->config));
        o.keep_negated = r->base.keep_negated;
        o.mentions = r->base.mentions;
    }
    run(r, doc, &o, file);
    return 0;
}

static void remember(runner *r, const tac_doc *doc, const char *file)
{
    r->pending_file = file;
    snprintf(r->last_id, sizeof r->last_id, "%s", doc->id ? doc->id : "");
    snprintf(r->last_article, sizeof r->last_article, "%s", doc->article ? doc->article : "");
}

/* Takes doc. */
static void run(runner *r, tac_doc *doc, const tac_coder_options *o, const char *file)
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
    key.mentions = o->mentions;
    const tac_coder *c = coder_for(r, &key);
    if (!c) {
        flush(r);
        r->nerr++;
        tac_doc_free(doc);
        return;
    }
    bool group = doc->format == TAC_FORMAT_JSONL &&
                 (r->records == CLI_RECORDS_ARTICLES ||
                  (r->records == CLI_RECORDS_AUTO && tac_coder_carries_context(c)));
    if (group && r->pending) {
        job *pj = (job *)r->pending->user;
        if (pj->grouped && pj->coder == c && r->pending_file == file && pj->nmore < MAX_GROUP - 1 &&
            cli_record_follows(r->last_id, r->last_article[0] ? r->last_article : NULL, doc->id, doc->article)) {
            pj->more[pj->nmore++] = doc;
            remember(r, doc, file);
            return;
        }
    }
    flush(r);
    job *j = calloc(1, sizeof *j);
    if (!j) {
        r->nerr++;
        tac_doc_free(doc);
        return;
    }
    j->coder = c;
    j->grouped = group;
    doc->user = j;
    r->pending = doc;
    remember(r, doc, file);
    if (!group)
        flush(r);
}

int cli_code_inputs(char **paths, int npaths, tac_format fmt, const tac_dict *dict, const tac_coder_options *base,
                    cli_records records, int nthreads, cli_code_work_fn work, cli_code_emit_fn emit, void *ctx)
{
    runner *r = calloc(1, sizeof *r);
    if (!r)
        return 1;
    r->dict = dict;
    r->work = work;
    r->emit = emit;
    r->ctx = ctx;
    r->records = records;
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
    flush(r);
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
    o->records = CLI_RECORDS_AUTO;
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
    if (!strcmp(a, "--mentions") || !strcmp(a, "--no-mentions")) {
        o->coder.mentions = a[2] == 'm';
        return 1;
    }
    if (!strcmp(a, "--records") && has_value) {
        const char *v = argv[++*i];
        if (!cli_records_parse(v, &o->records)) {
            cli_errorf("%s: --records takes independent, articles or auto, not '%s'", cmd, v);
            return -1;
        }
        return 1;
    }
    return 0;
}

bool cli_records_parse(const char *v, cli_records *out)
{
    if (!strcmp(v, "independent"))
        *out = CLI_RECORDS_INDEPENDENT;
    else if (!strcmp(v, "articles"))
        *out = CLI_RECORDS_ARTICLES;
    else if (!strcmp(v, "auto"))
        *out = CLI_RECORDS_AUTO;
    else
        return false;
    return true;
}
