/* ledger: the state machines of each dimension, modality, conflicting
 * reports on one date, out-of-order addition, rebuild equality, "since",
 * mediation and ladder ranks. Events are built by hand (tac_ledger_event
 * literals); the sentences are ours. Pairs are chosen that the embedded
 * baseline does not mention (NOR, CHL, PER), except where a test is about
 * the baseline or China's ladder. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include "ledger/ledger.h"

static int32_t D(const char *ymd)
{
    int32_t d = tac_date_parse(ymd, strlen(ymd));
    cr_assert_neq(d, TAC_NO_DATE, "bad test date %s", ymd);
    return d;
}

/* One event of one sentence. The content key is the article id's hash unless
 * a test sets it (syndicated copies share it). */
static tac_ledger_event E(const char *article, uint32_t sentence, const char *date, const char *code,
                          const char *src, const char *tgt, const char *verb, const char *mode,
                          const char *text)
{
    tac_ledger_event e = {
        .article = article,
        .content = tac_hash(article, strlen(article)),
        .published = D(date),
        .id = (int64_t)sentence * 10 + 1,
        .sentence = sentence,
        .date = D(date),
        .code = code,
        .source = src,
        .target = tgt,
        .source_country = strncmp(src, "IGO", 3) ? src : "",
        .target_country = strncmp(tgt, "IGO", 3) ? tgt : "",
        .verb = verb,
        .mode = mode,
        .negated = false,
        .sentence_text = text,
    };
    return e;
}

static tac_ledger *fresh(void)
{
    tac_error err = {0};
    tac_ledger *l = NULL;
    cr_assert_eq(tac_ledger_new(&l, &err), TAC_OK);
    return l;
}

static void add1(tac_ledger *l, tac_ledger_event e)
{
    cr_assert_geq(tac_ledger_add_sentence(l, &e, 1), 0);
}

/* The state name in force at a date, "" when none. */
static const char *state_at(const tac_ledger *l, tac_ldim dim, const char *x, const char *y, const char *at)
{
    const tac_lchange *c = tac_ledger_state(l, dim, x, y, D(at), NULL, NULL, 0);
    return c ? c->state : "";
}

static const tac_lchange *cur_at(const tac_ledger *l, tac_ldim dim, const char *x, const char *y, const char *at)
{
    return tac_ledger_state(l, dim, x, y, D(at), NULL, NULL, 0);
}

/* Every change of the ledger, serialized: equal strings = equal ledgers. */
static char *dump(const tac_ledger *l)
{
    tac_buf b;
    tac_buf_init(&b);
    for (size_t i = 0; i < tac_ledger_count(l); i++) {
        tac_ledger_change_json(&b, tac_ledger_at(l, i), true);
        tac_buf_putc(&b, '\n');
    }
    tac_buf_putc(&b, 0);
    cr_assert(!b.failed);
    return b.data;
}

/* ---- diplomatic ties ----------------------------------------------------- */

static void ties_events(tac_ledger_event out[4])
{
    out[0] = E("t1", 0, "2001-03-01", "050", "NOR", "CHL", "established", "fact",
               "Norway and Chile established diplomatic relations on Thursday.");
    out[1] = E("t2", 0, "2005-06-10", "161", "NOR", "CHL", "recalled", "fact",
               "Norway recalled its ambassador from Chile after the election dispute.");
    out[2] = E("t3", 0, "2007-02-02", "161", "CHL", "NOR", "severed", "fact",
               "Chile severed diplomatic ties with Norway.");
    out[3] = E("t4", 0, "2012-09-15", "050", "NOR", "CHL", "restored", "fact",
               "Norway and Chile restored diplomatic relations after five years.");
}

