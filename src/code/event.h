/*
 * event — the coded event record (struct tac_event), shared by code, emit,
 * store, ledger and serve. One event = one (source, target, CAMEO code) with
 * its evidence. Strings point into the dictionary image or the doc arena and
 * live as long as the doc (and the dict). Spans are src offsets.
 */
#ifndef TAC_EVENT_H
#define TAC_EVENT_H

#include "core/doc.h"

typedef struct tac_actor {
    const char *code;          /* e.g. "CHNGOV"; "---" when absent            */
    char country[4];           /* first 3 letters when a country/IGO key, else "" */
    tac_span span;             /* words that named it ({0,0} when none)       */
    const char *entry;         /* dictionary entry that matched ("XI_JINPING") */
    const char *rule;          /* the date rule used ("CHNGOV 20130314-") or NULL */
    const char *agent;         /* agent entry that supplied the sector, or NULL */
} tac_actor;

enum tac_mode {
    TAC_MODE_FACT = 0,         /* reported as having happened                  */
    TAC_MODE_INTENT,           /* announced intention, promise, plan           */
    TAC_MODE_NEGATED,          /* "did not condemn"                            */
    TAC_MODE_HYPOTHETICAL,     /* conditional, question                        */
    TAC_MODE_DENIED            /* reported, but denied ("though it denies this") */
};

enum tac_date_basis { TAC_DATE_PUBLISHED = 0, TAC_DATE_TEXT = 1 };

typedef struct tac_event {
    uint32_t sentence;         /* index into doc->sentences                    */
    int32_t date;              /* days since epoch, TAC_NO_DATE when unknown   */
    uint8_t date_basis;        /* enum tac_date_basis                          */
    tac_span date_span;        /* words that gave the date (TEXT basis)        */
    tac_actor source, target;
    char code[8];              /* "0331"                                       */
    char root[3];              /* "03"                                         */
    uint8_t quad;              /* GDELT quad class 1..4                        */
    float goldstein;           /* GDELT's CAMEO.goldsteinscale                 */
    const char *plover;        /* PLOVER category or NULL (01, 02 dropped)     */
    tac_span verb;
    uint32_t pattern;          /* pattern id in the dictionary                 */
    const char *pattern_text;  /* the pattern as written                       */
    const char *dict_file;     /* file:line of the pattern, if known           */
    bool negated;
    uint8_t mode;              /* enum tac_mode                                */
    float confidence;          /* 0..1                                         */
} tac_event;

#endif
