// "Ghi chú của tôi" in the reader: a note on the page being read, with the passage selected on the
// page (pdf.js's text layer) as its quote, and the delegate's own notes on this document, each with
// a link to its page and a button to delete it. Notes live on the server, so they follow the
// delegate to any tablet and nobody else sees them.

import * as docsApi from './api-docs.js';
import { t } from './i18n.js';
import { $, el, announce } from './dom.js';
import { refusal, showRefusal } from './floorfmt.js';

const MAX_QUOTE = 1000;

/** panel: the aside; textLayer: where a selection counts as a quote; goTo(n) turns to page n. */
export function createReaderNotes({ panel, textLayer, goTo, onCount }) {
  let documentId = null;
  let page = 1;
  let notes = [];
  let quote = '';
  let saving = false;
  let error = null;
  let statusText = '';
  let loadFailed = false;

  const text = el('textarea', { id: 'note-text', rows: '3', maxlength: '4000', 'aria-describedby': 'note-error' });
  const form = el('form', { id: 'note-form', class: 'note-form', novalidate: true },
    el('label', { for: 'note-text', id: 'note-label', class: 'note-label' }),
    el('div', { id: 'note-quote', class: 'note-quote' }),
    text,
    el('p', { id: 'note-error', class: 'error', role: 'alert' }),
    el('button', { type: 'submit', id: 'note-save', class: 'btn btn-primary' }));
  const list = el('div', { id: 'note-list-box' });
  const status = el('p', { id: 'note-status', class: 'note-status', role: 'status' });
  panel.replaceChildren(el('h3', { id: 'notes-heading', class: 'notes-heading' }),
    el('p', { id: 'notes-private', class: 'notes-private' }), form, status, list);

  // Tapping the text box clears the page's selection: keep what was selected before that.
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !textLayer.contains(selection.anchorNode)) return;
    const chosen = selection.toString().replace(/\s+/g, ' ').trim().slice(0, MAX_QUOTE);
    if (chosen && chosen !== quote) {
      quote = chosen;
      renderForm();
    }
  });

  function renderForm() {
    $('#note-label', form).textContent = t('notes.label', { n: page });
    $('#note-quote', form).replaceChildren(quote
      ? el('p', {}, el('span', { class: 'note-quote-label' }, t('notes.quote')), ' ', el('q', { lang: 'vi' }, quote))
      : el('p', { class: 'note-hint' }, t('notes.quoteHint')));
    showRefusal($('#note-error', form), error);
    text.setAttribute('aria-invalid', String(Boolean(error)));
    const save = $('#note-save', form);
    save.textContent = t(saving ? 'notes.saving' : 'notes.save');
    save.disabled = saving;
  }

  function item(note) {
    return el('li', { class: 'note-item', 'data-note': note.id },
      el('div', { class: 'note-item-head' },
        el('button', { type: 'button', class: 'btn note-page', 'data-go': note.page, 'aria-label': t('notes.goToLabel', { n: note.page }) },
          t('notes.goTo', { n: note.page })),
        el('button', { type: 'button', class: 'btn btn-secondary note-delete', 'data-delete': note.id,
          'aria-label': t('notes.deleteLabel', { n: note.page }) }, t('notes.delete'))),
      note.quote ? el('blockquote', { class: 'note-item-quote', lang: 'vi' }, note.quote) : '',
      note.text ? el('p', { class: 'note-item-text', lang: 'vi' }, note.text) : '');
  }

  function renderList() {
    panel.querySelector('#notes-heading').textContent = t('notes.heading');
    panel.querySelector('#notes-private').textContent = t('notes.private');
    status.textContent = statusText;
    const sorted = [...notes].sort((a, b) => a.page - b.page || String(a.createdAt).localeCompare(String(b.createdAt)));
    list.replaceChildren(
      loadFailed ? el('p', { class: 'error' }, t('notes.loadFailed')) : '',
      sorted.length === 0 ? el('p', { class: 'empty' }, t('notes.none'))
        : el('ol', { id: 'note-list', class: 'note-list' }, sorted.map(item)));
    onCount(notes.length);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (saving || documentId === null) return;
    statusText = '';
    if (!text.value.trim() && !quote) {
      error = { text: t('notes.empty') };
      renderForm();
      text.focus();
      return;
    }
    saving = true;
    error = null;
    renderForm();
    const forDocument = documentId;
    try {
      const note = await docsApi.addNote(forDocument, { page, text: text.value.trim(), quote: quote || undefined });
      if (forDocument !== documentId) return;
      notes = [...notes, note];
      text.value = '';
      quote = '';
      statusText = t('notes.saved', { n: note.page });
      renderList();
    } catch (err) {
      error = refusal(err, 'notes.network');
    } finally {
      saving = false;
      renderForm();
    }
  });

  list.addEventListener('click', async (event) => {
    const go = event.target.closest('[data-go]');
    if (go) {
      goTo(Number(go.dataset.go));
      return;
    }
    const del = event.target.closest('[data-delete]');
    if (!del) return;
    del.disabled = true;
    try {
      await docsApi.deleteNote(documentId, del.dataset.delete);
      notes = notes.filter((n) => String(n.id) !== del.dataset.delete);
      statusText = t('notes.deleted');
    } catch (err) {
      statusText = err.isNetwork ? t('notes.deleteFailed') : refusal(err, 'notes.deleteFailed').text;
    }
    renderList();
    announce(statusText);
  });

  return {
    /** A document was opened: its notes replace the last one's, and the form starts empty. */
    async open(id) {
      documentId = id;
      notes = [];
      quote = '';
      error = null;
      statusText = '';
      loadFailed = false;
      text.value = '';
      renderForm();
      renderList();
      try {
        const answer = await docsApi.notes(id);
        if (id !== documentId) return;
        notes = Array.isArray(answer?.notes) ? answer.notes : [];
      } catch (err) {
        if (id !== documentId || err.status === 401) return;
        loadFailed = true;
      }
      renderList();
    },
    setPage(n) {
      if (n !== page) quote = ''; // a quote belongs to the page it was selected on
      page = n;
      renderForm();
    },
    render() {
      renderForm();
      renderList();
    },
    close() {
      documentId = null;
      notes = [];
      text.value = ''; // the tablet may pass to another delegate
      quote = '';
    },
  };
}