Test(ties, established_downgraded_severed_restored)
{
    tac_ledger *l = fresh();
    tac_ledger_event ev[4];
    ties_events(ev);
    for (int i = 0; i < 4; i++)
        add1(l, ev[i]);
    tac_ledger_finish(l);
    cr_assert_str_eq(state_at(l, TAC_LDIM_TIES, "NOR", "CHL", "2000-01-01"), "");
    cr_assert_str_eq(state_at(l, TAC_LDIM_TIES, "NOR", "CHL", "2001-03-01"), "established");
    cr_assert_str_eq(state_at(l, TAC_LDIM_TIES, "CHL", "NOR", "2006-01-01"), "downgraded");
    cr_assert_str_eq(state_at(l, TAC_LDIM_TIES, "NOR", "CHL", "2010-01-01"), "severed");
    cr_assert_str_eq(state_at(l, TAC_LDIM_TIES, "CHL", "NOR", "2020-01-01"), "restored");
    const tac_lchange *c = cur_at(l, TAC_LDIM_TIES, "NOR", "CHL", "2020-01-01");
    cr_assert(!c->baseline);
    cr_assert_str_eq(c->a, "CHL");   /* symmetric: a < b */
    cr_assert_eq(c->nevidence, 1);
    cr_assert_str_eq(c->evidence[0].article, "t4");
    cr_assert_str_eq(c->evidence[0].text, "Norway and Chile restored diplomatic relations after five years.");
    tac_ledger_free(l);
}

Test(ties, baseline_then_news)
{
    tac_ledger *l = fresh();
    tac_ledger_finish(l);
    /* data/ledger/baseline.tsv: Iran and Saudi Arabia severed 2016, restored 2023 */
    cr_assert_str_eq(state_at(l, TAC_LDIM_TIES, "IRN", "SAU", "2020-01-01"), "severed");
    const tac_lchange *c = cur_at(l, TAC_LDIM_TIES, "SAU", "IRN", "2024-01-01");
    cr_assert_not_null(c);
    cr_assert_str_eq(c->state, "restored");
    cr_assert(c->baseline);
    cr_assert_not_null(c->source);
    tac_ledger_free(l);
}

/* ---- partnership tiers and China's ladder -------------------------------- */

Test(partnership, tier_changes_and_ladder_rank)
{
    tac_ledger *l = fresh();
    add1(l, E("p1", 0, "2010-05-01", "050", "CHN", "PER", "established", "fact",
              "China and Peru established a strategic partnership in 2010."));
    add1(l, E("p2", 3, "2016-11-20", "050", "PER", "CHN", "upgraded", "fact",
              "Peru and China upgraded their ties to a comprehensive strategic partnership on Sunday."));
    tac_ledger_finish(l);
    const tac_lchange *c = cur_at(l, TAC_LDIM_PARTNERSHIP, "CHN", "PER", "2012-01-01");
    cr_assert_not_null(c);
    cr_assert_str_eq(c->state, "strategic partnership");
    cr_assert_str_eq(c->owner, "CHN");
    c = cur_at(l, TAC_LDIM_PARTNERSHIP, "PER", "CHN", "2017-01-01");
    /* the longest wording at one position wins over its tail */
    cr_assert_str_eq(c->state, "comprehensive strategic partnership");
    cr_assert_eq(tac_ledger_tier_rank(l, "CHN", c->state), 4);
    cr_assert_eq(tac_ledger_tier_rank(l, "CHN", "strategic partnership"), 5);
    cr_assert_str_eq(tac_ledger_rung(l, "CHN", 4), "comprehensive strategic partnership");
    cr_assert_eq(tac_ledger_rungs(l, "CHN"), 8);
    cr_assert_str_eq(tac_ledger_rung(l, "CHN", 1), "all-weather strategic cooperative partnership");
    cr_assert_eq(tac_ledger_tier_rank(l, "CHN", "no such partnership"), 0);
    cr_assert_eq(tac_ledger_tier_rank(l, "XXX", "strategic partnership"), 0);
    tac_ledger_free(l);
}

Test(partnership, shared_rank_variants)
{
    tac_ledger *l = fresh();
    /* an alias of "strategic cooperative partnership" */
    add1(l, E("p3", 1, "2019-04-04", "050", "CHN", "NOR", "signed", "fact",
              "Beijing and Oslo signed a statement on a strategic partnership of cooperation."));
    tac_ledger_finish(l);
    const tac_lchange *c = cur_at(l, TAC_LDIM_PARTNERSHIP, "NOR", "CHN", "2020-01-01");
    cr_assert_not_null(c);
    cr_assert_str_eq(c->state, "strategic cooperative partnership");
    /* both wordings sit on one rung; the rung is named by its plain form */
    int r = tac_ledger_tier_rank(l, "CHN", c->state);
    cr_assert_eq(r, tac_ledger_tier_rank(l, "CHN", "strategic partnership"));
    cr_assert_eq(r, 5);
    cr_assert_str_eq(tac_ledger_rung(l, "CHN", r), "strategic partnership");
    cr_assert_str_eq(tac_ledger_rung(l, "CHN", r - 1), "comprehensive strategic partnership");
    /* case and curly quotes do not matter */
    cr_assert_eq(tac_ledger_tier_rank(l, "CHN", "Strategic Cooperative Partnership"), 5);
    tac_ledger_free(l);
}

