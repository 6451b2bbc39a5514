import { describe, expect, it } from 'vitest';
import { countText, countWords } from '../../../src/renderer/status/wordCount.js';
import { placeAt } from '../../../src/renderer/structure/place.js';
import { annex, doc, entry, p, part, section } from '../../support/builder.js';
import { posOf } from './helpers.js';

describe('字数 (word count as Word counts Chinese)', () => {
  it('counts each Han character and full-width punctuation mark as one', () => {
    expect(countText('全面推进。')).toBe(5);
    expect(countText('“双减”')).toBe(4);
  });

  it('counts a run of Latin letters or a figure as one word', () => {
    expect(countText('GDP增长7.5%左右')).toBe(1 + 2 + 1 + 2);
    expect(countText('PM_{2.5} 年均浓度')).toBe(1 + 4);
    expect(countText('AED急救设施60台')).toBe(1 + 4 + 1 + 1);
  });

  it('does not count spaces, and not the derived heading numbers', () => {
    expect(countText('代区长 叶文静')).toBe(6);
    const d = doc(part('安排', section('行动', p('推进。'))));
    // 政府工作报告 (6) + 安排 (2) + 行动 (2) + 推进。(3)
    expect(countWords(d)).toBe(13);
  });
});

describe('placeAt (the cursor’s part and section)', () => {
  it('names the part and section holding the cursor, with their numbers', () => {
    const d = doc(part('回顾', section('甲', p('一。'))), part('安排', section('乙', p('二。')), section('丙', p('三。'))));
    const place = placeAt(d.resolve(posOf(d, '三。')));
    expect(place.map((s) => `${s.label}${s.title}`)).toEqual(['二、安排', '（二）丙']);
  });

  it('is empty in the title block', () => {
    const d = doc(part('回顾', p('一。')));
    expect(placeAt(d.resolve(posOf(d, '政府')))).toEqual([]);
  });
});

describe('placeAt in the annex', () => {
  it('names 附件 and the annex title', () => {
    const d = doc(part('回顾', p('一。')), annex('名词解释', entry('六稳', '稳就业。')));
    const place = placeAt(d.resolve(posOf(d, '稳就业')));
    expect(place.map((s) => [s.level, s.label, s.title])).toEqual([[0, '附件', '名词解释']]);
  });
});
