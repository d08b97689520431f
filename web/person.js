/* person.js — a person's profile from /api/person: the persons of the name (namesakes in other
 * regions), their posts as a timeline, their events and roles, the people listed beside them,
 * and their place in the listing over time (protocol rank). */
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const {el, api, query, fillForm, levelBadge, number, showError, loading, docLink, personLink} = ro;
  const out = document.getElementById('profile'), q = query();
  fillForm(document.getElementById('find'));
  if (!q.get('name')) return;

  function table(cols, rows) {
    return el('div', {class: 'table-wrap'}, el('table', {},
      el('thead', {}, el('tr', {}, cols.map(([name, , num]) => el('th', {class: num ? 'num' : null}, name)))),
      el('tbody', {}, rows.map((r) => el('tr', {}, cols.map(([, cell, num]) => el('td', {class: num ? 'num' : null}, cell(r))))))));
  }

  loading(out);
  api('person', {name: q.get('name'), id: q.get('id')}).then((r) => {
    out.textContent = '';
    const me = r.persons.find((p) => p.person_id === r.person_id);
    document.title = `${me.name} · readout`;
    out.appendChild(el('h1', {id: 'person-name'}, me.name));
    out.appendChild(el('p', {class: 'muted'}, [me.region ? `region ${me.region}` : 'no region',
      `${number(me.documents)} documents`, `${number(me.mentions)} mentions`,
      me.first_date ? `seen ${me.first_date} – ${me.last_date}` : 'undated'].join(' · ')));
    if (r.persons.length > 1)
      out.appendChild(el('p', {class: 'note'}, 'Others of this name: ',
        r.persons.filter((p) => p !== me).map((p, i) => [i ? ', ' : '',
          personLink(p.name, p.person_id, `${p.region || 'no region'} (${p.documents} documents)`)])));

    // the career by post (one post however its titles are written), then the titles as written
    const postLabel = (c) => [c.post, c.place || (c.level === 'central' ? 'central' : '')].filter(Boolean).join(', ');
    out.appendChild(el('h2', {}, `Career: ${r.career.length} posts, first and last seen`));
    out.appendChild(charts.spans(r.career.map((c) => ({label: postLabel(c), from: c.first_date, to: c.last_date,
                                                       note: `${c.documents} documents`})), {label: 'posts over time'}));
    const undated = r.career.filter((c) => !c.first_date);
    if (undated.length) out.appendChild(el('p', {class: 'note'}, 'Undated or former posts: ', undated.map(postLabel).join('; ')));
    out.appendChild(el('details', {id: 'titles-written'}, el('summary', {}, `Titles as written (${r.titles.length})`),
      table([['title', (t) => t.title], ['first seen', (t) => t.first_date || 'undated'],
             ['last seen', (t) => t.last_date || ''], ['documents', (t) => number(t.documents), 1]], r.titles)));

    out.appendChild(el('h2', {}, 'Place in the listing over time (1 = listed first)'));
    out.appendChild(charts.rankOverTime(r.events.map((e) => ({date: e.date, value: e.listed, key: e.role,
      label: `${e.date}: ${e.role}, listed ${e.listed} (${e.type || 'event'}, ${e.place || e.host || ''})`})), {label: 'listing order'}));
    out.appendChild(el('p', {class: 'legend'}, ['presided', 'spoke', 'attended'].map((k) => el('span', {},
      el('span', {class: 'key ' + {presided: 'lv-central', spoke: 'lv-provincial', attended: 'lv-prefectural'}[k]}), k))));
    out.appendChild(table([['role', (o) => o.role], ['events', (o) => number(o.events), 1],
                           ['average place', (o) => o.average_place, 1], ['listed first', (o) => number(o.listed_first), 1]], r.order));

    out.appendChild(el('h2', {}, `Events (${r.events.length}${r.events_cut ? ' latest of ' + number(r.events_cut.total) : ''} roles)`));
    out.appendChild(table([
      ['date', (e) => e.date || 'undated'], ['role', (e) => e.role], ['listed', (e) => e.listed, 1],
      ['level', (e) => levelBadge(e.level)], ['place', (e) => e.place || ''], ['host', (e) => e.host || ''],
      ['type', (e) => e.type || ''], ['document', (e) => docLink(e.document)]], r.events.slice().reverse()));

    out.appendChild(el('h2', {}, 'Listed beside them most often'));
    if (r.colisted_cut) out.appendChild(el('p', {class: 'note'}, `Counted over their latest ${number(r.colisted_cut.kept)} of ${number(r.colisted_cut.total)} roles.`));
    const most = Math.max(1, ...r.colisted.map((c) => c.shared_events));
    out.appendChild(el('ul', {class: 'bars', id: 'colisted'}, r.colisted.map((c) => el('li', {},
      el('span', {}, personLink(c.name, c.colisted_id), c.region ? el('span', {class: 'muted'}, ` ${c.region}`) : null),
      el('span', {class: 'bar', 'data-width': c.shared_events / most}), el('span', {class: 'num'}, number(c.shared_events))))));
    out.querySelectorAll('.bar[data-width]').forEach((b) => { b.style.width = (100 * b.dataset.width).toFixed(1) + '%'; });
  }).catch((e) => showError(out, e));
});
