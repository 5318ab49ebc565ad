/*
 * PETRARCH/TABARI dictionary reader: actor, agent, verb and discard files
 * into the dictionary model (dict/model.h).
 *
 * Input: one file; its kind is detected from the content (verb blocks
 * "--- NAME ---" → verbs; "[~XXX]" / "[XXX~]" / "!NAME! =" → agents; lines
 * of bare phrases with no code → discards; otherwise actors), with the file
 * name as a tie-breaker ("verbs", "agents", "discards", "actors").
 * Output: records appended to the model; every construct we cannot represent
 * becomes a tac_dict_issue (file:line + message), never a silent drop.
 * Complexity: O(bytes); a line is at most 4096 bytes (longer → error).
 * Failure: TAC_ERR_IO when the file cannot be read, TAC_ERR_NOMEM, and
 * TAC_ERR_LIMIT for an overlong line. Syntax we do not understand is an
 * issue, not an error, so one odd line does not lose a whole dictionary.
 */
#include "dict/model.h"
#include "core/norm.h"
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>

#define LINE_MAX_BYTES 4096
#define MAX_FORMS 64

enum pkind { PK_ACTORS, PK_AGENTS, PK_VERBS, PK_DISCARDS };

typedef struct reader {
    tac_dict_model *m;
    const char *file;      /* base name used in origins */
    uint32_t line;
    bool in_comment;       /* inside a <!-- ... --> block */
} reader;

static const char *origin(reader *r)
{
    return tac_arena_printf(&r->m->arena, "%s:%u", r->file, r->line);
}

static void issue(reader *r, const char *fmt, const char *arg)
{
    char o[300];
    snprintf(o, sizeof o, "%s:%u", r->file, r->line);
    tac_dict_add_issue(r->m, o, fmt, arg);
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = 0;
    return s;
}

/* Cut a '#' comment: a '#' at the start or after white space, outside [...]
 * ("[###]" is a TABARI code, not a comment). */
static void cut_comment(char *s)
{
    int depth = 0;
    for (char *p = s; *p; p++) {
        if (*p == '[')
            depth++;
        else if (*p == ']' && depth)
            depth--;
        else if (*p == '#' && !depth && (p == s || p[-1] == ' ' || p[-1] == '\t')) {
            *p = 0;
            return;
        }
    }
}

/* XML-ish comments: "<!-- ... -->" possibly over several lines, and one-line
 * "<...>" markers. Returns true when the line is (part of) a comment. */
