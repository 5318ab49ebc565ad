/* The coder's rules for native (*.tac) dictionaries, on a small invented
 * world written here (Northland NTL, Southmark STH, Eastvale EVL; Anna Voss
 * leads Northland, Piet Berg Southmark): references across sentences,
 * country-less agents, self-events, apposition, shared targets, conditional
 * threats, reduced passives, gerunds, pronouns after subordinators. Each
 * rule has a sentence that must code and a near miss that must not. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "code/coder.h"

static tac_dict *dict;

static void setup(void)
{
    char d[] = "/tmp/tac-coder-native-XXXXXX";
    cr_assert_not_null(mkdtemp(d));
    char path[256];
    snprintf(path, sizeof path, "%s/world.tac", d);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs("actor NORTHLAND\n  name Northland; Northlander\n  code NTL\n  kind country\n"
          "actor SOUTHMARK\n  name Southmark\n  code STH\n  kind country\n"
          "actor EASTVALE\n  name Eastvale\n  code EVL\n  kind country\n"
          "actor ANNA_VOSS\n  name Anna Voss; Voss\n  code NTLGOV\n  kind person\n"
          "actor PIET_BERG\n  name Piet Berg; President Piet; Berg\n  code STHGOV\n  kind person\n"
          "actor KARL_OSTEN\n  name Karl Osten\n  code EVLGOV\n  kind person\n"
          "agent HEAD_OF_STATE\n  name president\n  code ~GOV\n"
          "agent LEADER\n  name official; senior official\n  code ~GOV\n"
          "agent GOVERNMENT\n  name government\n  code ~GOV\n"
          "agent PROTESTERS\n  name protester\n  code ~PRO\n"
          "agent OPPOSITION\n  name opposition\n  code ~OPP\n"
          "agent CIVILIANS\n  name citizen\n  code ~CVL\n"
          "agent BUSINESS\n  name firm; company\n  code ~BUS\n"
          "synset AGREEMENT\n  word accord; declaration\n"
          "synset TALKS\n  word talks\n"
          "synset CEASEFIRE\n  word ceasefire; truce\n"
          "synset RELATIONS\n  word ties; relations\n"
          "synset NEGWORD\n  word reckless; irresponsible\n"
          "verb MEET\n  lemma meet\n  form met; meeting\n  code 040:040\n  pattern 046:046 * + FOR &TALKS\n"
          "verb SIGN\n  lemma sign\n  pattern 057 % * &AGREEMENT\n"
          "verb PLAN\n  lemma be expected to\n  form is expected to; are expected to\n"
          "  pattern 030 % * SIGN &AGREEMENT\n"
          "verb AGREE\n  lemma agree\n  code 030\n  pattern 030 % * TO\n  pattern 0871 &CEASEFIRE * UPON BY %\n"
          "verb PRAISE\n  lemma praise\n  code 051\n  pattern 051 % * &RELATIONS\n"
          "verb CALL\n  lemma call\n  form called\n  code 041\n  pattern 111 * + &NEGWORD\n"
          "verb CONDEMN\n  lemma condemn\n  code 111\n"
          "verb SUPPORT\n  lemma support; back; welcome\n  code 051\n"
          "verb SEEK\n  lemma seek\n  code 020\n"
          "verb BLOCKADE\n  lemma blockade\n  code 1381\n"
          "verb ABDUCT\n  lemma abduct\n  code 181\n"
          "verb REJECT\n  lemma reject\n  code 120\n"
          "verb STALL\n  lemma stall\n  pattern 164 % &TALKS *\n"
          "verb INVESTIGATE\n  lemma investigate\n  code 090\n"
          "verb CRACK_DOWN\n  lemma crack down\n  form cracked down\n  pattern 175 * ON +\n",
          f);
    fclose(f);
    tac_error err = {0};
    cr_assert_eq(tac_dict_load(path, &dict, &err), TAC_OK, "%s %s", err.message, err.detail);
}

static void teardown(void)
{
    tac_dict_free(dict);
}

/* Code one article; returns "SRC TGT CODE;..." in event order. */
static const char *code(const char *text)
{
    static char out[2048];
    tac_doc *doc = tac_doc_new_internal(text, strlen(text), NULL);
    cr_assert_not_null(doc);
    doc->id = "t";
    doc->published = tac_date_parse("2024-05-01", 10);
    tac_coder_options o;
    tac_coder_options_default(&o);
    tac_coder *c = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_coder_new(dict, &o, &c, &err), TAC_OK);
    cr_assert_eq(tac_code_doc(c, doc, &err), TAC_OK);
    tac_coder_free(c);
    out[0] = 0;
    for (uint32_t i = 0; i < doc->nevents; i++) {
        const tac_event *e = &doc->events[i];
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "%s%s %s %s", i ? ";" : "", e->source.code, e->target.code, e->code);
    }
    tac_doc_free(doc);
    return out;
}

