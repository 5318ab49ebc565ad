/*
 * State changes from coded events. The event gives who, whom, when and the
 * CAMEO category; the words of its verb and sentence say which relationship
 * changed and how (a tier name from a ladder, "sanctions", "ties", an
 * organization on one side). Rules are about relationships in general —
 * see docs/ledger.md for the full table.
 */
#include "ledger/ledger.h"
#include "ledger/ledger_impl.h"
#include <stdlib.h>
#include <stdio.h>
#include <ctype.h>

#define TEXT_MAX 8192   /* longer sentences are cut for matching (sentences are ≤ 4 KiB) */

typedef struct sent {
    char low[TEXT_MAX];       /* lower-cased sentence, curly quotes folded     */
    size_t len;
    size_t verb_at;           /* where the verb is in low (0 if unknown)      */
} sent;

static void lower_fold(sent *s, const char *text)
{
    size_t o = 0;
    for (size_t i = 0; text && text[i] && o + 1 < sizeof s->low; i++) {
        unsigned char c = (unsigned char)text[i];
        /* U+2018/2019/201C/201D (E2 80 98..9D) → ' or " so tier names match */
        if (c == 0xE2 && (unsigned char)text[i + 1] == 0x80 && text[i + 2] &&
            (unsigned char)text[i + 2] >= 0x98 && (unsigned char)text[i + 2] <= 0x9D) {
            s->low[o++] = (unsigned char)text[i + 2] <= 0x9B ? '\'' : '"';
            i += 2;
            continue;
        }
        s->low[o++] = (char)tolower(c);
    }
    s->low[o] = 0;
    s->len = o;
}

static bool is_word_char(char c)
{
    return isalnum((unsigned char)c) || c == '-' || (unsigned char)c >= 0x80;
}

/* Position of word-prefix w in s at or after from (w matches the start of a
 * word: "restor" finds "restored"); -1 when absent. */
static long find_prefix(const sent *s, const char *w, size_t from)
{
    size_t wl = strlen(w);
    for (const char *p = s->low + from; (p = strstr(p, w)); p++) {
        size_t at = (size_t)(p - s->low);
        if (at == 0 || !is_word_char(s->low[at - 1]))
            return (long)at;
    }
    (void)wl;
    return -1;
}

/* Whole-phrase match (word boundaries on both sides). */
static long find_phrase(const sent *s, const char *w, size_t from)
{
    size_t wl = strlen(w);
    for (const char *p = s->low + from; (p = strstr(p, w)); p++) {
        size_t at = (size_t)(p - s->low);
        if ((at == 0 || !is_word_char(s->low[at - 1])) && !is_word_char(s->low[at + wl]))
            return (long)at;
    }
    return -1;
}

static bool any_prefix(const sent *s, const char *const *words, size_t from)
{
    for (; *words; words++)
        if (find_prefix(s, *words, from) >= 0)
            return true;
    return false;
}

/* Does word-prefix a occur within `span` bytes before phrase b? */
static bool near_before(const sent *s, const char *const *as, const char *const *bs, size_t span)
{
    for (const char *const *b = bs; *b; b++) {
        for (long bp = find_prefix(s, *b, 0); bp >= 0; bp = find_prefix(s, *b, (size_t)bp + 1)) {
            size_t from = (size_t)bp > span ? (size_t)bp - span : 0;
            for (const char *const *a = as; *a; a++) {
                long ap = find_prefix(s, *a, from);
                if (ap >= 0 && ap < bp)
                    return true;
            }
        }
    }
    return false;
}

static bool verb_is(const char *verb, const char *const *stems)
{
    char low[128];
    size_t i = 0;
    for (; verb && verb[i] && i + 1 < sizeof low; i++)
        low[i] = (char)tolower((unsigned char)verb[i]);
    low[i] = 0;
    for (; *stems; stems++) {
        /* any word of a multi-word verb may carry the stem */
        for (const char *p = low; (p = strstr(p, *stems)); p++)
            if (p == low || p[-1] == ' ')
                return true;
    }
    return false;
}

static bool is_state(const char *c)
{
    if (!c || strlen(c) != 3)
        return false;
    for (int i = 0; i < 3; i++)
        if (c[i] < 'A' || c[i] > 'Z')
            return false;
    return strcmp(c, "IGO") && strcmp(c, "IMG") && strcmp(c, "NGO") && strcmp(c, "NGM") &&
           strcmp(c, "MNC") && strcmp(c, "WST") && strcmp(c, "EUR");
}

