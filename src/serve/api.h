/* api — the API state shared by the server's worker threads (serve.h). */
#ifndef TAC_SERVE_API_H
#define TAC_SERVE_API_H

#include "serve/serve.h"

typedef struct tac_api tac_api;

/* Open the store once to check it (read-only), load the search dictionary
 * (may be NULL). Caller frees with tac_api_free. */
tac_status tac_api_new(const char *db, const char *dict, tac_api **out, tac_error *err);
void tac_api_free(tac_api *api);

#endif
