// The login screen of the tablet and of the chair display. Its markup is built here, so that the
// two pages cannot drift apart; it goes in after the loading screen, which stays in each page's
// HTML because it is what shows before any script has run. Messages are kept as keys, not text,
// so switching the language re-renders an error that is already on screen.

import * as api from './api.js';
import { t } from './i18n.js';
import { $, el } from './dom.js';

/** Static texts carry their key in data-i18n, so a language switch (applyStatic) relabels them. */
function label(tag, key, attrs = {}) {
  return el(tag, { ...attrs, 'data-i18n': key }, t(key));
}

function buildScreen() {
  const input = (attrs) => el('input', { ...attrs, required: true, 'aria-describedby': 'login-error' });
  $('#screen-loading').after(el('section', {
    id: 'screen-login', class: 'screen screen-login', 'aria-labelledby': 'login-heading', hidden: true,
  }, el('div', { class: 'login-card' },
    label('h1', 'login.heading', { id: 'login-heading', tabindex: '-1' }),
    label('p', 'login.intro', { class: 'login-intro' }),
    el('p', { id: 'login-notice', class: 'notice', role: 'status' }),
    el('form', { id: 'login-form', class: 'login-form', novalidate: true },
      el('div', { class: 'field' },
        label('label', 'login.username', { for: 'username' }),
        input({ id: 'username', name: 'username', type: 'text', autocomplete: 'username', autocapitalize: 'none',
          autocorrect: 'off', spellcheck: 'false' })),
      el('div', { class: 'field' },
        label('label', 'login.pin', { for: 'pin' }),
        el('div', { class: 'pin-row' },
          input({ id: 'pin', name: 'pin', type: 'password', autocomplete: 'current-password' }),
          el('button', { type: 'button', id: 'pin-toggle', class: 'btn btn-secondary', 'aria-controls': 'pin' }))),
      el('p', { id: 'login-error', class: 'error', role: 'alert' }),
      el('button', { type: 'submit', id: 'login-submit', class: 'btn btn-primary btn-block' })))));
}

export function createLogin({ onLoggedIn }) {
  buildScreen();
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

  render();

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
