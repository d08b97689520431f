/* document.js — one document: its text with every extracted fact marked from its spans
 * (people, titles, dates, places, hosts, roles, formulations...), beside the structured record;
 * a person opens their profile, a formulation its trend, a fact in the panel lights up its
 * marks. Everything from /api/document, written as text. */
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const {el, api, page, query, levelBadge, showError, personLink} = ro;
  const main = document.getElementById('main');
  const id = query().get('id');
  const KINDS = ['person', 'title', 'date', 'place', 'host', 'role', 'formulation', 'subject', 'type', 'level'];
  if (!id) {
    showError(main, new Error('which document? (document.html?id=...)'));
    return;
  }

  /* the link a fact opens, if any */
  function target(f) {
    if (f.kind === 'person') return page('/person.html', {name: f.label});
    if (f.kind === 'role') return page('/person.html', {name: f.label});
    if (f.kind === 'title' && f.person) return page('/person.html', {name: f.person});
    if (f.kind === 'formulation') return page('/formulations.html', {f: f.label});
    return null;
  }

  function highlight(root, ids, on) {
    for (const idx of ids)
      root.querySelectorAll(`[data-f~="${idx}"]`).forEach((e) => e.classList.toggle('hl', on));
  }

  function text(doc, root) {
    const box = el('div', {class: 'text', id: 'text'});
    for (const seg of doc.segments) {
      if (typeof seg === 'string') { box.appendChild(document.createTextNode(seg)); continue; }
      const facts = seg.f.map((i) => doc.facts[i]);
      /* the most specific fact gives the colour: a name inside a title is the name */
      const main = KINDS.map((k) => facts.find((f) => f.kind === k)).find(Boolean) || facts[0];
      const span = el('span', {class: 'f f-' + main.kind, 'data-f': seg.f.join(' '),
                               title: facts.map((f) => f.kind + (f.role ? ' (' + f.role + ')' : '') + ': ' + f.label).join('\n')},
                      seg.t);
      const href = target(main);
      if (href) span.addEventListener('click', () => { location.href = href; });
      box.appendChild(span);
    }
    return box;
  }

  /* a value of the record that names its fact: hovering it lights its marks up */
  function factItem(tag, fact, ...children) {
    const e = el(tag, {'data-fact': fact}, ...children);
    e.addEventListener('mouseenter', () => highlight(document, [fact], true));
    e.addEventListener('mouseleave', () => highlight(document, [fact], false));
    return e;
  }

  function val(v) {
    return v ? factItem('span', v.fact, v.text) : el('span', {class: 'muted'}, '—');
  }

  function names(list) {
    if (!list.length) return el('span', {class: 'muted'}, '—');
    return list.map((v, i) => [i ? ', ' : '', factItem('span', v.fact, personLink(v.text))]);
  }

  function panel(doc) {
    const r = doc.record, aside = el('aside', {id: 'record'});
    aside.appendChild(el('h2', {}, 'Events'));
    if (!r.events.length) aside.appendChild(el('p', {class: 'muted'}, 'none found'));
    r.events.forEach((e, i) => {
      aside.appendChild(factItem('h3', e.fact, `${i === 0 ? 'Main event' : 'Event ' + (i + 1)}`));
      aside.appendChild(el('dl', {},
        el('dt', {}, 'date'), el('dd', {}, e.date ? val(e.date) : e.date_partial || el('span', {class: 'muted'}, '—')),
        el('dt', {}, 'host'), el('dd', {}, val(e.host)),
        el('dt', {}, 'place'), el('dd', {}, val(e.place)),
        el('dt', {}, 'level'), el('dd', {}, e.level ? factItem('span', e.level.fact, levelBadge(e.level.text)) : val(null)),
        el('dt', {}, 'type'), el('dd', {}, val(e.type)),
        e.format ? [el('dt', {}, 'format'), el('dd', {}, val(e.format))] : null,
        e.size ? [el('dt', {}, 'size'), el('dd', {}, val(e.size))] : null,
        e.duration ? [el('dt', {}, 'duration'), el('dd', {}, val(e.duration))] : null,
        el('dt', {}, 'subject'), el('dd', {}, val(e.subject)),
        el('dt', {}, 'presided'), el('dd', {}, names(e.presided)),
        el('dt', {}, 'spoke'), el('dd', {}, names(e.spoke)),
        el('dt', {}, 'attended'), el('dd', {}, e.attended.length > 12
          ? [names(e.attended.slice(0, 12)), ` and ${e.attended.length - 12} more`] : names(e.attended))));
    });
    aside.appendChild(el('h2', {}, `People (${r.people.length})`));
    aside.appendChild(el('ul', {id: 'people'}, r.people.map((p) => factItem('li', p.fact,
      personLink(p.name), p.titles.length ? el('ul', {}, p.titles.map((t) => factItem('li', t.fact, t.text))) : null))));
    aside.appendChild(el('h2', {}, `Formulations (${r.formulations.length})`));
    aside.appendChild(el('ul', {id: 'formulations'}, r.formulations.map((f) => factItem('li', f.fact,
      el('a', {href: page('/formulations.html', {f: f.label})}, f.label), f.zh ? ` ${f.zh}` : '',
      el('span', {class: 'muted'}, ` ×${f.count}, ${f.cue}`)))));
    if (r.warnings.length) {
      aside.appendChild(el('h2', {}, 'Warnings'));
      aside.appendChild(el('ul', {}, r.warnings.map((w) => el('li', {}, w))));
    }
    return aside;
  }

  function legend() {
    return el('div', {class: 'legend'}, KINDS.map((k) => el('span', {class: 'f f-' + k}, k)));
  }

  api('document', {id: id}).then((r) => {
    main.textContent = '';
    document.title = `${id} · readout`;
    r.documents.forEach((doc, i) => {
      const head = el('div', {class: 'doc-head'},
        el('h1', {}, doc.title || doc.document),
        el('p', {class: 'meta muted'}, [doc.title ? doc.document : null, doc.date || 'undated', doc.place, doc.province !== doc.place ? doc.province : null]
          .filter(Boolean).join(' · '), ' ', doc.level ? levelBadge(doc.level) : null),
        el('p', {class: 'source'}, 'Source: ', doc.link ? el('a', {href: doc.link, rel: 'noopener noreferrer nofollow', target: '_blank'}, doc.url)
          : doc.url ? el('span', {class: 'muted'}, doc.url + ' (not a web address: not linked)') : el('span', {class: 'muted'}, doc.origin || 'unknown')),
        el('p', {}, el('a', {href: page('/reuse.html', {doc: doc.document})}, 'passages shared with other documents'),
           r.documents.length > 1 ? el('span', {class: 'muted'}, ` · text ${i + 1} of ${r.documents.length} with this id`) : null));
      main.appendChild(head);
      if (doc.record_error) main.appendChild(el('p', {class: 'error'}, `The record could not be read: ${doc.record_error}`));
      if (doc.marks_cut) main.appendChild(el('p', {class: 'note'}, `${doc.marks_cut} spans are not marked (too many).`));
      main.appendChild(legend());
      main.appendChild(el('div', {class: 'doc'}, text(doc), doc.record ? panel(doc) : el('aside', {})));
    });
  }).catch((e) => showError(main, e));
});
