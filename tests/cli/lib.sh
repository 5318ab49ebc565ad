# Shared helpers for the CLI black-box tests. Source it; then use
#   pass NAME / fail NAME WHY / skip NAME WHY
#   check NAME CMD...          passes when CMD exits 0
#   need_shared                skips the whole script when ../shared is absent
# Every test prints exactly one PASS/FAIL/SKIP line per check.
: "${TACITUS:?set TACITUS to the tacitus binary}"
: "${TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
SHARED=${TAC_SHARED:-$TOP/../shared}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

pass() { echo "PASS $1"; }
fail() { echo "FAIL $1: $2"; }
skip() { echo "SKIP $1: $2"; }
check() {
    name=$1; shift
    if "$@" >"$TMP/check.out" 2>&1; then pass "$name"; else fail "$name" "$(tail -n 5 "$TMP/check.out")"; fi
}
need_shared() {
    if [ ! -d "$SHARED/samples" ]; then
        skip "$(basename "$0" .sh)" "../shared is absent (a user's clone): tests that read it are skipped"
        exit 0
    fi
}
# jq-free JSON field checks use python3 (installed by scripts/deps.sh)
json_check() { python3 -c "$1" "$2"; }

# Dictionary facts (world.sh, leaders_*.sh). dict_facts NAME: DICT = the built
# dictionary, or skip the script NAME when it (or python3) is missing.
# expect DATE PHRASE CODE: the whole phrase is one dictionary entry whose code
# on DATE is CODE (`tacitus dict lookup --date`).
dict_facts() {
    DICT=${BUILD:-$TOP/build}/data/tacitus.dict
    if [ ! -s "$DICT" ]; then
        skip "$1" "$DICT not built (make dict)"
        exit 0
    fi
}
# The lookup's plain output has one line per match (text, kind and entry,
# code, rule, origin; notes on tab-indented lines), so awk reads it: no
# interpreter start per fact, which kept these scripts slow.
expect() {
    got=$("$TACITUS" dict lookup -d "$DICT" --date "$1" -- "$2" 2>"$TMP/err" |
        awk -F'\t' -v want="$(echo "$2" | wc -w)" '
            /^\t/ { next }
            { split($2, ke, " ") }
            ke[1] != "actor" && ke[1] != "agent" { next }
            { n++; text[n] = $1; code[n] = ($3 == "" ? "(none)" : $3) }
            END {
                if (n == 1 && split(text[1], w, " ") == want) { print code[1]; exit }
                s = "split:"
                for (i = 1; i <= n; i++) s = s (i > 1 ? "|" : "") text[i] "=" code[i]
                print s
            }')
    if [ "$got" = "$3" ]; then pass "$2 @ $1 = $3"; else fail "$2 @ $1 = $3" "got '$got' $(head -c 300 "$TMP/err")"; fi
}
