/*
 * Reading one article: input checks (size, NUL bytes, UTF-8), the plain-text
 * reader, the JSON Lines record reader, and the driver that runs a reader
 * and then the metadata/boilerplate pass.
 */
#include "ingest/ingest.h"
#include <stdlib.h>
#include <json-c/json.h>

/* ---- blocks -------------------------------------------------------------- */

/* Bytes that may pad a block: ASCII space, NBSP (C2 A0), BOM (EF BB BF). */
static size_t pad_at(const char *s, uint32_t i, uint32_t end)
{
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    if (c == 0xC2 && i + 1 < end && (unsigned char)s[i + 1] == 0xA0)
        return 2;
    if (c == 0xEF && i + 2 < end && (unsigned char)s[i + 1] == 0xBB && (unsigned char)s[i + 2] == 0xBF)
        return 3;
    return 0;
}

static size_t pad_before(const char *s, uint32_t start, uint32_t i)
{
    unsigned char c = (unsigned char)s[i - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    if (c == 0xA0 && i >= start + 2 && (unsigned char)s[i - 2] == 0xC2)
        return 2;
    if (c == 0xBF && i >= start + 3 && (unsigned char)s[i - 2] == 0xBB && (unsigned char)s[i - 3] == 0xEF)
        return 3;
    return 0;
}

bool tac_ingest_add_block(tac_ingest *in, uint32_t tstart, uint32_t tend, uint8_t kind,
                          uint8_t level, uint32_t group, uint32_t link_bytes)
{
    tac_doc *d = in->doc;
    size_t k;
    while (tstart < tend && (k = pad_at(d->text, tstart, tend)) > 0)
        tstart += (uint32_t)k;
    while (tend > tstart && (k = pad_before(d->text, tstart, tend)) > 0)
        tend -= (uint32_t)k;
    if (tstart >= tend)
        return true;
    tac_block b = {.tstart = tstart, .tend = tend, .kind = kind, .level = level};
    uint32_t cap = in->cap_info;
    tac_block_info *p = tac_arena_grow(&d->arena, in->info, &cap, sizeof *p, d->nblocks + 1);
    if (!p)
        return false;
    in->info = p;
    in->cap_info = cap;
    in->info[d->nblocks] = (tac_block_info){.link_bytes = link_bytes, .group = group};
    return tac_doc_add_block(d, &b);
}

/* ---- the line-break heuristic -------------------------------------------- */

static uint32_t width(const char *s, uint32_t a, uint32_t b)
{
    uint32_t w = 0;
    for (uint32_t i = a; i < b; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

bool tac_lines_wrapped(const char *s, const uint32_t *starts, const uint32_t *ends, uint32_t n)
{
    /* A greedy wrapper at width W leaves every line but the last so full that
     * the next line's first word would not have fitted. A list of headlines,
     * metadata lines or one-sentence-per-line text breaks that rule or has
     * lines too long to be a wrap width. */
    uint32_t w_max = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t w = width(s, starts[i], ends[i]);
        if (w > w_max)
            w_max = w;
    }
    if (w_max < 40 || w_max > 100)
        return false;
    if (n == 2) {
        /* two lines prove little: a headline over a source line fits the
         * rule too. Ask for a visible continuation. */
        char last = s[ends[0] - 1], first = s[starts[1]], fin = s[ends[1] - 1];
        bool open_end = (last >= 'a' && last <= 'z') || last == ',' || last == ';' || last == '-';
        bool closes = fin == '.' || fin == '!' || fin == '?' || fin == '"' ||
                      (ends[1] - starts[1] >= 3 && !memcmp(s + ends[1] - 3, "\xE2\x80\x9D", 3));
        if (!(first >= 'a' && first <= 'z') && !(open_end && closes))
            return false;
    }
    uint32_t misses = 0;
    for (uint32_t i = 0; i + 1 < n; i++) {
        uint32_t w = width(s, starts[i], ends[i]);
        uint32_t fw_end = starts[i + 1];
        while (fw_end < ends[i + 1] && s[fw_end] != ' ' && s[fw_end] != '\t')
            fw_end++;
        uint32_t fw = width(s, starts[i + 1], fw_end);
        if (w * 2 < w_max)
            return false;
        /* hand-wrapped text breaks the greedy rule now and then */
        if (w + 1 + fw <= w_max)
            misses++;
    }
    return misses * 3 <= n - 1;
}

/* ---- plain text ---------------------------------------------------------- */

static bool is_bullet_line(const char *s, uint32_t a, uint32_t b)
{
    if (b - a >= 2 && (s[a] == '-' || s[a] == '*' || s[a] == '+') && s[a + 1] == ' ')
        return true;
    /* U+2022 bullet, U+00B7 middle dot */
    if (b - a >= 4 && !memcmp(s + a, "\xE2\x80\xA2", 3))
        return true;
    if (b - a >= 3 && !memcmp(s + a, "\xC2\xB7", 2))
        return true;
    return false;
}

typedef struct line_vec {
    uint32_t *starts, *ends;
    uint32_t n, cap;
} line_vec;

static bool line_push(line_vec *v, uint32_t a, uint32_t b)
{
    if (v->n == v->cap) {
        uint32_t ncap = v->cap ? v->cap * 2 : 64;
        uint32_t *ns = realloc(v->starts, ncap * sizeof *ns);
        if (!ns)
            return false;
        v->starts = ns;
        uint32_t *ne = realloc(v->ends, ncap * sizeof *ne);
        if (!ne)
            return false;
        v->ends = ne;
        v->cap = ncap;
    }
    v->starts[v->n] = a;
    v->ends[v->n] = b;
    v->n++;
    return true;
}

static bool flush_paragraph(tac_ingest *in, line_vec *v, uint32_t group)
{
    const char *s = in->doc->text;
    bool ok = true;
    if (v->n == 1 || (v->n > 1 && tac_lines_wrapped(s, v->starts, v->ends, v->n))) {
        uint8_t kind = is_bullet_line(s, v->starts[0], v->ends[0]) ? TAC_BLOCK_LIST_ITEM : TAC_BLOCK_PARA;
        ok = tac_ingest_add_block(in, v->starts[0], v->ends[v->n - 1], kind, 0, group, 0);
    } else {
        for (uint32_t i = 0; i < v->n && ok; i++) {
            uint8_t kind = is_bullet_line(s, v->starts[i], v->ends[i]) ? TAC_BLOCK_LIST_ITEM : TAC_BLOCK_PARA;
            ok = tac_ingest_add_block(in, v->starts[i], v->ends[i], kind, 0, group, 0);
        }
    }
    v->n = 0;
    return ok;
}

tac_status tac_ingest_plain(tac_ingest *in, tac_error *err)
{
    tac_doc *d = in->doc;
    const char *s = d->src;
    uint32_t n = d->src_len;
    d->text = s;
    d->text_len = n;
    d->map = NULL;
    line_vec v = {0};
    uint32_t group = 0;
    bool ok = true;
    for (uint32_t i = 0; i < n && ok;) {
        const char *nl = memchr(s + i, '\n', n - i);
        uint32_t eol = nl ? (uint32_t)(nl - s) : n;
        uint32_t a = i, b = eol;
        size_t k;
        while (a < b && (k = pad_at(s, a, b)) > 0)
            a += (uint32_t)k;
        while (b > a && (k = pad_before(s, a, b)) > 0)
            b -= (uint32_t)k;
        if (a == b) {
            if (v.n)
                ok = flush_paragraph(in, &v, group++);
        } else {
            ok = line_push(&v, a, b);
        }
        i = eol + 1;
    }
    if (ok && v.n)
        ok = flush_paragraph(in, &v, group);
    free(v.starts);
    free(v.ends);
    if (!ok || d->arena.failed)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    return TAC_OK;
}

/* ---- input checks and the driver ----------------------------------------- */

static size_t limit_article(const tac_limits *lim)
{
    size_t max = lim && lim->max_article_bytes ? lim->max_article_bytes : (16u << 20);
    return max < UINT32_MAX - 1 ? max : UINT32_MAX - 1;
}

static tac_status check_bytes(const char *bytes, size_t len, size_t max, const char *what, tac_error *err)
{
    if (len > max)
        return tac_fail(err, TAC_ERR_LIMIT, "article too large", max,
                        "%s has %zu bytes, the limit is %zu", what, len, max);
    const char *nul = len ? memchr(bytes, 0, len) : NULL;
    if (nul)
        return tac_fail(err, TAC_ERR_BINARY, "NUL byte: binary input", (uint64_t)(nul - bytes), NULL);
    size_t ok = tac_utf8_valid_prefix(bytes, len);
    if (ok < len)
        return tac_fail(err, TAC_ERR_UTF8, "invalid UTF-8", ok, NULL);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)bytes[i];
        if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'))
            return TAC_OK;
    }
    return tac_fail(err, TAC_ERR_EMPTY, "no article text", 0, NULL);
}

