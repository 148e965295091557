// Turning pages without aiming at a button: the arrow and page keys of a keyboard cover, and a
// swipe across the page (only when the page is not wider than the screen, where a swipe scrolls).

const SWIPE_PX = 70;

/** section hears the keys, view the swipes; turn(step) turns by step pages, to(n) goes to n (Infinity: last). */
export function attachTurns({ section, view, turn, to, zoom }) {
  section.addEventListener('keydown', (event) => {
    if (event.target.closest('input, textarea, select') || event.altKey || event.ctrlKey || event.metaKey) return;
    const action = {
      ArrowRight: () => turn(1), PageDown: () => turn(1), ArrowLeft: () => turn(-1), PageUp: () => turn(-1),
      Home: () => to(1), End: () => to(Infinity), '+': () => zoom(1), '=': () => zoom(1), '-': () => zoom(-1),
    }[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  let start = null;
  view.addEventListener('touchstart', (event) => {
    start = event.touches.length === 1 ? { x: event.touches[0].clientX, y: event.touches[0].clientY } : null;
  }, { passive: true });
  view.addEventListener('touchend', (event) => {
    if (!start || event.changedTouches.length !== 1) return;
    const dx = event.changedTouches[0].clientX - start.x;
    const dy = event.changedTouches[0].clientY - start.y;
    start = null;
    const scrollsSideways = view.scrollWidth > view.clientWidth + 1;
    const selecting = !document.getSelection()?.isCollapsed;
    if (scrollsSideways || selecting || Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return;
    turn(dx < 0 ? 1 : -1);
  }, { passive: true });
}
