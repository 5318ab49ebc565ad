#!/bin/sh
# once
# The -j pipeline under ThreadSanitizer (clang): a plain stress program, since
# Criterion itself crashes under TSan; core is compiled in, instrumented too.
# Skips when clang is missing.
. "$(dirname "$0")/lib.sh"
if ! command -v clang >/dev/null 2>&1; then
    skip "pipeline under TSan" "clang is not installed"
    exit 0
fi
if ! clang -std=c11 -D_GNU_SOURCE -DTAC_VERSION='"tsan"' -DTAC_DATADIR='"/nonexistent"' -g -O1 -fsanitize=thread -I"$TOP/include" -I"$TOP/src" \
        $(pkg-config --cflags libutf8proc 2>/dev/null) \
        -o "$TMP/stress" "$TOP/tests/tsan/pipeline_stress.c" "$TOP"/src/core/*.c \
        $(pkg-config --libs icu-uc icu-i18n libutf8proc json-c md4c sqlite3 libxxhash libxml-2.0 libmicrohttpd zlib libpcre2-8 2>/dev/null) \
        -lpq -lpthread -lm >"$TMP/cc.out" 2>&1; then
    fail "pipeline stress program builds with -fsanitize=thread" "$(tail -n 5 "$TMP/cc.out")"
    exit 0
fi
if TSAN_OPTIONS="halt_on_error=1 exitcode=66" "$TMP/stress" >"$TMP/run.out" 2>&1; then
    pass "pipeline: -j 2..8 equal -j 1 under ThreadSanitizer, no race reported"
else
    fail "pipeline under ThreadSanitizer" "$(grep -m 3 -E 'WARNING|FAIL|SUMMARY' "$TMP/run.out")"
fi
