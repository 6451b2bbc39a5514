/**
 * Chinese numerals for heading numbers, both ways: 一 … 九十九, 一百, 一百零一,
 * 一百一十, 一千零一十, 一万 … up to 九千九百九十九万九千九百九十九.
 * Reports count parts and sections with 一、二、… and （一）（二）…; 11 is 十一, 20 is 二十,
 * and past 99 numbering goes on (一百、, （一百零一）) instead of failing.
 */
const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/** The largest number written: 九千九百九十九万九千九百九十九. */
export const MAX_CHINESE_NUMERAL = 99_999_999;

/**
 * 0 < n < 10000 in the full form: 一百一十, 一千零一, 二十. A run of zeros inside
 * becomes one 零 and trailing zeros are dropped; 一十 is shortened to 十 only
 * by the caller, where 十 opens the whole number.
 */
function writeGroup(n: number): string {
  let out = '';
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d] + UNITS[place];
  }
  return out;
}

/**
 * 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 100 → 一百, 101 → 一百零一, 110 → 一百一十,
 * 1010 → 一千零一十, 100000 → 十万. Throws a RangeError outside 1–99,999,999.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHINESE_NUMERAL) throw new RangeError(`numeral out of range: ${n}`);
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  let out = high > 0 ? writeGroup(high) + '万' : '';
  if (low > 0) out += (high > 0 && low < 1000 ? '零' : '') + writeGroup(low);
  // 十, 十一 … 十九 (and 十万) open without 一; after 百 or 零 the 一 stays (一百一十, 一千零一十).
  return out.startsWith('一十') ? out.slice(1) : out;
}

const VALUE: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A loose reading (十十 reads 20); fromChineseNumeral keeps it only when the text is a well-formed way of writing it. */
function looseValue(text: string): number | null {
  let total = 0;
  let group = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in VALUE) {
      digit = VALUE[c];
    } else if (c in UNIT) {
      group += (digit ?? 1) * UNIT[c];
      digit = null;
    } else if (c === '万') {
      total += (group + (digit ?? 0)) * 10_000;
      group = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + group + (digit ?? 0);
}

/**
 * 一 → 1, 十 → 10, 十一 → 11, 九十九 → 99, 一百零一 → 101, 一百一十 → 110, 两千 → 2000.
 * Also read: 两 for 二 before 百, 千 and 万 (and 两 alone), 〇 for 零, and 一十 for a leading 十
 * (一十二). Null when the text is not a numeral in 1–99,999,999 written as numbers are written.
 */
export function fromChineseNumeral(text: string): number | null {
  if (text === '两') return 2;
  if (!/^[〇零一二两三四五六七八九十百千万]{1,17}$/.test(text)) return null;
  if (/两(?![百千万])/.test(text)) return null;
  const n = looseValue(text);
  if (n === null || n < 1 || n > MAX_CHINESE_NUMERAL) return null;
  const canonical = toChineseNumeral(n);
  const written = text.replace(/两/g, '二').replace(/〇/g, '零');
  return written === canonical || (canonical.startsWith('十') && written === '一' + canonical) ? n : null;
}
