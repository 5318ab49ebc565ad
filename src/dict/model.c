/* The dictionary model: appenders, phrase splitting, dated code lookup. */
#include "dict/model.h"
#include "core/norm.h"
#include <stdio.h>

void tac_dict_model_init(tac_dict_model *m)
{
    memset(m, 0, sizeof *m);
    tac_arena_init(&m->arena, 1u << 20);
}

void tac_dict_model_free(tac_dict_model *m)
{
    tac_arena_release(&m->arena);
    memset(m, 0, sizeof *m);
}

bool tac_dict_phrase_make(tac_dict_model *m, const char *text, size_t len, tac_dict_phrase *out)
{
    const char *words[256];
    uint16_t n = 0;
    uint16_t flags = 0;
    char buf[512];
    size_t i = 0;
    while (i < len && n < 256) {
        while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '_')) {
            if (text[i] == '_')
                flags |= TAC_PHRASEF_CONNECTED;
            i++;
        }
        size_t s = i;
        while (i < len && text[i] != ' ' && text[i] != '\t' && text[i] != '_')
            i++;
        if (i == s)
            break;
        size_t k = tac_norm_word(text + s, i - s, buf, sizeof buf);
        char *w = tac_arena_strndup(&m->arena, buf, k);
        if (!w)
            return false;
        words[n++] = w;
    }
    out->nwords = n;
    out->flags = flags;
    out->words = tac_arena_alloc(&m->arena, sizeof(char *) * (n ? n : 1));
    if (!out->words)
        return false;
    memcpy(out->words, words, sizeof(char *) * n);
    return true;
}

#define APPENDER(fn, type, field)                                                         \
    type *fn(tac_dict_model *m)                                                           \
    {                                                                                     \
        type *p = tac_arena_grow(&m->arena, m->field, &m->cap_##field, sizeof *p,         \
                                 m->n##field + 1);                                        \
        if (!p)                                                                           \
            return NULL;                                                                  \
        m->field = p;                                                                     \
        memset(&p[m->n##field], 0, sizeof *p);                                            \
        return &p[m->n##field++];                                                         \
    }
APPENDER(tac_dict_add_actor, tac_dict_actor, actors)
APPENDER(tac_dict_add_agent, tac_dict_agent, agents)
APPENDER(tac_dict_add_verb, tac_dict_verb, verbs)
APPENDER(tac_dict_add_synset, tac_dict_synset, synsets)
APPENDER(tac_dict_add_discard, tac_dict_discard, discards)

bool tac_dict_add_issue(tac_dict_model *m, const char *origin, const char *fmt, ...)
{
    tac_dict_issue *p = tac_arena_grow(&m->arena, m->issues, &m->cap_issues, sizeof *p, m->nissues + 1);
    if (!p)
        return false;
    m->issues = p;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    p[m->nissues].origin = tac_arena_strdup(&m->arena, origin);
    p[m->nissues].message = tac_arena_strdup(&m->arena, msg);
    m->nissues++;
    return true;
}

const char *tac_dict_actor_code(const tac_dict_actor *a, int32_t date, const tac_dict_code **rule)
{
    if (rule)
        *rule = NULL;
    if (date != TAC_NO_DATE) {
        for (uint32_t i = 0; i < a->ncodes; i++) {
            const tac_dict_code *c = &a->codes[i];
            if (date >= c->from && date <= c->to) {
                if (rule)
                    *rule = c;
                return c->code;
            }
        }
    }
    return a->default_code;
}
