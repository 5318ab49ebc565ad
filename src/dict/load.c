/* tac_dict_load: read a dictionary set into the model, then build the index
 * and compile the verb patterns (see dict/dict.h). */
#include "dict/dict.h"
#include "core/norm.h"
#include <stdlib.h>
#include <stdio.h>

size_t tac_dict_split_word(const char *w, size_t len)
{
    /* "n't" contractions (Treebank style: did|n't, ca|n't, wo|n't) */
    if (len > 3 && !memcmp(w + len - 3, "n't", 3))
        return len - 3;
    /* possessive 's (the actor keeps its name: gondor|'s) */
    if (len > 2 && !memcmp(w + len - 2, "'s", 2))
        return len - 2;
    return len;
}

/* Copy a phrase into the arena with contractions split. */
static bool split_phrase(tac_arena *a, const tac_dict_phrase *in, tac_dict_phrase *out)
{
    const char *tmp[512];
    uint16_t n = 0;
    uint16_t head = in->head;
    for (uint16_t i = 0; i < in->nwords && n < 510; i++) {
        const char *w = in->words[i];
        size_t len = strlen(w);
        size_t k = tac_dict_split_word(w, len);
        if (k == len || k == 0) {
            tmp[n++] = w;
            continue;
        }
        tmp[n++] = tac_arena_strndup(a, w, k);
        tmp[n++] = tac_arena_strdup(a, w + k);
        if (i < in->head)
            head++;
    }
    *out = *in;
    out->nwords = n;
    out->head = head;
    out->words = tac_arena_alloc(a, sizeof(char *) * (n ? n : 1));
    if (!out->words)
        return false;
    memcpy(out->words, tmp, sizeof(char *) * n);
    return true;
}

/* ---- index ------------------------------------------------------------- */

