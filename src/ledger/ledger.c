/* The relations ledger: data, change list, ordering, state queries. See
 * ledger.h for the contract and docs/ledger.md for the state machines. */
#include "ledger/ledger.h"
#include "ledger/ledger_impl.h"
#include <stdlib.h>
#include <stdio.h>
#include <ctype.h>

extern const char tac_ledger_ladders_tsv[];
extern const char tac_ledger_baseline_tsv[];

static const char *const dim_names[TAC_LDIM_COUNT] = {"ties", "partnership", "sanctions", "membership",
                                                      "agreement"};
static const char *const mod_names[] = {"fact", "announced", "denied", "hypothetical"};

const char *tac_ldim_name(tac_ldim d) { return (unsigned)d < TAC_LDIM_COUNT ? dim_names[d] : "?"; }
const char *tac_lmod_name(tac_lmod m) { return (unsigned)m < 4 ? mod_names[m] : "?"; }

bool tac_ldim_from_name(const char *s, tac_ldim *out)
{
    for (int i = 0; i < TAC_LDIM_COUNT; i++)
        if (!strcmp(s, dim_names[i])) {
            *out = (tac_ldim)i;
            return true;
        }
    return false;
}

bool tac_ldim_symmetric(tac_ldim d)
{
    return d == TAC_LDIM_TIES || d == TAC_LDIM_PARTNERSHIP || d == TAC_LDIM_AGREEMENT;
}

void tac_ledger_pair(tac_ldim dim, const char *x, const char *y, char a[24], char b[24])
{
    if (tac_ldim_symmetric(dim) && strcmp(x, y) > 0) {
        const char *t = x;
        x = y;
        y = t;
    }
    snprintf(a, 24, "%s", x);
    snprintf(b, 24, "%s", y);
}

bool tac_ledger_applies(const tac_lchange *c)
{
    return c->modality == TAC_LMOD_FACT || c->modality == TAC_LMOD_ANNOUNCED;
}

/* ---- change list -------------------------------------------------------- */

tac_lchange *tac_ledger_push(tac_ledger *l)
{
    if (l->n == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 64;
        tac_lchange *p = realloc(l->changes, ncap * sizeof *p);
        if (!p)
            return NULL;
        l->changes = p;
        l->cap = ncap;
    }
    tac_lchange *c = &l->changes[l->n++];
    memset(c, 0, sizeof *c);
    l->finished = false;
    return c;
}

static void change_release(tac_lchange *c)
{
    free(c->source);
    for (uint32_t i = 0; i < c->nevidence; i++) {
        free(c->evidence[i].article);
        free(c->evidence[i].text);
    }
}

void tac_ledger_free(tac_ledger *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++)
        change_release(&l->changes[i]);
    free(l->changes);
    free(l->tiers);
    free(l);
}

/* ---- embedded data ------------------------------------------------------ */

