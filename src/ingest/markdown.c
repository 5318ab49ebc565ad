/*
 * Markdown reader: md4c's SAX callbacks → doc->text, doc->map, blocks.
 *
 * md4c hands us text pointers into the input for ordinary text, code and
 * backslash-escaped characters, so most text bytes map to their own source
 * byte (map[i] = pointer - input). The exceptions:
 *   entities      decoded here; every output byte maps to the '&'
 *   soft breaks   become ' ' mapped to the '\n' they stand for
 *   hard breaks   end a block (a line of its own), like a block separator
 *   separators    one '\n' between blocks, mapped to the source end of the
 *                 block before it, so [map[a], map[b]) is the source range of
 *                 a text range [a,b) even when b ends a block
 * Markup (emphasis, link targets, heading marks) is absent from text but
 * lies inside the source range of the text around it.
 *
 * Example: "A **b** &amp; c\n" → text "A b & c", map {0,1,4,7,8,13,14},
 * map[text_len] = 15.
 */
#include "ingest/ingest.h"
#include <md4c.h>
#include <stdlib.h>
#include <ctype.h>

typedef struct md_state {
    tac_ingest *in;
    tac_doc *d;
    const char *base;
    uint32_t base_len;
    tac_textbuf tb;
    uint32_t last_end;        /* source offset just past the last text unit     */
    /* the leaf block being filled */
    bool open;
    uint32_t leaf_start;      /* text offset                                    */
    uint8_t kind, level;
    /* break points inside the open leaf: text offset of the ' ' and whether it
     * was a hard break (always splits) */
    uint32_t *brk;
    bool *brk_hard;
    uint32_t nbrk, cap_brk;
    /* containers */
    int quote, list_item, cell, code, html, heading, image, link;
    uint8_t head_level;
    uint32_t group;
} md_state;

static void put(md_state *m, const char *s, uint32_t n, uint32_t src_off, bool one_unit, uint32_t unit_end)
{
    if (!tac_textbuf_reserve(&m->tb, n))
        return;
    uint8_t fl = m->link ? TAC_TF_LINK : 0;
    memcpy(m->tb.text + m->tb.len, s, n);
    memset(m->tb.flags + m->tb.len, fl, n);
    uint32_t *mp = m->tb.map + m->tb.len;
    for (uint32_t i = 0; i < n; i++)
        mp[i] = one_unit ? src_off : src_off + i;
    m->tb.len += n;
    m->last_end = unit_end;
}

static uint32_t src_offset(md_state *m, const char *p, bool *inside)
{
    *inside = p >= m->base && p <= m->base + m->base_len;
    return *inside ? (uint32_t)(p - m->base) : m->last_end;
}

static uint8_t leaf_kind(const md_state *m)
{
    if (m->heading)
        return TAC_BLOCK_HEADING;
    if (m->code)
        return TAC_BLOCK_CODE;
    if (m->cell)
        return TAC_BLOCK_TABLE;
    if (m->list_item)
        return TAC_BLOCK_LIST_ITEM;
    if (m->quote)
        return TAC_BLOCK_QUOTE;
    return TAC_BLOCK_PARA;
}

static void open_leaf(md_state *m)
{
    if (m->open)
        return;
    if (m->tb.len > 0) {
        /* the separator stands at the end of the previous block's source */
        uint32_t at = m->last_end;
        put(m, "\n", 1, at, true, at);
    }
    m->open = true;
    m->leaf_start = m->tb.len;
    m->kind = leaf_kind(m);
    m->level = m->heading ? m->head_level : 0;
    m->nbrk = 0;
}

/* Blocks are added as raw leaf ranges while the text grows; the text
 * pointer is set, and the blocks trimmed, by tac_textbuf_finish. */
static void add(md_state *m, uint32_t a, uint32_t b, uint32_t group)
{
    tac_block b0 = {.tstart = a, .tend = b, .kind = m->kind, .level = m->level};
    tac_textbuf_add_block(m->in, &m->tb, &b0, group);
}

static void close_leaf(md_state *m)
{
    if (!m->open)
        return;
    m->open = false;
    uint32_t a = m->leaf_start, end = m->tb.len;
    uint32_t group = m->group++;
    if (m->nbrk == 0) {
        add(m, a, end, group);
        return;
    }
    /* Soft breaks: a hard-wrapped paragraph keeps them as spaces; otherwise
     * each line is its own block (metadata lines, lists of headlines). */
    uint32_t n = m->nbrk + 1;
    uint32_t *st = malloc(n * sizeof *st), *en = malloc(n * sizeof *en);
    if (!st || !en) {
        free(st);
        free(en);
        m->tb.failed = true;
        return;
    }
    for (uint32_t i = 0; i < n; i++) {
        st[i] = i == 0 ? a : m->brk[i - 1] + 1;
        en[i] = i == n - 1 ? end : m->brk[i];
    }
    bool wrapped = m->kind != TAC_BLOCK_CODE && tac_lines_wrapped(m->tb.text, st, en, n);
    uint32_t from = a;
    for (uint32_t i = 0; i < m->nbrk; i++) {
        if (!wrapped || m->brk_hard[i]) {
            m->tb.text[m->brk[i]] = '\n';
            add(m, from, m->brk[i], group);
            from = m->brk[i] + 1;
        }
    }
    add(m, from, end, group);
    free(st);
    free(en);
}

