// The library as a delegate scans it: documents grouped by kind in the order councils use
// (categoryOrder), or by agenda item with the meeting's general documents last; each row a large
// button with the title, the số ký hiệu, the number of pages and "Mới" / "Bản mới" in words.

import { t } from './i18n.js';
import { el } from './dom.js';

/** [{ key, heading, docs }] for by = 'category' | 'agenda'; agenda is the meeting's (may be empty). */
export function groupsOf(documents, agenda, by) {
  const groups = new Map();
  const add = (key, heading, doc) => {
    if (!groups.has(key)) groups.set(key, { key, heading, docs: [] });
    groups.get(key).docs.push(doc);
  };
  if (by === 'agenda') {
    const items = new Map((agenda || []).map((item) => [item.id, item]));
    for (const item of agenda || []) {
      for (const doc of documents.filter((d) => d.agendaItemId === item.id)) {
        add(`item-${item.id}`, t('docs.item', { n: item.ordinal, title: item.title }), doc);
      }
    }
    for (const doc of documents.filter((d) => !items.has(d.agendaItemId))) add('general', t('docs.general'), doc);
    return [...groups.values()];
  }
  const sorted = [...documents].sort((a, b) => a.categoryOrder - b.categoryOrder);
  for (const doc of sorted) add(`cat-${doc.category}`, t(`docs.category.${doc.category}`), doc);
  return [...groups.values()];
}

function row(doc, by) {
  const meta = [
    doc.number ? t('docs.number', { number: doc.number }) : null,
    t('docs.pages', { n: doc.pages }),
    by === 'agenda' ? t(`docs.category.${doc.category}`) : null,
  ].filter(Boolean).join(' · ');
  return el('li', { class: 'doc-item' },
    el('button', { type: 'button', class: 'doc-row', 'data-doc': doc.id },
      el('span', { class: 'doc-icon', 'aria-hidden': 'true' }, '▤'),
      el('span', { class: 'doc-main' },
        el('span', { class: 'doc-title', lang: 'vi' }, doc.title),
        el('span', { class: 'doc-meta' }, meta)),
      el('span', { class: 'doc-badges' },
        doc.isNew ? el('span', { class: 'badge badge-new' }, t('docs.new')) : '',
        doc.updated ? el('span', { class: 'badge badge-updated' }, t('docs.updated')) : '')));
}

/** The groups as headed lists. */
export function renderGroups(groups, by) {
  return groups.map((g, i) => el('section', { class: 'doc-group', 'data-group': g.key, 'aria-labelledby': `doc-group-${i}` },
    el('h3', { id: `doc-group-${i}`, class: 'doc-group-heading', lang: by === 'agenda' ? 'vi' : null },
      g.heading, ' ', el('span', { class: 'doc-count' }, `(${g.docs.length})`)),
    el('ul', { class: 'doc-list' }, g.docs.map((d) => row(d, by)))));
}
