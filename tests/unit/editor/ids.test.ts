import { describe, expect, it } from 'vitest';
import { Fragment, Slice } from 'prosemirror-model';
import { createReportState } from '../../../src/renderer/editor/createState.js';
import { enter } from '../../../src/renderer/commands/enter.js';
import { reportSchema as s } from '../../../src/core/schema.js';
import { doc, p, part, section } from '../../support/builder.js';
import { blockIds, cursorAt, must, posOf } from './helpers.js';

const unique = (ids: string[]) => ids.every((id) => id !== '') && new Set(ids).size === ids.length;

describe('ids plugin', () => {
  it('gives the second half of a split paragraph a fresh id (splitting copies attributes)', () => {
    const state = createReportState(doc(part('安排', p('前半。后半。', { id: 'keep' }))));
    const at = posOf(state.doc, '后半');
    const split = state.apply(state.tr.split(at));
    expect(unique(blockIds(split.doc))).toBe(true);
    expect(split.doc.child(1).child(1).attrs.id).toBe('keep');
  });

  it('lets the original keep its id when a copy of it is pasted before it', () => {
    const d = doc(part('安排', section(['行动', { id: 'S' }], p('原文。', { id: 'orig' }))));
    const state = createReportState(d);
    const copy = s.nodes.paragraph.create({ id: 'orig' }, s.text('副本。'));
    const at = posOf(state.doc, '原文') - 1;
    const next = state.apply(state.tr.replace(at, at, new Slice(Fragment.from(copy), 0, 0)));
    expect(unique(blockIds(next.doc))).toBe(true);
    let origText = '';
    next.doc.descendants((node) => {
      if (node.attrs.id === 'orig') origText = node.textContent;
      return true;
    });
    expect(origText).toBe('原文。');
  });

  it('keeps a structural suggestion with the block that kept the id: a split or a pasted copy does not carry it', () => {
    const change = { id: 'c1', author: '张三', date: '2026-03-01T08:00:00Z', kind: 'level', level: 2 };
    const state = createReportState(doc(part('安排', s.nodes.paragraph.create({ id: 'keep', change }, s.text('前半。后半。')))));
    const split = state.apply(state.tr.split(posOf(state.doc, '后半')));
    const [first, second] = [split.doc.child(1).child(1), split.doc.child(1).child(2)];
    expect([first.attrs.id, first.attrs.change?.id]).toEqual(['keep', 'c1']);
    expect(second.attrs.id).not.toBe('keep');
    expect(second.attrs.change).toBeNull();
    // A copy pasted before it: the copy gets a fresh id and no record; the original keeps both.
    const copy = s.nodes.paragraph.create({ id: 'keep', change }, s.text('副本。'));
    const at = posOf(split.doc, '前半') - 1;
    const pasted = split.apply(split.tr.replace(at, at, new Slice(Fragment.from(copy), 0, 0)));
    const records: string[] = [];
    pasted.doc.descendants((node) => {
      if (node.attrs.change) records.push(`${node.attrs.id}:${node.textContent}`);
      return !node.isTextblock;
    });
    expect(records).toEqual(['keep:前半。']);
  });

  it('fills empty ids', () => {
    const state = createReportState(doc(part('安排', p('正文。'))));
    const at = posOf(state.doc, '正文') - 1;
    const next = state.apply(state.tr.insert(at, s.nodes.paragraph.create({ id: '' }, s.text('新。'))));
    expect(unique(blockIds(next.doc))).toBe(true);
  });

  it('leaves typing alone', () => {
    const state = createReportState(doc(part('安排', p('正文。'))));
    const next = state.apply(state.tr.insertText('新', posOf(state.doc, '正文')));
    expect(blockIds(next.doc)).toEqual(blockIds(state.doc));
  });

  it('keeps ids unique through repeated Enter', () => {
    let state = cursorAt(createReportState(doc(part('安排', p('一二三四五')))), '三');
    for (let i = 0; i < 5; i++) state = must(state, enter);
    expect(unique(blockIds(state.doc))).toBe(true);
  });
});
