// tacitus dashboard: a small single-page app over the JSON API (docs/api.md).
// No framework and no network beyond this server. Pages are hash routes:
//   #/                   search and statistics
//   #/dyad/A/B           quad-class and Goldstein chart, relations, events
//   #/country/X          partners by rung of X's partnership ladder
//   #/article/ID         the text with source, verb and target highlighted
'use strict';

const main = document.getElementById('main');
const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const QCOLORS = ['#2b8a3e', '#74b816', '#e67700', '#c92a2a'];

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  for (const k of kids) if (k != null) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}
const svgNS = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, ...kids) {
  const e = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const k of kids) if (k != null) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}

async function api(path) {
  const r = await fetch(path, {headers: {Accept: 'application/json'}});
  const j = await r.json();
  if (!r.ok) throw new Error((j.error && j.error.message) || r.statusText);
  return j;
}

function show(...nodes) { main.replaceChildren(...nodes); }
function fail(e) { show(el('p', {class: 'error', text: 'Error: ' + e.message})); }

// ---- home and search -------------------------------------------------------
async function home() {
  const s = await api('/api/stats');
  show(el('section', {},
    el('h1', {text: 'Event data from the news'}),
    el('p', {class: 'muted', text: `${s.articles} articles, ${s.events} events stored; dictionary ${s.dictionary_version || 'n/a'}.`}),
    el('p', {}, 'Try the dyad ', el('a', {href: '#/dyad/CHN/SYR', text: 'China – Syria'}),
      ', the ', el('a', {href: '#/country/CHN', text: 'partnership ladder of China'}), ', or search above.')));
}

async function search(q) {
  const r = await api('/api/actors?q=' + encodeURIComponent(q));
  const list = el('ul', {class: 'results'});
  for (const a of r.actors) {
    const country = a.code.slice(0, 3);
    list.append(el('li', {}, el('a', {href: '#/country/' + country, text: a.code}), ' ',
      el('span', {text: a.names.join(' · ')}), ' ', el('span', {class: 'muted', text: a.entry})));
  }
  show(el('h1', {text: `Actors matching “${q}”`}), r.count ? list : el('p', {class: 'muted', text: 'No match.'}));
}

