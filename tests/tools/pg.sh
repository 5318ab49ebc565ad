# Start and stop a throw-away PostgreSQL 15 server on loopback for tests and
# benchmarks. Source it, then:
#   pg_start        sets PG_URL (postgres://postgres@127.0.0.1:PORT/postgres),
#                   PG_PSQL (psql command), PG_DIR; returns 1 with PG_WHY set
#                   when it cannot (not root, binaries missing, start failed)
#   pg_url DB       URL of database DB on that server (pg_createdb DB first)
#   pg_createdb DB
#   pg_stop         stops the server and removes its directory (call it in a trap)
# PG_SHARED_BUFFERS (default 256MB) sets the server's shared_buffers: the
# tests use little; the store benchmark sets what a deployment would use.
# Debian's initdb refuses root, so the server runs as the `postgres` user in a
# directory it owns; the socket goes there too (-k), TCP listens on 127.0.0.1
# only, on a port that was free a moment before.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_DIR=

pg_start() {
    if [ "$(id -u)" != 0 ]; then PG_WHY="not root (the test server runs as the postgres user via su)"; return 1; fi
    if [ ! -x "$PG_BIN/initdb" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then PG_WHY="PostgreSQL 15 binaries missing in $PG_BIN (scripts/deps.sh installs postgresql-15)"; return 1; fi
    if ! id postgres >/dev/null 2>&1; then PG_WHY="no postgres user"; return 1; fi
    PG_DIR=$(mktemp -d /tmp/tacitus-pg.XXXXXX) || { PG_WHY="mktemp failed"; return 1; }
    chown postgres "$PG_DIR"
    chmod 700 "$PG_DIR"
    PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if ! su postgres -s /bin/sh -c "'$PG_BIN/initdb' -D '$PG_DIR/data' -A trust -U postgres -E UTF8 --no-locale" >"$PG_DIR/initdb.log" 2>&1; then
        PG_WHY="initdb failed: $(tail -n 3 "$PG_DIR/initdb.log")"; return 1
    fi
    if ! su postgres -s /bin/sh -c "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w -t 60 \
            -o \"-k '$PG_DIR' -c listen_addresses=127.0.0.1 -p $PG_PORT -c max_connections=40 -c shared_buffers=${PG_SHARED_BUFFERS:-256MB}\" start" >"$PG_DIR/pg_ctl.log" 2>&1; then
        PG_WHY="server did not start: $(tail -n 3 "$PG_DIR/server.log" 2>/dev/null)"; return 1
    fi
    PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
    PG_PSQL="$PG_BIN/psql"
    return 0
}

pg_url() { echo "postgres://postgres@127.0.0.1:$PG_PORT/$1"; }

pg_createdb() { "$PG_BIN/psql" -q "$PG_URL" -c "CREATE DATABASE \"$1\"" >/dev/null; }

pg_stop() {
    if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
        su postgres -s /bin/sh -c "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m immediate -w stop" >/dev/null 2>&1
    fi
    [ -n "$PG_DIR" ] && rm -rf "$PG_DIR"
    PG_DIR=
}
