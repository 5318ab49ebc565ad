/* ledger_impl — the ledger's private layout, shared by ledger.c and extract.c. */
#ifndef TAC_LEDGER_IMPL_H
#define TAC_LEDGER_IMPL_H

#include "ledger/ledger.h"

/* One wording of one rung of a state's partnership ladder. */
typedef struct tac_ltier {
    char owner[8];            /* "CHN"                                          */
    int rank;                 /* 1 = top; variants of one rung share a rank     */
    char name[72];            /* this wording, lower case                       */
    char canonical[72];       /* the rung's canonical name                      */
} tac_ltier;

struct tac_ledger {
    tac_lchange *changes;
    size_t n, cap;
    bool finished;
    tac_ltier *tiers;
    size_t ntiers, cap_tiers;
};

tac_lchange *tac_ledger_push(tac_ledger *l);
bool tac_ldim_symmetric(tac_ldim d);
const tac_ltier *tac_ledger_find_tier(const tac_ledger *l, const char *owner, const char *name);

#endif