static bool is_org(const char *code)
{
    return code && !strncmp(code, "IGO", 3) && strlen(code) > 3;
}

static tac_lmod modality_of(const tac_ledger_event *e, const sent *s)
{
    static const char *const denial[] = {"denies", "denied", "deny", "denying", NULL};
    if (e->mode && !strcmp(e->mode, "hypothetical"))
        return TAC_LMOD_HYPOTHETICAL;
    if ((e->mode && !strcmp(e->mode, "denied")) || any_prefix(s, denial, s->verb_at))
        return TAC_LMOD_DENIED;
    if (e->mode && !strcmp(e->mode, "intent"))
        return TAC_LMOD_ANNOUNCED;
    /* An auxiliary of intention just before the verb ("would upgrade",
     * "agreed to restore") makes a reported change an announcement even when
     * the coder called the event a fact. */
    static const char *const intent[] = {"would", "will", "agreed to", "agree to", "plan", "intend",
                                         "pledg", "promis", "vow", "set to", NULL};
    /* …and a threat or condition makes it hypothetical ("threatened to
     * impose", "could sever", "if … would"). */
    static const char *const hypo[] = {"threat", "could", "might", "may ", "warn", "consider", NULL};
    if (s->verb_at > 0) {
        size_t from = s->verb_at > 24 ? s->verb_at - 24 : 0;
        for (const char *const *w = hypo; *w; w++) {
            long at = find_prefix(s, *w, from);
            if (at >= 0 && (size_t)at < s->verb_at)
                return TAC_LMOD_HYPOTHETICAL;
        }
        for (const char *const *w = intent; *w; w++) {
            long at = find_prefix(s, *w, from);
            if (at >= 0 && (size_t)at < s->verb_at)
                return TAC_LMOD_ANNOUNCED;
        }
    }
    /* A verb of saying whose clause carries the intention ("announced that
     * they would upgrade", "agreed to restore"): the change is announced. */
    static const char *const saying[] = {"announc", "say", "said", "declar", "agree", "decid", NULL};
    if (verb_is(e->verb, saying)) {
        size_t to = s->verb_at + strlen(e->verb ? e->verb : "") + 40;
        for (const char *const *w = intent; *w; w++) {
            long at = find_prefix(s, *w, s->verb_at);
            if (at >= 0 && (size_t)at < to)
                return TAC_LMOD_ANNOUNCED;
        }
    }
    return TAC_LMOD_FACT;
}

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static tac_lchange *emit(tac_ledger *l, tac_ldim dim, const char *x, const char *y, const char *state,
                         const char *detail, const tac_ledger_event *e, tac_lmod mod, int *added)
{
    tac_lchange *c = tac_ledger_push(l);
    if (!c)
        return NULL;
    c->dim = (uint8_t)dim;
    c->modality = (uint8_t)mod;
    tac_ledger_pair(dim, x, y, c->a, c->b);
    snprintf(c->state, sizeof c->state, "%s", state);
    snprintf(c->detail, sizeof c->detail, "%s", detail ? detail : "");
    c->date = e->date != TAC_NO_DATE ? e->date : e->published;
    tac_levidence *ev = &c->evidence[0];
    ev->article = dup_or_null(e->article);
    ev->text = dup_or_null(e->sentence_text);
    ev->event = e->id;
    ev->sentence = (int32_t)e->sentence;
    ev->published = e->published;
    ev->content = e->content;
    c->nevidence = 1;
    c->narticles = 1;
    (*added)++;
    return c;
}

/* The tier of one side's ladder the sentence names: the earliest wording
 * after the verb (else anywhere); at one position the longest wording wins,
 * so "comprehensive strategic partnership" beats "strategic partnership". */
static const tac_ltier *find_tier(const tac_ledger *l, const sent *s, const char *x, const char *y)
{
    for (int pass = 0; pass < 2; pass++) {
        size_t from = pass == 0 ? s->verb_at : 0;
        const tac_ltier *best = NULL;
        long best_at = -1;
        size_t best_len = 0;
        for (size_t i = 0; i < l->ntiers; i++) {
            const tac_ltier *t = &l->tiers[i];
            if (strcmp(t->owner, x) && strcmp(t->owner, y))
                continue;
            long at = find_phrase(s, t->name, from);
            size_t len = strlen(t->name);
            if (at < 0 || (best && (at > best_at || (at == best_at && len <= best_len))))
                continue;
            best = t;
            best_at = at;
            best_len = len;
        }
        if (best)
            return best;
    }
    return NULL;
}

