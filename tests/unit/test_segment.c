/* Unit tests: sentence and token segmentation, POS tags, lemmas (src/segment). */
#include <criterion/criterion.h>
#include "segment/segment.h"
#include "segment/lexicon.h"
#include <stdio.h>
#include <stdlib.h>

static tac_doc *seg(const char *s)
{
    tac_error err = {0};
    tac_doc *d = tac_segment_string(s, strlen(s), NULL, &err);
    cr_assert_not_null(d, "segmentation failed: %s", err.message ? err.message : "?");
    return d;
}

/* The original bytes of sentence i equal want. */
static void expect_sentence(const tac_doc *d, uint32_t i, const char *want)
{
    cr_assert_lt(i, d->nsentences, "only %u sentences, wanted #%u \"%s\"", d->nsentences, i, want);
    const tac_sentence *s = &d->sentences[i];
    size_t n = s->span.end - s->span.start;
    cr_expect(n == strlen(want) && memcmp(d->src + s->span.start, want, n) == 0,
              "sentence %u is \"%.*s\", want \"%s\"", i, (int)n, d->src + s->span.start, want);
}

static void expect_sentences(const char *text, const char *const *want, uint32_t n)
{
    tac_doc *d = seg(text);
    cr_expect_eq(d->nsentences, n, "\"%s\": %u sentences, want %u", text, d->nsentences, n);
    for (uint32_t i = 0; i < n && i < d->nsentences; i++)
        expect_sentence(d, i, want[i]);
    tac_doc_free(d);
}

/* Surfaces of the tokens of the whole doc, joined by '|'. */
static char *surfaces(const tac_doc *d)
{
    static char buf[4096];
    size_t o = 0;
    buf[0] = 0;
    for (uint32_t i = 0; i < d->ntokens && o < sizeof buf - 64; i++) {
        const tac_token *t = &d->tokens[i];
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%.*s", i ? "|" : "", (int)(t->span.end - t->span.start),
                              d->src + t->span.start);
    }
    return buf;
}

static void expect_tokens(const char *text, const char *want)
{
    tac_doc *d = seg(text);
    cr_expect_str_eq(surfaces(d), want, "tokens of \"%s\"", text);
    tac_doc_free(d);
}

static const tac_token *find_token(const tac_doc *d, const char *surface)
{
    size_t n = strlen(surface);
    for (uint32_t i = 0; i < d->ntokens; i++) {
        const tac_token *t = &d->tokens[i];
        if (t->span.end - t->span.start == n && memcmp(d->src + t->span.start, surface, n) == 0)
            return t;
    }
    cr_assert_fail("no token \"%s\"", surface);
    return NULL;
}

#define S(...) ((const char *const[]){__VA_ARGS__}), (sizeof((const char *const[]){__VA_ARGS__}) / sizeof(char *))

/* ---- sentences -------------------------------------------------------------- */

Test(sentences, abbreviations_and_titles)
{
    expect_sentences("Gen. Lee met Mr. Smith and Dr. Jones. Lt. Dan came. Sen. Warren and Gov. Newsom spoke.",
                     S("Gen. Lee met Mr. Smith and Dr. Jones.", "Lt. Dan came.", "Sen. Warren and Gov. Newsom spoke."));
    expect_sentences("The U.S. and the U.N. agreed on Sept. 3 in St. Louis. It was No. 5 on the list.",
                     S("The U.S. and the U.N. agreed on Sept. 3 in St. Louis.", "It was No. 5 on the list."));
    expect_sentences("BEIJING, Aug. 24 (Xinhua) -- China and South Africa agreed. Talks began on Feb. 2.",
                     S("BEIJING, Aug. 24 (Xinhua) -- China and South Africa agreed.", "Talks began on Feb. 2."));
}

Test(sentences, abbreviation_at_sentence_end)
{
    expect_sentences("He lives in the U.S. The next day he left. He works for Acme Inc. It pays well.",
                     S("He lives in the U.S.", "The next day he left.", "He works for Acme Inc.", "It pays well."));
    /* "No." is a word, not an abbreviation, when no number follows */
    expect_sentences("The minister said no. Talks resumed.", S("The minister said no.", "Talks resumed."));
}

Test(sentences, initials)
{
    expect_sentences("P.J. Crowley spoke. George W. Bush met Vladimir V. Putin. They agreed.",
                     S("P.J. Crowley spoke.", "George W. Bush met Vladimir V. Putin.", "They agreed."));
}

