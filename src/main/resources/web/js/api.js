// The one door to the hall server's JSON API. Every screen goes through
// request() so that the bearer token, timeouts and the "session ended" rule
// live in one place.

const TOKEN_KEY = 'dienhong.token';
// Hall Wi-Fi can swallow a request without ever failing it; past this we call it lost.
const TIMEOUT_MS = 15000;

let unauthorizedHandler = () => {};
const reachabilityListeners = new Set();

/** An API failure; status 0 means the request never got an answer (network down, timeout). */
export class ApiError extends Error {
  constructor(status, code, message, retryAfterSeconds = null) {
    super(message || code);
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get isNetwork() {
    return this.status === 0;
  }
}

export function getToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null; // the HttpOnly cookie still authenticates us
  }
}

function setToken(token) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // same as above: the cookie carries the session
  }
}

export function clearToken() {
  setToken(null);
}

/** Called with the error when any call (except login itself) gets 401: the session expired or was ended. */
export function onUnauthorized(fn) {
  unauthorizedHandler = fn;
}

/** Called with true/false whenever a request did or did not reach the server. */
export function onReachability(fn) {
  reachabilityListeners.add(fn);
}

function reached(ok) {
  reachabilityListeners.forEach((fn) => fn(ok));
}

/** Any call of the API (screens with their own endpoints wrap it, as api-floor.js does). */
export async function request(method, path, body, { handle401 = true } = {}) {
  const headers = { Accept: 'application/json' };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: controller.signal,
    });
  } catch {
    reached(false);
    throw new ApiError(0, 'network', '');
  } finally {
    clearTimeout(timer);
  }
  reached(true);

  const payload = await readJson(response);
  if (response.ok) return payload;

  const error = new ApiError(response.status, payload?.error || `http_${response.status}`,
    payload?.message || '', parseRetryAfter(response.headers.get('Retry-After')));
  if (response.status === 401 && handle401) {
    clearToken();
    unauthorizedHandler(error);
  }
  throw error;
}

async function readJson(response) {
  const text = await response.text().catch(() => '');
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function parseRetryAfter(value) {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value); // the header may also be an HTTP date
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

export async function login(username, pin) {
  // A 401 here means wrong credentials, not an ended session: the login screen handles it.
  const result = await request('POST', '/api/v1/login', { username, pin }, { handle401: false });
  setToken(result?.token);
  return result;
}

export async function logout() {
  try {
    await request('POST', '/api/v1/logout', undefined, { handle401: false });
  } finally {
    clearToken();
  }
}

export function me({ handle401 = true } = {}) {
  return request('GET', '/api/v1/me', undefined, { handle401 });
}

export function meeting() {
  return request('GET', '/api/v1/meeting');
}

/** The open vote with canVote/hasVoted for this account, or null when no vote is open (204). */
export function currentVote() {
  return request('GET', '/api/v1/votes/current');
}

/**
 * Casts a ballot. Sending the same ballotId again is safe: the server answers with the same
 * receipt (even after the vote has closed), so a ballot whose answer was lost is retried with its
 * own id, never a new one.
 */
export function castBallot(voteId, ballotId, choice) {
  // a vote with subjects takes one mark per official or candidate, in order
  const body = Array.isArray(choice) ? { ballotId, choices: choice } : { ballotId, choice };
  return request('POST', `/api/v1/votes/${encodeURIComponent(voteId)}/ballots`, body);
}

export function voteProgress(voteId) {
  return request('GET', `/api/v1/votes/${encodeURIComponent(voteId)}/progress`);
}

/** The closed vote's result (409 vote_not_closed before close); open votes carry every delegate's choice. */
export function voteResult(voteId) {
  return request('GET', `/api/v1/votes/${encodeURIComponent(voteId)}/result`);
}
