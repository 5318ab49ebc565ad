/* The native dictionary format: records, dates, lists, inflections, errors. */
#include <criterion/criterion.h>
#include "dict/native.h"
#include <stdlib.h>
#include <stdio.h>
#include <sys/stat.h>

static tac_dict_model m;
static tac_error err;

static void setup(void)
{
    tac_dict_model_init(&m);
    memset(&err, 0, sizeof err);
}
static void teardown(void) { tac_dict_model_free(&m); }

TestSuite(native, .init = setup, .fini = teardown);

static tac_status parse(const char *text)
{
    return tac_dict_parse_native(&m, "t.tac", text, strlen(text), &err);
}

static bool has_phrase(const tac_dict_phrase *p, uint32_t n, const char *text)
{
    char buf[512];
    for (uint32_t i = 0; i < n; i++) {
        buf[0] = 0;
        for (uint16_t k = 0; k < p[i].nwords; k++) {
            if (k)
                strcat(buf, " ");
            strcat(buf, p[i].words[k]);
        }
        if (!strcmp(buf, text))
            return true;
    }
    return false;
}

static const char assad[] =
    "@version world 1\n"
    "@source facts from the test\n"
    "# a comment line\n"
    "actor BASHAR_AL_ASSAD   # trailing comment\n"
    "  name   Bashar al-Assad; Bashar Assad ;; Assad\n"
    "  name   President Assad\n"
    "  code   SYRGOV 20000717-20241208\n"
    "  code   SYRELI 20241209?-\n"
    "  code   SYRELI\n"
    "  kind   person\n"
    "  note   President of Syria from 17 July 2000;\n"
    "  note   fled on 8 December 2024.\n";

Test(native, actor_record)
{
    cr_assert_eq(parse(assad), TAC_OK, "%s", err.detail);
    cr_assert_eq(m.nactors, 1);
    const tac_dict_actor *a = &m.actors[0];
    cr_assert_str_eq(a->name, "BASHAR_AL_ASSAD");
    cr_assert_eq(a->nphrases, 4);
    cr_assert(has_phrase(a->phrases, a->nphrases, "bashar al-assad"));
    cr_assert(has_phrase(a->phrases, a->nphrases, "president assad"));
    cr_assert_eq(a->ncodes, 2);
    cr_assert_str_eq(a->codes[0].code, "SYRGOV");
    cr_assert_eq(a->codes[0].from, tac_days_from_civil(2000, 7, 17));
    cr_assert_eq(a->codes[0].to, tac_days_from_civil(2024, 12, 8));
    cr_assert_eq(a->codes[0].flags, 0);
    cr_assert_eq(a->codes[1].from, tac_days_from_civil(2024, 12, 9));
    cr_assert_eq(a->codes[1].to, TAC_DATE_OPEN_END);
    cr_assert_eq(a->codes[1].flags, TAC_CODEF_FROM_UNCERTAIN);
    cr_assert_str_eq(a->default_code, "SYRELI");
    cr_assert(a->flags & TAC_ACTORF_PERSON);
    cr_assert(a->flags & TAC_ACTORF_UNCERTAIN);
    cr_assert_str_eq(a->note, "President of Syria from 17 July 2000; fled on 8 December 2024.");
    cr_assert_str_eq(a->origin, "t.tac:4");
    cr_assert_str_eq(m.version, "world 1");
    /* the date decides */
    cr_assert_str_eq(tac_dict_actor_code(a, tac_days_from_civil(2023, 9, 22), NULL), "SYRGOV");
    cr_assert_str_eq(tac_dict_actor_code(a, tac_days_from_civil(2026, 1, 1), NULL), "SYRELI");
    cr_assert_str_eq(tac_dict_actor_code(a, tac_days_from_civil(1990, 1, 1), NULL), "SYRELI");
}

