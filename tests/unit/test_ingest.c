/* Ingest: formats, text layer and offset map, blocks, metadata, boilerplate,
 * limits and bad input. Example texts are written for these tests. */
#include <criterion/criterion.h>
#include "ingest/ingest.h"
#include <stdlib.h>

static tac_doc *read_ok(const char *s, tac_format fmt)
{
    tac_doc *d = NULL;
    tac_error err = {0};
    tac_status st = tac_doc_read(s, strlen(s), fmt, "t", NULL, &d, &err);
    cr_assert_eq(st, TAC_OK, "read failed: %s (%s) at %llu", err.message, err.detail,
                 (unsigned long long)err.position);
    return d;
}

/* The block whose text equals s, or -1. */
static int block_with(const tac_doc *d, const char *s)
{
    for (uint32_t i = 0; i < d->nblocks; i++) {
        const tac_block *b = &d->blocks[i];
        if (b->tend - b->tstart == strlen(s) && !memcmp(d->text + b->tstart, s, strlen(s)))
            return (int)i;
    }
    return -1;
}

static const char *reason_of(const tac_doc *d, const char *s)
{
    int i = block_with(d, s);
    cr_assert_geq(i, 0, "no block \"%s\"", s);
    return d->blocks[i].drop_reason;
}

/* Every text byte that came from the input maps to the same byte; the map
 * never goes backwards and stays inside the input. */
static void check_map(const tac_doc *d)
{
    if (!d->map) {
        cr_assert_eq(d->text, d->src);
        return;
    }
    cr_assert_leq(d->map[d->text_len], d->src_len);
    for (uint32_t i = 0; i < d->text_len; i++) {
        cr_assert_lt(d->map[i], d->src_len + 1);
        if (i)
            cr_assert_geq(d->map[i], d->map[i - 1], "map goes backwards at %u", i);
    }
    for (uint32_t i = 0; i < d->nblocks; i++) {
        const tac_block *b = &d->blocks[i];
        for (uint32_t t = b->tstart; t < b->tend; t++) {
            unsigned char c = (unsigned char)d->text[t];
            /* inserted spaces (soft breaks) and decoded entities excepted */
            if (c == ' ' || d->src[d->map[t]] == '&' || d->src[d->map[t]] == ';')
                continue;
            cr_assert_eq(c, (unsigned char)d->src[d->map[t]], "text[%u]='%c' but src[%u]='%c'", t, c,
                         d->map[t], d->src[d->map[t]]);
        }
    }
}

Test(format, names_and_detection)
{
    cr_assert_str_eq(tac_format_name(TAC_FORMAT_MARKDOWN), "markdown");
    cr_assert_eq(tac_format_from_name("md"), TAC_FORMAT_MARKDOWN);
    cr_assert_eq(tac_format_from_name("jsonl"), TAC_FORMAT_JSONL);
    cr_assert_eq(tac_format_from_name("text"), TAC_FORMAT_TEXT);
    cr_assert_lt((int)tac_format_from_name("pdf"), 0);
    cr_assert_eq(tac_format_detect("a/b.md", "plain", 5), TAC_FORMAT_MARKDOWN);
    cr_assert_eq(tac_format_detect("x.JSONL", "", 0), TAC_FORMAT_JSONL);
    cr_assert_eq(tac_format_detect(NULL, "  {\"text\":\"a\"}\n", 15), TAC_FORMAT_JSONL);
    cr_assert_eq(tac_format_detect(NULL, "# Title\n\nBody.", 14), TAC_FORMAT_MARKDOWN);
    cr_assert_eq(tac_format_detect(NULL, "Body with a [link](x).", 22), TAC_FORMAT_MARKDOWN);
    cr_assert_eq(tac_format_detect(NULL, "Plain news text.\n\nMore.", 23), TAC_FORMAT_TEXT);
    cr_assert_eq(tac_format_detect(NULL, "<!DOCTYPE html><html>", 21), TAC_FORMAT_HTML);
    cr_assert_eq(tac_format_detect("notes", "Plain.", 6), TAC_FORMAT_TEXT);
}

