#!/bin/sh
# tacitus ingest / query / dyad / export on the repository's examples/ (coded
# by the real coder): re-ingest adds nothing, -j N gives the same database,
# exports have their documented column counts, bad usage is refused.
. "$(dirname "$0")/lib.sh"
EX="$TOP/examples"
DB="$TMP/t.db"

check store_ingest "$TACITUS" ingest --db "$DB" "$EX"
n_events=$(sqlite3 "$DB" "SELECT COUNT(*) FROM events")
n_articles=$(sqlite3 "$DB" "SELECT COUNT(*) FROM articles")
if [ "$n_articles" -ge 6 ]; then pass store_ingest_articles; else fail store_ingest_articles "$n_articles articles from examples/"; fi
if [ "$n_events" -gt 0 ]; then pass store_ingest_events; else fail store_ingest_events "no events stored from examples/"; fi

# the same events as `tacitus code` prints
"$TACITUS" code "$EX" 2>/dev/null | grep -c '"type":"event"' >"$TMP/n.code"
if [ "$(cat "$TMP/n.code")" = "$n_events" ]; then pass store_ingest_matches_code
else fail store_ingest_matches_code "code printed $(cat "$TMP/n.code") events, ingest stored $n_events"; fi

"$TACITUS" ingest --db "$DB" "$EX" 2>"$TMP/again.err"
if grep -q "0 new, $n_articles unchanged, 0 replaced articles; 0 events" "$TMP/again.err" &&
   [ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM events")" = "$n_events" ]; then pass store_reingest_same
else fail store_reingest_same "$(cat "$TMP/again.err")"; fi

# -j 2 builds the same database (ids included)
"$TACITUS" ingest --db "$TMP/j2.db" -j 2 "$EX" 2>/dev/null
d1=$(sqlite3 "$DB" "SELECT id, article, seq, code, source_code, target_code, date FROM events_full ORDER BY id" | cksum)
d2=$(sqlite3 "$TMP/j2.db" "SELECT id, article, seq, code, source_code, target_code, date FROM events_full ORDER BY id" | cksum)
if [ "$d1" = "$d2" ]; then pass store_ingest_j2_same; else fail store_ingest_j2_same "-j 2 stored other events"; fi

# an edited article replaces its events
mkdir -p "$TMP/ed"
cp "$EX/sanctions.txt" "$TMP/ed/sanctions.txt"
"$TACITUS" ingest --db "$TMP/ed.db" "$TMP/ed" 2>/dev/null
printf '\nThe talks ended without agreement.\n' >>"$TMP/ed/sanctions.txt"
"$TACITUS" ingest --db "$TMP/ed.db" "$TMP/ed" 2>"$TMP/ed.err"
if grep -q "0 new, 0 unchanged, 1 replaced" "$TMP/ed.err" && [ "$(sqlite3 "$TMP/ed.db" "SELECT COUNT(*) FROM articles")" = 1 ]
then pass store_ingest_replace; else fail store_ingest_replace "$(cat "$TMP/ed.err")"; fi

# queries and exports
json_check 'import json,sys
lines=[json.loads(l) for l in open(sys.argv[1])]
assert lines and all(l["type"]=="event" and l["code"] and "source" in l for l in lines), lines[:1]' \
    "$("$TACITUS" query --db "$DB" >"$TMP/q.jsonl"; echo "$TMP/q.jsonl")" && pass store_query_jsonl || fail store_query_jsonl "bad JSON Lines"
n=$(wc -l <"$TMP/q.jsonl")
if [ "$n" = "$n_events" ]; then pass store_query_all; else fail store_query_all "$n of $n_events"; fi
first=$(sed -n 1p "$TMP/q.jsonl" | python3 -c 'import json,sys; e=json.load(sys.stdin); print(e["source"]["country"] or "", e["code"], e["article"])')
set -- $first
if [ -n "${1:-}" ]; then
    n=$("$TACITUS" query --db "$DB" --country "$1" --code "$2" | wc -l)
    [ "$n" -ge 1 ] && pass store_query_filter || fail store_query_filter "--country $1 --code $2 found nothing"
