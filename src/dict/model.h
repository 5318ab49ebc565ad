/*
 * dict/model — the in-memory dictionary model every reader produces and the
 * coder consumes. Readers: PETRARCH/TABARI files (petrarch.c), our native
 * text format (native.c, docs/dictionaries.md), the compiled binary image
 * (image.c). All three fill one tac_dict_model; the coder never knows which.
 *
 * Layout: flat arrays in one arena. A phrase is a sequence of normalized
 * words (core/norm.h: casefolded, accents stripped), split from the source on
 * spaces and underscores. Strings are arena copies, NUL-terminated.
 *
 *   actor  BASHAR_AL_ASSAD  phrases: [bashar al-assad] [bashar assad] [assad]
 *          codes: SYRGOV 2000-07-17..2024-12-08, SYRELI from 2024-12-09,
 *                 default SYRELI (used when no dated code covers the date)
 *   agent  PRESIDENT  phrases: [president]  code "~GOV" (sector appended to
 *          the country: CHN + ~GOV → CHNGOV; "NGO~" prefixes instead)
 *   verb   pattern: lemma-set id, code "042", pattern text "$ * +" (PETRARCH
 *          notation, parsed by the coder), origin file:line
 *   synset &CURRENCY → phrases
 *   discard phrase (+story-level flag)
 *
 * Ownership: the model owns its arena; tac_dict_model_free releases it.
 * Failure: readers return tac_status with file, line and byte position in err.
 */
#ifndef TAC_DICT_MODEL_H
#define TAC_DICT_MODEL_H

#include "core/core.h"

#define TAC_DATE_OPEN_START INT32_MIN   /* "from the beginning of time"   */
#define TAC_DATE_OPEN_END   INT32_MAX   /* "until further notice"         */

typedef struct tac_dict_phrase {
    const char **words;          /* normalized words                      */
    uint16_t nwords;
    uint16_t flags;              /* TAC_PHRASEF_*                          */
    uint16_t head;               /* verb forms: index of the verb word in a
                                    multi-word form ("wire TAP" = 1); else 0 */
} tac_dict_phrase;

#define TAC_PHRASEF_CONNECTED 0x1 /* PETRARCH '_' joins: words must be adjacent */

typedef struct tac_dict_code {
    const char *code;            /* "SYRGOV"                               */
    int32_t from, to;            /* inclusive days; TAC_DATE_OPEN_* when open */
    uint16_t flags;              /* TAC_CODEF_*                              */
} tac_dict_code;

#define TAC_CODEF_FROM_UNCERTAIN 0x1 /* native '?': start date to be confirmed */
#define TAC_CODEF_TO_UNCERTAIN   0x2 /* native '?': end date to be confirmed   */

typedef struct tac_dict_actor {
    const char *name;            /* canonical entry name ("BASHAR_AL_ASSAD") */
    tac_dict_phrase *phrases;
    uint32_t nphrases;
    tac_dict_code *codes;        /* dated codes, in source order            */
    uint32_t ncodes;
    const char *default_code;    /* undated code, or NULL                   */
    const char *note;            /* free text (sources, uncertainty), or NULL */
    const char *origin;          /* "file:line"                             */
    uint16_t flags;              /* TAC_ACTORF_*                             */
} tac_dict_actor;

#define TAC_ACTORF_COUNTRY   0x1 /* names a state (code is a bare country)   */
#define TAC_ACTORF_IGO       0x2
#define TAC_ACTORF_ARMED     0x4 /* non-state armed group                   */
#define TAC_ACTORF_PERSON    0x8 /* an office-holder or other person        */
#define TAC_ACTORF_CAPITAL   0x10 /* a capital standing for its government    */
#define TAC_ACTORF_NGO       0x20 /* non-governmental organization            */
#define TAC_ACTORF_GROUP     0x40 /* other organized group (party, company …) */
#define TAC_ACTORF_OTHER     0x80 /* native `kind other`                      */
#define TAC_ACTORF_KINDS     0xff /* mask of the kind bits above              */
#define TAC_ACTORF_UNCERTAIN 0x100 /* some date of the entry is marked '?'    */