static int cmp_cand(const void *a, const void *b)
{
    const tac_ix_cand *x = a, *y = b;
    uint64_t hx = x->hashes[0], hy = y->hashes[0];
    if (hx != hy)
        return hx < hy ? -1 : 1;
    if (x->nwords != y->nwords)
        return x->nwords > y->nwords ? -1 : 1;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

static bool add_cand(tac_dict *d, uint32_t *cap, const tac_dict_phrase *ph, uint8_t kind, uint32_t id, bool gaps)
{
    if (ph->nwords == 0)
        return true;
    tac_ix_cand *c = tac_arena_grow(&d->model.arena, d->cands, cap, sizeof *c, d->ncands + 1);
    if (!c)
        return false;
    d->cands = c;
    tac_dict_phrase sp;
    if (!split_phrase(&d->model.arena, ph, &sp))
        return false;
    if (sp.head >= sp.nwords)
        sp.head = 0;   /* readers that do not mark the verb word */
    uint64_t *hs = tac_arena_alloc(&d->model.arena, sizeof *hs * sp.nwords);
    if (!hs)
        return false;
    for (uint16_t k = 0; k < sp.nwords; k++)
        hs[k] = tac_hash(sp.words[k], strlen(sp.words[k]));
    c[d->ncands++] = (tac_ix_cand){sp.words, hs, id, sp.nwords, kind == TAC_IX_VERB ? sp.head : 0, kind, (uint8_t)gaps};
    return true;
}

/* Store a run under hash h (tac_ix_probe finds it). */
static void slot_put(tac_ix_slot *slots, uint32_t mask, uint64_t h, uint32_t start, uint32_t count)
{
    if (h == 0)
        h = 1;
    uint32_t s = (uint32_t)h & mask;
    while (slots[s].hash)
        s = (s + 1) & mask;
    slots[s] = (tac_ix_slot){h, start, count};
}

static bool build_index(tac_dict *d)
{
    tac_dict_model *m = &d->model;
    uint32_t cap = 0;
    for (uint32_t i = 0; i < m->nactors; i++)
        for (uint32_t k = 0; k < m->actors[i].nphrases; k++) {
            const tac_dict_phrase *ph = &m->actors[i].phrases[k];
            if (!add_cand(d, &cap, ph, TAC_IX_ACTOR, i, !(ph->flags & TAC_PHRASEF_CONNECTED)))
                return false;
        }
    for (uint32_t i = 0; i < m->nagents; i++)
        for (uint32_t k = 0; k < m->agents[i].nphrases; k++)
            if (!add_cand(d, &cap, &m->agents[i].phrases[k], TAC_IX_AGENT, i, false))
                return false;
    for (uint32_t i = 0; i < m->nverbs; i++)
        for (uint32_t k = 0; k < m->verbs[i].nforms; k++)
            if (!add_cand(d, &cap, &m->verbs[i].forms[k], TAC_IX_VERB, i, false))
                return false;
    for (uint32_t i = 0; i < m->ndiscards; i++)
        if (!add_cand(d, &cap, &m->discards[i].phrase, TAC_IX_DISCARD, i, false))
            return false;
    if (d->ncands)
        qsort(d->cands, d->ncands, sizeof *d->cands, cmp_cand);
    uint32_t size = 64;
    while (size < d->ncands * 2u + 64)
        size *= 2;
    d->slots = tac_arena_calloc(&m->arena, size, sizeof *d->slots);
    if (!d->slots)
        return false;
    d->slot_mask = size - 1;
    for (uint32_t i = 0; i < d->ncands;) {
        uint64_t h = d->cands[i].hashes[0];
        uint32_t j = i + 1;
        while (j < d->ncands && d->cands[j].hashes[0] == h) {
            if (strcmp(d->cands[j].words[0], d->cands[i].words[0]))
                d->mixed_runs = true;
            j++;
        }
        slot_put(d->slots, d->slot_mask, h, i, j - i);
        i = j;
    }
    return true;
}

const tac_ix_cand *tac_dict_lookup_hash(const tac_dict *d, uint64_t h, uint32_t *n)
{
    uint32_t start = 0;
    *n = tac_ix_probe(d->slots, d->slot_mask, h, &start);
    return *n ? d->cands + start : NULL;
}

const tac_ix_cand *tac_dict_lookup(const tac_dict *d, const char *word, size_t len, uint32_t *n)
{
    return tac_dict_lookup_hash(d, tac_hash(word, len), n);
}

/* ---- synsets and patterns --------------------------------------------- */

static int32_t synset_index(const tac_dict_model *m, const char *name, size_t len)
{
    for (uint32_t i = 0; i < m->nsynsets; i++) {
        const char *s = m->synsets[i].name;
        if (strlen(s) == len && !strncasecmp(s, name, len))
            return (int32_t)i;
    }
    return -1;
}

static bool flatten_synset(tac_dict *d, tac_csynset *out, uint32_t si, int depth, uint32_t *cap)
{
    const tac_dict_synset *s = &d->model.synsets[si];
    for (uint32_t k = 0; k < s->nphrases; k++) {
        const tac_dict_phrase *ph = &s->phrases[k];
        if (ph->nwords == 1 && ph->words[0][0] == '&') {
            const char *nm = ph->words[0] + 1;
            int32_t sub = synset_index(&d->model, nm, strlen(nm));
            if (sub < 0 || depth > 8) {
                tac_dict_add_issue(&d->model, s->origin, "synset &%s: unknown or too deeply nested member &%s",
                                   s->name, nm);
                continue;
            }
            if (!flatten_synset(d, out, (uint32_t)sub, depth + 1, cap))
                return false;
            continue;
        }
        tac_dict_phrase *p = tac_arena_grow(&d->model.arena, out->members, cap, sizeof *p, out->nmembers + 1);
        if (!p)
            return false;
        out->members = p;
        if (!split_phrase(&d->model.arena, ph, &p[out->nmembers]))
            return false;
        out->nmembers++;
    }
    return true;
}

/* Compile one pattern. Syntax: tokens separated by spaces; '_' joins
 * tokens that must be adjacent; '*' the verb; '$' source, '+' target, '%'
 * compound, '^' skip a noun phrase, '&NAME' a synset, else a literal word. */
static bool compile_pattern(tac_dict *d, const tac_dict_pattern *p, tac_cpattern *out)
{
    tac_pelem el[64];
    bool adj_prev[64];
    int n = 0, star = -1;
    const char *s = p->text;
    bool joined = false;   /* the previous part ended with '_' */
    while (*s && n < 64) {
        while (*s == ' ' || *s == '\t') {
            s++;
            joined = false;
        }
        if (!*s)
            break;
        if (*s == '_') {
            joined = true;
            s++;
            continue;
        }
        const char *b = s;
        while (*s && *s != ' ' && *s != '\t' && *s != '_')
            s++;
        size_t len = (size_t)(s - b);
        bool adj = joined && n > 0;
        joined = false;
        if (*s == '_') {
            /* "IN_ *": a trailing '_' before a space only marks an exact word */
            joined = s[1] && s[1] != ' ' && s[1] != '\t';
            s++;
        }
        tac_pelem e = {0};
        if (len == 1 && *b == '*') {
            if (star >= 0) {
                tac_dict_add_issue(&d->model, p->origin, "pattern with two '*' (ignored): %s", p->text);
                return false;
            }
            star = n;
            adj_prev[n] = adj;
            el[n++] = e;
            continue;
        } else if (len == 1 && *b == '$') {
            e.kind = TAC_PE_SOURCE;
        } else if (len == 1 && *b == '+') {
            e.kind = TAC_PE_TARGET;
        } else if (len == 1 && *b == '%') {
            e.kind = TAC_PE_COMPOUND;
        } else if (len == 1 && *b == '^') {
            e.kind = TAC_PE_SKIP;
        } else if (*b == '&') {
            int32_t si = synset_index(&d->model, b + 1, len - 1);
            if (si < 0) {
                char nm[128];
                snprintf(nm, sizeof nm, "%.*s", (int)len, b);
                tac_dict_add_issue(&d->model, p->origin, "unknown synset %s in pattern (pattern ignored): %s", nm,
                                   p->text);
                return false;
            }
            e.kind = TAC_PE_SYNSET;
            e.synset = (uint32_t)si;
        } else {
            char buf[256];
            size_t k = tac_norm_word(b, len, buf, sizeof buf);
            size_t cut = tac_dict_split_word(buf, k);
            e.kind = TAC_PE_WORD;
            if (cut != k && cut > 0) {
                e.word = tac_arena_strndup(&d->model.arena, buf, cut);
                adj_prev[n] = adj;
                el[n++] = e;
                if (n == 64)
                    break;
                e.word = tac_arena_strdup(&d->model.arena, buf + cut);
                adj = true;
            } else {
                e.word = tac_arena_strndup(&d->model.arena, buf, k);
            }
        }
        adj_prev[n] = adj;
        el[n++] = e;
    }
    if (star < 0) {
        tac_dict_add_issue(&d->model, p->origin, "pattern without '*' (ignored): %s", p->text);
        return false;
    }
    out->nupper = (uint16_t)star;
    out->nlower = (uint16_t)(n - star - 1);
    out->upper = tac_arena_alloc(&d->model.arena, sizeof(tac_pelem) * (out->nupper + 1u));
    out->lower = tac_arena_alloc(&d->model.arena, sizeof(tac_pelem) * (out->nlower + 1u));
    if (!out->upper || !out->lower)
        return false;
    int w = 0;
    for (int i = star - 1, k = 0; i >= 0; i--, k++) {
        out->upper[k] = el[i];
        out->upper[k].adjacent = adj_prev[i + 1];
        w += el[i].kind != TAC_PE_SKIP;
    }
    for (int i = star + 1, k = 0; i < n; i++, k++) {
        out->lower[k] = el[i];
        out->lower[k].adjacent = adj_prev[i];
        w += el[i].kind != TAC_PE_SKIP;
    }
    out->need = 0;
    for (int k = 0; k < out->nupper; k++)
        if (out->upper[k].kind == TAC_PE_WORD) {
            out->upper[k].hash = tac_hash(out->upper[k].word, strlen(out->upper[k].word));
            out->need |= tac_dict_bloom_bit(out->upper[k].hash);
        }
    for (int k = 0; k < out->nlower; k++)
        if (out->lower[k].kind == TAC_PE_WORD) {
            out->lower[k].hash = tac_hash(out->lower[k].word, strlen(out->lower[k].word));
            out->need |= tac_dict_bloom_bit(out->lower[k].hash);
        }
    out->weight = (uint16_t)w;
    out->code = p->code;
    out->text = p->text;
    out->origin = p->origin;
    return true;
}

static int cmp_syn_start(const void *a, const void *b)
{
    const tac_syn_start *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    if (x->synset != y->synset)
        return x->synset < y->synset ? -1 : 1;
    return x->member < y->member ? -1 : x->member > y->member;
}

static bool index_synset_starts(tac_dict *d)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < d->nsynsets; i++)
        n += d->synsets[i].nmembers;
    d->syn_starts = tac_arena_alloc(&d->model.arena, sizeof *d->syn_starts * (n + 1u));
    if (!d->syn_starts)
        return false;
    d->nsyn_starts = 0;
    for (uint32_t i = 0; i < d->nsynsets; i++)
        for (uint32_t k = 0; k < d->synsets[i].nmembers; k++)
            if (d->synsets[i].members[k].nwords)
                d->syn_starts[d->nsyn_starts++] = (tac_syn_start){d->synsets[i].first_hash[k], i, k};
    qsort(d->syn_starts, d->nsyn_starts, sizeof *d->syn_starts, cmp_syn_start);
    uint32_t size = 16;
    while (size < d->nsyn_starts * 2u + 16)
        size *= 2;
    d->syn_slots = tac_arena_calloc(&d->model.arena, size, sizeof *d->syn_slots);
    if (!d->syn_slots)
        return false;
    d->syn_slot_mask = size - 1;
    for (uint32_t i = 0; i < d->nsyn_starts;) {
        uint64_t h = d->syn_starts[i].hash;
        uint32_t j = i + 1;
        while (j < d->nsyn_starts && d->syn_starts[j].hash == h)
            j++;
        slot_put(d->syn_slots, d->syn_slot_mask, h, i, j - i);
        i = j;
    }
    return true;
}

