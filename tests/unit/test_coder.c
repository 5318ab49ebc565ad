/* The coder on small PETRARCH-format dictionaries written here (an invented
 * world: Northland, Southmark, Eastvale): actors and agents, compounds,
 * passive, negation, patterns, paired codes, dated codes, discards, evidence
 * spans, and the explain trace. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "code/coder.h"

static tac_dict *dict;

static void put(const char *d, const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", d, name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs(text, f);
    fclose(f);
}

static void setup(void)
{
    char d[] = "/tmp/tac-coder-XXXXXX";
    cr_assert_not_null(mkdtemp(d));
    put(d, "w.actors.txt",
        "NORTHLAND [NTL]\n+NORTHLANDER\n"
        "SOUTHMARK [STH]\n+SOUTHMARKER\n"
        "EASTVALE [EVL]\n"
        "OLD_HARBOUR [STHGOV]\n"
        "ANNA_VOSS\n\t[NTLELI <20100101]\n\t[NTLGOV 20100101-20151231]\n"
        "TWIN_ISLES [TWA/TWB]\n");
    put(d, "w.agents.txt",
        "GOVERNMENT [~GOV]\nTROOPS {} [~MIL]\nFOREIGN_MINISTER [~GOV]\nMINISTER [~GOV]\nRELIEF_GROUP [NGO~]\n");
    put(d, "w.verbs.txt",
        "&GIFTS\n+BLANKETS\n+GRAIN\n\n"
        "--- PRAISE [051] ---\nPRAISE\n- * &GIFTS [071]\n"
        "--- ATTACK [190] ---\nATTACK\n"
        "--- MEET [040:040] ---\nMEET {MET}\n"
        "--- AGREE [030] ---\nAGREE\n- % * [031:031]\n"
        "--- CONDEMN [111] ---\nCONDEMN\n- NOT * [112]\n"
        "--- SAID [010] ---\nSAID\n");
    put(d, "w.discards.txt", "FOOTBALL MATCH\n+HOROSCOPE\n");
    tac_error err = {0};
    cr_assert_eq(tac_dict_load(d, &dict, &err), TAC_OK, "%s %s", err.message, err.detail);
}

static void teardown(void)
{
    tac_dict_free(dict);
}

/* Code one sentence; returns "SRC TGT CODE;..." in event order. */
static const char *code(const char *text, const char *date, tac_coder_options *o, tac_doc **keep)
{
    static char out[1024];
    tac_doc *doc = tac_doc_new_internal(text, strlen(text), NULL);
    cr_assert_not_null(doc);
    doc->id = "t";
    doc->published = tac_date_parse(date, strlen(date));
    tac_coder *c = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_coder_new(dict, o, &c, &err), TAC_OK);
    cr_assert_eq(tac_code_doc(c, doc, &err), TAC_OK);
    tac_coder_free(c);
    out[0] = 0;
    for (uint32_t i = 0; i < doc->nevents; i++) {
        const tac_event *e = &doc->events[i];
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "%s%s %s %s", i ? ";" : "", e->source.code, e->target.code, e->code);
    }
    if (keep)
        *keep = doc;
    else
        tac_doc_free(doc);
    return out;
}

TestSuite(coder, .init = setup, .fini = teardown);

Test(coder, a_petrarch_set_codes_each_record_alone)
{
    tac_coder *c = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_coder_new(dict, NULL, &c, &err), TAC_OK);
    cr_assert_not(tac_coder_carries_context(c));
    tac_coder_free(c);
}

Test(coder, simple_dyad_and_default_code)
{
    cr_assert_str_eq(code("Northland praised Southmark on Monday.", "2020-01-01", NULL, NULL), "NTL STH 051");
}

Test(coder, agents_combine_with_the_country)
{
    cr_assert_str_eq(code("The Northlander foreign minister praised the Southmark government.", "2020-01-01", NULL, NULL),
                     "NTLGOV STHGOV 051");
    cr_assert_str_eq(code("Troops from Eastvale attacked Southmark.", "2020-01-01", NULL, NULL), "EVLMIL STH 190");
    /* a redundant agent is not appended twice; a prefix agent goes first */
    cr_assert_str_eq(code("Old Harbour government praised a Northland relief group.", "2020-01-01", NULL, NULL),
                     "STHGOV NGONTL 051");
}

Test(coder, compounds_give_one_event_per_actor)
{
    cr_assert_str_eq(code("Northland and Southmark praised Eastvale.", "2020-01-01", NULL, NULL),
                     "NTL EVL 051;STH EVL 051");
    cr_assert_str_eq(code("Eastvale praised Northland, Southmark and the Twin Isles.", "2020-01-01", NULL, NULL),
                     "EVL NTL 051;EVL STH 051;EVL TWA 051;EVL TWB 051");
}