Test(plain, paragraphs_lines_and_identity_map)
{
    const char *s = "Leaders Meet in Geneva\n\n"
                    "GENEVA (Wire) - The two foreign ministers met on Monday for talks that\n"
                    "officials described as frank and long, the first such meeting in a\n"
                    "year, according to a statement from both delegations after the\n"
                    "session ended.\n\n"
                    "They agreed to meet again.\n";
    tac_doc *d = read_ok(s, TAC_FORMAT_TEXT);
    cr_assert_null(d->map);
    cr_assert_eq(d->nblocks, 3);
    cr_assert_str_eq(d->title, "Leaders Meet in Geneva");
    cr_assert_str_eq(d->blocks[0].drop_reason, "metadata: title");
    /* the hard-wrapped paragraph is one block */
    cr_assert_null(d->blocks[1].drop_reason);
    cr_assert(!strncmp(d->text + d->blocks[1].tstart, "GENEVA", 6));
    cr_assert(!strncmp(d->text + d->blocks[1].tend - 14, "session ended.", 14));
    cr_assert_null(d->blocks[2].drop_reason);
    tac_doc_free(d);
}

Test(plain, one_item_per_line_is_split)
{
    const char *s = "Officials met in the capital on Tuesday and signed an agreement on trade that both sides called historic.\n"
                    "The agreement covers tariffs on steel, grain and fertiliser, and sets up a joint committee.\n"
                    "Talks will resume in March.\n";
    tac_doc *d = read_ok(s, TAC_FORMAT_TEXT);
    cr_assert_eq(d->nblocks, 3);
    for (int i = 0; i < 3; i++)
        cr_assert_null(d->blocks[i].drop_reason);
    tac_doc_free(d);
}

Test(markdown, markup_removed_offsets_kept)
{
    const char *s = "# A **Bold** Title\n\n"
                    "The *minister* said \\*nothing\\* about [the deal](http://x.example/) &amp; left.\n\n"
                    "Second paragraph with an entity &#8212; here.\n";
    tac_doc *d = read_ok(s, TAC_FORMAT_MARKDOWN);
    cr_assert_not_null(d->map);
    check_map(d);
    int p = block_with(d, "The minister said *nothing* about the deal & left.");
    cr_assert_geq(p, 0, "text: %.*s", (int)d->text_len, d->text);
    const tac_block *b = &d->blocks[p];
    /* block start maps to 'T', end to just after the final '.' */
    cr_assert_eq(d->src[d->map[b->tstart]], 'T');
    uint32_t end = tac_doc_src_off(d, b->tend);
    cr_assert_eq(d->src[end - 1], '.');
    cr_assert_eq(d->src[end], '\n');
    /* the decoded '&' maps to the start of "&amp;" */
    const char *amp = memchr(d->text + b->tstart, '&', b->tend - b->tstart);
    cr_assert_not_null(amp);
    cr_assert(!strncmp(d->src + d->map[amp - d->text], "&amp;", 5));
    cr_assert_geq(block_with(d, "Second paragraph with an entity \xE2\x80\x94 here."), 0);
    cr_assert_str_eq(d->title, "A Bold Title");
    tac_doc_free(d);
}

Test(markdown, soft_breaks)
{
    /* a wrapped paragraph stays one block; metadata lines become blocks */
    const char *s = "The delegation arrived in the capital late on Sunday evening and\n"
                    "was met at the airport by the deputy foreign minister, who said the\n"
                    "visit would strengthen ties between the two countries.\n\n"
                    "By Jane Roe\n"
                    "Daily Courier, 3 March 2024\n";
    tac_doc *d = read_ok(s, TAC_FORMAT_MARKDOWN);
    check_map(d);
    cr_assert_eq(d->nblocks, 3, "%u blocks", d->nblocks);
    cr_assert_null(d->blocks[0].drop_reason);
    cr_assert_str_eq(reason_of(d, "By Jane Roe"), "metadata: byline");
    cr_assert_str_eq(d->byline, "Jane Roe");
    cr_assert_str_eq(d->outlet, "Daily Courier");
    char buf[11];
    tac_date_format(d->published, buf);
    cr_assert_str_eq(buf, "2024-03-03");
    tac_doc_free(d);
}

