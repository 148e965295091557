// The result step of the tablet for a confidence rating, confidence vote or election: for each
// official or candidate the counts of every mark against the total number of delegates, and the
// outcome in words (the ones that call for action stand out). Counts only: nothing of who chose what.

import { t } from './i18n.js';
import { el } from './dom.js';
import { tookPartLine } from './votefmt.js';
import { subjectLines, markIcon, outcomeLabel, outcomeReason, outcomeIcon, isNotable, ruleText } from './subjectfmt.js';
import { stepHeading } from './vote-steps.js';
import { ownBallotLine } from './vote-result.js';

function outcomeBox(kind, outcome) {
  const reason = outcomeReason(kind, outcome);
  return el('p', { class: `subject-outcome outcome-${outcome}${isNotable(outcome) ? ' is-notable' : ''}` },
    outcomeIcon(outcome) ? el('span', { class: 'outcome-icon', 'aria-hidden': 'true' }, outcomeIcon(outcome)) : '',
    el('span', { class: 'outcome-words' },
      el('strong', { class: 'outcome-label' }, outcomeLabel(kind, outcome)),
      reason ? el('span', { class: 'outcome-reason' }, reason) : ''));
}

function subjectCard(kind, line) {
  return el('li', { class: `subject-result outcome-${line.outcome}`, 'data-index': line.index },
    el('h4', { class: 'subject-name' }, el('span', { class: 'row-number' }, `${line.index + 1}.`),
      el('span', { lang: 'vi' }, line.name)),
    el('ul', { class: 'subject-lines' }, line.marks.map((m) => el('li', { class: `subject-line mark-${m.choice}` },
      el('span', { class: 'chip-icon', 'aria-hidden': 'true' }, markIcon(kind, m.choice)),
      el('span', { class: 'line-text' }, m.text)))),
    outcomeBox(kind, line.outcome));
}

export function subjectResultStep(s) {
  const { vote, result } = s;
  const kind = result.kind || vote.kind;
  return el('div', { class: 'vote-step step-result step-subjects' },
    stepHeading(t('vote.closed')),
    el('p', { class: 'took-part' }, tookPartLine(result).text),
    el('p', { class: 'vote-hint rule-line' }, ruleText(kind, result.threshold || vote.threshold, vote.maxChoices)),
    el('ol', { class: 'subject-results', id: 'subject-results', 'aria-label': t('subject.resultsHeading') },
      subjectLines({ ...result, kind }).map((line) => subjectCard(kind, line))),
    ownBallotLine(s),
    el('div', { class: 'mark-footer' },
      el('button', { type: 'button', id: 'vote-back', class: 'btn btn-primary btn-big', 'data-action': 'back' },
        el('span', { 'aria-hidden': 'true' }, '← '), t('vote.back'))));
}
