/**
 * The numbers drawn in the editor under review (numberingPlugin.ts): edits
 * made in 修订模式 through the review plugin, as the view applies them, and
 * the numbers shown after each, against the numbering of the reading.
 */
import { undo } from 'prosemirror-history';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { collectNumbering } from '../../../src/core/numbering.js';
import { acceptAll, finalDoc } from '../../../src/core/review/index.js';
import { reportSchema } from '../../../src/core/schema.js';
import { reportPlugins } from '../../../src/renderer/editor/createState.js';
import { numberingKey, numberingReading, setNumberingReading, shownNumbers } from '../../../src/renderer/editor/numberingPlugin.js';
import { ownUndoStep } from '../../../src/renderer/editor/undoSteps.js';
import { reviewKey, reviewPlugin, setReview } from '../../../src/renderer/review/reviewPlugin.js';
import { doc, p, part, resetIds, section, title } from '../../support/builder.js';
import { posOf } from '../editor/helpers.js';

function tracked(): EditorState {
  resetIds();
  const d = doc(title('政府工作报告'), part('工作安排', section('稳增长', p('稳增长文。')), section('旧举措', p('旧举措文。')), section('惠民生', p('惠民生文。'))));
  const plugin = reviewPlugin({ author: () => '王起草', now: () => '2026-03-01T08:00:00.000Z' });
  const state = EditorState.create({ schema: reportSchema, doc: d, plugins: reportPlugins({ plugins: [plugin] }) });
  return state.apply(setReview(state.tr, { tracking: true }));
}

const apply = (state: EditorState, tr: Transaction) => state.applyTransaction(tr).state;

/** The labels drawn, after checking they are those of the reading's numbering at the right blocks. */
function drawn(state: EditorState): string[] {
  const numbering = numberingKey.getState(state)!;
  const got = shownNumbers(numbering, state.doc);
  const want = collectNumbering(state.doc, numberingReading(state)).map((n) => ({ pos: n.level === 0 ? n.pos : n.pos + 1, label: n.label }));
  expect(got).toEqual(want);
  return got.map((n) => n.label);
}

/** Select from the start of `from`'s text to the end of `to`'s and press Delete, in 修订模式. */
function strike(state: EditorState, from: string, to: string): EditorState {
  const start = posOf(state.doc, from);
  const end = posOf(state.doc, to, true);
  const selected = apply(state, state.tr.setSelection(TextSelection.create(state.doc, start, end)));
  return apply(selected, selected.tr.deleteSelection());
}

const goneClasses = (state: EditorState) => numberingKey.getState(state)!.set.find(undefined, undefined, (spec) => spec.number === undefined).length;

describe('the numbers drawn under review', () => {
  it('deleting a whole section in 修订模式 renumbers the sections after it, and the original state keeps its numbers', () => {
    const before = drawn(tracked());
    expect(before).toEqual(['一、', '（一）', '（二）', '（三）']);
    const struck = strike(tracked(), '旧举措', '旧举措文。');
    // Still there, struck: the deletion is a suggestion.
    expect(struck.doc.textContent).toContain('旧举措文。');
    expect(drawn(struck)).toEqual(['一、', '（一）', '（二）']);
    const sections = collectNumbering(struck.doc).filter((n) => n.level === 2).map((n) => n.node.firstChild!.textContent);
    expect(sections).toEqual(['稳增长', '惠民生']);
    // 原始状态: the section is counted again.
    const original = apply(struck, setNumberingReading(struck.tr, 'original'));
    expect(drawn(original)).toEqual(['一、', '（一）', '（二）', '（三）']);
    expect(drawn(apply(original, setNumberingReading(original.tr, 'final')))).toEqual(['一、', '（一）', '（二）']);
    // The gone section carries the class the 最终状态 view hides.
    expect(goneClasses(struck)).toBe(1);
  });

  it('deleting only a heading’s text keeps its number, and deleting its body then drops it', () => {
    let s = strike(tracked(), '旧举措', '旧举措');
    expect(drawn(s)).toEqual(['一、', '（一）', '（二）', '（三）']);
    // A keystroke in the body of the section whose heading is struck: the numbers follow without a structural step.
    s = strike(s, '旧举措文。', '旧举措文。');
    expect(drawn(s)).toEqual(['一、', '（一）', '（二）']);
  });

  it('typing a new section in 修订模式 counts it in the final state and not in the original one', () => {
    let s = tracked();
    const end = posOf(s.doc, '惠民生文。', true);
    // A new section after 惠民生, its heading typed as an insertion.
    const heading = reportSchema.node('sectionHeading', { id: 'new-h' });
    const sec = reportSchema.node('section', { id: 'new-s' }, [heading]);
    s = apply(s, s.tr.insert(end + 2, sec));
    s = apply(s, s.tr.setSelection(TextSelection.create(s.doc, end + 4)));
    for (const ch of '强保障') s = apply(s, s.tr.insertText(ch));
    expect(drawn(s)).toEqual(['一、', '（一）', '（二）', '（三）', '（四）']);
    expect(drawn(apply(s, setNumberingReading(s.tr, 'original')))).toEqual(['一、', '（一）', '（二）', '（三）']);
  });

  it('accepting the deletion removes the section in one undo step, and undo brings it back numbered as before', () => {
    const struck = strike(tracked(), '旧举措', '旧举措文。');
    // As the window decides: one transaction of its own, which 修订模式 does not record as an edit.
    const accepted = apply(struck, acceptAll(ownUndoStep(struck.tr)).setMeta(reviewKey, { untracked: true }));
    expect(accepted.doc.eq(finalDoc(struck.doc))).toBe(true);
    expect(accepted.doc.textContent).not.toContain('旧举措');
    expect(drawn(accepted)).toEqual(['一、', '（一）', '（二）']);
    let back: Transaction | null = null;
    undo(accepted, (tr) => (back = tr));
    const undone = apply(accepted, back!);
    expect(undone.doc.eq(struck.doc)).toBe(true);
    expect(drawn(undone)).toEqual(['一、', '（一）', '（二）']);
  });
});