typedef struct tac_dict_agent {
    const char *name;
    tac_dict_phrase *phrases;    /* singular and plural forms               */
    uint32_t nphrases;
    const char *code;            /* "~GOV" (suffix) or "NGO~" (prefix)      */
    const char *origin;
} tac_dict_agent;

typedef struct tac_dict_pattern {
    const char *text;            /* PETRARCH pattern notation: "- $ * +"    */
    const char *code;            /* "042"; may be "---" (no event) or "x:y" */
    const char *origin;          /* "file:line"                             */
} tac_dict_pattern;

typedef struct tac_dict_verb {
    const char *name;            /* block name ("VISIT")                     */
    const char *code;            /* the block's default code ("042"), or NULL */
    tac_dict_phrase *forms;      /* verb forms: lemma and inflections,
                                    multi-word forms allowed ("break down") */
    uint32_t nforms;
    tac_dict_pattern *patterns;
    uint32_t npatterns;
    const char *origin;
} tac_dict_verb;

typedef struct tac_dict_synset {
    const char *name;            /* without the '&': "CURRENCY"             */
    tac_dict_phrase *phrases;    /* members; a member may itself be "&X"    */
    uint32_t nphrases;
    const char *origin;
} tac_dict_synset;

typedef struct tac_dict_discard {
    tac_dict_phrase phrase;
    bool story;                  /* '+': discard the whole story            */
    const char *origin;
} tac_dict_discard;

/* Something a reader met and could not represent: reported, never dropped
 * silently. */
typedef struct tac_dict_issue {
    const char *origin;          /* "file:line"                             */
    const char *message;
} tac_dict_issue;

typedef struct tac_dict_model {
    tac_arena arena;
    tac_dict_actor *actors;   uint32_t nactors, cap_actors;
    tac_dict_agent *agents;   uint32_t nagents, cap_agents;
    tac_dict_verb *verbs;     uint32_t nverbs, cap_verbs;
    tac_dict_synset *synsets; uint32_t nsynsets, cap_synsets;
    tac_dict_discard *discards; uint32_t ndiscards, cap_discards;
    tac_dict_issue *issues;   uint32_t nissues, cap_issues;
    const char *version;      /* free text; set by the loader             */
    uint64_t source_hash;     /* XXH3 chained over the source files read, in
                                 order (native reader and tac_dict_read_path);
                                 the image keeps it                        */
} tac_dict_model;

void tac_dict_model_init(tac_dict_model *m);
void tac_dict_model_free(tac_dict_model *m);

/* Split text on spaces/underscores, normalize each word. false on OOM. */
bool tac_dict_phrase_make(tac_dict_model *m, const char *text, size_t len, tac_dict_phrase *out);

/* Appenders return a pointer to the new zeroed record, NULL on OOM. */
tac_dict_actor *tac_dict_add_actor(tac_dict_model *m);
tac_dict_agent *tac_dict_add_agent(tac_dict_model *m);
tac_dict_verb *tac_dict_add_verb(tac_dict_model *m);
tac_dict_synset *tac_dict_add_synset(tac_dict_model *m);
tac_dict_discard *tac_dict_add_discard(tac_dict_model *m);
bool tac_dict_add_issue(tac_dict_model *m, const char *origin, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The code of an actor on a date: the dated code covering it, else the
 * default, else NULL. *rule receives the code record used (NULL = default). */
const char *tac_dict_actor_code(const tac_dict_actor *a, int32_t date, const tac_dict_code **rule);

/* Readers (each appends into m; origin strings name the file). */
tac_status tac_dict_read_petrarch(tac_dict_model *m, const char *path, tac_error *err);
tac_status tac_dict_read_native(tac_dict_model *m, const char *path, tac_error *err);
/* A directory: every *.txt (PETRARCH, detected by content) and *.tac
 * (native) file in name order; or a single file; or a compiled image. */
tac_status tac_dict_read_path(tac_dict_model *m, const char *path, tac_error *err);

/* Binary image: versioned, validated on load (docs/dictionaries.md). */
tac_status tac_dict_image_write(const tac_dict_model *m, const char *path, tac_error *err);
tac_status tac_dict_image_read(tac_dict_model *m, const char *path, tac_error *err);

#endif
