/** 全部修正 and the findings in the text, on an editor state with the editor's own history and undo steps. */
import { beforeEach, describe, expect, it } from 'vitest';
import { history, undo } from 'prosemirror-history';
import type { EditorState, Transaction } from 'prosemirror-state';
import { applyFixes, runChecks } from '../../../src/core/checks/index.js';
import { excerptParts } from '../../../src/core/checks/finding.js';
import { groupFindings } from '../../../src/renderer/checks/groups.js';
import { findingMarksKey, findingMarksPlugin, findingsAt, markFindings } from '../../../src/renderer/checks/findingMarks.js';
import { fixFlashPlugin, fixTransaction } from '../../../src/renderer/checks/fixFlash.js';
import { changedRanges } from '../../../src/renderer/editor/changedRanges.js';
import { undoStepsPlugin } from '../../../src/renderer/editor/undoSteps.js';
import { Transform } from 'prosemirror-transform';
import { doc, p, part, resetIds } from '../../support/builder.js';
import { posOf, stateOf } from './helpers.js';

const text = '各位代表,星光不问赶路人,时光不负奋斗者!成绩来之不易,仍须努力。';

function report() {
  return doc(part('工作', p(text, { id: 'a' }), p('增长5%,城镇新增就业2万人。', { id: 'b' })));
}

function editorState(): EditorState {
  return stateOf(report(), [history(), undoStepsPlugin(), fixFlashPlugin()]);
}

const halfwidth = (s: EditorState) => runChecks(s.doc, {}, { rules: ['punctuation-halfwidth'] });

function undoOnce(state: EditorState): EditorState {
  let next = state;
  undo(state, (tr: Transaction) => (next = state.apply(tr)));
  return next;
}

describe('全部修正', () => {
  beforeEach(resetIds);

  it('fixes every finding of a group in one step, and one undo brings all of them back', () => {
    const before = editorState();
    const group = groupFindings(halfwidth(before)).rules.find((r) => r.rule === 'punctuation-halfwidth')!;
    expect(group.findings).toHaveLength(5);
    expect(group.fixes).toHaveLength(5);
    // Some typing first, its own undo step.
    const typed = before.apply(before.tr.insertText('', 1));
    const fixed = typed.apply(fixTransaction(typed, group.fixes));
    expect(halfwidth(fixed)).toEqual([]);
    expect(fixed.doc.textContent).toContain('各位代表，星光不问赶路人，时光不负奋斗者！成绩来之不易，仍须努力。');
    expect(fixed.doc.textContent).toContain('增长5%，城镇新增就业2万人。');
    const undone = undoOnce(fixed);
    expect(undone.doc.eq(before.doc)).toBe(true);
    expect(halfwidth(undone)).toHaveLength(5);
  });

  it('marks each piece of text it changed', () => {
    const state = editorState();
    const fixes = groupFindings(halfwidth(state)).rules[0].fixes;
    const tr = fixTransaction(state, fixes);
    const marked = changedRanges(tr).map((r) => tr.doc.textBetween(r.from, r.to));
    expect(marked).toEqual(['，', '，', '！', '，', '，']);
  });

  it('applies edits given in any order and in one block, and leaves out an edit over one already taken', () => {
    const d = report();
    const label = { zh: '', en: '' };
    const tr = applyFixes(new Transform(d), [
      { label, edits: [{ blockId: 'b', from: 4, to: 5, insert: '，' }] },
      { label, edits: [{ blockId: 'a', from: 12, to: 13, insert: '，' }] },
      { label, edits: [{ blockId: 'a', from: 4, to: 5, insert: '，' }] },
      { label, edits: [{ blockId: 'a', from: 4, to: 6, insert: 'X' }] },
    ]);
    expect(tr.doc.textContent).toContain('各位代表，星光不问赶路人，时光');
    expect(tr.doc.textContent).toContain('增长5%，城镇');
    expect(tr.doc.textContent).not.toContain('X');
  });
});

describe('findings in the text', () => {
  beforeEach(resetIds);

  it('underlines each finding at its text, by severity, and keeps the mark on it while typing before it', () => {
    const state = editorState();
    const findings = halfwidth(state);
    const { marks } = markFindings(state.doc, findings);
    const shown = marks.find();
    expect(shown).toHaveLength(5);
    expect(shown.map((d) => state.doc.textBetween(d.from, d.to))).toEqual([',', ',', '!', ',', ',']);
    expect(shown.every((d) => (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class === 'finding-mark finding-error')).toBe(true);
    // Typing before the first comma moves the marks with the text (mapped, not recomputed).
    const at = posOf(state.doc, '星光');
    const typed = marks.map(state.tr.insertText('亲爱的', at).mapping, state.tr.insertText('亲爱的', at).doc);
    const doc2 = state.tr.insertText('亲爱的', at).doc;
    expect(typed.find().map((d) => doc2.textBetween(d.from, d.to))).toEqual([',', ',', '!', ',', ',']);
  });

  it('does not mark a suppressed finding, and tells which findings are at a place, also after typing', () => {
    const base = stateOf(report(), [findingMarksPlugin()]);
    const findings = halfwidth(base);
    findings[0].suppressed = { rule: findings[0].rule, blockId: findings[0].blockId, text: ',', who: '', why: '', at: '' };
    const state = base.apply(base.tr.setMeta(findingMarksKey, { findings, doc: base.doc }));
    expect(findingMarksKey.getState(state)!.marks.find()).toHaveLength(4);
    const second = posOf(state.doc, ',时光');
    expect(findingsAt(state, second).map((f) => f.text)).toEqual([',']);
    expect(findingsAt(state, posOf(state.doc, '各位代表,') + 4)).toEqual([]);
    // Findings of another document are not taken; typing maps the marks.
    const typed = state.apply(state.tr.insertText('亲爱的', 1 + posOf(state.doc, '各位代表') - 1));
    const stale = typed.apply(typed.tr.setMeta(findingMarksKey, { findings: [], doc: base.doc }));
    expect(findingsAt(stale, posOf(stale.doc, ',时光')).map((f) => f.text)).toEqual([',']);
  });

  it('shows the excerpt with the flagged text apart, about 12 characters either side', () => {
    const [first, second] = halfwidth(editorState());
    expect(excerptParts(first)).toEqual({ before: '各位代表', mark: ',', after: '星光不问赶路人,时光不负…' });
    const parts = excerptParts(second);
    expect(parts.mark).toBe(',');
    expect(parts.before).toBe('各位代表,星光不问赶路人');
    expect(parts.after.startsWith('时光不负奋斗者!成绩来')).toBe(true);
  });
});
