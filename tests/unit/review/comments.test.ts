import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EditorState } from 'prosemirror-state';
import { doc, part, section, p, resetIds } from '../../support/builder.js';
import { createComment, listComments, mapCommentAnchors, type ReviewComment } from '../../../src/core/review/index.js';

/** A report whose section （一） holds “经济增长5%左右。”; the comment is on “5%左右” (block id `target`). */
function setup() {
  resetIds();
  const d = doc(
    p('前言。'),
    part('过去一年工作回顾', p('回顾正文。')),
    part('今年工作安排', section('稳增长', p('经济增长5%左右。', { id: 'target' }), p('其后一段。')), section('惠民生', p('就业。'))),
  );
  const pos = blockPos(d, 'target');
  const comment = createComment(d, pos + 1 + 4, pos + 1 + 8, { author: '张三', initials: 'ZS', text: '请核实。', date: '2026-01-01T00:00:00Z' })!;
  return { d, comment };
}

function blockPos(d: ReturnType<typeof doc>, id: string): number {
  let found = -1;
  d.descendants((node, pos) => {
    if (node.attrs.id === id && node.isTextblock) found = pos;
    return found < 0;
  });
  return found;
}

const trOf = (d: ReturnType<typeof doc>) => EditorState.create({ doc: d }).tr;

const quoted = (c: readonly ReviewComment[], d: ReturnType<typeof doc>) => listComments(c, d)[0].anchorText;

