#!/bin/sh
# Fuzz every harness for SECONDS each: fuzz/run.sh BUILD_DIR SECONDS
# Starts from the committed seed corpus fuzz/corpus/<harness>/ (read only);
# new inputs go to BUILD_DIR/corpus/<harness>/, crashes to
# BUILD_DIR/artifacts/. Copy a crash into fuzz/corpus/<harness>/ once fixed,
# so that tests/cli/fuzz_replay.sh replays it in every `make check`.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-build-fuzz}
case "$out" in /*) ;; *) out="$top/$out" ;; esac
secs=${2:-60}
status=0
for name in $(grep -v '^#' "$top/fuzz/harnesses" | awk 'NF {print $1}'); do
    mkdir -p "$out/corpus/$name" "$out/artifacts"
    echo "== fuzz_$name for ${secs}s"
    "$out/fuzz_$name" -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$out/artifacts/$name-" -print_final_stats=1 \
        "$out/corpus/$name" "$top/fuzz/corpus/$name" >"$out/fuzz_$name.log" 2>&1
    rc=$?
    grep -aE '^(stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|artifact_prefix|==[0-9]+==ERROR)' "$out/fuzz_$name.log" || true
    if [ $rc -ne 0 ]; then
        echo "fuzz_$name FAILED (exit $rc); log: $out/fuzz_$name.log"
        status=1
    fi
done
exit $status
