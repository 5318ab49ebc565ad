/*
 * The native dictionary reader (docs/dictionaries.md, "The native format").
 *
 * One pass over the lines. A line at column 0 opens a record (`actor NAME`)
 * or is a file-level directive (`@version`, `@source`); an indented line is a
 * field of the open record (`name a; b`). A record is checked when the next
 * header or the end of the file closes it. Growable per-record arrays live
 * in the model's arena (their capacities in `struct reader`), so a record is
 * built without any heap allocation of its own.
 */
#include "dict/native.h"
#include "core/norm.h"
#include <stdio.h>
#include <stdlib.h>

enum rec_kind { REC_NONE, REC_ACTOR, REC_AGENT, REC_VERB, REC_SYNSET, REC_DISCARD };

struct reader {
    tac_dict_model *m;
    const char *name;
    const char *buf;
    size_t len;
    tac_error *err;
    uint32_t line;            /* current line, 1-based                       */
    size_t bol;               /* byte offset of the current line             */
    /* the open record */
    enum rec_kind kind;
    size_t rec_pos;           /* byte offset of its header                   */
    uint32_t rec_line;
    const char *rec_name;
    union {
        tac_dict_actor *actor;
        tac_dict_agent *agent;
        tac_dict_verb *verb;
        tac_dict_synset *synset;
    } r;
    uint32_t cap_phrases, cap_codes, cap_patterns;
    bool has_kind, has_code;
    uint32_t rec_discards;
};

/* ---- errors ------------------------------------------------------------- */

static tac_status fail_at(struct reader *rd, tac_status code, size_t pos, const char *msg,
                          const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static tac_status fail_at(struct reader *rd, tac_status code, size_t pos, const char *msg,
                          const char *fmt, ...)
{
    tac_error tmp;
    tac_error *e = rd->err ? rd->err : &tmp;
    tac_fail(e, code, msg, pos, NULL);
    tac_error_locate(e, rd->buf, rd->len);
    char what[160] = "";
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(what, sizeof what, fmt, ap);
        va_end(ap);
    }
    snprintf(e->detail, sizeof e->detail, "%s:%u:%u: %s%s%s", rd->name, e->line, e->column, msg,
             what[0] ? ": " : "", what);
    return code;
}

static tac_status nomem(struct reader *rd)
{
    return fail_at(rd, TAC_ERR_NOMEM, rd->bol, "out of memory", NULL);
}

static const char *origin_here(struct reader *rd, uint32_t line)
{
    return tac_arena_printf(&rd->m->arena, "%s:%u", rd->name, line);
}

static bool is_space(char c) { return c == ' ' || c == '\t'; }

/* ---- inflection --------------------------------------------------------- */

static bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
static bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

static bool ends_with(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && memcmp(w + n - k, suf, k) == 0;
}

static bool put(char *out, size_t cap, const char *w, size_t keep, const char *suffix)
{
    size_t k = strlen(suffix);
    if (keep + k + 1 > cap)
        return false;
    memmove(out, w, keep);
    memcpy(out + keep, suffix, k + 1);
    return true;
}

static int vowel_groups(const char *w, size_t n)
{
    int g = 0;
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        bool v = is_vowel(w[i]) || (w[i] == 'y' && i > 0 && !is_vowel(w[i - 1]));
        if (v && !in)
            g++;
        in = v;
    }
    return g;
}

/*
 * Whether the final consonant doubles before -ed/-ing. English doubles after
 * a single stressed vowel; stress is not in the spelling, so: one-syllable
 * words double (ban → banned, stop → stopped); longer words double only when
 * they end in a syllable that is stressed in the verbs news uses (admit,
 * refer, occur, control, kidnap …); everything else does not (visit →
 * visited, threaten → threatened, target → targeted). A verb the rule gets
 * wrong lists its forms with `form`.
 */
static bool doubles_final(const char *w, size_t n)
{
    static const char *const stressed[] = {
        "admit", "commit", "submit", "permit", "omit", "emit", "remit", "transmit", "acquit",
        "refer", "prefer", "confer", "defer", "infer", "transfer", "deter", "occur", "recur",
        "incur", "concur", "compel", "expel", "propel", "repel", "dispel", "rebel", "control",
        "patrol", "forbid", "outbid", "begin", "regret", "equip", "embed", "abet", "annul",
        "kidnap", "upset", "forget", "outwit", "handicap", "program",
    };
    if (n < 2)
        return false;
    char c = w[n - 1], v = w[n - 2];
    if (!is_lower(c) || is_vowel(c) || c == 'w' || c == 'x' || c == 'y')
        return false;
    if (!is_vowel(v))
        return false;
    if (n >= 3) {
        char p = w[n - 3];
        bool qu = p == 'u' && n >= 4 && w[n - 4] == 'q';
        if (is_vowel(p) && !qu)
            return false;
    }
    if (vowel_groups(w, n) <= 1)   /* "quit": qu counts as a consonant here */
        return true;
    for (size_t i = 0; i < sizeof stressed / sizeof *stressed; i++)
        if (ends_with(w, n, stressed[i]))
            return true;
    return false;
}

