/*
 * The binary dictionary image: writer and validating loader.
 *
 * Layout (every integer little-endian; docs/dictionaries.md has the table):
 *
 *   header   magic "TACDICT\0", format 2, byte-order mark 0x01020304,
 *            header size, section count, file size, source hash, file hash
 *            (of every byte but its own 8), version string, reserved 0
 *   table    one {id, count, offset, size} per section, ids 1..11 in order
 *   sections 8-byte aligned, zero padded:
 *            STRINGS  NUL-terminated strings, deduplicated; offset 0 is ""
 *            WORDS    u32 string offsets: the words of every phrase
 *            PHRASES  {u32 first word, u16 nwords, u16 flags, u16 head, u16 0}
 *            CODES    {u32 code, i32 from, i32 to, u16 flags, u16 0}
 *            ACTORS, AGENTS, PATTERNS, VERBS, SYNSETS, DISCARDS, ISSUES
 *            records of u32 string offsets and [first, count) index ranges
 *            into PHRASES / CODES / PATTERNS
 *
 * A string offset of 0xFFFFFFFF is NULL. The loader checks every offset,
 * range and count before it builds anything, so a crafted file can make it
 * fail but never read out of bounds. Strings are used in place: the STRINGS
 * section ends with NUL, so any in-bounds offset is a terminated string.
 */
#include "dict/image.h"
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#define NONE 0xFFFFFFFFu
#define HEADER_FIXED 56u
#define SECTION_ENTRY 24u
#define BOM 0x01020304u

enum {
    S_STRINGS = 1, S_WORDS, S_PHRASES, S_CODES, S_ACTORS, S_AGENTS, S_PATTERNS, S_VERBS,
    S_SYNSETS, S_DISCARDS, S_ISSUES, S_COUNT = S_ISSUES
};

/* Record sizes per section (STRINGS counts bytes). */
static const uint32_t rec_size[S_COUNT + 1] = {
    [S_STRINGS] = 1, [S_WORDS] = 4, [S_PHRASES] = 12, [S_CODES] = 16, [S_ACTORS] = 36,
    [S_AGENTS] = 20, [S_PATTERNS] = 12, [S_VERBS] = 28, [S_SYNSETS] = 16, [S_DISCARDS] = 12,
    [S_ISSUES] = 8,
};

static const char *const section_name[S_COUNT + 1] = {
    [S_STRINGS] = "strings", [S_WORDS] = "words", [S_PHRASES] = "phrases", [S_CODES] = "codes",
    [S_ACTORS] = "actors", [S_AGENTS] = "agents", [S_PATTERNS] = "patterns", [S_VERBS] = "verbs",
    [S_SYNSETS] = "synsets", [S_DISCARDS] = "discards", [S_ISSUES] = "issues",
};

bool tac_dict_image_is(const void *bytes, size_t len)
{
    return len >= 8 && !memcmp(bytes, TAC_IMAGE_MAGIC, 8);
}

/* ---- little-endian helpers ---------------------------------------------- */

