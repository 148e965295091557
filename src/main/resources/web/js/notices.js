// Thông báo: a notice the operator posts opens at once in a dialog the delegate closes with one
// large button, and stays in the "Thông báo" list, newest first. A vote comes first: a notice that
// arrives while a vote covers the screen waits until the vote screen is gone.

import * as floorApi from './api-floor.js';
import { t } from './i18n.js';
import { $, el, announce, formatDate, formatTime } from './dom.js';
import { createSnapshot } from './snapshot.js';

export function createNotices({ live }) {
  const box = $('#notices-box');
  const dialog = el('dialog', { id: 'notice-dialog', class: 'notice-dialog', 'aria-labelledby': 'notice-dialog-heading',
    'aria-describedby': 'notice-dialog-body' });
  document.body.append(dialog);

  let account = null;
  let notices = [];
  let unseen = []; // posted while we were listening, not yet dismissed
  let failed = false;

  const snapshot = createSnapshot({
    fetch: floorApi.notices,
    apply(fresh) {
      notices = Array.isArray(fresh) ? fresh : [];
      failed = false;
      renderList();
    },
    isActive: () => account !== null,
    onError() {
      failed = true;
      renderList();
    },
  });

  const when = (n) => t('notice.at', { time: t('time.onDay', { time: formatTime(n.postedAt), date: formatDate(n.postedAt) }) });
  const voteOpen = () => document.body.classList.contains('vote-open');

  function renderList() {
    box.replaceChildren(el('div', { class: 'panel notices-panel' },
      failed && notices.length === 0 ? el('p', { class: 'notice' }, t('notice.loadFailed')) : '',
      notices.length === 0 ? el('p', { class: 'empty' }, t('notice.none'))
        : el('ol', { class: 'notice-list', id: 'notice-list' }, notices.map((n) => el('li', { class: 'notice-item', 'data-notice': n.id },
          el('p', { class: 'notice-when' }, when(n)),
          el('p', { class: 'notice-text', lang: 'vi' }, n.text))))));
  }

  function renderDialog() {
    dialog.replaceChildren(
      el('h2', { id: 'notice-dialog-heading', class: 'notice-dialog-heading' },
        el('span', { 'aria-hidden': 'true' }, '⚑ '), t('notice.new')),
      el('div', { id: 'notice-dialog-body', class: 'notice-dialog-body' }, unseen.map((n) => el('div', { class: 'notice-dialog-item' },
        el('p', { class: 'notice-when' }, when(n)),
        el('p', { class: 'notice-dialog-text', lang: 'vi' }, n.text)))),
      el('button', { type: 'button', id: 'notice-ok', class: 'btn btn-primary btn-big btn-block' }, t('notice.ok')));
  }

  /** Shows the unseen notices, unless a vote is on screen; false when they must wait. */
  function popUp() {
    if (unseen.length === 0 || voteOpen() || !account) return false;
    renderDialog();
    if (!dialog.open) dialog.showModal();
    $('#notice-ok', dialog).focus();
    return true;
  }

  function dismiss() {
    unseen = [];
    if (dialog.open) dialog.close();
  }

  dialog.addEventListener('click', (event) => {
    if (event.target.closest('#notice-ok')) dismiss();
  });
  dialog.addEventListener('cancel', () => {
    unseen = []; // Esc closes it as well
  });

  // The vote screen (vote-card.js) marks the body while it is up: a vote opening puts the notice
  // away for later, the vote screen leaving brings it back.
  new MutationObserver(() => {
    if (voteOpen() && dialog.open) dialog.close();
    else if (!voteOpen() && !dialog.open) popUp();
  }).observe(document.body, { attributes: true, attributeFilter: ['class'] });

  live.on('notice.posted', (data) => {
    if (!account) return;
    snapshot.changed();
    notices = [data, ...notices.filter((n) => n.id !== data.id)];
    unseen = [data, ...unseen.filter((n) => n.id !== data.id)];
    renderList();
    if (!popUp()) announce(`${t('notice.new')}: ${data.text}`); // the dialog says it itself
  });
  const refresh = () => account && snapshot.refresh();
  live.on('resync', refresh);
  live.on('meeting.changed', refresh);

  return {
    render() {
      renderList();
      if (dialog.open) renderDialog();
    },
    show(who) {
      account = who;
      renderList();
      snapshot.refresh();
    },
    hide() {
      account = null;
      notices = [];
      dismiss();
      snapshot.stop();
      renderList();
    },
  };
}
