/* The coder: see code/coder.h for the contract and the order of the steps. */
#include "code/coder.h"
#include "resolve/resolve.h"
#include "core/norm.h"
#include "segment/tagger.h"
#include <stdlib.h>
#include <stdio.h>
#include <ctype.h>

#define MAX_WORDS 512          /* words of one sentence after splitting     */
#define MAX_UNITS 256
#define MAX_MEMBERS 16         /* actors of one compound phrase              */
#define MAX_AGENTS 4
#define MAX_VERBS 64
#define MATCH_BUDGET 4096      /* backtracking steps per pattern             */
#define REF_NONE (-(1 << 28))  /* "no antecedent yet" for a sentence number:
                                  earlier records of an article carry
                                  negative numbers (tac_code_context)       */

/* ---- word classes -------------------------------------------------------- */

enum wclass {
    W_CONTENT = 0, W_PUNCT, W_COMMA, W_SEMI, W_CONJ, W_DET, W_POSS, W_PREP, W_TO, W_AUX, W_NEG,
    W_PRON, W_SUB, W_APOS, W_NUM, W_ADV, W_QUOTE
};

typedef struct lex { const char *w; uint8_t cls; uint8_t sub; } lex;

/* Closed-class English words (sub = 1: also opens a subordinate clause). */
static const lex LEXICON[] = {
    {"a", W_DET, 0}, {"an", W_DET, 0}, {"the", W_DET, 0}, {"this", W_DET, 0}, {"these", W_DET, 0},
    {"those", W_DET, 0}, {"some", W_DET, 0}, {"any", W_DET, 0}, {"all", W_DET, 0}, {"every", W_DET, 0},
    {"each", W_DET, 0}, {"another", W_DET, 0}, {"no", W_DET, 0}, {"both", W_DET, 0}, {"either", W_DET, 0},
    {"neither", W_DET, 0}, {"several", W_DET, 0}, {"many", W_DET, 0}, {"few", W_DET, 0}, {"such", W_DET, 0},
    {"his", W_POSS, 0}, {"her", W_POSS, 0}, {"its", W_POSS, 0}, {"their", W_POSS, 0}, {"our", W_POSS, 0},
    {"my", W_POSS, 0}, {"your", W_POSS, 0},
    {"he", W_PRON, 0}, {"she", W_PRON, 0}, {"it", W_PRON, 0}, {"they", W_PRON, 0}, {"we", W_PRON, 0},
    {"i", W_PRON, 0}, {"you", W_PRON, 0}, {"him", W_PRON, 0}, {"them", W_PRON, 0}, {"us", W_PRON, 0},
    {"me", W_PRON, 0}, {"there", W_PRON, 0},
    {"of", W_PREP, 0}, {"in", W_PREP, 0}, {"on", W_PREP, 0}, {"at", W_PREP, 0}, {"by", W_PREP, 0},
    {"for", W_PREP, 0}, {"with", W_PREP, 0}, {"from", W_PREP, 0}, {"into", W_PREP, 0}, {"onto", W_PREP, 0},
    {"over", W_PREP, 0}, {"under", W_PREP, 0}, {"against", W_PREP, 0}, {"about", W_PREP, 0},
    {"between", W_PREP, 0}, {"among", W_PREP, 0}, {"amid", W_PREP, 0}, {"after", W_PREP, 1},
    {"before", W_PREP, 1}, {"during", W_PREP, 0}, {"since", W_PREP, 1}, {"until", W_PREP, 1},
    {"toward", W_PREP, 0}, {"towards", W_PREP, 0}, {"through", W_PREP, 0}, {"across", W_PREP, 0},
    {"near", W_PREP, 0}, {"via", W_PREP, 0}, {"without", W_PREP, 0}, {"within", W_PREP, 0},
    {"despite", W_PREP, 0}, {"including", W_PREP, 0}, {"per", W_PREP, 0}, {"upon", W_PREP, 0},
    {"than", W_PREP, 0}, {"along", W_PREP, 0}, {"around", W_PREP, 0}, {"behind", W_PREP, 0},
    {"beyond", W_PREP, 0}, {"below", W_PREP, 0}, {"above", W_PREP, 0}, {"like", W_PREP, 0},
    {"according", W_PREP, 0}, {"as", W_PREP, 1},
    {"to", W_TO, 0},
    {"and", W_CONJ, 0}, {"or", W_CONJ, 0}, {"nor", W_CONJ, 0}, {"but", W_CONJ, 0},
    {"is", W_AUX, 0}, {"are", W_AUX, 0}, {"was", W_AUX, 0}, {"were", W_AUX, 0}, {"be", W_AUX, 0},
    {"been", W_AUX, 0}, {"being", W_AUX, 0}, {"am", W_AUX, 0}, {"has", W_AUX, 0}, {"have", W_AUX, 0},
    {"had", W_AUX, 0}, {"having", W_AUX, 0}, {"do", W_AUX, 0}, {"does", W_AUX, 0}, {"did", W_AUX, 0},
    {"will", W_AUX, 0}, {"would", W_AUX, 0}, {"shall", W_AUX, 0}, {"should", W_AUX, 0}, {"can", W_AUX, 0},
    {"could", W_AUX, 0}, {"may", W_AUX, 0}, {"might", W_AUX, 0}, {"must", W_AUX, 0}, {"wo", W_AUX, 0},
    {"ca", W_AUX, 0},
    {"not", W_NEG, 0}, {"n't", W_NEG, 0}, {"never", W_NEG, 0},
    {"that", W_SUB, 1}, {"which", W_SUB, 1}, {"who", W_SUB, 1}, {"whom", W_SUB, 1}, {"whose", W_SUB, 1},
    {"when", W_SUB, 1}, {"while", W_SUB, 1}, {"where", W_SUB, 1}, {"because", W_SUB, 1},
    {"although", W_SUB, 1}, {"though", W_SUB, 1}, {"if", W_SUB, 1}, {"unless", W_SUB, 1},
    {"whether", W_SUB, 1},
    {"'s", W_APOS, 0}, {"'", W_APOS, 0},
    {"again", W_ADV, 0}, {"also", W_ADV, 0}, {"already", W_ADV, 0}, {"still", W_ADV, 0},
    {"just", W_ADV, 0}, {"now", W_ADV, 0}, {"then", W_ADV, 0}, {"soon", W_ADV, 0}, {"later", W_ADV, 0},
    {"earlier", W_ADV, 0}, {"ever", W_ADV, 0}, {"even", W_ADV, 0}, {"yet", W_ADV, 0}, {"once", W_ADV, 0},
    {"today", W_ADV, 0}, {"yesterday", W_ADV, 0}, {"tomorrow", W_ADV, 0},
};

static const lex *lex_find_hashed(const tac_coder *c, const char *w, uint64_t h)
{
    if (h == 0)
        h = 1;
    for (uint32_t i = (uint32_t)h & (TAC_LEX_SLOTS - 1);; i = (i + 1) & (TAC_LEX_SLOTS - 1)) {
        if (c->lex[i].hash == 0)
            return NULL;   /* the table is a third full: a probe ends soon */
        if (c->lex[i].hash == h && !strcmp(LEXICON[c->lex[i].entry].w, w))
            return &LEXICON[c->lex[i].entry];
    }
}

static void lex_build(tac_coder *c)
{
    for (size_t k = 0; k < sizeof LEXICON / sizeof *LEXICON; k++) {
        uint64_t h = tac_hash(LEXICON[k].w, strlen(LEXICON[k].w));
        if (h == 0)
            h = 1;
        uint32_t i = (uint32_t)h & (TAC_LEX_SLOTS - 1);
        while (c->lex[i].hash)
            i = (i + 1) & (TAC_LEX_SLOTS - 1);
        c->lex[i].hash = h;
        c->lex[i].entry = (uint16_t)k;
    }
}


/* ---- per-sentence state ------------------------------------------------ */

#define WF_ACTOR   0x0001   /* inside an actor match                         */
#define WF_AGENT   0x0002
#define WF_DELETED 0x0004   /* in a deleted comma clause                     */
#define WF_VERB    0x0008   /* first word of a verb candidate (not a noun)   */
#define WF_NOUNV   0x0010   /* a verb form used as a noun                    */
#define WF_SUB     0x0020   /* opens a subordinate clause                    */
#define WF_VERBW   0x0040   /* any word of a verb candidate                  */

typedef struct cword {
    const char *w;
    uint32_t tok;           /* doc token index                              */
    uint32_t start, end;    /* src span                                     */
    uint64_t h;
    uint16_t len;
    uint8_t cls;
    uint16_t flags;
    int16_t unit;           /* unit (noun phrase group) covering it, or -1   */
    int16_t match;          /* actor/agent match starting here, or -1        */
} cword;

typedef struct amatch {
    uint16_t first, last;   /* live word range, inclusive                    */
    uint8_t kind;           /* TAC_IX_ACTOR / TAC_IX_AGENT                   */
    uint32_t id;
} amatch;

typedef struct member {
    const tac_dict_actor *actor;  /* NULL: agent only                         */
    const char *code;             /* resolved code with agents (arena)        */
    const tac_dict_code *rule;    /* date rule used, or NULL                  */
    const char *agent;            /* agent entry name or NULL                 */
    uint16_t first, last;         /* words naming it                          */
    bool inferred;                /* its country is the state named last, not
                                     one the phrase names ("security forces") */
} member;

typedef struct unit {
    uint16_t first, last;         /* live word range                          */
    member *m;                    /* its members, in sctx.mem                  */
    uint8_t n;
    bool compound;                /* joined by and/or/commas                  */
} unit;

/* The scalar state of a binding: what match_elems saves and restores when
 * it backtracks (the arrays past nskipped/nconsumed are dead). */
typedef struct bmark {
    int16_t source, target;
    uint8_t nskipped, nconsumed;
    bool compound_upper, compound_lower;
    int weight;
    uint32_t budget;
} bmark;

typedef struct binding {
    int16_t source, target, skipped[4];
    uint8_t nskipped;
    bool compound_upper, compound_lower;
    uint16_t consumed[32];
    uint8_t nconsumed;
    int weight;
    uint32_t budget;
} binding;

static inline bmark bmark_save(const binding *b)
{
    return (bmark){b->source, b->target, b->nskipped, b->nconsumed, b->compound_upper, b->compound_lower,
                   b->weight, b->budget};
}

static inline void bmark_restore(binding *b, const bmark *m)
{
    b->source = m->source;
    b->target = m->target;
    b->nskipped = m->nskipped;
    b->nconsumed = m->nconsumed;
    b->compound_upper = m->compound_upper;
    b->compound_lower = m->compound_lower;
    b->weight = m->weight;
    b->budget = m->budget;
}

/* A synset member starting at a live word: synset id and length in words. */
typedef struct synhit {
    uint32_t synset;
    uint16_t len;
} synhit;

typedef struct vocc {
    uint16_t first, last, head;   /* live word range of the verb form          */
    uint32_t verbs[4];            /* model verb ids sharing the form           */
    uint8_t nverbs;
    bool coded, suppressed, emitted;
    int16_t source_unit;          /* resolved source (for "and" + verb)        */
    int16_t target_unit;          /* resolved target, -1 none (shared below)   */
    const struct tac_cpattern *best;  /* winning pattern (mark_consumed) or NULL */
    binding bb;                   /* its slots and consumed words              */
    bool dated;                   /* date below resolved (once per verb)       */
    int32_t date;
    uint8_t date_basis;
    tac_span date_span;
} vocc;

typedef struct sctx {
    const tac_coder *c;
    const tac_dict *d;
    tac_doc *doc;
    uint32_t sentence;
    int32_t date;
    bool trace;
    cword *w;                     /* all words                                 */
    uint32_t nw;
    uint16_t *live;               /* indices of non-deleted words              */
    uint32_t nl;
    amatch *am;
    uint32_t nam;
    unit *u;
    uint32_t nu;
    vocc *v;
    uint32_t nv;
    uint32_t capw, capu;          /* sizes of w/live/am and of u               */
    uint64_t bloom;               /* bloom bits of the live words' hashes      */
    const tac_dict_actor *last_country; /* last state named in the article ("the country") */
    int32_t last_country_sentence;      /* the sentence that named it          */
    /* what references point to ("he", "the two sides"): the last person
     * and the last two parties of different countries named in the
     * article, each with the sentence that named it (copies: members of
     * earlier sentences are gone) */
    member ref_person;
    int32_t ref_person_sentence;      /* REF_NONE: none yet                 */
    member ref_pair[2];               /* [1] is the more recent             */
    int32_t ref_pair_sentence[2];     /* REF_NONE: none yet                 */
    /* acts named with their actor ("a US missile strike"), for "the
     * strike" later: the act noun (singular), its actor, the sentence */
    struct {
        char noun[24];
        member m;
        int32_t sentence;
    } ref_act[4];
    uint32_t nref_act;                /* ring: the next slot is nref_act % 4 */
    member *mem;                  /* members of all units, unit by unit        */
    uint32_t nmem, capm;
    char *scratch;                /* split word storage                        */
    size_t scratch_len, scratch_cap;
    const vocc *ulo_verb;         /* memo of try_pattern's clause start: it    */
    int ulo;                      /* depends on the verb, not the pattern      */
    uint64_t *lh;                 /* hashes of the live words, in order        */
    uint64_t *synmask;            /* bit (synset % 64) of each hit starting at
                                     live word i: a quick "not here"           */
    uint32_t *syn_off;            /* live word i's synset hits:                */
    synhit *hits;                 /* hits[syn_off[i] .. syn_off[i+1])          */
    uint32_t nhits, caphits;
} sctx;

#define LW(s, i) (&(s)->w[(s)->live[i]])

/* ---- trace ---------------------------------------------------------------- */

static void trace(sctx *s, const char *kind, int32_t event, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void trace(sctx *s, const char *kind, int32_t event, const char *fmt, ...)
{
    if (!s->trace)
        return;
    tac_doc *doc = s->doc;
    if (!doc->trace) {
        doc->trace = tac_arena_calloc(&doc->arena, 1, sizeof *doc->trace);
        if (!doc->trace)
            return;
    }
    struct tac_trace *t = doc->trace;
    tac_trace_step *p = tac_arena_grow(&doc->arena, t->steps, &t->cap, sizeof *p, t->nsteps + 1);
    if (!p)
        return;
    t->steps = p;
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    p[t->nsteps++] = (tac_trace_step){s->sentence, kind, tac_arena_strdup(&doc->arena, buf), event};
}

/* Words [a,b] (live indices) as text, for the trace. */
static const char *live_text(sctx *s, uint32_t a, uint32_t b)
{
    if (!s->trace)
        return "";
    char buf[1024];
    size_t o = 0;
    for (uint32_t i = a; i <= b && i < s->nl && o < sizeof buf - 64; i++)
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i > a ? " " : "", LW(s, i)->w);
    return tac_arena_strndup(&s->doc->arena, buf, o);
}

/* ---- words ---------------------------------------------------------------- */

static const char *scratch_put(sctx *s, const char *p, size_t n)
{
    const char *r = tac_arena_strndup(&s->doc->arena, p, n);
    return r ? r : "";
}

static bool add_word(sctx *s, const char *w, size_t len, uint32_t tok, uint32_t start, uint32_t end)
{
    if (s->nw >= s->capw)
        return false;
    cword *cw = &s->w[s->nw++];
    memset(cw, 0, sizeof *cw);
    cw->w = w;
    cw->len = (uint16_t)len;
    cw->tok = tok;
    cw->start = start;
    cw->end = end;
    cw->h = tac_hash(w, len);
    cw->unit = -1;
    cw->match = -1;
    const tac_token *t = &s->doc->tokens[tok];
    if (t->kind == TAC_TOK_PUNCT || t->kind == TAC_TOK_SYMBOL) {
        cw->cls = !strcmp(w, ",") ? W_COMMA
                  : (!strcmp(w, ";") || !strcmp(w, ":") || !strcmp(w, "--")) ? W_SEMI
                  : (w[0] == '"' || w[0] == '`' || !strcmp(w, "''")) ? W_QUOTE
                  : W_PUNCT;
        return true;
    }
    if (t->kind == TAC_TOK_NUMBER) {
        cw->cls = W_NUM;
        return true;
    }
    const lex *lx = lex_find_hashed(s->c, w, cw->h);
    if (lx) {
        cw->cls = lx->cls;
        if (lx->sub)
            cw->flags |= WF_SUB;
    } else if (len > 3 && !strcmp(w + len - 2, "ly")) {
        cw->cls = W_ADV;
    }
    return true;
}

static bool actor_starts_with(sctx *s, const char *w, size_t n)
{
    uint32_t k;
    const tac_ix_cand *c = tac_dict_lookup_hash(s->d, tac_hash(w, n), &k);
    for (uint32_t i = 0; i < k; i++)
        if (c[i].kind == TAC_IX_ACTOR && strlen(c[i].words[0]) == n && !memcmp(c[i].words[0], w, n))
            return true;
    return false;
}

/* A word token "A-B" joining two capitalized names, the first of them an
 * actor's ("China-Bangladesh", "US-China"), that is not itself the start of
 * an actor name ("Guinea-Bissau"): *cut gets the hyphen's offset. */
