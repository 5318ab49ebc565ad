/* tacitus segment — read articles, drop boilerplate, print the article
 * record and one sentence record per sentence (README, output contract). */
#include "cli/cli.h"
#include "core/doc.h"
#include <stdlib.h>
#include <string.h>

typedef struct seg_opts {
    bool show_dropped;
    bool show_blocks;
    int seg_errors;
    bool write_failed;
} seg_opts;

static const char *const kind_names[] = {"paragraph", "heading", "list item", "quote", "table", "code", "other"};

static void usage(FILE *f)
{
    fputs("usage: tacitus segment [--input-format F] [--show-dropped] [--show-blocks] INPUTS...\n"
          "\n"
          "Read news articles, drop boilerplate, recover metadata and print JSON Lines:\n"
          "the article record, then one sentence record per sentence of the body.\n"
          "\n"
          "INPUTS are files, directories (read recursively in name order; files ending\n"
          ".txt .md .markdown .html .htm .jsonl .ndjson .json) or '-' for standard input.\n"
          "\n"
          "options:\n"
          "  --input-format F   text, markdown, html or jsonl (default: from the file\n"
          "                     extension and content)\n"
          "  --show-dropped     also print each dropped span of boilerplate:\n"
          "                     {\"type\":\"dropped\",\"article\",\"start\",\"end\",\"reason\",\"text\"}\n"
          "  --show-blocks      also print the blocks (paragraphs, headings, list items)\n"
          "                     as read, with the reason a block was dropped (debugging)\n"
          "  -h, --help         this text\n"
          "\n"
          "Offsets are byte offsets into the input file (JSON Lines: into the decoded\n"
          "\"text\" value). Bad inputs are reported on standard error with file, line and\n"
          "byte position and skipped; the exit status is then 1.\n",
          f);
}

static void write_extra(const tac_doc *d, const seg_opts *o, FILE *out)
{
    tac_buf b;
    tac_buf_init(&b);
    if (o->show_dropped) {
        for (uint32_t i = 0; i < d->ndropped; i++) {
            const tac_dropped *x = &d->dropped[i];
            tac_buf_puts(&b, "{\"type\":\"dropped\",\"article\":");
            tac_buf_json_cstr(&b, d->id);
            tac_buf_printf(&b, ",\"start\":%u,\"end\":%u,\"reason\":", x->span.start, x->span.end);
            tac_buf_json_cstr(&b, x->reason);
            tac_buf_puts(&b, ",\"text\":");
            tac_buf_json_str(&b, d->src + x->span.start, x->span.end - x->span.start);
            tac_buf_puts(&b, "}\n");
        }
    }
    if (o->show_blocks) {
        for (uint32_t i = 0; i < d->nblocks; i++) {
            const tac_block *k = &d->blocks[i];
            tac_buf_puts(&b, "{\"type\":\"block\",\"article\":");
            tac_buf_json_cstr(&b, d->id);
            tac_buf_printf(&b, ",\"index\":%u,\"kind\":\"%s\",\"start\":%u,\"end\":%u,\"dropped\":", i,
                           kind_names[k->kind < 7 ? k->kind : 6], tac_doc_src_off(d, k->tstart),
                           tac_doc_src_off(d, k->tend));
            tac_buf_json_cstr(&b, k->drop_reason);
            tac_buf_puts(&b, ",\"text\":");
            tac_buf_json_str(&b, d->text + k->tstart, k->tend - k->tstart);
            tac_buf_puts(&b, "}\n");
        }
    }
    if (b.len)
        fwrite(b.data, 1, b.len, out);
    tac_buf_free(&b);
}

static int on_article(tac_doc *doc, const char *file, void *ctx, bool *keep)
{
    seg_opts *o = ctx;
    (void)keep;
    tac_error err = {0};
    tac_status st = tac_doc_segment(doc, &err);
    if (st != TAC_OK) {
        cli_report(file, &err);
        o->seg_errors++;
    }
    if (tac_doc_write_article_json(doc, stdout) != TAC_OK)
        o->write_failed = true;
    write_extra(doc, o, stdout);
    if (st == TAC_OK && tac_doc_write_sentences_json(doc, stdout) != TAC_OK)
        o->write_failed = true;
    return o->write_failed ? 1 : 0;
}

int cli_cmd_segment(int argc, char **argv)
{
    seg_opts o = {0};
    tac_format fmt = TAC_FORMAT_AUTO;
    char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    int ninputs = 0;
    if (!inputs) {
        cli_errorf("out of memory");
        return 1;
    }
    bool only_inputs = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_inputs || a[0] != '-' || !strcmp(a, "-")) {
            inputs[ninputs++] = argv[i];
        } else if (!strcmp(a, "--")) {
            only_inputs = true;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            free(inputs);
            return 0;
        } else if (!strcmp(a, "--show-dropped")) {
            o.show_dropped = true;
        } else if (!strcmp(a, "--show-blocks")) {
            o.show_blocks = true;
        } else if (!strcmp(a, "--input-format") || !strncmp(a, "--input-format=", 15)) {
            const char *v = a[14] == '=' ? a + 15 : (i + 1 < argc ? argv[++i] : NULL);
            tac_format f = v ? tac_format_from_name(v) : (tac_format)-1;
            if ((int)f < 0 || !v) {
                cli_errorf("--input-format: expected text, markdown, html or jsonl, got '%s'", v ? v : "");
                free(inputs);
                return 2;
            }
            fmt = f;
        } else {
            cli_errorf("segment: unknown option '%s' (see 'tacitus segment --help')", a);
            free(inputs);
            return 2;
        }
    }
    if (ninputs == 0) {
        cli_errorf("segment: no inputs (give files, directories or '-' for standard input)");
        usage(stderr);
        free(inputs);
        return 2;
    }
    int nerrors = 0;
    cli_for_each_article(inputs, ninputs, fmt, NULL, on_article, &o, &nerrors);
    free(inputs);
    if (fflush(stdout) != 0 || ferror(stdout) || o.write_failed) {
        cli_errorf("segment: cannot write the output");
        return 1;
    }
    return nerrors || o.seg_errors ? 1 : 0;
}
