/**
 * Layout noise from PDF-to-text conversion and typing: stray spaces around
 * figures, runs of spaces, indentation, page breaks inside sentences.
 * Punctuation is never changed here: half-width commas are the checks' business.
 */

/** Han characters and CJK punctuation. */
export const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026';
const HAN_RE = new RegExp(`[${CJK}]`);
/** The Latin side of a figure: digits, letters, and the unit signs that stick to a number. */
const LATIN = '0-9A-Za-z%‰℃';

const SPACES = /[ \t\u00a0\u2002\u2003\u2009\u3000]+/g;
const CJK_THEN_LATIN = new RegExp(`([${CJK}]) (?=[${LATIN}])`, 'g');
const LATIN_THEN_CJK = new RegExp(`([${LATIN}]) (?=[${CJK}])`, 'g');

/**
 * Normalise one line: trim, collapse runs of spaces, and drop the space
 * between Chinese and a figure or Latin word (`54 个` → `54个`, `P2 实验室` → `P2实验室`).
 * A space between two Chinese words (`代区长 叶文静`) or two Latin ones (`GDP 51.2`) stays.
 */
export function normalizeLine(line: string): string {
  return line.replace(SPACES, ' ').trim().replace(CJK_THEN_LATIN, '$1').replace(LATIN_THEN_CJK, '$1');
}

/** Characters that end a sentence, and so a paragraph that a page break did not cut. */
const TERMINAL = /[。！？!?：:；;…]$|[。！？!?][”’」』）)]$/;

/** Whether a line ends a sentence; a line that does not was cut by a page or line break. */
export function endsSentence(line: string): boolean {
  // Only the end counts: test the last two characters, not a paragraph that may be growing line by line.
  return TERMINAL.test(line.slice(-2));
}

/**
 * Join a line cut by a break with its continuation. Chinese joins without a
 * space; two Latin words keep one between them.
 */
export function joinBroken(a: string, b: string): string {
  if (/[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b)) return `${a} ${b}`;
  return a + b;
}

export function isHan(ch: string): boolean {
  return HAN_RE.test(ch);
}
