/* libFuzzer harness: the binary image loader on arbitrary bytes, with the
 * file hash check off so mutations reach the structural validation (which
 * must keep every read in bounds by itself); then every loaded string and
 * phrase is walked. */
#include "dict/image.h"
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t walk_phrases(const tac_dict_phrase *p, uint32_t n)
{
    size_t s = 0;
    for (uint32_t i = 0; i < n; i++)
        for (uint16_t k = 0; k < p[i].nwords; k++)
            s += strlen(p[i].words[k]);
    return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tac_dict_model m;
    tac_error err;
    tac_dict_model_init(&m);
    if (tac_dict_image_parse(&m, "fuzz", data, size, 0, &err) != TAC_OK && err.position > size)
        abort();
    tac_dict_model_free(&m);
    tac_dict_model_init(&m);
    if (tac_dict_image_parse(&m, "fuzz", data, size, TAC_IMAGE_NO_HASH, &err) == TAC_OK) {
        volatile size_t s = 0;
        for (uint32_t i = 0; i < m.nactors; i++) {
            s += walk_phrases(m.actors[i].phrases, m.actors[i].nphrases);
            for (uint32_t k = 0; k < m.actors[i].ncodes; k++)
                s += strlen(m.actors[i].codes[k].code);
            s += m.actors[i].name ? strlen(m.actors[i].name) : 0;
        }
        for (uint32_t i = 0; i < m.nagents; i++)
            s += walk_phrases(m.agents[i].phrases, m.agents[i].nphrases);
        for (uint32_t i = 0; i < m.nverbs; i++) {
            s += walk_phrases(m.verbs[i].forms, m.verbs[i].nforms);
            for (uint32_t k = 0; k < m.verbs[i].npatterns; k++)
                s += strlen(m.verbs[i].patterns[k].text);
        }
        for (uint32_t i = 0; i < m.nsynsets; i++)
            s += walk_phrases(m.synsets[i].phrases, m.synsets[i].nphrases);
        for (uint32_t i = 0; i < m.ndiscards; i++)
            s += walk_phrases(&m.discards[i].phrase, 1);
        (void)s;
    } else if (err.position > size) {
        abort();
    }
    tac_dict_model_free(&m);
    return 0;
}
