import { describe, expect, it } from 'vitest';
import { normalizeLayout } from '../../../src/core/diff/normalize.js';

describe('normalizeLayout', () => {
  it('drops spaces between Chinese and figures', () => {
    expect(normalizeLayout('开工重大项目 54 个')).toBe('开工重大项目54个');
    expect(normalizeLayout('增长 7.5%左右')).toBe('增长7.5%左右');
  });

  it('treats full-width, no-break and half-width spaces alike', () => {
    expect(normalizeLayout('新增\u3000城镇就业')).toBe('新增城镇就业');
    expect(normalizeLayout('新增\u00a0城镇就业')).toBe('新增城镇就业');
    expect(normalizeLayout('代区长 叶文静')).toBe('代区长叶文静');
  });

  it('drops line breaks left inside a block by a page break', () => {
    expect(normalizeLayout('固定资产投资超过1700亿元，开\n工重大项目54个。')).toBe('固定资产投资超过1700亿元，开工重大项目54个。');
    expect(normalizeLayout('金融业\r\n\r\n增加值')).toBe('金融业增加值');
  });

  it('keeps one space between two Latin words or figures', () => {
    expect(normalizeLayout('GDP  51.2')).toBe('GDP 51.2');
    expect(normalizeLayout('ETF\u3000基金')).toBe('ETF基金');
  });

  it('drops zero-width characters and trims the ends', () => {
    expect(normalizeLayout('\ufeff 六稳\u200b ')).toBe('六稳');
  });

  it('never changes punctuation', () => {
    expect(normalizeLayout('稳就业,稳金融')).toBe('稳就业,稳金融');
  });
});