static void add_break(md_state *m, bool hard, uint32_t src_off)
{
    if (!m->open || m->tb.len == m->leaf_start)
        return;
    if (m->nbrk == m->cap_brk) {
        uint32_t ncap = m->cap_brk ? m->cap_brk * 2 : 16;
        uint32_t *nb = realloc(m->brk, ncap * sizeof *nb);
        if (nb)
            m->brk = nb;
        bool *nh = nb ? realloc(m->brk_hard, ncap * sizeof *nh) : NULL;
        if (nh)
            m->brk_hard = nh;
        if (!nb || !nh) {
            m->tb.failed = true;
            return;
        }
        m->cap_brk = ncap;
    }
    m->brk[m->nbrk] = m->tb.len;
    m->brk_hard[m->nbrk] = hard;
    m->nbrk++;
    /* a hard break's separator maps to the end of the line's text, so the
     * line's source range excludes the break markup */
    uint32_t at = hard ? m->last_end : src_off;
    uint32_t keep = m->last_end;
    put(m, " ", 1, at, true, hard ? keep : src_off + 1);
}

static int enter_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
    md_state *m = ud;
    switch (type) {
    case MD_BLOCK_DOC:
        break;
    case MD_BLOCK_QUOTE: close_leaf(m); m->quote++; break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL: close_leaf(m); break;
    case MD_BLOCK_LI: close_leaf(m); m->list_item++; break;
    case MD_BLOCK_HR: close_leaf(m); break;
    case MD_BLOCK_H:
        close_leaf(m);
        m->heading++;
        m->head_level = (uint8_t)((MD_BLOCK_H_DETAIL *)detail)->level;
        break;
    case MD_BLOCK_CODE: close_leaf(m); m->code++; break;
    case MD_BLOCK_HTML: close_leaf(m); m->html++; break;
    case MD_BLOCK_P: close_leaf(m); break;
    case MD_BLOCK_TABLE: case MD_BLOCK_THEAD: case MD_BLOCK_TBODY: case MD_BLOCK_TR:
        close_leaf(m);
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: close_leaf(m); m->cell++; break;
    }
    return m->tb.failed ? 1 : 0;
}

static int leave_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
    (void)detail;
    md_state *m = ud;
    switch (type) {
    case MD_BLOCK_QUOTE: close_leaf(m); m->quote--; break;
    case MD_BLOCK_LI: close_leaf(m); m->list_item--; break;
    case MD_BLOCK_H: close_leaf(m); m->heading--; break;
    case MD_BLOCK_CODE: close_leaf(m); m->code--; break;
    case MD_BLOCK_HTML: close_leaf(m); m->html--; break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: close_leaf(m); m->cell--; break;
    default: close_leaf(m); break;
    }
    return m->tb.failed ? 1 : 0;
}

static int enter_span(MD_SPANTYPE type, void *detail, void *ud)
{
    (void)detail;
    md_state *m = ud;
    if (type == MD_SPAN_A || type == MD_SPAN_WIKILINK)
        m->link++;
    else if (type == MD_SPAN_IMG)
        m->image++;
    return 0;
}

static int leave_span(MD_SPANTYPE type, void *detail, void *ud)
{
    (void)detail;
    md_state *m = ud;
    if ((type == MD_SPAN_A || type == MD_SPAN_WIKILINK) && m->link)
        m->link--;
    else if (type == MD_SPAN_IMG && m->image)
        m->image--;
    return 0;
}

/* ---- entities ------------------------------------------------------------ */

static uint32_t put_utf8(char *out, uint32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xC0 | cp >> 6); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12); out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18); out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* The named entities news pages use; others stay as written. */
static const struct { const char *name; uint32_t cp; } entities[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
    {"nbsp", 0xA0}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026},
    {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"laquo", 0xAB}, {"raquo", 0xBB}, {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122},
    {"euro", 0x20AC}, {"pound", 0xA3}, {"yen", 0xA5}, {"cent", 0xA2}, {"deg", 0xB0},
    {"middot", 0xB7}, {"bull", 0x2022}, {"eacute", 0xE9}, {"egrave", 0xE8}, {"aacute", 0xE1},
    {"agrave", 0xE0}, {"iacute", 0xED}, {"oacute", 0xF3}, {"uacute", 0xFA}, {"ntilde", 0xF1},
    {"ccedil", 0xE7}, {"uuml", 0xFC}, {"ouml", 0xF6}, {"auml", 0xE4}, {"szlig", 0xDF},
    {"shy", 0xAD}, {"thinsp", 0x2009}, {"ensp", 0x2002}, {"emsp", 0x2003},
};