static void scope_words(const sent *s, char *out, size_t cap)
{
    static const char *const scopes[] = {"arms", "oil", "financial", "economic", "trade", "travel",
                                         "technology", "export", "banking", "gas", "visa", "military",
                                         "nuclear", "sectoral", "individual", NULL};
    out[0] = 0;
    size_t o = 0;
    for (const char *const *w = scopes; *w; w++) {
        if (find_phrase(s, *w, 0) >= 0) {
            int n = snprintf(out + o, cap - o, "%s%s", o ? "; " : "", *w);
            if (n < 0 || (size_t)n >= cap - o)
                break;
            o += (size_t)n;
        }
    }
}

/* Does the verb take an object that is not the relationship itself ("suspended
 * aid to", "left the summit", "expelled the envoy")? Looked for in the few
 * words after the verb. */
static bool object_after_verb(const sent *s, const char *verb)
{
    static const char *const objects[] = {
        "aid", "assistance", "fund", "cooperation", "talks", "flight", "trade", "program", "envoy",
        "ambassador", "delegation", "troops", "forces", "summit", "meeting", "session", "conference",
        "mission", "operation", "exercise", "drill", "negotiat", "deal", "agreement", "statement",
        "proposal", "plan", "request", "offer", "decision", "loan", "payment", "visit", NULL};
    size_t from = s->verb_at, to = s->verb_at + strlen(verb ? verb : "") + 40;
    for (const char *const *w = objects; *w; w++) {
        long at = find_prefix(s, *w, from);
        if (at >= 0 && (size_t)at < to)
            return true;
    }
    return false;
}

/* Is a word of ws within the clause of the verb (from the verb to 24 bytes
 * after it)? "agreed to restore ties" yes; "welcomed the decision of Iran and
 * Saudi Arabia to restore relations" no: the welcome does not restore. */
static bool near_verb(const sent *s, const char *verb, const char *const *ws)
{
    if (s->verb_at == 0 && !(verb && *verb))
        return true;   /* verb position unknown: the sentence decides */
    size_t to = s->verb_at + strlen(verb ? verb : "") + 24;
    for (; *ws; ws++) {
        long at = find_prefix(s, *ws, s->verb_at);
        if (at >= 0 && (size_t)at < to)
            return true;
    }
    return false;
}

static const char *const RESTORE[] = {"restor", "re-establish", "reestablish", "resum", "normaliz", "normalis",
                                      "renew", "re-open", "reopen", NULL};
static const char *const TIES[] = {"relations", "ties", "diplomatic relations", NULL};

