/* Document lifetime and the small helpers every stage uses to add records. */
#include "core/doc.h"
#include <stdlib.h>

tac_doc *tac_doc_new_internal(const char *src, size_t len, const tac_limits *lim)
{
    tac_doc *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    tac_arena_init(&d->arena, len + 64 * 1024 > (1u << 20) ? (1u << 20) : len + 64 * 1024);
    if (lim)
        d->limits = *lim;
    else
        tac_limits_default(&d->limits);
    char *copy = tac_arena_strndup(&d->arena, src ? src : "", src ? len : 0);
    if (!copy) {
        tac_arena_release(&d->arena);
        free(d);
        return NULL;
    }
    d->src = copy;
    d->src_len = (uint32_t)len;
    d->text = copy;
    d->text_len = (uint32_t)len;
    d->published = d->original_published = TAC_NO_DATE;
    return d;
}

TAC_API void tac_doc_free(tac_doc *d)
{
    if (!d)
        return;
    tac_arena_release(&d->arena);
    free(d);
}

bool tac_doc_add_dropped(tac_doc *d, uint32_t start, uint32_t end, const char *reason)
{
    tac_dropped *p = tac_arena_grow(&d->arena, d->dropped, &d->cap_dropped, sizeof *p, d->ndropped + 1);
    if (!p)
        return false;
    d->dropped = p;
    d->dropped[d->ndropped++] = (tac_dropped){{start, end}, reason};
    return true;
}

bool tac_doc_add_block(tac_doc *d, const tac_block *b)
{
    tac_block *p = tac_arena_grow(&d->arena, d->blocks, &d->cap_blocks, sizeof *p, d->nblocks + 1);
    if (!p)
        return false;
    d->blocks = p;
    d->blocks[d->nblocks++] = *b;
    return true;
}

bool tac_doc_add_tag(tac_doc *d, const char *tag, size_t len)
{
    const char **p = tac_arena_grow(&d->arena, d->tags, &d->cap_tags, sizeof *p, d->ntags + 1);
    if (!p)
        return false;
    d->tags = p;
    char *s = tac_arena_strndup(&d->arena, tag, len);
    if (!s)
        return false;
    d->tags[d->ntags++] = s;
    return true;
}

uint32_t tac_doc_pool_add(tac_doc *d, const char *s, size_t len)
{
    if (len > UINT32_MAX - 1 - d->pool_len)
        return UINT32_MAX;
    uint32_t need = d->pool_len + (uint32_t)len + 1;
    char *p = tac_arena_grow(&d->arena, d->pool, &d->pool_cap, 1, need);
    if (!p)
        return UINT32_MAX;
    d->pool = p;
    uint32_t off = d->pool_len;
    memcpy(d->pool + off, s, len);
    d->pool[off + len] = 0;
    d->pool_len = need;
    return off;
}

/* ---- public accessors --------------------------------------------------- */

TAC_API const char *tac_doc_id(const tac_doc *d) { return d->id; }
TAC_API const char *tac_doc_title(const tac_doc *d) { return d->title; }
TAC_API const char *tac_doc_url(const tac_doc *d) { return d->url; }
TAC_API const char *tac_doc_outlet(const tac_doc *d) { return d->outlet; }
TAC_API const char *tac_doc_byline(const tac_doc *d) { return d->byline; }
TAC_API const char *tac_doc_original_source(const tac_doc *d) { return d->original_source; }
TAC_API int32_t tac_doc_published(const tac_doc *d) { return d->published; }
TAC_API int32_t tac_doc_original_published(const tac_doc *d) { return d->original_published; }
TAC_API int32_t tac_doc_reference_date(const tac_doc *d)
{
    return d->original_published != TAC_NO_DATE ? d->original_published : d->published;
}
TAC_API void tac_doc_set_published(tac_doc *d, int32_t days) { d->published = days; }
TAC_API size_t tac_doc_tag_count(const tac_doc *d) { return d->ntags; }
TAC_API const char *tac_doc_tag(const tac_doc *d, size_t i) { return i < d->ntags ? d->tags[i] : NULL; }
TAC_API const char *tac_doc_source(const tac_doc *d, size_t *len)
{
    if (len)
        *len = d->src_len;
    return d->src;
}
TAC_API size_t tac_doc_dropped_count(const tac_doc *d) { return d->ndropped; }
TAC_API const char *tac_doc_dropped(const tac_doc *d, size_t i, uint32_t *start, uint32_t *end)
{
    if (i >= d->ndropped)
        return NULL;
    if (start) *start = d->dropped[i].span.start;
    if (end) *end = d->dropped[i].span.end;
    return d->dropped[i].reason;
}
TAC_API size_t tac_doc_sentence_count(const tac_doc *d) { return d->nsentences; }
TAC_API void tac_doc_sentence(const tac_doc *d, size_t i, uint32_t *start, uint32_t *end)
{
    if (i >= d->nsentences)
        return;
    if (start) *start = d->sentences[i].span.start;
    if (end) *end = d->sentences[i].span.end;
}
TAC_API size_t tac_doc_event_count(const tac_doc *d) { return d->nevents; }
