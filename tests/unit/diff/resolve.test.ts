/**
 * Accepting or rejecting one change into the draft being edited. The draft is
 * either side of the comparison: the old side when a reviewer's copy is
 * compared with it (accept takes the reviewer's edit), the new side when it is
 * compared with an earlier version (reject takes the edit back). Either way
 * the edit is one transaction: afterwards that change is gone from the
 * comparison, every other change is still there, and one undo restores the
 * draft.
 */
import { readFileSync } from 'node:fs';
import type { Node as PMNode } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { history, undo, undoDepth } from 'prosemirror-history';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { compareDocs, type Change, type Comparison } from '../../../src/core/diff/index.js';
import { editsDraft, resolveChange, type CurrentSide, type Decision } from '../../../src/core/diff/resolve.js';
import { importText } from '../../../src/core/import/text.js';
import { docToText } from '../../../src/core/plainText.js';
import { reportSchema } from '../../../src/core/schema.js';
import { brief, draft } from './support/draft.js';
import { deleteBlock, findText, insertParagraphAfter, joinWithNext, moveBlock, replaceText, splitParagraph, viaText } from './support/edits.js';

const NEW_PARA = '就业服务持续加强。开展线上招聘活动120场，帮扶困难群体就业800人。';

interface Setup {
  old: PMNode;
  neu: PMNode;
  current: CurrentSide;
}

const compare = (old: PMNode, neu: PMNode): Comparison => compareDocs(old, neu, { matches: true });

/** Resolve change `index` of the comparison of `s` and return the current draft after it (and the state, for undo). */
function resolve(s: Setup, pick: (c: Change) => boolean, decision: Decision) {
  const comparison = compare(s.old, s.neu);
  const change = comparison.changes.find(pick);
  if (!change) throw new Error('no such change');
  const doc = s.current === 'old' ? s.old : s.neu;
  const other = s.current === 'old' ? s.neu : s.old;
  const state = EditorState.create({ doc, plugins: [history()] });
  const result = resolveChange({ state, other, current: s.current, comparison }, change, decision);
  const next = result.status === 'applied' ? state.apply(result.tr) : state;
  const after = s.current === 'old' ? compare(next.doc, s.neu) : compare(s.old, next.doc);
  return { comparison, change, result, state: next, after, doc: next.doc, before: doc };
}

/** Pairs with several kinds of change at once, made on one draft. */
const edits: [string, (d: PMNode) => PMNode, (c: Change) => boolean][] = [
  ['a modified figure', (d) => replaceText(d, '增长6.5%', '增长7%'), (c) => c.kind === 'modify'],
  ['an inserted paragraph', (d) => insertParagraphAfter(d, '就业形势总体稳定', NEW_PARA), (c) => c.kind === 'insert'],
  ['a deleted paragraph', (d) => deleteBlock(d, '国资国企改革深入推进'), (c) => c.kind === 'delete'],
  ['a deleted section', (d) => deleteBlock(d, '实施创新动能提升行动'), (c) => c.kind === 'delete'],
  ['a moved paragraph', (d) => moveBlock(d, '营商环境持续优化', '综合实力不断增强'), (c) => c.kind === 'move'],
  ['a moved section', (d) => moveBlock(d, '实施城区品质提升行动', '实施产业质效提升行动'), (c) => c.kind === 'move'],
  ['a split paragraph', (d) => splitParagraph(d, '社会消费品零售总额突破'), (c) => c.detail === 'split'],
  ['merged paragraphs', (d) => joinWithNext(d, '营商环境持续优化'), (c) => c.detail === 'merge'],
  ['an edited glossary definition', (d) => replaceText(d, '减轻义务教育阶段学生作业负担', '有效减轻义务教育阶段学生过重作业负担'), (c) => c.node === 'glossaryEntry'],
  ['an edited heading', (d) => replaceText(d, '改革开放持续深化', '改革开放全面深化'), (c) => c.node === 'sectionHeading'],
];

describe('which decisions edit the draft', () => {
  it('edits the draft to accept the other draft’s change, or to reject its own', () => {
    expect(editsDraft('old', 'accept')).toBe(true);
    expect(editsDraft('old', 'reject')).toBe(false);
    expect(editsDraft('new', 'accept')).toBe(false);
    expect(editsDraft('new', 'reject')).toBe(true);
  });
});