Test(markdown, hard_break_splits_and_dropped_span_covers_markup)
{
    const char *s = "Body sentence one is here and it is long enough to count as prose.\n\n"
                    "The original source of this article is [Harbour Times](#)  \n"
                    "Copyright \xC2\xA9 [Harbour Times](#), 2024\n";
    tac_doc *d = read_ok(s, TAC_FORMAT_MARKDOWN);
    check_map(d);
    cr_assert_str_eq(d->original_source, "Harbour Times");
    cr_assert_str_eq(reason_of(d, "The original source of this article is Harbour Times"), "metadata: original source");
    cr_assert_str_eq(reason_of(d, "Copyright \xC2\xA9 Harbour Times, 2024"), "copyright notice");
    cr_assert_eq(d->ndropped, 2);
    /* the dropped span is the whole source line, link markup included */
    const tac_dropped *x = &d->dropped[1];
    cr_assert_eq(d->src[x->span.start], 'C');
    cr_assert_eq(d->src[x->span.end - 1], '4');
    cr_assert_eq(d->src[x->span.end], '\n');
    tac_doc_free(d);
}

Test(metadata, republished_page)
{
    const char *s = "# Port Deal Signed\n\n"
                    "A summary line under the headline without a full stop\n\n"
                    "By [Harbour Times](#)\n\n"
                    "Weekly Review, March 5, 2024\n\n"
                    "[Harbour Times](#) 3 March 2024\n\n"
                    "Region: [Europe](#), [Baltic](#)\n\n"
                    "Theme: [Trade](#)\n\n"
                    "The two governments signed the port agreement on Sunday in the presence of both prime ministers.\n\n"
                    "The original source of this article is [Harbour Times](#)\n";
    tac_doc *d = read_ok(s, TAC_FORMAT_MARKDOWN);
    check_map(d);
    char buf[11];
    cr_assert_str_eq(d->title, "Port Deal Signed");
    cr_assert_str_eq(d->outlet, "Weekly Review");
    cr_assert_str_eq(d->byline, "Harbour Times");
    cr_assert_str_eq(d->original_source, "Harbour Times");
    tac_date_format(d->published, buf);
    cr_assert_str_eq(buf, "2024-03-05");
    tac_date_format(d->original_published, buf);
    cr_assert_str_eq(buf, "2024-03-03");
    cr_assert_eq(tac_doc_reference_date(d), d->original_published);
    cr_assert_eq(d->ntags, 3);
    cr_assert_str_eq(d->tags[0], "Europe");
    cr_assert_str_eq(d->tags[1], "Baltic");
    cr_assert_str_eq(d->tags[2], "Trade");
    cr_assert_str_eq(reason_of(d, "A summary line under the headline without a full stop"), "standfirst");
    cr_assert_null(reason_of(d, "The two governments signed the port agreement on Sunday in the presence of both prime ministers."));
    /* dropped spans are ordered and inside the input */
    for (uint32_t i = 0; i < d->ndropped; i++) {
        cr_assert_leq(d->dropped[i].span.end, d->src_len);
        cr_assert_lt(d->dropped[i].span.start, d->dropped[i].span.end);
        if (i)
            cr_assert_geq(d->dropped[i].span.start, d->dropped[i - 1].span.end);
    }
    tac_doc_free(d);
}