static bool compile_verbs(tac_dict *d)
{
    tac_dict_model *m = &d->model;
    d->nsynsets = m->nsynsets;
    d->synsets = tac_arena_calloc(&m->arena, m->nsynsets + 1u, sizeof *d->synsets);
    if (!d->synsets)
        return false;
    for (uint32_t i = 0; i < m->nsynsets; i++) {
        uint32_t cap = 0;
        d->synsets[i].name = m->synsets[i].name;
        if (!flatten_synset(d, &d->synsets[i], i, 0, &cap))
            return false;
        tac_csynset *cs = &d->synsets[i];
        cs->first_hash = tac_arena_alloc(&m->arena, sizeof(uint64_t) * (cs->nmembers + 1u));
        if (!cs->first_hash)
            return false;
        cs->any = 0;
        for (uint32_t k = 0; k < cs->nmembers; k++) {
            cs->first_hash[k] = cs->members[k].nwords ? tac_hash(cs->members[k].words[0], strlen(cs->members[k].words[0])) : 0;
            cs->any |= tac_dict_bloom_bit(cs->first_hash[k]);
            if (cs->members[k].nwords > cs->maxwords)
                cs->maxwords = cs->members[k].nwords;
        }
        /* sorted by first-word hash, so the coder finds a word's members by
         * binary search instead of scanning them all (insertion sort: the
         * order of equal hashes stays the source order) */
        for (uint32_t k = 1; k < cs->nmembers; k++) {
            uint64_t h = cs->first_hash[k];
            tac_dict_phrase ph = cs->members[k];
            uint32_t j = k;
            while (j > 0 && cs->first_hash[j - 1] > h) {
                cs->first_hash[j] = cs->first_hash[j - 1];
                cs->members[j] = cs->members[j - 1];
                j--;
            }
            cs->first_hash[j] = h;
            cs->members[j] = ph;
        }
    }
    if (!index_synset_starts(d))
        return false;
    d->verbs = tac_arena_calloc(&m->arena, m->nverbs + 1u, sizeof *d->verbs);
    if (!d->verbs)
        return false;
    uint32_t cap = 0;
    for (uint32_t i = 0; i < m->nverbs; i++) {
        const tac_dict_verb *v = &m->verbs[i];
        /* verbs of one block share their pattern array: compile it once */
        uint32_t j = 0;
        for (; j < i; j++)
            if (m->verbs[j].patterns == v->patterns && v->npatterns && m->verbs[j].npatterns == v->npatterns)
                break;
        if (j < i) {
            d->verbs[i] = d->verbs[j];
            continue;
        }
        tac_cpattern *cp = tac_arena_calloc(&m->arena, v->npatterns + 1u, sizeof *cp);
        if (!cp)
            return false;
        uint32_t k = 0;
        for (uint32_t p = 0; p < v->npatterns; p++) {
            if (!compile_pattern(d, &v->patterns[p], &cp[k]))
                continue;
            tac_cpattern **ids = tac_arena_grow(&m->arena, d->patterns, &cap, sizeof *ids, d->npatterns + 1);
            if (!ids)
                return false;
            d->patterns = ids;
            ids[d->npatterns++] = &cp[k];
            cp[k].id = d->npatterns;
            k++;
        }
        d->verbs[i].pats = cp;
        d->verbs[i].npats = k;
    }
    return !m->arena.failed;
}

