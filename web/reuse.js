/* reuse.js — which documents repeat which (the pairs of `readout reuse`), and for one document
 * the passages it shares, side by side; from /api/reuse. */
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const {el, api, page, query, fillForm, showError, loading, docLink} = ro;
  const out = document.getElementById('reuse'), q = query();
  fillForm(document.getElementById('filters'));
  const doc = q.get('doc');
  const pct = (x) => x === null || x === undefined ? '' : (100 * x).toFixed(0) + '%';

  loading(out);
  api('reuse', {doc: doc}).then((r) => {
    out.textContent = '';
    const pairs = r.pairs.rows;
    out.appendChild(el('h2', {}, doc ? `Pairs with ${doc}` : 'The pairs that share most'));
    if (!pairs.length) out.appendChild(el('p', {class: 'muted'}, 'No shared passages found (has `readout reuse` run on this database?).'));
    else out.appendChild(el('div', {class: 'table-wrap'}, el('table', {id: 'pairs'},
      el('thead', {}, el('tr', {}, ['source', 'target', 'dates', 'levels', 'passages', 'source share', 'target share', 'score'].map((h) => el('th', {}, h)))),
      el('tbody', {}, pairs.map((p) => el('tr', {},
        el('td', {}, el('a', {href: page('/reuse.html', {doc: p.source})}, p.source)),
        el('td', {}, el('a', {href: page('/reuse.html', {doc: p.target})}, p.target)),
        el('td', {}, `${p.source_date || '?'} → ${p.target_date || '?'}`), el('td', {}, `${p.source_level || '?'} → ${p.target_level || '?'}`),
        el('td', {class: 'num'}, p.passages), el('td', {class: 'num'}, pct(p.source_share)), el('td', {class: 'num'}, pct(p.target_share)),
        el('td', {class: 'num'}, p.score)))))));
    if (r.pairs.more) out.appendChild(el('p', {class: 'note'}, `The first ${pairs.length} pairs.`));
    if (!doc) return;
    const passages = r.passages.rows || [];
    out.appendChild(el('h2', {}, `Passages (${passages.length}${r.passages.more ? '+' : ''})`));
    for (const p of passages)
      out.appendChild(el('div', {class: 'passage'},
        el('p', {class: 'muted'}, `passage ${p.passage + 1} · ${p.source_words} and ${p.target_words} words · ${p.matches} matching · score ${p.score}`),
        el('div', {class: 'cols'},
          el('div', {}, el('strong', {}, docLink(p.source)), ` ${p.source_date || ''}`, el('blockquote', {}, p.source_text || '')),
          el('div', {}, el('strong', {}, docLink(p.target)), ` ${p.target_date || ''}`, el('blockquote', {}, p.target_text || '')))));
  }).catch((e) => showError(out, e));
});
