// The document reader (pdf.js): one page at a time, drawn at the width of the screen and only when
// it is looked at; large buttons to turn pages (and keys, and a swipe), "Trang 3/12", zoom, a
// large-text mode for older eyes that keeps its setting, page thumbnails and "Ghi chú của tôi".
// It says in words when the document open on screen is withdrawn or replaced by a new version.

import * as api from './api.js';
import { fileUrl } from './api-docs.js';
import { t } from './i18n.js';
import { $, el, styled, announce } from './dom.js';
import { openPdf, drawPage, drawTextLayer, scaleFor } from './pdf-doc.js';
import { createThumbs } from './reader-thumbs.js';
import { createReaderNotes } from './reader-notes.js';
import { attachTurns } from './reader-keys.js';
import { readerFrame } from './reader-frame.js';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3];
const LARGE_ZOOM = 1.5;
const LARGE_KEY = 'dienhong.largeText';

/** onBack() returns to the library; onOpen({ id, title }) opens another document (the new version). */
export function createReader({ onBack, onOpen }) {
  const section = readerFrame();
  const canvasBox = $('#pdf-page', section);
  const view = $('#reader-view', section);

  let doc = null; // { id, title }
  let pdf = null;
  let pageNum = 1;
  let zoom = 1;
  let large = readLarge();
  let stateKey = null;
  let alert = null; // { key, newId? }
  let opening = 0;
  let drawing = 0;
  let task = null;
  let lastWidth = 0;
  let shown = null; // the pdf.js page on screen

  const thumbs = createThumbs({ nav: $('#reader-thumbs', section), onPick: (n) => show(n) });
  const notes = createReaderNotes({ panel: $('#reader-notes', section), textLayer: canvasBox, goTo: (n) => show(n),
    onCount: (n) => { $('#notes-toggle', section).textContent = t('notes.toggle', { n }); } });
  attachTurns({ section, view, turn: (step) => show(pageNum + step), to: (n) => show(n), zoom: (dir) => setZoom(dir) });

  function readLarge() {
    try {
      return localStorage.getItem(LARGE_KEY) === '1';
    } catch {
      return false;
    }
  }

  function render() {
    $('#reader-back', section).textContent = `← ${t('reader.back')}`;
    $('#reader-title', section).textContent = doc?.title || '';
    $('#reader-tools', section).setAttribute('aria-label', t('reader.tools'));
    $('#reader-thumbs', section).setAttribute('aria-label', t('reader.pages'));
    view.setAttribute('aria-label', t('reader.pageOf', { n: pageNum, title: doc?.title || '' }));
    $('#zoom-out', section).textContent = '−';
    $('#zoom-out', section).setAttribute('aria-label', t('reader.zoomOut'));
    $('#zoom-in', section).textContent = '+';
    $('#zoom-in', section).setAttribute('aria-label', t('reader.zoomIn'));
    $('#zoom-level', section).replaceChildren(el('span', { class: 'visually-hidden' }, t('reader.zoom')), `${Math.round(zoom * 100)}%`);
    $('#zoom-fit', section).textContent = `↔ ${t('reader.fitWidth')}`;
    $('#large-text', section).textContent = `A+ ${t('reader.large')}`;
    $('#large-text', section).setAttribute('aria-pressed', String(large));
    section.classList.toggle('is-large', large);
    $('#page-prev', section).textContent = `◀ ${t('reader.prev')}`;
    $('#page-next', section).textContent = `${t('reader.next')} ▶`;
    $('#page-prev', section).disabled = !pdf || pageNum <= 1;
    $('#page-next', section).disabled = !pdf || pageNum >= pdf.numPages;
    $('#reader-page', section).textContent = pdf ? t('reader.page', { n: pageNum, total: pdf.numPages }) : '';
    $('#reader-state', section).textContent = stateKey ? t(stateKey) : '';
    $('#reader-state', section).className = stateKey === 'reader.loading' ? 'reader-state' : 'reader-state error';
    $('#reader-alert', section).replaceChildren(...(alert ? [el('p', {}, t(alert.key)),
      alert.newId ? el('button', { type: 'button', id: 'open-new', class: 'btn btn-primary' }, t('reader.openNew')) : ''] : []));
  }

  /** Turns to page n (clamped) and draws it; an older drawing still under way is dropped. */
  async function show(n) {
    if (!pdf) return;
    pageNum = Math.min(Math.max(1, n === Infinity ? pdf.numPages : Math.round(n) || 1), pdf.numPages);
    const mine = ++drawing;
    task?.cancel();
    render();
    thumbs.setCurrent(pageNum);
    notes.setPage(pageNum);
    const page = await pdf.getPage(pageNum);
    if (mine !== drawing) return;
    lastWidth = view.clientWidth;
    const scale = scaleFor(page, Math.max(200, lastWidth - 32)) * zoom;
    const canvas = el('canvas', { id: 'page-canvas', 'aria-hidden': 'true' });
    task = drawPage(page, canvas, scale);
    try {
      await task.promise;
    } catch {
      return; // cancelled by a newer turn
    }
    if (mine !== drawing) return;
    if (shown && shown !== page) shown.cleanup(); // the page left keeps no fonts or drawing lists in memory
    shown = page;
    canvasBox.querySelector('canvas')?.remove();
    canvasBox.prepend(canvas);
    styled(canvasBox, { width: canvas.style.width, height: canvas.style.height });
    canvasBox.dataset.page = String(pageNum);
    canvasBox.dataset.drawnAt = String(performance.now());
    view.scrollTo(0, 0);
    await drawTextLayer(page, canvasBox.querySelector('.textLayer'), scale).catch(() => {});
  }

  function setZoom(dir) {
    const at = ZOOMS.findIndex((z) => z >= zoom - 0.001);
    zoom = dir === 0 ? 1 : ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, (at < 0 ? 2 : at) + dir))];
    show(pageNum);
  }

  section.addEventListener('click', (event) => {
    const id = event.target.closest('button')?.id;
    const actions = {
      'reader-back': onBack, 'page-prev': () => show(pageNum - 1), 'page-next': () => show(pageNum + 1),
      'zoom-in': () => setZoom(1), 'zoom-out': () => setZoom(-1), 'zoom-fit': () => setZoom(0),
      'large-text': toggleLarge, 'notes-toggle': toggleNotes, 'open-new': () => onOpen({ id: alert.newId, title: alert.title }),
    };
    actions[id]?.();
  });

  function toggleLarge() {
    large = !large;
    try {
      localStorage.setItem(LARGE_KEY, large ? '1' : '0');
    } catch {
      // the setting then lasts until reload
    }
    zoom = large ? Math.max(zoom, LARGE_ZOOM) : 1;
    show(pageNum);
    render();
  }

  function toggleNotes() {
    const panel = $('#reader-notes', section);
    panel.hidden = !panel.hidden;
    section.classList.toggle('notes-open', !panel.hidden);
    $('#notes-toggle', section).setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) $('#note-text', panel).focus();
  }

  // A turn of the tablet or a panel opening changes the width: draw the page again to fit.
  new ResizeObserver(() => {
    if (pdf && Math.abs(view.clientWidth - lastWidth) > 2) show(pageNum);
  }).observe(view);

  async function release() {
    opening += 1;
    drawing += 1;
    task?.cancel();
    thumbs.clear();
    canvasBox.querySelector('canvas')?.remove();
    canvasBox.querySelector('.textLayer').replaceChildren();
    delete canvasBox.dataset.page;
    const old = pdf;
    pdf = null;
    shown = null;
    await old?.destroy().catch(() => {});
  }

  return {
    element: section,
    render() {
      render();
      notes.render();
      thumbs.relabel();
    },
    get openId() {
      return doc?.id ?? null;
    },
    /** Opens document { id, title } at page. */
    async open(which, page = 1) {
      await release();
      const mine = opening;
      doc = which;
      alert = null;
      stateKey = 'reader.loading';
      zoom = large ? LARGE_ZOOM : 1;
      section.hidden = false;
      render();
      $('#reader-title', section).focus();
      notes.open(which.id);
      try {
        const loaded = await openPdf(fileUrl(which.id));
        if (mine !== opening) {
          loaded.destroy();
          return;
        }
        pdf = loaded;
        stateKey = null;
        await show(page);
        if (mine === opening) thumbs.load(pdf).catch(() => {});
      } catch (err) {
        if (mine !== opening) return;
        stateKey = err?.status === 404 ? 'reader.gone' : 'reader.failed';
        if (err?.status === 401) api.me().catch(() => {}); // the app's "session ended" rule takes over
        render();
      }
    },
    /** A document event: the one on screen may have been withdrawn or replaced. */
    documentEvent(type, data) {
      if (!doc) return;
      if (type === 'document.withdrawn' && data.id === doc.id) alert = { key: 'reader.withdrawn' };
      else if (type === 'document.updated' && data.replacesId === doc.id) alert = { key: 'reader.replaced', newId: data.id, title: data.title };
      else return;
      render();
      announce(t(alert.key));
    },
    async close() {
      section.hidden = true;
      doc = null;
      notes.close();
      await release();
    },
  };
}
