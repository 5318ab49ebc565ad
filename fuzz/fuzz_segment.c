/*
 * libFuzzer harness: segmentation of a plain string (tac_segment_string),
 * with small, input-chosen sentence limits so the cutting paths run too.
 * Checks the segment layer's invariants: tokens non-empty, in bounds and in
 * order; sentences partition the tokens, respect the limits and span their
 * tokens; norms and lemmas NUL-terminated inside the pool; tags in range.
 * Built by fuzz/build.sh; replayed by tests/cli/fuzz_replay.sh.
 */
#include "segment/segment.h"

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tac_limits lim;
    tac_limits_default(&lim);
    if (size > 0 && data[0] < 64) {   /* a quarter of the inputs: tight limits */
        lim.max_sentence_tokens = 1 + data[0] % 16;
        lim.max_sentence_bytes = 16 + (uint32_t)data[0] * 4;
    }
    tac_error err = {0};
    tac_doc *d = tac_segment_string((const char *)data, size, &lim, &err);
    if (!d) {
        CHECK(err.code == TAC_ERR_LIMIT || err.code == TAC_ERR_NOMEM);
        return 0;
    }
    for (uint32_t i = 0; i < d->ntokens; i++) {
        const tac_token *t = &d->tokens[i];
        CHECK(t->span.start < t->span.end && t->span.end <= size);
        CHECK(i == 0 || t->span.start >= d->tokens[i - 1].span.end);
        CHECK(t->span.end - t->span.start <= TAC_MAX_TOKEN_BYTES);
        CHECK(t->norm + t->norm_len < d->pool_len && d->pool[t->norm + t->norm_len] == 0);
        CHECK(t->lemma + t->lemma_len < d->pool_len && d->pool[t->lemma + t->lemma_len] == 0);
        CHECK(t->pos < TAC_POS_COUNT);
        CHECK(t->kind >= TAC_TOK_WORD && t->kind <= TAC_TOK_SYMBOL);
    }
    uint32_t next = 0;
    for (uint32_t i = 0; i < d->nsentences; i++) {
        const tac_sentence *s = &d->sentences[i];
        CHECK(s->ntokens > 0 && s->ntokens <= lim.max_sentence_tokens);
        CHECK(s->first_token >= next);   /* blocks may skip nothing here: == */
        CHECK(s->first_token == next);
        next = s->first_token + s->ntokens;
        CHECK(next <= d->ntokens);
        CHECK(s->span.start == d->tokens[s->first_token].span.start);
        CHECK(s->span.end == d->tokens[next - 1].span.end);
        CHECK(s->ntokens == 1 || s->span.end - s->span.start <= lim.max_sentence_bytes);
        CHECK(d->tokens[s->first_token].flags & TAC_TOKF_SENT_START);
    }
    CHECK(next == d->ntokens);
    tac_doc_free(d);
    return 0;
}
