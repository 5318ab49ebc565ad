/* tacitus serve — the JSON API and the web dashboard. */
#include "cli/cli.h"
#include "serve/serve.h"
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>

static void usage(FILE *f)
{
    fputs("usage: tacitus serve [--db URL] [--listen ADDR:PORT] [--threads N] [--dictionaries PATH]\n\n"
          "Serve the JSON API (docs/api.md) and the dashboard for a database written by\n"
          "'tacitus ingest'. Defaults: --db tacitus.db, --listen 127.0.0.1:8080 (loopback),\n"
          "2 threads. The database is opened read-only. Port 0 picks a free port; the\n"
          "address actually bound is printed on standard error. SIGINT/SIGTERM stop it\n"
          "gracefully. One access-log line per request goes to standard error.\n",
          f);
}

static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;

static void log_line(void *ctx, const char *line)
{
    (void)ctx;
    pthread_mutex_lock(&log_lock);
    fprintf(stderr, "%s\n", line);
    pthread_mutex_unlock(&log_lock);
}

int cli_cmd_serve(int argc, char **argv)
{
    tac_server_options o = {.db = "tacitus.db", .host = "127.0.0.1", .port = 8080, .threads = 2};
    const char *dict = NULL;
    static char host[64];
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--db") && i + 1 < argc) {
            o.db = argv[++i];
        } else if (!strcmp(a, "--dictionaries") && i + 1 < argc) {
            dict = argv[++i];
        } else if (!strcmp(a, "--threads") && i + 1 < argc) {
            int t = atoi(argv[++i]);
            if (t < 1 || t > 64) {
                cli_errorf("serve: --threads is 1-64");
                return 2;
            }
            o.threads = (unsigned)t;
        } else if (!strcmp(a, "--listen") && i + 1 < argc) {
            const char *v = argv[++i];
            const char *colon = strrchr(v, ':');
            char *end;
            long port = colon ? strtol(colon + 1, &end, 10) : -1;
            if (!colon || *end || port < 0 || port > 65535 || (size_t)(colon - v) >= sizeof host) {
                cli_errorf("serve: --listen wants ADDRESS:PORT, e.g. 127.0.0.1:8080");
                return 2;
            }
            snprintf(host, sizeof host, "%.*s", (int)(colon - v), v);
            o.host = host;
            o.port = (uint16_t)port;
        } else {
            cli_errorf("serve: unknown argument '%s'", a);
            usage(stderr);
            return 2;
        }
    }
    o.dict = dict ? dict : cli_default_dict();
    o.log = log_line;
    /* block the stop signals in every thread; this one waits for them */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    tac_error err = {0};
    tac_server *s = NULL;
    if (tac_server_start(&o, &s, &err) != TAC_OK) {
        cli_report(o.db, &err);
        return 1;
    }
    fprintf(stderr, "tacitus: serving %s on http://%s:%u/\n", o.db, o.host, (unsigned)tac_server_port(s));
    int sig = 0;
    sigwait(&set, &sig);
    fprintf(stderr, "tacitus: %s: stopping\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    tac_server_stop(s);
    return 0;
}
