/*
 * HTML reader: libxml2's HTML parser in recover mode, driven through SAX
 * callbacks → doc->text, doc->map, blocks, and metadata from <meta> tags.
 *
 * Offsets: libxml2 reports decoded text (entities expanded) and we read the
 * parser's position after each callback, so the raw bytes of a text chunk lie
 * between the previous callback's position and this one. The chunk is
 * aligned to those raw bytes: equal bytes map to themselves, an entity
 * "&…;" maps the one character it decodes to onto its '&', other raw bytes
 * (a '\r', markup) are skipped. The parser reads a copy of the input in which
 * every "charset"/"encoding" declaration is defused with one changed letter
 * (same length), so it never switches encoding and positions stay those of
 * the input, which is valid UTF-8.
 *
 * Layout follows the Markdown reader: white-space runs collapse to one space
 * (mapped to the first white-space byte), blocks are separated by one '\n'
 * mapped to the end of the previous block, and [map[a], map[b]) is the source
 * range of a text range [a,b). Content of script, style, head (but <title>),
 * template, svg and similar is skipped; nav, footer, aside, figcaption and
 * form content becomes blocks dropped for that reason.
 */
#include "ingest/ingest.h"
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <ctype.h>
#include <stdlib.h>
#include <strings.h>

typedef struct html_state {
    tac_ingest *in;
    tac_doc *d;
    htmlParserCtxtPtr ctxt;
    const char *src;          /* the input (offsets refer to it)              */
    uint32_t src_len;
    uint32_t prev;            /* parser position after the last callback      */
    tac_textbuf tb;
    uint32_t last_end;
    bool open, space_pending;
    uint32_t leaf_start, space_at;
    uint8_t kind, level;
    const char *leaf_reason;  /* structural drop reason of the open leaf      */
    uint32_t group;
    int skip, link, pre, heading, list_item, quote, cell, in_title;
    uint8_t head_level;
    const char *reason[64];   /* per open block element: its drop reason,
                                 inherited from the enclosing one            */
    int nreason;              /* depth; may exceed 64 (then the top repeats)  */
    char title[512];          /* <title> text, for a fallback headline        */
    size_t title_len;
    char og_title[512];
    size_t og_title_len;
} html_state;

static uint32_t here(const html_state *h)
{
    /* the parser discards consumed input as it goes: count it back in */
    long p = xmlByteConsumed(h->ctxt);
    if (p < 0)
        return h->prev;
    return (uint32_t)p > h->src_len ? h->src_len : (uint32_t)p;
}

static void put1(html_state *h, char c, uint32_t off)
{
    if (!tac_textbuf_reserve(&h->tb, 1))
        return;
    h->tb.text[h->tb.len] = c;
    h->tb.map[h->tb.len] = off;
    h->tb.flags[h->tb.len] = h->link ? TAC_TF_LINK : 0;
    h->tb.len++;
}

static void add_block(html_state *h, uint32_t a, uint32_t b)
{
    tac_block blk = {.tstart = a, .tend = b, .kind = h->kind, .level = h->level,
                     .drop_reason = h->leaf_reason};
    tac_textbuf_add_block(h->in, &h->tb, &blk, h->group++);
}

static void close_leaf(html_state *h)
{
    if (!h->open)
        return;
    h->open = false;
    h->space_pending = false;
    if (h->tb.len > h->leaf_start)
        add_block(h, h->leaf_start, h->tb.len);
}

static const char *current_reason(const html_state *h)
{
    if (!h->nreason)
        return NULL;
    return h->reason[(h->nreason <= 64 ? h->nreason : 64) - 1];
}

static void open_leaf(html_state *h)
{
    if (h->open)
        return;
    if (h->tb.len > 0)
        put1(h, '\n', h->last_end);
    h->open = true;
    h->leaf_start = h->tb.len;
    h->kind = h->heading ? TAC_BLOCK_HEADING : h->pre ? TAC_BLOCK_CODE : h->cell ? TAC_BLOCK_TABLE
            : h->list_item ? TAC_BLOCK_LIST_ITEM : h->quote ? TAC_BLOCK_QUOTE : TAC_BLOCK_PARA;
    h->level = h->heading ? h->head_level : 0;
    h->leaf_reason = current_reason(h);
}

