// The delegate's draft marks on a ballot with one row per official or candidate, before it is
// confirmed: every row of a rating must be marked before going on, and an election refuses a
// choice past maxChoices with the reason in words. vote.js keeps one and passes its state to the card.

import { t } from './i18n.js';
import { kindChoices } from './subjectfmt.js';

export function createMarks() {
  let vote = null;
  let marks = []; // one per subject: a choice, or null while unmarked
  let notice = null; // why the last tap or "Tiếp tục" did nothing: { key, params }, put in words when drawn

  function isElection() {
    return vote?.kind === 'ELECTION';
  }

  function selected() {
    return marks.filter((m) => m === 'SELECTED').length;
  }

  function unmarked() {
    return marks.reduce((list, m, i) => (m === null ? [...list, i] : list), []);
  }

  return {
    /** A new vote on screen: rows start unmarked, an election's candidates unchosen. */
    start(v) {
      vote = v;
      const n = v.subjects?.length || 0;
      marks = Array.from({ length: n }, () => (isElection() ? 'NOT_SELECTED' : null));
      notice = null;
    },
    reset() {
      vote = null;
      marks = [];
      notice = null;
    },
    /** What the card draws: { marks, notice, unmarked (indexes), selected, max }. */
    get state() {
      const words = notice ? t(notice.key, notice.params) : null; // in the language of the moment
      return { marks, notice: words, unmarked: unmarked(), selected: selected(), max: vote?.maxChoices || 1 };
    },
    /**
     * A tap on a row's mark (a rating or confidence vote) or on a candidate (an election: toggles).
     * Returns the text to announce when the tap was refused, else null.
     */
    mark(index, choice) {
      if (!vote || index < 0 || index >= marks.length) return null;
      if (isElection()) {
        const max = vote.maxChoices || 1;
        if (marks[index] !== 'SELECTED' && selected() >= max) {
          notice = { key: 'subject.tooMany', params: { max, name: vote.subjects[index] } };
          return t(notice.key, notice.params);
        }
        marks = marks.map((m, i) => (i === index ? (m === 'SELECTED' ? 'NOT_SELECTED' : 'SELECTED') : m));
      } else if (kindChoices(vote).includes(choice)) {
        marks = marks.map((m, i) => (i === index ? choice : m));
      }
      notice = null;
      return null;
    },
    /** "Tiếp tục": the complete ballot to confirm, or null (and a notice) while a row is unmarked. */
    finish() {
      const left = unmarked();
      if (left.length) {
        notice = { key: 'subject.stillUnmarked', params: { n: left.length } };
        return null;
      }
      notice = null;
      return [...marks];
    },
    /** The first row still unmarked, to take the delegate there; -1 when none. */
    firstUnmarked() {
      return marks.indexOf(null);
    },
  };
}
