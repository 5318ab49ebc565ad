/* Placeholder until the CAMEO tables and date resolution land (resolve helper
 * replaces this file). Keeps the tree linking. */
#include "resolve/resolve.h"

const tac_cameo_info *tac_cameo_lookup(const char *code) { (void)code; return NULL; }
size_t tac_cameo_count(void) { return 0; }
const tac_cameo_info *tac_cameo_at(size_t i) { (void)i; return NULL; }
bool tac_resolve_code(tac_event *ev)
{
    ev->root[0] = ev->code[0];
    ev->root[1] = ev->code[1];
    ev->root[2] = 0;
    return false;
}
void tac_resolve_date(const tac_doc *doc, uint32_t sentence, uint32_t verb_token,
                      int32_t ref, tac_event *ev)
{
    (void)doc; (void)sentence; (void)verb_token;
    ev->date = ref;
    ev->date_basis = TAC_DATE_PUBLISHED;
}
