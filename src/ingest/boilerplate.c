/*
 * Metadata and boilerplate: one pass of rules over the blocks.
 *
 * Each block is classified by its own text and a little structure (position
 * relative to the headline, link density, list membership, its source
 * paragraph). Rules are cue phrases of page furniture in general — calls to
 * action ("Follow us on", "click here"), notices (©, "fair use",
 * "Disclaimer:"), captions (position markers "(L)", photo credits "/ AFP /"),
 * metadata lines ("By …", "Outlet, September 25, 2023", "Region: …") — never
 * words of a particular site. A rule fires only on short blocks or on cues
 * prose does not use, because nothing dropped may be article prose: when in
 * doubt a block is kept.
 *
 * Cost: every rule scans one block a bounded number of times: O(n) overall.
 */
#include "ingest/ingest.h"
#include <ctype.h>

typedef struct bview {
    const char *s;
    const char *low;     /* the same bytes with ASCII letters lower-cased  */
    const uint64_t *pairs; /* bit per byte pair present in low (4096 bits),
                            a cheap filter before any substring scan       */
    uint32_t n;
    uint32_t words;
    bool terminal;       /* ends like a sentence: . ! ? … (before closers)   */
    bool multiline;      /* contains a line break (a wrapped paragraph)      */
} bview;

typedef struct name_date {
    const char *name;    /* arena string or NULL (a bare date line)          */
    int32_t days;
} name_date;

#define MAX_CANDIDATES 8

typedef struct cls {
    tac_ingest *in;
    tac_doc *d;
    bview *v;
    name_date cand[MAX_CANDIDATES];
    int ncand;
    const char *original;        /* from "The original source … is X"      */
    int32_t text_published;
} cls;

/* ---- small text tests ---------------------------------------------------- */

/* Eight bytes at a time (SWAR, little-endian loads): the high bit of each
 * byte of the result is set exactly where v's byte equals c. */
#define ONES 0x0101010101010101ull
#define HIGH 0x8080808080808080ull
#define LOW7 0x7F7F7F7F7F7F7F7Full
static inline uint64_t bytes_eq(uint64_t v, unsigned char c)
{
    uint64_t x = v ^ (ONES * c);
    return ~(((x & LOW7) + LOW7) | x | LOW7);
}

static uint32_t count_words(const char *s, uint32_t n)
{
    uint32_t w = 0;
    bool in = false;
    uint32_t i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* a word starts at a non-space byte whose previous byte is a space */
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, s + i, 8);
        uint64_t word = ~(bytes_eq(v, ' ') | bytes_eq(v, '\n') | bytes_eq(v, '\t')) & HIGH;
        uint64_t prev = (word << 8) | (in ? 0x80u : 0u);
        w += (uint32_t)__builtin_popcountll(word & ~prev);
        in = (word >> 63) != 0;
    }
#endif
    for (; i < n; i++) {
        bool sp = s[i] == ' ' || s[i] == '\n' || s[i] == '\t';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* ASCII lower case of s[0..n) into out. */
static void lower_ascii(char *out, const char *s, uint32_t n)
{
    uint32_t i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, s + i, 8);
        /* high bit: 'A' <= byte <= 'Z' (bytes >= 0x80 excluded) */
        uint64_t h = v & LOW7;
        uint64_t upper = (h + ONES * (0x80 - 'A')) & ~(h + ONES * (0x80 - 'Z' - 1)) & ~v & HIGH;
        v ^= upper >> 2;
        memcpy(out + i, &v, 8);
    }
#endif
    for (; i < n; i++) {
        char ch = s[i];
        out[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
    }
}

/* Strip trailing closers: quotes (ASCII and curly), brackets, emphasis. */
static uint32_t strip_closers(const char *s, uint32_t n)
{
    for (;;) {
        if (n && s[n - 1] && strchr("\"')]*_ ", s[n - 1]))
            n--;
        else if (n >= 3 && (!memcmp(s + n - 3, "\xE2\x80\x9D", 3) || !memcmp(s + n - 3, "\xE2\x80\x99", 3)))
            n -= 3;
        else if (n >= 2 && !memcmp(s + n - 2, "\xC2\xBB", 2))
            n -= 2;
        else
            return n;
    }
}

static bool ends_terminal(const char *s, uint32_t n)
{
    n = strip_closers(s, n);
    if (!n)
        return false;
    char c = s[n - 1];
    if (c == '.' || c == '!' || c == '?')
        return true;
    return n >= 3 && !memcmp(s + n - 3, "\xE2\x80\xA6", 3);   /* … */
}

/* Cue tests run on the lower-cased copy with memmem: every needle in this
 * file is written in lower case. */
static inline uint32_t pair_bit(unsigned char a, unsigned char b)
{
    return ((uint32_t)(a & 63) << 6) | (b & 63);
}

static void fill_pairs(uint64_t bits[64], const char *low, uint32_t n)
{
    memset(bits, 0, 64 * sizeof *bits);
    for (uint32_t i = 0; i + 1 < n; i++) {
        uint32_t k = pair_bit((unsigned char)low[i], (unsigned char)low[i + 1]);
        bits[k >> 6] |= 1ull << (k & 63);
    }
}

static inline bool has_n(const bview *b, const char *needle, size_t k)
{
    if (!b->low)
        return tac_find_ci(b->s, b->n, needle) != SIZE_MAX;
    if (k == 0 || k > b->n)
        return k == 0;
    if (b->pairs)
        for (size_t i = 0; i + 1 < k; i++) {
            uint32_t x = pair_bit((unsigned char)needle[i], (unsigned char)needle[i + 1]);
            if (!(b->pairs[x >> 6] & (1ull << (x & 63))))
                return false;
        }
    /* memchr for the first byte, then compare: blocks are short, so this
     * beats memmem's per-call set-up */
    const char *p = b->low, *end = b->low + b->n - k + 1;
    while (p < end && (p = memchr(p, needle[0], (size_t)(end - p))) != NULL) {
        if (!memcmp(p + 1, needle + 1, k - 1))
            return true;
        p++;
    }
    return false;
}

