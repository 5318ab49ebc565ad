/* JSON renderings of the ledger shared by `tacitus relations` and the HTTP
 * API (one record shape for both): a pair's dimensions, a ladder, a change. */
#include "ledger/ledger.h"
#include <stdio.h>

#define MAX_HISTORY 256

static void date_str(int32_t d, char buf[11])
{
    if (d == TAC_NO_DATE)
        strcpy(buf, "");
    else
        tac_date_format(d, buf);
}

static void json_evidence(tac_buf *b, const tac_lchange *c)
{
    tac_buf_puts(b, "[");
    for (uint32_t i = 0; i < c->nevidence; i++) {
        const tac_levidence *e = &c->evidence[i];
        if (i)
            tac_buf_putc(b, ',');
        tac_buf_puts(b, "{\"article\":");
        tac_buf_json_cstr(b, e->article);
        tac_buf_printf(b, ",\"sentence\":%d,\"event\":%lld,\"text\":", e->sentence, (long long)e->event);
        tac_buf_json_cstr(b, e->text);
        tac_buf_puts(b, "}");
    }
    tac_buf_puts(b, "]");
}

void tac_ledger_change_json(tac_buf *b, const tac_lchange *c, bool applied_at)
{
    char d[11];
    date_str(c->date, d);
    tac_buf_puts(b, "{\"date\":");
    tac_buf_json_cstr(b, d);
    tac_buf_puts(b, ",\"dimension\":");
    tac_buf_json_cstr(b, tac_ldim_name((tac_ldim)c->dim));
    tac_buf_puts(b, ",\"a\":");
    tac_buf_json_cstr(b, c->a);
    tac_buf_puts(b, ",\"b\":");
    tac_buf_json_cstr(b, c->b);
    tac_buf_puts(b, ",\"state\":");
    tac_buf_json_cstr(b, c->state);
    tac_buf_puts(b, ",\"detail\":");
    tac_buf_json_cstr(b, c->detail[0] ? c->detail : NULL);
    tac_buf_puts(b, ",\"via\":");
    tac_buf_json_cstr(b, c->via[0] ? c->via : NULL);
    tac_buf_printf(b, ",\"basis\":\"%s\",\"modality\":\"%s\",\"applies\":%s,\"articles\":%u",
                   c->baseline ? "baseline" : "news", tac_lmod_name((tac_lmod)c->modality),
                   applied_at ? "true" : "false", c->narticles);
    if (c->source) {
        tac_buf_puts(b, ",\"source\":");
        tac_buf_json_cstr(b, c->source);
    }
    tac_buf_puts(b, ",\"evidence\":");
    json_evidence(b, c);
    tac_buf_puts(b, "}");
}


static void date_or_null(tac_buf *b, int32_t d)
{
    char s[11];
    date_str(d, s);
    tac_buf_json_cstr(b, d == TAC_NO_DATE ? NULL : s);
}

bool tac_ledger_dim_json(const tac_ledger *l, tac_ldim dim, const char *x, const char *y, int32_t at, tac_buf *out)
{
    const tac_lchange *hist[MAX_HISTORY];
    size_t nh = 0;
    const tac_lchange *cur = tac_ledger_state(l, dim, x, y, at, hist, &nh, MAX_HISTORY);
    if (!cur && nh == 0)
        return false;
    const tac_lchange *first = tac_ledger_since(l, cur);
    tac_buf_puts(out, "{\"type\":\"relation\",\"a\":");
    tac_buf_json_cstr(out, x);
    tac_buf_puts(out, ",\"b\":");
    tac_buf_json_cstr(out, y);
    tac_buf_puts(out, ",\"at\":");
    date_or_null(out, at);
    tac_buf_puts(out, ",\"dimension\":");
    tac_buf_json_cstr(out, tac_ldim_name(dim));
    tac_buf_puts(out, ",\"state\":");
    tac_buf_json_cstr(out, cur ? cur->state : NULL);
    tac_buf_puts(out, ",\"since\":");
    date_or_null(out, first ? first->date : TAC_NO_DATE);
    const char *owner = cur && cur->owner[0] ? cur->owner : NULL;
    if (dim == TAC_LDIM_PARTNERSHIP && owner) {
        int rank = tac_ledger_tier_rank(l, owner, cur->state), rungs = tac_ledger_rungs(l, owner);
        tac_buf_puts(out, ",\"ladder\":{\"owner\":");
        tac_buf_json_cstr(out, owner);
        tac_buf_printf(out, ",\"rank\":%d,\"rungs\":%d,\"above\":", rank, rungs);
        tac_buf_json_cstr(out, rank > 1 ? tac_ledger_rung(l, owner, rank - 1) : NULL);
        tac_buf_puts(out, ",\"below\":");
        tac_buf_json_cstr(out, rank && rank < rungs ? tac_ledger_rung(l, owner, rank + 1) : NULL);
        tac_buf_puts(out, "}");
    }
    tac_buf_puts(out, ",\"current\":");
    if (cur)
        tac_ledger_change_json(out, cur, true);
    else
        tac_buf_puts(out, "null");
    tac_buf_puts(out, ",\"history\":[");
    for (size_t i = 0; i < nh; i++) {
        if (i)
            tac_buf_putc(out, ',');
        tac_ledger_change_json(out, hist[i], tac_ledger_applies(hist[i]) && hist[i]->date <= at);
    }
    tac_buf_puts(out, "]}");
    return true;
}

