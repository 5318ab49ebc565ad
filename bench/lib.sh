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
        echo "- method: median of $BENCH_RUNS runs (wall clock; CPU time where a column says so)"
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

# The reproducible corpus every benchmark can share: one JSON Lines article
# per record of ../shared/conformance/petrarch-validation.jsonl (id, date,
# text) plus the sample article ../shared/samples/china-syria.md as one
# article, repeated (ids suffixed "#r") to at least MIN sentences.
bench_have_corpus() {
    [ -f "$SHARED/conformance/petrarch-validation.jsonl" ] && [ -f "$SHARED/samples/china-syria.md" ]
}

# bench_corpus MIN OUT: write the corpus; sets BENCH_CORPUS_SENTENCES (the
# sentence count: tacitus segment's count of the base corpus times the
# repetitions; a punctuation estimate when segment is unavailable) and
# BENCH_CORPUS_NOTE (one line describing it).
bench_corpus() {
    min=$1; out=$2
    python3 - "$SHARED/conformance/petrarch-validation.jsonl" "$SHARED/samples/china-syria.md" \
        "$BENCH_TMP/base.jsonl" <<'PY' || return 1
import json, sys
gold, sample, out = sys.argv[1:4]
with open(out, 'w', encoding='utf-8') as o:
    for line in open(gold, encoding='utf-8'):
        if line.strip():
            r = json.loads(line)
            o.write(json.dumps({'id': r['id'], 'date': r['date'], 'text': r['text']}) + '\n')
    o.write(json.dumps({'id': 'sample', 'date': '2023-09-23',
                        'text': open(sample, encoding='utf-8').read()}) + '\n')
PY
    base=$("$TACITUS" segment "$BENCH_TMP/base.jsonl" 2>/dev/null | grep -c '"type" *: *"sentence"')
    how="counted by tacitus segment"
    if [ "${base:-0}" -eq 0 ]; then
        base=$(python3 - "$BENCH_TMP/base.jsonl" <<'PY'
import json, re, sys
n = 0
for line in open(sys.argv[1], encoding='utf-8'):
    t = json.loads(line)['text']
    n += max(1, len(re.findall(r'[.!?]["\u201d)]?(?:\s+(?=[A-Z"\u201c])|\s*$)', t)))
print(n)
PY
)
        how="estimated: tacitus segment unavailable"
    fi
    reps=$(( (min + base - 1) / base ))
    python3 - "$BENCH_TMP/base.jsonl" "$out" "$reps" <<'PY' || return 1
import json, sys
base = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
with open(sys.argv[2], 'w', encoding='utf-8') as o:
    for r in range(int(sys.argv[3])):
        for rec in base:
            o.write(json.dumps(dict(rec, id='%s#%d' % (rec['id'], r))) + '\n')
PY
    BENCH_CORPUS_SENTENCES=$((reps * base))
    BENCH_CORPUS_NOTE="$base sentences ($how) in $(wc -l <"$BENCH_TMP/base.jsonl") articles (the conformance sentences and the sample article), repeated $reps times = $BENCH_CORPUS_SENTENCES sentences, $(($(wc -c <"$out") / 1048576)) MiB of JSON Lines"
}
