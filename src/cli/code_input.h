/*
 * cli/code_input — shared by `code` and `explain`: walk the inputs, build one
 * document per article, and hand it with the coder for its options to a
 * callback. A JSON Lines record's "config" object (PETRARCH options) gives
 * that record its own coder; other records use the base options.
 */
#ifndef TAC_CLI_CODE_INPUT_H
#define TAC_CLI_CODE_INPUT_H

#include "tacitus.h"

/* How JSON Lines records relate (--records):
 *   INDEPENDENT  every record is coded on its own;
 *   ARTICLES     consecutive records that are sentences of one article
 *                (cli_record_follows) share the article context: references
 *                in a record may point to actors of the records before it;
 *   AUTO         ARTICLES under native dictionaries, INDEPENDENT under a
 *                PETRARCH-format set (tac_coder_carries_context).
 * Each record still gets its own article record and events. */
typedef enum cli_records { CLI_RECORDS_AUTO = 0, CLI_RECORDS_INDEPENDENT, CLI_RECORDS_ARTICLES } cli_records;

bool cli_records_parse(const char *v, cli_records *out);

/* Does a record (id, "article" field or NULL) continue the article of the
 * record before it? With "article" fields: when both name the same one.
 * Without: when both ids end in "-<number>" after the same prefix and the
 * numbers are consecutive ("dev04-07" after "dev04-06"). */
bool cli_record_follows(const char *prev_id, const char *prev_article, const char *id, const char *article);

/* work: code one document (runs on a worker thread when nthreads > 1),
 * with the article context of its group (NULL when coded alone);
 * emit: print it (runs in input order, one at a time). */
typedef int (*cli_code_work_fn)(tac_doc *doc, const tac_coder *coder, tac_code_context *ctx);
typedef int (*cli_code_emit_fn)(tac_doc *doc, int work_status, void *ctx);

/* Returns the number of inputs or records that failed. nthreads > 1 codes
 * on that many threads (cli/pipeline.h); output order stays input order. */
int cli_code_inputs(char **paths, int npaths, tac_format fmt, const tac_dict *dict,
                    const tac_coder_options *base, cli_records records, int nthreads,
                    cli_code_work_fn work, cli_code_emit_fn emit, void *ctx);

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
    cli_records records;         /* --records independent|articles|auto        */
} cli_code_opts;

void cli_code_opts_init(cli_code_opts *o);
/* If argv[*i] is one of the shared options, take it (and its value, moving
 * *i past it) and return 1; 0 when it is not one; -1 after printing an
 * error for a bad value. `cmd` names the command in messages. */
int cli_code_opt(const char *cmd, int argc, char **argv, int *i, cli_code_opts *o);

#endif
