/*
 * Event dates from the words of a sentence.
 *
 * The sentence's tokens are scanned once, left to right; at each token the
 * longest date expression starting there is tried (a fixed lookahead of at
 * most 6 tokens), so the scan is O(tokens). Each token's word is looked up
 * once in a sorted vocabulary (binary search, no copy) and the answer is
 * cached for the sentence; a token that is neither a digit nor a vocabulary
 * word cannot start an expression and costs one lookup. Every expression found is
 * resolved against the reference date `ref`; the one nearest to the event's
 * verb wins (ties: the one after the verb, English's usual order:
 * "announced on Friday").
 *
 * Conventions (news usage; docs/resolve.md repeats them):
 *  - A bare weekday ("on Friday") in past-tense reporting is the last such day
 *    on or before the reference date (a Friday article's "on Friday" is that
 *    day); with a future verb ("will meet on Friday") the first on or after.
 *  - "last Friday" is strictly before the reference date, "next Friday"
 *    strictly after; "this Friday" follows the tense like a bare weekday.
 *  - A period resolves to its first day: "last week" = Monday of the previous
 *    week, "last month" = the 1st of the previous month, "in May" = May 1,
 *    "earlier this year" = January 1, "in 2022" = 2022-01-01.
 *  - A month or day without a year ("in May", "on 12 March") is the most
 *    recent one not after the reference date, or with a future verb the first
 *    one not before it.
 *  - Explicit dates ("March 12, 2024", "Feb. 24, 2022", "12 March 2024",
 *    "2023-09-22") resolve without a reference date; relative ones need one.
 *  - Expressions introduced by since/until/till/by/before/after/from/through
 *    bound a period rather than date the event and are skipped.
 * Tense: the verb is future when will/shall/'ll/wo(n't), or "going/plans/
 * scheduled/expected/set/due/intends/is/are to", stand in the four tokens
 * before it, or when it is tagged present tense (VBZ/VBP: "the summit opens
 * on Monday"), reporting verbs (says, tells …) excepted.
 */
#include "resolve/resolve.h"
#include "segment/tagger.h"
#include <pthread.h>

#define LOOKAHEAD 6
#define CACHE_TOKENS 512    /* longer sentences are looked up uncached        */

/* ---- vocabulary ------------------------------------------------------------ */

enum {
    V_WEEKDAY = 1 << 0,     /* val: 1 = Monday … 7 = Sunday                   */
    V_MONTH = 1 << 1,       /* val: 1..12; counts only when capitalised       */
    V_REL = 1 << 2,         /* val: R_*                                        */
    V_COUNT = 1 << 3,       /* val: the number ("a" = 1)                       */
    V_UNIT = 1 << 4,        /* val: U_*                                        */
    V_BARRIER = 1 << 5,     /* opens another clause                            */
    V_BOUND = 1 << 6,       /* since/until/by…: bounds a period                */
    V_DATEPREP = 1 << 7,    /* in/on/during…: a month or year after it is a date */
    V_AUX = 1 << 8,         /* will/shall/'ll/wo                               */
    V_LEAD = 1 << 9,        /* "plans/scheduled/is … to": future               */
    V_REPORT = 1 << 10      /* reporting verbs: historical present             */
};
enum { R_YESTERDAY = 1, R_TODAY, R_TOMORROW, R_LAST, R_THIS, R_NEXT, R_EARLIER, R_LATER };
enum { U_DAY = 1, U_WEEK, U_MONTH, U_YEAR, U_WEEKEND, U_NIGHT, U_PARTOFDAY, U_AGO };

typedef struct vocab {
    const char *w;
    uint8_t len;
    uint16_t cls;           /* V_* bits                                        */
    int8_t val;
} vocab;

