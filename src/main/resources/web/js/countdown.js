// The countdown of an open vote, the same on the delegate tablet and the chair display. It runs on
// the server's clock, not the device's: tablets are often minutes off, and a countdown that
// disagreed with the hall's would seem to close a vote early or late.

import { el } from './dom.js';
import { secondsLeft, formatClock, skewFrom } from './votefmt.js';

// Twice a second, so that a second is never skipped on screen when a tick comes late.
const TICK_MS = 500;
const ENDING_SECONDS = 10;

/** The server clock minus this device's clock, measured from the stamp of every hello on the live socket. */
export function createServerClock(live) {
  let skew = 0;
  live.on('hello', (data, message) => {
    const measured = skewFrom(message?.at);
    if (measured !== null) skew = measured;
  });
  return {
    get skew() {
      return skew;
    },
    /** Now on the server's clock, in milliseconds. */
    now() {
      return Date.now() + skew;
    },
  };
}

/**
 * A countdown shown as <p id=boxId><span label/><span id=valueId role=timer/></p>. Screens re-render
 * often, so element() builds it afresh for each render and run() keeps whichever copy is on screen
 * ticking; onTick(secondsLeft) follows every tick, for spoken warnings.
 */
export function createCountdown({ clock, className, boxId, valueId, onTick = () => {} }) {
  let closesAt = null;
  let timer = null;

  function update() {
    const node = document.getElementById(valueId);
    const left = secondsLeft(closesAt, clock.skew);
    if (!node || left === null) return;
    const text = formatClock(left);
    if (node.textContent !== text) node.textContent = text; // an unchanged text is not re-read aloud
    document.getElementById(boxId)?.classList.toggle('is-ending', left <= ENDING_SECONDS);
    onTick(left);
  }

  function stop() {
    clearInterval(timer);
    timer = null;
    closesAt = null;
  }

  return {
    element(at, label) {
      return el('p', { class: className, id: boxId },
        el('span', { class: 'timer-label' }, label),
        el('span', { class: 'timer-value', id: valueId, role: 'timer' }, formatClock(secondsLeft(at, clock.skew) ?? 0)));
    },
    run(at) {
      if (!at) {
        stop();
        return;
      }
      closesAt = at;
      if (!timer) timer = setInterval(update, TICK_MS);
      update();
    },
    stop,
  };
}
