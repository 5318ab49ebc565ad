/*
 * Exports of stored events, one line per event: JSON Lines, CSV (RFC 4180
 * with a header), the GDELT 2.0 event table (61 tab-separated columns) and
 * Phoenix (26 tab-separated columns). Column lists and the meaning of each
 * column are written down in docs/formats.md; the tables below are the one
 * place the code keeps them, and the unit tests check them against the doc's
 * counts and order.
 */
#include "store/store.h"
#include <stdio.h>
#include <time.h>

bool tac_export_format_from_name(const char *name, tac_export_format *out)
{
    static const char *const names[] = {"jsonl", "csv", "gdelt", "phoenix"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(name, names[i])) {
            *out = (tac_export_format)i;
            return true;
        }
    return false;
}

static const char *const csv_columns[] = {
    "id", "article", "url", "seq", "sentence", "date", "date_basis",
    "source_code", "source_country", "source_text", "source_start", "source_end",
    "source_entry", "source_rule", "source_agent",
    "target_code", "target_country", "target_text", "target_start", "target_end",
    "target_entry", "target_rule", "target_agent",
    "code", "root", "quad", "goldstein", "plover", "verb_text", "verb_start", "verb_end",
    "pattern", "pattern_text", "dict_file", "negated", "mode", "confidence", NULL};

/* GDELT 2.0 Event Database codebook (GDELT Project, "GDELT 2.0 Event
 * Database Codebook V2.0", 2015), columns in file order. */
