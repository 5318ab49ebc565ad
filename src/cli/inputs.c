/*
 * Inputs of the article commands: files, directories (recursive, name
 * order), "-" for standard input. Each input is read once, in chunks:
 *   - JSON Lines streams line by line; a line longer than max_line_bytes is
 *     skipped without being buffered (one error, then the next line);
 *   - other formats are read whole, stopping as soon as max_article_bytes is
 *     exceeded.
 * A bad input (unreadable, empty, binary, invalid UTF-8, malformed JSON, over
 * a limit) is reported with file, line, column and byte position, counted in
 * *nerrors and skipped; the others are still processed.
 */

#include "cli/cli.h"
#include "core/doc.h"
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

typedef struct walker {
    tac_format fmt;
    tac_limits lim;
    cli_article_fn fn;
    void *ctx;
    int *nerrors;
    int stop;            /* non-zero once fn asked to stop */
} walker;

#define CHUNK (64u * 1024)

static void report_simple(walker *w, const char *file, tac_status code, const char *msg, uint64_t pos,
                          const char *detail)
{
    tac_error err = {.code = code, .message = msg, .position = pos};
    if (detail)
        snprintf(err.detail, sizeof err.detail, "%s", detail);
    cli_report(file, &err);
    (*w->nerrors)++;
}

/* Article id of a file: its base name without the extension. */
static char *file_id(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    char *id = strdup(*base ? base : "article");
    if (!id)
        return NULL;
    char *dot = strrchr(id, '.');
    if (dot && dot != id)
        *dot = 0;
    return id;
}

static void deliver(walker *w, tac_doc *doc, const char *file)
{
    bool keep = false;
    int rc = w->fn(doc, file, w->ctx, &keep);
    if (!keep)
        tac_doc_free(doc);
    if (rc)
        w->stop = rc;
}

/* ---- JSON Lines ------------------------------------------------------------ */

typedef struct jsonl {
    walker *w;
    const char *file;
    const char *id_base;
    tac_buf line;
    uint64_t line_start;     /* file offset of the current line              */
    uint32_t lineno;
    bool overflow;           /* current line exceeded max_line_bytes          */
    bool binary;             /* gave up on this file                          */
    size_t max_line;
    uint32_t records;
} jsonl;

static void jsonl_line(jsonl *j)
{
    walker *w = j->w;
    if (j->overflow) {
        char detail[120];
        snprintf(detail, sizeof detail, "line %u is longer than the limit of %zu bytes; skipped",
                 j->lineno, j->max_line);
        tac_error err = {.code = TAC_ERR_LIMIT, .message = "JSON line too long",
                         .position = j->line_start + j->max_line, .line = j->lineno,
                         .column = (uint32_t)(j->max_line + 1)};
        snprintf(err.detail, sizeof err.detail, "%s", detail);
        cli_report(j->file, &err);
        (*w->nerrors)++;
        return;
    }
    const char *s = j->line.data;
    size_t n = j->line.len;
    if (n && s[n - 1] == '\r')
        n--;
    size_t k = 0;
    while (k < n && (s[k] == ' ' || s[k] == '\t'))
        k++;
    if (k == n)
        return;                                  /* blank lines separate nothing */
    j->records++;
    tac_doc *doc = NULL;
    tac_error err = {0};
    tac_status st = tac_doc_read_json(s, n, &w->lim, &doc, &err);
    if (st != TAC_OK) {
        uint64_t pos = err.position <= n ? err.position : 0;
        err.line = j->lineno;
        err.column = (uint32_t)pos + 1;
        err.position = j->line_start + pos;
        cli_report(j->file, &err);
        (*w->nerrors)++;
        if (st == TAC_ERR_BINARY && memchr(s, 0, n)) {
            j->binary = true;       /* a binary file: one error, not thousands */
            tac_error e2 = {.code = TAC_ERR_BINARY, .message = "binary file: the rest is skipped",
                            .position = j->line_start + pos};
            cli_report(j->file, &e2);
        }
        return;
    }
    if (!doc->id) {
        char *id = tac_arena_printf(&doc->arena, "%s:%u", j->id_base, j->lineno);
        if (!id) {
            tac_doc_free(doc);
            report_simple(w, j->file, TAC_ERR_NOMEM, NULL, j->line_start, NULL);
            return;
        }
        doc->id = id;
    }
    deliver(w, doc, j->file);
}

