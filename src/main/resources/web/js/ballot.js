// The delegate's ballot, from the moment it is confirmed until the server has answered for good.
// It is stored in sessionStorage with its own ballotId before the first send, and re-sent with that
// same id (never a new one) after a Wi-Fi drop or a reload. The server answers a repeat with the
// original receipt, even after the vote has closed, so the ballot counts exactly once and a delegate
// whose answer was lost still gets the receipt.

import * as api from './api.js';
import { t } from './i18n.js';
import { announce } from './dom.js';
import { newBallotId } from './votefmt.js';

const STORE_PREFIX = 'dienhong.ballot.';
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 8000;

/**
 * onChange(what) follows every answer: 'recorded' (ballot.receipt is set), 'refused' (ballot.refused is
 * the i18n key of why) or 'retrying' (sendState says why: 'offline' or 'server').
 */
export function createBallotBox({ live, accountId, isActive, onChange }) {
  let ballot = null; // { voteId, ballotId, choice, receipt, refused, message, mayRetry }
  let sendState = null; // 'sending' | 'offline' | 'server' while the ballot has no answer
  let retryTimer = null;
  let attempt = 0;
  let inFlight = false;

  live.onState((state) => {
    // Back online: send a waiting ballot now rather than at the end of its backoff.
    if (state === 'online' && retryTimer) {
      clearTimeout(retryTimer);
      retryTimer = null;
      send();
    }
  });

  // ---- storage: one key per account and vote, so a tablet passed on never sends someone else's ballot ----

  function storeKey(voteId) {
    return `${STORE_PREFIX}${accountId() ?? 'x'}.${voteId}`;
  }

  function save(b) {
    try {
      sessionStorage.setItem(storeKey(b.voteId), JSON.stringify(b));
    } catch {
      // storage blocked: the ballot still lives in memory until the page is closed
    }
  }

  function load(voteId) {
    try {
      const stored = JSON.parse(sessionStorage.getItem(storeKey(voteId)) || 'null');
      return stored && stored.ballotId && stored.voteId === voteId ? stored : null;
    } catch {
      return null;
    }
  }

  /** Drops stored ballots except the one of keepVoteId (null: all of this account's; all accounts' with everyone). */
  function drop(keepVoteId, everyone = false) {
    try {
      const prefix = everyone ? STORE_PREFIX : `${STORE_PREFIX}${accountId() ?? 'x'}.`;
      const keep = keepVoteId === null ? null : storeKey(keepVoteId);
      for (let i = sessionStorage.length - 1; i >= 0; i -= 1) {
        const key = sessionStorage.key(i);
        if (key && key.startsWith(prefix) && key !== keep) sessionStorage.removeItem(key);
      }
    } catch {
      // nothing stored then
    }
  }

  // ---- sending ----

  function unanswered(b) {
    return Boolean(b && !b.receipt && !b.refused);
  }

  function startSending() {
    clearTimeout(retryTimer);
    retryTimer = null;
    attempt = 0;
    sendState = 'sending';
    send();
  }

  function scheduleRetry(retryAfterSeconds) {
    clearTimeout(retryTimer);
    const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** attempt);
    attempt += 1;
    // Half fixed, half random: fifty tablets coming back together must not all knock at once.
    const delay = retryAfterSeconds ? retryAfterSeconds * 1000 : ceiling / 2 + Math.random() * (ceiling / 2);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      send();
    }, delay);
  }

  async function send() {
    const mine = ballot;
    if (!isActive() || !unanswered(mine) || inFlight) return;
    inFlight = true;
    try {
      const answer = await api.castBallot(mine.voteId, mine.ballotId, mine.choice);
      if (ballot !== mine) return;
      mine.receipt = answer?.receipt || '—';
      sendState = null;
      save(mine);
      onChange('recorded');
      announce(`${t('vote.recorded')}. ${t('vote.receipt')} ${mine.receipt}`);
    } catch (err) {
      if (ballot !== mine) return;
      if (err.status === 401) return; // back to login; the stored ballot waits for the same delegate
      // No answer, or no answer yet: the request may have reached the server, so only its own id may follow it.
      if (err.isNetwork || err.status >= 500 || err.status === 429) retryLater(err);
      else refuse(mine, err);
    } finally {
      inFlight = false;
    }
  }

  function retryLater(err) {
    const before = sendState;
    sendState = err.isNetwork ? 'offline' : 'server';
    onChange('retrying');
    if (before !== sendState) announce(t(sendState === 'offline' ? 'vote.sendingOffline' : 'vote.sendingServer'));
    scheduleRetry(err.status === 429 ? err.retryAfterSeconds : null);
  }

  /** A final answer: this ballot does not count, and sending it again would not change that. */
  function refuse(mine, err) {
    sendState = null;
    if (err.code === 'already_voted') {
      mine.refused = 'vote.alreadyVotedFull';
    } else if (err.code === 'vote_not_open' || err.code === 'unknown_vote') {
      // A repeat of a recorded ballot would have got its receipt, even after close: this one never counted.
      mine.refused = 'vote.tooLate';
    } else {
      mine.refused = 'vote.refused';
      mine.message = err.message || t('error.generic');
      mine.mayRetry = err.status === 400;
    }
    save(mine);
    onChange('refused');
    announce(t(mine.refused));
  }

  return {
    get current() {
      return ballot;
    },
    get sendState() {
      return sendState;
    },
    /** True while the ballot has no final answer: it must then stay stored for the next try. */
    get unanswered() {
      return unanswered(ballot);
    },
    /** A vote came on screen: take up this delegate's stored ballot for it, if any, and drop older ones. */
    restore(voteId) {
      ballot = load(voteId);
      drop(voteId);
    },
    /** Sends a ballot still without an answer, unless it is on its way already. */
    resume() {
      if (unanswered(ballot) && !inFlight && !retryTimer) startSending();
    },
    cast(voteId, choice) {
      ballot = { voteId, ballotId: newBallotId(), choice, receipt: null, refused: null };
      save(ballot); // before the first send: a reload must re-send the same ballotId
      startSending();
    },
    /** Lets go of the ballot on screen; what is stored stays, for a reload or the same delegate's next login. */
    reset() {
      clearTimeout(retryTimer);
      retryTimer = null;
      attempt = 0;
      ballot = null;
      sendState = null;
    },
    /** Drops this account's stored ballots (everyone's with everyone: the tablet may pass to someone else). */
    forget(everyone = false) {
      drop(null, everyone);
    },
  };
}