static bool pair_hyphen(sctx *s, const tac_token *t, const char *w, size_t n, size_t *cut)
{
    if (t->kind != TAC_TOK_WORD || t->span.end - t->span.start != n)
        return false;
    const char *h = memchr(w, '-', n);
    if (!h || h == w || (size_t)(h - w) + 1 >= n || memchr(h + 1, '-', n - (size_t)(h - w) - 1))
        return false;
    size_t k = (size_t)(h - w);
    const char *src = s->doc->src + t->span.start;
    if (!isupper((unsigned char)src[0]) || !isupper((unsigned char)src[k + 1]))
        return false;
    if (!actor_starts_with(s, w, k) || actor_starts_with(s, w, n))
        return false;
    *cut = k;
    return true;
}

/* Split tokens into words: "didn't" → did n't, "Gondor's" → gondor 's,
 * "Dol_Amroth" → dol amroth. */
static bool build_words(sctx *s, const tac_sentence *st)
{
    for (uint32_t ti = st->first_token; ti < st->first_token + st->ntokens; ti++) {
        const tac_token *t = &s->doc->tokens[ti];
        const char *w = tac_tok_norm(s->doc, t);
        size_t len = t->norm_len;
        if (len == 0)
            continue;
        /* underscores join words in dictionaries; in text they separate */
        size_t p = 0;
        while (p < len) {
            size_t q = p;
            while (q < len && w[q] != '_')
                q++;
            if (q > p) {
                const char *part = (p == 0 && q == len) ? w : scratch_put(s, w + p, q - p);
                size_t plen = q - p;
                size_t cut = t->kind == TAC_TOK_WORD ? tac_dict_split_word(part, plen) : plen;
                if (cut != plen && cut > 0) {
                    if (!add_word(s, scratch_put(s, part, cut), cut, ti, t->span.start, t->span.end))
                        return false;
                    if (!add_word(s, part + cut, plen - cut, ti, t->span.start, t->span.end))
                        return false;
                } else if (p == 0 && q == len && pair_hyphen(s, t, part, plen, &cut)) {
                    /* "China-South Africa relations": the two names and
                     * an "and" between them, so they form a compound */
                    uint32_t h = t->span.start + (uint32_t)cut;
                    if (!add_word(s, scratch_put(s, part, cut), cut, ti, t->span.start, h) ||
                        !add_word(s, "and", 3, ti, h, h + 1) ||
                        !add_word(s, part + cut + 1, plen - cut - 1, ti, h + 1, t->span.end))
                        return false;
                } else if (!add_word(s, part, plen, ti, t->span.start, t->span.end)) {
                    return false;
                }
            }
            p = q + 1;
        }
    }
    return true;
}

/* ---- matching helpers ------------------------------------------------------ */

/* Does candidate c match the live words starting at live index i? Returns the
 * last live index matched, or -1. Gaps (c->gaps) may skip up to two content
 * words between consecutive words. */
/* Index candidates whose first word is cw's word. The index is keyed by
 * hash and a run holds one word (unless the load saw two words share a
 * hash), so one comparison rules out a collision for the whole run. */
static const tac_ix_cand *cands_of(const sctx *s, const cword *cw, uint32_t *n)
{
    const tac_ix_cand *c = tac_dict_lookup_hash(s->d, cw->h, n);
    if (*n && !s->d->mixed_runs && strcmp(c[0].words[0], cw->w))
        *n = 0;
    return c;
}

static inline bool first_word_is(const sctx *s, const tac_ix_cand *c, const cword *cw)
{
    return !s->d->mixed_runs || !strcmp(c->words[0], cw->w);
}

static int match_cand(sctx *s, const tac_ix_cand *c, uint32_t i)
{
    uint32_t p = i;
    for (uint16_t k = 1; k < c->nwords; k++) {
        uint32_t q = p + 1;
        int skipped = 0;
        for (;;) {
            if (q >= s->nl)
                return -1;
            const cword *cw = LW(s, q);
            if (cw->h == c->hashes[k] && !strcmp(cw->w, c->words[k]))
                break;
            if (!c->gaps || skipped == 2 || cw->cls != W_CONTENT || (cw->flags & (WF_ACTOR | WF_AGENT)))
                return -1;
            skipped++;
            q++;
        }
        p = q;
    }
    return (int)p;
}

static bool add_match(sctx *s, uint32_t first, uint32_t last, uint8_t kind, uint32_t id)
{
    amatch *a = &s->am[s->nam++];
    a->first = (uint16_t)first;
    a->last = (uint16_t)last;
    a->kind = kind;
    a->id = id;
    for (uint32_t k = first; k <= last; k++)
        LW(s, k)->flags |= kind == TAC_IX_ACTOR ? WF_ACTOR : WF_AGENT;
    LW(s, first)->match = (int16_t)(s->nam - 1);
    return true;
}

/* Actors and agents: at each word the longest candidate wins (an actor over
 * an agent of the same length); matches do not overlap. */
/* A role word that is also an adjective, used as one: "firm support",
 * "its firm backing", "a firm and befitting reply" name no business. */
static bool is_cap(const sctx *s, const cword *cw);

static bool adjective_use(sctx *s, uint32_t i)
{
    static const char *const words[] = {"firm"};
    bool listed = false;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        listed |= !strcmp(LW(s, i)->w, words[k]);
    if (!listed || i + 1 >= s->nl)
        return false;
    uint32_t n = i + 1;
    if ((LW(s, n)->cls == W_CONJ) && n + 1 < s->nl &&
        tac_pos_is_adj(s->doc->tokens[LW(s, n + 1)->tok].pos))
        return true;
    uint8_t pos = s->doc->tokens[LW(s, n)->tok].pos;
    return LW(s, n)->cls == W_CONTENT && !is_cap(s, LW(s, n)) &&
           (pos == TAC_POS_NN || pos == TAC_POS_NNS || pos == TAC_POS_VBG);
}

static void find_actors(sctx *s)
{
    for (uint32_t i = 0; i < s->nl; i++) {
        uint32_t n;
        const tac_ix_cand *c = cands_of(s, LW(s, i), &n);
        int best_last = -1;
        const tac_ix_cand *best = NULL;
        for (uint32_t k = 0; k < n; k++) {
            if (c[k].kind != TAC_IX_ACTOR && c[k].kind != TAC_IX_AGENT)
                continue;
            if (!first_word_is(s, &c[k], LW(s, i)))
                continue;   /* hash collision */
            int last = match_cand(s, &c[k], i);
            /* "US" the country, "us" the pronoun: a one-word name that is
             * also a function word must be written with a capital */
            if (last == (int)i && c[k].kind == TAC_IX_ACTOR && LW(s, i)->cls != W_CONTENT &&
                LW(s, i)->cls != W_NUM && !isupper((unsigned char)s->doc->src[LW(s, i)->start]))
                continue;
            if (last > best_last || (last == best_last && best && best->kind == TAC_IX_AGENT && c[k].kind == TAC_IX_ACTOR)) {
                best_last = last;
                best = &c[k];
            }
        }
        /* "Syria's opposition to foreign interference" is a stance, not
         * the opposition: a role word followed by "to" names nobody */
        if (best && best->kind == TAC_IX_AGENT && (uint32_t)best_last + 1 < s->nl &&
            LW(s, (uint32_t)best_last + 1)->cls == W_TO && !strcmp(LW(s, (uint32_t)best_last)->w, "opposition"))
            best = NULL;
        if (best && best->kind == TAC_IX_AGENT && best_last == (int)i && adjective_use(s, i))
            best = NULL;
        if (best && s->nam < s->capw) {
            add_match(s, i, (uint32_t)best_last, best->kind, best->id);
            const char *what = best->kind == TAC_IX_ACTOR ? s->d->model.actors[best->id].name
                                                          : s->d->model.agents[best->id].name;
            trace(s, best->kind == TAC_IX_ACTOR ? "actor" : "agent", -1, "\"%s\" = %s (%s)",
                  live_text(s, i, (uint32_t)best_last), what,
                  best->kind == TAC_IX_ACTOR ? s->d->model.actors[best->id].origin : s->d->model.agents[best->id].origin);
            i = (uint32_t)best_last;
        }
    }
}

static bool is_discarded(sctx *s, bool *story)
{
    for (uint32_t i = 0; i < s->nl; i++) {
        uint32_t n;
        const tac_ix_cand *c = cands_of(s, LW(s, i), &n);
        for (uint32_t k = 0; k < n; k++) {
            if (c[k].kind != TAC_IX_DISCARD || !first_word_is(s, &c[k], LW(s, i)))
                continue;
            int last = match_cand(s, &c[k], i);
            if (last < 0)
                continue;
            const tac_dict_discard *dd = &s->d->model.discards[c[k].id];
            *story = dd->story;
            trace(s, "discard", -1, "\"%s\" is a %s discard (%s)", live_text(s, i, (uint32_t)last),
                  dd->story ? "story" : "sentence", dd->origin);
            return true;
        }
    }
    return false;
}

/* "(EU)", "(Xinhua)", "(UAE)": a parenthesis of at most four words
 * restates or sources the phrase before it; coding reads past it. */
static void drop_parentheticals(sctx *s)
{
    for (uint32_t i = 0; i < s->nw; i++) {
        if (strcmp(s->w[i].w, "("))
            continue;
        uint32_t k = i + 1;
        while (k < s->nw && k <= i + 5 && strcmp(s->w[k].w, ")") && strcmp(s->w[k].w, "("))
            k++;
        if (k < s->nw && k <= i + 5 && !strcmp(s->w[k].w, ")")) {
            /* "(Ecowas)" after a name we do not know is that name: keep it */
            bool inner = false;
            for (uint32_t q = i + 1; q < k; q++)
                inner |= (s->w[q].flags & WF_ACTOR) != 0;
            bool outer = i > 0 && (s->w[i - 1].flags & WF_ACTOR);
            if (inner && !outer) {
                s->w[i].flags |= WF_DELETED;
                s->w[k].flags |= WF_DELETED;
            } else {
                for (uint32_t q = i; q <= k; q++)
                    s->w[q].flags |= WF_DELETED;
            }
            i = k;
        }
    }
}

static void reset_matches(sctx *s)
{
    for (uint32_t i = 0; i < s->nw; i++) {
        s->w[i].flags &= (uint16_t) ~(WF_ACTOR | WF_AGENT);
        s->w[i].match = -1;
    }
    s->nam = 0;
}

static void rebuild_live(sctx *s)
{
    s->ulo_verb = NULL;
    s->nl = 0;
    for (uint32_t i = 0; i < s->nw; i++)
        if (!(s->w[i].flags & WF_DELETED))
            s->live[s->nl++] = (uint16_t)i;
}

/* Capitalized in the text and not the first word: a name. */
static bool is_cap(const sctx *s, const cword *cw)
{
    if (cw == &s->w[0])
        return false;
    unsigned char c = (unsigned char)s->doc->src[cw->start];
    return c >= 'A' && c <= 'Z';
}

static bool is_verb_form(sctx *s, const cword *cw)
{
    uint32_t n;
    const tac_ix_cand *c = cands_of(s, cw, &n);
    for (uint32_t k = 0; k < n; k++)
        if (c[k].kind == TAC_IX_VERB && first_word_is(s, &c[k], cw))
            return true;
    return false;
}

/* PETRARCH comma options: delete comma-delimited clauses whose length (in
 * words, punctuation not counted) lies in [min,max] (max 0 = never): the
 * initial clause (bmin/bmax), internal clauses (min/max), the terminal clause
 * (emin/emax). A clause that continues a list of actors ("Mordor, the Shire,
 * Fornost and Bree") is kept. Works on all words; afterwards live is rebuilt. */
/* At live index i: "but also", "as well as", "and also", "along with",
 * then an optional preposition; returns the index of what follows (the
 * added actor) or 0. *prep gets the preposition's index or 0. */
static uint32_t list_continuation(const sctx *s, uint32_t i, uint32_t *prep)
{
    static const char *const links[][3] = {
        {"but", "also", NULL}, {"as", "well", "as"}, {"and", "also", NULL}, {"along", "with", NULL}};
    for (size_t k = 0; k < sizeof links / sizeof links[0]; k++) {
        uint32_t j = i;
        int n = 0;
        while (n < 3 && links[k][n] && j < s->nl && !strcmp(LW(s, j)->w, links[k][n])) {
            j++;
            n++;
        }
        if (n == 3 || (n > 0 && !links[k][n])) {
            if (prep)
                *prep = 0;
            if (j < s->nl && (LW(s, j)->cls == W_PREP || LW(s, j)->cls == W_TO)) {
                if (prep)
                    *prep = j;
                j++;
            }
            return j < s->nl ? j : 0;
        }
    }
    return 0;
}

static void delete_commas(sctx *s)
{
    const tac_coder_options *o = &s->c->opt;
    uint32_t commas[64];
    uint32_t nc = 0;
    for (uint32_t i = 0; i < s->nl && nc < 64; i++) {
        if (LW(s, i)->cls != W_COMMA)
            continue;
        /* "complete, full diplomatic ties": a comma between two lower-case
         * content words that are no names is inside a noun phrase */
        if (i > 0 && i + 1 < s->nl) {
            const cword *a = LW(s, i - 1), *b = LW(s, i + 1);
            if (a->cls == W_CONTENT && b->cls == W_CONTENT && !is_cap(s, a) && !is_cap(s, b) &&
                !((a->flags | b->flags) & (WF_ACTOR | WF_AGENT)) && !is_verb_form(s, a) && !is_verb_form(s, b))
                continue;
        }
        commas[nc++] = i;
    }
    if (nc == 0)
        return;
    /* segment k: (commas[k-1], commas[k]) with commas[-1] = -1, commas[nc] = end */
    for (uint32_t k = 0; k <= nc; k++) {
        uint32_t a = k == 0 ? 0 : commas[k - 1] + 1;
        uint32_t b = k == nc ? s->nl : commas[k];    /* exclusive */
        int lo, hi;
        if (k == 0) {
            lo = o->comma_bmin;
            hi = o->comma_bmax;
        } else if (k == nc) {
            lo = o->comma_emin;
            hi = o->comma_emax;
        } else {
            lo = o->comma_min;
            hi = o->comma_max;
        }
        if (hi <= 0)
            continue;
        /* PETRARCH counts an internal clause without its first word (it
         * measures the clause from the parse between the commas) */
        int words = k > 0 && k < nc ? -1 : 0;
        bool has_actor = false;
        for (uint32_t i = a; i < b; i++) {
            const cword *cw = LW(s, i);
            if (cw->cls != W_PUNCT && cw->cls != W_COMMA && cw->cls != W_QUOTE && cw->cls != W_SEMI)
                words++;
            if (cw->flags & WF_ACTOR)
                has_actor = true;
        }
        if (words < lo || words > hi)
            continue;
        /* a list item: short, names an actor, the previous clause ends with
         * an actor, and it does not start with a conjunction */
        /* a clause that goes on with a verb ("Starmer, who is in China,
         * also met …") carries the sentence's own predicate: keep it */
        uint32_t g = a;
        while (g < b && LW(s, g)->cls == W_ADV)
            g++;
        if (k > 0 && g < b && (LW(s, g)->cls == W_AUX || is_verb_form(s, LW(s, g))) &&
            !(LW(s, g)->flags & (WF_ACTOR | WF_AGENT)))
            continue;
        /* "…for Bahrain and Oman, but also for Morocco and Jordan": a
         * clause that only adds actors to the list before it (native sets;
         * PETRARCH deletes it) */
        if (k > 0 && s->c->native && has_actor && list_continuation(s, a, NULL) > 0)
            continue;
        uint32_t f = a;
        while (f < b && LW(s, f)->cls == W_DET)
            f++;
        bool after_actor = a >= 2 && (LW(s, a - 2)->flags & WF_ACTOR);
        if (k > 0 && has_actor && after_actor && LW(s, a)->cls != W_CONJ &&
            ((k < nc && words <= 4) || (f < b && (LW(s, f)->flags & WF_ACTOR))))
            continue;
        uint32_t from = k == 0 ? a : a - 1;   /* drop the comma before it too */
        uint32_t to = k == 0 && b < s->nl ? b + 1 : b;
        for (uint32_t i = from; i < to; i++)
            LW(s, i)->flags |= WF_DELETED;
        trace(s, "deleted", -1, "comma clause \"%s\" (%d words)", live_text(s, a, b ? b - 1 : 0), words);
    }
}

/* ---- verbs --------------------------------------------------------------- */

static bool is_be(const char *w)
{
    return !strcmp(w, "is") || !strcmp(w, "are") || !strcmp(w, "was") || !strcmp(w, "were") || !strcmp(w, "be") ||
           !strcmp(w, "been") || !strcmp(w, "being") || !strcmp(w, "am");
}

static int match_verb_form(sctx *s, const tac_ix_cand *c, uint32_t i)
{
    /* verb forms are contiguous */
    for (uint16_t k = 1; k < c->nwords; k++)
        if (i + k >= s->nl || strcmp(LW(s, i + k)->w, c->words[k]))
            return -1;
    return (int)(i + c->nwords - 1);
}

