import { describe, expect, it } from 'vitest';
import { fromChineseNumeral, toChineseNumeral } from '../../../src/core/numerals.js';

describe('Chinese numerals', () => {
  it('writes the forms reports use', () => {
    expect(toChineseNumeral(1)).toBe('一');
    expect(toChineseNumeral(9)).toBe('九');
    expect(toChineseNumeral(10)).toBe('十');
    expect(toChineseNumeral(11)).toBe('十一');
    expect(toChineseNumeral(20)).toBe('二十');
    expect(toChineseNumeral(35)).toBe('三十五');
    expect(toChineseNumeral(99)).toBe('九十九');
  });

  it('round-trips every number from 1 to 99', () => {
    for (let n = 1; n <= 99; n++) expect(fromChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it('reads 两 and 一十 forms', () => {
    expect(fromChineseNumeral('两')).toBe(2);
    expect(fromChineseNumeral('一十二')).toBe(12);
  });

  it('refuses what is not a numeral in range', () => {
    expect(fromChineseNumeral('')).toBeNull();
    expect(fromChineseNumeral('一百')).toBeNull();
    expect(fromChineseNumeral('十十')).toBeNull();
    expect(fromChineseNumeral('甲')).toBeNull();
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(100)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
  });
});
