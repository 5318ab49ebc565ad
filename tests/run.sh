#!/bin/sh
# Run every test against one or more build directories and print one closing
# line: "N passed, N failed, N skipped".
#   unit tests : $BUILD/tests/test_* (Criterion; counts read from its synthesis)
#   CLI tests  : tests/cli/*.sh, each printing PASS/FAIL/SKIP lines (lib.sh)
# Tests that need ../shared skip with a message when it is absent.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] || set -- build
passed=0; failed=0; skipped=0
failures=""
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

for build in "$@"; do
    bdir="$top/$build"
    echo "== tests against $build"
    for t in "$bdir"/tests/test_*; do
        [ -x "$t" ] || continue
        name=$(basename "$t")
        out="$log/$build-$name.out"
        "$t" --jobs 2 >"$out" 2>&1
        rc=$?
        syn=$(grep 'Synthesis:' "$out" | tail -n 1)
        np=$(echo "$syn" | sed -n 's/.*Passing: \([0-9]*\).*/\1/p')
        nf=$(echo "$syn" | sed -n 's/.*Failing: \([0-9]*\).*/\1/p')
        nc=$(echo "$syn" | sed -n 's/.*Crashing: \([0-9]*\).*/\1/p')
        np=${np:-0}; nf=${nf:-0}; nc=${nc:-0}
        if [ -z "$syn" ] || { [ $rc -ne 0 ] && [ $((nf + nc)) -eq 0 ]; }; then
            nf=$((nf + 1))
        fi
        passed=$((passed + np)); failed=$((failed + nf + nc))
        if [ $((nf + nc)) -gt 0 ]; then
            failures="$failures $build/$name"
            echo "FAIL $build/$name"; sed -n '1,80p' "$out"
        else
            echo "ok   $build/$name ($np tests)"
        fi
    done
    for s in "$top"/tests/cli/*.sh; do
        [ -f "$s" ] || continue
        case "$(basename "$s")" in lib.sh) continue ;; esac
        name=$(basename "$s" .sh)
        # Slow system tests (servers, browsers, load) run once, not per build.
        if grep -q '^# once' "$s" && [ "$build" != "$1" ]; then continue; fi
        out="$log/$build-$name.cli"
        TACITUS="$bdir/tacitus" BUILD="$bdir" TOP="$top" sh "$s" >"$out" 2>&1
        rc=$?
        np=$(grep -c '^PASS ' "$out"); nf=$(grep -c '^FAIL ' "$out"); ns=$(grep -c '^SKIP ' "$out")
        if [ $rc -ne 0 ] && [ "$nf" -eq 0 ]; then nf=1; echo "FAIL $name: exit status $rc" >>"$out"; fi
        passed=$((passed + np)); failed=$((failed + nf)); skipped=$((skipped + ns))
        if [ "$nf" -gt 0 ]; then
            failures="$failures $build/$name"
            echo "FAIL $build/$name"; grep -v '^PASS ' "$out" | sed -n '1,60p'
        else
            if [ "$ns" -gt 0 ]; then echo "ok   $build/$name ($np checks, $ns skipped)"; else echo "ok   $build/$name ($np checks)"; fi
            grep '^SKIP ' "$out" | sed 's/^/     /'
        fi
    done
done
[ -n "$failures" ] && echo "failed:$failures"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
