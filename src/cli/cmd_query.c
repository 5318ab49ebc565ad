/* tacitus query — stored events by actor, country, dyad, code, root, quad
 * class, date range or article, as JSON Lines or an aligned table. Rows are
 * streamed: memory does not grow with the result. */
#include "cli/store_cli.h"
#include <stdio.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: tacitus query [--db URL] [filters] [--format jsonl|table]\n"
            "filters: --actor CODE   source or target code starts with CODE (3 letters: country)\n"
            "         --country ISO  source or target country\n"
            "         --dyad A B     between A and B, both directions\n"
            "         --code C  --root R  --quad 1..4\n"
            "         --from YYYY-MM-DD  --to YYYY-MM-DD  --article ID\n"
            "         --limit N  --after ID (events with a larger id: paging)\n"
            "--db: sqlite:PATH, a path, or postgres://… (default $TACITUS_DB or tacitus.db)\n");
}

typedef struct out_ctx {
    bool table;
    tac_buf buf;
    bool failed;
    uint64_t n;
} out_ctx;

static void cell(tac_buf *b, const char *s, int width)
{
    int n = 0;
    if (s)
        for (; s[n] && n < width; n++)
            tac_buf_putc(b, (s[n] == '\t' || s[n] == '\n') ? ' ' : s[n]);
    for (; n < width; n++)
        tac_buf_putc(b, ' ');
    tac_buf_putc(b, ' ');
}

static int row(const tac_stored_event *e, void *ctx)
{
    out_ctx *o = ctx;
    if (o->table) {
        char date[11] = "";
        if (e->date != TAC_NO_DATE)
            tac_date_format(e->date, date);
        tac_buf_printf(&o->buf, "%-16lld ", (long long)e->id);
        cell(&o->buf, date, 10);
        cell(&o->buf, e->source.code, 12);
        cell(&o->buf, e->target.code, 12);
        cell(&o->buf, e->code, 5);
        tac_buf_printf(&o->buf, "%-4d %6.1f ", e->quad, e->goldstein);
        cell(&o->buf, e->article, 24);
        tac_buf_printf(&o->buf, "%u\n", e->sentence);
    } else {
        tac_export_event(TAC_EXPORT_JSONL, e, &o->buf);
    }
    o->n++;
    if (o->buf.len > 1 << 16 && !cli_flush(&o->buf)) {
        o->failed = true;
        return 1;
    }
    return 0;
}

int cli_cmd_query(int argc, char **argv)
{
    const char *db = NULL;
    bool table = false;
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
            const char *v = argv[++i];
            if (!strcmp(v, "table"))
                table = true;
            else if (strcmp(v, "jsonl")) {
                cli_errorf("query: --format is jsonl or table, not '%s'", v);
                return 2;
            }
        } else {
            cli_errorf("query: unknown option '%s'", argv[i]);
            usage(stderr);
            return 2;
        }
    }
    tac_store *s = cli_store_open_existing(cli_store_url(db));
    if (!s)
        return 1;
    out_ctx o = {.table = table};
    tac_buf_init(&o.buf);
    if (table)
        tac_buf_printf(&o.buf, "%-16s %-10s %-12s %-12s %-5s %-4s %6s %-24s %s\n", "id", "date",
                       "source", "target", "code", "quad", "gold", "article", "sentence");
    tac_error err = {0};
    tac_status st = tac_store_events(s, &f, row, &o, &err);
    int rc = 0;
    if (st) {
        cli_errorf("query: %s%s%s", err.message, err.detail[0] ? ": " : "", err.detail);
        rc = st == TAC_ERR_ARG ? 2 : 1;
    }
    if (!cli_flush(&o.buf) || o.failed || fflush(stdout))
        rc = rc ? rc : 1;
    tac_buf_free(&o.buf);
    tac_store_close(s);
    return rc;
}
