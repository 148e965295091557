// The strip of page thumbnails beside (landscape) or under (portrait) the page being read: one
// button per page, numbered in words, drawn only when scrolled into view and one at a time, after
// the page being read, so that a 100-page document neither waits for them nor fills the memory.

import { t } from './i18n.js';
import { el, styled } from './dom.js';
import { drawPage, scaleFor } from './pdf-doc.js';

const THUMB_CSS_WIDTH = 84;

/** nav: the strip's element; onPick(n) turns to page n. */
export function createThumbs({ nav, onPick }) {
  const list = el('ol', { class: 'thumb-list' });
  nav.replaceChildren(list);
  let pdf = null;
  let queue = [];
  let drawing = false;
  let generation = 0;

  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const button = entry.target;
      if (entry.isIntersecting && !button.dataset.drawn) {
        button.dataset.drawn = 'queued';
        queue.push(button);
      }
    }
    drawNext();
  }, { root: nav, rootMargin: '200px' });

  async function drawNext() {
    if (drawing || !pdf || queue.length === 0) return;
    drawing = true;
    const mine = generation;
    const button = queue.shift();
    try {
      const page = await pdf.getPage(Number(button.dataset.page));
      const canvas = el('canvas', { 'aria-hidden': 'true' });
      await drawPage(page, canvas, scaleFor(page, THUMB_CSS_WIDTH)).promise;
      page.cleanup(); // a thumbnail keeps only its pixels
      if (mine === generation) button.querySelector('.thumb-sheet').replaceChildren(canvas);
      button.dataset.drawn = 'yes';
    } catch {
      delete button.dataset.drawn; // tried again when it next scrolls into view
    } finally {
      drawing = false;
      if (mine === generation) drawNext();
    }
  }

  function thumb(n, aspect) {
    const sheet = styled(el('span', { class: 'thumb-sheet' }), { 'aspect-ratio': String(aspect) });
    return el('li', {}, el('button', { type: 'button', class: 'thumb', 'data-page': n, 'aria-label': t('reader.thumb', { n }) },
      sheet, el('span', { class: 'thumb-number', 'aria-hidden': 'true' }, String(n))));
  }

  list.addEventListener('click', (event) => {
    const button = event.target.closest('[data-page]');
    if (button) onPick(Number(button.dataset.page));
  });

  return {
    /** A new document: empty sheets of the first page's shape, drawn as they come into view. */
    async load(doc) {
      generation += 1;
      observer.disconnect();
      queue = [];
      pdf = doc;
      const first = await doc.getPage(1);
      const { width, height } = first.getViewport({ scale: 1 });
      list.replaceChildren(...Array.from({ length: doc.numPages }, (_, i) => thumb(i + 1, width / height)));
      list.querySelectorAll('.thumb').forEach((b) => observer.observe(b));
    },
    setCurrent(n) {
      for (const b of list.querySelectorAll('.thumb')) {
        if (Number(b.dataset.page) === n) b.setAttribute('aria-current', 'page');
        else b.removeAttribute('aria-current');
      }
      list.querySelector(`[data-page="${n}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    },
    relabel() {
      list.querySelectorAll('.thumb').forEach((b) => b.setAttribute('aria-label', t('reader.thumb', { n: b.dataset.page })));
    },
    clear() {
      generation += 1;
      observer.disconnect();
      queue = [];
      pdf = null;
      list.replaceChildren();
    },
  };
}