static void has(const char *got, const char *event)
{
    cr_assert_not_null(strstr(got, event), "expected \"%s\" in \"%s\"", event, got);
}

TestSuite(coder_native, .init = setup, .fini = teardown);

Test(coder_native, events_need_a_country_and_two_parties)
{
    cr_assert_str_eq(code("Senior officials condemned Southmark."), "");
    cr_assert_str_eq(code("Northland officials condemned Southmark."), "NTLGOV STH 111");
    /* a state and its own government: no event */
    cr_assert_str_eq(code("Anna Voss condemned Northland."), "");
    /* a state and its own protesters: an event */
    cr_assert_str_eq(code("Northland cracked down on protesters in Northland."), "NTL NTLPRO 175");
}

Test(coder_native, a_name_cut_inside_a_match_still_joins_a_compound)
{
    const char *got = code("President Piet Berg and Anna Voss signed the Harbour Accord.");
    has(got, "STHGOV NTLGOV 057");
    has(got, "NTLGOV STHGOV 057");
    cr_assert_str_eq(code("President Piet Berg signed the Harbour Accord."), "");
}

Test(coder_native, the_two_sides_are_the_last_two_parties)
{
    const char *got = code("Anna Voss met Piet Berg on Monday.\n\nThe two sides agreed to cooperate.");
    has(got, "NTLGOV STHGOV 030");
    has(got, "STHGOV NTLGOV 030");
    /* nothing to point at */
    cr_assert_str_eq(code("The two sides agreed to cooperate."), "");
    /* too far back */
    cr_assert_str_eq(code("Anna Voss met Piet Berg on Monday.\n\nIt rained.\n\nIt rained again.\n\n"
                          "It rained once more.\n\nBoth countries agreed to cooperate."),
                     "NTLGOV STHGOV 040;STHGOV NTLGOV 040");
    /* a place is not a party */
    got = code("Anna Voss and Piet Berg signed the Harbour Accord in Eastvale.\n\nBoth sides agreed to talk.");
    has(got, "NTLGOV STHGOV 030");
    cr_assert_null(strstr(got, "EVL"), "%s", got);
}

Test(coder_native, he_is_the_last_person_named)
{
    cr_assert_str_eq(code("Anna Voss arrived in Eastvale.\n\nHe condemned Southmark."), "NTLGOV STH 111");
    /* an unknown "Mr Grey" is the one "he" means next */
    cr_assert_str_eq(code("Anna Voss arrived in Eastvale.\n\nMr Grey arrived later.\n\nHe condemned Southmark."), "");
}

Test(coder_native, a_role_and_a_name_in_apposition_are_one_actor)
{
    const char *got = code("Anna Voss met a senior official, Piet Berg, in Eastvale.");
    cr_assert_str_eq(got, "NTLGOV STHGOV 040;STHGOV NTLGOV 040");
}

Test(coder_native, unable_to_negates)
{
    cr_assert_str_eq(code("Northland was unable to meet Southmark."), "");
    cr_assert_str_eq(code("Northland met Southmark."), "NTL STH 040;STH NTL 040");
}

Test(coder_native, a_continuing_verb_shares_the_target)
{
    has(code("Anna Voss met Piet Berg in Eastvale, seeking closer ties."), "NTLGOV STHGOV 020");
    cr_assert_str_eq(code("Anna Voss arrived in Eastvale, seeking closer ties."), "");
}

