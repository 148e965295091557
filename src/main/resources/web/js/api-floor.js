// The floor's endpoints (attendance, speakers, opinions, notices), kept beside api.js so that the
// one door to the server (its request(): token, timeouts, the "session ended" rule) stays small.

import { request } from './api.js';

const id = (value) => encodeURIComponent(value);

/** Checks the caller in for the current sitting; answers the attendance object. */
export function checkIn() {
  return request('POST', '/api/v1/attendance', {});
}

/** The attendance object with every delegate's mark (chair, secretary, operator, display). */
export function attendance() {
  return request('GET', '/api/v1/attendance');
}

/** The queue: the speaker first, then the waiting in order. */
export function speakers() {
  return request('GET', '/api/v1/speakers');
}

/** { kind, respondentId?, replyToId?, topic? } → the new request, last in the queue. */
export function askToSpeak(ask) {
  return request('POST', '/api/v1/speakers', ask);
}

export function withdraw(requestId) {
  return request('DELETE', `/api/v1/speakers/${id(requestId)}`);
}

/** { speaker, startedAt, limitSeconds, warningSeconds, endsAt }. */
export function floor() {
  return request('GET', '/api/v1/floor');
}

export function respondents() {
  return request('GET', '/api/v1/respondents');
}

/** The questions addressed to this respondent. */
export function questions() {
  return request('GET', '/api/v1/questions');
}

export function sendOpinion(text) {
  return request('POST', '/api/v1/opinions', { text });
}

export function myOpinions() {
  return request('GET', '/api/v1/opinions/mine');
}

export function notices() {
  return request('GET', '/api/v1/notices');
}
