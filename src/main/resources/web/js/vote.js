// The vote screen of the delegate tablet. When the operator opens a vote it
// covers the meeting screen at once: the three choices, a confirmation step,
// then the receipt. A confirmed ballot is kept in sessionStorage with its own
// ballotId until the server acknowledges it, and is re-sent with that same id
// (never a new one) after a Wi-Fi drop or a reload, so it counts exactly once.

import * as api from './api.js';
import { t } from './i18n.js';
import { $, el, announce } from './dom.js';
import {
  CHOICES, CHOICE_ICONS, choiceLabel, resultLines, tookPartLine, outcomeText, thresholdText,
  secondsLeft, formatClock, newBallotId, skewFrom,
} from './votefmt.js';

const STORE_PREFIX = 'dienhong.ballot.';
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 8000;
const REFRESH_RETRY_MS = 3000;
const RESULT_SHOWN_MS = 60000;
const NOTICE_SHOWN_MS = 30000;
/** A vote.opened older than this was replayed after a reconnect: ask whether this delegate already voted. */
const REPLAYED_AFTER_MS = 5000;
const ANNOUNCE_SECONDS_LEFT = [60, 30, 10];

export function createVoteScreen({ live }) {
  const screen = $('#screen-vote');
  const body = $('#vote-body');
  const notice = $('#vote-notice');

  let account = null;
  let active = false;
  let vote = null; // the vote on screen, as the server described it
  let canVote = false;
  let serverSaysVoted = false;
  let chosen = null; // picked, not yet confirmed
  let ballot = null; // { voteId, ballotId, choice, receipt, uncertain, refused, recorded }
  let sendState = null; // 'sending' | 'offline' | 'server' while a ballot is unacknowledged
  let result = null; // the closed vote's result
  let skew = 0; // server clock minus tablet clock
  let lastView = null;
  let focusNext = null;
  let tickTimer = null;
  let announcedSeconds = null;
  let retryTimer = null;
  let attempt = 0;
  let inFlight = false;
  let hideTimer = null;
  let noticeTimer = null;
  let loading = false;
  let loadAgain = false;
  let eventsWhileLoading = false;
  let refreshTimer = null;

  // ---- live events ----

  live.on('hello', (data, message) => {
    const measured = skewFrom(message?.at);
    if (measured !== null) skew = measured;
  });

  live.on('resync', () => {
    if (active) refresh();
  });

  live.onState((state) => {
    // Back online: send a waiting ballot now rather than at the end of its backoff.
    if (state === 'online' && retryTimer) {
      clearTimeout(retryTimer);
      retryTimer = null;
      send();
    }
  });

  live.on('vote.opened', (data, message) => {
    if (!active) return;
    if (loading) eventsWhileLoading = true;
    openVote(data, { canVote: mayVote(account), hasVoted: false, announceIt: true });
    const at = Date.parse(message?.at || '');
    if (!Number.isNaN(at) && Date.now() + skew - at > REPLAYED_AFTER_MS) refresh();
  });

  live.on('vote.closed', (data) => {
    if (!active) return;
    if (loading) eventsWhileLoading = true;
    if (!vote || data.voteId !== vote.id) return;
    showResult(data);
  });

  live.on('vote.cancelled', (data) => {
    if (!active) return;
    if (loading) eventsWhileLoading = true;
    if (!vote || data.voteId !== vote.id) return;
    const title = vote.title;
    closeOverlay();
    showNotice(t('vote.cancelled', { title }));
  });

  // ---- snapshot: on login, reload and whenever the socket could not resume ----

  async function refresh() {
    clearTimeout(refreshTimer);
    if (loading) {
      loadAgain = true;
      return;
    }
    loading = true;
    eventsWhileLoading = false;
    try {
      const current = await api.currentVote();
      if (!active) return;
      if (eventsWhileLoading) {
        loadAgain = true; // a vote event overtook this answer: it may be stale, ask again
        return;
      }
      if (current) {
        openVote(current, { canVote: Boolean(current.canVote), hasVoted: Boolean(current.hasVoted) });
      } else if (vote && !result) {
        await voteGone();
      }
    } catch (err) {
      if (!active || err.status === 401) return;
      refreshTimer = setTimeout(refresh, REFRESH_RETRY_MS);
    } finally {
      loading = false;
      if (loadAgain && active) {
        loadAgain = false;
        refresh();
      }
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

  function mayVote(who) {
    return Boolean(who && (who.role === 'DELEGATE' || who.role === 'CHAIR') && who.delegateId != null);
  }

  function openVote(data, { canVote: may, hasVoted, announceIt = false }) {
    const id = data.id ?? data.voteId;
    const same = vote !== null && vote.id === id;
    if (same && result) return; // a late snapshot of a vote that has since closed
    if (!same) {
      resetVote();
      ballot = loadBallot(id);
      forgetBallots(id);
    }
    vote = { ...data, id };
    canVote = may;
    serverSaysVoted = (same && serverSaysVoted) || hasVoted;
    if (ballot && !ballot.receipt && !ballot.refused && !inFlight && !retryTimer) startSending();
    if (!same) {
      focusNext = '#vote-heading';
      if (announceIt) announce(t('vote.opened', { title: vote.title }));
    }
    render();
  }

  function resetVote() {
    clearTimeout(retryTimer);
    clearTimeout(hideTimer);
    retryTimer = null;
    hideTimer = null;
    attempt = 0;
    chosen = null;
    ballot = null;
    sendState = null;
    result = null;
    serverSaysVoted = false;
    announcedSeconds = null;
    lastView = null;
  }

  function showResult(data) {
    result = data;
    stopTick();
    focusNext = '#vote-step-heading';
    render();
    announce(`${t('vote.closed')}. ${outcomeText(result)}.`);
    clearTimeout(hideTimer);
    hideTimer = setTimeout(closeOverlay, RESULT_SHOWN_MS);
  }

  function closeOverlay() {
    const hadFocus = screen.contains(document.activeElement);
    if (vote && (!ballot || ballot.receipt || ballot.refused)) forgetBallots(null);
    vote = null;
    resetVote();
    stopTick();
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

  // ---- the ballot: stored first, then sent until the server answers for good ----

  function storeKey(voteId) {
    return `${STORE_PREFIX}${account?.id ?? 'x'}.${voteId}`;
  }

  function saveBallot(b) {
    try {
      sessionStorage.setItem(storeKey(b.voteId), JSON.stringify(b));
    } catch {
      // storage blocked: the ballot still lives in memory until the page is closed
    }
  }

  function loadBallot(voteId) {
    try {
      const stored = JSON.parse(sessionStorage.getItem(storeKey(voteId)) || 'null');
      return stored && stored.ballotId && stored.voteId === voteId ? stored : null;
    } catch {
      return null;
    }
  }

  /** Drops stored ballots except the one of keepVoteId (null: drop this account's all; all accounts with everyone). */
  function forgetBallots(keepVoteId, everyone = false) {
    try {
      const prefix = everyone ? STORE_PREFIX : `${STORE_PREFIX}${account?.id ?? 'x'}.`;
      const keep = keepVoteId === null ? null : storeKey(keepVoteId);
      for (let i = sessionStorage.length - 1; i >= 0; i -= 1) {
        const key = sessionStorage.key(i);
        if (key && key.startsWith(prefix) && key !== keep) sessionStorage.removeItem(key);
      }
    } catch {
      // nothing stored then
    }
  }

  function confirmChoice() {
    if (!vote || !chosen || ballot) return;
    ballot = { voteId: vote.id, ballotId: newBallotId(), choice: chosen, receipt: null, uncertain: false, refused: null };
    chosen = null;
    saveBallot(ballot); // before the first send: a reload must re-send the same ballotId
    startSending();
    render();
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
    if (!active || !mine || mine.receipt || mine.refused || inFlight) return;
    inFlight = true;
    try {
      const answer = await api.castBallot(mine.voteId, mine.ballotId, mine.choice);
      if (ballot !== mine) return;
      mine.receipt = answer?.receipt || '—';
      sendState = null;
      saveBallot(mine);
      if (!result) focusNext = '#vote-step-heading';
      render();
      announce(`${t('vote.recorded')}. ${t('vote.receipt')} ${mine.receipt}`);
    } catch (err) {
      if (ballot !== mine) return;
      if (err.status === 401) return; // back to login; the stored ballot waits for the same delegate
      if (err.isNetwork || err.status >= 500 || err.status === 429) {
        // The request may have reached the server even though its answer did not reach us.
        if (err.status !== 429) mine.uncertain = true;
        saveBallot(mine);
        const before = sendState;
        sendState = err.isNetwork ? 'offline' : 'server';
        render();
        if (before !== sendState) announce(t(sendState === 'offline' ? 'vote.sendingOffline' : 'vote.sendingServer'));
        scheduleRetry(err.status === 429 ? err.retryAfterSeconds : null);
        return;
      }
      await refused(mine, err);
    } finally {
      inFlight = false;
    }
  }

  async function refused(mine, err) {
    sendState = null;
    if (err.code === 'already_voted') {
      mine.refused = 'vote.alreadyVotedFull';
      serverSaysVoted = true;
    } else if (err.code === 'vote_not_open' || err.code === 'unknown_vote') {
      mine.refused = mine.uncertain ? await fateAfterClose(mine) : 'vote.tooLate';
    } else {
      mine.refused = 'vote.refused';
      mine.message = err.message || t('error.generic');
      mine.mayRetry = err.status === 400;
    }
    if (ballot !== mine) return;
    saveBallot(mine);
    if (!result) focusNext = '#vote-step-heading';
    render();
    announce(t(mine.refused));
  }

  /**
   * The vote closed while an earlier attempt may have reached the server. The server answers a repeat of
   * a recorded ballot with vote_not_open once the vote is closed, so look the delegate up in the open
   * record; a secret ballot cannot be looked up, and then we say honestly that we do not know.
   */
  async function fateAfterClose(mine) {
    if (vote?.form === 'SECRET') return 'vote.uncertain';
    for (let i = 0; i < 3; i += 1) {
      try {
        const closed = await api.voteResult(mine.voteId);
        const line = (closed?.ballots || []).find((b) => b.delegateId === account?.delegateId);
        if (line && line.choice) {
          mine.recorded = line.choice;
          return 'vote.recordedNoReceipt';
        }
        return line ? 'vote.tooLate' : 'vote.uncertain';
      } catch (err) {
        if (!err.isNetwork) break;
        await new Promise((resolve) => { setTimeout(resolve, RETRY_BASE_MS * (i + 1)); });
      }
    }
    return 'vote.uncertain';
  }

  // ---- countdown ----

  function startTick() {
    if (tickTimer || !vote?.closesAt || result) return;
    tickTimer = setInterval(updateCountdown, 500);
  }

  function stopTick() {
    clearInterval(tickTimer);
    tickTimer = null;
  }

  function updateCountdown() {
    const node = $('#vote-countdown');
    if (!node || !vote) return;
    const left = secondsLeft(vote.closesAt, skew);
    if (left === null) return;
    const text = formatClock(left);
    if (node.textContent !== text) node.textContent = text;
    $('#vote-timer')?.classList.toggle('is-ending', left <= 10);
    if (ANNOUNCE_SECONDS_LEFT.includes(left) && announcedSeconds !== left && isChoosing()) {
      announcedSeconds = left;
      announce(t('vote.secondsLeft', { n: left }));
    }
  }

  function isChoosing() {
    return lastView === 'choose' || lastView === 'confirm';
  }

  // ---- rendering ----

  function view() {
    if (result) return 'result';
    if (!canVote) return 'watch';
    if (ballot?.receipt) return 'recorded';
    if (ballot?.refused) return 'refused';
    if (ballot) return 'sending';
    if (serverSaysVoted) return 'voted';
    if (chosen) return 'confirm';
    return 'choose';
  }

  function choiceChip(choice) {
    return el('span', { class: `choice-chip choice-${choice || 'NONE'}` },
      el('span', { class: 'choice-icon', 'aria-hidden': 'true' }, CHOICE_ICONS[choice || 'NONE']),
      el('span', { class: 'choice-label' }, choiceLabel(choice)));
  }

  function header() {
    const countdown = vote.closesAt && !result
      ? el('p', { class: 'vote-timer', id: 'vote-timer' },
        el('span', { class: 'timer-label' }, `${t('vote.timeLeft')}: `),
        el('span', { class: 'timer-value', id: 'vote-countdown', role: 'timer' },
          formatClock(secondsLeft(vote.closesAt, skew) ?? 0)))
      : '';
    return el('div', { class: 'vote-head' },
      el('h2', { id: 'vote-heading', class: 'vote-heading', tabindex: '-1' },
        el('span', { class: 'vote-kicker' }, t('vote.kicker')),
        el('span', { class: 'vote-title', lang: 'vi' }, vote.title || '')),
      el('div', { class: 'vote-meta' },
        el('p', { class: `form-badge form-${vote.form}` }, t(`vote.form.${vote.form}`)),
        result ? '' : el('p', { class: 'vote-status-tag' }, t('vote.inProgress')),
        countdown));
  }

  function stepHeading(text, extraClass = '') {
    return el('h3', { id: 'vote-step-heading', class: `vote-step-heading ${extraClass}`.trim(), tabindex: '-1' }, text);
  }

  function chooseView() {
    return el('div', { class: 'vote-step step-choose' },
      // focused after "Chọn lại", so a screen reader says what to do next
      el('p', { id: 'vote-hint', class: 'vote-hint', tabindex: '-1' }, t('vote.chooseHint')),
      el('div', { class: 'choice-buttons', role: 'group', 'aria-labelledby': 'vote-hint' },
        CHOICES.filter((c) => !vote.choices || vote.choices.includes(c)).map((c) => el('button', {
          type: 'button', id: `choice-${c}`, class: `btn-choice choice-${c}`, 'data-action': 'choose', 'data-choice': c,
        }, el('span', { class: 'choice-icon', 'aria-hidden': 'true' }, CHOICE_ICONS[c]),
        el('span', { class: 'choice-label' }, t(`vote.choice.${c}`))))));
  }

  function confirmView() {
    return el('div', { class: 'vote-step step-confirm' },
      stepHeading(t('vote.confirmQuestion', { choice: choiceLabel(chosen) })),
      el('p', { class: 'confirm-choice' }, choiceChip(chosen)),
      vote.allowChange ? '' : el('p', { class: 'vote-hint' }, t('vote.noChange')),
      el('div', { class: 'confirm-buttons' },
        el('button', { type: 'button', id: 'vote-confirm', class: 'btn btn-primary btn-big', 'data-action': 'confirm' },
          el('span', { 'aria-hidden': 'true' }, '✓ '), t('vote.confirm')),
        el('button', { type: 'button', id: 'vote-again', class: 'btn btn-secondary btn-big', 'data-action': 'again' },
          el('span', { 'aria-hidden': 'true' }, '↺ '), t('vote.chooseAgain'))));
  }

  function sendingView() {
    const key = sendState === 'offline' ? 'vote.sendingOffline' : sendState === 'server' ? 'vote.sendingServer' : 'vote.sending';
    return el('div', { class: 'vote-step step-sending', 'aria-busy': 'true' },
      stepHeading(t(key), sendState === 'offline' || sendState === 'server' ? 'is-retrying' : ''),
      el('p', { class: 'your-choice' }, `${t('vote.yourChoice')} `, choiceChip(ballot.choice)),
      el('p', { class: 'vote-hint' }, t('vote.notYetRecorded')));
  }

  function recordedView() {
    return el('div', { class: 'vote-step step-recorded' },
      stepHeading(el('span', {}, el('span', { 'aria-hidden': 'true', class: 'ok-mark' }, '✓ '), t('vote.recorded')), 'is-ok'),
      el('dl', { class: 'receipt' },
        el('div', {}, el('dt', {}, t('vote.yourChoice')), el('dd', {}, choiceChip(ballot.choice))),
        el('div', {}, el('dt', {}, t('vote.receipt')), el('dd', { id: 'vote-receipt', class: 'receipt-code' }, ballot.receipt))),
      vote.form === 'SECRET' ? el('p', { class: 'vote-hint' }, t('vote.secretNote')) : '',
      el('p', { class: 'vote-hint' }, t('vote.waitResult')));
  }

  function votedView() {
    return el('div', { class: 'vote-step step-voted' },
      stepHeading(el('span', {}, el('span', { 'aria-hidden': 'true', class: 'ok-mark' }, '✓ '), t('vote.alreadyVoted')), 'is-ok'),
      el('p', { class: 'vote-hint' }, t('vote.waitResult')));
  }

  function refusedView() {
    const ok = ballot.refused === 'vote.recordedNoReceipt' || ballot.refused === 'vote.alreadyVotedFull';
    return el('div', { class: 'vote-step step-refused' },
      stepHeading(t(ballot.refused), ok ? 'is-ok' : 'is-problem'),
      ballot.message ? el('p', { class: 'vote-hint' }, ballot.message) : '',
      ballot.mayRetry ? el('button', { type: 'button', id: 'vote-again', class: 'btn btn-secondary btn-big', 'data-action': 'reset' },
        t('vote.chooseAgain')) : '');
  }

  function watchView() {
    return el('div', { class: 'vote-step step-watch' },
      el('p', { id: 'vote-step-heading', class: 'watch-only', tabindex: '-1' },
        el('span', { 'aria-hidden': 'true' }, 'ℹ '), t('vote.watchOnly')));
  }

  function ownBallotLine() {
    if (!canVote) return '';
    if (ballot?.receipt) {
      return el('p', { class: 'own-ballot' }, `${t('vote.yourChoice')} `, choiceChip(ballot.choice),
        el('span', { class: 'own-receipt' }, ` ${t('vote.receipt')} `, el('span', { class: 'receipt-code' }, ballot.receipt)));
    }
    if (ballot?.refused) return el('p', { class: 'own-ballot is-problem' }, t(ballot.refused));
    if (ballot) return el('p', { class: 'own-ballot', role: 'status' }, t(sendState === 'offline' ? 'vote.sendingOffline' : 'vote.sending'));
    return '';
  }

  function resultView() {
    const lines = resultLines(result);
    return el('div', { class: 'vote-step step-result' },
      stepHeading(t('vote.closed')),
      el('ul', { class: 'result-lines' }, lines.map((l) => el('li', { class: `result-line line-${l.key}` },
        el('span', { class: 'choice-icon', 'aria-hidden': 'true' }, CHOICE_ICONS[l.key]),
        el('span', { class: 'line-text' }, l.text)))),
      el('p', { class: 'took-part' }, tookPartLine(result).text),
      el('p', { class: `outcome ${result.passed ? 'is-passed' : 'is-failed'}`, id: 'vote-outcome' },
        el('span', { 'aria-hidden': 'true' }, result.passed ? '✓ ' : '✗ '), outcomeText(result)),
      el('p', { class: 'vote-hint' }, thresholdText(result.threshold || vote.threshold)),
      ownBallotLine(),
      el('button', { type: 'button', id: 'vote-back', class: 'btn btn-primary btn-big', 'data-action': 'back' },
        el('span', { 'aria-hidden': 'true' }, '← '), t('vote.back')));
  }

  const VIEWS = {
    choose: chooseView, confirm: confirmView, sending: sendingView, recorded: recordedView, voted: votedView,
    refused: refusedView, watch: watchView, result: resultView,
  };

  function render() {
    const open = Boolean(vote) && active;
    screen.hidden = !open;
    document.body.classList.toggle('vote-open', open);
    for (const behind of [$('#screen-meeting'), $('#session-bar')]) {
      if (behind) behind.inert = open;
    }
    if (!open) {
      body.replaceChildren();
      lastView = null;
      stopTick();
      return;
    }
    const focusedId = screen.contains(document.activeElement) ? document.activeElement.id : null;
    const current = view();
    if (lastView !== null && current !== lastView && !focusNext) focusNext = '#vote-step-heading';
    lastView = current;
    body.replaceChildren(header(), VIEWS[current]());
    body.dataset.view = current;
    const target = (focusNext && $(focusNext, screen)) || (focusedId && document.getElementById(focusedId))
      || (focusNext ? $('#vote-heading', screen) : null);
    focusNext = null;
    if (target) target.focus();
    if (vote.closesAt && !result) startTick();
    else stopTick();
    updateCountdown();
  }

  screen.addEventListener('click', (event) => {
    const button = event.target.closest('[data-action]');
    if (!button || !vote) return;
    switch (button.dataset.action) {
      case 'choose':
        if (!ballot && !result) {
          chosen = button.dataset.choice;
          focusNext = '#vote-step-heading';
          render();
        }
        break;
      case 'again':
        chosen = null;
        focusNext = '#vote-hint';
        render();
        break;
      case 'confirm':
        focusNext = '#vote-step-heading';
        confirmChoice();
        break;
      case 'reset':
        forgetBallots(null);
        ballot = null;
        chosen = null;
        focusNext = '#vote-hint';
        render();
        break;
      case 'back':
        closeOverlay();
        break;
      default:
    }
  });

  return {
    render() {
      if (vote) render();
    },
    show(who) {
      account = who;
      active = true;
      refresh();
    },
    /** Leaving for the login screen (logout or expiry): the stored ballot stays for the same delegate. */
    hide() {
      active = false;
      clearTimeout(refreshTimer);
      clearTimeout(noticeTimer);
      notice.textContent = '';
      vote = null;
      resetVote();
      stopTick();
      render();
      account = null;
    },
    /** A deliberate logout: the tablet may pass to someone else, so nothing of this delegate's ballots stays. */
    forget() {
      forgetBallots(null, true);
    },
  };
}
