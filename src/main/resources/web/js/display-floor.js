// The chair display's floor, read from the back of the hall: the quorum line under the meeting
// title at all times, and between votes the speaker with a large clock (a warning colour and words
// near the end, "Quá giờ" after it) and the next few in the queue with the kind of each request.

import { t } from './i18n.js';
import { $, el } from './dom.js';
import { attendanceLine, quorumLine, kindLabel, speakerName } from './floorfmt.js';

// the next ones on the projector; the whole queue is on the tablets and the console
const NEXT_SHOWN = 5;

/** "Có mặt: 34/50 đại biểu (68,00%) · ✓ Đủ số đại biểu để tiến hành (cần 34)" in #display-quorum. */
export function renderQuorum(f) {
  const line = $('#display-quorum');
  const a = f?.attendance;
  line.hidden = !a;
  if (!a) return;
  line.classList.toggle('is-met', Boolean(a.quorumMet));
  line.replaceChildren(
    el('span', { class: 'quorum-count', id: 'quorum-count' }, attendanceLine(a)),
    el('span', { class: 'quorum-state', id: 'quorum-state' },
      el('span', { 'aria-hidden': 'true' }, a.quorumMet ? '✓ ' : '⚠ '), quorumLine(a)));
}

/** Something to show: a speaker, or someone waiting. */
export function hasFloor(f) {
  return Boolean(f?.floor?.speaker || f?.queue?.some((r) => r.status === 'WAITING'));
}

function requestLine(r) {
  return [
    el('span', { class: `display-kind kind-${r.kind}` }, kindLabel(r.kind)),
    r.respondentName ? el('span', { class: 'floor-to' }, t('speak.questionTo', { name: '' }),
      el('span', { lang: 'vi' }, r.respondentName)) : '',
  ];
}

function speakerBox(f, turnClock) {
  const sp = f.floor?.speaker;
  if (!sp) {
    return el('div', { class: 'floor-speaker is-empty' },
      el('h2', { id: 'floor-heading', class: 'display-kicker' }, t('floor.speaking')),
      el('p', { class: 'floor-empty' }, t('floor.none')));
  }
  // the name across the whole panel; under it what the speech is, beside the clock
  return el('div', { class: 'floor-speaker' },
    el('h2', { id: 'floor-heading', class: 'display-kicker' }, t('floor.speaking')),
    el('p', { class: 'floor-speaker-name', id: 'floor-speaker-name', lang: 'vi' }, sp.name),
    el('div', { class: 'floor-speaker-body' },
      el('div', { class: 'floor-speaker-text' },
        el('p', { class: 'floor-speaker-meta' },
          sp.seat ? el('span', { class: 'floor-seat' }, t('floor.seat', { seat: sp.seat })) : '', requestLine(sp)),
        sp.topic ? el('p', { class: 'floor-speaker-topic', lang: 'vi' }, sp.topic) : ''),
      turnClock.element({ id: 'display-floor-time', className: 'display-turn' })));
}

function nextBox(f) {
  const waiting = (f.queue || []).filter((r) => r.status === 'WAITING');
  if (waiting.length === 0) return '';
  const shown = waiting.slice(0, NEXT_SHOWN);
  return el('section', { class: 'floor-next', 'aria-labelledby': 'next-heading' },
    el('h3', { id: 'next-heading', class: 'panel-heading' }, t('floor.next'),
      waiting.length > shown.length ? ` (${shown.length}/${waiting.length})` : ''),
    el('ol', { class: 'next-list', id: 'next-list' }, shown.map((r, i) => el('li', { class: 'next-item', 'data-request': r.id },
      el('span', { class: 'next-place', 'aria-hidden': 'true' }, String(i + 1)),
      el('span', { class: 'next-text' },
        el('span', { class: 'next-name', lang: 'vi' }, speakerName(r)),
        el('span', { class: 'next-kind' }, requestLine(r)))))));
}

/** The floor between votes; turnClock: createFloorClock, already running for f.floor. */
export function floorPanel(f, turnClock) {
  return el('div', { class: 'display-floor', id: 'display-floor' }, speakerBox(f, turnClock), nextBox(f));
}
