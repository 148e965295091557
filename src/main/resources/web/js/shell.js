// What the tablet app and the chair display share around their own screens: restoring the session
// on load, the login screen, the live socket, the top bar, the language switch and logout. A page
// names its main screen and says what happens when someone enters it and leaves it.

import * as api from './api.js';
import { createLive } from './live.js';
import { onLangChange, applyStatic } from './i18n.js';
import { $ } from './dom.js';
import { createLogin } from './login.js';
import { createTopbar } from './topbar.js';

const RESTORE_MAX_MS = 10000;
const SESSION_CHECK_MS = 5000;

/**
 * mainScreen: shown as #screen-<mainScreen> once logged in, together with loggedInOnly (a selector).
 * roles: the roles the page serves (null: all); anyone else gets wrongRoleKey on the login screen.
 * onEnter(account) and onLeave() start and stop the page's screens; onLogout() runs before a
 * deliberate logout leaves; relabel() redraws the page's screens in the new language.
 */
export function createShell({
  titleKey, mainScreen, loggedInOnly, roles = null, wrongRoleKey = null, pollWhenLoggedOut = false,
  onEnter, onLeave, onLogout = () => {}, relabel = () => {},
}) {
  const screens = ['loading', 'login', mainScreen];
  let account = null;
  let lastSessionCheck = 0;

  const live = createLive({ onHandshakeFailed: checkSession });
  const topbar = createTopbar({ live, titleKey, isLoggedIn: () => account !== null, pollWhenLoggedOut });
  const login = createLogin({ onLoggedIn });

  function showScreen(name) {
    for (const screen of screens) $(`#screen-${screen}`).hidden = screen !== name;
    $(loggedInOnly).hidden = name !== mainScreen;
  }

  function allowed(who) {
    return !roles || roles.has(who?.role);
  }

  async function onLoggedIn(who) {
    if (!allowed(who)) {
      // A session of no use on this page must not stay open on a device in the hall.
      await api.logout().catch(() => {});
      login.show(wrongRoleKey, { clearUsername: true });
      return;
    }
    enter(who);
  }

  function enter(who) {
    account = who;
    showScreen(mainScreen);
    onEnter(who);
    live.start();
    topbar.loggedIn();
  }

  function leave(noticeKey = null, options = {}) {
    account = null;
    live.stop();
    onLeave();
    showScreen('login');
    login.show(noticeKey, options);
    topbar.loggedOut();
  }

  // The server ended or expired the session: whatever screen we are on, log in again.
  api.onUnauthorized(() => {
    if (account) leave('login.expired');
  });

  /** A socket refused before its hello may be an ended session; ask over HTTP (a 401 lands above). */
  function checkSession() {
    const now = Date.now();
    if (!account || now - lastSessionCheck < SESSION_CHECK_MS) return;
    lastSessionCheck = now;
    api.me().catch(() => {});
  }

  async function restoreSession(hadToken, delay = 1000) {
    try {
      const who = await api.me({ handle401: false });
      if (allowed(who)) enter(who);
      else leave(wrongRoleKey);
    } catch (err) {
      if (err.status === 401 || err.status === 403) {
        api.clearToken();
        leave(hadToken ? 'login.expired' : null);
      } else {
        // Server unreachable or failing: keep the loading screen and retry rather than ask for the PIN.
        setTimeout(() => restoreSession(hadToken, Math.min(RESTORE_MAX_MS, delay * 2)), Math.random() * delay + 500);
      }
    }
  }

  $('#logout').addEventListener('click', async () => {
    const button = $('#logout');
    button.disabled = true;
    try {
      await api.logout();
    } catch {
      // Offline: the server will expire the session; this device forgets it now.
    } finally {
      button.disabled = false;
    }
    onLogout();
    leave('login.loggedOut', { clearUsername: true });
  });

  onLangChange(() => {
    topbar.render();
    login.render();
    relabel();
  });

  return {
    live,
    start() {
      applyStatic(document);
      topbar.render();
      showScreen('loading');
      restoreSession(Boolean(api.getToken()));
    },
  };
}
