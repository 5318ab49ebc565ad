/* Sentence and token segmentation. Contract and token rules: segment.h.
 *
 * Per prose block: (1) tokenize the block into doc->tokens, remembering each
 * token's text offsets in a scratch array; (2) ask ICU for candidate sentence
 * boundaries over a copy of the block in which line breaks read as spaces
 * (same length, so offsets agree), and mark the token each boundary precedes;
 * (3) correct the candidates with what the tokens know (abbreviations,
 * initials, lower-case continuations); (4) emit sentences as token ranges,
 * cutting over-long ones at a safe point. Every step is one pass.
 */
#include "segment/segment.h"
#include "segment/tagger.h"
#include "core/norm.h"
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/uchar.h>
#include <pthread.h>
#include <stdlib.h>

/* ---- the ICU sentence iterator ------------------------------------------
 * Opening "en@ss=standard" costs ~300 µs (rule and suppression data), cloning
 * an open one ~0.2 µs. So one immutable template is opened once per process
 * and cloned per call. The template is never iterated; clones are made under
 * a mutex. This is the library's only process-wide object: it is a cache of
 * ICU data, not state that changes results. */
static pthread_once_t icu_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t icu_lock = PTHREAD_MUTEX_INITIALIZER;
static UBreakIterator *icu_template;

static void icu_open_template(void)
{
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, "en@ss=standard", NULL, 0, &st);
    if (U_FAILURE(st)) {  /* U_USING_DEFAULT_WARNING is expected and fine */
        if (bi)
            ubrk_close(bi);
        return;
    }
    icu_template = bi;
}

static UBreakIterator *icu_sentence_iterator(void)
{
    pthread_once(&icu_once, icu_open_template);
    if (!icu_template)
        return NULL;
    UErrorCode st = U_ZERO_ERROR;
    pthread_mutex_lock(&icu_lock);
    UBreakIterator *bi = ubrk_clone(icu_template, &st);
    pthread_mutex_unlock(&icu_lock);
    if (U_FAILURE(st)) {
        if (bi)
            ubrk_close(bi);
        return NULL;
    }
    return bi;
}

/* ---- per-thread scratch ----------------------------------------------------
 * A document's segmentation needs a sentence iterator and a few arrays sized
 * to its largest block. Cloning the iterator and allocating the arrays for
 * every (often one-sentence) document cost more than segmenting it, so each
 * thread keeps one set, freed by a thread-exit destructor. Buffers grown past
 * SCRATCH_KEEP_* by a huge block are released after that document. Like the
 * ICU template this is a cache: it never changes a result. */
#define SCRATCH_KEEP_TOKENS (1u << 16)
#define SCRATCH_KEEP_BYTES ((size_t)1 << 20)

typedef struct seg_scratch {
    UBreakIterator *bi;
    uint32_t *ts, *te;
    uint8_t *brk, *ab;
    uint32_t cap;
    UChar *copy;
    uint32_t *umap;
    size_t copy_cap;
} seg_scratch;

static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;
static pthread_key_t scratch_key;
static bool scratch_key_ok;

static void scratch_free(void *p)
{
    seg_scratch *sc = p;
    if (!sc)
        return;
    if (sc->bi)
        ubrk_close(sc->bi);
    free(sc->ts);
    free(sc->te);
    free(sc->brk);
    free(sc->ab);
    free(sc->copy);
    free(sc->umap);
    free(sc);
}

static void scratch_key_init(void)
{
    scratch_key_ok = pthread_key_create(&scratch_key, scratch_free) == 0;
}

/* This thread's scratch (created on first use), or NULL: then the caller
 * works with private buffers and its own iterator. */
static seg_scratch *scratch_get(void)
{
    pthread_once(&scratch_once, scratch_key_init);
    if (!scratch_key_ok)
        return NULL;
    seg_scratch *sc = pthread_getspecific(scratch_key);
    if (sc)
        return sc;
    sc = calloc(1, sizeof *sc);
    if (!sc)
        return NULL;
    sc->bi = icu_sentence_iterator();
    if (!sc->bi || pthread_setspecific(scratch_key, sc) != 0) {
        scratch_free(sc);
        return NULL;
    }
    return sc;
}

/* ---- character classes --------------------------------------------------- */

enum {
    C_SPACE, C_ALPHA, C_DIGIT, C_APOS, C_HYPHEN, C_DOT, C_DQUOTE,
    C_LQUOTE, C_RQUOTE, C_LSQUOTE, C_PUNCT, C_SYMBOL, C_BAD
};

static uint8_t ascii_class[128];
static uint8_t ascii_letter[256];   /* 1 for A-Z a-z, 0 for every other byte */
static pthread_once_t class_once = PTHREAD_ONCE_INIT;

static void init_ascii_class(void)
{
    for (int c = 0; c < 128; c++) {
        uint8_t k;
        if (c <= 32 || c == 127)
            k = C_SPACE;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            k = C_ALPHA;
        else if (c >= '0' && c <= '9')
            k = C_DIGIT;
        else if (c == '\'')
            k = C_APOS;
        else if (c == '-')
            k = C_HYPHEN;
        else if (c == '.')
            k = C_DOT;
        else if (c == '"')
            k = C_DQUOTE;
        else if (strchr("$%&+<=>^`|~#@", c))
            k = C_SYMBOL;
        else
            k = C_PUNCT;
        ascii_class[c] = k;
        ascii_letter[c] = k == C_ALPHA;
    }
}

static uint8_t class_of_cp(int32_t cp)
{
    switch (cp) {
    case 0x2019: case 0x02BC: return C_APOS;
    case 0x2018: return C_LSQUOTE;
    case 0x201C: case 0x201E: case 0x00AB: return C_LQUOTE;
    case 0x201D: case 0x00BB: return C_RQUOTE;
    case 0x2010: case 0x2011: return C_HYPHEN;
    case 0x00AD: case 0x200C: case 0x200D: return C_ALPHA;   /* joiners inside words */
    case 0x0085: case 0x200B: case 0xFEFF: case 0x2060: return C_SPACE;
    default: break;
    }
    switch (u_charType(cp)) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK: case U_LETTER_NUMBER:
        return C_ALPHA;
    case U_DECIMAL_DIGIT_NUMBER:
        return C_DIGIT;
    case U_SPACE_SEPARATOR: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR:
    case U_CONTROL_CHAR: case U_FORMAT_CHAR:
        return C_SPACE;
    case U_INITIAL_PUNCTUATION:
        return C_LQUOTE;
    case U_FINAL_PUNCTUATION:
        return C_RQUOTE;
    case U_CURRENCY_SYMBOL: case U_MATH_SYMBOL: case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL: case U_OTHER_NUMBER:
        return C_SYMBOL;
    default:
        return C_PUNCT;
    }
}

