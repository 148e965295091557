// The markup of the vote card on the tablet while a vote is open: its head (title, form, countdown)
// and one step of the delegate's ballot at a time — choose, confirm, sending, recorded, or why not.
// Each step is a function of the screen's state s = { vote, canVote, serverSaysVoted, chosen,
// ballot, sendState, result }; vote-card.js draws them.

import { t } from './i18n.js';
import { el } from './dom.js';
import { CHOICES, CHOICE_ICONS, choiceLabel } from './votefmt.js';
import { kindLabel } from './subjectfmt.js';

/** Which step the card shows. */
export function stepOf(s) {
  if (s.result) return 'result';
  if (!s.canVote) return 'watch';
  if (s.ballot?.receipt) return 'recorded';
  if (s.ballot?.refused) return 'refused';
  if (s.ballot) return 'sending';
  if (s.serverSaysVoted) return 'voted';
  if (s.chosen) return 'confirm';
  return 'choose';
}

export function choiceChip(choice) {
  return el('span', { class: `choice-chip choice-${choice || 'NONE'}` },
    el('span', { class: 'choice-icon', 'aria-hidden': 'true' }, CHOICE_ICONS[choice || 'NONE']),
    el('span', { class: 'choice-label' }, choiceLabel(choice)));
}

/** Every step starts with this heading: it takes the focus when the step changes, so a screen reader reads it. */
export function stepHeading(text, extraClass = '') {
  return el('h3', { id: 'vote-step-heading', class: `vote-step-heading ${extraClass}`.trim(), tabindex: '-1' }, text);
}

/** The head of the card; timer is the countdown element, or '' when the vote has none. */
export function voteHeader({ vote, result }, timer) {
  return el('div', { class: 'vote-head' },
    el('h2', { id: 'vote-heading', class: 'vote-heading', tabindex: '-1' },
      el('span', { class: 'vote-kicker' }, kindLabel(vote.kind)),
      el('span', { class: 'vote-title', lang: 'vi' }, vote.title || '')),
    el('div', { class: 'vote-meta' },
      el('p', { class: `form-badge form-${vote.form}` }, t(`vote.form.${vote.form}`)),
      result ? '' : el('p', { class: 'vote-status-tag' }, t('vote.inProgress')),
      timer));
}

export function okHeading(key) {
  return stepHeading(el('span', {}, el('span', { 'aria-hidden': 'true', class: 'ok-mark' }, '✓ '), t(key)), 'is-ok');
}

function choose({ vote }) {
  return el('div', { class: 'vote-step step-choose' },
    // focused after "Chọn lại", so a screen reader says what to do next
    el('p', { id: 'vote-hint', class: 'vote-hint', tabindex: '-1' }, t('vote.chooseHint')),
    el('div', { class: 'choice-buttons', role: 'group', 'aria-labelledby': 'vote-hint' },
      CHOICES.filter((c) => !vote.choices || vote.choices.includes(c)).map((c) => el('button', {
        type: 'button', id: `choice-${c}`, class: `btn-choice choice-${c}`, 'data-action': 'choose', 'data-choice': c,
      }, el('span', { class: 'choice-icon', 'aria-hidden': 'true' }, CHOICE_ICONS[c]),
      el('span', { class: 'choice-label' }, t(`vote.choice.${c}`))))));
}

function confirm({ vote, chosen }) {
  return el('div', { class: 'vote-step step-confirm' },
    stepHeading(t('vote.confirmQuestion', { choice: choiceLabel(chosen) })),
    el('p', { class: 'confirm-choice' }, choiceChip(chosen)),
    vote.allowChange ? '' : el('p', { class: 'vote-hint' }, t('vote.noChange')),
    el('div', { class: 'confirm-buttons' },
      el('button', { type: 'button', id: 'vote-confirm', class: 'btn btn-primary btn-big', 'data-action': 'confirm' },
        el('span', { 'aria-hidden': 'true' }, '✓ '), t('vote.confirm')),
      el('button', { type: 'button', id: 'vote-again', class: 'btn btn-secondary btn-big', 'data-action': 'again' },
        el('span', { 'aria-hidden': 'true' }, '↺ '), t('vote.chooseAgain'))));
}

function sending({ ballot, sendState }) {
  const retrying = sendState === 'offline' || sendState === 'server';
  const key = sendState === 'offline' ? 'vote.sendingOffline' : sendState === 'server' ? 'vote.sendingServer' : 'vote.sending';
  return el('div', { class: 'vote-step step-sending', 'aria-busy': 'true' },
    stepHeading(t(key), retrying ? 'is-retrying' : ''),
    el('p', { class: 'your-choice' }, `${t('vote.yourChoice')} `, choiceChip(ballot.choice)),
    el('p', { class: 'vote-hint' }, t('vote.notYetRecorded')));
}

function recorded({ vote, ballot }) {
  return el('div', { class: 'vote-step step-recorded' },
    okHeading('vote.recorded'),
    el('dl', { class: 'receipt' },
      el('div', {}, el('dt', {}, t('vote.yourChoice')), el('dd', {}, choiceChip(ballot.choice))),
      el('div', {}, el('dt', {}, t('vote.receipt')), el('dd', { id: 'vote-receipt', class: 'receipt-code' }, ballot.receipt))),
    vote.form === 'SECRET' ? el('p', { class: 'vote-hint' }, t('vote.secretNote')) : '',
    el('p', { class: 'vote-hint' }, t('vote.waitResult')));
}

function voted() {
  return el('div', { class: 'vote-step step-voted' },
    okHeading('vote.alreadyVoted'),
    el('p', { class: 'vote-hint' }, t('vote.waitResult')));
}

function refused({ ballot }) {
  // "already voted" is a refusal of this ballot, but good news about the delegate's vote
  const ok = ballot.refused === 'vote.alreadyVotedFull';
  return el('div', { class: 'vote-step step-refused' },
    stepHeading(t(ballot.refused), ok ? 'is-ok' : 'is-problem'),
    ballot.message ? el('p', { class: 'vote-hint' }, ballot.message) : '',
    ballot.mayRetry ? el('button', { type: 'button', id: 'vote-again', class: 'btn btn-secondary btn-big', 'data-action': 'reset' },
      t('vote.chooseAgain')) : '');
}

function watch() {
  return el('div', { class: 'vote-step step-watch' },
    el('p', { id: 'vote-step-heading', class: 'watch-only', tabindex: '-1' },
      el('span', { 'aria-hidden': 'true' }, 'ℹ '), t('vote.watchOnly')));
}

/** The steps of an open vote by name; the closed vote's result is vote-result.js's. */
export const OPEN_STEPS = { choose, confirm, sending, recorded, voted, refused, watch };
