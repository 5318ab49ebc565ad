#!/bin/sh
# Build the libFuzzer harnesses: fuzz/build.sh BUILD_DIR
# The library is compiled by the Makefile into BUILD_DIR with clang and
# -fsanitize=fuzzer-no-link,address,undefined; each harness links it with
# -fsanitize=fuzzer. Harnesses are listed in fuzz/harnesses.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-build-fuzz}
case "$out" in /*) ;; *) out="$top/$out" ;; esac
command -v clang >/dev/null || { echo "fuzz/build.sh: clang is needed (apt-get install clang)" >&2; exit 1; }
san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
# warnings stay warnings here: a fuzz build must not stop on a clang-only one
make -C "$top" --no-print-directory BUILD="$out" CC=clang OPT=-O1 CFLAGS="-Wno-error" \
    SAN="$san -fsanitize=fuzzer-no-link" "$out/libtacitus.a"
pkgs="icu-uc icu-i18n libutf8proc json-c md4c sqlite3 libxxhash libxml-2.0 libmicrohttpd zlib libpcre2-8"
libs="$(pkg-config --libs $pkgs) -lpq -lpthread -lm"
cflags="-std=c11 -D_GNU_SOURCE -g -O1 -I$top/include -I$top/src -I$out/gen $(pkg-config --cflags $pkgs)"
grep -v '^#' "$top/fuzz/harnesses" | while read -r name mode src; do
    [ -n "$name" ] || continue
    # shellcheck disable=SC2086
    clang $cflags $san -fsanitize=fuzzer -DFUZZ_MODE="$mode" "$top/fuzz/${src:-fuzz_ingest.c}" \
        "$out/libtacitus.a" $libs -lstdc++ -o "$out/fuzz_$name"
    echo "built $out/fuzz_$name"
done
