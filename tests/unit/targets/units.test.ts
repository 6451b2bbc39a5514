import { describe, expect, it } from 'vitest';
import { normalizeValue } from '../../../src/core/targets/units.js';

describe('normalizeValue', () => {
  it('takes the scale off the unit', () => {
    expect(normalizeValue('2', '万人')).toEqual({ value: 20000, baseUnit: '人' });
    expect(normalizeValue('1450', '亿元')).toEqual({ value: 145000000000, baseUnit: '元' });
    expect(normalizeValue('1.2', '万亿元')).toEqual({ value: 1200000000000, baseUnit: '元' });
    expect(normalizeValue('7.5', '%')).toEqual({ value: 7.5, baseUnit: '%' });
    expect(normalizeValue('3', '个百分点')).toEqual({ value: 3, baseUnit: '个百分点' });
  });

  it('is exact where floating-point multiplication is not', () => {
    expect(normalizeValue('2.3', '万人').value).toBe(23000);
    expect(normalizeValue('0.7', '万户').value).toBe(7000);
  });
});
