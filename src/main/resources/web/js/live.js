// The tablet's one WebSocket to the hall. Hall Wi-Fi drops often, so this
// module reconnects by itself and resumes from the last event it applied;
// screens only subscribe to event types and never see the socket.

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 10000;

/**
 * Creates the live channel. Screens call on(type, fn) for pushed events; "resync" is also raised
 * when the tablet cannot know what it missed (first connection, server restarted), which means:
 * fetch a fresh snapshot.
 */
export function createLive({ onHandshakeFailed = () => {} } = {}) {
  const handlers = new Map();
  const stateListeners = new Set();
  let socket = null;
  let stopped = true;
  let attempt = 0;
  let timer = null;
  let lastSeq = null;
  let epoch = null;
  let state = 'offline';

  function on(type, fn) {
    if (!handlers.has(type)) handlers.set(type, new Set());
    handlers.get(type).add(fn);
    return () => handlers.get(type).delete(fn);
  }

  function emit(type, message) {
    (handlers.get(type) || []).forEach((fn) => {
      try {
        fn(message.data || {}, message);
      } catch (err) {
        // one faulty screen must not stop the others from hearing the event
        console.error(`handler for ${type} failed`, err);
      }
    });
  }

  function onState(fn) {
    stateListeners.add(fn);
    fn(state);
  }

  function setState(next) {
    if (next === state) return;
    state = next;
    stateListeners.forEach((fn) => fn(state));
  }

  function url() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const params = new URLSearchParams();
    if (lastSeq !== null && epoch) {
      params.set('since', String(lastSeq));
      params.set('epoch', epoch);
    }
    const query = params.toString();
    return `${scheme}://${location.host}/ws${query ? `?${query}` : ''}`;
  }

  function connect() {
    clearTimeout(timer);
    timer = null;
    if (stopped || socket) return;
    let greeted = false;
    const ws = new WebSocket(url());
    socket = ws;
    ws.onmessage = (event) => {
      if (socket !== ws) return;
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return; // a garbled frame is not worth dropping the connection for
      }
      if (message?.type === 'hello') greeted = true;
      handle(message);
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      setState('offline');
      // A socket refused before its hello may mean our session ended: let the app check.
      if (!greeted && !stopped) onHandshakeFailed();
      scheduleReconnect();
    };
    // onerror is always followed by onclose, which does the work
  }

  function handle(message) {
    if (!message || typeof message.type !== 'string') return;
    if (message.type === 'hello') {
      attempt = 0;
      setState('online');
      const restarted = epoch !== null && message.epoch !== epoch;
      const fresh = lastSeq === null || restarted || message.seq < lastSeq;
      epoch = message.epoch ?? null;
      if (fresh) {
        // Nothing to resume from: start counting at the server's present and take a snapshot.
        lastSeq = message.seq ?? null;
        emit('resync', message);
      }
      emit('hello', message);
      return;
    }
    if (message.type === 'resync') {
      lastSeq = message.seq ?? lastSeq;
      emit('resync', message);
      return;
    }
    if (typeof message.seq === 'number') {
      if (lastSeq !== null && message.seq <= lastSeq) return; // already applied (replay overlap)
      lastSeq = message.seq;
    }
    emit(message.type, message);
  }

  function scheduleReconnect() {
    if (stopped || timer) return;
    // Full jitter: forty tablets that lost Wi-Fi together must not return together.
    const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
    attempt += 1;
    timer = setTimeout(connect, Math.random() * ceiling);
  }

  function reconnectNow() {
    if (stopped || state === 'online') return;
    attempt = 0;
    if (!socket) connect();
  }

  window.addEventListener('online', reconnectNow);
  // A tablet that slept has usually lost its socket without being told.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') reconnectNow();
  });
  window.addEventListener('offline', () => {
    if (socket) socket.close();
  });

  return {
    on,
    onState,
    get state() {
      return state;
    },
    start() {
      if (!stopped) return;
      stopped = false;
      attempt = 0;
      setState('connecting');
      connect();
    },
    /** Stops for good (logout): the next start() begins afresh with a new snapshot. */
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = null;
      const ws = socket;
      socket = null;
      if (ws) ws.close(1000);
      lastSeq = null;
      epoch = null;
      setState('offline');
    },
  };
}
