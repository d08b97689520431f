/* cascade.js — a campaign's events by days after day 0 (its first central event, else its
 * first event) against administrative level, a tick at each level's median day, each point a
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
    if (!r.events.length) {
      out.appendChild(el('p', {class: 'muted'}, `No dated event has a subject containing “${subject}”.`));
      return;
    }
    const keys = LEVELS.filter((l) => r.levels.some((x) => x.level === l));
    const medians = Object.fromEntries(r.levels.map((x) => [x.level, x.median_day]));
    // day 0 is the first central event when there is one, which need not be the earliest
    const zero = r.events.find((e) => e.day === 0);
    out.appendChild(el('h2', {}, `${number(r.events.length)} dated events, by days after day 0${zero ? ` (${zero.date})` : ''}`));
    out.appendChild(charts.dayRows(r.events.map((e) => ({
      x: e.day, key: e.level, href: page('/document.html', {id: e.document}),
      label: `${e.date} (day ${e.day}) · ${e.level} · ${e.place || e.host || ''} · ${e.type || ''} · ${e.document}`,
    })), keys, medians, {xLabel: 'days after day 0', label: 'events by day and level'}));
    if (r.events_cut) out.appendChild(el('p', {class: 'note'}, `The first ${number(r.events_cut.kept)} events at each level are drawn; some levels have more.`));
    out.appendChild(el('p', {class: 'note'}, 'Each dot is an event (a link to its document); the black tick is the level’s median day.'));
    out.appendChild(el('div', {class: 'table-wrap'}, el('table', {id: 'levels'},
      el('thead', {}, el('tr', {}, ['level', 'events', 'first', 'last', 'first day', 'mean day', 'median day'].map((h, i) => el('th', {class: i ? 'num' : null}, h)))),
      el('tbody', {}, r.levels.map((x) => el('tr', {}, el('td', {}, x.level), el('td', {class: 'num'}, number(x.events)),
        el('td', {class: 'num'}, x.first_date), el('td', {class: 'num'}, x.last_date), el('td', {class: 'num'}, x.first_day),
        el('td', {class: 'num'}, x.mean_day), el('td', {class: 'num'}, x.median_day)))))));
    out.appendChild(el('h2', {}, 'The first events'));
    out.appendChild(el('ul', {}, r.events.slice(0, 30).map((e) => el('li', {}, `${e.date} · day ${e.day} · ${e.level} · ${e.place || e.host || ''} `, docLink(e.document)))));
  }).catch((e) => showError(out, e));
});
