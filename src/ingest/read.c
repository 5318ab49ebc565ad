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

/* ---- JSON Lines records ---------------------------------------------------- */

/* The fields of a record we read, decoded (NULL when absent). */
typedef struct rec_fields {
    const char *text, *date, *title, *url, *id;
    size_t text_len, date_len, title_len, url_len, id_len;
    const char *config;              /* serialized object, NUL-terminated      */
    const char *article;             /* "article" (record grouping), NUL-terminated */
} rec_fields;

/*
 * The fast reader: one pass over a record in plain, strict JSON, without a
 * json-c object tree (which cost more than segmenting the record). It gives
 * up -- returns false, and the json-c reader takes the record -- on anything
 * it does not handle exactly as json-c would: malformed or non-standard
 * JSON, a "config" or "article" member, a number as "id", a repeated member we read,
 * "\u0000", lone surrogates, raw control characters, deep nesting. So it
 * never reports an error: errors and their positions stay json-c's.
 */
typedef struct fast {
    const char *s;
    size_t n, i;
    char *scratch;                   /* decoded strings with escapes (malloc)  */
    size_t scratch_len;
} fast;

enum { F_TEXT, F_CONTENT, F_BODY, F_DATE, F_PUBLISHED, F_TITLE, F_URL, F_ID, F_CONFIG, F_ARTICLE, F_NKEYS };

typedef struct fast_str {
    size_t start, end;               /* raw bytes between the quotes           */
    bool escaped;
} fast_str;

static void fast_ws(fast *f)
{
    while (f->i < f->n && (f->s[f->i] == ' ' || f->s[f->i] == '\t' || f->s[f->i] == '\n' || f->s[f->i] == '\r'))
        f->i++;
}

static int hex4(const char *p)
{
    int v = 0;
    for (int k = 0; k < 4; k++) {
        char c = p[k];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* A string at f->i (on its opening quote); f->i ends after the closing one. */
static bool fast_string(fast *f, fast_str *out)
{
    const char *s = f->s;
    size_t i = f->i + 1;
    out->start = i;
    out->escaped = false;
    for (;;) {
        /* eight bytes at a time while none is a quote, a backslash or a
         * control byte (SWAR: a zero byte of v ^ c, or a byte of v below
         * 0x20, sets its high bit) */
        while (i + 8 <= f->n) {
            uint64_t v;
            memcpy(&v, s + i, 8);
            const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
            uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\');
            uint64_t hit = ((q - ones) & ~q) | ((b - ones) & ~b) | ((v - ones * 0x20) & ~v);
            if (hit & high)
                break;
            i += 8;
        }
        if (i >= f->n)
            return false;
        unsigned char c = (unsigned char)s[i];
        if (c == '"')
            break;
        if (c < 0x20)
            return false;
        if (c != '\\') {
            i++;
            continue;
        }
        out->escaped = true;
        if (i + 1 >= f->n)
            return false;
        char e = s[i + 1];
        if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
            i += 2;
            continue;
        }
        if (e != 'u' || i + 6 > f->n)
            return false;
        int u = hex4(s + i + 2);
        if (u <= 0 || (u >= 0xDC00 && u <= 0xDFFF))
            return false;
        i += 6;
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 6 > f->n || s[i] != '\\' || s[i + 1] != 'u')
                return false;
            int lo = hex4(s + i + 2);
            if (lo < 0xDC00 || lo > 0xDFFF)
                return false;
            i += 6;
        }
    }
    out->end = i;
    f->i = i + 1;
    return true;
}

