/*
 * libFuzzer harness: ingest (tac_doc_read / tac_doc_read_json) followed by
 * segmentation, with the invariants of the text layer checked after each
 * article. One source, four harnesses, chosen by FUZZ_MODE at compile time:
 *   text, markdown, auto  whole input through tac_doc_read
 *   jsonl                 input split at '\n', each line through tac_doc_read_json
 * Built by fuzz/build.sh (clang -fsanitize=fuzzer,address,undefined) and, with
 * fuzz/replay.c instead of libFuzzer, by tests/cli/fuzz_replay.sh.
 */
#include "core/doc.h"
#include <stdlib.h>

#ifndef FUZZ_MODE
#define FUZZ_MODE TAC_FORMAT_AUTO
#endif

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

static void check_doc(tac_doc *d)
{
    CHECK(d->text_len <= (d->map ? UINT32_MAX : d->src_len));
    if (d->map) {
        CHECK(d->map[d->text_len] <= d->src_len);
        for (uint32_t i = 0; i < d->text_len; i++) {
            CHECK(d->map[i] <= d->src_len);
            CHECK(i == 0 || d->map[i] >= d->map[i - 1]);
        }
    } else {
        CHECK(d->text == d->src && d->text_len == d->src_len);
    }
    for (uint32_t i = 0; i < d->nblocks; i++) {
        const tac_block *b = &d->blocks[i];
        CHECK(b->tstart < b->tend && b->tend <= d->text_len);
        CHECK(i == 0 || b->tstart >= d->blocks[i - 1].tend);
    }
    for (uint32_t i = 0; i < d->ndropped; i++) {
        const tac_dropped *x = &d->dropped[i];
        CHECK(x->span.start <= x->span.end && x->span.end <= d->src_len && x->reason);
        CHECK(i == 0 || x->span.start >= d->dropped[i - 1].span.start);
    }
    tac_error err = {0};
    if (tac_doc_segment(d, &err) == TAC_OK) {
        for (uint32_t i = 0; i < d->nsentences; i++) {
            const tac_sentence *s = &d->sentences[i];
            CHECK(s->span.start <= s->span.end && s->span.end <= d->src_len);
        }
    }
    /* the writers must cope with whatever was read */
    FILE *f = fopen("/dev/null", "w");
    if (f) {
        tac_doc_write_article_json(d, f);
        tac_doc_write_sentences_json(d, f);
        fclose(f);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tac_limits lim;
    tac_limits_default(&lim);
    lim.max_article_bytes = 1u << 20;
    lim.max_line_bytes = 1u << 20;
    const char *s = (const char *)data;
    tac_doc *d = NULL;
    tac_error err = {0};
    if (FUZZ_MODE == TAC_FORMAT_JSONL) {
        size_t i = 0;
        while (i < size) {
            const char *nl = memchr(s + i, '\n', size - i);
            size_t n = nl ? (size_t)(nl - (s + i)) : size - i;
            if (tac_doc_read_json(s + i, n, &lim, &d, &err) == TAC_OK) {
                check_doc(d);
                tac_doc_free(d);
            } else {
                CHECK(d == NULL && err.message && err.position <= n);
            }
            i += n + 1;
        }
        return 0;
    }
    if (tac_doc_read(s, size, FUZZ_MODE, "fuzz", &lim, &d, &err) == TAC_OK) {
        check_doc(d);
        tac_doc_free(d);
    } else {
        CHECK(d == NULL && err.message);
        tac_error_locate(&err, s, size);
    }
    return 0;
}
