/* POS tagger and lemmatizer. Contract: tagger.h; tables: lexicon.h.
 *
 * Each token gets up to MAXC candidate HMM states with an emission score:
 * known words log P(word | tag) from the WSJ lexicon; unknown words the
 * suffix model's log P(tag | suffix) − log P(tag), plus capitalisation rules;
 * numbers and punctuation one fixed state. Second-order Viterbi over the
 * candidates with trigram transitions, starting after two punctuation states. The chosen state
 * is mapped to a Penn tag (punctuation by its surface, PRP vs PRP$ by the
 * word and its right neighbour). Sentences longer than MAXT tokens are
 * tagged in windows of MAXT (each restarting after punctuation).
 */
#include "segment/tagger.h"
#include "segment/lexicon.h"

#define MAXC 8
#define MAXT 128

static const char *const pos_names[TAC_POS_COUNT] = {
    "", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD",
    "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR",
    "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
    "WDT", "WP", "WP$", "WRB", ",", ".", ":", "-LRB-", "-RRB-", "``", "''", "#", "$",
};

/* state → Penn tag; LS_PUNC is resolved from the surface */
static const uint8_t state_pos[LS_COUNT] = {
    [LS_NN] = TAC_POS_NN, [LS_PUNC] = TAC_POS_NONE, [LS_NNP] = TAC_POS_NNP, [LS_DT] = TAC_POS_DT,
    [LS_IN] = TAC_POS_IN, [LS_JJ] = TAC_POS_JJ, [LS_NNS] = TAC_POS_NNS, [LS_CD] = TAC_POS_CD,
    [LS_RB] = TAC_POS_RB, [LS_VBD] = TAC_POS_VBD, [LS_VB] = TAC_POS_VB, [LS_PRP] = TAC_POS_PRP,
    [LS_CC] = TAC_POS_CC, [LS_OF] = TAC_POS_IN, [LS_TO] = TAC_POS_TO, [LS_VBZ] = TAC_POS_VBZ,
    [LS_VBN] = TAC_POS_VBN, [LS_VBG] = TAC_POS_VBG, [LS_VBP] = TAC_POS_VBP, [LS_MD] = TAC_POS_MD,
    [LS_POS] = TAC_POS_POS, [LS_WDT] = TAC_POS_WDT, [LS_JJR] = TAC_POS_JJR, [LS_WP] = TAC_POS_WP,
    [LS_NNPS] = TAC_POS_NNPS, [LS_WRB] = TAC_POS_WRB, [LS_JJS] = TAC_POS_JJS, [LS_RBR] = TAC_POS_RBR,
    [LS_RP] = TAC_POS_RP, [LS_EX] = TAC_POS_EX, [LS_RBS] = TAC_POS_RBS, [LS_PDT] = TAC_POS_PDT,
    [LS_FW] = TAC_POS_FW, [LS_UH] = TAC_POS_UH, [LS_SYM] = TAC_POS_SYM, [LS_LS] = TAC_POS_LS,
};

const char *tac_pos_name(uint8_t pos)
{
    return pos < TAC_POS_COUNT ? pos_names[pos] : "?";
}

uint8_t tac_pos_from_name(const char *name)
{
    for (uint8_t i = 1; i < TAC_POS_COUNT; i++)
        if (strcmp(pos_names[i], name) == 0)
            return i;
    return TAC_POS_NONE;
}

/* ---- table lookups ------------------------------------------------------- */

static int table_find(const char *w, size_t n, const char *words, const uint32_t *off,
                      const uint32_t *slots, uint32_t mask, uint32_t count)
{
    if (count == 0 || n == 0)
        return -1;
    uint32_t full = tac_fnv1a(w, n), tag = full >> 16;
    for (uint32_t h = full & mask, s; (s = slots[h]) != 0xFFFFFFFFu; h = (h + 1) & mask) {
        if ((s >> 16) != tag)
            continue;
        const char *k = words + off[s & 0xFFFF];
        if (memcmp(k, w, n) == 0 && k[n] == 0)
            return (int)(s & 0xFFFF);
    }
    return -1;
}

static int lex_find(const char *w, size_t n)
{
    return table_find(w, n, tac_lex_words, tac_lex_off, tac_lex_slots, tac_lex_mask, tac_lex_count);
}