// ---- dyad page -----------------------------------------------------------
function chart(points, by) {
  // Merge both directions per period: counts per quad class and mean Goldstein.
  const per = new Map();
  for (const p of points) {
    const k = p.period;
    const o = per.get(k) || {period: k, q: [0, 0, 0, 0], g: 0, n: 0};
    for (let i = 0; i < 4; i++) o.q[i] += p.quad[i];
    o.g += p.goldstein_mean * p.events; o.n += p.events;
    per.set(k, o);
  }
  const rows = [...per.values()].sort((a, b) => a.period < b.period ? -1 : 1);
  const W = 760, H = 260, L = 44, R = 44, T = 16, B = 36;
  const s = svg('svg', {viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': 'Events per period by quad class, and mean Goldstein'});
  if (!rows.length) { s.append(svg('text', {x: W / 2, y: H / 2, 'text-anchor': 'middle'}, 'No events')); return s; }
  const maxQ = Math.max(1, ...rows.flatMap(r => r.q));
  const x = i => L + (rows.length === 1 ? (W - L - R) / 2 : i * (W - L - R) / (rows.length - 1));
  const y = v => H - B - v / maxQ * (H - T - B);
  const yg = g => H - B - (g + 10) / 20 * (H - T - B);
  s.append(svg('line', {x1: L, y1: H - B, x2: W - R, y2: H - B, class: 'axis'}));
  s.append(svg('text', {x: 4, y: T + 8, class: 'tick'}, String(maxQ)));
  s.append(svg('text', {x: W - R + 4, y: T + 8, class: 'tick'}, '+10'));
  s.append(svg('text', {x: W - R + 4, y: H - B, class: 'tick'}, '−10'));
  for (let q = 0; q < 4; q++) {
    const pts = rows.map((r, i) => `${x(i)},${y(r.q[q])}`).join(' ');
    s.append(svg('polyline', {points: pts, fill: 'none', stroke: QCOLORS[q], 'stroke-width': 2, 'data-quad': q + 1}));
    rows.forEach((r, i) => s.append(svg('circle', {cx: x(i), cy: y(r.q[q]), r: 3, fill: QCOLORS[q]},
      svg('title', {}, `${r.period}: ${r.q[q]} ${QUADS[q]}`))));
  }
  const gp = rows.map((r, i) => `${x(i)},${yg(r.n ? r.g / r.n : 0)}`).join(' ');
  s.append(svg('polyline', {points: gp, fill: 'none', stroke: '#364fc7', 'stroke-dasharray': '5 3', 'stroke-width': 2, class: 'goldstein'}));
  rows.forEach((r, i) => s.append(svg('rect', {x: x(i) - 3, y: yg(r.n ? r.g / r.n : 0) - 3, width: 6, height: 6, fill: '#364fc7'},
    svg('title', {}, `${r.period}: mean Goldstein ${r.n ? (r.g / r.n).toFixed(2) : 'n/a'}`))));
  rows.forEach((r, i) => {
    if (rows.length <= 24 || i % Math.ceil(rows.length / 12) === 0)
      s.append(svg('text', {x: x(i), y: H - 12, 'text-anchor': 'middle', class: 'tick period'}, r.period));
  });
  return s;
}

function legend() {
  const d = el('div', {class: 'legend'});
  QUADS.forEach((q, i) => d.append(el('span', {}, el('i', {class: 'q' + (i + 1)}), q)));
  d.append(el('span', {}, el('i', {class: 'dash'}), 'mean Goldstein'));
  return d;
}

function relationsPanel(rel) {
  const box = el('section', {class: 'relations'}, el('h2', {text: 'Where the relationship stands'}));
  if (!rel.dimensions.length) box.append(el('p', {class: 'muted', text: 'No recorded state.'}));
  for (const d of rel.dimensions) {
    const dir = d.dimension === 'sanctions' ? `${d.a} → ${d.b}` : d.dimension === 'membership' ? `${d.a} in ${d.b}` : `${d.a} – ${d.b}`;
    const head = el('div', {class: 'dim'}, el('b', {text: d.dimension}), ' ', el('span', {class: 'muted', text: dir}), ': ',
      el('span', {class: 'state', text: d.state || 'none'}), d.since ? ' since ' + d.since : '');
    if (d.ladder) head.append(el('div', {class: 'muted', text: `rung ${d.ladder.rank} of ${d.ladder.rungs} on ${d.ladder.owner}'s ladder` +
      (d.ladder.above ? `, one rung below “${d.ladder.above}”` : '')}));
    const hist = el('ol', {class: 'history'});
    for (const h of d.history) {
      const li = el('li', {class: h.applies ? '' : 'muted'}, el('span', {class: 'date', text: h.date}), ' ', el('b', {text: h.state}),
        ` (${h.basis}${h.modality !== 'fact' ? ', ' + h.modality : ''}${h.via ? ', via ' + h.via : ''})`);
      if (h.source) li.append(el('div', {class: 'source', text: h.source}));
      for (const ev of h.evidence) if (ev.text)
        li.append(el('blockquote', {}, ev.text, ' ', el('a', {href: '#/article/' + encodeURIComponent(ev.article), text: '[' + ev.article + ']'})));
      hist.append(li);
    }
    box.append(el('div', {class: 'dimension'}, head, hist));
  }
  return box;
}

function eventTable(events) {
  const t = el('table', {class: 'events'},
    el('thead', {}, el('tr', {}, ...['date', 'source', 'code', 'target', 'quad', 'Goldstein', 'verb', 'article'].map(h => el('th', {text: h})))));
  const tb = el('tbody');
  for (const e of events) {
    tb.append(el('tr', {class: 'q' + e.quad},
      el('td', {text: e.date || ''}), el('td', {text: e.source.code}), el('td', {text: e.code}), el('td', {text: e.target.code}),
      el('td', {text: e.quad}), el('td', {text: e.goldstein}), el('td', {text: e.verb ? e.verb.text : ''}),
      el('td', {}, el('a', {href: '#/article/' + encodeURIComponent(e.article), text: `${e.article} #${e.sentence}`}))));
  }
  t.append(tb);
  return t;
}

async function dyad(a, b, by) {
  by = by || 'month';
  const [series, rel, evs] = await Promise.all([
    api(`/api/dyad?a=${a}&b=${b}&by=${by}`), api(`/api/relations?a=${a}&b=${b}`), api(`/api/events?dyad=${a},${b}&limit=200`)]);
  const pick = el('select', {'aria-label': 'period'});
  for (const p of ['day', 'week', 'month', 'year']) { const o = el('option', {value: p, text: p}); if (p === by) o.selected = true; pick.append(o); }
  pick.addEventListener('change', () => { location.hash = `#/dyad/${a}/${b}/${pick.value}`; });
  show(el('h1', {}, `${a} – ${b} `, el('a', {class: 'small', href: `#/country/${a}`, text: a + ' ladder'}), ' ',
      el('a', {class: 'small', href: `#/dyad/${b}/${a}/${by}`, text: 'swap'})),
    el('div', {class: 'controls'}, 'by ', pick),
    chart(series.points, by), legend(), relationsPanel(rel),
    el('h2', {text: `Events (${evs.count}${evs.next ? '+' : ''})`}), eventTable(evs.events));
}

// ---- country page: the ladder as a picture --------------------------------
async function country(x) {
  const r = await api('/api/ladder?owner=' + x);
  const rungs = r.rungs, partners = r.partners;
  const W = 760, rowH = 54, H = Math.max(1, rungs.length) * rowH + 20;
  const s = svg('svg', {viewBox: `0 0 ${W} ${H}`, class: 'ladder', role: 'img', 'aria-label': `${x}'s partners by rung`});
  rungs.forEach((rg, i) => {
    const y = 10 + i * rowH;
    s.append(svg('rect', {x: 0, y, width: W, height: rowH - 6, rx: 6, class: 'rung'}));
    s.append(svg('text', {x: 10, y: y + 18, class: 'rung-name'}, `${rg.rank}. ${rg.tier}`));
    let px = 10;
    for (const p of partners.filter(p => p.rank === rg.rank)) {
      const g = svg('a', {href: `#/dyad/${x}/${p.partner}`});
      g.append(svg('rect', {x: px, y: y + 24, width: 52, height: 20, rx: 10, class: p.basis === 'news' ? 'chip news' : 'chip'}));
      g.append(svg('text', {x: px + 26, y: y + 38, 'text-anchor': 'middle', class: 'chip-text'}, p.partner));
      g.append(svg('title', {}, `${p.partner}: ${p.tier} since ${p.since} (${p.basis})`));
      s.append(g);
      px += 58;
    }
  });
  show(el('h1', {text: `${x}: partners by rung`}),
    rungs.length ? s : el('p', {class: 'muted', text: `No partnership ladder is defined for ${x}.`}),
    el('p', {class: 'muted', text: 'Green chips come from the news; grey ones from baseline facts.'}));
}

// ---- article page ----------------------------------------------------------
// Offsets from the API are UTF-8 byte offsets into the body: slice the bytes,
// then decode each piece, so non-ASCII text never shifts a highlight.
const enc = new TextEncoder(), dec = new TextDecoder();
function highlighted(bytes, start, end, marks) {
  const cuts = new Set([start, end]);
  for (const m of marks) { if (m.start >= start && m.end <= end && m.end > m.start) { cuts.add(m.start); cuts.add(m.end); } }
  const pts = [...cuts].sort((a, b) => a - b);
  const p = el('p', {class: 'sentence'});
  for (let i = 0; i + 1 < pts.length; i++) {
    const s = pts[i], e = pts[i + 1];
    const text = dec.decode(bytes.subarray(s, e));
    const m = marks.find(m => m.start <= s && m.end >= e && m.end > m.start);
    p.append(m ? el('mark', {class: m.kind, title: m.title, text}) : text);
  }
  return p;
}

async function article(id) {
  const a = await api('/api/articles/' + encodeURIComponent(id));
  const bytes = enc.encode(a.body);
  const marks = [];
  for (const e of a.events) {
    if (e.source && e.source.start != null) marks.push({start: e.source.start, end: e.source.end, kind: 'source', title: `source ${e.source.code}`});
    if (e.target && e.target.start != null) marks.push({start: e.target.start, end: e.target.end, kind: 'target', title: `target ${e.target.code}`});
    if (e.verb && e.verb.start != null) marks.push({start: e.verb.start, end: e.verb.end, kind: 'verb', title: `${e.code} ${e.verb.text}`});
  }
  const text = el('div', {class: 'text'});
  for (const s of a.sentences) text.append(highlighted(bytes, s.start, s.end, marks));
  const ex = el('ol', {class: 'explain'});
  for (const e of a.events) {
    ex.append(el('li', {}, el('b', {text: `${e.source.code} → ${e.target.code}  ${e.code}`}),
      ` (quad ${e.quad}, Goldstein ${e.goldstein}${e.plover ? ', ' + e.plover : ''}) on ${e.date || '?'} [${e.date_basis || ''}]`,
      el('div', {class: 'muted'}, `sentence ${e.sentence}; verb “${e.verb ? e.verb.text : ''}”; pattern ${e.pattern_text || e.pattern || '-'}; ` +
        `source entry ${e.source.entry || '-'}${e.source.rule ? ' [' + e.source.rule + ']' : ''}; target entry ${e.target.entry || '-'}${e.target.rule ? ' [' + e.target.rule + ']' : ''}`)));
  }
  const dropped = el('ul', {class: 'dropped'});
  for (const d of a.dropped) dropped.append(el('li', {}, el('span', {class: 'reason', text: d.reason}), ' ', dec.decode(bytes.subarray(d.start, d.end)).slice(0, 140)));
  show(el('h1', {text: a.title || a.id}),
    el('p', {class: 'muted', text: [a.outlet, a.published, a.original_source && `original: ${a.original_source} ${a.original_published || ''}`].filter(Boolean).join(' · ')}),
    el('div', {class: 'legend'}, el('mark', {class: 'source', text: 'source'}), el('mark', {class: 'verb', text: 'verb'}), el('mark', {class: 'target', text: 'target'})),
    text, el('h2', {text: `Events (${a.events.length})`}), ex,
    el('details', {}, el('summary', {text: `Dropped boilerplate (${a.dropped.length})`}), dropped));
}

// ---- routing -------------------------------------------------------------
async function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  try {
    if (parts[0] === 'dyad' && parts[1] && parts[2]) await dyad(parts[1].toUpperCase(), parts[2].toUpperCase(), parts[3]);
    else if (parts[0] === 'country' && parts[1]) await country(parts[1].toUpperCase());
    else if (parts[0] === 'article' && parts[1]) await article(parts.slice(1).join('/'));
    else if (parts[0] === 'search' && parts[1]) await search(parts[1]);
    else await home();
    document.body.dataset.ready = location.hash || '#/';
  } catch (e) { fail(e); document.body.dataset.ready = 'error'; }
}
document.getElementById('search').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('q').value.trim();
  if (q) location.hash = '#/search/' + encodeURIComponent(q);
});
window.addEventListener('hashchange', route);
route();
