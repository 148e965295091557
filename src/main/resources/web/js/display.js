// The chair's projector display (/display): the meeting, the item under
// discussion, and during a vote its countdown and how many have voted; after
// close the result against the total number of delegates, a bar chart, the
// outcome, each delegate's choice for open votes, and the audit hash.
// Read from the back of the hall: it only shows, it never acts.

import * as api from './api.js';
import { createLive } from './live.js';
import { t, getLang, setLang, onLangChange, applyStatic } from './i18n.js';
import { $, el, announce } from './dom.js';
import { createLogin } from './login.js';
import {
  CHOICE_ICONS, choiceLabel, resultLines, tookPartLine, outcomeText, thresholdText, thresholdPercent,
  secondsLeft, formatClock, skewFrom,
} from './votefmt.js';

const SCREENS = ['loading', 'login', 'display'];
const ALLOWED_ROLES = new Set(['DISPLAY', 'CHAIR']);
const LAST_RESULT_KEY = 'dienhong.display.lastResult';
const RETRY_MS = 3000;
const NOTICE_SHOWN_MS = 20000;
const AUDIT_SHOWN_CHARS = 16;

let account = null;
let meeting = null;
let vote = null; // the open vote
let progress = null; // { voted, present, total }
let result = null; // the last closed vote's result, shown until the agenda moves or a vote opens
let notice = null;
let skew = 0;
let loading = null;
let loadAgain = false;
let voteEvents = 0; // counts vote events, so a snapshot that an event overtook is not applied over it
let retryTimer = null;
let noticeTimer = null;
let tickTimer = null;
let httpReachable = null;
let lastSessionCheck = 0;

const live = createLive({ onHandshakeFailed: checkSession });
const login = createLogin({ onLoggedIn: loggedIn });

function showScreen(name) {
  for (const screen of SCREENS) $(`#screen-${screen}`).hidden = screen !== name;
  $('#logout').hidden = name !== 'display';
}

async function loggedIn(who) {
  if (!ALLOWED_ROLES.has(who?.role)) {
    // A delegate's or guest's session is of no use here; do not leave it open on the projector PC.
    await api.logout().catch(() => {});
    login.show('display.wrongRole', { clearUsername: true });
    return;
  }
  enter(who);
}

function enter(who) {
  account = who;
  showScreen('display');
  render();
  live.start();
  refresh();
  renderConnection();
}

function leaveToLogin(noticeKey = null, options = {}) {
  account = null;
  meeting = null;
  vote = null;
  result = null;
  progress = null;
  live.stop();
  clearTimeout(retryTimer);
  stopTick();
  showScreen('login');
  login.show(noticeKey, options);
  renderConnection();
}

api.onUnauthorized(() => {
  if (account) leaveToLogin('login.expired');
});

function checkSession() {
  const now = Date.now();
  if (!account || now - lastSessionCheck < 5000) return;
  lastSessionCheck = now;
  api.me().catch(() => {});
}

// ---- connection ----

function connectionState() {
  if (account) return live.state === 'online' ? 'online' : live.state === 'connecting' ? 'checking' : 'offline';
  if (httpReachable === null) return 'checking';
  return httpReachable ? 'online' : 'offline';
}

function renderConnection() {
  const state = connectionState();
  const box = $('#connection');
  if (box.dataset.state === state && box.dataset.lang === getLang()) return;
  box.dataset.state = state;
  box.dataset.lang = getLang();
  $('.connection-icon', box).textContent = state === 'online' ? '✓' : state === 'offline' ? '⚠' : '…';
  $('.connection-text', box).textContent = t(`conn.${state}`);
}

live.onState(renderConnection);
api.onReachability((ok) => {
  httpReachable = ok;
  renderConnection();
});

// ---- data ----

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

async function refresh() {
  clearTimeout(retryTimer);
  if (loading) {
    loadAgain = true;
    return loading;
  }
  loading = (async () => {
    try {
      const seen = voteEvents;
      const [fresh, current] = await Promise.all([api.meeting(), api.currentVote()]);
      if (!account) return;
      if (seen !== voteEvents) {
        loadAgain = true; // a vote opened or closed while we were asking: ask again
        return;
      }
      meeting = fresh;
      if (current) {
        if (!vote || vote.id !== current.id) {
          vote = current;
          result = null;
          progress = null;
        }
        await loadProgress(current.id);
      } else if (vote) {
        const missed = vote.id; // closed or cancelled while the socket was away
        vote = null;
        await loadResult(missed);
      } else if (!result && rememberedResult()) {
        await loadResult(rememberedResult());
      }
      render();
    } catch (err) {
      if (!account || err.status === 401) return;
      retryTimer = setTimeout(refresh, RETRY_MS);
    } finally {
      loading = null;
      if (loadAgain && account) {
        loadAgain = false;
        refresh();
      }
    }
  })();
  return loading;
}