bool tac_inflect_british_l(const char *w, const char *suffix, char *out, size_t cap)
{
    size_t n = strlen(w);
    if (n < 4 || w[n - 1] != 'l' || !is_vowel(w[n - 2]) || is_vowel(w[n - 3]) || doubles_final(w, n))
        return false;
    return put(out, cap, w, n, "l") && put(out, cap, out, n + 1, suffix);
}

bool tac_inflect_s(const char *w, char *out, size_t cap)
{
    size_t n = strlen(w);
    if (n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2]))
        return put(out, cap, w, n - 1, "ies");
    if (ends_with(w, n, "s") || ends_with(w, n, "x") || ends_with(w, n, "z") ||
        ends_with(w, n, "ch") || ends_with(w, n, "sh") ||
        (n >= 2 && w[n - 1] == 'o' && is_lower(w[n - 2]) && !is_vowel(w[n - 2])))
        return put(out, cap, w, n, "es");
    return put(out, cap, w, n, "s");
}

bool tac_inflect_ed(const char *w, char *out, size_t cap)
{
    size_t n = strlen(w);
    if (n >= 1 && w[n - 1] == 'e')
        return put(out, cap, w, n, "d");
    if (n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2]))
        return put(out, cap, w, n - 1, "ied");
    if (n >= 3 && ends_with(w, n, "ic") && vowel_groups(w, n) > 1)
        return put(out, cap, w, n, "ked");          /* panic → panicked */
    if (doubles_final(w, n)) {
        char d[2] = {w[n - 1], 0};
        return put(out, cap, w, n, d) && put(out, cap, out, n + 1, "ed");
    }
    return put(out, cap, w, n, "ed");
}

bool tac_inflect_ing(const char *w, char *out, size_t cap)
{
    size_t n = strlen(w);
    if (n >= 3 && ends_with(w, n, "ie"))
        return put(out, cap, w, n - 2, "ying");        /* lie → lying */
    if (n >= 3 && w[n - 1] == 'e' && !ends_with(w, n, "ee") && !ends_with(w, n, "oe") &&
        !ends_with(w, n, "ye"))
        return put(out, cap, w, n - 1, "ing");         /* make → making */
    if (n >= 3 && ends_with(w, n, "ic") && vowel_groups(w, n) > 1)
        return put(out, cap, w, n, "king");
    if (doubles_final(w, n)) {
        char d[2] = {w[n - 1], 0};
        return put(out, cap, w, n, d) && put(out, cap, out, n + 1, "ing");
    }
    return put(out, cap, w, n, "ing");
}

bool tac_plural(const char *w, char *out, size_t cap)
{
    /* nouns with no plural of their own, or whose plural is the same word */
    static const char *const invariant[] = {
        "police", "personnel", "staff", "military", "media", "clergy", "people", "public",
        "aircraft", "sheep", "fish", "cattle", "infantry", "artillery", "cavalry", "intelligence",
        "security", "navy" /* navies: rare as an actor */, "youth", "gendarmerie", "press",
        "leadership", "opposition", "government", "administration", "parliament", "congress",
        "senate", "judiciary", "cabinet", "regime", "junta", "coast guard",
    };
    static const char *const not_man[] = {"human", "german", "roman", "ottoman", "shaman", "talisman"};
    size_t n = strlen(w);
    if (n == 0)
        return false;
    for (size_t i = 0; i < sizeof invariant / sizeof *invariant; i++)
        if (!strcmp(w, invariant[i]))
            return false;
    if (!strcmp(w, "child"))
        return put(out, cap, w, n, "ren");
    if (!strcmp(w, "thief"))
        return put(out, cap, w, n - 1, "ves");
    if (ends_with(w, n, "man")) {
        bool skip = false;
        for (size_t i = 0; i < sizeof not_man / sizeof *not_man; i++)
            skip |= !strcmp(w, not_man[i]);
        if (!skip)
            return put(out, cap, w, n - 2, "en");      /* gunman → gunmen */
    }
    if (n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2]))
        return put(out, cap, w, n - 1, "ies");
    if (ends_with(w, n, "ss") || ends_with(w, n, "x") || ends_with(w, n, "z") ||
        ends_with(w, n, "ch") || ends_with(w, n, "sh"))
        return put(out, cap, w, n, "es");
    if (w[n - 1] == 's' || !is_lower(w[n - 1]))
        return false;   /* already plural (troops, forces, news) or not a word */
    return put(out, cap, w, n, "s");
}

/* ---- phrases ------------------------------------------------------------ */

static bool phrase_equal(const tac_dict_phrase *a, const tac_dict_phrase *b)
{
    if (a->nwords != b->nwords || a->flags != b->flags)
        return false;
    for (uint16_t i = 0; i < a->nwords; i++)
        if (strcmp(a->words[i], b->words[i]))
            return false;
    return true;
}

