// Vietnamese text folded the way the server's search folds it (TextFolding.java): marks removed,
// đ read as d, lower case, one character for one character, so that a word found in the folded
// text points at the same place in the original and can be highlighted there.

import { el } from './dom.js';

function foldChar(c) {
  if (c === 'đ' || c === 'Đ') return 'd';
  return c.normalize('NFD').charAt(0).toLowerCase().charAt(0);
}

/** The folded text, exactly as long as the NFC form of text. */
export function fold(text) {
  return Array.from(String(text ?? '').normalize('NFC'), (c) => (c.length === 1 ? foldChar(c) : c)).join('');
}

/** The words of a query, folded ("Nghị  quyết" → ["nghi", "quyet"]). */
export function queryWords(query) {
  return fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * The text as nodes, each place where a word of the query begins a word of the text wrapped in
 * <mark> (the last word may be unfinished, as in the server's search).
 */
export function highlighted(text, query) {
  const original = String(text ?? '').normalize('NFC');
  const folded = fold(original);
  const words = queryWords(query);
  const marks = [];
  for (const word of words) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'gu');
    for (const match of folded.matchAll(pattern)) marks.push([match.index, match.index + word.length]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const nodes = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at) continue; // overlaps the previous mark
    if (start > at) nodes.push(original.slice(at, start));
    // a folded word may end inside a longer word: mark the whole of it, as a reader sees words
    let stop = end;
    while (stop < original.length && /[\p{L}\p{N}]/u.test(folded[stop])) stop += 1;
    nodes.push(el('mark', {}, original.slice(start, stop)));
    at = stop;
  }
  nodes.push(original.slice(at));
  return nodes.filter((n) => n !== '');
}
