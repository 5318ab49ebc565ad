#!/bin/sh
# tacitus eval against conformance/score.py (the referee): the same text
# report, byte for byte, on the same system output; the same numbers in
# --json; the same rejections. Fixtures below are written here; the PETRARCH
# baselines and gold come from ../shared/conformance (skipped when absent).
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || { skip eval "python3 not installed"; exit 0; }
C="$SHARED/conformance"
if [ ! -f "$C/score.py" ]; then
    skip eval "../shared is absent (a user's clone): score.py is needed as the referee"
    exit 0
fi
score() { python3 "$C/score.py" "$@"; }

same_report() {   # name gold system [options]
    name=$1; gold=$2; sys=$3; shift 3
    "$TACITUS" eval --system "$sys" "$@" "$gold" >"$TMP/ours" 2>"$TMP/ours.err"; a=$?
    score "$gold" "$sys" "$@" >"$TMP/theirs" 2>"$TMP/theirs.err"; b=$?
    if [ $a -ne $b ]; then fail "$name" "exit $a, score.py exit $b: $(cat "$TMP/ours.err")"
    elif cmp -s "$TMP/ours" "$TMP/theirs"; then pass "$name"
    else fail "$name" "$(diff "$TMP/ours" "$TMP/theirs" | head -n 8)"; fi
}

same_numbers() {  # name gold system [options]: --json, 4 decimals
    name=$1; gold=$2; sys=$3; shift 3
    "$TACITUS" eval --json --system "$sys" "$@" "$gold" >"$TMP/ours.json" &&
    score "$gold" "$sys" --json "$@" >"$TMP/theirs.json" &&
    if python3 - "$TMP/ours.json" "$TMP/theirs.json" <<'PY' >"$TMP/cmp.out" 2>&1
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
def walk(x, y, where):
    for lv in ('exact', 'dyad_root', 'root'):
        for k in ('precision', 'recall', 'f1'):
            assert round(x[lv][k], 4) == round(y[lv][k], 4), (where, lv, k, x[lv][k], y[lv][k])
        for k in ('tp', 'fp', 'fn'):
            assert x[lv][k] == y[lv][k], (where, lv, k)
    for k in ('records', 'gold_events', 'system_events', 'records_missing_from_system',
              'records_expecting_no_events', 'false_positive_records', 'records_exactly_right',
              'false_positive_record_ids'):
        assert x[k] == y[k], (where, k, x[k], y[k])
walk(a['overall'], b['overall'], 'overall')
assert a['system_ids_not_in_gold'] == b['overall']['system_ids_not_in_gold']
assert sorted(a.get('by_category', {})) == sorted(b.get('by_category', {}))
for c in b.get('by_category', {}):
    walk(a['by_category'][c], b['by_category'][c], c)
PY
    then pass "$name"; else fail "$name" "$(tail -n 3 "$TMP/cmp.out")"; fi
}