Test(metadata, dates_in_text)
{
    int32_t days;
    size_t a, b;
    char buf[11];
    struct { const char *s, *want; } cases[] = {
        {"Global Review, September 25, 2023", "2023-09-25"},
        {"Harbour Times 23 September 2023", "2023-09-23"},
        {"Updated: 2008-08-13 06:56", "2008-08-13"},
        {"on Sept. 4, 2019 in the capital", "2019-09-04"},
        {"Tuesday, June 2, 2009.", "2009-06-02"},
        {"the 1st of May", NULL},
        {"Feb 30, 2023", NULL},
        {"3 Mayday 2020", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        bool ok = tac_find_date(cases[i].s, strlen(cases[i].s), &days, &a, &b);
        if (!cases[i].want) {
            cr_assert(!ok, "found a date in \"%s\"", cases[i].s);
            continue;
        }
        cr_assert(ok, "no date in \"%s\"", cases[i].s);
        tac_date_format(days, buf);
        cr_assert_str_eq(buf, cases[i].want);
    }
}

Test(boilerplate, reasons)
{
    const char *s = "Ministers from both countries met in the capital on Monday and agreed to resume talks on the border.\n\n"
                    "Follow us on Instagram and subscribe to our channel for more.\n\n"
                    "Note to readers: please share this page.\n\n"
                    "Featured image: A harbour at dusk (Licensed under CC BY 2.0)\n\n"
                    "Copyright \xC2\xA9 Example Press 2024. All rights reserved.\n\n"
                    "Disclaimer: The views are the author's own.\n\n"
                    "This site contains copyrighted material under the fair use provisions of copyright law.\n\n"
                    "For media inquiries: desk@example.org\n\n"
                    "* * *\n\n"
                    "Join our Telegram channel to get the latest updates\n\n"
                    "The prime minister (L) greets the visiting president in the capital.\n\n"
                    "Soldiers patrol a market in the north of the country / AFP / JOHN DOE\n\n"
                    "Home > World > Europe\n\n"
                    "Read more: Earlier talks collapsed\n\n"
                    "The minister said the border would reopen next week after the talks.\n";
    tac_doc *d = read_ok(s, TAC_FORMAT_TEXT);
    cr_assert_null(reason_of(d, "Ministers from both countries met in the capital on Monday and agreed to resume talks on the border."));
    cr_assert_str_eq(reason_of(d, "Follow us on Instagram and subscribe to our channel for more."), "share/follow/subscribe line");
    cr_assert_str_eq(reason_of(d, "Note to readers: please share this page."), "reader note");
    cr_assert_str_eq(reason_of(d, "Featured image: A harbour at dusk (Licensed under CC BY 2.0)"), "image caption");
    cr_assert_str_eq(reason_of(d, "Copyright \xC2\xA9 Example Press 2024. All rights reserved."), "copyright notice");
    cr_assert_str_eq(reason_of(d, "Disclaimer: The views are the author's own."), "disclaimer");
    cr_assert_str_eq(reason_of(d, "This site contains copyrighted material under the fair use provisions of copyright law."), "fair-use notice");
    cr_assert_str_eq(reason_of(d, "For media inquiries: desk@example.org"), "contact line");
    cr_assert_str_eq(reason_of(d, "* * *"), "separator");
    cr_assert_str_eq(reason_of(d, "Join our Telegram channel to get the latest updates"), "share/follow/subscribe line");
    cr_assert_str_eq(reason_of(d, "The prime minister (L) greets the visiting president in the capital."), "image caption");
    cr_assert_str_eq(reason_of(d, "Soldiers patrol a market in the north of the country / AFP / JOHN DOE"), "image caption");
    cr_assert_str_eq(reason_of(d, "Home > World > Europe"), "navigation");
    cr_assert_str_eq(reason_of(d, "Read more: Earlier talks collapsed"), "related links");
    cr_assert_null(reason_of(d, "The minister said the border would reopen next week after the talks."));
    tac_doc_free(d);
}

Test(boilerplate, prose_that_looks_like_cues_is_kept)
{
    const char *s = "Talks Resume\n\n"
                    "By Tuesday, the troops had withdrawn from the two villages near the border, officials said.\n\n"
                    "Follow-up talks are planned for May, when both delegations will return to the capital.\n\n"
                    "Donated grain arrived in the port on Friday, the aid agency said in a statement.\n\n"
                    "Join talks between the rebels and the government collapsed in 2019 after a deadly attack.\n\n"
                    "Copyright disputes between the two firms were not discussed at the summit, diplomats said.\n\n"
                    "The share of exports going to the bloc rose to 40 percent last year.\n";
    tac_doc *d = read_ok(s, TAC_FORMAT_TEXT);
    for (uint32_t i = 1; i < d->nblocks; i++)
        cr_assert_null(d->blocks[i].drop_reason, "dropped prose (%s): %.*s", d->blocks[i].drop_reason,
                       (int)(d->blocks[i].tend - d->blocks[i].tstart), d->text + d->blocks[i].tstart);
    cr_assert_null(d->byline);
    tac_doc_free(d);
}

Test(json, record_fields_and_offsets)
{
    const char *line = "{\"id\":\"n1\",\"url\":\"https://news.example/a\",\"published\":\"2024-05-06T10:00:00Z\","
                       "\"title\":\"Ceasefire Holds\",\"extra\":[1,2,{\"x\":null}],"
                       "\"content\":\"Ceasefire Holds\\n\\nCaf\\u00e9 owners reopened on Monday in the old city.\"}";
    tac_doc *d = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_doc_read_json(line, strlen(line), NULL, &d, &err), TAC_OK, "%s", err.message);
    cr_assert_str_eq(d->id, "n1");
    cr_assert_str_eq(d->url, "https://news.example/a");
    cr_assert_str_eq(d->title, "Ceasefire Holds");
    char buf[11];
    tac_date_format(d->published, buf);
    cr_assert_str_eq(buf, "2024-05-06");
    /* offsets refer to the decoded text: "Café" is 5 bytes there */
    cr_assert_eq(d->src_len, strlen("Ceasefire Holds\n\nCaf\xC3\xA9 owners reopened on Monday in the old city."));
    int b = block_with(d, "Caf\xC3\xA9 owners reopened on Monday in the old city.");
    cr_assert_geq(b, 0);
    cr_assert_eq(d->blocks[b].tstart, 17);
    cr_assert_null(d->blocks[b].drop_reason);
    cr_assert_str_eq(d->blocks[0].drop_reason, "metadata: title");
    tac_doc_free(d);
}