/* The dimensions shown for a pair, in display order (directed ones both ways). */
static const struct { tac_ldim dim; bool swap; } PAIR_DIMS[] = {
    {TAC_LDIM_PARTNERSHIP, false}, {TAC_LDIM_TIES, false}, {TAC_LDIM_SANCTIONS, false},
    {TAC_LDIM_SANCTIONS, true}, {TAC_LDIM_MEMBERSHIP, false}, {TAC_LDIM_MEMBERSHIP, true},
    {TAC_LDIM_AGREEMENT, false},
};

size_t tac_ledger_pair_dims(tac_ldim dims[8], bool swap[8])
{
    size_t n = sizeof PAIR_DIMS / sizeof *PAIR_DIMS;
    for (size_t i = 0; i < n; i++) {
        dims[i] = PAIR_DIMS[i].dim;
        swap[i] = PAIR_DIMS[i].swap;
    }
    return n;
}

size_t tac_ledger_pair_json(const tac_ledger *l, const char *a, const char *b, int32_t at, const char *sep,
                            tac_buf *out)
{
    size_t n = 0;
    for (size_t i = 0; i < sizeof PAIR_DIMS / sizeof *PAIR_DIMS; i++) {
        size_t before = out->len;
        if (n)
            tac_buf_puts(out, sep);
        if (tac_ledger_dim_json(l, PAIR_DIMS[i].dim, PAIR_DIMS[i].swap ? b : a, PAIR_DIMS[i].swap ? a : b, at, out))
            n++;
        else
            out->len = before;
    }
    if (out->data)
        out->data[out->len] = 0;
    return n;
}

size_t tac_ledger_ladder_json(const tac_ledger *l, const char *owner, int32_t at, const char *sep, tac_buf *out)
{
    int rungs = tac_ledger_rungs(l, owner);
    size_t n = 0, count = tac_ledger_count(l);
    char ats[11];
    date_str(at, ats);
    for (int rank = 1; rank <= rungs + 1; rank++) {
        for (size_t i = 0; i < count; i++) {
            const tac_lchange *c = tac_ledger_at(l, i);
            if (c->dim != TAC_LDIM_PARTNERSHIP || (strcmp(c->a, owner) && strcmp(c->b, owner)))
                continue;
            const char *partner = strcmp(c->a, owner) ? c->a : c->b;
            /* each partner once: at its first change in the (pair-sorted) list */
            bool first_of_pair = true;
            for (size_t k = i; k-- > 0;) {
                const tac_lchange *p = tac_ledger_at(l, k);
                if (p->dim != c->dim || strcmp(p->a, c->a) || strcmp(p->b, c->b))
                    break;
                first_of_pair = false;
                break;
            }
            if (!first_of_pair)
                continue;
            const tac_lchange *cur = tac_ledger_state(l, TAC_LDIM_PARTNERSHIP, owner, partner, at, NULL, NULL, 0);
            if (!cur)
                continue;
            int r = tac_ledger_tier_rank(l, owner, cur->state);
            if ((r ? r : rungs + 1) != rank)
                continue;
            char since[11];
            date_str(tac_ledger_since(l, cur)->date, since);
            if (n++)
                tac_buf_puts(out, sep);
            tac_buf_puts(out, "{\"type\":\"ladder\",\"owner\":");
            tac_buf_json_cstr(out, owner);
            tac_buf_printf(out, ",\"at\":\"%s\",\"rank\":%d,\"rung\":", ats, rank <= rungs ? rank : 0);
            tac_buf_json_cstr(out, rank <= rungs ? tac_ledger_rung(l, owner, rank) : NULL);
            tac_buf_puts(out, ",\"partner\":");
            tac_buf_json_cstr(out, partner);
            tac_buf_puts(out, ",\"tier\":");
            tac_buf_json_cstr(out, cur->state);
            tac_buf_printf(out, ",\"since\":\"%s\",\"basis\":\"%s\",\"modality\":\"%s\"}", since,
                           cur->baseline ? "baseline" : "news", tac_lmod_name((tac_lmod)cur->modality));
        }
    }
    return n;
}
