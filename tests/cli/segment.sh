#!/bin/sh
# tacitus segment: records, metadata, boilerplate, inputs and bad input.
# Checks on ../shared (the sample article, the development set) run last and
# are skipped when it is absent.
. "$(dirname "$0")/lib.sh"

# Is sentence segmentation built in? (Until the segment stage is merged the
# library reports so; sentence-level checks then skip, block-level ones run.)
printf 'One sentence here.\n' > "$TMP/probe.txt"
if "$TACITUS" segment "$TMP/probe.txt" 2>&1 >/dev/null | grep -q 'segmentation is not built in'; then
    SEGMENTED=no
else
    SEGMENTED=yes
fi

# ---- help and usage
check help sh -c '"$0" segment --help | grep -q -- "--show-dropped"' "$TACITUS"
"$TACITUS" segment >/dev/null 2>&1; rc=$?
if [ $rc -eq 2 ]; then pass no_inputs_is_usage_error; else fail no_inputs_is_usage_error "exit $rc"; fi
"$TACITUS" segment --input-format pdf x >/dev/null 2>&1; rc=$?
if [ $rc -eq 2 ]; then pass bad_input_format_is_usage_error; else fail bad_input_format_is_usage_error "exit $rc"; fi

# ---- bad inputs: each reported with file and position, the good one still read
mkdir -p "$TMP/bad"
printf 'Good article text. It has two sentences.\n' > "$TMP/bad/good.txt"
printf 'First line is fine.\nSecond \377\376 line.\n' > "$TMP/bad/utf8.txt"
printf 'abc\000def\n' > "$TMP/bad/nul.md"
: > "$TMP/bad/empty.txt"
printf '{"id":"ok1","text":"A fine record."}\n{"id":"broken","text":\n[1,2]\n{"id":"notext"}\n{"id":"ok2","body":"Another fine record."}\n' > "$TMP/bad/feed.jsonl"
# a single 100 MB line
{ printf '{"id":"huge","text":"'; head -c 104857600 /dev/zero | tr '\000' 'a'; printf '"}\n{"id":"after-huge","text":"Still read."}\n'; } > "$TMP/bad/huge.jsonl"
"$TACITUS" segment "$TMP/bad" "$TMP/missing.txt" >"$TMP/bad.out" 2>"$TMP/bad.err"; rc=$?
if [ $rc -eq 1 ]; then pass bad_inputs_exit_1; else fail bad_inputs_exit_1 "exit $rc"; fi
expect_err() {
    if grep -q -- "$2" "$TMP/bad.err"; then pass "$1"; else fail "$1" "no '$2' in: $(head -c 600 "$TMP/bad.err")"; fi
}
expect_err invalid_utf8_position "utf8.txt:2:8: invalid UTF-8 (byte 27)"
expect_err nul_byte_position "nul.md:1:4: NUL byte"
expect_err empty_file "empty.txt: empty file"
expect_err malformed_json_line "feed.jsonl:2:.*malformed JSON"
expect_err json_not_object "feed.jsonl:3:1: a JSON Lines record must be an object"
expect_err json_without_text "feed.jsonl:4:1: record has no"
expect_err line_over_limit "huge.jsonl:1:.*JSON line too long"
expect_err unreadable_file "missing.txt: cannot open"
for id in good ok1 ok2 after-huge; do
    if grep -q "\"type\":\"article\",\"id\":\"$id\"" "$TMP/bad.out"; then pass "still_read_$id"; else fail "still_read_$id" "no article record"; fi
done

# ---- directories: recursive, name order, hidden files and other extensions skipped
mkdir -p "$TMP/tree/a" "$TMP/tree/c"
printf 'Talks in the capital ended on Monday.\n' > "$TMP/tree/b.txt"
printf 'The delegation left on Tuesday.\n' > "$TMP/tree/a/z.md"
printf 'Hidden.\n' > "$TMP/tree/.hidden.txt"
printf 'Not an article.\n' > "$TMP/tree/c/data.bin"
"$TACITUS" segment "$TMP/tree" 2>/dev/null | sed -n 's/.*"type":"article","id":"\([^"]*\)".*/\1/p' | tr '\n' ' ' > "$TMP/order"
if [ "$(cat "$TMP/order")" = "z b " ]; then pass directory_order; else fail directory_order "got '$(cat "$TMP/order")'"; fi

# ---- stdin and --input-format
printf '# Heading Here\n\nThe **minister** arrived.\n' | "$TACITUS" segment --show-blocks - 2>/dev/null > "$TMP/stdin.out"
if grep -q '"id":"stdin","title":"Heading Here"' "$TMP/stdin.out" && grep -q '"text":"The minister arrived."' "$TMP/stdin.out"; then
    pass stdin_markdown; else fail stdin_markdown "$(head -c 300 "$TMP/stdin.out")"; fi
