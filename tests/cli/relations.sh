#!/bin/sh
# tacitus relations: the relations ledger through the CLI. First checks that
# need nothing but the binary (baseline queries, bad usage, ingestion order
# does not matter, on small articles written here), then the issue's "Done
# when" on ../shared/samples/china-syria.md (skipped when ../shared is absent).
# The sample checks depend on the coding engine producing the right events.
. "$(dirname "$0")/lib.sh"
if ! command -v python3 >/dev/null; then
    skip relations "python3 not installed"
    exit 0
fi

# rec FILE DIM A B: print the JSON record of that dimension (empty if none)
rec() {
    python3 - "$@" <<'EOF'
import json, sys
f, dim, a, b = sys.argv[1:5]
for line in open(f):
    r = json.loads(line)
    if r.get("type") == "relation" and r["dimension"] == dim and r["a"] == a and r["b"] == b:
        print(json.dumps(r))
EOF
}
# jtest NAME RECORD PYEXPR: PASS when PYEXPR (over r = the record) is true
jtest() {
    if [ -z "$2" ]; then fail "$1" "no record"; return; fi
    if python3 -c "import json,sys; r=json.loads(sys.argv[1]); sys.exit(0 if ($3) else 1)" "$2" 2>"$TMP/jt.err"
    then pass "$1"; else fail "$1" "$(printf '%s' "$2" | head -c 700) $(head -c 200 "$TMP/jt.err")"; fi
}

# ---- baseline only (no database) -----------------------------------------
cd "$TMP" || exit 1
"$TACITUS" relations SYR ARL --at 2015-01-01 >"$TMP/b.jsonl" 2>"$TMP/b.err"
jtest relations_baseline_suspended "$(rec "$TMP/b.jsonl" membership SYR IGOMEAARL)" \
    'r["state"] == "suspended" and r["current"]["basis"] == "baseline"'
"$TACITUS" relations CHN --ladder --format table >"$TMP/l.txt" 2>&1
if grep -q "PAK" "$TMP/l.txt" && head -n 1 "$TMP/l.txt" | grep -q "^1 "; then pass relations_ladder_table
else fail relations_ladder_table "$(head -n 3 "$TMP/l.txt")"; fi
"$TACITUS" relations CHN >/dev/null 2>&1
if [ $? -eq 2 ]; then pass relations_usage_one_actor; else fail relations_usage_one_actor "exit status not 2"; fi
"$TACITUS" relations CHN SYR --at 2023-13-45 >/dev/null 2>&1
if [ $? -eq 2 ]; then pass relations_bad_date; else fail relations_bad_date "exit status not 2"; fi

# ---- ingestion order does not matter --------------------------------------
mkdir -p "$TMP/oo"
cat >"$TMP/oo/a.jsonl" <<'EOF'
{"id": "oo-up", "date": "2022-03-01", "title": "Peru and China raise ties", "text": "LIMA, March 1 - China upgraded its relations with Peru to a comprehensive strategic partnership on Tuesday, the foreign ministry said.\n\nThe two governments also signed agreements on mining and ports."}
EOF
cat >"$TMP/oo/b.jsonl" <<'EOF'
{"id": "oo-down", "date": "2024-06-01", "title": "Norway expels envoy", "text": "OSLO, June 1 - Norway expelled the Chilean ambassador on Saturday after a row over fishing rights.\n\nChile said it regretted the decision."}
EOF
cat >"$TMP/oo/c.jsonl" <<'EOF'
{"id": "oo-restore", "date": "2021-04-15", "title": "Norway and Chile restore ties", "text": "OSLO, April 15 - Norway and Chile restored diplomatic relations on Thursday after a two-year break.\n\nBoth foreign ministers welcomed the step."}
EOF
for f in a b c; do "$TACITUS" ingest --db "$TMP/o1.db" "$TMP/oo/$f.jsonl" 2>/dev/null; done
for f in c b a; do "$TACITUS" ingest --db "$TMP/o2.db" "$TMP/oo/$f.jsonl" 2>/dev/null; done
# Stored event ids are assigned by the store in ingestion order; everything
# else must be byte-identical.
strip_ids() { sed 's/"event":[0-9-]*/"event":_/g'; }
for q in "NOR CHL" "CHN PER" "--changed-since 2021-01-01" "CHN --ladder"; do
    # shellcheck disable=SC2086
    "$TACITUS" relations $q --at 2025-01-01 --db "$TMP/o1.db" 2>&1 | strip_ids >"$TMP/o1.out"
    # shellcheck disable=SC2086
    "$TACITUS" relations $q --at 2025-01-01 --db "$TMP/o2.db" 2>&1 | strip_ids >"$TMP/o2.out"
    if [ -s "$TMP/o1.out" ] && cmp -s "$TMP/o1.out" "$TMP/o2.out"; then pass "relations_order_same ($q)"
    else fail "relations_order_same ($q)" "$(diff "$TMP/o1.out" "$TMP/o2.out" | head -c 600)"; fi
