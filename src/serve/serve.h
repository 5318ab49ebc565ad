/*
 * serve — the HTTP API and the embedded dashboard (libmicrohttpd).
 *
 * Input: GET/HEAD requests; a store URL (opened read-only per worker);
 * optionally a dictionary for actor search.
 * Output: JSON (docs/api.md) and the dashboard's embedded static assets.
 * Ownership: tac_server_start returns a server the caller stops with
 * tac_server_stop, which waits for requests in flight and frees everything.
 * Limits: request line and headers (TAC_SERVE_MAX_HEADER), no request body,
 * per-connection memory, connection count, idle timeout, rows per response.
 * Failure: bad requests get 4xx JSON errors; store errors 500/503; the
 * server itself never exits the process or prints: the access log goes to
 * the caller's callback.
 */
#ifndef TAC_SERVE_H
#define TAC_SERVE_H

#include "core/core.h"

#define TAC_SERVE_MAX_URL 2048          /* bytes of path + query              */
#define TAC_SERVE_MAX_PARAM 256         /* bytes of one query parameter value */
#define TAC_SERVE_MAX_HEADER 8192       /* per-connection memory for headers  */
#define TAC_SERVE_MAX_ROWS 1000         /* events per page                    */
#define TAC_SERVE_MAX_CONNECTIONS 512
#define TAC_SERVE_TIMEOUT_S 10          /* idle connection timeout            */

typedef struct tac_server tac_server;

typedef struct tac_server_options {
    const char *db;            /* store URL (default "tacitus.db")              */
    const char *dict;          /* dictionary for actor search, or NULL          */
    const char *host;          /* "127.0.0.1"                                   */
    uint16_t port;             /* 0 = any free port (see tac_server_port)       */
    unsigned threads;          /* worker threads (default 2)                    */
    /* one line per request: method, path, status, bytes, microseconds */
    void (*log)(void *ctx, const char *line);
    void *log_ctx;
} tac_server_options;

tac_status tac_server_start(const tac_server_options *o, tac_server **out, tac_error *err);
uint16_t tac_server_port(const tac_server *s);
void tac_server_stop(tac_server *s);

/* The API, without HTTP: answer one GET (path without query, raw query
 * string) into body; returns the HTTP status. Used by the server and tests. */
struct tac_api;
int tac_api_get(struct tac_api *api, const char *path, const char *query, tac_buf *body,
                const char **content_type);

#endif
