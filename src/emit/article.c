/*
 * emit — the "article" and "sentence" records of the output contract
 * (README, "Output contract"): one JSON object per line, keys in a fixed
 * order, dates as "YYYY-MM-DD" or null. Each record is built in a heap
 * buffer and written with one fwrite; nothing is kept.
 */
#include "core/doc.h"
#include <stdlib.h>

static void put_date(tac_buf *b, int32_t days)
{
    char buf[11];
    tac_date_format(days, buf);
    if (days == TAC_NO_DATE || !buf[0])
        tac_buf_puts(b, "null");
    else
        tac_buf_json_str(b, buf, 10);
}

static tac_status flush(tac_buf *b, FILE *out)
{
    tac_status st = TAC_OK;
    if (b->failed)
        st = TAC_ERR_NOMEM;
    else if (fwrite(b->data, 1, b->len, out) != b->len)
        st = TAC_ERR_IO;
    tac_buf_free(b);
    return st;
}

TAC_API tac_status tac_doc_write_article_json(const tac_doc *d, FILE *out)
{
    if (!d || !out)
        return TAC_ERR_ARG;
    tac_buf b;
    tac_buf_init(&b);
    tac_buf_puts(&b, "{\"type\":\"article\",\"id\":");
    tac_buf_json_cstr(&b, d->id);
    tac_buf_puts(&b, ",\"title\":");
    tac_buf_json_cstr(&b, d->title);
    tac_buf_puts(&b, ",\"published\":");
    put_date(&b, d->published);
    tac_buf_puts(&b, ",\"outlet\":");
    tac_buf_json_cstr(&b, d->outlet);
    tac_buf_puts(&b, ",\"byline\":");
    tac_buf_json_cstr(&b, d->byline);
    tac_buf_puts(&b, ",\"original_source\":");
    tac_buf_json_cstr(&b, d->original_source);
    tac_buf_puts(&b, ",\"original_published\":");
    put_date(&b, d->original_published);
    tac_buf_puts(&b, ",\"url\":");
    tac_buf_json_cstr(&b, d->url);
    tac_buf_puts(&b, ",\"tags\":[");
    for (uint32_t i = 0; i < d->ntags; i++) {
        if (i)
            tac_buf_putc(&b, ',');
        tac_buf_json_cstr(&b, d->tags[i]);
    }
    tac_buf_puts(&b, "],\"sentences\":");
    tac_buf_put_u64(&b, d->nsentences);
    tac_buf_puts(&b, ",\"dropped\":[");
    for (uint32_t i = 0; i < d->ndropped; i++) {
        const tac_dropped *x = &d->dropped[i];
        tac_buf_printf(&b, "%s{\"start\":%u,\"end\":%u,\"reason\":", i ? "," : "", x->span.start, x->span.end);
        tac_buf_json_cstr(&b, x->reason);
        tac_buf_putc(&b, '}');
    }
    tac_buf_puts(&b, "]}\n");
    return flush(&b, out);
}

TAC_API tac_status tac_doc_write_sentences_json(const tac_doc *d, FILE *out)
{
    if (!d || !out)
        return TAC_ERR_ARG;
    tac_buf b;
    tac_buf_init(&b);
    tac_status st = TAC_OK;
    for (uint32_t i = 0; i < d->nsentences && st == TAC_OK; i++) {
        const tac_sentence *s = &d->sentences[i];
        tac_buf_puts(&b, "{\"type\":\"sentence\",\"article\":");
        tac_buf_json_cstr(&b, d->id);
        tac_buf_printf(&b, ",\"index\":%u,\"start\":%u,\"end\":%u,\"text\":", i, s->span.start, s->span.end);
        /* the prose as extracted (markup removed); start/end index the input */
        if (s->tend > s->tstart && s->tend <= d->text_len)
            tac_buf_json_str(&b, d->text + s->tstart, s->tend - s->tstart);
        else
            tac_buf_json_str(&b, d->src + s->span.start, s->span.end - s->span.start);
        tac_buf_puts(&b, "}\n");
        /* write in slices so a long article needs no large buffer */
        if (b.len > (1u << 16) || i + 1 == d->nsentences) {
            if (b.failed)
                st = TAC_ERR_NOMEM;
            else if (fwrite(b.data, 1, b.len, out) != b.len)
                st = TAC_ERR_IO;
            b.len = 0;
        }
    }
    tac_buf_free(&b);
    return st;
}