async function loadProgress(voteId) {
  try {
    const p = await api.voteProgress(voteId);
    if (vote && vote.id === voteId) {
      // an event may already have told a higher count than this answer
      progress = { ...p, voted: Math.max(p.voted, progress?.voted ?? 0) };
      renderProgress() || render();
    }
  } catch {
    // the events keep counting; the total falls back to the meeting's
  }
}

/** The closed result with title, ballots and audit head; fields from the close event (its audit head) win. */
async function loadResult(voteId, fromEvent = null) {
  try {
    const full = await api.voteResult(voteId);
    if (full && (!result || result.voteId === voteId) && !vote) {
      result = { ...full, ...(fromEvent || {}), title: full.title, form: full.form, ballots: full.ballots };
      rememberResult(voteId);
      render();
    }
  } catch (err) {
    if (err.status === 409 || err.status === 404) rememberResult(null); // cancelled or gone
  }
}

function showNotice(text) {
  notice = text;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => {
    notice = null;
    renderNotice();
  }, NOTICE_SHOWN_MS);
  renderNotice();
}

// ---- live events ----

live.on('hello', (data, message) => {
  const measured = skewFrom(message?.at);
  if (measured !== null) skew = measured;
});

live.on('resync', () => {
  if (account) refresh();
});

live.on('agenda.changed', (data) => {
  if (!account) return;
  if (result) {
    result = null; // the chair has moved on: the result leaves the screen
    rememberResult(null);
  }
  const item = meeting?.agenda?.find((i) => i.id === data.currentItemId);
  if (!meeting || !item || (data.meetingId !== undefined && data.meetingId !== meeting.id)) {
    refresh();
    return;
  }
  meeting.currentItemId = item.id;
  meeting.agenda.forEach((i) => {
    i.current = i.id === item.id;
  });
  render();
});

live.on('vote.opened', (data) => {
  if (!account) return;
  voteEvents += 1;
  vote = { ...data, id: data.id ?? data.voteId };
  result = null;
  rememberResult(null);
  progress = { voted: 0, present: null, total: meeting?.totalDelegates ?? null };
  notice = null;
  render();
  announce(t('vote.opened', { title: vote.title }));
  loadProgress(vote.id);
});

live.on('vote.progress', (data) => {
  if (!account || !vote || data.voteId !== vote.id) return;
  progress = { ...(progress || {}), voted: data.voted };
  renderProgress() || render();
});

live.on('vote.closed', (data) => {
  if (!account) return;
  voteEvents += 1;
  const closing = vote && vote.id === data.voteId ? vote : null;
  if (vote && !closing) return; // not the vote on screen
  vote = null;
  progress = null;
  result = { ...data, title: closing?.title ?? result?.title ?? '', form: closing?.form ?? data.form };
  rememberResult(data.voteId);
  render();
  announce(`${t('vote.closed')}. ${outcomeText(result)}.`);
  loadResult(data.voteId, data);
});

live.on('vote.cancelled', (data) => {
  if (!account) return;
  voteEvents += 1;
  if (!vote || data.voteId !== vote.id) return;
  const { title } = vote;
  vote = null;
  progress = null;
  render();
  showNotice(t('display.cancelled', { title }));
});

// ---- rendering ----

/**
 * Sets styles through the CSSOM: the hall server's Content-Security-Policy (default-src 'self') blocks
 * inline style attributes, but not styles set from a script.
 */
function styled(node, properties) {
  for (const [name, value] of Object.entries(properties)) node.style.setProperty(name, value);
  return node;
}

function currentItem() {
  if (!meeting) return null;
  return meeting.agenda?.find((i) => i.id === meeting.currentItemId) || meeting.agenda?.find((i) => i.current) || null;
}

function totalDelegates() {
  return progress?.total ?? meeting?.totalDelegates ?? 0;
}

function renderHead() {
  $('#council-line').textContent = meeting
    ? [meeting.council?.name, meeting.council?.term ? t('meeting.term', { term: meeting.council.term }) : '']
      .filter(Boolean).join(' ')
    : '';
  $('#meeting-title').textContent = meeting?.title || '';
}

function renderNotice() {
  const box = $('#display-notice');
  box.textContent = notice || '';
}