done
"$TACITUS" relations NOR CHL --db "$TMP/o2.db" --at 2023-01-01 >"$TMP/nc1.jsonl" 2>&1
"$TACITUS" relations NOR CHL --db "$TMP/o2.db" --at 2024-07-01 >"$TMP/nc2.jsonl" 2>&1
jtest relations_order_ties_before "$(rec "$TMP/nc1.jsonl" ties NOR CHL)" 'r["state"] == "restored"'
jtest relations_order_ties_after "$(rec "$TMP/nc2.jsonl" ties NOR CHL)" \
    'r["state"] == "downgraded" and r["since"] == "2024-06-01"'
"$TACITUS" relations CHN PER --db "$TMP/o2.db" >"$TMP/cp.jsonl" 2>&1
jtest relations_order_partnership "$(rec "$TMP/cp.jsonl" partnership CHN PER)" \
    'r["state"] == "comprehensive strategic partnership" and r["ladder"]["rank"] == 4'
# rebuilding (a second query, a re-ingest of the same files) gives the same
"$TACITUS" ingest --db "$TMP/o2.db" "$TMP/oo" 2>/dev/null
"$TACITUS" relations --changed-since 2021-01-01 --db "$TMP/o2.db" >"$TMP/r1.out" 2>&1
"$TACITUS" relations --changed-since 2021-01-01 --db "$TMP/o2.db" >"$TMP/r2.out" 2>&1
"$TACITUS" relations --changed-since 2021-01-01 --db "$TMP/o1.db" | strip_ids >"$TMP/r3.out" 2>&1
if cmp -s "$TMP/r1.out" "$TMP/r2.out" && strip_ids <"$TMP/r1.out" | cmp -s - "$TMP/r3.out"; then pass relations_rebuild_same
else fail relations_rebuild_same "$(diff "$TMP/r1.out" "$TMP/r2.out" | head -c 400)"; fi

# ---- syndicated copies count once ------------------------------------------
cat >"$TMP/syn.jsonl" <<'EOF'
{"id": "syn-1", "date": "2024-06-01", "title": "Norway expels envoy", "text": "OSLO, June 1 - Norway expelled the Chilean ambassador on Saturday after a row over fishing rights.\n\nChile said it regretted the decision."}
{"id": "syn-2", "date": "2024-06-01", "title": "Norway expels Chilean envoy", "text": "OSLO, June 1 - Norway expelled the Chilean ambassador on Saturday after a row over fishing rights.\n\nThe foreign ministry gave no further details."}
{"id": "ind-1", "date": "2024-06-01", "title": "Envoy sent home", "text": "Norway on Saturday expelled Chile's ambassador, the Norwegian foreign ministry said.\n\nNo reason was given."}
EOF
"$TACITUS" ingest --db "$TMP/syn.db" "$TMP/syn.jsonl" 2>/dev/null
"$TACITUS" relations NOR CHL --db "$TMP/syn.db" >"$TMP/syn.out" 2>&1
jtest relations_syndicated_once "$(rec "$TMP/syn.out" ties NOR CHL)" \
    'r["state"] == "downgraded" and r["current"]["articles"] == 2 and len({e["article"] for e in r["current"]["evidence"]}) == 3'

