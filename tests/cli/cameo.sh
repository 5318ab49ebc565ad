#!/bin/sh
# data/cameo/cameo.tsv (our CAMEO table) against the reference files in
# ../shared/cameo: re-running the one-time import must give the same table, so
# a hand edit or a changed reference is caught. Also: the generated C table
# holds exactly the rows of the TSV.
. "$(dirname "$0")/lib.sh"
table="$TOP/data/cameo/cameo.tsv"
check "cameo table has 311 code rows" sh -c "test \$(grep -v '^#' '$table' | grep -vc '^code	') -eq 311"
gen="$BUILD/gen/cameo.c"
if [ -f "$gen" ]; then
    check "generated C table has every row" sh -c "test \$(grep -c '^    {\"' '$gen') -eq 311"
else
    skip "generated C table" "$gen not built"
fi
if [ ! -f "$SHARED/cameo/cameo-codes.tsv" ]; then
    skip "cameo table vs ../shared/cameo" "../shared is absent (a user's clone)"
    exit 0
fi
if ! command -v python3 >/dev/null; then
    skip "cameo table vs ../shared/cameo" "python3 not installed"
    exit 0
fi
python3 "$TOP/scripts/cameo-import.py" "$SHARED/cameo" >"$TMP/cameo.tsv" 2>"$TMP/err" ||
    { fail "cameo import runs" "$(cat "$TMP/err")"; exit 0; }
if cmp -s "$TMP/cameo.tsv" "$table"; then
    pass "cameo table equals a fresh import of ../shared/cameo"
else
    fail "cameo table equals a fresh import of ../shared/cameo" "$(diff "$table" "$TMP/cameo.tsv" | head -n 10)"
fi
# independent spot checks straight from the reference files (not via the script)
for code in 042 043 057 163 0874 20; do
    want=$(awk -F'\t' -v c="$code" '$1 "" == c "" {print $2}' "$SHARED/cameo/goldstein.tsv")
    got=$(awk -F'\t' -v c="$code" '$1 "" == c "" {print $3}' "$table")
    if [ -n "$want" ] && [ "$want" = "$got" ]; then pass "goldstein $code = $want"
    else fail "goldstein $code" "reference '$want', ours '$got'"; fi
done