static tac_status run(tac_ingest *in, tac_format fmt, tac_error *err)
{
    tac_status st;
    switch (fmt) {
    case TAC_FORMAT_MARKDOWN:
        st = tac_ingest_markdown(in, err);
        break;
    case TAC_FORMAT_TEXT:
        st = tac_ingest_plain(in, err);
        break;
    case TAC_FORMAT_HTML:
        st = tac_ingest_html(in, err);
        break;
    default:
        return tac_fail(err, TAC_ERR_ARG, "unsupported format", 0, "%s", tac_format_name(fmt));
    }
    if (st != TAC_OK)
        return st;
    tac_ingest_classify(in);
    if (in->doc->arena.failed)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    return TAC_OK;
}

TAC_API tac_status tac_doc_read(const char *bytes, size_t len, tac_format fmt,
                                const char *id, const tac_limits *lim,
                                tac_doc **out, tac_error *err)
{
    if (!out || (!bytes && len))
        return tac_fail(err, TAC_ERR_ARG, "tac_doc_read: NULL argument", 0, NULL);
    *out = NULL;
    if (fmt == TAC_FORMAT_AUTO)
        fmt = tac_format_detect(NULL, bytes, len);
    if (fmt == TAC_FORMAT_JSONL)
        return tac_doc_read_json(bytes, len, lim, out, err);
    if (fmt != TAC_FORMAT_TEXT && fmt != TAC_FORMAT_MARKDOWN && fmt != TAC_FORMAT_HTML)
        return tac_fail(err, TAC_ERR_ARG, "unknown input format", 0, NULL);
    tac_status st = check_bytes(bytes, len, limit_article(lim), "the article", err);
    if (st != TAC_OK)
        return st;
    tac_doc *d = tac_doc_new_internal(bytes, len, lim);
    if (!d)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    d->format = fmt;
    d->id = tac_arena_strdup(&d->arena, id ? id : "article");
    tac_ingest in = {.doc = d};
    st = run(&in, fmt, err);
    if (st == TAC_OK && !d->id)
        st = tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    if (st != TAC_OK) {
        tac_doc_free(d);
        return st;
    }
    *out = d;
    return TAC_OK;
}

