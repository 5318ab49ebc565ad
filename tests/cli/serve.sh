#!/bin/sh
# once
# tacitus serve end to end: a database from the sample and the conformance
# sentences, the API, hostile requests, and the dashboard in headless Chromium
# (screenshots in tests/screenshots/).
. "$(dirname "$0")/lib.sh"
need_shared
db="$TMP/serve.db"
"$TACITUS" ingest --db "$db" "$SHARED/samples/china-syria.md" "$SHARED/conformance/petrarch-validation.jsonl" \
    >"$TMP/ingest.out" 2>&1 || { fail "ingest for serve" "$(tail -3 "$TMP/ingest.out")"; exit 0; }
"$TACITUS" serve --db "$db" --listen 127.0.0.1:0 2>"$TMP/serve.log" &
spid=$!
port=""
for _ in $(seq 1 100); do
    port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$TMP/serve.log" | head -n 1)
    [ -n "$port" ] && break
    sleep 0.1
done
if [ -z "$port" ]; then fail "serve starts" "$(cat "$TMP/serve.log")"; kill $spid 2>/dev/null; exit 0; fi
pass "serve starts on a free loopback port"

python3 "$TOP/tests/cli/serve_check.py" "$port" "$spid"

# cached answers follow the store: ingest one more article while serving
jget() {  # jget PATH EXPR: a field of a JSON answer
    python3 -c 'import json, sys, urllib.request
j = json.load(urllib.request.urlopen("http://127.0.0.1:%s%s" % (sys.argv[1], sys.argv[2]), timeout=10))
print(eval(sys.argv[3], {"j": j}))' "$port" "$1" "$2"
}
a0=$(jget /api/stats 'j["articles"]')
e0=$(jget '/api/events?country=SYR&limit=1000' 'j["count"]')
cat >"$TMP/late.jsonl" <<'EOF2'
{"id": "serve-late-1", "date": "2023-10-02", "text": "Syrian officials accused Turkish forces of shelling villages near the border on Monday. Syria's foreign minister met the Chinese ambassador in Damascus on Sunday."}
EOF2
"$TACITUS" ingest --db "$db" "$TMP/late.jsonl" >"$TMP/late.out" 2>&1 || fail "ingest while serving" "$(tail -2 "$TMP/late.out")"
sleep 1
a1=$(jget /api/stats 'j["articles"]')
e1=$(jget '/api/events?country=SYR&limit=1000' 'j["count"]')
e_cli=$("$TACITUS" query --db "$db" --country SYR --limit 1000 2>/dev/null | grep -c '"type" *: *"event"')
[ "$a1" = $((a0 + 1)) ] && pass "stats follow an ingest while serving ($a0 -> $a1 articles)" ||
    fail "stats after an ingest while serving" "$a0 -> $a1"
[ "$e1" = "$e_cli" ] && pass "cached events follow the store ($e0 -> $e1, tacitus query: $e_cli)" ||
    fail "cached events after an ingest" "api $e0 -> $e1, tacitus query $e_cli"

# the dashboard in a real browser
if command -v chromium >/dev/null 2>&1; then
    shots="$TOP/tests/screenshots"
    mkdir -p "$shots"
    browse() {  # browse NAME HASH: dump the DOM after scripts ran, and a screenshot
        for mode in dom shot; do
            rm -rf "$TMP/chrome"
            set -- "$1" "$2"
            if [ $mode = dom ]; then
                timeout 90 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
                    --disable-component-update --disable-sync --user-data-dir="$TMP/chrome" --virtual-time-budget=8000 \
                    --dump-dom "http://127.0.0.1:$port/$2" >"$TMP/$1.html" 2>/dev/null
            else
                timeout 90 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
                    --disable-component-update --disable-sync --user-data-dir="$TMP/chrome" --virtual-time-budget=8000 \
                    --window-size=1100,1500 --screenshot="$shots/$1.png" "http://127.0.0.1:$port/$2" >/dev/null 2>&1
            fi
        done
    }
    browse dyad '#/dyad/CHN/SYR/day'
    if grep -q 'class="chart"' "$TMP/dyad.html" && grep -q '2023-09-22' "$TMP/dyad.html"; then
        pass "browser: CHN-SYR dyad chart shows 2023-09-22"; else fail "browser: dyad chart" "$(head -c 400 "$TMP/dyad.html")"; fi
    if grep -q 'strategic partnership' "$TMP/dyad.html" && grep -q '<blockquote>' "$TMP/dyad.html"; then
        pass "browser: relations panel shows the tier with its evidence sentence"; else fail "browser: relations panel" "no tier/evidence"; fi
    browse article '#/article/china-syria'
    if grep -q '<mark class="source"[^>]*>[^<]*Xi Jinping[^<]*</mark>' "$TMP/article.html"; then
        pass "browser: article page highlights Xi Jinping"; else fail "browser: article highlight" "$(grep -o '<mark[^<]*</mark>' "$TMP/article.html" | head -5)"; fi
    browse ladder '#/country/CHN'
    if grep -q 'class="ladder"' "$TMP/ladder.html" && grep -q '>SYR<' "$TMP/ladder.html"; then
        pass "browser: China's ladder shows Syria"; else fail "browser: ladder" "no SYR chip"; fi
    browse home '#/'
    grep -q 'events stored' "$TMP/home.html" && pass "browser: home page" || fail "browser: home page" "no stats"
    for s in dyad article ladder home; do
        [ -s "$shots/$s.png" ] && pass "screenshot $s.png" || fail "screenshot $s.png" "missing"
    done
else
    skip "browser tests" "chromium is not installed (scripts/deps.sh installs it)"
fi

kill -TERM $spid
wait $spid
rc=$?
[ $rc -eq 0 ] && pass "graceful shutdown on SIGTERM" || fail "graceful shutdown" "exit status $rc"
grep -q ' 200 ' "$TMP/serve.log" && pass "access log on stderr" || fail "access log" "no lines"
if LC_ALL=C grep -q "$(printf '\033')" "$TMP/serve.log"; then
    fail "access log holds no control characters" "an escape reached the log"
else
    pass "access log holds no control characters"
fi

# a database that does not exist is refused, not created (read-only)
if "$TACITUS" serve --db "$TMP/none.db" --listen 127.0.0.1:0 >/dev/null 2>"$TMP/none.err"; then
    fail "serve refuses a missing database" "exit 0"
elif [ -e "$TMP/none.db" ]; then
    fail "serve refuses a missing database" "it created $TMP/none.db"
else
    pass "serve refuses a missing database and creates none"
fi

