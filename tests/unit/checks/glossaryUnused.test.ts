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

  it('takes a term of several quoted names as used when its names are, and a year-less use as a use', () => {
    const d = doc(
      part('工作', p('加快打造“三大高地”，深入实施“五大战略”，办好10件民生实事。')),
      annex('名词解释', entry('“三大高地”“五大战略”', '……'), entry('2026年10件民生实事', '……')),
    );
    expect(checkRule('glossary-unused', d)).toEqual([]);
  });

  it('counts the marker ［2］ of an endnote entry as a use of it', () => {
    const endnotes = (body: string) => {
      const d = doc(part('工作', p(body)), annex('注释', entry('四大主导产业', '旅游业。'), entry('五互一共', '中外互鉴。')));
      const tr = d.type.schema;
      // The builder makes numbered entries: mark them as endnotes.
      return tr.nodeFromJSON(JSON.parse(JSON.stringify(d.toJSON()).replace(/"form":"numbered"/g, '"form":"endnote"')));
    };
    expect(checkRule('glossary-unused', endnotes('培育主导产业［1］，推进教育合作［2］。'))).toEqual([]);
    expect(texts(checkRule('glossary-unused', endnotes('培育主导产业［1］。')))).toEqual(['五互一共']);
  });

  it('says that a term is written differently in the body, quoting the body’s form', () => {
    const d = doc(part('工作', p('落实稳增长“21”条政策。')), annex('名词解释', entry('稳增长“21条”', '……')));
    const [f] = checkRule('glossary-unused', d);
    expect(f.message.zh).toBe('名词解释“稳增长“21条””在正文中写作“稳增长“21”条”，两处写法不一致。');
  });
});
