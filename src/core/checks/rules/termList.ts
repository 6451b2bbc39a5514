/**
 * Finding the words of a user list (outdated terms, foreign places) in a
 * block: one alternation of all words, longest first, compiled once per list,
 * with a plain test first so that blocks without any word cost one scan.
 */
import { escapeRegExp } from '../text.js';

export interface ListPattern {
  /** For matchAll. */
  global: RegExp;
  /** For a yes/no test (no lastIndex state). */
  test: RegExp;
}

const cache = new WeakMap<readonly string[], ListPattern | null>();

/** The patterns for `words` (compiled once per list object), or null for an empty list. */
export function listPattern(words: readonly string[]): ListPattern | null {
  const known = cache.get(words);
  if (known !== undefined) return known;
  const sorted = [...new Set(words)].filter((w) => w).sort((a, b) => b.length - a.length);
  const source = sorted.map(escapeRegExp).join('|');
  const pattern = sorted.length ? { global: new RegExp(source, 'g'), test: new RegExp(source) } : null;
  cache.set(words, pattern);
  return pattern;
}
