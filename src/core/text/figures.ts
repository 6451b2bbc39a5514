/**
 * Figures in running text: a number with its multiplier, unit and qualifier
 * (`7.5%左右`, `1.7万人`, `2000亿元`), or a range of them (`5—6家`, `5%-6%`).
 *
 * A reviewer reads a figure as one thing, so the word diff keeps it one token
 * (diff/tokenize.ts), and a page never breaks a line inside it: the browser
 * keeps a run of digits whole but may break between `2000` and `亿元`, as
 * between any two Chinese characters, so the editor and the HTML/PDF export
 * hold such a figure together (`nowrapFigures`).
 */

const DIGITS = '[0-9０-９]+(?:[.．,][0-9０-９]+)*';
const MULTIPLIER = '(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)?';
const MEASURE =
  '(?:个百分点|%|％|‰|倍|元|人次|人|户|个|家|栋|幢|所|项|次|辆|吨|千瓦时|千瓦|平方公里|平方米|公里|米|亩|公顷|立方米|套|间|张|座|条|台|件|名|位|岁|天|小时|分钟|年|月|日|批|处|场|支|株|棵|标箱|床|期|届|例|笔|宗|层|类|种|kg|km|m²)?';
const QUALIFIER = '(?:左右|以上|以内|以下|上下|之内|之间)?';
const FIGURE = `${DIGITS}${MULTIPLIER}${MEASURE}`;

/** A figure, or a range of figures, with its qualifier (global: use with matchAll). */
export const FIGURE_RE = new RegExp(`${FIGURE}(?:[-~～—–至到]${FIGURE})?${QUALIFIER}`, 'g');

/** Characters a line may not break between in any browser: ASCII digits, letters and signs. */
const UNBREAKABLE = /^[\x21-\x7e]*$/;

/**
 * The figures of a text that a browser could break inside, as [from, to)
 * offsets: those with a character after the digits that allows a break
 * before it (`2000亿元`, `7.5%左右`, `5—6家`, `１２３`). A bare `2000` or
 * `22.3%` is left out: no browser breaks it, and fewer spans keep the
 * editor light.
 */
export function nowrapFigures(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(FIGURE_RE)) {
    if (m[0].length > 1 && !UNBREAKABLE.test(m[0])) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