/* A needle with its length, for tables scanned per block. */
typedef struct lit {
    const char *s;
    size_t n;
} lit;
#define L(x) {x, sizeof x - 1}

static inline bool has(const bview *b, const char *needle)
{
    return has_n(b, needle, strlen(needle));
}

static bool starts(const bview *b, const char *prefix)
{
    if (!b->low)
        return tac_starts_with_ci(b->s, b->n, prefix);
    if (!b->n || b->low[0] != prefix[0])
        return false;
    size_t k = strlen(prefix);
    return k <= b->n && !memcmp(b->low, prefix, k);
}

static void trim(const char **s, size_t *n)
{
    while (*n && strchr(" \t\n,;:|-", **s)) {
        (*s)++;
        (*n)--;
    }
    while (*n && strchr(" \t\n,;:|-.", (*s)[*n - 1]))
        (*n)--;
    /* dashes written as U+2013/U+2014 */
    while (*n >= 3 && (!memcmp(*s + *n - 3, "\xE2\x80\x94", 3) || !memcmp(*s + *n - 3, "\xE2\x80\x93", 3))) {
        *n -= 3;
        while (*n && (*s)[*n - 1] == ' ')
            (*n)--;
    }
}

/* A copy with runs of white space collapsed to one space. */
static char *clean_copy(tac_arena *a, const char *s, size_t n)
{
    char *out = tac_arena_alloc(a, n + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    bool sp = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            sp = k > 0;
            continue;
        }
        if (sp)
            out[k++] = ' ';
        sp = false;
        out[k++] = c;
    }
    out[k] = 0;
    return out;
}

/* Equal ignoring ASCII case and runs of white space. */
static bool same_text(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, j = 0;
    for (;;) {
        while (i < an && (a[i] == ' ' || a[i] == '\n' || a[i] == '\t' || a[i] == '\r'))
            i++;
        while (j < bn && (b[j] == ' ' || b[j] == '\n' || b[j] == '\t' || b[j] == '\r'))
            j++;
        if (i == an || j == bn)
            return i == an && j == bn;
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[j]))
            return false;
        bool ws_a = i + 1 < an && (a[i + 1] == ' ' || a[i + 1] == '\n');
        bool ws_b = j + 1 < bn && (b[j + 1] == ' ' || b[j + 1] == '\n');
        if (ws_a != ws_b)
            return false;
        i++;
        j++;
    }
}

/* Equal on letters and digits alone, ignoring case: a headline repeated on
 * the page with other quotes, dashes or spacing still matches. */
static bool skippable(int32_t cp)
{
    return cp < 0 || (cp < 0x80 && !isalnum(cp)) || (cp >= 0xA0 && cp <= 0xBF) ||
           (cp >= 0x2000 && cp <= 0x206F);
}

static bool same_words(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, j = 0, seen = 0;
    for (;;) {
        int32_t ca = -1, cb = -1;
        while (i < an && skippable(ca = tac_utf8_next(a, an, &i)))
            ca = -1;
        while (j < bn && skippable(cb = tac_utf8_next(b, bn, &j)))
            cb = -1;
        if (ca < 0 || cb < 0)
            return ca < 0 && cb < 0 && seen > 0;
        if (ca < 0x80)
            ca = tolower(ca);
        if (cb < 0x80)
            cb = tolower(cb);
        if (ca != cb)
            return false;
        seen++;
    }
}

/* ---- rules ---------------------------------------------------------------- */

/* Cue phrases that open a block of page furniture. max_words bounds the
 * block so that a long paragraph that happens to start alike is kept. */
