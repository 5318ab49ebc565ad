/*
 * store_bench — the event store benchmark driver (bench/store.sh runs it).
 *
 *   store_bench ingest URL ARTICLES EVENTS_PER_ARTICLE [BATCH]
 *       store synthetic coded articles 0..ARTICLES-1 (tests/tools/synth.h:
 *       deterministic, no coder needed) and print events/s of the store: the
 *       loop's wall time less the time spent generating articles, plus peak RSS
 *   store_bench dyad URL A B day|week|month|year RUNS
 *       run the dyad series RUNS times on an open store; print the median,
 *       min and max latency in ms and the number of periods
 *   store_bench page URL A B LIMIT RUNS
 *       fetch the first LIMIT events of the dyad A–B (both directions, id
 *       order: the API's first events page) RUNS times; median/min/max ms;
 *       B "-" fetches the first events of country A (as source or target)
 *
 * The corpus is synthetic on purpose: the store's speed does not depend on
 * what the words say, and 1 million coded events cannot come from the 15
 * development articles. Every figure is reproducible from this file and
 * synth.h alone.
 */
#include "store/store.h"
#include "synth.h"
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static tac_store *open_or_die(const char *url)
{
    tac_store *s;
    tac_error err = {0};
    if (tac_store_open(url, &s, &err)) {
        fprintf(stderr, "store_bench: %s: %s\n", err.message, err.detail);
        exit(1);
    }
    return s;
}

static int ingest(const char *url, unsigned long long n, uint32_t nev, uint32_t batch)
{
    tac_store *s = open_or_die(url);
    tac_store_set_batch(s, batch);
    tac_error err = {0};
    /* wall and process-CPU time of the store calls alone; CPU time is the
     * steadier figure on a shared machine (for SQLite it is all the work;
     * for PostgreSQL the server's share is not in it, so wall time counts) */
    double store_time = 0, store_cpu = 0, gen_time = 0, t0 = now();
    for (unsigned long long i = 0; i < n; i++) {
        double a = now();
        tac_doc *d = synth_doc(i, 0, nev);
        double b = now(), bc = cpu_now();
        gen_time += b - a;
        if (!d || tac_store_add(s, d, "synthetic", &err)) {
            fprintf(stderr, "store_bench: %s: %s\n", err.message ? err.message : "out of memory", err.detail);
            return 1;
        }
        store_time += now() - b;
        store_cpu += cpu_now() - bc;
        tac_doc_free(d);
    }
    double a = now(), ac = cpu_now();
    if (tac_store_commit(s, &err)) {
        fprintf(stderr, "store_bench: %s: %s\n", err.message, err.detail);
        return 1;
    }
    store_time += now() - a;
    store_cpu += cpu_now() - ac;
    double wall = now() - t0;
    /* The stores' writers (SQLite's thread, PostgreSQL's server) go on
     * working while the next article is generated, so the time inside the
     * store calls undercounts them: what the store costs is the loop's wall
     * time beyond generating the articles. */
    store_time = wall - gen_time;
    tac_store_counts c;
    tac_store_counts_get(s, &c);
    tac_store_close(s);
    printf("articles %llu events %llu store_s %.3f store_cpu_s %.3f gen_s %.3f wall_s %.3f"
           " events_per_s %.0f events_per_cpu_s %.0f peak_rss_mb %.1f\n",
           (unsigned long long)c.articles_new, (unsigned long long)c.events, store_time, store_cpu,
           gen_time, wall, (double)c.events / store_time, (double)c.events / store_cpu,
           peak_rss_kb() / 1024.0);
    return 0;
}

static int count_point(const tac_dyad_point *p, void *ctx)
{
    (void)p;
    (*(int *)ctx)++;
    return 0;
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return a < b ? -1 : a > b;
}

static int dyad(const char *url, const char *a, const char *b, const char *by, int runs)
{
    tac_period p;
    if (!tac_period_from_name(by, &p) || runs < 1 || runs > 1000) {
        fprintf(stderr, "store_bench: bad period or runs\n");
        return 2;
    }
    tac_store *s = open_or_die(url);
    double *t = calloc((size_t)runs, sizeof *t);
    int points = 0;
    for (int i = 0; i < runs; i++) {
        tac_error err = {0};
        points = 0;
        double t0 = now();
        if (tac_store_dyad(s, a, b, p, TAC_NO_DATE, TAC_NO_DATE, count_point, &points, &err)) {
            fprintf(stderr, "store_bench: %s: %s\n", err.message, err.detail);
            return 1;
        }
        t[i] = (now() - t0) * 1000;
    }
    tac_store_close(s);
    qsort(t, (size_t)runs, sizeof *t, cmp_double);
    printf("dyad %s %s by %s runs %d median_ms %.2f min_ms %.2f max_ms %.2f points %d peak_rss_mb %.1f\n",
           a, b, by, runs, t[runs / 2], t[0], t[runs - 1], points, peak_rss_kb() / 1024.0);
    free(t);
    return 0;
}

static int count_event(const tac_stored_event *e, void *ctx)
{
    (void)e;
    (*(int *)ctx)++;
    return 0;
}

static int page(const char *url, const char *a, const char *b, int limit, int runs)
{
    if (limit < 1 || runs < 1 || runs > 1000) {
        fprintf(stderr, "store_bench: bad limit or runs\n");
        return 2;
    }
    tac_store *s = open_or_die(url);
    double *t = calloc((size_t)runs, sizeof *t);
    int rows = 0;
    for (int i = 0; i < runs; i++) {
        tac_error err = {0};
        tac_event_filter f;
        tac_event_filter_init(&f);
        if (!strcmp(b, "-")) {
            f.country = a;
        } else {
            f.dyad_a = a;
            f.dyad_b = b;
        }
        f.limit = (uint64_t)limit;
        rows = 0;
        double t0 = now();
        if (tac_store_events(s, &f, count_event, &rows, &err)) {
            fprintf(stderr, "store_bench: %s: %s\n", err.message, err.detail);
            return 1;
        }
        t[i] = (now() - t0) * 1000;
    }
    tac_store_close(s);
    qsort(t, (size_t)runs, sizeof *t, cmp_double);
    printf("page %s %s limit %d runs %d median_ms %.2f min_ms %.2f max_ms %.2f rows %d\n", a, b, limit,
           runs, t[runs / 2], t[0], t[runs - 1], rows);
    free(t);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 5 && !strcmp(argv[1], "ingest"))
        return ingest(argv[2], strtoull(argv[3], NULL, 10), (uint32_t)atoi(argv[4]),
                      argc > 5 ? (uint32_t)atoi(argv[5]) : 0);
    if (argc >= 7 && !strcmp(argv[1], "dyad"))
        return dyad(argv[2], argv[3], argv[4], argv[5], atoi(argv[6]));
    if (argc >= 7 && !strcmp(argv[1], "page"))
        return page(argv[2], argv[3], argv[4], atoi(argv[5]), atoi(argv[6]));
    fprintf(stderr, "usage: store_bench ingest URL ARTICLES EVENTS [BATCH]\n"
                    "       store_bench dyad URL A B day|week|month|year RUNS\n"
                    "       store_bench page URL A B LIMIT RUNS\n");
    return 2;
}
