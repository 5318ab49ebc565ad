#!/usr/bin/env python3
"""Black-box checks of `tacitus serve` (called by serve.sh): API shapes and
content, hostile requests, memory bound. Prints PASS/FAIL lines."""
import json, os, socket, sys, time, urllib.request, urllib.error

port, pid = int(sys.argv[1]), int(sys.argv[2])
base = "http://127.0.0.1:%d" % port

def ok(name, cond, why=""):
    print(("PASS %s" if cond else "FAIL %s: " + str(why)) % name if cond else "FAIL %s: %s" % (name, why))

def get(path):
    try:
        with urllib.request.urlopen(base + path, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()

def raw(data, timeout=5):
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(data)
        out = b""
        while True:
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                break
            if not chunk:
                break
            out += chunk
        return out
    finally:
        s.close()

def status_of(resp):
    try:
        return int(resp.split(b" ", 2)[1])
    except Exception:
        return 0

def rss():
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

# --- API ---------------------------------------------------------------
st, body = get("/api/stats")
stats = json.loads(body)
ok("stats", st == 200 and stats["articles"] >= 2 and stats["events"] > 0, body[:200])

st, body = get("/api/dyad?a=CHN&b=SYR&by=day")
d = json.loads(body)
days = {p["period"] for p in d.get("points", []) if p["events"]}
ok("dyad CHN-SYR has 2023-09-22 events", st == 200 and "2023-09-22" in days, sorted(days))

st, body = get("/api/relations?a=CHN&b=SYR")
rel = json.loads(body)
part = [x for x in rel.get("dimensions", []) if x["dimension"] == "partnership"]
ok("relations CHN-SYR strategic partnership since 2023-09-22",
   st == 200 and part and part[0]["state"] == "strategic partnership" and part[0]["since"] == "2023-09-22"
   and any(e.get("text") for h in part[0]["history"] for e in h["evidence"]), json.dumps(rel)[:400])

st, body = get("/api/relations?a=CHN&b=SYR&at=2023-09-01")
rel = json.loads(body)
part = [x for x in rel.get("dimensions", []) if x["dimension"] == "partnership"]
ok("relations CHN-SYR before the upgrade", st == 200 and (not part or part[0]["state"] is None), json.dumps(rel)[:300])

st, body = get("/api/ladder?owner=CHN")
lad = json.loads(body)
ok("ladder CHN lists rungs and partners", st == 200 and len(lad["rungs"]) >= 5 and len(lad["partners"]) >= 5, body[:200])

st, body = get("/api/events?dyad=CHN,SYR&limit=2")
ev = json.loads(body)
ok("events page of 2 with a cursor", st == 200 and ev["count"] == 2 and ev["next"] is not None, body[:200])
if ev.get("next") is not None:
    st2, body2 = get("/api/events?dyad=CHN,SYR&limit=2&after=%d" % ev["next"])
    ev2 = json.loads(body2)
    ids1 = {e.get("id", json.dumps(e)) for e in ev["events"]}
    ok("cursor moves forward", st2 == 200 and not any(e.get("id", json.dumps(e)) in ids1 for e in ev2["events"]), body2[:200])

st, body = get("/api/articles/china-syria")
art = json.loads(body)
src = art["body"].encode()
names = {src[e["source"]["start"]:e["source"]["end"]].decode() for e in art["events"] if e["source"].get("start") is not None}
ok("article events carry spans into the body", st == 200 and art["sentences"] and names, names)
ok("article dropped spans with reasons", st == 200 and art["dropped"] and all(x["reason"] for x in art["dropped"]))

st, body = get("/api/actors?q=assad&at=2023-06-01")
act = json.loads(body)
ok("actor search is date-aware (Assad SYRGOV in 2023)", st == 200 and any(a["code"] == "SYRGOV" for a in act["actors"]), body[:300])
st, body = get("/api/actors?q=assad&at=2026-06-01")
act = json.loads(body)
ok("actor search is date-aware (Assad not SYRGOV in 2026)", st == 200 and not any(a["code"] == "SYRGOV" and "ASSAD" in a["entry"] for a in act["actors"]), body[:300])

st, body = get("/")
ok("dashboard index is served", st == 200 and b"app.js" in body)

# --- hostile requests ---------------------------------------------------
before = rss()
hostile = [
    ("SQL injection in a code", "/api/events?country=SYR%27%20OR%201%3D1--"),
    ("SQL injection in article id", "/api/articles/x%27%3B%20DROP%20TABLE%20events%3B--"),
    ("SQL injection in dyad", "/api/dyad?a=CHN&b=SYR%22%29%3B--"),
    ("bad date", "/api/events?from=2023-13-45"),
    ("bad period", "/api/dyad?a=CHN&b=SYR&by=fortnight"),
    ("negative limit", "/api/events?limit=-5"),
    ("huge limit", "/api/events?limit=99999999999999999999"),
    ("invalid UTF-8 value", "/api/actors?q=%ff%fe%fd"),
    ("control character", "/api/actors?q=ab%00cd"),
    ("huge parameter", "/api/actors?q=" + "a" * 5000),
    ("many parameters", "/api/events?" + "&".join("k%d=v" % i for i in range(200))),
    ("unknown endpoint", "/api/nope"),
    ("unknown page", "/secret.txt"),
]
for name, path in hostile:
    st, body = get(path)
    ok("hostile: " + name + " -> 4xx", 400 <= st < 500, "%s %s" % (st, body[:120]))
    if path.startswith("/api/"):
        try:
            j = json.loads(body)
            ok("hostile: " + name + " -> JSON error", "error" in j, body[:120])
        except Exception as e:
            ok("hostile: " + name + " -> JSON error", False, e)

for name, req in [
    ("dot-dot path", b"GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n"),
    ("encoded dot-dot path", b"GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n"),
    ("invalid UTF-8 path", b"GET /\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n"),
    ("POST", b"POST /api/events HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"),
    ("huge header", b"GET /api/stats HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100000 + b"\r\n\r\n"),
    ("garbage request line", b"\x00\x01\x02 nonsense\r\n\r\n"),
    ("terminal escape in the path", b"GET /a\x1b[31mred HTTP/1.1\r\nHost: x\r\n\r\n"),
    ("HTTP/0.9 request", b"GET /api/stats\r\n\r\n"),
    ("absurd method", b"DELETE /api/events HTTP/1.1\r\nHost: x\r\n\r\n"),
    ("header without colon", b"GET /api/stats HTTP/1.1\r\nHost: x\r\nnonsense\r\n\r\n"),
    ("chunked body on GET", b"GET /api/stats HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
]:
    resp = raw(req)
    s = status_of(resp)
    ok("hostile: " + name + " -> 4xx or closed", s == 0 or 400 <= s < 500, resp[:100])

# slow clients: partial headers that never finish must not block others
slow = []
for _ in range(20):
    c = socket.create_connection(("127.0.0.1", port), timeout=5)
    c.sendall(b"GET /api/stats HTTP/1.1\r\nHost: x\r\n")
    slow.append(c)
st, _ = get("/api/stats")
ok("slow partial-header clients do not block others", st == 200)
for c in slow:
    c.close()

# many requests: memory stays bounded
for _ in range(300):
    get("/api/dyad?a=CHN&b=SYR&by=day")
    get("/api/actors?q=" + "b" * 300)
after = rss()
ok("server alive after abuse", get("/api/stats")[0] == 200)
ok("memory bounded (RSS grew < 20 MB)", after - before < 20000, "%d kB -> %d kB" % (before, after))
print("INFO rss %d kB -> %d kB" % (before, after))
