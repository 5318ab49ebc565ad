#!/bin/sh
# once
# The store on a real PostgreSQL 15 server (started here on loopback, stopped
# at exit): two loaders at once over overlapping inputs store every article
# exactly once; SIGKILL + re-run equals an uninterrupted load; queries, dyad
# series and exports equal those of SQLite on the same data; the loader's
# synchronous_commit follows the URL; an error of a batch committed in the
# background reaches the caller, with nothing stored after the last commit.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/tools/pg.sh"
LOAD="$BUILD/tests/tools/store_load"
if [ ! -x "$LOAD" ]; then skip store_pg "driver $LOAD not built (make unit)"; exit 0; fi
trap 'pg_stop; rm -rf "$TMP"' EXIT
if ! pg_start; then skip store_pg "$PG_WHY"; exit 0; fi
EV=8

# Canonical dump without surrogate ids (sequences leave gaps after rollbacks
# and concurrent reservations) and without ingest times.
dump() {
    "$PG_PSQL" -X -At -F '|' "$1" <<'SQL'
SELECT 'A', article_id, content_hash, url, title, published, original_published, outlet, byline,
       original_source, tags, format, source_file, dict_version, body FROM articles ORDER BY article_id;
SELECT 'S', a.article_id, s.idx, s.start_byte, s.end_byte, s.text
  FROM sentences s JOIN articles a ON a.id = s.article ORDER BY 2, 3;
SELECT 'D', a.article_id, d.idx, d.start_byte, d.end_byte, d.reason
  FROM dropped d JOIN articles a ON a.id = d.article ORDER BY 2, 3;
SELECT 'E', a.article_id, e.seq, e.sentence, e.date, e.date_basis, e.date_start, e.date_end,
       e.source_code, e.source_country, e.source_text, e.source_start, e.source_end, e.source_entry,
       e.source_rule, e.source_agent, e.target_code, e.target_country, e.target_text, e.target_start,
       e.target_end, e.target_entry, e.target_rule, e.target_agent, e.code, e.root, e.quad,
       e.goldstein, e.plover, e.verb_text, e.verb_start, e.verb_end, e.pattern, e.pattern_text,
       e.dict_file, e.negated, e.mode, e.confidence, e.id & 1048575, e.id >> 20 = e.article
  FROM events_full e JOIN articles a ON a.id = e.article ORDER BY 2, 3;
SQL
}
q() { "$PG_PSQL" -X -At "$1" -c "$2"; }

for db in seq conc crash; do pg_createdb "$db"; done
SEQ=$(pg_url seq); CONC=$(pg_url conc); CRASH=$(pg_url crash)

# 1. reference: one uninterrupted load of articles 0..4499
"$LOAD" "$SEQ" 0 4500 "$EV" 0 100 >/dev/null 2>"$TMP/err" || { fail store_pg_load "$(cat "$TMP/err")"; exit 0; }
dump "$SEQ" >"$TMP/seq.dump"
# a load that grows the events by a tenth or more ends with ANALYZE (the
# planner's statistics; autovacuum's own would be last_autoanalyze)
n=$(q "$SEQ" "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'events'")
if [ "$n" = t ]; then pass store_pg_load_analyzed; else fail store_pg_load_analyzed "events not analyzed after a first load ($n)"; fi

