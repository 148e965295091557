// The reader's parts, laid out once: the bar (back to the list, the title, "Ghi chú của tôi"), a line
// for what happened to the document, the reading tools and the page turns, the thumbnails, the page
// (a canvas with pdf.js's text layer over it) and the notes. reader.js fills in the words.

import { el } from './dom.js';

const button = (id, cls = 'btn') => el('button', { type: 'button', id, class: cls });

export function readerFrame() {
  const canvasBox = el('div', { id: 'pdf-page', class: 'pdf-page' }, el('div', { class: 'textLayer' }));
  const view = el('div', { id: 'reader-view', class: 'reader-view', tabindex: '0', role: 'region' },
    el('p', { id: 'reader-state', class: 'reader-state', role: 'status' }), canvasBox);
  return el('section', { id: 'reader', class: 'reader', 'aria-labelledby': 'reader-title', hidden: true },
    el('div', { class: 'reader-bar' }, button('reader-back', 'btn reader-back'),
      el('h2', { id: 'reader-title', class: 'reader-title', tabindex: '-1', lang: 'vi' }),
      el('button', { type: 'button', id: 'notes-toggle', class: 'btn notes-toggle', 'aria-expanded': 'false', 'aria-controls': 'reader-notes' })),
    el('div', { id: 'reader-alert', class: 'reader-alert', role: 'alert' }),
    el('div', { class: 'reader-controls' },
      el('div', { id: 'reader-tools', class: 'reader-tools', role: 'group' }, button('zoom-out'),
        el('output', { id: 'zoom-level', class: 'zoom-level' }), button('zoom-in'), button('zoom-fit'),
        el('button', { type: 'button', id: 'large-text', class: 'btn large-toggle', 'aria-pressed': 'false' })),
      el('div', { class: 'reader-turn' }, button('page-prev', 'btn page-turn'),
        el('p', { id: 'reader-page', class: 'reader-page', 'aria-live': 'polite' }), button('page-next', 'btn page-turn'))),
    el('nav', { id: 'reader-thumbs', class: 'reader-thumbs' }), view,
    el('aside', { id: 'reader-notes', class: 'reader-notes', 'aria-labelledby': 'notes-heading', hidden: true }));
}
