import { beforeEach, describe, expect, it } from 'vitest';
import { Transform } from 'prosemirror-transform';
import { applyFix } from '../../../src/core/checks/index.js';
import { annex, doc, entry, p, part, resetIds, section } from '../../support/builder.js';

describe('applyFix', () => {
  beforeEach(resetIds);

  it('replaces text ranges in several blocks, last first', () => {
    const d = doc(p('增长5%,城镇', { id: 'a' }), p('甲,乙,丙', { id: 'b' }));
    const tr = applyFix(new Transform(d), {
      label: { zh: '', en: '' },
      edits: [
        { blockId: 'b', from: 1, to: 2, insert: '，' },
        { blockId: 'b', from: 3, to: 4, insert: '，' },
        { blockId: 'a', from: 4, to: 5, insert: '，' },
      ],
    });
    expect(tr.doc.child(1).textContent).toBe('增长5%，城镇');
    expect(tr.doc.child(2).textContent).toBe('甲，乙，丙');
  });

  it('deletes when the insert is empty', () => {
    const d = doc(p('新增就业 1.7万人', { id: 'a' }));
    const tr = applyFix(new Transform(d), { label: { zh: '', en: '' }, edits: [{ blockId: 'a', from: 4, to: 5, insert: '' }] });
    expect(tr.doc.child(1).textContent).toBe('新增就业1.7万人');
  });

  it('sets attributes of a heading', () => {
    const d = doc(part('工作', section(['甲', { typed: 4, id: 'sec' }], p('正文。'))));
    const headingId = d.child(1).child(1).child(0).attrs.id as string;
    const tr = applyFix(new Transform(d), { label: { zh: '', en: '' }, edits: [], attrs: [{ blockId: headingId, attrs: { typed: 1 } }] });
    expect(tr.doc.child(1).child(1).child(0).attrs).toMatchObject({ typed: 1, id: headingId });
  });

  it('adds a glossary entry at the given place', () => {
    const d = doc(p('正文。'), annex('名词解释', entry('甲', '一'), entry('丙', '三')));
    const tr = applyFix(new Transform(d), { label: { zh: '', en: '' }, edits: [], glossaryEntry: { term: '乙', definition: '', index: 1 } });
    const terms: string[] = [];
    tr.doc.lastChild!.forEach((c) => c.type.name === 'glossaryEntry' && terms.push(c.firstChild!.textContent));
    expect(terms).toEqual(['甲', '乙', '丙']);
    tr.doc.check();
  });

  it('creates the annex when the report has no glossary', () => {
    const d = doc(p('正文。'));
    const tr = applyFix(new Transform(d), { label: { zh: '', en: '' }, edits: [], glossaryEntry: { term: '三化', definition: '', index: 0 } });
    expect(tr.doc.lastChild!.type.name).toBe('annex');
    expect(tr.doc.lastChild!.textContent).toBe('附件名词解释三化');
    tr.doc.check();
  });
});
