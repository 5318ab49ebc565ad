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
    char *text;
    uint32_t *map;
    uint8_t *tflags;
    uint32_t len, cap;
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
    bool failed;
} md_state;

static bool reserve(md_state *m, uint32_t extra)
{
    if (m->failed)
        return false;
    if ((uint64_t)m->len + extra + 1 <= m->cap)
        return true;
    uint64_t ncap = m->cap ? (uint64_t)m->cap * 2 : 4096;
    while (ncap < (uint64_t)m->len + extra + 1)
        ncap *= 2;
    if (ncap > UINT32_MAX) {
        m->failed = true;
        return false;
    }
    char *t = realloc(m->text, ncap);
    if (t)
        m->text = t;
    uint32_t *mp = t ? realloc(m->map, ncap * sizeof *mp) : NULL;
    if (mp)
        m->map = mp;
    uint8_t *f = mp ? realloc(m->tflags, ncap) : NULL;
    if (f)
        m->tflags = f;
    if (!t || !mp || !f) {
        m->failed = true;
        return false;
    }
    m->cap = (uint32_t)ncap;
    return true;
}

static void put(md_state *m, const char *s, uint32_t n, uint32_t src_off, bool one_unit, uint32_t unit_end)
{
    if (!reserve(m, n))
        return;
    uint8_t fl = m->link ? TAC_TF_LINK : 0;
    memcpy(m->text + m->len, s, n);
    memset(m->tflags + m->len, fl, n);
    uint32_t *mp = m->map + m->len;
    for (uint32_t i = 0; i < n; i++)
        mp[i] = one_unit ? src_off : src_off + i;
    m->len += n;
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
    if (m->len > 0) {
        /* the separator stands at the end of the previous block's source */
        uint32_t at = m->last_end;
        put(m, "\n", 1, at, true, at);
    }
    m->open = true;
    m->leaf_start = m->len;
    m->kind = leaf_kind(m);
    m->level = m->heading ? m->head_level : 0;
    m->nbrk = 0;
}

static uint32_t link_bytes(const md_state *m, uint32_t a, uint32_t b)
{
    uint32_t n = 0;
    for (uint32_t i = a; i < b; i++)
        n += m->tflags[i] & TAC_TF_LINK;
    return n;
}

static void add(md_state *m, uint32_t a, uint32_t b, uint32_t group)
{
    if (m->failed)
        return;
    /* blocks are added after the text is complete (the doc's text pointer is
     * set at the end), so keep them as ranges now via the ingest arrays */
    tac_block b0 = {.tstart = a, .tend = b, .kind = m->kind, .level = m->level};
    tac_doc *d = m->d;
    uint32_t cap = m->in->cap_info;
    tac_block_info *p = tac_arena_grow(&d->arena, m->in->info, &cap, sizeof *p, d->nblocks + 1);
    if (!p || !tac_doc_add_block(d, &b0)) {
        m->failed = true;
        return;
    }
    m->in->info = p;
    m->in->cap_info = cap;
    m->in->info[d->nblocks - 1] = (tac_block_info){.link_bytes = link_bytes(m, a, b), .group = group};
}

static void close_leaf(md_state *m)
{
    if (!m->open)
        return;
    m->open = false;
    uint32_t a = m->leaf_start, end = m->len;
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
        m->failed = true;
        return;
    }
    for (uint32_t i = 0; i < n; i++) {
        st[i] = i == 0 ? a : m->brk[i - 1] + 1;
        en[i] = i == n - 1 ? end : m->brk[i];
    }
    bool wrapped = m->kind != TAC_BLOCK_CODE && tac_lines_wrapped(m->text, st, en, n);
    uint32_t from = a;
    for (uint32_t i = 0; i < m->nbrk; i++) {
        if (!wrapped || m->brk_hard[i]) {
            m->text[m->brk[i]] = '\n';
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
    if (!m->open || m->len == m->leaf_start)
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
            m->failed = true;
            return;
        }
        m->cap_brk = ncap;
    }
    m->brk[m->nbrk] = m->len;
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
    return m->failed ? 1 : 0;
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
    return m->failed ? 1 : 0;
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
            if (k > 1 && inside && !m->failed)
                m->map[m->len - 1] = off + size - 1;
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
    return m->failed ? 1 : 0;
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
    if (m.failed || rc != 0) {
        st = tac_fail(err, m.failed ? TAC_ERR_NOMEM : TAC_ERR_INTERNAL,
                      m.failed ? NULL : "Markdown parser failed", 0, NULL);
        goto out;
    }
    /* Copy the text layer into the arena: text NUL-terminated, map with the
     * end sentinel map[text_len] = end of the last text unit. */
    char *text = tac_arena_alloc(&d->arena, (size_t)m.len + 1);
    uint32_t *map = tac_arena_alloc(&d->arena, ((size_t)m.len + 1) * sizeof *map);
    uint8_t *fl = tac_arena_alloc(&d->arena, (size_t)m.len + 1);
    if (!text || !map || !fl) {
        st = tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
        goto out;
    }
    if (m.len) {
        memcpy(text, m.text, m.len);
        memcpy(map, m.map, (size_t)m.len * sizeof *map);
        memcpy(fl, m.tflags, m.len);
    }
    text[m.len] = 0;
    map[m.len] = m.len ? m.last_end : 0;
    fl[m.len] = 0;
    d->text = text;
    d->text_len = m.len;
    d->map = map;
    in->tflags = fl;
    /* Trim every block now that the text exists (blocks were added as raw
     * leaf ranges). */
    uint32_t w = 0;
    for (uint32_t i = 0; i < d->nblocks; i++) {
        tac_block b = d->blocks[i];
        while (b.tstart < b.tend && (text[b.tstart] == ' ' || text[b.tstart] == '\n' || text[b.tstart] == '\t'))
            b.tstart++;
        while (b.tend > b.tstart && (text[b.tend - 1] == ' ' || text[b.tend - 1] == '\n' || text[b.tend - 1] == '\t'))
            b.tend--;
        if (b.tstart == b.tend)
            continue;
        d->blocks[w] = b;
        in->info[w] = in->info[i];
        w++;
    }
    d->nblocks = w;
out:
    free(m.text);
    free(m.map);
    free(m.tflags);
    free(m.brk);
    free(m.brk_hard);
    return st;
}
