/*
 * synth — deterministic synthetic articles with coded events, for the store
 * tests and the store benchmark (no coder needed). Article n is a function of
 * (n, variant, events per article) only, so two runs build the same database.
 *
 * An article holds one sentence per event, written from a template
 * ("Officials of Chinese met Syrian envoys on 14 March."), and its events point
 * at that sentence with spans for source, verb and target. A quarter of the
 * events fall on four "hot" dyads (CHN–SYR, USA–RUS, IND–PAK, FRA–DEU) so the
 * dyad benchmark has a busy pair; the rest pick from 40 countries. Dates are
 * spread over 2015-01-01 … 2024-12-31. CAMEO codes, quad classes and Goldstein
 * values below follow GDELT's tables (CAMEO.goldsteinscale.txt).
 */
#ifndef TAC_TEST_SYNTH_H
#define TAC_TEST_SYNTH_H

#include "code/event.h"
#include <stdio.h>

static const char *const synth_countries[40] = {
    "CHN", "SYR", "USA", "RUS", "IND", "PAK", "FRA", "DEU", "GBR", "JPN",
    "KOR", "PRK", "IRN", "IRQ", "ISR", "PSE", "SAU", "TUR", "EGY", "UKR",
    "BRA", "ARG", "MEX", "CAN", "AUS", "IDN", "NGA", "ZAF", "ETH", "KEN",
    "ESP", "ITA", "POL", "SWE", "NOR", "VNM", "THA", "PHL", "AFG", "LBN"};

typedef struct synth_code {
    const char *code, *root, *verb, *plover;
    uint8_t quad;
    float goldstein;
} synth_code;

static const synth_code synth_codes[12] = {
    {"010", "01", "commented on", NULL, 1, 0.0f},
    {"036", "03", "offered talks with", "AGREE", 1, 4.0f},
    {"042", "04", "visited", "CONSULT", 1, 1.9f},
    {"043", "04", "hosted", "CONSULT", 1, 2.8f},
    {"057", "05", "signed an agreement with", "AGREE", 1, 8.0f},
    {"061", "06", "traded with", "COOPERATE", 2, 6.4f},
    {"071", "07", "sent aid to", "AID", 2, 7.4f},
    {"112", "11", "accused", "ACCUSE", 3, -2.0f},
    {"130", "13", "threatened", "THREATEN", 3, -4.4f},
    {"163", "16", "imposed an embargo on", "SANCTION", 4, -8.0f},
    {"173", "17", "arrested citizens of", "COERCE", 4, -5.0f},
    {"190", "19", "fought", "ASSAULT", 4, -10.0f},
};

static inline uint64_t synth_mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

/* Pick the ordered pair of event j of article n. */
static inline void synth_pair(uint64_t r, const char **a, const char **b)
{
    static const char *const hot[4][2] = {{"CHN", "SYR"}, {"USA", "RUS"}, {"IND", "PAK"}, {"FRA", "DEU"}};
    if ((r & 3) == 0) {
        int h = (int)((r >> 2) & 3);
        bool flip = (r >> 4) & 1;
        *a = hot[h][flip];
        *b = hot[h][!flip];
        return;
    }
    int i = (int)((r >> 8) % 40), j = (int)((r >> 20) % 39);
    if (j >= i)
        j++;
    *a = synth_countries[i];
    *b = synth_countries[j];
}

static inline void synth_actor(tac_doc *d, tac_actor *act, const char *country, uint32_t start,
                               uint32_t end, uint64_t r)
{
    static const char *const sectors[4] = {"GOV", "MIL", "BUS", ""};
    const char *sec = sectors[r & 3];
    act->code = tac_arena_printf(&d->arena, "%s%s", country, sec);
    memcpy(act->country, country, 4);
    act->span = (tac_span){start, end};
    act->entry = tac_arena_printf(&d->arena, "%s_OFFICIALS", country);
    act->rule = *sec ? tac_arena_printf(&d->arena, "%s%s 20000101-", country, sec) : NULL;
    act->agent = *sec ? sec : NULL;
}

/*
 * Article n (id "synth-%07llu"). variant > 0 changes the text (and hence the
 * content hash) and shifts the codes, as a corrected article would.
 * Returns NULL on OOM. Caller frees with tac_doc_free.
 */