Test(partnership, curly_quotes_in_sentence)
{
    tac_ledger *l = fresh();
    add1(l, E("p4", 0, "2021-01-05", "050", "PER", "CHN", "raised", "fact",
              "Lima raised relations with Beijing to a \xe2\x80\x9c" "comprehensive strategic partnership\xe2\x80\x9d."));
    tac_ledger_finish(l);
    cr_assert_str_eq(state_at(l, TAC_LDIM_PARTNERSHIP, "CHN", "PER", "2021-02-01"),
                     "comprehensive strategic partnership");
    tac_ledger_free(l);
}

/* ---- sanctions ----------------------------------------------------------- */

Test(sanctions, imposed_tightened_eased_lifted_with_scope)
{
    tac_ledger *l = fresh();
    add1(l, E("s1", 0, "2014-03-01", "163", "NOR", "PER", "imposed", "fact",
              "Norway imposed an arms embargo and oil sanctions on Peru."));
    add1(l, E("s2", 0, "2015-03-01", "163", "NOR", "PER", "imposed", "fact",
              "Norway imposed additional financial sanctions on Peru."));
    add1(l, E("s3", 0, "2018-03-01", "085", "NOR", "PER", "eased", "fact",
              "Norway eased sanctions on Peru's banking sector."));
    add1(l, E("s4", 0, "2020-03-01", "085", "NOR", "PER", "lifted", "fact",
              "Norway lifted all remaining sanctions on Peru."));
    tac_ledger_finish(l);
    const tac_lchange *c = cur_at(l, TAC_LDIM_SANCTIONS, "NOR", "PER", "2014-06-01");
    cr_assert_str_eq(c->state, "imposed");
    cr_assert_not_null(strstr(c->detail, "arms"));
    cr_assert_not_null(strstr(c->detail, "oil"));
    c = cur_at(l, TAC_LDIM_SANCTIONS, "NOR", "PER", "2016-06-01");
    cr_assert_str_eq(c->state, "tightened");
    cr_assert_not_null(strstr(c->detail, "financial"));
    c = cur_at(l, TAC_LDIM_SANCTIONS, "NOR", "PER", "2019-06-01");
    cr_assert_str_eq(c->state, "eased");
    cr_assert_not_null(strstr(c->detail, "banking"));
    cr_assert_str_eq(state_at(l, TAC_LDIM_SANCTIONS, "NOR", "PER", "2021-06-01"), "lifted");
    /* directed: Peru does not sanction Norway */
    cr_assert_str_eq(state_at(l, TAC_LDIM_SANCTIONS, "PER", "NOR", "2021-06-01"), "");
    tac_ledger_free(l);
}

/* ---- membership ---------------------------------------------------------- */

Test(membership, member_suspended_readmitted_withdrawn)
{
    tac_ledger *l = fresh();
    add1(l, E("m1", 0, "2000-01-10", "050", "IGOTSTORG", "PER", "admitted", "fact",
              "The organization admitted Peru as its twelfth member."));
    add1(l, E("m2", 0, "2009-07-01", "161", "IGOTSTORG", "PER", "suspended", "fact",
              "The organization suspended Peru's membership after the coup."));
    add1(l, E("m3", 0, "2011-07-01", "050", "IGOTSTORG", "PER", "readmitted", "fact",
              "The organization readmitted Peru after the elections."));
    add1(l, E("m4", 0, "2019-07-01", "161", "PER", "IGOTSTORG", "withdrew", "fact",
              "Peru withdrew from the organization."));
    tac_ledger_finish(l);
    cr_assert_str_eq(state_at(l, TAC_LDIM_MEMBERSHIP, "PER", "IGOTSTORG", "1999-01-01"), "");
    cr_assert_str_eq(state_at(l, TAC_LDIM_MEMBERSHIP, "PER", "IGOTSTORG", "2005-01-01"), "member");
    cr_assert_str_eq(state_at(l, TAC_LDIM_MEMBERSHIP, "PER", "IGOTSTORG", "2010-01-01"), "suspended");
    cr_assert_str_eq(state_at(l, TAC_LDIM_MEMBERSHIP, "PER", "IGOTSTORG", "2015-01-01"), "readmitted");
    cr_assert_str_eq(state_at(l, TAC_LDIM_MEMBERSHIP, "PER", "IGOTSTORG", "2020-01-01"), "withdrawn");
    /* directed: the organization is not a member of Peru */
    cr_assert_str_eq(state_at(l, TAC_LDIM_MEMBERSHIP, "IGOTSTORG", "PER", "2020-01-01"), "");
    tac_ledger_free(l);
}

