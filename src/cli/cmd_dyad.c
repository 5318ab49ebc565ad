/* tacitus dyad A B — events between two actors per day/week/month/year, in
 * both directions: counts per quad class and mean Goldstein value. */
#include "cli/store_cli.h"
#include <stdio.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: tacitus dyad [--db URL] A B [--by day|week|month|year] [--from D] [--to D]\n"
            "                    [--format jsonl|table]\n"
            "A, B: country codes (CHN) or actor-code prefixes (CHNGOV). One row per period and\n"
            "direction (A>B, then B>A): events, quad classes 1-4, mean Goldstein.\n");
}

typedef struct dyad_out {
    bool table;
    tac_period by;
    const char *a, *b;
    tac_buf buf;
} dyad_out;

static int point(const tac_dyad_point *p, void *ctx)
{
    dyad_out *o = ctx;
    if (!o->table) {
        tac_export_dyad_json(p, o->by, o->a, o->b, &o->buf);
    } else {
        char label[11];
        tac_period_label(o->by, p->start, label);
        char dir[80];
        snprintf(dir, sizeof dir, "%s>%s", p->direction ? o->b : o->a, p->direction ? o->a : o->b);
        tac_buf_printf(&o->buf, "%-10s %-20s %7llu %6llu %6llu %6llu %6llu ", label, dir,
                       (unsigned long long)p->events, (unsigned long long)p->quad[0],
                       (unsigned long long)p->quad[1], (unsigned long long)p->quad[2],
                       (unsigned long long)p->quad[3]);
        if (p->events)
            tac_buf_printf(&o->buf, "%8.2f\n", p->goldstein_mean);
        else
            tac_buf_printf(&o->buf, "%8s\n", "-");
    }
    if (o->buf.len > 1 << 16)
        cli_flush(&o->buf);
    return 0;
}

int cli_cmd_dyad(int argc, char **argv)
{
    const char *db = NULL;
    char *sides[2] = {NULL, NULL};
    int nsides = 0;
    dyad_out o = {.by = TAC_BY_MONTH};
    int32_t from = TAC_NO_DATE, to = TAC_NO_DATE;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--db") && i + 1 < argc) {
            db = argv[++i];
        } else if (!strcmp(a, "--by") && i + 1 < argc) {
            if (!tac_period_from_name(argv[++i], &o.by)) {
                cli_errorf("dyad: --by is day, week, month or year, not '%s'", argv[i]);
                return 2;
            }
        } else if ((!strcmp(a, "--from") || !strcmp(a, "--to")) && i + 1 < argc) {
            int32_t d = cli_parse_date(a, argv[++i]);
            if (d == TAC_NO_DATE)
                return 2;
            *(a[2] == 'f' ? &from : &to) = d;
        } else if (!strcmp(a, "--format") && i + 1 < argc) {
            const char *v = argv[++i];
            if (!strcmp(v, "table"))
                o.table = true;
            else if (strcmp(v, "jsonl")) {
                cli_errorf("dyad: --format is jsonl or table, not '%s'", v);
                return 2;
            }
        } else if (a[0] == '-' && a[1]) {
            cli_errorf("dyad: unknown option '%s'", a);
            usage(stderr);
            return 2;
        } else if (nsides < 2) {
            sides[nsides++] = cli_upper(argv[i]);
        } else {
            cli_errorf("dyad: more than two actors given ('%s')", a);
            return 2;
        }
    }
    if (nsides != 2) {
        usage(stderr);
        return 2;
    }
    o.a = sides[0];
    o.b = sides[1];
    tac_store *s = cli_store_open_existing(cli_store_url(db));
    if (!s)
        return 1;
    tac_buf_init(&o.buf);
    if (o.table)
        tac_buf_printf(&o.buf, "%-10s %-20s %7s %6s %6s %6s %6s %8s\n", "period", "direction", "events",
                       "q1", "q2", "q3", "q4", "gold");
    tac_error err = {0};
    tac_status st = tac_store_dyad(s, o.a, o.b, o.by, from, to, point, &o, &err);
    int rc = 0;
    if (st) {
        cli_errorf("dyad: %s%s%s", err.message, err.detail[0] ? ": " : "", err.detail);
        rc = st == TAC_ERR_ARG ? 2 : 1;
    }
    if (!cli_flush(&o.buf) || fflush(stdout))
        rc = rc ? rc : 1;
    tac_buf_free(&o.buf);
    tac_store_close(s);
    return rc;
}
