// Bootstrap: restores a session, switches screens, shows the connection state.
// Later features (votes, speakers, documents, notices) become modules like
// meeting.js: they get { live } and subscribe to their own event types.

import * as api from './api.js';
import { createLive } from './live.js';
import { t, getLang, setLang, onLangChange, applyStatic } from './i18n.js';
import { $ } from './dom.js';
import { createLogin } from './login.js';
import { createMeetingScreen } from './meeting.js';
import { createVoteScreen } from './vote.js';

const SCREENS = ['loading', 'login', 'meeting'];
const PROBE_MAX_MS = 10000;

let account = null;
let httpReachable = null;
let probeTimer = null;
let probeDelay = 1000;
let lastSessionCheck = 0;

const live = createLive({ onHandshakeFailed: checkSession });
const login = createLogin({ onLoggedIn: enterMeeting });
const meetingScreen = createMeetingScreen({ live });
const voteScreen = createVoteScreen({ live });

function showScreen(name) {
  for (const screen of SCREENS) $(`#screen-${screen}`).hidden = screen !== name;
  $('#session-bar').hidden = name !== 'meeting';
}

function enterMeeting(who) {
  account = who;
  stopProbe();
  showScreen('meeting');
  meetingScreen.show(who);
  voteScreen.show(who);
  live.start();
  renderConnection();
}

function leaveToLogin(noticeKey = null, options = {}) {
  account = null;
  live.stop();
  voteScreen.hide();
  meetingScreen.hide();
  showScreen('login');
  login.show(noticeKey, options);
  if (httpReachable === false) startProbe();
  renderConnection();
}

// The server ended or expired the session: whatever screen we are on, log in again.
api.onUnauthorized(() => {
  if (account) leaveToLogin('login.expired');
});

/** A socket refused before its hello may be an ended session; ask over HTTP (a 401 lands above). */
function checkSession() {
  const now = Date.now();
  if (!account || now - lastSessionCheck < 5000) return;
  lastSessionCheck = now;
  api.me().catch(() => {});
}

// ---- connection state: the socket once logged in, plain HTTP reachability before ----

function connectionState() {
  if (account) return live.state === 'online' ? 'online' : live.state === 'connecting' ? 'checking' : 'offline';
  if (httpReachable === null) return 'checking';
  return httpReachable ? 'online' : 'offline';
}

function renderConnection() {
  const state = connectionState();
  const box = $('#connection');
  if (box.dataset.state === state && box.dataset.lang === getLang()) return; // avoid re-announcing
  box.dataset.state = state;
  box.dataset.lang = getLang();
  $('.connection-icon', box).textContent = state === 'online' ? '✓' : state === 'offline' ? '⚠' : '…';
  $('.connection-text', box).textContent = t(`conn.${state}`);
}

live.onState(renderConnection);

api.onReachability((ok) => {
  httpReachable = ok;
  if (!account && !ok && !$('#screen-login').hidden) startProbe();
  renderConnection();
});

// Before login there is no socket, so poll gently until the server answers again.
function startProbe() {
  if (probeTimer) return;
  probeTimer = setTimeout(async () => {
    probeTimer = null;
    probeDelay = Math.min(PROBE_MAX_MS, probeDelay * 2);
    await api.me({ handle401: false }).catch(() => {});
    if (httpReachable) probeDelay = 1000;
  }, Math.random() * probeDelay);
}

function stopProbe() {
  clearTimeout(probeTimer);
  probeTimer = null;
  probeDelay = 1000;
}

// ---- language ----

function renderLangToggle() {
  const button = $('#lang-toggle');
  button.textContent = t('lang.switch');
  button.lang = getLang() === 'vi' ? 'en' : 'vi';
  document.title = `${t('app.name')} – ${t('app.tagline')}`;
}

$('#lang-toggle').addEventListener('click', () => {
  setLang(getLang() === 'vi' ? 'en' : 'vi');
});

onLangChange(() => {
  renderLangToggle();
  renderConnection();
  login.render();
  meetingScreen.render();
  voteScreen.render();
});

// ---- logout ----

$('#logout').addEventListener('click', async () => {
  const button = $('#logout');
  button.disabled = true;
  try {
    await api.logout();
  } catch {
    // Offline: the server will expire the session; this tablet forgets it now.
  } finally {
    button.disabled = false;
  }
  voteScreen.forget(); // the tablet may pass to another delegate
  leaveToLogin('login.loggedOut', { clearUsername: true });
});

// ---- start ----

// The top bar is fixed; the page starts below it however many lines it wraps to.
new ResizeObserver(([entry]) => {
  const height = Math.ceil(entry.target.getBoundingClientRect().height);
  document.documentElement.style.setProperty('--topbar-height', `${height}px`);
}).observe($('.topbar'));

async function restoreSession(hadToken, delay = 1000) {
  try {
    enterMeeting(await api.me({ handle401: false }));
  } catch (err) {
    if (err.status === 401 || err.status === 403) {
      api.clearToken();
      leaveToLogin(hadToken ? 'login.expired' : null);
    } else {
      // Server unreachable or failing: keep the loading screen and retry rather than ask for the PIN.
      setTimeout(() => restoreSession(hadToken, Math.min(PROBE_MAX_MS, delay * 2)), Math.random() * delay + 500);
    }
  }
}

applyStatic(document);
renderLangToggle();
renderConnection();
showScreen('loading');
restoreSession(Boolean(api.getToken()));