fi
n=$("$TACITUS" query --db "$DB" --article "$3" | wc -l)
m=$(sqlite3 "$DB" "SELECT COUNT(*) FROM events_full e WHERE e.article_id = '$3'")
if [ "$n" = "$m" ]; then pass store_query_article; else fail store_query_article "$n vs $m"; fi
check store_query_table sh -c "'$TACITUS' query --db '$DB' --format table --limit 3 | head -n 1 | grep -q '^id '"

"$TACITUS" export --db "$DB" --format gdelt >"$TMP/g.tsv"
r=$(awk -F '\t' 'NF != 61 { bad++ } END { print NR, bad + 0 }' "$TMP/g.tsv")
if [ "$r" = "$n_events 0" ]; then pass store_export_gdelt_61; else fail store_export_gdelt_61 "rows, rows without 61 columns: $r"; fi
"$TACITUS" export --db "$DB" --format phoenix >"$TMP/p.tsv"
r=$(awk -F '\t' 'NF != 26 { bad++ } END { print NR, bad + 0 }' "$TMP/p.tsv")
if [ "$r" = "$n_events 0" ]; then pass store_export_phoenix_26; else fail store_export_phoenix_26 "rows, rows without 26 columns: $r"; fi
"$TACITUS" export --db "$DB" --format csv >"$TMP/e.csv"
r=$(python3 -c 'import csv,sys; rows=list(csv.reader(open(sys.argv[1], newline=""))); print(len(rows) - 1, len({len(r) for r in rows}), len(rows[0]))' "$TMP/e.csv")
if [ "$r" = "$n_events 1 37" ]; then pass store_export_csv; else fail store_export_csv "rows, widths, columns: $r"; fi

# dyad: the sum over periods equals the events between the pair
if [ -n "${1:-}" ]; then
    tgt=$(sqlite3 "$DB" "SELECT target_country FROM events WHERE source_country = '$1' AND target_country <> '' AND date IS NOT NULL LIMIT 1")
    if [ -n "$tgt" ]; then
        s=$("$TACITUS" dyad --db "$DB" "$1" "$tgt" --by year | python3 -c 'import json,sys; print(sum(json.loads(l)["events"] for l in sys.stdin))')
        m=$(sqlite3 "$DB" "SELECT COUNT(*) FROM events WHERE date IS NOT NULL AND ((source_country='$1' AND target_country='$tgt') OR (source_country='$tgt' AND target_country='$1'))")
        if [ "$s" = "$m" ]; then pass store_dyad_total; else fail store_dyad_total "series sums to $s, events $m"; fi
    fi
fi

# refusals
"$TACITUS" query --db "$TMP/none.db" >/dev/null 2>&1; rc=$?
if [ $rc = 1 ] && [ ! -e "$TMP/none.db" ]; then pass store_query_missing_db; else fail store_query_missing_db "rc $rc"; fi
"$TACITUS" query --db "$DB" --quad 9 >/dev/null 2>&1; [ $? = 2 ] && pass store_query_bad_quad || fail store_query_bad_quad "accepted --quad 9"
"$TACITUS" query --db "$DB" --actor "CHN';DROP TABLE events;--" >/dev/null 2>&1; rc=$?
if [ $rc = 2 ] && [ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM events")" = "$n_events" ]; then pass store_query_hostile_code; else fail store_query_hostile_code "rc $rc"; fi
"$TACITUS" dyad --db "$DB" CHN >/dev/null 2>&1; [ $? = 2 ] && pass store_dyad_usage || fail store_dyad_usage "one side accepted"
"$TACITUS" export --db "$DB" >/dev/null 2>&1; [ $? = 2 ] && pass store_export_needs_format || fail store_export_needs_format "no --format accepted"
"$TACITUS" ingest --db "mysql://h/db" "$EX" >/dev/null 2>&1; [ $? = 1 ] && pass store_bad_url || fail store_bad_url "mysql:// accepted"