/* Split one TSV line into at most max fields (in place). */
static int split_tsv(char *line, char **f, int max)
{
    int n = 0;
    char *p = line;
    while (n < max) {
        f[n++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = 0;
        p = t + 1;
    }
    return n;
}

static void lower_copy(char *dst, size_t cap, const char *src)
{
    size_t i = 0;
    for (; src[i] && i + 1 < cap; i++)
        dst[i] = (char)tolower((unsigned char)src[i]);
    dst[i] = 0;
}

static tac_status add_tier(tac_ledger *l, const char *owner, int rank, const char *name,
                           const char *canonical)
{
    if (l->ntiers == l->cap_tiers) {
        size_t ncap = l->cap_tiers ? l->cap_tiers * 2 : 64;
        tac_ltier *p = realloc(l->tiers, ncap * sizeof *p);
        if (!p)
            return TAC_ERR_NOMEM;
        l->tiers = p;
        l->cap_tiers = ncap;
    }
    tac_ltier *t = &l->tiers[l->ntiers++];
    snprintf(t->owner, sizeof t->owner, "%s", owner);
    t->rank = rank;
    lower_copy(t->name, sizeof t->name, name);
    lower_copy(t->canonical, sizeof t->canonical, canonical);
    return TAC_OK;
}

static char *trim(char *s)
{
    while (*s == ' ')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
        s[--n] = 0;
    return s;
}

static tac_status load_ladders(tac_ledger *l, tac_error *err)
{
    char *copy = strdup(tac_ledger_ladders_tsv);
    if (!copy)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    tac_status st = TAC_OK;
    int lineno = 0;
    bool header = true;
    for (char *line = copy, *next; line && st == TAC_OK; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        lineno++;
        if (!*line || line[0] == '#')
            continue;
        if (header) {   /* the column names */
            header = false;
            continue;
        }
        char *f[5];
        int n = split_tsv(line, f, 5);
        if (n < 3 || atoi(f[1]) <= 0) {
            st = tac_fail(err, TAC_ERR_FORMAT, "malformed ladder row", 0, "data/ledger/ladders.tsv:%d",
                          lineno);
            break;
        }
        int rank = atoi(f[1]);
        char *canon = trim(f[2]);
        st = add_tier(l, f[0], rank, canon, canon);
        if (st == TAC_OK && n >= 4) {
            for (char *tok = strtok(f[3], ";"); tok && st == TAC_OK; tok = strtok(NULL, ";")) {
                char *alias = trim(tok);
                if (*alias)
                    st = add_tier(l, f[0], rank, alias, canon);
            }
        }
    }
    free(copy);
    if (st == TAC_ERR_NOMEM)
        tac_fail(err, st, NULL, 0, NULL);
    return st;
}

static tac_status load_baseline(tac_ledger *l, tac_error *err)
{
    char *copy = strdup(tac_ledger_baseline_tsv);
    if (!copy)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    tac_status st = TAC_OK;
    int lineno = 0;
    bool header = true;
    for (char *line = copy, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        lineno++;
        if (!*line || line[0] == '#')
            continue;
        if (header) {
            header = false;
            continue;
        }
        char *f[7];
        int n = split_tsv(line, f, 7);
        tac_ldim dim;
        size_t dl = n >= 6 ? strlen(f[5]) : 0;
        int32_t date = dl >= 8 ? tac_date_parse(f[5], 8) : TAC_NO_DATE;
        if (n < 6 || !tac_ldim_from_name(f[0], &dim) || date == TAC_NO_DATE) {
            st = tac_fail(err, TAC_ERR_FORMAT, "malformed baseline row", 0, "data/ledger/baseline.tsv:%d",
                          lineno);
            break;
        }
        tac_lchange *c = tac_ledger_push(l);
        if (!c) {
            st = tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
            break;
        }
        c->dim = (uint8_t)dim;
        c->baseline = true;
        c->modality = TAC_LMOD_FACT;
        tac_ledger_pair(dim, f[1], f[2], c->a, c->b);
        lower_copy(c->state, sizeof c->state, trim(f[3]));
        snprintf(c->detail, sizeof c->detail, "%s", trim(f[4]));
        if (dim == TAC_LDIM_PARTNERSHIP)
            snprintf(c->owner, sizeof c->owner, "%s", f[1]);
        c->date = date;
        c->narticles = 0;
        if (n >= 7) {
            char src[512];
            snprintf(src, sizeof src, "%s%s", trim(f[6]), dl > 8 && f[5][8] == '?' ? " (day uncertain)" : "");
            c->source = strdup(src);
        }
    }
    free(copy);
    return st;
}

tac_status tac_ledger_new(tac_ledger **out, tac_error *err)
{
    tac_ledger *l = calloc(1, sizeof *l);
    if (!l)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    tac_status st = load_ladders(l, err);
    if (st == TAC_OK)
        st = load_baseline(l, err);
    if (st != TAC_OK) {
        tac_ledger_free(l);
        return st;
    }
    *out = l;
    return TAC_OK;
}

/* ---- ladders ------------------------------------------------------------ */

const tac_ltier *tac_ledger_find_tier(const tac_ledger *l, const char *owner, const char *name)
{
    for (size_t i = 0; i < l->ntiers; i++)
        if (!strcmp(l->tiers[i].owner, owner) && !strcmp(l->tiers[i].name, name))
            return &l->tiers[i];
    return NULL;
}

int tac_ledger_tier_rank(const tac_ledger *l, const char *owner, const char *tier)
{
    char low[72];
    lower_copy(low, sizeof low, tier);
    const tac_ltier *t = tac_ledger_find_tier(l, owner, low);
    return t ? t->rank : 0;
}

const char *tac_ledger_rung(const tac_ledger *l, const char *owner, int rank)
{
    /* the canonical tier of that rank listed last: the plain form of a rung
     * whose variants share the rank ("strategic partnership") */
    const char *best = "";
    for (size_t i = 0; i < l->ntiers; i++)
        if (l->tiers[i].rank == rank && !strcmp(l->tiers[i].owner, owner) &&
            !strcmp(l->tiers[i].name, l->tiers[i].canonical))
            best = l->tiers[i].canonical;
    return best;
}

int tac_ledger_rungs(const tac_ledger *l, const char *owner)
{
    int max = 0;
    for (size_t i = 0; i < l->ntiers; i++)
        if (!strcmp(l->tiers[i].owner, owner) && l->tiers[i].rank > max)
            max = l->tiers[i].rank;
    return max;
}

/* ---- ordering and merging ----------------------------------------------- */

/* Strength within one date: the strongest report is applied last and wins. */
static int strength(const tac_lchange *c)
{
    int s = c->modality == TAC_LMOD_FACT ? 2 : c->modality == TAC_LMOD_ANNOUNCED ? 1 : 0;
    return s * 1000000 + (int)(c->narticles > 999999 ? 999999 : c->narticles);
}

static int cmp_evidence(const tac_lchange *x, const tac_lchange *y)
{
    const char *ax = x->nevidence ? x->evidence[0].article : "";
    const char *ay = y->nevidence ? y->evidence[0].article : "";
    int r = strcmp(ax, ay);
    if (r)
        return r;
    int32_t sx = x->nevidence ? x->evidence[0].sentence : -1, sy = y->nevidence ? y->evidence[0].sentence : -1;
    if (sx != sy)
        return sx < sy ? -1 : 1;
    int64_t ex = x->nevidence ? x->evidence[0].event : -1, ey = y->nevidence ? y->evidence[0].event : -1;
    return ex < ey ? -1 : ex > ey;
}

static int cmp_change(const void *pa, const void *pb)
{
    const tac_lchange *x = pa, *y = pb;
    if (x->dim != y->dim)
        return x->dim < y->dim ? -1 : 1;
    int r = strcmp(x->a, y->a);
    if (r)
        return r;
    if ((r = strcmp(x->b, y->b)))
        return r;
    if (x->date != y->date)
        return x->date < y->date ? -1 : 1;
    if (x->baseline != y->baseline)
        return x->baseline ? -1 : 1;
    int sx = strength(x), sy = strength(y);
    if (sx != sy)
        return sx < sy ? -1 : 1;
    if ((r = strcmp(x->state, y->state)))
        return r;
    if ((r = strcmp(x->via, y->via)))   /* same_report keys on via: keep them adjacent */
        return r;
    if ((r = strcmp(x->detail, y->detail)))
        return r;
    return cmp_evidence(x, y);
}

/* Same report: same pair, dimension, date, state, modality and mediator. */
static bool same_report(const tac_lchange *x, const tac_lchange *y)
{
    return x->dim == y->dim && !x->baseline && !y->baseline && x->date == y->date &&
           x->modality == y->modality && !strcmp(x->a, y->a) && !strcmp(x->b, y->b) &&
           !strcmp(x->state, y->state) && !strcmp(x->via, y->via);
}

static uint32_t count_articles(const tac_lchange *c)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < c->nevidence; i++) {
        bool seen = false;
        for (uint32_t j = 0; j < i && !seen; j++)
            seen = c->evidence[j].content == c->evidence[i].content;
        n += !seen;
    }
    return n;
}

