// Draws the vote card over the meeting screen (which goes inert behind it, while the top bar with
// the connection state stays in sight). It re-renders on every change, so it also decides where
// the focus goes: a new step's heading takes it, so that a screen reader says what changed, and
// otherwise the re-rendered copy of whatever had it keeps it. During the choice it says the
// seconds left at 60, 30 and 10.

import { t } from './i18n.js';
import { $, announce } from './dom.js';
import { createCountdown } from './countdown.js';
import { stepOf, voteHeader, OPEN_STEPS } from './vote-steps.js';
import { resultStep } from './vote-result.js';
import { hasSubjects } from './subjectfmt.js';
import { SUBJECT_STEPS } from './vote-subject-steps.js';
import { subjectResultStep } from './vote-subject-result.js';

const STEPS = { ...OPEN_STEPS, result: resultStep };
// a rating, confidence vote or election: one row per official or candidate
const ROW_STEPS = { ...STEPS, ...SUBJECT_STEPS, result: subjectResultStep };
const ANNOUNCE_SECONDS_LEFT = [60, 30, 10];

/** onAction(action, choice, index) for a tap on any [data-action] button or mark of the card. */
export function createVoteCard({ clock, onAction }) {
  const screen = $('#screen-vote');
  const body = $('#vote-body');
  let lastStep = null;
  let focusNext = null;
  let announcedSeconds = null;
  const countdown = createCountdown({ clock, className: 'vote-timer', boxId: 'vote-timer', valueId: 'vote-countdown', onTick: sayTimeLeft });

  function sayTimeLeft(left) {
    const choosing = lastStep === 'choose' || lastStep === 'confirm';
    if (ANNOUNCE_SECONDS_LEFT.includes(left) && announcedSeconds !== left && choosing) {
      announcedSeconds = left;
      announce(t('vote.secondsLeft', { n: left }));
    }
  }

  /** Draws the screen's state s (see vote-steps.js), or takes the card away when s is null. */
  function draw(s) {
    const open = s !== null;
    screen.hidden = !open;
    document.body.classList.toggle('vote-open', open);
    for (const behind of [$('#screen-meeting'), $('#session-bar')]) {
      if (behind) behind.inert = open;
    }
    if (!open) {
      body.replaceChildren();
      lastStep = null;
      countdown.stop();
      return;
    }
    const focusedId = screen.contains(document.activeElement) ? document.activeElement.id : null;
    const step = stepOf(s);
    if (lastStep !== null && step !== lastStep && !focusNext) focusNext = '#vote-step-heading';
    lastStep = step;
    const ticking = s.vote.closesAt && !s.result;
    const timer = ticking ? countdown.element(s.vote.closesAt, `${t('vote.timeLeft')}: `) : '';
    const steps = hasSubjects(s.vote) ? ROW_STEPS : STEPS;
    body.replaceChildren(voteHeader(s, timer), steps[step](s));
    body.dataset.view = step;
    const target = (focusNext && $(focusNext, screen)) || (focusedId && document.getElementById(focusedId))
      || (focusNext ? $('#vote-heading', screen) : null);
    focusNext = null;
    if (target) target.focus();
    if (ticking) countdown.run(s.vote.closesAt);
    else countdown.stop();
  }

  screen.addEventListener('click', (event) => {
    const button = event.target.closest('[data-action]');
    if (button) onAction(button.dataset.action, button.dataset.choice, button.dataset.index);
  });
  // a radio chosen with the arrow keys; marking the same level twice changes nothing
  screen.addEventListener('change', (event) => {
    const input = event.target;
    if (input.type === 'radio' && input.dataset.action) onAction(input.dataset.action, input.dataset.choice, input.dataset.index);
  });

  return {
    draw,
    /** The next draw puts the focus on this element of the card. */
    focusOn(selector) {
      focusNext = selector;
    },
    hasFocus() {
      return screen.contains(document.activeElement);
    },
    /** Another vote, or none: what was said and shown for the last one no longer counts. */
    reset() {
      lastStep = null;
      announcedSeconds = null;
    },
  };
}
