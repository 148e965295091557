// The meeting screen: who is logged in, the session, the sitting, the item
// under discussion and the agenda. It keeps the last snapshot it got, so a
// delegate keeps reading it while the Wi-Fi is away.

import * as api from './api.js';
import { t } from './i18n.js';
import { $, el, announce, formatDate, formatTime } from './dom.js';
import { createSnapshot } from './snapshot.js';

/** onMeeting(meeting) follows every snapshot put on screen (its attendance is attendance.js's). */
export function createMeetingScreen({ live, onMeeting = () => {} }) {
  let meeting = null;
  let account = null;
  let active = false;
  let pendingEvents = [];
  let statusKey = null;
  let focusTitleOnRender = false;

  const snapshot = createSnapshot({
    fetch: api.meeting,
    apply(fresh) {
      meeting = fresh;
      statusKey = null;
      render();
      pendingEvents.splice(0).forEach((data) => applyAgendaChange(data, { quiet: true }));
      onMeeting(meeting);
    },
    isActive: () => active,
    onError(err) {
      statusKey = err.status === 404 ? 'meeting.none' : meeting ? null : 'meeting.loadFailed';
      renderStatus();
    },
  });
  const refresh = snapshot.refresh;

  live.on('resync', () => {
    if (active) refresh();
  });

  // the operator prepared another meeting: its title, agenda and attendance replace this one's
  live.on('meeting.changed', () => {
    if (active) refresh();
  });

  live.on('agenda.changed', (data) => {
    if (!active) return;
    // A snapshot in flight may predate this event: apply it on top once the snapshot lands.
    if (snapshot.loading) pendingEvents.push(data);
    else applyAgendaChange(data);
  });

  function applyAgendaChange(data, { quiet = false } = {}) {
    if (!meeting || (data.meetingId !== undefined && data.meetingId !== meeting.id)) {
      refresh();
      return;
    }
    const item = meeting.agenda.find((i) => i.id === data.currentItemId);
    if (!item) {
      refresh(); // an item we do not know: the agenda itself changed
      return;
    }
    if (meeting.currentItemId === item.id) return;
    meeting.currentItemId = item.id;
    meeting.agenda.forEach((i) => {
      i.current = i.id === item.id;
    });
    render();
    const card = $('#current-item');
    card.classList.remove('just-changed');
    void card.offsetWidth; // restart the highlight animation
    card.classList.add('just-changed');
    if (!quiet) announce(t('meeting.changed', { n: item.ordinal, title: item.title }));
  }

  function currentItem() {
    if (!meeting) return null;
    return meeting.agenda.find((i) => i.id === meeting.currentItemId) || meeting.agenda.find((i) => i.current) || null;
  }

  function renderStatus() {
    $('#meeting-status').textContent = statusKey ? t(statusKey) : '';
  }

  function renderHeader() {
    $('#user-name').textContent = account?.displayName || account?.username || '';
    $('#user-title').textContent = account?.title || '';
    const council = $('#council-line');
    const title = $('#meeting-title');
    if (!meeting) {
      council.textContent = '';
      title.textContent = '';
      $('#demo-badge').hidden = true;
      return;
    }
    council.replaceChildren(
      el('span', { lang: 'vi' }, meeting.council?.name || ''),
      meeting.council?.term ? el('span', { class: 'term' }, ` ${t('meeting.term', { term: meeting.council.term })}`) : '',
    );
    council.removeAttribute('lang');
    title.textContent = meeting.title || '';
    $('#demo-badge').hidden = !meeting.demo;
  }

  function renderInfo() {
    const from = formatDate(meeting.startsOn);
    const to = formatDate(meeting.endsOn);
    const dates = to && to !== from ? t('meeting.dates', { from, to }) : from ? t('meeting.oneDay', { from }) : '';
    $('#meeting-info').replaceChildren(
      meeting.place ? el('span', { lang: 'vi' }, meeting.place) : '',
      meeting.place && dates ? el('span', { 'aria-hidden': 'true', class: 'sep' }, ' · ') : '',
      dates,
    );
    const sitting = (meeting.sittings || []).find((s) => s.id === meeting.currentSittingId);
    $('#sitting-line').replaceChildren(sitting
      ? el('span', {}, el('span', { lang: 'vi' }, sitting.title), sittingTime(sitting))
      : t('meeting.noSitting'));
  }

  function sittingTime(sitting) {
    const time = formatTime(sitting.startsAt);
    return time ? `, ${t('meeting.opensAt', { time })}` : '';
  }

  function itemMeta(item) {
    return el('p', { class: 'item-meta' },
      item.presenter ? el('span', { class: 'presenter' }, t('meeting.presenter', { name: '' }),
        el('span', { lang: 'vi' }, item.presenter)) : '',
      item.presenter && item.durationMinutes ? el('span', { 'aria-hidden': 'true', class: 'sep' }, ' · ') : '',
      item.durationMinutes ? el('span', { class: 'duration' }, t('meeting.minutes', { n: item.durationMinutes })) : '');
  }

  function renderCurrent() {
    const item = currentItem();
    const box = $('#current-item');
    if (!item) {
      box.replaceChildren(el('p', { class: 'empty' }, t('meeting.noCurrent')));
      return;
    }
    box.replaceChildren(
      el('p', { class: 'item-number' }, t('meeting.itemNumber', { n: item.ordinal })),
      el('p', { class: 'current-title', lang: 'vi' }, item.title),
      itemMeta(item),
    );
  }

  function renderAgenda() {
    const list = $('#agenda-list');
    const agenda = [...(meeting.agenda || [])].sort((a, b) => a.ordinal - b.ordinal);
    if (agenda.length === 0) {
      list.replaceChildren(el('p', { class: 'empty' }, t('meeting.emptyAgenda')));
      return;
    }
    const current = currentItem();
    const sittings = [...(meeting.sittings || [])].sort((a, b) => a.ordinal - b.ordinal);
    const groups = sittings.map((s) => ({ sitting: s, items: agenda.filter((i) => i.sittingId === s.id) }));
    const known = new Set(sittings.map((s) => s.id));
    groups.push({ sitting: null, items: agenda.filter((i) => !known.has(i.sittingId)) });
    list.replaceChildren(...groups.filter((g) => g.items.length > 0).map((g) => el('div', { class: 'agenda-group' },
      g.sitting ? el('h3', { class: 'sitting-heading' }, el('span', { lang: 'vi' }, g.sitting.title), sittingTime(g.sitting)) : '',
      el('ol', { class: 'agenda-items' }, g.items.map((item) => agendaRow(item, item === current))))));
  }

  function agendaRow(item, isCurrent) {
    return el('li', { class: isCurrent ? 'agenda-item is-current' : 'agenda-item', 'aria-current': isCurrent ? 'true' : null },
      el('span', { class: 'ordinal', 'aria-hidden': 'true' }, String(item.ordinal)),
      el('div', { class: 'agenda-text' },
        el('span', { class: 'visually-hidden' }, `${t('meeting.itemNumber', { n: item.ordinal })}: `),
        el('p', { class: 'agenda-title', lang: 'vi' }, item.title),
        itemMeta(item),
        isCurrent ? el('p', { class: 'now-tag' }, el('span', { 'aria-hidden': 'true' }, '▶ '), t('meeting.nowDiscussing')) : ''));
  }

  function render() {
    renderHeader();
    renderStatus();
    $('#meeting-body').hidden = !meeting;
    if (meeting) {
      renderInfo();
      renderCurrent();
      renderAgenda();
      if (focusTitleOnRender) {
        focusTitleOnRender = false;
        $('#meeting-title').focus();
      }
    }
  }

  return {
    render,
    show(who) {
      account = who;
      active = true;
      focusTitleOnRender = true;
      render();
      refresh();
    },
    hide() {
      active = false;
      meeting = null;
      account = null;
      pendingEvents = [];
      statusKey = null;
      snapshot.stop();
      render();
    },
    get meeting() {
      return meeting;
    },
  };
}
