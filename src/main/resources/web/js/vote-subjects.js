// The choosing step of a ballot with one row per official or candidate: a card per official with
// large radio-style levels (rating, confidence vote), or a checkbox-style list of candidates
// (election); under them a footer that stays in sight while 60 rows scroll past, saying how many
// rows are left or chosen, why a tap was refused, and "Tiếp tục".

import { t } from './i18n.js';
import { el } from './dom.js';
import { kindChoices, markLabel } from './subjectfmt.js';

/** A mark the delegate taps: a visually hidden native input (keyboard, screen readers) inside a big label. */
function markInput(type, id, name, index, choice, checked) {
  return el('input', {
    type, id, name, value: choice, checked, class: 'visually-hidden mark-input',
    'data-action': 'mark', 'data-index': index, 'data-choice': choice,
  });
}

function levelOption(kind, index, choice, checked) {
  const id = `mark-${index}-${choice}`;
  return el('label', { class: `mark-option mark-${choice}${checked ? ' is-checked' : ''}`, for: id },
    markInput('radio', id, `mark-${index}`, index, choice, checked),
    el('span', { class: 'mark-box is-round', 'aria-hidden': 'true' }, checked ? '✓' : ''),
    el('span', { class: 'mark-label' }, markLabel(kind, choice)));
}

/** One official: the name (wrapping freely, never cut) and the levels side by side. */
function levelRow(vote, m, index, choices) {
  const mark = m.marks[index];
  const flagged = !mark && Boolean(m.notice);
  return el('fieldset', { class: `mark-row${mark ? ' is-marked' : ' is-unmarked'}${flagged ? ' is-flagged' : ''}`, id: `row-${index}` },
    el('legend', { class: 'mark-name' },
      el('span', { class: 'row-number' }, `${index + 1}.`),
      el('span', { class: 'row-name', lang: 'vi' }, vote.subjects[index]),
      mark ? '' : el('span', { class: 'row-unmarked' }, t('subject.rowUnmarked'))),
    el('div', { class: `mark-options options-${choices.length}` },
      choices.map((c) => levelOption(vote.kind, index, c, mark === c))));
}

function candidate(vote, m, index) {
  const chosen = m.marks[index] === 'SELECTED';
  const id = `cand-${index}`;
  return el('li', { class: 'candidate-item', id: `row-${index}` },
    el('label', { class: `candidate${chosen ? ' is-checked' : ''}`, for: id },
      markInput('checkbox', id, null, index, 'SELECTED', chosen),
      el('span', { class: 'mark-box', 'aria-hidden': 'true' }, chosen ? '✓' : ''),
      el('span', { class: 'row-number', 'aria-hidden': 'true' }, `${index + 1}.`),
      el('span', { class: 'candidate-name', lang: 'vi' }, vote.subjects[index]),
      chosen ? el('span', { class: 'candidate-state', 'aria-hidden': 'true' }, t('subject.tileChosen')) : ''));
}

function countLine(vote, m) {
  if (vote.kind === 'ELECTION') return t(m.selected >= m.max ? 'subject.selectedFull' : 'subject.selected', { n: m.selected, max: m.max });
  const total = m.marks.length;
  return m.unmarked.length ? t('subject.left', { n: m.unmarked.length, total }) : t('subject.allMarked', { total });
}

/** Always in sight at the bottom of the screen: the count, why a tap did nothing, and "Tiếp tục". */
function footer(vote, m) {
  const blocked = vote.kind !== 'ELECTION' && m.unmarked.length > 0;
  const full = vote.kind === 'ELECTION' && m.selected >= m.max;
  return el('div', { class: 'mark-footer' },
    el('p', { id: 'mark-count', class: `mark-count${blocked ? ' is-incomplete' : ''}${full ? ' is-full' : ''}` },
      el('span', { class: 'count-icon', 'aria-hidden': 'true' }, blocked ? '!' : '✓'), countLine(vote, m)),
    m.notice ? el('p', { id: 'mark-notice', class: 'mark-notice' }, m.notice) : '',
    // aria-disabled, not disabled: a tap still says why it cannot go on and takes the delegate to the row
    el('button', {
      type: 'button', id: 'vote-continue', class: `btn btn-primary btn-big${blocked ? ' is-blocked' : ''}`,
      'data-action': 'continue', 'aria-disabled': blocked ? 'true' : null, 'aria-describedby': 'mark-count',
    }, t('subject.continue'), el('span', { 'aria-hidden': 'true' }, ' →')));
}

/** The choosing step; s.marking is vote-marks.js's state. */
export function subjectChoose(s) {
  const { vote, marking: m } = s;
  const election = vote.kind === 'ELECTION';
  const full = m.selected >= m.max;
  const rows = election
    ? el('div', { role: 'group', 'aria-labelledby': 'vote-hint' },
      el('ul', { class: `candidate-list${full ? ' is-full' : ''}` }, vote.subjects.map((_, i) => candidate(vote, m, i))))
    : el('div', { class: 'mark-rows' }, vote.subjects.map((_, i) => levelRow(vote, m, i, kindChoices(vote))));
  return el('div', { class: `vote-step step-choose step-subjects kind-${vote.kind}` },
    el('p', { id: 'vote-hint', class: 'vote-hint subject-hint', tabindex: '-1' },
      t(`subject.hint.${vote.kind}`, { max: m.max })),
    rows,
    footer(vote, m));
}