describe('comment anchors', () => {
  it('anchors on the selected text of one block, with its heading path', () => {
    const { d, comment } = setup();
    expect(comment.anchor).toMatchObject({ blockId: 'target', from: 4, to: 8, quote: '5%左右' });
    expect(listComments([comment], d)[0]).toMatchObject({ path: ['二', '（一）'], anchorText: '5%左右', author: '张三' });
  });

  it('moves with typing before it and grows with typing inside it', () => {
    const { d, comment } = setup();
    const at = blockPos(d, 'target') + 1;
    let tr = trOf(d).insertText('全年', at);
    let mapped = mapCommentAnchors([comment], tr);
    expect(mapped[0].anchor).toMatchObject({ from: 6, to: 10, quote: '5%左右' });
    tr = trOf(tr.doc).insertText('.5', at + 2 + 5);
    mapped = mapCommentAnchors(mapped, tr);
    expect(quoted(mapped, tr.doc)).toBe('5.5%左右');
  });

  it('does not take in text typed at its edges', () => {
    const { d, comment } = setup();
    const at = blockPos(d, 'target') + 1;
    const tr = trOf(d).insertText('以上', at + 8).insertText('约', at + 4);
    expect(quoted(mapCommentAnchors([comment], tr), tr.doc)).toBe('5%左右');
  });

  it('collapses to the place and says 原文已删除 when its text is deleted, and comes back with an undo', () => {
    const { d, comment } = setup();
    const at = blockPos(d, 'target') + 1;
    const tr = trOf(d).delete(at + 2, at + 9);
    const mapped = mapCommentAnchors([comment], tr);
    expect(mapped).toHaveLength(1);
    expect(mapped[0].anchor).toMatchObject({ blockId: 'target', from: 2, to: 2, deleted: true, quote: '5%左右' });
    expect(listComments(mapped, tr.doc)[0].anchorText).toBe('5%左右');
    const undo = trOf(tr.doc).step(tr.steps[0].invert(d));
    const back = mapCommentAnchors(mapped, undo);
    expect(back[0].anchor).toEqual({ blockId: 'target', from: 4, to: 8, quote: '5%左右' });
  });

  it('stays when its whole section is deleted, on the block that takes its place', () => {
    const { d, comment } = setup();
    const sec = d.child(3).child(1);
    const start = d.resolve(blockPos(d, 'target')).before();
    const tr = trOf(d).delete(start, start + sec.nodeSize);
    const mapped = mapCommentAnchors([comment], tr);
    expect(mapped[0].anchor.deleted).toBe(true);
    expect(mapped[0].anchor.lostBlockId).toBe('target');
  });

  it('keeps its text when the block moves with its section (by id)', () => {
    const { d, comment } = setup();
    const partTwo = d.child(3);
    const secStart = blockPos(d, 'target') - 1 - partTwo.child(1).child(0).nodeSize;
    const sec = d.nodeAt(secStart)!;
    expect(sec.type.name).toBe('section');
    // Move section （一） after （二）: one transaction deleting it and inserting it further on.
    const tr = trOf(d);
    const after = secStart + sec.nodeSize + partTwo.child(2).nodeSize;
    tr.insert(after, sec).delete(secStart, secStart + sec.nodeSize);
    const mapped = mapCommentAnchors([comment], tr);
    expect(mapped[0].anchor).toEqual({ blockId: 'target', from: 4, to: 8, quote: '5%左右' });
    expect(listComments(mapped, tr.doc)[0].path).toEqual(['二', '（二）']);
  });

  it('follows a paragraph split before it and a merge (the ids plugin giving the second half a new id)', () => {
    const { d, comment } = setup();
    const at = blockPos(d, 'target') + 1;
    const split = trOf(d).split(at + 2);
    let mapped = mapCommentAnchors([comment], split);
    expect(quoted(mapped, split.doc)).toBe('5%左右');
    const fresh = trOf(split.doc).setNodeAttribute(split.doc.resolve(at + 4).before(), 'id', 'fresh');
    mapped = mapCommentAnchors(mapped, fresh);
    expect(mapped[0].anchor.blockId).toBe('fresh');
    expect(quoted(mapped, fresh.doc)).toBe('5%左右');
    // Backspace at the start of the second half joins it to the first: the comment goes along.
    const joined = trOf(fresh.doc).join(at + 3);
    mapped = mapCommentAnchors(mapped, joined);
    expect(mapped[0].anchor).toEqual({ blockId: 'target', from: 4, to: 8, quote: '5%左右' });
  });

  it('property: through random typing and deleting, the comment is never dropped and covers exactly its surviving characters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind: fc.constantFrom('insert', 'delete'), at: fc.nat(), len: fc.integer({ min: 1, max: 4 }), text: fc.constantFrom('新', '增加', '的', '5%', '左右') }), { minLength: 1, maxLength: 25 }),
        (edits) => {
          const { d, comment } = setup();
          let comments: readonly ReviewComment[] = [comment];
          let current = d;
          // A model of the block's characters, each knowing whether it is commented; once none is, the
          // comment stands at `place` with its last text, and text typed there that holds it takes it back.
          let model = [...'经济增长5%左右。'].map((c, i) => ({ c, commented: i >= 4 && i < 8 }));
          let place = -1;
          let quote = '';
          for (const edit of edits) {
            const tr = trOf(current);
            const start = blockPos(current, 'target');
            const block = current.nodeAt(start)!;
            const offset = edit.at % (block.content.size + 1);
            if (edit.kind === 'insert') {
              tr.insertText(edit.text, start + 1 + offset);
              // Typed strictly inside the commented text, it becomes part of it; at its edges it does not.
              const inside = model.slice(0, offset).some((m) => m.commented) && model.slice(offset).some((m) => m.commented);
              const typed = [...edit.text].map((c) => ({ c, commented: inside }));
              if (place === offset && edit.text.includes(quote)) {
                const at = edit.text.indexOf(quote);
                typed.forEach((t, i) => (t.commented = i >= at && i < at + quote.length));
                place = -1;
              } else if (place >= offset) place += typed.length;
              model = [...model.slice(0, offset), ...typed, ...model.slice(offset)];
            } else {
              const end = Math.min(block.content.size, offset + edit.len);
              tr.delete(start + 1 + offset, start + 1 + end);
              const first = model.findIndex((m) => m.commented);
              const last = model.findLastIndex((m) => m.commented);
              const kept = [...model.slice(0, offset), ...model.slice(end)];
              if (first >= 0 && !kept.some((m) => m.commented)) {
                quote = model.slice(first, last + 1).map((m) => m.c).join('');
                place = offset;
              } else if (place > offset) place -= Math.min(end, place) - offset;
              model = kept;
            }
            comments = mapCommentAnchors(comments, tr);
            current = tr.doc;
          }
          expect(comments).toHaveLength(1);
          const a = comments[0].anchor;
          const first = model.findIndex((m) => m.commented);
          const last = model.findLastIndex((m) => m.commented);
          if (first < 0) {
            expect([a.blockId, a.from, a.to, a.deleted, a.quote]).toEqual(['target', place, place, true, quote]);
          } else {
            expect(a.deleted).toBeFalsy();
            expect([a.blockId, a.from, a.to]).toEqual(['target', first, last + 1]);
            expect(listComments(comments, current)[0].anchorText).toBe(model.slice(first, last + 1).map((m) => m.c).join(''));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
