// The chair display's panel while a vote is open: title and form, the countdown and how many of
// all delegates have voted so far. Counts only, for open votes too: who chose what is shown after
// the close, never while others are still choosing.

import { t } from './i18n.js';
import { $, el, styled } from './dom.js';
import { thresholdText } from './votefmt.js';
import { hasSubjects, kindLine, ruleText } from './subjectfmt.js';

export function formBadge(form) {
  return el('span', { class: `display-form form-${form}` }, t(`vote.form.${form}`));
}

/** "Đã biểu quyết: 3/50 đại biểu" and the bar's width, of the total number of delegates. */
function progressOf({ progress, meeting }) {
  const total = progress?.total ?? meeting?.totalDelegates ?? 0;
  const voted = progress?.voted ?? 0;
  const share = total > 0 ? Math.min(100, (voted * 100) / total) : 0;
  return { text: t('display.progress', { n: voted, total }), width: `${share.toFixed(2)}%` };
}

function progressBlock(s) {
  const { text, width } = progressOf(s);
  return el('div', { class: 'display-progress', id: 'display-progress' },
    el('p', { class: 'progress-line', id: 'progress-line' }, text),
    el('div', { class: 'progress-track', 'aria-hidden': 'true' },
      styled(el('div', { class: 'progress-fill', id: 'progress-fill' }), { width })));
}

/** The panel; timer is the countdown element, or '' when the vote has none. */
export function votePanel(s, timer) {
  const { vote } = s;
  return el('section', { class: 'display-vote', 'aria-labelledby': 'vote-heading' },
    el('p', { class: 'display-kicker vote-live' }, el('span', { class: 'live-dot', 'aria-hidden': 'true' }), t('vote.inProgress'),
      ' ', formBadge(vote.form)),
    el('h2', { id: 'vote-heading', class: 'display-vote-title', lang: 'vi' }, vote.title),
    el('div', { class: 'vote-figures' }, timer, progressBlock(s)),
    el('p', { class: 'display-threshold' }, hasSubjects(vote)
      ? `${kindLine(vote)} ${ruleText(vote.kind, vote.threshold)}` : thresholdText(vote.threshold)));
}

/**
 * Updates only the progress line and bar, so that fifty ballots in a few seconds do not redraw the
 * panel fifty times; false when they are not on screen.
 */
export function renderProgress(s) {
  const line = $('#progress-line');
  const fill = $('#progress-fill');
  if (!line || !fill || !s.vote) return false;
  const { text, width } = progressOf(s);
  line.textContent = text;
  fill.style.width = width;
  return true;
}
