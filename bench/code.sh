#!/bin/sh
# Coding throughput: the conformance sentences (../shared/conformance) and the
# sample article (../shared/samples), repeated to >= BENCH_SENTENCES sentences
# (default 1,000,000), coded by `tacitus code` with -j 1 and with all cores.
# Reported per dictionary set (built-in, PETRARCH test dictionaries):
# dictionary load time (coding one tiny record), sentences/s with -j 1 and
# -j N, per core, the 1 -> N scaling, peak resident memory, events coded; and a
# check that -j N output is byte-identical to -j 1. Sentences are counted by
# `tacitus segment` on the base corpus (an estimate when it is unavailable).
. "$(dirname "$0")/lib.sh"
: "${BENCH_SENTENCES:=1000000}"
NCPU=$(nproc)
C="$SHARED/conformance"

bench_section "coding throughput (bench/code.sh)"
if ! bench_have_corpus; then
    bench_note "skipped: ../shared (conformance sentences and sample) is absent"
    echo "bench code: ../shared absent, skipped"
    exit 0
fi
printf '{"id":"probe","date":"2023-09-23","text":"Officials met in Geneva."}\n' >"$BENCH_TMP/probe.jsonl"
if ! "$TACITUS" code --dictionaries "$C/petrarch-dicts" "$BENCH_TMP/probe.jsonl" >/dev/null 2>"$BENCH_TMP/probe.err"; then
    bench_note "skipped: \`tacitus code\` does not work in this build yet ($(head -n 1 "$BENCH_TMP/probe.err"))"
    echo "bench code: tacitus code unavailable, skipped"
    exit 0
fi

bench_corpus "$BENCH_SENTENCES" "$BENCH_TMP/corpus.jsonl" || exit 1
sentences=$BENCH_CORPUS_SENTENCES
bench_note "corpus: $BENCH_CORPUS_NOTE"
bench_note ""
bench_note "| dictionaries | load (s) | sentences/s per core (CPU time) | -j 1 sentences/s (wall) | -j $NCPU sentences/s (wall) | scaling 1 -> $NCPU | peak RSS -j 1 | peak RSS -j $NCPU | events | -j $NCPU output = -j 1 |"
bench_note "|---|---|---|---|---|---|---|---|---|---|"

# run_timed OUT CMD...: "wall cpu peak-rss-kib" -- medians of wall and CPU
# (user + system) seconds over BENCH_RUNS runs, the largest peak RSS. CPU
# time is what a core spent: it stays meaningful on a shared, busy machine
# where wall time includes waiting for a core.
run_timed() {
    out=$1; shift
    : >"$BENCH_TMP/runs"
    i=0
    while [ $i -lt "$BENCH_RUNS" ]; do
        python3 -c 'import resource, subprocess, sys, time
out = open(sys.argv[1], "wb")
t = time.perf_counter()
rc = subprocess.call(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL)
el = time.perf_counter() - t
if rc:
    sys.exit("exit %d" % rc)
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.6f %.6f %d" % (el, ru.ru_utime + ru.ru_stime, ru.ru_maxrss))' "$out" "$@" >>"$BENCH_TMP/runs" || {
            echo "bench code: failed: $*" >&2; return 1; }
        i=$((i + 1))
    done
    awk '{w[NR] = $1; c[NR] = $2; m = $3 > m ? $3 : m}
         function med(a, n,   i, j, t) {
             for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
             return a[int((n + 1) / 2)] }
         END {print med(w, NR), med(c, NR), m}' "$BENCH_TMP/runs"
}