static bool skip_markup(reader *r, const char *raw)
{
    const char *t = raw;
    while (*t == ' ' || *t == '\t')
        t++;
    if (r->in_comment) {
        if (strstr(raw, "-->") || strchr(raw, '>'))
            r->in_comment = false;
        return true;
    }
    if (*t == '<') {
        size_t n = strlen(t);
        while (n && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\r' || t[n - 1] == '\n'))
            n--;
        if (!(n && t[n - 1] == '>'))
            r->in_comment = true;
        return true;
    }
    return false;
}

/* ---- dates ----------------------------------------------------------- */

/* "950601" (YYMMDD, 00–30 → 20xx, else 19xx) or "19950601". */
static int32_t parse_pdate(const char *s, size_t n)
{
    if (n != 6 && n != 8)
        return TAC_NO_DATE;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return TAC_NO_DATE;
    int y, mo, d;
    if (n == 6) {
        y = (s[0] - '0') * 10 + (s[1] - '0');
        y += y <= 30 ? 2000 : 1900;
        s += 2;
    } else {
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        s += 4;
    }
    mo = (s[0] - '0') * 10 + (s[1] - '0');
    d = (s[2] - '0') * 10 + (s[3] - '0');
    if (!tac_date_valid(y, (unsigned)mo, (unsigned)d))
        return TAC_NO_DATE;
    return tac_days_from_civil(y, (unsigned)mo, (unsigned)d);
}

/* One bracketed actor code: "CODE", "CODE <D", "CODE >D", "CODE D1-D2"
 * (spaces allowed around the operators). */
static void actor_code(reader *r, tac_dict_actor *a, char *body)
{
    body = trim(body);
    char *p = body;
    while (*p && *p != ' ' && *p != '\t' && *p != '<' && *p != '>' && !isdigit((unsigned char)*p))
        p++;
    /* a code made only of digits is not possible: a date restriction with no
     * code ("[950601-990815]") is an error in TABARI too */
    size_t clen = (size_t)(p - body);
    char *rest = trim(p);
    if (clen == 0) {
        issue(r, "date restriction without a code: [%s] (ignored)", body);
        return;
    }
    const char *code = tac_arena_strndup(&r->m->arena, body, clen);
    if (!*rest) {
        if (a->default_code)
            issue(r, "second undated code [%s]: the first one stays the default", code);
        else
            a->default_code = code;
        return;
    }
    int32_t from = TAC_DATE_OPEN_START, to = TAC_DATE_OPEN_END;
    char buf[64];
    size_t k = 0;
    for (char *q = rest; *q && k < sizeof buf - 1; q++)
        if (*q != ' ' && *q != '\t')
            buf[k++] = *q;
    buf[k] = 0;
    if (buf[0] == '<' || buf[0] == '>') {
        int32_t d = parse_pdate(buf + 1, strlen(buf + 1));
        if (d == TAC_NO_DATE) {
            issue(r, "bad date in actor code [%s] (ignored)", body);
            return;
        }
        if (buf[0] == '<')
            to = d - 1;       /* "before D" */
        else
            from = d;         /* "from D on" */
    } else {
        char *dash = strchr(buf, '-');
        if (!dash) {
            issue(r, "bad date range in actor code [%s] (ignored)", body);
            return;
        }
        from = parse_pdate(buf, (size_t)(dash - buf));
        to = parse_pdate(dash + 1, strlen(dash + 1));
        if (from == TAC_NO_DATE || to == TAC_NO_DATE) {
            issue(r, "bad date range in actor code [%s] (ignored)", body);
            return;
        }
    }
    /* grow by copying: codes are few per actor */
    tac_dict_code *nc = tac_arena_alloc(&r->m->arena, sizeof *nc * (a->ncodes + 1));
    if (!nc)
        return;
    if (a->ncodes)
        memcpy(nc, a->codes, sizeof *nc * a->ncodes);
    nc[a->ncodes] = (tac_dict_code){.code = code, .from = from, .to = to};
    a->codes = nc;
    a->ncodes++;
}

static void add_phrase(reader *r, tac_dict_phrase **arr, uint32_t *n, const char *text, size_t len, uint16_t head)
{
    tac_dict_phrase ph;
    if (!tac_dict_phrase_make(r->m, text, len, &ph) || ph.nwords == 0)
        return;
    ph.head = head < ph.nwords ? head : 0;
    tac_dict_phrase *np = tac_arena_alloc(&r->m->arena, sizeof *np * (*n + 1));
    if (!np)
        return;
    if (*n)
        memcpy(np, *arr, sizeof *np * *n);
    np[*n] = ph;
    *arr = np;
    (*n)++;
}

/* Parse every "[...]" of s as actor codes; returns the position of the first '['. */
static char *actor_codes(reader *r, tac_dict_actor *a, char *s)
{
    char *first = strchr(s, '[');
    char *p = first;
    while (p) {
        char *e = strchr(p, ']');
        if (!e) {
            issue(r, "unclosed '[' in actor line: %s", p);
            break;
        }
        *e = 0;
        actor_code(r, a, p + 1);
        p = strchr(e + 1, '[');
    }
    return first;
}

static tac_status read_actors(reader *r, FILE *f)
{
    char raw[LINE_MAX_BYTES + 2];
    tac_dict_actor *cur = NULL;
    while (fgets(raw, sizeof raw, f)) {
        r->line++;
        if (!strchr(raw, '\n') && !feof(f))
            return TAC_ERR_LIMIT;
        if (skip_markup(r, raw))
            continue;
        bool indented = raw[0] == ' ' || raw[0] == '\t';
        cut_comment(raw);
        char *s = trim(raw);
        if (!*s)
            continue;
        if (*s == '+') {
            if (!cur) {
                issue(r, "synonym with no actor before it: %s", s);
                continue;
            }
            char *b = strchr(s, '[');
            if (b) {
                issue(r, "code on a synonym line applies to the whole actor: %s", s);
                actor_codes(r, cur, s);
                *b = 0;
            }
            char *t = trim(s + 1);
            add_phrase(r, &cur->phrases, &cur->nphrases, t, strlen(t), 0);
            continue;
        }
        if (*s == '[') {
            if (!cur) {
                issue(r, "code line with no actor before it: %s", s);
                continue;
            }
            actor_codes(r, cur, s);
            continue;
        }
        if (indented && cur && *s != '[') {
            issue(r, "indented line not understood (ignored): %s", s);
            continue;
        }
        cur = tac_dict_add_actor(r->m);
        if (!cur)
            return TAC_ERR_NOMEM;
        cur->origin = origin(r);
        char *b = actor_codes(r, cur, s);
        if (b)
            *b = 0;
        char *name = trim(s);
        cur->name = tac_arena_strdup(&r->m->arena, name);
        add_phrase(r, &cur->phrases, &cur->nphrases, name, strlen(name), 0);
    }
    return TAC_OK;
}

/* ---- agents ------------------------------------------------------------ */

typedef struct subst {
    char name[64];
    char words[16][64];
    int n;
} subst;

/* Regular plural of the last word (PETRARCH's rule): -y after a consonant →
 * -ies; -s, -x, -z, -ch, -sh → -es; else -s. */
static void plural(const char *in, char *out, size_t cap)
{
    size_t n = strlen(in);
    if (n + 4 > cap) {
        snprintf(out, cap, "%s", in);
        return;
    }
    memcpy(out, in, n + 1);
    char c = (char)toupper((unsigned char)in[n ? n - 1 : 0]);
    char b = n > 1 ? (char)toupper((unsigned char)in[n - 2]) : 0;
    if (c == 'Y' && b && !strchr("AEIOU", b)) {
        strcpy(out + n - 1, "IES");
    } else if (c == 'S' || c == 'X' || c == 'Z' || ((c == 'H') && (b == 'C' || b == 'S'))) {
        strcpy(out + n, "ES");
    } else {
        strcpy(out + n, "S");
    }
}

static void agent_names(reader *r, tac_dict_agent *ag, const char *name, const char *plurals, bool no_plural,
                        subst *subs, int nsubs)
{
    /* expand one !MARKER! (substitution sets may not nest) */
    const char *bang = strchr(name, '!');
    if (bang) {
        const char *end = strchr(bang + 1, '!');
        if (!end) {
            issue(r, "unclosed '!' marker in agent %s", name);
            return;
        }
        char mark[64];
        size_t ml = (size_t)(end - bang - 1);
        if (ml >= sizeof mark)
            ml = sizeof mark - 1;
        memcpy(mark, bang + 1, ml);
        mark[ml] = 0;
        for (int i = 0; i < nsubs; i++) {
            if (strcmp(subs[i].name, mark) != 0)
                continue;
            for (int k = 0; k < subs[i].n; k++) {
                char buf[512];
                snprintf(buf, sizeof buf, "%.*s%s%s", (int)(bang - name), name, subs[i].words[k], end + 1);
                agent_names(r, ag, buf, NULL, true, subs, nsubs);
            }
            return;
        }
        issue(r, "unknown substitution marker !%s! (agent ignored)", mark);
        return;
    }
    add_phrase(r, &ag->phrases, &ag->nphrases, name, strlen(name), 0);
    if (plurals) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s", plurals);
        for (char *tok = strtok(buf, " \t"); tok; tok = strtok(NULL, " \t"))
            add_phrase(r, &ag->phrases, &ag->nphrases, tok, strlen(tok), 0);
    } else if (!no_plural) {
        char pl[512];
        plural(name, pl, sizeof pl);
        add_phrase(r, &ag->phrases, &ag->nphrases, pl, strlen(pl), 0);
    }
}