/* Sorted by bytes (shorter first on a common prefix): binary search. */
static const vocab VOCAB[] = {
    {"'ll", 3, V_AUX, 0},
    {":", 1, V_BARRIER, 0},
    {";", 1, V_BARRIER, 0},
    {"a", 1, V_COUNT, 1},
    {"add", 3, V_REPORT, 0},
    {"adds", 4, V_REPORT, 0},
    {"after", 5, V_BOUND, 0},
    {"afternoon", 9, V_UNIT, U_PARTOFDAY},
    {"ago", 3, V_UNIT, U_AGO},
    {"although", 8, V_BARRIER, 0},
    {"an", 2, V_COUNT, 1},
    {"announce", 8, V_REPORT, 0},
    {"announces", 9, V_REPORT, 0},
    {"apr", 3, V_MONTH, 4},
    {"april", 5, V_MONTH, 4},
    {"are", 3, V_LEAD, 0},
    {"around", 6, V_DATEPREP, 0},
    {"aug", 3, V_MONTH, 8},
    {"august", 6, V_MONTH, 8},
    {"because", 7, V_BARRIER, 0},
    {"before", 6, V_BOUND, 0},
    {"by", 2, V_BOUND, 0},
    {"claim", 5, V_REPORT, 0},
    {"claims", 6, V_REPORT, 0},
    {"coming", 6, V_REL, R_NEXT},
    {"day", 3, V_UNIT, U_DAY},
    {"days", 4, V_UNIT, U_DAY},
    {"dec", 3, V_MONTH, 12},
    {"december", 8, V_MONTH, 12},
    {"denies", 6, V_REPORT, 0},
    {"deny", 4, V_REPORT, 0},
    {"due", 3, V_LEAD, 0},
    {"during", 6, V_DATEPREP, 0},
    {"earlier", 7, V_REL, R_EARLIER},
    {"early", 5, V_DATEPREP, 0},
    {"eight", 5, V_COUNT, 8},
    {"eleven", 6, V_COUNT, 11},
    {"evening", 7, V_UNIT, U_PARTOFDAY},
    {"expected", 8, V_LEAD, 0},
    {"feb", 3, V_MONTH, 2},
    {"february", 8, V_MONTH, 2},
    {"five", 4, V_COUNT, 5},
    {"four", 4, V_COUNT, 4},
    {"friday", 6, V_WEEKDAY, 5},
    {"from", 4, V_BOUND, 0},
    {"going", 5, V_LEAD, 0},
    {"in", 2, V_DATEPREP, 0},
    {"intend", 6, V_LEAD, 0},
    {"intends", 7, V_LEAD, 0},
    {"is", 2, V_LEAD, 0},
    {"jan", 3, V_MONTH, 1},
    {"january", 7, V_MONTH, 1},
    {"jul", 3, V_MONTH, 7},
    {"july", 4, V_MONTH, 7},
    {"jun", 3, V_MONTH, 6},
    {"june", 4, V_MONTH, 6},
    {"last", 4, V_DATEPREP | V_REL, R_LAST},
    {"late", 4, V_DATEPREP, 0},
    {"later", 5, V_REL, R_LATER},
    {"ll", 2, V_AUX, 0},
    {"mar", 3, V_MONTH, 3},
    {"march", 5, V_MONTH, 3},
    {"may", 3, V_MONTH, 5},
    {"mid", 3, V_DATEPREP, 0},
    {"monday", 6, V_WEEKDAY, 1},
    {"month", 5, V_UNIT, U_MONTH},
    {"months", 6, V_UNIT, U_MONTH},
    {"morning", 7, V_UNIT, U_PARTOFDAY},
    {"next", 4, V_DATEPREP | V_REL, R_NEXT},
    {"night", 5, V_UNIT, U_NIGHT},
    {"nine", 4, V_COUNT, 9},
    {"nov", 3, V_MONTH, 11},
    {"november", 8, V_MONTH, 11},
    {"oct", 3, V_MONTH, 10},
    {"october", 7, V_MONTH, 10},
    {"of", 2, V_DATEPREP, 0},
    {"on", 2, V_DATEPREP, 0},
    {"one", 3, V_COUNT, 1},
    {"past", 4, V_REL, R_LAST},
    {"plan", 4, V_LEAD, 0},
    {"planned", 7, V_LEAD, 0},
    {"plans", 5, V_LEAD, 0},
    {"report", 6, V_REPORT, 0},
    {"reports", 7, V_REPORT, 0},
    {"saturday", 8, V_WEEKDAY, 6},
    {"say", 3, V_REPORT, 0},
    {"says", 4, V_REPORT, 0},
    {"scheduled", 9, V_LEAD, 0},
    {"sep", 3, V_MONTH, 9},
    {"sept", 4, V_MONTH, 9},
    {"september", 9, V_MONTH, 9},
    {"set", 3, V_LEAD, 0},
    {"seven", 5, V_COUNT, 7},
    {"shall", 5, V_AUX, 0},
    {"since", 5, V_BOUND, 0},
    {"six", 3, V_COUNT, 6},
    {"state", 5, V_REPORT, 0},
    {"states", 6, V_REPORT, 0},
    {"sunday", 6, V_WEEKDAY, 7},
    {"tell", 4, V_REPORT, 0},
    {"tells", 5, V_REPORT, 0},
    {"ten", 3, V_COUNT, 10},
    {"that", 4, V_BARRIER, 0},
    {"this", 4, V_DATEPREP | V_REL, R_THIS},
    {"though", 6, V_BARRIER, 0},
    {"three", 5, V_COUNT, 3},
    {"through", 7, V_BOUND, 0},
    {"throughout", 10, V_DATEPREP, 0},
    {"thursday", 8, V_WEEKDAY, 4},
    {"till", 4, V_BOUND, 0},
    {"to", 2, V_BOUND, 0},
    {"today", 5, V_REL, R_TODAY},
    {"tomorrow", 8, V_REL, R_TOMORROW},
    {"tonight", 7, V_REL, R_TODAY},
    {"tuesday", 7, V_WEEKDAY, 2},
    {"twelve", 6, V_COUNT, 12},
    {"two", 3, V_COUNT, 2},
    {"until", 5, V_BOUND, 0},
    {"wednesday", 9, V_WEEKDAY, 3},
    {"week", 4, V_UNIT, U_WEEK},
    {"weekend", 7, V_UNIT, U_WEEKEND},
    {"weeks", 5, V_UNIT, U_WEEK},
    {"when", 4, V_BARRIER, 0},
    {"whereas", 7, V_BARRIER, 0},
    {"which", 5, V_BARRIER, 0},
    {"while", 5, V_BARRIER, 0},
    {"who", 3, V_BARRIER, 0},
    {"whom", 4, V_BARRIER, 0},
    {"whose", 5, V_BARRIER, 0},
    {"will", 4, V_AUX, 0},
    {"wo", 2, V_AUX, 0},
    {"won't", 5, V_AUX, 0},
    {"year", 4, V_UNIT, U_YEAR},
    {"years", 5, V_UNIT, U_YEAR},
    {"yesterday", 9, V_REL, R_YESTERDAY},
};
#define NVOCAB (sizeof VOCAB / sizeof *VOCAB)