/* Append decoded byte c that came from source offset off. */
static void emit(html_state *h, char c, uint32_t off)
{
    /* a chunk the recovery parser reports past the input's end stays inside */
    if (off >= h->src_len)
        off = h->src_len ? h->src_len - 1 : 0;
    bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (ws && !h->pre) {
        if (h->open && h->tb.len > h->leaf_start && !h->space_pending) {
            h->space_pending = true;
            h->space_at = off;
        }
        return;
    }
    open_leaf(h);
    if (h->space_pending) {
        put1(h, ' ', h->space_at);
        h->space_pending = false;
    }
    put1(h, c, off);
    h->last_end = off + 1;
}

static size_t utf8_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Align the decoded chunk dec[0..n) to the raw bytes src[lo..hi). */
static void text_chunk(html_state *h, const char *dec, size_t n, uint32_t lo, uint32_t hi)
{
    const char *raw = h->src;
    uint32_t j = lo;
    size_t i = 0;
    while (i < n && !h->tb.failed) {
        size_t cl = utf8_len((unsigned char)dec[i]);
        if (cl > n - i)
            cl = n - i;
        uint32_t at = UINT32_MAX, next = j;
        while (j < hi) {
            if (raw[j] == dec[i] && (cl == 1 || (j + cl <= hi && !memcmp(raw + j, dec + i, cl)))) {
                at = j;
                next = j + (uint32_t)cl;
                break;
            }
            if (raw[j] == '&') {
                uint32_t k = j + 1;
                while (k < hi && k - j < 40 && raw[k] != ';' && raw[k] != '&' && raw[k] != '<' && raw[k] != ' ')
                    k++;
                if (k < hi && raw[k] == ';') {
                    at = j;
                    next = k + 1;
                    break;
                }
            }
            j++;
        }
        if (at == UINT32_MAX) {
            at = hi > lo ? hi - 1 : lo;     /* no match: stay monotone, in range */
            next = j;
        }
        /* bytes of a character map to its source bytes; a character decoded
         * from an entity maps its first byte to the '&' and, when it has
         * more than one, its last byte to the ';', so that both
         * map[first] and map[last] + 1 delimit the entity */
        for (size_t k = 0; k < cl; k++) {
            uint32_t off = next == at + cl ? at + (uint32_t)k
                         : (k + 1 == cl && k > 0) ? next - 1 : at;
            emit(h, dec[i + k], off);
        }
        if (next - at > cl && next <= h->src_len)   /* an entity: "&…;" consumed */
            h->last_end = next;
        i += cl;
        j = next;
    }
}

/* ---- elements ------------------------------------------------------------ */

static int cmp_name(const void *a, const void *b)
{
    return strcmp((const char *)a, *(const char *const *)b);
}

/* Sorted (strcmp order) lists of element names; libxml2 lower-cases HTML
 * element names, so a binary search with strcmp finds them. */
static bool name_in(const xmlChar *name, const char *const *list, size_t n)
{
    return bsearch(name, list, n, sizeof *list, cmp_name) != NULL;
}

static const char *const skipped_names[] = {"audio", "button", "canvas", "head", "iframe", "math",
                                            "noscript", "object", "script", "select", "style", "svg",
                                            "template", "textarea", "video"};
static const char *const block_names[] = {"address", "article", "aside", "blockquote", "body", "br",
                                          "caption", "center", "dd", "details", "div", "dl", "dt",
                                          "fieldset", "figcaption", "figure", "footer", "form", "h1",
                                          "h2", "h3", "h4", "h5", "h6", "header", "hr", "html",
                                          "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
                                          "section", "summary", "table", "td", "th", "tr", "ul"};
#define SKIPPED skipped_names, sizeof skipped_names / sizeof *skipped_names
#define BLOCKS block_names, sizeof block_names / sizeof *block_names

static const char *structural_reason(const xmlChar *name)
{
    static const struct { const char *tag, *reason; } r[] = {
        {"nav", "navigation"}, {"footer", "page footer"}, {"aside", "aside"},
        {"figcaption", "image caption"}, {"form", "form"}, {"menu", "navigation"},
    };
    for (size_t i = 0; i < sizeof r / sizeof *r; i++)
        if (!strcasecmp((const char *)name, r[i].tag))
            return r[i].reason;
    return NULL;
}

