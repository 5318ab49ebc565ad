/* tacitus export — stored events as GDELT 2.0 (61 columns), Phoenix (26),
 * JSON Lines or CSV (docs/formats.md), streamed in id order. */
#include "cli/store_cli.h"
#include <stdio.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: tacitus export [--db URL] --format gdelt|phoenix|jsonl|csv [filters]\n"
            "filters as for 'tacitus query' (--actor, --country, --dyad A B, --code, --root,\n"
            "--quad, --from, --to, --article, --limit). Layouts: docs/formats.md.\n");
}

typedef struct export_ctx {
    tac_export_format f;
    tac_buf buf;
    bool failed;
} export_ctx;

static int row(const tac_stored_event *e, void *ctx)
{
    export_ctx *x = ctx;
    tac_export_event(x->f, e, &x->buf);
    if (x->buf.len > 1 << 16 && !cli_flush(&x->buf)) {
        x->failed = true;
        return 1;
    }
    return 0;
}

int cli_cmd_export(int argc, char **argv)
{
    const char *db = NULL;
    bool have_format = false;
    export_ctx x = {0};
    tac_event_filter f;
    tac_event_filter_init(&f);
    for (int i = 1; i < argc; i++) {
        int r = cli_filter_option(argc, argv, &i, &f);
        if (r < 0)
            return 2;
        if (r > 0)
            continue;
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(argv[i], "--db") && i + 1 < argc) {
            db = argv[++i];
        } else if (!strcmp(argv[i], "--format") && i + 1 < argc) {
            if (!tac_export_format_from_name(argv[++i], &x.f)) {
                cli_errorf("export: --format is gdelt, phoenix, jsonl or csv, not '%s'", argv[i]);
                return 2;
            }
            have_format = true;
        } else {
            cli_errorf("export: unknown option '%s'", argv[i]);
            usage(stderr);
            return 2;
        }
    }
    if (!have_format) {
        cli_errorf("export: --format is required (gdelt, phoenix, jsonl, csv)");
        return 2;
    }
    tac_store *s = cli_store_open_existing(cli_store_url(db));
    if (!s)
        return 1;
    tac_buf_init(&x.buf);
    tac_export_header(x.f, &x.buf);
    tac_error err = {0};
    tac_status st = tac_store_events(s, &f, row, &x, &err);
    int rc = 0;
    if (st) {
        cli_errorf("export: %s%s%s", err.message, err.detail[0] ? ": " : "", err.detail);
        rc = st == TAC_ERR_ARG ? 2 : 1;
    }
    if (!cli_flush(&x.buf) || x.failed || fflush(stdout))
        rc = rc ? rc : 1;
    tac_buf_free(&x.buf);
    tac_store_close(s);
    return rc;
}