static int sfx_find(const char *w, size_t n)
{
    return table_find(w, n, tac_sfx_words, tac_sfx_off, tac_sfx_slots, tac_sfx_mask, tac_sfx_count);
}

#define ANY_STATE 0xFF

/* Does the lexicon know w (n bytes) with state a or b (ANY_STATE: any)? */
static bool lex_has(const char *w, size_t n, uint8_t a, uint8_t b)
{
    int e = lex_find(w, n);
    if (e < 0)
        return false;
    if (a == ANY_STATE)
        return true;
    for (uint32_t i = tac_lex_first[e]; i < tac_lex_first[e + 1]; i++)
        if (tac_lex_tag[i] == a || tac_lex_tag[i] == b)
            return true;
    return false;
}

/* log P(w | state) from the lexicon; -1e30 when w or the reading is unknown */
static float lex_score_state(const char *w, size_t n, uint8_t st)
{
    int e = lex_find(w, n);
    if (e >= 0)
        for (uint32_t i = tac_lex_first[e]; i < tac_lex_first[e + 1]; i++)
            if (tac_lex_tag[i] == st)
                return tac_lex_score[i];
    return -1e30f;
}

/* Is w more often a singular noun than a plural one ("news", "series")? */
static bool singular_in_s(const char *w, size_t n)
{
    int e = lex_find(w, n);
    if (e < 0)
        return false;
    float nn = -1e30f, nns = -1e30f;
    for (uint32_t i = tac_lex_first[e]; i < tac_lex_first[e + 1]; i++) {
        if (tac_lex_tag[i] == LS_NN)
            nn = tac_lex_score[i];
        else if (tac_lex_tag[i] == LS_NNS)
            nns = tac_lex_score[i];
    }
    return nn > nns;
}

static bool possessive_pronoun(const char *w, size_t n)
{
    switch (n) {
    case 2: return memcmp(w, "my", 2) == 0;
    case 3: return memcmp(w, "his", 3) == 0 || memcmp(w, "its", 3) == 0 || memcmp(w, "our", 3) == 0;
    case 4: return memcmp(w, "your", 4) == 0;
    case 5: return memcmp(w, "their", 5) == 0;
    default: return false;
    }
}

/* 1: nominative personal pronoun, 2: possessive determiner, 3: "her",
 * 0: none of these */
static int pronoun_case(const tac_doc *d, const tac_token *t)
{
    const char *w = d->pool + t->norm;
    size_t n = t->norm_len;
    if (n > 5 || t->kind != TAC_TOK_WORD)
        return 0;
    if ((n == 2 && (memcmp(w, "he", 2) == 0 || memcmp(w, "we", 2) == 0)) || (n == 1 && w[0] == 'i') ||
        (n == 3 && memcmp(w, "she", 3) == 0) || (n == 4 && memcmp(w, "they", 4) == 0))
        return 1;
    if (n == 3 && memcmp(w, "her", 3) == 0)
        return 3;
    return possessive_pronoun(w, n) ? 2 : 0;
}

/* ---- candidates ------------------------------------------------------------ */

typedef struct cand {
    uint8_t n;
    uint8_t st[MAXC];
    uint8_t row[MAXC];   /* state whose transitions leave this token        */
    float em[MAXC];
} cand;

static void add(cand *c, uint8_t st, float em)
{
    for (uint8_t i = 0; i < c->n; i++) {
        if (c->st[i] == st) {
            if (em > c->em[i])
                c->em[i] = em;
            return;
        }
    }
    if (c->n < MAXC) {
        c->st[c->n] = st;
        c->row[c->n] = st;
        c->em[c->n++] = em;
    }
}

static inline bool ends_with_n(const char *w, size_t n, const char *s, size_t m)
{
    return n >= m && memcmp(w + n - m, s, m) == 0;
}
#define ends_with(w, n, lit) ends_with_n(w, n, lit, sizeof(lit) - 1)