Test(native, open_start_and_kinds)
{
    const char *t = "actor A\n name a\n code AAAGOV -20001231\n kind capital\n"
                    "actor B\n name b\n code BBB\n kind ngo\n"
                    "actor C\n name c\n code CCC\n kind country\n";
    cr_assert_eq(parse(t), TAC_OK, "%s", err.detail);
    cr_assert_eq(m.actors[0].codes[0].from, TAC_DATE_OPEN_START);
    cr_assert_eq(m.actors[0].codes[0].to, tac_days_from_civil(2000, 12, 31));
    cr_assert(m.actors[0].flags & TAC_ACTORF_CAPITAL);
    cr_assert(m.actors[1].flags & TAC_ACTORF_NGO);
    cr_assert(m.actors[2].flags & TAC_ACTORF_COUNTRY);
}

Test(native, agent_plurals)
{
    const char *t = "agent A\n"
                    "  name foreign minister; army; police; gunman; minister of defence; troops; envoy;"
                    " secretary; boss; human\n"
                    "  code ~GOV\n";
    cr_assert_eq(parse(t), TAC_OK, "%s", err.detail);
    const tac_dict_agent *a = &m.agents[0];
    cr_assert_str_eq(a->code, "~GOV");
    const char *want[] = {"foreign ministers", "armies", "police", "gunmen", "ministers of defence",
                          "troops", "envoys", "secretaries", "bosses", "humans"};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        cr_assert(has_phrase(a->phrases, a->nphrases, want[i]), "missing %s", want[i]);
    cr_assert_not(has_phrase(a->phrases, a->nphrases, "polices"));
    cr_assert_not(has_phrase(a->phrases, a->nphrases, "troopses"));
    cr_assert_not(has_phrase(a->phrases, a->nphrases, "humen"));
}

Test(native, verb_inflections)
{
    static const struct { const char *lemma, *s, *ed, *ing; } cases[] = {
        {"visit", "visits", "visited", "visiting"},   {"ban", "bans", "banned", "banning"},
        {"try", "tries", "tried", "trying"},          {"agree", "agrees", "agreed", "agreeing"},
        {"make", "makes", "maked", "making"},         {"lie", "lies", "lied", "lying"},
        {"admit", "admits", "admitted", "admitting"}, {"threaten", "threatens", "threatened", "threatening"},
        {"stop", "stops", "stopped", "stopping"},     {"meet", "meets", "meeted", "meeting"},
        {"push", "pushes", "pushed", "pushing"},      {"veto", "vetoes", "vetoed", "vetoing"},
        {"play", "plays", "played", "playing"},       {"kidnap", "kidnaps", "kidnapped", "kidnapping"},
        {"quit", "quits", "quitted", "quitting"},     {"target", "targets", "targeted", "targeting"},
        {"offer", "offers", "offered", "offering"},   {"refer", "refers", "referred", "referring"},
        {"fix", "fixes", "fixed", "fixing"},          {"limit", "limits", "limited", "limiting"},
    };
    char out[64];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        cr_assert(tac_inflect_s(cases[i].lemma, out, sizeof out));
        cr_assert_str_eq(out, cases[i].s);
        cr_assert(tac_inflect_ed(cases[i].lemma, out, sizeof out));
        cr_assert_str_eq(out, cases[i].ed);
        cr_assert(tac_inflect_ing(cases[i].lemma, out, sizeof out));
        cr_assert_str_eq(out, cases[i].ing);
    }
    cr_assert_not(tac_inflect_ed("visit", out, 5), "too small a buffer must fail, not overflow");
    /* both spellings of a final l */
    cr_assert(tac_inflect_ed("cancel", out, sizeof out));
    cr_assert_str_eq(out, "canceled");
    cr_assert(tac_inflect_british_l("cancel", "ed", out, sizeof out));
    cr_assert_str_eq(out, "cancelled");
    cr_assert(tac_inflect_british_l("travel", "ing", out, sizeof out));
    cr_assert_str_eq(out, "travelling");
    cr_assert_not(tac_inflect_british_l("expel", "ed", out, sizeof out), "expel doubles anyway");
    cr_assert_not(tac_inflect_british_l("feel", "ed", out, sizeof out));
    cr_assert_not(tac_inflect_british_l("fail", "ed", out, sizeof out));
}

