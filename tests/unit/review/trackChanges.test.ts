/**
 * 修订模式 in the editor's state (src/renderer/review): the review plugin with
 * the report's own plugins, edits applied as the view applies them (so
 * appendTransaction runs), and what the document then holds.
 */
import { undo } from 'prosemirror-history';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { beforeEach, describe, expect, it } from 'vitest';
import { listSuggestions, rejectSuggestion, finalText, originalText, createComment, anchorRange, mapCommentAnchors, finalDoc } from '../../../src/core/review/index.js';
import { finalStateForReading } from '../../../src/core/review/finalState.js';
import { mapComments } from '../../../src/renderer/review/mapComments.js';
import { random } from '../../support/random.js';
import { reportSchema } from '../../../src/core/schema.js';
import { setHeading } from '../../../src/renderer/commands/headingLevel.js';
import { reportPlugins } from '../../../src/renderer/editor/createState.js';
import { reviewKey, reviewPlugin, reviewState, setReview } from '../../../src/renderer/review/reviewPlugin.js';
import { doc, p, part, resetIds, title } from '../../support/builder.js';
import { posOf } from '../editor/helpers.js';

const AUTHOR = '王起草';
let clock = 0;

function tracked(on = true): EditorState {
  resetIds();
  const d = doc(title('政府工作报告'), part('过去一年工作回顾', p('全年地区生产总值增长6%。'), p('城镇新增就业1.2万人。')));
  const plugin = reviewPlugin({ author: () => AUTHOR, now: () => new Date(Date.UTC(2026, 2, 1, 8, clock++)).toISOString() });
  let state = EditorState.create({ schema: reportSchema, doc: d, plugins: reportPlugins({ plugins: [plugin] }) });
  if (on) state = state.apply(setReview(state.tr, { tracking: true }));
  return state;
}

const apply = (state: EditorState, tr: Transaction) => state.applyTransaction(tr).state;
const at = (state: EditorState, text: string, after = false) => posOf(state.doc, text, after);

function type(state: EditorState, text: string, pos: number): EditorState {
  let s = apply(state, state.tr.setSelection(TextSelection.create(state.doc, pos)));
  for (const ch of text) s = apply(s, s.tr.insertText(ch));
  return s;
}

/** Backspace as the browser does it: the character before the caret removed, the caret where it was. */
function backspace(state: EditorState): EditorState {
  const { head } = state.selection;
  return apply(state, state.tr.delete(head - 1, head));
}

const kinds = (state: EditorState) => listSuggestions(state.doc).map(({ kind, author, text }) => ({ kind, author, text }));

beforeEach(() => {
  clock = 0;
});