static const vocab NOT_A_WORD = {"", 0, 0, 0};   /* cached "looked up, absent" */

/* VOCAB as an open-addressing hash table (built once, read-only after):
 * the resolver looks up every token of a sentence, and most are not date
 * words, so a probe or two beats a binary search with string compares. */
#define VOCAB_SLOTS 1024    /* > 2 x NVOCAB, a power of two                   */
static uint16_t VOCAB_TABLE[VOCAB_SLOTS];   /* index + 1; 0 = empty           */
static pthread_once_t vocab_table_once = PTHREAD_ONCE_INIT;

static uint32_t vocab_hash(const char *p, uint32_t n)
{
    uint32_t h = 2166136261u;   /* FNV-1a */
    for (uint32_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h;
}

static void vocab_table_init(void)
{
    _Static_assert(VOCAB_SLOTS >= 2 * NVOCAB, "vocabulary table too small");
    for (size_t i = 0; i < NVOCAB; i++) {
        uint32_t k = vocab_hash(VOCAB[i].w, VOCAB[i].len) & (VOCAB_SLOTS - 1);
        while (VOCAB_TABLE[k])
            k = (k + 1) & (VOCAB_SLOTS - 1);
        VOCAB_TABLE[k] = (uint16_t)(i + 1);
    }
}

/* tac_resolve_date runs vocab_table_init (once) before any lookup */
static const vocab *vocab_find(const char *p, uint32_t n)
{
    for (uint32_t k = vocab_hash(p, n) & (VOCAB_SLOTS - 1); VOCAB_TABLE[k]; k = (k + 1) & (VOCAB_SLOTS - 1)) {
        const vocab *v = &VOCAB[VOCAB_TABLE[k] - 1];
        if (v->len == n && !memcmp(v->w, p, n))
            return v;
    }
    return NULL;
}

/* ---- the scan -------------------------------------------------------------- */

typedef struct scan {
    const tac_doc *doc;
    uint32_t lo, hi;        /* the sentence's tokens [lo, hi)                 */
    int32_t ref;            /* reference date or TAC_NO_DATE                  */
    bool future;            /* the event's verb is future tense               */
    const vocab **cache;    /* [i - lo]: NULL = not looked up yet; or NULL    */
} scan;

typedef struct wspan {
    const char *p;
    uint32_t n;
} wspan;

/* A token's normal form without a trailing period ("feb.") or possessive
 * ("friday's"); empty outside the sentence. No copy. */
static wspan word(const scan *sc, uint32_t i)
{
    if (i < sc->lo || i >= sc->hi)
        return (wspan){"", 0};
    const tac_token *t = &sc->doc->tokens[i];
    wspan w = {tac_tok_norm(sc->doc, t), t->norm_len};
    if (w.n > 2 && w.p[w.n - 2] == '\'' && w.p[w.n - 1] == 's')
        w.n -= 2;
    if (w.n > 1 && w.p[w.n - 1] == '.')
        w.n--;
    return w;
}

static bool is(const scan *sc, uint32_t i, const char *lit)
{
    wspan w = word(sc, i);
    size_t n = strlen(lit);
    return w.n == n && !memcmp(w.p, lit, n);
}

/* The vocabulary entry of token i, or NULL. */
static const vocab *voc(const scan *sc, uint32_t i)
{
    if (i < sc->lo || i >= sc->hi)
        return NULL;
    const vocab **slot = sc->cache && i - sc->lo < CACHE_TOKENS ? &sc->cache[i - sc->lo] : NULL;
    if (slot && *slot)
        return *slot == &NOT_A_WORD ? NULL : *slot;
    wspan w = word(sc, i);
    const vocab *v = w.n ? vocab_find(w.p, w.n) : NULL;
    if (slot)
        *slot = v ? v : &NOT_A_WORD;
    return v;
}

static bool has(const scan *sc, uint32_t i, unsigned cls)
{
    const vocab *v = voc(sc, i);
    return v && (v->cls & cls);
}

static int val(const scan *sc, uint32_t i, unsigned cls)
{
    const vocab *v = voc(sc, i);
    return v && (v->cls & cls) ? v->val : 0;
}

static bool capitalised(const scan *sc, uint32_t i)
{
    if (i < sc->lo || i >= sc->hi)
        return false;
    const tac_token *t = &sc->doc->tokens[i];
    char c = t->span.start < sc->doc->src_len ? sc->doc->src[t->span.start] : 0;
    return c >= 'A' && c <= 'Z';
}

/* 0 = Monday … 6 = Sunday, as tac_weekday; -1 when not a weekday name. */
static int weekday_of(const scan *sc, uint32_t i) { return val(sc, i, V_WEEKDAY) - 1; }

/* Length of a "mid-"/"early-"/"late-" prefix of w, else 0. */
static uint32_t month_prefix(wspan w)
{
    if (w.n > 4 && !memcmp(w.p, "mid-", 4))
        return 4;
    if (w.n > 6 && !memcmp(w.p, "early-", 6))
        return 6;
    if (w.n > 5 && !memcmp(w.p, "late-", 5))
        return 5;
    return 0;
}

/* 1..12 when token i is a capitalised month name or abbreviation (also
 * "mid-September", kept as one word by the tokenizer), else 0. */
static int month_of(const scan *sc, uint32_t i)
{
    int m = val(sc, i, V_MONTH);
    if (m)
        return capitalised(sc, i) ? m : 0;
    wspan w = word(sc, i);
    uint32_t skip = month_prefix(w);
    if (!skip)
        return 0;
    const tac_token *t = &sc->doc->tokens[i];
    char c = t->span.start + skip < sc->doc->src_len ? sc->doc->src[t->span.start + skip] : 0;
    if (c < 'A' || c > 'Z')
        return 0;
    const vocab *v = vocab_find(w.p + skip, w.n - skip);
    return v && (v->cls & V_MONTH) ? v->val : 0;
}

static bool digit_start(const scan *sc, uint32_t i)
{
    wspan w = word(sc, i);
    return w.n && w.p[0] >= '0' && w.p[0] <= '9';
}

/* Token i as a whole number (digits, optionally "st/nd/rd/th"), else -1. */
static int number_of(const scan *sc, uint32_t i, bool allow_ordinal)
{
    wspan w = word(sc, i);
    int v = 0;
    uint32_t n = 0;
    for (; n < w.n && w.p[n] >= '0' && w.p[n] <= '9'; n++) {
        if (n >= 5)
            return -1;
        v = v * 10 + (w.p[n] - '0');
    }
    if (n == 0)
        return -1;
    if (n == w.n)
        return v;
    if (allow_ordinal && w.n - n == 2) {
        const char *s = w.p + n;
        if (!memcmp(s, "st", 2) || !memcmp(s, "nd", 2) || !memcmp(s, "rd", 2) || !memcmp(s, "th", 2))
            return v;
    }
    return -1;
}

static int count_of(const scan *sc, uint32_t i)
{
    int c = val(sc, i, V_COUNT);
    if (c)
        return c;
    int v = number_of(sc, i, false);
    return v > 0 && v <= 1000 ? v : -1;
}

static int year_of(const scan *sc, uint32_t i)
{
    int v = number_of(sc, i, false);
    return v >= 1900 && v <= 2200 ? v : -1;
}

/* ---- calendar arithmetic ------------------------------------------------- */

static int32_t monday_of(int32_t d) { return d - tac_weekday(d); }

static int32_t month_start(int32_t d, int add)
{
    int y;
    unsigned m, day;
    tac_civil_from_days(d, &y, &m, &day);
    int mm = (int)m - 1 + add;
    y += mm >= 0 ? mm / 12 : -((11 - mm) / 12);
    mm = ((mm % 12) + 12) % 12;
    return tac_days_from_civil(y, (unsigned)mm + 1, 1);
}

/* The same day `add` months away, clamped to the month's last day. */
static int32_t add_months(int32_t d, int add)
{
    int y;
    unsigned m, day;
    tac_civil_from_days(d, &y, &m, &day);
    int32_t first = month_start(d, add);
    int y2;
    unsigned m2, d2;
    tac_civil_from_days(first, &y2, &m2, &d2);
    while (day > 28 && !tac_date_valid(y2, m2, day))
        day--;
    return tac_days_from_civil(y2, m2, day);
}

static int ref_year(const scan *sc)
{
    int y;
    unsigned m, d;
    tac_civil_from_days(sc->ref, &y, &m, &d);
    return y;
}

/* Weekday w relative to ref: dir -1 on or before, -2 strictly before,
 * +1 on or after, +2 strictly after. */
static int32_t weekday_near(int32_t ref, int w, int dir)
{
    int back = (tac_weekday(ref) - w + 7) % 7;
    int fwd = (w - tac_weekday(ref) + 7) % 7;
    if (dir == -2 && back == 0)
        back = 7;
    if (dir == 2 && fwd == 0)
        fwd = 7;
    return dir < 0 ? ref - back : ref + fwd;
}

/* Day `day` of month `m` (0 = the month's first day for month-only
 * expressions) with no year: the latest not after ref, or with a future verb
 * the earliest not before it (month-only: compared by month). */
static int32_t yearless(const scan *sc, unsigned m, unsigned day, bool future)
{
    int y0 = ref_year(sc);
    int32_t cmp = day ? sc->ref : month_start(sc->ref, 0);
    unsigned dd = day ? day : 1;
    /* bound: 9 years reach a 29 February from any year; "31 June" never
     * becomes valid and gives no date */
    for (int k = 0; k < 9; k++) {
        int y = future ? y0 + k : y0 - k;
        if (!tac_date_valid(y, m, dd))
            continue;
        int32_t c = tac_days_from_civil(y, m, dd);
        if (future ? c >= cmp : c <= cmp)
            return c;
    }
    return TAC_NO_DATE;
}

/* ---- expressions ---------------------------------------------------------- */

/* A month-and-day or month-and-year expression starting at i: "March 12",
 * "Feb. 24, 2022", "12 March", "12 March 2024", "May 2022". Sets *last to the
 * final token and returns the date, or TAC_NO_DATE. */
static int32_t month_day(const scan *sc, uint32_t i, uint32_t *last)
{
    int m = month_of(sc, i), day = -1, y = -1;
    uint32_t j;
    if (m) {
        j = i + 1;
        if (is(sc, j, "."))
            j++;
        day = number_of(sc, j, true);
        if (day >= 1 && day <= 31) {
            *last = j;
            if (is(sc, j + 1, ",") && (y = year_of(sc, j + 2)) > 0)
                *last = j + 2;
            else if ((y = year_of(sc, j + 1)) > 0)
                *last = j + 1;
        } else if ((y = year_of(sc, j)) > 0) {
            day = 0;
            *last = j;
        } else {
            return TAC_NO_DATE;
        }
    } else {
        day = number_of(sc, i, true);
        j = i + 1;
        if (is(sc, j, "of"))
            j++;
        if (day < 1 || day > 31 || !(m = month_of(sc, j)))
            return TAC_NO_DATE;
        *last = j;
        uint32_t k = j + 1;
        if (is(sc, k, "."))
            k++;
        if (is(sc, k, ","))
            k++;
        if ((y = year_of(sc, k)) > 0)
            *last = k;
    }
    if (y > 0) {
        unsigned dd = day ? (unsigned)day : 1;
        return tac_date_valid(y, (unsigned)m, dd) ? tac_days_from_civil(y, (unsigned)m, dd)
                                                  : TAC_NO_DATE;
    }
    if (sc->ref == TAC_NO_DATE)
        return TAC_NO_DATE;
    return yearless(sc, (unsigned)m, (unsigned)day, sc->future);
}

/* "2023-09-22" as one token or as the five tokens 2023 - 09 - 22. */
static int32_t iso_date(const scan *sc, uint32_t i, uint32_t *last)
{
    wspan w = word(sc, i);
    if (w.n == 10 && w.p[4] == '-' && w.p[7] == '-') {
        *last = i;
        return tac_date_parse(w.p, w.n);
    }
    if (w.n == 4 && year_of(sc, i) > 0 && is(sc, i + 1, "-") && is(sc, i + 3, "-")) {
        wspan mm = word(sc, i + 2), dd = word(sc, i + 4);
        if (mm.n != 2 || dd.n != 2)
            return TAC_NO_DATE;
        char s[11];
        memcpy(s, w.p, 4);
        s[4] = '-';
        memcpy(s + 5, mm.p, 2);
        s[7] = '-';
        memcpy(s + 8, dd.p, 2);
        s[10] = 0;
        *last = i + 4;
        return tac_date_parse(s, 10);
    }
    return TAC_NO_DATE;
}

/* Prepositions after which a month or year alone is a date ("in May"). */
static bool date_preposition(const scan *sc, uint32_t i)
{
    return i > sc->lo && has(sc, i - 1, V_DATEPREP);
}

/* A bare weekday inside a name is no date: "Good Friday Agreement",
 * "Bloody Sunday", "the Sunday Times". After on/last/this/… it always is a
 * date; otherwise a capitalised word before it (not the sentence's first) or
 * after it marks a name. */
static bool weekday_in_name(const scan *sc, uint32_t i)
{
    if (date_preposition(sc, i))
        return false;
    if (i > sc->lo + 1 && capitalised(sc, i - 1))
        return true;
    if (i == sc->lo + 1 && capitalised(sc, i - 1) && !is(sc, i - 1, "on"))
        return true;   /* "Bloody Sunday" opening the sentence */
    return capitalised(sc, i + 1) && number_of(sc, i + 1, true) < 0;
}

static int32_t relative(const scan *sc, uint32_t i, uint32_t *last)
{
    int32_t ref = sc->ref;
    int rel = val(sc, i, V_REL);
    *last = i;
    switch (rel) {
    case R_YESTERDAY: return ref - 1;
    case R_TODAY: return ref;
    case R_TOMORROW: return ref + 1;
    case R_LAST:
    case R_THIS:
    case R_NEXT: {
        /* last/this/next + unit | weekday | month | weekend */
        int dir = rel == R_LAST ? -1 : rel == R_THIS ? 0 : 1;
        *last = i + 1;
        switch (val(sc, i + 1, V_UNIT)) {
        case U_WEEK: return monday_of(ref) + 7 * dir;
        case U_MONTH: return month_start(ref, dir);
        case U_YEAR: return tac_days_from_civil(ref_year(sc) + dir, 1, 1);
        case U_WEEKEND:
            if (dir == 0)
                return weekday_near(ref, 5, sc->future ? 1 : -1);
            return weekday_near(ref, 5, dir < 0 ? -2 : 2);
        case U_NIGHT: return dir == -1 ? ref - 1 : dir == 0 ? ref : TAC_NO_DATE;
        case U_PARTOFDAY: return dir == 0 ? ref : TAC_NO_DATE;
        default: break;
        }
        int wd = weekday_of(sc, i + 1);
        if (wd >= 0) {
            if (dir == 0)
                return weekday_near(ref, wd, sc->future ? 1 : -1);
            return weekday_near(ref, wd, dir < 0 ? -2 : 2);
        }
        int m = month_of(sc, i + 1);
        if (m && dir != 0) {
            /* "last May": the latest May strictly before the reference month */
            int y = ref_year(sc);
            int32_t c = tac_days_from_civil(y, (unsigned)m, 1), cur = month_start(ref, 0);
            if (dir < 0 && c >= cur)
                c = tac_days_from_civil(y - 1, (unsigned)m, 1);
            if (dir > 0 && c <= cur)
                c = tac_days_from_civil(y + 1, (unsigned)m, 1);
            return c;
        }
        if (m)
            return yearless(sc, (unsigned)m, 0, sc->future);
        return TAC_NO_DATE;
    }
    case R_EARLIER:
    case R_LATER:
        /* earlier this week|month|year, earlier today, later today */
        if (val(sc, i + 1, V_REL) == R_TODAY && is(sc, i + 1, "today")) {
            *last = i + 1;
            return ref;
        }
        if (rel == R_EARLIER && val(sc, i + 1, V_REL) == R_THIS) {
            *last = i + 2;
            switch (val(sc, i + 2, V_UNIT)) {
            case U_WEEK: return is(sc, i + 2, "week") ? monday_of(ref) : TAC_NO_DATE;
            case U_MONTH: return is(sc, i + 2, "month") ? month_start(ref, 0) : TAC_NO_DATE;
            case U_YEAR: return is(sc, i + 2, "year") ? tac_days_from_civil(ref_year(sc), 1, 1) : TAC_NO_DATE;
            default: break;
            }
        }
        return TAC_NO_DATE;
    default:
        break;
    }

    /* N days|weeks|months|years ago */
    int n = count_of(sc, i);
    if (n > 0 && val(sc, i + 2, V_UNIT) == U_AGO) {
        *last = i + 2;
        switch (val(sc, i + 1, V_UNIT)) {
        case U_DAY: return ref - n;
        case U_WEEK: return ref - 7 * n;
        case U_MONTH: return add_months(ref, -n);
        case U_YEAR: return add_months(ref, -12 * n);
        default: return TAC_NO_DATE;
        }
    }

    int wd = weekday_of(sc, i);
    if (wd >= 0 && !weekday_in_name(sc, i))
        return weekday_near(ref, wd, sc->future ? 1 : -1);

    int m = month_of(sc, i);
    if (m && (date_preposition(sc, i) || month_prefix(word(sc, i))))
        return yearless(sc, (unsigned)m, 0, sc->future);
    return TAC_NO_DATE;
}

/* Can an expression start at token i? A digit or a vocabulary word that
 * opens one (weekday, month, relative word, count) or "mid-May". */
static bool may_start(const scan *sc, uint32_t i)
{
    return digit_start(sc, i) || has(sc, i, V_WEEKDAY | V_MONTH | V_REL | V_COUNT) ||
           month_prefix(word(sc, i));
}

/* The expression starting at token i, or TAC_NO_DATE. */
static int32_t expression_at(const scan *sc, uint32_t i, uint32_t *last)
{
    int32_t d;
    /* "Friday, September 22": the explicit date decides, the span covers both */
    if (weekday_of(sc, i) >= 0) {
        uint32_t j = is(sc, i + 1, ",") ? i + 2 : i + 1;
        if ((d = month_day(sc, j, last)) != TAC_NO_DATE)
            return d;
    }
    if (digit_start(sc, i) && (d = iso_date(sc, i, last)) != TAC_NO_DATE)
        return d;
    if ((d = month_day(sc, i, last)) != TAC_NO_DATE)
        return d;
    /* a year alone only after "in"/"during"/…: "in 2022" */
    int y = year_of(sc, i);
    if (y > 0) {
        if (date_preposition(sc, i) && !month_of(sc, i + 1)) {
            *last = i;
            return tac_days_from_civil(y, 1, 1);
        }
        return TAC_NO_DATE;
    }
    if (sc->ref == TAC_NO_DATE)
        return TAC_NO_DATE;
    return relative(sc, i, last);
}

static bool bounding_preposition(const scan *sc, uint32_t i)
{
    return i > sc->lo && has(sc, i - 1, V_BOUND);
}

static bool future_verb(const scan *sc, uint32_t verb)
{
    /* a present-tense event verb ("the summit opens on Monday") is scheduled;
     * reporting verbs in the present are the historical present of news */
    uint8_t pos = sc->doc->tokens[verb].pos;
    if ((pos == TAC_POS_VBZ || pos == TAC_POS_VBP) && !has(sc, verb, V_REPORT))
        return true;
    for (uint32_t k = 1; k <= 4 && verb >= sc->lo + k; k++) {
        if (has(sc, verb - k, V_AUX))
            return true;
        if (is(sc, verb - k, "to") && verb - k > sc->lo && has(sc, verb - k - 1, V_LEAD))
            return true;
    }
    return false;
}

/* Words that open another clause: a date across one belongs to that clause
 * ("said on Monday that troops attacked … on Thursday"). */
static bool clause_barrier(const scan *sc, uint32_t i) { return has(sc, i, V_BARRIER); }

#define BARRIER_COST 10

void tac_resolve_date(const tac_doc *doc, uint32_t sentence, uint32_t verb_token,
                      int32_t ref, tac_event *ev)
{
    ev->date = ref;
    ev->date_basis = TAC_DATE_PUBLISHED;
    ev->date_span = (tac_span){0, 0};
    if (!doc || sentence >= doc->nsentences || !doc->tokens)
        return;
    pthread_once(&vocab_table_once, vocab_table_init);
    const tac_sentence *s = &doc->sentences[sentence];
    const vocab *cache[CACHE_TOKENS];
    scan sc = {doc, s->first_token, s->first_token + s->ntokens, ref, false, cache};
    if (sc.hi > doc->ntokens)
        sc.hi = doc->ntokens;
    if (sc.hi > sc.lo)
        memset(cache, 0, sizeof *cache * (sc.hi - sc.lo < CACHE_TOKENS ? sc.hi - sc.lo : CACHE_TOKENS));
    if (verb_token < sc.lo || verb_token >= sc.hi)
        verb_token = sc.lo;   /* unknown verb: the earliest expression wins */
    else
        sc.future = future_verb(&sc, verb_token);

    /* Distance = tokens between expression and verb + BARRIER_COST per
     * clause barrier between them, from prefix counts: pv = barriers before
     * the verb, pv1 = barriers up to and including it, p = before token i. */
    uint32_t pv = 0, pv1 = 0, p = 0;
    for (uint32_t i = sc.lo; i <= verb_token && i < sc.hi; i++) {
        bool b = clause_barrier(&sc, i);
        if (i < verb_token)
            pv += b;
        pv1 += b;
    }
    uint32_t best_first = 0, best_last = 0, best_dist = UINT32_MAX;
    int32_t best = TAC_NO_DATE;
    for (uint32_t i = sc.lo; i < sc.hi; i++) {
        uint32_t last = i;
        int32_t d = may_start(&sc, i) ? expression_at(&sc, i, &last) : TAC_NO_DATE;
        if (d == TAC_NO_DATE) {
            p += clause_barrier(&sc, i);
            continue;
        }
        if (last >= sc.hi || last - i > LOOKAHEAD)
            last = i;
        uint32_t pin = p;   /* P(i) */
        for (uint32_t k = i; k <= last; k++)
            p += clause_barrier(&sc, k);
        if (!bounding_preposition(&sc, i)) {
            uint32_t dist = verb_token < i ? i - verb_token + BARRIER_COST * (pin - pv1)
                          : verb_token > last ? verb_token - last + BARRIER_COST * (pv - p) : 0;
            /* on a tie the expression after the verb wins */
            if (dist < best_dist || (dist == best_dist && i > verb_token)) {
                best_dist = dist;
                best = d;
                best_first = i;
                best_last = last;
            }
        }
        i = last;   /* expressions do not overlap */
    }
    if (best == TAC_NO_DATE)
        return;
    if (is(&sc, best_last + 1, "'s"))   /* "Friday" "'s" split as a clitic */
        best_last++;
    ev->date = best;
    ev->date_basis = TAC_DATE_TEXT;
    ev->date_span = (tac_span){doc->tokens[best_first].span.start, doc->tokens[best_last].span.end};
}