static const char *attr(const xmlChar **atts, const char *name)
{
    for (size_t i = 0; atts && atts[i]; i += 2)
        if (!strcasecmp((const char *)atts[i], name))
            return atts[i + 1] ? (const char *)atts[i + 1] : "";
    return NULL;
}

static void meta(html_state *h, const xmlChar **atts)
{
    const char *key = attr(atts, "property");
    if (!key)
        key = attr(atts, "name");
    if (!key)
        key = attr(atts, "itemprop");
    const char *val = attr(atts, "content");
    if (!key || !val || !*val)
        return;
    tac_doc *d = h->d;
    size_t n = strlen(val);
    if (n > 400 || tac_utf8_valid_prefix(val, n) != n)
        return;
    if (!strcasecmp(key, "og:title") || !strcasecmp(key, "twitter:title")) {
        if (!h->og_title_len) {
            memcpy(h->og_title, val, n);
            h->og_title_len = n;
        }
    } else if (!strcasecmp(key, "og:site_name") || !strcasecmp(key, "application-name")) {
        if (!d->outlet)
            d->outlet = tac_arena_strndup(&d->arena, val, n);
    } else if (!strcasecmp(key, "author") || !strcasecmp(key, "article:author") ||
               !strcasecmp(key, "byl") || !strcasecmp(key, "dc.creator")) {
        /* a URL is not a byline */
        if (!d->byline && !strchr(val, '/'))
            d->byline = tac_arena_strndup(&d->arena, val, n);
    } else if (!strcasecmp(key, "article:published_time") || !strcasecmp(key, "datepublished") ||
               !strcasecmp(key, "pubdate") || !strcasecmp(key, "publish-date") ||
               !strcasecmp(key, "date") || !strcasecmp(key, "dc.date") ||
               !strcasecmp(key, "dc.date.issued") || !strcasecmp(key, "sailthru.date")) {
        if (d->published == TAC_NO_DATE)
            d->published = tac_date_parse(val, n);
    } else if (!strcasecmp(key, "og:url")) {
        if (!d->url)
            d->url = tac_arena_strndup(&d->arena, val, n);
    }
}

static void on_start(void *ud, const xmlChar *name, const xmlChar **atts)
{
    html_state *h = ud;
    uint32_t pos = here(h);
    if (!strcasecmp((const char *)name, "meta"))
        meta(h, atts);
    if (!strcasecmp((const char *)name, "title") && !h->skip)
        h->in_title++;
    if (!strcasecmp((const char *)name, "time") && h->d->published == TAC_NO_DATE) {
        const char *dt = attr(atts, "datetime");
        if (dt)
            h->d->published = tac_date_parse(dt, strlen(dt));
    }
    if (name_in(name, SKIPPED)) {
        h->skip++;
    } else if (name_in(name, BLOCKS)) {
        close_leaf(h);
        const char *r = structural_reason(name);
        if (!r)
            r = current_reason(h);
        if (h->nreason < 64)
            h->reason[h->nreason] = r;
        if (h->nreason < INT32_MAX)
            h->nreason++;
        const char *n = (const char *)name;
        if ((n[0] == 'h' || n[0] == 'H') && n[1] >= '1' && n[1] <= '6' && !n[2]) {
            h->heading++;
            h->head_level = (uint8_t)(n[1] - '0');
        } else if (!strcasecmp(n, "li") || !strcasecmp(n, "dd") || !strcasecmp(n, "dt")) {
            h->list_item++;
        } else if (!strcasecmp(n, "blockquote")) {
            h->quote++;
        } else if (!strcasecmp(n, "td") || !strcasecmp(n, "th")) {
            h->cell++;
        } else if (!strcasecmp(n, "pre")) {
            h->pre++;
        }
    } else if (!strcasecmp((const char *)name, "a")) {
        h->link++;
    }
    h->prev = pos;
}

