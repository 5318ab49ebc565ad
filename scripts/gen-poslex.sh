#!/bin/sh
# gen-poslex.sh OUT.c — compile Debian festlex-poslex (a WSJ part-of-speech
# lexicon and a POS trigram model) into C tables for src/segment/tagger.c.
# Run at build time by the Makefile; nothing is read from /usr/share at run
# time. When the package is missing the tables are empty and the tagger falls
# back on its suffix and capitalisation rules (a warning is printed).
set -eu
out=$1
dir=${POSLEX_DIR:-/usr/share/festival/dicts}
python3 - "$dir/wsj.wp39.poslexR" "$dir/wsj.wp39.tri.ngrambin" "$out" <<'PY'
import math, os, re, struct, sys
lexf, ngf, out = sys.argv[1:4]

NOTICE = """ * Derived from Debian's festlex-poslex (wsj.wp39.poslexR, wsj.wp39.tri.ngrambin),
 * which carries this notice:
 *
 *                Centre for Speech Technology Research
 *                     University of Edinburgh, UK
 *                       Copyright (c) 1996,1997
 *                        All Rights Reserved.
 *
 *  Permission is hereby granted, free of charge, to use and distribute
 *  this software and its documentation without restriction, including
 *  without limitation the rights to use, copy, modify, merge, publish,
 *  distribute, sublicense, and/or sell copies of this work, and to
 *  permit persons to whom this work is furnished to do so, subject to
 *  the following conditions:
 *   1. The code must retain the above copyright notice, this list of
 *      conditions and the following disclaimer.
 *   2. Any modifications must be clearly marked as such.
 *   3. Original authors' names are not deleted.
 *   4. The authors' names are not used to endorse or promote products
 *      derived from this software without specific prior written
 *      permission.
 *
 *  THE UNIVERSITY OF EDINBURGH AND THE CONTRIBUTORS TO THIS WORK
 *  DISCLAIM ALL WARRANTIES WITH REGARD TO THIS SOFTWARE, INCLUDING
 *  ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS, IN NO EVENT
 *  SHALL THE UNIVERSITY OF EDINBURGH NOR THE CONTRIBUTORS BE LIABLE
 *  FOR ANY SPECIAL, INDIRECT OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
 *  WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN
 *  AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION,
 *  ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF
 *  THIS SOFTWARE.
 *
 * Modifications (marked here as the notice asks): the lexicon was converted
 * to a hash table; the trigram counts were turned into trigram and bigram
 * transition log-probabilities (the trigram estimate interpolated with the
 * bigram and unigram ones); the tags "1" and "2" were dropped; suffix tag
 * distributions for unknown words were derived from the lexicon."""

# HMM states: festival's tags minus "1" and "2"; each maps to a Penn tag
# (punc is resolved from the token's surface by the tagger).
STATES = ["nn","punc","nnp","dt","in","jj","nns","cd","rb","vbd","vb","prp","cc","of","to",
          "vbz","vbn","vbg","vbp","md","pos","wdt","jjr","wp","nnps","wrb","jjs","rbr","rp",
          "ex","rbs","pdt","fw","uh","sym","ls"]
PENN = {"punc": "NONE", "of": "IN", "prp": "PRP", "wp": "WP"}
sid = {s: i for i, s in enumerate(STATES)}

def fnv1a(b):
    h = 2166136261
    for c in b:
        h ^= c
        h = (h * 16777619) & 0xffffffff
    return h

def cstr(b):
    o = []
    for c in b:
        if c in (34, 92): o.append('\\' + chr(c))
        elif 32 <= c < 127 and c != 63: o.append(chr(c))
        else: o.append('\\%03o' % c)
    return ''.join(o)

have = os.path.exists(lexf) and os.path.exists(ngf)
if not have:
    sys.stderr.write("gen-poslex.sh: %s not found (install festlex-poslex): tagger uses rules only\n" % lexf)

