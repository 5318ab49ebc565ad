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
    if ! command -v python3 >/dev/null; then
        skip "$1" "python3 not installed"
        exit 0
    fi
}
expect() {
    got=$("$TACITUS" dict lookup -d "$DICT" --json --date "$1" -- "$2" 2>"$TMP/err" |
        python3 -c '
import json, sys
want = len(sys.argv[1].split())
m = [x for x in json.load(sys.stdin)["matches"] if x["kind"] in ("actor", "agent")]
print(m[0].get("code") or "(none)" if len(m) == 1 and m[0]["words"] == want else
      "split:" + "|".join("%s=%s" % (x["text"], x.get("code")) for x in m))' "$2" 2>>"$TMP/err")
    if [ "$got" = "$3" ]; then pass "$2 @ $1 = $3"; else fail "$2 @ $1 = $3" "got '$got' $(head -c 300 "$TMP/err")"; fi
}
