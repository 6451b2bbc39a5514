import { beforeEach, describe, expect, it } from 'vitest';
import { longestIncreasing } from '../../../src/core/checks/rules/glossaryOrder.js';
import { annex, doc, entry, p, part, resetIds } from '../../support/builder.js';
import { checkRule, texts } from './helpers.js';

const body = p('建设口袋公园4个。落实“六稳”“六保”。深化“双减”工作。');

describe('glossary-order', () => {
  beforeEach(resetIds);

  it('accepts entries in the order of first use', () => {
    const d = doc(part('工作', body), annex('名词解释', entry('口袋公园', '…'), entry('六稳', '…'), entry('六保', '…'), entry('双减', '…')));
    expect(checkRule('glossary-order', d)).toEqual([]);
  });

  it('reports an entry listed before a term used earlier, naming where it belongs', () => {
    const d = doc(part('工作', body), annex('名词解释', entry('双减', '…'), entry('口袋公园', '…'), entry('六稳', '…'), entry('六保', '…')));
    const findings = checkRule('glossary-order', d);
    expect(texts(findings)).toEqual(['双减']);
    expect(findings[0].message.zh).toBe('名词解释“双减”在正文中晚于“六保”出现，应排在它后面。');
  });

  it('reports only the swapped entries, not every entry after them', () => {
    const d = doc(part('工作', body), annex('名词解释', entry('口袋公园', '…'), entry('六保', '…'), entry('六稳', '…'), entry('双减', '…')));
    const found = texts(checkRule('glossary-order', d));
    expect(found).toHaveLength(1);
    expect(['六保', '六稳']).toContain(found[0]);
  });

  it('finds one longest increasing subsequence', () => {
    expect([...longestIncreasing([1, 5, 2, 3, 4])].sort()).toEqual([0, 2, 3, 4]);
    expect(longestIncreasing([]).size).toBe(0);
  });
});
