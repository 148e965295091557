// "Tra cứu tài liệu": a search box over every page the delegate may read, asked as they type (a
// moment after the last key, so a word is not searched letter by letter), with each hit's title,
// "Trang N" and the words around the match, the searched words marked whatever their accents.

import * as docsApi from './api-docs.js';
import { t } from './i18n.js';
import { $, el } from './dom.js';
import { highlighted, queryWords } from './textfold.js';

const DEBOUNCE_MS = 300;

/** onOpen({ id, title }, page) opens a hit; onActive(bool) tells whether results replace the library. */
export function createDocSearch({ onOpen, onActive }) {
  const input = el('input', { type: 'search', id: 'doc-search', class: 'doc-search-input', autocomplete: 'off',
    enterkeyhint: 'search', 'aria-describedby': 'doc-search-hint' });
  const node = el('div', { class: 'doc-search', role: 'search' },
    el('label', { for: 'doc-search', id: 'doc-search-label', class: 'doc-search-label' }),
    el('p', { id: 'doc-search-hint', class: 'doc-search-hint' }),
    el('div', { class: 'doc-search-row' }, input,
      el('button', { type: 'button', id: 'doc-search-clear', class: 'btn btn-secondary', hidden: true })),
    el('p', { id: 'doc-search-status', class: 'doc-search-status', role: 'status' }),
    el('ol', { id: 'search-results', class: 'search-results' }));
  let timer = null;
  let asked = 0;
  let answer = null; // { q, hits } or { q, failed: true }
  let busy = false;

  const query = () => input.value.trim();

  function hit(h) {
    return el('li', {}, el('button', { type: 'button', class: 'hit', 'data-doc': h.id, 'data-page': h.page },
      el('span', { class: 'hit-head' },
        el('span', { class: 'hit-title', lang: 'vi' }, h.title),
        el('span', { class: 'hit-page' }, t('search.page', { n: h.page }))),
      el('span', { class: 'hit-snippet', lang: 'vi' }, highlighted(h.snippet, answer.q))));
  }

  function render() {
    $('#doc-search-label', node).textContent = t('search.label');
    $('#doc-search-hint', node).textContent = t('search.hint');
    const clear = $('#doc-search-clear', node);
    clear.textContent = `✕ ${t('search.clear')}`;
    clear.hidden = !input.value;
    const q = answer?.q ?? '';
    let status = '';
    if (busy) status = t('search.busy');
    else if (answer?.failed) status = t('search.failed');
    else if (answer) status = t(answer.hits.length ? 'search.count' : 'search.none', { n: answer.hits.length, q });
    $('#doc-search-status', node).textContent = status;
    $('#doc-search-status', node).classList.toggle('error', Boolean(answer?.failed));
    $('#search-results', node).replaceChildren(...(answer?.hits || []).map(hit));
  }

  async function run() {
    const q = query();
    const mine = ++asked;
    if (queryWords(q).length === 0) {
      answer = null;
      busy = false;
      render();
      onActive(false);
      return;
    }
    busy = true;
    onActive(true);
    render();
    let fresh;
    try {
      const result = await docsApi.search(q);
      fresh = { q, hits: Array.isArray(result?.hits) ? result.hits : [] };
    } catch (err) {
      fresh = { q, failed: true, hits: [] };
    }
    if (mine !== asked) return; // the delegate typed more meanwhile
    busy = false;
    answer = fresh;
    render();
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
    $('#doc-search-clear', node).hidden = !input.value;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    clearTimeout(timer);
    run();
  });
  node.addEventListener('click', (event) => {
    if (event.target.closest('#doc-search-clear')) {
      input.value = '';
      run();
      input.focus();
      return;
    }
    const h = event.target.closest('.hit');
    if (h) onOpen({ id: Number(h.dataset.doc), title: $('.hit-title', h).textContent }, Number(h.dataset.page));
  });

  return {
    node,
    render,
    /** The documents changed: the hits may have too. */
    refresh() {
      if (answer) run();
    },
    clear() {
      input.value = '';
      asked += 1;
      answer = null;
      busy = false;
      render();
    },
  };
}