# ---- transitions from the trigram counts -------------------------------
N = len(STATES)
trans = [[0.0] * N for _ in range(N)]
prior = [1.0] * N
if have:
    d = open(ngf, 'rb').read()
    i1 = d.index(b'\n'); i2 = d.index(b'\n', i1 + 1); i3 = d.index(b'\n', i2 + 1)
    assert d[:i1].split()[0] == b'NgramBin_2' and int(d[:i1].split()[1]) == 3
    voc = d[i1 + 1:i2].decode().split()
    V = len(voc)
    body = d[i3 + 1:]
    vals = []
    # big-endian doubles; a negative value -n means "the previous value, n times in all"
    for k in range(0, len(body) // 8 * 8, 8):
        v = struct.unpack('>d', body[k:k + 8])[0]
        if v < 0:
            vals.extend([vals[-1]] * (int(-v) - 1))
        else:
            vals.append(v)
    assert len(vals) == V ** 3, (len(vals), V)
    big = [[0.0] * V for _ in range(V)]
    uni = [0.0] * V
    for a in range(V):
        for b in range(V):
            base = (a * V + b) * V
            for c in range(V):
                big[b][c] += vals[base + c]
                uni[c] += vals[base + c]
    for s in STATES:
        b = voc.index(s)
        row = sum(big[b][voc.index(t)] for t in STATES)
        for t in STATES:
            trans[sid[s]][sid[t]] = math.log(max(big[b][voc.index(t)], 0.01) / row)
        prior[sid[s]] = uni[b]
tot = sum(prior)
logprior = [math.log(p / tot) for p in prior]

# second-order transitions: log of an interpolation of the trigram, bigram
# and unigram estimates (fixed weights 0.6 / 0.3 / 0.1)
tri = [[[0.0] * N for _ in range(N)] for _ in range(N)]
if have:
    vi = [voc.index(t) for t in STATES]
    for a in range(N):
        for b in range(N):
            base = (vi[a] * V + vi[b]) * V
            ctx = sum(vals[base + vi[c]] for c in range(N))
            for c in range(N):
                p3 = vals[base + vi[c]] / ctx if ctx > 0 else 0.0
                p2 = math.exp(trans[b][c])
                p1 = prior[c] / tot
                tri[a][b][c] = math.log(0.6 * p3 + 0.3 * p2 + 0.1 * p1)

# ---- lexicon --------------------------------------------------------------
words = []   # (bytes, [(state, logp)])
if have:
    pat = re.compile(r'^\("((?:[^"\\]|\\.)*)" \((.*)\) \(\) \)$')
    for line in open(lexf, encoding='latin-1'):
        m = pat.match(line.strip())
        if not m:
            continue
        w = m.group(1).replace('\\"', '"').replace('\\\\', '\\')
        tags = []
        for t, p in re.findall(r'\((\S+) (-?[0-9.]+)\)', m.group(2)):
            if t in sid:
                tags.append((sid[t], float(p)))
        if tags:
            words.append((w.encode('latin-1'), tags))

# Frequent words first: their strings, offsets and tags then share a few
# cache lines, so the tagger's working set for ordinary prose stays small.
# Frequency estimate: P(w) = sum over tags of P(w | t) P(t).
words.sort(key=lambda e: (-sum(math.exp(lp + logprior[s]) for s, lp in e[1]), e[0]))

# ---- suffix distributions for unknown words ------------------------------
sfx = {}
for w, tags in words:
    if len(w) < 5 or not w.isalpha():
        continue
    post = [(s, math.exp(lp + logprior[s])) for s, lp in tags]
    z = sum(p for _, p in post)
    for L in range(1, 5):
        acc = sfx.setdefault(w[-L:], [0, [0.0] * N])
        acc[0] += 1
        for s, p in post:
            acc[1][s] += p / z
sfx_items = []
for k, (n, dist) in sorted(sfx.items()):
    if n < 8:
        continue
    z = sum(dist)
    best = sorted(((p / z, s) for s, p in enumerate(dist) if p / z >= 0.02), reverse=True)[:6]
    sfx_items.append((k, [(s, math.log(p) - logprior[s]) for p, s in best]))

def size_for(n):
    # load factor at most ~0.6: short probe chains, and a table that stays
    # small enough for the L2 cache
    s = 1024
    while s * 0.6 < n:
        s *= 2
    return s

with open(out, 'w') as f:
    f.write("/* Generated by scripts/gen-poslex.sh — do not edit.\n *\n" + NOTICE + "\n */\n")
    f.write('#include "segment/lexicon.h"\n\n')
    # the state order is enum tac_lex_state in src/segment/lexicon.h
    f.write("const char tac_lex_state_names[] = \"%s\";\n" % " ".join(STATES))
    # stored [c][b][a] (next tag, previous, the one before): the Viterbi
    # inner loop runs over a, so its reads are contiguous
    f.write("const float tac_lex_trans3[%d][%d][%d] = {\n" % (N, N, N))
    for c in range(N):
        f.write("    {\n")
        for b in range(N):
            f.write("        {" + ", ".join("%.3ff" % tri[a][b][c] for a in range(N)) + "},\n")
        f.write("    },\n")
    f.write("};\n")
    f.write("const float tac_lex_trans[%d][%d] = {\n" % (N, N))
    for r in trans:
        f.write("    {" + ", ".join("%.3ff" % x for x in r) + "},\n")
    f.write("};\n")
    for name, items in (("lex", words), ("sfx", sfx_items)):
        keys = [w for w, _ in items]
        size = size_for(len(keys))
        # a slot holds the entry index (low 16 bits) and the high 16 bits of
        # the key's hash, so a probe rejects most other keys without
        # touching the strings; 0xffffffff = empty
        assert len(keys) < 0xffff
        slots = [0xffffffff] * size
        for i, k in enumerate(keys):
            full = fnv1a(k)
            h = full & (size - 1)
            while slots[h] != 0xffffffff:
                h = (h + 1) & (size - 1)
            slots[h] = i | ((full >> 16) << 16)
        blob = b"".join(k + b"\0" for k in keys)
        offs, o = [], 0
        for k in keys:
            offs.append(o); o += len(k) + 1
        first, tg, sc = [0], [], []
        for _, tags in items:
            for s, p in tags:
                tg.append(s); sc.append(p)
            first.append(len(tg))
        f.write("const uint32_t tac_%s_count = %d, tac_%s_mask = %d;\n" % (name, len(keys), name, size - 1))
        f.write("const char tac_%s_words[] =\n" % name)
        for i in range(0, len(blob), 96):
            f.write('    "%s"\n' % cstr(blob[i:i + 96]))
        f.write('    "";\n')
        def arr(ctype, nm, vals, fmt="%d"):
            f.write("const %s tac_%s_%s[%d] = {" % (ctype, name, nm, max(1, len(vals))))
            if not vals:
                f.write("0")
            for i, v in enumerate(vals):
                if i % 16 == 0:
                    f.write("\n    ")
                f.write((fmt % v) + ",")
            f.write("\n};\n")
        arr("uint32_t", "off", offs)
        arr("uint32_t", "first", first)
        arr("uint8_t", "tag", tg)
        arr("float", "score", sc, "%.3ff")
        arr("uint32_t", "slots", slots)
PY