G="$C/petrarch-validation.jsonl"
for base in "$C"/baselines/*.jsonl; do
    n=$(basename "$base" .jsonl)
    same_report "report equals score.py: $n" "$G" "$base"
    same_report "report equals score.py: $n --active-only --by-category" "$G" "$base" --active-only --by-category
    same_numbers "json numbers equal score.py: $n --by-category" "$G" "$base" --by-category
done

# Our own fixtures: the corners of score.py's definitions.
cat >"$TMP/gold.jsonl" <<'J'
{"id": "a", "category": "X", "active": true, "expected": [{"source": "ABCGOV", "target": "DEF", "code": "042"}, {"source": "ABC", "target": "DEF", "code": "042"}]}
{"id": "b", "category": "X", "active": true, "expected": []}
{"id": "c", "category": "Y", "active": false, "expected": [{"source": "---GOV", "target": "---", "code": "1717"}]}

{"id": "d", "category": "", "active": 1, "expected": [{"source": "GOVABC", "target": "\"INJURY TOLL\"", "code": "9x1"}]}
{"id": "e", "category": "Y", "active": true, "expected": [{"source": "MILSYR", "target": "SYR", "code": "١٢٣"}]}
{"id": "f", "expected": []}
J
cat >"$TMP/sys.jsonl" <<'J'
{"id": "a", "events": [{"source": "ABC", "target": "DEF", "code": "042"}, {"source": "ABC", "target": "DEF", "code": "042"}, {"source": "ABCMIL", "target": "DEFGOV", "code": "043"}]}
{"id": "b", "events": [{"source": "X", "target": "Y", "code": "01"}]}
{"id": "c", "events": [{"source": "---", "target": "---GOV", "code": "17"}]}
{"id": "d", "events": [{"source": "---", "target": "---", "code": "9y"}]}
{"id": "e", "events": [{"source": "JUDSYR", "target": "SYRGOV", "code": "١٢"}]}
{"id": "zz", "events": []}
{"id": "yy", "events": [{"source": "A", "target": "B", "code": "1"}]}
J
for opt in "" "--active-only" "--by-category" "--active-only --by-category"; do
    # shellcheck disable=SC2086
    same_report "fixture report equals score.py ${opt:-(no options)}" "$TMP/gold.jsonl" "$TMP/sys.jsonl" $opt
done
same_numbers "fixture json numbers equal score.py" "$TMP/gold.jsonl" "$TMP/sys.jsonl" --by-category
printf '' >"$TMP/empty.jsonl"
same_report "empty system output as score.py" "$TMP/gold.jsonl" "$TMP/empty.jsonl"

# rejections: both exit 2
printf '{"id": "a", "events": []}\n{"id": "a", "events": []}\n' >"$TMP/dup.jsonl"
printf '{"id": "a", "events": [{"source": "A", "code": "01"}]}\n' >"$TMP/nofield.jsonl"
printf '{"id": "a", "events": []}\nnot json\n' >"$TMP/bad.jsonl"
printf '{"id": "a", "events": [{"source": "A", "target": 3, "code": "01"}]}\n' >"$TMP/nonstr.jsonl"
for f in dup nofield bad nonstr; do
    "$TACITUS" eval --system "$TMP/$f.jsonl" "$TMP/gold.jsonl" >/dev/null 2>&1; a=$?
    score "$TMP/gold.jsonl" "$TMP/$f.jsonl" >/dev/null 2>&1; b=$?
    if [ $a -eq 2 ] && [ $b -eq 2 ]; then pass "rejects $f like score.py"; else fail "rejects $f" "exit $a, score.py $b"; fi
done
printf '{"id": "a", "expected": []}\n{"id": "a", "expected": []}\n' >"$TMP/gdup.jsonl"
"$TACITUS" eval --system "$TMP/sys.jsonl" "$TMP/gdup.jsonl" >/dev/null 2>&1
check "rejects a duplicate gold id" test $? -eq 2

# the bar: exit 1 below it, 0 above
"$TACITUS" eval --system "$C/baselines/petrarch2.petrarch-validation.jsonl" --min-exact 0.75 "$G" >/dev/null 2>&1
check "--min-exact fails below the bar" test $? -eq 1
"$TACITUS" eval --system "$C/baselines/petrarch1.petrarch-validation.jsonl" --min-exact 0.75 --min-dyad-root 0.85 "$G" >/dev/null 2>&1
check "--min-exact/--min-dyad-root pass above the bar" test $? -eq 0

# coding mode: our own output scored by score.py must read the same
if "$TACITUS" eval --dictionaries "$C/petrarch-dicts" -o "$TMP/coded.jsonl" --active-only "$G" >"$TMP/coded.txt" 2>"$TMP/coded.err"; then
    same_report "coded output: report equals score.py" "$G" "$TMP/coded.jsonl" --active-only
    if cmp -s "$TMP/coded.txt" "$TMP/ours"; then pass "eval while coding = eval --system on its output"
    else fail "eval while coding = eval --system on its output" "$(diff "$TMP/coded.txt" "$TMP/ours" | head -n 5)"; fi
    # issue 3's bar, from the text alone: exact F1 >= 0.75, dyad_root F1 >= 0.85
    # over the active records, and no record expecting no events gets one --
    # except the bad_input_parse records: their text is DEMO-00's and only
    # their deliberately broken parse (which we never read) makes them empty
    # (conformance/README.md, caveat 3)
    "$TACITUS" eval --system "$TMP/coded.jsonl" --active-only --json "$G" >"$TMP/bar.json"
    if python3 - "$TMP/bar.json" "$G" <<'PY' >"$TMP/bar.out" 2>&1
import json, sys
o = json.load(open(sys.argv[1]))['overall']
parse_only = {r['id'] for r in map(json.loads, open(sys.argv[2], encoding='utf-8'))
              if r.get('expected_error') == 'bad_input_parse'}
fp = [i for i in o['false_positive_record_ids'] if i not in parse_only]
print('exact F1 %.4f, dyad_root F1 %.4f, false-positive records %s'
      % (o['exact']['f1'], o['dyad_root']['f1'], ' '.join(fp) or 'none'))
sys.exit(0 if o['exact']['f1'] >= 0.75 and o['dyad_root']['f1'] >= 0.85 and not fp else 1)
PY
    then pass "conformance bar met: $(cat "$TMP/bar.out")"
    else fail "conformance bar (exact F1 >= 0.75, dyad_root F1 >= 0.85, no false-positive records)" "$(cat "$TMP/bar.out")"; fi
else
    fail "eval while coding" "$(tail -n 3 "$TMP/coded.err")"
fi

# --articles: the records of one article (id up to its last '-') are coded as
# one text, so "he" in x01-02 reaches Putin in x01-01; x02 is another article.
# By default (--records auto, native dictionaries) the records are coded one
# by one with the article's context: the same events here.
cat >"$TMP/art.jsonl" <<'JSON'
{"id": "x01-01", "date": "2024-05-16", "text": "Russian President Vladimir Putin arrived in Beijing on Thursday.", "expected": [{"source": "RUSGOV", "target": "CHN", "code": "042"}, {"source": "CHN", "target": "RUSGOV", "code": "043"}]}
{"id": "x01-02", "date": "2024-05-16", "text": "He condemned Japan in a speech to students.", "expected": [{"source": "RUSGOV", "target": "JPN", "code": "111"}]}
{"id": "x02-01", "date": "2024-05-16", "text": "She condemned Japan in a speech to students.", "expected": []}
JSON
if "$TACITUS" eval --articles -o "$TMP/art.out" "$TMP/art.jsonl" >/dev/null 2>"$TMP/art.err" &&
   "$TACITUS" eval --records independent -o "$TMP/one.out" "$TMP/art.jsonl" >/dev/null 2>>"$TMP/art.err" &&
   "$TACITUS" eval -o "$TMP/rec.out" "$TMP/art.jsonl" >/dev/null 2>>"$TMP/art.err"; then
    a=$(grep -c '"RUSGOV","target":"JPN"' "$TMP/art.out"); o=$(grep -c '"RUSGOV","target":"JPN"' "$TMP/one.out")
    if cmp -s "$TMP/art.out" "$TMP/rec.out"; then pass "eval (default --records auto) carries the article as --articles does here"
    else fail "eval default records" "$(diff "$TMP/art.out" "$TMP/rec.out")"; fi
    n=$(grep -c '"id":"x02-01","events":\[\]' "$TMP/art.out")
    if [ "$a" = 1 ] && [ "$o" = 0 ] && [ "$n" = 1 ] && [ "$(wc -l <"$TMP/art.out")" -eq 3 ]; then
        pass "eval --articles: references reach earlier records of the same article only"
    else fail "eval --articles" "$(cat "$TMP/art.out")"; fi
else
    fail "eval --articles" "$(cat "$TMP/art.err")"
fi
