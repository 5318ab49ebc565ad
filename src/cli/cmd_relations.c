/* tacitus relations — where a pair stands (the relations ledger). */
#include "cli/cli.h"
#include "ledger/ledger.h"
#include "store/store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_HISTORY 256

static void usage(FILE *f)
{
    fputs("usage: tacitus relations A B [--at YYYY-MM-DD] [--db URL] [--format jsonl|table]\n"
          "       tacitus relations A --ladder [--at YYYY-MM-DD] [--db URL] [--format jsonl|table]\n"
          "       tacitus relations --changed-since YYYY-MM-DD [--db URL] [--format jsonl|table]\n\n"
          "The state of a relationship at a date, from baseline facts (data/ledger) and the\n"
          "events stored by 'tacitus ingest': partnership tier (with its rung on the owner's\n"
          "ladder), diplomatic ties, sanctions either way, membership either way, agreements.\n"
          "A and B are country codes (CHN), blocs (WST) or organization codes (IGOMEAARL; ARL\n"
          "and a few other short names are accepted). The ledger is rebuilt from the stored\n"
          "events on every call, so it never depends on the order articles were ingested.\n",
          f);
}

static void date_str(int32_t d, char buf[11])
{
    if (d == TAC_NO_DATE)
        strcpy(buf, "");
    else
        tac_date_format(d, buf);
}

/* --changed-since lists in date order; within a date, the ledger's own
 * (deterministic) order, which the pointers preserve. */
static int cmp_date(const void *pa, const void *pb)
{
    const tac_lchange *x = *(const tac_lchange *const *)pa, *y = *(const tac_lchange *const *)pb;
    if (x->date != y->date)
        return x->date < y->date ? -1 : 1;
    return x < y ? -1 : x > y;
}

typedef struct view {
    const tac_ledger *l;
    int32_t at;
    bool table;
    tac_buf out;
} view;

static void flush_out(view *v)
{
    fwrite(v->out.data ? v->out.data : "", 1, v->out.len, stdout);
    v->out.len = 0;
}

/* One dimension of one (ordered) pair. */
static void show_dim(view *v, tac_ldim dim, const char *x, const char *y)
{
    const tac_lchange *hist[MAX_HISTORY];
    size_t nh = 0;
    const tac_lchange *cur = tac_ledger_state(v->l, dim, x, y, v->at, hist, &nh, MAX_HISTORY);
    if (!cur && nh == 0)
        return;
    char at[11], since[11];
    date_str(v->at, at);
    const tac_lchange *first = tac_ledger_since(v->l, cur);
    date_str(first ? first->date : TAC_NO_DATE, since);
    int rank = 0, rungs = 0;
    const char *owner = cur && cur->owner[0] ? cur->owner : NULL;
    if (dim == TAC_LDIM_PARTNERSHIP && owner) {
        rank = tac_ledger_tier_rank(v->l, owner, cur->state);
        rungs = tac_ledger_rungs(v->l, owner);
    }
    if (v->table) {
        tac_buf_printf(&v->out, "%-12s %s%s%s  ", tac_ldim_name(dim), x,
                       dim == TAC_LDIM_SANCTIONS ? " → " : dim == TAC_LDIM_MEMBERSHIP ? " in " : " – ", y);
        if (cur) {
            tac_buf_printf(&v->out, "%s since %s (%s, %s", cur->state, since, cur->baseline ? "baseline" : "news",
                           tac_lmod_name((tac_lmod)cur->modality));
            if (!cur->baseline)
                tac_buf_printf(&v->out, ", %u article%s", cur->narticles, cur->narticles == 1 ? "" : "s");
            tac_buf_puts(&v->out, ")");
            if (cur->detail[0])
                tac_buf_printf(&v->out, " [%s]", cur->detail);
            if (cur->via[0])
                tac_buf_printf(&v->out, " via %s", cur->via);
            if (rank)
                tac_buf_printf(&v->out, "; rung %d of %d on %s's ladder%s%s%s", rank, rungs, owner,
                               rank > 1 ? ", one rung below " : "", rank > 1 ? tac_ledger_rung(v->l, owner, rank - 1) : "",
                               "");
        } else {
            tac_buf_puts(&v->out, "no state in force");
        }
        tac_buf_putc(&v->out, '\n');
        const tac_lchange *corr[MAX_HISTORY];
        size_t ncorr = cur ? tac_ledger_corroborating(v->l, cur, corr, MAX_HISTORY) : 0;
        for (size_t i = 0; i < ncorr; i++) {
            char d[11];
            date_str(corr[i]->date, d);
            tac_buf_printf(&v->out, "    corroborated by %s %s (%s%s%s)\n", corr[i]->baseline ? "baseline" : "news", d,
                           tac_lmod_name((tac_lmod)corr[i]->modality), corr[i]->via[0] ? ", via " : "",
                           corr[i]->via);
        }
        for (size_t i = 0; i < nh; i++) {
            const tac_lchange *c = hist[i];
            char d[11];
            date_str(c->date, d);
            tac_buf_printf(&v->out, "    %s  %-14s %s%s%s%s%s%s%s\n", d, c->state, c->baseline ? "baseline" : "news",
                           c->via[0] ? " via " : "", c->via,
                           tac_ledger_applies(c) ? "" : " (not applied: ", tac_ledger_applies(c) ? "" : tac_lmod_name((tac_lmod)c->modality),
                           tac_ledger_applies(c) ? "" : ")", c->date > v->at ? "  [after --at]" : "");
            if (c->source)
                tac_buf_printf(&v->out, "        source: %s\n", c->source);
            for (uint32_t k = 0; k < c->nevidence; k++) {
                /* several events of one sentence: show the sentence once */
                bool shown = false;
                for (uint32_t j = 0; j < k && !shown; j++)
                    shown = c->evidence[j].text && c->evidence[j].sentence == c->evidence[k].sentence &&
                            !strcmp(c->evidence[j].article ? c->evidence[j].article : "",
                                    c->evidence[k].article ? c->evidence[k].article : "");
                if (c->evidence[k].text && !shown)
                    tac_buf_printf(&v->out, "        evidence: %s #%d: %s\n", c->evidence[k].article,
                                   c->evidence[k].sentence, c->evidence[k].text);
            }
        }
        return;
    }
    if (tac_ledger_dim_json(v->l, dim, x, y, v->at, &v->out))
        tac_buf_putc(&v->out, '\n');
}