static void jsonl_feed(jsonl *j, const char *p, size_t n, uint64_t off)
{
    size_t i = 0;
    while (i < n && !j->binary && !j->w->stop) {
        const char *nl = memchr(p + i, '\n', n - i);
        size_t seg = nl ? (size_t)(nl - (p + i)) : n - i;
        if (!j->overflow) {
            if (j->line.len + seg > j->max_line) {
                j->overflow = true;
                j->line.len = 0;
            } else {
                tac_buf_put(&j->line, p + i, seg);
            }
        }
        i += seg;
        if (nl) {
            if (j->line.failed)
                report_simple(j->w, j->file, TAC_ERR_NOMEM, NULL, j->line_start, NULL);
            else
                jsonl_line(j);
            j->line.len = 0;
            j->overflow = false;
            j->lineno++;
            i++;
            j->line_start = off + i;
        }
    }
}

static void read_jsonl(walker *w, FILE *f, const char *file, const char *id_base,
                       const char *prefix, size_t plen)
{
    jsonl j = {.w = w, .file = file, .id_base = id_base, .lineno = 1};
    j.max_line = w->lim.max_line_bytes ? w->lim.max_line_bytes : (32u << 20);
    tac_buf_init(&j.line);
    uint64_t off = 0;
    jsonl_feed(&j, prefix, plen, off);
    off += plen;
    char *chunk = malloc(CHUNK);
    if (!chunk) {
        report_simple(w, file, TAC_ERR_NOMEM, NULL, off, NULL);
        tac_buf_free(&j.line);
        return;
    }
    size_t got;
    while (!j.binary && !w->stop && (got = fread(chunk, 1, CHUNK, f)) > 0) {
        jsonl_feed(&j, chunk, got, off);
        off += got;
    }
    if (ferror(f))
        report_simple(w, file, TAC_ERR_IO, "read error", off, strerror(errno));
    else if (!j.binary && !w->stop && (j.line.len || j.overflow))
        jsonl_line(&j);                           /* last line without '\n' */
    if (!j.binary && !w->stop && off == 0)
        report_simple(w, file, TAC_ERR_EMPTY, "empty file", 0, NULL);
    else if (!j.binary && !w->stop && j.records == 0 && !ferror(f))
        report_simple(w, file, TAC_ERR_EMPTY, "no JSON records in the file", 0, NULL);
    free(chunk);
    tac_buf_free(&j.line);
}

/* ---- one stream ------------------------------------------------------------ */

static void read_stream(walker *w, FILE *f, const char *file, const char *name_for_format, const char *id)
{
    size_t max = w->lim.max_article_bytes ? w->lim.max_article_bytes : (16u << 20);
    size_t cap = CHUNK, len = 0;
    char *buf = malloc(cap);
    if (!buf) {
        report_simple(w, file, TAC_ERR_NOMEM, NULL, 0, NULL);
        return;
    }
    /* the first chunk decides the format */
    len = fread(buf, 1, cap, f);
    tac_format fmt = w->fmt;
    if (fmt == TAC_FORMAT_AUTO)
        fmt = tac_format_detect(name_for_format, buf, len);
    if (fmt == TAC_FORMAT_JSONL) {
        read_jsonl(w, f, file, id, buf, len);
        free(buf);
        return;
    }
    bool too_big = false;
    while (!ferror(f) && !feof(f)) {
        if (len > max) {
            too_big = true;
            break;
        }
        if (len == cap) {
            size_t ncap = cap * 2;       /* doubling: linear total copying */
            char *nb = realloc(buf, ncap);
            if (!nb) {
                report_simple(w, file, TAC_ERR_NOMEM, NULL, len, NULL);
                free(buf);
                return;
            }
            buf = nb;
            cap = ncap;
        }
        len += fread(buf + len, 1, cap - len, f);
    }
    if (len > max)
        too_big = true;
    if (ferror(f)) {
        report_simple(w, file, TAC_ERR_IO, "read error", len, strerror(errno));
    } else if (too_big) {
        char detail[120];
        snprintf(detail, sizeof detail, "the article is larger than the limit of %zu bytes; skipped", max);
        report_simple(w, file, TAC_ERR_LIMIT, "article too large", max, detail);
    } else {
        tac_doc *doc = NULL;
        tac_error err = {0};
        if (len == 0) {
            report_simple(w, file, TAC_ERR_EMPTY, "empty file", 0, NULL);
        } else if (tac_doc_read(buf, len, fmt, id, &w->lim, &doc, &err) != TAC_OK) {
            tac_error_locate(&err, buf, len);
            cli_report(file, &err);
            (*w->nerrors)++;
        } else {
            deliver(w, doc, file);
        }
    }
    free(buf);
}