static void on_end(void *ud, const xmlChar *name)
{
    html_state *h = ud;
    uint32_t pos = here(h);
    if (!strcasecmp((const char *)name, "title") && h->in_title)
        h->in_title--;
    if (name_in(name, SKIPPED)) {
        if (h->skip)
            h->skip--;
    } else if (name_in(name, BLOCKS)) {
        close_leaf(h);
        const char *n = (const char *)name;
        if (h->nreason)
            h->nreason--;
        if ((n[0] == 'h' || n[0] == 'H') && n[1] >= '1' && n[1] <= '6' && !n[2]) {
            if (h->heading)
                h->heading--;
        } else if (!strcasecmp(n, "li") || !strcasecmp(n, "dd") || !strcasecmp(n, "dt")) {
            if (h->list_item)
                h->list_item--;
        } else if (!strcasecmp(n, "blockquote")) {
            if (h->quote)
                h->quote--;
        } else if (!strcasecmp(n, "td") || !strcasecmp(n, "th")) {
            if (h->cell)
                h->cell--;
        } else if (!strcasecmp(n, "pre")) {
            if (h->pre)
                h->pre--;
        }
    } else if (!strcasecmp((const char *)name, "a")) {
        if (h->link)
            h->link--;
    }
    h->prev = pos;
}

static void on_text(void *ud, const xmlChar *ch, int len)
{
    html_state *h = ud;
    uint32_t pos = here(h);
    if (len <= 0) {
        h->prev = pos;
        return;
    }
    if (h->in_title) {
        size_t n = (size_t)len;
        if (h->title_len + n < sizeof h->title) {
            memcpy(h->title + h->title_len, ch, n);
            h->title_len += n;
        }
    } else if (!h->skip) {
        text_chunk(h, (const char *)ch, (size_t)len, h->prev < pos ? h->prev : pos, pos);
    }
    h->prev = pos;
}

/* Trim and collapse white space of a metadata string in place. */
static size_t tidy(char *s, size_t n)
{
    size_t k = 0;
    bool sp = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            sp = k > 0;
            continue;
        }
        if (sp)
            s[k++] = ' ';
        sp = false;
        s[k++] = c;
    }
    return k;
}

tac_status tac_ingest_html(tac_ingest *in, tac_error *err)
{
    tac_doc *d = in->doc;
    /* the copy the parser reads: encoding declarations defused, same length */
    char *copy = malloc((size_t)d->src_len + 1);
    if (!copy)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    memcpy(copy, d->src, d->src_len);
    copy[d->src_len] = 0;
    for (uint32_t i = 0; i + 7 <= d->src_len; i++) {
        char c = copy[i] | 0x20;
        if (c == 'c' && tac_starts_with_ci(copy + i, 7, "charset"))
            copy[i + 6] = 'x';
        else if (c == 'e' && i + 8 <= d->src_len && tac_starts_with_ci(copy + i, 8, "encoding"))
            copy[i + 7] = 'x';
    }
    html_state h = {.in = in, .d = d, .src = d->src, .src_len = d->src_len};
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_text;
    sax.cdataBlock = NULL;
    sax.initialized = 1;
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(copy, (int)d->src_len);
    if (!ctxt) {
        free(copy);
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    }
    xmlSAXHandlerPtr old = ctxt->sax;
    ctxt->sax = &sax;
    ctxt->userData = &h;
    h.ctxt = ctxt;
    /* the input is valid UTF-8 (checked); without this the parser would
     * guess ISO-8859-1 for a page that declares nothing */
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                 HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOIMPLIED);
    htmlParseDocument(ctxt);
    close_leaf(&h);
    ctxt->sax = old;
    htmlFreeParserCtxt(ctxt);
    free(copy);
    tac_status st = tac_textbuf_finish(in, &h.tb, h.last_end, true, err);
    if (st != TAC_OK)
        goto out;
    /* the page's own headline (og:title, else <title>) guides the title rule */
    const char *t = h.og_title_len ? h.og_title : h.title;
    size_t tn = tidy(h.og_title_len ? h.og_title : h.title, h.og_title_len ? h.og_title_len : h.title_len);
    if (tn) {
        char *keep = tac_arena_strndup(&d->arena, t, tn);
        if (keep && tac_utf8_valid_prefix(keep, tn) == tn) {
            in->html_title = keep;
            in->html_title_len = tn;
        }
    }
out:
    tac_textbuf_free(&h.tb);
    return st;
}
