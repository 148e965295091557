// Draws the chair display from its state (display-state.js): the council and meeting at the top
// with the quorum line, a notice line, and below it one panel at a time: the item under discussion
// with the floor (display-floor.js), the open vote (display-vote.js) or the last result
// (display-result.js). Read from the back of the hall, so it only shows and never asks anything.

import { t } from './i18n.js';
import { $, el } from './dom.js';
import { createCountdown } from './countdown.js';
import { votePanel, renderProgress } from './display-vote.js';
import { resultPanel } from './display-result.js';
import { subjectResultPanel, fitSubjectTables } from './display-subjects.js';
import { hasSubjects } from './subjectfmt.js';
import { createFloorClock } from './floor-clock.js';
import { floorPanel, hasFloor, renderQuorum } from './display-floor.js';

function currentItem(meeting) {
  if (!meeting) return null;
  return meeting.agenda?.find((i) => i.id === meeting.currentItemId) || meeting.agenda?.find((i) => i.current) || null;
}

function renderHead({ meeting }) {
  $('#council-line').textContent = meeting
    ? [meeting.council?.name, meeting.council?.term ? t('meeting.term', { term: meeting.council.term }) : '']
      .filter(Boolean).join(' ')
    : '';
  $('#meeting-title').textContent = meeting?.title || '';
}

function renderNotice({ notice }) {
  $('#display-notice').textContent = notice || '';
}

/** The item under discussion, and the floor (speaker, clock, next in the queue) when there is one. */
function idlePanel({ meeting }, floor) {
  const item = currentItem(meeting);
  const heading = el('h2', { id: 'idle-heading', class: 'display-kicker' }, t('meeting.current'));
  const className = floor ? 'display-idle with-floor' : 'display-idle';
  if (!item) {
    return el('section', { class: className, 'aria-labelledby': 'idle-heading' },
      heading,
      el('p', { class: 'idle-empty' }, meeting ? t('meeting.noCurrent') : t('loading')), floor || '');
  }
  return el('section', { class: className, 'aria-labelledby': 'idle-heading' },
    heading,
    el('p', { class: 'idle-number' }, t('meeting.itemNumber', { n: item.ordinal })),
    el('p', { class: 'idle-title', lang: 'vi' }, item.title),
    item.presenter ? el('p', { class: 'idle-presenter' }, t('meeting.presenter', { name: '' }),
      el('span', { lang: 'vi' }, item.presenter)) : '',
    floor || '');
}

/** floorState(): the floor as display-floor-state.js knows it. */
export function createDisplayView({ clock, floorState }) {
  const countdown = createCountdown({ clock, className: 'display-timer', boxId: 'display-timer', valueId: 'display-countdown' });
  const turnClock = createFloorClock({ clock });
  let last = null;
  window.addEventListener('resize', fitSubjectTables); // a projector's resolution set after the page opened

  function render(s) {
    last = s;
    renderHead(s);
    renderNotice(s);
    renderQuorum(floorState());
    const bodyNode = $('#display-body');
    const state = s.vote ? 'vote' : s.result ? 'result' : 'idle';
    bodyNode.dataset.state = state;
    document.body.dataset.state = state; // display.css lays the page out by what it shows
    const closesAt = state === 'vote' ? s.vote.closesAt : null;
    const timer = closesAt ? countdown.element(closesAt, t('vote.timeLeft')) : '';
    const result = () => (hasSubjects(s.result) ? subjectResultPanel(s.result) : resultPanel(s.result));
    // a vote and its result come first; the floor is shown between votes
    const f = floorState();
    const floorShown = state === 'idle' && hasFloor(f);
    turnClock.run(floorShown ? f.floor : null);
    const floor = floorShown ? floorPanel(f, turnClock) : null;
    bodyNode.replaceChildren(state === 'vote' ? votePanel(s, timer) : state === 'result' ? result() : idlePanel(s, floor));
    fitSubjectTables();
    countdown.run(closesAt);
  }

  return {
    render,
    renderNotice,
    renderProgress,
    /** The count changed: only the quorum line is redrawn (ballots check delegates in, fifty at a time). */
    renderQuorum: () => renderQuorum(floorState()),
    /** The speaker or the queue changed: redrawn only where it shows, between votes. */
    renderFloor() {
      if (last && $('#display-body').dataset.state === 'idle') render(last);
    },
    stop() {
      countdown.stop();
      turnClock.stop();
    },
  };
}
