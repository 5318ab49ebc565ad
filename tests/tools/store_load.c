/*
 * store_load — store synthetic articles FIRST … FIRST+COUNT-1 (tests/tools/
 * synth.h) through the store API, as `tacitus ingest` would store coded ones.
 * The crash test kills it part-way and runs it again.
 *
 *   store_load URL FIRST COUNT [EVENTS_PER_ARTICLE [VARIANT [BATCH [LAG]]]]
 *
 * LAG k > 0: each article comes twice, the second copy (VARIANT + 1, other
 * content) 2k articles after the first, so in the same batch or a later
 * one: what is stored must equal a plain load of VARIANT + 1.
 *
 * Prints "new N same N replaced N events N" of what it committed.
 */
#include "store/store.h"
#include "synth.h"
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: store_load URL FIRST COUNT [EVENTS [VARIANT [BATCH [LAG]]]]\n");
        return 2;
    }
    unsigned long long first = strtoull(argv[2], NULL, 10), count = strtoull(argv[3], NULL, 10);
    uint32_t nev = argc > 4 ? (uint32_t)atoi(argv[4]) : 8;
    uint32_t variant = argc > 5 ? (uint32_t)atoi(argv[5]) : 0;
    uint32_t batch = argc > 6 ? (uint32_t)atoi(argv[6]) : 0;
    unsigned long long lag = argc > 7 ? strtoull(argv[7], NULL, 10) : 0;
    tac_store *s;
    tac_error err = {0};
    if (tac_store_open(argv[1], &s, &err)) {
        fprintf(stderr, "store_load: %s: %s\n", err.message, err.detail);
        return 1;
    }
    tac_store_set_batch(s, batch);
    int rc = 0;
    if (tac_store_run_begin(s, "synthetic 1", "store_load", &err))
        rc = 1;
    for (unsigned long long n = first; !rc && n < first + count + lag; n++) {
        for (int copy = 0; copy < 2 && !rc; copy++) {
            unsigned long long k = copy ? n - lag : n;
            if (copy ? !lag || n < first + lag : n >= first + count)
                continue;
            tac_doc *d = synth_doc(k, variant + (uint32_t)copy, nev);
            if (!d || tac_store_add(s, d, "synthetic", &err))
                rc = 1;
            tac_doc_free(d);
        }
    }
    if (!rc && tac_store_run_end(s, 0, &err))
        rc = 1;
    if (rc)
        fprintf(stderr, "store_load: %s: %s\n", err.message ? err.message : "out of memory", err.detail);
    tac_store_counts c;
    tac_store_counts_get(s, &c);
    printf("new %llu same %llu replaced %llu events %llu\n", (unsigned long long)c.articles_new,
           (unsigned long long)c.articles_same, (unsigned long long)c.articles_replaced,
           (unsigned long long)c.events);
    tac_store_close(s);
    return rc;
}
