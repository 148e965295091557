// What the chair display knows: the meeting, the open vote and how many have voted, and the last
// closed vote's result, which stays on the projector until the chair moves to another item or
// opens another vote (across a reload too). Kept in step by live events, and by a snapshot on login
// and whenever the socket could not resume. Drawing it is display-view.js's job.

import * as api from './api.js';
import { t } from './i18n.js';
import { announce } from './dom.js';
import { outcomeText } from './votefmt.js';
import { createSnapshot } from './snapshot.js';

const LAST_RESULT_KEY = 'dienhong.display.lastResult';
const NOTICE_SHOWN_MS = 20000;

/** view: render(s), renderProgress(s) (false when the progress is not on screen) and renderNotice(s). */
export function createDisplayState({ live, view }) {
  // s.vote: the open vote; s.progress: { voted, present, total }; s.result: the last closed vote's result
  const s = { meeting: null, vote: null, progress: null, result: null, notice: null };
  let active = false;
  let noticeTimer = null;

  const snapshot = createSnapshot({
    fetch: () => Promise.all([api.meeting(), api.currentVote()]),
    apply: applySnapshot,
    isActive: () => active,
  });

  // ---- the last result, remembered by id for a reload ----

  function rememberResult(voteId) {
    try {
      if (voteId === null) sessionStorage.removeItem(LAST_RESULT_KEY);
      else sessionStorage.setItem(LAST_RESULT_KEY, String(voteId));
    } catch {
      // a reload then simply starts without the last result
    }
  }

  function rememberedResult() {
    try {
      const id = Number(sessionStorage.getItem(LAST_RESULT_KEY));
      return Number.isFinite(id) && id > 0 ? id : null;
    } catch {
      return null;
    }
  }

  // ---- snapshot ----

  async function applySnapshot([meeting, current]) {
    s.meeting = meeting;
    if (current) {
      if (!s.vote || s.vote.id !== current.id) {
        s.vote = current;
        s.result = null;
        s.progress = null;
      }
      await loadProgress(current.id);
    } else if (s.vote) {
      const missed = s.vote.id; // closed or cancelled while the socket was away
      s.vote = null;
      await loadResult(missed);
    } else if (!s.result && rememberedResult()) {
      await loadResult(rememberedResult());
    }
    view.render(s);
  }

  async function loadProgress(voteId) {
    try {
      const p = await api.voteProgress(voteId);
      if (s.vote && s.vote.id === voteId) {
        // an event may already have told a higher count than this answer
        s.progress = { ...p, voted: Math.max(p.voted, s.progress?.voted ?? 0) };
        view.renderProgress(s) || view.render(s);
      }
    } catch {
      // the events keep counting; the total falls back to the meeting's
    }
  }

  /** The closed result with title, ballots and audit head; fields from the close event (its audit head) win. */
  async function loadResult(voteId, fromEvent = null) {
    try {
      const full = await api.voteResult(voteId);
      if (full && (!s.result || s.result.voteId === voteId) && !s.vote) {
        s.result = { ...full, ...(fromEvent || {}), title: full.title, form: full.form, ballots: full.ballots,
          maxChoices: s.result?.maxChoices ?? full.maxChoices }; // seats of an election: known from its vote only
        rememberResult(voteId);
        view.render(s);
      }
    } catch (err) {
      if (err.status === 409 || err.status === 404) rememberResult(null); // cancelled or gone
    }
  }

  function showNotice(text) {
    s.notice = text;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => {
      s.notice = null;
      view.renderNotice(s);
    }, NOTICE_SHOWN_MS);
    view.renderNotice(s);
  }

  // ---- live events ----

  live.on('resync', () => {
    if (active) snapshot.refresh();
  });

  // the operator prepared another meeting: its title and agenda replace this one's, and the last
  // meeting's result leaves the screen
  live.on('meeting.changed', () => {
    if (!active) return;
    s.result = null;
    rememberResult(null);
    snapshot.refresh();
  });

  live.on('agenda.changed', (data) => {
    if (!active) return;
    if (s.result) {
      s.result = null; // the chair has moved on: the result leaves the screen
      rememberResult(null);
    }
    const { meeting } = s;
    const item = meeting?.agenda?.find((i) => i.id === data.currentItemId);
    if (!meeting || !item || (data.meetingId !== undefined && data.meetingId !== meeting.id)) {
      snapshot.refresh();
      return;
    }
    meeting.currentItemId = item.id;
    meeting.agenda.forEach((i) => {
      i.current = i.id === item.id;
    });
    view.render(s);
  });

  live.on('vote.opened', (data) => {
    if (!active) return;
    snapshot.changed();
    s.vote = { ...data, id: data.id ?? data.voteId };
    s.result = null;
    rememberResult(null);
    s.progress = { voted: 0, present: null, total: s.meeting?.totalDelegates ?? null };
    s.notice = null;
    view.render(s);
    announce(t('vote.opened', { title: s.vote.title }));
    loadProgress(s.vote.id);
  });

  live.on('vote.progress', (data) => {
    if (!active || !s.vote || data.voteId !== s.vote.id) return;
    s.progress = { ...(s.progress || {}), voted: data.voted };
    view.renderProgress(s) || view.render(s);
  });

  live.on('vote.closed', (data) => {
    if (!active) return;
    snapshot.changed();
    const closing = s.vote && s.vote.id === data.voteId ? s.vote : null;
    if (s.vote && !closing) return; // not the vote on screen
    s.vote = null;
    s.progress = null;
    s.result = { ...data, title: closing?.title ?? s.result?.title ?? '', form: closing?.form ?? data.form,
      maxChoices: closing?.maxChoices };
    rememberResult(data.voteId);
    view.render(s);
    announce(`${t('vote.closed')}. ${outcomeText(s.result)}.`);
    loadResult(data.voteId, data);
  });

  live.on('vote.cancelled', (data) => {
    if (!active) return;
    snapshot.changed();
    if (!s.vote || data.voteId !== s.vote.id) return;
    const { title } = s.vote;
    s.vote = null;
    s.progress = null;
    view.render(s);
    showNotice(t('display.cancelled', { title }));
  });

  return {
    start() {
      active = true;
      view.render(s);
      snapshot.refresh();
    },
    stop() {
      active = false;
      Object.assign(s, { meeting: null, vote: null, progress: null, result: null });
      snapshot.stop();
    },
    /** A deliberate logout: the next one to log in starts without the last result. */
    forgetResult() {
      rememberResult(null);
    },
    render() {
      if (active) view.render(s);
    },
  };
}
