/**
 * 查找和替换 across the whole report. A match lies inside one textblock
 * (heading, paragraph, glossary term …): derived numbers are not text, so
 * searching “（三）” finds only text typed as such. Replacing all matches is
 * one transaction, so one undo brings them all back.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';

export interface FindOptions {
  /** Match Latin letters case-sensitively (Chinese has no case). */
  caseSensitive?: boolean;
}

export interface Match {
  from: number;
  to: number;
}

const fold = (text: string, options: FindOptions): string => (options.caseSensitive ? text : text.toLowerCase());

/** Every occurrence of `query`, in document order, without overlaps. */
export function findMatches(doc: PMNode, query: string, options: FindOptions = {}): Match[] {
  if (!query) return [];
  const needle = fold(query, options);
  const out: Match[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = fold(node.textContent, options);
    let i = text.indexOf(needle);
    while (i >= 0) {
      out.push({ from: pos + 1 + i, to: pos + 1 + i + needle.length });
      i = text.indexOf(needle, i + needle.length);
    }
    return false;
  });
  return out;
}

/** Index of the first match at or after `pos` (wrapping to 0), or -1 without matches. */
export function matchAtOrAfter(matches: Match[], pos: number): number {
  if (!matches.length) return -1;
  const i = matches.findIndex((m) => m.from >= pos);
  return i < 0 ? 0 : i;
}

/** Replace one match, keeping the marks at its start (a lead sentence stays bold). */
export function replaceMatch(tr: Transaction, match: Match, replacement: string): void {
  if (replacement) tr.insertText(replacement, match.from, match.to);
  else tr.delete(match.from, match.to);
}

/** Replace every match; returns how many were replaced. */
export function replaceAll(tr: Transaction, matches: Match[], replacement: string): number {
  for (let i = matches.length - 1; i >= 0; i--) replaceMatch(tr, matches[i], replacement);
  return matches.length;
}
