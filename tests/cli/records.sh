#!/bin/sh
# Record grouping (--records): JSON Lines records that are consecutive
# sentences of one article share its context, so "the two leaders" in one
# record points to the leaders named in the record before it. Fixtures are
# written here.
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || { skip records "python3 not installed"; exit 0; }
cat >"$TMP/in.jsonl" <<'J'
{"id": "wire7-1", "date": "2023-05-02", "text": "Indonesian President Joko Widodo received Australian Prime Minister Anthony Albanese in Jakarta on Tuesday."}
{"id": "wire7-2", "date": "2023-05-02", "text": "The two leaders signed an agreement on maritime security."}
{"id": "wire7-4", "date": "2023-05-02", "text": "The two leaders signed an agreement on maritime security."}
{"id": "other-3", "date": "2023-05-02", "text": "The two leaders signed an agreement on maritime security."}
{"id": "p", "article": "visit", "date": "2023-05-02", "text": "Indonesian President Joko Widodo received Australian Prime Minister Anthony Albanese in Jakarta on Tuesday."}
{"id": "q", "article": "visit", "date": "2023-05-02", "text": "The two leaders signed an agreement on maritime security."}
{"id": "r", "article": "talks", "date": "2023-05-02", "text": "The two leaders signed an agreement on maritime security."}
J
# one line per event: record source target code
events() {
    python3 -c '
import json, sys
for l in sys.stdin:
    r = json.loads(l)
    if r["type"] == "event":
        print(r["article"], r["source"]["code"], r["target"]["code"], r["code"])'
}
"$TACITUS" code "$TMP/in.jsonl" | events >"$TMP/auto" || fail "code (default)" "exit $?"
cat >"$TMP/want" <<'W'
wire7-1 IDNGOV AUSGOV 043
wire7-1 AUSGOV IDNGOV 042
wire7-2 IDNGOV AUSGOV 057
wire7-2 AUSGOV IDNGOV 057
p IDNGOV AUSGOV 043
p AUSGOV IDNGOV 042
q IDNGOV AUSGOV 057
q AUSGOV IDNGOV 057
W
if cmp -s "$TMP/auto" "$TMP/want"; then
    pass "default: context carries to the next numbered record and within one \"article\", nowhere else"
else
    fail "default grouping" "$(diff "$TMP/want" "$TMP/auto" | head -n 12)"
fi
"$TACITUS" code --records articles "$TMP/in.jsonl" | events >"$TMP/articles"
if cmp -s "$TMP/articles" "$TMP/want"; then pass "--records articles groups as the default does here"
else fail "--records articles" "$(diff "$TMP/want" "$TMP/articles" | head -n 8)"; fi
"$TACITUS" code --records independent "$TMP/in.jsonl" | events >"$TMP/indep"
if [ "$(grep -c . "$TMP/indep")" = 4 ] && ! grep -q '^wire7-2\|^q ' "$TMP/indep"; then
    pass "--records independent: each record alone"
else
    fail "--records independent" "$(cat "$TMP/indep")"
fi
"$TACITUS" code -j 3 "$TMP/in.jsonl" | events >"$TMP/j3"
if cmp -s "$TMP/j3" "$TMP/auto"; then pass "-j 3 groups the same records as -j 1"
else fail "-j 3" "$(diff "$TMP/auto" "$TMP/j3" | head -n 8)"; fi
"$TACITUS" explain --json "$TMP/in.jsonl" >"$TMP/explain" 2>&1
if python3 - "$TMP/explain" "$TMP/want" <<'PY'
import json, sys
got = []
for l in open(sys.argv[1]):
    r = json.loads(l)
    if r["step"] == "event":
        e = r["event"]
        got.append("%s %s %s %s" % (r["article"], e["source"]["code"], e["target"]["code"], e["code"]))
sys.exit(0 if got == open(sys.argv[2]).read().split("\n")[:-1] else 1)
PY
then pass "explain lists the events code prints, with the same grouping"
else fail "explain grouping" "$(grep '"event"' "$TMP/explain" | head -c 400)"; fi
"$TACITUS" code --records sometimes "$TMP/in.jsonl" >/dev/null 2>"$TMP/err"
if [ $? = 2 ] && grep -q "independent, articles or auto" "$TMP/err"; then pass "--records rejects an unknown mode"
else fail "--records bad mode" "$(cat "$TMP/err")"; fi
# eval codes records as `code` does: with context by default, alone with
# --records independent
python3 - "$TMP/in.jsonl" "$TMP/want" >"$TMP/gold.jsonl" <<'PY'
import json, sys
want = {}
for l in open(sys.argv[2]):
    a, s, t, c = l.split()
    want.setdefault(a, []).append({"source": s, "target": t, "code": c})
for l in open(sys.argv[1]):
    r = json.loads(l)
    r["expected"] = want.get(r["id"], [])
    print(json.dumps(r))
PY
"$TACITUS" eval --json "$TMP/gold.jsonl" >"$TMP/e1" 2>&1
"$TACITUS" eval --json --records independent "$TMP/gold.jsonl" >"$TMP/e2" 2>&1
if python3 -c '
import json, sys
a = json.load(open(sys.argv[1]))["overall"]["exact"]["recall"]
b = json.load(open(sys.argv[2]))["overall"]["exact"]["recall"]
sys.exit(0 if a == 1.0 and b == 0.5 else 1)' "$TMP/e1" "$TMP/e2"; then
    pass "eval: records grouped by default (recall 1.0), alone with --records independent (0.5)"
else
    fail "eval grouping" "$(head -c 300 "$TMP/e1") / $(head -c 300 "$TMP/e2")"
fi