# 2. two loaders at once, overlapping on 1500..2999, with small batches so
#    their transactions interleave
"$LOAD" "$CONC" 0 3000 "$EV" 0 25 >"$TMP/a.out" 2>"$TMP/a.err" &
pa=$!
"$LOAD" "$CONC" 1500 3000 "$EV" 0 25 >"$TMP/b.out" 2>"$TMP/b.err" &
pb=$!
wait $pa; ra=$?; wait $pb; rb=$?
if [ $ra -eq 0 ] && [ $rb -eq 0 ]; then pass store_pg_concurrent_ok; else fail store_pg_concurrent_ok "$(cat "$TMP/a.err" "$TMP/b.err")"; fi
n=$(q "$CONC" "SELECT COUNT(*) || ' ' || COUNT(DISTINCT article_id) FROM articles")
if [ "$n" = "4500 4500" ]; then pass store_pg_concurrent_no_duplicates; else fail store_pg_concurrent_no_duplicates "articles, distinct ids: $n (want 4500 4500)"; fi
n=$(q "$CONC" "SELECT COUNT(*) FROM events")
if [ "$n" = $((4500 * EV)) ]; then pass store_pg_concurrent_nothing_missing; else fail store_pg_concurrent_nothing_missing "$n events, want $((4500 * EV))"; fi
# both loaders met the overlap: together they stored 4500 and found 1500 already there
tot=$(cat "$TMP/a.out" "$TMP/b.out" | awk '{ n += $2; s += $4 } END { print n, s }')
if [ "$tot" = "4500 1500" ]; then pass store_pg_concurrent_counts; else fail store_pg_concurrent_counts "new, same over both loaders: $tot (want 4500 1500)"; fi
dump "$CONC" >"$TMP/conc.dump"
if cmp -s "$TMP/seq.dump" "$TMP/conc.dump"; then pass store_pg_concurrent_equal
else fail store_pg_concurrent_equal "$(diff "$TMP/seq.dump" "$TMP/conc.dump" | head -n 4)"; fi

# 3. SIGKILL part-way (several points), re-run: equal to the reference
partial=0
for d in 150 400 700 1100; do
    "$LOAD" "$CRASH" 0 4500 "$EV" 0 50 >/dev/null 2>&1 &
    pid=$!
    sleep "$(awk -v ms="$d" 'BEGIN { printf "%.3f", ms / 1000 }')"
    kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    n=$(q "$CRASH" "SELECT COUNT(*) FROM articles" 2>/dev/null || echo 0)
    [ "${n:-0}" -lt 4500 ] && partial=$((partial + 1))
    half=$(q "$CRASH" "SELECT COUNT(*) FROM articles a WHERE (SELECT COUNT(*) FROM events e WHERE e.id >> 20 = a.id) <> $EV" 2>/dev/null || echo 0)
    [ "${half:-0}" = 0 ] || fail store_pg_crash_whole "$half half-stored articles after a kill at $d ms"
done
if [ $partial -gt 0 ]; then pass store_pg_crash_killed_part_way; else fail store_pg_crash_killed_part_way "every kill came after the load finished"; fi
"$LOAD" "$CRASH" 0 4500 "$EV" 0 50 >/dev/null 2>"$TMP/err" || fail store_pg_crash_rerun "$(cat "$TMP/err")"
dump "$CRASH" >"$TMP/crash.dump"
if cmp -s "$TMP/seq.dump" "$TMP/crash.dump"; then pass store_pg_crash_rerun_equal
else fail store_pg_crash_rerun_equal "$(diff "$TMP/seq.dump" "$TMP/crash.dump" | head -n 4)"; fi

# 4. corrections replace events, also on PostgreSQL
"$LOAD" "$SEQ" 100 50 "$EV" 3 20 >"$TMP/out"
n=$(q "$SEQ" "SELECT COUNT(*) FROM events e JOIN articles a ON a.id = e.id >> 20 WHERE a.article_id = 'synth-0000120'")
case "$(cat "$TMP/out")" in
    "new 0 same 0 replaced 50 "*) [ "$n" = "$EV" ] && pass store_pg_replace || fail store_pg_replace "$n events for a replaced article" ;;
    *) fail store_pg_replace "$(cat "$TMP/out")" ;;
esac