Test(sentences, decimals_money_ellipsis)
{
    expect_sentences("Prices rose 3.5% to $4.2bn, or 1.2 million yuan. China supports Syria against bullying... "
                     "and will help it. Next.",
                     S("Prices rose 3.5% to $4.2bn, or 1.2 million yuan.",
                       "China supports Syria against bullying... and will help it.", "Next."));
}

Test(sentences, quotations)
{
    /* a closing quote after the period belongs to the sentence; a quotation
     * of several sentences is split like the hand splits of the dev set */
    expect_sentences("\"We will go.\" He said so. “We will fight. We will win,” he said.",
                     S("\"We will go.\"", "He said so.", "“We will fight.", "We will win,” he said."));
    expect_sentences("Medvedev said in remarks. \"... The aggressor has been punished.\"",
                     S("Medvedev said in remarks.", "\"... The aggressor has been punished.\""));
}

Test(sentences, datelines)
{
    expect_sentences("BEIRUT (Reuters) - Syrian troops shelled the town on Monday. Rebels fled.",
                     S("BEIRUT (Reuters) - Syrian troops shelled the town on Monday.", "Rebels fled."));
    expect_sentences("TEHRAN — Iran threatened to close the strait.", S("TEHRAN — Iran threatened to close the strait."));
}

Test(sentences, paragraphs_and_lines)
{
    /* blank lines separate paragraphs; a sentence never crosses one */
    expect_sentences("First paragraph without a period\n\nSecond one.",
                     S("First paragraph without a period", "Second one."));
    /* short wrapped lines: a line break is a space */
    expect_sentences("The two leaders met in the city\nof Hangzhou on Friday.",
                     S("The two leaders met in the city\nof Hangzhou on Friday."));
    /* a list item on its own line ends the sentence before it */
    expect_sentences("They agreed on three points:\n- Trade\n- Energy", S("They agreed on three points:", "- Trade", "- Energy"));
}

Test(sentences, long_lines_are_paragraphs)
{
    const char *t = "Speaking before the press after a meeting with the prime minister at her office in Dhaka, Xi emphasised ties.\n"
                    "- Warm, productive meeting with the prime minister\n"
                    "\"We agreed to elevate ties from a comprehensive partnership to a strategic one,\" Xi said afterwards in Dhaka.";
    expect_sentences(t, S("Speaking before the press after a meeting with the prime minister at her office in Dhaka, Xi emphasised ties.",
                          "- Warm, productive meeting with the prime minister",
                          "\"We agreed to elevate ties from a comprehensive partnership to a strategic one,\" Xi said afterwards in Dhaka."));
}

Test(sentences, headings_are_one_sentence)
{
    const char *t = "China and Syria Announce Partnership. Big News\n\nXi met Assad. They talked.";
    tac_doc *d = tac_doc_new_internal(t, strlen(t), NULL);
    tac_block h = {0, 46, TAC_BLOCK_HEADING, 1, TAC_BLOCKF_TITLE, NULL};
    tac_block p = {48, (uint32_t)strlen(t), TAC_BLOCK_PARA, 0, 0, NULL};
    cr_assert(tac_doc_add_block(d, &h) && tac_doc_add_block(d, &p));
    tac_error err;
    cr_assert_eq(tac_doc_segment(d, &err), TAC_OK);
    cr_assert_eq(d->nsentences, 3);
    expect_sentence(d, 0, "China and Syria Announce Partnership. Big News");
    cr_expect(d->sentences[0].flags & TAC_SENTF_HEADING);
    cr_expect(d->sentences[0].flags & TAC_SENTF_TITLE);
    expect_sentence(d, 1, "Xi met Assad.");
    cr_expect_eq(d->sentences[1].block, 1);
    cr_expect_eq(d->sentences[2].flags & TAC_SENTF_HEADING, 0);
    tac_doc_free(d);
}