Test(native, verb_record)
{
    const char *t = "verb VISIT  # 042\n"
                    "  lemma   visit; pay a visit\n"
                    "  form    paid a visit; visits\n"
                    "  code    042\n"
                    "  pattern 042  $ *   +\n"
                    "  pattern ---  * by_the way\n"
                    "verb NOTHING\n"
                    "  lemma   ponder\n"
                    "  code    ---\n";
    cr_assert_eq(parse(t), TAC_OK, "%s", err.detail);
    const tac_dict_verb *v = &m.verbs[0];
    cr_assert_str_eq(v->code, "042");
    cr_assert(has_phrase(v->forms, v->nforms, "visited"));
    cr_assert(has_phrase(v->forms, v->nforms, "pays a visit"));
    cr_assert(has_phrase(v->forms, v->nforms, "paying a visit"));
    cr_assert(has_phrase(v->forms, v->nforms, "paid a visit"));
    /* "visits" is generated and listed: kept once */
    int n = 0;
    for (uint32_t i = 0; i < v->nforms; i++)
        n += v->forms[i].nwords == 1 && !strcmp(v->forms[i].words[0], "visits");
    cr_assert_eq(n, 1);
    cr_assert_eq(v->npatterns, 2);
    cr_assert_str_eq(v->patterns[0].text, "$ * +");
    cr_assert_str_eq(v->patterns[0].origin, "t.tac:5");
    cr_assert_str_eq(v->patterns[1].code, "---");
    cr_assert_null(m.verbs[1].code);
}

Test(native, ize_and_ise)
{
    cr_assert_eq(parse("verb C\n  lemma criticize; analyse\n"), TAC_OK, "%s", err.detail);
    const tac_dict_verb *v = &m.verbs[0];
    const char *want[] = {"criticized", "criticises", "criticising", "criticised", "analyzed", "analyses"};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        cr_assert(has_phrase(v->forms, v->nforms, want[i]), "missing %s", want[i]);
}

Test(native, synset_discard)
{
    const char *t = "synset &CURRENCY\n  word dollar; euro; $\n"
                    "discard SPORTS\n  word football; world cup\n  story horoscope\n";
    cr_assert_eq(parse(t), TAC_OK, "%s", err.detail);
    cr_assert_str_eq(m.synsets[0].name, "CURRENCY");
    cr_assert(has_phrase(m.synsets[0].phrases, m.synsets[0].nphrases, "$"));
    cr_assert_eq(m.ndiscards, 3);
    cr_assert_not(m.discards[1].story);
    cr_assert_eq(m.discards[1].phrase.nwords, 2);
    cr_assert(m.discards[2].story);
    cr_assert_str_eq(m.discards[2].origin, "t.tac:5");
}

Test(native, hash_in_words_is_literal)
{
    cr_assert_eq(parse("synset LANG\n  word C#; F# # a comment\n"), TAC_OK, "%s", err.detail);
    cr_assert(has_phrase(m.synsets[0].phrases, m.synsets[0].nphrases, "c#"));
    cr_assert(has_phrase(m.synsets[0].phrases, m.synsets[0].nphrases, "f#"));
    cr_assert_eq(m.synsets[0].nphrases, 2);
}

Test(native, versions_merge)
{
    cr_assert_eq(parse("@version a\n@version b\n@version a\n"), TAC_OK);
    cr_assert_str_eq(m.version, "a; b");
}