/* The first string-valued field among names; NULL when none. */
static const char *json_field(json_object *obj, const char *const *names, size_t *len)
{
    for (; *names; names++) {
        json_object *v;
        if (json_object_object_get_ex(obj, *names, &v) && json_object_is_type(v, json_type_string)) {
            *len = (size_t)json_object_get_string_len(v);
            return json_object_get_string(v);
        }
    }
    return NULL;
}

TAC_API tac_status tac_doc_read_json(const char *line, size_t len, const tac_limits *lim,
                                     tac_doc **out, tac_error *err)
{
    if (!out || (!line && len))
        return tac_fail(err, TAC_ERR_ARG, "tac_doc_read_json: NULL argument", 0, NULL);
    *out = NULL;
    size_t max_line = lim && lim->max_line_bytes ? lim->max_line_bytes : (32u << 20);
    if (len > max_line)
        return tac_fail(err, TAC_ERR_LIMIT, "JSON line too long", max_line,
                        "the line has %zu bytes, the limit is %zu", len, max_line);
    if (len > INT32_MAX)
        return tac_fail(err, TAC_ERR_LIMIT, "JSON line too long", INT32_MAX, NULL);
    const char *nul = len ? memchr(line, 0, len) : NULL;
    if (nul)
        return tac_fail(err, TAC_ERR_BINARY, "NUL byte: binary input", (uint64_t)(nul - line), NULL);
    size_t valid = tac_utf8_valid_prefix(line, len);
    if (valid < len)
        return tac_fail(err, TAC_ERR_UTF8, "invalid UTF-8", valid, NULL);

    json_tokener *tok = json_tokener_new_ex(32);
    if (!tok)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    json_tokener_set_flags(tok, JSON_TOKENER_VALIDATE_UTF8);
    json_object *obj = json_tokener_parse_ex(tok, line, (int)len);
    enum json_tokener_error jerr = json_tokener_get_error(tok);
    size_t end = json_tokener_get_parse_end(tok);
    tac_status st = TAC_OK;
    if (!obj || jerr != json_tokener_success) {
        /* json_tokener_continue: the line ended inside a value */
        st = tac_fail(err, TAC_ERR_FORMAT, "malformed JSON", jerr == json_tokener_continue ? len : end,
                      "%s", jerr == json_tokener_continue ? "unexpected end of line" : json_tokener_error_desc(jerr));
        goto done;
    }
    for (size_t i = end; i < len; i++) {
        char c = line[i];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            st = tac_fail(err, TAC_ERR_FORMAT, "malformed JSON", i, "text after the JSON value");
            goto done;
        }
    }
    if (!json_object_is_type(obj, json_type_object)) {
        st = tac_fail(err, TAC_ERR_FORMAT, "a JSON Lines record must be an object", 0, NULL);
        goto done;
    }
    static const char *const text_names[] = {"text", "content", "body", NULL};
    static const char *const date_names[] = {"date", "published", NULL};
    static const char *const title_names[] = {"title", NULL};
    static const char *const url_names[] = {"url", NULL};
    size_t text_len = 0, date_len = 0, title_len = 0, url_len = 0;
    const char *text = json_field(obj, text_names, &text_len);
    if (!text) {
        st = tac_fail(err, TAC_ERR_FORMAT, "record has no \"text\" (or \"content\", \"body\") string", 0, NULL);
        goto done;
    }
    /* The decoded text becomes the article; offsets refer to it. "\u0000"
     * decodes to a NUL byte, which we refuse like a binary file. */
    st = check_bytes(text, text_len, limit_article(lim), "the text value", err);
    if (st != TAC_OK)
        goto done;
    tac_doc *d = tac_doc_new_internal(text, text_len, lim);
    if (!d) {
        st = tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
        goto done;
    }
    d->format = TAC_FORMAT_JSONL;
    json_object *idv;
    if (json_object_object_get_ex(obj, "id", &idv) &&
        (json_object_is_type(idv, json_type_string) || json_object_is_type(idv, json_type_int)))
        d->id = tac_arena_strdup(&d->arena, json_object_get_string(idv));
    if (json_object_object_get_ex(obj, "article", &idv) &&
        (json_object_is_type(idv, json_type_string) || json_object_is_type(idv, json_type_int)))
        d->article = tac_arena_strdup(&d->arena, json_object_get_string(idv));
    json_object *cfg;
    if (json_object_object_get_ex(obj, "config", &cfg) && json_object_is_type(cfg, json_type_object))
        d->config = tac_arena_strdup(&d->arena, json_object_to_json_string_ext(cfg, JSON_C_TO_STRING_PLAIN));
    const char *url = json_field(obj, url_names, &url_len);
    if (url && url_len)
        d->url = tac_arena_strndup(&d->arena, url, url_len);
    const char *date = json_field(obj, date_names, &date_len);
    if (date)
        d->published = tac_date_parse(date, date_len);
    tac_ingest in = {.doc = d};
    const char *title = json_field(obj, title_names, &title_len);
    if (title && title_len && tac_utf8_valid_prefix(title, title_len) == title_len &&
        !memchr(title, 0, title_len)) {
        in.given_title = title;
        in.given_title_len = title_len;
    }
    st = run(&in, TAC_FORMAT_TEXT, err);
    if (st == TAC_OK && d->arena.failed)
        st = tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    if (st != TAC_OK) {
        tac_doc_free(d);
        goto done;
    }
    d->format = TAC_FORMAT_JSONL;
    *out = d;
done:
    if (obj)
        json_object_put(obj);
    json_tokener_free(tok);
    return st;
}
