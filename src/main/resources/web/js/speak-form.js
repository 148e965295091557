// The form that asks for the floor: what the delegate has chosen so far, checking it, sending it and
// saying what went wrong. Its parts (the kind of speech, then for a question the official, for a
// debate the speech it answers, and an optional topic) are drawn by speak-tiles.js.

import { t } from './i18n.js';
import { $, el } from './dom.js';
import { refusal, showRefusal } from './floorfmt.js';
import { kindSet, respondentSet, replySet, topicField } from './speak-tiles.js';

/** speakers: speakers.js; onSent(created) after the server took it; onCancel() when the delegate gives up. */
export function createSpeakForm({ speakers, onSent, onCancel }) {
  let draft = null; // { kind, respondentId, replyToId, topic } while the form is open
  let sending = false;
  let error = null;
  let holder = null;

  function draw() {
    if (!holder) return;
    if (!draft) {
      holder.replaceChildren();
      return;
    }
    const focused = holder.contains(document.activeElement) ? document.activeElement : null;
    const caret = focused?.id === 'speak-topic' ? focused.selectionStart : null;
    const errorBox = el('p', { id: 'speak-error', class: 'error', role: 'alert' });
    showRefusal(errorBox, error);
    holder.replaceChildren(el('form', { id: 'speak-form', class: 'speak-form', novalidate: true, 'aria-label': t('speak.heading') },
      kindSet(draft, new Set(speakers.mine.map((r) => r.kind))),
      draft.kind === 'QUESTION' ? respondentSet(draft, speakers.respondents) : '',
      draft.kind === 'DEBATE' ? replySet(draft, speakers.speeches) : '',
      draft.kind ? topicField(draft) : '',
      errorBox,
      el('div', { class: 'form-buttons' },
        el('button', { type: 'submit', id: 'speak-send', class: 'btn btn-primary btn-big', disabled: sending },
          t(sending ? 'speak.sending' : 'speak.send')),
        el('button', { type: 'button', id: 'speak-cancel', class: 'btn btn-secondary btn-big' }, t('speak.cancel')))));
    const again = focused?.id ? document.getElementById(focused.id) : null;
    if (again) {
      again.focus();
      if (caret !== null) again.setSelectionRange(caret, caret);
    }
  }

  function problem() {
    if (!draft.kind) return ['speak.chooseKind', '#kind-set input:not([disabled])'];
    if (draft.kind === 'QUESTION' && !draft.respondentId) return ['speak.chooseRespondent', '#respondent-set input'];
    if (draft.kind === 'DEBATE' && !draft.replyToId) return ['speak.chooseSpeech', '#reply-set input'];
    return null;
  }

  async function submit() {
    if (sending) return;
    const wrong = problem();
    if (wrong) {
      error = { text: t(wrong[0]) };
      draw();
      $(wrong[1], holder)?.focus();
      return;
    }
    const { kind, respondentId, replyToId, topic } = draft;
    sending = true;
    error = null;
    draw();
    try {
      const created = await speakers.ask({ kind, respondentId: kind === 'QUESTION' ? Number(respondentId) : undefined,
        replyToId: kind === 'DEBATE' ? Number(replyToId) : undefined, topic: topic.trim() || undefined });
      sending = false;
      draft = null;
      draw();
      onSent(created);
    } catch (err) {
      sending = false;
      error = refusal(err, 'speak.network');
      draw();
      $('#speak-error', holder)?.focus();
    }
  }

  function listen(node) {
    node.addEventListener('change', (event) => {
      const input = event.target;
      if (!draft || input.type !== 'radio') return;
      if (input.dataset.group === 'kind') draft.kind = input.value;
      if (input.dataset.group === 'respondent') draft.respondentId = input.value;
      if (input.dataset.group === 'reply') draft.replyToId = input.value;
      error = null;
      draw();
    });
    node.addEventListener('input', (event) => {
      if (draft && event.target.id === 'speak-topic') draft.topic = event.target.value;
    });
    node.addEventListener('submit', (event) => {
      event.preventDefault();
      submit();
    });
    node.addEventListener('click', (event) => {
      if (event.target.closest('#speak-cancel')) {
        draft = null;
        error = null;
        draw();
        onCancel();
      }
    });
  }

  return {
    get open() {
      return draft !== null;
    },
    /** Draws into node (kept across re-renders of the section). */
    mount(node) {
      holder = node;
      listen(node);
    },
    start() {
      draft = { kind: null, respondentId: null, replyToId: null, topic: '' };
      error = null;
      draw();
      $('#kind-legend', holder)?.focus();
    },
    close() {
      draft = null;
      sending = false;
      error = null;
      draw();
    },
    draw,
  };
}