static void put16(tac_buf *b, uint16_t v)
{
    unsigned char c[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
    tac_buf_put(b, c, 2);
}
static void put32(tac_buf *b, uint32_t v)
{
    unsigned char c[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    tac_buf_put(b, c, 4);
}
static void put64(tac_buf *b, uint64_t v)
{
    put32(b, (uint32_t)v);
    put32(b, (uint32_t)(v >> 32));
}
static void set32(tac_buf *b, size_t at, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        b->data[at + (size_t)i] = (char)(v >> (8 * i));
}
static void set64(tac_buf *b, size_t at, uint64_t v)
{
    set32(b, at, (uint32_t)v);
    set32(b, at + 4, (uint32_t)(v >> 32));
}
static uint16_t get16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint64_t get64(const unsigned char *p) { return get32(p) | (uint64_t)get32(p + 4) << 32; }

/* XXH3 of the whole file except the 8 bytes of the hash itself (40..47). */
static uint64_t file_hash(const unsigned char *p, size_t len)
{
    return tac_hash_seed(p + 48, len - 48, tac_hash(p, 40));
}

/* ---- writer ------------------------------------------------------------- */

struct writer {
    tac_buf sec[S_COUNT + 1];
    uint32_t count[S_COUNT + 1];
    /* string dedup: open addressing over offsets into sec[S_STRINGS] */
    uint32_t *slots;
    size_t nslots, nstrings;
    bool failed;
};

static bool strtab_grow(struct writer *w)
{
    size_t n = w->nslots ? w->nslots * 2 : 4096;
    uint32_t *s = malloc(n * sizeof *s);
    if (!s)
        return false;
    memset(s, 0xff, n * sizeof *s);
    for (size_t i = 0; i < w->nslots; i++) {
        uint32_t off = w->slots[i];
        if (off == NONE)
            continue;
        const char *str = w->sec[S_STRINGS].data + off;
        size_t h = (size_t)tac_hash(str, strlen(str)) & (n - 1);
        while (s[h] != NONE)
            h = (h + 1) & (n - 1);
        s[h] = off;
    }
    free(w->slots);
    w->slots = s;
    w->nslots = n;
    return true;
}

static uint32_t str_ref(struct writer *w, const char *s)
{
    if (!s)
        return NONE;
    if (!*s)
        return 0;
    if ((w->nstrings + 1) * 2 > w->nslots && !strtab_grow(w)) {
        w->failed = true;
        return NONE;
    }
    size_t len = strlen(s);
    size_t h = (size_t)tac_hash(s, len) & (w->nslots - 1);
    tac_buf *b = &w->sec[S_STRINGS];
    while (w->slots[h] != NONE) {
        if (!strcmp(b->data + w->slots[h], s))
            return w->slots[h];
        h = (h + 1) & (w->nslots - 1);
    }
    if (b->len + len + 1 >= NONE) {
        w->failed = true;
        return NONE;
    }
    uint32_t off = (uint32_t)b->len;
    tac_buf_put(b, s, len + 1);
    w->slots[h] = off;
    w->nstrings++;
    return off;
}

static uint32_t put_phrase(struct writer *w, const tac_dict_phrase *p)
{
    uint32_t first = w->count[S_WORDS];
    for (uint16_t i = 0; i < p->nwords; i++)
        put32(&w->sec[S_WORDS], str_ref(w, p->words[i]));
    w->count[S_WORDS] += p->nwords;
    put32(&w->sec[S_PHRASES], first);
    put16(&w->sec[S_PHRASES], p->nwords);
    put16(&w->sec[S_PHRASES], p->flags);
    put16(&w->sec[S_PHRASES], p->head);
    put16(&w->sec[S_PHRASES], 0);
    return w->count[S_PHRASES]++;
}

static uint32_t put_phrases(struct writer *w, const tac_dict_phrase *p, uint32_t n)
{
    uint32_t first = w->count[S_PHRASES];
    for (uint32_t i = 0; i < n; i++)
        put_phrase(w, &p[i]);
    return first;
}

tac_status tac_dict_image_build(const tac_dict_model *m, tac_buf *out, tac_error *err)
{
    struct writer w;
    memset(&w, 0, sizeof w);
    for (int s = 0; s <= S_COUNT; s++)
        tac_buf_init(&w.sec[s]);
    tac_buf_putc(&w.sec[S_STRINGS], 0);   /* offset 0: the empty string */
    tac_status st = TAC_OK;
    uint32_t version = str_ref(&w, m->version);

    for (uint32_t i = 0; i < m->nactors; i++) {
        const tac_dict_actor *a = &m->actors[i];
        uint32_t fp = put_phrases(&w, a->phrases, a->nphrases);
        uint32_t fc = w.count[S_CODES];
        for (uint32_t k = 0; k < a->ncodes; k++) {
            tac_buf *b = &w.sec[S_CODES];
            put32(b, str_ref(&w, a->codes[k].code));
            put32(b, (uint32_t)a->codes[k].from);
            put32(b, (uint32_t)a->codes[k].to);
            put16(b, a->codes[k].flags);
            put16(b, 0);
            w.count[S_CODES]++;
        }
        tac_buf *b = &w.sec[S_ACTORS];
        put32(b, str_ref(&w, a->name));
        put32(b, fp);
        put32(b, a->nphrases);
        put32(b, fc);
        put32(b, a->ncodes);
        put32(b, str_ref(&w, a->default_code));
        put32(b, str_ref(&w, a->note));
        put32(b, str_ref(&w, a->origin));
        put16(b, a->flags);
        put16(b, 0);
        w.count[S_ACTORS]++;
    }
    for (uint32_t i = 0; i < m->nagents; i++) {
        const tac_dict_agent *a = &m->agents[i];
        uint32_t fp = put_phrases(&w, a->phrases, a->nphrases);
        tac_buf *b = &w.sec[S_AGENTS];
        put32(b, str_ref(&w, a->name));
        put32(b, fp);
        put32(b, a->nphrases);
        put32(b, str_ref(&w, a->code));
        put32(b, str_ref(&w, a->origin));
        w.count[S_AGENTS]++;
    }
    for (uint32_t i = 0; i < m->nverbs; i++) {
        const tac_dict_verb *v = &m->verbs[i];
        uint32_t ff = put_phrases(&w, v->forms, v->nforms);
        uint32_t fpat = w.count[S_PATTERNS];
        for (uint32_t k = 0; k < v->npatterns; k++) {
            tac_buf *b = &w.sec[S_PATTERNS];
            put32(b, str_ref(&w, v->patterns[k].text));
            put32(b, str_ref(&w, v->patterns[k].code));
            put32(b, str_ref(&w, v->patterns[k].origin));
            w.count[S_PATTERNS]++;
        }
        tac_buf *b = &w.sec[S_VERBS];
        put32(b, str_ref(&w, v->name));
        put32(b, str_ref(&w, v->code));
        put32(b, ff);
        put32(b, v->nforms);
        put32(b, fpat);
        put32(b, v->npatterns);
        put32(b, str_ref(&w, v->origin));
        w.count[S_VERBS]++;
    }
    for (uint32_t i = 0; i < m->nsynsets; i++) {
        const tac_dict_synset *y = &m->synsets[i];
        uint32_t fp = put_phrases(&w, y->phrases, y->nphrases);
        tac_buf *b = &w.sec[S_SYNSETS];
        put32(b, str_ref(&w, y->name));
        put32(b, fp);
        put32(b, y->nphrases);
        put32(b, str_ref(&w, y->origin));
        w.count[S_SYNSETS]++;
    }
    for (uint32_t i = 0; i < m->ndiscards; i++) {
        const tac_dict_discard *d = &m->discards[i];
        uint32_t p = put_phrase(&w, &d->phrase);
        tac_buf *b = &w.sec[S_DISCARDS];
        put32(b, p);
        put32(b, d->story ? 1 : 0);
        put32(b, str_ref(&w, d->origin));
        w.count[S_DISCARDS]++;
    }
    for (uint32_t i = 0; i < m->nissues; i++) {
        tac_buf *b = &w.sec[S_ISSUES];
        put32(b, str_ref(&w, m->issues[i].origin));
        put32(b, str_ref(&w, m->issues[i].message));
        w.count[S_ISSUES]++;
    }
    w.count[S_STRINGS] = (uint32_t)w.sec[S_STRINGS].len;

    bool failed = w.failed;
    for (int s = 1; s <= S_COUNT; s++)
        failed |= w.sec[s].failed;
    if (failed) {
        st = tac_fail(err, TAC_ERR_NOMEM, "dictionary too large for the image", 0, NULL);
        goto out;
    }

    /* assemble: header, table, 8-aligned sections */
    tac_buf_init(out);
    uint32_t header = HEADER_FIXED + SECTION_ENTRY * S_COUNT;
    tac_buf_put(out, TAC_IMAGE_MAGIC, 8);
    put32(out, TAC_IMAGE_FORMAT);
    put32(out, BOM);
    put32(out, header);
    put32(out, S_COUNT);
    put64(out, 0);                 /* file size, set below  */
    put64(out, m->source_hash);
    put64(out, 0);                 /* file hash, set below  */
    put32(out, version);
    put32(out, 0);
    size_t table = out->len;
    for (int s = 1; s <= S_COUNT; s++) {
        put32(out, (uint32_t)s);
        put32(out, w.count[s]);
        put64(out, 0);
        put64(out, 0);
    }
    static const char zeros[8] = {0};
    for (int s = 1; s <= S_COUNT; s++) {
        tac_buf_put(out, zeros, (8 - out->len % 8) % 8);
        if (out->failed)
            break;
        size_t e = table + (size_t)(s - 1) * SECTION_ENTRY;
        set64(out, e + 8, out->len);
        set64(out, e + 16, w.sec[s].len);
        tac_buf_put(out, w.sec[s].data ? w.sec[s].data : "", w.sec[s].len);
    }
    tac_buf_put(out, zeros, (8 - out->len % 8) % 8);
    if (out->failed) {
        tac_buf_free(out);
        st = tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
        goto out;
    }
    set64(out, 24, out->len);
    set64(out, 40, file_hash((const unsigned char *)out->data, out->len));
out:
    for (int s = 0; s <= S_COUNT; s++)
        tac_buf_free(&w.sec[s]);
    free(w.slots);
    return st;
}

tac_status tac_dict_image_write(const tac_dict_model *m, const char *path, tac_error *err)
{
    tac_buf b;
    tac_status st = tac_dict_image_build(m, &b, err);
    if (st)
        return st;
    /* write beside the target and rename, so a reader never sees half a file */
    size_t pl = strlen(path);
    char *tmp = malloc(pl + 8);
    if (!tmp) {
        tac_buf_free(&b);
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    }
    memcpy(tmp, path, pl);
    memcpy(tmp + pl, ".tmp", 5);
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        st = tac_fail(err, TAC_ERR_IO, "cannot create the image", 0, "%s", tmp);
    } else {
        bool ok = fwrite(b.data, 1, b.len, f) == b.len;
        ok &= fclose(f) == 0;
        if (!ok || rename(tmp, path) != 0) {
            remove(tmp);
            st = tac_fail(err, TAC_ERR_IO, "cannot write the image", 0, "%s", path);
        }
    }
    free(tmp);
    tac_buf_free(&b);
    return st;
}

/* ---- loader ------------------------------------------------------------- */

struct image {
    const unsigned char *base;
    size_t len;
    const char *name;
    tac_error *err;
    const unsigned char *sec[S_COUNT + 1];
    uint32_t count[S_COUNT + 1];
    uint64_t sec_off[S_COUNT + 1];
};

static tac_status bad(struct image *im, uint64_t pos, const char *msg, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static tac_status bad(struct image *im, uint64_t pos, const char *msg, const char *fmt, ...)
{
    tac_error tmp;
    tac_error *e = im->err ? im->err : &tmp;
    tac_fail(e, TAC_ERR_DICT, msg, pos, NULL);
    char what[140] = "";
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(what, sizeof what, fmt, ap);
        va_end(ap);
    }
    snprintf(e->detail, sizeof e->detail, "%s: byte %llu: %s%s%s", im->name,
             (unsigned long long)pos, msg, what[0] ? ": " : "", what);
    return TAC_ERR_DICT;
}

/* Position of field `byte` of record i of section s, for error messages. */
static uint64_t at(const struct image *im, int s, uint64_t i, uint32_t byte)
{
    return im->sec_off[s] + i * rec_size[s] + byte;
}

/* A string reference: NONE allowed only when nullable. */
static tac_status check_str(struct image *im, int s, uint64_t i, uint32_t byte, bool nullable)
{
    uint32_t r = get32(im->sec[s] + i * rec_size[s] + byte);
    if (r == NONE && nullable)
        return TAC_OK;
    if (r >= im->count[S_STRINGS])
        return bad(im, at(im, s, i, byte), "string offset out of bounds", "%s record %llu",
                   section_name[s], (unsigned long long)i);
    return TAC_OK;
}

/* A [first, first+n) range into section target. */
static tac_status check_range(struct image *im, int s, uint64_t i, uint32_t byte, int target)
{
    const unsigned char *r = im->sec[s] + i * rec_size[s] + byte;
    uint64_t first = get32(r), n = get32(r + 4);
    if (first + n > im->count[target])
        return bad(im, at(im, s, i, byte), "index range out of bounds", "%s record %llu: %s %llu+%llu of %u",
                   section_name[s], (unsigned long long)i, section_name[target],
                   (unsigned long long)first, (unsigned long long)n, im->count[target]);
    return TAC_OK;
}

static tac_status validate(struct image *im, unsigned flags, uint32_t *version, uint64_t *source_hash)
{
    const unsigned char *p = im->base;
    size_t len = im->len;
    if (len < HEADER_FIXED)
        return bad(im, len, "short file", "%zu bytes, the header alone is %u", len, HEADER_FIXED);
    if (memcmp(p, TAC_IMAGE_MAGIC, 8))
        return bad(im, 0, "not a tacitus dictionary image", "bad magic");
    if (get32(p + 8) != TAC_IMAGE_FORMAT)
        return bad(im, 8, "unsupported image format", "format %u, this build reads %u",
                   get32(p + 8), TAC_IMAGE_FORMAT);
    if (get32(p + 12) != BOM)
        return bad(im, 12, "bad byte-order mark", NULL);
    uint32_t header = get32(p + 16), nsec = get32(p + 20);
    if (nsec != S_COUNT)
        return bad(im, 20, "bad section count", "%u, expected %u", nsec, S_COUNT);
    if (header != HEADER_FIXED + SECTION_ENTRY * S_COUNT)
        return bad(im, 16, "bad header size", NULL);
    if (len < header)
        return bad(im, len, "short file", "the section table is cut off");
    uint64_t fsize = get64(p + 24);
    if (fsize != len)
        return bad(im, fsize < len ? fsize : len, fsize > len ? "short file" : "trailing bytes",
                   "header says %llu bytes, file has %zu", (unsigned long long)fsize, len);
    *source_hash = get64(p + 32);
    if (get32(p + 52) != 0)
        return bad(im, 52, "bad header", "reserved field is not zero");
    if (!(flags & TAC_IMAGE_NO_HASH) && get64(p + 40) != file_hash(p, len))
        return bad(im, 40, "corrupt image", "hash mismatch");
    *version = get32(p + 48);
    for (uint32_t s = 1; s <= S_COUNT; s++) {
        const unsigned char *e = p + HEADER_FIXED + (s - 1) * SECTION_ENTRY;
        uint64_t epos = HEADER_FIXED + (uint64_t)(s - 1) * SECTION_ENTRY;
        if (get32(e) != s)
            return bad(im, epos, "bad section table", "entry %u has id %u", s, get32(e));
        uint32_t count = get32(e + 4);
        uint64_t off = get64(e + 8), size = get64(e + 16);
        if (off < header || off % 8 || off > len || size > len - off)
            return bad(im, epos + 8, "section out of bounds", "%s", section_name[s]);
        if ((uint64_t)count * rec_size[s] != size)
            return bad(im, epos + 4, "section size does not match its count", "%s", section_name[s]);
        im->sec[s] = p + off;
        im->count[s] = count;
        im->sec_off[s] = off;
    }
    /* strings: non-empty, starting and ending with NUL */
    if (im->count[S_STRINGS] == 0 || im->sec[S_STRINGS][0] != 0 ||
        im->sec[S_STRINGS][im->count[S_STRINGS] - 1] != 0)
        return bad(im, im->sec_off[S_STRINGS], "bad string section", "must start and end with NUL");
    if (*version != NONE && *version >= im->count[S_STRINGS])
        return bad(im, 48, "string offset out of bounds", "version");
    tac_status st;
#define TRY(x) do { if ((st = (x))) return st; } while (0)
    for (uint64_t i = 0; i < im->count[S_WORDS]; i++)
        TRY(check_str(im, S_WORDS, i, 0, false));
    for (uint64_t i = 0; i < im->count[S_PHRASES]; i++) {
        const unsigned char *r = im->sec[S_PHRASES] + i * 12;
        if ((uint64_t)get32(r) + get16(r + 4) > im->count[S_WORDS])
            return bad(im, at(im, S_PHRASES, i, 0), "index range out of bounds", "phrase %llu",
                       (unsigned long long)i);
        if (get16(r + 8) && get16(r + 8) >= get16(r + 4))
            return bad(im, at(im, S_PHRASES, i, 8), "head word out of bounds", "phrase %llu",
                       (unsigned long long)i);
        if (get16(r + 10))
            return bad(im, at(im, S_PHRASES, i, 10), "bad padding", "phrase %llu", (unsigned long long)i);
    }
    for (uint64_t i = 0; i < im->count[S_CODES]; i++)
        TRY(check_str(im, S_CODES, i, 0, false));
    for (uint64_t i = 0; i < im->count[S_ACTORS]; i++) {
        TRY(check_str(im, S_ACTORS, i, 0, false));
        TRY(check_range(im, S_ACTORS, i, 4, S_PHRASES));
        TRY(check_range(im, S_ACTORS, i, 12, S_CODES));
        TRY(check_str(im, S_ACTORS, i, 20, true));
        TRY(check_str(im, S_ACTORS, i, 24, true));
        TRY(check_str(im, S_ACTORS, i, 28, true));
    }
    for (uint64_t i = 0; i < im->count[S_AGENTS]; i++) {
        TRY(check_str(im, S_AGENTS, i, 0, false));
        TRY(check_range(im, S_AGENTS, i, 4, S_PHRASES));
        TRY(check_str(im, S_AGENTS, i, 12, true));
        TRY(check_str(im, S_AGENTS, i, 16, true));
    }
    for (uint64_t i = 0; i < im->count[S_PATTERNS]; i++) {
        TRY(check_str(im, S_PATTERNS, i, 0, false));
        TRY(check_str(im, S_PATTERNS, i, 4, true));
        TRY(check_str(im, S_PATTERNS, i, 8, true));
    }
    for (uint64_t i = 0; i < im->count[S_VERBS]; i++) {
        TRY(check_str(im, S_VERBS, i, 0, false));
        TRY(check_str(im, S_VERBS, i, 4, true));
        TRY(check_range(im, S_VERBS, i, 8, S_PHRASES));
        TRY(check_range(im, S_VERBS, i, 16, S_PATTERNS));
        TRY(check_str(im, S_VERBS, i, 24, true));
    }
    for (uint64_t i = 0; i < im->count[S_SYNSETS]; i++) {
        TRY(check_str(im, S_SYNSETS, i, 0, false));
        TRY(check_range(im, S_SYNSETS, i, 4, S_PHRASES));
        TRY(check_str(im, S_SYNSETS, i, 12, true));
    }
    for (uint64_t i = 0; i < im->count[S_DISCARDS]; i++) {
        const unsigned char *r = im->sec[S_DISCARDS] + i * 12;
        if (get32(r) >= im->count[S_PHRASES])
            return bad(im, at(im, S_DISCARDS, i, 0), "index out of bounds", "discard %llu",
                       (unsigned long long)i);
        if (get32(r + 4) > 1)
            return bad(im, at(im, S_DISCARDS, i, 4), "bad flag", "discard %llu", (unsigned long long)i);
        TRY(check_str(im, S_DISCARDS, i, 8, true));
    }
    for (uint64_t i = 0; i < im->count[S_ISSUES]; i++) {
        TRY(check_str(im, S_ISSUES, i, 0, true));
        TRY(check_str(im, S_ISSUES, i, 4, true));
    }
#undef TRY
    return TAC_OK;
}

/* Append `n` records of `src` to a model array (installs it when empty). */
static void *install(tac_arena *a, void *items, uint32_t *count, uint32_t *cap, size_t elem,
                     void *src, uint32_t n)
{
    if (n == 0)
        return items;
    if (*count == 0) {
        *count = *cap = n;
        return src;
    }
    void *p = tac_arena_grow(a, items, cap, elem, *count + n);
    if (!p)
        return NULL;
    memcpy((char *)p + (size_t)*count * elem, src, (size_t)n * elem);
    *count += n;
    return p;
}

/* Build the model records from a validated image at im->base (in m's arena). */
static tac_status build(tac_dict_model *m, struct image *im, uint32_t version, uint64_t source_hash)
{
    tac_arena *A = &m->arena;
    const char *strs = (const char *)im->sec[S_STRINGS];
#define STR(r) (get32(r) == NONE ? NULL : strs + get32(r))
    uint32_t nw = im->count[S_WORDS], np = im->count[S_PHRASES], nc = im->count[S_CODES];
    const char **words = tac_arena_alloc(A, sizeof(char *) * (nw ? nw : 1));
    tac_dict_phrase *phr = tac_arena_alloc(A, sizeof *phr * (np ? np : 1));
    tac_dict_code *codes = tac_arena_alloc(A, sizeof *codes * (nc ? nc : 1));
    tac_dict_pattern *pats = tac_arena_alloc(A, sizeof *pats * (im->count[S_PATTERNS] + 1));
    tac_dict_actor *actors = tac_arena_calloc(A, im->count[S_ACTORS] + 1, sizeof *actors);
    tac_dict_agent *agents = tac_arena_calloc(A, im->count[S_AGENTS] + 1, sizeof *agents);
    tac_dict_verb *verbs = tac_arena_calloc(A, im->count[S_VERBS] + 1, sizeof *verbs);
    tac_dict_synset *syn = tac_arena_calloc(A, im->count[S_SYNSETS] + 1, sizeof *syn);
    tac_dict_discard *dis = tac_arena_calloc(A, im->count[S_DISCARDS] + 1, sizeof *dis);
    tac_dict_issue *iss = tac_arena_calloc(A, im->count[S_ISSUES] + 1, sizeof *iss);
    if (A->failed)
        return tac_fail(im->err, TAC_ERR_NOMEM, NULL, 0, NULL);
    for (uint32_t i = 0; i < nw; i++)
        words[i] = strs + get32(im->sec[S_WORDS] + (size_t)i * 4);
    for (uint32_t i = 0; i < np; i++) {
        const unsigned char *r = im->sec[S_PHRASES] + (size_t)i * 12;
        phr[i].words = words + get32(r);
        phr[i].nwords = get16(r + 4);
        phr[i].flags = get16(r + 6);
        phr[i].head = get16(r + 8);
    }
    for (uint32_t i = 0; i < nc; i++) {
        const unsigned char *r = im->sec[S_CODES] + (size_t)i * 16;
        codes[i].code = STR(r);
        codes[i].from = (int32_t)get32(r + 4);
        codes[i].to = (int32_t)get32(r + 8);
        codes[i].flags = get16(r + 12);
    }
    for (uint32_t i = 0; i < im->count[S_PATTERNS]; i++) {
        const unsigned char *r = im->sec[S_PATTERNS] + (size_t)i * 12;
        pats[i].text = STR(r);
        pats[i].code = STR(r + 4);
        pats[i].origin = STR(r + 8);
    }
    for (uint32_t i = 0; i < im->count[S_ACTORS]; i++) {
        const unsigned char *r = im->sec[S_ACTORS] + (size_t)i * 36;
        tac_dict_actor *a = &actors[i];
        a->name = STR(r);
        a->phrases = phr + get32(r + 4);
        a->nphrases = get32(r + 8);
        a->codes = codes + get32(r + 12);
        a->ncodes = get32(r + 16);
        a->default_code = STR(r + 20);
        a->note = STR(r + 24);
        a->origin = STR(r + 28);
        a->flags = get16(r + 32);
    }
    for (uint32_t i = 0; i < im->count[S_AGENTS]; i++) {
        const unsigned char *r = im->sec[S_AGENTS] + (size_t)i * 20;
        agents[i].name = STR(r);
        agents[i].phrases = phr + get32(r + 4);
        agents[i].nphrases = get32(r + 8);
        agents[i].code = STR(r + 12);
        agents[i].origin = STR(r + 16);
    }
    for (uint32_t i = 0; i < im->count[S_VERBS]; i++) {
        const unsigned char *r = im->sec[S_VERBS] + (size_t)i * 28;
        verbs[i].name = STR(r);
        verbs[i].code = STR(r + 4);
        verbs[i].forms = phr + get32(r + 8);
        verbs[i].nforms = get32(r + 12);
        verbs[i].patterns = pats + get32(r + 16);
        verbs[i].npatterns = get32(r + 20);
        verbs[i].origin = STR(r + 24);
    }
    for (uint32_t i = 0; i < im->count[S_SYNSETS]; i++) {
        const unsigned char *r = im->sec[S_SYNSETS] + (size_t)i * 16;
        syn[i].name = STR(r);
        syn[i].phrases = phr + get32(r + 4);
        syn[i].nphrases = get32(r + 8);
        syn[i].origin = STR(r + 12);
    }
    for (uint32_t i = 0; i < im->count[S_DISCARDS]; i++) {
        const unsigned char *r = im->sec[S_DISCARDS] + (size_t)i * 12;
        dis[i].phrase = phr[get32(r)];
        dis[i].story = get32(r + 4) != 0;
        dis[i].origin = STR(r + 8);
    }
    for (uint32_t i = 0; i < im->count[S_ISSUES]; i++) {
        const unsigned char *r = im->sec[S_ISSUES] + (size_t)i * 8;
        iss[i].origin = STR(r);
        iss[i].message = STR(r + 4);
    }
#undef STR
#define INSTALL(field, arr, sec)                                                               \
    do {                                                                                       \
        if (!im->count[sec])                                                                   \
            break;                                                                             \
        void *p_ = install(A, m->field, &m->n##field, &m->cap_##field, sizeof *arr, arr,       \
                           im->count[sec]);                                                    \
        if (!p_)                                                                               \
            return tac_fail(im->err, TAC_ERR_NOMEM, NULL, 0, NULL);                            \
        m->field = p_;                                                                         \
    } while (0)
    bool was_empty = !m->nactors && !m->nagents && !m->nverbs && !m->nsynsets && !m->ndiscards &&
                     !m->version;
    INSTALL(actors, actors, S_ACTORS);
    INSTALL(agents, agents, S_AGENTS);
    INSTALL(verbs, verbs, S_VERBS);
    INSTALL(synsets, syn, S_SYNSETS);
    INSTALL(discards, dis, S_DISCARDS);
    INSTALL(issues, iss, S_ISSUES);
#undef INSTALL
    const char *v = version == NONE ? NULL : strs + version;
    if (v && m->version && strcmp(v, m->version))
        m->version = tac_arena_printf(A, "%s; %s", m->version, v);
    else if (v)
        m->version = v;
    m->source_hash = was_empty && !m->source_hash ? source_hash
                                                  : tac_hash_seed(&source_hash, sizeof source_hash, m->source_hash);
    if (A->failed)
        return tac_fail(im->err, TAC_ERR_NOMEM, NULL, 0, NULL);
    return TAC_OK;
}

static tac_status parse_inplace(tac_dict_model *m, const char *name, const unsigned char *bytes,
                                size_t len, unsigned flags, tac_error *err)
{
    struct image im;
    memset(&im, 0, sizeof im);
    im.base = bytes;
    im.len = len;
    im.name = name ? name : "-";
    im.err = err;
    uint32_t version = NONE;
    uint64_t source_hash = 0;
    tac_status st = validate(&im, flags, &version, &source_hash);
    if (st)
        return st;
    return build(m, &im, version, source_hash);
}

tac_status tac_dict_image_parse(tac_dict_model *m, const char *name, const void *bytes, size_t len,
                                unsigned flags, tac_error *err)
{
    if (len > TAC_IMAGE_MAX_BYTES)
        return tac_fail(err, TAC_ERR_LIMIT, "dictionary image too large", TAC_IMAGE_MAX_BYTES, "%s",
                        name ? name : "-");
    unsigned char *copy = tac_arena_alloc(&m->arena, len ? len : 1);
    if (!copy)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    if (len)
        memcpy(copy, bytes, len);
    return parse_inplace(m, name, copy, len, flags, err);
}

tac_status tac_dict_image_read(tac_dict_model *m, const char *path, tac_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return tac_fail(err, TAC_ERR_IO, "cannot open dictionary image", 0, "%s", path);
    struct stat sb;
    if (fstat(fileno(f), &sb) != 0 || !S_ISREG(sb.st_mode)) {
        fclose(f);
        return tac_fail(err, TAC_ERR_IO, "not a regular file", 0, "%s", path);
    }
    if ((uint64_t)sb.st_size > TAC_IMAGE_MAX_BYTES) {
        fclose(f);
        return tac_fail(err, TAC_ERR_LIMIT, "dictionary image too large", TAC_IMAGE_MAX_BYTES, "%s", path);
    }
    size_t len = (size_t)sb.st_size;
    /* one read straight into the arena: the strings are used where they lie */
    unsigned char *buf = tac_arena_alloc(&m->arena, len ? len : 1);
    if (!buf) {
        fclose(f);
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, "%s", path);
    }
    size_t got = len ? fread(buf, 1, len, f) : 0;
    bool ioerr = ferror(f);
    fclose(f);
    if (ioerr)
        return tac_fail(err, TAC_ERR_IO, "cannot read dictionary image", got, "%s", path);
    return parse_inplace(m, path, buf, got, 0, err);
}
