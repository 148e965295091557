// The top bar of the tablet and of the chair display: the brand, the connection badge and the
// language toggle, built here so that the two pages cannot drift apart (each page's own buttons,
// such as the display's logout, stay after them in its HTML). The bar never scrolls away: the
// connection state must always be in sight. Once someone is logged in the badge follows the live
// socket; before that there is no socket, and it tells whether the server answers over HTTP.

import * as api from './api.js';
import { t, getLang, setLang } from './i18n.js';
import { $, el } from './dom.js';

const PROBE_MIN_MS = 1000;
const PROBE_MAX_MS = 10000;

/** titleKey: the page's tagline, also in the window title; pollWhenLoggedOut: keep asking while the server is away. */
export function createTopbar({ live, titleKey, isLoggedIn, pollWhenLoggedOut = false }) {
  const bar = $('.topbar');
  const badge = el('p', { id: 'connection', class: 'connection', role: 'status' },
    el('span', { class: 'connection-icon', 'aria-hidden': 'true' }),
    el('span', { class: 'connection-text' }));
  const langToggle = el('button', { type: 'button', id: 'lang-toggle', class: 'btn btn-lang' });
  bar.prepend(
    el('p', { class: 'brand' },
      el('span', { class: 'brand-name' }, t('app.name')),
      el('span', { class: 'brand-tagline', 'data-i18n': titleKey }, t(titleKey))),
    badge,
    langToggle);

  let httpReachable = null;
  let probeTimer = null;
  let probeDelay = PROBE_MIN_MS;

  function connectionState() {
    if (isLoggedIn()) return live.state === 'online' ? 'online' : live.state === 'connecting' ? 'checking' : 'offline';
    if (httpReachable === null) return 'checking';
    return httpReachable ? 'online' : 'offline';
  }

  function renderBadge() {
    const state = connectionState();
    if (badge.dataset.state === state && badge.dataset.lang === getLang()) return; // avoid re-announcing
    badge.dataset.state = state;
    badge.dataset.lang = getLang();
    $('.connection-icon', badge).textContent = state === 'online' ? '✓' : state === 'offline' ? '⚠' : '…';
    $('.connection-text', badge).textContent = t(`conn.${state}`);
  }

  function renderLangToggle() {
    langToggle.textContent = t('lang.switch');
    langToggle.lang = getLang() === 'vi' ? 'en' : 'vi';
    document.title = `${t('app.name')} – ${t(titleKey)}`;
  }

  // Before login there is no socket, so poll gently until the server answers again.
  function startProbe() {
    if (probeTimer) return;
    probeTimer = setTimeout(async () => {
      probeTimer = null;
      probeDelay = Math.min(PROBE_MAX_MS, probeDelay * 2);
      await api.me({ handle401: false }).catch(() => {});
      if (httpReachable) probeDelay = PROBE_MIN_MS;
    }, Math.random() * probeDelay);
  }

  function stopProbe() {
    clearTimeout(probeTimer);
    probeTimer = null;
    probeDelay = PROBE_MIN_MS;
  }

  live.onState(renderBadge);

  api.onReachability((ok) => {
    httpReachable = ok;
    if (pollWhenLoggedOut && !isLoggedIn() && !ok && !$('#screen-login').hidden) startProbe();
    renderBadge();
  });

  langToggle.addEventListener('click', () => {
    setLang(getLang() === 'vi' ? 'en' : 'vi');
  });

  // The bar is fixed; the page starts below it however many lines it wraps to.
  new ResizeObserver(([entry]) => {
    const height = Math.ceil(entry.target.getBoundingClientRect().height);
    document.documentElement.style.setProperty('--topbar-height', `${height}px`);
  }).observe(bar);

  return {
    render() {
      renderLangToggle();
      renderBadge();
    },
    loggedIn() {
      stopProbe();
      renderBadge();
    },
    loggedOut() {
      if (pollWhenLoggedOut && httpReachable === false) startProbe();
      renderBadge();
    },
  };
}