static const struct prefix_rule {
    const char *prefix;
    uint8_t len;
    uint16_t max_words;
    const char *reason;
} prefix_rules[] = {
    {"note to readers", sizeof "note to readers" - 1, 80, "reader note"},
    {"note to our readers", sizeof "note to our readers" - 1, 80, "reader note"},
    {"a note to readers", sizeof "a note to readers" - 1, 80, "reader note"},
    {"editor's note", sizeof "editor's note" - 1, 80, "reader note"},
    {"editor\xE2\x80\x99s note", sizeof "editor\xE2\x80\x99s note" - 1, 80, "reader note"},
    {"editors' note", sizeof "editors' note" - 1, 80, "reader note"},
    {"disclaimer", sizeof "disclaimer" - 1, 200, "disclaimer"},
    {"copyright", sizeof "copyright" - 1, 60, "copyright notice"},
    {"\xC2\xA9", sizeof "\xC2\xA9" - 1, 60, "copyright notice"},
    {"(c) ", sizeof "(c) " - 1, 30, "copyright notice"},
    {"featured image", sizeof "featured image" - 1, 60, "image caption"},
    {"image:", sizeof "image:" - 1, 60, "image caption"},
    {"image credit", sizeof "image credit" - 1, 40, "image caption"},
    {"images:", sizeof "images:" - 1, 60, "image caption"},
    {"photo:", sizeof "photo:" - 1, 60, "image caption"},
    {"photos:", sizeof "photos:" - 1, 60, "image caption"},
    {"photo credit", sizeof "photo credit" - 1, 40, "image caption"},
    {"photograph:", sizeof "photograph:" - 1, 60, "image caption"},
    {"picture:", sizeof "picture:" - 1, 60, "image caption"},
    {"caption:", sizeof "caption:" - 1, 60, "image caption"},
    {"file photo", sizeof "file photo" - 1, 80, "image caption"},
    {"file -", sizeof "file -" - 1, 80, "image caption"},
    {"file \xE2\x80\x93", sizeof "file \xE2\x80\x93" - 1, 80, "image caption"},
    {"file \xE2\x80\x94", sizeof "file \xE2\x80\x94" - 1, 80, "image caption"},
    {"for media inquiries", sizeof "for media inquiries" - 1, 30, "contact line"},
    {"media inquiries", sizeof "media inquiries" - 1, 30, "contact line"},
    {"press inquiries", sizeof "press inquiries" - 1, 30, "contact line"},
    {"media contact", sizeof "media contact" - 1, 30, "contact line"},
    {"press contact", sizeof "press contact" - 1, 30, "contact line"},
    {"for inquiries", sizeof "for inquiries" - 1, 30, "contact line"},
    {"contact us", sizeof "contact us" - 1, 30, "contact line"},
    {"contact:", sizeof "contact:" - 1, 30, "contact line"},
    {"read also", sizeof "read also" - 1, 30, "related links"},
    {"read more", sizeof "read more" - 1, 30, "related links"},
    {"also read", sizeof "also read" - 1, 30, "related links"},
    {"see also", sizeof "see also" - 1, 30, "related links"},
    {"related:", sizeof "related:" - 1, 30, "related links"},
    {"related readings", sizeof "related readings" - 1, 30, "related links"},
    {"related articles", sizeof "related articles" - 1, 30, "related links"},
    {"related stories", sizeof "related stories" - 1, 30, "related links"},
    {"related coverage", sizeof "related coverage" - 1, 30, "related links"},
    {"related content", sizeof "related content" - 1, 30, "related links"},
    {"more from", sizeof "more from" - 1, 12, "related links"},
    {"more on this", sizeof "more on this" - 1, 12, "related links"},
    {"recommended", sizeof "recommended" - 1, 12, "related links"},
    {"you may also like", sizeof "you may also like" - 1, 30, "related links"},
    {"you might also like", sizeof "you might also like" - 1, 30, "related links"},
    {"most read", sizeof "most read" - 1, 12, "related links"},
    {"most popular", sizeof "most popular" - 1, 12, "related links"},
    {"advertisement", sizeof "advertisement" - 1, 6, "advertisement"},
    {"sponsored", sizeof "sponsored" - 1, 8, "advertisement"},
    {"article continues", sizeof "article continues" - 1, 8, "advertisement"},
    {"story continues", sizeof "story continues" - 1, 8, "advertisement"},
    {"comment on", sizeof "comment on" - 1, 20, "comment notice"},
    {"leave a comment", sizeof "leave a comment" - 1, 20, "comment notice"},
    {"join the conversation", sizeof "join the conversation" - 1, 20, "comment notice"},
    {"join the discussion", sizeof "join the discussion" - 1, 20, "comment notice"},
    {"comments are closed", sizeof "comments are closed" - 1, 20, "comment notice"},
    {"become a member", sizeof "become a member" - 1, 30, "membership appeal"},
    {"become a patron", sizeof "become a patron" - 1, 30, "membership appeal"},
    {"become a subscriber", sizeof "become a subscriber" - 1, 30, "membership appeal"},
    {"support our", sizeof "support our" - 1, 40, "membership appeal"},
    {"support us", sizeof "support us" - 1, 40, "membership appeal"},
    {"donate", sizeof "donate" - 1, 30, "membership appeal"},
    {"share this", sizeof "share this" - 1, 30, "share/follow/subscribe line"},
    {"share on", sizeof "share on" - 1, 12, "share/follow/subscribe line"},
    {"share:", sizeof "share:" - 1, 12, "share/follow/subscribe line"},
    {"follow us", sizeof "follow us" - 1, 40, "share/follow/subscribe line"},
    {"follow @", sizeof "follow @" - 1, 20, "share/follow/subscribe line"},
    {"subscribe", sizeof "subscribe" - 1, 40, "share/follow/subscribe line"},
    {"sign up", sizeof "sign up" - 1, 40, "share/follow/subscribe line"},
    {"to receive", sizeof "to receive" - 1, 40, "share/follow/subscribe line"},
    {"click ", sizeof "click " - 1, 60, "share/follow/subscribe line"},
    {"tap ", sizeof "tap " - 1, 40, "share/follow/subscribe line"},
    {"reporting by", sizeof "reporting by" - 1, 25, "credit line"},
    {"additional reporting by", sizeof "additional reporting by" - 1, 25, "credit line"},
    {"writing by", sizeof "writing by" - 1, 25, "credit line"},
    {"editing by", sizeof "editing by" - 1, 25, "credit line"},
    {"(reporting by", sizeof "(reporting by" - 1, 25, "credit line"},
    {"(additional reporting", sizeof "(additional reporting" - 1, 25, "credit line"},
    {"(writing by", sizeof "(writing by" - 1, 25, "credit line"},
    {"(editing by", sizeof "(editing by" - 1, 25, "credit line"},
    {"powered by", sizeof "powered by" - 1, 10, "site notice"},
    {"image source", sizeof "image source" - 1, 20, "image caption"},
    {"image caption", sizeof "image caption" - 1, 60, "image caption"},
    {"published ", sizeof "published " - 1, 6, "metadata: date"},
    {"last updated", sizeof "last updated" - 1, 8, "metadata: date"},
    {"republished", sizeof "republished" - 1, 40, "site notice"},
    {"listen to this article", sizeof "listen to this article" - 1, 20, "site notice"},
    {"listen to article", sizeof "listen to article" - 1, 20, "site notice"},
    {"print this", sizeof "print this" - 1, 12, "site notice"},
    {"download our", sizeof "download our" - 1, 30, "site notice"},
    {"download the", sizeof "download the" - 1, 30, "site notice"},
};

/* An imperative call to action ("Join our WhatsApp Channel to get …") is
 * a verb of this list opening a short block that names something to join,
 * follow, click or read. */
static const lit cta_verbs[] = {
    L("join "), L("follow "), L("like us"), L("get the latest"), L("get our"), L("get breaking"), L("watch "),
    L("listen "), L("visit "), L("send us"), L("email us"), L("forward "), L("feel free"), L("please "), L("don't miss"),
    L("don\xE2\x80\x99t miss"), L("stay up"), L("stay informed"), L("stay tuned"), L("never miss"),
    L("want more"), L("want to"), L("have a tip"), L("got a tip"), L("read "), L("register "), L("log in"),
    L("to get"), L("to subscribe"), L("to support"), L("to comment"), L("to read"), L("for more"), L("check out"),
};