Test(json, body_and_date_variants)
{
    const char *line = "{\"date\":\"20240102\",\"body\":\"Both sides signed the accord.\"}";
    tac_doc *d = NULL;
    cr_assert_eq(tac_doc_read_json(line, strlen(line), NULL, &d, NULL), TAC_OK);
    char buf[11];
    tac_date_format(d->published, buf);
    cr_assert_str_eq(buf, "2024-01-02");
    cr_assert_null(d->id);
    tac_doc_free(d);
}

/* Records the fast reader takes and records it leaves to json-c must read the
 * same: escapes (surrogate pairs, "\/"), a repeated member (json-c: the last
 * wins), a numeric id, a non-string text before a string synonym, the
 * whitespace JSON allows. */
static char *src_of(const char *line, const char **id)
{
    tac_doc *d = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_doc_read_json(line, strlen(line), NULL, &d, &err), TAC_OK, "%s: %s", line, err.message);
    char *s = strndup(d->src, d->src_len);
    *id = d->id ? strdup(d->id) : NULL;
    tac_doc_free(d);
    return s;
}

Test(json, fast_reader_agrees_with_json_c)
{
    static const struct { const char *line, *src, *id; } cases[] = {
        {"{\"id\":\"a\\\"b\",\"text\":\"x \\ud83d\\ude00 \\u00e9\\t\\/ y.\"}", "x \xF0\x9F\x98\x80 \xC3\xA9\t/ y.", "a\"b"},
        {" {\"text\" : \"first.\" , \"text\" : \"second.\"} \t", "second.", NULL},
        {"{\"id\":42,\"text\":\"numeric id.\"}", "numeric id.", "42"},
        {"{\"text\":null,\"content\":\"from content.\",\"n\":-1.5e+3,\"o\":{\"a\":[true,false,null,{}]}}",
         "from content.", NULL},
        {"{\"te\\u0078t\":\"escaped key.\"}", "escaped key.", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *id;
        char *src = src_of(cases[i].line, &id);
        cr_assert_str_eq(src, cases[i].src, "case %zu", i);
        if (cases[i].id)
            cr_assert_str_eq(id, cases[i].id, "case %zu", i);
        else
            cr_assert_null(id, "case %zu", i);
        free(src);
        free((char *)id);
    }
    /* what json-c reads leniently (a trailing comma, a leading zero, a lone
     * surrogate) is still read; its errors stay errors */
    static const char *const lenient[] = {"{\"text\":\"a.\",}", "{\"text\":\"a.\", \"n\": 01}",
                                          "{\"text\":\"a\\ud800.\"}"};
    for (size_t i = 0; i < sizeof lenient / sizeof *lenient; i++) {
        tac_doc *d = NULL;
        cr_assert_eq(tac_doc_read_json(lenient[i], strlen(lenient[i]), NULL, &d, NULL), TAC_OK, "%s", lenient[i]);
        tac_doc_free(d);
    }
    static const char *const bad[] = {"{\"text\":\"a\"} x", "{\"text\":\"a\\u0000b\"}", "{\"text\":\"a\" \"id\":1}"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        tac_doc *d = NULL;
        tac_error err = {0};
        cr_assert_neq(tac_doc_read_json(bad[i], strlen(bad[i]), NULL, &d, &err), TAC_OK, "%s", bad[i]);
        cr_assert_null(d);
    }
}

Test(bad_input, errors_with_positions)
{
    tac_doc *d = NULL;
    tac_error err = {0};
    const char bad_utf8[] = "Good text.\n\xC3\x28 broken";
    cr_assert_eq(tac_doc_read(bad_utf8, sizeof bad_utf8 - 1, TAC_FORMAT_TEXT, NULL, NULL, &d, &err), TAC_ERR_UTF8);
    cr_assert_eq(err.position, 11);
    tac_error_locate(&err, bad_utf8, sizeof bad_utf8 - 1);
    cr_assert_eq(err.line, 2);
    cr_assert_eq(err.column, 1);
    cr_assert_null(d);

    const char nul[] = "abc\0def";
    cr_assert_eq(tac_doc_read(nul, 7, TAC_FORMAT_MARKDOWN, NULL, NULL, &d, &err), TAC_ERR_BINARY);
    cr_assert_eq(err.position, 3);

    cr_assert_eq(tac_doc_read(" \n\t\n", 4, TAC_FORMAT_TEXT, NULL, NULL, &d, &err), TAC_ERR_EMPTY);
    cr_assert_eq(tac_doc_read("", 0, TAC_FORMAT_MARKDOWN, NULL, NULL, &d, &err), TAC_ERR_EMPTY);

    const char *j1 = "{\"id\":\"x\",\"text\":\"abc\"";
    cr_assert_eq(tac_doc_read_json(j1, strlen(j1), NULL, &d, &err), TAC_ERR_FORMAT);
    const char *j2 = "{\"id\":\"x\",\"text\": tru}";
    cr_assert_eq(tac_doc_read_json(j2, strlen(j2), NULL, &d, &err), TAC_ERR_FORMAT);
    cr_assert_gt(err.position, 10);
    cr_assert_lt(err.position, strlen(j2));
    const char *j3 = "{\"id\":\"x\"}";
    cr_assert_eq(tac_doc_read_json(j3, strlen(j3), NULL, &d, &err), TAC_ERR_FORMAT);
    const char *j4 = "{\"text\":\"a\\u0000b\"}";
    cr_assert_eq(tac_doc_read_json(j4, strlen(j4), NULL, &d, &err), TAC_ERR_BINARY);
    const char *j5 = "[\"text\"]";
    cr_assert_eq(tac_doc_read_json(j5, strlen(j5), NULL, &d, &err), TAC_ERR_FORMAT);
    const char *j6 = "{\"text\":\"ok\"} trailing";
    cr_assert_eq(tac_doc_read_json(j6, strlen(j6), NULL, &d, &err), TAC_ERR_FORMAT);
    cr_assert_eq(err.position, 14);
    const char j7[] = "{\"text\":\"caf\xE9\"}";
    cr_assert_eq(tac_doc_read_json(j7, sizeof j7 - 1, NULL, &d, &err), TAC_ERR_UTF8);
    cr_assert_eq(err.position, 12);
    cr_assert_null(d);
}

Test(limits, article_and_line_size)
{
    tac_limits lim;
    tac_limits_default(&lim);
    cr_assert_eq(lim.max_article_bytes, 16u << 20);
    lim.max_article_bytes = 64;
    lim.max_line_bytes = 80;
    char big[200];
    memset(big, 'a', sizeof big);
    for (size_t i = 9; i < sizeof big; i += 10)
        big[i] = ' ';
    tac_doc *d = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_doc_read(big, sizeof big, TAC_FORMAT_TEXT, NULL, &lim, &d, &err), TAC_ERR_LIMIT);
    cr_assert_eq(err.position, 64);
    cr_assert_eq(tac_doc_read(big, 64, TAC_FORMAT_TEXT, NULL, &lim, &d, &err), TAC_OK);
    tac_doc_free(d);
    char line[120];
    snprintf(line, sizeof line, "{\"text\":\"%.*s\"}", 90, big);
    cr_assert_eq(tac_doc_read_json(line, strlen(line), &lim, &d, &err), TAC_ERR_LIMIT);
    snprintf(line, sizeof line, "{\"text\":\"%.*s\"}", 60, big);
    cr_assert_eq(tac_doc_read_json(line, strlen(line), &lim, &d, &err), TAC_OK);
    tac_doc_free(d);
}

