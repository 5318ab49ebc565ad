/*
 * code — from a sentence's tokens to CAMEO events, without an external parser.
 *
 * Input: a segmented tac_doc (tokens with normalized forms) and a loaded
 * tac_dict. Output: doc->events (struct tac_event, code/event.h), and when
 * asked, doc->trace: every step that explains why an event was or was not
 * produced (tokens, actor/agent matches with their date rule, noun phrases,
 * clauses, each pattern tried, each decision).
 * Ownership: events, trace and every scratch array live in doc->arena.
 * Complexity: per sentence O(words · candidates per first word) for matching
 * plus O(verbs · patterns · bounded backtracking); no allocation per token
 * outside the arena, no tokens × patterns scan.
 * Failure: TAC_ERR_NOMEM (sticky arena flag), TAC_ERR_LIMIT when a sentence
 * has more than limits.max_sentence_tokens words or the article more than
 * limits.max_events events (events past the limit are not produced).
 *
 * The analysis, in order (coder.c): words (contractions split, possessive
 * 's split) → discards → actor and agent matches (longest first, from the
 * index) → comma-clause deletion (PETRARCH comma options) → verb candidates
 * (dictionary verb forms; a form after a determiner is a noun) → noun
 * phrases and compounds ("A and B", "A, B and C", agent "of/in/from" actor)
 * → per verb: best pattern, source (subject of its clause), target (first
 * actor phrase after it), passive "by", negation, modality → events →
 * mentions: event nouns with both parties ("X's visit to Y") into
 * doc->mentions, never into doc->events (they are not counted).
 */
#ifndef TAC_CODER_H
#define TAC_CODER_H

#include "code/event.h"
#include "dict/dict.h"

/* The closed-class lexicon, hashed once per coder (512 slots, ~170 words). */
#define TAC_LEX_SLOTS 512
typedef struct tac_lex_slot {
    uint64_t hash;            /* tac_hash of the word, 0 = empty         */
    uint16_t entry;           /* index into the lexicon table of coder.c */
} tac_lex_slot;

struct tac_coder {
    const tac_dict *dict;
    tac_coder_options opt;
    tac_lex_slot lex[TAC_LEX_SLOTS];
    bool native;              /* no verb of the set is PETRARCH's: article
                                 context carries (tac_coder_carries_context) */
};

/* One explanation step. `kind` is static ("tokens", "actor", "agent",
 * "phrase", "deleted", "verb", "pattern", "event", "no-event", "discard",
 * "mention": a noun-named event, `event` -1);
 * `text` is an arena string. */
typedef struct tac_trace_step {
    uint32_t sentence;
    const char *kind;
    const char *text;
    int32_t event;          /* index into doc->events for kind "event", else -1 */
} tac_trace_step;

struct tac_trace {
    tac_trace_step *steps;
    uint32_t nsteps, cap;
};

/* Like tac_code_doc_in (ctx may be NULL), and also fill doc->trace. */
tac_status tac_code_doc_traced(const tac_coder *c, tac_doc *doc, tac_code_context *ctx, tac_error *err);

#endif
