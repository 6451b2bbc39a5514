/**
 * Layout normalisation for compare: differences that come from typing or
 * page layout rather than from drafting are not changes.
 *
 * - a space (half-width, full-width U+3000, no-break, tab) next to Chinese
 *   text or punctuation goes: `增长 7.5%` = `增长7.5%`, `代区长 叶文静` = `代区长叶文静`;
 * - a line break left inside a block by a page break goes the same way;
 * - zero-width characters and byte-order marks go;
 * - between two Latin letters or digits a run of spaces becomes one space,
 *   since `GDP 51.2` is not `GDP51.2`.
 *
 * Punctuation, digits and letters are never changed: a half-width comma is a
 * real difference, and the checks report it.
 */

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const BLANKS = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const ALNUM = /[0-9A-Za-z]/;

/** Whether a character code is a blank or zero-width character (a plain loop: faster than a Unicode class). */
function isBlank(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200d) || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff || c === 0x85 || c === 0x1680 || c === 0x2028 || c === 0x2029;
}

function hasBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isBlank(text.charCodeAt(i))) return true;
  return false;
}

export function normalizeLayout(text: string): string {
  if (!hasBlank(text)) return text;
  const bare = text.replace(ZERO_WIDTH, '');
  return bare.replace(BLANKS, (_run: string, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + _run.length];
    return before && after && ALNUM.test(before) && ALNUM.test(after) ? ' ' : '';
  });
}
