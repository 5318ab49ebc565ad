/*
 * store_cli — option parsing shared by the store subcommands (ingest, query,
 * dyad, export): --db, the event filters, dates, output buffering.
 */
#ifndef TAC_CLI_STORE_CLI_H
#define TAC_CLI_STORE_CLI_H

#include "cli/cli.h"
#include "store/store.h"

/* The database URL: --db, else $TACITUS_DB, else "tacitus.db". */
const char *cli_store_url(const char *flag);

/* Open the store (creating it) or print why not; NULL on failure. */
tac_store *cli_store_open(const char *url);
/* The same for reading commands: read-only (no migration: a role that may
 * only SELECT can read), and a missing SQLite file is an error. */
tac_store *cli_store_open_existing(const char *url);

/*
 * If argv[*i] is a filter option (--actor, --country, --dyad A B, --code,
 * --root, --quad, --from, --to, --article, --limit, --after), consume it and
 * its values, advancing *i, and return 1; 0 when it is not one; -1 (after
 * printing why) when its value is bad. Codes are upper-cased.
 */
int cli_filter_option(int argc, char **argv, int *i, tac_event_filter *f);

/* "YYYY-MM-DD" (or YYYYMMDD) → days; TAC_NO_DATE and a message when bad. */
int32_t cli_parse_date(const char *opt, const char *s);

/* Upper-case an actor/country code argument in place; returns it. */
char *cli_upper(char *s);

/* Write b to stdout and empty it; false when stdout failed (EPIPE…). */
bool cli_flush(tac_buf *b);

#endif