static void put_utf8(char *o, size_t *k, uint32_t cp)
{
    if (cp < 0x80) {
        o[(*k)++] = (char)cp;
    } else if (cp < 0x800) {
        o[(*k)++] = (char)(0xC0 | (cp >> 6));
        o[(*k)++] = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        o[(*k)++] = (char)(0xE0 | (cp >> 12));
        o[(*k)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[(*k)++] = (char)(0x80 | (cp & 0x3F));
    } else {
        o[(*k)++] = (char)(0xF0 | (cp >> 18));
        o[(*k)++] = (char)(0x80 | ((cp >> 12) & 0x3F));
        o[(*k)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[(*k)++] = (char)(0x80 | (cp & 0x3F));
    }
}

/* Decode a string checked by fast_string into f->scratch, which the caller
 * sized for every string of the line (decoding never lengthens a string). */
static const char *fast_decode(fast *f, const fast_str *fs, size_t *len)
{
    const char *s = f->s;
    char *o = f->scratch + f->scratch_len;
    size_t k = 0;
    for (size_t i = fs->start; i < fs->end;) {
        char c = s[i];
        if (c != '\\') {
            o[k++] = c;
            i++;
            continue;
        }
        char e = s[i + 1];
        i += 2;
        switch (e) {
        case 'b': o[k++] = '\b'; break;
        case 'f': o[k++] = '\f'; break;
        case 'n': o[k++] = '\n'; break;
        case 'r': o[k++] = '\r'; break;
        case 't': o[k++] = '\t'; break;
        case 'u': {
            uint32_t cp = (uint32_t)hex4(s + i);
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + ((uint32_t)hex4(s + i + 2) - 0xDC00);
                i += 6;
            }
            put_utf8(o, &k, cp);
            break;
        }
        default: o[k++] = e; break;   /* " \\ / */
        }
    }
    *len = k;
    f->scratch_len += k;
    return o;
}

/* Skip any value (strictly valid JSON) at f->i. */
static bool fast_skip(fast *f, int depth)
{
    if (depth > 30 || f->i >= f->n)
        return false;
    const char *s = f->s;
    char c = s[f->i];
    if (c == '"') {
        fast_str fs;
        return fast_string(f, &fs);
    }
    if (c == '{' || c == '[') {
        char close = c == '{' ? '}' : ']';
        f->i++;
        fast_ws(f);
        if (f->i < f->n && s[f->i] == close) {
            f->i++;
            return true;
        }
        for (;;) {
            if (c == '{') {
                fast_str key;
                if (f->i >= f->n || s[f->i] != '"' || !fast_string(f, &key))
                    return false;
                fast_ws(f);
                if (f->i >= f->n || s[f->i] != ':')
                    return false;
                f->i++;
                fast_ws(f);
            }
            if (!fast_skip(f, depth + 1))
                return false;
            fast_ws(f);
            if (f->i >= f->n)
                return false;
            if (s[f->i] == close) {
                f->i++;
                return true;
            }
            if (s[f->i] != ',')
                return false;
            f->i++;
            fast_ws(f);
        }
    }
    static const char *const words[] = {"true", "false", "null"};
    for (size_t k = 0; k < 3; k++) {
        size_t len = strlen(words[k]);
        if (f->n - f->i >= len && !memcmp(s + f->i, words[k], len)) {
            f->i += len;
            return true;
        }
    }
    /* number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
    size_t i = f->i;
    if (i < f->n && s[i] == '-')
        i++;
    if (i >= f->n || s[i] < '0' || s[i] > '9')
        return false;
    if (s[i] == '0')
        i++;
    else
        while (i < f->n && s[i] >= '0' && s[i] <= '9')
            i++;
    if (i < f->n && s[i] == '.') {
        i++;
        if (i >= f->n || s[i] < '0' || s[i] > '9')
            return false;
        while (i < f->n && s[i] >= '0' && s[i] <= '9')
            i++;
    }
    if (i < f->n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < f->n && (s[i] == '+' || s[i] == '-'))
            i++;
        if (i >= f->n || s[i] < '0' || s[i] > '9')
            return false;
        while (i < f->n && s[i] >= '0' && s[i] <= '9')
            i++;
    }
    f->i = i;
    return true;
}

static int fast_key(const char *k, size_t n)
{
    static const char *const names[F_NKEYS] = {"text", "content", "body", "date", "published",
                                               "title", "url", "id", "config", "article"};
    for (int i = 0; i < F_NKEYS; i++)
        if (strlen(names[i]) == n && !memcmp(names[i], k, n))
            return i;
    return -1;
}

/* Fill *rf from line, decoding into f->scratch; false: let json-c read it. */
static bool fast_record(fast *f, rec_fields *rf)
{
    const char *s = f->s;
    fast_str val[F_NKEYS];
    bool seen[F_NKEYS] = {false}, is_str[F_NKEYS] = {false};
    fast_ws(f);
    if (f->i >= f->n || s[f->i] != '{')
        return false;
    f->i++;
    fast_ws(f);
    if (f->i < f->n && s[f->i] == '}')
        return false;   /* no text: json-c's error */
    for (;;) {
        fast_str key;
        if (f->i >= f->n || s[f->i] != '"' || !fast_string(f, &key))
            return false;
        int k = key.escaped ? -1 : fast_key(s + key.start, key.end - key.start);
        if (k == F_CONFIG || k == F_ARTICLE || (k >= 0 && seen[k]))
            return false;
        fast_ws(f);
        if (f->i >= f->n || s[f->i] != ':')
            return false;
        f->i++;
        fast_ws(f);
        if (k >= 0) {
            seen[k] = true;
            if (f->i < f->n && s[f->i] == '"') {
                if (!fast_string(f, &val[k]))
                    return false;
                is_str[k] = true;
            } else if (k == F_ID && f->i < f->n && (s[f->i] == '-' || (s[f->i] >= '0' && s[f->i] <= '9'))) {
                return false;   /* json-c's rendering of numbers */
            } else if (!fast_skip(f, 1)) {
                return false;
            }
        } else if (!fast_skip(f, 1)) {
            return false;
        }
        fast_ws(f);
        if (f->i >= f->n)
            return false;
        if (s[f->i] == '}') {
            f->i++;
            break;
        }
        if (s[f->i] != ',')
            return false;
        f->i++;
        fast_ws(f);
    }
    fast_ws(f);
    if (f->i < f->n)
        return false;   /* text after the value: json-c's error */
    /* the first string among the synonyms, as json_field picks */
    static const int text_keys[] = {F_TEXT, F_CONTENT, F_BODY}, date_keys[] = {F_DATE, F_PUBLISHED};
    int kt = -1, kd = -1;
    for (int i = 0; i < 3 && kt < 0; i++)
        if (is_str[text_keys[i]])
            kt = text_keys[i];
    for (int i = 0; i < 2 && kd < 0; i++)
        if (is_str[date_keys[i]])
            kd = date_keys[i];
    if (kt < 0)
        return false;
    int want[] = {kt, kd, F_TITLE, F_URL, F_ID};
    const char *p[5] = {NULL};
    size_t len[5] = {0};
    for (int w = 0; w < 5; w++) {
        int k = want[w];
        if (k < 0 || !is_str[k])
            continue;
        if (val[k].escaped) {
            if (!f->scratch && !(f->scratch = malloc(f->n + 1)))
                return false;
            p[w] = fast_decode(f, &val[k], &len[w]);
        } else {
            p[w] = s + val[k].start;
            len[w] = val[k].end - val[k].start;
        }
    }
    rf->text = p[0];
    rf->text_len = len[0];
    rf->date = p[1];
    rf->date_len = len[1];
    rf->title = p[2];
    rf->title_len = len[2];
    rf->url = p[3];
    rf->url_len = len[3];
    rf->id = p[4];
    rf->id_len = len[4];
    rf->config = NULL;
    rf->article = NULL;
    return true;
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

/* The article of a record's fields (the text already found). */
static tac_status record_doc(const rec_fields *rf, const tac_limits *lim, tac_doc **out, tac_error *err)
{
    /* The decoded text becomes the article; offsets refer to it. "\u0000"
     * decodes to a NUL byte, which we refuse like a binary file. */
    tac_status st = check_bytes(rf->text, rf->text_len, limit_article(lim), "the text value", err);
    if (st != TAC_OK)
        return st;
    tac_doc *d = tac_doc_new_internal(rf->text, rf->text_len, lim);
    if (!d)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    d->format = TAC_FORMAT_JSONL;
    if (rf->id)
        d->id = tac_arena_strndup(&d->arena, rf->id, rf->id_len);
    if (rf->config)
        d->config = tac_arena_strdup(&d->arena, rf->config);
    if (rf->article)
        d->article = tac_arena_strdup(&d->arena, rf->article);
    if (rf->url && rf->url_len)
        d->url = tac_arena_strndup(&d->arena, rf->url, rf->url_len);
    if (rf->date)
        d->published = tac_date_parse(rf->date, rf->date_len);
    tac_ingest in = {.doc = d};
    if (rf->title && rf->title_len && tac_utf8_valid_prefix(rf->title, rf->title_len) == rf->title_len &&
        !memchr(rf->title, 0, rf->title_len)) {
        in.given_title = rf->title;
        in.given_title_len = rf->title_len;
    }
    st = run(&in, TAC_FORMAT_TEXT, err);
    if (st == TAC_OK && d->arena.failed)
        st = tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    if (st != TAC_OK) {
        tac_doc_free(d);
        return st;
    }
    d->format = TAC_FORMAT_JSONL;
    *out = d;
    return TAC_OK;
}

/* The json-c reader: every record the fast reader gives up on, and every
 * error with its position. */
static tac_status read_json_c(const char *line, size_t len, const tac_limits *lim, tac_doc **out,
                              tac_error *err)
{
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
    rec_fields rf = {0};
    rf.text = json_field(obj, text_names, &rf.text_len);
    if (!rf.text) {
        st = tac_fail(err, TAC_ERR_FORMAT, "record has no \"text\" (or \"content\", \"body\") string", 0, NULL);
        goto done;
    }
    json_object *idv;
    if (json_object_object_get_ex(obj, "id", &idv) &&
        (json_object_is_type(idv, json_type_string) || json_object_is_type(idv, json_type_int))) {
        rf.id = json_object_get_string(idv);
        rf.id_len = strlen(rf.id);
    }
    if (json_object_object_get_ex(obj, "article", &idv) &&
        (json_object_is_type(idv, json_type_string) || json_object_is_type(idv, json_type_int)))
        rf.article = json_object_get_string(idv);
    json_object *cfg;
    if (json_object_object_get_ex(obj, "config", &cfg) && json_object_is_type(cfg, json_type_object))
        rf.config = json_object_to_json_string_ext(cfg, JSON_C_TO_STRING_PLAIN);
    rf.url = json_field(obj, url_names, &rf.url_len);
    rf.date = json_field(obj, date_names, &rf.date_len);
    rf.title = json_field(obj, title_names, &rf.title_len);
    st = record_doc(&rf, lim, out, err);
done:
    if (obj)
        json_object_put(obj);
    json_tokener_free(tok);
    return st;
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
    fast f = {.s = line, .n = len};
    rec_fields rf = {0};
    tac_status st = fast_record(&f, &rf) ? record_doc(&rf, lim, out, err) : read_json_c(line, len, lim, out, err);
    free(f.scratch);
    return st;
}
