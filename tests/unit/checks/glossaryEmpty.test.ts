import { beforeEach, describe, expect, it } from 'vitest';
import { annex, doc, entry, p, resetIds } from '../../support/builder.js';
import { checkRule } from './helpers.js';

describe('glossary-empty', () => {
  beforeEach(resetIds);

  it('accepts entries that all have a definition', () => {
    expect(checkRule('glossary-empty', doc(p('六稳六保。'), annex('名词解释', entry('六稳', '稳就业、稳金融。'), entry('六保', '保居民就业。'))))).toEqual([]);
  });

  it('reports an entry whose definition is empty or only spaces, at its term', () => {
    const d = doc(p('六稳六保，“四上”企业。'), annex('名词解释', entry('六稳', '稳就业。'), entry('六保', ''), entry('“四上”企业', '  ')));
    const found = checkRule('glossary-empty', d);
    expect(found.map((f) => f.text)).toEqual(['六保', '“四上”企业']);
    expect(found[0]).toMatchObject({ rule: 'glossary-empty', severity: 'warning', path: ['附件', '2.'] });
    expect(found[0].message.zh).toBe('名词解释“六保”还没有释义。');
  });
});
