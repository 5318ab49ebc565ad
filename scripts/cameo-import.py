#!/usr/bin/env python3
"""Write data/cameo/cameo.tsv, tacitus's own CAMEO table, from the reference
files in ../shared/cameo (run once by hand; tests/cli/cameo.sh re-runs it into
a temporary file and compares, so drift between the two is caught).

    python3 scripts/cameo-import.py ../shared/cameo > data/cameo/cameo.tsv

Inputs (facts, read only):
  cameo-codes.tsv          CAMEO 1.1b3 codes and labels (GDELT CAMEO.eventcodes.txt)
  goldstein.tsv            GDELT CAMEO.goldsteinscale.txt values
  cameo2plover-2021.txt    openeventdata/PLOVER CAMEO2PLOVER-2021.txt (CC BY-SA 4.0)

How the mapping's quirks are treated (documented in the output header too):
  * 01 and 02 (statements, appeals) have no PLOVER category: columns left empty.
  * 163 (impose embargo, boycott, sanctions) is COERCE/restrict as the table
    says, not SANCTION: we follow the published mapping code by code.
  * Root 10 is REQUEST (the 2021 file writes REQUEST; older drafts said DEMAND).
  * 175 -> ASSAULT, 191/192 -> COERCE: the PLOVER category is a property of the
    code, never derived from the CAMEO root.
  * Root 08 is listed twice (CONCEDE, then RETREAT): the root row takes the
    first, CONCEDE, like 080.
  * 1213 and 1214 appear in the mapping but not in CAMEO 1.1b3 as GDELT
    tabulates it: they are not rows of our table.
  * Modes are trimmed; an empty mode stays empty.
"""
import re
import sys


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else '../shared/cameo'
    codes = []
    with open(src + '/cameo-codes.tsv', encoding='utf-8') as f:
        for n, line in enumerate(f):
            if n == 0:
                continue
            line = line.rstrip('\r\n')
            if line:
                c, label = line.split('\t', 1)
                codes.append((c.strip(), label.strip()))
    gold = {}
    with open(src + '/goldstein.tsv', encoding='utf-8') as f:
        for n, line in enumerate(f):
            if n == 0 or not line.strip():
                continue
            c, v = line.rstrip('\r\n').split('\t')
            gold[c.strip()] = float(v)
    plover = {}
    with open(src + '/cameo2plover-2021.txt', encoding='utf-8') as f:
        for line in f:
            body = line.split('#', 1)[0].strip()
            m = re.match(r'^(\d{2,4}):\s*(.*)$', body)
            if not m:
                continue
            parts = [p.strip() for p in m.group(2).split(',')]
            cat = parts[0]
            mode = parts[1] if len(parts) > 1 else ''
            plover.setdefault(m.group(1), (cat, mode))   # first wins (root 08)
    out = sys.stdout
    out.write('''# tacitus CAMEO table: one row per CAMEO 1.1b3 event code (%d rows).
# Written by scripts/cameo-import.py from reference files; do not edit by hand.
# Columns (tab-separated): code, label, goldstein, quad, plover, plover_mode.
#   code, label: CAMEO 1.1b3 as tabulated by GDELT (CAMEO.eventcodes.txt).
#   goldstein:   GDELT's CAMEO.goldsteinscale.txt value (-10 .. +10).
#   quad:        GDELT quad class from the root: 1 = 01-05, 2 = 06-08,
#                3 = 09-13, 4 = 14-20.
#   plover, plover_mode: from the CAMEO->PLOVER table CAMEO2PLOVER-2021.txt
#                (PLOVER manual draft 0.8, 2021-09-17, ed. Philip A. Schrodt,
#                Open Event Data Alliance, https://github.com/openeventdata/PLOVER),
#                licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
#                These two columns are adapted from that work (reformatted,
#                modes trimmed) and are distributed under CC BY-SA 4.0.
#                Empty = no PLOVER category (01, 02 are dropped by PLOVER).
# Mapping quirks, as decided for tacitus: 163 is COERCE/restrict (not SANCTION),
# as published; 175 is ASSAULT and 191/192 are COERCE (categories follow the
# code, not the root); root 10 is REQUEST; root 08 takes CONCEDE (first of its
# two lines); 1213/1214 of the mapping are not CAMEO 1.1b3 codes and are omitted.
code\tlabel\tgoldstein\tquad\tplover\tplover_mode
''' % len(codes))
    for c, label in codes:
        r = int(c[:2])
        quad = 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4
        cat, mode = plover.get(c, ('', ''))
        out.write('%s\t%s\t%.1f\t%d\t%s\t%s\n' % (c, label, gold[c], quad, cat, mode))


if __name__ == '__main__':
    main()