describe('修订模式', () => {
  it('marks typed text as one insertion by the author, however many keys', () => {
    const s = type(tracked(), '左右', at(tracked(), '。'));
    expect(kinds(s)).toEqual([{ kind: 'insert', author: AUTHOR, text: '左右' }]);
    expect(s.doc.textContent).toContain('增长6%左右。');
  });

  it('keeps deleted text in the document, marked, and leaves the caret before it on Backspace', () => {
    let s = tracked();
    s = apply(s, s.tr.setSelection(TextSelection.create(s.doc, at(s, '%。', true) - 1)));
    s = backspace(backspace(s));
    expect(kinds(s)).toEqual([{ kind: 'delete', author: AUTHOR, text: '6%' }]);
    expect(s.doc.textContent).toContain('增长6%。');
    const para = s.doc.nodeAt(at(s, '全年') - 1)!;
    expect(finalText(para)).toBe('全年地区生产总值增长。');
    expect(originalText(para)).toBe('全年地区生产总值增长6%。');
    expect(s.selection.head).toBe(at(s, '6%'));
  });

  it('really removes the author’s own insertion when it is deleted', () => {
    let s = type(tracked(), '左右', at(tracked(), '。'));
    s = backspace(s);
    expect(kinds(s)).toEqual([{ kind: 'insert', author: AUTHOR, text: '左' }]);
    expect(s.doc.textContent).toContain('增长6%左。');
  });

  it('typing over a selection strikes the old text and inserts the new after it', () => {
    let s = tracked();
    s = apply(s, s.tr.setSelection(TextSelection.create(s.doc, at(s, '6%'), at(s, '6%', true))));
    s = apply(s, s.tr.insertText('5.5%'));
    expect(kinds(s).map((k) => [k.kind, k.text])).toEqual([
      ['delete', '6%'],
      ['insert', '5.5%'],
    ]);
    expect(s.doc.textContent).toContain('增长6%5.5%。');
  });

  it('undo takes a tracked edit back whole, and is not itself tracked', () => {
    const before = tracked();
    let s = type(before, '左右', at(before, '。'));
    s = apply(s, s.tr.setSelection(TextSelection.create(s.doc, at(s, '城镇', true))));
    let undone: Transaction | null = null;
    undo(s, (tr) => (undone = tr));
    s = apply(s, undone!);
    expect(s.doc.eq(before.doc)).toBe(true);
  });

  it('records a heading level change as a structure suggestion and marks no text', () => {
    let s = tracked();
    s = apply(s, s.tr.setSelection(TextSelection.create(s.doc, at(s, '城镇'))));
    let made: Transaction | null = null;
    setHeading(2)(s, (tr) => (made = tr));
    expect(made).not.toBeNull();
    s = apply(s, made!);
    expect(kinds(s)).toEqual([{ kind: 'structure', author: AUTHOR, text: '城镇新增就业1.2万人。' }]);
  });

  it('a decision carrying the review meta is not recorded as an edit', () => {
    let s = type(tracked(), '左右', at(tracked(), '。'));
    const id = listSuggestions(s.doc)[0].id;
    s = apply(s, rejectSuggestion(s.tr, id).setMeta(reviewKey, { untracked: true }));
    expect(listSuggestions(s.doc)).toEqual([]);
    expect(s.doc.textContent).toContain('增长6%。');
  });

  it('marks nothing while off', () => {
    const s = type(tracked(false), '左右', at(tracked(false), '。'));
    expect(listSuggestions(s.doc)).toEqual([]);
  });

  it('maps the comments through the edits, tracked or not', () => {
    let s = tracked();
    const comment = createComment(s.doc, at(s, '城镇'), at(s, '1.2万人', true), { author: AUTHOR, text: '请核实。' })!;
    s = apply(s, setReview(s.tr, { comments: [comment] }));
    s = type(s, '全区', at(s, '城镇'));
    const [mapped] = reviewState(s).comments;
    const range = anchorRange(s.doc, mapped.anchor)!;
    expect(s.doc.textBetween(range.from, range.to)).toBe('城镇新增就业1.2万人');
    expect(reviewState(s).highlights.find().length).toBe(1);
  });
});

describe('the final state the checks read', () => {
  it('leaves deleted text out as finalDoc does, and keeps the blocks that did not change', () => {
    let s = tracked();
    s = apply(s, s.tr.setSelection(TextSelection.create(s.doc, at(s, '%。', true) - 1)));
    s = backspace(backspace(s));
    const read = finalStateForReading(s.doc);
    expect(read.textContent).toBe(finalDoc(s.doc).textContent);
    const next = type(s, '全区', at(s, '城镇'));
    const again = finalStateForReading(next.doc);
    // The first paragraph (with the deletion) did not change: the same node as before.
    expect(again.nodeAt(at(s, '全年') - 1)).toBe(read.nodeAt(at(s, '全年') - 1));
    expect(again.textContent).toContain('全区城镇');
  });
});

describe('comments through typing (the fast way)', () => {
  it('gives what mapCommentAnchors gives, for random edits inside one paragraph', () => {
    const rand = random(7);
    for (let run = 0; run < 200; run++) {
      let s = tracked(false);
      const para = at(s, '全年') - 1;
      const size = s.doc.nodeAt(para)!.content.size;
      const a = 1 + Math.floor(rand() * (size - 2));
      const b = a + Math.floor(rand() * (size - a));
      const comment = createComment(s.doc, para + 1 + a, para + 1 + b, { author: AUTHOR, text: '意见' })!;
      s = apply(s, setReview(s.tr, { comments: [comment] }));
      const from = para + 1 + Math.floor(rand() * size);
      const to = Math.min(para + 1 + size, from + Math.floor(rand() * 4));
      const tr = rand() < 0.5 ? s.tr.insertText('新增', from) : s.tr.delete(from, Math.max(to, from + 1));
      expect(mapComments([comment], tr)).toEqual(mapCommentAnchors([comment], tr));
    }
  });
});
