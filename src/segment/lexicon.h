/*
 * lexicon — the tagger's tables, generated at build time by
 * scripts/gen-poslex.sh (from festlex-poslex) and scripts/gen-lemmas.sh (from
 * WordNet 3.0's exception lists) into $(BUILD)/gen/{poslex,lemmas}.c.
 *
 * Layout of a string table NAME (lex: word → tag scores; sfx: suffix → tag
 * scores for unknown words): keys are NUL-terminated in tac_NAME_words at
 * tac_NAME_off[i]; entry i owns tags tac_NAME_tag[tac_NAME_first[i] ..
 * tac_NAME_first[i+1]) with scores (natural log) in tac_NAME_score. Lookup:
 * FNV-1a 32 of the key, masked by tac_NAME_mask, linear probing over
 * tac_NAME_slots; a slot is the entry index | (high 16 bits of the key's
 * hash) << 16, so most probes never touch the strings; 0xFFFFFFFF = empty. Tags are HMM states; tac_lex_state_pos
 * maps a state to its Penn tag (TAC_POS_NONE for punctuation).
 */
#ifndef TAC_LEXICON_H
#define TAC_LEXICON_H

#include "segment/tagger.h"

/* HMM states: festival's WSJ tags (punctuation is one state, "of" and "to"
 * have their own). Same order as STATES in scripts/gen-poslex.sh, which
 * writes the names into tac_lex_state_names for a check at test time. */
enum tac_lex_state {
    LS_NN, LS_PUNC, LS_NNP, LS_DT, LS_IN, LS_JJ, LS_NNS, LS_CD, LS_RB, LS_VBD,
    LS_VB, LS_PRP, LS_CC, LS_OF, LS_TO, LS_VBZ, LS_VBN, LS_VBG, LS_VBP, LS_MD,
    LS_POS, LS_WDT, LS_JJR, LS_WP, LS_NNPS, LS_WRB, LS_JJS, LS_RBR, LS_RP,
    LS_EX, LS_RBS, LS_PDT, LS_FW, LS_UH, LS_SYM, LS_LS, LS_COUNT
};

extern const char tac_lex_state_names[];
extern const float tac_lex_trans[LS_COUNT][LS_COUNT];           /* log P(c | b)    */
/* log P(c | a, b) stored as [c][b][a]: next tag, previous, the one before */
extern const float tac_lex_trans3[LS_COUNT][LS_COUNT][LS_COUNT];

#define TAC_LEX_TABLE(name)                                  \
    extern const uint32_t tac_##name##_count, tac_##name##_mask; \
    extern const char tac_##name##_words[];                  \
    extern const uint32_t tac_##name##_off[];                \
    extern const uint32_t tac_##name##_first[];              \
    extern const uint8_t tac_##name##_tag[];                 \
    extern const float tac_##name##_score[];                 \
    extern const uint32_t tac_##name##_slots[];
TAC_LEX_TABLE(lex)
TAC_LEX_TABLE(sfx)

/* WordNet exceptions: key "v:fought", "n:children", "a:better" → lemma. */
extern const uint32_t tac_exc_count, tac_exc_mask;
extern const char tac_exc_words[];
extern const uint32_t tac_exc_off[];
extern const uint32_t tac_exc_lemma[];   /* offset of the lemma in tac_exc_words */
extern const uint32_t tac_exc_slots[];

static inline uint32_t tac_fnv1a(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

#endif
