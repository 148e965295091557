// The login screen. Messages are kept as keys, not text, so switching the
// language re-renders an error that is already on screen.

import * as api from './api.js';
import { t } from './i18n.js';
import { $ } from './dom.js';

export function createLogin({ onLoggedIn }) {
  const form = $('#login-form');
  const username = $('#username');
  const pin = $('#pin');
  const pinToggle = $('#pin-toggle');
  const submit = $('#login-submit');
  const errorBox = $('#login-error');
  const noticeBox = $('#login-notice');
  let error = null; // { key, params } or null
  let notice = null;
  let busy = false;

  function render() {
    errorBox.textContent = error ? t(error.key, error.params) : '';
    noticeBox.textContent = notice ? t(notice) : '';
    const invalid = error && error.fields ? error.fields : [];
    for (const [field, input] of [['username', username], ['pin', pin]]) {
      if (invalid.includes(field)) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    const shown = pin.type === 'text';
    pinToggle.textContent = t(shown ? 'login.hidePin' : 'login.showPin');
    submit.textContent = t(busy ? 'login.busy' : 'login.submit');
    submit.disabled = busy;
    form.setAttribute('aria-busy', String(busy));
  }

  function messageFor(err) {
    if (err.isNetwork) return { key: 'login.network' };
    if (err.status === 401) return { key: 'login.wrong', fields: ['username', 'pin'] };
    if (err.status === 429) {
      if (err.retryAfterSeconds === null) return { key: 'login.throttled', params: { n: 15 } };
      return { key: 'login.throttled', params: { n: Math.max(1, Math.ceil(err.retryAfterSeconds / 60)) } };
    }
    return { key: 'error.generic' };
  }

  // Older delegates mistype PINs on a touch keyboard: let them see what they typed.
  pinToggle.addEventListener('click', () => {
    pin.type = pin.type === 'password' ? 'text' : 'password';
    render();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    const name = username.value.trim();
    if (!name || !pin.value) {
      error = { key: 'login.missing', fields: [!name && 'username', !pin.value && 'pin'].filter(Boolean) };
      render();
      (name ? pin : username).focus();
      return;
    }
    busy = true;
    error = null;
    notice = null;
    render();
    try {
      const result = await api.login(name, pin.value);
      pin.value = '';
      pin.type = 'password';
      busy = false;
      render();
      onLoggedIn(result.account);
    } catch (err) {
      busy = false;
      error = messageFor(err);
      if (err.status === 401) pin.value = '';
      render();
      // Back to the PIN field: it is what most often needs retyping.
      if (err.status === 401) pin.focus();
    }
  });

  return {
    render,
    /**
     * Shows the screen, optionally with a notice such as "your session expired". After a logout the
     * tablet may pass to another delegate, so the username goes too; after an expiry it stays.
     */
    show(noticeKey = null, { clearUsername = false } = {}) {
      notice = noticeKey;
      if (clearUsername) username.value = '';
      error = null;
      busy = false;
      pin.value = '';
      pin.type = 'password';
      render();
      $('#login-heading').focus();
    },
  };
}