static const lit cta_objects[] = {
    L("newsletter"), L("subscribe"), L("channel"), L("button"), L("member"), L("facebook"), L("twitter"), L("instagram"),
    L("telegram"), L("whatsapp"), L("youtube"), L("tiktok"), L("linkedin"), L("podcast"), L(" app"), L("click"),
    L("here"), L("website"), L("inbox"), L("updates"), L("latest news"), L("donat"), L(" page"), L("rss"), L("sign up"),
    L("repost"), L("email"), L("our "), L(" us "), L(" us."), L("comments"), L("x.com"),
};

/* Phrases that mark site furniture wherever they appear in a short block. */
static const struct anywhere_rule {
    const char *phrase;
    uint8_t len;
    uint16_t max_words;
    const char *reason;
} anywhere_rules[] = {
    {"click here", sizeof "click here" - 1, 80, "site notice"},
    {"share button", sizeof "share button" - 1, 80, "share/follow/subscribe line"},
    {"follow us on", sizeof "follow us on" - 1, 80, "share/follow/subscribe line"},
    {"subscribe to our", sizeof "subscribe to our" - 1, 80, "share/follow/subscribe line"},
    {"sign up for our", sizeof "sign up for our" - 1, 80, "share/follow/subscribe line"},
    {"sign up to our", sizeof "sign up to our" - 1, 80, "share/follow/subscribe line"},
    {"translate website", sizeof "translate website" - 1, 80, "site notice"},
    {"share widely", sizeof "share widely" - 1, 80, "share/follow/subscribe line"},
    {"repost and share", sizeof "repost and share" - 1, 80, "share/follow/subscribe line"},
    {"share this article", sizeof "share this article" - 1, 80, "share/follow/subscribe line"},
    {"all rights reserved", sizeof "all rights reserved" - 1, 40, "copyright notice"},
    {"sole responsibility of the author", sizeof "sole responsibility of the author" - 1, 200, "disclaimer"},
    {"do not necessarily reflect", sizeof "do not necessarily reflect" - 1, 120, "disclaimer"},
    {"views expressed in this", sizeof "views expressed in this" - 1, 120, "disclaimer"},
    {"pic.twitter.com/", sizeof "pic.twitter.com/" - 1, 80, "embedded social-media post"},
    {"can be read in", sizeof "can be read in" - 1, 40, "site notice"},
    {"automated translation", sizeof "automated translation" - 1, 10, "site notice"},
    {"this article was originally published", sizeof "this article was originally published" - 1, 40, "metadata: original source"},
    {"enable javascript", sizeof "enable javascript" - 1, 40, "site notice"},
    {"we use cookies", sizeof "we use cookies" - 1, 80, "cookie notice"},
    {"uses cookies", sizeof "uses cookies" - 1, 80, "cookie notice"},
    {"cookie policy", sizeof "cookie policy" - 1, 80, "cookie notice"},
    {"creative commons licen", sizeof "creative commons licen" - 1, 60, "copyright notice"},
    {"under a creative commons", sizeof "under a creative commons" - 1, 60, "copyright notice"},
    {"this article originally appeared", sizeof "this article originally appeared" - 1, 40, "metadata: original source"},
};

static const char *const tag_labels[] = {
    "region", "regions", "theme", "themes", "topic", "topics", "tag", "tags", "category",
    "categories", "section", "sections", "keywords", "subject", "subjects", "filed under",
    "in-depth report", "country", "countries",
};

static const char *const date_labels[] = {
    "published on", "published:", "published", "first published", "last updated", "updated on",
    "updated:", "updated", "posted on", "posted:", "posted", "date:", "created:", "last modified",
    "modified:", "on ",
};

static const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
                                       "sat", "sun"};

static void set_drop(tac_doc *d, uint32_t i, const char *reason)
{
    if (!d->blocks[i].drop_reason)
        d->blocks[i].drop_reason = reason;
}

static bool has_year(const bview *b)
{
    for (uint32_t i = 0; i + 4 <= b->n; i++)
        if ((b->s[i] == '1' && b->s[i + 1] == '9') || (b->s[i] == '2' && b->s[i + 1] == '0'))
            if (isdigit((unsigned char)b->s[i + 2]) && isdigit((unsigned char)b->s[i + 3]) &&
                (i == 0 || !isdigit((unsigned char)b->s[i - 1])) &&
                (i + 4 == b->n || !isdigit((unsigned char)b->s[i + 4])))
                return true;
    return false;
}

/* Is block i one line of a paragraph that also holds prose? Then it may be a
 * piece of a paragraph whose line breaks we misjudged, and the rules for
 * short lines must leave it alone. */
static bool fragment_of_prose(const cls *c, uint32_t i)
{
    const tac_doc *d = c->d;
    uint32_t g = c->in->info[i].group;
    for (uint32_t j = i; j > 0 && c->in->info[j - 1].group == g; j--)
        if (c->v[j - 1].words >= 8 && c->v[j - 1].terminal)
            return true;
    for (uint32_t j = i + 1; j < d->nblocks && c->in->info[j].group == g; j++)
        if (c->v[j].words >= 8 && c->v[j].terminal)
            return true;
    return false;
}

static bool is_separator(const bview *b)
{
    if (b->n > 40)
        return false;
    size_t i = 0;
    while (i < b->n) {
        int32_t cp = tac_utf8_next(b->s, b->n, &i);
        if (cp < 0)
            return false;
        bool sym = (cp < 0x80 && !isalnum(cp)) || cp == 0xA0 || cp == 0xB7 ||
                   (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x2500 && cp <= 0x25FF) ||
                   (cp >= 0x2600 && cp <= 0x27BF);
        if (!sym)
            return false;
    }
    return true;
}

/* A trailing photo credit: "… / AFP / GREG BAKER", "… | PTI",
 * "(… Photo via AP, File)", "… 2008. [Agencies]". */
