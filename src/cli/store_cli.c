/* Option parsing shared by ingest, query, dyad and export. */
#include "cli/store_cli.h"
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *cli_store_url(const char *flag)
{
    if (flag)
        return flag;
    const char *env = getenv("TACITUS_DB");
    return env && *env ? env : "tacitus.db";
}

static tac_store *store_open(const char *url, bool readonly)
{
    tac_store *s = NULL;
    tac_error err = {0};
    if ((readonly ? tac_store_open_readonly(url, &s, &err) : tac_store_open(url, &s, &err)) != TAC_OK) {
        /* never echo a postgres URL: it may carry a password */
        bool pg = !strncmp(url, "postgres", 8);
        cli_errorf("%s: %s%s%s", pg ? "postgres database" : url,
                   err.message ? err.message : tac_status_name(err.code), err.detail[0] ? ": " : "",
                   err.detail);
        return NULL;
    }
    return s;
}

tac_store *cli_store_open(const char *url) { return store_open(url, false); }

/* Reading commands open the store read-only: they never migrate or take the
 * migration lock, so a role that may only SELECT (a shared PostgreSQL
 * database's analysts) can query, and an old schema is reported with the
 * advice to run `tacitus ingest` once, as `tacitus serve` does. */
tac_store *cli_store_open_existing(const char *url)
{
    /* reading commands must not leave an empty tacitus.db behind */
    tac_store_kind kind;
    const char *target;
    tac_error err = {0};
    if (tac_store_url_parse(url, &kind, &target, &err) == TAC_OK && kind == TAC_STORE_SQLITE &&
        access(target, F_OK) != 0) {
        cli_errorf("%s: no such database (store articles with 'tacitus ingest --db %s' first)", target, url);
        return NULL;
    }
    return store_open(url, true);
}

char *cli_upper(char *s)
{
    for (char *p = s; *p; p++)
        *p = (char)toupper((unsigned char)*p);
    return s;
}

int32_t cli_parse_date(const char *opt, const char *s)
{
    int32_t d = tac_date_parse(s, strlen(s));
    if (d == TAC_NO_DATE)
        cli_errorf("%s: '%s' is not a date (YYYY-MM-DD)", opt, s);
    return d;
}

static bool need(int argc, int i, int n, const char *opt)
{
    if (i + n < argc)
        return true;
    cli_errorf("%s needs %s", opt, n == 1 ? "a value" : "two values");
    return false;
}

int cli_filter_option(int argc, char **argv, int *i, tac_event_filter *f)
{
    const char *o = argv[*i];
    const char **slot = !strcmp(o, "--actor")     ? &f->actor
                      : !strcmp(o, "--country")   ? &f->country
                      : !strcmp(o, "--code")      ? &f->code
                      : !strcmp(o, "--root")      ? &f->root
                      : !strcmp(o, "--article")   ? &f->article
                                                  : NULL;
    if (slot) {
        if (!need(argc, *i, 1, o))
            return -1;
        char *v = argv[++*i];
        *slot = strcmp(o, "--article") ? cli_upper(v) : v;
        return 1;
    }
    if (!strcmp(o, "--dyad")) {
        if (!need(argc, *i, 2, o))
            return -1;
        f->dyad_a = cli_upper(argv[++*i]);
        f->dyad_b = cli_upper(argv[++*i]);
        return 1;
    }
    if (!strcmp(o, "--from") || !strcmp(o, "--to")) {
        if (!need(argc, *i, 1, o))
            return -1;
        int32_t d = cli_parse_date(o, argv[++*i]);
        if (d == TAC_NO_DATE)
            return -1;
        if (o[2] == 'f')
            f->from = d;
        else
            f->to = d;
        return 1;
    }
    if (!strcmp(o, "--quad") || !strcmp(o, "--limit") || !strcmp(o, "--after")) {
        if (!need(argc, *i, 1, o))
            return -1;
        const char *v = argv[++*i];
        char *end;
        errno = 0;
        long long n = strtoll(v, &end, 10);
        if (errno || end == v || *end || n < 0 || (o[2] == 'q' && (n < 1 || n > 4))) {
            cli_errorf("%s: bad value '%s'", o, v);
            return -1;
        }
        if (o[2] == 'q')
            f->quad = (int)n;
        else if (o[2] == 'l')
            f->limit = (uint64_t)n;
        else
            f->after_id = n;
        return 1;
    }
    return 0;
}

bool cli_flush(tac_buf *b)
{
    bool ok = !b->failed && (b->len == 0 || fwrite(b->data, 1, b->len, stdout) == b->len);
    b->len = 0;
    return ok;
}
