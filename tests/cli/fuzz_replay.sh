#!/bin/sh
# Replay the committed fuzz corpus (fuzz/corpus/<harness>/) through each
# harness, compiled with a plain main() (fuzz/replay.c) against this build's
# library: no libFuzzer needed. In the sanitizer build, ASan/UBSan abort on
# any memory error or undefined behaviour, which fails the check.
. "$(dirname "$0")/lib.sh"
: "${BUILD:?set BUILD to the build directory}"
CC=${CC:-cc}
command -v "$CC" >/dev/null || CC=clang
pkgs="icu-uc icu-i18n libutf8proc json-c md4c sqlite3 libxxhash libxml-2.0 libmicrohttpd zlib libpcre2-8"
cflags="-std=c11 -D_GNU_SOURCE -g -O1 -I$TOP/include -I$TOP/src -I$BUILD/gen $(pkg-config --cflags $pkgs)"
libs="$(pkg-config --libs $pkgs) -lpq -lpthread -lm"
san=""
if nm "$BUILD/libtacitus.a" 2>/dev/null | grep -q '__asan_'; then
    san="-fsanitize=address,undefined -fno-sanitize-recover=all"
fi
for name in $(grep -v '^#' "$TOP/fuzz/harnesses" | awk 'NF {print $1}'); do
    mode=$(awk -v n="$name" '$1 == n {print $2}' "$TOP/fuzz/harnesses")
    src=$(awk -v n="$name" '$1 == n {print $3}' "$TOP/fuzz/harnesses")
    bin="$TMP/replay_$name"
    # shellcheck disable=SC2086
    if ! $CC $cflags $san -DFUZZ_MODE="$mode" "$TOP/fuzz/${src:-fuzz_ingest.c}" "$TOP/fuzz/replay.c" \
            "$BUILD/libtacitus.a" $libs -o "$bin" 2>"$TMP/cc_$name.err"; then
        fail "replay_$name" "does not compile: $(head -c 400 "$TMP/cc_$name.err")"
        continue
    fi
    n=$(ls "$TOP/fuzz/corpus/$name" | wc -l)
    if [ "$n" -eq 0 ]; then
        fail "replay_$name" "empty corpus fuzz/corpus/$name"
        continue
    fi
    check "replay_$name ($n inputs)" "$bin" "$TOP/fuzz/corpus/$name"
done
