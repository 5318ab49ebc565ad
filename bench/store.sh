#!/bin/sh
# Event store benchmark: ingest events/s into SQLite and PostgreSQL, monthly
# dyad series latency over >= 1 million stored events, peak memory. Appends a
# dated section to bench/RESULTS.md.
#
#   sh bench/store.sh [BUILD]        (make bench runs it with the build dir)
#
# Corpus: synthetic coded articles from tests/tools/synth.h — deterministic
# (article n is a function of n), so every run stores the same 1,000,000
# events: 100,000 articles x 10 events (one sentence per event), a quarter of
# the events on four busy dyads (CHN-SYR among them, ~62,500 events), dates
# over 2015-2024. No coder is involved: this measures the store alone.
# Environment: STORE_BENCH_ARTICLES (default 100000), STORE_BENCH_RUNS (21).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
case "$build" in /*) ;; *) build="$top/$build" ;; esac
B="$build/bench/store_bench"
if [ ! -x "$B" ]; then
    make -C "$top" --no-print-directory "BUILD=$(basename "$build")" unit >/dev/null || exit 1
fi
N=${STORE_BENCH_ARTICLES:-100000}
EV=10
RUNS=${STORE_BENCH_RUNS:-21}
tmp=$(mktemp -d)
. "$top/tests/tools/pg.sh"
# The PostgreSQL server gets the shared_buffers a deployment would give it:
# PostgreSQL's own guidance is about a quarter of RAM; 1 GB here (a quarter
# of RAM if that is less) holds the 1M-event database's hot index pages. At
# the default 128 MB (256 MB in the tests) the server spends its time
# evicting and re-reading them. Override with PG_SHARED_BUFFERS.
mem_mb=$(awk '/MemTotal/ { printf "%d", $2 / 1024 / 4 }' /proc/meminfo)
[ "${mem_mb:-0}" -gt 1024 ] && mem_mb=1024
PG_SHARED_BUFFERS=${PG_SHARED_BUFFERS:-${mem_mb}MB}
trap 'pg_stop; rm -rf "$tmp"' EXIT

field() { echo "$1" | tr ' ' '\n' | awk -v k="$2" 'prev == k { print; exit } { prev = $0 }'; }

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "store bench: $N articles x $EV events; load average $load_start"

echo "sqlite: ingest ..."
s_ing=$("$B" ingest "sqlite:$tmp/bench.db" "$N" "$EV") || exit 1
echo "  $s_ing"
s_dyad=$("$B" dyad "sqlite:$tmp/bench.db" CHN SYR month "$RUNS") || exit 1
echo "  $s_dyad"
s_dyad_w=$("$B" dyad "sqlite:$tmp/bench.db" CHN SYR week "$RUNS") || exit 1
echo "  $s_dyad_w"
s_page=$("$B" page "sqlite:$tmp/bench.db" CHN SYR 100 "$RUNS") || exit 1
echo "  $s_page"
# a country as source or target: on SQLite its target side is a skip-scan
s_cpage=$("$B" page "sqlite:$tmp/bench.db" SYR - 100 "$RUNS") || exit 1
echo "  $s_cpage"
s_events=$(sqlite3 "$tmp/bench.db" "SELECT COUNT(*) FROM events" 2>/dev/null || echo "?")
s_pair=$(sqlite3 "$tmp/bench.db" "SELECT COUNT(*) FROM events WHERE (source_country='CHN' AND target_country='SYR') OR (source_country='SYR' AND target_country='CHN')" 2>/dev/null || echo "?")
s_size=$(du -m "$tmp/bench.db" | cut -f1)
# end to end through the command line (process start, open, query, print)
cli_ms=$(for i in 1 2 3 4 5 6 7; do
    t0=$(date +%s%N); "$build/tacitus" dyad --db "$tmp/bench.db" CHN SYR --by month >/dev/null; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
done | sort -n | sed -n 4p)
echo "  tacitus dyad CHN SYR --by month (CLI, median of 7): $cli_ms ms"
rm -f "$tmp"/bench.db*

p_ing="skipped"; p_dyad=""; p_page=""; p_cpage=""
if pg_start; then
    echo "postgresql: ingest ..."
    p_ing=$("$B" ingest "$PG_URL" "$N" "$EV") || p_ing="failed"
    echo "  $p_ing"
    p_dyad=$("$B" dyad "$PG_URL" CHN SYR month "$RUNS") || p_dyad=""
    echo "  $p_dyad"
    p_page=$("$B" page "$PG_URL" CHN SYR 100 "$RUNS") || p_page=""
    echo "  $p_page"
    p_cpage=$("$B" page "$PG_URL" SYR - 100 "$RUNS") || p_cpage=""
    echo "  $p_cpage"
    pg_ver=$("$PG_BIN/postgres" --version | awk '{ print $3 }')
    pg_stop
else
    echo "postgresql: skipped: $PG_WHY"
    pg_ver="-"
fi
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
cc_ver=$(${CC:-cc} --version | head -n 1)
sq_ver=$(sqlite3 --version 2>/dev/null | awk '{ print $1 }')
{
    echo
    echo "## store — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $cpu, $(nproc) cores; load average $load_start at start, $load_end at end. Commit: $(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo unknown)."
    echo "Compiler: $cc_ver. SQLite $sq_ver (WAL, synchronous=NORMAL). PostgreSQL $pg_ver (local server, fsync on, shared_buffers=$PG_SHARED_BUFFERS; the loader's synchronous_commit off)."
    echo "Corpus: synthetic coded articles (tests/tools/synth.h), $N articles x $EV events = $s_events events;"
    echo "CHN-SYR both ways: $s_pair events. SQLite file: $s_size MB. Command: \`sh bench/store.sh\` (\`make bench\`)."
    echo
    echo "| measure | SQLite | PostgreSQL | goal |"
    echo "|---|---|---|---|"
    echo "| ingest, events/s (wall time of the ingest loop less article generation) | $(field "$s_ing" events_per_s) | $(field "$p_ing" events_per_s) | ≥ 200,000 / ≥ 100,000 |"
    echo "| ingest, events per CPU-second of the ingesting process | $(field "$s_ing" events_per_cpu_s) | $(field "$p_ing" events_per_cpu_s) (server not counted) | |"
    echo "| ingest wall time, s | $(field "$s_ing" store_s) | $(field "$p_ing" store_s) | |"
    echo "| monthly dyad series CHN-SYR, median of $RUNS, ms | $(field "$s_dyad" median_ms) | $(field "$p_dyad" median_ms) | < 100 |"
    echo "| weekly dyad series CHN-SYR, median of $RUNS, ms | $(field "$s_dyad_w" median_ms) | | |"
    echo "| first 100 events of CHN-SYR (both ways, id order), median of $RUNS, ms | $(field "$s_page" median_ms) | $(field "$p_page" median_ms) | |"
    echo "| first 100 events of SYR (as source or target, id order), median of $RUNS, ms | $(field "$s_cpage" median_ms) | $(field "$p_cpage" median_ms) | |"
    echo "| \`tacitus dyad CHN SYR --by month\` end to end, median of 7, ms | $cli_ms | | |"
    echo "| peak RSS of the ingesting process, MB | $(field "$s_ing" peak_rss_mb) | $(field "$p_ing" peak_rss_mb) | |"
} >>"$top/bench/RESULTS.md"
echo "appended to bench/RESULTS.md"