static void one_event(tac_ledger *l, const tac_ledger_event *e, const sent *s, int *added)
{
    const char *code = e->code ? e->code : "";
    const char *sc = e->source_country, *tc = e->target_country;
    const char *src = e->source ? e->source : "", *tgt = e->target ? e->target : "";
    tac_lmod mod = modality_of(e, s);
    /* Mediation (045/046) changes the parties' relationship, not the
     * mediator's with each of them: handled per sentence below. */
    bool mediation = !strncmp(code, "045", 3) || !strncmp(code, "046", 3);
    bool coop = !mediation && (!strncmp(code, "03", 2) || !strncmp(code, "04", 2) || !strncmp(code, "05", 2) ||
                               !strncmp(code, "06", 2));

    /* sanctions: directed, from whoever imposes them (a state, a bloc, an IGO) */
    /* Checked before membership: an organization sanctioning a state is a
     * sanction. CAMEO 163 also covers boycotts and bans ("barred ministers
     * from campaigning"), which are not a sanctions regime: the sentence must
     * name sanctions. */
    static const char *const sanction_word[] = {"sanction", "embargo", "restrictive measure", "asset freeze",
                                                "blacklist", NULL};
    bool sanction_words = any_prefix(s, sanction_word, 0);
    if (tc && *tc && sanction_words && (!strncmp(code, "163", 3) || !strncmp(code, "08", 2))) {
        static const char *const lift[] = {"lift", "remov", "end", "scrap", "revok", "drop", "terminat", NULL};
        static const char *const tighten[] = {"tighten", "expand", "extend", "widen", "step", NULL};
        static const char *const more[] = {"new", "additional", "more", "further", "fresh", "tougher", NULL};
        char scope[96];
        scope_words(s, scope, sizeof scope);
        const char *state;
        if (!strncmp(code, "163", 3))
            state = verb_is(e->verb, tighten) || any_prefix(s, more, 0) ? "tightened" : "imposed";
        else
            state = verb_is(e->verb, lift) ? "lifted" : "eased";
        const char *who = e->source && !strncmp(e->source, "IGO", 3) ? e->source : sc;
        const char *whom = tc;
        if (who && *who)
            emit(l, TAC_LDIM_SANCTIONS, who, whom, state, scope, e, mod, added);
        return;
    }

    /* membership: an organization on one side, a state on the other */
    if ((is_org(src) && is_state(tc)) || (is_org(tgt) && is_state(sc))) {
        const char *org = is_org(src) ? src : tgt;
        const char *member = is_org(src) ? tc : sc;
        /* Strong verbs name a membership change by themselves; weak ones
         * ("return", "welcome", "accept") need a membership word in the
         * sentence. Any of them is ignored when its object is something
         * else: "suspended aid", "left the summit", "joined the talks". */
        static const char *const readmit[] = {"readmit", "re-admit", "reinstat", "rejoin", "re-join", NULL};
        static const char *const readmit_weak[] = {"restor", "return", NULL};
        static const char *const suspend[] = {"suspend", NULL};
        static const char *const expel[] = {"expel", NULL};
        static const char *const join[] = {"join", "admit", "accede", NULL};
        static const char *const join_weak[] = {"accept", "welcom", NULL};
        static const char *const leave[] = {"withdr", "leav", "left", "quit", "exit", "pull", NULL};
        static const char *const apply[] = {"appl", NULL};
        static const char *const member_words[] = {"member", "seat", "accession", "admission", "readmi",
                                                   "rejoin", NULL};
        bool ctx = any_prefix(s, member_words, 0);
        bool other = object_after_verb(s, e->verb);
        const char *state = NULL, *detail = "";
        if (other && !ctx)
            ;
        else if (verb_is(e->verb, readmit) || (!strcmp(code, "050") && find_prefix(s, "readmi", 0) >= 0) ||
                 (ctx && verb_is(e->verb, readmit_weak)))
            state = "readmitted";
        else if (verb_is(e->verb, suspend) || (!strcmp(code, "161") && find_prefix(s, "suspen", 0) >= 0 && ctx))
            state = "suspended";
        else if (verb_is(e->verb, expel))
            state = "withdrawn", detail = "expelled";
        else if (verb_is(e->verb, leave))
            state = "withdrawn";
        else if (verb_is(e->verb, join) || (ctx && verb_is(e->verb, join_weak)))
            state = "member";
        else if (verb_is(e->verb, apply) && find_prefix(s, "member", 0) >= 0)
            state = "applicant";
        if (state)
            emit(l, TAC_LDIM_MEMBERSHIP, member, org, state, detail, e, mod, added);
        return;
    }

    if (!is_state(sc) || !is_state(tc) || !strcmp(sc, tc))
        return;

    /* diplomatic ties */
    /* one diplomat sent home is not a downgrade; an ambassador or diplomats are */
    static const char *const envoy[] = {"ambassador", "envoy", "diplomats", "embassy", "high commission",
                                        "chargé", "charge d'affaires", NULL};
    static const char *const cut[] = {"sever", "cut", "break", "broke", "suspend", "end", NULL};
    static const char *const downgrade[] = {"expel", "recall", "withdr", "downgrad", NULL};
    if (!strncmp(code, "16", 2) || any_prefix(s, TIES, 0)) {
        if (verb_is(e->verb, cut) && any_prefix(s, TIES, 0) && !strncmp(code, "16", 2)) {
            emit(l, TAC_LDIM_TIES, sc, tc, "severed", "", e, mod, added);
            return;
        }
        if (verb_is(e->verb, downgrade) && any_prefix(s, envoy, 0) && !strncmp(code, "16", 2)) {
            emit(l, TAC_LDIM_TIES, sc, tc, "downgraded", "", e, mod, added);
            return;
        }
    }
    if (coop && near_before(s, RESTORE, TIES, 40) && near_verb(s, e->verb, RESTORE)) {
        emit(l, TAC_LDIM_TIES, sc, tc, "restored", "", e, mod, added);
        return;
    }
    static const char *const establish[] = {"establish", "forg", "open", NULL};
    static const char *const diplomatic[] = {"diplomatic relations", "diplomatic ties", NULL};
    if (coop && near_before(s, establish, diplomatic, 30) && near_verb(s, e->verb, establish)) {
        emit(l, TAC_LDIM_TIES, sc, tc, "established", "", e, mod, added);
        return;
    }

    /* a formal agreement in force */
    if (!strcmp(code, "057")) {
        static const char *const defence[] = {"defence", "defense", "mutual defense", "security treaty",
                                              "security pact", "alliance", NULL};
        static const char *const fta[] = {"free trade", "free-trade", NULL};
        if (any_prefix(s, defence, 0))
            emit(l, TAC_LDIM_AGREEMENT, sc, tc, "in_force", "defence agreement", e, mod, added);
        else if (any_prefix(s, fta, 0))
            emit(l, TAC_LDIM_AGREEMENT, sc, tc, "in_force", "free-trade agreement", e, mod, added);
    }

    /* partnership tier: a cooperative act in a sentence naming a rung of one
     * side's ladder */
    if (coop) {
        const tac_ltier *t = find_tier(l, s, sc, tc);
        if (t) {
            tac_lchange *c = emit(l, TAC_LDIM_PARTNERSHIP, sc, tc, t->canonical, "", e, mod, added);
            if (c)
                snprintf(c->owner, sizeof c->owner, "%s", t->owner);
        }
    }
}