static void unknown_word(cand *c, const char *w, size_t n, uint16_t flags)
{
    bool digit = false, hyphen = false;
    for (size_t i = 0; i < n; i++) {
        if (w[i] >= '0' && w[i] <= '9')
            digit = true;
        else if (w[i] == '-')
            hyphen = true;
    }
    if (digit && !hyphen) {
        add(c, LS_CD, 0);
        return;
    }
    bool cap = flags & TAC_TOKF_CAP;
    bool start = flags & TAC_TOKF_SENT_START;
    if (cap) {
        /* a capitalised unknown word is almost always a name */
        add(c, LS_NNP, 0);
        if (ends_with(w, n, "s") && !ends_with(w, n, "ss"))
            add(c, LS_NNPS, -2.5f);
        if (!start)
            return;
    }
    float pen = cap ? -2.0f : 0.0f;
    /* the longest known suffix (of the part after the last hyphen for
     * compounds: "pro-Russian" behaves like its head, with JJ likely) */
    const char *h = w;
    size_t hn = n;
    if (hyphen) {
        const char *p = memrchr(w, '-', n);
        h = p + 1;
        hn = n - (size_t)(h - w);
        add(c, LS_JJ, pen - 0.5f);
    }
    for (size_t L = hn < 4 ? hn : 4; L >= 1; L--) {
        int e = sfx_find(h + hn - L, L);
        if (e >= 0) {
            for (uint32_t i = tac_sfx_first[e]; i < tac_sfx_first[e + 1]; i++)
                add(c, tac_sfx_tag[i], tac_sfx_score[i] + pen);
            return;
        }
    }
    add(c, LS_NN, pen);
    add(c, LS_JJ, pen - 1.0f);
    add(c, LS_NNS, pen - 2.0f);
}

static bool is_currency(const char *w, size_t n)
{
    if (n == 1)
        return *w == '$';
    /* € £ ¥ ₹ */
    return (n == 3 && (memcmp(w, "\xe2\x82\xac", 3) == 0 || memcmp(w, "\xe2\x82\xb9", 3) == 0)) ||
           (n == 2 && (memcmp(w, "\xc2\xa3", 2) == 0 || memcmp(w, "\xc2\xa5", 2) == 0));
}

static void candidates(const tac_doc *d, const tac_token *t, cand *c)
{
    const char *w = d->pool + t->norm;
    size_t n = t->norm_len;
    c->n = 0;
    if (t->kind == TAC_TOK_NUMBER) {
        const char *h = memchr(w, '-', n);
        if (h && h + 1 < w + n && h[1] >= 'a' && h[1] <= 'z')
            add(c, LS_JJ, 0);              /* "12-year", "24-hour" */
        else if (ends_with(w, n, "st") || ends_with(w, n, "nd") || ends_with(w, n, "rd") || ends_with(w, n, "th"))
            add(c, LS_JJ, 0);
        else
            add(c, LS_CD, 0);
        return;
    }
    if (t->kind == TAC_TOK_SYMBOL) {
        if (n == 1 && *w == '%')
            add(c, LS_NN, 0);
        else if (n == 1 && *w == '&')
            add(c, LS_CC, 0);
        else if (is_currency(w, n) || (n == 1 && *w == '#'))
            add(c, LS_PUNC, 0);
        else
            add(c, LS_SYM, 0);
        return;
    }
    if (t->kind == TAC_TOK_PUNCT) {
        add(c, LS_PUNC, 0);
        return;
    }
    /* clitics the WSJ lexicon spells differently */
    if (n >= 2 && w[0] == '\'') {
        if (n == 2 && w[1] == 's') {
            add(c, LS_POS, -0.2f);
            add(c, LS_VBZ, -1.8f);
            return;
        }
        if (n == 3 && memcmp(w, "'re", 3) == 0) { add(c, LS_VBP, 0); return; }
        if (n == 2 && w[1] == 'm') { add(c, LS_VBP, 0); return; }
        if (n == 3 && memcmp(w, "'ve", 3) == 0) { add(c, LS_VBP, 0); add(c, LS_VB, -0.5f); return; }
        if (n == 3 && memcmp(w, "'ll", 3) == 0) { add(c, LS_MD, 0); return; }
        if (n == 2 && w[1] == 'd') { add(c, LS_MD, 0); add(c, LS_VBD, -1.0f); return; }
    }
    if (n == 3 && memcmp(w, "n't", 3) == 0) {
        add(c, LS_RB, 0);
        return;
    }
    int e = lex_find(w, n);
    /* abbreviations: "u.s." → also try without periods is not needed: the
     * lexicon lists "u.s." itself */
    if (e < 0) {
        unknown_word(c, w, n, t->flags);
        return;
    }
    bool cap = t->flags & TAC_TOKF_CAP;
    bool start = t->flags & TAC_TOKF_SENT_START;
    bool has_nnp = false;
    for (uint32_t i = tac_lex_first[e]; i < tac_lex_first[e + 1]; i++) {
        uint8_t st = tac_lex_tag[i];
        if ((st == LS_NNP || st == LS_NNPS) && !cap)
            continue;               /* lower case is not a name */
        if (st == LS_NNP || st == LS_NNPS)
            has_nnp = true;
        add(c, st, tac_lex_score[i]);
    }
    /* The WSJ model merges PRP and PRP$, so "his talks" would leave by the
     * pronoun row; a possessive leaves as a determiner does. */
    for (uint8_t i = 0; i < c->n; i++) {
        if (c->st[i] != LS_PRP)
            continue;
        if (possessive_pronoun(w, n))
            c->row[i] = LS_DT;
    }
    if (cap && !start && !has_nnp && !(t->flags & TAC_TOKF_ALLCAPS))
        add(c, LS_NNP, -10.0f);
    if (c->n == 0)                  /* only NNP entries, written lower case */
        for (uint32_t i = tac_lex_first[e]; i < tac_lex_first[e + 1]; i++)
            add(c, tac_lex_tag[i], tac_lex_score[i]);
}

