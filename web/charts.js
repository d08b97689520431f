/* charts.js — the pages' charts, drawn as SVG with DOM calls (no library): line charts of
 * uses per period, stacked bars of events per period, a scatter of days by level, bars of
 * spans of dates. Every mark has a <title> for its value; colours come from app.css classes. */
'use strict';

const charts = (() => {
  const NS = 'http://www.w3.org/2000/svg';

  function s(tag, attrs, ...children) {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, v);
    for (const c of children) if (c !== null && c !== undefined) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    return e;
  }

  function title(text) {
    return s('title', {}, text);
  }

  /* An <svg> scaled to its container's width. */
  function frame(w, h, label) {
    return s('svg', {viewBox: `0 0 ${w} ${h}`, class: 'chart', role: 'img', 'aria-label': label,
                     preserveAspectRatio: 'xMidYMid meet'});
  }

  /* Round steps for an axis from 0 to max: about n of them. */
  function ticks(max, n) {
    if (!(max > 0)) return [0, 1];
    const raw = max / n, mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map((m) => m * mag).find((x) => x >= raw);
    const out = [];
    for (let v = 0; v <= max + step / 2; v += step) out.push(v);
    if (out[out.length - 1] < max) out.push(out[out.length - 1] + step);
    return out;
  }

  /* ---- periods: "YYYY-MM" or "YYYY-Www" as consecutive numbers ---- */

  function periodIndex(p) {
    let m = /^(\d{4})-(\d{2})$/.exec(p);
    if (m) return Number(m[1]) * 12 + Number(m[2]) - 1;
    m = /^(\d{4})-W(\d{2})$/.exec(p);
    if (m) { /* ISO week: the Monday of week 1 is the Monday on or before 4 January */
      const jan4 = Date.UTC(Number(m[1]), 0, 4), dow = (new Date(jan4).getUTCDay() + 6) % 7;
      return Math.round((jan4 - dow * 864e5) / 6048e5) + Number(m[2]) - 1;
    }
    return null;
  }

  function periodName(i, byWeek) {
    if (!byWeek) return `${Math.floor(i / 12)}-${String(i % 12 + 1).padStart(2, '0')}`;
    const monday = new Date(i * 6048e5), thu = new Date(monday.getTime() + 3 * 864e5);
    const y = thu.getUTCFullYear(), jan4 = Date.UTC(y, 0, 4), dow = (new Date(jan4).getUTCDay() + 6) % 7;
    const w = Math.round((monday.getTime() - (jan4 - dow * 864e5)) / 6048e5) + 1;
    return `${y}-W${String(w).padStart(2, '0')}`;
  }

  /* Lines of values per period. series: [{name, cls, points: [{period, value, note}],
   * marks: {first, last} (periods to ring)}]. A period a line has no row for is 0 on the line
   * and has no dot: the dots are the rows. */
  function lines(series, opts) {
    const W = 900, H = 320, L = 56, R = 16, T = 14, B = 46;
    const byWeek = opts && opts.byWeek;
    const idx = series.flatMap((x) => x.points.map((p) => periodIndex(p.period))).filter((i) => i !== null);
    const svg = frame(W, H, (opts && opts.label) || 'line chart');
    if (!idx.length) {
      svg.appendChild(s('text', {x: W / 2, y: H / 2, class: 'empty', 'text-anchor': 'middle'}, 'no uses in this range'));
      return svg;
    }
    const lo = Math.min(...idx), hi = Math.max(...idx), span = Math.max(hi - lo, 1);
    const max = Math.max(...series.flatMap((x) => x.points.map((p) => p.value)), 1);
    const yt = ticks(max, 5), ymax = yt[yt.length - 1];
    const X = (i) => L + (i - lo) / span * (W - L - R), Y = (v) => T + (1 - v / ymax) * (H - T - B);
    const g = s('g', {class: 'axes'});
    for (const v of yt) {
      g.appendChild(s('line', {x1: L, x2: W - R, y1: Y(v), y2: Y(v), class: 'grid'}));
      g.appendChild(s('text', {x: L - 6, y: Y(v) + 4, 'text-anchor': 'end'}, String(v)));
    }
    const every = Math.max(1, Math.ceil((hi - lo + 1) / 10));
    for (let i = lo; i <= hi; i += every)
      g.appendChild(s('text', {x: X(i), y: H - B + 18, 'text-anchor': 'middle'}, periodName(i, byWeek)));
    svg.appendChild(g);
    series.forEach((x) => {
      const byIdx = new Map(x.points.map((p) => [periodIndex(p.period), p]));
      let d = '';
      for (let i = lo; i <= hi; i++) {
        if (!byIdx.has(i) && !byIdx.has(i - 1) && !byIdx.has(i + 1) && i !== lo && i !== hi) continue;
        const v = byIdx.has(i) ? byIdx.get(i).value : 0;
        d += (d ? ' L' : 'M') + X(i).toFixed(1) + ' ' + Y(v).toFixed(1);
      }
      const grp = s('g', {class: 'series ' + x.cls});
      grp.appendChild(s('path', {d: d, class: 'line'}, title(x.name)));
      for (const p of x.points) {
        const i = periodIndex(p.period);
        if (i === null) continue;
        grp.appendChild(s('circle', {cx: X(i), cy: Y(p.value), r: 3.5, class: 'pt', 'data-period': p.period},
                          title(`${x.name} · ${p.period}: ${p.value}${p.note ? ' (' + p.note + ')' : ''}`)));
      }
      for (const [which, period] of Object.entries(x.marks || {})) {
        const p = x.points.find((q) => q.period === period);
        if (!p) continue;
        const i = periodIndex(period);
        grp.appendChild(s('circle', {cx: X(i), cy: Y(p.value), r: 8, class: 'ring ' + which},
                          title(`${x.name}: ${which} use, ${period}`)));
      }
      svg.appendChild(grp);
    });
    return svg;
  }

  /* Bars of counts per period, stacked by a key (levels). rows: [{period, key, value}];
   * keys in stacking order. */
  function stacked(rows, keys, opts) {
    const W = 900, H = 280, L = 56, R = 16, T = 14, B = 46;
    const byWeek = opts && opts.byWeek;
    const svg = frame(W, H, (opts && opts.label) || 'bar chart');
    const idx = rows.map((r) => periodIndex(r.period)).filter((i) => i !== null);
    if (!idx.length) {
      svg.appendChild(s('text', {x: W / 2, y: H / 2, class: 'empty', 'text-anchor': 'middle'}, 'no dated events'));
      return svg;
    }
    const lo = Math.min(...idx), hi = Math.max(...idx), n = hi - lo + 1;
    const totals = new Map();
    for (const r of rows) {
      const i = periodIndex(r.period);
      totals.set(i, (totals.get(i) || 0) + r.value);
    }
    const yt = ticks(Math.max(...totals.values()), 5), ymax = yt[yt.length - 1];
    const bw = (W - L - R) / n, Y = (v) => T + (1 - v / ymax) * (H - T - B);
    const g = s('g', {class: 'axes'});
    for (const v of yt) {
      g.appendChild(s('line', {x1: L, x2: W - R, y1: Y(v), y2: Y(v), class: 'grid'}));
      g.appendChild(s('text', {x: L - 6, y: Y(v) + 4, 'text-anchor': 'end'}, String(v)));
    }
    const every = Math.max(1, Math.ceil(n / 10));
    for (let i = lo; i <= hi; i += every)
      g.appendChild(s('text', {x: L + (i - lo + 0.5) * bw, y: H - B + 18, 'text-anchor': 'middle'}, periodName(i, byWeek)));
    svg.appendChild(g);
    const base = new Map();
    for (const key of keys) {
      for (const r of rows.filter((q) => q.key === key)) {
        const i = periodIndex(r.period);
        if (i === null) continue;
        const b = base.get(i) || 0;
        svg.appendChild(s('rect', {x: L + (i - lo) * bw + bw * 0.1, width: Math.max(bw * 0.8, 0.5),
                                   y: Y(b + r.value), height: Math.max(Y(b) - Y(b + r.value), 0),
                                   class: 'bar lv-' + key}, title(`${r.period} · ${key}: ${r.value}`)));
        base.set(i, b + r.value);
      }
    }
    return svg;
  }

  /* Points by day (x) and row (y, one per key in order), each a link; a tick per row at its
   * median. points: [{x, key, href, label}]; medians: {key: day}. */
  function dayRows(points, keys, medians, opts) {
    const rowH = 46, W = 900, L = 96, R = 20, T = 16, B = 40, H = T + B + rowH * keys.length;
    const svg = frame(W, H, (opts && opts.label) || 'scatter');
    const xs = points.map((p) => p.x);
    const lo = Math.min(0, ...xs), hi = Math.max(1, ...xs);
    const X = (d) => L + (d - lo) / (hi - lo) * (W - L - R), Y = (k) => T + rowH * (keys.indexOf(k) + 0.5);
    const g = s('g', {class: 'axes'});
    keys.forEach((k) => {
      g.appendChild(s('line', {x1: L, x2: W - R, y1: Y(k), y2: Y(k), class: 'grid'}));
      g.appendChild(s('text', {x: L - 8, y: Y(k) + 4, 'text-anchor': 'end'}, k));
    });
    const step = ticks(hi - lo, 8)[1];
    for (let d = Math.ceil(lo / step) * step; d <= hi; d += step)
      g.appendChild(s('text', {x: X(d), y: H - B + 18, 'text-anchor': 'middle'}, String(d)));
    g.appendChild(s('line', {x1: X(0), x2: X(0), y1: T, y2: H - B, class: 'day0'}));
    g.appendChild(s('text', {x: W - R, y: H - 4, 'text-anchor': 'end'}, (opts && opts.xLabel) || ''));
    svg.appendChild(g);
    const seen = new Map(); /* points on the same day and row step aside a little */
    for (const p of points) {
      const key = p.key + ':' + p.x, n = seen.get(key) || 0;
      seen.set(key, n + 1);
      const dy = n ? ((n % 2 ? 1 : -1) * Math.ceil(n / 2) * 5) % (rowH / 2 - 4) : 0;
      const a = s('a', {href: p.href, class: 'ev-link'});
      a.appendChild(s('circle', {cx: X(p.x), cy: Y(p.key) + dy, r: 5, class: 'ev lv-' + p.key}, title(p.label)));
      svg.appendChild(a);
    }
    for (const [k, d] of Object.entries(medians || {})) {
      if (!keys.includes(k) || d === null) continue;
      svg.appendChild(s('line', {x1: X(d), x2: X(d), y1: Y(k) - rowH / 2 + 4, y2: Y(k) + rowH / 2 - 4, class: 'median'},
                        title(`${k}: median day ${d}`)));
    }
    return svg;
  }

  /* Horizontal bars from a first to a last date, one row each: [{label, from, to, note}]. */
  function spans(rows, opts) {
    const dated = rows.filter((r) => r.from);
    const rowH = 26, W = 900, L = 8, R = 8, T = 8, B = 28, H = T + B + rowH * Math.max(dated.length, 1);
    const svg = frame(W, H, (opts && opts.label) || 'timeline');
    if (!dated.length) {
      svg.appendChild(s('text', {x: W / 2, y: H / 2, class: 'empty', 'text-anchor': 'middle'}, 'no dates'));
      return svg;
    }
    const t = (d) => Date.parse(d + 'T00:00:00Z');
    const lo = Math.min(...dated.map((r) => t(r.from))), hi = Math.max(...dated.map((r) => t(r.to || r.from)));
    const pad = Math.max((hi - lo) * 0.02, 15 * 864e5), a = lo - pad, b = hi + pad;
    const X = (d) => L + (t(d) - a) / (b - a) * (W - L - R);
    dated.forEach((r, i) => {
      const x1 = X(r.from), x2 = Math.max(X(r.to || r.from), x1 + 4), y = T + i * rowH;
      svg.appendChild(s('rect', {x: x1, y: y + 4, width: x2 - x1, height: rowH - 8, rx: 3, class: 'span-bar'},
                        title(`${r.label}: ${r.from} – ${r.to || r.from}${r.note ? ' · ' + r.note : ''}`)));
      const inside = x2 - x1 > 260;
      svg.appendChild(s('text', {x: inside ? x1 + 6 : (x2 + 6 > W - 200 ? x1 - 6 : x2 + 6), y: y + rowH / 2 + 4,
                                 'text-anchor': inside || x2 + 6 <= W - 200 ? 'start' : 'end',
                                 class: inside ? 'span-label in' : 'span-label'}, r.label));
    });
    const years = [];
    for (let y = new Date(a).getUTCFullYear() + 1; Date.UTC(y, 0, 1) < b; y++) years.push(y);
    const step = Math.max(1, Math.ceil(years.length / 10));
    years.filter((_, i) => i % step === 0).forEach((y) => {
      const x = X(`${y}-01-01`);
      svg.appendChild(s('line', {x1: x, x2: x, y1: T, y2: H - B, class: 'grid'}));
      svg.appendChild(s('text', {x: x, y: H - B + 16, 'text-anchor': 'middle', class: 'axis-label'}, String(y)));
    });
    return svg;
  }

  /* Dots of a value over dates: [{date, value, key, label}]; y grows downwards from 1 (listing
   * order: first at the top). */
  function rankOverTime(points, opts) {
    const W = 900, L = 44, R = 16, T = 14, B = 34;
    const H = T + B + 24 * Math.min(Math.max(...points.map((p) => p.value || 1), 3), 8);
    const svg = frame(W, H, (opts && opts.label) || 'dots over time');
    const dated = points.filter((p) => p.date);
    if (!dated.length) {
      svg.appendChild(s('text', {x: W / 2, y: H / 2, class: 'empty', 'text-anchor': 'middle'}, 'no dated events'));
      return svg;
    }
    const t = (d) => Date.parse(d + 'T00:00:00Z');
    const lo = Math.min(...dated.map((p) => t(p.date))), hi = Math.max(...dated.map((p) => t(p.date)));
    const pad = Math.max((hi - lo) * 0.03, 10 * 864e5), a = lo - pad, b = hi + pad;
    const max = Math.max(...dated.map((p) => p.value), 3), yt = ticks(max, 4).filter((v) => v >= 1);
    const X = (d) => L + (t(d) - a) / (b - a) * (W - L - R), Y = (v) => T + (v - 1) / (Math.max(...yt, 2) - 1) * (H - T - B);
    const g = s('g', {class: 'axes'});
    for (const v of [1, ...yt.filter((v) => v > 1)]) {
      g.appendChild(s('line', {x1: L, x2: W - R, y1: Y(v), y2: Y(v), class: 'grid'}));
      g.appendChild(s('text', {x: L - 6, y: Y(v) + 4, 'text-anchor': 'end'}, String(v)));
    }
    const years = [];
    for (let y = new Date(a).getUTCFullYear() + 1; Date.UTC(y, 0, 1) < b; y++) years.push(y);
    const step = Math.max(1, Math.ceil(years.length / 10));
    years.filter((_, i) => i % step === 0).forEach((y) =>
      g.appendChild(s('text', {x: X(`${y}-01-01`), y: H - B + 18, 'text-anchor': 'middle'}, String(y))));
    svg.appendChild(g);
    for (const p of dated)
      svg.appendChild(s('circle', {cx: X(p.date), cy: Y(p.value), r: 4, class: 'pt role-' + p.key}, title(p.label)));
    return svg;
  }

  return {lines, stacked, dayRows, spans, rankOverTime, periodIndex};
})();