static tac_status read_agents(reader *r, FILE *f)
{
    char raw[LINE_MAX_BYTES + 2];
    subst subs[16];
    int nsubs = 0;
    while (fgets(raw, sizeof raw, f)) {
        r->line++;
        if (!strchr(raw, '\n') && !feof(f))
            return TAC_ERR_LIMIT;
        if (skip_markup(r, raw))
            continue;
        cut_comment(raw);
        char *s = trim(raw);
        if (!*s)
            continue;
        if (*s == '!' && strchr(s, '=')) {
            if (nsubs == 16) {
                issue(r, "too many substitution sets (max 16): %s", s);
                continue;
            }
            subst *sb = &subs[nsubs];
            memset(sb, 0, sizeof *sb);
            char *eq = strchr(s, '=');
            *eq = 0;
            char *nm = trim(s);
            size_t nl = strlen(nm);
            if (nl >= 2 && nm[0] == '!' && nm[nl - 1] == '!') {
                nm[nl - 1] = 0;
                nm++;
            }
            snprintf(sb->name, sizeof sb->name, "%s", nm);
            for (char *tok = strtok(eq + 1, ","); tok && sb->n < 16; tok = strtok(NULL, ","))
                snprintf(sb->words[sb->n++], 64, "%s", trim(tok));
            nsubs++;
            continue;
        }
        char *b = strchr(s, '[');
        char *e = b ? strchr(b, ']') : NULL;
        if (!b || !e) {
            issue(r, "agent line without a [code] (ignored): %s", s);
            continue;
        }
        *e = 0;
        char *code = trim(b + 1);
        *b = 0;
        char *plurals = NULL;
        bool no_plural = false;
        char *cb = strchr(s, '{');
        if (cb) {
            char *ce = strchr(cb, '}');
            if (ce)
                *ce = 0;
            plurals = trim(cb + 1);
            if (!*plurals) {
                plurals = NULL;
                no_plural = true;
            }
            *cb = 0;
        }
        char *name = trim(s);
        tac_dict_agent *ag = tac_dict_add_agent(r->m);
        if (!ag)
            return TAC_ERR_NOMEM;
        ag->name = tac_arena_strdup(&r->m->arena, name);
        ag->code = tac_arena_strdup(&r->m->arena, code);
        ag->origin = origin(r);
        if (!strchr(code, '~'))
            issue(r, "agent code without '~' (used as a suffix): %s", code);
        agent_names(r, ag, name, plurals, no_plural, subs, nsubs);
    }
    return TAC_OK;
}