/* Append phrase p to (*arr, *n, *cap) unless an equal one is there. */
static tac_status phrase_push(struct reader *rd, tac_dict_phrase **arr, uint32_t *n, uint32_t *cap,
                              const tac_dict_phrase *p)
{
    for (uint32_t i = 0; i < *n; i++)
        if (phrase_equal(&(*arr)[i], p))
            return TAC_OK;
    if (*n >= TAC_NATIVE_MAX_PER_RECORD)
        return fail_at(rd, TAC_ERR_LIMIT, rd->bol, "record too large",
                       "more than %d phrases in one record", TAC_NATIVE_MAX_PER_RECORD);
    tac_dict_phrase *a = tac_arena_grow(&rd->m->arena, *arr, cap, sizeof *a, *n + 1);
    if (!a)
        return nomem(rd);
    *arr = a;
    a[(*n)++] = *p;
    return TAC_OK;
}

/* A copy of p with word i replaced by w. */
static bool phrase_with(struct reader *rd, const tac_dict_phrase *p, uint16_t i, const char *w,
                        tac_dict_phrase *out)
{
    const char **words = tac_arena_alloc(&rd->m->arena, sizeof(char *) * p->nwords);
    char *copy = tac_arena_strdup(&rd->m->arena, w);
    if (!words || !copy)
        return false;
    memcpy(words, p->words, sizeof(char *) * p->nwords);
    words[i] = copy;
    out->words = words;
    out->nwords = p->nwords;
    out->flags = p->flags;
    out->head = p->head;
    return true;
}

/* Make a phrase of s[0..n) (one list item, already trimmed), checking the
 * limits tac_dict_phrase_make would otherwise truncate silently. */
static tac_status make_phrase(struct reader *rd, const char *s, size_t n, tac_dict_phrase *out)
{
    size_t pos = (size_t)(s - rd->buf);
    uint32_t words = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (is_space(s[i]) || s[i] == '_'))
            i++;
        size_t st = i;
        while (i < n && !is_space(s[i]) && s[i] != '_')
            i++;
        if (i > st) {
            words++;
            if (i - st > TAC_NATIVE_MAX_WORD)
                return fail_at(rd, TAC_ERR_LIMIT, pos + st, "word too long",
                               "more than %d bytes", TAC_NATIVE_MAX_WORD);
        }
    }
    if (words == 0)
        return fail_at(rd, TAC_ERR_FORMAT, pos, "empty phrase", NULL);
    if (words > TAC_NATIVE_MAX_WORDS)
        return fail_at(rd, TAC_ERR_LIMIT, pos, "phrase too long", "more than %d words",
                       TAC_NATIVE_MAX_WORDS);
    memset(out, 0, sizeof *out);
    if (!tac_dict_phrase_make(rd->m, s, n, out))
        return nomem(rd);
    return TAC_OK;
}

/* Call fn for each ';'-separated, trimmed, non-empty item of v[0..n). */
typedef tac_status (*item_fn)(struct reader *rd, const char *s, size_t n, void *ctx);

static tac_status for_each_item(struct reader *rd, const char *v, size_t n, item_fn fn, void *ctx)
{
    size_t i = 0;
    bool any = false;
    while (i <= n) {
        size_t st = i;
        while (i < n && v[i] != ';')
            i++;
        size_t a = st, b = i;
        while (a < b && is_space(v[a]))
            a++;
        while (b > a && is_space(v[b - 1]))
            b--;
        if (b > a) {
            any = true;
            tac_status s = fn(rd, v + a, b - a, ctx);
            if (s)
                return s;
        }
        i++;
    }
    if (!any)
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(v - rd->buf), "empty list", NULL);
    return TAC_OK;
}

/* ---- dates -------------------------------------------------------------- */

/* One 8-digit date with an optional '?' at s[*i]. */
static tac_status parse_date(struct reader *rd, const char *s, size_t n, size_t *i, int32_t *out,
                             bool *uncertain)
{
    size_t st = *i;
    int y = 0, mo = 0, d = 0;
    for (int k = 0; k < 8; k++) {
        if (st + (size_t)k >= n || s[st + k] < '0' || s[st + k] > '9')
            return fail_at(rd, TAC_ERR_FORMAT, (size_t)(s - rd->buf) + st + (size_t)k,
                           "bad date", "dates are 8 digits, YYYYMMDD");
        int dig = s[st + k] - '0';
        if (k < 4)
            y = y * 10 + dig;
        else if (k < 6)
            mo = mo * 10 + dig;
        else
            d = d * 10 + dig;
    }
    if (st + 8 < n && s[st + 8] >= '0' && s[st + 8] <= '9')
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(s - rd->buf) + st + 8, "bad date",
                       "dates are 8 digits, YYYYMMDD");
    if (!tac_date_valid(y, (unsigned)mo, (unsigned)d))
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(s - rd->buf) + st, "bad date",
                       "%.8s is not a calendar date", s + st);
    *out = tac_days_from_civil(y, (unsigned)mo, (unsigned)d);
    *i = st + 8;
    *uncertain = false;
    if (*i < n && s[*i] == '?') {
        *uncertain = true;
        (*i)++;
    }
    return TAC_OK;
}

