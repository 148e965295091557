// Who has the floor, on every section of the tablet: the speaker, the kind of speech and the time
// left on the server's clock, a warning near the end and "Quá giờ" after it. The delegate who is
// speaking sees it in large type ("Bạn đang phát biểu – còn 02:41") and hears it said.

import * as floorApi from './api-floor.js';
import { t } from './i18n.js';
import { $, el, announce } from './dom.js';
import { createSnapshot } from './snapshot.js';
import { createFloorClock } from './floor-clock.js';
import { kindLabel, speakerName } from './floorfmt.js';

export function createFloorNow({ live, clock }) {
  const box = $('#floor-now');
  let account = null;
  let floor = null;
  let section = null;
  let warned = null; // the turn whose warning was said aloud

  const turnClock = createFloorClock({ clock, onTick: sayWarning });
  const snapshot = createSnapshot({
    fetch: floorApi.floor,
    apply(fresh) {
      floor = fresh;
      render();
    },
    isActive: () => account !== null,
  });

  const isOwn = () => Boolean(floor?.speaker && account?.delegateId != null && floor.speaker.delegateId === account.delegateId);

  function sayWarning(time) {
    if (!isOwn() || time.phase !== 'warning' || warned === floor.speaker.id) return;
    warned = floor.speaker.id;
    announce(t('floor.warn', { n: time.seconds }));
  }

  function details(sp) {
    return el('p', { class: 'floor-details' },
      el('span', { class: `kind-chip kind-${sp.kind}` }, kindLabel(sp.kind)),
      sp.respondentName ? el('span', { class: 'floor-to' }, ' ', t('speak.questionTo', { name: '' }),
        el('span', { lang: 'vi' }, sp.respondentName)) : '',
      sp.topic ? el('span', { class: 'floor-topic', lang: 'vi' }, ` ${sp.topic}`) : '');
  }

  function render() {
    const sp = floor?.speaker || null;
    const state = !sp ? 'none' : isOwn() ? 'own' : 'other';
    box.dataset.state = state;
    // nobody speaking is news only on the speaking section; a turn is shown on every section
    box.hidden = !account || (state === 'none' && section !== 'speak');
    turnClock.run(floor);
    if (state === 'none') {
      box.replaceChildren(el('p', { class: 'floor-kicker' }, t('floor.speaking')), el('p', { class: 'floor-none' }, t('floor.none')));
      return;
    }
    if (state === 'own') {
      box.replaceChildren(
        el('p', { class: 'floor-you-line' },
          el('strong', { id: 'floor-heading', class: 'floor-you' }, t('floor.you')),
          el('span', { 'aria-hidden': 'true' }, ' – '),
          turnClock.element({ id: 'floor-time', className: 'floor-time is-own', own: true, tag: 'span' })),
        details(sp));
      return;
    }
    box.replaceChildren(
      el('div', { class: 'floor-who' },
        el('p', { id: 'floor-heading', class: 'floor-kicker' }, t('floor.speaking')),
        el('p', { class: 'floor-name', lang: 'vi' }, speakerName(sp)),
        details(sp)),
      turnClock.element({ id: 'floor-time', className: 'floor-time' }));
  }

  function changed(data) {
    if (!account) return;
    snapshot.changed();
    const wasOwn = isOwn();
    floor = data;
    render();
    if (isOwn() && !wasOwn) announce(t('floor.given'));
  }

  live.on('floor.changed', changed);
  live.on('resync', () => account && snapshot.refresh());
  live.on('meeting.changed', () => account && snapshot.refresh());

  return {
    render,
    show(who) {
      account = who;
      render();
      snapshot.refresh();
    },
    hide() {
      account = null;
      floor = null;
      warned = null;
      snapshot.stop();
      turnClock.stop();
      render();
    },
    /** The section on screen: nobody speaking is shown on the speaking section only. */
    setSection(name) {
      section = name;
      render();
    },
    get floor() {
      return floor;
    },
  };
}