# The writer thread's failures: the database refuses article 35 (a trigger);
# batches of 10 articles. The load fails with the database's message, and
# exactly the batches committed before the failing one are stored (0..29):
# not the failing batch, not the one built while it was being written.
LOAD="$BUILD/tests/tools/store_load"
if [ -x "$LOAD" ]; then
    "$LOAD" "sqlite:$TMP/bg.db" 0 1 4 >/dev/null 2>&1   # creates the schema
    sqlite3 "$TMP/bg.db" "DELETE FROM events; DELETE FROM dropped; DELETE FROM articles;
      CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.article_id = 'synth-0000035'
      BEGIN SELECT RAISE(ABORT, 'test refuses it'); END;"
    if "$LOAD" "sqlite:$TMP/bg.db" 0 100 4 0 10 >/dev/null 2>"$TMP/bg.err"; then fail store_writer_error "the load succeeded"
    elif grep -q "synth-0000035: sqlite: test refuses it" "$TMP/bg.err"; then pass store_writer_error
    else fail store_writer_error "message: $(cat "$TMP/bg.err")"; fi
    n=$(sqlite3 "$TMP/bg.db" "SELECT COUNT(*) || ' ' || MAX(article_id) || ' ' || (SELECT COUNT(*) FROM events) FROM articles")
    if [ "$n" = "30 synth-0000029 120" ]; then pass store_writer_error_stored
    else fail store_writer_error_stored "stored: $n (want 30 synth-0000029 120)"; fi
else
    skip store_writer_error "driver $LOAD not built (make unit)"
fi

# A page of one country's events (either side) is merged from its country
# pairs' id-ordered ranges on SQLite: it must equal the head of the whole,
# unpaged answer (the general query), with every other filter, and paging
# on with --after must continue it exactly.
if [ -x "$LOAD" ]; then
    "$LOAD" "sqlite:$TMP/pages.db" 0 3000 8 >/dev/null 2>"$TMP/pages.err" || fail store_country_page_load "$(cat "$TMP/pages.err")"
    bad=""
    for args in "--country SYR" "--country SYR --quad 4 --from 2018-01-01" "--actor CHN" "--country USA --root 05" \
                "--country RUS --code 057" "--country SYR --to 2016-12-31" "--country ZZZ" "--country SYR --after 1048576000"; do
        for n in 1 37 100; do
            # shellcheck disable=SC2086
            a=$("$TACITUS" query --db "$TMP/pages.db" $args --limit $n | cksum)
            # shellcheck disable=SC2086
            b=$("$TACITUS" query --db "$TMP/pages.db" $args | head -n $n | cksum)
            [ "$a" = "$b" ] || bad="$bad [$args --limit $n]"
        done
    done
    if [ -z "$bad" ]; then pass store_country_page_equals_head; else fail store_country_page_equals_head "differs:$bad"; fi
    "$TACITUS" query --db "$TMP/pages.db" --country SYR --limit 50 --format jsonl >"$TMP/p1"
    last=$(tail -n 1 "$TMP/p1" | sed 's/^{"type":"event","id":\([0-9]*\),.*/\1/')
    "$TACITUS" query --db "$TMP/pages.db" --country SYR --limit 50 --after "$last" --format jsonl >>"$TMP/p1"
    "$TACITUS" query --db "$TMP/pages.db" --country SYR --format jsonl | head -n 100 >"$TMP/p2"
    if [ "$(wc -l <"$TMP/p1")" = 100 ] && cmp -s "$TMP/p1" "$TMP/p2"; then pass store_country_page_after
    else fail store_country_page_after "two pages of 50 differ from the first 100 (last id '$last')"; fi
fi
