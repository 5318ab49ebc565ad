#!/bin/sh
# tacitus dict compile|check|lookup|stats on small dictionaries written here.
. "$(dirname "$0")/lib.sh"

mkdir -p "$TMP/d/sub"
cat >"$TMP/d/actors.tac" <<'EOF'
@version cli-test 1
actor BASHAR_AL_ASSAD
  name   Bashar al-Assad; Bashar Assad; Assad; President Assad
  code   SYRGOV 20000717-20241208
  code   SYRELI 20241209?-
  code   SYRELI
  kind   person
  note   President of Syria from 17 July 2000
  note   to 8 December 2024.

actor SYRIA
  name   Syria; Syrian; Damascus
  code   SYR
  kind   country
EOF
cat >"$TMP/d/sub/verbs.tac" <<'EOF'
agent TROOPS
  name   soldier; army; troops
  code   ~MIL

verb VISIT
  lemma   visit; pay a visit
  form    paid a visit
  code    042
  pattern 042  $ * +
  pattern 043  + * BY $

synset CURRENCY
  word  dollar; euro
EOF
echo "this README is not a dictionary" >"$TMP/d/README.md"

# ---- compile
if "$TACITUS" dict compile "$TMP/d" -o "$TMP/a.dict" 2>"$TMP/err" && [ -s "$TMP/a.dict" ]; then
    pass compile
else
    fail compile "$(cat "$TMP/err")"
fi
"$TACITUS" dict compile "$TMP/d" -o "$TMP/b.dict" 2>/dev/null
check compile-deterministic cmp "$TMP/a.dict" "$TMP/b.dict"
if [ "$(head -c 8 "$TMP/a.dict" | tr -d '\0')" = "TACDICT" ]; then pass compile-magic; else fail compile-magic "no TACDICT magic"; fi

# merged inputs: a directory and a single file
printf 'actor CHINA\n  name China; Beijing\n  code CHN\n  kind country\n' >"$TMP/china.tac"
"$TACITUS" dict compile "$TMP/d" "$TMP/china.tac" -o "$TMP/m.dict" 2>/dev/null
n=$("$TACITUS" dict stats --json "$TMP/m.dict" | python3 -c 'import json,sys; print(json.load(sys.stdin)["actors"])')
if [ "$n" = 3 ]; then pass compile-merges; else fail compile-merges "actors=$n, want 3"; fi

# ---- malformed files: file:line:column, exit 1, no output written
printf 'actor A\n  name a\n  code ABC 2020010-\n' >"$TMP/bad.tac"
if "$TACITUS" dict compile "$TMP/bad.tac" -o "$TMP/bad.dict" 2>"$TMP/err"; then
    fail compile-error "accepted a bad date"
elif grep -q "bad.tac:3:19: bad date" "$TMP/err" && [ ! -e "$TMP/bad.dict" ]; then
    pass compile-error
else
    fail compile-error "$(cat "$TMP/err")"
fi
mkdir -p "$TMP/bd"
printf 'verb V\n  lemma go\n  colour red\n' >"$TMP/bd/x.tac"
"$TACITUS" dict compile "$TMP/bd" -o "$TMP/bad.dict" 2>"$TMP/err"
if grep -q "bd/x.tac:3:3: unknown field" "$TMP/err"; then pass compile-error-in-dir; else fail compile-error-in-dir "$(cat "$TMP/err")"; fi
"$TACITUS" dict compile -o "$TMP/x.dict" 2>/dev/null
if [ $? -eq 2 ]; then pass compile-usage; else fail compile-usage "expected exit 2"; fi

# a corrupt image is an error naming the byte, not a crash
head -c 100 "$TMP/a.dict" >"$TMP/short.dict"
"$TACITUS" dict stats "$TMP/short.dict" >/dev/null 2>"$TMP/err"
rc=$?
if [ $rc -eq 1 ] && grep -q "byte" "$TMP/err"; then pass image-short; else fail image-short "rc=$rc $(cat "$TMP/err")"; fi

# ---- lookup: date-aware, longest match, possessives
out=$("$TACITUS" dict lookup --dictionaries "$TMP/a.dict" --date 2023-09-22 "President Assad's")
case "$out" in *"president assad"*"BASHAR_AL_ASSAD"*SYRGOV*"SYRGOV 20000717-20241208"*) pass lookup-2023 ;; *) fail lookup-2023 "$out" ;; esac
out=$("$TACITUS" dict lookup --dictionaries "$TMP/d" --date 2026-01-05 Assad)
case "$out" in *SYRELI*"SYRELI 20241209?-"*) pass lookup-2026 ;; *) fail lookup-2026 "$out" ;; esac
out=$("$TACITUS" dict lookup --dictionaries "$TMP/a.dict" --date 2023-09-22 --json Syrian troops paid a visit)
if echo "$out" | python3 -c '
import json,sys
d=json.load(sys.stdin); m=d["matches"]
kinds=[(x["text"],x["kind"],x["code"]) for x in m]
assert ("syrian","actor","SYR") in kinds, kinds
assert ("troops","agent","~MIL") in kinds, kinds
assert [x for x in m if x["kind"]=="agent"][0]["rule"].endswith("-> SYRMIL"), m
assert ("paid a visit","verb","042") in kinds, kinds
assert d["date"]=="2023-09-22"
'; then pass lookup-json; else fail lookup-json "$out"; fi
out=$("$TACITUS" dict lookup --dictionaries "$TMP/a.dict" --date 2023-09-22 --json Assad)
if echo "$out" | python3 -c '
import json,sys
m=json.load(sys.stdin)["matches"][0]
assert m["note"]=="President of Syria from 17 July 2000 to 8 December 2024.", m
'; then pass lookup-note; else fail lookup-note "$out"; fi
"$TACITUS" dict lookup --dictionaries "$TMP/a.dict" --date 2023-01-01 zebra >/dev/null
if [ $? -eq 1 ]; then pass lookup-nothing; else fail lookup-nothing "expected exit 1"; fi

