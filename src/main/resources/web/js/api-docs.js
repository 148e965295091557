// The documents' endpoints (library, search, notes), kept beside api.js like api-floor.js, so that
// the one door to the server (its request(): token, timeouts, the "session ended" rule) stays small.
// The file itself is fetched by pdf.js (Range requests, the session cookie), from fileUrl().

import { request } from './api.js';

const id = (value) => encodeURIComponent(value);

/** { documents: […] } in category order, each with opened, isNew and updated for this reader. */
export function documents() {
  return request('GET', '/api/v1/documents');
}

/** The address pdf.js reads the PDF from, a range at a time. */
export function fileUrl(documentId) {
  return `/api/v1/documents/${id(documentId)}/file`;
}

/** { query, hits: [{ id, title, category, page, snippet }] }, best first. */
export function search(q) {
  return request('GET', `/api/v1/documents/search?q=${encodeURIComponent(q)}`);
}

/** { notes: […] }: only the caller's own notes on this document (and the versions it replaced). */
export function notes(documentId) {
  return request('GET', `/api/v1/documents/${id(documentId)}/notes`);
}

/** { page, text, quote? } → the new note. */
export function addNote(documentId, note) {
  return request('POST', `/api/v1/documents/${id(documentId)}/notes`, note);
}

export function deleteNote(documentId, noteId) {
  return request('DELETE', `/api/v1/documents/${id(documentId)}/notes/${id(noteId)}`);
}
