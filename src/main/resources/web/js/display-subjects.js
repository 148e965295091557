// The chair display after a confidence rating, confidence vote or election closes: a table with one
// row per official or candidate (each mark's count and share of the total number of delegates, and
// the outcome in words), read from the back of the hall. Secret ballots: counts only, never who.

import { t } from './i18n.js';
import { el } from './dom.js';
import { tookPartLine } from './votefmt.js';
import { subjectLines, kindChoices, markIcon, markLabel, kindLabel, ruleText, outcomeLabel, outcomeIcon, isNotable } from './subjectfmt.js';
import { formBadge } from './display-vote.js';
import { auditLine } from './display-result.js';

// how many rows one table takes before the list is split into two tables side by side
const ONE_TABLE_ROWS = 16;
// the table's type starts this much larger than the page's (a few officials fill the screen) and
// never gets smaller than MIN_FIT of it (about 14px on 1080 lines: sixty candidates)
const MAX_FIT = 1.4;
const MIN_FIT = 0.5;
const FIT_STEP = 0.05;

function headRow(kind, choices) {
  return el('tr', {},
    el('th', { scope: 'col', class: 'col-name' }, t('display.subjectName')),
    choices.map((c) => el('th', { scope: 'col', class: `col-count mark-${c}` },
      el('span', { class: 'head-icon', 'aria-hidden': 'true' }, markIcon(kind, c)), ' ', markLabel(kind, c))),
    el('th', { scope: 'col', class: 'col-outcome' }, t('display.outcome')));
}

function row(kind, line) {
  const notable = isNotable(line.outcome);
  return el('tr', { class: `subject-row outcome-${line.outcome}${notable ? ' is-notable' : ''}`, 'data-index': line.index },
    el('th', { scope: 'row', class: 'col-name' }, el('span', { class: 'row-number' }, `${line.index + 1}.`), ' ',
      el('span', { class: 'row-name', lang: 'vi' }, line.name)),
    line.marks.map((m) => el('td', { class: `col-count mark-${m.choice}` },
      el('span', { class: 'count-n' }, String(m.n)), ' ', el('span', { class: 'count-pct' }, `(${m.pct}%)`))),
    el('td', { class: 'col-outcome' },
      el('span', { class: `outcome-badge outcome-${line.outcome}` },
        outcomeIcon(line.outcome) ? el('span', { 'aria-hidden': 'true' }, `${outcomeIcon(line.outcome)} `) : '',
        outcomeLabel(kind, line.outcome))));
}

function table(kind, choices, lines, total) {
  return el('table', { class: 'subject-table' },
    el('caption', { class: 'table-caption' }, t('display.subjectCaption', { total })),
    el('thead', {}, headRow(kind, choices)),
    el('tbody', {}, lines.map((line) => row(kind, line))));
}

export function subjectResultPanel(r) {
  const kind = r.kind;
  const lines = subjectLines(r);
  const choices = lines[0]?.marks.map((m) => m.choice) || kindChoices({ kind });
  const half = Math.ceil(lines.length / 2);
  const parts = lines.length > ONE_TABLE_ROWS ? [lines.slice(0, half), lines.slice(half)] : [lines];
  return el('section', { class: `display-result display-subjects${parts.length > 1 ? ' is-split' : ''}`, 'aria-labelledby': 'result-heading' },
    el('div', { class: 'result-title' },
      el('p', { class: 'display-kicker' }, t('vote.closed'), ' ', r.form ? formBadge(r.form) : '',
        el('span', { class: 'display-kind' }, kindLabel(kind))),
      el('h2', { id: 'result-heading', class: 'result-vote-title', lang: 'vi' }, r.title || '')),
    el('div', { class: 'subject-summary' },
      el('p', { class: 'display-took-part' }, tookPartLine(r).text),
      el('p', { class: 'display-threshold', id: 'subject-rule' }, ruleText(kind, r.threshold, r.maxChoices)),
      auditLine(r.auditHead)),
    el('div', { class: 'subject-tables', id: 'subject-tables' }, parts.map((p) => table(kind, choices, p, r.total))));
}

/**
 * Makes the tables' type smaller, step by step, until the page fits the projector without scrolling
 * (long names wrap, sixty rows need small type); call it once the panel is on the page.
 */
export function fitSubjectTables() {
  const tables = document.getElementById('subject-tables');
  if (!tables) return;
  const page = document.documentElement;
  let fit = MAX_FIT;
  tables.style.setProperty('--fit', String(fit));
  while (page.scrollHeight > window.innerHeight && fit - FIT_STEP >= MIN_FIT) {
    fit -= FIT_STEP;
    tables.style.setProperty('--fit', fit.toFixed(2));
  }
}
