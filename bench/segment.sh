#!/bin/sh
# bench/segment.sh [BUILD] — segmentation benchmark.
#
# Method: a corpus of >= 100 MB made by repeating the sample article
# (../shared/samples/china-syria.md, one document) and the texts of the
# conformance suite (../shared/conformance/petrarch-validation.jsonl, one
# document per record); each run segments every document from scratch
# (tac_doc_new_internal + tac_doc_segment_with + tac_doc_free), (a) sentences
# + tokens + normalized forms only, (b) also POS tags and lemmas. The figure is
# input MB per second of CPU time of the process (one thread: "per core"),
# the median of 3 runs. Also reports the dev-set sentence agreement.
# Appends a dated section to $RESULTS (bench/run.sh sets it; default
# bench/RESULTS.md). Skips when ../shared is absent.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$top/$build ;; esac
shared=$top/../shared
sample=$shared/samples/china-syria.md
suite=$shared/conformance/petrarch-validation.jsonl
if [ ! -f "$sample" ] || [ ! -f "$suite" ]; then
    echo "SKIP segment benchmark: $shared (samples, conformance) not found"
    exit 0
fi
mb=${SEGMENT_BENCH_MB:-100}
make -C "$top" --no-print-directory BUILD="$build" "$build/libtacitus.a" >/dev/null
mkdir -p "$build/bench"
libs=$(pkg-config --libs icu-uc icu-i18n libutf8proc json-c md4c sqlite3 libxxhash libxml-2.0 \
       libmicrohttpd zlib libpcre2-8 2>/dev/null || pkg-config --libs icu-uc icu-i18n libutf8proc json-c libxxhash)
${CC:-cc} -std=c11 -D_GNU_SOURCE -O2 -g -I"$top/include" -I"$top/src" -I"$build/gen" \
    $(pkg-config --cflags json-c) -o "$build/bench/segment" "$top/bench/segment.c" \
    "$build/libtacitus.a" $libs -lpq -lpthread -lm
out=$("$build/bench/segment" bench "$mb" "$sample" "$suite")
echo "$out"
dev=""
if [ -f "$shared/dev/articles.jsonl" ]; then
    dev=$("$build/bench/segment" dev "$shared/dev/articles.jsonl" "$shared/dev/sentences.jsonl")
    echo "$dev"
fi
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
{
    echo
    echo "## Segmentation — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $(nproc) cores, ${cpu:-unknown CPU}; compiler: $(${CC:-cc} --version | head -n 1); -O2."
    echo "Load average at the end of the run: $(cut -d' ' -f1-3 /proc/loadavg) (other jobs share the cores and caches)."
    echo "Method: bench/segment.sh (corpus of >= $mb MB repeating the sample article and the"
    echo "conformance texts, one document each; MB of input per CPU-second, one thread, median of 3)."
    echo "Goal: >= 50 MB/s per core for segmentation."
    echo
    echo '```'
    echo "$out"
    [ -z "$dev" ] || echo "$dev"
    echo '```'
} >>"${RESULTS:-$top/bench/RESULTS.md}"
