/**
 * The word-level difference inside one aligned pair of blocks.
 *
 * 1. The common prefix and suffix are cut off first, backed off to the
 *    nearest clause punctuation so that the words at the edges stay whole;
 *    only the middle is segmented (tokenize.ts) and diffed with jsdiff's
 *    `diffArrays`, which keeps the cost proportional to the edit, not to the
 *    paragraph.
 * 2. Short kept pieces squeezed between two edits are folded into the edits
 *    (the semantic clean-up of diff-match-patch, in spirit), so a rewritten
 *    clause reads as one replacement instead of alternating fragments.
 * 3. When less than half of the text is kept, the spans show the old text
 *    deleted whole and the new inserted whole: character soup helps nobody.
 */
import { diffArrays } from 'diff';
import type { Span } from './types.js';
import { tokenize } from './tokenize.js';

/** Below this share of kept text a pair is shown whole. */
const WHOLE_BELOW = 0.5;
const CLAUSE_END = /[，。；：、！？,;:!?\n]/;

export interface WordDiff {
  spans: Span[];
  whole: boolean;
}

function commonEdges(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  // Back off to clause punctuation so the segmenter sees whole words at both edges.
  let p = prefix;
  while (p > 0 && !CLAUSE_END.test(a[p - 1])) p--;
  let s = suffix;
  while (s > 0 && !CLAUSE_END.test(a[a.length - s])) s--;
  return { prefix: p, suffix: s };
}

/** Append a span, merging it with the last one of the same kind. */
function push(spans: Span[], op: Span['op'], text: string): void {
  if (!text) return;
  const last = spans[spans.length - 1];
  if (last && last.op === op) last.text += text;
  else spans.push({ op, text });
}

/** Put deletions before insertions inside every run of edits, merging neighbours. */
function canonical(spans: Span[]): Span[] {
  const out: Span[] = [];
  let del = '';
  let ins = '';
  const flush = (): void => {
    push(out, 'delete', del);
    push(out, 'insert', ins);
    del = ins = '';
  };
  for (const s of spans) {
    if (s.op === 'equal') {
      flush();
      push(out, 'equal', s.text);
    } else if (s.op === 'delete') del += s.text;
    else ins += s.text;
  }
  flush();
  return out;
}

function editLength(spans: Span[], from: number, step: 1 | -1): number {
  let del = 0;
  let ins = 0;
  for (let i = from; i >= 0 && i < spans.length && spans[i].op !== 'equal'; i += step) {
    if (spans[i].op === 'delete') del += spans[i].text.length;
    else ins += spans[i].text.length;
  }
  return Math.max(del, ins);
}

/** Fold kept pieces no longer than the edits on both sides of them into those edits. */
function foldShortEquals(spans: Span[]): Span[] {
  let current = canonical(spans);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 1; i < current.length - 1; i++) {
      const s = current[i];
      if (s.op !== 'equal' || current[i - 1].op === 'equal' || current[i + 1].op === 'equal') continue;
      const len = s.text.length;
      if (len <= editLength(current, i - 1, -1) && len <= editLength(current, i + 1, 1)) {
        current = canonical([...current.slice(0, i), { op: 'delete', text: s.text }, { op: 'insert', text: s.text }, ...current.slice(i + 1)]);
        changed = true;
        break;
      }
    }
  }
  return current;
}

export function wordDiff(before: string, after: string): WordDiff {
  if (before === after) return { spans: before ? [{ op: 'equal', text: before }] : [], whole: false };
  const { prefix, suffix } = commonEdges(before, after);
  const spans: Span[] = [];
  push(spans, 'equal', before.slice(0, prefix));
  const oldWords = tokenize(before.slice(prefix, before.length - suffix));
  const newWords = tokenize(after.slice(prefix, after.length - suffix));
  for (const part of diffArrays(oldWords, newWords)) {
    push(spans, part.added ? 'insert' : part.removed ? 'delete' : 'equal', part.value.join(''));
  }
  push(spans, 'equal', before.slice(before.length - suffix));
  const folded = foldShortEquals(spans);
  const kept = folded.reduce((sum, s) => sum + (s.op === 'equal' ? s.text.length : 0), 0);
  if (kept < WHOLE_BELOW * Math.max(before.length, after.length)) {
    const whole: Span[] = [];
    push(whole, 'delete', before);
    push(whole, 'insert', after);
    return { spans: whole, whole: true };
  }
  return { spans: folded, whole: false };
}
