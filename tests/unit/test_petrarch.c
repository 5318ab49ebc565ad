/* PETRARCH/TABARI reader: actor, agent, verb and discard files written here
 * (our own invented entries), read into the model, checked field by field. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "dict/dict.h"

static char dir[64];

static const char *write_file(const char *name, const char *text)
{
    static char path[256];
    if (!dir[0]) {
        strcpy(dir, "/tmp/tac-petr-XXXXXX");
        cr_assert_not_null(mkdtemp(dir));
    }
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

static const tac_dict_actor *actor(const tac_dict_model *m, const char *name)
{
    for (uint32_t i = 0; i < m->nactors; i++)
        if (!strcmp(m->actors[i].name, name))
            return &m->actors[i];
    return NULL;
}

Test(petrarch, actors_synonyms_dates_comments)
{
    const char *p = write_file("world.actors.txt",
                               "<!-- a comment block\n"
                               "   spanning lines -->\n"
                               "NORTHLAND [NTL]\n"
                               "+NORTHLANDER\n"
                               "+THE_NORTH  # a comment\n"
                               "RIVER_CITY_ [NTLGOV]\n"
                               "KARL_OSTEN  # a person\n"
                               "\t[NTLELI <950601]\n"
                               "\t[NTLGOV 950601-021231]\n"
                               "\t[NTLREB >20030201]\n"
                               "TWIN_TOWNS [AAA/BBB]\n"
                               "#HIDDEN [XXX]\n"
                               "BAD_DATES [ZZZ 12345-1]\n");
    tac_dict_model m;
    tac_dict_model_init(&m);
    tac_error err = {0};
    cr_assert_eq(tac_dict_read_petrarch(&m, p, &err), TAC_OK);
    cr_assert_eq(m.nactors, 5);
    const tac_dict_actor *a = actor(&m, "NORTHLAND");
    cr_assert_not_null(a);
    cr_assert_eq(a->nphrases, 3);
    cr_assert_str_eq(a->phrases[2].words[0], "the");
    cr_assert_str_eq(a->phrases[2].words[1], "north");
    cr_assert_str_eq(a->default_code, "NTL");
    a = actor(&m, "KARL_OSTEN");
    cr_assert_eq(a->ncodes, 3);
    /* two-digit years pivot at 30: 95 → 1995, 02 → 2002 */
    const tac_dict_code *r = NULL;
    cr_assert_str_eq(tac_dict_actor_code(a, tac_days_from_civil(1990, 5, 1), &r), "NTLELI");
    cr_assert_str_eq(tac_dict_actor_code(a, tac_days_from_civil(1995, 6, 1), &r), "NTLGOV");
    cr_assert_str_eq(tac_dict_actor_code(a, tac_days_from_civil(2002, 12, 31), &r), "NTLGOV");
    cr_assert_null(tac_dict_actor_code(a, tac_days_from_civil(2003, 1, 15), &r));
    cr_assert_str_eq(tac_dict_actor_code(a, tac_days_from_civil(2003, 2, 1), &r), "NTLREB");
    cr_assert_null(actor(&m, "#HIDDEN"));
    /* the bad date range is reported, not silently dropped */
    cr_assert_geq(m.nissues, 1);
    cr_assert(strstr(m.issues[m.nissues - 1].origin, ":13") != NULL);
    tac_dict_model_free(&m);
}

Test(petrarch, agents_plurals_and_substitution)
{
    const char *p = write_file("world.agents.txt",
                               "!PEOPLE! = MAN, MEN, WOMAN\n"
                               "HARBOUR_MASTER [~GOV]\n"
                               "SHEPHERD {} [~AGR]\n"
                               "GOOSE_HERD {GOOSE_HERDERS} [~AGR]\n"
                               "MILITIA!PEOPLE! [~MIL]\n"
                               "AID_AGENCY [NGO~]\n");
    tac_dict_model m;
    tac_dict_model_init(&m);
    tac_error err = {0};
    cr_assert_eq(tac_dict_read_petrarch(&m, p, &err), TAC_OK);
    cr_assert_eq(m.nagents, 5);
    cr_assert_str_eq(m.agents[0].code, "~GOV");
    cr_assert_eq(m.agents[0].nphrases, 2);   /* harbour master, harbour masters */
    cr_assert_str_eq(m.agents[0].phrases[1].words[1], "masters");
    cr_assert_eq(m.agents[1].nphrases, 1);   /* {}: no plural */
    cr_assert_str_eq(m.agents[2].phrases[1].words[1], "herders");
    cr_assert_eq(m.agents[3].nphrases, 3);   /* militiaman, militiamen, militiawoman */
    cr_assert_str_eq(m.agents[3].phrases[1].words[0], "militiamen");
    cr_assert_str_eq(m.agents[4].phrases[1].words[1], "agencies");
    tac_dict_model_free(&m);
}