Test(sentences, dropped_blocks_and_map)
{
    /* text differs from src: "**Xi** met [Assad](u). Share this!" → text
     * "Xi met Assad. Share this!" with a map; the dropped block is skipped
     * and spans are original offsets */
    const char *src = "**Xi** met [Assad](u). Share this!";
    const char *text = "Xi met Assad. Share this!";
    uint32_t map[] = {2, 3, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34};
    tac_doc *d = tac_doc_new_internal(src, strlen(src), NULL);
    d->text = text;
    d->text_len = (uint32_t)strlen(text);
    d->map = map;
    tac_block a = {0, 13, TAC_BLOCK_PARA, 0, 0, NULL};
    tac_block b = {14, 25, TAC_BLOCK_PARA, 0, 0, "share/follow line"};
    cr_assert(tac_doc_add_block(d, &a) && tac_doc_add_block(d, &b));
    tac_error err;
    cr_assert_eq(tac_doc_segment(d, &err), TAC_OK);
    cr_assert_eq(d->nsentences, 1);
    cr_expect_eq(d->sentences[0].span.start, 2);
    cr_expect_eq(d->sentences[0].span.end, 22);
    const tac_token *t = find_token(d, "Assad");
    cr_expect_eq(t->span.start, 12);
    cr_expect_eq(t->span.end, 17);
    cr_expect_str_eq(tac_tok_norm(d, t), "assad");
    d->map = NULL;   /* stack memory: not the arena's */
    tac_doc_free(d);
}

Test(sentences, idempotent)
{
    tac_doc *d = seg("One. Two.");
    uint32_t n = d->nsentences, k = d->ntokens;
    tac_error err;
    cr_assert_eq(tac_doc_segment(d, &err), TAC_OK);
    cr_expect_eq(d->nsentences, n);
    cr_expect_eq(d->ntokens, k);
    tac_doc_free(d);
}

Test(sentences, empty_and_blank)
{
    tac_doc *d = seg("");
    cr_expect_eq(d->nsentences, 0);
    tac_doc_free(d);
    d = seg("   \n\n \t ");
    cr_expect_eq(d->nsentences, 0);
    tac_doc_free(d);
}

/* ---- limits ------------------------------------------------------------------ */

Test(limits, long_sentence_is_cut_at_a_comma)
{
    tac_limits l;
    tac_limits_default(&l);
    l.max_sentence_tokens = 10;
    const char *t = "one two three four five six, seven eight nine ten eleven twelve.";
    tac_error err;
    tac_doc *d = tac_segment_string(t, strlen(t), &l, &err);
    cr_assert_not_null(d);
    cr_assert_eq(d->nsentences, 2);
    expect_sentence(d, 0, "one two three four five six,");
    expect_sentence(d, 1, "seven eight nine ten eleven twelve.");
    cr_expect(d->sentences[0].flags & TAC_SENTF_SPLIT);
    for (uint32_t i = 0; i < d->nsentences; i++)
        cr_expect_leq(d->sentences[i].ntokens, 10);
    tac_doc_free(d);
}

Test(limits, bytes_and_no_quadratic_time)
{
    /* 4 MB of words with no punctuation: cut at max_sentence_bytes, linear */
    size_t n = 4u << 20;
    char *s = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        s[i] = (i % 6 == 5) ? ' ' : 'a' + (char)(i % 7);
    s[n] = 0;
    tac_limits l;
    tac_limits_default(&l);
    l.max_article_bytes = 8u << 20;
    l.max_sentences = 1u << 20;
    tac_error err;
    tac_doc *d = tac_segment_string(s, n, &l, &err);
    cr_assert_not_null(d, "%s", err.message);
    for (uint32_t i = 0; i < d->nsentences; i++) {
        cr_assert_leq(d->sentences[i].span.end - d->sentences[i].span.start, l.max_sentence_bytes);
        cr_assert_leq(d->sentences[i].ntokens, l.max_sentence_tokens);
    }
    cr_expect_gt(d->nsentences, n / 4096);
    tac_doc_free(d);
    free(s);
}

Test(limits, one_huge_token)
{
    size_t n = 10000;
    char *s = malloc(n + 1);
    memset(s, 'x', n);
    s[n] = 0;
    tac_doc *d = seg(s);
    for (uint32_t i = 0; i < d->ntokens; i++)
        cr_expect_leq(d->tokens[i].span.end - d->tokens[i].span.start, TAC_MAX_TOKEN_BYTES);
    cr_expect_eq(d->tokens[d->ntokens - 1].span.end, n);
    tac_doc_free(d);
    free(s);
}

Test(limits, too_many_sentences_is_an_error)
{
    tac_limits l;
    tac_limits_default(&l);
    l.max_sentences = 3;
    const char *t = "One. Two. Three. Four. Five.";
    tac_error err = {0};
    tac_doc *d = tac_doc_new_internal(t, strlen(t), &l);
    cr_assert_eq(tac_doc_segment(d, &err), TAC_ERR_LIMIT);
    cr_expect_eq(err.position, 17);   /* where the fourth sentence starts */
    cr_expect_eq(d->nsentences, 0);
    cr_expect_not(d->segmented);
    tac_doc_free(d);
}

