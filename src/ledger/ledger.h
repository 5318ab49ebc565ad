/*
 * ledger — the relations ledger: where each pair stands, at any date.
 *
 * Input: baseline facts and partnership ladders (data/ledger, TSV, embedded
 * at build time), and coded events with their sentence text.
 * Output: a list of dated state changes per (dimension, pair), each with its
 * evidence, and the state of a pair at a date with its history.
 * Ownership: a tac_ledger owns every change and string it holds (heap);
 * tac_ledger_free releases it. Events passed in are copied, not kept.
 * Complexity: extraction is O(sentence length) per event; finishing sorts the
 * changes (O(n log n)); a state query is O(changes of that pair).
 * Failure: TAC_ERR_NOMEM, TAC_ERR_FORMAT (a malformed data row names its line).
 *
 * Derived data: the ledger is a pure function of (baseline, events). Changes
 * are applied in (date, strength, article, sentence, event) order, so the
 * order in which articles were ingested never matters (docs/ledger.md).
 */
#ifndef TAC_LEDGER_H
#define TAC_LEDGER_H

#include "core/core.h"

typedef enum tac_ldim {
    TAC_LDIM_TIES = 0,        /* diplomatic ties (symmetric)                  */
    TAC_LDIM_PARTNERSHIP,     /* partnership tier on the owner's ladder (symm.) */
    TAC_LDIM_SANCTIONS,       /* a sanctions b (directed)                     */
    TAC_LDIM_MEMBERSHIP,      /* a is a member of organization b (directed)   */
    TAC_LDIM_AGREEMENT,       /* a formal agreement in force (symmetric)      */
    TAC_LDIM_COUNT
} tac_ldim;

typedef enum tac_lmod {
    TAC_LMOD_FACT = 0,        /* reported as done                             */
    TAC_LMOD_ANNOUNCED,       /* announced ("would upgrade", "agreed to")     */
    TAC_LMOD_DENIED,          /* reported but denied: never applied           */
    TAC_LMOD_HYPOTHETICAL     /* conditional, threatened: never applied       */
} tac_lmod;

#define TAC_LEDGER_MAX_EVIDENCE 8   /* evidence items kept per change          */

typedef struct tac_levidence {
    char *article;            /* article id (heap)                            */
    char *text;               /* the sentence (heap, may be NULL)             */
    int64_t event;            /* stored event id, -1 when none                */
    int32_t sentence;
    int32_t published;        /* the article's reference date                 */
    uint64_t content;         /* content key: syndicated copies share it      */
} tac_levidence;

typedef struct tac_lchange {
    uint8_t dim;              /* tac_ldim                                     */
    uint8_t modality;         /* tac_lmod                                     */
    bool baseline;            /* from data/ledger/baseline.tsv                */
    char a[24], b[24];        /* symmetric dims: a < b                        */
    char state[72];           /* "severed", "strategic partnership", …        */
    char detail[96];          /* scope words, agreement name, qualifiers      */
    char via[24];             /* mediator actor code ("" none)                */
    char owner[8];            /* partnership: whose ladder ("" otherwise)     */
    int32_t date;
    char *source;             /* baseline: what the fact rests on (heap)      */
    tac_levidence evidence[TAC_LEDGER_MAX_EVIDENCE];
    uint32_t nevidence;
    uint32_t narticles;       /* independent articles (distinct content keys) */
} tac_lchange;

typedef struct tac_ledger tac_ledger;

/* A ledger holding the embedded baseline and ladders. Caller frees. */
tac_status tac_ledger_new(tac_ledger **out, tac_error *err);
void tac_ledger_free(tac_ledger *l);

/* What the ledger needs of one coded event (a stored or in-memory event). */
typedef struct tac_ledger_event {
    const char *article;      /* article id                                   */
    uint64_t content;         /* content key of the article (hash)            */
    int32_t published;        /* article reference date                       */
    int64_t id;               /* event id (-1 when none)                      */
    uint32_t sentence;
    int32_t date;
    const char *code;         /* CAMEO code                                   */
    const char *source, *target;               /* actor codes                 */
    const char *source_country, *target_country;
    const char *verb;         /* verb text                                    */
    const char *mode;         /* "fact" | "intent" | "negated" | …            */
    bool negated;
    const char *sentence_text;
} tac_ledger_event;

