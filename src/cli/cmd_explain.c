/* tacitus explain — why a sentence or an article produced (or did not
 * produce) events: tokens, actor and agent matches with their dictionary
 * entries and date rules, deleted comma clauses, noun phrases, verbs, the
 * pattern chosen, and each event or the reason there is none.
 *
 *   tacitus explain [--dictionaries P] [--date YYYY-MM-DD] [--json]
 *                   (--sentence "TEXT" | INPUTS...)
 *
 * The events listed are exactly those `tacitus code` prints for the same
 * input and options (both call the same coder; explain only adds the trace). */
#include "cli/cli.h"
#include "cli/code_input.h"
#include "code/coder.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tac_event_json(tac_buf *b, const tac_doc *doc, const tac_event *e);

typedef struct ectx {
    bool json;
} ectx;

static void usage(FILE *f)
{
    fprintf(f, "usage: tacitus explain [--dictionaries PATH] [--date YYYY-MM-DD] [--json] [--keep-negated]\n"
               "                       (--sentence \"TEXT\" | INPUTS...)\n");
}

static int work(tac_doc *doc, const tac_coder *coder, tac_code_context *ctx)
{
    tac_error err = {0};
    return tac_code_doc_traced(coder, doc, ctx, &err) == TAC_OK ? 0 : (int)err.code;
}

static int explain_doc(tac_doc *doc, int status, void *vctx)
{
    ectx *x = vctx;
    if (status != 0) {
        tac_error err = {0};
        err.code = (tac_status)status;
        err.message = tac_status_name((tac_status)status);
        cli_report(tac_doc_id(doc), &err);
        return 1;
    }
    const struct tac_trace *t = doc->trace;
    tac_buf b;
    tac_buf_init(&b);
    if (x->json) {
        for (uint32_t i = 0; t && i < t->nsteps; i++) {
            b.len = 0;
            tac_buf_puts(&b, "{\"type\":\"explain\",\"article\":");
            tac_buf_json_cstr(&b, tac_doc_id(doc));
            tac_buf_printf(&b, ",\"sentence\":%u,\"step\":", t->steps[i].sentence);
            tac_buf_json_cstr(&b, t->steps[i].kind);
            tac_buf_puts(&b, ",\"text\":");
            tac_buf_json_cstr(&b, t->steps[i].text);
            if (t->steps[i].event >= 0) {
                tac_buf_puts(&b, ",\"event\":");
                tac_event_json(&b, doc, &doc->events[t->steps[i].event]);
            }
            tac_buf_puts(&b, "}\n");
            fwrite(b.data, 1, b.len, stdout);
        }
    } else {
        char date[11] = "unknown";
        if (tac_doc_reference_date(doc) != TAC_NO_DATE)
            tac_date_format(tac_doc_reference_date(doc), date);
        printf("article %s (date %s): %zu sentence(s), %zu event(s)\n", tac_doc_id(doc), date,
               tac_doc_sentence_count(doc), tac_doc_event_count(doc));
        uint32_t cur = UINT32_MAX;
        for (uint32_t i = 0; t && i < t->nsteps; i++) {
            const tac_trace_step *st = &t->steps[i];
            if (st->sentence != cur) {
                cur = st->sentence;
                uint32_t a = 0, e = 0;
                tac_doc_sentence(doc, cur, &a, &e);
                size_t n;
                const char *src = tac_doc_source(doc, &n);
                printf("\nsentence %u: %.*s\n", cur, (int)(e - a), src + a);
            }
            printf("  %-9s %s\n", st->kind, st->text);
        }
    }
    tac_buf_free(&b);
    return 0;
}

int cli_cmd_explain(int argc, char **argv)
{
    const char *sentence = NULL, *date = NULL;
    ectx x = {0};
    cli_code_opts o;
    cli_code_opts_init(&o);
    char **inputs = calloc((size_t)argc + 2, sizeof *inputs);
    int ninputs = 0;
    if (!inputs)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int taken = cli_code_opt("explain", argc, argv, &i, &o);
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
        } else if (!strcmp(a, "--sentence") && i + 1 < argc) {
            sentence = argv[++i];
        } else if (!strcmp(a, "--date") && i + 1 < argc) {
            date = argv[++i];
        } else if (!strcmp(a, "--json")) {
            x.json = true;
        } else if (a[0] == '-' && a[1]) {
            cli_errorf("explain: unknown option '%s'", a);
            usage(stderr);
            free(inputs);
            return 2;
        } else {
            inputs[ninputs++] = argv[i];
        }
    }
    if (!sentence && ninputs == 0) {
        usage(stderr);
        free(inputs);
        return 2;
    }
    tac_dict *dict = NULL;
    tac_error err = {0};
    const char *dict_path = o.dict_path ? o.dict_path : cli_default_dict();
    if (tac_dict_load(dict_path, &dict, &err) != TAC_OK) {
        cli_report(dict_path, &err);
        free(inputs);
        return 1;
    }
    int nerr = 0;
    if (sentence) {
        /* one record, coded exactly as `code` would code it as JSON Lines */
        tac_buf b;
        tac_buf_init(&b);
        tac_buf_puts(&b, "{\"id\":\"sentence\",\"date\":");
        tac_buf_json_cstr(&b, date);
        tac_buf_puts(&b, ",\"text\":");
        tac_buf_json_cstr(&b, sentence);
        tac_buf_puts(&b, "}\n");
        char tmpl[] = "/tmp/tacitus-explain-XXXXXX";
        int fd = mkstemp(tmpl);
        FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
        if (!f || b.failed) {
            cli_errorf("explain: cannot write a temporary file");
            nerr++;
        } else {
            fwrite(b.data, 1, b.len, f);
            fclose(f);
            char *one[1] = {tmpl};
            nerr += cli_code_inputs(one, 1, TAC_FORMAT_JSONL, dict, &o.coder, o.records, 1, work, explain_doc, &x);
            remove(tmpl);
        }
        tac_buf_free(&b);
    } else {
        nerr += cli_code_inputs(inputs, ninputs, o.fmt, dict, &o.coder, o.records, 1, work, explain_doc, &x);
    }
    tac_dict_free(dict);
    free(inputs);
    return nerr ? 1 : 0;
}