static void read_file(walker *w, const char *path)
{
    char *id = file_id(path);
    FILE *f = fopen(path, "rb");
    if (!f || !id) {
        report_simple(w, path, TAC_ERR_IO, "cannot open", 0, strerror(errno));
        if (f)
            fclose(f);
        free(id);
        return;
    }
    read_stream(w, f, path, path, id);
    fclose(f);
    free(id);
}

/* ---- directories ------------------------------------------------------------ */

static int skip_hidden(const struct dirent *e)
{
    return e->d_name[0] != '.';
}

/* byte order, independent of the locale */
static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static bool article_extension(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (!dot)
        return false;
    static const char *const exts[] = {".txt", ".text", ".md", ".markdown", ".mdown", ".jsonl",
                                       ".ndjson", ".json", ".html", ".htm"};
    for (size_t i = 0; i < sizeof exts / sizeof *exts; i++)
        if (!strcasecmp(dot, exts[i]))
            return true;
    return false;
}

static void walk(walker *w, const char *dir, int depth)
{
    if (depth > 64) {
        report_simple(w, dir, TAC_ERR_LIMIT, "directories nested too deeply", 0, NULL);
        return;
    }
    struct dirent **list = NULL;
    int n = scandir(dir, &list, skip_hidden, by_name);
    if (n < 0) {
        report_simple(w, dir, TAC_ERR_IO, "cannot read directory", 0, strerror(errno));
        return;
    }
    for (int i = 0; i < n; i++) {
        if (!w->stop) {
            size_t len = strlen(dir) + strlen(list[i]->d_name) + 2;
            char *path = malloc(len);
            if (path) {
                snprintf(path, len, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", list[i]->d_name);
                struct stat st;
                if (stat(path, &st) != 0)
                    report_simple(w, path, TAC_ERR_IO, "cannot stat", 0, strerror(errno));
                else if (S_ISDIR(st.st_mode))
                    walk(w, path, depth + 1);
                else if (S_ISREG(st.st_mode) && article_extension(list[i]->d_name))
                    read_file(w, path);
                free(path);
            }
        }
        free(list[i]);
    }
    free(list);
}

int cli_for_each_article(char **paths, int npaths, tac_format fmt, const tac_limits *lim,
                         cli_article_fn fn, void *ctx, int *nerrors)
{
    int dummy = 0;
    walker w = {.fmt = fmt, .fn = fn, .ctx = ctx, .nerrors = nerrors ? nerrors : &dummy};
    if (lim)
        w.lim = *lim;
    else
        tac_limits_default(&w.lim);
    for (int i = 0; i < npaths && !w.stop; i++) {
        const char *p = paths[i];
        if (!strcmp(p, "-")) {
            read_stream(&w, stdin, "-", NULL, "stdin");
            continue;
        }
        struct stat st;
        if (stat(p, &st) != 0)
            report_simple(&w, p, TAC_ERR_IO, "cannot open", 0, strerror(errno));
        else if (S_ISDIR(st.st_mode))
            walk(&w, p, 0);
        else
            read_file(&w, p);
    }
    return w.stop;
}
