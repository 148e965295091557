// The vote screen of the delegate tablet. When the operator opens a vote it covers the meeting
// screen at once, and it leaves when the delegate is done with the result. This module keeps what
// the screen knows in step with the server (live events, and a snapshot after a reload or a lost
// socket) and acts on the delegate's taps; the ballot itself is ballot.js's job, drawing the card
// vote-card.js's, the draft marks of a ballot with one row per official or candidate vote-marks.js's.

import * as api from './api.js';
import { t } from './i18n.js';
import { $, announce } from './dom.js';
import { outcomeText } from './votefmt.js';
import { createServerClock } from './countdown.js';
import { createSnapshot } from './snapshot.js';
import { createBallotBox } from './ballot.js';
import { createVoteCard } from './vote-card.js';
import { createMarks } from './vote-marks.js';
import { hasSubjects } from './subjectfmt.js';

const RESULT_SHOWN_MS = 60000;
/** One line per official or candidate takes longer to read. */
const SUBJECT_RESULT_SHOWN_MS = 180000;
const NOTICE_SHOWN_MS = 30000;
/** A vote.opened older than this was replayed after a reconnect: ask whether this delegate already voted. */
const REPLAYED_AFTER_MS = 5000;

export function createVoteScreen({ live }) {
  const notice = $('#vote-notice');

  let account = null;
  let active = false;
  let vote = null; // the vote on screen, as the server described it
  let canVote = false;
  let serverSaysVoted = false;
  let chosen = null; // picked, not yet confirmed: a choice, or one mark per subject
  let result = null; // the closed vote's result
  let hideTimer = null;
  let noticeTimer = null;

  const marks = createMarks();
  const clock = createServerClock(live);
  const card = createVoteCard({ clock, onAction: act });
  const ballots = createBallotBox({ live, accountId: () => account?.id, isActive: () => active, onChange: ballotChanged });
  const snapshot = createSnapshot({ fetch: api.currentVote, apply: applySnapshot, isActive: () => active });

  // ---- live events ----

  live.on('resync', () => {
    if (active) snapshot.refresh();
  });

  live.on('vote.opened', (data, message) => {
    if (!active) return;
    snapshot.changed();
    openVote(data, { canVote: mayVote(account), hasVoted: false, announceIt: true });
    const at = Date.parse(message?.at || '');
    if (!Number.isNaN(at) && clock.now() - at > REPLAYED_AFTER_MS) snapshot.refresh();
  });

  live.on('vote.closed', (data) => {
    if (!active) return;
    snapshot.changed();
    if (vote && data.voteId === vote.id) showResult(data);
  });

  live.on('vote.cancelled', (data) => {
    if (!active) return;
    snapshot.changed();
    if (!vote || data.voteId !== vote.id) return;
    const { title } = vote;
    closeOverlay();
    showNotice(t('vote.cancelled', { title }));
  });

  // ---- snapshot: on login, reload and whenever the socket could not resume ----

  async function applySnapshot(current) {
    if (current) {
      openVote(current, { canVote: Boolean(current.canVote), hasVoted: Boolean(current.hasVoted) });
    } else if (vote && !result) {
      await voteGone();
    }
  }

  /** The vote on screen closed or was cancelled while we were not listening: show its result if it has one. */
  async function voteGone() {
    const gone = vote;
    try {
      const closed = await api.voteResult(gone.id);
      if (vote === gone && closed) {
        showResult(closed);
        return;
      }
    } catch {
      // cancelled (409 vote_not_closed) or unreachable: just leave the vote
    }
    if (vote === gone) {
      closeOverlay();
      showNotice(t('vote.gone', { title: gone.title }));
    }
  }

  // ---- the vote on screen ----

  function mayVote(who) {
    return Boolean(who && (who.role === 'DELEGATE' || who.role === 'CHAIR') && who.delegateId != null);
  }

  function openVote(data, { canVote: may, hasVoted, announceIt = false }) {
    const id = data.id ?? data.voteId;
    const same = vote !== null && vote.id === id;
    if (same && result) return; // a late snapshot of a vote that has since closed
    if (!same) {
      resetVote();
      ballots.restore(id);
    }
    vote = { ...data, id };
    if (!same && hasSubjects(vote)) marks.start(vote);
    canVote = may;
    serverSaysVoted = (same && serverSaysVoted) || hasVoted;
    ballots.resume(); // a ballot stored before a reload, or whose answer was lost, goes out again
    if (!same) {
      card.focusOn('#vote-heading');
      if (announceIt) announce(t('vote.opened', { title: vote.title }));
    }
    render();
  }

  function resetVote() {
    ballots.reset();
    card.reset();
    clearTimeout(hideTimer);
    hideTimer = null;
    chosen = null;
    result = null;
    serverSaysVoted = false;
    marks.reset();
  }

  function showResult(data) {
    result = data;
    card.focusOn('#vote-step-heading');
    render();
    announce(`${t('vote.closed')}. ${outcomeText(result)}.`);
    clearTimeout(hideTimer);
    hideTimer = setTimeout(closeOverlay, hasSubjects(vote) ? SUBJECT_RESULT_SHOWN_MS : RESULT_SHOWN_MS);
  }

  function closeOverlay() {
    const hadFocus = card.hasFocus();
    if (vote && !ballots.unanswered) ballots.forget(); // an unanswered ballot stays stored for its next try
    vote = null;
    resetVote();
    render();
    if (hadFocus || document.activeElement === document.body) $('#meeting-title')?.focus();
  }

  function showNotice(text) {
    notice.textContent = text;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => {
      notice.textContent = '';
    }, NOTICE_SHOWN_MS);
  }

  function ballotChanged(what) {
    if (what === 'refused' && ballots.current.refused === 'vote.alreadyVotedFull') serverSaysVoted = true;
    if (what !== 'retrying' && !result) card.focusOn('#vote-step-heading');
    render();
  }

  function render() {
    card.draw(vote && active
      ? { vote, canVote, serverSaysVoted, chosen, result, ballot: ballots.current, sendState: ballots.sendState,
        marking: marks.state }
      : null);
  }

  function act(action, choice, index) {
    if (!vote) return;
    switch (action) {
      case 'mark':
      case 'continue':
        if (!ballots.current && !result && !chosen) actOnMarks(action, choice, index);
        break;
      case 'choose':
        if (!ballots.current && !result) {
          chosen = choice;
          card.focusOn('#vote-step-heading');
          render();
        }
        break;
      case 'again': // marks of a ballot with rows stay: "Sửa lại" changes one row, not all sixty
        chosen = null;
        card.focusOn('#vote-hint');
        render();
        break;
      case 'confirm':
        card.focusOn('#vote-step-heading');
        if (!chosen || ballots.current) break;
        ballots.cast(vote.id, chosen);
        chosen = null;
        render();
        break;
      case 'reset': // a refused ballot that may be tried again (400): start over
        ballots.forget();
        ballots.reset();
        chosen = null;
        card.focusOn('#vote-hint');
        render();
        break;
      case 'back':
        closeOverlay();
        break;
      default:
    }
  }

  function actOnMarks(action, choice, index) {
    if (action === 'mark') {
      const refused = marks.mark(Number(index), choice);
      if (refused) announce(refused);
    } else {
      chosen = marks.finish();
      if (chosen) {
        card.focusOn('#vote-step-heading');
      } else {
        announce(marks.state.notice);
        card.focusOn(`#row-${marks.firstUnmarked()} input`); // takes the delegate to the first row left
      }
    }
    render();
  }

  return {
    render() {
      if (vote) render();
    },
    show(who) {
      account = who;
      active = true;
      snapshot.refresh();
    },
    /** Leaving for the login screen (logout or expiry): the stored ballot stays for the same delegate. */
    hide() {
      active = false;
      snapshot.stop();
      clearTimeout(noticeTimer);
      notice.textContent = '';
      vote = null;
      resetVote();
      render();
      account = null;
    },
    /** A deliberate logout: the tablet may pass to someone else, so nothing of this delegate's ballots stays. */
    forget() {
      ballots.forget(true);
    },
  };
}