describe.each([
  ['by id', (d: PMNode) => d],
  ['by content', viaText],
] as const)('resolving a change %s', (_name, ids) => {
  describe.each(edits)('%s', (_what, edit, pick) => {
    const original = draft();
    const edited = edit(original);
    const old = ids(original);
    const neu = ids(edited);

    it('accepting the reviewer’s edit makes the draft like the reviewer’s copy there', () => {
      const r = resolve({ old, neu, current: 'old' }, pick, 'accept');
      expect(r.result.status).toBe('applied');
      expect(r.after.changes).toEqual([]);
    });

    it('rejecting the draft’s own edit takes it back to the version', () => {
      const r = resolve({ old, neu, current: 'new' }, pick, 'reject');
      expect(r.result.status).toBe('applied');
      expect(r.after.changes).toEqual([]);
    });

    it('keeps the draft as it is for the other two decisions', () => {
      expect(resolve({ old, neu, current: 'old' }, pick, 'reject').result).toEqual({ status: 'kept' });
      expect(resolve({ old, neu, current: 'new' }, pick, 'accept').result).toEqual({ status: 'kept' });
    });

    it('is one undo step', () => {
      const r = resolve({ old, neu, current: 'old' }, pick, 'accept');
      expect(undoDepth(r.state)).toBe(1);
      let undone = r.state;
      undo(r.state, (tr) => (undone = r.state.apply(tr)));
      expect(undone.doc.eq(r.before)).toBe(true);
    });
  });
});