/*
 * Add the state changes one sentence's events imply. Events of one sentence
 * must come in one call (mediation needs them together). Returns the number
 * of changes added, or -1 on OOM.
 */
int tac_ledger_add_sentence(tac_ledger *l, const tac_ledger_event *evs, size_t n);

/* Sort and merge duplicate reports; call after the last add. Idempotent. */
void tac_ledger_finish(tac_ledger *l);

size_t tac_ledger_count(const tac_ledger *l);
const tac_lchange *tac_ledger_at(const tac_ledger *l, size_t i);

/* Canonical pair of a dimension (symmetric dims order a < b). */
void tac_ledger_pair(tac_ldim dim, const char *x, const char *y, char a[24], char b[24]);

/*
 * The state of (dim, x, y) at date `at`: the change in force (NULL = none)
 * and the pair's whole history (changes of that pair, in applied order, up to
 * and after `at`), in *hist / *nhist (pointers into the ledger).
 */
const tac_lchange *tac_ledger_state(const tac_ledger *l, tac_ldim dim, const char *x, const char *y,
                                    int32_t at, const tac_lchange **hist, size_t *nhist,
                                    size_t maxhist);

/* The first change of the unbroken run of applied changes that ends in `cur`
 * with the same state: the date a state has been in force "since" (a report
 * that sanctions are still in place does not reset the date they began). */
const tac_lchange *tac_ledger_since(const tac_ledger *l, const tac_lchange *cur);

/* The other applied reports of the state in force: the changes of the run
 * tac_ledger_since(cur)..cur with cur's state, cur excluded (e.g. a news
 * report corroborating a baseline fact, naming the mediator). Pointers into
 * the ledger in *out (at most max); returns how many. */
size_t tac_ledger_corroborating(const tac_ledger *l, const tac_lchange *cur, const tac_lchange **out, size_t max);

/* Whether a change moves the state (facts and announcements do; denials and
 * hypotheticals are kept as evidence only). */
bool tac_ledger_applies(const tac_lchange *c);

/* Ladders. rank 0 = tier not on the owner's ladder. */
int tac_ledger_tier_rank(const tac_ledger *l, const char *owner, const char *tier);
/* The canonical name(s) of the rung above / below a rank ("" when none). */
const char *tac_ledger_rung(const tac_ledger *l, const char *owner, int rank);
int tac_ledger_rungs(const tac_ledger *l, const char *owner);   /* lowest rank */

/* Add the changes implied by every stored event (src/ledger/ledger_store.c),
 * then finish. The store must be open; nothing is written to it. */
struct tac_store;
tac_status tac_ledger_load_store(tac_ledger *l, struct tac_store *st, tac_error *err);

/* JSON renderings (src/ledger/json.c), appended to out. A dimension's record:
 * {"type":"relation","a","b","at","dimension","state","since","ladder"?,
 *  "current","corroborated_by","history"}; false (nothing appended) when the pair has no record. */
bool tac_ledger_dim_json(const tac_ledger *l, tac_ldim dim, const char *x, const char *y, int32_t at,
                         tac_buf *out);
void tac_ledger_change_json(tac_buf *b, const tac_lchange *c, bool applied_at);
/* Every dimension of a pair (directed ones both ways), records joined by sep. */
size_t tac_ledger_pair_json(const tac_ledger *l, const char *a, const char *b, int32_t at, const char *sep,
                            tac_buf *out);
/* The owner's partners by rung: {"type":"ladder",…} records joined by sep. */
size_t tac_ledger_ladder_json(const tac_ledger *l, const char *owner, int32_t at, const char *sep, tac_buf *out);
/* The dimensions of a pair in display order; swap = directed the other way. */
size_t tac_ledger_pair_dims(tac_ldim dims[8], bool swap[8]);

/* The actor code for a short name users type for an organization ("ARL",
 * "EU", "NATO" …); any other code is returned as given. */
const char *tac_ledger_actor_alias(const char *x);

const char *tac_ldim_name(tac_ldim d);
bool tac_ldim_from_name(const char *s, tac_ldim *out);
const char *tac_lmod_name(tac_lmod m);

#endif