# ---- the issue's "Done when" on the sample article --------------------------
need_shared
DB="$TMP/x.db"
check relations_ingest_sample "$TACITUS" ingest --db "$DB" "$SHARED/samples/china-syria.md"
"$TACITUS" relations CHN SYR --db "$DB" >"$TMP/cs.jsonl" 2>&1
R=$(rec "$TMP/cs.jsonl" partnership CHN SYR)
jtest relations_chn_syr_tier "$R" 'r["state"] == "strategic partnership" and r["since"] == "2023-09-22"'
jtest relations_chn_syr_rung "$R" \
    'r["ladder"]["owner"] == "CHN" and r["ladder"]["above"] == "comprehensive strategic partnership"'
jtest relations_chn_syr_evidence "$R" \
    'r["current"]["basis"] == "news" and any("strategic partnership" in (e["text"] or "") for e in r["current"]["evidence"])'
"$TACITUS" relations CHN SYR --db "$DB" --format table >"$TMP/cs.txt" 2>&1
if grep -q "one rung below comprehensive strategic partnership" "$TMP/cs.txt"; then pass relations_chn_syr_table
else fail relations_chn_syr_table "$(head -n 3 "$TMP/cs.txt")"; fi
"$TACITUS" relations CHN SYR --db "$DB" --at 2023-09-01 >"$TMP/cs0.jsonl" 2>&1
R0=$(rec "$TMP/cs0.jsonl" partnership CHN SYR)
jtest relations_chn_syr_before "$R0" 'r["state"] is None and r["current"] is None'

"$TACITUS" relations SYR ARL --db "$DB" >"$TMP/sa.jsonl" 2>&1
R=$(rec "$TMP/sa.jsonl" membership SYR IGOMEAARL)
jtest relations_syr_arl_readmitted "$R" \
    'r["state"] == "readmitted" and r["since"].startswith("2023-05") and any(h["state"] == "suspended" and h["date"] < r["since"] for h in r["history"])'
jtest relations_syr_arl_news "$R" \
    'any(h["basis"] == "news" and h["state"] == "readmitted" and h["date"].startswith("2023-05") for h in r["history"])'

"$TACITUS" relations WST SYR --db "$DB" >"$TMP/ws.jsonl" 2>&1
R=$(rec "$TMP/ws.jsonl" sanctions WST SYR)
jtest relations_wst_syr_sanctions "$R" 'r["state"] in ("imposed", "tightened") and r["since"].startswith("2011")'
jtest relations_wst_syr_news "$R" 'any(h["basis"] == "news" and h["applies"] for h in r["history"])'

"$TACITUS" relations IRN SAU --db "$DB" >"$TMP/is.jsonl" 2>&1
R=$(rec "$TMP/is.jsonl" ties IRN SAU)
jtest relations_irn_sau_restored "$R" 'r["state"] == "restored" and r["since"].startswith("2023")'
jtest relations_irn_sau_mediator "$R" \
    'any(c["via"] == "CHN" and c["basis"] == "news" and c["evidence"] for c in [r["current"]] + r["corroborated_by"])'
# the mediator's own ties are not "restored" by its mediation
"$TACITUS" relations CHN IRN --db "$DB" >"$TMP/ci.jsonl" 2>&1
if rec "$TMP/ci.jsonl" ties CHN IRN | grep -q restored; then fail relations_mediator_untouched "CHN–IRN ties changed"
else pass relations_mediator_untouched; fi
