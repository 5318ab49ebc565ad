# Shared helpers for the benchmarks (bench/*.sh). Source it after setting
# nothing; bench/run.sh exports:
#   BUILD     the build directory (default build)      TACITUS  its binary
#   RESULTS   the file sections are appended to (bench/RESULTS.md)
#   SHARED    ../shared (corpora that are not in the repo; benchmarks that
#             need it say so and skip when absent)
#   BENCH_RUNS  runs per measurement (median reported; default 3)
#   BENCH_TMP   scratch directory (removed at exit)
# Method, for every benchmark: wall-clock medians of BENCH_RUNS runs on an
# otherwise idle machine, output to /dev/null unless checked, peak memory as
# the maximum resident set size reported by /usr/bin/time -v (or getrusage).
: "${TOP:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILD:=build}"
case "$BUILD" in /*) ;; *) BUILD="$TOP/$BUILD" ;; esac
: "${TACITUS:=$BUILD/tacitus}"
: "${RESULTS:=$TOP/bench/RESULTS.md}"
: "${SHARED:=${TAC_SHARED:-$TOP/../shared}}"
: "${BENCH_RUNS:=3}"
if [ -z "${BENCH_TMP:-}" ]; then
    BENCH_TMP=$(mktemp -d)
    trap 'rm -rf "$BENCH_TMP"' EXIT
fi

# bench_section TITLE: append "## TITLE" and the machine, CPU, compiler, date.
bench_section() {
    cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
    cc_version=$(${CC:-cc} --version 2>/dev/null | head -n 1)
    commit=$(git -C "$TOP" rev-parse --short HEAD 2>/dev/null || echo unknown)
    dirty=$(git -C "$TOP" status --porcelain --untracked-files=no 2>/dev/null | head -n 1)
    {
        echo
        echo "## $1"
        echo
        echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
        echo "- machine: $(uname -srm), $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM"
        echo "- CPU: ${cpu:-unknown}"
        echo "- compiler: ${cc_version:-unknown}; build: $BUILD"
        echo "- tacitus: $("$TACITUS" --version 2>/dev/null | head -n 1), commit $commit${dirty:+ (uncommitted changes)}"
        echo "- method: median of $BENCH_RUNS runs, wall clock"
        echo
    } >>"$RESULTS"
}

bench_note() { echo "$*" >>"$RESULTS"; }

# bench_time CMD...: wall seconds of one run (stdout of CMD discarded).
bench_time() {
    python3 - "$@" <<'PY'
import subprocess, sys, time
t = time.perf_counter()
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
el = time.perf_counter() - t
if rc != 0:
    sys.stderr.write('bench: command failed (exit %d): %s\n' % (rc, ' '.join(sys.argv[1:])))
    sys.exit(1)
print('%.6f' % el)
PY
}

# bench_median CMD...: median wall seconds over BENCH_RUNS runs.
bench_median() {
    i=0; : >"$BENCH_TMP/times"
    while [ $i -lt "$BENCH_RUNS" ]; do
        bench_time "$@" >>"$BENCH_TMP/times" || return 1
        i=$((i + 1))
    done
    sort -n "$BENCH_TMP/times" | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.6f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# bench_peak_kib CMD...: peak resident set size of one run, KiB.
bench_peak_kib() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -v "$@" >/dev/null 2>"$BENCH_TMP/time.err" || return 1
        sed -n 's/.*Maximum resident set size (kbytes): //p' "$BENCH_TMP/time.err"
    else
        python3 -c 'import resource, subprocess, sys
subprocess.check_call(sys.argv[1:], stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
    fi
}

# bench_div A B [DIGITS]: A / B
bench_div() { awk -v a="$1" -v b="$2" -v d="${3:-0}" 'BEGIN {if (b > 0) printf "%.*f\n", d, a / b; else print "n/a"}'; }
