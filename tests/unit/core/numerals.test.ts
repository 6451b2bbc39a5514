import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromChineseNumeral, MAX_CHINESE_NUMERAL, toChineseNumeral } from '../../../src/core/numerals.js';

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

  it('goes on past 99', () => {
    expect(toChineseNumeral(100)).toBe('一百');
    expect(toChineseNumeral(101)).toBe('一百零一');
    expect(toChineseNumeral(110)).toBe('一百一十');
    expect(toChineseNumeral(119)).toBe('一百一十九');
    expect(toChineseNumeral(200)).toBe('二百');
    expect(toChineseNumeral(999)).toBe('九百九十九');
    expect(toChineseNumeral(1000)).toBe('一千');
    expect(toChineseNumeral(1001)).toBe('一千零一');
    expect(toChineseNumeral(1010)).toBe('一千零一十');
    expect(toChineseNumeral(1100)).toBe('一千一百');
    expect(toChineseNumeral(2019)).toBe('二千零一十九');
    expect(toChineseNumeral(9999)).toBe('九千九百九十九');
    expect(toChineseNumeral(10000)).toBe('一万');
    expect(toChineseNumeral(10001)).toBe('一万零一');
    expect(toChineseNumeral(100000)).toBe('十万');
    expect(toChineseNumeral(100010)).toBe('十万零一十');
    expect(toChineseNumeral(1_001_000)).toBe('一百万一千');
    expect(toChineseNumeral(MAX_CHINESE_NUMERAL)).toBe('九千九百九十九万九千九百九十九');
  });

  it('reads the numbers past 99', () => {
    expect(fromChineseNumeral('一百')).toBe(100);
    expect(fromChineseNumeral('一百零一')).toBe(101);
    expect(fromChineseNumeral('一百一十')).toBe(110);
    expect(fromChineseNumeral('九百九十九')).toBe(999);
    expect(fromChineseNumeral('两千')).toBe(2000);
    expect(fromChineseNumeral('两百')).toBe(200);
    expect(fromChineseNumeral('一千〇一')).toBe(1001);
    expect(fromChineseNumeral('九千九百九十九')).toBe(9999);
  });

  it('round-trips every number from 1 to 9999', () => {
    for (let n = 1; n <= 9999; n++) expect(fromChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it('round-trips any number in range, and writes each number one way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_CHINESE_NUMERAL }), (n) => {
        const text = toChineseNumeral(n);
        expect(fromChineseNumeral(text)).toBe(n);
        expect(text).not.toMatch(/零零|零$|^一十/);
      }),
      { numRuns: 2000, seed: 12 },
    );
  });

  it('reads back only well-formed numerals', () => {
    // Whatever string of numeral characters is read, writing the number back gives a reading of the same number.
    const chars = [...'〇零一二两三四五六七八九十百千万'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 8 }), (cs) => {
        const n = fromChineseNumeral(cs.join(''));
        if (n !== null) expect(fromChineseNumeral(toChineseNumeral(n))).toBe(n);
      }),
      { numRuns: 3000, seed: 12 },
    );
  });

  it('reads 两 and 一十 forms', () => {
    expect(fromChineseNumeral('两')).toBe(2);
    expect(fromChineseNumeral('一十二')).toBe(12);
  });

  it('refuses what is not a numeral in range', () => {
    expect(fromChineseNumeral('')).toBeNull();
    expect(fromChineseNumeral('十十')).toBeNull();
    expect(fromChineseNumeral('百')).toBeNull();
    expect(fromChineseNumeral('一百十')).toBeNull();
    expect(fromChineseNumeral('一百零零一')).toBeNull();
    expect(fromChineseNumeral('一百零')).toBeNull();
    expect(fromChineseNumeral('两十')).toBeNull();
    expect(fromChineseNumeral('十两')).toBeNull();
    expect(fromChineseNumeral('一千一')).toBeNull();
    expect(fromChineseNumeral('零')).toBeNull();
    expect(fromChineseNumeral('甲')).toBeNull();
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(MAX_CHINESE_NUMERAL + 1)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
  });
});