/* ---- Penn tag of a punctuation token ------------------------------------- */

static uint8_t punct_pos(const tac_doc *d, const tac_token *t, const tac_token *next)
{
    const char *w = d->pool + t->norm;
    size_t n = t->norm_len;
    char c = n ? w[0] : 0;
    if (n == 1 || (n > 1 && (c == '.' || c == '-' || c == '!' || c == '?'))) {
        switch (c) {
        case ',': return TAC_POS_COMMA;
        case '.': case '!': case '?': return TAC_POS_PERIOD;
        case ':': case ';': case '-': return TAC_POS_COLON;
        case '(': case '[': case '{': return TAC_POS_LRB;
        case ')': case ']': case '}': return TAC_POS_RRB;
        case '#': return TAC_POS_HASH;
        case '$': return TAC_POS_DOLLAR;
        case '"': case '\'':
            /* opening when the next token is inside the quotation */
            return next && (next->flags & TAC_TOKF_QUOTE) && !(t->flags & TAC_TOKF_QUOTE) ? TAC_POS_LQUOTE
                                                                                          : TAC_POS_RQUOTE;
        default: break;
        }
    }
    const char *s = d->pool + t->norm;
    if (n == 3 && memcmp(s, "\xe2\x80\xa6", 3) == 0)
        return TAC_POS_PERIOD;      /* … */
    if (is_currency(s, n))
        return TAC_POS_DOLLAR;
    if (n == 2 && (memcmp(s, "``", 2) == 0))
        return TAC_POS_LQUOTE;
    return TAC_POS_SYM;
}

/* ---- lemmas ------------------------------------------------------------ */

static int exc_find(char cls, const char *w, size_t n)
{
    char key[72];
    if (n + 2 >= sizeof key || tac_exc_count == 0)
        return -1;
    key[0] = cls;
    key[1] = ':';
    memcpy(key + 2, w, n);
    int e = table_find(key, n + 2, tac_exc_words, tac_exc_off, tac_exc_slots, tac_exc_mask, tac_exc_count);
    return e;
}

static size_t put(char *out, size_t cap, const char *a, size_t an, const char *b)
{
    size_t bn = strlen(b);
    if (an + bn + 1 > cap)
        return 0;
    memcpy(out, a, an);
    memcpy(out + an, b, bn);
    out[an + bn] = 0;
    return an + bn;
}

static bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* Try stripping `suffix` and appending each of the endings in turn (a
 * "|"-separated list; "=" means: undouble the final consonant); the first
 * result the lexicon knows with state a or b wins. Returns its length, or 0. */
static size_t try_rules(const char *w, size_t n, const char *suffix, const char *endings, uint8_t a, uint8_t b,
                        char *out, size_t cap, size_t *fallback)
{
    size_t sl = strlen(suffix);
    if (n <= sl + 1 || memcmp(w + n - sl, suffix, sl) != 0)
        return 0;
    size_t stem = n - sl;
    const char *e = endings;
    for (;;) {
        const char *bar = strchr(e, '|');
        size_t el = bar ? (size_t)(bar - e) : strlen(e);
        char end[8];
        if (el >= sizeof end)
            return 0;
        memcpy(end, e, el);
        end[el] = 0;
        size_t len;
        if (end[0] == '=') {
            len = stem >= 3 && w[stem - 1] == w[stem - 2] && !is_vowel(w[stem - 1]) ? put(out, cap, w, stem - 1, "")
                                                                                  : 0;
        } else {
            len = put(out, cap, w, stem, end);
        }
        if (len && lex_has(out, len, a, b))
            return len;
        if (len && !*fallback)
            *fallback = len;
        if (!bar)
            return 0;
        e = bar + 1;
    }
}