static uint32_t decode_entity(const char *s, uint32_t n, char out[4])
{
    if (n >= 4 && s[0] == '&' && s[1] == '#' && s[n - 1] == ';') {
        uint32_t cp = 0;
        bool hex = s[2] == 'x' || s[2] == 'X';
        for (uint32_t i = hex ? 3 : 2; i + 1 < n; i++) {
            char c = s[i];
            uint32_t v;
            if (c >= '0' && c <= '9') v = (uint32_t)(c - '0');
            else if (hex && c >= 'a' && c <= 'f') v = (uint32_t)(c - 'a' + 10);
            else if (hex && c >= 'A' && c <= 'F') v = (uint32_t)(c - 'A' + 10);
            else return 0;
            cp = cp * (hex ? 16 : 10) + v;
            if (cp > 0x10FFFF)
                cp = 0x110000;
        }
        return put_utf8(out, cp);
    }
    if (n >= 3 && s[0] == '&' && s[n - 1] == ';') {
        for (size_t i = 0; i < sizeof entities / sizeof *entities; i++)
            if (strlen(entities[i].name) == n - 2 && !memcmp(entities[i].name, s + 1, n - 2))
                return put_utf8(out, entities[i].cp);
    }
    return 0;
}

static int on_text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *ud)
{
    md_state *m = ud;
    if (m->html || m->image || type == MD_TEXT_HTML)
        return 0;
    bool inside;
    uint32_t off = src_offset(m, text, &inside);
    switch (type) {
    case MD_TEXT_SOFTBR:
        if (m->open)
            add_break(m, false, off);
        break;
    case MD_TEXT_BR:
        if (m->open)
            add_break(m, true, off);
        break;
    case MD_TEXT_NULLCHAR:
        open_leaf(m);
        put(m, "\xEF\xBF\xBD", 3, m->last_end, true, m->last_end);
        break;
    case MD_TEXT_ENTITY: {
        open_leaf(m);
        char buf[4];
        uint32_t k = decode_entity(text, size, buf);
        if (k) {
            put(m, buf, k, off, true, inside ? off + size : m->last_end);
            /* the last byte of a multi-byte character maps to the ';', so
             * map[last] + 1 is the end of the entity (as in html.c) */
            if (k > 1 && inside && !m->tb.failed)
                m->tb.map[m->tb.len - 1] = off + size - 1;
        }
        else
            put(m, text, size, off, !inside, inside ? off + size : m->last_end);
        break;
    }
    default:
        if (size == 0)
            break;
        /* "\\$4bn": a page escaped twice leaves a literal backslash before
         * punctuation; it is never prose, so it is not copied. */
        if (size == 1 && text[0] == '\\' && inside && off > 0 && m->base[off - 1] == '\\' &&
            off + 1 < m->base_len && ispunct((unsigned char)m->base[off + 1]))
            break;
        open_leaf(m);
        put(m, text, size, off, !inside, inside ? off + size : m->last_end);
        break;
    }
    return m->tb.failed ? 1 : 0;
}

tac_status tac_ingest_markdown(tac_ingest *in, tac_error *err)
{
    tac_doc *d = in->doc;
    md_state m = {.in = in, .d = d, .base = d->src, .base_len = d->src_len};
    MD_PARSER parser = {
        .abi_version = 0,
        /* Saved news pages indent freely: indented text is prose, not code. */
        .flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOINDENTEDCODEBLOCKS |
                 MD_FLAG_PERMISSIVEATXHEADERS,
        .enter_block = enter_block,
        .leave_block = leave_block,
        .enter_span = enter_span,
        .leave_span = leave_span,
        .text = on_text,
    };
    int rc = md_parse(d->src, d->src_len, &parser, &m);
    close_leaf(&m);
    tac_status st = TAC_OK;
    if (m.tb.failed || rc != 0) {
        st = tac_fail(err, m.tb.failed ? TAC_ERR_NOMEM : TAC_ERR_INTERNAL,
                      m.tb.failed ? NULL : "Markdown parser failed", 0, NULL);
        goto out;
    }
    st = tac_textbuf_finish(in, &m.tb, m.last_end, false, err);
out:
    tac_textbuf_free(&m.tb);
    free(m.brk);
    free(m.brk_hard);
    return st;
}