/* FROM-TO, FROM- or -TO. */
static tac_status parse_range(struct reader *rd, const char *s, size_t n, tac_dict_code *c)
{
    size_t i = 0;
    bool u = false;
    tac_status st;
    c->from = TAC_DATE_OPEN_START;
    c->to = TAC_DATE_OPEN_END;
    if (n == 0 || (s[0] != '-' && (s[0] < '0' || s[0] > '9')))
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(s - rd->buf), "bad date range",
                       "expected FROM-TO, FROM- or -TO with 8-digit dates");
    if (s[0] != '-') {
        if ((st = parse_date(rd, s, n, &i, &c->from, &u)))
            return st;
        if (u)
            c->flags |= TAC_CODEF_FROM_UNCERTAIN;
    }
    if (i >= n || s[i] != '-')
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(s - rd->buf) + i, "bad date range",
                       "expected '-' after the start date");
    i++;
    if (i < n) {
        if ((st = parse_date(rd, s, n, &i, &c->to, &u)))
            return st;
        if (u)
            c->flags |= TAC_CODEF_TO_UNCERTAIN;
    } else if (s[0] == '-') {
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(s - rd->buf), "bad date range",
                       "'-' alone: give a start or an end date");
    }
    if (i != n)
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(s - rd->buf) + i, "bad date range",
                       "unexpected text after the range");
    return TAC_OK;
}

/* ---- fields ------------------------------------------------------------- */

/* Split v[0..n) into its first whitespace-delimited token and the rest. */
static void split_first(const char *v, size_t n, size_t *tok_len, const char **rest, size_t *rest_len)
{
    size_t i = 0;
    while (i < n && !is_space(v[i]))
        i++;
    *tok_len = i;
    while (i < n && is_space(v[i]))
        i++;
    *rest = v + i;
    *rest_len = n - i;
}

static const char *dup(struct reader *rd, const char *s, size_t n)
{
    return tac_arena_strndup(&rd->m->arena, s, n);
}

/* Collapse runs of blanks to one space (pattern text compared by the linter). */
static const char *dup_collapsed(struct reader *rd, const char *s, size_t n)
{
    char *p = tac_arena_alloc(&rd->m->arena, n + 1);
    if (!p)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_space(s[i])) {
            if (o && p[o - 1] != ' ')
                p[o++] = ' ';
        } else {
            p[o++] = s[i];
        }
    }
    while (o && p[o - 1] == ' ')
        o--;
    p[o] = 0;
    return p;
}

static tac_status add_name(struct reader *rd, const char *s, size_t n, void *ctx)
{
    (void)ctx;
    tac_dict_phrase p;
    tac_status st = make_phrase(rd, s, n, &p);
    if (st)
        return st;
    tac_dict_actor *a = rd->r.actor;
    return phrase_push(rd, &a->phrases, &a->nphrases, &rd->cap_phrases, &p);
}

/* Which word of an agent phrase takes the plural: the head noun before
 * "of"/"for" ("minister of defence" → ministers), else the last word. */
static uint16_t head_word(const tac_dict_phrase *p)
{
    for (uint16_t i = 1; i < p->nwords; i++)
        if (!strcmp(p->words[i], "of") || !strcmp(p->words[i], "for"))
            return (uint16_t)(i - 1);
    return (uint16_t)(p->nwords - 1);
}

static tac_status add_agent_name(struct reader *rd, const char *s, size_t n, void *ctx)
{
    (void)ctx;
    tac_dict_phrase p, pl;
    tac_status st = make_phrase(rd, s, n, &p);
    if (st)
        return st;
    tac_dict_agent *a = rd->r.agent;
    if ((st = phrase_push(rd, &a->phrases, &a->nphrases, &rd->cap_phrases, &p)))
        return st;
    uint16_t h = head_word(&p);
    char buf[TAC_NATIVE_MAX_WORD * 2 + 16];
    if (tac_plural(p.words[h], buf, sizeof buf)) {
        if (!phrase_with(rd, &p, h, buf, &pl))
            return nomem(rd);
        return phrase_push(rd, &a->phrases, &a->nphrases, &rd->cap_phrases, &pl);
    }
    return TAC_OK;
}

static tac_status add_form(struct reader *rd, const char *s, size_t n, void *ctx)
{
    (void)ctx;
    tac_dict_phrase p;
    tac_status st = make_phrase(rd, s, n, &p);
    if (st)
        return st;
    tac_dict_verb *v = rd->r.verb;
    return phrase_push(rd, &v->forms, &v->nforms, &rd->cap_phrases, &p);
}

