// The parts of the form that asks for the floor (speak-form.js), as large tiles over native radio
// buttons, which keep them usable with a screen reader and a keyboard: the kind of speech, the
// official a question is for, the speech a debate answers, and an optional short topic.

import { t } from './i18n.js';
import { el, formatTime } from './dom.js';
import { SPEAKER_KINDS, kindLabel, speakerName } from './floorfmt.js';

const TOPIC_MAX = 400;

function tile(group, id, value, checked, title, hint, disabled = false) {
  return el('label', { class: `choice-tile${disabled ? ' is-disabled' : ''}`, for: id },
    el('input', { type: 'radio', name: group, id, value, checked, disabled, 'data-group': group }),
    el('span', { class: 'tile-text' },
      el('span', { class: 'tile-title' }, title),
      hint ? el('span', { class: 'tile-hint' }, hint) : ''));
}

/** draft: { kind, respondentId, replyToId, topic }; asked: the kinds this delegate already waits with. */
export function kindSet(draft, asked) {
  return el('fieldset', { class: 'choice-set kind-set', id: 'kind-set' },
    el('legend', { id: 'kind-legend', tabindex: '-1' }, t('speak.kindLegend')),
    el('div', { class: 'tiles' }, SPEAKER_KINDS.map((k) => tile('kind', `kind-${k}`, k, draft.kind === k, kindLabel(k),
      asked.has(k) ? t('speak.alreadyAsked') : t(`speak.kindHint.${k}`), asked.has(k)))));
}

/** list: the officials of GET /respondents. */
export function respondentSet(draft, list) {
  return el('fieldset', { class: 'choice-set', id: 'respondent-set' },
    el('legend', {}, t('speak.respondentLegend')),
    list.length === 0 ? el('p', { class: 'empty' }, t('speak.noRespondents'))
      : el('div', { class: 'tiles' }, list.map((r) => tile('respondent', `respondent-${r.id}`, r.id,
        String(draft.respondentId) === String(r.id), r.name, r.title))));
}

/** list: the speeches this tablet heard (speakers.js), the one under way first. */
export function replySet(draft, list) {
  const when = (s) => (s.now ? t('speak.speechNow') : t('speak.speechAt', { time: formatTime(s.startedAt) }));
  return el('fieldset', { class: 'choice-set', id: 'reply-set', 'aria-describedby': 'reply-hint' },
    el('legend', {}, t('speak.replyLegend')),
    el('p', { id: 'reply-hint', class: 'set-hint' }, t('speak.replyHint')),
    list.length === 0 ? el('p', { class: 'empty' }, t('speak.noSpeeches'))
      : el('div', { class: 'tiles' }, list.map((s) => tile('reply', `reply-${s.id}`, s.id,
        String(draft.replyToId) === String(s.id), speakerName(s), `${kindLabel(s.kind)} · ${when(s)}`))));
}

export function topicField(draft) {
  const key = draft.kind === 'QUESTION' ? 'speak.topic.QUESTION' : 'speak.topic';
  return el('div', { class: 'field' },
    el('label', { for: 'speak-topic' }, t(key)),
    el('input', { type: 'text', id: 'speak-topic', maxlength: TOPIC_MAX, value: draft.topic, autocomplete: 'off' }));
}