Test(membership, baseline_arab_league)
{
    tac_ledger *l = fresh();
    tac_ledger_finish(l);
    cr_assert_str_eq(state_at(l, TAC_LDIM_MEMBERSHIP, "SYR", "IGOMEAARL", "2015-01-01"), "suspended");
    cr_assert_str_eq(state_at(l, TAC_LDIM_MEMBERSHIP, "SYR", "IGOMEAARL", "2023-06-01"), "readmitted");
    tac_ledger_free(l);
}

/* ---- agreements ---------------------------------------------------------- */

Test(agreement, defence_and_free_trade)
{
    tac_ledger *l = fresh();
    add1(l, E("g1", 0, "2017-08-08", "057", "NOR", "PER", "signed", "fact",
              "Norway and Peru signed a mutual defence treaty."));
    add1(l, E("g2", 0, "2018-08-08", "057", "CHL", "PER", "signed", "fact",
              "Chile and Peru signed a free trade agreement."));
    tac_ledger_finish(l);
    const tac_lchange *c = cur_at(l, TAC_LDIM_AGREEMENT, "PER", "NOR", "2018-01-01");
    cr_assert_not_null(c);
    cr_assert_str_eq(c->state, "in_force");
    cr_assert_str_eq(c->detail, "defence agreement");
    c = cur_at(l, TAC_LDIM_AGREEMENT, "PER", "CHL", "2019-01-01");
    cr_assert_not_null(c);
    cr_assert_str_eq(c->detail, "free-trade agreement");
    tac_ledger_free(l);
}

/* ---- modality ------------------------------------------------------------ */

Test(modality, denied_and_hypothetical_never_apply)
{
    tac_ledger *l = fresh();
    add1(l, E("d1", 0, "2016-01-01", "161", "NOR", "CHL", "severed", "denied",
              "Chile says Norway severed diplomatic ties, which Oslo denies."));
    add1(l, E("d2", 0, "2016-02-01", "161", "NOR", "CHL", "severed", "fact",
              "Norway severed diplomatic ties with Chile, though it denies this."));
    add1(l, E("d3", 0, "2016-03-01", "163", "NOR", "CHL", "impose", "hypothetical",
              "Norway would impose sanctions on Chile if the vote went ahead."));
    add1(l, E("d4", 0, "2016-04-01", "163", "NOR", "CHL", "impose", "fact",
              "Norway threatened to impose sanctions on Chile."));
    tac_ledger_finish(l);
    const tac_lchange *hist[8];
    size_t nh = 0;
    cr_assert_null(tac_ledger_state(l, TAC_LDIM_TIES, "NOR", "CHL", D("2017-01-01"), hist, &nh, 8));
    cr_assert_eq(nh, 2);   /* kept as evidence, not applied */
    for (size_t i = 0; i < nh; i++) {
        cr_assert_eq(hist[i]->modality, TAC_LMOD_DENIED);
        cr_assert(!tac_ledger_applies(hist[i]));
    }
    cr_assert_null(tac_ledger_state(l, TAC_LDIM_SANCTIONS, "NOR", "CHL", D("2017-01-01"), hist, &nh, 8));
    cr_assert_eq(nh, 2);
    for (size_t i = 0; i < nh; i++)
        cr_assert_eq(hist[i]->modality, TAC_LMOD_HYPOTHETICAL);
    tac_ledger_free(l);
}

