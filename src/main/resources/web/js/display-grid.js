// Each delegate's choice after an open vote, in seat order, on the chair display: the choice in
// words and a shape as well as a colour, so that it is never told by colour alone. Secret ballots
// never get here: their result carries no ballots.

import { t } from './i18n.js';
import { el, styled } from './dom.js';
import { CHOICE_ICONS, choiceLabel } from './votefmt.js';

// at most 13 rows fit under the meeting title on a 1080-line projector
const MAX_ROWS = 13;
const MIN_COLUMNS = 3;
// past this many delegates the grid switches to a smaller type (display.css .is-dense)
const DENSE_AFTER = 60;

export function ballotGrid(ballots) {
  const n = ballots.length;
  const cols = Math.max(MIN_COLUMNS, Math.ceil(n / MAX_ROWS));
  const grid = el('ul', { class: 'ballot-grid', id: 'ballot-grid' }, ballots.map((b) => el('li', {
    class: `ballot choice-${b.choice || 'NONE'}`, 'data-delegate': b.delegateId,
  },
  el('span', { class: 'ballot-seat' }, b.seat || ''),
  el('span', { class: 'ballot-name', lang: 'vi', title: b.name }, b.name),
  el('span', { class: 'ballot-choice' }, el('span', { 'aria-hidden': 'true' }, `${CHOICE_ICONS[b.choice || 'NONE']} `),
    choiceLabel(b.choice)))));
  return el('section', { class: `ballot-panel${n > DENSE_AFTER ? ' is-dense' : ''}`, 'aria-labelledby': 'ballots-heading' },
    el('h3', { id: 'ballots-heading', class: 'panel-heading' }, t('display.ballots')),
    styled(grid, { '--cols': String(cols) }));
}
