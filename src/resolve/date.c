/*
 * Event dates from the words of a sentence.
 *
 * The sentence's tokens are scanned once, left to right; at each token the
 * longest date expression starting there is tried (a fixed lookahead of at
 * most 6 tokens), so the scan is O(tokens). Every expression found is
 * resolved against the reference date `ref`; the one nearest to the event's
 * verb wins (ties: the one after the verb, English's usual order:
 * "announced on Friday").
 *
 * Conventions (news usage; docs/internals.md repeats them):
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

#define WORD_MAX 32
#define LOOKAHEAD 6

typedef struct scan {
    const tac_doc *doc;
    uint32_t lo, hi;        /* the sentence's tokens [lo, hi)                 */
    int32_t ref;            /* reference date or TAC_NO_DATE                  */
    bool future;            /* the event's verb is future tense               */
} scan;

/* A token's normal form without a trailing period ("feb.") or possessive
 * ("friday's"), truncated to WORD_MAX - 1 bytes; "" outside the sentence. */
static const char *word(const scan *sc, uint32_t i, char buf[WORD_MAX])
{
    buf[0] = 0;
    if (i < sc->lo || i >= sc->hi)
        return buf;
    const tac_token *t = &sc->doc->tokens[i];
    size_t n = t->norm_len < WORD_MAX - 1 ? t->norm_len : WORD_MAX - 1;
    memcpy(buf, tac_tok_norm(sc->doc, t), n);
    buf[n] = 0;
    if (n > 2 && buf[n - 2] == '\'' && buf[n - 1] == 's')
        buf[n -= 2] = 0;
    if (n > 1 && buf[n - 1] == '.')
        buf[--n] = 0;
    return buf;
}

static bool is(const scan *sc, uint32_t i, const char *w)
{
    char b[WORD_MAX];
    return !strcmp(word(sc, i, b), w);
}

static bool capitalised(const scan *sc, uint32_t i)
{
    if (i < sc->lo || i >= sc->hi)
        return false;
    const tac_token *t = &sc->doc->tokens[i];
    char c = t->span.start < sc->doc->src_len ? sc->doc->src[t->span.start] : 0;
    return c >= 'A' && c <= 'Z';
}

static int lookup(const char *w, const char *const *names, int n)
{
    for (int k = 0; k < n; k++)
        if (!strcmp(w, names[k]))
            return k;
    return -1;
}