size_t tac_lemmatize(const char *w, size_t n, uint8_t pos, char *out, size_t cap)
{
    if (cap == 0)
        return 0;
    char cls = 0;
    uint8_t a = 0, b = 0;
    if (tac_pos_is_verb(pos) && pos != TAC_POS_VB && pos != TAC_POS_VBP) {
        cls = 'v'; a = LS_VB; b = LS_VBP;
    } else if (pos == TAC_POS_VBP || pos == TAC_POS_VB) {
        cls = 'v'; a = LS_VB; b = LS_VBP;
    } else if (pos == TAC_POS_NNS) {
        cls = 'n'; a = LS_NN; b = LS_NN;
    } else if (pos == TAC_POS_JJR || pos == TAC_POS_JJS) {
        cls = 'a'; a = LS_JJ; b = LS_JJ;
    }
    /* contractions and clitics */
    if (n == 3 && memcmp(w, "n't", 3) == 0)
        return put(out, cap, "not", 3, "");
    if (n >= 2 && w[0] == '\'' && (tac_pos_is_verb(pos) || pos == TAC_POS_MD)) {
        const char *l = NULL;
        if (memcmp(w, "'s", 2) == 0 || memcmp(w, "'m", 2) == 0 || (n == 3 && memcmp(w, "'re", 3) == 0))
            l = "be";
        else if (n == 3 && memcmp(w, "'ve", 3) == 0)
            l = "have";
        else if (n == 3 && memcmp(w, "'ll", 3) == 0)
            l = "will";
        else if (n == 2 && w[1] == 'd')
            l = pos == TAC_POS_MD ? "would" : "have";
        if (l)
            return put(out, cap, l, strlen(l), "");
    }
    if (cls) {
        int e = exc_find(cls, w, n);
        if (e >= 0) {
            const char *l = tac_exc_words + tac_exc_lemma[e];
            return put(out, cap, l, strlen(l), "");
        }
        /* "is", "are", "was": not in verb.exc as such when tagged VBZ/VBP */
    }
    size_t fb = 0, r = 0;
    bool keep = pos == TAC_POS_NNS && singular_in_s(w, n);
    /* pass 1: the base must be known with the base tag; pass 2: known at all
     * ("pledged" → "pledge", which the WSJ lexicon lists as a noun only) */
    for (int pass = 0; pass < 2; pass++, a = b = ANY_STATE) {
    switch (pos) {
    case TAC_POS_VBZ:
        if ((r = try_rules(w, n, "ies", "y", a, b, out, cap, &fb)) ||
            (r = try_rules(w, n, "es", "|e", a, b, out, cap, &fb)) ||
            (r = try_rules(w, n, "s", "", a, b, out, cap, &fb)))
            return r;
        break;
    case TAC_POS_VBD:
    case TAC_POS_VBN:
        if ((r = try_rules(w, n, "ied", "y", a, b, out, cap, &fb)) ||
            (r = try_rules(w, n, "ed", "|e|=", a, b, out, cap, &fb)))
            return r;
        break;
    case TAC_POS_VBG:
        if ((r = try_rules(w, n, "ying", "ie", a, b, out, cap, &fb)) ||
            (r = try_rules(w, n, "ing", "|e|=", a, b, out, cap, &fb)))
            return r;
        break;
    case TAC_POS_NNS:
        if (keep)
            break;    /* "news", "series": singular words that end in s */
        if ((r = try_rules(w, n, "ies", "y", a, b, out, cap, &fb)) ||
            (r = try_rules(w, n, "men", "man", a, b, out, cap, &fb)) ||
            (r = try_rules(w, n, "es", "|e", a, b, out, cap, &fb)) ||
            (r = try_rules(w, n, "s", "", a, b, out, cap, &fb)))
            return r;
        if (ends_with(w, n, "ss") || ends_with(w, n, "us") || ends_with(w, n, "is"))
            fb = 0;   /* "boss", "status", "crisis": already the lemma */
        break;
    case TAC_POS_JJR:
        if ((r = try_rules(w, n, "ier", "y", a, b, out, cap, &fb)) ||
            (r = try_rules(w, n, "er", "|e|=", a, b, out, cap, &fb)))
            return r;
        break;
    case TAC_POS_JJS:
        if ((r = try_rules(w, n, "iest", "y", a, b, out, cap, &fb)) ||
            (r = try_rules(w, n, "est", "|e|=", a, b, out, cap, &fb)))
            return r;
        break;
    default:
        break;
    }
    }
    if (fb) {
        /* no candidate is a known word: the first rule's result (written to
         * out by try_rules only when it was the last attempt, so redo it) */
        fb = 0;
        switch (pos) {
        case TAC_POS_VBZ: case TAC_POS_NNS:
            if (ends_with(w, n, "ies"))   /* "species": no known "specy" */
                return pos == TAC_POS_VBZ ? put(out, cap, w, n - 3, "y") : put(out, cap, w, n, "");
            if (ends_with(w, n, "sses") || ends_with(w, n, "ches") || ends_with(w, n, "shes") ||
                ends_with(w, n, "xes") || ends_with(w, n, "zes"))
                return put(out, cap, w, n - 2, "");
            return put(out, cap, w, n - 1, "");
        case TAC_POS_VBD: case TAC_POS_VBN:
            if (ends_with(w, n, "ied"))
                return put(out, cap, w, n - 3, "y");
            return put(out, cap, w, n - 2, "");
        case TAC_POS_VBG:
            return put(out, cap, w, n - 3, "");
        case TAC_POS_JJR:
            return put(out, cap, w, n - 2, "");
        case TAC_POS_JJS:
            return put(out, cap, w, n - 3, "");
        default:
            break;
        }
    }
    size_t m = n < cap - 1 ? n : cap - 1;
    memcpy(out, w, m);
    out[m] = 0;
    return m;
}