Test(coder_native, a_threat_names_its_target_in_its_condition)
{
    cr_assert_str_eq(code("Northland will blockade the strait if Southmark imposes new tariffs."), "NTL STH 1381");
    cr_assert_str_eq(code("Northland will blockade the strait."), "");
}

Test(coder_native, reduced_passives_and_their_near_misses)
{
    cr_assert_str_eq(code("Citizens of Southmark abducted by Northland were freed."), "NTL STHCVL 181");
    /* active, with a "by" after its object */
    cr_assert_str_eq(code("Northland rejected mediation by Southmark."), "NTL STH 120");
    /* progressive, not passive */
    cr_assert_str_eq(code("Eastvale is investigating abuses by Northland."), "EVL NTL 090");
}

Test(coder_native, gerunds_with_objects_are_verbs)
{
    const char *got = code("Just before meeting Piet Berg for talks, Anna Voss condemned Eastvale for closing "
                           "the old northern border crossing.");
    has(got, "NTLGOV STHGOV 046");
    has(got, "NTLGOV EVL 111");
    got = code("Just before the meeting with Piet Berg, Anna Voss condemned Eastvale for closing the old "
               "northern border crossing.");
    cr_assert_str_eq(got, "NTLGOV EVL 111");
}

Test(coder_native, a_pronoun_after_a_subordinator_is_the_main_subject)
{
    has(code("Southmark condemned Eastvale after it cracked down on Northland."), "STH NTL 175");
    /* a person is not "it": the nearest phrase instead */
    has(code("Anna Voss condemned Eastvale after it cracked down on Northland."), "EVL NTL 175");
}

Test(coder_native, stances_neighbours_and_acts_against_name_nobody)
{
    cr_assert_str_eq(code("Northland supports Southmark's opposition to the plan."), "NTL STH 051");
    cr_assert_str_eq(code("Northland supports the Southmark opposition."), "NTL STHOPP 051");
    cr_assert_str_eq(code("Southmark's neighbours condemned Eastvale."), "");
    cr_assert_str_eq(code("Southmark's president condemned Eastvale."), "STHGOV EVL 111");
    cr_assert_str_eq(code("Northland welcomed the strike against Southmark."), "");
    cr_assert_str_eq(code("Northland welcomed Southmark."), "NTL STH 051");
}

Test(coder_native, a_country_less_agent_takes_the_state_just_named)
{
    cr_assert_str_eq(code("Northland held elections.\n\nProtesters condemned the government."), "NTLPRO NTLGOV 111");
    cr_assert_str_eq(code("Protesters condemned the government."), "");
}

Test(coder_native, expected_to_sign_is_intent)
{
    const char *got = code("Anna Voss met Piet Berg.\n\nThe two countries are expected to sign an accord.");
    has(got, "NTLGOV STHGOV 030");
    cr_assert_null(strstr(got, "057"), "%s", got);
}

Test(coder_native, hyphenated_names_form_a_compound)
{
    const char *got = code("Anna Voss praised Northland-Southmark ties on Monday.");
    has(got, "NTLGOV STH 051");
    /* a hyphenated name of its own stays one word */
    cr_assert_str_eq(code("Anna Voss praised the North-South ties on Monday."), "");
}

Test(coder_native, the_parties_of_a_reciprocal_act_after_the_verb)
{
    const char *got = code("Anna Voss met Piet Berg.\n\nA ceasefire was agreed upon by both sides on Monday.");
    has(got, "NTLGOV STHGOV 0871");
    has(got, "STHGOV NTLGOV 0871");
    cr_assert_str_eq(code("A ceasefire was agreed upon on Monday."), "");
}

Test(coder_native, the_two_leaders_praised_ties_both_ways)
{
    const char *got = code("Anna Voss and Piet Berg praised bilateral ties.");
    has(got, "NTLGOV STHGOV 051");
    has(got, "STHGOV NTLGOV 051");
    cr_assert_str_eq(code("Anna Voss praised the weather."), "");
}

Test(coder_native, the_strike_is_its_actor)
{
    const char *got = code("Eastvale condemned a Northland missile strike on Monday.\n\n"
                           "The office of Southmark's president called the strike reckless.");
    has(got, "STHGOV NTL 111");
    /* no act named before: nobody */
    cr_assert_str_eq(code("The office of Southmark's president called the strike reckless."), "");
}