static bool ends_with_credit(const bview *b)
{
    const char *s = b->s;
    uint32_t n = b->n;
    while (n && s[n - 1] == ' ')
        n--;
    if (!n)
        return false;
    if (s[n - 1] == ')') {
        uint32_t o = n - 1;
        while (o > 0 && s[o] != '(')
            o--;
        if (s[o] == '(') {
            bview in = {.s = s + o, .low = b->low ? b->low + o : NULL, .n = n - o};
            if (has(&in, "photo") || has(&in, " via ") || has(&in, "getty") || has(&in, "file)") ||
                has(&in, "pool"))
                return true;
        }
    }
    if (s[n - 1] == ']') {
        uint32_t o = n - 1;
        while (o > 0 && s[o] != '[' && n - o < 40)
            o--;
        if (s[o] == '[' && o >= 2 && s[o - 1] == ' ' && s[o - 2] == '.')
            return true;
    }
    /* the tail after the last " / " or " | " is an upper-case name */
    for (uint32_t k = n; k >= 3; k--) {
        if ((s[k - 3] == ' ' && (s[k - 2] == '/' || s[k - 2] == '|') && s[k - 1] == ' ')) {
            uint32_t letters = 0;
            for (uint32_t j = k; j < n; j++) {
                unsigned char c = (unsigned char)s[j];
                if (islower(c) || c >= 0x80)
                    return false;
                letters += isupper(c) != 0;
            }
            return letters >= 2;
        }
        if (n - k > 40)
            break;
    }
    return false;
}

/* Position markers of a photo caption: "(L)", "(right)", ", top center,". */
static bool has_position_marker(const bview *b)
{
    static const lit marks[] = {L("(l)"), L("(r)"), L("(c)"), L("(l-r)"), L("(left)"), L("(right)"), L("(center)"),
                                        L("(centre)"), L("(front)"), L("(back)"), L("(top)"), L("(bottom)"),
                                        L(", left,"), L(", right,"), L(", center,"), L(", centre,"),
                                        L(", top center,"), L(", top left,"), L(", top right,"),
                                        L(", back left,"), L(", back right,"), L(", front left,"),
                                        L(", front right,"), L(", second left,"), L(", second right,"),
                                        L(", second from left,"), L(", second from right,"),
                                        L(" is back left."), L(" is back right."), L(" is at left."),
                                        L(" is at right.")};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (has_n(b, marks[i].s, marks[i].n))
            return true;
    return false;
}

static bool is_navigation(const bview *b)
{
    if (b->terminal || b->words > 40)
        return false;
    uint32_t gaps = 0, pipes = 0, arrows = 0;
    for (uint32_t i = 0; i + 2 < b->n; i++) {
        if (b->s[i] == ' ' && b->s[i + 1] == ' ' && b->s[i + 2] == ' ' && (i == 0 || b->s[i - 1] != ' '))
            gaps++;
        if (b->s[i] == ' ' && (b->s[i + 1] == '|' || b->s[i + 1] == '>') && b->s[i + 2] == ' ')
            pipes++;
        if (b->s[i + 1] == '>' && b->s[i + 2] == ' ' && b->s[i] != ' ')
            arrows++;
    }
    if (b->words <= 12 && (pipes >= 1 || arrows >= 1) && has(b, ">"))
        return true;          /* breadcrumb: "Home > World", "WORLD> Europe" */
    return gaps >= 3 || pipes >= 3;
}

static bool is_embedded_post(const bview *b)
{
    /* "— Name (@handle) April 7, 2017" */
    if (!has(b, "(@"))
        return false;
    size_t at = tac_find_ci(b->s, b->n, "(@");
    int32_t days;
    size_t ds, de;
    return tac_find_date(b->s + at, b->n - at, &days, &ds, &de) && ds < 60;
}

static bool is_credit_line(const bview *b)
{
    /* "(Agencies)", "(AP)", "[Reuters]" */
    if (b->n < 3 || b->words > 4)
        return false;
    char o = b->s[0], c = b->s[b->n - 1];
    return (o == '(' && c == ')') || (o == '[' && c == ']');
}

/* ---- metadata lines ------------------------------------------------------- */

static bool byline(cls *c, uint32_t i)
{
    const bview *b = &c->v[i];
    static const char *const labels[] = {"by ", "by:", "written by ", "words by ", "author:", "authors:",
                                         "articles by:", "all articles by", "more articles by"};
    if (!b->n || (b->low[0] != 'b' && b->low[0] != 'w' && b->low[0] != 'a' && b->low[0] != 'm'))
        return false;
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        if (!starts(b, labels[k]))
            continue;
        size_t pl = strlen(labels[k]);
        /* "By Tuesday, the troops …" is prose: a byline is a short name */
        if (k == 0 && !isupper((unsigned char)b->s[0]))
            return false;
        const char *s = b->s + pl;
        size_t n = b->n - pl;
        trim(&s, &n);
        uint32_t w = count_words(s, (uint32_t)n);
        if (n == 0 || w > 10 || (b->terminal && w > 4) || !(isupper((unsigned char)s[0]) || (unsigned char)s[0] >= 0x80))
            return false;
        if (!c->d->byline)
            c->d->byline = clean_copy(&c->d->arena, s, n);
        set_drop(c->d, i, "metadata: byline");
        return true;
    }
    return false;
}