/* ---- Viterbi ------------------------------------------------------------ */

static bool tag_window(tac_doc *d, uint32_t first, uint32_t n)
{
    cand c[MAXT];
    /* Scores packed densely, token after token: token i owns the block
     * base[i] + q * c[i].n + r (q over token i-1's candidates, one row for
     * i = 0). Most tokens have one or two candidates, so the working set is
     * a few cache lines, not MAXT × MAXC² cells. */
    float score[MAXT * MAXC * MAXC];
    uint8_t back[MAXT * MAXC * MAXC];
    uint32_t base[MAXT];
    tac_token *tok = d->tokens + first;
    for (uint32_t i = 0; i < n; i++)
        candidates(d, &tok[i], &c[i]);
    /* "about to" + verb is the preposition (Penn: IN), not the adverb of
     * "about 50" */
    for (uint32_t i = 0; i + 1 < n; i++) {
        if (tok[i].norm_len == 5 && memcmp(d->pool + tok[i].norm, "about", 5) == 0 &&
            tok[i + 1].norm_len == 2 && memcmp(d->pool + tok[i + 1].norm, "to", 2) == 0) {
            c[i].n = 0;
            add(&c[i], LS_IN, 0);
        }
    }
    /* The WSJ model merges PRP and PRP$: "he talks" and "his talks" look
     * alike to it. After a nominative pronoun a finite verb is far more
     * likely, after a possessive one a noun: a fixed bonus says so. */
    for (uint32_t i = 1; i < n; i++) {
        int kind = pronoun_case(d, &tok[i - 1]);
        if (!kind)
            continue;
        if (kind == 3) {            /* "her": possessive before a noun     */
            kind = 0;
            for (uint8_t j = 0; j < c[i].n; j++)
                if (c[i].st[j] == LS_NN || c[i].st[j] == LS_NNS || c[i].st[j] == LS_JJ)
                    kind = 2;
            if (!kind)
                continue;
        }
        for (uint8_t j = 0; j < c[i].n; j++) {
            uint8_t st = c[i].st[j];
            bool finite = st == LS_VBZ || st == LS_VBD || st == LS_VBP || st == LS_MD;
            if (kind == 1 && finite)
                c[i].em[j] += 3.0f;
            else if (kind == 2 && (finite || st == LS_VB))
                c[i].em[j] -= 3.0f;
        }
    }
    /* Second-order Viterbi: score[i][q][r] is the best path with token i in
     * candidate r and token i-1 in candidate q; back[i][q][r] the candidate
     * of token i-2 on it. Before the sentence: two punctuation states. */
    const uint8_t P = LS_PUNC;
#define CELL(i, q, r) (base[i] + (uint32_t)(q) * c[i].n + (r))
    base[0] = 0;
    for (uint32_t i = 1; i < n; i++)
        base[i] = base[i - 1] + (uint32_t)(i == 1 ? 1 : c[i - 2].n) * c[i - 1].n;
    for (uint8_t r = 0; r < c[0].n; r++)
        score[CELL(0, 0, r)] = tac_lex_trans3[c[0].st[r]][P][P] + c[0].em[r];
    if (n > 1)
        for (uint8_t q = 0; q < c[0].n; q++)
            for (uint8_t r = 0; r < c[1].n; r++) {
                score[CELL(1, q, r)] = score[CELL(0, 0, q)] + tac_lex_trans3[c[1].st[r]][c[0].row[q]][P] + c[1].em[r];
                back[CELL(1, q, r)] = 0;
            }
    for (uint32_t i = 2; i < n; i++) {
        const cand *a = &c[i - 2], *b = &c[i - 1], *x = &c[i];
        for (uint8_t q = 0; q < b->n; q++) {
            for (uint8_t r = 0; r < x->n; r++) {
                float best = -1e30f;
                uint8_t arg = 0;
                const float *t3 = tac_lex_trans3[x->st[r]][b->row[q]];
                for (uint8_t p = 0; p < a->n; p++) {
                    float sc = score[CELL(i - 1, p, q)] + t3[a->row[p]];
                    if (sc > best) {
                        best = sc;
                        arg = p;
                    }
                }
                score[CELL(i, q, r)] = best + x->em[r];
                back[CELL(i, q, r)] = arg;
            }
        }
    }
    /* best final pair, then follow the back pointers */
    uint8_t q = 0, r = 0;
    if (n == 1) {
        for (uint8_t k = 1; k < c[0].n; k++)
            if (score[CELL(0, 0, k)] > score[CELL(0, 0, r)])
                r = k;
        tok[0].pos = c[0].st[r];
    } else {
        float best = -1e30f;
        for (uint8_t qq = 0; qq < c[n - 2].n; qq++)
            for (uint8_t rr = 0; rr < c[n - 1].n; rr++)
                if (score[CELL(n - 1, qq, rr)] > best) {
                    best = score[CELL(n - 1, qq, rr)];
                    q = qq;
                    r = rr;
                }
        for (uint32_t i = n - 1; i >= 1; i--) {
            tok[i].pos = c[i].st[r];
            uint8_t p = back[CELL(i, q, r)];
            r = q;
            q = p;
        }
        tok[0].pos = c[0].st[r];
    }
#undef CELL
    for (uint32_t i = 0; i < n; i++) {
        uint8_t st = tok[i].pos;
        uint8_t pos = state_pos[st];
        if (st == LS_PUNC)
            pos = punct_pos(d, &tok[i], i + 1 < n ? &tok[i + 1] : NULL);
        tok[i].pos = pos;
    }
    return true;
}

