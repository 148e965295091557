// Small DOM helpers. Text always goes in through textContent, never innerHTML,
// so agenda titles or server messages can never inject markup.

/** Builds an element: el('p', { class: 'x', lang: 'vi' }, 'text', childNode). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}

/**
 * Sets styles through the CSSOM: the hall server's Content-Security-Policy (default-src 'self') blocks
 * inline style attributes, but not styles set from a script.
 */
export function styled(node, properties) {
  for (const [name, value] of Object.entries(properties)) node.style.setProperty(name, value);
  return node;
}

let announceTimer = null;

/**
 * Speaks a message through the polite live region. Clearing first and writing a moment later
 * makes screen readers announce the same text twice in a row too.
 */
export function announce(message) {
  const region = $('#announcer');
  if (!region) return;
  region.textContent = '';
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    region.textContent = message;
  }, 100);
}

/** dd/MM/yyyy from an ISO date ("2026-12-09") without going through the tablet's time zone. */
export function formatDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** HH:mm as written in the hall's own offset ("2026-12-09T08:00:00+07:00" → "08:00"). */
export function formatTime(isoDateTime) {
  const match = /T(\d{2}):(\d{2})/.exec(isoDateTime || '');
  return match ? `${match[1]}:${match[2]}` : '';
}
