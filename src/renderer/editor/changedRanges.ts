/**
 * The ranges of a transaction's document that its steps wrote: each step's
 * changed range, mapped through the steps after it, in document order. A
 * deletion is an empty range where the text was. Used to redo only what an
 * edit touched (figure spans), to mark what a fix changed, and to keep what an
 * input method composed.
 */
import type { Transaction } from 'prosemirror-state';

export interface Range {
  from: number;
  to: number;
}

export function changedRanges(tr: Transaction): Range[] {
  const out: Range[] = [];
  tr.mapping.maps.forEach((map, i) => {
    const after = tr.mapping.slice(i + 1);
    map.forEach((_oldFrom, _oldTo, from, to) => {
      out.push({ from: after.map(from, -1), to: after.map(to, 1) });
    });
  });
  return out.sort((a, b) => a.from - b.from);
}