Test(coder_native, a_meeting_in_the_target_country_is_a_visit)
{
    cr_assert_str_eq(code("Anna Voss met Piet Berg in Southmark on Monday."), "NTLGOV STHGOV 042;STHGOV NTLGOV 043");
    cr_assert_str_eq(code("Anna Voss met Piet Berg in Eastvale on Monday."), "NTLGOV STHGOV 040;STHGOV NTLGOV 040");
}

/* Code the records of one article one by one with one context; returns the
 * events of the last record. */
static const char *code_records(const char *const *texts, int n, bool carry)
{
    static char out[2048];
    tac_coder_options o;
    tac_coder_options_default(&o);
    tac_coder *c = NULL;
    tac_code_context *ctx = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_coder_new(dict, &o, &c, &err), TAC_OK);
    cr_assert_eq(tac_code_context_new(&ctx, &err), TAC_OK);
    out[0] = 0;
    for (int k = 0; k < n; k++) {
        tac_doc *doc = tac_doc_new_internal(texts[k], strlen(texts[k]), NULL);
        cr_assert_not_null(doc);
        doc->id = "t";
        doc->published = tac_date_parse("2024-05-01", 10);
        cr_assert_eq(tac_code_doc_in(c, doc, carry ? ctx : NULL, &err), TAC_OK);
        out[0] = 0;
        for (uint32_t i = 0; i < doc->nevents; i++) {
            const tac_event *e = &doc->events[i];
            size_t len = strlen(out);
            snprintf(out + len, sizeof out - len, "%s%s %s %s", i ? ";" : "", e->source.code, e->target.code,
                     e->code);
        }
        tac_doc_free(doc);   /* the context must not point into it */
    }
    tac_code_context_free(ctx);
    tac_coder_free(c);
    return out;
}

Test(coder_native, a_context_carries_references_across_documents)
{
    const char *pair[] = {"Anna Voss met Piet Berg on Monday.", "The two sides agreed to cooperate."};
    const char *got = code_records(pair, 2, true);
    has(got, "NTLGOV STHGOV 030");
    has(got, "STHGOV NTLGOV 030");
    cr_assert_str_eq(code_records(pair, 2, false), "");
    const char *person[] = {"Anna Voss arrived in Eastvale.", "He condemned Southmark."};
    cr_assert_str_eq(code_records(person, 2, true), "NTLGOV STH 111");
    const char *act[] = {"Eastvale condemned a Northland missile strike on Monday.",
                         "The office of Southmark's president called the strike reckless."};
    has(code_records(act, 2, true), "STHGOV NTL 111");
    /* the reach is counted in sentences across the documents too */
    const char *far[] = {"Anna Voss arrived in Eastvale.", "It rained.", "It rained again.", "It rained once more.",
                         "He condemned Southmark."};
    cr_assert_str_eq(code_records(far, 5, true), "");
    /* a reset context forgets (a new article) */
    tac_code_context *ctx = NULL;
    tac_coder *c = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_coder_new(dict, NULL, &c, &err), TAC_OK);
    cr_assert_eq(tac_code_context_new(&ctx, &err), TAC_OK);
    size_t nev[2];
    for (int reset = 0; reset < 2; reset++) {
        for (int k = 0; k < 2; k++) {
            if (k == 1 && reset)
                tac_code_context_reset(ctx);
            tac_doc *doc = tac_doc_new_internal(person[k], strlen(person[k]), NULL);
            doc->published = tac_date_parse("2024-05-01", 10);
            cr_assert_eq(tac_code_doc_in(c, doc, ctx, &err), TAC_OK);
            nev[reset] = doc->nevents;
            tac_doc_free(doc);
        }
    }
    cr_assert_eq(nev[0], 1);
    cr_assert_eq(nev[1], 0);
    tac_code_context_free(ctx);
    tac_coder_free(c);
}

Test(coder_native, native_sets_carry_context)
{
    tac_coder *c = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_coder_new(dict, NULL, &c, &err), TAC_OK);
    cr_assert(tac_coder_carries_context(c));
    tac_coder_free(c);
}