static void find_verbs(sctx *s)
{
    for (uint32_t i = 0; i < s->nl && s->nv < MAX_VERBS; i++) {
        cword *cw = LW(s, i);
        if (cw->flags & (WF_ACTOR | WF_AGENT))
            continue;
        uint32_t n;
        const tac_ix_cand *c = cands_of(s, cw, &n);
        vocc vo;   /* zeroed below once a form matched: most words are none */
        vo.nverbs = 0;
        vo.head = 0;
        int best = -1;
        for (uint32_t k = 0; k < n; k++) {
            if (c[k].kind != TAC_IX_VERB || !first_word_is(s, &c[k], cw))
                continue;
            int last = match_verb_form(s, &c[k], i);
            if (last < 0 || last < best)
                continue;
            if (last > best) {
                best = last;
                vo.nverbs = 0;
                vo.head = (uint16_t)(i + c[k].head);
            }
            bool dup = false;
            for (int q = 0; q < vo.nverbs; q++)
                dup |= vo.verbs[q] == c[k].id;
            if (!dup && vo.nverbs < 4)
                vo.verbs[vo.nverbs++] = c[k].id;
        }
        if (best < 0)
            continue;
        {
            uint32_t ids[4];
            uint8_t nids = vo.nverbs;
            uint16_t head = vo.head;
            memcpy(ids, vo.verbs, sizeof ids);
            memset(&vo, 0, sizeof vo);
            memcpy(vo.verbs, ids, sizeof ids);
            vo.nverbs = nids;
            vo.head = head;
        }
        bool inside = false;
        for (uint32_t k = i; k <= (uint32_t)best; k++)
            inside |= (LW(s, k)->flags & (WF_ACTOR | WF_AGENT)) != 0;
        if (inside)
            continue;
        vo.first = (uint16_t)i;
        vo.last = (uint16_t)best;
        vo.source_unit = -2;
        vo.target_unit = -1;
        /* a verb form after a determiner, a possessive or a preposition (to
         * excepted) is a noun: "an attack", "his march", "for meetings"; base
         * and -s/-ing forms also behind up to two adjectives ("a brief
         * private visit") */
        bool noun = false, gerund = false;
        const char *hw = LW(s, vo.head)->w;
        size_t hl = strlen(hw);
        bool past = hl > 2 && !strcmp(hw + hl - 2, "ed");
        bool sform = hl > 2 && hw[hl - 1] == 's' && hw[hl - 2] != 's';
        if (i > 0) {
            const cword *p = LW(s, i - 1);
            if (p->cls == W_DET || p->cls == W_POSS || p->cls == W_APOS || p->cls == W_PREP || p->cls == W_NUM)
                noun = true;
            /* a gerund with its object: "before meeting French President
             * Sarkozy", "after launching an offensive" */
            if (p->cls == W_PREP && strcmp(p->w, "of") && hl > 4 && !strcmp(hw + hl - 3, "ing") &&
                !s->d->verb_petrarch[vo.verbs[0]] &&
                (uint32_t)best + 1 < s->nl) {
                const cword *nx = LW(s, (uint32_t)best + 1);
                if (nx->cls == W_DET || nx->cls == W_POSS || (nx->flags & WF_ACTOR) || is_cap(s, nx))
                    noun = false, gerund = true;
            }
            else if (sform && p->cls == W_CONTENT && !is_cap(s, p) && !(p->flags & (WF_ACTOR | WF_AGENT | WF_VERBW)))
                noun = true;   /* "daylight raids" */
        }
        for (int back = 1; !noun && !past && back <= 3 && (int)i - back >= 0; back++) {
            const cword *p = LW(s, i - (uint32_t)back);
            if (p->cls == W_DET || p->cls == W_POSS) {
                noun = back > 1;   /* "a brief private visit" */
                break;
            }
            size_t pl = p->len;
            if (p->cls != W_CONTENT || is_cap(s, p) || (pl > 1 && p->w[pl - 1] == 's') ||
                (p->flags & (WF_ACTOR | WF_AGENT | WF_VERBW)))
                break;
        }
        /* the tagger's reading, when it is sure of a noun and nothing in
         * the context asks for a verb ("the Saudi aid consists", "bomb
         * targets") */
        if (!noun && i > 0) {
            uint8_t pos = s->doc->tokens[LW(s, vo.head)->tok].pos;
            const cword *p = LW(s, i - 1);
            bool verb_context = p->cls == W_AUX || p->cls == W_TO || p->cls == W_NEG || p->cls == W_PRON ||
                                p->cls == W_ADV || p->cls == W_SUB || (p->flags & (WF_ACTOR | WF_AGENT));
            /* "the Saudi aid": a name right after a determiner modifies the
             * noun that follows it */
            if (verb_context && (p->flags & WF_ACTOR) && p->match < 0) {
                int q = (int)i - 1;
                while (q > 0 && LW(s, (uint32_t)q)->match < 0 && (LW(s, (uint32_t)q)->flags & WF_ACTOR))
                    q--;
                if (q > 0 && (LW(s, (uint32_t)q - 1)->cls == W_DET || LW(s, (uint32_t)q - 1)->cls == W_POSS))
                    verb_context = false;
            } else if (verb_context && (p->flags & WF_ACTOR) && i >= 2 &&
                       (LW(s, i - 2)->cls == W_DET || LW(s, i - 2)->cls == W_POSS)) {
                verb_context = false;
            }
            if (pos && tac_pos_is_noun(pos) && !verb_context && !gerund)
                noun = true;
        }
        for (uint32_t k = i; k <= (uint32_t)best; k++)
            LW(s, k)->flags |= noun ? WF_NOUNV : WF_VERBW;
        if (noun) {
            trace(s, "verb", -1, "\"%s\" read as a noun (after a determiner or preposition)",
                  live_text(s, i, (uint32_t)best));
            i = (uint32_t)best;
            continue;
        }
        cw->flags |= WF_VERB;
        s->v[s->nv++] = vo;
        i = (uint32_t)best;
    }
}

/* ---- noun phrases -------------------------------------------------------- */

static bool np_word(const sctx *s, const cword *cw)
{
    if (cw->flags & (WF_ACTOR | WF_AGENT))
        return true;
    if (cw->flags & WF_VERBW)
        return false;
    /* the tagger's verbs, prepositions and particles end a noun phrase
     * ("… said the Russian military", "Syria beef up its defences") */
    uint8_t pos = s->doc->tokens[cw->tok].pos;
    if (cw->cls == W_CONTENT && pos &&
        (tac_pos_is_verb(pos) || pos == TAC_POS_IN || pos == TAC_POS_RP || pos == TAC_POS_MD ||
         pos == TAC_POS_TO || pos == TAC_POS_CC || tac_pos_is_wh(pos)))
        return false;
    switch (cw->cls) {
    case W_CONTENT: case W_DET: case W_POSS: case W_APOS: case W_NUM: case W_ADV:
        return true;
    default:
        return false;
    }
}

/* dst = at most n bytes of src, cut to cap - 1 and terminated (the copies
 * of codes run per member and per event: snprintf costs ~600 instructions). */
static size_t scopy(char *dst, size_t cap, const char *src, size_t n)
{
    size_t l = strnlen(src, n);
    if (l > cap - 1)
        l = cap - 1;
    memcpy(dst, src, l);
    dst[l] = 0;
    return l;
}

/* Append the 3-letter groups of `add` that `code` does not have yet. */
static void code_append(char *code, size_t cap, const char *add, bool prefix)
{
    char groups[16][4];
    int ng = 0;
    size_t cl = strlen(code);
    for (size_t i = 0; i + 3 <= cl && ng < 16; i += 3) {
        memcpy(groups[ng], code + i, 3);
        groups[ng++][3] = 0;
    }
    char out[128] = "";
    size_t al = strlen(add);
    for (size_t i = 0; i + 3 <= al; i += 3) {
        bool have = false;
        for (int g = prefix ? 0 : 1; g < ng; g++)
            have |= !strncmp(groups[g], add + i, 3);
        if (!have)
            strncat(out, add + i, 3);
    }
    if (prefix) {
        char tmp[256];
        size_t ol = scopy(tmp, sizeof tmp, out, SIZE_MAX);
        scopy(tmp + ol, sizeof tmp - ol, code, SIZE_MAX);
        scopy(code, cap, tmp, SIZE_MAX);
    } else {
        size_t n = strlen(code);
        scopy(code + n, cap - n, out, SIZE_MAX);
    }
}

static void format_rule(char *buf, size_t cap, const tac_dict_code *r)
{
    char a[11] = "", b[11] = "";
    if (r->from != TAC_DATE_OPEN_START)
        tac_date_format(r->from, a);
    if (r->to != TAC_DATE_OPEN_END)
        tac_date_format(r->to, b);
    snprintf(buf, cap, "%s %s..%s", r->code, a, b);
}

/* Members of an actor (one per '/'-separated code) with agents applied. */
static void make_members(sctx *s, unit *u, const tac_dict_actor *actor, const uint32_t *agents, int nag,
                         uint16_t first, uint16_t last)
{
    const char *base = "---";
    const tac_dict_code *rule = NULL;
    bool inferred = false;
    /* an agent of our own dictionaries with no country in its phrase
     * ("protesters", "security forces") belongs to the state the text
     * named last, at most three sentences back; such an agent keeps the
     * state current, as the article's topic */
    if (!actor && nag > 0 && s->last_country && (int32_t)s->sentence - s->last_country_sentence <= 3) {
        const char *ac = s->d->model.agents[agents[0]].code;
        if (!s->d->agent_petrarch[agents[0]] && ac && strchr(ac, '~') && strchr(ac, '~') == ac + strspn(ac, " ")) {
            actor = s->last_country;
            inferred = true;
        }
    }
    if (actor) {
        base = tac_dict_actor_code(actor, s->date, &rule);
        if (!base)
            return;    /* no code valid on this date */
    }
    const char *p = base;
    do {
        const char *slash = strchr(p, '/');
        size_t len = slash ? (size_t)(slash - p) : strlen(p);
        if (u->n >= MAX_MEMBERS || (uint32_t)(u->m - s->mem) + u->n >= s->capm)
            return;
        char code[128];
        scopy(code, sizeof code, p, len);
        const char *agent_name = NULL;
        for (int k = 0; k < nag; k++) {
            const tac_dict_agent *ag = &s->d->model.agents[agents[k]];
            const char *ac = ag->code;
            while (*ac == ' ')
                ac++;
            char clean[64];
            size_t cl = 0;
            for (const char *q = ac; *q && cl < sizeof clean - 1; q++)
                if (*q != ' ' && *q != '~')
                    clean[cl++] = *q;
            clean[cl] = 0;
            bool prefix = ac[0] != '~' && strchr(ac, '~');
            if (!strcmp(code, "---") && !prefix) {
                memcpy(code, "---", 3);
                scopy(code + 3, sizeof code - 3, clean, SIZE_MAX);
            } else {
                code_append(code, sizeof code, clean, prefix);
            }
            agent_name = ag->name;
        }
        member *m = &u->m[u->n++];
        s->nmem = (uint32_t)(u->m - s->mem) + u->n;
        if (actor && (actor->flags & TAC_ACTORF_COUNTRY)) {
            s->last_country = actor;
            s->last_country_sentence = (int32_t)s->sentence;
        }
        m->actor = actor;
        m->code = tac_arena_strdup(&s->doc->arena, code);
        m->rule = rule;
        m->agent = agent_name;
        m->first = first;
        m->last = last;
        m->inferred = inferred;
        p = slash ? slash + 1 : NULL;
    } while (p);
}

typedef struct chunk {
    uint16_t first, last;
    uint16_t nfirst, nlast;  /* words of its actor and agents (the evidence) */
    bool country_ref;        /* "the (South American) country('s)": a state named before */
    int actor;               /* match index of the first actor or -1      */
    uint32_t agents[MAX_AGENTS];
    int nag;
} chunk;

static bool read_chunk(sctx *s, uint32_t i, chunk *ch)
{
    if (i >= s->nl || !np_word(s, LW(s, i)))
        return false;
    memset(ch, 0, sizeof *ch);
    ch->first = (uint16_t)i;
    ch->actor = -1;
    ch->nfirst = UINT16_MAX;
    uint32_t k = i;
    bool possessor = false;
    int last_agent_end = -1;
    while (k < s->nl && np_word(s, LW(s, k))) {
        const cword *cw = LW(s, k);
        if (cw->match >= 0) {
            const amatch *a = &s->am[cw->match];
            if (a->kind == TAC_IX_ACTOR) {
                /* the head actor: "US ally Georgia" → Georgia; but a
                 * possessor stays ("Gondor's prime minister Falastur") */
                if (ch->actor < 0 || !possessor)
                    ch->actor = cw->match;
                if (ch->actor == cw->match)
                    possessor = a->last + 1u < s->nl && LW(s, a->last + 1u)->cls == W_APOS;
            } else if (a->kind == TAC_IX_AGENT && ch->nag < MAX_AGENTS) {
                ch->agents[ch->nag++] = a->id;
                last_agent_end = a->last;
            }
            if (ch->nfirst == UINT16_MAX)
                ch->nfirst = a->first;
            ch->nlast = a->last;
            k = a->last + 1u;
            continue;
        }
        k++;
    }
    ch->last = (uint16_t)(k - 1);
    /* "Syria's neighbours", "Russia's allies": other parties, unnamed */
    if (possessor && ch->actor >= 0 && ch->last > s->am[ch->actor].last + 1u) {
        static const char *const others[] = {"neighbours", "neighbors", "allies",   "partners", "rivals",
                                             "enemies",    "foes",      "critics", "opponents", "adversaries"};
        uint32_t h = ch->last;
        while (h > ch->first && LW(s, h)->cls == W_ADV)
            h--;
        for (size_t q = 0; q < sizeof others / sizeof others[0]; q++)
            if (!strcmp(LW(s, h)->w, others[q]) && !(LW(s, h)->flags & (WF_ACTOR | WF_AGENT)))
                ch->actor = -1;
    }
    ch->country_ref = false;
    if (LW(s, ch->first)->cls == W_DET && !strcmp(LW(s, ch->first)->w, "the")) {
        for (uint32_t q = ch->first + 1u; q <= ch->last; q++) {
            const char *w = LW(s, q)->w;
            /* "the capital" is the state's capital: the state, as a
             * capital stands for its government's country */
            if ((!strcmp(w, "country") || !strcmp(w, "nation") || !strcmp(w, "capital")) &&
                (q == ch->last || LW(s, q + 1)->cls == W_APOS))
                ch->country_ref = true;
        }
    }
    if (ch->nfirst == UINT16_MAX) {
        ch->nfirst = ch->first;
        ch->nlast = ch->last;
    }
    /* an agent that only modifies a lower-case head ("the military
     * action") names nobody */
    if (ch->actor < 0 && ch->nag > 0 && last_agent_end < (int)ch->last) {
        const cword *h = LW(s, ch->last);
        if (h->cls == W_CONTENT && !is_cap(s, h) && !(h->flags & WF_AGENT))
            ch->nag = 0;
    }
    return true;
}

static bool chunk_ends_named(sctx *s, const chunk *ch)
{
    /* "President Hu Jintao and Zuma": the match ("president hu") stopped
     * inside a name whose capitalized rest ends the phrase */
    if (ch->actor >= 0 && ch->nlast < ch->last) {
        bool names = true;
        for (uint32_t k = ch->nlast + 1u; k <= ch->last && names; k++)
            names = LW(s, k)->cls == W_CONTENT && is_cap(s, LW(s, k));
        if (names)
            return true;
    }
    return (LW(s, ch->last)->flags & (WF_ACTOR | WF_AGENT)) != 0 ||
           (ch->last > ch->first && LW(s, ch->last)->cls == W_APOS &&
            (LW(s, ch->last - 1)->flags & (WF_ACTOR | WF_AGENT)));
}

/* After a conjunction or comma at i: index of the next chunk start, or -1. */
static int after_conj(sctx *s, uint32_t i)
{
    uint32_t k = i;
    bool seen = false;
    while (k < s->nl && (LW(s, k)->cls == W_COMMA || LW(s, k)->cls == W_CONJ)) {
        seen = true;
        k++;
    }
    if (!seen || k >= s->nl || !np_word(s, LW(s, k)))
        return -1;
    return (int)k;
}

/* Is there a finite verb right after chunk ch (a new clause starts)? */
static bool verb_follows(sctx *s, const chunk *ch)
{
    uint32_t k = ch->last + 1u;
    if (k >= s->nl)
        return false;
    return (LW(s, k)->flags & WF_VERB) != 0;
}

/* ---- references ----------------------------------------------------------- */

#define REF_REACH 2   /* a reference points at most this many sentences back */

/* The party a code names: an IGO's first three groups, else the country. */
static size_t party_len(const char *code)
{
    return !strncmp(code, "IGO", 3) && strlen(code) >= 9 ? 9 : 3;
}

/* One party: the same state or organization, and the same sector unless
 * one of them is the bare country (CHN = CHNGOV; VENGOV ≠ VENOPP). */
static bool same_party(const char *a, const char *b)
{
    size_t la = party_len(a), lb = party_len(b);
    if (la != lb || strlen(a) < la || strlen(b) < lb || strncmp(a, b, la))
        return false;
    return strlen(a) == la || strlen(b) == lb || !strcmp(a, b);
}

/* Roles that name one person ("the North Korean leader", "Iran's foreign
 * minister"): the antecedents of "he" and "she" besides named persons. */