int tac_ledger_add_sentence(tac_ledger *l, const tac_ledger_event *evs, size_t n)
{
    if (n == 0)
        return 0;
    sent *s = malloc(sizeof *s);
    if (!s)
        return -1;
    lower_fold(s, evs[0].sentence_text);
    size_t before = l->n;
    int added = 0;
    for (size_t i = 0; i < n; i++) {
        const tac_ledger_event *e = &evs[i];
        if (e->negated || (e->mode && !strcmp(e->mode, "negated")))
            continue;
        s->verb_at = 0;
        if (e->verb && *e->verb) {
            char v[128];
            size_t k = 0;
            for (; e->verb[k] && k + 1 < sizeof v; k++)
                v[k] = (char)tolower((unsigned char)e->verb[k]);
            v[k] = 0;
            long at = find_prefix(s, v, 0);
            s->verb_at = at > 0 ? (size_t)at : 0;
        }
        one_event(l, e, s, &added);
    }
    /* Mediation: X mediates (045) towards two parties in a sentence about
     * restoring relations → the parties' ties restored, X as mediator. */
    for (size_t i = 0; i < n; i++) {
        const tac_ledger_event *x = &evs[i];
        if (!x->code || strcmp(x->code, "045") || !is_state(x->target_country))
            continue;
        for (size_t j = i + 1; j < n; j++) {
            const tac_ledger_event *y = &evs[j];
            if (!y->code || strcmp(y->code, "045") || !x->source || !y->source || strcmp(x->source, y->source) ||
                !is_state(y->target_country) || !strcmp(x->target_country, y->target_country))
                continue;
            s->verb_at = 0;
            if (!near_before(s, RESTORE, TIES, 60))
                continue;
            static const char *const agree[] = {"agree", "would", "will", "plan", NULL};
            tac_lmod mod = any_prefix(s, agree, 0) ? TAC_LMOD_ANNOUNCED : modality_of(x, s);
            tac_lchange *c = emit(l, TAC_LDIM_TIES, x->target_country, y->target_country, "restored", "", x, mod,
                                  &added);
            if (c) {
                snprintf(c->via, sizeof c->via, "%s", x->source_country && *x->source_country ? x->source_country
                                                                                               : x->source);
                if (c->nevidence < TAC_LEDGER_MAX_EVIDENCE && y->id != x->id) {
                    tac_levidence *ev = &c->evidence[c->nevidence++];
                    ev->article = dup_or_null(y->article);
                    ev->text = NULL;
                    ev->event = y->id;
                    ev->sentence = (int32_t)y->sentence;
                    ev->published = y->published;
                    ev->content = y->content;
                }
            }
        }
    }
    free(s);
    if (added && l->n < before + (size_t)added)
        return -1;
    return added;
}
