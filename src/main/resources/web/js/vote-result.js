// The last step of the vote card on the tablet: the closed vote's result, counted against the total
// number of delegates in the same words as the chair display (votefmt.js), and the delegate's own
// ballot with its receipt, so each can check that their vote is among those counted.

import { t } from './i18n.js';
import { el } from './dom.js';
import { CHOICE_ICONS, resultLines, tookPartLine, outcomeText, thresholdText } from './votefmt.js';
import { choiceChip, stepHeading } from './vote-steps.js';

export function ownBallotLine({ canVote, ballot, sendState }) {
  if (!canVote) return '';
  if (ballot?.receipt && Array.isArray(ballot.choice)) { // one mark per person: the receipt step listed them
    return el('p', { class: 'own-ballot' }, t('subject.ownRecorded'),
      el('span', { class: 'own-receipt' }, ` ${t('vote.receipt')} `, el('span', { class: 'receipt-code' }, ballot.receipt)));
  }
  if (ballot?.receipt) {
    return el('p', { class: 'own-ballot' }, `${t('vote.yourChoice')} `, choiceChip(ballot.choice),
      el('span', { class: 'own-receipt' }, ` ${t('vote.receipt')} `, el('span', { class: 'receipt-code' }, ballot.receipt)));
  }
  if (ballot?.refused) return el('p', { class: 'own-ballot is-problem' }, t(ballot.refused));
  // still being sent: a repeat after close still gets its receipt, which then replaces this line
  if (ballot) return el('p', { class: 'own-ballot', role: 'status' }, t(sendState === 'offline' ? 'vote.sendingOffline' : 'vote.sending'));
  return '';
}

export function resultStep(s) {
  const { vote, result } = s;
  return el('div', { class: 'vote-step step-result' },
    stepHeading(t('vote.closed')),
    el('ul', { class: 'result-lines' }, resultLines(result).map((l) => el('li', { class: `result-line line-${l.key}` },
      el('span', { class: 'choice-icon', 'aria-hidden': 'true' }, CHOICE_ICONS[l.key]),
      el('span', { class: 'line-text' }, l.text)))),
    el('p', { class: 'took-part' }, tookPartLine(result).text),
    el('p', { class: `outcome ${result.passed ? 'is-passed' : 'is-failed'}`, id: 'vote-outcome' },
      el('span', { 'aria-hidden': 'true' }, result.passed ? '✓ ' : '✗ '), outcomeText(result)),
    el('p', { class: 'vote-hint' }, thresholdText(result.threshold || vote.threshold)),
    ownBallotLine(s),
    el('button', { type: 'button', id: 'vote-back', class: 'btn btn-primary btn-big', 'data-action': 'back' },
      el('span', { 'aria-hidden': 'true' }, '← '), t('vote.back')));
}
