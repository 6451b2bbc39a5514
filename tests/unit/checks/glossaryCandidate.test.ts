import { beforeEach, describe, expect, it } from 'vitest';
import { Transform } from 'prosemirror-transform';
import { applyFix } from '../../../src/core/checks/index.js';
import { annex, doc, entry, p, part, resetIds } from '../../support/builder.js';
import { checkRule, texts } from './helpers.js';

describe('glossary-candidate', () => {
  beforeEach(resetIds);

  it('suggests nothing for explained, well-known, counted or non-numeric quotes', () => {
    const d = doc(
      part('工作', p('推进“三化”改造，增强“四个意识”，实施“八大提升行动”，打造“江汉管家”，立足“百年商道”。')),
      annex('名词解释', entry('“三化”改造', '…')),
    );
    expect(checkRule('glossary-candidate', d)).toEqual([]);
  });

  it('suggests a quoted numeric coinage once, at its first use', () => {
    const d = doc(part('工作', p('推进“三化”改造。', { id: 'first' }), p('深化“三化”改造，建成“1+5”中心。')));
    const findings = checkRule('glossary-candidate', d);
    expect(texts(findings)).toEqual(['“三化”', '“1+5”']);
    expect(findings[0]).toMatchObject({ severity: 'info', blockId: 'first' });
  });

  it('offers to add the entry where the order of first use puts it', () => {
    const d = doc(part('工作', p('建设口袋公园，推进“三化”改造，深化“双减”。')), annex('名词解释', entry('口袋公园', '…'), entry('双减', '…')));
    const [f] = checkRule('glossary-candidate', d);
    expect(f.fix?.glossaryEntry).toEqual({ term: '三化', definition: '', index: 1 });
    const fixed = applyFix(new Transform(d), f.fix!).doc;
    const terms: string[] = [];
    fixed.lastChild!.forEach((c) => c.type.name === 'glossaryEntry' && terms.push(c.firstChild!.textContent));
    expect(terms).toEqual(['口袋公园', '三化', '双减']);
  });
});