Test(modality, announced_applies)
{
    tac_ledger *l = fresh();
    add1(l, E("a1", 0, "2022-05-05", "050", "CHN", "PER", "upgrade", "intent",
              "China and Peru will upgrade relations to a comprehensive strategic partnership."));
    add1(l, E("a2", 0, "2022-06-06", "050", "NOR", "CHL", "announced", "fact",
              "Norway and Chile announced that they would restore diplomatic relations."));
    tac_ledger_finish(l);
    const tac_lchange *c = cur_at(l, TAC_LDIM_PARTNERSHIP, "CHN", "PER", "2022-06-01");
    cr_assert_not_null(c);
    cr_assert_eq(c->modality, TAC_LMOD_ANNOUNCED);
    cr_assert(tac_ledger_applies(c));
    c = cur_at(l, TAC_LDIM_TIES, "NOR", "CHL", "2022-07-01");
    cr_assert_not_null(c);
    cr_assert_str_eq(c->state, "restored");
    cr_assert_eq(c->modality, TAC_LMOD_ANNOUNCED);
    tac_ledger_free(l);
}

Test(modality, negated_events_change_nothing)
{
    tac_ledger *l = fresh();
    size_t before = tac_ledger_count(l);
    tac_ledger_event e = E("n1", 0, "2016-01-01", "161", "NOR", "CHL", "sever", "fact",
                           "Norway did not sever diplomatic ties with Chile.");
    e.negated = true;
    cr_assert_eq(tac_ledger_add_sentence(l, &e, 1), 0);
    cr_assert_eq(tac_ledger_count(l), before);
    tac_ledger_free(l);
}

/* ---- conflicting reports on one date ------------------------------------- */

Test(conflict, fact_beats_announced_in_any_order)
{
    for (int order = 0; order < 2; order++) {
        tac_ledger *l = fresh();
        tac_ledger_event fact = E("c1", 0, "2019-09-09", "161", "NOR", "CHL", "severed", "fact",
                                  "Norway severed diplomatic ties with Chile on Monday.");
        tac_ledger_event ann = E("c2", 0, "2019-09-09", "050", "NOR", "CHL", "agreed", "intent",
                                 "Norway and Chile agreed to restore diplomatic relations.");
        add1(l, order ? ann : fact);
        add1(l, order ? fact : ann);
        tac_ledger_finish(l);
        const tac_lchange *c = cur_at(l, TAC_LDIM_TIES, "NOR", "CHL", "2019-09-09");
        cr_assert_str_eq(c->state, "severed", "order %d", order);
        cr_assert_eq(c->modality, TAC_LMOD_FACT);
        tac_ledger_free(l);
    }
}

Test(conflict, more_independent_articles_win_syndicated_count_once)
{
    tac_ledger *l = fresh();
    /* three syndicated copies of one story (one content key) say severed … */
    for (int i = 0; i < 3; i++) {
        char id[16];
        snprintf(id, sizeof id, "w%d", i);
        tac_ledger_event e = E(strdup(id), 0, "2019-10-10", "161", "NOR", "CHL", "severed", "fact",
                               "Norway severed diplomatic ties with Chile.");
        e.content = 42;
        add1(l, e);
        free((char *)e.article);
    }
    /* … two independent stories say restored */
    add1(l, E("r1", 0, "2019-10-10", "050", "CHL", "NOR", "restored", "fact",
              "Chile and Norway restored diplomatic relations on Thursday."));
    add1(l, E("r2", 2, "2019-10-10", "050", "NOR", "CHL", "restored", "fact",
              "Norway restored diplomatic relations with Chile, the ministry said."));
    tac_ledger_finish(l);
    const tac_lchange *hist[8];
    size_t nh = 0;
    const tac_lchange *c = tac_ledger_state(l, TAC_LDIM_TIES, "NOR", "CHL", D("2019-10-10"), hist, &nh, 8);
    cr_assert_eq(nh, 2, "the copies merge into one report each");
    cr_assert_str_eq(c->state, "restored");
    cr_assert_eq(c->narticles, 2);
    const tac_lchange *sev = hist[0] == c ? hist[1] : hist[0];
    cr_assert_str_eq(sev->state, "severed");
    cr_assert_eq(sev->narticles, 1);
    cr_assert_eq(sev->nevidence, 3);
    tac_ledger_free(l);
}

/* ---- order independence and rebuild -------------------------------------- */

#define NSENT 9