bool tac_dict_origin_petrarch(const char *origin)
{
    const char *colon = origin ? strrchr(origin, ':') : NULL;
    return colon && colon - origin >= 4 && !memcmp(colon - 4, ".txt", 4);
}

static bool mark_petrarch(tac_dict *d)
{
    tac_dict_model *m = &d->model;
    d->verb_petrarch = tac_arena_calloc(&m->arena, m->nverbs + 1u, sizeof *d->verb_petrarch);
    d->agent_petrarch = tac_arena_calloc(&m->arena, m->nagents + 1u, sizeof *d->agent_petrarch);
    if (!d->verb_petrarch || !d->agent_petrarch)
        return false;
    for (uint32_t i = 0; i < m->nverbs; i++)
        d->verb_petrarch[i] = tac_dict_origin_petrarch(m->verbs[i].origin);
    for (uint32_t i = 0; i < m->nagents; i++)
        d->agent_petrarch[i] = tac_dict_origin_petrarch(m->agents[i].origin);
    return true;
}

TAC_API tac_status tac_dict_load(const char *path, tac_dict **out, tac_error *err)
{
    *out = NULL;
    if (!path)
        return tac_fail(err, TAC_ERR_ARG, "no dictionary path", 0, " ");
    tac_dict *d = calloc(1, sizeof *d);
    if (!d)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, " ");
    tac_dict_model_init(&d->model);
    tac_status s = tac_dict_read_path(&d->model, path, err);
    if (s != TAC_OK) {
        tac_dict_free(d);
        return s;
    }
    if (!build_index(d) || !compile_verbs(d) || !mark_petrarch(d)) {
        tac_dict_free(d);
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory building the dictionary index", 0, " ");
    }
    const char *base = strrchr(path, '/');
    base = base && base[1] ? base + 1 : path;
    char v[512];
    snprintf(v, sizeof v, "%s%s%s (%u actors, %u agents, %u verbs, %u patterns)",
             d->model.version ? d->model.version : "", d->model.version ? " " : "", base,
             d->model.nactors, d->model.nagents, d->model.nverbs, d->npatterns);
    d->version = tac_arena_strdup(&d->model.arena, v);
    *out = d;
    return TAC_OK;
}

TAC_API void tac_dict_free(tac_dict *d)
{
    if (!d)
        return;
    tac_dict_model_free(&d->model);
    free(d);
}

TAC_API const char *tac_dict_version(const tac_dict *d)
{
    return d ? d->version : NULL;
}
