/*
 * The HTTP server: libmicrohttpd with a thread pool and epoll, bounded per
 * connection (memory for request line and headers, idle timeout), bounded in
 * connections, GET/HEAD only, no request body. Every request is answered by
 * tac_api_get; the access log goes to the caller's callback.
 */
#include "serve/serve.h"
#include "serve/api.h"
#include <microhttpd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <stdio.h>
#include <time.h>

struct tac_server {
    struct MHD_Daemon *mhd;
    tac_api *api;
    tac_server_options opt;
    uint16_t port;
};

static int64_t now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static enum MHD_Result respond(struct MHD_Connection *c, int status, tac_buf *body, const char *type, bool head)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(head ? 0 : body->len, body->data ? body->data : (char *)"",
                                                             MHD_RESPMEM_MUST_COPY);
    if (!r)
        return MHD_NO;
    MHD_add_response_header(r, "Content-Type", type);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Content-Security-Policy",
                            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                            "frame-ancestors 'none'");
    MHD_add_response_header(r, "Cache-Control", "no-store");
    enum MHD_Result ret = MHD_queue_response(c, (unsigned)status, r);
    MHD_destroy_response(r);
    return ret;
}

/* Raw query string: libmicrohttpd splits it already; with unescaping turned
 * off (keep_escaped) the pieces are still %-encoded, so joining them gives
 * back the query and the API's own decoder sees every byte (NUL included). */
typedef struct qbuf {
    tac_buf b;
    bool bad;
} qbuf;

static enum MHD_Result add_arg(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
    (void)kind;
    qbuf *q = cls;
    if (q->b.len)
        tac_buf_putc(&q->b, '&');
    for (int part = 0; part < 2; part++) {
        const char *s = part ? value : key;
        if (part)
            tac_buf_putc(&q->b, '=');
        if (s)
            tac_buf_puts(&q->b, s);
    }
    if (q->b.len > TAC_SERVE_MAX_URL)
        q->bad = true;
    return q->bad ? MHD_NO : MHD_YES;
}

static size_t keep_escaped(void *cls, struct MHD_Connection *c, char *s)
{
    (void)cls;
    (void)c;
    return strlen(s);
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                              const char *version, const char *upload_data, size_t *upload_size, void **state)
{
    (void)version;
    (void)upload_data;
    tac_server *s = cls;
    if (!*state) {               /* first call: headers only */
        *state = (void *)1;
        return MHD_YES;
    }
    int64_t t0 = now_us();
    tac_buf body;
    tac_buf_init(&body);
    const char *type = "application/json; charset=utf-8";
    int status;
    bool head = !strcmp(method, "HEAD");
    if (*upload_size) {
        *upload_size = 0;        /* no endpoint takes a body */
        tac_buf_puts(&body, "{\"error\":{\"status\":413,\"message\":\"request bodies are not accepted\"}}\n");
        status = 413;
    } else if (strcmp(method, "GET") && !head) {
        tac_buf_puts(&body, "{\"error\":{\"status\":405,\"message\":\"only GET and HEAD\"}}\n");
        status = 405;
    } else if (strlen(url) > TAC_SERVE_MAX_URL || strstr(url, "..") || strcasestr(url, "%2e%2e") ||
               tac_utf8_valid_prefix(url, strlen(url)) != strlen(url)) {
        tac_buf_puts(&body, "{\"error\":{\"status\":400,\"message\":\"bad path\"}}\n");
        status = 400;
    } else {
        qbuf q;
        tac_buf_init(&q.b);
        q.bad = false;
        MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, add_arg, &q);
        if (q.bad) {
            tac_buf_puts(&body, "{\"error\":{\"status\":414,\"message\":\"query too long\"}}\n");
            status = 414;
        } else {
            status = tac_api_get(s->api, url, q.b.data ? q.b.data : "", &body, &type);
        }
        tac_buf_free(&q.b);
    }
    if (body.failed) {
        tac_buf_free(&body);
        tac_buf_init(&body);
        status = 500;
        tac_buf_puts(&body, "{\"error\":{\"status\":500,\"message\":\"out of memory\"}}\n");
    }
    enum MHD_Result ret = respond(c, status, &body, type, head);
    if (s->opt.log) {
        char line[600];
        snprintf(line, sizeof line, "%.16s %.400s %d %zu %lldus", method, url, status, body.len,
                 (long long)(now_us() - t0));
        /* the method and path are the client's bytes: no control characters
         * (terminal escapes, forged log lines) reach the log */
        for (char *p = line; *p; p++)
            if ((unsigned char)*p < 0x20 || *p == 0x7f)
                *p = '?';
        s->opt.log(s->opt.log_ctx, line);
    }
    tac_buf_free(&body);
    return ret;
}

tac_status tac_server_start(const tac_server_options *o, tac_server **out, tac_error *err)
{
    tac_server *s = calloc(1, sizeof *s);
    if (!s)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    s->opt = *o;
    tac_status st = tac_api_new(o->db, o->dict, &s->api, err);
    if (st != TAC_OK) {
        free(s);
        return st;
    }
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(o->port);
    if (inet_pton(AF_INET, o->host ? o->host : "127.0.0.1", &addr.sin_addr) != 1) {
        tac_api_free(s->api);
        free(s);
        return tac_fail(err, TAC_ERR_ARG, "listen address must be an IPv4 address", 0, "%s", o->host);
    }
    unsigned threads = o->threads ? o->threads : 2;
    s->mhd = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL,
                              o->port, NULL, NULL, handle, s,
                              MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
                              MHD_OPTION_THREAD_POOL_SIZE, threads,
                              MHD_OPTION_CONNECTION_LIMIT, (unsigned)TAC_SERVE_MAX_CONNECTIONS,
                              MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)TAC_SERVE_TIMEOUT_S,
                              MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)TAC_SERVE_MAX_HEADER * 2,
                              MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)TAC_SERVE_MAX_CONNECTIONS,
                              MHD_OPTION_UNESCAPE_CALLBACK, keep_escaped, NULL,
                              MHD_OPTION_END);
    if (!s->mhd) {
        tac_api_free(s->api);
        free(s);
        return tac_fail(err, TAC_ERR_IO, "could not listen", 0, "%s:%u", o->host ? o->host : "127.0.0.1",
                        (unsigned)o->port);
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->mhd, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : o->port;
    *out = s;
    return TAC_OK;
}

uint16_t tac_server_port(const tac_server *s)
{
    return s->port;
}

void tac_server_stop(tac_server *s)
{
    if (!s)
        return;
    MHD_stop_daemon(s->mhd);
    tac_api_free(s->api);
    free(s);
}
