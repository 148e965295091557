// "Câu hỏi chất vấn gửi đến bạn": what an official (role RESPONDENT) sees on the speaking section,
// the questions delegates have asked to put to them, in queue order, refreshed whenever the queue
// or the floor moves.

import * as floorApi from './api-floor.js';
import { t } from './i18n.js';
import { $, el } from './dom.js';
import { createSnapshot } from './snapshot.js';
import { speakerName } from './floorfmt.js';

export function createQuestions({ live }) {
  const box = $('#questions-box');
  let account = null;
  let questions = [];
  let failed = false;

  const active = () => account?.role === 'RESPONDENT';
  const snapshot = createSnapshot({
    fetch: floorApi.questions,
    apply(fresh) {
      questions = Array.isArray(fresh) ? fresh : [];
      failed = false;
      render();
    },
    isActive: active,
    onError() {
      failed = true;
      render();
    },
  });

  function item(q) {
    return el('li', { class: `question-item status-${q.status}`, 'data-request': q.id },
      el('p', { class: 'question-from' }, t('questions.from', { name: '' }), el('span', { lang: 'vi' }, speakerName(q))),
      q.topic ? el('p', { class: 'question-topic', lang: 'vi' }, q.topic) : '',
      el('p', { class: 'question-status' }, t(`questions.status.${q.status}`)));
  }

  function render() {
    box.hidden = !active();
    if (!active()) {
      box.replaceChildren();
      return;
    }
    box.replaceChildren(el('section', { class: 'panel questions-panel', 'aria-labelledby': 'questions-heading' },
      el('h3', { id: 'questions-heading', class: 'panel-title' }, t('questions.heading')),
      failed && questions.length === 0 ? el('p', { class: 'notice' }, t('speak.loadFailed')) : '',
      questions.length === 0 ? el('p', { class: 'empty' }, t('questions.empty'))
        : el('ol', { class: 'question-list', id: 'question-list' }, questions.map(item))));
  }

  const refresh = () => active() && snapshot.refresh();
  for (const type of ['resync', 'speakers.changed', 'floor.changed', 'meeting.changed']) live.on(type, refresh);

  return {
    render,
    show(who) {
      account = who;
      render();
      refresh();
    },
    hide() {
      account = null;
      questions = [];
      snapshot.stop();
      render();
    },
  };
}