static void corpus(tac_ledger_event ev[NSENT])
{
    ties_events(ev);
    ev[4] = E("o5", 1, "2012-09-15", "050", "CHL", "NOR", "restored", "fact",
              "Chile restored diplomatic relations with Norway, officials said.");
    ev[5] = E("o6", 0, "2007-02-02", "050", "NOR", "CHL", "agreed", "intent",
              "Norway and Chile agreed to restore diplomatic relations.");
    ev[6] = E("o7", 0, "2014-03-01", "163", "NOR", "PER", "imposed", "fact",
              "Norway imposed oil sanctions on Peru.");
    ev[7] = E("o8", 0, "2014-03-01", "050", "CHN", "PER", "upgraded", "fact",
              "China upgraded ties with Peru to a strategic partnership.");
    ev[8] = E("o9", 0, "2014-03-01", "050", "PER", "CHN", "upgraded", "fact",
              "Peru upgraded ties with China to a comprehensive strategic partnership.");
}

static char *build(const int *perm)
{
    tac_ledger_event ev[NSENT];
    corpus(ev);
    tac_ledger *l = fresh();
    for (int i = 0; i < NSENT; i++)
        add1(l, ev[perm[i]]);
    tac_ledger_finish(l);
    char *s = dump(l);
    tac_ledger_free(l);
    return s;
}