static bool person_agent(const char *name)
{
    static const char *const roles[] = {"HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "MONARCH", "FOREIGN_MINISTER",
                                        "DEFENCE_MINISTER", "MINISTER", "LEADER", "SPOKESPERSON", "DIPLOMAT"};
    for (size_t k = 0; name && k < sizeof roles / sizeof roles[0]; k++)
        if (!strcmp(name, roles[k]))
            return true;
    return false;
}

/* Remember the parties a finished noun phrase names, for the references
 * that follow: the first person of the latest sentence that names one,
 * and the last two parties of different countries. */
static void note_references(sctx *s, const unit *u)
{
    /* a place ("signed in Barbados", "at the Kremlin") is not a party */
    if (u->first > 0) {
        const char *pw = LW(s, u->first - 1u)->w;
        if (!strcmp(pw, "in") || !strcmp(pw, "at") || !strcmp(pw, "near") || !strcmp(pw, "throughout") ||
            !strcmp(pw, "across") || !strcmp(pw, "inside") || !strcmp(pw, "within"))
            return;
    }
    const cword *lw = LW(s, u->last);
    bool plural = lw->len > 2 && lw->w[lw->len - 1] == 's' && (lw->flags & WF_AGENT);
    for (int k = 0; k < u->n; k++) {
        const member *m = &u->m[k];
        if (strlen(m->code) < 3 || !strncmp(m->code, "---", 3))
            continue;
        bool person = m->actor && (m->actor->flags & TAC_ACTORF_PERSON);
        if (!person && u->n == 1 && !plural && person_agent(m->agent))
            person = true;
        if (person && s->ref_person_sentence != (int32_t)s->sentence) {
            s->ref_person = *m;
            s->ref_person_sentence = (int32_t)s->sentence;
        }
        member *p = s->ref_pair;
        int32_t *ps = s->ref_pair_sentence;
        /* a bare country after one of its sectors keeps the sector
         * ("President Hu … the Beijing Declaration": CHNGOV stays) */
        bool keep_old = strlen(m->code) == 3;
        if (ps[1] != REF_NONE && same_party(p[1].code, m->code)) {
            if (!keep_old || strlen(p[1].code) == 3)
                p[1] = *m;
            ps[1] = (int32_t)s->sentence;
        } else if (ps[0] != REF_NONE && same_party(p[0].code, m->code)) {
            member old = p[0];
            p[0] = p[1];
            ps[0] = ps[1];
            p[1] = keep_old && strlen(old.code) > 3 ? old : *m;
            ps[1] = (int32_t)s->sentence;
        } else {
            p[0] = p[1];
            ps[0] = ps[1];
            p[1] = *m;
            ps[1] = (int32_t)s->sentence;
        }
    }
}

/* Nouns of acts whose actor a later "the <noun>" points to. */
static bool act_noun(const char *w, size_t n, char *sing, size_t cap)
{
    static const char *const acts[] = {"strike",    "attack",   "raid",    "threat",  "incursion", "invasion",
                                       "offensive", "bombing",  "shelling", "move",   "decision",  "relaxation",
                                       "crackdown", "assault",  "sanction", "proposal", "offer",    "ultimatum"};
    if (n + 1 > cap)
        return false;
    memcpy(sing, w, n);
    sing[n] = 0;
    if (n > 3 && sing[n - 1] == 's')
        sing[n - 1] = 0;
    for (size_t k = 0; k < sizeof acts / sizeof acts[0]; k++)
        if (!strcmp(sing, acts[k]))
            return true;
    return false;
}

/* Remember "a US missile strike": the act and its one actor. */
static void note_act(sctx *s, const unit *u)
{
    if (u->n != 1 || strlen(u->m[0].code) < 3 || !strncmp(u->m[0].code, "---", 3))
        return;
    const cword *h = LW(s, u->last);
    if (h->flags & (WF_ACTOR | WF_AGENT))
        return;
    char sing[24];
    if (!act_noun(h->w, h->len, sing, sizeof sing))
        return;
    uint32_t k = s->nref_act++ % 4;
    snprintf(s->ref_act[k].noun, sizeof s->ref_act[k].noun, "%s", sing);
    s->ref_act[k].m = u->m[0];
    s->ref_act[k].sentence = (int32_t)s->sentence;
}

/* "the strike" at live index i: the actor of the act named last with that
 * noun, at most REF_REACH sentences back; NULL when none. */
static const member *act_reference(sctx *s, uint32_t i, uint32_t *len)
{
    if (strcmp(LW(s, i)->w, "the") || i + 1 >= s->nl)
        return NULL;
    const cword *n = LW(s, i + 1);
    char sing[24];
    if ((n->flags & (WF_ACTOR | WF_AGENT)) || !act_noun(n->w, n->len, sing, sizeof sing))
        return NULL;
    if (i + 2 < s->nl && LW(s, i + 2)->cls == W_CONTENT && !(LW(s, i + 2)->flags & WF_VERB) &&
        tac_pos_is_noun(s->doc->tokens[LW(s, i + 2)->tok].pos))
        return NULL;   /* "the strike force": another head */
    for (uint32_t k = 0; k < 4 && k < s->nref_act; k++) {
        uint32_t slot = (s->nref_act - 1 - k) % 4;
        if (!strcmp(s->ref_act[slot].noun, sing) && (int32_t)s->sentence - s->ref_act[slot].sentence <= REF_REACH &&
            (int32_t)s->sentence != s->ref_act[slot].sentence) {
            *len = 2;
            return &s->ref_act[slot].m;
        }
    }
    return NULL;
}

/* A reference at live index i: 1 = one person ("he", "she"), 2 = the two
 * parties ("we", "they", "the two sides", "both countries"); 0 = none.
 * *len gets its words. */
static int reference_at(sctx *s, uint32_t i, uint32_t *len)
{
    static const char *const pair_nouns[] = {"sides",       "countries", "nations", "leaders", "presidents",
                                             "governments", "neighbours", "neighbors", "states"};
    const char *w = LW(s, i)->w;
    if (LW(s, i)->cls == W_PRON) {
        *len = 1;
        if (!strcmp(w, "he") || !strcmp(w, "she"))
            return 1;
        /* "they" is left alone: it names exercises, sanctions and
         * crowds as often as the parties */
        if (!strcmp(w, "we"))
            return 2;
        return 0;
    }
    /* "the talks stalled": talks named as the subject of their own fate
     * are the two parties' (dev conventions: the participants referred to) */
    if (!strcmp(w, "the") && i + 2 < s->nl &&
        (!strcmp(LW(s, i + 1)->w, "talks") || !strcmp(LW(s, i + 1)->w, "negotiations")) &&
        (LW(s, i + 2)->cls == W_AUX || (LW(s, i + 2)->flags & WF_VERB))) {
        *len = 2;
        return 2;
    }
    uint32_t n = 0;
    if (!strcmp(w, "both"))
        n = 1;
    else if (!strcmp(w, "the") && i + 1 < s->nl && !strcmp(LW(s, i + 1)->w, "two"))
        n = 2;
    if (!n || i + n >= s->nl)
        return 0;
    const char *noun = LW(s, i + n)->w;
    for (size_t k = 0; k < sizeof pair_nouns / sizeof pair_nouns[0]; k++)
        if (!strcmp(noun, pair_nouns[k])) {
            /* "both countries' leaders" is still the pair; "the two
             * countries' trade" too: only the noun phrase head matters */
            *len = n + 1;
            return 2;
        }
    return 0;
}

/* A unit for the reference at live index i, when its antecedent is at
 * most REF_REACH sentences back. */
static bool reference_unit(sctx *s, uint32_t i)
{
    uint32_t len = 0;
    int kind = reference_at(s, i, &len);
    const member *act = kind ? NULL : act_reference(s, i, &len);
    if ((!kind && !act) || s->nu >= s->capu)
        return false;
    int32_t here = (int32_t)s->sentence;
    const member *from;
    int n;
    if (act) {
        from = act;
        n = 1;
    } else if (kind == 1) {
        if (s->ref_person_sentence == REF_NONE || here - s->ref_person_sentence > REF_REACH)
            return false;
        from = &s->ref_person;
        n = 1;
    } else {
        if (s->ref_pair_sentence[0] == REF_NONE || here - s->ref_pair_sentence[0] > REF_REACH)
            return false;
        from = s->ref_pair;
        n = 2;
    }
    if (s->nmem + (uint32_t)n > s->capm)
        return false;
    uint32_t last = i + len - 1;
    if (last + 1 < s->nl && LW(s, last + 1)->cls == W_APOS)
        last++;
    unit *u = &s->u[s->nu];
    memset(u, 0, sizeof *u);
    u->m = s->mem + s->nmem;
    u->first = (uint16_t)i;
    u->last = (uint16_t)last;
    for (int k = 0; k < n; k++) {
        u->m[k] = from[k];
        u->m[k].first = (uint16_t)i;
        u->m[k].last = (uint16_t)last;
    }
    u->n = (uint8_t)n;
    u->compound = n > 1;
    s->nmem += (uint32_t)n;
    for (uint32_t k = i; k <= last; k++)
        LW(s, k)->unit = (int16_t)s->nu;
    trace(s, "reference", -1, "\"%s\" → %s%s%s", live_text(s, i, last), u->m[0].code, n > 1 ? " + " : "",
          n > 1 ? u->m[1].code : "");
    s->nu++;
    return true;
}

/* "Mr Lu" at live index i (i + 1 is the name): when the word is a part of
 * the entry name of the person named last ("LU_KANG"), within reach, a
 * unit for that person. */
static bool surname_unit(sctx *s, uint32_t i)
{
    const member *p = &s->ref_person;
    if (s->ref_person_sentence == REF_NONE || (int32_t)s->sentence - s->ref_person_sentence > REF_REACH ||
        !p->actor || !p->actor->name || s->nu >= s->capu || s->nmem + 1 > s->capm)
        return false;
    const char *w = LW(s, i + 1)->w, *name = p->actor->name;
    size_t wl = strlen(w);
    bool found = false;
    for (const char *q = name; *q && !found;) {
        size_t n = strcspn(q, "_ ");
        found = n == wl && n > 1 && !strncasecmp(q, w, n);
        q += n;
        q += strspn(q, "_ ");
    }
    if (!found)
        return false;
    unit *u = &s->u[s->nu];
    memset(u, 0, sizeof *u);
    u->m = s->mem + s->nmem;
    u->first = (uint16_t)i;
    u->last = (uint16_t)(i + 1);
    u->m[0] = *p;
    u->m[0].first = (uint16_t)i;
    u->m[0].last = (uint16_t)(i + 1);
    u->n = 1;
    s->nmem++;
    LW(s, i)->unit = LW(s, i + 1)->unit = (int16_t)s->nu;
    trace(s, "reference", -1, "\"%s\" → %s", live_text(s, i, i + 1), u->m[0].code);
    s->nu++;
    /* the person stays current */
    s->ref_person_sentence = (int32_t)s->sentence;
    return true;
}

static void build_units(sctx *s)
{
    uint32_t continue_at = 0;
    for (uint32_t i = 0; i < s->nl && s->nu < s->capu;) {
        /* "Mr Spavor", a person we have no entry for, is the one "he"
         * would mean next: forget the last known person */
        if (i + 1 < s->nl && is_cap(s, LW(s, i + 1)) && !(LW(s, i + 1)->flags & WF_ACTOR) &&
            (!strcmp(LW(s, i)->w, "mr") || !strcmp(LW(s, i)->w, "mrs") || !strcmp(LW(s, i)->w, "ms") ||
             !strcmp(LW(s, i)->w, "mr.") || !strcmp(LW(s, i)->w, "mrs.") || !strcmp(LW(s, i)->w, "ms."))) {
            /* "Mr Lu" after "Lu Kang": the person named before, by a part
             * of the name */
            if (surname_unit(s, i))
                continue_at = s->u[s->nu - 1].last + 1u;
            else
                s->ref_person_sentence = REF_NONE;
        }
        if (continue_at) {
            i = continue_at;
            continue_at = 0;
            continue;
        }
        if (reference_unit(s, i)) {
            i = s->u[s->nu - 1].last + 1u;
            continue;
        }
        chunk ch;
        if (!read_chunk(s, i, &ch)) {
            i++;
            continue;
        }
        unit *u = &s->u[s->nu];
        memset(u, 0, sizeof *u);
        u->m = s->mem + s->nmem;
        u->first = ch.first;
        u->last = ch.last;
        /* agents waiting for an "of/in/from" actor: "lawmakers and officials
         * in Fornost and Gondor" */
        uint32_t pend[MAX_AGENTS * 2];
        int npend = 0;
        chunk cur = ch;
        for (;;) {
            if (cur.country_ref && s->last_country && u->n == 0) {
                /* "the country's government" = the state named last */
                make_members(s, u, s->last_country, cur.agents, cur.nag, cur.first, cur.last);
            } else if (cur.actor >= 0) {
                const amatch *a = &s->am[cur.actor];
                make_members(s, u, &s->d->model.actors[a->id], cur.agents, cur.nag, cur.nfirst, cur.nlast);
            } else if (cur.nag > 0) {
                for (int k = 0; k < cur.nag && npend < MAX_AGENTS * 2; k++)
                    pend[npend++] = cur.agents[k];
            }
            uint32_t nx = cur.last + 1u;
            /* agent-only phrase + of/in/from + actor phrase(s) */
            if (npend > 0 && u->n == 0 && nx + 1 < s->nl && LW(s, nx)->cls == W_PREP &&
                (!strcmp(LW(s, nx)->w, "of") || !strcmp(LW(s, nx)->w, "in") || !strcmp(LW(s, nx)->w, "from"))) {
                chunk b;
                if (read_chunk(s, nx + 1, &b) && b.actor >= 0) {
                    /* distribute the pending agents over b and its compound */
                    for (;;) {
                        const amatch *a = &s->am[b.actor];
                        for (int k = 0; k < npend; k++) {
                            uint32_t ags[MAX_AGENTS + 1];
                            int na = 0;
                            ags[na++] = pend[k];
                            for (int q = 0; q < b.nag && na < MAX_AGENTS; q++)
                                ags[na++] = b.agents[q];
                            make_members(s, u, &s->d->model.actors[a->id], ags, na, ch.nfirst, b.nlast);
                        }
                        u->last = b.last;
                        int nxt = after_conj(s, b.last + 1u);
                        chunk c2;
                        if (nxt < 0 || !read_chunk(s, (uint32_t)nxt, &c2) || c2.actor < 0 || c2.nag > 0)
                            break;
                        if (LW(s, (uint32_t)nxt - 1)->cls == W_COMMA &&
                            (c2.last + 1u >= s->nl ||
                             (LW(s, c2.last + 1u)->cls != W_COMMA && LW(s, c2.last + 1u)->cls != W_CONJ)))
                            break;
                        u->compound = true;
                        b = c2;
                    }
                    npend = 0;
                    nx = u->last + 1u;
                    cur.last = u->last;
                }
            }
            /* compounds: "A and B", "A, B and C", "neither A nor B" */
            int nxt = after_conj(s, nx);
            chunk d;
            if (nxt < 0 || !read_chunk(s, (uint32_t)nxt, &d))
                break;
            bool named_left = chunk_ends_named(s, &cur) || (u->n > 0 && u->last > cur.last);
            bool named_right = d.actor >= 0 || d.nag > 0;
            bool has_comma = false, has_conj = false;
            for (uint32_t k = nx; k < (uint32_t)nxt; k++) {
                has_comma |= LW(s, k)->cls == W_COMMA;
                has_conj |= LW(s, k)->cls == W_CONJ;
            }
            /* "During his meeting with Hasina, China and Bangladesh have
             * agreed": a phrase inside an opening prepositional phrase does
             * not start the subject list that follows its comma */
            if (named_left && named_right && has_comma && u->first > 0 && LW(s, u->first - 1)->cls == W_PREP) {
                uint32_t r = d.last + 1u;
                if (r < s->nl && LW(s, r)->cls == W_CONJ) {
                    chunk e2;
                    if (read_chunk(s, r + 1, &e2))
                        r = e2.last + 1u;
                }
                if (r < s->nl && (LW(s, r)->cls == W_AUX || (LW(s, r)->flags & WF_VERB)))
                    break;
            }
            if (u->n == 0 && npend > 0 && d.actor >= 0 && d.nag == 0 && has_comma && !has_conj) {
                /* apposition: "the country's top official, Zhao Leji," is
                 * one person, coded by the name's own entry */
                uint32_t r = d.last + 1u;
                if (r >= s->nl || LW(s, r)->cls != W_CONJ) {
                    npend = 0;
                    u->last = d.last;
                    cur = d;
                    continue;
                }
            }
            if (named_left && named_right && has_comma && !has_conj) {
                /* "A, B said": a comma alone joins only inside a list that
                 * goes on ("A, B and C", "A, B, C") */
                uint32_t r = d.last + 1u;
                if (r >= s->nl || (LW(s, r)->cls != W_COMMA && LW(s, r)->cls != W_CONJ))
                    break;
            }
            if (named_left && named_right) {
                /* a new clause ("... Mordor and Rohan condemned") is not a
                 * compound unless it is this clause's own subject */
                if (verb_follows(s, &d) && u->first > 0 && (LW(s, u->first - 1)->flags & WF_VERB) &&
                    !(LW(s, d.last + 1)->cls == W_AUX))
                    break;
                u->compound = true;
                uint32_t dn = d.last + 1u;
                bool d_of = d.actor < 0 && dn + 1 < s->nl && LW(s, dn)->cls == W_PREP &&
                            (!strcmp(LW(s, dn)->w, "of") || !strcmp(LW(s, dn)->w, "in") ||
                             !strcmp(LW(s, dn)->w, "from"));
                chunk dof;
                if (d_of && u->n > 0 && read_chunk(s, dn + 1, &dof) && dof.actor >= 0) {
                    const amatch *a = &s->am[dof.actor];
                    uint32_t ags[MAX_AGENTS * 2];
                    int na = 0;
                    for (int k = 0; k < d.nag; k++)
                        ags[na++] = d.agents[k];
                    for (int k = 0; k < dof.nag && na < MAX_AGENTS * 2; k++)
                        ags[na++] = dof.agents[k];
                    make_members(s, u, &s->d->model.actors[a->id], ags, na, d.nfirst, dof.nlast);
                    u->last = dof.last;
                    cur = dof;
                    cur.actor = -1;
                    cur.nag = 0;
                    continue;
                }
                if (d.actor < 0 && d.nag > 0 && u->n > 0 && npend == 0) {
                    /* "Danish media and government": the agent inherits the actor */
                    member last = u->m[u->n - 1];
                    uint32_t ags[MAX_AGENTS];
                    for (int k = 0; k < d.nag; k++)
                        ags[k] = d.agents[k];
                    make_members(s, u, last.actor, ags, d.nag, d.nfirst, d.nlast);
                    u->last = d.last;
                    cur = d;
                    cur.nag = 0;
                    cur.actor = -1;
                    /* nothing pending: members were made */
                    nx = d.last + 1u;
                    int nn = after_conj(s, nx);
                    chunk e;
                    if (nn < 0 || !read_chunk(s, (uint32_t)nn, &e))
                        break;
                    continue;
                }
                if (npend > 0 && d.actor >= 0) {
                    /* pending agents with no "of": they stay agent-only members */
                    for (int k = 0; k < npend; k++)
                        make_members(s, u, NULL, &pend[k], 1, u->first, cur.last);
                    npend = 0;
                }
                u->last = d.last;
                cur = d;
                continue;
            }
            if (has_conj && !has_comma && !named_left) {
                /* "the lions and the evil Gondor", "death and injury toll":
                 * one phrase */
                u->last = d.last;
                if (d.actor >= 0 && u->n == 0 && npend == 0) {
                    cur = d;
                    continue;
                }
                if (d.nag > 0 && u->n > 0) {
                    /* "Ithilen's awful and evil minister": the agent joins */
                    member last = u->m[u->n - 1];
                    u->n--;
                    uint32_t ags[MAX_AGENTS];
                    for (int k = 0; k < d.nag; k++)
                        ags[k] = d.agents[k];
                    make_members(s, u, last.actor, ags, d.nag, last.first, d.nlast);
                }
                cur.last = d.last;
                cur.actor = -1;
                cur.nag = 0;
                nx = d.last + 1u;
                int nn = after_conj(s, nx);
                chunk e;
                if (nn < 0 || !read_chunk(s, (uint32_t)nn, &e))
                    break;
                cur = d;
                cur.actor = -1;
                cur.nag = 0;
                continue;
            }
            break;
        }
        /* an agent alone stands for an actor only as a noun phrase: with a
         * determiner or in the plural ("the government", "officials"), not
         * as a bare singular ("he said government proposed") */
        bool np_ok = u->compound || u->last > ch.last;
        for (uint32_t k = u->first; k <= u->last && !np_ok; k++) {
            const cword *cw = LW(s, k);
            np_ok = cw->cls == W_DET || cw->cls == W_POSS || cw->cls == W_NUM || cw->cls == W_APOS ||
                    (cw->cls == W_CONTENT && !(cw->flags & WF_AGENT));
        }
        if (!np_ok && LW(s, u->last)->len > 1 && LW(s, u->last)->w[LW(s, u->last)->len - 1] == 's')
            np_ok = true;
        for (int k = 0; k < npend && (np_ok || u->n > 0); k++)
            make_members(s, u, NULL, &pend[k], 1, u->first, u->last);
        for (uint32_t k = u->first; k <= u->last; k++)
            LW(s, k)->unit = (int16_t)s->nu;
        if (u->n) {
            char buf[512];
            size_t o = 0;
            for (int k = 0; k < u->n && o < sizeof buf - 40; k++)
                o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", k ? " + " : "", u->m[k].code);
            trace(s, "phrase", -1, "\"%s\" → %s%s", live_text(s, u->first, u->last), buf,
                  u->compound ? " (compound)" : "");
            note_references(s, u);
            note_act(s, u);
        }
        s->nu++;
        i = u->last + 1u;
    }
}

