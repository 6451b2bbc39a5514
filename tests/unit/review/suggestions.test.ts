import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { doc, part, section, p, pm, ins, del, resetIds } from '../../support/builder.js';
import {
  acceptAll,
  acceptByAuthor,
  acceptSuggestion,
  finalDoc,
  finalText,
  listSuggestions,
  originalDoc,
  originalText,
  rejectAll,
  rejectSuggestion,
} from '../../../src/core/review/index.js';

const report = () => {
  resetIds();
  return doc(
    p('前言。'),
    part('过去一年工作回顾', p('正文。')),
    part('今年工作安排', section('稳增长', pm('经济增长', del('6%', '甲', 'd1'), ins('5%左右', '乙', 'i1'), '。')), section('惠民生', pm(ins('新增就业十万人。', '乙', 'i2')), p('其他。'))),
  );
};

describe('suggestions', () => {
  it('reads the final and the original text of a block', () => {
    const block = report().child(3).child(1).child(1);
    expect(finalText(block)).toBe('经济增长5%左右。');
    expect(originalText(block)).toBe('经济增长6%。');
  });

  it('lists each suggestion with its kind, author, date, text and heading path', () => {
    const list = listSuggestions(report());
    expect(list.map(({ id, kind, author, text, path }) => ({ id, kind, author, text, path }))).toEqual([
      { id: 'd1', kind: 'delete', author: '甲', text: '6%', path: ['二', '（一）'] },
      { id: 'i1', kind: 'insert', author: '乙', text: '5%左右', path: ['二', '（一）'] },
      { id: 'i2', kind: 'insert', author: '乙', text: '新增就业十万人。', path: ['二', '（二）'] },
    ]);
    expect(list[0].date).toBe('2026-01-02T03:04:05Z');
  });

  it('accepts a deletion by removing its text, in one transaction of its own', () => {
    const state = EditorState.create({ doc: report() });
    const tr = acceptSuggestion(state.tr, 'd1');
    expect(tr.doc.child(3).child(1).child(1).textContent).toBe('经济增长5%左右。');
    expect(listSuggestions(tr.doc).map((s) => s.id)).toEqual(['i1', 'i2']);
  });

  it('rejects an insertion by removing its text, and the paragraph it made whole', () => {
    const state = EditorState.create({ doc: report() });
    const tr = rejectSuggestion(state.tr, 'i2');
    const section2 = tr.doc.child(3).child(2);
    expect(section2.childCount).toBe(2);
    expect(section2.child(1).textContent).toBe('其他。');
    tr.doc.check();
  });

  it('accepting an insertion keeps its text without the mark', () => {
    const tr = acceptSuggestion(EditorState.create({ doc: report() }).tr, 'i1');
    const block = tr.doc.child(3).child(1).child(1);
    expect(block.textContent).toBe('经济增长6%5%左右。');
    expect(listSuggestions(tr.doc).map((s) => s.id)).toEqual(['d1', 'i2']);
  });

  it('accept all, reject all and by author each decide everything they cover in one transaction', () => {
    const state = EditorState.create({ doc: report() });
    const all = acceptAll(state.tr);
    expect(listSuggestions(all.doc)).toEqual([]);
    expect(all.doc.eq(finalDoc(report()))).toBe(true);
    const none = rejectAll(state.tr);
    expect(none.doc.child(3).child(1).child(1).textContent).toBe('经济增长6%。');
    expect(none.doc.eq(originalDoc(report()))).toBe(true);
    const yi = acceptByAuthor(state.tr, '乙');
    expect(listSuggestions(yi.doc).map((s) => s.author)).toEqual(['甲']);
    // One undo step: the history sees one transaction however many pieces changed.
    expect(all.docChanged && none.docChanged && yi.docChanged).toBe(true);
  });

  it('removes text both inserted and deleted only once', () => {
    resetIds();
    const d = doc(p('前言。'), part('标题', pm('甲', ins('乙', 'A', 'x'), '丙')));
    const both = d.type.schema.text('丁', [d.type.schema.marks.insertion.create({ id: 'y', author: 'A', date: '' }), d.type.schema.marks.deletion.create({ id: 'z', author: 'B', date: '' })]);
    const withBoth = doc(p('前言。'), part('标题', d.type.schema.node('paragraph', { id: 'q' }, [d.type.schema.text('甲'), both, d.type.schema.text('丙')])));
    expect(finalText(withBoth.child(2).child(1))).toBe('甲丙');
    expect(originalText(withBoth.child(2).child(1))).toBe('甲丙');
    const tr = rejectAll(EditorState.create({ doc: withBoth }).tr);
    expect(tr.doc.child(2).child(1).textContent).toBe('甲丙');
  });

  it('leaves a document without suggestions as it is', () => {
    resetIds();
    const d = doc(p('前言。'));
    expect(finalDoc(d)).toBe(d);
    expect(acceptAll(EditorState.create({ doc: d }).tr).docChanged).toBe(false);
  });
});
