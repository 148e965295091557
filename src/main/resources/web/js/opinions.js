// "Gửi ý kiến đến Chủ tọa": a text box with a live character count (at most 4,000), sending with a
// confirmation, and the delegate's own opinions with what the chair did with them, refreshed on
// opinions.changed (which carries only a count, never a text). The form is built once, so a
// refresh of the list never takes away what the delegate is typing.

import * as floorApi from './api-floor.js';
import { t } from './i18n.js';
import { $, el, announce, formatDate, formatTime } from './dom.js';
import { createSnapshot } from './snapshot.js';
import { formatCount, refusal, showRefusal } from './floorfmt.js';

const MAX = 4000;

export function createOpinions({ live }) {
  const box = $('#opinions-box');
  const form = el('form', { id: 'opinion-form', class: 'panel opinion-form', novalidate: true, 'aria-labelledby': 'opinion-form-heading' },
    el('h3', { id: 'opinion-form-heading', class: 'panel-title' }),
    el('p', { id: 'opinion-intro', class: 'opinion-intro' }),
    el('label', { for: 'opinion-text', id: 'opinion-label', class: 'opinion-label' }),
    el('textarea', { id: 'opinion-text', rows: '5', maxlength: String(MAX), 'aria-describedby': 'opinion-count opinion-error' }),
    el('p', { id: 'opinion-count', class: 'opinion-count' }),
    el('p', { id: 'opinion-error', class: 'error', role: 'alert' }),
    el('p', { id: 'opinion-sent', class: 'notice', role: 'status', tabindex: '-1' }),
    el('button', { type: 'submit', id: 'opinion-send', class: 'btn btn-primary btn-big' }));
  const list = el('section', { id: 'my-opinions', class: 'panel', 'aria-labelledby': 'my-opinions-heading' });
  box.replaceChildren(el('div', { class: 'opinions-layout' }, form, list));
  const text = $('#opinion-text', form);

  let account = null;
  let mine = [];
  let sending = false;
  let error = null;
  let sentKey = null;
  let loadFailed = false;

  const active = () => Boolean(account && (account.role === 'DELEGATE' || account.role === 'CHAIR') && account.delegateId != null);
  const snapshot = createSnapshot({
    fetch: floorApi.myOpinions,
    apply(fresh) {
      const before = new Map(mine.map((o) => [o.id, o.status]));
      mine = Array.isArray(fresh) ? fresh : [];
      loadFailed = false;
      renderList();
      const moved = mine.find((o) => before.has(o.id) && before.get(o.id) !== o.status);
      if (moved) announce(t('op.changed', { status: t(`op.status.${moved.status}`) }));
    },
    isActive: active,
    onError() {
      loadFailed = true;
      renderList();
    },
  });

  function renderCount() {
    const n = text.value.length;
    const counter = $('#opinion-count', form);
    counter.textContent = t(n > MAX ? 'op.countOver' : 'op.count', { n: formatCount(n), max: formatCount(MAX) });
    counter.classList.toggle('is-over', n > MAX);
  }

  function renderForm() {
    $('#opinion-form-heading', form).textContent = t('op.heading');
    $('#opinion-intro', form).textContent = t('op.intro', { max: formatCount(MAX) });
    $('#opinion-label', form).textContent = t('op.label');
    renderCount();
    showRefusal($('#opinion-error', form), error);
    text.setAttribute('aria-invalid', String(Boolean(error)));
    $('#opinion-sent', form).textContent = sentKey ? t(sentKey) : '';
    const send = $('#opinion-send', form);
    send.textContent = t(sending ? 'op.sending' : 'op.send');
    send.disabled = sending;
  }

  function item(o) {
    const when = t('time.onDay', { time: formatTime(o.sentAt), date: formatDate(o.sentAt) });
    return el('li', { class: `opinion-item status-${o.status}`, 'data-opinion': o.id },
      el('p', { class: 'opinion-meta' },
        el('span', { class: `status-chip status-${o.status}` }, t(`op.status.${o.status}`)),
        el('span', { class: 'opinion-when' }, t('op.sentAt', { time: when }))),
      el('p', { class: 'opinion-text', lang: 'vi' }, o.text));
  }

  function renderList() {
    list.replaceChildren(
      el('h3', { id: 'my-opinions-heading', class: 'panel-title' }, t('op.mine')),
      loadFailed && mine.length === 0 ? el('p', { class: 'notice' }, t('op.loadFailed')) : '',
      mine.length === 0 ? el('p', { class: 'empty' }, t('op.none'))
        : el('ol', { class: 'opinion-list', id: 'opinion-list' }, mine.map(item)));
  }

  text.addEventListener('input', () => {
    renderCount();
    if (sentKey) {
      sentKey = null; // a new opinion is being written: the last confirmation has done its job
      renderForm();
    }
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    sentKey = null;
    if (!text.value.trim()) {
      error = { text: t('op.empty') };
      renderForm();
      text.focus();
      return;
    }
    sending = true;
    error = null;
    renderForm();
    try {
      const sent = await floorApi.sendOpinion(text.value);
      mine = [sent, ...mine.filter((o) => o.id !== sent.id)];
      text.value = '';
      sending = false;
      sentKey = 'op.sent';
      renderForm();
      renderList();
      $('#opinion-sent', form).focus();
      snapshot.refresh();
    } catch (err) {
      sending = false;
      error = err.status === 413 ? { text: t('op.tooLong', { max: formatCount(MAX) }) } : refusal(err, 'op.network');
      renderForm();
      text.focus();
    }
  });

  const refresh = () => active() && snapshot.refresh();
  for (const type of ['resync', 'opinions.changed', 'meeting.changed']) live.on(type, refresh);

  return {
    render() {
      renderForm();
      renderList();
    },
    show(who) {
      account = who;
      renderForm();
      renderList();
      refresh();
    },
    hide() {
      account = null;
      mine = [];
      error = null;
      sentKey = null;
      sending = false;
      text.value = ''; // the tablet may pass to another delegate
      snapshot.stop();
    },
  };
}