static bool date_line(cls *c, uint32_t i)
{
    const bview *b = &c->v[i];
    if (b->words > 14 || b->multiline)
        return false;
    int32_t days;
    size_t ds, de;
    if (!tac_find_date(b->s, b->n, &days, &ds, &de))
        return false;
    /* after the date: at most a time of day and a zone */
    const char *after = b->s + de;
    size_t an = b->n - de;
    trim(&after, &an);
    if (count_words(after, (uint32_t)an) > 3)
        return false;
    for (size_t k = 0; k < an; k++)
        if (islower((unsigned char)after[k]) && !(k + 1 < an && (after[k] == 'a' || after[k] == 'p') && after[k + 1] == 'm'))
            return false;
    const char *name = b->s;
    size_t nn = ds;
    trim(&name, &nn);
    for (bool again = true; again;) {
        again = false;
        for (size_t k = 0; k < sizeof date_labels / sizeof *date_labels; k++) {
            size_t l = strlen(date_labels[k]);
            if (tac_starts_with_ci(name, nn, date_labels[k]) && (nn == l || !isalpha((unsigned char)name[l]) || date_labels[k][l - 1] == ' ')) {
                name += l;
                nn -= l;
                trim(&name, &nn);
                again = true;
            }
        }
        for (size_t k = 0; k < sizeof weekdays / sizeof *weekdays; k++) {
            size_t l = strlen(weekdays[k]);
            if (nn >= l && tac_starts_with_ci(name + nn - l, l, weekdays[k]) &&
                (nn == l || name[nn - l - 1] == ' ' || name[nn - l - 1] == ',')) {
                nn -= l;
                trim(&name, &nn);
                again = true;
            }
        }
    }
    uint32_t nw = count_words(name, (uint32_t)nn);
    if (nw > 6)
        return false;
    if (nn && !(isupper((unsigned char)name[0]) || (unsigned char)name[0] >= 0x80 || isdigit((unsigned char)name[0])))
        return false;
    if (c->ncand < MAX_CANDIDATES) {
        c->cand[c->ncand].name = nn ? clean_copy(&c->d->arena, name, nn) : NULL;
        c->cand[c->ncand].days = days;
        c->ncand++;
    }
    set_drop(c->d, i, nn ? "metadata: outlet and date" : "metadata: date");
    return true;
}

static bool tags_line(cls *c, uint32_t i)
{
    const bview *b = &c->v[i];
    const char *colon = memchr(b->s, ':', b->n < 40 ? b->n : 40);
    if (!colon || b->words > 40 || b->terminal)
        return false;
    size_t ln = (size_t)(colon - b->s);
    bool known = false;
    for (size_t k = 0; k < sizeof tag_labels / sizeof *tag_labels && !known; k++)
        known = strlen(tag_labels[k]) == ln && tac_starts_with_ci(b->s, ln, tag_labels[k]);
    if (!known)
        return false;
    const char *p = colon + 1, *end = b->s + b->n;
    while (p < end) {
        const char *q = p;
        while (q < end && *q != ',' && *q != ';' && *q != '|' && *q != '\n')
            q++;
        const char *s = p;
        size_t n = (size_t)(q - p);
        trim(&s, &n);
        if (n && !tac_doc_add_tag(c->d, s, n))
            return false;
        p = q + 1;
    }
    set_drop(c->d, i, "metadata: tags");
    return true;
}

static bool original_source_line(cls *c, uint32_t i)
{
    const bview *b = &c->v[i];
    static const char *const cues[] = {"the original source of this article is", "original source:",
                                       "this article first appeared in", "this article first appeared on",
                                       "this story first appeared in", "this story first appeared on",
                                       "this article was first published in",
                                       "this article was first published by",
                                       "this article was first published on",
                                       "this article was originally published by",
                                       "this article was originally published in",
                                       "this article was originally published on",
                                       "originally published by", "originally published in",
                                       "originally published at", "originally published on"};
    if (b->words > 40 || (!has_n(b, "original", 8) && !has_n(b, "first ", 6)))
        return false;
    for (size_t k = 0; k < sizeof cues / sizeof *cues; k++) {
        if (!has(b, cues[k]))
            continue;
        size_t at = tac_find_ci(b->s, b->n, cues[k]);
        if (at == SIZE_MAX || at > 40)
            continue;
        const char *s = b->s + at + strlen(cues[k]);
        size_t n = b->n - at - strlen(cues[k]);
        trim(&s, &n);
        /* the name ends at a comma, " on <date>" or the end */
        size_t e = 0;
        while (e < n && s[e] != ',' && s[e] != '\n' && s[e] != ';')
            e++;
        static const char *const stops[] = {" on ", " and ", " under ", ". ", " with ", " at ", " (", " \xE2\x80\x94"};
        for (size_t q = 0; q < sizeof stops / sizeof *stops; q++) {
            size_t at2 = tac_find_ci(s, e, stops[q]);
            if (at2 != SIZE_MAX)
                e = at2;
        }
        const char *name = s;
        size_t nn = e;
        trim(&name, &nn);
        if (nn && count_words(name, (uint32_t)nn) <= 8 && !c->original)
            c->original = clean_copy(&c->d->arena, name, nn);
        int32_t days;
        size_t ds, de;
        if (tac_find_date(s, n, &days, &ds, &de) && c->d->original_published == TAC_NO_DATE)
            c->d->original_published = days;
        set_drop(c->d, i, "metadata: original source");
        return true;
    }
    return false;
}

/* ---- the pass -------------------------------------------------------------- */

static bool cta(const bview *b)
{
    if (b->words > 60)
        return false;
    bool verb = false;
    for (size_t k = 0; k < sizeof cta_verbs / sizeof *cta_verbs && !verb; k++)
        verb = cta_verbs[k].n <= b->n && !memcmp(b->low, cta_verbs[k].s, cta_verbs[k].n);
    if (!verb)
        return false;
    for (size_t k = 0; k < sizeof cta_objects / sizeof *cta_objects; k++)
        if (has_n(b, cta_objects[k].s, cta_objects[k].n))
            return true;
    return false;
}

static void rules_with_pairs(cls *c, uint32_t i);

static void rules_for_block(cls *c, uint32_t i)
{
    tac_doc *d = c->d;
    tac_block *blk = &d->blocks[i];
    bview *b = &c->v[i];
    if (blk->drop_reason)
        return;
    uint64_t pairs[64];
    fill_pairs(pairs, b->low, b->n);
    b->pairs = pairs;
    rules_with_pairs(c, i);
    b->pairs = NULL;
}

