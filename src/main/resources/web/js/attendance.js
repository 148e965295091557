// Điểm danh on the tablet: the delegate's own check-in for the current sitting, and the hall's
// count against the quorum, kept live from attendance.changed. The card is built once and only its
// texts change, so that fifty check-ins in a minute neither move the focus nor re-read anything.

import * as api from './api.js';
import * as floorApi from './api-floor.js';
import { t } from './i18n.js';
import { $, el, announce } from './dom.js';
import { attendanceLine, quorumLine, refusal, showRefusal } from './floorfmt.js';

const CHECKED_KEY = 'dienhong.checkedIn';
// Ballots check delegates in without an attendance.changed: the count is read again after a vote
// closes, each tablet at a random moment within this, so that fifty do not ask at once.
const REREAD_SPREAD_MS = 4000;

export function createAttendance({ live }) {
  const card = el('section', { class: 'panel attendance-card', 'aria-labelledby': 'attendance-heading' },
    el('h2', { id: 'attendance-heading' }),
    el('div', { class: 'attendance-figures' },
      el('p', { id: 'attendance-count', class: 'attendance-count' }),
      el('p', { id: 'quorum-line', class: 'quorum-line' },
        el('span', { class: 'quorum-icon', 'aria-hidden': 'true' }), el('span', { class: 'quorum-text' }))),
    el('div', { class: 'check-in-row' },
      el('p', { id: 'check-in-hint', class: 'check-in-hint' }),
      el('button', { type: 'button', id: 'check-in', class: 'btn btn-primary btn-check-in', 'aria-describedby': 'check-in-hint' }),
      el('p', { id: 'checked-in', class: 'checked-in', tabindex: '-1' })),
    el('p', { id: 'attendance-error', class: 'error', role: 'alert' }));
  $('#attendance-box').replaceChildren(card);

  let account = null;
  let attendance = null;
  let sending = false;
  let error = null;

  // A delegate cannot read their own mark back (GET /attendance is the clerks'), so the tablet keeps
  // which sitting it checked in for; checking in twice is harmless.
  function storedKey() {
    return account && attendance?.sittingId != null ? `${CHECKED_KEY}.${account.id}.${attendance.sittingId}` : null;
  }

  function checkedIn() {
    try {
      return Boolean(storedKey() && sessionStorage.getItem(storedKey()));
    } catch {
      return false;
    }
  }

  function remember() {
    try {
      if (storedKey()) sessionStorage.setItem(storedKey(), '1');
    } catch {
      // the button shows again after a reload, which does no harm
    }
  }

  const mayCheckIn = () => Boolean(account && (account.role === 'DELEGATE' || account.role === 'CHAIR') && account.delegateId != null);

  function render() {
    $('#attendance-heading', card).textContent = t('att.heading');
    $('#attendance-count', card).textContent = attendance ? attendanceLine(attendance) : '';
    const quorum = $('#quorum-line', card);
    quorum.hidden = !attendance;
    quorum.classList.toggle('is-met', Boolean(attendance?.quorumMet));
    $('.quorum-icon', quorum).textContent = attendance?.quorumMet ? '✓ ' : '⚠ ';
    $('.quorum-text', quorum).textContent = attendance ? quorumLine(attendance) : '';
    const done = checkedIn();
    const may = mayCheckIn();
    // a large card until the delegate has checked in; then one slim line, so the agenda comes first again
    const slim = done || !may;
    card.classList.toggle('is-slim', slim);
    $('#attendance-heading', card).classList.toggle('visually-hidden', slim);
    $('.check-in-row', card).hidden = !may;
    $('#check-in-hint', card).textContent = t('att.hint');
    $('#check-in-hint', card).hidden = done;
    const button = $('#check-in', card);
    button.hidden = done;
    button.disabled = sending;
    button.textContent = t(sending ? 'att.sending' : 'att.checkIn');
    const ok = $('#checked-in', card);
    ok.hidden = !done;
    ok.textContent = `✓ ${t('att.done')}`;
    showRefusal($('#attendance-error', card), error);
  }

  $('#check-in', card).addEventListener('click', async () => {
    if (sending) return;
    sending = true;
    error = null;
    render();
    try {
      attendance = await floorApi.checkIn();
      remember();
      sending = false;
      render();
      $('#checked-in', card).focus();
      announce(t('att.done'));
    } catch (err) {
      sending = false;
      error = refusal(err, 'att.network');
      render();
    }
  });

  live.on('vote.closed', () => {
    if (!account) return;
    const who = account;
    setTimeout(async () => {
      try {
        const meeting = await api.meeting();
        if (account === who && meeting?.attendance) {
          attendance = meeting.attendance;
          render();
        }
      } catch {
        // the next check-in or snapshot brings the count
      }
    }, Math.random() * REREAD_SPREAD_MS);
  });

  live.on('attendance.changed', (data) => {
    if (!account) return;
    attendance = data;
    render();
  });

  return {
    render,
    show(who) {
      account = who;
      render();
    },
    /** The meeting snapshot carries the attendance object (after login, reload, resync or a new meeting). */
    meetingLoaded(meeting) {
      if (!account) return;
      attendance = meeting?.attendance || null;
      render();
    },
    hide() {
      account = null;
      attendance = null;
      error = null;
      sending = false;
      render();
    },
  };
}