Test(limits, invalid_utf8_does_not_crash)
{
    const char t[] = "Assad \xff\xfe met \xc3 Xi. \xe2\x80 Then \xf0\x9f left.\xc3";
    tac_doc *d = seg(t);
    cr_expect_geq(d->nsentences, 1);
    for (uint32_t i = 0; i < d->ntokens; i++) {
        cr_assert_leq(d->tokens[i].span.end, sizeof t - 1);
        cr_assert_lt(d->tokens[i].span.start, d->tokens[i].span.end);
    }
    find_token(d, "Assad");
    find_token(d, "Xi");
    tac_doc_free(d);
}

/* ---- tokens ------------------------------------------------------------------- */

Test(tokens, words_hyphens_clitics)
{
    expect_tokens("Assad's al-Assad China-Syria didn't O'Brien they're",
                  "Assad|'s|al-Assad|China-Syria|did|n't|O'Brien|they|'re");
    expect_tokens("Syria’s allies’ “can’t”", "Syria|’s|allies|’|“|ca|n’t|”");
}

Test(tokens, numbers_money_percent)
{
    expect_tokens("$4bn 3.5% 1,200 10:30 1990s 24-hour ’80s -5",
                  "$|4bn|3.5|%|1,200|10:30|1990s|24-hour|’80s|-|5");
    tac_doc *d = seg("$4bn rose 3.5%.");
    cr_expect_eq(find_token(d, "$")->kind, TAC_TOK_SYMBOL);
    cr_expect_eq(find_token(d, "4bn")->kind, TAC_TOK_NUMBER);
    cr_expect_eq(find_token(d, "3.5")->kind, TAC_TOK_NUMBER);
    cr_expect_eq(find_token(d, ".")->kind, TAC_TOK_PUNCT);
    tac_doc_free(d);
}

Test(tokens, abbreviations_keep_period)
{
    tac_doc *d = seg("The U.S. envoy met Gen. Smith at 9 a.m. in Washington.");
    cr_expect_str_eq(surfaces(d), "The|U.S.|envoy|met|Gen.|Smith|at|9|a.m.|in|Washington|.");
    cr_expect(find_token(d, "U.S.")->flags & TAC_TOKF_ABBREV);
    cr_expect(find_token(d, "Gen.")->flags & TAC_TOKF_ABBREV);
    cr_expect_not(find_token(d, "Washington")->flags & TAC_TOKF_ABBREV);
    cr_expect_str_eq(tac_tok_norm(d, find_token(d, "U.S.")), "u.s.");
    tac_doc_free(d);
}

Test(tokens, punctuation_runs)
{
    expect_tokens("Wait... no -- yes!? (ok) [x]", "Wait|...|no|--|yes|!|?|(|ok|)|[|x|]");
}

Test(tokens, flags)
{
    tac_doc *d = seg("NATO said: \"We will act.\" Xi agreed.");
    const tac_token *nato = find_token(d, "NATO");
    cr_expect(nato->flags & TAC_TOKF_CAP);
    cr_expect(nato->flags & TAC_TOKF_ALLCAPS);
    cr_expect(nato->flags & TAC_TOKF_SENT_START);
    cr_expect(find_token(d, "said")->flags & TAC_TOKF_SPACE_BEFORE);
    cr_expect_not(find_token(d, ":")->flags & TAC_TOKF_SPACE_BEFORE);
    cr_expect(find_token(d, "We")->flags & TAC_TOKF_QUOTE);
    cr_expect(find_token(d, "act")->flags & TAC_TOKF_QUOTE);
    cr_expect_not(find_token(d, "Xi")->flags & TAC_TOKF_QUOTE);
    cr_expect(find_token(d, "Xi")->flags & TAC_TOKF_SENT_START);
    cr_expect_not(find_token(d, "Xi")->flags & TAC_TOKF_ALLCAPS);
    cr_expect_not(find_token(d, "agreed")->flags & TAC_TOKF_CAP);
    tac_doc_free(d);
}

Test(tokens, norm_curly_quotes_accents)
{
    tac_doc *d = seg("Côte d’Ivoire’s ÉLYSÉE");
    cr_expect_str_eq(tac_tok_norm(d, find_token(d, "d’Ivoire")), "d'ivoire");
    cr_expect_str_eq(tac_tok_norm(d, find_token(d, "’s")), "'s");
    cr_expect(find_token(d, "ÉLYSÉE")->flags & TAC_TOKF_ALLCAPS);
    tac_doc_free(d);
}