static void rules_with_pairs(cls *c, uint32_t i)
{
    tac_doc *d = c->d;
    tac_block *blk = &d->blocks[i];
    const bview *b = &c->v[i];
    if (is_separator(b)) {
        set_drop(d, i, "separator");
        return;
    }
    if (original_source_line(c, i) || byline(c, i) || tags_line(c, i))
        return;
    for (size_t k = 0; k < sizeof prefix_rules / sizeof *prefix_rules; k++) {
        const struct prefix_rule *r = &prefix_rules[k];
        if (r->prefix[0] == b->low[0] && b->words <= r->max_words && r->len <= b->n &&
            !memcmp(b->low, r->prefix, r->len)) {
            size_t pl = r->len;
            /* the cue must end at a word boundary ("Donated …" is prose) */
            unsigned char next = pl < b->n ? (unsigned char)b->s[pl] : ' ';
            if (isalpha((unsigned char)r->prefix[pl - 1]) && isalpha(next))
                continue;
            /* "Copyright disputes …" is prose: a notice shows ©, a year or
             * reserved rights */
            if (!strcmp(r->reason, "copyright notice") && !has(b, "\xC2\xA9") && !has(b, "(c)") &&
                !has(b, "all rights") && !(has_year(b) && b->words <= 15))
                continue;
            set_drop(d, i, r->reason);
            return;
        }
    }
    if (has(b, "fair use") && has(b, "copyright") && b->words <= 200) {
        set_drop(d, i, "fair-use notice");
        return;
    }
    for (size_t k = 0; k < sizeof anywhere_rules / sizeof *anywhere_rules; k++) {
        const struct anywhere_rule *r = &anywhere_rules[k];
        if (b->words <= r->max_words && has_n(b, r->phrase, r->len)) {
            set_drop(d, i, r->reason);
            return;
        }
    }
    if (has(b, "newsletter") && b->words <= 60 &&
        (has(b, "subscribe") || has(b, "sign up") || has(b, "receive") || has(b, "click") || has(b, "inbox"))) {
        set_drop(d, i, "share/follow/subscribe line");
        return;
    }
    if (cta(b)) {
        set_drop(d, i, "share/follow/subscribe line");
        return;
    }
    if (is_embedded_post(b) && b->words <= 80) {
        set_drop(d, i, "embedded social-media post");
        return;
    }
    if (b->words <= 120 && (has_position_marker(b) || ends_with_credit(b))) {
        set_drop(d, i, "image caption");
        return;
    }
    if (is_credit_line(b)) {
        set_drop(d, i, "credit line");
        return;
    }
    if (is_navigation(b)) {
        set_drop(d, i, "navigation");
        return;
    }
    uint32_t lb = c->in->info[i].link_bytes;
    if (lb * 10 >= b->n * 7 && (b->words <= 20 || !b->terminal)) {
        set_drop(d, i, "link list");
        return;
    }
    if (date_line(c, i))
        return;
    if (blk->kind == TAC_BLOCK_HEADING) {
        set_drop(d, i, "heading");
        return;
    }
}

static int find_title(cls *c)
{
    tac_doc *d = c->d;
    tac_ingest *in = c->in;
    int title = -1;
    if (in->given_title) {
        /* the headline may be repeated on the page; take the last copy near
         * the top so that what precedes it counts as page header */
        for (uint32_t i = 0; i < d->nblocks && i < 12; i++)
            if (same_words(c->v[i].s, c->v[i].n, in->given_title, in->given_title_len))
                title = (int)i;
        d->title = clean_copy(&d->arena, in->given_title, in->given_title_len);
        for (uint32_t i = 0; i < d->nblocks && i < 12; i++)
            if (same_words(c->v[i].s, c->v[i].n, in->given_title, in->given_title_len))
                set_drop(d, i, "metadata: title");
        return title;
    }
    if (in->html_title) {
        /* an HTML page names its headline in og:title or <title>: the block
         * that repeats it is the title */
        for (uint32_t i = 0; i < d->nblocks && i < 60; i++)
            if (same_words(c->v[i].s, c->v[i].n, in->html_title, in->html_title_len)) {
                title = (int)i;
                break;
            }
    }
    for (uint32_t i = 0; i < d->nblocks && title < 0; i++)
        if (d->blocks[i].kind == TAC_BLOCK_HEADING && d->blocks[i].level == 1) {
            title = (int)i;
            break;
        }
    if (title < 0)
        for (uint32_t i = 0; i < d->nblocks && i < 3; i++)
            if (d->blocks[i].kind == TAC_BLOCK_HEADING) {
                title = (int)i;
                break;
            }
    if (title < 0 && d->nblocks >= 2) {
        /* plain text: a first line that reads like a headline */
        const bview *b = &c->v[0];
        size_t cs = b->n ? strip_closers(b->s, b->n) : 0;
        if (!b->multiline && b->words >= 2 && b->words <= 30 && cs && b->s[cs - 1] != '.' &&
            b->s[cs - 1] != ':' && d->blocks[0].kind == TAC_BLOCK_PARA &&
            (isupper((unsigned char)b->s[0]) || (unsigned char)b->s[0] >= 0x80 || isdigit((unsigned char)b->s[0])) &&
            !starts(b, "by "))
            title = 0;
    }
    if (title < 0 && in->html_title)
        d->title = clean_copy(&d->arena, in->html_title, in->html_title_len);
    if (title >= 0) {
        d->title = clean_copy(&d->arena, c->v[title].s, c->v[title].n);
        d->blocks[title].flags |= TAC_BLOCKF_TITLE;
        set_drop(d, (uint32_t)title, "metadata: title");
    }
    return title;
}

static void resolve_dates(cls *c)
{
    tac_doc *d = c->d;
    int outlet = -1, orig = -1;
    if (c->original) {
        for (int k = 0; k < c->ncand; k++)
            if (c->cand[k].name && same_text(c->cand[k].name, strlen(c->cand[k].name), c->original, strlen(c->original))) {
                orig = k;
                break;
            }
        for (int k = 0; k < c->ncand; k++)
            if (k != orig) {
                outlet = k;
                break;
            }
    } else if (c->ncand > 0) {
        outlet = 0;
        for (int k = 1; k < c->ncand; k++)
            if (c->cand[k].name && c->cand[0].name &&
                !same_text(c->cand[k].name, strlen(c->cand[k].name), c->cand[0].name, strlen(c->cand[0].name))) {
                orig = k;
                break;
            }
    }
    if (outlet >= 0) {
        if (c->cand[outlet].name && !d->outlet)
            d->outlet = c->cand[outlet].name;
        if (d->published == TAC_NO_DATE)
            d->published = c->cand[outlet].days;
    }
    if (orig >= 0) {
        if (!c->original)
            c->original = c->cand[orig].name;
        if (d->original_published == TAC_NO_DATE)
            d->original_published = c->cand[orig].days;
    }
    if (c->original)
        d->original_source = c->original;
}

