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

# code reads JSON Lines as ingest does: line by line (a line past the 32 MiB
# limit is refused with its line number, the records after it are coded) and
# a record's "config" still selects its options
python3 -c "
import sys
sys.stdout.write('{\"id\":\"big\",\"text\":\"' + 'a' * (40 << 20) + '\"}\n')
sys.stdout.write('{\"id\":\"after\",\"date\":\"2021-03-04\",\"text\":\"Ruritania condemned Freedonia.\"}\n')
" >"$TMP/big.jsonl"
"$TACITUS" code "$TMP/big.jsonl" >"$TMP/big.out" 2>"$TMP/big.err"; rc=$?
if [ $rc -eq 1 ] && grep -q "big.jsonl:1:.*too long" "$TMP/big.err" && grep -q '"id":"after"' "$TMP/big.out"; then
    pass "code: an over-long JSON line is refused, the next record coded"
else fail "code: an over-long JSON line is refused, the next record coded" "exit $rc: $(head -c 300 "$TMP/big.err")"; fi
printf '{"id":"c1","date":"2021-03-04","text":"France condemned the decision on Monday."}\n{"id":"c2","date":"2021-03-04","text":"France condemned the decision on Monday.","config":{"require_dyad":false}}\n' >"$TMP/cfg.jsonl"
"$TACITUS" code "$TMP/cfg.jsonl" >"$TMP/cfg.out" 2>&1
n1=$(grep -c '"article":"c1"' "$TMP/cfg.out"); n2=$(grep -c '"article":"c2"' "$TMP/cfg.out")
# without a target no event is coded, unless the record lifts require_dyad
if [ "$n1" = 0 ] && [ "$n2" -ge 1 ]; then pass "code: a record's config is read"
else fail "code: a record's config is read" "c1 $n1 events, c2 $n2 (want 0 and >= 1)"; fi