/* Class of the character at t[i] (i < end); *next receives the offset after it. */
static inline uint8_t cls(const char *t, uint32_t i, uint32_t end, uint32_t *next)
{
    unsigned char c = (unsigned char)t[i];
    if (c < 0x80) {
        *next = i + 1;
        return ascii_class[c];
    }
    size_t k = i;
    int32_t cp = tac_utf8_next(t, end, &k);
    *next = (uint32_t)k;
    return cp < 0 ? C_BAD : class_of_cp(cp);
}

/* Length of the all-ASCII prefix of s[0..n), 8 bytes at a time. */
static size_t tac_ascii_prefix(const char *s, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ull)
            break;
    }
    while (i < n && (unsigned char)s[i] < 0x80)
        i++;
    return i;
}

static inline bool is_wordc(uint8_t k) { return k == C_ALPHA || k == C_DIGIT; }

/* ---- abbreviations --------------------------------------------------------- */

enum { AB_NONE = 0, AB_NEVER_FINAL, AB_BEFORE_NUMBER, AB_MAYBE_FINAL, AB_NUMBER_ONLY };

/* Abbreviations that take a period. Case-sensitive; sorted for bsearch.
 * Class: N = never ends a sentence (titles), D = never before a number
 * (months), else may end a sentence (decided by the next word). "No.",
 * "Art.", "Fig." take their period only before a number ("said no."). */
typedef struct { const char *w; uint8_t cls; } abbrev_t;
static const abbrev_t abbrevs[] = {
    {"Adm", AB_NEVER_FINAL}, {"Amb", AB_NEVER_FINAL}, {"Apr", AB_BEFORE_NUMBER},
    {"Art", AB_NUMBER_ONLY}, {"Aug", AB_BEFORE_NUMBER}, {"Ave", AB_MAYBE_FINAL},
    {"Bhd", AB_MAYBE_FINAL}, {"Blvd", AB_MAYBE_FINAL}, {"Brig", AB_NEVER_FINAL},
    {"Bros", AB_MAYBE_FINAL}, {"Capt", AB_NEVER_FINAL}, {"Cdr", AB_NEVER_FINAL},
    {"Cmdr", AB_NEVER_FINAL}, {"Co", AB_MAYBE_FINAL}, {"Col", AB_NEVER_FINAL},
    {"Corp", AB_MAYBE_FINAL}, {"Cpl", AB_NEVER_FINAL}, {"Dec", AB_BEFORE_NUMBER},
    {"Dept", AB_MAYBE_FINAL}, {"Det", AB_NEVER_FINAL}, {"Dr", AB_NEVER_FINAL},
    {"Feb", AB_BEFORE_NUMBER}, {"Fig", AB_NUMBER_ONLY}, {"Fr", AB_NEVER_FINAL},
    {"Ft", AB_NEVER_FINAL}, {"Gen", AB_NEVER_FINAL}, {"Gens", AB_NEVER_FINAL},
    {"Gov", AB_NEVER_FINAL}, {"Hon", AB_NEVER_FINAL}, {"Inc", AB_MAYBE_FINAL},
    {"Insp", AB_NEVER_FINAL}, {"Jan", AB_BEFORE_NUMBER}, {"Jr", AB_MAYBE_FINAL},
    {"Jul", AB_BEFORE_NUMBER}, {"Jun", AB_BEFORE_NUMBER}, {"Lt", AB_NEVER_FINAL},
    {"Ltd", AB_MAYBE_FINAL}, {"Maj", AB_NEVER_FINAL}, {"Mar", AB_BEFORE_NUMBER},
    {"Messrs", AB_NEVER_FINAL}, {"Mme", AB_NEVER_FINAL}, {"Mr", AB_NEVER_FINAL},
    {"Mrs", AB_NEVER_FINAL}, {"Ms", AB_NEVER_FINAL}, {"Msgr", AB_NEVER_FINAL},
    {"Mt", AB_NEVER_FINAL}, {"No", AB_NUMBER_ONLY}, {"Nos", AB_NUMBER_ONLY},
    {"Nov", AB_BEFORE_NUMBER}, {"Oct", AB_BEFORE_NUMBER}, {"Plc", AB_MAYBE_FINAL},
    {"Pres", AB_NEVER_FINAL}, {"Prof", AB_NEVER_FINAL}, {"Pte", AB_MAYBE_FINAL},
    {"Pty", AB_MAYBE_FINAL}, {"Pvt", AB_NEVER_FINAL}, {"Rep", AB_NEVER_FINAL},
    {"Reps", AB_NEVER_FINAL}, {"Rev", AB_NEVER_FINAL}, {"Sen", AB_NEVER_FINAL},
    {"Sens", AB_NEVER_FINAL}, {"Sep", AB_BEFORE_NUMBER}, {"Sept", AB_BEFORE_NUMBER},
    {"Sgt", AB_NEVER_FINAL}, {"Sr", AB_MAYBE_FINAL}, {"St", AB_NEVER_FINAL},
    {"Supt", AB_NEVER_FINAL}, {"approx", AB_NEVER_FINAL}, {"cf", AB_NEVER_FINAL},
    {"etc", AB_MAYBE_FINAL}, {"no", AB_NUMBER_ONLY}, {"vs", AB_NEVER_FINAL},
};

static int abbrev_cmp(const char *w, size_t n, const char *e)
{
    size_t m = strlen(e);
    int c = memcmp(w, e, n < m ? n : m);
    if (c)
        return c;
    return n < m ? -1 : n > m ? 1 : 0;
}

