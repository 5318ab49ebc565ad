/*
 * emit/event — the "event" JSON Lines record (README output contract, issue 3
 * item 4), one line per event, and the "mention" record (an event named by a
 * noun, the same fields plus "basis"; after its sentence's events), keys in a fixed order so output is
 * byte-for-byte deterministic.
 * Input: a coded tac_doc. Output: lines on a FILE. O(events · record size).
 * Failure: TAC_ERR_NOMEM when the line buffer cannot grow, TAC_ERR_IO on a
 * write error.
 */
#include "code/event.h"
#include <stdio.h>

static void put_span_text(tac_buf *b, const tac_doc *doc, tac_span sp)
{
    if (sp.end > sp.start && sp.end <= doc->src_len)
        tac_buf_json_str(b, doc->src + sp.start, sp.end - sp.start);
    else
        tac_buf_puts(b, "null");
}

/* ,"start":S,"end":E */
static void put_range(tac_buf *b, tac_span sp)
{
    tac_buf_put(b, ",\"start\":", 9);
    tac_buf_put_u64(b, sp.start);
    tac_buf_put(b, ",\"end\":", 7);
    tac_buf_put_u64(b, sp.end);
}

static void put_actor(tac_buf *b, const tac_doc *doc, const tac_actor *a)
{
    tac_buf_puts(b, "{\"code\":");
    tac_buf_json_cstr(b, a->code ? a->code : "---");
    tac_buf_puts(b, ",\"country\":");
    tac_buf_json_cstr(b, a->country[0] ? a->country : NULL);
    tac_buf_puts(b, ",\"text\":");
    put_span_text(b, doc, a->span);
    if (a->span.end > a->span.start)
        put_range(b, a->span);
    else
        tac_buf_puts(b, ",\"start\":null,\"end\":null");
    tac_buf_puts(b, ",\"entry\":");
    tac_buf_json_cstr(b, a->entry);
    tac_buf_puts(b, ",\"rule\":");
    tac_buf_json_cstr(b, a->rule);
    tac_buf_puts(b, ",\"agent\":");
    tac_buf_json_cstr(b, a->agent);
    tac_buf_putc(b, '}');
}

static const char *mode_name(uint8_t m)
{
    switch (m) {
    case TAC_MODE_INTENT: return "intent";
    case TAC_MODE_NEGATED: return "negated";
    case TAC_MODE_HYPOTHETICAL: return "hypothetical";
    case TAC_MODE_DENIED: return "denied";
    default: return "fact";
    }
}

/* One event record (mention: a "mention" record, basis "noun") into b
 * (no newline). */
static void record_json(tac_buf *b, const tac_doc *doc, const tac_event *e, bool mention)
{
    char date[11];
    tac_buf_puts(b, mention ? "{\"type\":\"mention\",\"article\":" : "{\"type\":\"event\",\"article\":");
    tac_buf_json_cstr(b, doc->id ? doc->id : "article");
    tac_buf_puts(b, ",\"sentence\":");
    tac_buf_put_u64(b, e->sentence);
    tac_buf_puts(b, ",\"date\":");
    if (e->date != TAC_NO_DATE) {
        tac_date_format(e->date, date);
        tac_buf_json_cstr(b, date);
    } else {
        tac_buf_puts(b, "null");
    }
    tac_buf_puts(b, e->date_basis == TAC_DATE_TEXT ? ",\"date_basis\":\"text\"" : ",\"date_basis\":\"published\"");
    tac_buf_puts(b, ",\"source\":");
    put_actor(b, doc, &e->source);
    tac_buf_puts(b, ",\"target\":");
    put_actor(b, doc, &e->target);
    tac_buf_puts(b, ",\"code\":");
    tac_buf_json_cstr(b, e->code);
    tac_buf_puts(b, ",\"root\":");
    tac_buf_json_cstr(b, e->root[0] ? e->root : NULL);
    if (e->quad)
        tac_buf_printf(b, ",\"quad\":%u,\"goldstein\":%.1f", e->quad, (double)e->goldstein);
    else
        tac_buf_puts(b, ",\"quad\":null,\"goldstein\":null");
    tac_buf_puts(b, ",\"plover\":");
    tac_buf_json_cstr(b, e->plover);
    tac_buf_puts(b, ",\"verb\":{\"text\":");
    put_span_text(b, doc, e->verb);
    put_range(b, e->verb);
    tac_buf_puts(b, "},\"pattern\":");
    tac_buf_put_u64(b, e->pattern);
    tac_buf_puts(b, ",\"pattern_text\":");
    tac_buf_json_cstr(b, e->pattern_text);
    tac_buf_puts(b, ",\"pattern_origin\":");
    tac_buf_json_cstr(b, e->dict_file);
    tac_buf_puts(b, e->negated ? ",\"negated\":true,\"mode\":\"" : ",\"negated\":false,\"mode\":\"");
    tac_buf_puts(b, mode_name(e->mode));
    tac_buf_printf(b, "\",\"confidence\":%.2f", (double)e->confidence);
    tac_buf_puts(b, mention ? ",\"basis\":\"noun\"}" : "}");
}

void tac_event_json(tac_buf *b, const tac_doc *doc, const tac_event *e);
void tac_event_json(tac_buf *b, const tac_doc *doc, const tac_event *e)
{
    record_json(b, doc, e, false);
}

void tac_mention_json(tac_buf *b, const tac_doc *doc, const tac_event *e);
void tac_mention_json(tac_buf *b, const tac_doc *doc, const tac_event *e)
{
    record_json(b, doc, e, true);
}

TAC_API tac_status tac_doc_write_events_json(const tac_doc *doc, FILE *out)
{
    tac_buf b;
    tac_buf_init(&b);
    /* a sentence's mentions follow its events */
    uint32_t m = 0;
    for (uint32_t i = 0; i < doc->nevents || m < doc->nmentions; i++) {
        b.len = 0;
        if (m < doc->nmentions && (i >= doc->nevents || doc->mentions[m].sentence < doc->events[i].sentence)) {
            tac_mention_json(&b, doc, &doc->mentions[m++]);
            i--;
        } else {
            tac_event_json(&b, doc, &doc->events[i]);
        }
        tac_buf_putc(&b, '\n');
        if (b.failed) {
            tac_buf_free(&b);
            return TAC_ERR_NOMEM;
        }
        if (fwrite(b.data, 1, b.len, out) != b.len) {
            tac_buf_free(&b);
            return TAC_ERR_IO;
        }
    }
    tac_buf_free(&b);
    return TAC_OK;
}
