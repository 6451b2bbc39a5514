/**
 * Chinese numerals for heading numbers (一 … 九十九), both ways.
 * Reports count parts and sections with 一、二、… and （一）（二）…; 11 is 十一, 20 is 二十.
 */
const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九. Throws outside 1–99. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`numeral out of range: ${n}`);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones === 0 ? '' : DIGITS[ones]);
}

/** 一 → 1, 十 → 10, 十一 → 11, 二十 → 20, 九十九 → 99; 两 counts as 二. Null when not a numeral in 1–99. */
export function fromChineseNumeral(text: string): number | null {
  const digit = (c: string): number => (c === '两' ? 2 : DIGITS.indexOf(c));
  if (/^[一二两三四五六七八九]$/.test(text)) return digit(text);
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (m) return (m[1] ? digit(m[1]) : 1) * 10 + (m[2] ? digit(m[2]) : 0);
  return null;
}
