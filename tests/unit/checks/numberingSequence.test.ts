import { beforeEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/checks/index.js';
import { doc, p, part, resetIds, section } from '../../support/builder.js';

const check = (d: ReturnType<typeof doc>) => runChecks(d, {}, { rules: ['numbering-sequence'] });
/** Sections typed with the given numbers, as the importer keeps them. */
const typedSections = (...typed: number[]) =>
  typed.map((n, i) => section([`小节${i + 1}`, { typed: n, marker: `（${'一二三四五六七八九'[n - 1]}）`, id: `s${i + 1}` }], p('正文。')));

describe('numbering-sequence', () => {
  beforeEach(resetIds);

  it('accepts consecutive typed numbers', () => {
    expect(check(doc(part('工作', ...typedSections(1, 2, 3, 4))))).toEqual([]);
  });

  it('reports a skip at the heading after the gap', () => {
    const findings = check(doc(part('工作', ...typedSections(1, 2, 4, 5))));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'numbering-sequence', severity: 'error', path: ['一', '（三）'] });
    expect(findings[0].message.zh).toBe('编号跳号：“（二）”之后是“（四）”。');
  });

  it('reports a repeat once, not again at the numbers after it', () => {
    const findings = check(doc(part('工作', ...typedSections(1, 2, 3, 3, 5, 6))));
    expect(findings).toHaveLength(1);
    expect(findings[0].message.zh).toBe('编号重复：“（三）”出现了两次。');
    expect(findings[0].path).toEqual(['一', '（四）']);
  });

  it('offers a renumbering fix that sets typed numbers to the printed ones', () => {
    const [f] = check(doc(part('工作', ...typedSections(1, 2, 4))));
    expect(f.fix?.attrs).toEqual([{ blockId: expect.any(String), attrs: { typed: 3 } }]);
  });

  it('passes over headings added in the editor, which have no typed number', () => {
    const added = section('新增小节', p('正文。'));
    const [a, b] = typedSections(1, 2);
    expect(check(doc(part('工作', a, added, b)))).toEqual([]);
  });

  it('numbers each parent on its own', () => {
    const d = doc(part(['甲', { typed: 1 }], ...typedSections(1, 2)), part(['乙', { typed: 2 }], ...typedSections(1, 2)));
    expect(check(d)).toEqual([]);
  });
});
