/* bench/segment.c — segmentation benchmark and tools (not part of the library).
 *
 *   segment show [FILE]               sentences and tokens of a plain-text file (stdin)
 *   segment dev ARTICLES SENTENCES    how many hand-split sentences of the dev set
 *                                     the segmenter reproduces exactly
 *   segment tags JSONL                tokens and tags of each record's "text", one line each
 *   segment bench MB FILE...          build a corpus of >= MB megabytes by repeating the
 *                                     texts of FILE (plain text / Markdown as is; JSON
 *                                     Lines: each record's "text"), segment it in
 *                                     articles, print MB/s for segmentation only and
 *                                     with tags and lemmas (median of 3 runs)
 */
#include "segment/segment.h"
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static char *read_file(const char *path, size_t *len)
{
    FILE *f = path ? fopen(path, "rb") : stdin;
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    for (;;) {
        if (n + 4096 > cap)
            p = realloc(p, cap *= 2);
        size_t r = fread(p + n, 1, cap - n - 1, f);
        if (r == 0)
            break;
        n += r;
    }
    if (path)
        fclose(f);
    p[n] = 0;
    *len = n;
    return p;
}

static int cmd_show(const char *path)
{
    size_t len;
    char *s = read_file(path, &len);
    if (!s)
        return 1;
    tac_error err = {0};
    tac_doc *d = tac_segment_string(s, len, NULL, &err);
    if (!d) {
        fprintf(stderr, "error: %s\n", err.message);
        return 1;
    }
    for (uint32_t i = 0; i < d->nsentences; i++) {
        tac_sentence *se = &d->sentences[i];
        printf("[%u] %.*s\n   ", i, (int)(se->span.end - se->span.start), d->src + se->span.start);
        for (uint32_t k = 0; k < se->ntokens; k++) {
            tac_token *t = &d->tokens[se->first_token + k];
            printf(" %.*s/%s", (int)(t->span.end - t->span.start), d->src + t->span.start, tac_pos_name(t->pos));
            if (t->lemma != t->norm)
                printf("(%s)", tac_tok_lemma(d, t));
        }
        printf("\n");
    }
    tac_doc_free(d);
    free(s);
    return 0;
}

static int cmd_dev(const char *articles, const char *sentences, bool verbose)
{
    size_t alen, slen;
    char *a = read_file(articles, &alen), *s = read_file(sentences, &slen);
    if (!a || !s) {
        fprintf(stderr, "segment dev: cannot read %s or %s\n", articles, sentences);
        return 1;
    }
    /* gold: sentence texts per article id prefix */
    int total = 0, found = 0, produced = 0;
    char *line = a, *next;
    for (; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        json_object *o = json_tokener_parse(line);
        if (!o)
            continue;
        json_object *jid, *jt;
        if (!json_object_object_get_ex(o, "id", &jid) || !json_object_object_get_ex(o, "text", &jt)) {
            json_object_put(o);
            continue;
        }
        const char *id = json_object_get_string(jid);
        const char *text = json_object_get_string(jt);
        size_t tlen = (size_t)json_object_get_string_len(jt);
        tac_error err = {0};
        tac_doc *d = tac_segment_string(text, tlen, NULL, &err);
        if (!d) {
            fprintf(stderr, "%s: %s\n", id, err.message);
            json_object_put(o);
            continue;
        }
        produced += (int)d->nsentences;
        /* every gold sentence of this article */
        size_t idl = strlen(id);
        char *sl = s, *sn;
        for (; sl && *sl; sl = sn) {
            sn = strchr(sl, '\n');
            size_t ll = sn ? (size_t)(sn - sl) : strlen(sl);
            if (sn)
                sn++;
            char buf[64];
            snprintf(buf, sizeof buf, "\"id\": \"%s-", id);
            if (!memmem(sl, ll < 80 ? ll : 80, buf, strlen(buf)))
                continue;
            char *copy = strndup(sl, ll);
            json_object *g = json_tokener_parse(copy);
            free(copy);
            json_object *gt;
            if (!g || !json_object_object_get_ex(g, "text", &gt)) {
                json_object_put(g);
                continue;
            }
            const char *gs = json_object_get_string(gt);
            size_t gl = (size_t)json_object_get_string_len(gt);
            total++;
            bool ok = false;
            for (uint32_t i = 0; i < d->nsentences; i++) {
                tac_sentence *se = &d->sentences[i];
                if (se->span.end - se->span.start == gl && memcmp(d->src + se->span.start, gs, gl) == 0) {
                    ok = true;
                    break;
                }
            }
            if (ok)
                found++;
            else if (verbose) {
                json_object *gid;
                json_object_object_get_ex(g, "id", &gid);
                printf("MISS %s: %s\n", json_object_get_string(gid), gs);
            }
            json_object_put(g);
        }
        (void)idl;
        tac_doc_free(d);
        json_object_put(o);
    }
    printf("dev sentences reproduced exactly: %d of %d (%.1f%%); segmenter produced %d sentences in all\n",
           found, total, total ? 100.0 * found / total : 0.0, produced);
    free(a);
    free(s);
    return 0;
}

/* One line per JSON Lines record: its tokens as surface<TAB>TAG pairs
 * separated by spaces (for comparing tags with a reference parse). */
