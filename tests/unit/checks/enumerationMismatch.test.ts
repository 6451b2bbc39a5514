import { beforeEach, describe, expect, it } from 'vitest';
import { doc, p, resetIds } from '../../support/builder.js';
import { checkRule } from './helpers.js';

const check = (text: string) => checkRule('enumeration-mismatch', doc(p(text)));

describe('enumeration-mismatch', () => {
  beforeEach(resetIds);

  it('accepts lists of equal length, in one clause or across two', () => {
    expect(check('城镇、农村居民收入分别增长5.2%、7.6%。')).toEqual([]);
    expect(check('累计引进内资2820亿元、实际利用外资23.6亿美元、进出口357.1亿元，分别是前5年的2.6倍、1.9倍、16.5倍。')).toEqual([]);
    expect(check('城镇和农村居民收入分别增长5%、7%。')).toEqual([]);
  });

  it('says nothing when 分别 is not followed by figures', () => {
    expect(check('5个急救分站，分别设在精武路站、香港路站、航运医院。')).toEqual([]);
  });

  it('reports items and values of unequal number', () => {
    const [f] = check('城镇、农村居民收入分别增长5.2%、7.6%、8%。');
    expect(f).toMatchObject({ severity: 'warning', text: '城镇、农村居民收入分别增长5.2%、7.6%、8%' });
    expect(f.message.zh).toBe('“分别”前列出2项，后面有3个数值。');
  });

  it('counts 城乡 as two items and values joined by 和', () => {
    expect(check('城乡居民人均可支配收入分别增长5%和6.5%。')).toEqual([]);
    expect(check('城镇和农村常住居民人均可支配收入分别增长4%左右和6%左右。')).toEqual([]);
    expect(check('城乡居民人均可支配收入分别增长5%、6%和7%。')).toHaveLength(1);
  });

  it('does not count a 、 list of the clause before as the items of a later 分别', () => {
    expect(check('推进交通、水利、能源建设，城镇和农村居民收入分别增长4%、6%。')).toEqual([]);
  });
});