Test(limits, deep_nesting_and_long_paragraphs_stay_linear)
{
    /* 1 MiB of one paragraph and of nested quotes/lists: must just work */
    size_t n = 1u << 20;
    char *s = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        s[i] = (i % 7 == 6) ? ' ' : 'x';
    s[n] = 0;
    tac_doc *d = NULL;
    cr_assert_eq(tac_doc_read(s, n, TAC_FORMAT_MARKDOWN, NULL, NULL, &d, NULL), TAC_OK);
    cr_assert_eq(d->nblocks, 1);
    tac_doc_free(d);
    for (size_t i = 0; i < n; i++)
        s[i] = (i % 2) ? ' ' : '>';
    cr_assert_eq(tac_doc_read(s, n, TAC_FORMAT_MARKDOWN, NULL, NULL, &d, NULL), TAC_OK);
    tac_doc_free(d);
    free(s);
}

Test(emit, article_record)
{
    const char *s = "# Aid Pledge Announced\n\nBy Jane Roe\n\nThe donors pledged $2bn in aid on Monday.\n";
    tac_doc *d = read_ok(s, TAC_FORMAT_MARKDOWN);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    cr_assert_eq(tac_doc_write_article_json(d, f), TAC_OK);
    fclose(f);
    cr_assert(!strncmp(buf, "{\"type\":\"article\",\"id\":\"t\",\"title\":\"Aid Pledge Announced\",\"published\":null,"
                            "\"outlet\":null,\"byline\":\"Jane Roe\",\"original_source\":null,\"original_published\":null,"
                            "\"url\":null,\"tags\":[],\"sentences\":0,\"dropped\":[{\"start\":0,\"end\":22,"
                            "\"reason\":\"metadata: title\"},", 200), "%s", buf);
    cr_assert_eq(buf[len - 1], '\n');
    free(buf);
    tac_doc_free(d);
}