function idleView() {
  const item = currentItem();
  if (!item) {
    return el('section', { class: 'display-idle', 'aria-labelledby': 'idle-heading' },
      el('h2', { id: 'idle-heading', class: 'display-kicker' }, t('meeting.current')),
      el('p', { class: 'idle-empty' }, meeting ? t('meeting.noCurrent') : t('loading')));
  }
  return el('section', { class: 'display-idle', 'aria-labelledby': 'idle-heading' },
    el('h2', { id: 'idle-heading', class: 'display-kicker' }, t('meeting.current')),
    el('p', { class: 'idle-number' }, t('meeting.itemNumber', { n: item.ordinal })),
    el('p', { class: 'idle-title', lang: 'vi' }, item.title),
    item.presenter ? el('p', { class: 'idle-presenter' }, t('meeting.presenter', { name: '' }),
      el('span', { lang: 'vi' }, item.presenter)) : '');
}

function formBadge(form) {
  return el('span', { class: `display-form form-${form}` }, t(`vote.form.${form}`));
}

function progressBlock() {
  const total = totalDelegates();
  const voted = progress?.voted ?? 0;
  const share = total > 0 ? Math.min(100, (voted * 100) / total) : 0;
  return el('div', { class: 'display-progress', id: 'display-progress' },
    el('p', { class: 'progress-line', id: 'progress-line' }, t('display.progress', { n: voted, total })),
    el('div', { class: 'progress-track', 'aria-hidden': 'true' },
      styled(el('div', { class: 'progress-fill', id: 'progress-fill' }), { width: `${share.toFixed(2)}%` })));
}

function votingView() {
  return el('section', { class: 'display-vote', 'aria-labelledby': 'vote-heading' },
    el('p', { class: 'display-kicker vote-live' }, el('span', { class: 'live-dot', 'aria-hidden': 'true' }), t('vote.inProgress'),
      ' ', formBadge(vote.form)),
    el('h2', { id: 'vote-heading', class: 'display-vote-title', lang: 'vi' }, vote.title),
    el('div', { class: 'vote-figures' },
      vote.closesAt ? el('p', { class: 'display-timer', id: 'display-timer' },
        el('span', { class: 'timer-label' }, t('vote.timeLeft')),
        el('span', { class: 'timer-value', id: 'display-countdown', role: 'timer' },
          formatClock(secondsLeft(vote.closesAt, skew) ?? 0))) : '',
      progressBlock()),
    el('p', { class: 'display-threshold' }, thresholdText(vote.threshold)));
}

function chart(r) {
  const lines = resultLines(r);
  const mark = thresholdPercent(r.threshold);
  const box = el('div', { class: 'result-chart' },
    el('ul', { class: 'chart-rows', 'aria-label': t('display.chart') }, lines.map((l) => el('li', { class: `chart-row row-${l.key}` },
      el('p', { class: 'chart-label' },
        el('span', { class: 'chart-icon', 'aria-hidden': 'true' }, CHOICE_ICONS[l.key]),
        el('span', { class: 'chart-text' }, l.text)),
      el('div', { class: 'chart-track', 'aria-hidden': 'true' },
        styled(el('div', { class: 'chart-fill' }), { width: `${Math.min(100, l.percent).toFixed(2)}%` }))))),
    r.threshold === 'MAJORITY_OF_PRESENT' ? '' : el('p', { class: 'chart-legend' },
      el('span', { class: 'legend-mark', 'aria-hidden': 'true' }), t('display.thresholdMark')));
  return styled(box, { '--threshold': `${mark.toFixed(2)}%` });
}

function auditLine(hash) {
  if (!hash) return '';
  const short = hash.length > AUDIT_SHOWN_CHARS ? `${hash.slice(0, AUDIT_SHOWN_CHARS)}…` : hash;
  return el('p', { class: 'display-audit' }, `${t('display.audit')} `,
    el('span', { class: 'audit-hash', id: 'audit-hash', title: t('display.auditFull', { hash }) }, short));
}

function ballotGrid(ballots) {
  const n = ballots.length;
  // at most 13 rows fit under the meeting title on a 1080-line projector
  const cols = Math.max(3, Math.ceil(n / 13));
  const grid = el('ul', { class: 'ballot-grid', id: 'ballot-grid' }, ballots.map((b) => el('li', {
    class: `ballot choice-${b.choice || 'NONE'}`, 'data-delegate': b.delegateId,
  },
  el('span', { class: 'ballot-seat' }, b.seat || ''),
  el('span', { class: 'ballot-name', lang: 'vi', title: b.name }, b.name),
  el('span', { class: 'ballot-choice' }, el('span', { 'aria-hidden': 'true' }, `${CHOICE_ICONS[b.choice || 'NONE']} `),
    choiceLabel(b.choice)))));
  return el('section', { class: `ballot-panel${n > 60 ? ' is-dense' : ''}`, 'aria-labelledby': 'ballots-heading' },
    el('h3', { id: 'ballots-heading', class: 'panel-heading' }, t('display.ballots')),
    styled(grid, { '--cols': String(cols) }));
}

