/* app.js — what every page shares: building elements (text always as text, never as markup),
 * calling the JSON API, the query in the URL, the navigation, the levels' order and names.
 * Plain JavaScript, no build step; the pages' scripts use the global `ro`. */
'use strict';

const ro = (() => {
  const LEVELS = ['central', 'provincial', 'prefectural', 'county', 'other', 'unknown'];
  const PAGES = [
    ['/', 'Search'], ['/events.html', 'Events'], ['/formulations.html', 'Formulations'],
    ['/cascade.html', 'Cascade'], ['/reuse.html', 'Reuse'],
  ];

  /* An element: el('a', {href: '/x', class: 'y'}, 'text', child, ...). Strings become text
   * nodes, so a document's words are shown, never run. Attributes named on* are refused. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }

  function setAttrs(e, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (/^on/i.test(k)) throw new Error('no event attributes: ' + k);
      if (k === 'href' && !safeHref(String(v))) continue;
      e.setAttribute(k, v === true ? '' : String(v));
    }
  }

  function append(e, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /* Links go to this server's pages or to http(s) addresses; anything else stays text. */
  function safeHref(h) {
    return h.startsWith('/') && !h.startsWith('//') || /^https?:\/\//i.test(h);
  }

  /* A link to one of this server's pages with its query: page('/person.html', {name: n}). */
  function page(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (Array.isArray(v)) v.forEach((x) => q.append(k, x));
      else if (v !== null && v !== undefined && v !== '') q.set(k, v);
    }
    const s = q.toString();
    return s ? path + '?' + s : path;
  }

  function clear(e) {
    while (e.firstChild) e.removeChild(e.firstChild);
    return e;
  }

  /* GET /api/<route> with params; resolves to the JSON answer, rejects with an Error whose
   * message is the server's reason and whose status is the HTTP status. */
  async function api(route, params) {
    const res = await fetch(page('/api/' + route, params), {headers: {Accept: 'application/json'}});
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      const err = new Error(body && body.error ? body.error.message : res.status + ' ' + res.statusText);
      err.status = res.status;
      throw err;
    }
    return body;
  }

  /* The page's query parameters; all(name) for those that repeat. */
  function query() {
    const q = new URLSearchParams(location.search);
    return {get: (k) => q.get(k) || '', all: (k) => q.getAll(k).filter((v) => v)};
  }

  /* Fills a form's fields from the URL, so a bookmarked search shows what it asked. */
  function fillForm(form) {
    const q = new URLSearchParams(location.search);
    for (const f of form.elements) {
      if (!f.name) continue;
      if (f.type === 'checkbox') f.checked = q.getAll(f.name).includes(f.value);
      else if (q.has(f.name)) f.value = q.get(f.name);
    }
  }

  /* The level <select>s of a page, from the server's list. */
  function fillLevels(select, levels) {
    for (const l of levels) select.appendChild(el('option', {value: l}, l));
    const want = new URLSearchParams(location.search).get(select.name);
    if (want) select.value = want;
  }

  function levelBadge(level) {
    const l = LEVELS.includes(level) ? level : 'unknown';
    return el('span', {class: 'badge lv-' + l}, level || 'unknown');
  }

  function number(n) {
    return n === null || n === undefined ? '' : Number(n).toLocaleString('en');
  }

  function showError(where, err) {
    clear(where).appendChild(el('p', {class: 'error', role: 'alert'}, err.message || String(err)));
  }

  function loading(where) {
    clear(where).appendChild(el('p', {class: 'muted'}, 'Loading…'));
  }

  function docLink(id, text) {
    return el('a', {href: page('/document.html', {id: id})}, text || id);
  }

  function personLink(name, id, text) {
    return el('a', {href: page('/person.html', {name: name, id: id})}, text || name);
  }

  /* The header: the site's name, the pages, and the database's size. */
  function nav() {
    const header = document.querySelector('header.top');
    if (!header) return;
    const links = PAGES.map(([href, name]) => el('a', {
      href: href,
      'aria-current': location.pathname === href || (href === '/' && location.pathname === '/index.html') ? 'page' : null,
    }, name));
    const stats = el('span', {class: 'stats muted'});
    header.appendChild(el('a', {href: '/', class: 'brand'}, 'readout'));
    header.appendChild(el('nav', {}, links));
    header.appendChild(stats);
    api('info').then((info) => {
      stats.textContent = number(info.counts.documents) + ' documents · ' + number(info.counts.events) +
        ' events · ' + number(info.counts.persons) + ' people';
      document.querySelectorAll('select[data-levels]').forEach((s) => fillLevels(s, info.levels));
    }).catch((e) => { stats.textContent = e.message; });
  }

  document.addEventListener('DOMContentLoaded', nav);

  return {el, append, clear, page, api, query, fillForm, levelBadge, number, showError, loading, docLink,
          personLink, LEVELS};
})();
