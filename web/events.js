/* events.js — events over time, coloured by administrative level (stacked bars per month or
 * week), where they were (provinces, then their cities and counties, without a map), and the
 * list, all with the same filters, from /api/events. */
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const {el, api, page, query, fillForm, levelBadge, number, showError, loading, docLink, LEVELS} = ro;
  const form = document.getElementById('filters'), out = document.getElementById('events');
  fillForm(form);
  const q = query(), fields = ['from', 'to', 'level', 'place', 'type', 'subject', 'by'];
  const params = Object.fromEntries(fields.map((k) => [k, q.get(k)]));

  function places(rows) {
    const box = el('div', {id: 'places'});
    const provinces = new Map();
    for (const r of rows) {
      const k = r.province || '';
      if (!provinces.has(k)) provinces.set(k, {total: r.province_events, rows: []});
      provinces.get(k).rows.push(r);
    }
    const most = Math.max(1, ...[...provinces.values()].map((p) => p.total));
    for (const [name, p] of provinces) {
      const label = name || 'no province (central bodies, or no place)';
      const details = el('details', {class: 'province'},
        el('summary', {}, el('strong', {}, label), ` · ${number(p.total)} events`));
      const bars = el('ul', {class: 'bars'});
      for (const r of p.rows)
        bars.appendChild(el('li', {},
          el('span', {}, r.place ? el('a', {href: page('/events.html', Object.assign({}, params, {place: r.place}))}, r.place) : 'no place',
             ' ', levelBadge(r.level)),
          el('span', {class: 'bar', 'data-width': r.events / most}), el('span', {class: 'num'}, number(r.events))));
      details.appendChild(bars);
      box.appendChild(details);
    }
    box.querySelectorAll('.bar[data-width]').forEach((b) => { b.style.width = (100 * b.dataset.width).toFixed(1) + '%'; });
    return box;
  }

  loading(out);
  api('events', params).then((r) => {
    out.textContent = '';
    const total = r.periods.reduce((n, p) => n + p.events, 0);
    out.appendChild(el('h2', {}, `Over time: ${number(total)} dated events per ${params.by || 'month'}`));
    const keys = LEVELS.filter((l) => r.periods.some((p) => p.level === l));
    out.appendChild(charts.stacked(r.periods.map((p) => ({period: p.period, key: p.level, value: p.events})), keys,
                                   {byWeek: params.by === 'week', label: 'events per period by level'}));
    out.appendChild(el('p', {class: 'legend'}, keys.map((k) => el('span', {}, el('span', {class: 'key lv-' + k}), k))));
    out.appendChild(el('h2', {}, 'Where'));
    out.appendChild(places(r.places));
    out.appendChild(el('h2', {}, `The events${r.more ? ` (the first ${number(r.events.length)}; narrow the filters for the rest)` : ''}`));
    out.appendChild(el('div', {class: 'table-wrap'}, el('table', {id: 'event-list'},
      el('thead', {}, el('tr', {}, ['date', 'level', 'place', 'host', 'type', 'subject', 'presided', 'document'].map((h) => el('th', {}, h)))),
      el('tbody', {}, r.events.map((e) => el('tr', {},
        el('td', {}, e.date || 'undated'), el('td', {}, levelBadge(e.level)), el('td', {}, e.place || ''),
        el('td', {}, e.host || ''), el('td', {}, e.type || ''), el('td', {}, e.subject ? el('a', {href: page('/cascade.html', {subject: e.subject})}, e.subject) : ''),
        el('td', {}, e.presided || ''), el('td', {}, docLink(e.document))))))));
  }).catch((e) => showError(out, e));
});
