/* The generated CAMEO table (scripts/gen-cameo.sh writes $(BUILD)/gen/cameo.c
 * from data/cameo/cameo.tsv). Internal to the resolve stage. */
#ifndef TAC_CAMEO_TABLE_H
#define TAC_CAMEO_TABLE_H

#include "resolve/resolve.h"

/* Index slots: 2-digit codes 0..99, 3-digit 100..1099, 4-digit 1100..11099. */
#define TAC_CAMEO_SLOTS 11100

extern const tac_cameo_info tac_cameo_rows[];
extern const size_t tac_cameo_nrows;
extern const uint16_t tac_cameo_index[TAC_CAMEO_SLOTS];

#endif