/* ---- pattern matching ------------------------------------------------------- */


static bool unit_named(const sctx *s, int u)
{
    return u >= 0 && s->u[u].n > 0;
}

/* Subordinators that open a complement clause ("said that", "asked
 * whether"): the clause still belongs to the verb. */
static bool complement_word(const char *w)
{
    return !strcmp(w, "that") || !strcmp(w, "whether");
}

static bool is_prep_word(const sctx *s, const tac_pelem *e)
{
    const lex *lx = lex_find_hashed(s->c, e->word, e->hash);
    return lx && (lx->cls == W_PREP || lx->cls == W_TO);
}

/* Every synset member starting at each live word, found once per sentence
 * (one binary search per word) so that patterns test a synset at a position
 * by scanning a handful of hits instead of searching each synset. */
static void find_synset_hits(sctx *s)
{
    const tac_dict *d = s->d;
    s->nhits = 0;
    for (uint32_t i = 0; i < s->nl; i++) {
        s->syn_off[i] = s->nhits;
        uint64_t h = LW(s, i)->h;
        s->lh[i] = h;
        s->synmask[i] = 0;
        uint32_t a = 0;
        uint32_t z = tac_ix_probe(d->syn_slots, d->syn_slot_mask, h, &a);
        z += a;
        for (uint32_t m = a; m < z; m++) {
            const tac_dict_phrase *ph = &d->synsets[d->syn_starts[m].synset].members[d->syn_starts[m].member];
            uint32_t n = ph->nwords;
            if (i + n > s->nl)
                continue;
            uint32_t k = 0;
            while (k < n && !strcmp(LW(s, i + k)->w, ph->words[k]))
                k++;
            if (k < n)
                continue;
            synhit *hp = tac_arena_grow(&s->doc->arena, s->hits, &s->caphits, sizeof *hp, s->nhits + 1);
            if (!hp)
                break;   /* out of memory: the arena reports it */
            s->hits = hp;
            s->hits[s->nhits++] = (synhit){d->syn_starts[m].synset, (uint16_t)n};
            s->synmask[i] |= (uint64_t)1 << (d->syn_starts[m].synset & 63);
        }
    }
    s->syn_off[s->nl] = s->nhits;
}

/* Longest member of synset sy matched at p in direction dir (forward: it
 * starts at p; backward: it ends at p), inside [lo, hi]; 0 when none. */
static int synset_at(sctx *s, uint32_t sy, int p, int dir, int lo, int hi)
{
    int best = 0;
    if (dir > 0) {
        if (p < lo || p > hi)
            return 0;
        for (uint32_t k = s->syn_off[p]; k < s->syn_off[p + 1]; k++)
            if (s->hits[k].synset == sy && p + s->hits[k].len - 1 <= hi && s->hits[k].len > best)
                best = s->hits[k].len;
        return best;
    }
    int maxw = s->d->synsets[sy].maxwords;
    for (int L = 1; L <= maxw; L++) {
        int start = p - L + 1;
        if (start < lo || start > hi)
            continue;
        for (uint32_t k = s->syn_off[start]; k < s->syn_off[start + 1]; k++)
            if (s->hits[k].synset == sy && s->hits[k].len == L && L > best)
                best = L;
    }
    return best;
}

static bool match_elems(sctx *s, const tac_pelem *el, int n, int k, int pos, int dir, int lo, int hi, binding *b)
{
    if (k == n)
        return true;
    if (b->budget-- == 0)
        return false;
    const tac_pelem *e = &el[k];
    /* "* WITH +", "+ * BY $": the actor is the object of that preposition */
    bool pinned = dir > 0 && k > 0 && (e->kind == TAC_PE_SOURCE || e->kind == TAC_PE_TARGET ||
                                       e->kind == TAC_PE_COMPOUND) &&
                  el[k - 1].kind == TAC_PE_WORD && is_prep_word(s, &el[k - 1]);
    for (int p = pos; p >= lo && p <= hi; p += dir) {
        if (!pinned) {
            /* words that cannot match this element fail exactly as below
             * (one budget step each, adjacency ends the search), counted in
             * one go instead of word by word */
            int q = p;
            switch (e->kind) {
            case TAC_PE_WORD:
                while (q >= lo && q <= hi && s->lh[q] != e->hash)
                    q += dir;
                break;
            case TAC_PE_SYNSET:
                if (dir > 0) {
                    uint64_t bit = (uint64_t)1 << (e->synset & 63);
                    while (q <= hi && !(s->synmask[q] & bit))
                        q++;
                }
                break;
            case TAC_PE_SOURCE:
            case TAC_PE_TARGET:
                while (q >= lo && q <= hi && !unit_named(s, LW(s, (uint32_t)q)->unit))
                    q += dir;
                break;
            case TAC_PE_SKIP:
                while (q >= lo && q <= hi && LW(s, (uint32_t)q)->unit < 0)
                    q += dir;
                break;
            }
            uint32_t skipped = (uint32_t)((q - p) * dir);
            if (skipped) {
                if (e->adjacent || b->budget < skipped)
                    return false;
                b->budget -= skipped;
                p = q;
                if (p < lo || p > hi)
                    return false;
            }
        }
        /* pinned: only modifiers between the preposition and the actor */
        if (pinned && p != pos) {
            const cword *pw = LW(s, (uint32_t)(p - 1));
            if (p > pos + 3 || pw->cls == W_PREP || pw->cls == W_TO || pw->cls == W_COMMA || pw->cls == W_CONJ ||
                pw->cls == W_SUB || (pw->flags & WF_VERB))
                return false;
        }
        const cword *cw = LW(s, (uint32_t)p);
        bmark save = bmark_save(b);
        int next = 0;
        bool ok = false;
        switch (e->kind) {
        case TAC_PE_WORD:
            if (cw->h == e->hash && !strcmp(cw->w, e->word)) {
                ok = true;
                next = p + dir;
                if (b->nconsumed < 32)
                    b->consumed[b->nconsumed++] = (uint16_t)p;
                b->weight++;
            }
            break;
        case TAC_PE_SYNSET: {
            int len = synset_at(s, e->synset, p, dir, lo, hi);
            if (len) {
                for (int q = 0; q < len && b->nconsumed < 32; q++)
                    b->consumed[b->nconsumed++] = (uint16_t)(p + q * dir);
                next = p + len * dir;
                ok = true;
                b->weight += len;
            }
            break;
        }
        case TAC_PE_SOURCE:
        case TAC_PE_TARGET:
        case TAC_PE_COMPOUND:
            if (unit_named(s, cw->unit) && (e->kind != TAC_PE_COMPOUND || s->u[cw->unit].n > 1)) {
                const unit *u = &s->u[cw->unit];
                if (e->kind == TAC_PE_SOURCE)
                    b->source = cw->unit;
                else if (e->kind == TAC_PE_TARGET)
                    b->target = cw->unit;
                else if (dir < 0) {
                    b->source = cw->unit;
                    b->compound_upper = true;
                } else {
                    b->target = cw->unit;
                    b->compound_lower = true;
                }
                next = dir > 0 ? u->last + 1 : u->first - 1;
                ok = true;
                b->weight++;
            }
            break;
        case TAC_PE_SKIP:
            if (cw->unit >= 0) {
                const unit *u = &s->u[cw->unit];
                if (b->nskipped < 4)
                    b->skipped[b->nskipped++] = cw->unit;
                next = dir > 0 ? u->last + 1 : u->first - 1;
                ok = true;
            }
            break;
        }
        if (ok && match_elems(s, el, n, k + 1, next, dir, lo, hi, b))
            return true;
        bmark_restore(b, &save);
        if (b->budget == 0)
            return false;
        b->budget--;
        /* adjacency: the element must sit right here */
        if (e->adjacent)
            return false;
    }
    return false;
}

/* Try one pattern on verb occurrence v; on success fill b. */
static bool try_pattern(sctx *s, const vocc *v, const tac_cpattern *p, int lo, int hi, binding *b)
{
    if ((p->need & s->bloom) != p->need)
        return false;   /* a literal word of the pattern is not in the sentence */
    for (int k = 0; k < p->nlower; k++)
        if (p->lower[k].kind == TAC_PE_SYNSET && !(s->d->synsets[p->lower[k].synset].any & s->bloom))
            return false;
    for (int k = 0; k < p->nupper; k++)
        if (p->upper[k].kind == TAC_PE_SYNSET && !(s->d->synsets[p->upper[k].synset].any & s->bloom))
            return false;
    memset(b, 0, sizeof *b);
    b->source = b->target = -1;
    b->budget = MATCH_BUDGET;
    if (s->ulo_verb != v) {
        s->ulo = 0;
        for (int q = (int)v->first - 1; q >= 0; q--) {
            const cword *cw = LW(s, (uint32_t)q);
            if (cw->cls == W_SEMI || (cw->cls == W_SUB && !complement_word(cw->w))) {
                s->ulo = q + 1;
                break;
            }
        }
        s->ulo_verb = v;
    }
    int ulo = s->ulo;
    if (p->nupper && !match_elems(s, p->upper, p->nupper, 0, (int)v->first - 1, -1, ulo, (int)v->first - 1, b))
        return false;
    if (p->nlower && !match_elems(s, p->lower, p->nlower, 0, (int)v->last + 1, 1, (int)v->last + 1, hi, b))
        return false;
    (void)lo;
    return true;
}

/* ---- clause analysis ---------------------------------------------------------- */

/* Live index just before the verb group of v (auxiliaries, negation,
 * adverbs and an infinitive "to" skipped). */
static int before_group(sctx *s, const vocc *v)
{
    int q = (int)v->first - 1;
    while (q >= 0) {
        const cword *cw = LW(s, (uint32_t)q);
        if (cw->cls == W_AUX || cw->cls == W_NEG || cw->cls == W_ADV || cw->cls == W_TO)
            q--;
        else
            break;
    }
    return q;
}

static bool consumed_by(const binding *b, uint32_t p)
{
    for (int k = 0; k < b->nconsumed; k++)
        if (b->consumed[k] == p)
            return true;
    return false;
}

static int verb_at(sctx *s, uint32_t p)
{
    for (uint32_t k = 0; k < s->nv; k++)
        if (s->v[k].first <= p && p <= s->v[k].last)
            return (int)k;
    return -1;
}

static int find_subject(sctx *s, uint32_t vi, int16_t exclude, int depth);

static bool person_agent(const char *name);

/* Can pronoun w stand for unit u? "it" is not a person, "he"/"she" are. */
static bool pronoun_agrees(const sctx *s, const char *w, const unit *u)
{
    (void)s;
    if (u->n != 1)
        return strcmp(w, "it") && strcmp(w, "he") && strcmp(w, "she");
    const member *m = &u->m[0];
    bool person = (m->actor && (m->actor->flags & TAC_ACTORF_PERSON)) || person_agent(m->agent);
    if (!strcmp(w, "it"))
        return !person;
    if (!strcmp(w, "he") || !strcmp(w, "she"))
        return person;
    return true;
}