static int cmd_tags(const char *path)
{
    size_t len;
    char *s = read_file(path, &len);
    if (!s)
        return 1;
    char *line = s, *next;
    for (; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        json_object *o = json_tokener_parse(line), *jt;
        if (!o || !json_object_object_get_ex(o, "text", &jt)) {
            json_object_put(o);
            continue;
        }
        tac_error err;
        tac_doc *d = tac_segment_string(json_object_get_string(jt), (size_t)json_object_get_string_len(jt), NULL, &err);
        for (uint32_t i = 0; d && i < d->ntokens; i++) {
            tac_token *t = &d->tokens[i];
            printf("%s%.*s\t%s", i ? " " : "", (int)(t->span.end - t->span.start), d->src + t->span.start,
                   tac_pos_name(t->pos));
        }
        printf("\n");
        tac_doc_free(d);
        json_object_put(o);
    }
    free(s);
    return 0;
}

/* ---- benchmark ---- */

typedef struct { const char *p; size_t n; } text;

/* CPU time of this process: the figure is per core and robust to other load */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int cmd_bench(double mb, int nfiles, char **files)
{
    text *texts = NULL;
    size_t ntexts = 0, cap = 0, one = 0;
    for (int i = 0; i < nfiles; i++) {
        size_t len;
        char *s = read_file(files[i], &len);
        if (!s) {
            fprintf(stderr, "segment bench: cannot read %s\n", files[i]);
            return 1;
        }
        size_t fl = strlen(files[i]);
        bool jsonl = fl > 6 && strcmp(files[i] + fl - 6, ".jsonl") == 0;
        char *line = s, *next;
        if (!jsonl) {
            if (ntexts == cap)
                texts = realloc(texts, (cap = cap ? cap * 2 : 64) * sizeof *texts);
            texts[ntexts++] = (text){s, len};
            one += len;
            continue;
        }
        for (; line && *line; line = next) {
            next = strchr(line, '\n');
            if (next)
                *next++ = 0;
            json_object *o = json_tokener_parse(line), *jt;
            if (o && json_object_object_get_ex(o, "text", &jt)) {
                if (ntexts == cap)
                    texts = realloc(texts, (cap = cap ? cap * 2 : 64) * sizeof *texts);
                size_t tl = (size_t)json_object_get_string_len(jt);
                texts[ntexts++] = (text){strndup(json_object_get_string(jt), tl), tl};
                one += tl;
            }
            json_object_put(o);
        }
    }
    if (!one)
        return 1;
    size_t reps = (size_t)(mb * 1e6 / one) + 1;
    double res[2][3];
    size_t sentences = 0, tokens = 0;
    for (int mode = 0; mode < 2; mode++) {
        for (int run = 0; run < 3; run++) {
            double t0 = now();
            size_t bytes = 0;
            sentences = tokens = 0;
            for (size_t r = 0; r < reps; r++) {
                for (size_t i = 0; i < ntexts; i++) {
                    tac_doc *d = tac_doc_new_internal(texts[i].p, texts[i].n, NULL);
                    tac_error err;
                    if (!d || tac_doc_segment_with(d, mode == 0 ? TAC_SEGMENT_NO_TAG : 0, &err) != TAC_OK) {
                        fprintf(stderr, "segment bench: failed\n");
                        return 1;
                    }
                    sentences += d->nsentences;
                    tokens += d->ntokens;
                    bytes += texts[i].n;
                    tac_doc_free(d);
                }
            }
            double dt = now() - t0;
            res[mode][run] = bytes / 1e6 / dt;
            if (run == 0)
                fprintf(stderr, "%s: %.1f MB, %zu articles, %zu sentences, %zu tokens, %.2f s\n",
                        mode ? "segment+tag+lemma" : "segment", bytes / 1e6, reps * ntexts, sentences,
                        tokens, dt);
        }
        qsort(res[mode], 3, sizeof(double), cmp_double);
    }
    double sps = res[1][1] * 1e6 / ((double)one * reps / sentences);
    printf("corpus: %.1f MB (%zu texts repeated %zu times), %zu sentences, %zu tokens\n",
           one * reps / 1e6, ntexts, reps, sentences, tokens);
    printf("segmentation (sentences + tokens + norm): %.1f MB/s (runs %.1f %.1f %.1f)\n", res[0][1],
           res[0][0], res[0][1], res[0][2]);
    printf("with POS tags + lemmas:                   %.1f MB/s (runs %.1f %.1f %.1f), %.0f sentences/s\n",
           res[1][1], res[1][0], res[1][1], res[1][2], sps);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "show") == 0)
        return cmd_show(argc > 2 ? argv[2] : NULL);
    if (argc >= 4 && strcmp(argv[1], "dev") == 0)
        return cmd_dev(argv[2], argv[3], argc > 4);
    if (argc >= 3 && strcmp(argv[1], "tags") == 0)
        return cmd_tags(argv[2]);
    if (argc >= 4 && strcmp(argv[1], "bench") == 0)
        return cmd_bench(atof(argv[2]), argc - 3, argv + 3);
    fprintf(stderr, "usage: segment show [FILE] | dev ARTICLES SENTENCES [-v] | tags JSONL | bench MB FILE...\n");
    return 2;
}
