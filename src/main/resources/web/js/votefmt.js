// Words and numbers of a vote, shared by the delegate tablet and the chair
// display so that both say exactly the same thing: the three choices, result
// lines against the TOTAL number of delegates, Vietnamese decimal commas.

import { t, getLang } from './i18n.js';

export const CHOICES = ['APPROVE', 'REJECT', 'ABSTAIN'];

/** Shapes as well as colours: a choice must never be told by colour alone. */
export const CHOICE_ICONS = { APPROVE: '✓', REJECT: '✗', ABSTAIN: '○', NONE: '–' };

export function choiceLabel(choice) {
  return choice ? t(`vote.choice.${choice}`) : t('display.noVote');
}

/** 86.54 → "86,54" in Vietnamese, "86.54" in English; always two decimals, as in the minutes. */
export function formatPercent(value) {
  const n = Number(value);
  const fixed = (Number.isFinite(n) ? n : 0).toFixed(2);
  return getLang() === 'vi' ? fixed.replace('.', ',') : fixed;
}

/** Percentage of the total, rounded half up to two decimals like the server's VoteResult.percentOfTotal. */
export function percentOf(count, total) {
  return total > 0 ? Math.round((count * 10000) / total) / 100 : 0;
}

function line(label, count, total, percent) {
  const pct = percent ?? percentOf(count, total);
  return { label, count, total, percent: pct,
    text: t('vote.line', { label, n: count, total, pct: formatPercent(pct) }) };
}

/**
 * The result lines of a closed vote, each measured against the total number of delegates:
 * Tán thành / Không tán thành / Không biểu quyết / Không tham gia biểu quyết.
 */
export function resultLines(result) {
  const total = Number(result.total) || 0;
  const notVoted = result.notVoted ?? Math.max(0, total - (result.voted || 0));
  return [
    { key: 'APPROVE', ...line(t('vote.choice.APPROVE'), result.approve || 0, total, result.approvePercent) },
    { key: 'REJECT', ...line(t('vote.choice.REJECT'), result.reject || 0, total, result.rejectPercent) },
    { key: 'ABSTAIN', ...line(t('vote.choice.ABSTAIN'), result.abstain || 0, total, result.abstainPercent) },
    { key: 'NONE', ...line(t('vote.notVoted'), notVoted, total, result.notVotedPercent) },
  ];
}

/** "Tham gia biểu quyết: 48/52 đại biểu (92,31%)". */
export function tookPartLine(result) {
  const total = Number(result.total) || 0;
  return line(t('vote.tookPart'), result.voted || 0, total, null);
}

export function outcomeText(result) {
  // a rating, confidence vote or election has an outcome per person (subjectfmt.js), none as a whole
  if (result.passed == null && Array.isArray(result.subjects) && result.subjects.length) return t('subject.announce');
  return t(result.passed ? 'vote.passed' : 'vote.failed');
}

/** "Điều kiện thông qua: quá nửa tổng số đại biểu tán thành." */
export function thresholdText(threshold) {
  return t('vote.needs', { threshold: t(`vote.threshold.${threshold || 'MAJORITY_OF_TOTAL'}`) });
}

/** The share of the total a vote needs, for drawing the threshold mark on a chart. */
export function thresholdPercent(threshold) {
  return threshold === 'TWO_THIRDS_OF_TOTAL' ? 200 / 3 : 50;
}

/**
 * Whole seconds left until closesAt on the server's clock, or null when the vote has no countdown.
 * skewMs is the server clock minus this device's clock: tablets are often minutes off.
 */
export function secondsLeft(closesAt, skewMs = 0) {
  if (!closesAt) return null;
  const end = Date.parse(closesAt);
  if (Number.isNaN(end)) return null;
  return Math.max(0, Math.ceil((end - (Date.now() + skewMs)) / 1000));
}

/** 125 → "02:05". */
export function formatClock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(s / 60);
  return `${String(minutes).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * A fresh random ballot id (32 hex characters). crypto.randomUUID() exists only in secure contexts
 * (HTTPS or localhost) and the hall server speaks plain HTTP on the hall LAN; getRandomValues works everywhere.
 */
export function newBallotId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Server clock minus device clock, from a message stamped by the server ("at"), or null if unusable. */
export function skewFrom(at) {
  const server = Date.parse(at || '');
  return Number.isNaN(server) ? null : server - Date.now();
}
