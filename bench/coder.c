/* bench/coder.c — coding-only throughput of the coder (not part of the library).
 *
 *   coder DICT MIN_SENTENCES FILE.jsonl...
 *
 * Reads the records' "text" (and "date"), builds and segments one document
 * per record (not timed), then codes every document with tac_code_doc, timed
 * with CLOCK_MONOTONIC around the coding calls only, repeating the corpus until
 * MIN_SENTENCES sentences were coded; median of 3 such runs. Also prints the
 * dictionary load time, the events per run, the peak RSS, and the coding
 * throughput with 2 threads (each codes its own half of the documents). */
#include "code/coder.h"
#include <json-c/json.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <sys/resource.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

typedef struct corpus {
    char **lines;           /* the records, re-read for every pass */
    size_t *lens;
    size_t n;
    size_t sentences;
} corpus;

typedef struct job {
    const tac_coder *c;
    corpus *cp;
    size_t from, to, rounds;
    double seconds;
    size_t sentences, events;
} job;

static void *run_job(void *v)
{
    job *j = v;
    tac_error err = {0};
    double t = 0;
    for (size_t r = 0; r < j->rounds; r++) {
        for (size_t i = j->from; i < j->to; i++) {
            /* a fresh document per pass, as in real use: reading and
             * segmenting are not timed */
            tac_doc *d = NULL;
            if (tac_doc_read_json(j->cp->lines[i], j->cp->lens[i], NULL, &d, &err) != TAC_OK)
                continue;
            tac_doc_segment(d, &err);
            double a = now();
            tac_code_doc(j->c, d, &err);
            t += now() - a;
            j->sentences += d->nsentences;
            j->events += d->nevents;
            tac_doc_free(d);
        }
    }
    j->seconds = t;
    return NULL;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: coder DICT MIN_SENTENCES FILE.jsonl...\n");
        return 2;
    }
    tac_error err = {0};
    tac_dict *dict = NULL;
    double t0 = now();
    if (tac_dict_load(argv[1], &dict, &err) != TAC_OK) {
        fprintf(stderr, "coder: %s %s\n", err.message, err.detail);
        return 1;
    }
    double load = now() - t0;
    size_t want = strtoull(argv[2], NULL, 10);
    corpus cp = {0};
    size_t cap = 0;
    for (int a = 3; a < argc; a++) {
        FILE *f = fopen(argv[a], "r");
        if (!f)
            return 1;
        char *line = NULL;
        size_t lcap = 0;
        ssize_t n;
        while ((n = getline(&line, &lcap, f)) > 0) {
            tac_doc *d = NULL;
            if (tac_doc_read_json(line, (size_t)n, NULL, &d, &err) != TAC_OK)
                continue;
            if (tac_doc_segment(d, &err) != TAC_OK) {
                tac_doc_free(d);
                continue;
            }
            if (cp.n == cap) {
                cap = cap ? cap * 2 : 1024;
                cp.lines = realloc(cp.lines, cap * sizeof *cp.lines);
                cp.lens = realloc(cp.lens, cap * sizeof *cp.lens);
            }
            cp.lines[cp.n] = strndup(line, (size_t)n);
            cp.lens[cp.n++] = (size_t)n;
            cp.sentences += d->nsentences;
            tac_doc_free(d);
        }
        free(line);
        fclose(f);
    }
    if (cp.sentences == 0)
        return 1;
    tac_coder *c = NULL;
    tac_coder_new(dict, NULL, &c, &err);
    size_t rounds = (want + cp.sentences - 1) / cp.sentences;
    double runs[3];
    size_t events = 0, coded = 0;
    for (int r = 0; r < 3; r++) {
        job j = {c, &cp, 0, cp.n, rounds, 0, 0, 0};
        run_job(&j);
        runs[r] = j.seconds;
        events = j.events / rounds;
        coded = j.sentences;
    }
    qsort(runs, 3, sizeof *runs, cmp_d);
    double one = (double)coded / runs[1];
    job j1 = {c, &cp, 0, cp.n / 2, rounds, 0, 0, 0};
    job j2 = {c, &cp, cp.n / 2, cp.n, rounds, 0, 0, 0};
    pthread_t th;
    double w0 = now();
    pthread_create(&th, NULL, run_job, &j2);
    run_job(&j1);
    pthread_join(th, NULL);
    double wall = now() - w0;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("dictionary load      %.3f s (%s)\n", load, tac_dict_version(dict));
    printf("corpus               %zu documents, %zu sentences, coded %zu times = %zu sentences\n", cp.n,
           cp.sentences, rounds, coded);
    printf("events per pass      %zu\n", events);
    printf("coding, 1 thread     %.0f sentences/s (median of 3, coding calls only)\n", one);
    double slow = j1.seconds > j2.seconds ? j1.seconds : j2.seconds;
    (void)wall;
    printf("coding, 2 threads    %.0f sentences/s (coding time of the slower thread), scaling %.2fx\n",
           (double)(j1.sentences + j2.sentences) / slow, (double)(j1.sentences + j2.sentences) / slow / one);
    printf("peak RSS             %ld MiB\n", ru.ru_maxrss / 1024);
    for (size_t i = 0; i < cp.n; i++)
        free(cp.lines[i]);
    free(cp.lines);
    free(cp.lens);
    tac_coder_free(c);
    tac_dict_free(dict);
    return 0;
}
