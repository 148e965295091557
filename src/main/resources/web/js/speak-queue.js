// The speakers' queue as the tablet draws it: who waits, in order, with the kind of each request,
// the official a question is for, the speech a debate answers and the topic; the delegate's own
// requests stand out (a tag as well as a colour).

import { t } from './i18n.js';
import { el } from './dom.js';
import { kindLabel, speakerName } from './floorfmt.js';

/** The lines under a request's name; speeches: the speeches the tablet heard, to name what a debate answers. */
export function requestLines(r, speeches) {
  const speech = r.replyToId ? speeches.find((s) => s.id === r.replyToId) : null;
  return [
    el('span', { class: `kind-chip kind-${r.kind}` }, kindLabel(r.kind)),
    r.respondentName ? el('span', { class: 'req-detail' }, t('speak.questionTo', { name: '' }),
      el('span', { lang: 'vi' }, r.respondentName)) : '',
    speech ? el('span', { class: 'req-detail' }, t('speak.replyTo', { name: speakerName(speech) })) : '',
    r.topic ? el('span', { class: 'req-detail' }, t('speak.topicLine', { topic: '' }), el('span', { lang: 'vi' }, r.topic)) : '',
  ];
}

function item(r, i, speakers) {
  const own = speakers.isOwn(r);
  return el('li', { class: `queue-item${own ? ' is-own' : ''}`, 'data-request': r.id, 'data-kind': r.kind },
    el('span', { class: 'queue-place', 'aria-hidden': 'true' }, String(i + 1)),
    el('div', { class: 'queue-text' },
      el('p', { class: 'queue-name' }, el('span', { class: 'visually-hidden' }, `${i + 1}. `),
        el('span', { lang: 'vi' }, speakerName(r)),
        own ? el('span', { class: 'you-tag' }, t('speak.you')) : ''),
      el('p', { class: 'req-lines' }, requestLines(r, speakers.speeches))));
}

/** The heading, the count and the list of the waiting (speakers: speakers.js). */
export function queueParts(speakers) {
  const waiting = speakers.queue.filter((r) => r.status === 'WAITING');
  return [
    el('h3', { id: 'queue-heading', class: 'panel-title' }, t('speak.queue')),
    waiting.length === 0 ? el('p', { class: 'empty' }, t('speak.queueEmpty'))
      : el('p', { class: 'queue-count' }, t('speak.queueCount', { n: waiting.length })),
    waiting.length === 0 ? '' : el('ol', { class: 'queue-list', id: 'queue-list' }, waiting.map((r, i) => item(r, i, speakers))),
  ];
}
