// Fetching a screen's snapshot (GET …) the same way on every screen. Snapshots are asked for on
// login, on reload and whenever the socket could not resume, so several can be wanted at once:
// only one request runs at a time, and one more follows if more were asked for meanwhile. A failed
// request is retried by itself until the screen is left, because the Wi-Fi usually comes back.

const RETRY_MS = 3000;

/**
 * fetch() asks the server; apply(answer) puts the answer on screen. An event that arrives while a
 * request is under way may be newer than its answer: the screen calls changed() on such events, and
 * then the answer is dropped and asked for again rather than applied over the event.
 */
export function createSnapshot({ fetch, apply, isActive, onError = () => {} }) {
  let loading = null;
  let again = false;
  let changes = 0;
  let retryTimer = null;

  function refresh() {
    clearTimeout(retryTimer);
    if (loading) {
      again = true;
      return loading;
    }
    loading = (async () => {
      const seen = changes;
      try {
        const answer = await fetch();
        if (!isActive()) return;
        if (seen !== changes) {
          again = true;
          return;
        }
        await apply(answer);
      } catch (err) {
        if (!isActive() || err.status === 401) return; // a 401 already sends the app back to login
        onError(err);
        retryTimer = setTimeout(refresh, RETRY_MS);
      } finally {
        loading = null;
        if (again && isActive()) {
          again = false;
          refresh();
        }
      }
    })();
    return loading;
  }

  return {
    refresh,
    get loading() {
      return loading !== null;
    },
    changed() {
      changes += 1;
    },
    /** The screen was left: no retry comes back later. */
    stop() {
      clearTimeout(retryTimer);
    },
  };
}