function resultView() {
  const r = result;
  const hasGrid = r.form === 'OPEN' && Array.isArray(r.ballots) && r.ballots.length > 0;
  return el('section', { class: `display-result${hasGrid ? ' with-grid' : ''}`, 'aria-labelledby': 'result-heading' },
    el('div', { class: 'result-title' },
      el('p', { class: 'display-kicker' }, t('vote.closed'), ' ', r.form ? formBadge(r.form) : ''),
      el('h2', { id: 'result-heading', class: 'result-vote-title', lang: 'vi' }, r.title || '')),
    el('div', { class: 'result-summary' },
      el('p', { class: `display-outcome ${r.passed ? 'is-passed' : 'is-failed'}`, id: 'display-outcome' },
        el('span', { 'aria-hidden': 'true' }, r.passed ? '✓ ' : '✗ '), outcomeText(r)),
      el('p', { class: 'display-threshold' }, thresholdText(r.threshold)),
      chart(r),
      el('p', { class: 'display-took-part' }, tookPartLine(r).text),
      auditLine(r.auditHead)),
    hasGrid ? ballotGrid(r.ballots) : '');
}

function render() {
  renderHead();
  renderNotice();
  const bodyNode = $('#display-body');
  const state = vote ? 'vote' : result ? 'result' : 'idle';
  bodyNode.dataset.state = state;
  document.body.dataset.state = state;
  bodyNode.replaceChildren(state === 'vote' ? votingView() : state === 'result' ? resultView() : idleView());
  if (state === 'vote' && vote.closesAt) startTick();
  else stopTick();
}

/** Updates only the progress line and bar; false when they are not on screen. */
function renderProgress() {
  const line = $('#progress-line');
  const fill = $('#progress-fill');
  if (!line || !fill || !vote) return false;
  const total = totalDelegates();
  const voted = progress?.voted ?? 0;
  line.textContent = t('display.progress', { n: voted, total });
  fill.style.width = `${(total > 0 ? Math.min(100, (voted * 100) / total) : 0).toFixed(2)}%`;
  return true;
}

function startTick() {
  if (tickTimer) return;
  tickTimer = setInterval(() => {
    const node = $('#display-countdown');
    if (!node || !vote) return;
    const left = secondsLeft(vote.closesAt, skew) ?? 0;
    node.textContent = formatClock(left);
    $('#display-timer')?.classList.toggle('is-ending', left <= 10);
  }, 500);
}

function stopTick() {
  clearInterval(tickTimer);
  tickTimer = null;
}

// ---- language, logout, start ----

function renderLangToggle() {
  const button = $('#lang-toggle');
  button.textContent = t('lang.switch');
  button.lang = getLang() === 'vi' ? 'en' : 'vi';
  document.title = `${t('app.name')} – ${t('display.name')}`;
}

$('#lang-toggle').addEventListener('click', () => setLang(getLang() === 'vi' ? 'en' : 'vi'));

onLangChange(() => {
  renderLangToggle();
  renderConnection();
  login.render();
  if (account) render();
});

$('#logout').addEventListener('click', async () => {
  try {
    await api.logout();
  } catch {
    // offline: the server expires the session by itself
  }
  rememberResult(null);
  leaveToLogin('login.loggedOut', { clearUsername: true });
});

new ResizeObserver(([entry]) => {
  const height = Math.ceil(entry.target.getBoundingClientRect().height);
  document.documentElement.style.setProperty('--topbar-height', `${height}px`);
}).observe($('.topbar'));

async function restoreSession(hadToken, delay = 1000) {
  try {
    const who = await api.me({ handle401: false });
    if (ALLOWED_ROLES.has(who.role)) enter(who);
    else leaveToLogin('display.wrongRole');
  } catch (err) {
    if (err.status === 401 || err.status === 403) {
      api.clearToken();
      leaveToLogin(hadToken ? 'login.expired' : null);
    } else {
      setTimeout(() => restoreSession(hadToken, Math.min(10000, delay * 2)), Math.random() * delay + 500);
    }
  }
}

applyStatic(document);
renderLangToggle();
renderConnection();
showScreen('loading');
restoreSession(Boolean(api.getToken()));