describe('resolving one of several changes', () => {
  const old = draft();
  const neu = [
    (d: PMNode) => replaceText(d, '增长7.5%左右', '增长7%左右'),
    (d: PMNode) => insertParagraphAfter(d, '就业形势总体稳定', NEW_PARA),
    (d: PMNode) => deleteBlock(d, '国资国企改革深入推进'),
    (d: PMNode) => moveBlock(d, '实施城区品质提升行动', '实施产业质效提升行动'),
  ].reduce((d, edit) => edit(d), old);

  it.each([
    ['modify', 'accept', 'old'],
    ['insert', 'accept', 'old'],
    ['delete', 'accept', 'old'],
    ['move', 'accept', 'old'],
    ['modify', 'reject', 'new'],
    ['insert', 'reject', 'new'],
    ['delete', 'reject', 'new'],
    ['move', 'reject', 'new'],
  ] as const)('takes the %s (%s, the draft being the %s side) and leaves the others as they were', (kind, decision, current) => {
    const r = resolve({ old, neu, current }, (c) => c.kind === kind, decision);
    expect(r.result.status).toBe('applied');
    const rest = r.comparison.changes.filter((c) => c !== r.change).map(brief);
    expect(r.after.changes.map(brief)).toEqual(rest);
  });

  it('puts an inserted paragraph where the reviewer put it, keeping the reviewer’s id', () => {
    const r = resolve({ old, neu, current: 'old' }, (c) => c.kind === 'insert', 'accept');
    const texts: string[] = [];
    r.doc.descendants((n) => {
      if (n.type.name === 'paragraph') texts.push(n.textContent);
      return !n.isTextblock;
    });
    const at = texts.indexOf(NEW_PARA);
    expect(texts[at - 1]).toMatch(/^就业形势总体稳定/);
    expect(r.after.changes.every((c) => c.kind !== 'insert')).toBe(true);
    expect(r.after.matchedBy).toBe('id');
  });

  it('gives a copied block a fresh id when its id is taken in the draft', () => {
    // A reviewer's copy imported again (new ids), whose new paragraph happens to carry an id the draft uses.
    const reimported = viaText(insertParagraphAfter(old, '就业形势总体稳定', NEW_PARA));
    const { pos, node } = findText(reimported, NEW_PARA);
    const takenId = findText(old, '综合实力不断增强').node.attrs.id as string;
    const withClash = new Transform(reimported).setNodeMarkup(pos, null, { ...node.attrs, id: takenId }).doc;
    const r = resolve({ old, neu: withClash, current: 'old' }, (c) => c.kind === 'insert', 'accept');
    expect(r.result.status).toBe('applied');
    expect(r.after.changes).toEqual([]);
    const ids: string[] = [];
    r.doc.descendants((n) => {
      if (n.attrs.id) ids.push(n.attrs.id as string);
      return !n.isTextblock;
    });
    expect(ids).toContain(takenId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('undo', () => {
  it('undoes a decision on its own, even right after typing', () => {
    const old = draft();
    const neu = replaceText(old, '增长6.5%', '增长7%');
    let state = EditorState.create({ doc: old, plugins: [history()] });
    // Typing in the very paragraph the decision then replaces.
    const { pos, node } = findText(state.doc, '综合实力不断增强');
    state = state.apply(state.tr.insertText('（刚输入）', pos + node.nodeSize - 1));
    const typed = state.doc;
    const comparison = compare(typed, neu);
    const change = comparison.changes.find((c) => c.kind === 'modify' && c.after.includes('增长7%'))!;
    const result = resolveChange({ state, other: neu, current: 'old', comparison }, change, 'accept');
    if (result.status !== 'applied') throw new Error(result.status);
    state = state.apply(result.tr);
    expect(undoDepth(state)).toBe(2);
    undo(state, (tr) => (state = state.apply(tr)));
    expect(state.doc.eq(typed)).toBe(true);
  });
});

describe('what cannot be resolved', () => {
  it('never edits a renumbering', () => {
    const old = draft();
    const neu = deleteBlock(old, '改革开放持续深化');
    const comparison = compareDocs(old, neu, { matches: true, showRenumber: true });
    const renumber = comparison.changes.find((c) => c.kind === 'renumber')!;
    const state = EditorState.create({ doc: old });
    expect(resolveChange({ state, other: neu, current: 'old', comparison }, renumber, 'accept')).toEqual({ status: 'kept' });
  });

  it('says the comparison is stale when the draft no longer has the change’s blocks', () => {
    const old = draft();
    const neu = replaceText(old, '增长6.5%', '增长7%');
    const comparison = compareDocs(old, neu, { matches: true });
    const elsewhere = EditorState.create({ doc: viaText(old) });
    expect(resolveChange({ state: elsewhere, other: neu, current: 'old', comparison }, comparison.changes[0], 'accept')).toEqual({
      status: 'failed',
      reason: 'stale',
    });
  });

  it('refuses to take a section’s heading away, leaving the draft as it was', () => {
    const old = draft();
    // A heading cannot be deleted on its own; pretend the comparison said so.
    const comparison = compareDocs(old, old, { matches: true });
    let headingId = '';
    old.descendants((n) => {
      if (!headingId && n.type.name === 'sectionHeading') headingId = n.attrs.id as string;
      return !n.isTextblock;
    });
    const change: Change = { kind: 'delete', path: ['一', '（一）'], oldPath: ['一', '（一）'], node: 'sectionHeading', oldIds: [headingId], newIds: [], before: '经济运行稳中有进', after: '' };
    const state = EditorState.create({ doc: old, schema: reportSchema });
    expect(resolveChange({ state, other: old, current: 'old', comparison }, change, 'accept')).toEqual({ status: 'failed', reason: 'structure' });
  });
});

describe('resolving every change of a revision of the real report, one at a time', () => {
  const SOURCE = readFileSync(new URL('../../../../shared/corpus/jianghan-2022-report.txt', import.meta.url), 'utf8');
  const original = importText(SOURCE).doc;
  const revise = (doc: PMNode): PMNode => {
    let d = replaceText(doc, '地区生产总值增长7.5%左右', '地区生产总值增长7%左右');
    d = moveBlock(d, '实施民生福祉提升行动', '实施产业质效提升行动');
    d = insertParagraphAfter(d, '构建碧水蓝天生态空间', '构建安全韧性城市空间。完善城市防洪排涝体系，改造雨污管网20公里。');
    d = deleteBlock(d, '基层治理与时俱进。');
    return replaceText(d, '减轻义务教育阶段学生作业负担、校外培训负担。', '有效减轻义务教育阶段学生过重作业负担和校外培训负担。');
  };

  /** Resolve the first change again and again until none is left; the number of rounds. */
  function resolveAll(s: Setup, decision: Decision): { rounds: number; doc: PMNode } {
    let { old, neu } = s;
    for (let round = 0; round < 20; round++) {
      const comparison = compare(old, neu);
      if (!comparison.changes.length) return { rounds: round, doc: s.current === 'old' ? old : neu };
      const state = EditorState.create({ doc: s.current === 'old' ? old : neu });
      const other = s.current === 'old' ? neu : old;
      const result = resolveChange({ state, other, current: s.current, comparison }, comparison.changes[0], decision);
      if (result.status !== 'applied') throw new Error(`${result.status} on ${comparison.changes[0].kind}`);
      if (s.current === 'old') old = result.tr.doc;
      else neu = result.tr.doc;
    }
    throw new Error('changes did not run out');
  }

  it.each([
    ['by id', (d: PMNode) => d],
    ['by content', viaText],
  ] as const)('accepting them all gives the reviewer’s copy (%s)', (_name, ids) => {
    const neu = ids(revise(original));
    const { rounds, doc } = resolveAll({ old: ids(original), neu, current: 'old' }, 'accept');
    expect(rounds).toBe(5);
    expect(docToText(doc)).toBe(docToText(neu));
  });

  it('rejecting them all gives the version back', () => {
    const { rounds, doc } = resolveAll({ old: original, neu: revise(original), current: 'new' }, 'reject');
    expect(rounds).toBe(5);
    expect(docToText(doc)).toBe(docToText(original));
  });
});