static void show_pair(view *v, const char *a, const char *b)
{
    show_dim(v, TAC_LDIM_PARTNERSHIP, a, b);
    show_dim(v, TAC_LDIM_TIES, a, b);
    show_dim(v, TAC_LDIM_SANCTIONS, a, b);
    show_dim(v, TAC_LDIM_SANCTIONS, b, a);
    show_dim(v, TAC_LDIM_MEMBERSHIP, a, b);
    show_dim(v, TAC_LDIM_MEMBERSHIP, b, a);
    show_dim(v, TAC_LDIM_AGREEMENT, a, b);
}

static void show_ladder(view *v, const char *owner)
{
    int rungs = tac_ledger_rungs(v->l, owner);
    char at[11];
    date_str(v->at, at);
    size_t n = tac_ledger_count(v->l);
    for (int rank = 1; rank <= rungs + 1; rank++) {
        bool header = false;
        const char *seen[4096];
        size_t nseen = 0;
        for (size_t i = 0; i < n; i++) {
            const tac_lchange *c = tac_ledger_at(v->l, i);
            if (c->dim != TAC_LDIM_PARTNERSHIP || (strcmp(c->a, owner) && strcmp(c->b, owner)))
                continue;
            const char *partner = strcmp(c->a, owner) ? c->a : c->b;
            bool dup = false;
            for (size_t k = 0; k < nseen && !dup; k++)
                dup = !strcmp(seen[k], partner);
            if (dup || nseen == 4096)
                continue;
            seen[nseen++] = partner;
            const tac_lchange *cur = tac_ledger_state(v->l, TAC_LDIM_PARTNERSHIP, owner, partner, v->at, NULL, NULL, 0);
            if (!cur)
                continue;
            int r = tac_ledger_tier_rank(v->l, owner, cur->state);
            if ((r ? r : rungs + 1) != rank)
                continue;
            char since[11];
            date_str(tac_ledger_since(v->l, cur)->date, since);
            if (v->table) {
                if (!header)
                    tac_buf_printf(&v->out, "%d  %s\n", rank,
                                   rank <= rungs ? tac_ledger_rung(v->l, owner, rank) : "(tiers not on this ladder)");
                header = true;
                tac_buf_printf(&v->out, "     %-4s %s since %s (%s)\n", partner, cur->state, since,
                               cur->baseline ? "baseline" : "news");
            }
        }
    }
}