Test(coder_native, firm_as_an_adjective_names_no_business)
{
    cr_assert_str_eq(code("Southmark condemned Northland's firm backing of the plan."), "STH NTL 111");
    cr_assert_str_eq(code("Southmark condemned the firm and clear threats of Northland."), "STH NTL 111");
    cr_assert_str_eq(code("A Northland firm condemned Southmark."), "NTLBUS STH 111");
    cr_assert_str_eq(code("A Northland company condemned Southmark."), "NTLBUS STH 111");
}

Test(coder_native, the_talks_as_a_subject_are_the_parties)
{
    const char *got = code("Anna Voss met Piet Berg on Monday.\n\nThe talks stalled in March.");
    has(got, "NTLGOV STHGOV 164");
    has(got, "STHGOV NTLGOV 164");
    cr_assert_str_eq(code("The talks stalled in March."), "");
}

Test(coder_native, mr_and_a_part_of_the_name_is_the_person_named_before)
{
    cr_assert_str_eq(code("Karl Osten arrived in Southmark.\n\nMr Osten condemned Northland."), "EVLGOV NTL 111");
    /* another name: nobody, and "he" no longer means Osten */
    cr_assert_str_eq(code("Karl Osten arrived in Southmark.\n\nMr Grey condemned Northland."), "");
    cr_assert_str_eq(code("Karl Osten arrived in Southmark.\n\nMr Grey arrived.\n\nHe condemned Northland."), "");
}

Test(coder_native, the_capital_is_the_state_named_before)
{
    cr_assert_str_eq(code("Rain fell across Northland.\n\nPiet Berg condemned the capital's leaders."), "STHGOV NTL 111");
    cr_assert_str_eq(code("Piet Berg condemned the capital's leaders."), "");
}

/* Mentions of one article ("SRC TGT CODE;..."); events must stay as `events`. */
static const char *mentions(const char *text, bool on, const char *events)
{
    static char out[512];
    tac_doc *doc = tac_doc_new_internal(text, strlen(text), NULL);
    cr_assert_not_null(doc);
    doc->id = "t";
    doc->published = tac_date_parse("2024-05-01", 10);
    tac_coder_options o;
    tac_coder_options_default(&o);
    o.mentions = on;
    tac_coder *c = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_coder_new(dict, &o, &c, &err), TAC_OK);
    cr_assert_eq(tac_code_doc(c, doc, &err), TAC_OK);
    tac_coder_free(c);
    char ev[256] = "";
    for (uint32_t i = 0; i < doc->nevents; i++) {
        size_t n = strlen(ev);
        snprintf(ev + n, sizeof ev - n, "%s%s %s %s", i ? ";" : "", doc->events[i].source.code,
                 doc->events[i].target.code, doc->events[i].code);
    }
    cr_assert_str_eq(ev, events);
    out[0] = 0;
    for (uint32_t i = 0; i < doc->nmentions; i++) {
        const tac_event *e = &doc->mentions[i];
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "%s%s %s %s", i ? ";" : "", e->source.code, e->target.code, e->code);
        cr_assert_eq(e->date, doc->published);
    }
    tac_doc_free(doc);
    return out;
}

Test(coder_native, a_visit_named_by_a_noun_is_a_mention_not_an_event)
{
    cr_assert_str_eq(mentions("Eastvale condemned Voss's brief state visit to Southmark.", true, "EVL NTLGOV 111"),
                     "NTLGOV STH 042");
    cr_assert_str_eq(mentions("The first trip to Eastvale by a Southmark president drew crowds.", true, ""),
                     "STHGOV EVL 042");
    cr_assert_str_eq(mentions("The visit by Karl Osten to Northland drew crowds.", true, ""), "EVLGOV NTL 042");
    /* near-misses: a party missing, or the noun's owner is not a party */
    cr_assert_str_eq(mentions("The visit was postponed.", true, ""), "");
    cr_assert_str_eq(mentions("A visit to Northland is planned.", true, ""), "");
    cr_assert_str_eq(mentions("Voss's visit to Northland was short.", true, ""), "");
    /* off: nothing, and the events do not change */
    cr_assert_str_eq(mentions("Eastvale condemned Voss's brief state visit to Southmark.", false, "EVL NTLGOV 111"),
                     "");
}