static bool is_finite(uint8_t p)
{
    return p == TAC_POS_VBD || p == TAC_POS_VBZ || p == TAC_POS_VBP || p == TAC_POS_MD;
}

/* A sentence needs a main verb. The HMM likes VBN after "NP ," ("Assad,
 * announced on Friday that …") and after plural nouns ("crowds burned"):
 * a VBN that could be VBD becomes VBD when no finite verb comes before it
 * and none follows in the same clause (before "that", a wh-word or the end),
 * and it is not followed by "by". */
static void main_verb(tac_doc *d, tac_token *tok, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        if (is_finite(tok[i].pos))
            return;
        if (tok[i].pos != TAC_POS_VBN)
            continue;
        if (i + 1 < n && tok[i + 1].norm_len == 2 && memcmp(d->pool + tok[i + 1].norm, "by", 2) == 0)
            return;
        if (lex_score_state(d->pool + tok[i].norm, tok[i].norm_len, LS_VBD) < -20.0f)
            return;
        bool noun_before = false;
        for (uint32_t k = 0; k < i; k++)
            noun_before |= tac_pos_is_noun(tok[k].pos) || tok[k].pos == TAC_POS_PRP;
        if (!noun_before)
            return;
        for (uint32_t k = i + 1; k < n; k++) {
            uint8_t p = tok[k].pos;
            if (tac_pos_is_wh(p) || (p == TAC_POS_IN && tok[k].norm_len == 4 &&
                                     memcmp(d->pool + tok[k].norm, "that", 4) == 0))
                break;
            if (is_finite(p))
                return;
        }
        tok[i].pos = TAC_POS_VBD;
        return;
    }
}

