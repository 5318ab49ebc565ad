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
if ! "$TACITUS" code "$BENCH_TMP/probe.jsonl" >/dev/null 2>"$BENCH_TMP/probe.err"; then
    bench_note "skipped: \`tacitus code\` does not work in this build yet ($(head -n 1 "$BENCH_TMP/probe.err"))"
    echo "bench code: tacitus code unavailable, skipped"
    exit 0
fi

bench_corpus "$BENCH_SENTENCES" "$BENCH_TMP/corpus.jsonl" || exit 1
sentences=$BENCH_CORPUS_SENTENCES
bench_note "corpus: $BENCH_CORPUS_NOTE"
bench_note ""
bench_note "| dictionaries | load (s) | -j 1 sentences/s | -j $NCPU sentences/s | per core at -j $NCPU | scaling 1 -> $NCPU | peak RSS -j 1 | peak RSS -j $NCPU | events | -j $NCPU output = -j 1 |"
bench_note "|---|---|---|---|---|---|---|---|---|---|"

# run_timed OUT CMD...: "median-seconds peak-rss-kib" over BENCH_RUNS runs
# (perf_counter wall time; ru_maxrss of the child, which is the only one)
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
print("%.6f %d" % (el, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))' "$out" "$@" >>"$BENCH_TMP/runs" || {
            echo "bench code: failed: $*" >&2; return 1; }
        i=$((i + 1))
    done
    sort -n "$BENCH_TMP/runs" | awk '{t[NR] = $1; m = $2 > m ? $2 : m} END {print t[int((NR + 1) / 2)], m}'
}

status=0
for dict in builtin petrarch; do
    if [ $dict = builtin ]; then dopt=""; dname="built-in"
    else dopt="--dictionaries $C/petrarch-dicts"; dname="PETRARCH test dictionaries"; fi
    # shellcheck disable=SC2086
    load=$(run_timed /dev/null "$TACITUS" code $dopt "$BENCH_TMP/probe.jsonl" | cut -d' ' -f1) || { status=1; continue; }
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
    t1=${r1% *}; m1=${r1#* }; tn=${rn% *}; mn=${rn#* }
    c1=$(awk -v t="$t1" -v l="$load" 'BEGIN {print (t - l > 0.001 ? t - l : 0.001)}')
    cn=$(awk -v t="$tn" -v l="$load" 'BEGIN {print (t - l > 0.001 ? t - l : 0.001)}')
    s1=$(bench_div "$sentences" "$c1")
    sn=$(bench_div "$sentences" "$cn")
    bench_note "| $dname | $(printf %.3f "$load") | $s1 | $sn | $(bench_div "$sn" "$NCPU") | $(bench_div "$sn" "$s1" 2)x | $((m1 / 1024)) MiB | $((mn / 1024)) MiB | $events | $same |"
    echo "bench code ($dname): load ${load}s, -j 1 $s1 sentences/s, -j $NCPU $sn sentences/s, output identical: $same"
done
bench_note ""
bench_note "Throughput = sentences / (median wall time - dictionary load time); load time = median wall time coding one tiny record (process start + dictionary load). Goal: >= 100,000 sentences/s per core."
exit $status
