/*
 * dict — a loaded dictionary set (struct tac_dict): the model plus the
 * matching index the coder uses, built once at load and read-only after.
 *
 * Input: a path (tac_dict_load: directory, text file or compiled image).
 * Output: the model, an index from the hash of a phrase's first word to its
 * candidates (actors, agents, verb forms, discards), longest phrase first, and
 * the verb patterns compiled from PETRARCH notation into element arrays.
 * Ownership: everything lives in the model's arena; tac_dict_free frees it.
 * Complexity: load O(dictionary size · log); a lookup is one hash probe; a
 * phrase match is O(words of the candidate).
 * Failure: load returns a status with the file and line in err.
 *
 * Index layout, worked example: "white house" [USAGOV] and "white downs"
 * [SHR] both sit under hash("white"), in one run of candidates sorted by
 * word count (longest first); the coder walks the run and keeps the first
 * candidate whose remaining words match the text.
 */
#ifndef TAC_DICT_H
#define TAC_DICT_H

#include "dict/model.h"

enum tac_ix_kind { TAC_IX_ACTOR = 1, TAC_IX_AGENT, TAC_IX_VERB, TAC_IX_DISCARD };

typedef struct tac_ix_cand {
    const char **words;     /* normalized words (contractions split)       */
    const uint64_t *hashes; /* tac_hash of each word: the coder compares a
                               word's hash before its text                  */
    uint32_t id;            /* index into the model's array of that kind    */
    uint16_t nwords;
    uint16_t head;          /* verb forms: index of the verb word           */
    uint8_t kind;           /* enum tac_ix_kind                             */
    uint8_t gaps;           /* actors: words may be separated (no '_')      */
} tac_ix_cand;

typedef struct tac_ix_slot {
    uint64_t hash;          /* 0 = empty                                    */
    uint32_t start, count;  /* run in tac_dict.cands                        */
} tac_ix_slot;

/* Pattern elements (PETRARCH notation, see docs/dictionaries.md). */
enum tac_pe_kind { TAC_PE_WORD = 1, TAC_PE_SYNSET, TAC_PE_SOURCE, TAC_PE_TARGET, TAC_PE_COMPOUND, TAC_PE_SKIP };

typedef struct tac_pelem {
    uint8_t kind;           /* enum tac_pe_kind                              */
    uint8_t adjacent;       /* must touch the element nearer the verb ('_') */
    const char *word;       /* TAC_PE_WORD: normalized                      */
    uint64_t hash;          /* TAC_PE_WORD: tac_hash(word) (fast compare)    */
    uint32_t synset;        /* TAC_PE_SYNSET: index into tac_dict.synsets   */
} tac_pelem;

typedef struct tac_cpattern {
    tac_pelem *upper;       /* before the verb, nearest first               */
    tac_pelem *lower;       /* after the verb, nearest first                */
    uint16_t nupper, nlower;
    uint16_t weight;        /* words and slots: more specific wins          */
    uint64_t need;          /* bloom bits of its literal words: a sentence
                               lacking one of them cannot match (prefilter) */
    uint32_t id;            /* 1-based, stable for a dictionary set         */
    const char *code;       /* "064", "030:030", "---"                       */
    const char *text;       /* as written                                   */
    const char *origin;     /* file:line                                    */
} tac_cpattern;

typedef struct tac_cverb {
    tac_cpattern *pats;     /* in file order                                */
    uint32_t npats;
} tac_cverb;

typedef struct tac_csynset {
    const char *name;
    tac_dict_phrase *members;   /* nested synsets flattened, words split    */
    uint64_t *first_hash;       /* tac_hash of each member's first word,
                                   ascending (members sorted alike)         */
    uint16_t maxwords;          /* longest member, in words                 */
    uint64_t any;               /* bloom bits of the members' first words   */
    uint32_t nmembers;
} tac_csynset;

/* One synset member, keyed by the hash of its first word: the coder finds
 * every synset member that can start at a word with one binary search. */
typedef struct tac_syn_start {
    uint64_t hash;
    uint32_t synset, member;
} tac_syn_start;

struct tac_dict {
    tac_dict_model model;
    char *version;
    tac_ix_cand *cands;
    uint32_t ncands;
    tac_ix_slot *slots;
    uint32_t slot_mask;         /* table size - 1 (power of two)            */
    bool mixed_runs;            /* two first words share a 64-bit hash: the
                                   coder then compares each candidate's
                                   first word, not only the run's           */
    tac_cverb *verbs;           /* parallel to model.verbs                  */
    tac_cpattern **patterns;    /* by id - 1                                 */
    uint32_t npatterns;
    tac_csynset *synsets;
    uint32_t nsynsets;
    tac_syn_start *syn_starts;  /* all synsets' members, ascending by hash  */
    uint32_t nsyn_starts;
    tac_ix_slot *syn_slots;     /* hash → run of syn_starts                 */
    uint32_t syn_slot_mask;
    bool *verb_petrarch;        /* per verb / agent: read from a PETRARCH or */
    bool *agent_petrarch;       /* TABARI file: the coder keeps PETRARCH's
                                   reading for those (tac_dict_origin_petrarch) */
};

/* The bloom bit of a word hash (64-bit sentence filters). */
static inline uint64_t tac_dict_bloom_bit(uint64_t h)
{
    return (uint64_t)1 << ((h >> 58) & 63);
}

/* The run [*start, *start + result) stored under hash h in an open-addressing
 * table of tac_ix_slot (hash 0 is stored as 1; the table is at most half
 * full); 0 when h is absent. */
static inline uint32_t tac_ix_probe(const tac_ix_slot *slots, uint32_t mask, uint64_t h, uint32_t *start)
{
    if (!slots)
        return 0;
    if (h == 0)
        h = 1;
    for (uint32_t s = (uint32_t)h & mask; slots[s].hash; s = (s + 1) & mask)
        if (slots[s].hash == h) {
            *start = slots[s].start;
            return slots[s].count;
        }
    return 0;
}

/* Was the entry with this origin ("file:line") read from a PETRARCH/TABARI
 * file? The readers choose the format by the file name (*.txt, see
 * readpath.c) and the origin keeps it. */
bool tac_dict_origin_petrarch(const char *origin);

/* Candidates whose first word is `word` (normalized); *n receives the count. */
const tac_ix_cand *tac_dict_lookup(const struct tac_dict *d, const char *word, size_t len, uint32_t *n);
/* Same with a precomputed tac_hash of the word. */
const tac_ix_cand *tac_dict_lookup_hash(const struct tac_dict *d, uint64_t h, uint32_t *n);
/* Split a normalized word the way the coder splits tokens: "didn't" →
 * "did" + "n't", "gondor's" → "gondor" + "'s". Returns the length of the
 * first part (== len when no split). */
size_t tac_dict_split_word(const char *w, size_t len);

#endif
