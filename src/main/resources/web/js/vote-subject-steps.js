// The steps after choosing, for a ballot with one row per official or candidate: confirm (every
// row's mark, "Bạn không chọn ai" for a blank election ballot), sending, and the receipt with the
// marks. Only this tablet ever shows them: the server keeps no link from the delegate to the marks.

import { t } from './i18n.js';
import { el } from './dom.js';
import { markIcon, markLabel } from './subjectfmt.js';
import { stepHeading, okHeading } from './vote-steps.js';
import { subjectChoose } from './vote-subjects.js';

export function markChip(kind, choice) {
  return el('span', { class: `mark-chip mark-${choice || 'NONE'}` },
    el('span', { class: 'chip-icon', 'aria-hidden': 'true' }, markIcon(kind, choice)),
    el('span', {}, markLabel(kind, choice)));
}

/** Name and mark of every row, in the ballot's order. */
export function marksList(vote, marks, id) {
  return el('ol', { class: 'marks-list', id }, vote.subjects.map((name, i) => el('li', { class: `marks-item mark-${marks[i] || 'NONE'}` },
    el('span', { class: 'marks-name' }, el('span', { class: 'row-number' }, `${i + 1}.`), el('span', { lang: 'vi' }, name)),
    markChip(vote.kind, marks[i]))));
}

/** An election's one-line summary: "Bạn chọn 1/2 người." or "Bạn không chọn ai." */
function electionSummary(vote, marks) {
  const n = marks.filter((m) => m === 'SELECTED').length;
  return el('p', { id: 'confirm-summary', class: `confirm-summary${n ? '' : ' is-nobody'}` },
    n ? t('subject.chose', { n, max: vote.maxChoices || 1 }) : t('subject.nobody'));
}

function confirm({ vote, chosen }) {
  return el('div', { class: 'vote-step step-confirm step-subjects' },
    stepHeading(t('subject.confirmHeading')),
    vote.kind === 'ELECTION' ? electionSummary(vote, chosen) : el('p', { class: 'vote-hint' }, t('subject.confirmIntro')),
    marksList(vote, chosen, 'confirm-marks'),
    el('div', { class: 'mark-footer' },
      vote.allowChange ? '' : el('p', { class: 'vote-hint' }, t('vote.noChange')),
      el('div', { class: 'confirm-buttons' },
        el('button', { type: 'button', id: 'vote-confirm', class: 'btn btn-primary btn-big', 'data-action': 'confirm' },
          el('span', { 'aria-hidden': 'true' }, '✓ '), t('vote.confirm')),
        el('button', { type: 'button', id: 'vote-again', class: 'btn btn-secondary btn-big', 'data-action': 'again' },
          el('span', { 'aria-hidden': 'true' }, '✎ '), t('subject.edit')))));
}

function sending({ sendState }) {
  const retrying = sendState === 'offline' || sendState === 'server';
  const key = sendState === 'offline' ? 'vote.sendingOffline' : sendState === 'server' ? 'vote.sendingServer' : 'vote.sending';
  return el('div', { class: 'vote-step step-sending', 'aria-busy': 'true' },
    stepHeading(t(key), retrying ? 'is-retrying' : ''),
    el('p', { class: 'vote-hint' }, t('vote.notYetRecorded')));
}

function recorded({ vote, ballot }) {
  return el('div', { class: 'vote-step step-recorded step-subjects' },
    okHeading('vote.recorded'),
    el('dl', { class: 'receipt' },
      el('div', {}, el('dt', {}, t('vote.receipt')), el('dd', { id: 'vote-receipt', class: 'receipt-code' }, ballot.receipt))),
    el('p', { class: 'vote-hint' }, t('vote.secretNote')),
    el('p', { class: 'vote-hint' }, t('vote.waitResult')),
    el('h4', { class: 'marks-heading' }, t('subject.yourMarks')),
    vote.kind === 'ELECTION' ? electionSummary(vote, ballot.choice) : '',
    marksList(vote, ballot.choice, 'recorded-marks'));
}

/** The steps that differ from a resolution's; the others (voted, refused, watch) are shared. */
export const SUBJECT_STEPS = { choose: subjectChoose, confirm, sending, recorded };