/* 0 = Monday … 6 = Sunday, as tac_weekday; -1 when not a weekday name. */
static int weekday_of(const scan *sc, uint32_t i)
{
    static const char *const names[] = {"monday", "tuesday", "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};
    char b[WORD_MAX];
    return lookup(word(sc, i, b), names, 7);
}

/* 1..12 when token i is a capitalised month name or abbreviation, else 0. */
static int month_of(const scan *sc, uint32_t i)
{
    static const char *const full[] = {"january", "february", "march", "april", "may", "june",
                                       "july", "august", "september", "october", "november",
                                       "december"};
    static const char *const abbr[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
    char b[WORD_MAX];
    const char *w = word(sc, i, b);
    size_t skip = 0;
    /* "mid-September", "early-May" kept as one word by the tokenizer */
    if (!strncmp(w, "mid-", 4))
        skip = 4;
    else if (!strncmp(w, "early-", 6))
        skip = 6;
    else if (!strncmp(w, "late-", 5))
        skip = 5;
    if (skip) {
        const tac_token *t = &sc->doc->tokens[i];
        char c = t->span.start + skip < sc->doc->src_len ? sc->doc->src[t->span.start + skip] : 0;
        if (c < 'A' || c > 'Z')
            return 0;
        w += skip;
    } else if (!capitalised(sc, i)) {
        return 0;
    }
    int k = lookup(w, full, 12);
    if (k < 0)
        k = lookup(w, abbr, 12);
    if (k < 0 && !strcmp(w, "sept"))
        k = 8;
    return k + 1;
}

/* Token i as a whole number (digits, optionally "st/nd/rd/th"), else -1. */
static int number_of(const scan *sc, uint32_t i, bool allow_ordinal)
{
    char b[WORD_MAX];
    const char *w = word(sc, i, b);
    int v = 0, n = 0;
    for (; w[n] >= '0' && w[n] <= '9'; n++) {
        if (n >= 5)
            return -1;
        v = v * 10 + (w[n] - '0');
    }
    if (n == 0)
        return -1;
    if (w[n] == 0)
        return v;
    if (allow_ordinal && (!strcmp(w + n, "st") || !strcmp(w + n, "nd") || !strcmp(w + n, "rd") ||
                          !strcmp(w + n, "th")))
        return v;
    return -1;
}

static int count_of(const scan *sc, uint32_t i)
{
    static const char *const names[] = {"a", "one", "two", "three", "four", "five", "six",
                                        "seven", "eight", "nine", "ten", "eleven", "twelve"};
    char b[WORD_MAX];
    const char *w = word(sc, i, b);
    if (!strcmp(w, "an"))
        return 1;
    int k = lookup(w, names, 13);
    if (k >= 0)
        return k ? k : 1;
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
 * the earliest not before it (strict: compare by month only). */
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
    char b[WORD_MAX];
    const char *w = word(sc, i, b);
    size_t n = strlen(w);
    if (n == 10 && w[4] == '-' && w[7] == '-') {
        *last = i;
        return tac_date_parse(w, n);
    }
    if (year_of(sc, i) > 0 && is(sc, i + 1, "-") && is(sc, i + 3, "-")) {
        char s[11];
        char b1[WORD_MAX], b2[WORD_MAX];
        const char *mm = word(sc, i + 2, b1), *dd = word(sc, i + 4, b2);
        if (strlen(mm) != 2 || strlen(dd) != 2)
            return TAC_NO_DATE;
        memcpy(s, w, 4);
        s[4] = '-';
        memcpy(s + 5, mm, 2);
        s[7] = '-';
        memcpy(s + 8, dd, 2);
        s[10] = 0;
        *last = i + 4;
        return tac_date_parse(s, 10);
    }
    return TAC_NO_DATE;
}

/* Prepositions after which a month or year alone is a date ("in May"). */
static bool date_preposition(const scan *sc, uint32_t i)
{
    static const char *const w[] = {"in", "on", "during", "of", "early", "late", "mid",
                                    "this", "last", "next", "around", "throughout"};
    char b[WORD_MAX];
    return i > sc->lo && lookup(word(sc, i - 1, b), w, 12) >= 0;
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
    char b[WORD_MAX];
    const char *w = word(sc, i, b);
    int32_t ref = sc->ref;
    *last = i;
    if (!strcmp(w, "yesterday"))
        return ref - 1;
    if (!strcmp(w, "today") || !strcmp(w, "tonight"))
        return ref;
    if (!strcmp(w, "tomorrow"))
        return ref + 1;

    /* last/this/next + unit | weekday | month | weekend */
    int dir = !strcmp(w, "last") || !strcmp(w, "past") ? -1 : !strcmp(w, "this") ? 0
            : !strcmp(w, "next") || !strcmp(w, "coming") ? 1 : 9;
    if (dir != 9) {
        char b2[WORD_MAX];
        const char *u = word(sc, i + 1, b2);
        *last = i + 1;
        if (!strcmp(u, "week"))
            return monday_of(ref) + 7 * dir;
        if (!strcmp(u, "month"))
            return month_start(ref, dir);
        if (!strcmp(u, "year"))
            return tac_days_from_civil(ref_year(sc) + dir, 1, 1);
        if (!strcmp(u, "weekend") || !strcmp(u, "weekend's")) {
            if (dir == 0)
                return weekday_near(ref, 5, sc->future ? 1 : -1);
            return weekday_near(ref, 5, dir < 0 ? -2 : 2);
        }
        if (!strcmp(u, "night") && dir == -1)
            return ref - 1;
        if (dir == 0 && (!strcmp(u, "morning") || !strcmp(u, "afternoon") || !strcmp(u, "evening")))
            return ref;
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

    /* earlier this week|month|year, earlier today, later today */
    if (!strcmp(w, "earlier") || !strcmp(w, "later")) {
        if (is(sc, i + 1, "today")) {
            *last = i + 1;
            return ref;
        }
        if (!strcmp(w, "earlier") && is(sc, i + 1, "this")) {
            *last = i + 2;
            if (is(sc, i + 2, "week"))
                return monday_of(ref);
            if (is(sc, i + 2, "month"))
                return month_start(ref, 0);
            if (is(sc, i + 2, "year"))
                return tac_days_from_civil(ref_year(sc), 1, 1);
        }
        return TAC_NO_DATE;
    }

    /* N days|weeks|months|years ago */
    int n = count_of(sc, i);
    if (n > 0 && is(sc, i + 2, "ago")) {
        char b2[WORD_MAX];
        const char *u = word(sc, i + 1, b2);
        size_t ul = strlen(u);
        if (ul > 1 && u[ul - 1] == 's')
            b2[--ul] = 0;
        *last = i + 2;
        if (!strcmp(u, "day"))
            return ref - n;
        if (!strcmp(u, "week"))
            return ref - 7 * n;
        if (!strcmp(u, "month"))
            return add_months(ref, -n);
        if (!strcmp(u, "year"))
            return add_months(ref, -12 * n);
        return TAC_NO_DATE;
    }

    int wd = weekday_of(sc, i);
    if (wd >= 0 && !weekday_in_name(sc, i))
        return weekday_near(ref, wd, sc->future ? 1 : -1);

    int m = month_of(sc, i);
    if (m && (date_preposition(sc, i) || strchr(w, '-')))
        return yearless(sc, (unsigned)m, 0, sc->future);
    return TAC_NO_DATE;
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
    if ((d = iso_date(sc, i, last)) != TAC_NO_DATE)
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
    static const char *const w[] = {"since", "until", "till", "by", "before", "after",
                                    "from", "through", "to"};
    char b[WORD_MAX];
    return i > sc->lo && lookup(word(sc, i - 1, b), w, 9) >= 0;
}

static bool future_verb(const scan *sc, uint32_t verb)
{
    static const char *const aux[] = {"will", "shall", "'ll", "ll", "wo", "won't"};
    static const char *const lead[] = {"going", "plans", "plan", "planned", "scheduled",
                                       "expected", "set", "due", "intends", "intend", "is", "are"};
    /* reporting verbs in the present are the historical present of news */
    static const char *const report[] = {"say", "says", "tell", "tells", "report", "reports",
                                         "claim", "claims", "state", "states", "add", "adds",
                                         "announce", "announces", "deny", "denies"};
    char b[WORD_MAX];
    /* a present-tense event verb ("the summit opens on Monday") is scheduled */
    uint8_t pos = sc->doc->tokens[verb].pos;
    if ((pos == TAC_POS_VBZ || pos == TAC_POS_VBP) && lookup(word(sc, verb, b), report, 16) < 0)
        return true;
    for (uint32_t k = 1; k <= 4 && verb >= sc->lo + k; k++) {
        const char *w = word(sc, verb - k, b);
        if (lookup(w, aux, 6) >= 0)
            return true;
        if (!strcmp(w, "to") && verb - k > sc->lo && lookup(word(sc, verb - k - 1, b), lead, 12) >= 0)
            return true;
    }
    return false;
}

/* Words that open another clause: a date across one belongs to that clause
 * ("said on Monday that troops attacked … on Thursday"). */
static bool clause_barrier(const scan *sc, uint32_t i)
{
    static const char *const w[] = {"that", "which", "who", "whom", "whose", "while", "when",
                                    "whereas", "because", "although", "though", ";", ":"};
    char b[WORD_MAX];
    return lookup(word(sc, i, b), w, 13) >= 0;
}

#define BARRIER_COST 10

void tac_resolve_date(const tac_doc *doc, uint32_t sentence, uint32_t verb_token,
                      int32_t ref, tac_event *ev)
{
    ev->date = ref;
    ev->date_basis = TAC_DATE_PUBLISHED;
    ev->date_span = (tac_span){0, 0};
    if (!doc || sentence >= doc->nsentences || !doc->tokens)
        return;
    const tac_sentence *s = &doc->sentences[sentence];
    scan sc = {doc, s->first_token, s->first_token + s->ntokens, ref, false};
    if (sc.hi > doc->ntokens)
        sc.hi = doc->ntokens;
    if (verb_token < sc.lo || verb_token >= sc.hi)
        verb_token = sc.lo;   /* unknown verb: the earliest expression wins */
    else
        sc.future = future_verb(&sc, verb_token);

    /* Distance = tokens between expression and verb + BARRIER_COST per
     * clause barrier between them, from prefix counts: pv = barriers before
     * the verb, pv1 = barriers up to and including it, p = before token i. */
    uint32_t pv = 0, pv1 = 0, p = 0;
    for (uint32_t i = sc.lo; i <= verb_token; i++) {
        bool b = clause_barrier(&sc, i);
        if (i < verb_token)
            pv += b;
        pv1 += b;
    }
    uint32_t best_first = 0, best_last = 0, best_dist = UINT32_MAX;
    int32_t best = TAC_NO_DATE;
    for (uint32_t i = sc.lo; i < sc.hi; i++) {
        uint32_t last = i;
        int32_t d = expression_at(&sc, i, &last);
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
            /* strict <: on a tie the earlier-found (before the verb) loses
             * only when the later one is after the verb */
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