Test(order, shuffled_additions_give_identical_ledgers)
{
    int perm[NSENT];
    for (int i = 0; i < NSENT; i++)
        perm[i] = i;
    char *ref = build(perm);
    srand(7);
    for (int round = 0; round < 20; round++) {
        for (int i = NSENT - 1; i > 0; i--) {
            int j = rand() % (i + 1), t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        char *got = build(perm);
        cr_assert_str_eq(got, ref, "round %d differs", round);
        free(got);
    }
    free(ref);
}

Test(order, same_date_conflict_independent_of_order)
{
    /* o8/o9 name two tiers on one date with equal strength: the winner must
     * not depend on which was added first */
    int fwd[NSENT], rev[NSENT];
    for (int i = 0; i < NSENT; i++) {
        fwd[i] = i;
        rev[i] = NSENT - 1 - i;
    }
    tac_ledger_event ev[NSENT];
    corpus(ev);
    const char *w[2];
    for (int k = 0; k < 2; k++) {
        tac_ledger *l = fresh();
        for (int i = 0; i < NSENT; i++)
            add1(l, ev[(k ? rev : fwd)[i]]);
        tac_ledger_finish(l);
        w[k] = strdup(state_at(l, TAC_LDIM_PARTNERSHIP, "CHN", "PER", "2015-01-01"));
        tac_ledger_free(l);
    }
    cr_assert_str_neq(w[0], "");
    cr_assert_str_eq(w[0], w[1]);
    free((char *)w[0]);
    free((char *)w[1]);
}

Test(order, rebuild_and_finish_are_stable)
{
    int perm[NSENT];
    for (int i = 0; i < NSENT; i++)
        perm[i] = i;
    char *a = build(perm), *b = build(perm);
    cr_assert_str_eq(a, b);
    tac_ledger_event ev[NSENT];
    corpus(ev);
    tac_ledger *l = fresh();
    for (int i = 0; i < NSENT; i++)
        add1(l, ev[i]);
    tac_ledger_finish(l);
    tac_ledger_finish(l);   /* idempotent */
    char *c = dump(l);
    cr_assert_str_eq(a, c);
    /* the pair JSON too */
    tac_buf x, y;
    tac_buf_init(&x);
    tac_buf_init(&y);
    tac_ledger_pair_json(l, "NOR", "CHL", D("2020-01-01"), "\n", &x);
    tac_ledger_pair_json(l, "NOR", "CHL", D("2020-01-01"), "\n", &y);
    cr_assert_gt(x.len, 0);
    cr_assert_eq(x.len, y.len);
    cr_assert(!memcmp(x.data, y.data, x.len));
    tac_buf_free(&x);
    tac_buf_free(&y);
    tac_ledger_free(l);
    free(a);
    free(b);
    free(c);
}

/* ---- "since" ------------------------------------------------------------- */

Test(since, repeated_report_does_not_reset)
{
    tac_ledger *l = fresh();
    add1(l, E("x1", 0, "2011-05-01", "163", "NOR", "PER", "imposed", "fact",
              "Norway imposed sanctions on Peru."));
    add1(l, E("x2", 0, "2013-01-01", "085", "NOR", "PER", "lift", "hypothetical",
              "Norway could lift sanctions on Peru next year."));
    add1(l, E("x3", 0, "2020-05-01", "163", "NOR", "PER", "imposed", "fact",
              "Peru still faces the sanctions Norway imposed."));
    tac_ledger_finish(l);
    const tac_lchange *c = cur_at(l, TAC_LDIM_SANCTIONS, "NOR", "PER", "2021-01-01");
    cr_assert_eq(c->date, D("2020-05-01"));
    cr_assert_eq(tac_ledger_since(l, c)->date, D("2011-05-01"));
    const tac_lchange *corr[4];
    cr_assert_eq(tac_ledger_corroborating(l, c, corr, 4), 1);
    cr_assert_eq(corr[0]->date, D("2011-05-01"));
    /* an applied change of another state in between does reset it */
    add1(l, E("x4", 0, "2015-05-01", "085", "NOR", "PER", "lifted", "fact",
              "Norway lifted sanctions on Peru."));
    tac_ledger_finish(l);
    c = cur_at(l, TAC_LDIM_SANCTIONS, "NOR", "PER", "2021-01-01");
    cr_assert_eq(tac_ledger_since(l, c)->date, D("2020-05-01"));
    cr_assert_eq(tac_ledger_corroborating(l, c, corr, 4), 0);
    tac_ledger_free(l);
}

/* ---- mediation ----------------------------------------------------------- */

Test(mediation, two_mediation_events_restore_the_parties_ties)
{
    tac_ledger *l = fresh();
    const char *text = "Last year Peru brokered talks between Norway and Chile that led the two to "
                       "re-establish diplomatic relations.";
    tac_ledger_event ev[2] = {
        E("med", 4, "2018-04-04", "045", "PER", "NOR", "brokered", "fact", text),
        E("med", 4, "2018-04-04", "045", "PER", "CHL", "brokered", "fact", text),
    };
    ev[1].id = 42;
    cr_assert_eq(tac_ledger_add_sentence(l, ev, 2), 1);
    tac_ledger_finish(l);
    const tac_lchange *c = cur_at(l, TAC_LDIM_TIES, "CHL", "NOR", "2019-01-01");
    cr_assert_not_null(c);
    cr_assert_str_eq(c->state, "restored");
    cr_assert_str_eq(c->via, "PER");
    cr_assert_eq(c->nevidence, 2);   /* both mediation events */
    cr_assert_eq(c->narticles, 1);
    /* the mediator's own ties are not changed */
    cr_assert_str_eq(state_at(l, TAC_LDIM_TIES, "PER", "NOR", "2019-01-01"), "");
    cr_assert_str_eq(state_at(l, TAC_LDIM_TIES, "PER", "CHL", "2019-01-01"), "");
    /* and the JSON shows the mediator */
    tac_buf b;
    tac_buf_init(&b);
    cr_assert(tac_ledger_dim_json(l, TAC_LDIM_TIES, "NOR", "CHL", D("2019-01-01"), &b));
    tac_buf_putc(&b, 0);
    cr_assert_not_null(strstr(b.data, "\"via\":\"PER\""));
    tac_buf_free(&b);
    tac_ledger_free(l);
}

Test(mediation, one_party_or_no_restoration_is_not_mediation)
{
    tac_ledger *l = fresh();
    size_t before = tac_ledger_count(l);
    const char *text = "Peru brokered talks between Norway and Chile on fishing rights.";
    tac_ledger_event ev[2] = {
        E("med2", 0, "2018-04-04", "045", "PER", "NOR", "brokered", "fact", text),
        E("med2", 0, "2018-04-04", "045", "PER", "CHL", "brokered", "fact", text),
    };
    cr_assert_eq(tac_ledger_add_sentence(l, ev, 2), 0);
    cr_assert_eq(tac_ledger_count(l), before);
    tac_ledger_free(l);
}

Test(mediation, corroborates_a_baseline_state)
{
    /* a news report of the same state as a later baseline fact: the state in
     * force is the baseline fact, the news report corroborates it */
    tac_ledger *l = fresh();
    const char *text = "In January Chinese diplomats brokered a deal between Iran and Saudi Arabia to "
                       "restore relations.";
    tac_ledger_event ev[2] = {
        E("irsa", 2, "2023-01-15", "045", "CHN", "IRN", "brokered", "fact", text),
        E("irsa", 2, "2023-01-15", "045", "CHN", "SAU", "brokered", "fact", text),
    };
    cr_assert_eq(tac_ledger_add_sentence(l, ev, 2), 1);
    tac_ledger_finish(l);
    const tac_lchange *c = cur_at(l, TAC_LDIM_TIES, "IRN", "SAU", "2024-01-01");
    cr_assert(c->baseline);
    const tac_lchange *corr[4];
    cr_assert_eq(tac_ledger_corroborating(l, c, corr, 4), 1);
    cr_assert_str_eq(corr[0]->via, "CHN");
    tac_buf b;
    tac_buf_init(&b);
    cr_assert(tac_ledger_dim_json(l, TAC_LDIM_TIES, "IRN", "SAU", D("2024-01-01"), &b));
    tac_buf_putc(&b, 0);
    const char *cb = strstr(b.data, "\"corroborated_by\":[{");
    cr_assert_not_null(cb);
    cr_assert_not_null(strstr(cb, "\"via\":\"CHN\""));
    tac_buf_free(&b);
    tac_ledger_free(l);
}

/* ---- words that look like a change but are not ----------------------------- */

Test(false_positive, other_objects_change_nothing)
{
    tac_ledger *l = fresh();
    size_t before = tac_ledger_count(l);
    add1(l, E("f1", 0, "2020-01-01", "161", "IGOTSTORG", "PER", "suspended", "fact",
              "The organization suspended aid to Peru after the coup."));
    add1(l, E("f2", 0, "2020-01-02", "161", "PER", "IGOTSTORG", "left", "fact",
              "Peru's delegation left the organization's summit early."));
    add1(l, E("f3", 0, "2020-01-03", "040", "IGOTSTORG", "PER", "joined", "fact",
              "The organization joined talks with Peru on Monday."));
    add1(l, E("f4", 0, "2020-01-04", "051", "NOR", "CHL", "welcomed", "fact",
              "Norway welcomed the decision of Peru and Chile to restore diplomatic relations."));
    add1(l, E("f5", 0, "2020-01-05", "161", "NOR", "CHL", "expelled", "fact",
              "Norway expelled a Chilean diplomat accused of spying."));
    tac_ledger_finish(l);
    cr_assert_eq(tac_ledger_count(l), before, "%zu changes added", tac_ledger_count(l) - before);
    tac_ledger_free(l);
}

Test(false_positive, membership_words_make_weak_verbs_count)
{
    tac_ledger *l = fresh();
    add1(l, E("w1", 0, "2020-02-02", "050", "IGOTSTORG", "PER", "welcomed", "fact",
              "The organization welcomed Peru as its newest member."));
    add1(l, E("w2", 0, "2021-02-02", "161", "IGOTSTORG", "PER", "suspended", "fact",
              "The organization suspended Peru on Friday."));
    tac_ledger_finish(l);
    cr_assert_str_eq(state_at(l, TAC_LDIM_MEMBERSHIP, "PER", "IGOTSTORG", "2020-06-01"), "member");
    cr_assert_str_eq(state_at(l, TAC_LDIM_MEMBERSHIP, "PER", "IGOTSTORG", "2021-06-01"), "suspended");
    tac_ledger_free(l);
}

Test(sanctions, organization_sanctions_and_bans_that_are_not_sanctions)
{
    tac_ledger *l = fresh();
    size_t before = tac_ledger_count(l);
    /* a ban coded 163 is not a sanctions regime */
    add1(l, E("b1", 0, "2017-03-11", "163", "NOR", "PER", "barred", "fact",
              "Norway barred Peruvian ministers from campaigning there."));
    tac_ledger_finish(l);
    cr_assert_eq(tac_ledger_count(l), before);
    /* an organization sanctioning a state is a sanction, not a membership change */
    add1(l, E("b2", 0, "2021-06-03", "163", "IGOTSTORG", "PER", "imposed", "fact",
              "The organization imposed sanctions on 14 Peruvian officials."));
    tac_ledger_finish(l);
    cr_assert_str_eq(state_at(l, TAC_LDIM_SANCTIONS, "IGOTSTORG", "PER", "2021-07-01"), "imposed");
    cr_assert_str_eq(state_at(l, TAC_LDIM_MEMBERSHIP, "PER", "IGOTSTORG", "2021-07-01"), "");
    tac_ledger_free(l);
}
