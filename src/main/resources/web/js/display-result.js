// The chair display's panel after a vote closes: the outcome, the threshold it was measured
// against, a bar chart of the result against the total number of delegates (in the same words as
// the tablets, votefmt.js), the audit hash, and for open votes each delegate's choice.

import { t } from './i18n.js';
import { el, styled } from './dom.js';
import { CHOICE_ICONS, resultLines, tookPartLine, outcomeText, thresholdText, thresholdPercent } from './votefmt.js';
import { formBadge } from './display-vote.js';
import { ballotGrid } from './display-grid.js';

// enough to tell two hashes apart when read aloud; the full one is in the tooltip and the minutes
const AUDIT_SHOWN_CHARS = 16;

function chart(r) {
  const box = el('div', { class: 'result-chart' },
    el('ul', { class: 'chart-rows', 'aria-label': t('display.chart') }, resultLines(r).map((l) => el('li', { class: `chart-row row-${l.key}` },
      el('p', { class: 'chart-label' },
        el('span', { class: 'chart-icon', 'aria-hidden': 'true' }, CHOICE_ICONS[l.key]),
        el('span', { class: 'chart-text' }, l.text)),
      el('div', { class: 'chart-track', 'aria-hidden': 'true' },
        styled(el('div', { class: 'chart-fill' }), { width: `${Math.min(100, l.percent).toFixed(2)}%` }))))),
    // a share of those present has no fixed place on a chart of the total
    r.threshold === 'MAJORITY_OF_PRESENT' ? '' : el('p', { class: 'chart-legend' },
      el('span', { class: 'legend-mark', 'aria-hidden': 'true' }), t('display.thresholdMark')));
  return styled(box, { '--threshold': `${thresholdPercent(r.threshold).toFixed(2)}%` });
}

export function auditLine(hash) {
  if (!hash) return '';
  const short = hash.length > AUDIT_SHOWN_CHARS ? `${hash.slice(0, AUDIT_SHOWN_CHARS)}…` : hash;
  return el('p', { class: 'display-audit' }, `${t('display.audit')} `,
    el('span', { class: 'audit-hash', id: 'audit-hash', title: t('display.auditFull', { hash }) }, short));
}

export function resultPanel(r) {
  const hasGrid = r.form === 'OPEN' && Array.isArray(r.ballots) && r.ballots.length > 0;
  return el('section', { class: `display-result${hasGrid ? ' with-grid' : ''}`, 'aria-labelledby': 'result-heading' },
    el('div', { class: 'result-title' },
      el('p', { class: 'display-kicker' }, t('vote.closed'), ' ', r.form ? formBadge(r.form) : ''),
      el('h2', { id: 'result-heading', class: 'result-vote-title', lang: 'vi' }, r.title || '')),
    el('div', { class: 'result-summary' },
      el('p', { class: `display-outcome ${r.passed ? 'is-passed' : 'is-failed'}`, id: 'display-outcome' },
        el('span', { 'aria-hidden': 'true' }, r.passed ? '✓ ' : '✗ '), outcomeText(r)),
      el('p', { class: 'display-threshold' }, thresholdText(r.threshold)),
      chart(r),
      el('p', { class: 'display-took-part' }, tookPartLine(r).text),
      auditLine(r.auditHead)),
    hasGrid ? ballotGrid(r.ballots) : '');
}
