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

const DIGITS = '[0-9０-９]+(?:[.．,][0-9０-９]+)*';
const MULTIPLIER = '(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)?';
const MEASURE =
  '(?:个百分点|%|％|‰|倍|元|人次|人|户|个|家|栋|幢|所|项|次|辆|吨|千瓦时|千瓦|平方公里|平方米|公里|米|亩|公顷|立方米|套|间|张|座|条|台|件|名|位|岁|天|小时|分钟|年|月|日|批|处|场|支|株|棵|标箱|床|期|届|例|笔|宗|层|类|种|kg|km|m²)?';
const QUALIFIER = '(?:左右|以上|以内|以下|上下|之内|之间)?';
const FIGURE = `${DIGITS}${MULTIPLIER}${MEASURE}`;
/** A figure, or a range of figures (5—6家, 5%-6%), with its qualifier. */
const FIGURE_RE = new RegExp(`${FIGURE}(?:[-~～—–至到]${FIGURE})?${QUALIFIER}`, 'g');

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
