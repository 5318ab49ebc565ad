#!/bin/sh
# Events named by a noun with both parties ("X's visit to Y") are "mention"
# records: after their sentence's events, never counted (eval, ingest); a
# noun with a party missing is no mention; --no-mentions drops them.
. "$(dirname "$0")/lib.sh"
# one article, dated, as a JSON Lines record; sentences of our own
python3 - >"$TMP/m-in.jsonl" <<'PY'
import json
print(json.dumps({"id": "m", "date": "2024-03-01", "text": " ".join([
    "Officials in Paris praised Merkel's three-day state visit to Brazil on Tuesday.",
    "The first trip to Japan by an Indian prime minister in a decade ended quietly.",
    "The visit by the Kenyan president to Egypt drew crowds.",
    "The visit was postponed.",
    "A visit to Peru is planned for next year."])}))
PY
"$TACITUS" code "$TMP/m-in.jsonl" >"$TMP/m.jsonl" 2>"$TMP/err" || { fail "code" "$(cat "$TMP/err")"; exit 0; }
python3 - "$TMP/m.jsonl" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
ms = [r for r in recs if r["type"] == "mention"]
def has(sent, src, tgt, name):
    ok = any(m["sentence"] == sent and m["source"]["country"] == src and m["target"]["country"] == tgt and
             m["code"] == "042" and m["basis"] == "noun" for m in ms)
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else ": %s" % [(m["sentence"], m["source"]["code"], m["target"]["code"]) for m in ms]))
has(0, "DEU", "BRA", "SOURCE's modifiers visit to TARGET")
has(1, "IND", "JPN", "the trip to TARGET by SOURCE")
has(2, "KEN", "EGY", "the visit by SOURCE to TARGET")
t = [m["source"]["text"] for m in ms if m["sentence"] == 0]
print("PASS the source's evidence stops at its 's" if t == ["Merkel"] else "FAIL source text: %s" % t)
bad = [m for m in ms if m["sentence"] >= 3]
print("PASS no mention without both parties" if not bad else "FAIL near-miss gave mentions: %s" % bad)
ev = [r for r in recs if r["type"] == "event" and r["code"] == "042"]
print("PASS no noun became an event" if not ev else "FAIL nouns coded as events: %s" % ev)
d = [m for m in ms if m["sentence"] == 1]
print("PASS undated mention has the article's date" if d and d[0]["date"] == "2024-03-01" and d[0]["date_basis"] == "published" else "FAIL date: %s" % d)
order = [(r["sentence"], r["type"] == "mention") for r in recs if r["type"] in ("event", "mention")]
print("PASS records in sentence order, mentions after events" if order == sorted(order) else "FAIL order: %s" % order)
PY
"$TACITUS" code --no-mentions "$TMP/m-in.jsonl" >"$TMP/none.jsonl" 2>/dev/null
if grep -q '"type":"mention"' "$TMP/none.jsonl"; then fail "--no-mentions" "mentions still written"
else pass "--no-mentions writes no mention"; fi
grep -v '"type":"mention"' "$TMP/m.jsonl" | cmp -s - "$TMP/none.jsonl" && pass "mentions change no other record" ||
    fail "mentions change other records" "$(diff "$TMP/none.jsonl" "$TMP/m.jsonl" | head -4)"
"$TACITUS" explain "$TMP/m-in.jsonl" >"$TMP/explain.txt" 2>&1
n=$(grep -c 'mention (noun, not counted as an event)' "$TMP/explain.txt")
[ "$n" = "$(grep -c '"type":"mention"' "$TMP/m.jsonl")" ] && [ "$n" -gt 0 ] && pass "explain shows each mention" ||
    fail "explain mentions" "$n lines"
# ingest stores events only
db="$TMP/m.db"
"$TACITUS" ingest --db "$db" "$TMP/m-in.jsonl" >/dev/null 2>&1 || fail "ingest" "failed"
n=$("$TACITUS" query --db "$db" --code 042 2>/dev/null | grep -c .)
all=$("$TACITUS" query --db "$db" 2>/dev/null | grep -c .)
nev=$(grep -c '"type":"event"' "$TMP/m.jsonl")
[ "$n" = 0 ] && [ "$all" = "$nev" ] && [ "$nev" -gt 0 ] && pass "ingest stores the events, no mention" ||
    fail "ingest stored mentions" "$n 042 records, $all stored, $nev events"
