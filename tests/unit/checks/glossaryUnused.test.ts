import { beforeEach, describe, expect, it } from 'vitest';
import { annex, doc, entry, p, part, resetIds } from '../../support/builder.js';
import { checkRule, texts } from './helpers.js';

describe('glossary-unused', () => {
  beforeEach(resetIds);

  it('accepts terms used in the body, with or without their quotes, and double terms', () => {
    const d = doc(
      part('工作', p('深化“双随机一公开”，新增“四上”企业，力争金种子上市，新增四上企业。')),
      annex('名词解释', entry('双随机一公开', '……'), entry('“四上”企业', '……'), entry('金种子、银种子', '……')),
    );
    expect(checkRule('glossary-unused', d)).toEqual([]);
  });

  it('reports a term that no longer occurs in the body, on the entry', () => {
    const d = doc(part('工作', p('推进改革。')), annex('名词解释', entry('双随机一公开', '随机抽取检查对象。')));
    const [f] = checkRule('glossary-unused', d);
    expect(f).toMatchObject({ severity: 'warning', text: '双随机一公开', path: ['附件', '1.'] });
  });

  it('does not count a use inside the glossary itself', () => {
    const d = doc(part('工作', p('推进改革。')), annex('名词解释', entry('六稳', '稳就业。'), entry('六保', '与六稳并提。')));
    expect(texts(checkRule('glossary-unused', d))).toEqual(['六稳', '六保']);
  });
});