bool tac_tag_sentence(tac_doc *d, uint32_t first, uint32_t n)
{
    for (uint32_t a = 0; a < n; a += MAXT) {
        uint32_t m = n - a < MAXT ? n - a : MAXT;
        tag_window(d, first + a, m);
    }
    tac_token *tok = d->tokens + first;
    /* "crowds burned": a VBZ that is not an auxiliary followed by a VBN is a
     * plural noun and a past tense, when the lexicon allows both */
    for (uint32_t i = 0; i + 1 < n; i++) {
        if (tok[i].pos != TAC_POS_VBZ || tok[i + 1].pos != TAC_POS_VBN)
            continue;
        const char *w = d->pool + tok[i].norm;
        size_t wl = tok[i].norm_len;
        bool aux = (wl == 2 && memcmp(w, "is", 2) == 0) || (wl == 3 && memcmp(w, "has", 3) == 0) ||
                   (wl == 4 && (memcmp(w, "gets", 4) == 0 || memcmp(w, "does", 4) == 0)) || w[0] == '\'';
        if (aux || lex_score_state(w, wl, LS_NNS) < -20.0f ||
            lex_score_state(d->pool + tok[i + 1].norm, tok[i + 1].norm_len, LS_VBD) < -20.0f)
            continue;
        tok[i].pos = TAC_POS_NNS;
        tok[i + 1].pos = TAC_POS_VBD;
    }
    main_verb(d, tok, n);
    for (uint32_t i = 0; i < n; i++) {
        tac_token *t = &tok[i];
        const char *w = d->pool + t->norm;
        if (t->pos == TAC_POS_PRP) {
            if (possessive_pronoun(w, t->norm_len))
                t->pos = TAC_POS_PRPS;
            else if (t->norm_len == 3 && memcmp(w, "her", 3) == 0 && i + 1 < n &&
                     (tac_pos_is_noun(tok[i + 1].pos) || tac_pos_is_adj(tok[i + 1].pos) ||
                      tok[i + 1].pos == TAC_POS_CD || tok[i + 1].pos == TAC_POS_VBG))
                t->pos = TAC_POS_PRPS;
        } else if (t->pos == TAC_POS_WP && t->norm_len == 5 && memcmp(w, "whose", 5) == 0) {
            t->pos = TAC_POS_WPS;
        }
        /* lemma: only inflected verbs, plural nouns and graded adjectives
         * change; of base forms (VB, VBP) only "are", "am" and clitics */
        uint8_t p = t->pos;
        bool base = p == TAC_POS_VB || p == TAC_POS_VBP;
        if (base ? !(w[0] == '\'' || (t->norm_len == 3 && memcmp(w, "are", 3) == 0) ||
                     (t->norm_len == 2 && memcmp(w, "am", 2) == 0))
                 : !(tac_pos_is_verb(p) || p == TAC_POS_NNS || p == TAC_POS_JJR || p == TAC_POS_JJS ||
                     (t->norm_len == 3 && memcmp(w, "n't", 3) == 0)))
            continue;
        char buf[80];
        if (t->norm_len >= sizeof buf - 8)
            continue;
        size_t l = tac_lemmatize(w, t->norm_len, p, buf, sizeof buf);
        if (l == t->norm_len && memcmp(buf, w, l) == 0)
            continue;
        if (d->pool_len + l + 1 > d->pool_cap) {
            char *np = tac_arena_grow(&d->arena, d->pool, &d->pool_cap, 1, d->pool_len + (uint32_t)l + 1);
            if (!np)
                return false;
            d->pool = np;
        }
        memcpy(d->pool + d->pool_len, buf, l + 1);
        t->lemma = d->pool_len;
        t->lemma_len = (uint16_t)l;
        d->pool_len += (uint32_t)l + 1;
    }
    return true;
}