void tac_ledger_finish(tac_ledger *l)
{
    if (l->finished)
        return;
    /* First an order that ignores article counts, so merging is stable. */
    for (size_t i = 0; i < l->n; i++)
        if (!l->changes[i].baseline)
            l->changes[i].narticles = count_articles(&l->changes[i]);
    qsort(l->changes, l->n, sizeof *l->changes, cmp_change);
    size_t w = 0;
    for (size_t i = 0; i < l->n; i++) {
        tac_lchange *c = &l->changes[i];
        if (w > 0 && same_report(&l->changes[w - 1], c)) {
            tac_lchange *keep = &l->changes[w - 1];
            for (uint32_t k = 0; k < c->nevidence; k++) {
                if (keep->nevidence < TAC_LEDGER_MAX_EVIDENCE) {
                    keep->evidence[keep->nevidence++] = c->evidence[k];
                } else {
                    free(c->evidence[k].article);
                    free(c->evidence[k].text);
                }
            }
            c->nevidence = 0;
            if (!keep->detail[0])
                memcpy(keep->detail, c->detail, sizeof keep->detail);
            change_release(c);
            keep->narticles = count_articles(keep);
            continue;
        }
        if (w != i)
            l->changes[w] = *c;
        w++;
    }
    l->n = w;
    /* Article counts changed by merging: order again by strength. */
    qsort(l->changes, l->n, sizeof *l->changes, cmp_change);
    l->finished = true;
}