static uint8_t abbrev_lookup(const char *w, size_t n)
{
    if (n > 6)
        return AB_NONE;
    size_t lo = 0, hi = sizeof abbrevs / sizeof abbrevs[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = abbrev_cmp(w, n, abbrevs[mid].w);
        if (c == 0)
            return abbrevs[mid].cls;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return AB_NONE;
}

/* Capitalised words that commonly open a sentence: after an abbreviation that
 * may end a sentence ("U.S.", "Inc.", an initial) they decide for a break. */
static const char *const openers[] = {
    "A", "According", "After", "Also", "Although", "An", "And", "Another", "As",
    "At", "Before", "Both", "But", "By", "Despite", "During", "Earlier", "Each",
    "For", "From", "He", "Her", "His", "However", "I", "If", "In", "It", "Its",
    "Last", "Later", "Many", "Meanwhile", "Most", "My", "No", "Now", "On", "One",
    "Our", "She", "Since", "So", "Some", "That", "The", "Their", "There", "These",
    "They", "This", "Those", "Under", "We", "What", "When", "While", "Yet", "You",
};

static bool is_opener(const char *w, size_t n)
{
    if (n == 0 || n > 10 || w[0] < 'A' || w[0] > 'Z')
        return false;
    size_t lo = 0, hi = sizeof openers / sizeof openers[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = abbrev_cmp(w, n, openers[mid]);
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

/* ---- segmentation context ------------------------------------------------- */

typedef struct seg {
    tac_doc *d;
    const char *t;            /* doc->text                                    */
    /* per token of the current block (index k - first), scratch arrays      */
    uint32_t *ts, *te;        /* text offsets                                  */
    uint8_t *brk;             /* 1: a sentence starts at this token            */
    uint8_t *ab;              /* abbreviation class of the token               */
    uint32_t cap;
    uint32_t first;           /* doc index of the block's first token          */
    UChar *copy;              /* block text for ICU in UTF-16, line breaks → spaces */
    uint32_t *umap;           /* UTF-16 index → byte offset in the block        */
    size_t copy_cap;
    UBreakIterator *bi;
    bool oom;
} seg;

static bool seg_reserve(seg *s, uint32_t n)
{
    if (n <= s->cap)
        return true;
    uint32_t ncap = s->cap ? s->cap : 256;
    while (ncap < n) {
        if (ncap > UINT32_MAX / 2)
            return false;
        ncap *= 2;
    }
    uint32_t *ts = realloc(s->ts, (size_t)ncap * sizeof *ts);
    if (ts)
        s->ts = ts;
    uint32_t *te = realloc(s->te, (size_t)ncap * sizeof *te);
    if (te)
        s->te = te;
    uint8_t *b = realloc(s->brk, ncap);
    if (b)
        s->brk = b;
    uint8_t *a = realloc(s->ab, ncap);
    if (a)
        s->ab = a;
    if (!ts || !te || !b || !a)
        return false;
    s->cap = ncap;
    return true;
}

static inline uint32_t src_start(const tac_doc *d, uint32_t t) { return tac_doc_src_off(d, t); }
/* src end of a non-empty text range ending at t: one past its last byte, so
 * markup removed after the range (a link's "](url)") is not included, and
 * never inside an entity (core/doc.h). */
static inline uint32_t src_end(const tac_doc *d, uint32_t t)
{
    return tac_doc_src_end(d, t);
}

/* Append a token of text range [a,b). */
static void emit_token(seg *s, uint32_t a, uint32_t b, uint8_t kind, uint16_t flags, uint8_t abcls)
{
    tac_doc *d = s->d;
    uint32_t k = d->ntokens;
    if (k + 1 > d->cap_tokens) {
        tac_token *p = tac_arena_grow(&d->arena, d->tokens, &d->cap_tokens, sizeof *p, k + 1);
        if (!p) {
            s->oom = true;
            return;
        }
        d->tokens = p;
    }
    uint32_t local = k - s->first;
    if (!seg_reserve(s, local + 1)) {
        s->oom = true;
        return;
    }
    const char *w = s->t + a;
    uint32_t len = b - a;
    /* case flags: ASCII fast, other letters through ICU */
    if (kind == TAC_TOK_WORD) {
        unsigned char c0 = (unsigned char)w[0];
        bool upper0;
        if (c0 < 0x80) {
            upper0 = c0 >= 'A' && c0 <= 'Z';
        } else {
            size_t q = 0;
            int32_t cp = tac_utf8_next(w, len, &q);
            upper0 = cp >= 0 && u_isupper(cp);
        }
        if (upper0) {
            flags |= TAC_TOKF_CAP;
            uint32_t letters = 0;
            bool lower = false;
            for (uint32_t q = 0; q < len && !lower;) {
                unsigned char c = (unsigned char)w[q];
                if (c < 0x80) {
                    if (c >= 'a' && c <= 'z')
                        lower = true;
                    else if (c >= 'A' && c <= 'Z')
                        letters++;
                    q++;
                } else {
                    size_t qq = q;
                    int32_t cp = tac_utf8_next(w, len, &qq);
                    q = (uint32_t)qq;
                    if (cp >= 0 && u_islower(cp))
                        lower = true;
                    else if (cp >= 0 && u_isalpha(cp))
                        letters++;
                }
            }
            if (!lower && letters >= 2)
                flags |= TAC_TOKF_ALLCAPS;
        }
    }
    /* normalized form straight into the pool */
    uint32_t room = len * 4 + 16;
    if (d->pool_len + room > d->pool_cap) {
        char *p = tac_arena_grow(&d->arena, d->pool, &d->pool_cap, 1, d->pool_len + room);
        if (!p) {
            s->oom = true;
            return;
        }
        d->pool = p;
    }
    /* ASCII tokens (most of them) are lowercased here: the same bytes
     * tac_norm_word would write, without the call and its checks */
    char *out = d->pool + d->pool_len;
    size_t nl = 0;
    for (; nl < len; nl++) {
        unsigned char c = (unsigned char)w[nl];
        if (c >= 0x80)
            break;
        out[nl] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (nl < len)
        nl = tac_norm_word(w, len, out, room);
    else
        out[nl] = 0;
    if (nl > UINT16_MAX)
        nl = UINT16_MAX;
    tac_token *tk = &d->tokens[k];
    tk->span.start = src_start(d, a);
    tk->span.end = src_end(d, b);
    tk->norm = tk->lemma = d->pool_len;
    tk->norm_len = tk->lemma_len = (uint16_t)nl;
    tk->kind = kind;
    tk->pos = 0;
    tk->flags = flags;
    d->pool_len += (uint32_t)nl + 1;
    s->ts[local] = a;
    s->te[local] = b;
    s->brk[local] = 0;
    s->ab[local] = abcls;
    d->ntokens = k + 1;
}

/* Length of an ASCII-case-insensitive match of lowercase `lit` at t[i..end). */
static bool ascii_ieq(const char *t, uint32_t i, uint32_t end, const char *lit, size_t n)
{
    if (end - i < n)
        return false;
    for (size_t q = 0; q < n; q++) {
        char c = t[i + q];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != lit[q])
            return false;
    }
    return true;
}

/* Is t[i..) (just after an apostrophe) a clitic "s", "re", "ve", "ll", "d",
 * "m" that ends there? Returns its length in bytes, else 0. */
static uint32_t clitic_len(const char *t, uint32_t i, uint32_t end)
{
    static const char *const cl[] = {"s", "re", "ve", "ll", "d", "m"};
    for (size_t q = 0; q < sizeof cl / sizeof cl[0]; q++) {
        size_t n = strlen(cl[q]);
        if (ascii_ieq(t, i, end, cl[q], n)) {
            uint32_t nx;
            if (i + n >= end || !is_wordc(cls(t, i + (uint32_t)n, end, &nx)))
                return (uint32_t)n;
        }
    }
    return 0;
}

/* Scan a word or number starting at i. Returns its end; *abcls gets the
 * abbreviation class when a period was taken into the token. */
static uint32_t scan_word(const char *t, uint32_t i, uint32_t end, uint8_t *abcls)
{
    uint32_t j = i, nx;
    uint32_t seg_start = i;          /* current dot-separated segment        */
    uint32_t nseg = 1, max_seg = 0;  /* segments and longest one (bytes)     */
    bool seg_alpha = true;           /* current segment has no digit         */
    bool any_digit = false;
    uint32_t limit = end - i > TAC_MAX_TOKEN_BYTES ? i + TAC_MAX_TOKEN_BYTES : end;
    *abcls = AB_NONE;
    for (;;) {
        while (j < limit) {
            /* ASCII letters: the common case, one table lookup a byte */
            if (ascii_letter[(unsigned char)t[j]]) {
                j++;
                continue;
            }
            uint8_t k = cls(t, j, end, &nx);
            if (!is_wordc(k) || nx > limit)
                break;
            if (k == C_DIGIT) {
                seg_alpha = false;
                any_digit = true;
            }
            j = nx;
        }
        if (j >= limit)
            break;
        uint8_t k = cls(t, j, end, &nx);
        uint32_t after;
        unsigned char c = (unsigned char)t[j];
        if (k == C_HYPHEN && nx < limit && is_wordc(cls(t, nx, end, &after))) {
            j = nx;
            continue;
        }
        if ((k == C_DOT || ((c == ',' || c == ':') && any_digit)) && nx < limit) {
            uint8_t k2 = cls(t, nx, end, &after);
            bool prev_digit = t[j - 1] >= '0' && t[j - 1] <= '9';
            if (k == C_DOT ? is_wordc(k2) : (prev_digit && k2 == C_DIGIT)) {
                if (k == C_DOT) {
                    uint32_t sl = j - seg_start;
                    if (sl > max_seg)
                        max_seg = sl;
                    nseg++;
                    seg_start = nx;
                    seg_alpha = true;
                }
                j = nx;
                continue;
            }
        }
        if (k == C_APOS && nx < limit && cls(t, nx, end, &after) == C_ALPHA) {
            if (clitic_len(t, nx, end))
                break;                      /* "Assad" | "'s"              */
            if (ascii_ieq(t, nx, end, "t", 1) && j - i >= 2 && (t[j - 1] == 'n' || t[j - 1] == 'N')) {
                uint32_t a2;
                if (nx + 1 >= end || !is_wordc(cls(t, nx + 1, end, &a2))) {
                    j = j - 1;               /* "did" | "n't"               */
                    break;
                }
            }
            j = nx;                         /* O'Brien, d'Ivoire            */
            continue;
        }
        if (c == '&' && j > i && t[j - 1] >= 'A' && t[j - 1] <= 'Z' && nx < limit && t[nx] >= 'A' &&
            t[nx] <= 'Z') {
            j = nx;                         /* AT&T, S&P                    */
            continue;
        }
        break;
    }
    /* a final period that belongs to an abbreviation */
    if (j < end && t[j] == '.' && j + 1 - i <= TAC_MAX_TOKEN_BYTES) {
        uint32_t last = j - seg_start;
        if (nseg > 1) {
            if (seg_alpha && last >= 1 && last <= 2 && max_seg <= 3)
                *abcls = AB_MAYBE_FINAL;    /* U.S.  P.J.  a.m.  Ph.D.      */
        } else if (j - i == 1 && t[i] >= 'A' && t[i] <= 'Z') {
            *abcls = AB_MAYBE_FINAL;        /* the initial in "George W. Bush" */
        } else {
            *abcls = abbrev_lookup(t + i, j - i);
            if (*abcls == AB_NUMBER_ONLY) {
                uint32_t q = j + 1;
                while (q < end && (t[q] == ' ' || t[q] == '\t'))
                    q++;
                *abcls = q < end && t[q] >= '0' && t[q] <= '9' ? AB_NEVER_FINAL : AB_NONE;
            }
        }
        if (*abcls != AB_NONE)
            j++;
    }
    return j;
}

/* ---- tokenizer ---------------------------------------------------------- */

static void tokenize_block(seg *s, uint32_t bs, uint32_t be)
{
    const char *t = s->t;
    uint32_t i = bs, nx;
    bool space = true;       /* whitespace (or block start) before position i */
    bool inq = false;        /* inside "…" or “…”                             */
    bool insq = false;       /* inside ‘…’                                     */
    uint32_t prev_end = UINT32_MAX;   /* end of the previous word token        */
    while (i < be && !s->oom) {
        uint8_t k = cls(t, i, be, &nx);
        uint16_t f = space ? TAC_TOKF_SPACE_BEFORE : 0;
        uint16_t qf = (inq || insq) ? TAC_TOKF_QUOTE : 0;
        if (k == C_SPACE) {
            i = nx;
            space = true;
            continue;
        }
        space = false;
        if (k == C_ALPHA || k == C_DIGIT) {
            /* "n't" after "did" */
            if ((t[i] == 'n' || t[i] == 'N') && prev_end == i && i + 1 < be) {
                uint32_t a1, a2;
                if (cls(t, i + 1, be, &a1) == C_APOS && a1 < be && (t[a1] == 't' || t[a1] == 'T') &&
                    (a1 + 1 >= be || !is_wordc(cls(t, a1 + 1, be, &a2)))) {
                    emit_token(s, i, a1 + 1, TAC_TOK_WORD, f | qf, AB_NONE);
                    i = a1 + 1;
                    prev_end = UINT32_MAX;
                    continue;
                }
            }
            uint8_t ab;
            uint32_t j = scan_word(t, i, be, &ab);
            emit_token(s, i, j, k == C_DIGIT ? TAC_TOK_NUMBER : TAC_TOK_WORD,
                       f | qf | (ab ? TAC_TOKF_ABBREV : 0), ab);
            prev_end = (ab || t[j - 1] == '.') ? UINT32_MAX : j;
            i = j;
            continue;
        }
        if (k == C_APOS) {
            uint32_t n;
            if (prev_end == i && nx < be && (n = clitic_len(t, nx, be)) > 0) {
                emit_token(s, i, nx + n, TAC_TOK_WORD, f | qf, AB_NONE);   /* 's 're … */
                i = nx + n;
                prev_end = UINT32_MAX;
                continue;
            }
            uint32_t a;
            if (nx < be && cls(t, nx, be, &a) == C_DIGIT) {    /* ’80s */
                uint8_t ab;
                uint32_t j = scan_word(t, nx, be, &ab);
                emit_token(s, i, j, TAC_TOK_NUMBER, f | qf, AB_NONE);
                prev_end = j;
                i = j;
                continue;
            }
            bool before_word = nx < be && is_wordc(cls(t, nx, be, &a));
            if (prev_end == i) {
                /* attached to a word: plural possessive ("allies'") or a
                 * closing single quote */
                if (insq)
                    insq = false;
                emit_token(s, i, nx, TAC_TOK_PUNCT, f, AB_NONE);
            } else if (before_word && !insq && (unsigned char)t[i] == '\'') {
                emit_token(s, i, nx, TAC_TOK_PUNCT, f, AB_NONE);
                insq = true;
            } else {
                if (insq)
                    insq = false;
                emit_token(s, i, nx, TAC_TOK_PUNCT, f, AB_NONE);
            }
            prev_end = UINT32_MAX;
            i = nx;
            continue;
        }
        prev_end = UINT32_MAX;
        switch (k) {
        case C_DQUOTE:
            emit_token(s, i, nx, TAC_TOK_PUNCT, f, AB_NONE);
            inq = !inq;
            break;
        case C_LQUOTE:
            emit_token(s, i, nx, TAC_TOK_PUNCT, f, AB_NONE);
            inq = true;
            break;
        case C_RQUOTE:
            emit_token(s, i, nx, TAC_TOK_PUNCT, f, AB_NONE);
            inq = false;
            break;
        case C_LSQUOTE:
            emit_token(s, i, nx, TAC_TOK_PUNCT, f, AB_NONE);
            insq = true;
            break;
        case C_DOT:
        case C_HYPHEN:
        case C_PUNCT: {
            /* runs of . - ! ? are one token ("...", "--", "?!" stays two) */
            unsigned char c = (unsigned char)t[i];
            uint32_t j = nx;
            if (c == '.' || c == '-' || c == '!' || c == '?')
                while (j < be && (unsigned char)t[j] == c && j - i < TAC_MAX_TOKEN_BYTES)
                    j++;
            emit_token(s, i, j, TAC_TOK_PUNCT, f | qf, AB_NONE);
            nx = j;
            break;
        }
        default: /* C_SYMBOL, C_BAD */
            emit_token(s, i, nx, TAC_TOK_SYMBOL, f | qf, AB_NONE);
            break;
        }
        i = nx;
    }
}

/* ---- sentence boundaries ---------------------------------------------------- */

/* UAX #29 sentence-break classes, as far as the test below needs them. */
enum { SB_OTHER, SB_TERM, SB_CLOSE, SB_SP, SB_SEP, SB_EXTEND };

static uint8_t sb_class(int32_t cp)
{
    if (cp == '\n' || cp == '\r')
        return SB_SP;   /* the copy ICU reads has spaces there */
    switch (u_getIntPropertyValue(cp, UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM: case U_SB_STERM: return SB_TERM;
    case U_SB_CLOSE: return SB_CLOSE;
    case U_SB_SP: return SB_SP;
    case U_SB_SEP: case U_SB_CR: case U_SB_LF: return SB_SEP;
    case U_SB_EXTEND: case U_SB_FORMAT: return SB_EXTEND;
    default: return SB_OTHER;
    }
}

static uint8_t sb_ascii[128];
static pthread_once_t sb_once = PTHREAD_ONCE_INIT;

static void init_sb_ascii(void)
{
    for (int c = 0; c < 128; c++)
        sb_ascii[c] = sb_class(c);
}

/* UAX #29 breaks a sentence only after a paragraph separator (SB4) or after
 * a terminal (STerm, ATerm) with its closing punctuation and spaces (SB11).
 * So a text with no terminal and no separator but in a final run
 * Term+ Close* Sp* has no break inside: ICU's iterator (and its
 * abbreviation filter, which only removes breaks) would find none. Most
 * blocks of news are such one-sentence paragraphs, and this test costs a
 * table look-up per byte against ICU's setText and rule machine. Anything
 * else (a terminal followed by more text, SContinue after a terminal,
 * a close quote after spaces) is left to ICU. Classes are ICU's own. */
bool tac_seg_one_sentence(const char *t, size_t len)
{
    pthread_once(&sb_once, init_sb_ascii);
    int state = 0;   /* 0 text, 1 terminals, 2 closers, 3 spaces */
    for (size_t i = 0; i < len;) {
        /* in text, only a terminal or a non-ASCII byte (a separator is never
         * ASCII: line breaks read as spaces) can matter: skip eight plain
         * ASCII bytes at a time (SWAR, exact per byte) */
        while (state == 0 && i + 8 <= len) {
            uint64_t v;
            memcpy(&v, t + i, 8);
            const uint64_t ones = 0x0101010101010101ull, low7 = 0x7F7F7F7F7F7F7F7Full;
            uint64_t hit = v;   /* high bit: non-ASCII */
            static const unsigned char terms[] = {'.', '!', '?'};
            for (int k = 0; k < 3; k++) {
                uint64_t x = v ^ (ones * terms[k]);
                hit |= ~(((x & low7) + low7) | x | low7);
            }
            if (hit & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= len)
            break;
        unsigned char c = (unsigned char)t[i];
        uint8_t k;
        if (c < 0x80) {
            k = sb_ascii[c];
            i++;
        } else {
            size_t q = i;
            int32_t cp = tac_utf8_next(t, len, &q);
            k = sb_class(cp < 0 ? 0xFFFD : cp);
            i = q;
        }
        switch (k) {
        case SB_EXTEND:
            break;   /* SB5: takes the class of what precedes it */
        case SB_SEP:
            return false;
        case SB_TERM:
            if (state > 1)
                return false;
            state = 1;
            break;
        case SB_CLOSE:
            if (state == 3)
                return false;
            if (state)
                state = 2;
            break;
        case SB_SP:
            if (state)
                state = 3;
            break;
        default:
            if (state)
                return false;
            break;
        }
    }
    return true;
}

/* Mark ICU's candidate boundaries on the block's tokens. */
static void icu_candidates(seg *s, uint32_t bs, uint32_t be, uint32_t n)
{
    const char *t = s->t;
    /* ICU breaks only at terminal punctuation (ASCII . ! ? or non-ASCII
     * terminals) and paragraph separators (read as spaces here); a block
     * with none of them is one sentence. */
    const char *bt = t + bs;
    size_t len = be - bs;
    if (tac_seg_one_sentence(bt, len))
        return;
    bool ascii = tac_ascii_prefix(bt, len) == len;
    if (!s->bi)
        return;
    /* ICU reads UTF-16 straight from an array much faster than UTF-8 through
     * a UText, so the block is widened (line breaks read as spaces; invalid
     * bytes as U+FFFD); u16 index → byte offset through s->umap, which is
     * only needed when the block has a non-ASCII byte. */
    if (len + 1 > s->copy_cap) {
        size_t ncap = s->copy_cap ? s->copy_cap : 4096;
        while (ncap < len + 1)
            ncap *= 2;
        UChar *p = realloc(s->copy, ncap * sizeof *p);
        if (p)
            s->copy = p;
        uint32_t *m = realloc(s->umap, ncap * sizeof *m);
        if (m)
            s->umap = m;
        if (!p || !m) {
            s->oom = true;
            return;
        }
        s->copy_cap = ncap;
    }
    UChar *u = s->copy;
    size_t ul = 0;
    if (ascii) {
        for (size_t i = 0; i < len; i++)
            u[i] = (unsigned char)bt[i];
        for (const char *nl = memchr(bt, '\n', len); nl; nl = memchr(nl + 1, '\n', (size_t)(bt + len - nl - 1)))
            u[nl - bt] = ' ';
        for (const char *cr = memchr(bt, '\r', len); cr; cr = memchr(cr + 1, '\r', (size_t)(bt + len - cr - 1)))
            u[cr - bt] = ' ';
        ul = len;
    } else {
        for (size_t i = 0; i < len;) {
            unsigned char c = (unsigned char)bt[i];
            if (c < 0x80) {
                s->umap[ul] = (uint32_t)i;
                u[ul++] = (c == '\n' || c == '\r') ? ' ' : c;
                i++;
                continue;
            }
            size_t q = bs + i;
            int32_t cp = tac_utf8_next(t, be, &q);
            if (cp < 0)
                cp = 0xFFFD;
            s->umap[ul] = (uint32_t)i;
            if (cp >= 0x10000) {   /* a pair: never more units than bytes */
                u[ul++] = (UChar)(0xD7C0 + (cp >> 10));
                s->umap[ul] = (uint32_t)i;
                u[ul++] = (UChar)(0xDC00 | (cp & 0x3FF));
            } else {
                u[ul++] = (UChar)cp;
            }
            i = q - bs;
        }
        s->umap[ul] = (uint32_t)len;
    }
    UErrorCode st = U_ZERO_ERROR;
    ubrk_setText(s->bi, u, (int32_t)ul, &st);
    if (U_FAILURE(st))
        return;
    uint32_t k = 0;
    for (int32_t b = ubrk_next(s->bi); b != UBRK_DONE && (size_t)b < ul; b = ubrk_next(s->bi)) {
        uint32_t off = bs + (ascii ? (uint32_t)b : s->umap[b]);
        while (k < n && s->ts[k] < off)
            k++;
        if (k >= n)
            break;
        if (k > 0)
            s->brk[k] = 1;
    }
}

static inline bool tok_is(const seg *s, uint32_t k, char c)
{
    return s->te[k] - s->ts[k] == 1 && s->t[s->ts[k]] == c;
}

/* Closing marks that stay with the sentence before them. */
static bool is_closer(const seg *s, uint32_t k)
{
    const char *w = s->t + s->ts[k];
    uint32_t n = s->te[k] - s->ts[k];
    if (n == 1)
        return *w == ')' || *w == ']' || *w == '"' || *w == '\'';
    return n == 3 && (memcmp(w, "\xe2\x80\x9d", 3) == 0 || memcmp(w, "\xe2\x80\x99", 3) == 0);
}

static bool is_opener_mark(const seg *s, uint32_t k)
{
    const char *w = s->t + s->ts[k];
    uint32_t n = s->te[k] - s->ts[k];
    if (n == 1)
        return *w == '(' || *w == '[' || *w == '"' || *w == '\'';
    return n == 3 && (memcmp(w, "\xe2\x80\x9c", 3) == 0 || memcmp(w, "\xe2\x80\x98", 3) == 0);
}

static bool starts_lower(const seg *s, uint32_t k)
{
    unsigned char c = (unsigned char)s->t[s->ts[k]];
    if (c < 0x80)
        return c >= 'a' && c <= 'z';
    size_t q = s->ts[k];
    int32_t cp = tac_utf8_next(s->t, s->te[k], &q);
    return cp >= 0 && u_islower(cp);
}

/* Line breaks inside a block. When some line of the block is longer than
 * WRAP_WIDTH bytes the text is not hard-wrapped, so each line break ends a
 * sentence (one paragraph per line, as in many scraped pages). Otherwise a
 * line break is a space, except before a list marker or dash ("- item"). */
#define WRAP_WIDTH 100

static bool list_marker_at(const char *t, uint32_t i, uint32_t end)
{
    while (i < end && (t[i] == ' ' || t[i] == '\t'))
        i++;
    if (i + 1 >= end)
        return false;
    if ((t[i] == '-' || t[i] == '*' || t[i] == '+') && t[i + 1] == ' ')
        return true;
    /* • – — */
    return end - i >= 3 && (memcmp(t + i, "\xe2\x80\xa2", 3) == 0 || memcmp(t + i, "\xe2\x80\x93", 3) == 0 ||
                            memcmp(t + i, "\xe2\x80\x94", 3) == 0);
}

static void line_breaks(seg *s, uint32_t bs, uint32_t be, uint32_t n)
{
    const char *t = s->t;
    const char *nl = memchr(t + bs, '\n', be - bs);
    if (!nl)
        return;
    bool unwrapped = false;
    uint32_t line = bs;
    for (const char *p = nl; p; p = memchr(p + 1, '\n', (size_t)(t + be - p - 1))) {
        uint32_t at = (uint32_t)(p - t);
        if (at - line > WRAP_WIDTH)
            unwrapped = true;
        line = at + 1;
        if (at + 1 >= be)
            break;
    }
    if (be - line > WRAP_WIDTH)
        unwrapped = true;
    uint32_t k = 0;
    for (const char *p = nl; p; p = memchr(p + 1, '\n', (size_t)(t + be - p - 1))) {
        uint32_t at = (uint32_t)(p - t);
        if (at + 1 >= be)
            break;
        if (unwrapped || list_marker_at(t, at + 1, be)) {
            while (k < n && s->ts[k] < at)
                k++;
            if (k >= n)
                break;
            if (k > 0)
                s->brk[k] = 2;
        }
    }
}

static bool is_content(const tac_token *t)
{
    return t->kind == TAC_TOK_WORD || t->kind == TAC_TOK_NUMBER;
}

static void correct_boundaries(seg *s, uint32_t n)
{
    tac_token *tok = s->d->tokens + s->first;
    bool words = is_content(&tok[0]);     /* the current sentence has a word */
    uint32_t last = 0;                    /* first token of that sentence    */
    for (uint32_t k = 1; k < n; k++) {
        if (s->brk[k] != 2 && (s->brk[k] || s->ab[k - 1] != AB_NONE)) {
            /* last content token before k: skip closing quotes and brackets;
             * first content token from k: skip opening marks */
            uint32_t L = k - 1, N = k;
            while (L > 0 && is_closer(s, L))
                L--;
            while (N + 1 < n && is_opener_mark(s, N))
                N++;
            if (s->ab[L] != AB_NONE && L + 1 == k) {
                uint8_t ab = s->ab[L];
                if (ab == AB_BEFORE_NUMBER && tok[N].kind == TAC_TOK_NUMBER)
                    ab = AB_NEVER_FINAL;
                if (ab == AB_NEVER_FINAL)
                    s->brk[k] = 0;
                else
                    s->brk[k] = is_opener(s->t + s->ts[N], s->te[N] - s->ts[N]);
            } else if (s->brk[k] && starts_lower(s, N)) {
                s->brk[k] = 0;
            }
            if (s->brk[k] && !words)
                s->brk[k] = 0;            /* '"...' alone joins what follows */
        }
        if (s->brk[k]) {
            words = is_content(&tok[k]);
            last = k;
        } else {
            words = words || is_content(&tok[k]);
        }
    }
    /* trailing marks with no word ('")') stay with the sentence before */
    if (!words && last > 0 && s->brk[last] != 2)
        s->brk[last] = 0;
}

/* Safe cut points for over-long sentences: after , ; : or a dash. */
static bool safe_cut_after(const seg *s, uint32_t k)
{
    const char *w = s->t + s->ts[k];
    uint32_t n = s->te[k] - s->ts[k];
    if (n == 1)
        return *w == ',' || *w == ';' || *w == ':' || *w == '-';
    if (n == 3 && (memcmp(w, "\xe2\x80\x94", 3) == 0 || memcmp(w, "\xe2\x80\x93", 3) == 0))
        return true;
    return w[0] == '-' && w[1] == '-';
}

static tac_status emit_sentence(seg *s, uint32_t a, uint32_t b, uint32_t block, uint16_t flags,
                                tac_error *err)
{
    tac_doc *d = s->d;
    uint32_t maxs = d->limits.max_sentences ? d->limits.max_sentences : 20000;
    if (d->nsentences >= maxs)
        return tac_fail(err, TAC_ERR_LIMIT, "too many sentences in the article",
                        src_start(d, s->ts[a]), "limit max_sentences = %u", maxs);
    tac_sentence *p = tac_arena_grow(&d->arena, d->sentences, &d->cap_sentences, sizeof *p, d->nsentences + 1);
    if (!p) {
        s->oom = true;
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    }
    d->sentences = p;
    tac_sentence *se = &d->sentences[d->nsentences++];
    se->tstart = s->ts[a];
    se->tend = s->te[b - 1];
    se->span.start = src_start(d, se->tstart);
    se->span.end = src_end(d, se->tend);
    se->first_token = s->first + a;
    se->ntokens = b - a;
    se->block = block;
    se->flags = flags;
    d->tokens[s->first + a].flags |= TAC_TOKF_SENT_START;
    return TAC_OK;
}

/* Emit tokens [a,b) as one sentence, cut to the limits. */
static tac_status emit_limited(seg *s, uint32_t a, uint32_t b, uint32_t block, uint16_t flags,
                               tac_error *err)
{
    const tac_limits *l = &s->d->limits;
    uint32_t maxt = l->max_sentence_tokens ? l->max_sentence_tokens : 256;
    uint32_t maxb = l->max_sentence_bytes ? l->max_sentence_bytes : 4096;
    while (a < b) {
        if (b - a <= maxt && s->te[b - 1] - s->ts[a] <= maxb)
            return emit_sentence(s, a, b, block, flags, err);
        /* m: the longest prefix within both limits (at least one token) */
        uint32_t m = a + 1;
        while (m < b && m - a < maxt && s->te[m] - s->ts[a] <= maxb)
            m++;
        uint32_t cut = m;
        for (uint32_t q = m - 1; q > a + (m - a) / 2; q--) {
            if (safe_cut_after(s, q)) {
                cut = q + 1;
                break;
            }
        }
        tac_status st = emit_sentence(s, a, cut, block, flags | TAC_SENTF_SPLIT, err);
        if (st != TAC_OK)
            return st;
        a = cut;
    }
    return TAC_OK;
}

static tac_status segment_block(seg *s, uint32_t bi, tac_error *err)
{
    tac_doc *d = s->d;
    const tac_block *b = &d->blocks[bi];
    uint32_t bs = b->tstart, be = b->tend > d->text_len ? d->text_len : b->tend;
    if (bs >= be)
        return TAC_OK;
    s->first = d->ntokens;
    tokenize_block(s, bs, be);
    if (s->oom)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    uint32_t n = d->ntokens - s->first;
    if (n == 0)
        return TAC_OK;
    if (b->kind == TAC_BLOCK_HEADING) {
        uint16_t f = TAC_SENTF_HEADING | ((b->flags & TAC_BLOCKF_TITLE) ? TAC_SENTF_TITLE : 0);
        return emit_limited(s, 0, n, bi, f, err);
    }
    icu_candidates(s, bs, be, n);
    line_breaks(s, bs, be, n);
    if (s->oom)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    correct_boundaries(s, n);
    uint32_t a = 0;
    for (uint32_t k = 1; k <= n; k++) {
        if (k == n || s->brk[k]) {
            tac_status st = emit_limited(s, a, k, bi, 0, err);
            if (st != TAC_OK)
                return st;
            a = k;
        }
    }
    return TAC_OK;
}

/* A doc without blocks: paragraphs separated by blank lines. */
static bool add_paragraph_blocks(tac_doc *d)
{
    const char *t = d->text;
    uint32_t n = d->text_len, i = 0;
    while (i < n) {
        uint32_t start = i, end = n;
        /* find a line break followed by a whitespace-only line */
        for (const char *nl = memchr(t + i, '\n', n - i); nl; nl = memchr(nl + 1, '\n', (size_t)(t + n - nl - 1))) {
            uint32_t j = (uint32_t)(nl - t);
            uint32_t q = j + 1;
            while (q < n && (t[q] == ' ' || t[q] == '\t' || t[q] == '\r'))
                q++;
            if (q < n && t[q] == '\n') {
                end = j;
                i = q + 1;
                break;
            }
        }
        if (end == n)
            i = n;
        tac_block b = {start, end, TAC_BLOCK_PARA, 0, 0, NULL};
        if (!tac_doc_add_block(d, &b))
            return false;
    }
    return true;
}

tac_status tac_doc_segment_with(tac_doc *d, unsigned opts, tac_error *err)
{
    if (!d)
        return tac_fail(err, TAC_ERR_ARG, "no document", 0, NULL);
    if (d->segmented)
        return TAC_OK;
    pthread_once(&class_once, init_ascii_class);
    if (d->nblocks == 0 && d->text_len > 0 && !add_paragraph_blocks(d))
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    d->nsentences = 0;
    d->ntokens = 0;
    if (d->text_len / 4 + 16 > d->cap_tokens) {
        tac_token *p = tac_arena_grow(&d->arena, d->tokens, &d->cap_tokens, sizeof *p, d->text_len / 4 + 16);
        if (!p)
            return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
        d->tokens = p;
    }
    seg s = {0};
    seg_scratch *sc = scratch_get();
    if (sc) {
        s.bi = sc->bi;
        s.ts = sc->ts;
        s.te = sc->te;
        s.brk = sc->brk;
        s.ab = sc->ab;
        s.cap = sc->cap;
        s.copy = sc->copy;
        s.umap = sc->umap;
        s.copy_cap = sc->copy_cap;
    } else {
        s.bi = icu_sentence_iterator();
    }
    s.d = d;
    s.t = d->text;
    tac_status st = TAC_OK;
    for (uint32_t b = 0; b < d->nblocks && st == TAC_OK; b++) {
        if (d->blocks[b].drop_reason)
            continue;
        st = segment_block(&s, b, err);
    }
    if (st == TAC_OK && !(opts & TAC_SEGMENT_NO_TAG)) {
        for (uint32_t i = 0; i < d->nsentences; i++) {
            if (!tac_tag_sentence(d, d->sentences[i].first_token, d->sentences[i].ntokens)) {
                st = tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
                break;
            }
        }
    }
    if (sc && s.cap <= SCRATCH_KEEP_TOKENS && s.copy_cap <= SCRATCH_KEEP_BYTES) {
        /* keep the buffers for the thread's next document */
        sc->ts = s.ts;
        sc->te = s.te;
        sc->brk = s.brk;
        sc->ab = s.ab;
        sc->cap = s.cap;
        sc->copy = s.copy;
        sc->umap = s.umap;
        sc->copy_cap = s.copy_cap;
    } else {
        if (sc) {
            sc->ts = sc->te = NULL;
            sc->brk = sc->ab = NULL;
            sc->cap = 0;
            sc->copy = NULL;
            sc->umap = NULL;
            sc->copy_cap = 0;
        } else if (s.bi) {
            ubrk_close(s.bi);
        }
        free(s.ts);
        free(s.te);
        free(s.brk);
        free(s.ab);
        free(s.copy);
        free(s.umap);
    }
    if (st == TAC_OK && d->arena.failed)
        st = tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    if (st != TAC_OK) {
        d->nsentences = 0;
        d->ntokens = 0;
        return st;
    }
    d->segmented = true;
    return TAC_OK;
}

TAC_API tac_status tac_doc_segment(tac_doc *d, tac_error *err)
{
    return tac_doc_segment_with(d, 0, err);
}

tac_doc *tac_segment_string(const char *str, size_t len, const tac_limits *lim, tac_error *err)
{
    tac_doc *d = tac_doc_new_internal(str, len, lim);
    if (!d) {
        tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
        return NULL;
    }
    if (tac_doc_segment(d, err) != TAC_OK) {
        tac_doc_free(d);
        return NULL;
    }
    return d;
}