/* Each malformed input must fail at the stated line and column. */
Test(native, errors_name_line_and_column)
{
    static const struct { const char *text; tac_status code; uint32_t line, col; const char *msg; } cases[] = {
        {"actor A\n  name a\n  code ABC 2020010-\n", TAC_ERR_FORMAT, 3, 19, "bad date"},
        {"actor A\n  name a\n  code ABC 20200231-\n", TAC_ERR_FORMAT, 3, 12, "bad date"},
        {"actor A\n  name a\n  code ABC 200101-\n", TAC_ERR_FORMAT, 3, 18, "bad date"},
        {"actor A\n  name a\n  code ABC 20200101\n", TAC_ERR_FORMAT, 3, 20, "bad date range"},
        {"actor A\n  name a\n  code ABC -\n", TAC_ERR_FORMAT, 3, 12, "bad date range"},
        {"actor A\n  name a\n  code ABC 20200101-x\n", TAC_ERR_FORMAT, 3, 21, "bad date"},
        {"actor A\n  name a\n  code ABC 1-2 3\n", TAC_ERR_FORMAT, 3, 15, "unexpected text"},
        {"actor A\n  nmae a\n", TAC_ERR_FORMAT, 2, 3, "unknown field"},
        {"actor A\n  name a\n  code X\n  code Y\n", TAC_ERR_FORMAT, 4, 8, "second default code"},
        {"actor A\n  kind person\n", TAC_ERR_FORMAT, 1, 1, "incomplete record"},
        {"actor A\n  name a\n  kind king\n", TAC_ERR_FORMAT, 3, 8, "unknown kind"},
        {"  name a\n", TAC_ERR_FORMAT, 1, 3, "field outside a record"},
        {"actr A\n", TAC_ERR_FORMAT, 1, 1, "unknown record"},
        {"actor\n", TAC_ERR_FORMAT, 1, 6, "record name missing"},
        {"actor A B\n", TAC_ERR_FORMAT, 1, 8, "unexpected text"},
        {"actor A\n  name ; ;\n", TAC_ERR_FORMAT, 2, 8, "empty list"},
        {"actor A\n  name\n", TAC_ERR_FORMAT, 2, 7, "value missing"},
        {"agent A\n  name x\n", TAC_ERR_FORMAT, 1, 1, "incomplete record"},
        {"verb V\n  lemma go\n  pattern 042\n", TAC_ERR_FORMAT, 3, 14, "pattern missing"},
        {"verb V\n  lemma go\n  code 01 02\n", TAC_ERR_FORMAT, 3, 11, "unexpected text"},
        {"@vers x\n", TAC_ERR_FORMAT, 1, 1, "unknown directive"},
        {"actor A\n  name a\xff\n", TAC_ERR_UTF8, 2, 9, "invalid UTF-8"},
        {"x\0y", TAC_ERR_BINARY, 1, 2, "NUL byte in a text dictionary"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        tac_dict_model_free(&m);
        tac_dict_model_init(&m);
        memset(&err, 0, sizeof err);
        size_t len = i == sizeof cases / sizeof *cases - 1 ? 3 : strlen(cases[i].text);
        tac_status st = tac_dict_parse_native(&m, "t.tac", cases[i].text, len, &err);
        cr_expect_eq(st, cases[i].code, "case %zu: status %d (%s)", i, st, err.detail);
        cr_expect_eq(err.line, cases[i].line, "case %zu: line %u (%s)", i, err.line, err.detail);
        cr_expect_eq(err.column, cases[i].col, "case %zu: column %u (%s)", i, err.column, err.detail);
        cr_expect_str_eq(err.message, cases[i].msg, "case %zu", i);
        char where[64];
        snprintf(where, sizeof where, "t.tac:%u:%u: ", cases[i].line, cases[i].col);
        cr_expect(!strncmp(err.detail, where, strlen(where)), "case %zu: detail '%s'", i, err.detail);
    }
}

Test(native, limits)
{
    /* too many words in one phrase */
    char t[1024] = "actor A\n  name";
    for (int i = 0; i < TAC_NATIVE_MAX_WORDS + 1; i++)
        strcat(t, " w");
    strcat(t, "\n");
    cr_assert_eq(parse(t), TAC_ERR_LIMIT);
    cr_assert_str_eq(err.message, "phrase too long");
    /* too long a word */
    tac_dict_model_free(&m);
    tac_dict_model_init(&m);
    char *u = malloc(TAC_NATIVE_MAX_WORD + 64);
    strcpy(u, "actor A\n  name ");
    memset(u + strlen(u), 'x', TAC_NATIVE_MAX_WORD + 1);
    u[15 + TAC_NATIVE_MAX_WORD + 1] = 0;
    cr_assert_eq(parse(u), TAC_ERR_LIMIT);
    cr_assert_eq(err.line, 2);
    free(u);
}

Test(native, file_size_limit)
{
    /* the size is checked before any byte is read */
    static const char tiny[] = "x";
    cr_assert_eq(tac_dict_parse_native(&m, "t.tac", tiny, (size_t)TAC_NATIVE_MAX_BYTES + 1, &err), TAC_ERR_LIMIT);
    cr_assert_str_eq(err.message, "dictionary file too large");
}

Test(native, record_size_limit)
{
    tac_buf b;
    tac_buf_init(&b);
    tac_buf_puts(&b, "actor A\n  code AAA\n");
    for (int i = 0; i <= TAC_NATIVE_MAX_PER_RECORD; i++)
        tac_buf_printf(&b, "  name n%d\n", i);
    cr_assert_eq(tac_dict_parse_native(&m, "t.tac", b.data, b.len, &err), TAC_ERR_LIMIT);
    cr_assert_str_eq(err.message, "record too large");
    cr_assert_eq(err.line, TAC_NATIVE_MAX_PER_RECORD + 3);
    tac_buf_free(&b);
}

Test(native, crlf_bom_and_no_final_newline)
{
    const char *t = "\xEF\xBB\xBF" "actor A\r\n  name a b\r\n  code AAA";
    cr_assert_eq(parse(t), TAC_OK, "%s", err.detail);
    cr_assert_str_eq(m.actors[0].default_code, "AAA");
    cr_assert_eq(m.actors[0].phrases[0].nwords, 2);
}

Test(native, read_file_errors)
{
    cr_assert_eq(tac_dict_read_native(&m, "/nonexistent/x.tac", &err), TAC_ERR_IO);
    cr_assert(strstr(err.detail, "/nonexistent/x.tac"));
}

Test(native, source_hash_changes_with_content)
{
    cr_assert_eq(parse("actor A\n  name a\n  code AAA\n"), TAC_OK);
    uint64_t h1 = m.source_hash;
    tac_dict_model_free(&m);
    tac_dict_model_init(&m);
    cr_assert_eq(parse("actor A\n  name a\n  code AAB\n"), TAC_OK);
    cr_assert_neq(h1, m.source_hash);
    cr_assert_neq(h1, 0);
}

/* tac_dict_read_path: a directory is read recursively in name order, only
 * .tac and .txt files, hidden entries skipped; a file is read whatever its
 * name. */
static void put_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f, "%s", path);
    fputs(text, f);
    fclose(f);
}