# dyad series are index-only scans of the pair index, and the loader's
# VACUUM after each commit leaves few pages unmarked (each one a heap read)
plan=$(q "$SEQ" "EXPLAIN (ANALYZE, COSTS OFF) SELECT e.date, COUNT(*) FROM events e
    WHERE e.source_country = 'CHN' AND e.target_country = 'SYR' AND e.date IS NOT NULL GROUP BY e.date")
fetch=$(echo "$plan" | sed -n 's/.*Heap Fetches: \([0-9]*\).*/\1/p')
rows=$(echo "$plan" | sed -n 's/.*Index Only Scan using events_pair.*rows=\([0-9]*\).*/\1/p')
if [ -n "$rows" ] && [ -n "$fetch" ] && [ "$rows" -gt 100 ] && [ $((fetch * 20)) -le "$rows" ]; then
    pass store_pg_dyad_index_only
else
    fail store_pg_dyad_index_only "rows ${rows:-?}, heap fetches ${fetch:-?}: $(echo "$plan" | tr '\n' ' ' | cut -c1-400)"
fi

# 5. the same answers as SQLite on the same data
"$LOAD" "$TMP/same.db" 0 4500 "$EV" 0 100 >/dev/null
"$LOAD" "$TMP/same.db" 100 50 "$EV" 3 20 >/dev/null
for args in "dyad CHN SYR --by month" "dyad USAGOV RUS --by week --from 2019-01-01 --to 2019-12-31" "dyad IND PAK --by year --format table"; do
    # shellcheck disable=SC2086
    "$TACITUS" $args --db "$TMP/same.db" >"$TMP/s.out" 2>&1
    # shellcheck disable=SC2086
    "$TACITUS" $args --db "$SEQ" >"$TMP/p.out" 2>&1
    if [ -s "$TMP/s.out" ] && cmp -s "$TMP/s.out" "$TMP/p.out"; then pass "store_pg_same_as_sqlite: $args"
    else fail "store_pg_same_as_sqlite: $args" "$(diff "$TMP/s.out" "$TMP/p.out" | head -n 4)"; fi
done
for args in "query --country SYR --quad 4 --from 2020-01-01" "query --actor CHNGOV --limit 50" "query --article synth-0000120" "query --code 057 --to 2016-06-30"; do
    # shellcheck disable=SC2086
    "$TACITUS" $args --db "$TMP/same.db" | sed 's/"id":[0-9]*,//' | sort >"$TMP/s.out"
    # shellcheck disable=SC2086
    "$TACITUS" $args --db "$SEQ" | sed 's/"id":[0-9]*,//' | sort >"$TMP/p.out"
    if [ -s "$TMP/s.out" ] && cmp -s "$TMP/s.out" "$TMP/p.out"; then pass "store_pg_same_as_sqlite: $args"
    else fail "store_pg_same_as_sqlite: $args" "$(diff "$TMP/s.out" "$TMP/p.out" | head -n 4)"; fi
done
"$TACITUS" export --format gdelt --db "$SEQ" >"$TMP/g.tsv"
n=$(awk -F '\t' 'NF != 61 { bad++ } END { print NR, bad + 0 }' "$TMP/g.tsv")
if [ "$n" = "$((4500 * EV)) 0" ]; then pass store_pg_export_gdelt_61; else fail store_pg_export_gdelt_61 "rows, rows without 61 columns: $n"; fi

# 6. synchronous_commit: off unless the URL says otherwise (seen in the
#    statement log), the rest of the query still goes to libpq, a bad level
#    is refused with a message naming it
pg_createdb sync
q "$PG_URL" "ALTER DATABASE sync SET log_statement = 'all'" >/dev/null
SYNC=$(pg_url sync)
sets() { grep -c "SET synchronous_commit = $1\$" "$PG_DIR/server.log"; }
off0=$(sets off); on0=$(sets on)
"$LOAD" "$SYNC" 0 20 "$EV" 0 10 >/dev/null 2>"$TMP/err" || fail store_pg_sync_default "$(cat "$TMP/err")"
off1=$(sets off)
"$LOAD" "$SYNC?synchronous_commit=on&application_name=tacsync" 20 20 "$EV" 0 10 >"$TMP/out" 2>"$TMP/err" || fail store_pg_sync_on "$(cat "$TMP/err")"
on1=$(sets on); off2=$(sets off)
if [ "$off1" -gt "$off0" ]; then pass store_pg_sync_default_off; else fail store_pg_sync_default_off "no SET synchronous_commit = off in the log"; fi
if [ "$on1" -gt "$on0" ] && [ "$off2" = "$off1" ]; then pass store_pg_sync_on; else fail store_pg_sync_on "on: $on0 -> $on1, off: $off1 -> $off2"; fi
n=$(q "$SYNC" "SELECT COUNT(*) FROM articles")
if [ "$n" = 40 ]; then pass store_pg_sync_stored; else fail store_pg_sync_stored "$n articles, want 40"; fi
"$LOAD" "$SYNC?synchronous_commit=server" 0 40 "$EV" 0 10 >/dev/null 2>"$TMP/err" || fail store_pg_sync_server "$(cat "$TMP/err")"
if [ "$(sets off)" = "$off2" ] && [ "$(sets on)" = "$on1" ]; then pass store_pg_sync_server; else fail store_pg_sync_server "a SET synchronous_commit was sent"; fi
# last in the query, after another parameter
"$LOAD" "$SYNC?application_name=tacsync&synchronous_commit=local" 0 40 "$EV" 0 10 >/dev/null 2>"$TMP/err" || fail store_pg_sync_last "$(cat "$TMP/err")"
# one SET per connection of the load: the caller's and each writer's
if [ "$(sets local)" -ge 1 ]; then pass store_pg_sync_last; else fail store_pg_sync_last "no SET synchronous_commit = local in the log"; fi
if "$TACITUS" query --db "$SYNC?synchronous_commit=maybe" --limit 1 >/dev/null 2>"$TMP/err"; then
    fail store_pg_sync_bad "a bad level was accepted"
elif grep -q "synchronous_commit.*maybe" "$TMP/err"; then pass store_pg_sync_bad
else fail store_pg_sync_bad "message: $(cat "$TMP/err")"; fi

# 7. a batch that fails in the background (the server refuses one article):
#    the load stops with the server's message, and what is stored is exactly
#    the batches before it (10 articles each: 0..29), not the one being built
pg_createdb bgerr
BGERR=$(pg_url bgerr)
"$LOAD" "$BGERR" 0 1 "$EV" >/dev/null 2>&1   # creates the schema
q "$BGERR" "DELETE FROM events; DELETE FROM dropped; DELETE FROM articles" >/dev/null
q "$BGERR" "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN
    IF NEW.article_id = 'synth-0000035' THEN RAISE EXCEPTION 'test refuses %', NEW.article_id; END IF;
    RETURN NEW; END \$\$;
  CREATE TRIGGER refuse BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION refuse()" >/dev/null
if "$LOAD" "$BGERR" 0 100 "$EV" 0 10 >/dev/null 2>"$TMP/err"; then fail store_pg_background_error "the load succeeded"
elif grep -q "test refuses synth-0000035" "$TMP/err"; then pass store_pg_background_error
else fail store_pg_background_error "message: $(cat "$TMP/err")"; fi
n=$(q "$BGERR" "SELECT COUNT(*) || ' ' || MAX(article_id) FROM articles")
if [ "$n" = "30 synth-0000029" ]; then pass store_pg_background_error_stored; else fail store_pg_background_error_stored "stored: $n (want 30 synth-0000029)"; fi

# 8. two writers, one order: an article whose second copy (other content)
#    comes 8 articles later, in the same batch of 10 or the next one (on the
#    other connection), ends as that copy, as with one connection: the load
#    equals a plain load of the second copies
pg_createdb lagref
pg_createdb lag
LAGREF=$(pg_url lagref)
LAGDB=$(pg_url lag)
"$LOAD" "$LAGREF" 0 600 "$EV" 1 10 >/dev/null 2>"$TMP/err" || fail store_pg_order_reference "$(cat "$TMP/err")"
"$LOAD" "$LAGDB" 0 600 "$EV" 0 10 4 >/dev/null 2>"$TMP/err" || fail store_pg_order_load "$(cat "$TMP/err")"
dump "$LAGREF" >"$TMP/lagref.dump"
dump "$LAGDB" >"$TMP/lag.dump"
if [ -s "$TMP/lag.dump" ] && cmp -s "$TMP/lagref.dump" "$TMP/lag.dump"; then pass store_pg_order_later_copy_wins
else fail store_pg_order_later_copy_wins "$(diff "$TMP/lagref.dump" "$TMP/lag.dump" | head -n 4)"; fi

# 9. a batch the server fails once with a retryable error after it took its
#    locks (the batch behind it, on the other connection, may hold its own
#    and must start again behind it): the load completes, nothing twice
pg_createdb retry
RETRY=$(pg_url retry)
"$LOAD" "$RETRY" 0 1 "$EV" >/dev/null 2>&1   # creates the schema
q "$RETRY" "DELETE FROM events; DELETE FROM dropped; DELETE FROM articles" >/dev/null
q "$RETRY" "CREATE SEQUENCE once; CREATE FUNCTION once() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN
    IF NEW.article_id = 'synth-0000035' AND nextval('once') = 1 THEN
        RAISE EXCEPTION 'test fails % once', NEW.article_id USING ERRCODE = 'serialization_failure';
    END IF;
    RETURN NEW; END \$\$;
  CREATE TRIGGER once BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION once()" >/dev/null
if timeout 120 "$LOAD" "$RETRY" 0 100 "$EV" 0 10 >"$TMP/out" 2>"$TMP/err"; then pass store_pg_retry_load
else fail store_pg_retry_load "exit $?: $(cat "$TMP/err")"; fi
n=$(q "$RETRY" "SELECT (SELECT COUNT(*) FROM articles) || ' ' || (SELECT COUNT(DISTINCT article_id) FROM articles)
    || ' ' || (SELECT COUNT(*) FROM events) || ' ' || (SELECT last_value FROM once)")
if [ "$n" = "100 100 $((100 * EV)) 2" ] && grep -q "^new 100 same 0 replaced 0 events $((100 * EV))\$" "$TMP/out"; then
    pass store_pg_retry_complete
else fail store_pg_retry_complete "articles, distinct, events, trigger calls: $n (want 100 100 $((100 * EV)) 2); $(cat "$TMP/out")"; fi

# 10. the writer threads under ThreadSanitizer (clang; skipped without it):
#     a load with copies across batches and one with a retried batch
if ! command -v clang >/dev/null 2>&1; then
    skip store_pg_tsan "clang is not installed"
elif ! clang -std=c11 -D_GNU_SOURCE -DTAC_VERSION='"tsan"' -DTAC_DATADIR='"/nonexistent"' -g -O1 \
        -fsanitize=thread -I"$TOP/include" -I"$TOP/src" -I"$TOP/tests/tools" -I"$(pg_config --includedir)" \
        $(pkg-config --cflags libutf8proc json-c 2>/dev/null) -o "$TMP/load_tsan" \
        "$TOP/tests/tools/store_load.c" "$TOP"/src/core/*.c "$TOP"/src/store/*.c \
        $(pkg-config --libs icu-uc icu-i18n libutf8proc json-c sqlite3 libxxhash 2>/dev/null) \
        -lpq -lpthread -lm >"$TMP/cc.out" 2>&1; then
    fail store_pg_tsan "store_load does not build with -fsanitize=thread: $(tail -n 5 "$TMP/cc.out")"
else
    pg_createdb tsan
    q "$RETRY" "SELECT setval('once', 1, false)" >/dev/null
    q "$RETRY" "DELETE FROM events; DELETE FROM dropped; DELETE FROM articles" >/dev/null
    if TSAN_OPTIONS="halt_on_error=1 exitcode=66" timeout 300 "$TMP/load_tsan" "$(pg_url tsan)" 0 1000 "$EV" 0 10 4 \
            >"$TMP/out" 2>"$TMP/err" &&
       TSAN_OPTIONS="halt_on_error=1 exitcode=66" timeout 300 "$TMP/load_tsan" "$RETRY" 0 100 "$EV" 0 10 \
            >>"$TMP/out" 2>>"$TMP/err"; then
        pass store_pg_tsan
    else fail store_pg_tsan "$(grep -m 3 -E 'WARNING|SUMMARY|store_load' "$TMP/err")"; fi
fi

# 11. reading commands open the store read-only: a role that may only SELECT
#     (an analyst on a shared database) can query, and gets what the owner gets
q "$SEQ" "CREATE ROLE analyst LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public TO analyst" >/dev/null
RO=$(echo "$SEQ" | sed 's|//postgres@|//analyst@|')
ok=1
for args in "query --country SYR --limit 20" "dyad CHN SYR --by year" "export --format gdelt --limit 50"; do
    # shellcheck disable=SC2086
    "$TACITUS" $args --db "$SEQ" >"$TMP/owner.out" 2>&1
    # shellcheck disable=SC2086
    if ! "$TACITUS" $args --db "$RO" >"$TMP/ro.out" 2>&1 || ! cmp -s "$TMP/owner.out" "$TMP/ro.out" || [ ! -s "$TMP/ro.out" ]; then
        ok=0
        fail store_pg_select_only_role "$args: $(head -c 300 "$TMP/ro.out")"
    fi
done
[ $ok = 1 ] && pass store_pg_select_only_role