static const char *const gdelt_columns[] = {
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL", NULL};

/* Phoenix event data (Open Event Data Alliance, phoenix_pipeline output),
 * columns in file order. */
static const char *const phoenix_columns[] = {
    "EventID", "Date", "Year", "Month", "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues",
    "Lat", "Lon", "LocationName", "StateName", "CountryCode",
    "SentenceID", "URLs", "NewsSources", NULL};

const char *const *tac_export_columns(tac_export_format f, size_t *n)
{
    const char *const *c = f == TAC_EXPORT_CSV     ? csv_columns
                         : f == TAC_EXPORT_GDELT   ? gdelt_columns
                         : f == TAC_EXPORT_PHOENIX ? phoenix_columns
                                                   : NULL;
    size_t k = 0;
    while (c && c[k])
        k++;
    if (n)
        *n = k;
    return c;
}

void tac_export_header(tac_export_format f, tac_buf *out)
{
    if (f != TAC_EXPORT_CSV)
        return;
    for (size_t i = 0; csv_columns[i]; i++) {
        if (i)
            tac_buf_putc(out, ',');
        tac_buf_puts(out, csv_columns[i]);
    }
    tac_buf_puts(out, "\r\n");
}

/* ---- field writers -------------------------------------------------------- */

/* A tab-separated field: tabs and line breaks inside become spaces, since
 * neither GDELT nor Phoenix readers know any quoting. */
static void tsv(tac_buf *b, const char *s)
{
    if (!s)
        return;
    for (; *s; s++)
        tac_buf_putc(b, (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s);
}

static void csv(tac_buf *b, const char *s)
{
    if (!s)
        return;
    if (!strpbrk(s, ",\"\r\n")) {
        tac_buf_puts(b, s);
        return;
    }
    tac_buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            tac_buf_putc(b, '"');
        tac_buf_putc(b, *s);
    }
    tac_buf_putc(b, '"');
}

static void json_actor(tac_buf *b, const tac_stored_actor *a)
{
    tac_buf_puts(b, "{\"code\":");
    tac_buf_json_cstr(b, a->code);
    tac_buf_puts(b, ",\"country\":");
    tac_buf_json_cstr(b, a->country);
    tac_buf_puts(b, ",\"text\":");
    tac_buf_json_cstr(b, a->text);
    if (a->start >= 0)
        tac_buf_printf(b, ",\"start\":%lld,\"end\":%lld", (long long)a->start, (long long)a->end);
    else
        tac_buf_puts(b, ",\"start\":null,\"end\":null");
    tac_buf_puts(b, ",\"entry\":");
    tac_buf_json_cstr(b, a->entry);
    tac_buf_puts(b, ",\"rule\":");
    tac_buf_json_cstr(b, a->rule);
    tac_buf_puts(b, ",\"agent\":");
    tac_buf_json_cstr(b, a->agent);
    tac_buf_putc(b, '}');
}

static void put_num(tac_buf *b, double d)
{
    /* shortest form that reads back the same for the values we store
     * (Goldstein to 0.1, confidence to 0.0001) */
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%.4f", d);
    size_t n = strlen(tmp);
    while (n > 1 && tmp[n - 1] == '0')
        n--;
    if (tmp[n - 1] == '.')
        n--;
    tmp[n] = 0;
    if (!strcmp(tmp, "-0"))
        strcpy(tmp, "0");
    tac_buf_puts(b, tmp);
}

static void write_jsonl(const tac_stored_event *e, tac_buf *b)
{
    char date[11];
    tac_buf_printf(b, "{\"type\":\"event\",\"id\":%lld,\"article\":", (long long)e->id);
    tac_buf_json_cstr(b, e->article);
    tac_buf_printf(b, ",\"sentence\":%u,\"seq\":%u,\"date\":", e->sentence, e->seq);
    if (e->date != TAC_NO_DATE) {
        tac_date_format(e->date, date);
        tac_buf_json_cstr(b, date);
    } else {
        tac_buf_puts(b, "null");
    }
    tac_buf_puts(b, ",\"date_basis\":");
    tac_buf_json_cstr(b, e->date_basis);
    tac_buf_puts(b, ",\"source\":");
    json_actor(b, &e->source);
    tac_buf_puts(b, ",\"target\":");
    json_actor(b, &e->target);
    tac_buf_puts(b, ",\"code\":");
    tac_buf_json_cstr(b, e->code);
    tac_buf_puts(b, ",\"root\":");
    tac_buf_json_cstr(b, e->root);
    tac_buf_printf(b, ",\"quad\":%d,\"goldstein\":", e->quad);
    put_num(b, e->goldstein);
    tac_buf_puts(b, ",\"plover\":");
    tac_buf_json_cstr(b, e->plover);
    tac_buf_puts(b, ",\"verb\":{\"text\":");
    tac_buf_json_cstr(b, e->verb_text);
    if (e->verb_start >= 0)
        tac_buf_printf(b, ",\"start\":%lld,\"end\":%lld}", (long long)e->verb_start, (long long)e->verb_end);
    else
        tac_buf_puts(b, ",\"start\":null,\"end\":null}");
    tac_buf_printf(b, ",\"pattern\":%lld,\"pattern_text\":", (long long)e->pattern);
    tac_buf_json_cstr(b, e->pattern_text);
    tac_buf_puts(b, ",\"dict_file\":");
    tac_buf_json_cstr(b, e->dict_file);
    tac_buf_printf(b, ",\"negated\":%s,\"mode\":", e->negated ? "true" : "false");
    tac_buf_json_cstr(b, e->mode);
    tac_buf_puts(b, ",\"confidence\":");
    put_num(b, e->confidence);
    tac_buf_puts(b, ",\"url\":");
    tac_buf_json_cstr(b, e->url);
    tac_buf_puts(b, "}\n");
}

static void csv_int(tac_buf *b, int64_t v, bool present)
{
    if (present)
        tac_buf_printf(b, "%lld", (long long)v);
}

static void csv_actor(tac_buf *b, const tac_stored_actor *a)
{
    csv(b, a->code); tac_buf_putc(b, ',');
    csv(b, a->country); tac_buf_putc(b, ',');
    csv(b, a->text); tac_buf_putc(b, ',');
    csv_int(b, a->start, a->start >= 0); tac_buf_putc(b, ',');
    csv_int(b, a->end, a->start >= 0); tac_buf_putc(b, ',');
    csv(b, a->entry); tac_buf_putc(b, ',');
    csv(b, a->rule); tac_buf_putc(b, ',');
    csv(b, a->agent);
}

static void write_csv(const tac_stored_event *e, tac_buf *b)
{
    char date[11] = "";
    if (e->date != TAC_NO_DATE)
        tac_date_format(e->date, date);
    tac_buf_printf(b, "%lld,", (long long)e->id);
    csv(b, e->article); tac_buf_putc(b, ',');
    csv(b, e->url); tac_buf_putc(b, ',');
    tac_buf_printf(b, "%u,%u,%s,", e->seq, e->sentence, date);
    csv(b, e->date_basis); tac_buf_putc(b, ',');
    csv_actor(b, &e->source); tac_buf_putc(b, ',');
    csv_actor(b, &e->target); tac_buf_putc(b, ',');
    csv(b, e->code); tac_buf_putc(b, ',');
    csv(b, e->root); tac_buf_putc(b, ',');
    tac_buf_printf(b, "%d,", e->quad);
    put_num(b, e->goldstein); tac_buf_putc(b, ',');
    csv(b, e->plover); tac_buf_putc(b, ',');
    csv(b, e->verb_text); tac_buf_putc(b, ',');
    csv_int(b, e->verb_start, e->verb_start >= 0); tac_buf_putc(b, ',');
    csv_int(b, e->verb_end, e->verb_start >= 0); tac_buf_putc(b, ',');
    tac_buf_printf(b, "%lld,", (long long)e->pattern);
    csv(b, e->pattern_text); tac_buf_putc(b, ',');
    csv(b, e->dict_file); tac_buf_putc(b, ',');
    tac_buf_printf(b, "%d,", e->negated ? 1 : 0);
    csv(b, e->mode); tac_buf_putc(b, ',');
    put_num(b, e->confidence);
    tac_buf_puts(b, "\r\n");
}

/* An actor code split into 3-letter groups after its country: "CHNGOVMIL"
 * with country "CHN" → GOV, MIL. Without a country the groups start at 0. */
static void code_group(const tac_stored_actor *a, int k, char out[4])
{
    out[0] = 0;
    const char *c = a->code;
    if (!c || !strcmp(c, "---"))
        return;
    size_t off = (a->country && !strncmp(c, a->country, 3)) ? 3 : 0;
    off += (size_t)k * 3;
    if (strlen(c) < off + 3)
        return;
    memcpy(out, c + off, 3);
    out[3] = 0;
}

static const char *actor_code(const tac_stored_actor *a)
{
    return a->code && strcmp(a->code, "---") ? a->code : NULL;
}

static void gdelt_actor(tac_buf *b, const tac_stored_actor *a)
{
    char g[4];
    tsv(b, actor_code(a)); tac_buf_putc(b, '\t');      /* Code          */
    tsv(b, a->text); tac_buf_putc(b, '\t');             /* Name          */
    tsv(b, a->country); tac_buf_putc(b, '\t');          /* CountryCode   */
    tac_buf_puts(b, "\t\t\t\t");                        /* KnownGroup, Ethnic, Religion1, Religion2 */
    for (int k = 0; k < 3; k++) {                       /* Type1..Type3  */
        code_group(a, k, g);
        tac_buf_puts(b, g);
        tac_buf_putc(b, '\t');
    }
}

static void write_gdelt(const tac_stored_event *e, tac_buf *b)
{
    tac_buf_printf(b, "%lld\t", (long long)e->id);
    if (e->date != TAC_NO_DATE) {
        int y;
        unsigned m, d;
        tac_civil_from_days(e->date, &y, &m, &d);
        /* FractionDate: the year plus the elapsed fraction of it, in [y, y+1) */
        int32_t jan1 = tac_days_from_civil(y, 1, 1);
        double len = (double)(tac_days_from_civil(y + 1, 1, 1) - jan1);
        tac_buf_printf(b, "%04d%02u%02u\t%04d%02u\t%04d\t%.4f\t", y, m, d, y, m, y,
                       y + (e->date - jan1) / len);
    } else {
        tac_buf_puts(b, "\t\t\t\t");
    }
    gdelt_actor(b, &e->source);
    gdelt_actor(b, &e->target);
    tac_buf_printf(b, "%d\t", e->sentence == 0 ? 1 : 0);   /* IsRootEvent: the lead sentence */
    tsv(b, e->code); tac_buf_putc(b, '\t');
    if (e->code && strlen(e->code) >= 3)
        tac_buf_put(b, e->code, 3);
    else
        tsv(b, e->code);
    tac_buf_putc(b, '\t');
    tsv(b, e->root); tac_buf_putc(b, '\t');
    tac_buf_printf(b, "%d\t%.1f\t1\t1\t1\t\t", e->quad, e->goldstein); /* Num* = 1; AvgTone empty */
    for (int g = 0; g < 3 * 8; g++)                                    /* three geo blocks, empty */
        tac_buf_putc(b, '\t');
    time_t t = (time_t)e->ingested_at;
    struct tm tm;
    gmtime_r(&t, &tm);
    tac_buf_printf(b, "%04d%02d%02d%02d%02d%02d\t", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                   tm.tm_hour, tm.tm_min, tm.tm_sec);
    tsv(b, e->url);
    tac_buf_putc(b, '\n');
}

/* Phoenix's own 0–4 scheme (phoenix_pipeline): 0 neutral (01, 02), 1 verbal
 * cooperation (03–05), 2 material cooperation (06–08), 3 verbal conflict
 * (09–13 and 16), 4 material conflict (14, 15, 17–20). */
static int phoenix_class(const char *root)
{
    if (!root || !root[0] || !root[1])
        return -1;
    int r = (root[0] - '0') * 10 + (root[1] - '0');
    if (r <= 2) return 0;
    if (r <= 5) return 1;
    if (r <= 8) return 2;
    if (r <= 13 || r == 16) return 3;
    return 4;
}

static void phoenix_actor(tac_buf *b, const tac_stored_actor *a)
{
    const char *c = actor_code(a);
    tsv(b, c); tac_buf_putc(b, '\t');
    char root[4] = "", agent[4] = "";
    const char *others = "";
    if (c) {
        snprintf(root, sizeof root, "%.3s", c);
        if (strlen(c) >= 6)
            snprintf(agent, sizeof agent, "%.3s", c + 3);
        if (strlen(c) > 6)
            others = c + 6;
    }
    tac_buf_printf(b, "%s\t%s\t", root, agent);
    tsv(b, others);
    tac_buf_putc(b, '\t');
}

static void write_phoenix(const tac_stored_event *e, tac_buf *b)
{
    tac_buf_printf(b, "%lld\t", (long long)e->id);
    if (e->date != TAC_NO_DATE) {
        int y;
        unsigned m, d;
        tac_civil_from_days(e->date, &y, &m, &d);
        tac_buf_printf(b, "%04d%02u%02u\t%04d\t%u\t%u\t", y, m, d, y, m, d);
    } else {
        tac_buf_puts(b, "\t\t\t\t");
    }
    phoenix_actor(b, &e->source);
    phoenix_actor(b, &e->target);
    tsv(b, e->code); tac_buf_putc(b, '\t');
    tsv(b, e->root); tac_buf_putc(b, '\t');
    int pc = phoenix_class(e->root);
    if (pc >= 0)
        tac_buf_printf(b, "%d", pc);
    tac_buf_printf(b, "\t%.1f\t", e->goldstein);
    tac_buf_puts(b, "\t\t\t\t\t\t");      /* Issues, Lat, Lon, LocationName, StateName, CountryCode */
    tsv(b, e->article);
    tac_buf_printf(b, "_%u\t", e->sentence);
    tsv(b, e->url);
    tac_buf_puts(b, "\t\n");              /* NewsSources: empty */
}

void tac_export_event(tac_export_format f, const tac_stored_event *e, tac_buf *out)
{
    switch (f) {
    case TAC_EXPORT_JSONL: write_jsonl(e, out); break;
    case TAC_EXPORT_CSV: write_csv(e, out); break;
    case TAC_EXPORT_GDELT: write_gdelt(e, out); break;
    case TAC_EXPORT_PHOENIX: write_phoenix(e, out); break;
    }
}

void tac_export_dyad_json(const tac_dyad_point *p, tac_period by, const char *a, const char *b,
                          tac_buf *out)
{
    char label[11], start[11];
    tac_period_label(by, p->start, label);
    tac_date_format(p->start, start);
    tac_buf_puts(out, "{\"type\":\"dyad\",\"period\":");
    tac_buf_json_cstr(out, label);
    tac_buf_puts(out, ",\"start\":");
    tac_buf_json_cstr(out, start);
    tac_buf_puts(out, ",\"source\":");
    tac_buf_json_cstr(out, p->direction ? b : a);
    tac_buf_puts(out, ",\"target\":");
    tac_buf_json_cstr(out, p->direction ? a : b);
    tac_buf_printf(out, ",\"events\":%llu,\"quad\":[%llu,%llu,%llu,%llu],\"goldstein_mean\":",
                   (unsigned long long)p->events, (unsigned long long)p->quad[0],
                   (unsigned long long)p->quad[1], (unsigned long long)p->quad[2],
                   (unsigned long long)p->quad[3]);
    if (p->events)
        tac_buf_printf(out, "%.4f", p->goldstein_mean);
    else
        tac_buf_puts(out, "null");
    tac_buf_puts(out, "}\n");
}
