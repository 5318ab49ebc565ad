#!/bin/sh
# make bench: run every bench/*.sh (other than this file and lib.sh) in name
# order; each appends a section to bench/RESULTS.md (machine, CPU, compiler,
# date, method, figures). Usage: sh bench/run.sh [BUILD] [NAME...]
#   NAME restricts the run to bench/NAME.sh (e.g. "code").
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build}
[ $# -gt 0 ] && shift
case "$BUILD" in /*) ;; *) BUILD="$TOP/$BUILD" ;; esac
export TOP BUILD
export TACITUS="$BUILD/tacitus"
export RESULTS="${RESULTS:-$TOP/bench/RESULTS.md}"
if [ ! -x "$TACITUS" ]; then
    echo "bench: $TACITUS is not built (run make first)" >&2
    exit 2
fi
if [ ! -f "$RESULTS" ]; then
    {
        echo "# tacitus benchmark results"
        echo
        echo "Appended by \`make bench\` (bench/run.sh): one section per benchmark and run,"
        echo "newest last. Each section names the machine, CPU, compiler, date and method."
    } >"$RESULTS"
fi
status=0
for b in "$TOP"/bench/*.sh; do
    name=$(basename "$b" .sh)
    case "$name" in run | lib) continue ;; esac
    if [ $# -gt 0 ]; then
        want=0
        for n in "$@"; do [ "$n" = "$name" ] && want=1; done
        [ $want -eq 1 ] || continue
    fi
    echo "== bench $name"
    if ! sh "$b"; then
        echo "bench $name: FAILED" >&2
        status=1
    fi
done
echo "results: $RESULTS"
exit $status