/* ---- discards ---------------------------------------------------------- */

static tac_status read_discards(reader *r, FILE *f)
{
    char raw[LINE_MAX_BYTES + 2];
    while (fgets(raw, sizeof raw, f)) {
        r->line++;
        if (!strchr(raw, '\n') && !feof(f))
            return TAC_ERR_LIMIT;
        if (skip_markup(r, raw))
            continue;
        cut_comment(raw);
        char *s = trim(raw);
        if (!*s)
            continue;
        tac_dict_discard *d = tac_dict_add_discard(r->m);
        if (!d)
            return TAC_ERR_NOMEM;
        d->story = *s == '+';
        if (d->story)
            s = trim(s + 1);
        d->origin = origin(r);
        if (!tac_dict_phrase_make(r->m, s, strlen(s), &d->phrase))
            return TAC_ERR_NOMEM;
    }
    return TAC_OK;
}

/* ---- verbs ------------------------------------------------------------- */

/* Regular forms of a verb word (PETRARCH's rules, no consonant doubling:
 * irregular and doubled forms are listed in {...} in the file). */
static int verb_forms(const char *w, char out[4][128])
{
    size_t n = strlen(w);
    if (n == 0 || n > 100)
        return 0;
    char last = (char)toupper((unsigned char)w[n - 1]);
    char prev = n > 1 ? (char)toupper((unsigned char)w[n - 2]) : 0;
    int k = 0;
    snprintf(out[k++], 128, "%s", w);
    /* -s */
    if (last == 'Y' && prev && !strchr("AEIOU", prev))
        snprintf(out[k++], 128, "%.*sIES", (int)n - 1, w);
    else if (last == 'S' || last == 'X' || last == 'Z' || (last == 'H' && (prev == 'C' || prev == 'S')))
        snprintf(out[k++], 128, "%sES", w);
    else
        snprintf(out[k++], 128, "%sS", w);
    /* -ed */
    if (last == 'E')
        snprintf(out[k++], 128, "%sD", w);
    else if (last == 'Y' && prev && !strchr("AEIOU", prev))
        snprintf(out[k++], 128, "%.*sIED", (int)n - 1, w);
    else
        snprintf(out[k++], 128, "%sED", w);
    /* -ing */
    if (last == 'E' && prev != 'E' && n > 2)
        snprintf(out[k++], 128, "%.*sING", (int)n - 1, w);
    else
        snprintf(out[k++], 128, "%sING", w);
    return k;
}