/* The lemma phrase p and the regular inflections of its first word. */
static tac_status add_lemma_forms(struct reader *rd, const tac_dict_phrase *p)
{
    tac_dict_phrase q;
    tac_dict_verb *v = rd->r.verb;
    tac_status st = phrase_push(rd, &v->forms, &v->nforms, &rd->cap_phrases, p);
    if (st)
        return st;
    bool (*const rules[3])(const char *, char *, size_t) = {tac_inflect_s, tac_inflect_ed,
                                                             tac_inflect_ing};
    char buf[TAC_NATIVE_MAX_WORD * 2 + 16];
    for (int k = 0; k < 5; k++) {
        bool ok = k < 3 ? rules[k](p->words[0], buf, sizeof buf)
                        : tac_inflect_british_l(p->words[0], k == 3 ? "ed" : "ing", buf, sizeof buf);
        if (!ok)
            continue;
        if (!phrase_with(rd, p, 0, buf, &q))
            return nomem(rd);
        if ((st = phrase_push(rd, &v->forms, &v->nforms, &rd->cap_phrases, &q)))
            return st;
    }
    return TAC_OK;
}

static tac_status add_lemma(struct reader *rd, const char *s, size_t n, void *ctx)
{
    (void)ctx;
    tac_dict_phrase p, alt;
    tac_status st = make_phrase(rd, s, n, &p);
    if (st)
        return st;
    if ((st = add_lemma_forms(rd, &p)))
        return st;
    /* -ize/-ise and -yze/-yse: news writes both; the other spelling is added
     * (a non-word such as "advize" never occurs in text, so it costs nothing) */
    const char *w = p.words[0];
    size_t wl = strlen(w);
    if (wl >= 6 && wl < TAC_NATIVE_MAX_WORD && (ends_with(w, wl, "ize") || ends_with(w, wl, "ise") ||
                                                ends_with(w, wl, "yze") || ends_with(w, wl, "yse"))) {
        char buf[TAC_NATIVE_MAX_WORD + 1];
        memcpy(buf, w, wl + 1);
        buf[wl - 2] = buf[wl - 2] == 'z' ? 's' : 'z';
        if (!phrase_with(rd, &p, 0, buf, &alt))
            return nomem(rd);
        return add_lemma_forms(rd, &alt);
    }
    return TAC_OK;
}

static tac_status add_synset_word(struct reader *rd, const char *s, size_t n, void *ctx)
{
    (void)ctx;
    tac_dict_phrase p;
    tac_status st = make_phrase(rd, s, n, &p);
    if (st)
        return st;
    tac_dict_synset *y = rd->r.synset;
    return phrase_push(rd, &y->phrases, &y->nphrases, &rd->cap_phrases, &p);
}

static tac_status add_discard(struct reader *rd, const char *s, size_t n, void *ctx)
{
    tac_dict_phrase p;
    tac_status st = make_phrase(rd, s, n, &p);
    if (st)
        return st;
    tac_dict_discard *d = tac_dict_add_discard(rd->m);
    const char *o = origin_here(rd, rd->line);
    if (!d || !o)
        return nomem(rd);
    d->phrase = p;
    d->story = ctx != NULL;
    d->origin = o;
    rd->rec_discards++;
    return TAC_OK;
}

static tac_status actor_code(struct reader *rd, const char *v, size_t n)
{
    size_t tl, rl;
    const char *rest;
    split_first(v, n, &tl, &rest, &rl);
    tac_dict_actor *a = rd->r.actor;
    const char *code = dup(rd, v, tl);
    if (!code)
        return nomem(rd);
    if (rl == 0) {
        if (a->default_code)
            return fail_at(rd, TAC_ERR_FORMAT, (size_t)(v - rd->buf), "second default code",
                           "actor %s already has the undated code %s", rd->rec_name, a->default_code);
        a->default_code = code;
        return TAC_OK;
    }
    size_t el = 0;
    while (el < rl && !is_space(rest[el]))
        el++;
    if (el != rl)
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(rest - rd->buf) + el, "unexpected text",
                       "a code line is CODE [RANGE]");
    tac_dict_code c = {code, 0, 0, 0};
    tac_status st = parse_range(rd, rest, rl, &c);
    if (st)
        return st;
    if (c.flags)
        a->flags |= TAC_ACTORF_UNCERTAIN;
    if (a->ncodes >= TAC_NATIVE_MAX_PER_RECORD)
        return fail_at(rd, TAC_ERR_LIMIT, (size_t)(v - rd->buf), "record too large",
                       "more than %d codes in one record", TAC_NATIVE_MAX_PER_RECORD);
    tac_dict_code *arr = tac_arena_grow(&rd->m->arena, a->codes, &rd->cap_codes, sizeof *arr, a->ncodes + 1);
    if (!arr)
        return nomem(rd);
    a->codes = arr;
    arr[a->ncodes++] = c;
    return TAC_OK;
}