Test(json, repeated_headline_with_other_quotes_is_the_title)
{
    const char *line = "{\"title\":\"Leaders agree \\\"new chapter\\\" in ties\","
                       "\"text\":\"Leaders Agree \\u201cNew Chapter\\u201d in Ties\\n\\nThe two leaders met on Friday in the capital and agreed to open a new chapter.\"}";
    tac_doc *d = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_doc_read_json(line, strlen(line), NULL, &d, &err), TAC_OK, "%s", err.message);
    cr_assert_str_eq(d->blocks[0].drop_reason, "metadata: title");
    cr_assert_null(d->blocks[1].drop_reason);
    cr_assert_str_eq(d->title, "Leaders agree \"new chapter\" in ties");
    tac_doc_free(d);
}

Test(html, blocks_metadata_and_offsets)
{
    const char *s = "<!DOCTYPE html>\n<html><head><meta charset=\"iso-8859-1\">"
                    "<title>Port Talks Resume | Coast Daily</title>"
                    "<meta property=\"og:site_name\" content=\"Coast Daily\">"
                    "<meta property=\"article:published_time\" content=\"2025-04-17T09:30:00Z\">"
                    "<script>var x = \"<p>no</p>\";</script></head>\r\n<body>"
                    "<nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav>"
                    "<h1>Port Talks Resume</h1>"
                    "<p>The two ministers met on Monday &amp; agreed to reopen the port, officials said.</p>"
                    "<p>Caf\xC3\xA9 owners cheered &ldquo;loudly.&rdquo;<br>A second line follows here.</p>"
                    "<footer><p>&copy; 2025 Coast Daily</p></footer></body></html>";
    tac_doc *d = read_ok(s, TAC_FORMAT_HTML);
    check_map(d);
    cr_assert_str_eq(d->title, "Port Talks Resume");
    cr_assert_str_eq(d->outlet, "Coast Daily");
    char buf[11];
    tac_date_format(d->published, buf);
    cr_assert_str_eq(buf, "2025-04-17");
    cr_assert_str_eq(reason_of(d, "Home World"), "navigation");
    cr_assert_str_eq(reason_of(d, "\xC2\xA9 2025 Coast Daily"), "page footer");
    int p = block_with(d, "The two ministers met on Monday & agreed to reopen the port, officials said.");
    cr_assert_geq(p, 0, "text: %.*s", (int)d->text_len, d->text);
    cr_assert_null(d->blocks[p].drop_reason);
    cr_assert(!strncmp(d->src + d->map[d->blocks[p].tstart], "The two", 7));
    /* the <br> splits; the closing entity's last byte maps to its ';' */
    int q = block_with(d, "Caf\xC3\xA9 owners cheered \xE2\x80\x9Cloudly.\xE2\x80\x9D");
    cr_assert_geq(q, 0, "text: %.*s", (int)d->text_len, d->text);
    uint32_t last = d->blocks[q].tend - 1;
    cr_assert(!strncmp(d->src + d->map[last] - 6, "&rdquo;", 7));
    cr_assert_geq(block_with(d, "A second line follows here."), 0);
    /* nothing from <script> or <head> reaches the text */
    cr_assert_null(memmem(d->text, d->text_len, "no", 2) ? (memmem(d->text, d->text_len, "<p>", 3)) : NULL);
    tac_doc_free(d);
}