Test(tokens, spans_are_original_bytes)
{
    const char *t = "  Xi Jinping, China’s president, met Assad.\n\nThey talked.";
    tac_doc *d = seg(t);
    for (uint32_t i = 0; i < d->ntokens; i++) {
        const tac_token *k = &d->tokens[i];
        cr_assert_lt(k->span.start, k->span.end);
        cr_assert_leq(k->span.end, strlen(t));
        if (i)
            cr_assert_geq(k->span.start, d->tokens[i - 1].span.end);
    }
    for (uint32_t i = 0; i < d->nsentences; i++) {
        const tac_sentence *s = &d->sentences[i];
        cr_assert_eq(s->span.start, d->tokens[s->first_token].span.start);
        cr_assert_eq(s->span.end, d->tokens[s->first_token + s->ntokens - 1].span.end);
    }
    tac_doc_free(d);
}

/* ---- tagger and lemmas ----------------------------------------------------------- */

static void expect_tag(const tac_doc *d, const char *surface, const char *pos, const char *lemma)
{
    const tac_token *t = find_token(d, surface);
    cr_expect_str_eq(tac_pos_name(t->pos), pos, "tag of \"%s\"", surface);
    if (lemma)
        cr_expect_str_eq(tac_tok_lemma(d, t), lemma, "lemma of \"%s\"", surface);
}

Test(tagger, tables_match_states)
{
    cr_assert_str_eq(tac_lex_state_names, "nn punc nnp dt in jj nns cd rb vbd vb prp cc of to vbz vbn vbg "
                                          "vbp md pos wdt jjr wp nnps wrb jjs rbr rp ex rbs pdt fw uh sym ls");
    for (uint8_t p = 1; p < TAC_POS_COUNT; p++)
        cr_expect_eq(tac_pos_from_name(tac_pos_name(p)), p);
}

Test(tagger, verbs_and_lemmas)
{
    if (tac_lex_count == 0)
        cr_skip_test("festlex-poslex was not installed at build time");
    tac_doc *d = seg("Russian troops attacked the town. Xi met Assad and they fought. The talks collapsed.");
    expect_tag(d, "attacked", "VBD", "attack");
    expect_tag(d, "met", "VBD", "meet");
    expect_tag(d, "fought", "VBD", "fight");
    expect_tag(d, "troops", "NNS", "troop");
    expect_tag(d, "talks", "NNS", "talk");
    expect_tag(d, "Xi", "NNP", "xi");
    expect_tag(d, "the", "DT", "the");
    expect_tag(d, ".", ".", NULL);
    tac_doc_free(d);
}

Test(tagger, noun_or_verb_in_context)
{
    if (tac_lex_count == 0)
        cr_skip_test("festlex-poslex was not installed at build time");
    tac_doc *d = seg("He talks to her about her plans.");
    expect_tag(d, "talks", "VBZ", "talk");
    expect_tag(d, "plans", "NNS", "plan");
    tac_doc_free(d);
    d = seg("China will sign a deal. The ministry has expelled the diplomats.");
    expect_tag(d, "will", "MD", NULL);
    expect_tag(d, "sign", "VB", "sign");
    expect_tag(d, "deal", "NN", NULL);
    expect_tag(d, "has", "VBZ", "have");
    expect_tag(d, "expelled", "VBN", "expel");
    expect_tag(d, "diplomats", "NNS", "diplomat");
    tac_doc_free(d);
}

Test(tagger, main_verb_rules)
{
    if (tac_lex_count == 0)
        cr_skip_test("festlex-poslex was not installed at build time");
    /* a sentence's main verb after an apposition is VBD, not VBN */
    tac_doc *d = seg("Xi and his counterpart, Bashar al-Assad, announced on Friday that they would upgrade ties.");
    expect_tag(d, "announced", "VBD", "announce");
    expect_tag(d, "would", "MD", NULL);
    tac_doc_free(d);
    /* a plural noun before a past tense, not VBZ + VBN */
    d = seg("Five years after crowds burned down its embassy.");
    expect_tag(d, "crowds", "NNS", "crowd");
    expect_tag(d, "burned", "VBD", "burn");
    tac_doc_free(d);
    /* but a participle stays one after an auxiliary or before "by" */
    d = seg("The embassy was burned by crowds.");
    expect_tag(d, "burned", "VBN", "burn");
    tac_doc_free(d);
}