int cli_cmd_relations(int argc, char **argv)
{
    const char *db = NULL, *format = "jsonl", *at_s = NULL, *since_s = NULL;
    const char *pos[2] = {NULL, NULL};
    int npos = 0;
    bool ladder = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--db") && i + 1 < argc) {
            db = argv[++i];
        } else if (!strcmp(a, "--format") && i + 1 < argc) {
            format = argv[++i];
        } else if (!strcmp(a, "--at") && i + 1 < argc) {
            at_s = argv[++i];
        } else if (!strcmp(a, "--changed-since") && i + 1 < argc) {
            since_s = argv[++i];
        } else if (!strcmp(a, "--ladder")) {
            ladder = true;
        } else if (a[0] == '-') {
            cli_errorf("relations: unknown option '%s'", a);
            usage(stderr);
            return 2;
        } else if (npos < 2) {
            pos[npos++] = a;
        } else {
            cli_errorf("relations: too many arguments");
            return 2;
        }
    }
    bool table = !strcmp(format, "table");
    if (!table && strcmp(format, "jsonl")) {
        cli_errorf("relations: --format must be jsonl or table");
        return 2;
    }
    int32_t at;
    if (at_s) {
        at = tac_date_parse(at_s, strlen(at_s));
        if (at == TAC_NO_DATE) {
            cli_errorf("relations: --at wants YYYY-MM-DD, got '%s'", at_s);
            return 2;
        }
    } else {
        at = (int32_t)(time(NULL) / 86400);
    }
    int32_t since = TAC_NO_DATE;
    if (since_s && (since = tac_date_parse(since_s, strlen(since_s))) == TAC_NO_DATE) {
        cli_errorf("relations: --changed-since wants YYYY-MM-DD, got '%s'", since_s);
        return 2;
    }
    if (!since_s && (npos == 0 || (npos == 1 && !ladder) || (npos == 2 && ladder))) {
        usage(stderr);
        return 2;
    }
    char a[24] = "", b[24] = "";
    for (int k = 0; k < npos; k++) {
        if (strlen(pos[k]) >= sizeof a) {
            cli_errorf("relations: actor code too long: '%s'", pos[k]);
            return 2;
        }
        char up[24];
        size_t i = 0;
        for (; pos[k][i]; i++)
            up[i] = (char)(pos[k][i] >= 'a' && pos[k][i] <= 'z' ? pos[k][i] - 32 : pos[k][i]);
        up[i] = 0;
        snprintf(k ? b : a, 24, "%s", tac_ledger_actor_alias(up));
    }

    tac_error err = {0};
    tac_ledger *l = NULL;
    if (tac_ledger_new(&l, &err) != TAC_OK) {
        cli_report("ledger", &err);
        return 1;
    }
    /* The store is optional: without a database the ledger is the baseline. */
    tac_store *st = NULL;
    const char *url = db ? db : "tacitus.db";
    bool have_db = db != NULL || access(url, R_OK) == 0;
    if (have_db) {
        /* read-only, as the other reading commands (see cli_store_open_existing) */
        if (tac_store_open_readonly(url, &st, &err) != TAC_OK || tac_ledger_load_store(l, st, &err) != TAC_OK) {
            cli_report(url, &err);
            tac_store_close(st);
            tac_ledger_free(l);
            return 1;
        }
        tac_store_close(st);
    } else {
        tac_ledger_finish(l);
    }

    view v = {.l = l, .at = at, .table = table};
    tac_buf_init(&v.out);
    if (since_s) {
        size_t nc = tac_ledger_count(l);
        const tac_lchange **byd = malloc((nc ? nc : 1) * sizeof *byd);
        if (!byd) {
            cli_errorf("relations: out of memory");
            tac_ledger_free(l);
            return 1;
        }
        for (size_t i = 0; i < nc; i++)
            byd[i] = tac_ledger_at(l, i);
        qsort(byd, nc, sizeof *byd, cmp_date);
        for (size_t i = 0; i < nc; i++) {
            const tac_lchange *c = byd[i];
            if (c->date < since)
                continue;
            if (npos && strcmp(c->a, a) && strcmp(c->b, a))
                continue;
            if (table) {
                char d[11];
                date_str(c->date, d);
                tac_buf_printf(&v.out, "%s  %-11s %s %s  %s (%s, %s)\n", d, tac_ldim_name((tac_ldim)c->dim), c->a,
                               c->b, c->state, c->baseline ? "baseline" : "news",
                               tac_lmod_name((tac_lmod)c->modality));
            } else {
                tac_buf_puts(&v.out, "{\"type\":\"change\",\"change\":");
                tac_ledger_change_json(&v.out, c, tac_ledger_applies(c));
                tac_buf_puts(&v.out, "}\n");
            }
            if (v.out.len > (1u << 16))
                flush_out(&v);
        }
        free(byd);
    } else if (ladder && !table) {
        if (tac_ledger_ladder_json(l, a, at, "\n", &v.out))
            tac_buf_putc(&v.out, '\n');
    } else if (ladder) {
        show_ladder(&v, a);
    } else {
        show_pair(&v, a, b);
    }
    flush_out(&v);
    bool failed = v.out.failed;
    tac_buf_free(&v.out);
    tac_ledger_free(l);
    if (failed) {
        cli_errorf("relations: out of memory");
        return 1;
    }
    return 0;
}
