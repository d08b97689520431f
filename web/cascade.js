/* cascade.js — a campaign's events by days after day 0 (the meeting's close, from the
 * calendar of central meetings or its stored sessions, else its first central event) against
 * administrative level, a tick at each level's median day, each point a
 * link to its document; from /api/cascade. */
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const {el, api, page, query, fillForm, number, showError, loading, docLink, LEVELS} = ro;
  const out = document.getElementById('cascade'), q = query();
  fillForm(document.getElementById('filters'));
  const subject = q.get('subject');
  if (!subject) {
    out.appendChild(el('p', {class: 'muted'}, 'Name a subject; the events page lists subjects in its last column.'));
    return;
  }
  loading(out);
  api('cascade', {subject: subject}).then((r) => {
    out.textContent = '';
    // the summary's rows: the meeting's own sessions, the events before it opened, each level
    // with dated relays, the undated relays, and all; the list has a row per document reporting each event
    const levels = r.levels.filter((x) => x.row === 'level');
    const head = r.levels[0] || {};
    const events = new Map(); /* event number -> its first row (each document repeats it) */
    for (const e of r.events) if (!events.has(e.event)) events.set(e.event, e);
    const dated = [...events.values()].filter((e) => e.day !== null);
    if (!dated.length) {
      out.appendChild(el('p', {class: 'muted'}, `No dated event has a subject containing “${subject}”.`));
      return;
    }
    const keys = LEVELS.filter((l) => dated.some((e) => e.level === l));
    const medians = Object.fromEntries(levels.map((x) => [x.level, x.median_day]));
    const from = head.day0_from ? `, ${head.day0_from}` : '';
    out.appendChild(el('h2', {}, `${number(dated.length)} dated events, by days after day 0${head.day0 ? ` (${head.day0}${from})` : ''}`));
    out.appendChild(charts.dayRows(dated.map((e) => ({
      x: e.day, key: LEVELS.includes(e.level) ? e.level : 'unknown', href: page('/document.html', {id: e.document}),
      label: `${e.date} (day ${e.day}) · ${e.kind} · ${e.level} · ${e.place || e.host || ''} · ${e.type || ''} · ` +
             `${e.documents > 1 ? `${e.documents} documents, first ` : ''}${e.document}`,
    })), keys, medians, {xLabel: 'days after day 0', label: 'events by day and level'}));
    if (r.events_cut) out.appendChild(el('p', {class: 'note'}, `The first ${number(r.events_cut.kept)} events at each level are drawn; some levels have more.`));
    out.appendChild(el('p', {class: 'note'}, 'Each dot is an event (a link to its first document); the black tick is the level’s median day.'));
    const cells = (x) => [x.row === 'level' ? x.level : x.row, number(x.events), number(x.documents), x.first_date, x.last_date,
      x.first_day, x.median_day, x.mean_day];
    out.appendChild(el('div', {class: 'table-wrap'}, el('table', {id: 'levels'},
      el('thead', {}, el('tr', {}, ['', 'events', 'documents', 'first', 'last', 'first day', 'median day', 'mean day'].map((h, i) => el('th', {class: i ? 'num' : null}, h)))),
      el('tbody', {}, r.levels.map((x) => el('tr', {}, cells(x).map((v, i) => el('td', {class: i ? 'num' : null}, v === null || v === undefined ? '' : String(v)))))))));
    out.appendChild(el('h2', {}, 'The events'));
    out.appendChild(el('ul', {}, [...events.values()].slice(0, 60).map((e) => el('li', {},
      `${e.date || 'undated'}${e.day !== null ? ` · day ${e.day}` : ''} · ${e.kind} · ${e.level} · ${e.place || e.host || ''} `, docLink(e.document)))));
  }).catch((e) => showError(out, e));
});