static tac_status actor_kind(struct reader *rd, const char *v, size_t n)
{
    static const struct { const char *name; uint16_t flag; } kinds[] = {
        {"country", TAC_ACTORF_COUNTRY}, {"capital", TAC_ACTORF_CAPITAL}, {"igo", TAC_ACTORF_IGO},
        {"ngo", TAC_ACTORF_NGO},         {"armed", TAC_ACTORF_ARMED},     {"person", TAC_ACTORF_PERSON},
        {"group", TAC_ACTORF_GROUP},     {"other", TAC_ACTORF_OTHER},
    };
    if (rd->has_kind)
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(v - rd->buf), "second kind", NULL);
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        if (strlen(kinds[i].name) == n && !memcmp(kinds[i].name, v, n)) {
            rd->r.actor->flags |= kinds[i].flag;
            rd->has_kind = true;
            return TAC_OK;
        }
    }
    return fail_at(rd, TAC_ERR_FORMAT, (size_t)(v - rd->buf), "unknown kind",
                   "'%.*s': use country, capital, igo, ngo, armed, person, group or other",
                   (int)(n > 40 ? 40 : n), v);
}

static tac_status actor_note(struct reader *rd, const char *v, size_t n)
{
    tac_dict_actor *a = rd->r.actor;
    const char *note = a->note ? tac_arena_printf(&rd->m->arena, "%s %.*s", a->note, (int)n, v)
                               : dup(rd, v, n);
    if (!note)
        return nomem(rd);
    a->note = note;
    return TAC_OK;
}

static tac_status single_token(struct reader *rd, const char *v, size_t n, const char *field,
                               const char **out)
{
    size_t tl, rl;
    const char *rest;
    split_first(v, n, &tl, &rest, &rl);
    if (rl)
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(rest - rd->buf), "unexpected text",
                       "'%s' takes one value", field);
    if (*out || rd->has_code)
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(v - rd->buf), "second code", "'%s' given twice", field);
    rd->has_code = true;
    if (tl == 3 && !memcmp(v, "---", 3)) {
        *out = NULL;
        return TAC_OK;
    }
    *out = dup(rd, v, tl);
    return *out ? TAC_OK : nomem(rd);
}

static tac_status verb_pattern(struct reader *rd, const char *v, size_t n)
{
    size_t tl, rl;
    const char *rest;
    split_first(v, n, &tl, &rest, &rl);
    if (rl == 0)
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(v - rd->buf) + n, "pattern missing",
                       "a pattern line is CODE PATTERN");
    tac_dict_verb *vb = rd->r.verb;
    if (vb->npatterns >= TAC_NATIVE_MAX_PER_RECORD)
        return fail_at(rd, TAC_ERR_LIMIT, (size_t)(v - rd->buf), "record too large",
                       "more than %d patterns in one verb", TAC_NATIVE_MAX_PER_RECORD);
    tac_dict_pattern *arr = tac_arena_grow(&rd->m->arena, vb->patterns, &rd->cap_patterns,
                                           sizeof *arr, vb->npatterns + 1);
    if (!arr)
        return nomem(rd);
    vb->patterns = arr;
    tac_dict_pattern *p = &arr[vb->npatterns];
    p->code = dup(rd, v, tl);
    p->text = dup_collapsed(rd, rest, rl);
    p->origin = origin_here(rd, rd->line);
    if (!p->code || !p->text || !p->origin)
        return nomem(rd);
    vb->npatterns++;
    return TAC_OK;
}

static tac_status field(struct reader *rd, const char *key, size_t kl, const char *v, size_t n)
{
#define IS(k) (kl == sizeof(k) - 1 && !memcmp(key, k, kl))
    if (IS("note") && rd->kind != REC_ACTOR)
        return TAC_OK;   /* notes of other records are comments for reviewers */
    switch (rd->kind) {
    case REC_ACTOR:
        if (IS("name"))
            return for_each_item(rd, v, n, add_name, NULL);
        if (IS("code"))
            return actor_code(rd, v, n);
        if (IS("kind"))
            return actor_kind(rd, v, n);
        if (IS("note"))
            return actor_note(rd, v, n);
        break;
    case REC_AGENT:
        if (IS("name"))
            return for_each_item(rd, v, n, add_agent_name, NULL);
        if (IS("code"))
            return single_token(rd, v, n, "code", &rd->r.agent->code);
        break;
    case REC_VERB:
        if (IS("lemma"))
            return for_each_item(rd, v, n, add_lemma, NULL);
        if (IS("form"))
            return for_each_item(rd, v, n, add_form, NULL);
        if (IS("code"))
            return single_token(rd, v, n, "code", &rd->r.verb->code);
        if (IS("pattern"))
            return verb_pattern(rd, v, n);
        break;
    case REC_SYNSET:
        if (IS("word"))
            return for_each_item(rd, v, n, add_synset_word, NULL);
        break;
    case REC_DISCARD:
        if (IS("word"))
            return for_each_item(rd, v, n, add_discard, NULL);
        if (IS("story"))
            return for_each_item(rd, v, n, add_discard, rd);
        break;
    case REC_NONE:
        break;
    }
#undef IS
    static const char *const allowed[] = {
        [REC_NONE] = "", [REC_ACTOR] = "name, code, kind, note", [REC_AGENT] = "name, code, note",
        [REC_VERB] = "lemma, form, code, pattern, note", [REC_SYNSET] = "word, note",
        [REC_DISCARD] = "word, story, note",
    };
    return fail_at(rd, TAC_ERR_FORMAT, (size_t)(key - rd->buf), "unknown field",
                   "'%.*s' (fields here: %s)", (int)(kl > 40 ? 40 : kl), key, allowed[rd->kind]);
}