printf 'The **minister** arrived.\n' > "$TMP/forced.txt"
"$TACITUS" segment --show-blocks --input-format markdown "$TMP/forced.txt" 2>/dev/null > "$TMP/forced.out"
if grep -q '"text":"The minister arrived."' "$TMP/forced.out"; then pass input_format_override; else fail input_format_override "$(cat "$TMP/forced.out")"; fi

# ---- HTML: metadata from <meta>, structure-based drops, offsets into the page
cat > "$TMP/page.html" <<'HTML'
<!DOCTYPE html>
<html><head><meta charset="windows-1252"><title>Envoys Meet in Oslo | North Wire</title>
<meta property="og:site_name" content="North Wire">
<meta property="article:published_time" content="2025-02-03T08:00:00Z">
<script>document.write("<p>Script text.</p>");</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<h1>Envoys Meet in Oslo</h1>
<p>OSLO &mdash; Envoys from both governments met on Monday and agreed to resume talks next month.</p>
<p>The host said the meeting was &ldquo;a useful first step.&rdquo;</p>
<footer><p>&copy; 2025 North Wire</p></footer></body></html>
HTML
"$TACITUS" segment --show-blocks "$TMP/page.html" > "$TMP/html.out" 2>"$TMP/html.err"
python3 - "$TMP/html.out" "$TMP/page.html" "$SEGMENTED" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
src = open(sys.argv[2], "rb").read()
art = recs[0]
ok = (art["title"] == "Envoys Meet in Oslo" and art["outlet"] == "North Wire"
      and art["published"] == "2025-02-03")
print(("PASS" if ok else "FAIL") + " html_metadata" + ("" if ok else ": %r" % art))
kept = [r for r in recs if r["type"] == "block" and r["dropped"] is None]
ok = [b["text"] for b in kept] == [
    "OSLO \u2014 Envoys from both governments met on Monday and agreed to resume talks next month.",
    "The host said the meeting was \u201ca useful first step.\u201d"]
print(("PASS" if ok else "FAIL") + " html_kept_blocks" + ("" if ok else ": %r" % [b["text"] for b in kept]))
ok = all(src[b["start"]:b["end"]].startswith(b["text"][:4].encode()) for b in kept)
print(("PASS" if ok else "FAIL") + " html_offsets")
if sys.argv[3] == "yes":
    sents = [r for r in recs if r["type"] == "sentence"]
    ok = len(sents) == 2 and src[sents[1]["start"]:sents[1]["end"]].endswith(b"step.&rdquo;")
    print(("PASS" if ok else "FAIL") + " html_sentences" + ("" if ok else ": %r" % [(s["start"], s["end"], s["text"]) for s in sents]))
PY

# ---- the examples shipped in the repo: every file gives an article record
if [ -d "$TOP/examples" ]; then
    "$TACITUS" segment "$TOP/examples" > "$TMP/ex.out" 2>"$TMP/ex.err"
    n_art=$(grep -c '"type":"article"' "$TMP/ex.out")
    if [ "$n_art" -ge 7 ]; then pass examples_read; else fail examples_read "$n_art articles; $(head -3 "$TMP/ex.err")"; fi
    if [ $SEGMENTED = yes ]; then
        n_sent=$(grep -c '"type":"sentence"' "$TMP/ex.out")
        if [ "$n_sent" -ge 30 ]; then pass examples_sentences; else fail examples_sentences "$n_sent sentences"; fi
    else
        skip examples_sentences "sentence segmentation not merged yet"
    fi
fi

# ---- the sample article and the development set (../shared)
need_shared
SAMPLE="$SHARED/samples/china-syria.md"
"$TACITUS" segment --show-blocks --show-dropped "$SAMPLE" > "$TMP/cs.out" 2>"$TMP/cs.err"
python3 - "$TMP/cs.out" "$SAMPLE" "$SEGMENTED" > "$TMP/cs.res" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
src = open(sys.argv[2], "rb").read()
seg = sys.argv[3] == "yes"
art = recs[0]
def check(name, ok, why=""):
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else ": " + why))
want = {"type": "article", "id": "china-syria",
        "title": "China and Syria Announce \u2018Strategic Partnership\u2019",
        "published": "2023-09-25", "outlet": "Global Research",
        "original_source": "Middle East Eye", "original_published": "2023-09-23"}
for k, v in want.items():
    check("sample_" + k, art.get(k) == v, "got %r" % art.get(k))
keys = ["type", "id", "title", "published", "outlet", "byline", "original_source",
        "original_published", "url", "tags", "sentences", "dropped"]
