/* search.js — the search page: the form's fields are the URL's query, so a search can be
 * bookmarked and shared; results from /api/search, paged. */
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const {el, api, page, query, fillForm, number, showError, loading, docLink} = ro;
  const form = document.getElementById('search'), out = document.getElementById('results');
  fillForm(form);
  const q = query(), fields = ['q', 'from', 'to', 'place', 'level', 'type', 'subject', 'person', 'formulation', 'per_page'];
  const params = Object.fromEntries(fields.map((k) => [k, q.get(k)]));
  params.page = q.get('page') || 1;

  /* "[word]" in a snippet is a match: shown in <mark>, the rest as text */
  function snippet(text) {
    const p = el('p', {class: 'snippet'});
    if (!text) return p;
    for (const part of text.split(/(\[[^\[\]]*\])/)) {
      if (part.startsWith('[') && part.endsWith(']') && part.length > 2) p.appendChild(el('mark', {}, part.slice(1, -1)));
      else if (part) p.appendChild(document.createTextNode(part));
    }
    return p;
  }

  loading(out);
  api('search', params).then((r) => {
    out.textContent = '';
    const n = r.total_more ? `more than ${number(r.total)}` : number(r.total);
    const first = (r.page - 1) * r.per_page + 1, last = (r.page - 1) * r.per_page + r.results.length;
    out.appendChild(el('p', {class: 'count', id: 'count'}, `${n} document${r.total === 1 ? '' : 's'}`,
                       r.results.length ? ` · showing ${number(first)}–${number(last)}` : ''));
    const list = el('ol', {class: 'results', start: first});
    for (const d of r.results)
      list.appendChild(el('li', {'data-document': d.document},
        el('div', {}, docLink(d.document)),
        el('div', {class: 'meta'}, [d.date || 'undated', d.place].filter(Boolean).join(' · '),
           d.score !== null ? ` · score ${d.score}` : ''),
        snippet(d.snippet ? d.snippet + (d.score === null ? '…' : '') : '')));
    out.appendChild(list);
    const pages = r.total_more ? null : Math.max(1, Math.ceil(r.total / r.per_page));
    const pager = el('div', {class: 'pager'});
    const at = (p) => page('/', Object.assign({}, params, {page: p > 1 ? p : null}));
    if (r.page > 1) pager.appendChild(el('a', {href: at(r.page - 1), rel: 'prev'}, '← previous'));
    pager.appendChild(el('span', {class: 'muted'}, `page ${r.page}${pages ? ' of ' + number(pages) : ''}`));
    const hasNext = r.total_more ? r.results.length === r.per_page : last < r.total;
    if (hasNext && r.page < 1000) /* the API pages up to 1000 */
      pager.appendChild(el('a', {href: at(r.page + 1), rel: 'next'}, 'next →'));
    out.appendChild(pager);
  }).catch((e) => showError(out, e));
});
