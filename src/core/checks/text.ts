/** Character classes shared by the punctuation and spacing rules. */

/** Han characters and CJK (full-width) punctuation, quotes included. */
export const CJK_CLASS = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’…—';
const CJK_RE = new RegExp(`[${CJK_CLASS}]`);
const HAN_RE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_RE.test(ch);
}

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN_RE.test(ch);
}

const SPACE_RE = /[ \u00a0\t]/;

/** The nearest character before `at` that is not a space, and its index. */
export function prevNonSpace(text: string, at: number): { ch: string | undefined; index: number } {
  let i = at - 1;
  while (i >= 0 && SPACE_RE.test(text[i])) i--;
  return { ch: text[i], index: i };
}

/** The nearest character from `at` on that is not a space, and its index. */
export function nextNonSpace(text: string, at: number): { ch: string | undefined; index: number } {
  let i = at;
  while (i < text.length && SPACE_RE.test(text[i])) i++;
  return { ch: text[i], index: i };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