/* A verb form as written: words joined by '_' or ' ', the verb word marked
 * by a leading '+' when the form has several words ("WIRE_+TAP",
 * "+BREAK_DOWN"). Splits into words and finds the head. */
typedef struct vform {
    char words[8][128];
    int n, head;
} vform;

static bool split_form(const char *text, vform *vf)
{
    memset(vf, 0, sizeof *vf);
    vf->head = -1;
    const char *p = text;
    while (*p) {
        while (*p == '_' || *p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        if (vf->n == 8)
            return false;
        bool plus = *p == '+';
        if (plus)
            p++;
        size_t k = 0;
        while (*p && *p != '_' && *p != ' ' && *p != '\t' && k < 127)
            vf->words[vf->n][k++] = *p++;
        vf->words[vf->n][k] = 0;
        if (k == 0)
            continue;
        if (plus && vf->head < 0)
            vf->head = vf->n;
        vf->n++;
    }
    if (vf->head < 0)
        vf->head = 0;
    return vf->n > 0;
}

static void add_form(reader *r, tac_dict_verb *v, const vform *vf, const char *headword)
{
    char buf[1100];
    size_t o = 0;
    for (int i = 0; i < vf->n; i++) {
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i ? " " : "", i == vf->head ? headword : vf->words[i]);
        if (o >= sizeof buf)
            return;
    }
    /* skip duplicates (regular and listed forms often coincide) */
    tac_dict_phrase ph;
    if (!tac_dict_phrase_make(r->m, buf, o, &ph))
        return;
    for (uint32_t i = 0; i < v->nforms; i++) {
        if (v->forms[i].nwords != ph.nwords)
            continue;
        uint16_t k = 0;
        while (k < ph.nwords && !strcmp(v->forms[i].words[k], ph.words[k]))
            k++;
        if (k == ph.nwords)
            return;
    }
    add_phrase(r, &v->forms, &v->nforms, buf, o, (uint16_t)vf->head);
}