Test(coder, paired_codes_and_reciprocal_compounds)
{
    cr_assert_str_eq(code("Northland met Southmark in Eastvale.", "2020-01-01", NULL, NULL), "NTL STH 040;STH NTL 040");
    cr_assert_str_eq(code("Northland and Southmark agree.", "2020-01-01", NULL, NULL), "NTL STH 031;STH NTL 031");
}

Test(coder, passive_with_by)
{
    cr_assert_str_eq(code("Southmark was attacked by Northland.", "2020-01-01", NULL, NULL), "NTL STH 190");
}

Test(coder, patterns_with_synsets_win_over_the_default)
{
    cr_assert_str_eq(code("Northland praised Southmark and sent grain.", "2020-01-01", NULL, NULL), "NTL STH 071");
}

Test(coder, negation_drops_or_flags_unless_the_pattern_names_it)
{
    cr_assert_str_eq(code("Northland did not attack Southmark.", "2020-01-01", NULL, NULL), "");
    tac_coder_options o;
    tac_coder_options_default(&o);
    o.keep_negated = true;
    tac_doc *doc = NULL;
    cr_assert_str_eq(code("Northland did not attack Southmark.", "2020-01-01", &o, &doc), "NTL STH 190");
    cr_assert(doc->events[0].negated);
    tac_doc_free(doc);
    /* the pattern "NOT *" makes the negation part of the code */
    cr_assert_str_eq(code("Northland did not condemn Southmark.", "2020-01-01", NULL, NULL), "NTL STH 112");
}

Test(coder, dated_codes_follow_the_article_date)
{
    cr_assert_str_eq(code("Anna Voss praised Southmark.", "2005-06-01", NULL, NULL), "NTLELI STH 051");
    cr_assert_str_eq(code("Anna Voss praised Southmark.", "2012-06-01", NULL, NULL), "NTLGOV STH 051");
    /* no code valid on this date: no actor, no event */
    cr_assert_str_eq(code("Anna Voss praised Southmark.", "2017-06-01", NULL, NULL), "");
}

Test(coder, require_dyad_and_terminal_comma_clauses)
{
    cr_assert_str_eq(code("Northland praised Southmark, the minister said.", "2020-01-01", NULL, NULL), "NTL STH 051");
    tac_coder_options o;
    tac_coder_options_default(&o);
    o.require_dyad = false;
    o.comma_emax = 0;
    cr_assert_str_eq(code("Northland praised Southmark, the minister said.", "2020-01-01", &o, NULL),
                     "NTL STH 051;---GOV --- 010");
}

Test(coder, discards)
{
    cr_assert_str_eq(code("Northland praised Southmark after the football match.", "2020-01-01", NULL, NULL), "");
    cr_assert_str_eq(code("Northland praised Southmark. The horoscope said so.", "2020-01-01", NULL, NULL), "");
}

Test(coder, nouns_are_not_verbs)
{
    cr_assert_str_eq(code("Northland condemned the attack on Southmark.", "2020-01-01", NULL, NULL), "NTL STH 111");
}

Test(coder, evidence_spans_and_trace)
{
    const char *text = "Northland praised Southmark.";
    tac_doc *doc = tac_doc_new_internal(text, strlen(text), NULL);
    doc->published = tac_date_parse("2020-01-01", 10);
    tac_coder *c = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_coder_new(dict, NULL, &c, &err), TAC_OK);
    cr_assert_eq(tac_code_doc_traced(c, doc, NULL, &err), TAC_OK);
    cr_assert_eq(doc->nevents, 1);
    const tac_event *e = &doc->events[0];
    cr_assert_eq(e->source.span.start, 0);
    cr_assert_eq(e->source.span.end, 9);
    cr_assert_eq(e->verb.start, 10);
    cr_assert_eq(e->verb.end, 17);
    cr_assert_eq(e->target.span.start, 18);
    cr_assert_str_eq(e->source.entry, "NORTHLAND");
    cr_assert_str_eq(e->root, "05");
    cr_assert_not_null(doc->trace);
    bool saw_event = false;
    for (uint32_t i = 0; i < doc->trace->nsteps; i++)
        saw_event |= doc->trace->steps[i].event == 0;
    cr_assert(saw_event);
    tac_coder_free(c);
    tac_doc_free(doc);
}

Test(coder, long_sentences_are_bounded)
{
    /* 2000 words: coded without error in linear work (words past the limit
     * are not coded) */
    size_t n = 2000 * 10 + 1;
    char *text = malloc(n);
    size_t o = 0;
    for (int i = 0; i < 2000; i++)
        o += (size_t)snprintf(text + o, n - o, "%s", i % 3 ? "Northland " : "praised ");
    text[o] = 0;
    tac_doc *doc = tac_doc_new_internal(text, o, NULL);
    free(text);
    tac_coder *c = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_coder_new(dict, NULL, &c, &err), TAC_OK);
    cr_assert_eq(tac_code_doc(c, doc, &err), TAC_OK);
    tac_coder_free(c);
    tac_doc_free(doc);
}
