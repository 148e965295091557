// Words and numbers of the floor, shared by the tablet and the projector so that both say the same
// thing: the attendance line against the quorum, the kinds of speech, who speaks and for how long.

import { t, getLang } from './i18n.js';
import { formatPercent, percentOf, formatClock } from './votefmt.js';

export const SPEAKER_KINDS = ['DISCUSSION', 'QUESTION', 'DEBATE', 'POINT_OF_ORDER'];

export function kindLabel(kind) {
  return t(`speak.kind.${kind}`);
}

/** 4000 → "4.000" in Vietnamese, "4,000" in English. */
export function formatCount(n) {
  const digits = String(Math.trunc(Number(n) || 0));
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, getLang() === 'vi' ? '.' : ',');
}

/** "Có mặt: 34/50 đại biểu (68,00%)". */
export function attendanceLine(a) {
  const total = Number(a?.total) || 0;
  const n = Number(a?.present) || 0;
  return t('att.line', { n, total, pct: formatPercent(percentOf(n, total)) });
}

/** "Đủ số đại biểu để tiến hành (cần 34)" or "Chưa đủ số đại biểu (cần 34)". */
export function quorumLine(a) {
  return t(a?.quorumMet ? 'att.quorumMet' : 'att.quorumNotMet', { required: a?.required ?? '' });
}

/** "Nguyễn Văn An (ghế A05)". */
export function speakerName(sp) {
  if (!sp) return '';
  return sp.seat ? `${sp.name} (${t('floor.seat', { seat: sp.seat })})` : sp.name || '';
}

/** The speaker's place among the waiting, 1 = next; null for one not waiting. */
export function placeOf(queue, requestId) {
  const waiting = (queue || []).filter((r) => r.status === 'WAITING');
  const i = waiting.findIndex((r) => r.id === requestId);
  return i < 0 ? null : i + 1;
}

/**
 * Where a turn stands at nowMs (the server's clock): phase 'normal', 'warning' (the last
 * warningSeconds) or 'over' (past endsAt; the chair ends a turn, the clock does not), the seconds
 * left or over, and the clock text. null when nobody has the floor.
 */
export function turnTime(floor, nowMs) {
  const end = Date.parse(floor?.endsAt || '');
  if (!floor?.speaker || Number.isNaN(end)) return null;
  const leftMs = end - nowMs;
  if (leftMs <= 0) {
    const over = Math.floor(-leftMs / 1000);
    return { phase: 'over', seconds: over, text: `+${formatClock(over)}` }; // counts up, so it reads as time over
  }
  const left = Math.ceil(leftMs / 1000);
  const warning = Number(floor.warningSeconds) || 0;
  return { phase: left <= warning ? 'warning' : 'normal', seconds: left, text: formatClock(left) };
}

const PHASE_LABELS = {
  normal: ['floor.left', 'floor.ownLeft'],
  warning: ['floor.ending', 'floor.ownEnding'],
  over: ['floor.over', 'floor.ownOver'],
};

/** The words before the clock: "Thời gian còn lại" / "Sắp hết thời gian" / "Quá giờ" (own turn: "còn" …). */
export function phaseLabel(phase, own = false) {
  return t(PHASE_LABELS[phase || 'normal'][own ? 1 : 0]);
}

/**
 * What a refused or failed request says to the person: networkKey when it never reached the server,
 * else the server's own message (Vietnamese, hence lang) or the generic one.
 */
export function refusal(err, networkKey) {
  if (err?.isNetwork) return { text: t(networkKey), lang: null };
  if (err?.message && err.message !== err.code) return { text: err.message, lang: 'vi' };
  return { text: t('error.generic'), lang: null };
}

/** Puts a refusal (or nothing) into an error box. */
export function showRefusal(node, r) {
  node.textContent = r ? r.text : '';
  if (r?.lang) node.lang = r.lang;
  else node.removeAttribute('lang');
}
