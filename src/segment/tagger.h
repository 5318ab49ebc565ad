/*
 * tagger — part-of-speech tags (Penn Treebank) and lemmas for tokens.
 *
 * Input: a segmented tac_doc (tokens with norm forms). Output: token->pos
 * (enum tac_pos) and token->lemma/lemma_len (pool offsets; equal to norm when
 * the lemma is the word itself). Model: a second-order HMM decoded with
 * Viterbi over the tags a word may take; emission scores come from the WSJ
 * lexicon of Debian's festlex-poslex, transition scores from its POS trigram
 * counts (interpolated with bigram and unigram estimates), both compiled into
 * C tables at build time by scripts/gen-poslex.sh. Unknown words: suffix and
 * capitalisation rules. Lemmas: WordNet 3.0 exception lists
 * (scripts/gen-lemmas.sh) + suffix rules chosen by the tag, checked against
 * the lexicon. Complexity: O(tokens × K³), K ≤ 8 candidate tags per word
 * (most words have one or two); no allocation per token (pool growth is
 * geometric). Never fails except on out-of-memory (pool growth): false.
 */
#ifndef TAC_TAGGER_H
#define TAC_TAGGER_H

#include "core/doc.h"

enum tac_pos {
    TAC_POS_NONE = 0,
    TAC_POS_CC, TAC_POS_CD, TAC_POS_DT, TAC_POS_EX, TAC_POS_FW, TAC_POS_IN,
    TAC_POS_JJ, TAC_POS_JJR, TAC_POS_JJS, TAC_POS_LS, TAC_POS_MD,
    TAC_POS_NN, TAC_POS_NNS, TAC_POS_NNP, TAC_POS_NNPS, TAC_POS_PDT,
    TAC_POS_POS, TAC_POS_PRP, TAC_POS_PRPS /* PRP$ */, TAC_POS_RB, TAC_POS_RBR,
    TAC_POS_RBS, TAC_POS_RP, TAC_POS_SYM, TAC_POS_TO, TAC_POS_UH,
    TAC_POS_VB, TAC_POS_VBD, TAC_POS_VBG, TAC_POS_VBN, TAC_POS_VBP, TAC_POS_VBZ,
    TAC_POS_WDT, TAC_POS_WP, TAC_POS_WPS /* WP$ */, TAC_POS_WRB,
    /* punctuation, Penn style */
    TAC_POS_COMMA,      /* ,                         */
    TAC_POS_PERIOD,     /* . ! ? …                   */
    TAC_POS_COLON,      /* : ; - -- —                */
    TAC_POS_LRB,        /* ( [ {                     */
    TAC_POS_RRB,        /* ) ] }                     */
    TAC_POS_LQUOTE,     /* `` opening quotation mark */
    TAC_POS_RQUOTE,     /* '' closing quotation mark */
    TAC_POS_HASH,       /* #                         */
    TAC_POS_DOLLAR,     /* $ € £ ¥ (currency)        */
    TAC_POS_COUNT
};

/* Penn name of a tag ("NN", "PRP$", ",", "``"); "?" for out-of-range. */
const char *tac_pos_name(uint8_t pos);
/* Tag from its Penn name; TAC_POS_NONE when unknown. */
uint8_t tac_pos_from_name(const char *name);

static inline bool tac_pos_is_verb(uint8_t p) { return p >= TAC_POS_VB && p <= TAC_POS_VBZ; }
/* MD is not a verb here: callers test it separately for modality. */
static inline bool tac_pos_is_noun(uint8_t p) { return p >= TAC_POS_NN && p <= TAC_POS_NNPS; }
static inline bool tac_pos_is_proper(uint8_t p) { return p == TAC_POS_NNP || p == TAC_POS_NNPS; }
static inline bool tac_pos_is_adj(uint8_t p) { return p >= TAC_POS_JJ && p <= TAC_POS_JJS; }
static inline bool tac_pos_is_adv(uint8_t p) { return p >= TAC_POS_RB && p <= TAC_POS_RBS; }
static inline bool tac_pos_is_punct(uint8_t p) { return p >= TAC_POS_COMMA && p <= TAC_POS_RQUOTE; }
static inline bool tac_pos_is_wh(uint8_t p) { return p >= TAC_POS_WDT && p <= TAC_POS_WRB; }

/* Tag and lemmatize tokens [first, first+n) of doc (one sentence). false on OOM. */
bool tac_tag_sentence(tac_doc *doc, uint32_t first, uint32_t n);

/* Lemma of a normalized word for a tag, written to out (cap bytes, NUL-
 * terminated). Returns its length; the word itself when no rule applies. */
size_t tac_lemmatize(const char *norm, size_t len, uint8_t pos, char *out, size_t cap);

#endif
