/* formulations.js — uses per month (or week) of the formulations picked, on one line chart, the
 * first and last use ringed, optionally one line per level; the list to pick from is the
 * most used ones (/api/formulations), the chart /api/formulation. */
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const {el, api, query, fillForm, number, showError, loading} = ro;
  const form = document.getElementById('filters'), pick = document.getElementById('pick');
  const out = document.getElementById('chart'), q = query();
  const filters = Object.fromEntries(['from', 'to', 'place', 'level', 'by', 'split'].map((k) => [k, q.get(k)]));
  fillForm(form);
  const chosen = q.all('f');
  const text = document.getElementById('f-text');
  /* the text box holds a name typed by hand, not one of the boxes ticked */
  text.value = '';

  function draw(asked, note) {
    loading(out);
    api('formulation', Object.assign({f: asked}, filters)).then((r) => {
      out.textContent = '';
      if (note) out.appendChild(el('p', {class: 'note'}, note));
      const series = r.series.map((s, i) => ({
        name: s.formulation + (s.level ? ` · ${s.level}` : ''), cls: 's' + (i % 12),
        points: s.points.map((p) => ({period: p.period, value: p.uses, note: `${p.documents} documents`})),
        marks: s.points.length ? {first: s.points[0].period, last: s.points[s.points.length - 1].period} : {},
        s: s,
      }));
      out.appendChild(el('h2', {}, `Uses per ${r.by}`));
      out.appendChild(charts.lines(series, {byWeek: r.by === 'week', label: 'uses per period'}));
      out.appendChild(el('ul', {class: 'legend', id: 'series'}, series.map((x) => el('li', {class: x.cls},
        el('span', {class: 'key'}), el('strong', {}, x.name), x.s.zh ? ` ${x.s.zh}` : '',
        el('span', {class: 'muted'}, x.s.first_seen ? ` · first ${x.s.first_seen}, last ${x.s.last_seen} · ${number(x.s.uses)} uses in ${number(x.s.documents)} documents`
          : ' · no dated use')))));
      if (r.series_cut) out.appendChild(el('p', {class: 'note'}, `${r.series_cut} more lines left out: pick fewer.`));
      if (!r.series.length) out.appendChild(el('p', {class: 'muted'}, `No formulation named or containing: ${asked.join(', ')}`));
    }).catch((e) => showError(out, e));
  }

  api('formulations', Object.assign({limit: 60}, filters, {by: null, split: null})).then((r) => {
    for (const f of r.formulations)
      pick.appendChild(el('li', {}, el('label', {},
        el('input', {type: 'checkbox', name: 'f', value: f.formulation, checked: chosen.includes(f.formulation)}),
        ` ${f.formulation}`, f.zh ? ` ${f.zh}` : '', el('span', {class: 'muted'}, ` ${number(f.uses)}`))));
    const listed = new Set(r.formulations.map((f) => f.formulation));
    const typed = chosen.filter((c) => !listed.has(c));
    if (typed.length) text.value = typed[0];
    /* nothing picked: the three most used */
    const asked = chosen.length ? chosen : r.formulations.slice(0, 3).map((f) => f.formulation);
    if (!chosen.length)
      asked.forEach((a) => { const box = pick.querySelector(`input[value="${CSS.escape(a)}"]`); if (box) box.checked = true; });
    if (asked.length) draw(asked.slice(0, 8), chosen.length ? null : 'Nothing picked: the three most used.');
    else out.appendChild(el('p', {class: 'muted'}, 'No formulations in this range.'));
  }).catch((e) => showError(out, e));
});
