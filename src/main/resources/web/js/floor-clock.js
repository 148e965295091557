// The speaking-time clock of the tablet and the projector. It runs on the server's clock (the
// clock of countdown.js), counts down to endsAt, turns to a warning in the last warningSeconds and
// then counts the time over: the chair ends a turn, the clock never does.

import { el } from './dom.js';
import { turnTime, phaseLabel } from './floorfmt.js';

// Twice a second, so that a second is never skipped on screen when a tick comes late.
const TICK_MS = 500;

/**
 * clock: createServerClock(live). onTick(time) follows every tick while someone has the floor, for
 * spoken warnings. Screens re-render often, so element() builds a fresh clock for each render and
 * every copy on the page (marked data-floor-turn) is kept ticking.
 */
export function createFloorClock({ clock, onTick = () => {} }) {
  let floor = null;
  let timer = null;

  function paint(box, time) {
    const own = box.dataset.own === 'true';
    box.dataset.phase = time.phase;
    const label = box.querySelector('[data-floor-label]');
    const value = box.querySelector('[data-floor-value]');
    const words = phaseLabel(time.phase, own);
    if (label && label.textContent !== words) label.textContent = words;
    if (value && value.textContent !== time.text) value.textContent = time.text; // unchanged text is not re-read
  }

  function update() {
    const time = turnTime(floor, clock.now());
    if (!time) return;
    document.querySelectorAll('[data-floor-turn]').forEach((box) => paint(box, time));
    onTick(time);
  }

  function stop() {
    clearInterval(timer);
    timer = null;
    floor = null;
  }

  return {
    /** The clock of the current turn: <p data-floor-turn><span label/> <span value role=timer/></p> (tag: p or span). */
    element({ id, className, own = false, tag = 'p' }) {
      const time = turnTime(floor, clock.now()) || { phase: 'normal', text: '' };
      const box = el(tag, { class: className, id, 'data-floor-turn': '', 'data-own': String(own), 'data-phase': time.phase },
        el('span', { class: 'turn-label', 'data-floor-label': '' }, phaseLabel(time.phase, own)),
        ' ',
        el('span', { class: 'turn-value', id: `${id}-value`, role: 'timer', 'data-floor-value': '' }, time.text));
      return box;
    },
    /** Follows this floor object (null or no speaker: stops). */
    run(next) {
      if (!next?.speaker || !next.endsAt) {
        stop();
        return;
      }
      floor = next;
      if (!timer) timer = setInterval(update, TICK_MS);
      update();
    },
    stop,
  };
}