Test(native, read_path_directory_order)
{
    char dir[] = "/tmp/tac-readpath-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char sub[600];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    cr_assert_eq(mkdir(sub, 0700), 0);
    put_file(dir, "b.tac", "actor B\n  name b\n  code BBB\n");
    put_file(dir, "a.tac", "actor A\n  name a\n  code AAA\n");
    put_file(sub, "c.tac", "actor C\n  name c\n  code CCC\n");
    put_file(dir, ".hidden.tac", "actor H\n  name h\n  code HHH\n");
    put_file(dir, "README.md", "not a dictionary\n");
    put_file(dir, "single", "actor S\n  name s\n  code SSS\n");
    cr_assert_eq(tac_dict_read_path(&m, dir, &err), TAC_OK, "%s", err.detail);
    cr_assert_eq(m.nactors, 3);
    cr_assert_str_eq(m.actors[0].name, "A");
    cr_assert_str_eq(m.actors[1].name, "B");
    cr_assert_str_eq(m.actors[2].name, "C");
    uint64_t h = m.source_hash;
    /* a single file with no .tac suffix is native */
    char one[600];
    snprintf(one, sizeof one, "%s/single", dir);
    cr_assert_eq(tac_dict_read_path(&m, one, &err), TAC_OK, "%s", err.detail);
    cr_assert_str_eq(m.actors[3].name, "S");
    cr_assert_neq(m.source_hash, h);
    /* an error inside the tree names the file */
    put_file(sub, "d.tac", "actor D\n  name d\n  code DDD 2020-\n");
    tac_dict_model_free(&m);
    tac_dict_model_init(&m);
    cr_assert_eq(tac_dict_read_path(&m, dir, &err), TAC_ERR_FORMAT);
    cr_assert(strstr(err.detail, "sub/d.tac:3:"), "%s", err.detail);
    cr_assert_eq(tac_dict_read_path(&m, "/nonexistent/dir", &err), TAC_ERR_IO);
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    cr_assert_eq(system(cmd), 0);
}