Test(tagger, clitics_and_punctuation)
{
    if (tac_lex_count == 0)
        cr_skip_test("festlex-poslex was not installed at build time");
    tac_doc *d = seg("Assad's ally didn't \"agree\", (he said).");
    expect_tag(d, "'s", "POS", NULL);
    expect_tag(d, "n't", "RB", "not");
    expect_tag(d, ",", ",", NULL);
    expect_tag(d, "(", "-LRB-", NULL);
    expect_tag(d, ")", "-RRB-", NULL);
    expect_tag(d, "said", "VBD", "say");
    tac_doc_free(d);
}

Test(tagger, unknown_words)
{
    tac_doc *d = seg("The Zorblatt envoy was glorbifying the treaty.");
    expect_tag(d, "Zorblatt", "NNP", NULL);
    const tac_token *t = find_token(d, "glorbifying");
    cr_expect_eq(t->pos, TAC_POS_VBG);
    tac_doc_free(d);
}

Test(lemmas, rules_without_context)
{
    char b[64];
    struct { const char *w, *pos, *lemma; } cases[] = {
        {"countries", "NNS", "country"}, {"children", "NNS", "child"}, {"news", "NNS", "news"},
        {"was", "VBD", "be"}, {"is", "VBZ", "be"}, {"stopped", "VBD", "stop"}, {"agreed", "VBN", "agree"},
        {"making", "VBG", "make"}, {"denies", "VBZ", "deny"}, {"better", "JJR", "good"},
        {"largest", "JJS", "large"}, {"crises", "NNS", "crisis"}, {"pledged", "VBD", "pledge"},
        {"said", "VBD", "say"}, {"threatened", "VBD", "threaten"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = tac_lemmatize(cases[i].w, strlen(cases[i].w), tac_pos_from_name(cases[i].pos), b, sizeof b);
        cr_expect_str_eq(b, cases[i].lemma, "lemma of %s/%s", cases[i].w, cases[i].pos);
        cr_expect_eq(n, strlen(b));
    }
}

/* The one-sentence test that spares ICU's iterator must never claim "no
 * boundary inside" where ICU finds one: random texts from fragments that
 * matter to UAX #29 (terminals ASCII and not, closers, spaces, line and
 * paragraph separators, SContinue, an Extend character, invalid UTF-8),
 * checked against ICU's "en@ss=standard" over the same widened copy. */
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

Test(segment, one_sentence_shortcut_agrees_with_icu)
{
    static const char *const frag[] = {
        "a", "B", "word", " ", "  ", ".", "!", "?", "\"", "'", ")", "(", ",", ";", ":", "\n", "\r\n",
        "\xE2\x80\x9D", "\xE2\x80\x99", "\xC3\xA9", "\xE3\x80\x82", "\xE2\x80\xA9", "\xE2\x80\x8D",
        "\xC2\xA0", "1", "U.S.", "Mr.", "\xFF", "\xC2\x85", "\xD8\x9F", "...", "\t", "Za",
    };
    size_t nf = sizeof frag / sizeof *frag;
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, "en@ss=standard", NULL, 0, &st);
    cr_assert(U_SUCCESS(st));
    unsigned seed = 12345;
    int claimed = 0, total = 20000;
    for (int iter = 0; iter < total; iter++) {
        char text[256];
        size_t len = 0;
        int parts = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 12;
        for (int p = 0; p < parts; p++) {
            const char *f = frag[((seed = seed * 1103515245u + 12345u) >> 16) % nf];
            size_t fl = strlen(f);
            memcpy(text + len, f, fl);
            len += fl;
        }
        if (!tac_seg_one_sentence(text, len))
            continue;
        claimed++;
        UChar u[512];
        int32_t ul = 0;
        for (size_t i = 0; i < len;) {
            size_t q = i;
            int32_t cp = tac_utf8_next(text, len, &q);
            if (cp < 0)
                cp = 0xFFFD;
            if (cp == '\n' || cp == '\r')
                cp = ' ';
            U16_APPEND_UNSAFE(u, ul, cp);
            i = q;
        }
        st = U_ZERO_ERROR;
        ubrk_setText(bi, u, ul, &st);
        cr_assert(U_SUCCESS(st));
        int32_t b = ubrk_next(bi);
        cr_assert(b == UBRK_DONE || b >= ul, "ICU breaks at %d inside \"%.*s\"", b, (int)len, text);
    }
    ubrk_close(bi);
    /* the shortcut must also be worth having */
    cr_assert_gt(claimed, total / 10, "claimed %d of %d", claimed, total);
}
