/*
 * resolve — what follows from an event's code and its sentence: CAMEO facts
 * (root, quad class, Goldstein value, PLOVER category) from our tables, and
 * the event date from the sentence's date expressions ("on Friday",
 * "yesterday", "in May", "earlier this year", explicit dates) against the
 * article's reference date.
 * Input: a tac_event with code/sentence/verb set; the tac_doc.
 * Output: the derived fields of that event. O(tokens of the sentence).
 * Failure: an unknown code leaves root/quad/goldstein/plover empty and
 * returns false; nothing is allocated.
 */
#ifndef TAC_RESOLVE_H
#define TAC_RESOLVE_H

#include "code/event.h"

typedef struct tac_cameo_info {
    const char *code;       /* "0331"                                        */
    const char *label;      /* "Express intent to provide economic aid"     */
    float goldstein;        /* GDELT CAMEO.goldsteinscale value              */
    uint8_t quad;           /* GDELT quad class 1..4                         */
    const char *plover;     /* PLOVER category, NULL when dropped (01, 02)   */
    const char *plover_mode;/* PLOVER mode or NULL                           */
} tac_cameo_info;

/* The table row of a CAMEO code, or NULL when the code is not CAMEO. */
const tac_cameo_info *tac_cameo_lookup(const char *code);
/* Number of rows and the i-th row (for statistics and coverage). */
size_t tac_cameo_count(void);
const tac_cameo_info *tac_cameo_at(size_t i);

/* Fill ev->root, quad, goldstein, plover from ev->code. */
bool tac_resolve_code(tac_event *ev);

/* Fill ev->date, date_basis, date_span from the words of the event's sentence
 * (nearest date expression to the verb token `verb_token`, an index into
 * doc->tokens), resolved against `ref` (the article's reference date). When
 * the sentence gives no date: ev->date = ref, basis TAC_DATE_PUBLISHED. */
void tac_resolve_date(const tac_doc *doc, uint32_t sentence, uint32_t verb_token,
                      int32_t ref, tac_event *ev);

#endif
