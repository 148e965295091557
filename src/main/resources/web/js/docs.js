// "Tài liệu kỳ họp" on the delegate tablet: the library (docs-list.js) with its search
// (docs-search.js) and the reader (reader.js) that opens over it. The library follows the hall
// live: a document loaded, replaced or withdrawn is fetched again at once, and the reader is told.

import * as api from './api.js';
import * as docsApi from './api-docs.js';
import { t } from './i18n.js';
import { $, el, announce } from './dom.js';
import { createSnapshot } from './snapshot.js';
import { groupsOf, renderGroups } from './docs-list.js';
import { createDocSearch } from './docs-search.js';
import { createReader } from './reader.js';
import { loadPdfjs } from './pdf-doc.js';

const BY_KEY = 'dienhong.docsBy';
const EVENTS = ['document.published', 'document.updated', 'document.withdrawn'];

export function createDocs({ live }) {
  const box = $('#docs-box');
  const toggle = el('div', { id: 'docs-by', class: 'docs-by', role: 'group' },
    el('button', { type: 'button', class: 'btn', 'data-by': 'category' }),
    el('button', { type: 'button', class: 'btn', 'data-by': 'agenda' }));
  const list = el('div', { id: 'doc-library', class: 'doc-library' });
  const search = createDocSearch({ onOpen: (doc, page) => open(doc, page), onActive: (on) => { library.classList.toggle('is-searching', on); } });
  const library = el('div', { id: 'docs-library', class: 'docs-library' }, search.node, toggle, list);
  const reader = createReader({ onBack: back, onOpen: (doc) => open(doc) });
  box.replaceChildren(library, reader.element);

  let account = null;
  let documents = [];
  let agenda = [];
  let failed = false;
  let section = null;
  let by = readBy();

  const snapshot = createSnapshot({
    fetch: () => Promise.all([docsApi.documents(), api.meeting().catch((err) => (err.status === 404 ? null : Promise.reject(err)))]),
    apply([fresh, meeting]) {
      documents = Array.isArray(fresh?.documents) ? fresh.documents : [];
      agenda = Array.isArray(meeting?.agenda) ? meeting.agenda : [];
      failed = false;
      renderList();
    },
    isActive: () => account !== null,
    onError() {
      failed = true;
      renderList();
    },
  });

  function readBy() {
    try {
      return localStorage.getItem(BY_KEY) === 'agenda' ? 'agenda' : 'category';
    } catch {
      return 'category';
    }
  }

  const titleOf = (id) => documents.find((d) => d.id === id)?.title || '';

  let drawn = null;

  /** Redraws the list only when something shown changed: a row under a finger must not be replaced. */
  function renderList({ force = false } = {}) {
    const shown = JSON.stringify([documents, agenda, by, failed]);
    if (!force && shown === drawn) return;
    drawn = shown;
    toggle.setAttribute('aria-label', t('docs.groupBy'));
    for (const b of toggle.querySelectorAll('[data-by]')) {
      b.textContent = t(b.dataset.by === 'agenda' ? 'docs.byAgenda' : 'docs.byCategory');
      b.setAttribute('aria-pressed', String(b.dataset.by === by));
    }
    list.replaceChildren(
      failed && documents.length === 0 ? el('p', { class: 'notice' }, t('docs.loadFailed')) : '',
      documents.length === 0 ? el('p', { class: 'empty' }, t('docs.none')) : '',
      ...renderGroups(groupsOf(documents, agenda, by), by));
  }

  function open(doc, page = 1) {
    document.body.classList.add('reading');
    library.hidden = true;
    reader.open(doc, page);
  }

  async function back() {
    const id = reader.openId;
    await reader.close();
    document.body.classList.remove('reading');
    library.hidden = false;
    snapshot.refresh(); // "Mới" goes once a document has been opened
    (list.querySelector(`[data-doc="${id}"]`) || $('#docs-heading'))?.focus();
  }

  toggle.addEventListener('click', (event) => {
    const b = event.target.closest('[data-by]');
    if (!b) return;
    by = b.dataset.by;
    try {
      localStorage.setItem(BY_KEY, by);
    } catch {
      // the choice then lasts until reload
    }
    renderList();
  });
  list.addEventListener('click', (event) => {
    const row = event.target.closest('[data-doc]');
    if (row) open({ id: Number(row.dataset.doc), title: titleOf(Number(row.dataset.doc)) });
  });

  for (const type of EVENTS) {
    live.on(type, (data) => {
      if (!account) return;
      snapshot.changed();
      snapshot.refresh();
      search.refresh();
      reader.documentEvent(type, data);
      if (type !== 'document.withdrawn' && section === 'docs' && library.hidden === false) {
        announce(t(type === 'document.updated' ? 'docs.replaced' : 'docs.published', { title: data.title }));
      }
    });
  }
  const refresh = () => account && snapshot.refresh();
  live.on('resync', refresh);
  live.on('meeting.changed', refresh);

  return {
    render() {
      renderList({ force: true });
      search.render();
      reader.render();
    },
    show(who) {
      account = who;
      renderList();
      search.render();
      snapshot.refresh();
    },
    /** The section on screen changed: the reader covers the page only while its section is shown. */
    setSection(name) {
      section = name;
      document.body.classList.toggle('reading', name === 'docs' && library.hidden);
      if (name === 'docs') loadPdfjs().catch(() => {}); // warm up pdf.js before the first document is opened
    },
    hide() {
      account = null;
      documents = [];
      snapshot.stop();
      search.clear();
      reader.close();
      library.hidden = false;
      document.body.classList.remove('reading');
      renderList();
    },
  };
}