/* ---- records ------------------------------------------------------------ */

static tac_status close_record(struct reader *rd)
{
    const char *what = NULL;
    switch (rd->kind) {
    case REC_NONE:
        return TAC_OK;
    case REC_ACTOR:
        if (!rd->r.actor->nphrases)
            what = "an actor needs at least one 'name'";
        break;
    case REC_AGENT:
        if (!rd->r.agent->nphrases)
            what = "an agent needs at least one 'name'";
        else if (!rd->r.agent->code)
            what = "an agent needs a 'code' (~SEC or SEC~)";
        break;
    case REC_VERB:
        if (!rd->r.verb->nforms)
            what = "a verb needs at least one 'lemma'";
        break;
    case REC_SYNSET:
        if (!rd->r.synset->nphrases)
            what = "a synset needs at least one 'word'";
        break;
    case REC_DISCARD:
        if (!rd->rec_discards)
            what = "a discard needs a 'word' or 'story'";
        break;
    }
    rd->kind = REC_NONE;
    if (what)
        return fail_at(rd, TAC_ERR_FORMAT, rd->rec_pos, "incomplete record", "%s %s", what, rd->rec_name);
    return TAC_OK;
}

static tac_status open_record(struct reader *rd, const char *s, size_t n)
{
    static const struct { const char *word; enum rec_kind kind; } kinds[] = {
        {"actor", REC_ACTOR}, {"agent", REC_AGENT}, {"verb", REC_VERB},
        {"synset", REC_SYNSET}, {"discard", REC_DISCARD},
    };
    size_t kl, nl;
    const char *name;
    split_first(s, n, &kl, &name, &nl);
    enum rec_kind kind = REC_NONE;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strlen(kinds[i].word) == kl && !memcmp(kinds[i].word, s, kl))
            kind = kinds[i].kind;
    if (kind == REC_NONE)
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(s - rd->buf), "unknown record",
                       "'%.*s' (records: actor, agent, verb, synset, discard; fields are indented)",
                       (int)(kl > 40 ? 40 : kl), s);
    if (nl == 0)
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(s - rd->buf) + n, "record name missing", NULL);
    for (size_t i = 0; i < nl; i++)
        if (is_space(name[i]))
            return fail_at(rd, TAC_ERR_FORMAT, (size_t)(name - rd->buf) + i, "unexpected text",
                           "a record name is one word (use _ between words)");
    const char *nm = dup(rd, name, nl);
    const char *origin = origin_here(rd, rd->line);
    if (!nm || !origin)
        return nomem(rd);
    rd->kind = kind;
    rd->rec_pos = (size_t)(s - rd->buf);
    rd->rec_line = rd->line;
    rd->rec_name = nm;
    rd->cap_phrases = rd->cap_codes = rd->cap_patterns = 0;
    rd->has_kind = rd->has_code = false;
    rd->rec_discards = 0;
    switch (kind) {
    case REC_ACTOR:
        if (!(rd->r.actor = tac_dict_add_actor(rd->m)))
            return nomem(rd);
        rd->r.actor->name = nm;
        rd->r.actor->origin = origin;
        break;
    case REC_AGENT:
        if (!(rd->r.agent = tac_dict_add_agent(rd->m)))
            return nomem(rd);
        rd->r.agent->name = nm;
        rd->r.agent->origin = origin;
        break;
    case REC_VERB:
        if (!(rd->r.verb = tac_dict_add_verb(rd->m)))
            return nomem(rd);
        rd->r.verb->name = nm;
        rd->r.verb->origin = origin;
        break;
    case REC_SYNSET:
        if (!(rd->r.synset = tac_dict_add_synset(rd->m)))
            return nomem(rd);
        rd->r.synset->name = nm[0] == '&' ? nm + 1 : nm;
        rd->r.synset->origin = origin;
        break;
    case REC_DISCARD:
    case REC_NONE:
        break;
    }
    return TAC_OK;
}

static tac_status directive(struct reader *rd, const char *s, size_t n)
{
    size_t kl, vl;
    const char *v;
    split_first(s, n, &kl, &v, &vl);
    if (kl == 8 && !memcmp(s, "@version", 8)) {
        if (!vl)
            return fail_at(rd, TAC_ERR_FORMAT, (size_t)(s - rd->buf) + n, "@version needs a value", NULL);
        const char *old = rd->m->version;
        if (old) {
            /* several files: keep each distinct version once, in read order */
            for (const char *p = old;;) {
                const char *e = strstr(p, "; ");
                size_t l = e ? (size_t)(e - p) : strlen(p);
                if (l == vl && !memcmp(p, v, vl))
                    return TAC_OK;
                if (!e)
                    break;
                p = e + 2;
            }
            rd->m->version = tac_arena_printf(&rd->m->arena, "%s; %.*s", old, (int)vl, v);
        } else {
            rd->m->version = dup(rd, v, vl);
        }
        return rd->m->version ? TAC_OK : nomem(rd);
    }
    if (kl == 7 && !memcmp(s, "@source", 7)) {
        if (!vl)
            return fail_at(rd, TAC_ERR_FORMAT, (size_t)(s - rd->buf) + n, "@source needs a value", NULL);
        return TAC_OK;   /* documentation for reviewers; not kept in the model */
    }
    return fail_at(rd, TAC_ERR_FORMAT, (size_t)(s - rd->buf), "unknown directive",
                   "'%.*s' (directives: @version, @source)", (int)(kl > 40 ? 40 : kl), s);
}