check("sample_article_keys", list(art.keys()) == keys, "keys %r" % list(art.keys()))
reasons = {d["reason"] for d in art["dropped"]}
for r in ["share/follow/subscribe line", "reader note", "image caption", "copyright notice",
          "comment notice", "membership appeal", "disclaimer", "fair-use notice", "contact line"]:
    check("sample_drops_" + r.replace(" ", "_").replace("/", "_"), r in reasons, "reasons %r" % sorted(reasons))
check("sample_dropped_in_bounds", all(0 <= d["start"] < d["end"] <= len(src) for d in art["dropped"]))
boiler = ["Translate Website", "Daily Newsletter", "share button", "Note to readers", "Featured image",
          "Copyright", "Comment on", "Become a Member", "Disclaimer", "fair use", "media inquiries",
          "Beijing pledges to help reconstruct"]
kept = [r for r in recs if r["type"] == "block" and r["dropped"] is None]
leaks = [b["text"][:50] for b in kept for cue in boiler if cue in b["text"]]
check("sample_no_boilerplate_kept", not leaks, "kept: %r" % leaks)
check("sample_first_body_block", kept and kept[0]["text"].startswith("Chinese President Xi Jinping and his Syrian counterpart"),
      kept and kept[0]["text"][:60])
check("sample_last_body_block", kept and kept[-1]["text"].endswith("though it denies this."), kept and kept[-1]["text"][-60:])
dropped_text = [r for r in recs if r["type"] == "dropped"]
check("sample_show_dropped", len(dropped_text) == len(art["dropped"]) and
      all(src[d["start"]:d["end"]].decode() == d["text"] for d in dropped_text))
if seg:
    sents = [r for r in recs if r["type"] == "sentence"]
    check("sample_sentence_count", art["sentences"] == len(sents) and len(sents) >= len(kept), "%d sentences, %d kept blocks" % (len(sents), len(kept)))
    check("sample_first_sentence", sents and sents[0]["text"].startswith("Chinese President Xi Jinping and his Syrian counterpart"))
    check("sample_last_sentence", sents and sents[-1]["text"].endswith("though it denies this."))
    leaks = [s["text"][:50] for s in sents for cue in boiler if cue in s["text"]]
    check("sample_no_boilerplate_sentence", not leaks, "%r" % leaks)
    spans = [(b["start"], b["end"]) for b in kept]
    check("sample_sentences_inside_kept_blocks",
          all(any(a <= s["start"] and s["end"] <= b for a, b in spans) for s in sents))
else:
    print("SKIP sample_sentences: sentence segmentation not merged yet")
PY
cat "$TMP/cs.res"

DEV="$SHARED/dev"
if [ -f "$DEV/articles.jsonl" ]; then
    "$TACITUS" segment --show-blocks "$DEV/articles.jsonl" > "$TMP/dev.out" 2>"$TMP/dev.err"
    python3 - "$TMP/dev.out" "$DEV/articles.jsonl" "$DEV/sentences.jsonl" "$SEGMENTED" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
arts = {a["id"]: a for a in map(json.loads, open(sys.argv[2], encoding="utf-8"))}
gold = [json.loads(l) for l in open(sys.argv[3], encoding="utf-8")]
seg = sys.argv[4] == "yes"
blocks, sents = {}, {}
for r in recs:
    if r["type"] == "block" and r["dropped"] is None:
        blocks.setdefault(r["article"], []).append((r["start"], r["end"]))
    if r["type"] == "sentence":
        sents.setdefault(r["article"], []).append((r["start"], r["end"]))
miss, uncovered = [], []
for g in gold:
    aid = g["id"][:5]
    text = arts[aid]["text"].encode()
    s = text.find(g["text"].encode()); e = s + len(g["text"].encode())
    if not any(a <= s and e <= b for a, b in blocks.get(aid, [])):
        miss.append(g["id"])
    if seg:
        cov = [False] * (e - s)
        for a, b in sents.get(aid, []):
            for k in range(max(a, s), min(b, e)):
                cov[k - s] = True
        if not all(c or text[s + k] in b" \t\n" for k, c in enumerate(cov)):
            uncovered.append(g["id"])
print(("PASS" if not miss else "FAIL") + " dev_gold_sentences_in_kept_blocks" +
      ("" if not miss else ": %d of %d outside kept text: %s" % (len(miss), len(gold), miss[:10])))
if seg:
    print(("PASS" if not uncovered else "FAIL") + " dev_gold_sentences_covered_by_sentences" +
          ("" if not uncovered else ": %s" % uncovered[:10]))
else:
    print("SKIP dev_gold_sentences_covered_by_sentences: sentence segmentation not merged yet")
titles = {r["id"]: r["title"] for r in recs if r["type"] == "article"}
bad = [i for i, a in arts.items() if a["title"] and titles.get(i) != a["title"]]
print(("PASS" if not bad else "FAIL") + " dev_titles" + ("" if not bad else ": %s" % bad))
PY
else
    skip dev_set "no ../shared/dev/articles.jsonl"
fi
