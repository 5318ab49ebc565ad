/*
 * cli/code_input — shared by `code` and `explain`: walk the inputs, build one
 * document per article, and hand it with the coder for its options to a
 * callback. A JSON Lines record's "config" object (PETRARCH options) gives
 * that record its own coder; other records use the base options.
 */
#ifndef TAC_CLI_CODE_INPUT_H
#define TAC_CLI_CODE_INPUT_H

#include "tacitus.h"

/* work: code one document (runs on a worker thread when nthreads > 1);
 * emit: print it (runs in input order, one at a time). */
typedef int (*cli_code_work_fn)(tac_doc *doc, const tac_coder *coder);
typedef int (*cli_code_emit_fn)(tac_doc *doc, int work_status, void *ctx);

/* Returns the number of inputs or records that failed. nthreads > 1 codes
 * on that many threads (cli/pipeline.h); output order stays input order. */
int cli_code_inputs(char **paths, int npaths, tac_format fmt, const tac_dict *dict,
                    const tac_coder_options *base, int nthreads, cli_code_work_fn work,
                    cli_code_emit_fn emit, void *ctx);

/* Apply a PETRARCH config JSON object ({"require_dyad":false,...}) to o. */
void cli_code_apply_config(tac_coder_options *o, const char *json, size_t len);

/* The article record (minimal until the ingest writer is on main). */
void cli_code_write_article(const tac_doc *doc, FILE *out);

/* Input format from its name ("jsonl", "text", ...); AUTO when unknown. */
tac_format cli_code_format(const char *name);

/* The options `code`, `explain` and `ingest` share. */
typedef struct cli_code_opts {
    const char *dict_path;       /* --dictionaries PATH (--dict): NULL = built-in */
    tac_format fmt;              /* --input-format F                           */
    int jobs;                    /* -j N / -jN, 1..256                         */
    tac_coder_options coder;     /* --keep-negated                             */
} cli_code_opts;

void cli_code_opts_init(cli_code_opts *o);
/* If argv[*i] is one of the shared options, take it (and its value, moving
 * *i past it) and return 1; 0 when it is not one; -1 after printing an
 * error for a bad value. `cmd` names the command in messages. */
int cli_code_opt(const char *cmd, int argc, char **argv, int *i, cli_code_opts *o);

#endif