static tac_status one_line(struct reader *rd, const char *s, size_t n)
{
    /* '#' opens a comment at the start of a line or after a blank, so words
     * such as C# keep theirs. */
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '#' && (i == 0 || is_space(s[i - 1]))) {
            n = i;
            break;
        }
    }
    while (n && (is_space(s[n - 1]) || s[n - 1] == '\r'))
        n--;
    size_t ind = 0;
    while (ind < n && is_space(s[ind]))
        ind++;
    if (ind == n)
        return TAC_OK;
    if (ind == 0) {
        if (s[0] == '@')
            return directive(rd, s, n);
        tac_status st = close_record(rd);
        if (st)
            return st;
        return open_record(rd, s, n);
    }
    if (rd->kind == REC_NONE)
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(s - rd->buf) + ind, "field outside a record",
                       "an indented line belongs to the record above it");
    const char *key = s + ind;
    size_t kl, vl;
    const char *v;
    split_first(key, n - ind, &kl, &v, &vl);
    if (vl == 0)
        return fail_at(rd, TAC_ERR_FORMAT, (size_t)(key - rd->buf) + kl, "value missing",
                       "field '%.*s' has no value", (int)(kl > 40 ? 40 : kl), key);
    return field(rd, key, kl, v, vl);
}

tac_status tac_dict_parse_native(tac_dict_model *m, const char *name, const char *bytes,
                                 size_t len, tac_error *err)
{
    struct reader rd;
    memset(&rd, 0, sizeof rd);
    rd.m = m;
    rd.name = name ? name : "-";
    rd.buf = bytes;
    rd.len = len;
    rd.err = err;
    if (len > TAC_NATIVE_MAX_BYTES)   /* no line to name: do not scan the bytes */
        return tac_fail(err, TAC_ERR_LIMIT, "dictionary file too large", TAC_NATIVE_MAX_BYTES,
                        "%s: more than %u bytes", rd.name, TAC_NATIVE_MAX_BYTES);
    const char *nul = memchr(bytes, 0, len);
    if (nul)
        return fail_at(&rd, TAC_ERR_BINARY, (size_t)(nul - bytes), "NUL byte in a text dictionary", NULL);
    size_t ok = tac_utf8_valid_prefix(bytes, len);
    if (ok < len)
        return fail_at(&rd, TAC_ERR_UTF8, ok, "invalid UTF-8", NULL);
    m->source_hash = tac_hash_seed(bytes, len, m->source_hash);
    size_t i = 0;
    if (len >= 3 && !memcmp(bytes, "\xEF\xBB\xBF", 3))
        i = 3;   /* a byte-order mark some editors write */
    rd.line = 1;
    while (i < len) {
        const char *nl = memchr(bytes + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - bytes) : len;
        rd.bol = i;
        tac_status st = one_line(&rd, bytes + i, e - i);
        if (st)
            return st;
        if (m->arena.failed)
            return nomem(&rd);
        i = e + 1;
        rd.line++;
    }
    rd.bol = len;
    tac_status st = close_record(&rd);
    if (st)
        return st;
    return m->arena.failed ? nomem(&rd) : TAC_OK;
}

tac_status tac_dict_read_native(tac_dict_model *m, const char *path, tac_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return tac_fail(err, TAC_ERR_IO, "cannot open dictionary file", 0, "%s", path);
    tac_buf b;
    tac_buf_init(&b);
    char chunk[65536];
    size_t n;
    bool too_big = false;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + n > TAC_NATIVE_MAX_BYTES) {
            too_big = true;
            break;
        }
        tac_buf_put(&b, chunk, n);
    }
    bool bad = ferror(f);
    fclose(f);
    tac_status st;
    if (bad)
        st = tac_fail(err, TAC_ERR_IO, "cannot read dictionary file", b.len, "%s", path);
    else if (b.failed)
        st = tac_fail(err, TAC_ERR_NOMEM, NULL, 0, "%s", path);
    else if (too_big)
        st = tac_fail(err, TAC_ERR_LIMIT, "dictionary file too large", TAC_NATIVE_MAX_BYTES,
                      "%s: more than %u bytes", path, TAC_NATIVE_MAX_BYTES);
    else
        st = tac_dict_parse_native(m, path, b.data ? b.data : "", b.len, err);
    tac_buf_free(&b);
    return st;
}
