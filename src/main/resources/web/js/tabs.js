// The tablet's sections and the bar of large labelled buttons at the bottom of the screen that
// switches between them (Chương trình · Tài liệu · Phát biểu · Ý kiến · Thông báo), so that a delegate always
// sees where everything is and one tap takes them there. A section a role has no use for has no
// button (a guest sends no opinions).

import { t } from './i18n.js';
import { $, el } from './dom.js';

// The symbols are decoration beside the words, never instead of them.
const ICONS = { agenda: '☰', docs: '▤', speak: '☝', opinions: '✎', notices: '⚑' };

/** sections: [{ name, panel (#id of the section), heading (#id focused on arrival) }], first one shown first. */
export function createTabs({ sections }) {
  const nav = $('#tablet-nav');
  let current = sections[0].name;
  let shown = new Set(sections.map((s) => s.name));
  const listeners = new Set();

  function button(section) {
    return el('li', { class: 'nav-item' },
      el('button', {
        type: 'button', id: `nav-${section.name}`, class: 'nav-button', 'data-section': section.name,
        'aria-controls': section.panel.slice(1),
      },
      el('span', { class: 'nav-icon', 'aria-hidden': 'true' }, ICONS[section.name] || ''),
      el('span', { class: 'nav-label' }, t(`nav.${section.name}`))));
  }

  function render() {
    nav.setAttribute('aria-label', t('nav.label'));
    const list = el('ul', { class: 'nav-list' }, sections.filter((s) => shown.has(s.name)).map(button));
    nav.replaceChildren(list);
    for (const section of sections) {
      const on = section.name === current && shown.has(section.name);
      $(section.panel).hidden = !on;
      const b = $(`#nav-${section.name}`);
      if (b) {
        if (on) b.setAttribute('aria-current', 'page');
        else b.removeAttribute('aria-current');
      }
    }
  }

  function go(name, { focus = true } = {}) {
    const section = sections.find((s) => s.name === name);
    if (!section || !shown.has(name)) return;
    const changed = current !== name;
    current = name;
    render();
    if (focus) $(section.heading)?.focus();
    if (changed) listeners.forEach((fn) => fn(name));
    if (focus) window.scrollTo(0, 0);
  }

  // The reader fills the screen down to the bar, whose labels may wrap onto two lines.
  new ResizeObserver(() => {
    document.documentElement.style.setProperty('--nav-bar-height', `${Math.ceil(nav.getBoundingClientRect().height)}px`);
  }).observe(nav);

  nav.addEventListener('click', (event) => {
    const b = event.target.closest('[data-section]');
    if (b) go(b.dataset.section);
  });

  return {
    render,
    go,
    get current() {
      return current;
    },
    /** Only these sections have a button (the rest stay hidden); back to the first one. */
    only(names) {
      shown = new Set(names);
      current = sections[0].name;
      render();
    },
    onChange(fn) {
      listeners.add(fn);
    },
  };
}
