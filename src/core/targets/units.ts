/**
 * Units of target values and their normalisation: 2万人 = 20000人,
 * 1450亿元 = 145000000000元. The scale prefix (万, 亿, 万亿) is taken off the
 * unit and applied to the value by shifting the decimal point, so 2.3万
 * is exactly 23000 (2.3 × 10000 in floating point is not).
 */

/** Units a target value is written with, longest first. */
export const UNITS = [
  '微克/立方米', '个百分点', '万亿元', '亿美元', '万美元', '万人次', '万平方米', '万亿斤', '万千瓦', '万亿', '亿元', '万元', '美元', '人次',
  '万人', '万户', '万家', '亿斤', '万斤', '亿吨', '万吨', '万亩', '万个', '平方米', '公顷', '元', '人', '户', '家', '吨', '斤', '亩', '个',
  '%', '％', '‰', '倍',
] as const;

const SCALES: [string, number][] = [
  ['万亿', 12],
  ['亿', 8],
  ['万', 4],
];

export interface NormalizedValue {
  value: number;
  baseUnit: string;
}

/** A number written as text, scaled by 10^exp without rounding error. */
export function scaleDecimal(text: string, exp: number): number {
  return exp === 0 ? Number(text) : Number(`${text}e${exp}`);
}

/** 2 万人 → 20000 人; 7.5 % → 7.5 %. */
export function normalizeValue(value: string, unit: string): NormalizedValue {
  const u = unit === '％' ? '%' : unit;
  for (const [prefix, exp] of SCALES) {
    if (u.startsWith(prefix) && u.length > prefix.length) return { value: scaleDecimal(value, exp), baseUnit: u.slice(prefix.length) };
    if (u === prefix) return { value: scaleDecimal(value, exp), baseUnit: '' };
  }
  return { value: Number(value), baseUnit: u };
}

/** Whether a unit states a percentage (a rate or a share). */
export function isPercentUnit(unit: string): boolean {
  return unit === '%' || unit === '％' || unit === '‰' || unit === '个百分点';
}
