/* tacitus code — code articles into CAMEO events (JSON Lines).
 *
 *   tacitus code [--dictionaries PATH] [--input-format F] [-j N] [--keep-negated]
 *                [--no-mentions] [--records independent|articles|auto] INPUTS...
 *
 * Consecutive JSON Lines records of one article (cli_record_follows) are
 * coded in order with one article context (code_input.h).
 * Per article: the article record, then one event record per event. JSON
 * Lines records may carry a PETRARCH "config" object (require_dyad,
 * new_actor_length, comma_*): it applies to that record only. */
#include "cli/cli.h"
#include "cli/code_input.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f, "usage: tacitus code [--dictionaries PATH] [--input-format text|markdown|jsonl] [-j N]\n"
               "                    [--keep-negated] [--no-mentions] [--records independent|articles|auto] INPUTS...\n"
               "Codes each article into CAMEO events; prints the article record and its events\n"
               "as JSON Lines. '-' reads standard input.\n"
               "  --records M  JSON Lines records that are consecutive sentences of one article\n"
               "               (ids PREFIX-N, PREFIX-N+1, ... or the same \"article\" field)\n"
               "               share its context, so \"he\" or \"the two sides\" reach back:\n"
               "               articles = always, independent = never, auto (default) = under\n"
               "               native dictionaries, not under a PETRARCH-format set.\n");
}

static int work(tac_doc *doc, const tac_coder *coder, tac_code_context *ctx)
{
    tac_error err = {0};
    return tac_code_doc_in(coder, doc, ctx, &err) == TAC_OK ? 0 : (int)err.code;
}

static int emit(tac_doc *doc, int status, void *ctx)
{
    (void)ctx;
    if (status != 0) {
        tac_error err = {0};
        err.code = (tac_status)status;
        err.message = tac_status_name((tac_status)status);
        cli_report(tac_doc_id(doc), &err);
        return 1;
    }
    cli_code_write_article(doc, stdout);
    if (tac_doc_write_events_json(doc, stdout) != TAC_OK) {
        cli_errorf("cannot write events");
        return 1;
    }
    return 0;
}

int cli_cmd_code(int argc, char **argv)
{
    cli_code_opts o;
    cli_code_opts_init(&o);
    char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    int ninputs = 0;
    if (!inputs)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int taken = cli_code_opt("code", argc, argv, &i, &o);
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
        } else if (a[0] == '-' && a[1]) {
            cli_errorf("code: unknown option '%s'", a);
            usage(stderr);
            free(inputs);
            return 2;
        } else {
            inputs[ninputs++] = argv[i];
        }
    }
    if (ninputs == 0) {
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
    int nerrors = cli_code_inputs(inputs, ninputs, o.fmt, dict, &o.coder, o.records, o.jobs, work, emit, NULL);
    tac_dict_free(dict);
    free(inputs);
    return nerrors ? 1 : 0;
}
