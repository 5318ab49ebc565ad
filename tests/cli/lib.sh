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