/* Subject search backward from live index q (inclusive). */
static int subject_from(sctx *s, int q, int16_t exclude, int depth)
{
    if (depth > 6)
        return -1;
    int boundary = -1;
    bool content = false, pronoun = false;
    const char *pronoun_word = NULL;
    int leftmost = -1;
    for (int p = q; p >= 0; p--) {
        const cword *cw = LW(s, (uint32_t)p);
        bool auxverb = (cw->flags & WF_VERB) && cw->cls == W_AUX;
        if (((cw->flags & WF_VERB) && !auxverb) || cw->cls == W_SEMI || (cw->flags & WF_SUB)) {
            boundary = p;
            break;
        }
        if (cw->cls == W_COMMA && (leftmost >= 0 || pronoun))
            break;
        if (cw->cls == W_PRON && leftmost < 0) {
            pronoun = true;   /* "he said": resolved only within its clause */
            if (!pronoun_word && cw->unit < 0)
                pronoun_word = cw->w;   /* the nearest unresolved one */
        }
        if (cw->unit >= 0 && cw->unit == exclude)
            continue;
        if (cw->unit >= 0 && unit_named(s, cw->unit)) {
            /* "He said it destroyed": past an unresolved "it", a person
             * is not the subject */
            if (leftmost < 0 && pronoun_word && !pronoun_agrees(s, pronoun_word, &s->u[cw->unit]))
                return -1;
            leftmost = cw->unit;
            continue;
        }
        if (cw->cls == W_CONTENT || cw->cls == W_NUM) {
            /* "has begun", "was seen": a word after an auxiliary is a verb */
            if (p > 0 && LW(s, (uint32_t)p - 1)->cls == W_AUX)
                continue;
            if (cw->flags & WF_NOUNV && 0)
                continue;
            content = true;
        }
    }
    if (leftmost >= 0)
        return leftmost;
    if (boundary < 0 || (pronoun && LW(s, (uint32_t)boundary)->cls == W_COMMA))
        return -1;
    const cword *bw = LW(s, (uint32_t)boundary);
    if (content && bw->cls != W_SUB)
        return -1;
    if (content)
        return -1;
    /* "Syria has faced sanctions after it cracked down": a pronoun
     * subject after a subordinator is the main clause's subject */
    if (pronoun && pronoun_word && (bw->flags & WF_SUB) && bw->cls != W_SUB) {
        for (int k = (int)s->nv - 1; k >= 0; k--) {
            if (s->v[k].last >= (uint32_t)boundary || s->v[k].suppressed)
                continue;
            int up = find_subject(s, (uint32_t)k, exclude, depth + 1);
            if (up >= 0 && pronoun_agrees(s, pronoun_word, &s->u[up]))
                return up;
            break;   /* else the nearest phrase before, as below */
        }
    }
    /* relative pronoun: the phrase before it */
    if (bw->cls == W_SUB && (!strcmp(bw->w, "who") || !strcmp(bw->w, "which"))) {
        int p = boundary - 1;
        while (p >= 0 && LW(s, (uint32_t)p)->cls == W_COMMA)
            p--;
        if (p >= 0 && unit_named(s, LW(s, (uint32_t)p)->unit) && LW(s, (uint32_t)p)->unit != exclude)
            return LW(s, (uint32_t)p)->unit;
    }
    if (bw->flags & WF_VERB) {
        int vk = verb_at(s, (uint32_t)boundary);
        if (vk >= 0) {
            int up = find_subject(s, (uint32_t)vk, exclude, depth + 1);
            /* "China confirmed that it has detained": the pronoun is the
             * subject above; "he said it destroyed": a person is not "it" */
            if (up >= 0 && pronoun_word && !pronoun_agrees(s, pronoun_word, &s->u[up]))
                return -1;
            return up;
        }
    }
    return subject_from(s, boundary - 1, exclude, depth + 1);
}

static int find_subject(sctx *s, uint32_t vi, int16_t exclude, int depth)
{
    vocc *v = &s->v[vi];
    int q = before_group(s, v);
    if (q < 0)
        return -1;
    /* verb coordination: "condemned X and promised Y"; a participle after
     * a comma: "cooperated with X, pledging aid" */
    const char *hw = LW(s, v->head)->w;
    size_t hl = strlen(hw);
    bool ing = hl > 4 && !strcmp(hw + hl - 3, "ing");
    if (LW(s, (uint32_t)q)->cls == W_CONJ || (ing && LW(s, (uint32_t)q)->cls == W_COMMA)) {
        for (int k = (int)vi - 1; k >= 0; k--)
            if (s->v[k].last < (uint32_t)q)
                return find_subject(s, (uint32_t)k, exclude, depth + 1);
    }
    return subject_from(s, q, exclude, depth);
}

/* End (inclusive) of the region a verb's target and lower pattern may use:
 * up to ';' or a coordinated new clause ("and Y condemned", "and promised"). */
static int clause_end(sctx *s, const vocc *v)
{
    for (uint32_t p = v->last + 1u; p < s->nl; p++) {
        const cword *cw = LW(s, p);
        if (cw->cls == W_SEMI || (cw->cls == W_SUB && !complement_word(cw->w)))
            return (int)p - 1;
        if (cw->cls == W_CONJ || cw->cls == W_COMMA) {
            uint32_t q = p + 1;
            while (q < s->nl && (LW(s, q)->cls == W_CONJ || LW(s, q)->cls == W_ADV || LW(s, q)->cls == W_COMMA))
                q++;
            if (q < s->nl && (LW(s, q)->flags & WF_VERB) && cw->cls == W_CONJ)
                return (int)p - 1;
            if (q < s->nl && LW(s, q)->unit >= 0) {
                const unit *u = &s->u[LW(s, q)->unit];
                uint32_t r = u->last + 1u;
                while (r < s->nl && (LW(s, r)->cls == W_AUX || LW(s, r)->cls == W_ADV))
                    r++;
                if (r < s->nl && (LW(s, r)->flags & WF_VERB) && LW(s, u->first)->unit != LW(s, p - 1)->unit)
                    return (int)p - 1;
            }
        }
    }
    return (int)s->nl - 1;
}

static int find_object(sctx *s, uint32_t from, int hi, const binding *b, int16_t exclude, bool native)
{
    for (int p = (int)from; p <= hi; p++) {
        int16_t u = LW(s, (uint32_t)p)->unit;
        if (!unit_named(s, u) || u == exclude)
            continue;
        /* "welcomed the military action against Assad": the object is an
         * act, and the one it is against is not the target */
        if (native && p >= 2 && !strcmp(LW(s, (uint32_t)p - 1u)->w, "against") &&
            LW(s, (uint32_t)p - 2u)->cls == W_CONTENT && !unit_named(s, LW(s, (uint32_t)p - 2u)->unit) &&
            !(LW(s, (uint32_t)p - 2u)->flags & (WF_VERB | WF_VERBW)))
            return -1;
        bool skip = false;
        for (int k = 0; k < b->nskipped; k++)
            skip |= b->skipped[k] == u;
        if (skip)
            continue;
        return u;
    }
    return -1;
}

/* ---- events -------------------------------------------------------------------- */

static void set_actor(sctx *s, tac_actor *a, const member *m)
{
    memset(a, 0, sizeof *a);
    a->code = m->code;
    size_t n = strlen(m->code);
    if (n >= 3 && m->code[0] >= 'A' && m->code[0] <= 'Z' && m->code[1] >= 'A' && m->code[1] <= 'Z' &&
        m->code[2] >= 'A' && m->code[2] <= 'Z') {
        memcpy(a->country, m->code, 3);
        a->country[3] = 0;
    }
    a->span.start = LW(s, m->first)->start;
    /* The reported span reaches over the rest of a name of the same actor
     * that the match stopped inside ("President Xi" + "Jinping"): the
     * evidence shows the whole name. Words stay as they were matched. */
    uint32_t last = m->last;
    for (bool grew = m->actor != NULL; grew && last + 1 < s->nl;) {
        grew = false;
        const char *w = LW(s, last)->w, *next = LW(s, last + 1)->w;
        for (uint32_t k = 0; k < m->actor->nphrases && !grew; k++) {
            const tac_dict_phrase *ph = &m->actor->phrases[k];
            for (uint16_t j = 0; j + 1 < ph->nwords && !grew; j++)
                if (!strcmp(ph->words[j], w) && !strcmp(ph->words[j + 1], next))
                    grew = true;
        }
        if (grew)
            last++;
    }
    a->span.end = LW(s, last)->end;
    a->entry = m->actor ? m->actor->name : NULL;
    a->rule = NULL;
    if (m->rule) {
        /* formatted for the events only: most members never make one */
        char rb[128];
        format_rule(rb, sizeof rb, m->rule);
        a->rule = tac_arena_strdup(&s->doc->arena, rb);
    }
    a->agent = m->agent;
}

static const member NULL_MEMBER = {NULL, "---", NULL, NULL, 0, 0, false};

/* Events of our own dictionaries name two real parties: an agent that found
 * no country ("officials", "the two presidents": `---GOV`) names nobody a
 * reader could count, and a state acting on its own government or the
 * reverse ("visiting Chinese President Xi" → CHN/CHNGOV, "Kim acknowledged
 * North Korea's responsibility" → PRKGOV/PRK) is a misreading far more
 * often than a real event. Two sectors of one state (VENGOV/VENOPP) stay.
 * PETRARCH-format verbs keep PETRARCH's output, which has both. */
static bool native_event_ok(sctx *s, const member *src, const member *tgt, const char *code)
{
    const member *m[2] = {src, tgt};
    for (int k = 0; k < 2; k++)
        if (m[k] != &NULL_MEMBER && !strncmp(m[k]->code, "---", 3)) {
            trace(s, "no-event", -1, "%s → %s: %s names no country", src->code, tgt->code, m[k]->code);
            return false;
        }
    if (src == &NULL_MEMBER || tgt == &NULL_MEMBER)
        return true;
    size_t ls = strlen(src->code), lt = strlen(tgt->code);
    /* the state and its own government; the state and its protesters
     * ("Syria cracked down on demonstrators": SYR → SYRPRO) stay */
    const char *sector = ls == 3 ? tgt->code + 3 : src->code + 3;
    if (ls >= 3 && lt >= 3 && (ls == 3 || lt == 3) && !strncmp(src->code, tgt->code, 3) &&
        strncmp(src->code, "IGO", 3) && (!*sector || !strncmp(sector, "GOV", 3))) {
        trace(s, "no-event", -1, "%s → %s: a state acting on itself", src->code, tgt->code);
        return false;
    }
    /* "called for the release of detained US nationals": a state's own
     * nationals are what it asks for, not whom it asks; the holder is */
    if (code && (!strcmp(code, "0253") || !strcmp(code, "1053")) && ls >= 3 && lt > 3 &&
        !strncmp(src->code, tgt->code, 3) && strncmp(src->code, "IGO", 3)) {
        trace(s, "no-event", -1, "%s → %s: a call to release the source's own nationals", src->code, tgt->code);
        return false;
    }
    /* an organ of a state (forces, police, officials) whose country is only
     * the one named last, acting on that very state or its government:
     * the guess is what is wrong ("joint coast guard patrols … and Japan
     * will help" is not Japan's forces acting on Japan) */
    for (int k = 0; k < 2; k++) {
        const member *a = m[k], *o = m[1 - k];
        size_t la = strlen(a->code), lo = strlen(o->code);
        if (a->inferred && !o->inferred && la >= 6 && lo >= 3 && !strncmp(a->code, o->code, 3) &&
            (lo == 3 || !strncmp(o->code + 3, "GOV", 3)) &&
            (!strncmp(a->code + 3, "MIL", 3) || !strncmp(a->code + 3, "COP", 3) || !strncmp(a->code + 3, "GOV", 3))) {
            trace(s, "no-event", -1, "%s → %s: %s has its country only from the text before", src->code, tgt->code,
                  a->code);
            return false;
        }
    }
    return true;
}

/* Whether list[0..n) holds the event (sentence, source, target, code):
 * one event or mention per such key and sentence. */
static bool has_event(const tac_event *list, uint32_t n, uint32_t sentence, const member *src, const member *tgt,
                      const char *code)
{
    for (uint32_t k = 0; k < n; k++) {
        const tac_event *e = &list[k];
        if (e->sentence == sentence && !strcmp(e->source.code, src->code) && !strcmp(e->target.code, tgt->code) &&
            !strcmp(e->code, code))
            return true;
    }
    return false;
}

static void emit(sctx *s, vocc *v, const member *src, const member *tgt, const char *code,
                 const tac_cpattern *pat, const char *verb_name, uint8_t mode)
{
    tac_doc *doc = s->doc;
    if (strcmp(src->code, "---") && !strcmp(src->code, tgt->code)) {
        trace(s, "no-event", -1, "%s → %s: an actor acting on itself", src->code, tgt->code);
        return;
    }
    if (!s->d->verb_petrarch[v->verbs[0]] && !native_event_ok(s, src, tgt, code))
        return;
    if (has_event(doc->events, doc->nevents, s->sentence, src, tgt, code))
        return;
    if (doc->limits.max_events && doc->nevents >= doc->limits.max_events)
        return;
    tac_event *ev = tac_arena_grow(&doc->arena, doc->events, &doc->cap_events, sizeof *ev, doc->nevents + 1);
    if (!ev)
        return;
    doc->events = ev;
    ev = &ev[doc->nevents];
    memset(ev, 0, sizeof *ev);
    ev->sentence = s->sentence;
    set_actor(s, &ev->source, src);
    set_actor(s, &ev->target, tgt);
    if (src == &NULL_MEMBER)
        ev->source.span = (tac_span){0, 0};
    if (tgt == &NULL_MEMBER)
        ev->target.span = (tac_span){0, 0};
    scopy(ev->code, sizeof ev->code, code, SIZE_MAX);
    ev->verb.start = LW(s, v->first)->start;
    ev->verb.end = LW(s, v->last)->end;
    ev->pattern = pat ? pat->id : 0;
    ev->pattern_text = pat ? pat->text : verb_name;
    ev->dict_file = pat ? pat->origin : s->d->model.verbs[v->verbs[0]].origin;
    ev->mode = mode;
    ev->negated = mode == TAC_MODE_NEGATED;
    ev->confidence = pat ? 0.8f : 0.6f;
    if (src == &NULL_MEMBER || tgt == &NULL_MEMBER)
        ev->confidence -= 0.2f;
    tac_resolve_code(ev);
    if (!v->dated) {
        /* every event of one verb has the same date: resolve it once */
        tac_resolve_date(doc, s->sentence, LW(s, v->head)->tok, s->date, ev);
        v->dated = true;
        v->date = ev->date;
        v->date_basis = ev->date_basis;
        v->date_span = ev->date_span;
    } else {
        ev->date = v->date;
        ev->date_basis = v->date_basis;
        ev->date_span = v->date_span;
    }
    doc->nevents++;
    trace(s, "event", (int32_t)(doc->nevents - 1), "%s → %s  %s  (verb \"%s\", %s%s)", src->code, tgt->code, code,
          live_text(s, v->first, v->last), pat ? "pattern " : "default code of ", pat ? pat->text : verb_name);
}

/* Split "A:B" into the forward and the reverse code. */
static void split_code(const char *code, char *fwd, char *rev)
{
    const char *colon = strchr(code, ':');
    if (!colon) {
        scopy(fwd, 8, code, SIZE_MAX);
        rev[0] = 0;
        return;
    }
    scopy(fwd, 8, code, (size_t)(colon - code));
    scopy(rev, 8, colon + 1, SIZE_MAX);
}

static bool code_is_null(const char *c)
{
    return !c || !*c || !strcmp(c, "---");
}

/* "Just before meeting Sarkozy …, Medvedev issued": a gerund in an opening
 * prepositional phrase has the subject of the clause after its comma. */
static int opening_gerund_subject(sctx *s, const vocc *v, int16_t exclude)
{
    const char *hw = LW(s, v->head)->w;
    size_t hl = strlen(hw);
    if (hl <= 4 || strcmp(hw + hl - 3, "ing") || v->first == 0 || LW(s, v->first - 1u)->cls != W_PREP)
        return -1;
    for (uint32_t p = 0; p + 1 < v->first; p++)
        if (LW(s, p)->cls != W_ADV && LW(s, p)->cls != W_CONTENT && LW(s, p)->cls != W_QUOTE)
            return -1;
    for (uint32_t p = v->last + 1u; p < s->nl; p++) {
        if (LW(s, p)->cls == W_SEMI || (LW(s, p)->flags & WF_SUB))
            return -1;
        if (LW(s, p)->cls != W_COMMA)
            continue;
        uint32_t q = p + 1;
        while (q < s->nl && LW(s, q)->cls == W_ADV)
            q++;
        if (q < s->nl && unit_named(s, LW(s, q)->unit) && LW(s, q)->unit != exclude) {
            const unit *u = &s->u[LW(s, q)->unit];
            uint32_t r = u->last + 1u;
            while (r < s->nl && (LW(s, r)->cls == W_AUX || LW(s, r)->cls == W_ADV))
                r++;
            if (r < s->nl && (LW(s, r)->flags & WF_VERB))
                return LW(s, q)->unit;
        }
        return -1;
    }
    return -1;
}

/* A verb that continues the previous one with the same subject ("met Xi in
 * Beijing, seeking closer ties"; "condemned X and called for …") and has
 * no object of its own acts on the previous verb's target. */
static int shared_target(sctx *s, uint32_t vi, int source)
{
    const vocc *v = &s->v[vi];
    int q = before_group(s, v);
    if (q < 0 || vi == 0)
        return -1;
    const char *hw = LW(s, v->head)->w;
    size_t hl = strlen(hw);
    bool ing = hl > 4 && !strcmp(hw + hl - 3, "ing");
    bool conj = LW(s, (uint32_t)q)->cls == W_CONJ && strcmp(LW(s, (uint32_t)q)->w, "or");
    if (!conj && !(ing && LW(s, (uint32_t)q)->cls == W_COMMA))
        return -1;
    for (int k = (int)vi - 1; k >= 0; k--) {
        const vocc *p = &s->v[k];
        if (p->last >= (uint32_t)q)
            continue;
        if (p->source_unit == source && p->target_unit >= 0 && p->target_unit != source && p->emitted)
            return p->target_unit;
        return -1;
    }
    return -1;
}

/* A threat with no object names its target in its condition: "Iran will
 * close the strait if the West imposes sanctions" → the West. */
static int conditional_target(sctx *s, const vocc *v, int source)
{
    const tac_cpattern *best = v->best;
    const char *code = best ? best->code : s->d->model.verbs[v->verbs[0]].code;
    if (!code || strncmp(code, "13", 2))
        return -1;
    for (uint32_t p = v->last + 1u; p < s->nl; p++) {
        const cword *cw = LW(s, p);
        if (cw->cls == W_SEMI)
            return -1;
        if (strcmp(cw->w, "if") && strcmp(cw->w, "unless"))
            continue;
        for (uint32_t k = p + 1; k < s->nl && k <= p + 4; k++) {
            int16_t u = LW(s, k)->unit;
            if (unit_named(s, u) && u != source)
                return u;
            if (LW(s, k)->flags & WF_VERB)
                break;
        }
        return -1;
    }
    return -1;
}

