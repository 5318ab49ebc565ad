#!/bin/sh
# Server benchmark: `wrk` against `tacitus serve` over a database of
# 1,000,000 synthetic events (bench/store_bench ingest: 100,000 articles x 10
# events, CHN-SYR ~62,500 of them; see bench/store.sh and tests/tools/synth.h).
# Measures requests/s and p99 latency of
#   1. /api/dyad?a=CHN&b=SYR&by=month           (the monthly series, both ways)
#   2. /api/events?dyad=CHN,SYR&limit=100       (the first page of the pair)
#   3. /api/dyad?…&by=month&run=N, N unique per request: every request misses
#      the server's response cache, so this is the store's dyad query itself.
# 1 and 2 repeat one URL, as a dashboard does; the server answers repeats from
# its response cache (src/serve/api.c) until the store changes. The first,
# uncached answer of each is timed separately with curl.
# Loopback only; each wrk run is bounded (SERVE_BENCH_SECONDS, default 10).
#
#   sh bench/serve.sh [BUILD]            (bench/run.sh runs it)
# Environment: SERVE_BENCH_ARTICLES (100000), SERVE_BENCH_SECONDS (10),
# SERVE_BENCH_THREADS (server and wrk threads, 2), SERVE_BENCH_CONNECTIONS (32),
# SERVE_BENCH_DB (reuse an existing database instead of building one).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-${BUILD:-build}}
case "$build" in /*) ;; *) build="$top/$build" ;; esac
T="$build/tacitus"
B="$build/bench/store_bench"
N=${SERVE_BENCH_ARTICLES:-100000}
SECS=${SERVE_BENCH_SECONDS:-10}
THREADS=${SERVE_BENCH_THREADS:-2}
CONNS=${SERVE_BENCH_CONNECTIONS:-32}
RESULTS=${RESULTS:-$top/bench/RESULTS.md}
for tool in wrk curl python3; do
    if ! command -v $tool >/dev/null 2>&1; then
        echo "serve bench: SKIP: $tool is not installed (scripts/deps.sh installs it)"
        exit 0
    fi
done
if [ ! -x "$B" ]; then
    make -C "$top" --no-print-directory "BUILD=$(basename "$build")" unit >/dev/null || exit 1
fi
tmp=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

db=${SERVE_BENCH_DB:-}
if [ -z "$db" ]; then
    db="$tmp/serve.db"
    echo "serve bench: building $N articles x 10 events ..."
    "$B" ingest "sqlite:$db" "$N" 10 >"$tmp/ingest.out" || exit 1
    cat "$tmp/ingest.out"
fi
events=$(sqlite3 "$db" "SELECT COUNT(*) FROM events" 2>/dev/null || echo "?")
pair=$(sqlite3 "$db" "SELECT COUNT(*) FROM events WHERE (source_country='CHN' AND target_country='SYR') OR (source_country='SYR' AND target_country='CHN')" 2>/dev/null || echo "?")

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$T" serve --db "$db" --listen "127.0.0.1:$port" --threads "$THREADS" 2>"$tmp/serve.log" &
pid=$!
base="http://127.0.0.1:$port"
i=0
until curl -s -o /dev/null "$base/api/stats"; do
    i=$((i + 1))
    if [ $i -gt 100 ] || ! kill -0 "$pid" 2>/dev/null; then
        echo "serve bench: the server did not start:" >&2
        cat "$tmp/serve.log" >&2
        exit 1
    fi
    sleep 0.1
done
rss() { awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status"; }
rss_start=$(rss)

# first (uncached) answer, ms
first_ms() { curl -s -o /dev/null -m 120 -w '%{http_code} %{time_total}' "$1" | awk '{ printf "%.0f ms (HTTP %s)", $2 * 1000, $1 }'; }
dyad_url="$base/api/dyad?a=CHN&b=SYR&by=month"
events_url="$base/api/events?dyad=CHN,SYR&limit=100"
dyad_first=$(first_ms "$dyad_url")
events_first=$(first_ms "$events_url")
echo "first answers: dyad $dyad_first, events $events_first"

cat >"$tmp/unique.lua" <<'LUA'
-- every request a different URL: the server's response cache never hits
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/dyad?a=CHN&b=SYR&by=month&run=" .. n)
end
LUA

# run_wrk NAME URL [wrk args]: prints "rps p99_ms non2xx errors"
run_wrk() {
    name=$1; url=$2; shift 2
    wrk -t"$THREADS" -c"$CONNS" -d"${SECS}s" --timeout 10s --latency "$@" "$url" >"$tmp/$name.wrk" 2>&1
    python3 - "$tmp/$name.wrk" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
def ms(v, u):
    return float(v) * {'us': 0.001, 'ms': 1.0, 's': 1000.0, 'm': 60000.0}[u]
rps = re.search(r'Requests/sec:\s*([\d.]+)', t)
p99 = re.search(r'^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$', t, re.M)
non = re.search(r'Non-2xx or 3xx responses:\s*(\d+)', t)
err = re.search(r'Socket errors:(.*)', t)
print('%s %s %s %s' % (rps.group(1) if rps else 'n/a', '%.2f' % ms(*p99.groups()) if p99 else 'n/a',
                        non.group(1) if non else '0', (err.group(1).strip().replace(' ', '') if err else 'none')))
PY
}
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "wrk: $THREADS threads, $CONNS connections, ${SECS}s each; load average $load_start"
r_dyad=$(run_wrk dyad "$dyad_url"); echo "  dyad (repeated URL):    $r_dyad"
r_events=$(run_wrk events "$events_url"); echo "  events (repeated URL):  $r_events"
r_uniq=$(run_wrk uniq "$base" -s "$tmp/unique.lua"); echo "  dyad (uncached):        $r_uniq"
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
rss_end=$(rss)
alive=yes
curl -s -o /dev/null "$base/api/stats" || alive=no
kill "$pid" 2>/dev/null
wait "$pid"
rc=$?
pid=
f() { echo "$1" | cut -d' ' -f"$2"; }

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
cc_ver=$(${CC:-cc} --version | head -n 1)
commit=$(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo unknown)
wrk_ver=$(wrk -v 2>&1 | head -n 1 | awk '{ print $2 }')
{
    echo
    echo "## serve — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $(uname -srm), $cpu, $(nproc) cores; load average $load_start at start, $load_end at end"
    echo "(other jobs share the machine; wrk, the server and they compete for the cores)."
    echo "Compiler: $cc_ver; build $build, commit $commit. wrk $wrk_ver."
    echo "Database: SQLite, synthetic (tests/tools/synth.h via bench/store_bench), $events events, CHN-SYR both ways $pair."
    echo "Server: \`tacitus serve --threads $THREADS\`, loopback. Client: \`wrk -t$THREADS -c$CONNS -d${SECS}s --timeout 10s --latency URL\`"
    echo "on the same machine. Command: \`sh bench/serve.sh\` (\`make bench\`). Server RSS $rss_start MB at start, $rss_end MB at end;"
    echo "answering after the runs: $alive; exit status after SIGTERM: $rc."
    echo
    echo "| request | req/s | p99 ms | non-2xx | socket errors | first answer | goal |"
    echo "|---|---|---|---|---|---|---|"
    echo "| /api/dyad?a=CHN&b=SYR&by=month (repeated) | $(f "$r_dyad" 1) | $(f "$r_dyad" 2) | $(f "$r_dyad" 3) | $(f "$r_dyad" 4) | $dyad_first | ≥ 5,000 req/s, p99 < 20 ms |"
    echo "| /api/events?dyad=CHN,SYR&limit=100 (repeated) | $(f "$r_events" 1) | $(f "$r_events" 2) | $(f "$r_events" 3) | $(f "$r_events" 4) | $events_first | |"
    echo "| /api/dyad?a=CHN&b=SYR&by=month&run=N (every request uncached) | $(f "$r_uniq" 1) | $(f "$r_uniq" 2) | $(f "$r_uniq" 3) | $(f "$r_uniq" 4) | | |"
} >>"$RESULTS"
echo "appended to $RESULTS"
