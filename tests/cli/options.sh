#!/bin/sh
# The options `code`, `explain` and `ingest` share (cli_code_opt): the same
# spelling works in each, and a bad value is refused with exit 2 and a
# message naming the command, before anything is read or stored.
. "$(dirname "$0")/lib.sh"
printf '{"id":"o1","date":"2021-03-04","text":"Ruritania condemned Freedonia on Monday. The Ruritanian president visited Freedonia."}\n' >"$TMP/in.jsonl"

refused() {   # name expected-message cmd...
    name=$1; msg=$2; shift 2
    "$@" >"$TMP/out" 2>"$TMP/err"; rc=$?
    if [ $rc -eq 2 ] && grep -q -- "$msg" "$TMP/err"; then pass "$name"
    else fail "$name" "exit $rc: $(head -n 2 "$TMP/err")"; fi
}
for cmd in code explain ingest; do
    db=""
    [ $cmd = ingest ] && db="--db $TMP/refused.db"
    # shellcheck disable=SC2086
    refused "$cmd -j 0 refused" "$cmd: -j takes 1..256" "$TACITUS" $cmd $db -j 0 "$TMP/in.jsonl"
    # shellcheck disable=SC2086
    refused "$cmd -jx refused" "$cmd: -j takes 1..256, not 'x'" "$TACITUS" $cmd $db -jx "$TMP/in.jsonl"
    # shellcheck disable=SC2086
    refused "$cmd unknown format refused" "$cmd: unknown input format 'pdf'" \
        "$TACITUS" $cmd $db --input-format pdf "$TMP/in.jsonl"
done
[ ! -e "$TMP/refused.db" ] && pass "refused ingest stored nothing" || fail "refused ingest stored nothing" "the database was created"

# -j2, -j 2 and -j 1 give the same output; --dict is --dictionaries
"$TACITUS" code -j 1 "$TMP/in.jsonl" >"$TMP/j1" 2>&1
"$TACITUS" code -j2 "$TMP/in.jsonl" >"$TMP/j2" 2>&1
"$TACITUS" code -j 2 --input-format jsonl "$TMP/in.jsonl" >"$TMP/j2b" 2>&1
if cmp -s "$TMP/j1" "$TMP/j2" && cmp -s "$TMP/j1" "$TMP/j2b"; then pass "-j spellings agree"
else fail "-j spellings agree" "$(diff "$TMP/j1" "$TMP/j2" | head -n 4)"; fi
"$TACITUS" code --dict "$TOP/build/data/tacitus.dict" "$TMP/in.jsonl" >"$TMP/d1" 2>&1
if [ -f "$TOP/build/data/tacitus.dict" ]; then
    if cmp -s "$TMP/j1" "$TMP/d1"; then pass "--dict selects dictionaries"
    else fail "--dict selects dictionaries" "$(diff "$TMP/j1" "$TMP/d1" | head -n 4)"; fi
fi