Test(markdown, range_end_never_inside_an_entity)
{
    const char *s = "He said &quot;no.&quot; Then &ldquo;yes.&rdquo;\n";
    tac_doc *d = read_ok(s, TAC_FORMAT_MARKDOWN);
    check_map(d);
    const char *q1 = strstr(d->text, "no.\"");
    cr_assert_not_null(q1);
    uint32_t t = (uint32_t)(q1 - d->text) + 4;        /* after the decoded '"' */
    cr_assert_eq(tac_doc_src_end(d, t), (uint32_t)(strstr(s, "&quot; Then") - s) + 6);
    uint32_t end = d->blocks[0].tend;                  /* after the decoded '”' */
    cr_assert_eq(tac_doc_src_end(d, end), (uint32_t)(strstr(s, "&rdquo;") - s) + 7);
    cr_assert_eq(d->map[end - 1] + 1, (uint32_t)(strstr(s, "&rdquo;") - s) + 7);
    tac_doc_free(d);
}

Test(boilerplate, site_notices_and_first_appeared)
{
    const char *s = "Envoys Meet Again\n\n"
                    "GENEVA - Envoys met on Monday and agreed to meet again next week, officials said.\n\n"
                    "This article first appeared in The Harbour Review and is republished here under a Creative Commons license.\n\n"
                    "We use cookies to improve your experience. Accept all\n\n"
                    "Please enable JavaScript to view the comments.\n\n"
                    "Published 3 hours ago\n";
    tac_doc *d = read_ok(s, TAC_FORMAT_TEXT);
    cr_assert_str_eq(d->original_source, "The Harbour Review");
    cr_assert_str_eq(reason_of(d, "We use cookies to improve your experience. Accept all"), "cookie notice");
    cr_assert_str_eq(reason_of(d, "Please enable JavaScript to view the comments."), "site notice");
    cr_assert_str_eq(reason_of(d, "Published 3 hours ago"), "metadata: date");
    cr_assert_null(reason_of(d, "GENEVA - Envoys met on Monday and agreed to meet again next week, officials said."));
    tac_doc_free(d);
}

/* The JSON string writer every record goes through: printable ASCII and valid
 * UTF-8 copied, the quote, backslash and control bytes escaped, invalid UTF-8
 * replaced by U+FFFD one byte at a time; numbers without printf. */
Test(emit, json_strings_and_numbers)
{
    tac_buf b;
    tac_buf_init(&b);
    const char in[] = "a\"b\\c\n\r\t\x01\x7f Caf\xC3\xA9 \xF0\x9F\x98\x80 \xC3 \xED\xA0\x80!";
    tac_buf_json_str(&b, in, sizeof in - 1);
    cr_assert_str_eq(b.data, "\"a\\\"b\\\\c\\n\\r\\t\\u0001\\u007f Caf\xC3\xA9 \xF0\x9F\x98\x80 \xEF\xBF\xBD "
                             "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD!\"");
    b.len = 0;
    tac_buf_put_u64(&b, 0);
    tac_buf_putc(&b, ' ');
    tac_buf_put_u64(&b, 4294967295u);
    tac_buf_putc(&b, ' ');
    tac_buf_put_u64(&b, UINT64_MAX);
    cr_assert_str_eq(b.data, "0 4294967295 18446744073709551615");
    b.len = 0;
    char big[600];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = 0;
    tac_buf_printf(&b, "%s|%d", big, 7);   /* longer than the stack buffer */
    cr_assert_eq(b.len, sizeof big + 1);
    cr_assert_str_eq(b.data + sizeof big - 1, "|7");
    tac_buf_free(&b);
}
