import { describe, expect, it } from 'vitest';
import { buildLexicon, indicatorsFromSettings, lexiconFromSettings } from '../../../src/core/targets/lexicon.js';

describe('indicator lexicon', () => {
  it('maps every synonym to its canonical indicator', () => {
    const { canonical } = buildLexicon();
    expect(canonical.get('GDP')).toBe('地区生产总值');
    expect(canonical.get('生产总值')).toBe('地区生产总值');
    expect(canonical.get('新增就业')).toBe('城镇新增就业');
    expect(canonical.get('社零')).toBe('社会消费品零售总额');
  });

  it('matches the longest form first', () => {
    const { pattern } = buildLexicon();
    expect('单位地区生产总值能耗下降3%'.match(pattern)).toEqual(['单位地区生产总值能耗']);
    expect('地方一般公共预算收入增长5%'.match(pattern)).toEqual(['地方一般公共预算收入']);
  });

  it('adds user entries, and synonyms to a default indicator of the same name', () => {
    const lexicon = buildLexicon([
      { name: '地区生产总值', synonyms: ['区域GDP'] },
      { name: '人民币存贷款余额', synonyms: [] },
    ]);
    expect(lexicon.canonical.get('区域GDP')).toBe('地区生产总值');
    expect(lexicon.canonical.get('人民币存贷款余额')).toBe('人民币存贷款余额');
  });

  it('reads user entries from the settings, skipping malformed ones', () => {
    const settings = { targets: { indicators: [{ name: '税收收入', synonyms: ['税收', 3] }, { synonyms: [] }, 'x'] } };
    expect(indicatorsFromSettings(settings)).toEqual([{ name: '税收收入', synonyms: ['税收'] }]);
    expect(lexiconFromSettings(settings).canonical.get('税收')).toBe('税收收入');
    expect(lexiconFromSettings({})).toBe(lexiconFromSettings());
  });
});