Test(petrarch, verbs_synsets_forms_patterns)
{
    const char *p = write_file("world.verbs.txt",
                               "&FRUIT\n"
                               "+APPLES\n"
                               "+BLOOD ORANGES\n"
                               "\n"
                               "--- PRAISE [051] ---\n"
                               "PRAISE\n"
                               "LAUD [052]\n"
                               "+HEAP_PRAISE {+HEAPED_PRAISE}\n"
                               "SNOW_+PLOUGH\n"
                               "- * &FRUIT [053]\n"
                               "- $ NOT_* + [054:055]\n"
                               "--- SCOLD [---] ---\n"
                               "SCOLD {SCOLDED}\n"
                               "- * HARSHLY [111]\n");
    tac_dict_model m;
    tac_dict_model_init(&m);
    tac_error err = {0};
    cr_assert_eq(tac_dict_read_petrarch(&m, p, &err), TAC_OK);
    cr_assert_eq(m.nsynsets, 1);
    cr_assert_str_eq(m.synsets[0].name, "FRUIT");
    cr_assert_eq(m.synsets[0].nphrases, 2);
    cr_assert_eq(m.nverbs, 5);
    cr_assert_str_eq(m.verbs[0].code, "051");
    cr_assert_str_eq(m.verbs[1].code, "052");       /* the line's own code */
    cr_assert_eq(m.verbs[0].npatterns, 2);          /* patterns shared by the block */
    cr_assert_eq(m.verbs[1].patterns, m.verbs[0].patterns);
    /* regular forms: praises, praised, praising */
    bool praised = false;
    for (uint32_t i = 0; i < m.verbs[0].nforms; i++)
        praised |= !strcmp(m.verbs[0].forms[i].words[0], "praised");
    cr_assert(praised);
    /* multi-word forms and their verb word */
    const tac_dict_verb *heap = &m.verbs[2];
    cr_assert_eq(heap->forms[0].nwords, 2);
    cr_assert_eq(heap->forms[0].head, 0);
    const tac_dict_verb *plough = &m.verbs[3];
    cr_assert_str_eq(plough->forms[0].words[0], "snow");
    cr_assert_eq(plough->forms[0].head, 1);
    cr_assert_str_eq(m.verbs[0].patterns[1].code, "054:055");
    cr_assert_str_eq(m.verbs[0].patterns[1].text, "$ NOT_* +");
    cr_assert_null(m.verbs[4].code == NULL ? NULL : (strcmp(m.verbs[4].code, "---") ? m.verbs[4].code : NULL));
    tac_dict_model_free(&m);
}

Test(petrarch, discards)
{
    const char *p = write_file("world.discards.txt", "# sports\nCROQUET MATCH\n+HOROSCOPE # story level\n");
    tac_dict_model m;
    tac_dict_model_init(&m);
    tac_error err = {0};
    cr_assert_eq(tac_dict_read_petrarch(&m, p, &err), TAC_OK);
    cr_assert_eq(m.ndiscards, 2);
    cr_assert_not(m.discards[0].story);
    cr_assert_eq(m.discards[0].phrase.nwords, 2);
    cr_assert(m.discards[1].story);
    tac_dict_model_free(&m);
}

Test(petrarch, overlong_line_is_an_error)
{
    char *big = malloc(10000);
    memset(big, 'A', 9998);
    big[9998] = '\n';
    big[9999] = 0;
    const char *p = write_file("long.actors.txt", big);
    free(big);
    tac_dict_model m;
    tac_dict_model_init(&m);
    tac_error err = {0};
    cr_assert_eq(tac_dict_read_petrarch(&m, p, &err), TAC_ERR_LIMIT);
    tac_dict_model_free(&m);
}

Test(petrarch, missing_file)
{
    tac_dict_model m;
    tac_dict_model_init(&m);
    tac_error err = {0};
    cr_assert_eq(tac_dict_read_petrarch(&m, "/nonexistent/x.txt", &err), TAC_ERR_IO);
    tac_dict_model_free(&m);
}