static void code_verb(sctx *s, uint32_t vi)
{
    vocc *v = &s->v[vi];
    const tac_dict_verb *dv = &s->d->model.verbs[v->verbs[0]];
    const char *vtext = live_text(s, v->first, v->last);
    int hi = clause_end(s, v);
    /* best pattern over every verb entry sharing this form (mark_consumed) */
    const tac_cpattern *best = v->best;
    binding bb = v->bb;
    if (best)
        trace(s, "pattern", -1, "\"%s\": pattern \"%s\" [%s] matched (%s)", vtext, best->text, best->code,
              best->origin);
    else
        trace(s, "pattern", -1, "\"%s\": no pattern of %s matched; default code [%s]", vtext, dv->name,
              dv->code ? dv->code : "none");
    const char *code = best ? best->code : dv->code;
    /* an auxiliary in front of another verb codes only through a pattern */
    if (!best && LW(s, v->head)->cls == W_AUX) {
        uint32_t q = v->last + 1u;
        while (q < s->nl && (LW(s, q)->cls == W_NEG || LW(s, q)->cls == W_ADV))
            q++;
        if (q < s->nl && (LW(s, q)->cls == W_AUX || (LW(s, q)->flags & (WF_VERB | WF_VERBW)) ||
                          LW(s, q)->cls == W_CONTENT)) {
            trace(s, "no-event", -1, "\"%s\" is an auxiliary here", vtext);
            return;
        }
    }
    /* consumed by an earlier verb's pattern */
    if (v->suppressed) {
        trace(s, "no-event", -1, "\"%s\" is part of another verb's pattern", vtext);
        return;
    }
    if (code_is_null(code)) {
        trace(s, "no-event", -1, "\"%s\": code [%s] codes nothing", vtext, code ? code : "none");
        return;
    }
    /* infinitive after a coded verb of the same clause ("urged X to help") */
    int q = (int)v->first - 1;
    while (q >= 0 && LW(s, (uint32_t)q)->cls == W_AUX && is_be(LW(s, (uint32_t)q)->w))
        q--;
    /* likewise a gerund after "for": "lobbied for requiring X to …" */
    bool for_gerund = q >= 0 && !strcmp(LW(s, (uint32_t)q)->w, "for") && strlen(LW(s, v->head)->w) > 4 &&
                      !strcmp(LW(s, v->head)->w + strlen(LW(s, v->head)->w) - 3, "ing");
    if (q >= 0 && (LW(s, (uint32_t)q)->cls == W_TO || for_gerund)) {
        for (int k = (int)vi - 1; k >= 0; k--) {
            if (s->v[k].coded) {
                bool boundary = false;
                for (uint32_t p = s->v[k].last + 1u; p < (uint32_t)q; p++)
                    boundary |= (LW(s, p)->cls == W_SUB || LW(s, p)->cls == W_SEMI);
                if (!boundary) {
                    trace(s, "no-event", -1, "\"%s\" is an infinitive complement of the coded verb \"%s\"", vtext,
                          live_text(s, s->v[k].first, s->v[k].last));
                    return;
                }
            }
            break;
        }
    }
    /* negation in the verb group, unless the pattern names it */
    uint8_t mode = TAC_MODE_FACT;
    for (int p = (int)v->first - 1; p >= 0; p--) {
        const cword *cw = LW(s, (uint32_t)p);
        if (cw->cls == W_NEG && !consumed_by(&bb, (uint32_t)p)) {
            mode = TAC_MODE_NEGATED;
            break;
        }
        /* "have been unable to contact", "failed to reach": it did not happen */
        if (cw->cls == W_TO && p > 0 && !consumed_by(&bb, (uint32_t)p - 1u) &&
            (!strcmp(LW(s, (uint32_t)p - 1u)->w, "unable") || !strcmp(LW(s, (uint32_t)p - 1u)->w, "failed"))) {
            mode = TAC_MODE_NEGATED;
            break;
        }
        if (cw->cls != W_AUX && cw->cls != W_ADV && cw->cls != W_NEG && cw->cls != W_TO)
            break;
        if (cw->cls == W_AUX && (!strcmp(cw->w, "will") || !strcmp(cw->w, "would") || !strcmp(cw->w, "shall")))
            mode = TAC_MODE_INTENT;
    }
    for (int p = (int)v->first - 1; p >= 0 && mode == TAC_MODE_FACT; p--) {
        const cword *cw = LW(s, (uint32_t)p);
        if ((cw->flags & WF_VERB) || cw->cls == W_SEMI || cw->cls == W_COMMA)
            break;
        if ((!strcmp(cw->w, "if") || !strcmp(cw->w, "unless")) && !consumed_by(&bb, (uint32_t)p))
            mode = TAC_MODE_HYPOTHETICAL;
    }
    if (mode == TAC_MODE_HYPOTHETICAL && !s->c->opt.keep_negated) {
        trace(s, "no-event", -1, "\"%s\" is hypothetical (if/unless)", vtext);
        return;
    }
    if (mode == TAC_MODE_NEGATED && !s->c->opt.keep_negated) {
        trace(s, "no-event", -1, "\"%s\" is negated (use --keep-negated to keep it flagged)", vtext);
        return;
    }
    /* passive: "X was opposed (earlier) by Y", "neighbours hit by unrest".
     * PETRARCH-format verbs keep PETRARCH's reading: only a "be" passive
     * with a named "by" agent and no actor slot in the pattern is turned
     * around; an agentless passive stays active ("The Philippines was
     * criticized over …" codes the Philippines as source). Other
     * dictionaries: a "by" agent after a participle overrides the
     * pattern's slots (unless the pattern itself names BY), and an
     * agentless passive has no source. */
    int source = bb.source, target = bb.target;
    /* an actor slot before the verb stands for its subject: a phrase inside
     * a prepositional phrase ("… working in New Delhi was expelled") is
     * not one; take the clause's subject instead */
    for (int which = 0; which < 2; which++) {
        int *slot = which ? &target : &source;
        if (*slot < 0 || s->u[*slot].first == 0 || s->u[*slot].first > v->first)
            continue;
        const cword *before = LW(s, s->u[*slot].first - 1u);
        if (before->cls == W_PREP || before->cls == W_TO) {
            int subj = find_subject(s, vi, (int16_t)(which ? source : target), 0);
            if (subj >= 0)
                *slot = subj;
        }
    }
    bool passive = false, agentless = false;
    bool petrarch = s->d->verb_petrarch[v->verbs[0]];
    {
        int p = (int)v->first - 1;
        while (p >= 0 && (LW(s, (uint32_t)p)->cls == W_ADV || LW(s, (uint32_t)p)->cls == W_NEG))
            p--;
        bool be = p >= 0 && is_be(LW(s, (uint32_t)p)->w);
        const char *hw = LW(s, v->head)->w;
        size_t hl = strlen(hw);
        uint8_t tag = s->doc->tokens[LW(s, v->head)->tok].pos;
        bool participle = tag == TAC_POS_VBN || (hl > 3 && (!strcmp(hw + hl - 2, "ed") || !strcmp(hw + hl - 2, "en")));
        bool by_in_pattern = false;
        for (int k = 0; k < bb.nconsumed; k++)
            by_in_pattern |= !strcmp(LW(s, bb.consumed[k])->w, "by");
        int by = -1;
        bool noun_between = false;
        for (uint32_t k = v->last + 1u; k < s->nl && k <= v->last + 3u; k++) {
            if (!strcmp(LW(s, k)->w, "by")) {
                by = (int)k;
                break;
            }
            if (LW(s, k)->cls != W_ADV && LW(s, k)->cls != W_CONTENT)
                break;
            noun_between |= LW(s, k)->cls == W_CONTENT;
        }
        /* "is investigating war crimes by Russia" is progressive: only a
         * participle is passive */
        bool progressive = hl > 4 && !strcmp(hw + hl - 3, "ing");
        bool allowed = petrarch ? (source < 0 && target < 0 && be)
                                : (!by_in_pattern && participle && !progressive);
        /* without "be", "rejected mediation by the UN" is active: a bare
         * participle is passive only with "by" right after it */
        if (!petrarch && !be && noun_between)
            allowed = false;
        if (by >= 0 && allowed && (be || participle)) {
            int agent = (uint32_t)by + 1 < s->nl && unit_named(s, LW(s, (uint32_t)by + 1)->unit)
                            ? LW(s, (uint32_t)by + 1)->unit
                            : -1;
            if (agent >= 0 || !petrarch) {
                source = agent;
                /* "citizens abducted by X": a participle right after a
                 * noun phrase modifies it; that phrase is the target */
                int16_t before = v->first > 0 ? LW(s, v->first - 1u)->unit : -1;
                if (!petrarch && !be && unit_named(s, before) && before != source)
                    target = before;
                else
                    target = find_subject(s, vi, (int16_t)source, 0);
                passive = true;
                agentless = agent < 0;
            }
        } else if (!petrarch && be && participle && by < 0 && !by_in_pattern) {
            /* "sanctions will be eased on X": no agent named. A compound
             * subject still names the parties of a reciprocal act ("the
             * deal between A and B was signed") */
            int subj = find_subject(s, vi, -1, 0);
            if (subj >= 0 && s->u[subj].n > 1) {
                source = subj;
                target = -1;
                bb.compound_upper = true;
            } else {
                target = subj;
                source = -1;
                passive = agentless = true;
            }
        }
    }
    if (!passive) {
        if (source < 0)
            source = find_subject(s, vi, (int16_t)target, 0);
        if (source < 0 && !petrarch)
            source = opening_gerund_subject(s, v, (int16_t)target);
        if (target < 0 && !bb.compound_upper)
            target = find_object(s, v->last + 1u, hi, &bb, (int16_t)source, !petrarch);
    }
    if (!petrarch && !passive && target < 0 && !bb.compound_upper && source >= 0) {
        int from = shared_target(s, vi, source);
        if (from >= 0) {
            target = from;
            trace(s, "clause", -1, "\"%s\" shares the target of \"%s\"", vtext,
                  live_text(s, s->u[from].first, s->u[from].last));
        } else {
            target = conditional_target(s, v, source);
        }
    }
    if (passive)
        trace(s, "clause", -1, "\"%s\" is passive: %s", vtext,
              agentless ? "no agent named, no source" : "source after \"by\"");
    v->source_unit = (int16_t)source;
    v->target_unit = (int16_t)target;
    char fwd[8], rev[8];
    split_code(code, fwd, rev);
    const unit *su = source >= 0 ? &s->u[source] : NULL;
    const unit *tu = target >= 0 ? &s->u[target] : NULL;
    /* "Starmer met Xi in Beijing": a meeting in the target's country is
     * a visit (042) and its hosting (043) */
    if (!petrarch && su && tu && su->n == 1 && tu->n == 1 && !strcmp(fwd, "040") && !strcmp(rev, "040")) {
        for (int p = tu->last + 1; p + 1 <= hi; p++) {
            const char *w = LW(s, (uint32_t)p)->w;
            if (strcmp(w, "in") && strcmp(w, "at"))
                continue;
            int16_t place = LW(s, (uint32_t)p + 1u)->unit;
            if (unit_named(s, place) && s->u[place].n == 1) {
                const char *pc = s->u[place].m[0].code, *tc = tu->m[0].code, *sc = su->m[0].code;
                if (strlen(pc) >= 3 && !strncmp(pc, tc, 3) && strncmp(pc, sc, 3)) {
                    snprintf(fwd, sizeof fwd, "042");
                    snprintf(rev, sizeof rev, "043");
                }
            }
            break;
        }
    }
    bool require = s->c->opt.require_dyad;
    /* a compound subject with no target codes among its members
     * (reciprocal: "A and B renewed ties", pattern "% * ...") */
    /* "a ceasefire was agreed upon by both nations": a % slot after the
     * verb with no source names the parties of the reciprocal act */
    bool lower_pair = bb.compound_lower && !su && tu && tu->n > 1;
    if (lower_pair) {
        su = tu;
        tu = NULL;
    }
    if (su && su->n > 1 && (bb.compound_upper || lower_pair || (!tu && rev[0]))) {
        for (int i = 0; i < su->n; i++)
            for (int j = 0; j < su->n; j++) {
                if (i == j)
                    continue;
                emit(s, v, &su->m[i], &su->m[j], (i < j || !rev[0]) ? fwd : rev, best, dv->name, mode);
            }
        v->coded = v->emitted = true;
        return;
    }
    if (!su || (!tu && require)) {
        trace(s, "no-event", -1, "\"%s\" [%s]: %s", vtext, code,
              !su ? "no source actor before the verb" : "no target actor after the verb (require_dyad)");
        if (su || tu)
            v->coded = true;   /* the verb heads its clause even uncoded */
        return;
    }
    v->coded = true;
    if (!tu) {
        /* require_dyad off: a subordinate clause under a verb that already
         * produced an event adds no target-less event of its own */
        for (int k = (int)vi - 1; k >= 0; k--) {
            if (!s->v[k].emitted)
                continue;
            int sub = -1;
            for (uint32_t p = s->v[k].last + 1u; p < v->first; p++) {
                if (LW(s, p)->flags & WF_SUB)
                    sub = (int)p;
                else if (LW(s, p)->cls == W_COMMA || LW(s, p)->cls == W_SEMI)
                    sub = -1;   /* "after a 12-year rift, X said": the clause ended */
            }
            if (sub >= 0) {
                trace(s, "no-event", -1, "\"%s\": no target, inside a subordinate clause of \"%s\"", vtext,
                      live_text(s, s->v[k].first, s->v[k].last));
                return;
            }
            break;
        }
    }
    v->emitted = true;
    /* "aid for Bahrain and Oman, but also for Morocco and Jordan": the
     * targets the list adds after the target (the same preposition, or
     * none, as before the target) */
    const unit *more = NULL;
    if (!petrarch && tu && !bb.compound_upper) {
        uint32_t p = tu->last + 1u;
        if (p < s->nl && LW(s, p)->cls == W_COMMA)
            p++;
        uint32_t prep = 0, at = p < s->nl ? list_continuation(s, p, &prep) : 0;
        /* the preposition must be one between the verb and the target
         * ("aid for Gulf neighbours such as Bahrain, but also for …") */
        bool same_prep = !prep;
        for (uint32_t w = v->last + 1u; prep && w < tu->first; w++)
            same_prep |= !strcmp(LW(s, w)->w, LW(s, prep)->w);
        if (!prep && tu->first > 0 && (LW(s, tu->first - 1u)->cls == W_PREP || LW(s, tu->first - 1u)->cls == W_TO))
            same_prep = false;
        if (at && at <= (uint32_t)hi + 8u && same_prep && unit_named(s, LW(s, at)->unit) &&
            LW(s, at)->unit != target && LW(s, at)->unit != source) {
            more = &s->u[LW(s, at)->unit];
            trace(s, "clause", -1, "\"%s\" adds targets: \"%s\"", vtext, live_text(s, more->first, more->last));
        }
    }
    /* actors without a code in a compound are dropped when others have one */
    for (int i = 0; i < su->n; i++) {
        if (!tu) {
            emit(s, v, &su->m[i], &NULL_MEMBER, fwd, best, dv->name, mode);
            continue;
        }
        for (int j = 0; j < tu->n; j++) {
            emit(s, v, &su->m[i], &tu->m[j], fwd, best, dv->name, mode);
        }
        for (int j = 0; more && j < more->n; j++)
            emit(s, v, &su->m[i], &more->m[j], fwd, best, dv->name, mode);
    }
    if (rev[0] && tu) {
        for (int j = 0; j < tu->n; j++)
            for (int i = 0; i < su->n; i++)
                emit(s, v, &tu->m[j], &su->m[i], rev, best, dv->name, mode);
        for (int j = 0; more && j < more->n; j++)
            for (int i = 0; i < su->n; i++)
                emit(s, v, &more->m[j], &su->m[i], rev, best, dv->name, mode);
    }
}

/* Verbs a higher-weight pattern of another verb consumed as a literal
 * ("express * FEARS", "INDICATED SHOULD *") are not coded themselves. */
static void mark_consumed(sctx *s)
{
    for (uint32_t vi = 0; vi < s->nv; vi++) {
        vocc *v = &s->v[vi];
        int hi = clause_end(s, v);
        const tac_cpattern *best = NULL;
        binding b, bb;
        for (int k = 0; k < v->nverbs; k++) {
            const tac_cverb *cv = &s->d->verbs[v->verbs[k]];
            for (uint32_t p = 0; p < cv->npats; p++) {
                if (try_pattern(s, v, &cv->pats[p], 0, hi, &b) && (!best || b.weight > bb.weight)) {
                    best = &cv->pats[p];
                    bb = b;
                }
            }
        }
        v->best = best;
        if (best)
            v->bb = bb;
        else {
            memset(&v->bb, 0, sizeof v->bb);
            v->bb.source = v->bb.target = -1;
        }
        if (!best || v->suppressed)
            continue;
        for (int k = 0; k < bb.nconsumed; k++) {
            int o = verb_at(s, bb.consumed[k]);
            if (o >= 0 && (uint32_t)o != vi)
                s->v[o].suppressed = true;
        }
    }
}

/* ---- mentions: events named by a noun ----------------------------------------- */

