/*
 * cli — the tacitus command: one file per subcommand (cmd_<name>.c), all
 * printing lives here. Subcommands return the process exit status:
 * 0 success, 1 some inputs failed (others processed), 2 usage error.
 */
#ifndef TAC_CLI_H
#define TAC_CLI_H

#include "tacitus.h"

#define CLI_SUBCOMMANDS(X) \
    X(segment, "read articles, drop boilerplate, print article and sentence records") \
    X(code, "code articles into CAMEO events (JSON Lines)") \
    X(explain, "show why a sentence or article produced (or did not produce) events") \
    X(eval, "code a gold file and print precision/recall/F1") \
    X(dict, "compile, check, look up dictionaries; dictionary statistics") \
    X(ingest, "code articles and store them in a database") \
    X(query, "query stored events") \
    X(dyad, "time series of events between two actors") \
    X(export, "export stored events (gdelt, phoenix, jsonl, csv)") \
    X(relations, "the relations ledger: state of a pair, a ladder, changes") \
    X(serve, "JSON API and web dashboard")

#define CLI_DECLARE(name, help) int cli_cmd_##name(int argc, char **argv);
CLI_SUBCOMMANDS(CLI_DECLARE)
#undef CLI_DECLARE

/* Print "tacitus: <file>:<line>:<col>: <message> (<detail>)" to stderr. */
void cli_report(const char *file, const tac_error *err);
void cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * Walk inputs (files, directories recursively in name order, "-" = stdin),
 * read each, and call fn once per article (a JSON Lines file yields one per
 * line). Bad inputs are reported with file, line and byte position and
 * skipped; *nerrors counts them. fn returns 0 to go on, non-zero to stop.
 * The doc passed to fn is freed after fn returns unless fn sets *keep.
 */
typedef int (*cli_article_fn)(tac_doc *doc, const char *file, void *ctx, bool *keep);
int cli_for_each_article(char **paths, int npaths, tac_format fmt, const tac_limits *lim,
                         cli_article_fn fn, void *ctx, int *nerrors);

/* The built-in dictionary path (TAC_DICT env, build dir, install dir). */
const char *cli_default_dict(void);

#endif
