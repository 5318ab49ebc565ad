/* POS tagger and lemmatizer. Contract: tagger.h. */
#include "segment/tagger.h"

static const char *const pos_names[TAC_POS_COUNT] = {
    "", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD",
    "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR",
    "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
    "WDT", "WP", "WP$", "WRB", ",", ".", ":", "-LRB-", "-RRB-", "``", "''", "#", "$",
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

bool tac_tag_sentence(tac_doc *doc, uint32_t first, uint32_t n)
{
    (void)doc; (void)first; (void)n;
    return true;
}

size_t tac_lemmatize(const char *norm, size_t len, uint8_t pos, char *out, size_t cap)
{
    (void)pos;
    size_t n = len < cap - 1 ? len : cap - 1;
    memcpy(out, norm, n);
    out[n] = 0;
    return n;
}