/* Nouns that name an event whose CAMEO code is plain from the noun alone.
 * Kept to the ones whose code does not depend on what else is said: a
 * "meeting" or "talks" may be 036, 040, 043 or 046 depending on who asked. */
static const struct {
    const char *noun, *code;
} EVENT_NOUNS[] = {
    {"visit", "042"}, {"visits", "042"}, {"trip", "042"}, {"trips", "042"},
};

static const char *event_noun(const cword *cw)
{
    if (cw->flags & (WF_ACTOR | WF_AGENT | WF_DELETED))
        return NULL;
    for (size_t k = 0; k < sizeof EVENT_NOUNS / sizeof EVENT_NOUNS[0]; k++)
        if (!strcmp(cw->w, EVENT_NOUNS[k].noun))
            return EVENT_NOUNS[k].code;
    return NULL;
}

/* The named unit that starts at live word i ("the" before it allowed), or -1. */
static int unit_from(sctx *s, uint32_t i)
{
    if (i < s->nl && !strcmp(LW(s, i)->w, "the") && LW(s, i)->unit < 0)
        i++;
    if (i >= s->nl)
        return -1;
    int u = LW(s, i)->unit;
    return unit_named(s, u) && s->u[u].first == i ? u : -1;
}

static bool word_is(sctx *s, uint32_t i, const char *w)
{
    return i < s->nl && !strcmp(LW(s, i)->w, w);
}

static void add_mention(sctx *s, uint32_t noun, const member *src, const member *tgt, const char *code,
                        const char *shape, uint32_t src_before)
{
    tac_doc *doc = s->doc;
    if (!strcmp(src->code, tgt->code) || !native_event_ok(s, src, tgt, code))
        return;
    /* a verb of the sentence that coded the same thing says it better */
    if (has_event(doc->events, doc->nevents, s->sentence, src, tgt, code) ||
        has_event(doc->mentions, doc->nmentions, s->sentence, src, tgt, code))
        return;
    if (doc->limits.max_events && doc->nmentions >= doc->limits.max_events)
        return;
    tac_event *ev = tac_arena_grow(&doc->arena, doc->mentions, &doc->cap_mentions, sizeof *ev, doc->nmentions + 1);
    if (!ev)
        return;
    doc->mentions = ev;
    ev = &ev[doc->nmentions];
    memset(ev, 0, sizeof *ev);
    ev->sentence = s->sentence;
    set_actor(s, &ev->source, src);
    set_actor(s, &ev->target, tgt);
    /* the source's evidence stops at its 's: the modifiers after it
     * ("Assad's first official") belong to the noun */
    if (src_before < s->nl && src_before > 0 && ev->source.span.end > LW(s, src_before - 1)->end)
        ev->source.span.end = LW(s, src_before - 1)->end;
    scopy(ev->code, sizeof ev->code, code, SIZE_MAX);
    ev->verb.start = LW(s, noun)->start;
    ev->verb.end = LW(s, noun)->end;
    ev->pattern_text = shape;
    ev->mode = TAC_MODE_FACT;
    ev->confidence = 0.6f;
    tac_resolve_code(ev);
    /* the article's date unless the sentence dates the noun */
    tac_resolve_date(doc, s->sentence, LW(s, noun)->tok, s->date, ev);
    if (ev->date == TAC_NO_DATE && s->date != TAC_NO_DATE) {
        /* a span the resolver could not place ("in a decade") is no date */
        ev->date = s->date;
        ev->date_basis = TAC_DATE_PUBLISHED;
        ev->date_span = (tac_span){0, 0};
    }
    doc->nmentions++;
    trace(s, "mention", -1, "%s → %s  %s  (noun \"%s\", %s): mention (noun, not counted as an event)", src->code,
          tgt->code, code, LW(s, noun)->w, shape);
}

static void mention_pairs(sctx *s, uint32_t noun, int us, int ut, uint32_t src_before, const char *code,
                          const char *shape)
{
    if (us < 0 || ut < 0 || us == ut)
        return;
    const unit *a = &s->u[us], *b = &s->u[ut];
    for (uint8_t i = 0; i < a->n; i++) {
        if (a->m[i].first >= src_before)
            continue;
        for (uint8_t j = 0; j < b->n; j++)
            add_mention(s, noun, &a->m[i], &b->m[j], code, shape, src_before);
    }
}

/* "SOURCE's [modifiers] NOUN to TARGET", "NOUN to TARGET by SOURCE",
 * "NOUN by SOURCE to TARGET": both parties named next to the noun. A noun
 * with a party missing ("the visit was postponed") is no mention. */
static void find_mentions(sctx *s)
{
    for (uint32_t i = 0; i < s->nl; i++) {
        const char *code = event_noun(LW(s, i));
        if (!code)
            continue;
        /* back over modifiers ("first official", "two-day state") to 's;
         * an agent word among them ("official") is only a modifier here */
        uint32_t p = i, steps = 0;
        while (p > 0 && steps < 5) {
            const cword *cw = LW(s, p - 1);
            if ((cw->flags & (WF_ACTOR | WF_DELETED)) || (cw->cls != W_CONTENT && cw->cls != W_NUM))
                break;
            p--;
            steps++;
        }
        bool possessive = p >= 2 && LW(s, p - 1)->cls == W_APOS;
        if (possessive) {
            int us = LW(s, p - 2)->unit;
            if (unit_named(s, us) && word_is(s, i + 1, "to"))
                mention_pairs(s, i, us, unit_from(s, i + 2), p - 1, code, "noun: $ 's * NOUN to +");
            continue;
        }
        if (word_is(s, i + 1, "to")) {
            int ut = unit_from(s, i + 2);
            if (ut >= 0 && word_is(s, s->u[ut].last + 1u, "by"))
                mention_pairs(s, i, unit_from(s, s->u[ut].last + 2u), ut, UINT16_MAX, code, "noun: NOUN to + by $");
        } else if (word_is(s, i + 1, "by")) {
            int us = unit_from(s, i + 2);
            if (us >= 0 && word_is(s, s->u[us].last + 1u, "to"))
                mention_pairs(s, i, us, unit_from(s, s->u[us].last + 2u), UINT16_MAX, code, "noun: NOUN by $ to +");
        }
    }
}

static void code_sentence(sctx *s, const tac_sentence *st, bool *story_discard)
{
    s->nw = s->nl = s->nam = s->nu = s->nv = s->nmem = 0;
    s->ulo_verb = NULL;
    if (!build_words(s, st)) {
        trace(s, "no-event", -1, "sentence longer than %u words: not coded", s->capw);
        return;
    }
    rebuild_live(s);
    if (s->trace) {
        char buf[2048];
        size_t o = 0;
        for (uint32_t i = 0; i < s->nw && o < sizeof buf - 80; i++) {
            uint8_t pos = s->doc->tokens[s->w[i].tok].pos;
            o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s/%s", i ? " " : "", s->w[i].w,
                                  pos ? tac_pos_name(pos) : "?");
        }
        trace(s, "tokens", -1, "%s", buf);
    }
    bool story = false;
    if (is_discarded(s, &story)) {
        if (story)
            *story_discard = true;
        return;
    }
    {
        bool tr0 = s->trace;
        s->trace = false;
        find_actors(s);       /* first pass: which parentheses name actors */
        s->trace = tr0;
    }
    /* matches are in live coordinates: they are found again after a
     * deletion; when nothing was deleted they would come out the same (the
     * trace wants the second pass, so explain always runs it) */
    uint32_t nl0 = s->nl;
    drop_parentheticals(s);
    rebuild_live(s);
    if (s->nl != nl0 || s->trace) {
        reset_matches(s);
        find_actors(s);
    }
    nl0 = s->nl;
    delete_commas(s);
    rebuild_live(s);
    if (s->nl != nl0) {
        reset_matches(s);
        bool tr = s->trace;
        s->trace = false;
        find_actors(s);
        s->trace = tr;
    }
    s->bloom = 0;
    for (uint32_t i = 0; i < s->nl; i++)
        s->bloom |= tac_dict_bloom_bit(LW(s, i)->h);
    find_synset_hits(s);
    find_verbs(s);
    build_units(s);
    mark_consumed(s);
    for (uint32_t vi = 0; vi < s->nv; vi++)
        code_verb(s, vi);
    if (s->c->opt.mentions)
        find_mentions(s);
}

/* ---- API ----------------------------------------------------------------------- */

TAC_API void tac_coder_options_default(tac_coder_options *o)
{
    memset(o, 0, sizeof *o);
    o->require_dyad = true;
    o->new_actor_length = 0;
    o->comma_min = 2;
    o->comma_max = 8;
    o->comma_bmin = 0;
    o->comma_bmax = 0;
    o->comma_emin = 2;
    o->comma_emax = 8;
    o->keep_negated = false;
    o->mentions = true;
}

TAC_API tac_status tac_coder_new(const tac_dict *d, const tac_coder_options *o, tac_coder **out, tac_error *err)
{
    *out = NULL;
    if (!d)
        return tac_fail(err, TAC_ERR_ARG, "no dictionary", 0, " ");
    tac_coder *c = calloc(1, sizeof *c);
    if (!c)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, " ");
    c->dict = d;
    lex_build(c);
    /* PETRARCH codes each sentence on its own, by design: a set with any
     * verb read from a PETRARCH/TABARI file keeps that reading */
    c->native = true;
    for (uint32_t i = 0; i < d->model.nverbs && c->native; i++)
        c->native = !d->verb_petrarch[i];
    if (o)
        c->opt = *o;
    else
        tac_coder_options_default(&c->opt);
    *out = c;
    return TAC_OK;
}

TAC_API void tac_coder_free(tac_coder *c)
{
    free(c);
}

/* ---- article context across documents ----------------------------------------- */

/* A member kept past its document: the code is copied (members' codes
 * live in the document's arena). */
typedef struct kept_member {
    const tac_dict_actor *actor;
    const tac_dict_code *rule;
    const char *agent;
    bool inferred;
    char code[64];
} kept_member;

/* What references may point to after a record: the sctx reference state,
 * with sentence numbers relative to the next record (the last sentence of
 * the record just coded is -1). */
struct tac_code_context {
    const tac_dict *dict;           /* the set the state came from          */
    bool any;
    const tac_dict_actor *last_country;
    int32_t last_country_sentence;
    kept_member ref_person;
    int32_t ref_person_sentence;
    kept_member ref_pair[2];
    int32_t ref_pair_sentence[2];
    struct {
        char noun[24];
        kept_member m;
        int32_t sentence;
    } ref_act[4];
    uint32_t nref_act;
};

TAC_API tac_status tac_code_context_new(tac_code_context **out, tac_error *err)
{
    *out = calloc(1, sizeof **out);
    if (!*out)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, " ");
    return TAC_OK;
}

TAC_API void tac_code_context_reset(tac_code_context *ctx)
{
    if (ctx)
        memset(ctx, 0, sizeof *ctx);
}

TAC_API void tac_code_context_free(tac_code_context *ctx)
{
    free(ctx);
}

TAC_API bool tac_coder_carries_context(const tac_coder *c)
{
    return c->native;
}

static void keep(kept_member *k, const member *m)
{
    k->actor = m->actor;
    k->rule = m->rule;
    k->agent = m->agent;
    k->inferred = m->inferred;
    snprintf(k->code, sizeof k->code, "%s", m->code ? m->code : "---");
}

static void unkeep(sctx *s, member *m, const kept_member *k)
{
    memset(m, 0, sizeof *m);
    m->actor = k->actor;
    m->rule = k->rule;
    m->agent = k->agent;
    m->inferred = k->inferred;
    m->code = tac_arena_strdup(&s->doc->arena, k->code);
    if (!m->code)
        m->code = "---";
}

static int32_t shift(int32_t sentence, int32_t by)
{
    return sentence == REF_NONE ? REF_NONE : sentence + by;
}

static void context_load(sctx *s, const tac_code_context *ctx)
{
    if (!ctx->any || ctx->dict != s->d)
        return;
    s->last_country = ctx->last_country;
    s->last_country_sentence = ctx->last_country_sentence;
    unkeep(s, &s->ref_person, &ctx->ref_person);
    s->ref_person_sentence = ctx->ref_person_sentence;
    for (int k = 0; k < 2; k++) {
        unkeep(s, &s->ref_pair[k], &ctx->ref_pair[k]);
        s->ref_pair_sentence[k] = ctx->ref_pair_sentence[k];
    }
    for (int k = 0; k < 4; k++) {
        memcpy(s->ref_act[k].noun, ctx->ref_act[k].noun, sizeof s->ref_act[k].noun);
        unkeep(s, &s->ref_act[k].m, &ctx->ref_act[k].m);
        s->ref_act[k].sentence = ctx->ref_act[k].sentence;
    }
    s->nref_act = ctx->nref_act;
}

static void context_save(const sctx *s, tac_code_context *ctx)
{
    int32_t by = -(int32_t)s->doc->nsentences;
    ctx->dict = s->d;
    ctx->any = true;
    ctx->last_country = s->last_country;
    ctx->last_country_sentence = shift(s->last_country_sentence, by);
    keep(&ctx->ref_person, &s->ref_person);
    ctx->ref_person_sentence = shift(s->ref_person_sentence, by);
    for (int k = 0; k < 2; k++) {
        keep(&ctx->ref_pair[k], &s->ref_pair[k]);
        ctx->ref_pair_sentence[k] = shift(s->ref_pair_sentence[k], by);
    }
    for (int k = 0; k < 4; k++) {
        memcpy(ctx->ref_act[k].noun, s->ref_act[k].noun, sizeof ctx->ref_act[k].noun);
        keep(&ctx->ref_act[k].m, &s->ref_act[k].m);
        ctx->ref_act[k].sentence = shift(s->ref_act[k].sentence, by);
    }
    ctx->nref_act = s->nref_act;
}

static tac_status code_doc(const tac_coder *c, tac_doc *doc, tac_code_context *ctx, bool want_trace,
                           tac_error *err)
{
    if (!c || !doc)
        return tac_fail(err, TAC_ERR_ARG, "no coder or document", 0, " ");
    if (!doc->segmented) {
        tac_status st = tac_doc_segment(doc, err);
        if (st != TAC_OK)
            return st;
    }
    doc->nevents = 0;
    doc->nmentions = 0;
    sctx s = {0};
    s.c = c;
    s.d = c->dict;
    s.doc = doc;
    s.trace = want_trace;
    s.date = tac_doc_reference_date(doc);
    s.ref_person_sentence = s.ref_pair_sentence[0] = s.ref_pair_sentence[1] = REF_NONE;
    s.last_country_sentence = REF_NONE;
    if (ctx)
        context_load(&s, ctx);
    /* scratch sized by the longest sentence (clitics and '_' split tokens) */
    uint32_t maxtok = 0;
    for (uint32_t i = 0; i < doc->nsentences; i++)
        if (doc->sentences[i].ntokens > maxtok)
            maxtok = doc->sentences[i].ntokens;
    s.capw = maxtok * 3 + 16 < MAX_WORDS ? maxtok * 3 + 16 : MAX_WORDS;
    s.capu = s.capw < MAX_UNITS ? s.capw : MAX_UNITS;
    s.w = tac_arena_alloc(&doc->arena, sizeof *s.w * s.capw);
    s.live = tac_arena_alloc(&doc->arena, sizeof *s.live * s.capw);
    s.am = tac_arena_alloc(&doc->arena, sizeof *s.am * s.capw);
    s.u = tac_arena_alloc(&doc->arena, sizeof *s.u * s.capu);
    s.capm = s.capw + MAX_MEMBERS;
    s.mem = tac_arena_alloc(&doc->arena, sizeof *s.mem * s.capm);
    s.v = tac_arena_alloc(&doc->arena, sizeof *s.v * MAX_VERBS);
    s.syn_off = tac_arena_alloc(&doc->arena, sizeof *s.syn_off * (s.capw + 1u));
    s.lh = tac_arena_alloc(&doc->arena, sizeof *s.lh * (s.capw + 1u));
    s.synmask = tac_arena_alloc(&doc->arena, sizeof *s.synmask * (s.capw + 1u));
    if (!s.w || !s.live || !s.am || !s.u || !s.v || !s.mem || !s.syn_off || !s.lh || !s.synmask)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, " ");
    bool story = false;
    for (uint32_t i = 0; i < doc->nsentences && !story; i++) {
        s.sentence = i;
        code_sentence(&s, &doc->sentences[i], &story);
    }
    if (story) {
        doc->nevents = 0;
        doc->nmentions = 0;
        s.sentence = 0;
        trace(&s, "no-event", -1, "story discarded: no events for this article");
    }
    if (ctx)
        context_save(&s, ctx);
    doc->coded = true;
    if (doc->arena.failed)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, " ");
    return TAC_OK;
}

TAC_API tac_status tac_code_doc(const tac_coder *c, tac_doc *doc, tac_error *err)
{
    return code_doc(c, doc, NULL, false, err);
}

TAC_API tac_status tac_code_doc_in(const tac_coder *c, tac_doc *doc, tac_code_context *ctx, tac_error *err)
{
    return code_doc(c, doc, ctx, false, err);
}

tac_status tac_code_doc_traced(const tac_coder *c, tac_doc *doc, tac_code_context *ctx, tac_error *err)
{
    return code_doc(c, doc, ctx, true, err);
}
