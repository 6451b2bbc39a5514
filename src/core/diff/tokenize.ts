/**
 * Words of one paragraph, for the word-level diff inside a modified block.
 *
 * A figure stays one token together with its multiplier, unit and qualifier
 * (`7.5%左右`, `1.7万人`, `5—6家`, `9%以上`), because a reviewer reads a figure
 * as one thing: `7.5%左右` → `7%左右` should read as one figure replaced, not as
 * `.5` deleted. Everything between figures is cut into words by
 * `Intl.Segmenter('zh', {granularity: 'word'})`.
 *
 * Always call this on one paragraph (or part of one): iterating a segmenter
 * over a whole document is quadratic in V8.
 */
import { FIGURE_RE } from '../text/figures.js';

let segmenter: Intl.Segmenter | null = null;

/**
 * The tokens of a text, in order; joined they give the text back. The text
 * is segmented once; each figure then replaces the segments it covers.
 */
export function tokenize(text: string): string[] {
  if (!text) return [];
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  // starts[i] = 1 where a token starts.
  const starts = new Uint8Array(text.length + 1);
  for (const s of segmenter.segment(text)) starts[s.index] = 1;
  for (const m of text.matchAll(FIGURE_RE)) {
    starts.fill(0, m.index + 1, m.index + m[0].length);
    starts[m.index] = 1;
    starts[m.index + m[0].length] = 1;
  }
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || starts[i]) {
      out.push(text.slice(from, i));
      from = i;
    }
  }
  return out;
}