/* The source span of block i, widened to whole source lines when the lines
 * hold nothing of the neighbouring blocks (so markup around a dropped line is
 * dropped with it). */
static tac_span block_src_span(const tac_doc *d, uint32_t i)
{
    const tac_block *b = &d->blocks[i];
    uint32_t s = tac_doc_src_off(d, b->tstart), e = tac_doc_src_off(d, b->tend);
    if (!d->map)
        return (tac_span){s, e};
    uint32_t lo = i ? tac_doc_src_off(d, d->blocks[i - 1].tend) : 0;
    uint32_t hi = i + 1 < d->nblocks ? tac_doc_src_off(d, d->blocks[i + 1].tstart) : d->src_len;
    while (s > lo && d->src[s - 1] != '\n')
        s--;
    while (e < hi && d->src[e] != '\n' && d->src[e] != '\r')
        e++;
    while (e > s && (d->src[e - 1] == ' ' || d->src[e - 1] == '\t'))
        e--;
    while (s < e && (d->src[s] == ' ' || d->src[s] == '\t'))
        s++;
    return (tac_span){s, e};
}

void tac_ingest_classify(tac_ingest *in)
{
    tac_doc *d = in->doc;
    uint32_t n = d->nblocks;
    if (!n)
        return;
    cls c = {.in = in, .d = d, .text_published = TAC_NO_DATE};
    c.v = tac_arena_alloc(&d->arena, n * sizeof *c.v);
    if (!c.v)
        return;
    char *low = tac_arena_alloc(&d->arena, (size_t)d->text_len + 1);
    if (!low)
        return;
    lower_ascii(low, d->text, d->text_len);
    for (uint32_t i = 0; i < n; i++) {
        const tac_block *b = &d->blocks[i];
        bview *v = &c.v[i];
        v->s = d->text + b->tstart;
        v->low = low + b->tstart;
        v->n = b->tend - b->tstart;
        v->words = count_words(v->s, v->n);
        v->terminal = ends_terminal(v->s, v->n);
        v->multiline = memchr(v->s, '\n', v->n) != NULL;
    }

    int title = find_title(&c);

    /* Page header: what precedes a headline near the top of the page
     * (navigation, taglines, section names). */
    if (title > 0 && title <= 8)
        for (int i = 0; i < title; i++)
            if (c.v[i].words <= 40)
                set_drop(d, (uint32_t)i, "page header");

    for (uint32_t i = 0; i < n; i++)
        rules_for_block(&c, i);

    /* A related-links cue drops the short lines of its own paragraph
     * ("Related readings:" followed by headlines). */
    for (uint32_t i = 0; i + 1 < n; i++) {
        if (d->blocks[i].drop_reason && !strcmp(d->blocks[i].drop_reason, "related links"))
            for (uint32_t j = i + 1; j < n && j < i + 30; j++) {
                bool same_group = in->info[j].group == in->info[i].group;
                bool list_after = d->blocks[j].kind == TAC_BLOCK_LIST_ITEM && !c.v[j].terminal && c.v[j].words <= 20;
                if (!(same_group || list_after) || c.v[j].words > 25)
                    break;
                set_drop(d, j, "related links");
            }
    }

    /* Runs of short list items without sentence punctuation: highlight
     * boxes and link lists. */
    for (uint32_t i = 0; i < n;) {
        uint32_t j = i, nterminal = 0;
        bool shortish = true;
        while (j < n && d->blocks[j].kind == TAC_BLOCK_LIST_ITEM) {
            nterminal += c.v[j].terminal;
            if (c.v[j].words > 15)
                shortish = false;
            j++;
        }
        /* "etc." may end one item of a highlight box */
        if (j - i >= 2 && shortish && nterminal * 3 <= j - i)
            for (uint32_t k = i; k < j; k++)
                set_drop(d, k, "highlights list");
        i = j > i ? j : i + 1;
    }

    /* Standfirst: the summary line under the headline, written without a
     * full stop. */
    if (title >= 0) {
        for (uint32_t i = (uint32_t)title + 1; i < n; i++) {
            if (d->blocks[i].drop_reason)
                continue;
            bool later = false;
            for (uint32_t j = i + 1; j < n && !later; j++)
                later = !d->blocks[j].drop_reason;
            if (later && d->blocks[i].kind == TAC_BLOCK_PARA && !c.v[i].terminal &&
                c.v[i].words >= 5 && c.v[i].words <= 60 && !fragment_of_prose(&c, i))
                set_drop(d, i, "standfirst");
            break;
        }
    }

    /* Short lines without sentence punctuation are labels, not prose
     * ("Comments", "AP News", "The Associated Press"); above the first
     * paragraph of prose, up to six words. */
    bool prose_seen = false;
    for (uint32_t i = 0; i < n; i++) {
        const bview *b = &c.v[i];
        if (!d->blocks[i].drop_reason && b->words >= 8 && b->terminal)
            prose_seen = true;
        if (d->blocks[i].drop_reason || b->terminal)
            continue;
        if ((b->words <= 3 || (!prose_seen && b->words <= 6)) && !fragment_of_prose(&c, i))
            set_drop(d, i, "label line");
    }

    resolve_dates(&c);

    for (uint32_t i = 0; i < n; i++) {
        tac_block *b = &d->blocks[i];
        if (!b->drop_reason)
            continue;
        if (!strncmp(b->drop_reason, "metadata", 8))
            b->flags |= TAC_BLOCKF_META;
        tac_span sp = block_src_span(d, i);
        if (!tac_doc_add_dropped(d, sp.start, sp.end, b->drop_reason))
            return;
    }
}
