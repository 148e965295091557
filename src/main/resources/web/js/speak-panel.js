// The "Phát biểu" section of the tablet: the delegate's own requests with their place in the queue
// and a "Rút đăng ký" button each, the large "Đăng ký phát biểu" button that opens the form
// (speak-form.js), and the whole queue (speak-queue.js). Guests and officials see the queue only.

import { t } from './i18n.js';
import { $, el } from './dom.js';
import { kindLabel, placeOf, refusal, showRefusal } from './floorfmt.js';
import { queueParts, requestLines } from './speak-queue.js';
import { createSpeakers } from './speakers.js';
import { createSpeakForm } from './speak-form.js';

export function createSpeakPanel({ live }) {
  const box = $('#speak-box');
  const mineBox = el('div', { id: 'speak-mine' });
  const formBox = el('div', { id: 'speak-form-box' });
  const statusBox = el('p', { id: 'speak-status', class: 'notice', role: 'status', tabindex: '-1' });
  const errorBox = el('p', { id: 'speak-problem', class: 'error', role: 'alert' });
  const own = el('section', { id: 'speak-own', class: 'panel speak-panel', 'aria-labelledby': 'speak-panel-heading' },
    el('h3', { id: 'speak-panel-heading', class: 'panel-title' }), statusBox, errorBox, formBox, mineBox);
  const queueBox = el('section', { id: 'queue', class: 'panel queue-panel', 'aria-labelledby': 'queue-heading' });
  const layout = el('div', { class: 'speak-layout' }, own, queueBox);
  box.replaceChildren(el('p', { id: 'speak-note', class: 'speak-note' }), layout);

  let account = null;
  let status = null; // { key, params }
  let problem = null;

  const speakers = createSpeakers({ live, onChange: changed, onError: () => setStatus('speak.loadFailed') });
  const form = createSpeakForm({ speakers, onSent: sent, onCancel: () => focusAsk() });
  form.mount(formBox);

  /** params.kind is a kind's code, put in words in the language on screen. */
  function setStatus(key, params = {}) {
    status = key ? { key, params } : null;
    statusBox.textContent = status ? t(status.key, { ...status.params, kind: kindLabel(status.params.kind) }) : '';
  }

  function changed() {
    if (status?.key === 'speak.loadFailed') setStatus(null); // it has loaded after all
    render();
  }

  function focusAsk() {
    render();
    $('#ask-open')?.focus();
  }

  function sent(created) {
    setStatus('speak.asked', { kind: created.kind }); // the place, which moves, is in the list below
    render();
    statusBox.focus();
  }

  function renderMine() {
    const mine = speakers.mine;
    mineBox.replaceChildren(
      form.open ? '' : el('button', { type: 'button', id: 'ask-open', class: 'btn btn-primary btn-big btn-ask' },
        el('span', { 'aria-hidden': 'true' }, '☝'), t('speak.open')),
      mine.length === 0 ? el('p', { class: 'empty' }, t('speak.noneYet'))
        : el('ul', { class: 'mine-list' }, mine.map((r) => el('li', { class: 'mine-item', 'data-request': r.id },
          el('div', { class: 'mine-text' },
            el('p', { class: 'mine-place' }, t('speak.place', { n: placeOf(speakers.queue, r.id) })),
            el('p', { class: 'req-lines' }, requestLines(r, speakers.speeches))),
          el('button', { type: 'button', id: `withdraw-${r.id}`, class: 'btn btn-secondary btn-withdraw', 'data-withdraw': r.id,
            'aria-label': t('speak.withdrawLabel', { kind: kindLabel(r.kind) }) }, t('speak.withdraw'))))));
  }

  function renderQueue() {
    queueBox.replaceChildren(...queueParts(speakers));
  }

  function render() {
    if (!account) return;
    const focusedId = box.contains(document.activeElement) && !formBox.contains(document.activeElement)
      ? document.activeElement.id : null;
    $('#speak-panel-heading').textContent = t('speak.mine');
    const may = speakers.maySpeak;
    const note = $('#speak-note');
    note.textContent = may ? '' : t(account.role === 'RESPONDENT' ? 'speak.respondentNote' : 'speak.guestNote');
    note.hidden = may;
    own.hidden = !may;
    // one column while the form is open (its tiles need the width) or for those who only follow the queue
    layout.classList.toggle('is-single', !may || form.open);
    if (may) renderMine();
    if (form.open) form.draw();
    renderQueue();
    if (focusedId && document.getElementById(focusedId)) document.getElementById(focusedId).focus();
  }

  box.addEventListener('click', async (event) => {
    if (event.target.closest('#ask-open')) {
      setStatus(null);
      problem = null;
      showRefusal(errorBox, null);
      form.start();
      render();
      return;
    }
    const b = event.target.closest('[data-withdraw]');
    if (!b || b.disabled) return;
    b.disabled = true;
    const id = Number(b.dataset.withdraw);
    const kind = speakers.mine.find((r) => r.id === id)?.kind;
    try {
      await speakers.withdraw(id);
      problem = null;
      showRefusal(errorBox, null);
      setStatus('speak.withdrawn', { kind });
      statusBox.focus(); // a status region: read out as it changes and as it takes the focus
    } catch (err) {
      b.disabled = false;
      problem = refusal(err, 'speak.network');
      showRefusal(errorBox, problem);
    }
  });

  return {
    render() {
      if (status) setStatus(status.key, status.params);
      showRefusal(errorBox, problem);
      render();
    },
    show(who) {
      account = who;
      speakers.show(who);
      render();
    },
    hide() {
      account = null;
      form.close();
      setStatus(null);
      problem = null;
      speakers.hide();
    },
    forget: () => speakers.forget(),
    get speakers() {
      return speakers;
    },
  };
}
