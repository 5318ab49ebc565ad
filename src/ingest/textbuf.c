/*
 * textbuf — the text layer the structured readers (HTML, Markdown) build:
 * text bytes with, per byte, the source offset it came from and TAC_TF_*
 * flags; blocks are recorded as raw ranges while the text grows and trimmed
 * when it is complete.
 *
 * Input: appends from a reader's callbacks. Output (tac_textbuf_finish):
 * doc->text, doc->map (map[len] = the end of the last text unit),
 * in->tflags, trimmed doc->blocks with their in->info.
 * Ownership: the growing arrays are malloc'd (the parsers call back many
 * times: doubling keeps that linear) and freed by tac_textbuf_free; the
 * finished layer lives in doc->arena.
 * Failure: out of memory or a text past 4 GiB sets tb->failed; every later
 * call does nothing and finish reports TAC_ERR_NOMEM.
 */
#include "ingest/ingest.h"
#include <stdlib.h>

bool tac_textbuf_reserve(tac_textbuf *tb, uint32_t extra)
{
    if (tb->failed)
        return false;
    if ((uint64_t)tb->len + extra + 1 <= tb->cap)
        return true;
    uint64_t ncap = tb->cap ? (uint64_t)tb->cap * 2 : 4096;
    while (ncap < (uint64_t)tb->len + extra + 1)
        ncap *= 2;
    if (ncap > UINT32_MAX) {
        tb->failed = true;
        return false;
    }
    char *t = realloc(tb->text, ncap);
    if (t)
        tb->text = t;
    uint32_t *mp = t ? realloc(tb->map, ncap * sizeof *mp) : NULL;
    if (mp)
        tb->map = mp;
    uint8_t *f = mp ? realloc(tb->flags, ncap) : NULL;
    if (f)
        tb->flags = f;
    if (!t || !mp || !f) {
        tb->failed = true;
        return false;
    }
    tb->cap = (uint32_t)ncap;
    return true;
}

void tac_textbuf_add_block(tac_ingest *in, tac_textbuf *tb, const tac_block *b, uint32_t group)
{
    if (tb->failed)
        return;
    uint32_t lb = 0;
    for (uint32_t i = b->tstart; i < b->tend; i++)
        lb += tb->flags[i] & TAC_TF_LINK;
    tac_doc *d = in->doc;
    uint32_t cap = in->cap_info;
    tac_block_info *p = tac_arena_grow(&d->arena, in->info, &cap, sizeof *p, d->nblocks + 1);
    if (!p || !tac_doc_add_block(d, b)) {
        tb->failed = true;
        return;
    }
    in->info = p;
    in->cap_info = cap;
    in->info[d->nblocks - 1] = (tac_block_info){.link_bytes = lb, .group = group};
}

static bool space(char c)
{
    return c == ' ' || c == '\n' || c == '\t';
}

tac_status tac_textbuf_finish(tac_ingest *in, tac_textbuf *tb, uint32_t end, bool clamp, tac_error *err)
{
    tac_doc *d = in->doc;
    if (tb->failed)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    uint32_t n = tb->len;
    char *text = tac_arena_alloc(&d->arena, (size_t)n + 1);
    uint32_t *map = tac_arena_alloc(&d->arena, ((size_t)n + 1) * sizeof *map);
    uint8_t *fl = tac_arena_alloc(&d->arena, (size_t)n + 1);
    if (!text || !map || !fl)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    if (n) {
        memcpy(text, tb->text, n);
        memcpy(map, tb->map, (size_t)n * sizeof *map);
        memcpy(fl, tb->flags, n);
    }
    text[n] = 0;
    map[n] = n ? end : 0;
    fl[n] = 0;
    /* the map must never go backwards (the boilerplate pass and the
     * segmenter rely on it); a recovering parser may reorder: clamp */
    if (clamp)
        for (uint32_t i = 1; i <= n; i++)
            if (map[i] < map[i - 1])
                map[i] = map[i - 1];
    d->text = text;
    d->text_len = n;
    d->map = map;
    in->tflags = fl;
    uint32_t w = 0;
    for (uint32_t i = 0; i < d->nblocks; i++) {
        tac_block b = d->blocks[i];
        while (b.tstart < b.tend && space(text[b.tstart]))
            b.tstart++;
        while (b.tend > b.tstart && space(text[b.tend - 1]))
            b.tend--;
        if (b.tstart == b.tend)
            continue;
        d->blocks[w] = b;
        in->info[w] = in->info[i];
        w++;
    }
    d->nblocks = w;
    return TAC_OK;
}

void tac_textbuf_free(tac_textbuf *tb)
{
    free(tb->text);
    free(tb->map);
    free(tb->flags);
    *tb = (tac_textbuf){0};
}