size_t tac_ledger_count(const tac_ledger *l) { return l->n; }
const tac_lchange *tac_ledger_at(const tac_ledger *l, size_t i) { return i < l->n ? &l->changes[i] : NULL; }

const tac_lchange *tac_ledger_state(const tac_ledger *l, tac_ldim dim, const char *x, const char *y,
                                    int32_t at, const tac_lchange **hist, size_t *nhist, size_t maxhist)
{
    char a[24], b[24];
    tac_ledger_pair(dim, x, y, a, b);
    const tac_lchange *cur = NULL;
    size_t nh = 0;
    for (size_t i = 0; i < l->n; i++) {
        const tac_lchange *c = &l->changes[i];
        if (c->dim != dim || strcmp(c->a, a) || strcmp(c->b, b))
            continue;
        if (hist && nh < maxhist)
            hist[nh] = c;
        nh++;
        if (c->date <= at && tac_ledger_applies(c))
            cur = c;
    }
    if (nhist)
        *nhist = nh < maxhist ? nh : maxhist;
    return cur;
}

const tac_lchange *tac_ledger_since(const tac_ledger *l, const tac_lchange *cur)
{
    if (!cur || cur < l->changes || cur >= l->changes + l->n)
        return cur;
    const tac_lchange *first = cur;
    for (const tac_lchange *c = cur - 1; c >= l->changes; c--) {
        if (c->dim != cur->dim || strcmp(c->a, cur->a) || strcmp(c->b, cur->b))
            break;
        if (!tac_ledger_applies(c))
            continue;
        if (strcmp(c->state, cur->state))
            break;
        first = c;
    }
    return first;
}

size_t tac_ledger_corroborating(const tac_ledger *l, const tac_lchange *cur, const tac_lchange **out, size_t max)
{
    const tac_lchange *first = tac_ledger_since(l, cur);
    size_t n = 0;
    if (!first)
        return 0;
    for (const tac_lchange *c = first; c < cur && n < max; c++)
        if (tac_ledger_applies(c) && !strcmp(c->state, cur->state))
            out[n++] = c;
    return n;
}

const char *tac_ledger_actor_alias(const char *x)
{
    static const char *const map[][2] = {
        {"ARL", "IGOMEAARL"}, {"ARABLEAGUE", "IGOMEAARL"}, {"AU", "IGOAFRAFU"}, {"AFU", "IGOAFRAFU"},
        {"EU", "IGOEUREEC"}, {"NATO", "IGOWSTNAT"}, {"NAT", "IGOWSTNAT"}, {"UN", "IGOUNO"}, {"UNO", "IGOUNO"},
        {"ECOWAS", "IGOWAFWAS"}, {"WAS", "IGOWAFWAS"}, {"ASEAN", "IGOSEAASN"}, {"GCC", "IGOMEAGCC"},
        {"OAS", "IGOOAS"},
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strcmp(x, map[i][0]))
            return map[i][1];
    return x;
}