status=0
for dict in builtin petrarch; do
    if [ $dict = builtin ]; then dopt=""; dname="built-in"
    else dopt="--dictionaries $C/petrarch-dicts"; dname="PETRARCH test dictionaries"; fi
    # shellcheck disable=SC2086
    if ! "$TACITUS" code $dopt "$BENCH_TMP/probe.jsonl" >/dev/null 2>"$BENCH_TMP/probe.err"; then
        bench_note "| $dname | failed to load: $(head -n 1 "$BENCH_TMP/probe.err" | tr '|' '/') | | | | | | | | |"
        echo "bench code ($dname): dictionaries do not load, skipped" >&2
        status=1
        continue
    fi
    # shellcheck disable=SC2086
    lr=$(run_timed /dev/null "$TACITUS" code $dopt "$BENCH_TMP/probe.jsonl") || { status=1; continue; }
    # shellcheck disable=SC2086
    r1=$(run_timed "$BENCH_TMP/out1.jsonl" "$TACITUS" code -j 1 $dopt "$BENCH_TMP/corpus.jsonl") || { status=1; continue; }
    events=$(grep -c '"type" *: *"event"' "$BENCH_TMP/out1.jsonl")
    # shellcheck disable=SC2086
    rn=$(run_timed /dev/null "$TACITUS" code -j "$NCPU" $dopt "$BENCH_TMP/corpus.jsonl") || { status=1; continue; }
    # determinism on the full output of one -j N run
    # shellcheck disable=SC2086
    "$TACITUS" code -j "$NCPU" $dopt "$BENCH_TMP/corpus.jsonl" >"$BENCH_TMP/outn.jsonl" 2>/dev/null
    if cmp -s "$BENCH_TMP/out1.jsonl" "$BENCH_TMP/outn.jsonl"; then same=yes; else same="**NO**"; status=1; fi
    rm -f "$BENCH_TMP/out1.jsonl" "$BENCH_TMP/outn.jsonl"
    set -- $lr; lw=$1; lc=$2
    set -- $r1; w1=$1; c1=$2; m1=$3
    set -- $rn; wn=$1; mn=$3
    # load (process start + dictionaries) is subtracted from every figure
    s_cpu=$(awk -v n="$sentences" -v c="$c1" -v l="$lc" 'BEGIN {d = c - l; printf "%.0f", n / (d > 0.001 ? d : 0.001)}')
    s1=$(awk -v n="$sentences" -v w="$w1" -v l="$lw" 'BEGIN {d = w - l; printf "%.0f", n / (d > 0.001 ? d : 0.001)}')
    sn=$(awk -v n="$sentences" -v w="$wn" -v l="$lw" 'BEGIN {d = w - l; printf "%.0f", n / (d > 0.001 ? d : 0.001)}')
    bench_note "| $dname | $(printf %.3f "$lw") | $s_cpu | $s1 | $sn | $(bench_div "$sn" "$s1" 2)x | $((m1 / 1024)) MiB | $((mn / 1024)) MiB | $events | $same |"
    echo "bench code ($dname): load ${lw}s, $s_cpu sentences/s per core (CPU), -j 1 $s1/s, -j $NCPU $sn/s (wall), output identical: $same"
done
bench_note ""
bench_note "Load = median wall time coding one tiny record (process start + dictionary load). Per core = sentences / (median CPU seconds of the -j 1 run - CPU seconds of the load); -j rates = sentences / (median wall seconds - load). Goal: >= 100,000 sentences/s per core."
bench_note ""

# The coding stage alone (build/bench/coder): the same base corpus read and
# segmented once per pass, untimed; tac_code_doc timed, median of 3 passes
# of >= BENCH_SENTENCES sentences, then two threads on the two halves.
CODER="$BUILD/bench/coder"
if [ ! -x "$CODER" ]; then
    make -C "$TOP" --no-print-directory "BUILD=$(basename "$BUILD")" unit >/dev/null 2>&1
fi
if [ -x "$CODER" ]; then
    bench_note "Coding stage alone (\`build/bench/coder DICT $BENCH_SENTENCES base.jsonl\`: tac_code_doc timed, reading and segmentation not):"
    bench_note ""
    bench_note "| dictionaries | load (s) | sentences/s, 1 thread | sentences/s, 2 threads | scaling | peak RSS |"
    bench_note "|---|---|---|---|---|---|"
    for dict in builtin petrarch; do
        if [ $dict = builtin ]; then dpath="$BUILD/data/tacitus.dict"; dname="built-in"
        else dpath="$C/petrarch-dicts"; dname="PETRARCH test dictionaries"; fi
        out=$("$CODER" "$dpath" "$BENCH_SENTENCES" "$BENCH_TMP/base.jsonl" 2>&1) || { status=1; continue; }
        ld=$(echo "$out" | awk '/^dictionary load/ {print $3}')
        one=$(echo "$out" | awk '/^coding, 1 thread/ {print $4}')
        two=$(echo "$out" | awk '/^coding, 2 threads/ {print $4}')
        sc=$(echo "$out" | awk '/^coding, 2 threads/ {print $NF}')
        rss=$(echo "$out" | awk '/^peak RSS/ {print $3 " " $4}')
        bench_note "| $dname | $ld | $one | $two | $sc | $rss |"
        echo "bench code, coding stage ($dname): $one sentences/s on 1 thread, $two on 2 ($sc)"
    done
    bench_note ""
fi
exit $status