static void verb_line(reader *r, tac_dict_verb *v, char *s)
{
    /* "WORD [code] {IRREG IRREG}" */
    char *cb = strchr(s, '{');
    char *irr = NULL;
    if (cb) {
        char *ce = strchr(cb, '}');
        if (ce)
            *ce = 0;
        else
            issue(r, "unclosed '{' in verb line: %s", s);
        irr = cb + 1;
        *cb = 0;
    }
    char *b = strchr(s, '[');
    if (b) {
        char *e = strchr(b, ']');
        if (e) {
            *e = 0;
            v->code = tac_arena_strdup(&r->m->arena, trim(b + 1));
        }
        *b = 0;
    }
    char *text = trim(s);
    vform vf;
    if (!split_form(text, &vf)) {
        issue(r, "verb form not understood: %s", text);
        return;
    }
    char forms[4][128];
    int nf = verb_forms(vf.words[vf.head], forms);
    for (int i = 0; i < nf; i++)
        add_form(r, v, &vf, forms[i]);
    if (irr) {
        for (char *tok = strtok(irr, " \t"); tok; tok = strtok(NULL, " \t")) {
            vform iv;
            if (split_form(tok, &iv))
                add_form(r, v, &iv, iv.words[iv.head]);
        }
    }
}

static tac_status read_verbs(reader *r, FILE *f)
{
    char raw[LINE_MAX_BYTES + 2];
    enum { NONE, SYNSET, BLOCK } state = NONE;
    tac_dict_synset *syn = NULL;
    const char *block_name = NULL, *block_code = NULL, *block_origin = NULL;
    uint32_t block_first = 0;                 /* first verb index of the block */
    tac_dict_pattern *pats = NULL;
    uint32_t npats = 0, cap = 0;

#define END_BLOCK()                                                                  \
    do {                                                                             \
        if (state == BLOCK) {                                                        \
            for (uint32_t vi = block_first; vi < r->m->nverbs; vi++) {               \
                r->m->verbs[vi].patterns = pats;                                     \
                r->m->verbs[vi].npatterns = npats;                                   \
            }                                                                        \
        }                                                                            \
        pats = NULL;                                                                 \
        npats = cap = 0;                                                             \
    } while (0)

    while (fgets(raw, sizeof raw, f)) {
        r->line++;
        if (!strchr(raw, '\n') && !feof(f))
            return TAC_ERR_LIMIT;
        if (skip_markup(r, raw))
            continue;
        char *s0 = trim(raw);
        if (s0[0] == '#')
            continue;
        if (!strncmp(s0, "---", 3)) {
            /* verb block header: --- NAME [code] [code2] --- */
            END_BLOCK();
            state = BLOCK;
            cut_comment(s0);
            char *h = trim(s0 + 3);
            size_t hl = strlen(h);
            if (hl >= 3 && !strcmp(h + hl - 3, "---"))
                h[hl - 3] = 0;
            h = trim(h);
            char *b = strchr(h, '[');
            block_code = NULL;
            if (b) {
                char *e = strchr(b, ']');
                if (e) {
                    *e = 0;
                    block_code = tac_arena_strdup(&r->m->arena, trim(b + 1));
                    char *b2 = strchr(e + 1, '[');
                    if (b2)
                        issue(r, "second code in a verb block header is not supported (ignored): [%s", b2 + 1);
                }
                *b = 0;
            }
            char *nm = trim(h);
            size_t nl = strlen(nm);
            while (nl && nm[nl - 1] == '_')
                nm[--nl] = 0;
            block_name = tac_arena_strdup(&r->m->arena, nm);
            block_origin = origin(r);
            block_first = r->m->nverbs;
            continue;
        }
        cut_comment(s0);
        char *s = trim(s0);
        if (!*s) {
            if (state == SYNSET)
                state = NONE;
            continue;
        }
        if (*s == '&') {
            END_BLOCK();
            state = SYNSET;
            syn = tac_dict_add_synset(r->m);
            if (!syn)
                return TAC_ERR_NOMEM;
            char *nm = trim(s + 1);
            size_t nl = strlen(nm);
            while (nl && (nm[nl - 1] == '_' || nm[nl - 1] == ' '))
                nm[--nl] = 0;
            syn->name = tac_arena_strdup(&r->m->arena, nm);
            syn->origin = origin(r);
            continue;
        }
        if (state == SYNSET) {
            if (*s != '+') {
                issue(r, "synset member without '+' (ignored): %s", s);
                continue;
            }
            char *t = trim(s + 1);
            add_phrase(r, &syn->phrases, &syn->nphrases, t, strlen(t), 0);
            continue;
        }
        if (state != BLOCK) {
            issue(r, "line outside any verb block or synset (ignored): %s", s);
            continue;
        }
        if (s[0] == '-' && (s[1] == ' ' || s[1] == '\t')) {
            char *b = strrchr(s, '[');
            char *e = b ? strchr(b, ']') : NULL;
            if (!b || !e) {
                issue(r, "pattern without a [code] (ignored): %s", s);
                continue;
            }
            *e = 0;
            char *code = trim(b + 1);
            *b = 0;
            char *text = trim(s + 1);
            tac_dict_pattern *np = tac_arena_grow(&r->m->arena, pats, &cap, sizeof *np, npats + 1);
            if (!np)
                return TAC_ERR_NOMEM;
            pats = np;
            pats[npats].text = tac_arena_strdup(&r->m->arena, text);
            pats[npats].code = tac_arena_strdup(&r->m->arena, code);
            pats[npats].origin = origin(r);
            npats++;
            continue;
        }
        /* a verb word line of this block */
        tac_dict_verb *v = tac_dict_add_verb(r->m);
        if (!v)
            return TAC_ERR_NOMEM;
        v->name = block_name;
        v->origin = origin(r);
        verb_line(r, v, s);
        if (!v->code)
            v->code = block_code;
        (void)block_origin;
    }
    END_BLOCK();
#undef END_BLOCK
    return TAC_OK;
}