static inline tac_doc *synth_doc(uint64_t n, uint32_t variant, uint32_t nevents)
{
    char text[64 * 1024];
    size_t len = 0;
    tac_span sent[256], src[256], verb[256], tgt[256];
    if (nevents > 256)
        nevents = 256;
    uint64_t seed = synth_mix(n * 1000003u + variant);
    int32_t day0 = tac_days_from_civil(2015, 1, 1);
    int32_t date = day0 + (int32_t)(seed % 3653);
    len += (size_t)snprintf(text + len, sizeof text - len, "Synthetic report %llu (edition %u)\n\n",
                            (unsigned long long)n, variant);
    const char *pa[256], *pb[256];
    int codes[256];
    for (uint32_t j = 0; j < nevents; j++) {
        uint64_t r = synth_mix(seed + j);
        synth_pair(r, &pa[j], &pb[j]);
        codes[j] = (int)((r >> 40) % 12 + variant) % 12;
        sent[j].start = (uint32_t)len;
        len += (size_t)snprintf(text + len, sizeof text - len, "Officials of ");
        src[j].start = (uint32_t)len;
        len += (size_t)snprintf(text + len, sizeof text - len, "%s", pa[j]);
        src[j].end = (uint32_t)len;
        text[len++] = ' ';
        verb[j].start = (uint32_t)len;
        len += (size_t)snprintf(text + len, sizeof text - len, "%s", synth_codes[codes[j]].verb);
        verb[j].end = (uint32_t)len;
        text[len++] = ' ';
        tgt[j].start = (uint32_t)len;
        len += (size_t)snprintf(text + len, sizeof text - len, "%s", pb[j]);
        tgt[j].end = (uint32_t)len;
        len += (size_t)snprintf(text + len, sizeof text - len, " envoys, the ministry said on day %u.",
                                (unsigned)(r % 28) + 1);
        sent[j].end = (uint32_t)len;
        text[len++] = ' ';
    }
    tac_doc *d = tac_doc_new_internal(text, len, NULL);
    if (!d)
        return NULL;
    d->format = TAC_FORMAT_TEXT;
    d->id = tac_arena_printf(&d->arena, "synth-%07llu", (unsigned long long)n);
    d->title = tac_arena_printf(&d->arena, "Synthetic report %llu", (unsigned long long)n);
    d->url = tac_arena_printf(&d->arena, "https://example.org/synth/%llu", (unsigned long long)n);
    d->outlet = "Example Wire";
    d->published = date;
    tac_doc_add_tag(d, "synthetic", 9);
    tac_doc_add_dropped(d, 0, 10, "synthetic boilerplate");
    d->sentences = tac_arena_calloc(&d->arena, nevents ? nevents : 1, sizeof *d->sentences);
    d->events = tac_arena_calloc(&d->arena, nevents ? nevents : 1, sizeof *d->events);
    if (!d->sentences || !d->events || d->arena.failed) {
        tac_doc_free(d);
        return NULL;
    }
    d->nsentences = d->cap_sentences = nevents;
    d->nevents = d->cap_events = nevents;
    d->segmented = d->coded = true;
    for (uint32_t j = 0; j < nevents; j++) {
        d->sentences[j].span = sent[j];
        tac_event *e = &d->events[j];
        const synth_code *c = &synth_codes[codes[j]];
        uint64_t r = synth_mix(seed ^ (j * 7919u));
        e->sentence = j;
        e->date = date - (int32_t)(r % 3);
        e->date_basis = (r % 3) ? TAC_DATE_TEXT : TAC_DATE_PUBLISHED;
        synth_actor(d, &e->source, pa[j], src[j].start, src[j].end, r >> 8);
        synth_actor(d, &e->target, pb[j], tgt[j].start, tgt[j].end, r >> 12);
        snprintf(e->code, sizeof e->code, "%s", c->code);
        snprintf(e->root, sizeof e->root, "%s", c->root);
        e->quad = c->quad;
        e->goldstein = c->goldstein;
        e->plover = c->plover;
        e->verb = verb[j];
        e->pattern = (uint32_t)codes[j] + 1;
        e->pattern_text = "* VERB +";
        e->dict_file = "synthetic.tac:1";
        e->negated = (r >> 20) % 17 == 0;
        e->mode = e->negated ? TAC_MODE_NEGATED : TAC_MODE_FACT;
        e->confidence = 0.5f + (float)((r >> 24) % 50) / 100.0f;
    }
    if (d->arena.failed) {
        tac_doc_free(d);
        return NULL;
    }
    return d;
}

#endif
