/*
 * Rebuilding the ledger from the event store: one streaming query over the
 * events that can change a relationship (roots 03–06, 08, 16), joined with
 * their article and sentence, in (article, sentence, seq) order, so the
 * events of one sentence arrive together. Memory: one sentence's events.
 * The result does not depend on ingestion order: the ledger sorts its changes.
 */
#include "ledger/ledger.h"
#include "store/store_impl.h"
#include <stdlib.h>
#include <stdio.h>

#define MAX_SENTENCE_EVENTS 256

typedef struct group {
    tac_ledger *l;
    tac_ledger_event evs[MAX_SENTENCE_EVENTS];
    char *strings[MAX_SENTENCE_EVENTS][9];
    size_t n;
    bool failed;
} group;

static void flush(group *g)
{
    if (g->n && tac_ledger_add_sentence(g->l, g->evs, g->n) < 0)
        g->failed = true;
    for (size_t i = 0; i < g->n; i++)
        for (int k = 0; k < 9; k++)
            free(g->strings[i][k]);
    g->n = 0;
}

static int32_t int_or(const char *v, int32_t dflt)
{
    return v ? (int32_t)strtol(v, NULL, 10) : dflt;
}

static int on_row(void *ctx, int ncols, const char *const *v)
{
    group *g = ctx;
    if (ncols < 15)
        return 1;
    /* a new sentence starts a new group */
    if (g->n && (strcmp(g->evs[0].article, v[0]) || g->evs[0].sentence != (uint32_t)int_or(v[4], 0)))
        flush(g);
    if (g->n == MAX_SENTENCE_EVENTS)
        flush(g);
    tac_ledger_event *e = &g->evs[g->n];
    char **s = g->strings[g->n];
    const int text_cols[9] = {0, 6, 7, 8, 9, 10, 11, 12, 14};
    for (int k = 0; k < 9; k++)
        s[k] = v[text_cols[k]] ? strdup(v[text_cols[k]]) : NULL;
    memset(e, 0, sizeof *e);
    e->article = s[0] ? s[0] : "";
    e->content = tac_hash(v[14] ? v[14] : "", v[14] ? strlen(v[14]) : 0);
    e->published = int_or(v[2], TAC_NO_DATE);
    e->id = v[3] ? strtoll(v[3], NULL, 10) : -1;
    e->sentence = (uint32_t)int_or(v[4], 0);
    e->date = int_or(v[5], e->published);
    e->code = s[1];
    e->source = s[2];
    e->target = s[3];
    e->source_country = s[4];
    e->target_country = s[5];
    e->verb = s[6];
    e->mode = s[7];
    e->negated = v[13] && strcmp(v[13], "0") && strcmp(v[13], "f");
    e->sentence_text = s[8];
    g->n++;
    return g->failed;
}

tac_status tac_ledger_load_store(tac_ledger *l, tac_store *st, tac_error *err)
{
    static const char sql[] =
        "SELECT a.article_id, a.content_hash, COALESCE(a.original_published, a.published), e.id,"
        " e.sentence, e.date, e.code, e.source_code, e.target_code, e.source_country, e.target_country,"
        " e.verb_text, e.mode, e.negated, e.sentence_text"
        " FROM events_full e JOIN articles a ON a.id = e.article"
        " WHERE e.root IN ('03','04','05','06','08','16')"
        " ORDER BY a.article_id, e.sentence, e.seq";
    group *g = calloc(1, sizeof *g);
    if (!g)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    g->l = l;
    tac_status s = st->ops->select(st, sql, NULL, 0, on_row, g, err);
    flush(g);
    bool failed = g->failed;
    free(g);
    if (s == TAC_OK && failed)
        s = tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    if (s == TAC_OK)
        tac_ledger_finish(l);
    return s;
}
