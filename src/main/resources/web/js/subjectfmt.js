// Words and numbers of votes with one mark per official or candidate (confidence rating, confidence
// vote, election), shared by the delegate tablet and the chair display so both say the same thing.

import { t } from './i18n.js';
import { formatPercent, percentOf } from './votefmt.js';

export const SUBJECT_KINDS = ['CONFIDENCE_RATING', 'CONFIDENCE_VOTE', 'ELECTION'];

/** Marks in the order a ballot offers them, when the vote does not list its own. */
const KIND_CHOICES = {
  CONFIDENCE_RATING: ['HIGH', 'CONFIDENT', 'LOW'],
  CONFIDENCE_VOTE: ['CONFIDENT', 'NO_CONFIDENCE'],
  ELECTION: ['SELECTED', 'NOT_SELECTED'],
};

/** Shapes as well as colours, per kind: CONFIDENT is the middle level of a rating but the "yes" of a confidence vote. */
const ICONS = {
  CONFIDENCE_RATING: { HIGH: '▲', CONFIDENT: '●', LOW: '▼' },
  CONFIDENCE_VOTE: { CONFIDENT: '✓', NO_CONFIDENCE: '✗' },
  ELECTION: { SELECTED: '✓', NOT_SELECTED: '–' },
};

/** Outcomes the chamber must act on, drawn so that they stand out (calmly). */
const NOTABLE = new Set(['MAY_RESIGN', 'DISMISSAL_PROPOSED', 'ELECTED', 'TIED']);
const OUTCOME_ICONS = { DISMISSAL_PROPOSED: '⚠', MAY_RESIGN: '!', ELECTED: '✓', TIED: '↻', CONFIDENCE_KEPT: '✓' };

/** True for a vote (or a result) that carries one mark per official or candidate. */
export function hasSubjects(voteOrResult) {
  return Boolean(voteOrResult && SUBJECT_KINDS.includes(voteOrResult.kind));
}

export function kindChoices(vote) {
  const own = Array.isArray(vote.choices) && vote.choices.length ? vote.choices : null;
  return own || KIND_CHOICES[vote.kind] || [];
}

export function markLabel(kind, choice) {
  return choice ? t(`subject.mark.${kind}.${choice}`) : t('subject.unmarked');
}

export function markIcon(kind, choice) {
  return (choice && ICONS[kind]?.[choice]) || '–';
}

/** The card's kicker: "Lấy phiếu tín nhiệm", "Bỏ phiếu tín nhiệm", "Bầu cử" (a resolution: "Biểu quyết"). */
export function kindLabel(kind) {
  return SUBJECT_KINDS.includes(kind) ? t(`subject.kind.${kind}`) : t('vote.kicker');
}

/** What decides the outcome: the law for confidence, the threshold and the seats for an election. */
export function ruleText(kind, threshold, maxChoices) {
  if (kind !== 'ELECTION') return t(`subject.rule.${kind}`);
  const rule = t('subject.rule.ELECTION', { threshold: t(`vote.threshold.${threshold || 'MAJORITY_OF_TOTAL'}`) });
  return maxChoices ? `${rule} ${t('subject.seats', { n: maxChoices })}` : rule;
}

/** "Lấy phiếu tín nhiệm đối với 5 người." for the projector while the vote is open. */
export function kindLine(vote) {
  const n = vote.subjects?.length || 0;
  return vote.kind === 'ELECTION'
    ? t('subject.line.ELECTION', { max: vote.maxChoices || 1, n })
    : t(`subject.line.${vote.kind}`, { n });
}

export function outcomeLabel(kind, outcome) {
  return t(`subject.outcome.${kind}.${outcome}`);
}

/** Why, for the outcomes that call for action; '' for the others. */
export function outcomeReason(kind, outcome) {
  const key = `subject.reason.${kind}.${outcome}`;
  const text = t(key);
  return text === key ? '' : text;
}

/** A shape for the outcomes that have one; '' for the plain ones. */
export function outcomeIcon(outcome) {
  return OUTCOME_ICONS[outcome] || '';
}

export function isNotable(outcome) {
  return NOTABLE.has(outcome);
}

/**
 * One entry per official or candidate of a closed vote, in the vote's order: each mark's count and
 * percentage of the TOTAL number of delegates ("Tín nhiệm thấp: 30/50 đại biểu (60,00%)").
 */
export function subjectLines(result) {
  const total = Number(result.total) || 0;
  const kind = result.kind;
  return (result.subjects || []).map((subject, index) => ({
    index,
    name: subject.name,
    outcome: subject.outcome,
    marks: kindChoices({ kind, choices: Object.keys(subject.counts || {}) }).map((choice) => {
      const n = subject.counts?.[choice] ?? 0;
      const pct = formatPercent(subject.percents?.[choice] ?? percentOf(n, total));
      return { choice, n, total, pct, label: markLabel(kind, choice),
        text: t('vote.line', { label: markLabel(kind, choice), n, total, pct }) };
    }),
  }));
}