# ---- stats
out=$("$TACITUS" dict stats --json "$TMP/a.dict")
if echo "$out" | python3 -c '
import json,sys
d=json.load(sys.stdin)
assert d["actors"]==2 and d["persons"]==1 and d["states"]==1 and d["state_codes"]==1, d
assert d["office_holder_periods"]==2, d
assert d["agents"]==1 and d["verbs"]==1 and d["verb_patterns"]==2 and d["synsets"]==1, d
assert d["version"].startswith("cli-test 1 (sources xxh3:"), d["version"]
c=d["cameo"]
if c["codes"]:
    assert c["covered"]==2 and "042" not in c["missing"] and "043" not in c["missing"], c
    assert "010" in c["missing"], c
'; then pass stats-json; else fail stats-json "$out"; fi

# ---- check
cat >"$TMP/lint.tac" <<'EOF'
actor A
  name   alpha; shared name
  code   AAAGOV 20100101-20000101
  code   AAAGOV 20200101-20221231
  code   AAAMIL 20220101-20230101?
  kind   person
actor B
  name   shared name
  code   BBB
actor C
  name   gamma
  kind   person
actor D
  name   delta
  code   dd1
agent G
  name   guard
  code   MIL
verb V
  lemma  go
  pattern 042 $ +
  pattern 042 $ * +
  pattern 043 $ *  +
  pattern 999 $ * &NOPE
EOF
"$TACITUS" dict check "$TMP/lint.tac" >"$TMP/out" 2>&1
rc=$?
if [ $rc -eq 1 ]; then pass check-exit; else fail check-exit "rc=$rc"; fi
for want in "inverted-range" "overlapping-range" "duplicate-name" "no-code" "actor-code" \
            "pattern-verb" "unreachable-pattern" "unknown-synset" "uncertain-date"; do
    if grep -q "\[$want\]" "$TMP/out"; then pass "check-$want"; else fail "check-$want" "$(cat "$TMP/out")"; fi
done
if grep -q "lint.tac:10: error: actor C has no code" "$TMP/out"; then pass check-origin; else fail check-origin "$(cat "$TMP/out")"; fi
if "$TACITUS" dict check --json "$TMP/lint.tac" | python3 -c '
import json,sys
d=json.load(sys.stdin)
assert d["errors"]>=8, d["errors"]
assert all(f["severity"] in ("error","warning","note") for f in d["findings"])
'; then pass check-json; else fail check-json "bad JSON"; fi
if "$TACITUS" dict check "$TMP/d" >"$TMP/out" 2>&1; then pass check-clean; else fail check-clean "$(cat "$TMP/out")"; fi

# ---- the built-in dictionary, when the build made one
if [ -s "$BUILD/data/tacitus.dict" ]; then
    check builtin-stats "$TACITUS" dict stats "$BUILD/data/tacitus.dict"
else
    skip builtin-stats "no built-in dictionary in this build"
fi

# unknown CAMEO codes need the CAMEO table (resolve stage)
printf 'verb V\n  lemma go\n  pattern 999 $ * +\n  pattern 04x $ * TO +\n' >"$TMP/codes.tac"
"$TACITUS" dict check "$TMP/codes.tac" >"$TMP/out" 2>&1
if grep -q "malformed event code '04x'" "$TMP/out"; then pass check-code-syntax; else fail check-code-syntax "$(cat "$TMP/out")"; fi
if grep -q "no CAMEO table" "$TMP/out"; then
    skip check-cameo "this build has no CAMEO table"
elif grep -q "code '999' is not a CAMEO code" "$TMP/out"; then
    pass check-cameo
else
    fail check-cameo "$(cat "$TMP/out")"
fi

# PETRARCH/TABARI files go through the engine's reader; once src/dict/petrarch.c
# is in the tree the binary must really use it (a weak reference alone would
# not link it in from the static library).
if [ ! -f "$TOP/src/dict/petrarch.c" ]; then
    printf 'dummy\n' >"$TMP/x.txt"
    "$TACITUS" dict compile "$TMP/x.txt" -o "$TMP/p.dict" 2>"$TMP/err"
    if grep -q "not supported by this build" "$TMP/err"; then pass petrarch-absent; else fail petrarch-absent "$(cat "$TMP/err")"; fi
elif [ ! -d "$SHARED/conformance/petrarch-dicts" ]; then
    skip petrarch-compile "../shared is absent (a user's clone)"
else
    if "$TACITUS" dict compile "$SHARED/conformance/petrarch-dicts" -o "$TMP/p.dict" 2>"$TMP/err"; then
        pass petrarch-compile
    else
        fail petrarch-compile "$(cat "$TMP/err")"
    fi
fi