/* ---- kind detection ---------------------------------------------------- */

static enum pkind detect(FILE *f, const char *path)
{
    char raw[LINE_MAX_BYTES + 2];
    int verbs = 0, agents = 0, coded = 0, bare = 0;
    bool in_comment = false;
    for (int n = 0; n < 400 && fgets(raw, sizeof raw, f); n++) {
        reader tmp = {0};
        tmp.in_comment = in_comment;
        if (skip_markup(&tmp, raw)) {
            in_comment = tmp.in_comment;
            continue;
        }
        char *s = trim(raw);
        if (!*s || *s == '#')
            continue;
        if (!strncmp(s, "---", 3))
            verbs++;
        else if (strstr(s, "[~") || strstr(s, "~]") || (*s == '!' && strchr(s, '=')))
            agents++;
        else if (strchr(s, '['))
            coded++;
        else if (*s != '+')
            bare++;
    }
    rewind(f);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (verbs)
        return PK_VERBS;
    if (agents > coded)
        return PK_AGENTS;
    if (coded == 0 && bare > 0)
        return PK_DISCARDS;
    if (strstr(base, "agent") || strstr(base, "Agent"))
        return PK_AGENTS;
    if (strstr(base, "discard") || strstr(base, "Discard"))
        return PK_DISCARDS;
    return PK_ACTORS;
}

tac_status tac_dict_read_petrarch(tac_dict_model *m, const char *path, tac_error *err)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return tac_fail(err, TAC_ERR_IO, "cannot open dictionary file", 0, "%s", path);
    const char *base = strrchr(path, '/');
    reader r = {.m = m, .file = tac_arena_strdup(&m->arena, base ? base + 1 : path)};
    enum pkind k = detect(f, path);
    tac_status st;
    switch (k) {
    case PK_VERBS: st = read_verbs(&r, f); break;
    case PK_AGENTS: st = read_agents(&r, f); break;
    case PK_DISCARDS: st = read_discards(&r, f); break;
    default: st = read_actors(&r, f); break;
    }
    fclose(f);
    if (st == TAC_OK && m->arena.failed)
        st = TAC_ERR_NOMEM;
    if (st == TAC_ERR_LIMIT)
        return tac_fail(err, st, "dictionary line longer than 4096 bytes", 0, "%s:%u", path, r.line);
    if (st != TAC_OK)
        return tac_fail(err, st, "cannot read dictionary", 0, "%s:%u", path, r.line);
    return TAC_OK;
}
