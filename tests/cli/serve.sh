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
    if grep -q '<mark class="source"[^>]*>Xi Jinping</mark>' "$TMP/article.html"; then
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
