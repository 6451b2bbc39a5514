/**
 * 结构修订: a heading's level, a section moved, a paragraph split and two
 * joined, made in 修订模式 through the editor's own commands and plugins, are
 * recorded on their block (the `change` attribute, core/review/structure.ts)
 * in the edit's undo step; they survive saving and reopening; accepting
 * clears the record and keeps the edit; rejecting puts the structure back as
 * one undo step, or refuses and keeps everything when the place is gone.
 */
import { joinBackward } from 'prosemirror-commands';
import { undo } from 'prosemirror-history';
import type { Node as PMNode } from 'prosemirror-model';
import { EditorState, TextSelection, type Command, type Transaction } from 'prosemirror-state';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { exportDocx } from '../../../src/node/export/docx.js';
import { importDocx } from '../../../src/node/import/docx.js';
import { buildDocx } from '../../support/docxFixture.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseCaogao, serializeCaogao } from '../../../src/core/format/caogaoFile.js';
import { acceptAll, acceptSuggestion, listSuggestions, structureChanges } from '../../../src/core/review/index.js';
import { reportSchema } from '../../../src/core/schema.js';
import { saveAsVersion } from '../../../src/core/versions.js';
import { backspaceAtHeadingStart } from '../../../src/renderer/commands/backspace.js';
import { enter } from '../../../src/renderer/commands/enter.js';
import { demote, setHeading } from '../../../src/renderer/commands/headingLevel.js';
import { moveContainer, moveDown, moveUp } from '../../../src/renderer/commands/moveSection.js';
import { ownUndoStep } from '../../../src/renderer/editor/undoSteps.js';
import { reportPlugins } from '../../../src/renderer/editor/createState.js';
import { rejectStructureChange, rejectStructureChanges } from '../../../src/renderer/review/rejectStructure.js';
import { reviewKey, reviewPlugin, setReview } from '../../../src/renderer/review/reviewPlugin.js';
import { doc, p, part, resetIds, section } from '../../support/builder.js';
import { body, posOf } from '../editor/helpers.js';
import { runCaogao } from '../../support/cli.js';

const AUTHOR = '李审阅';

function tracked(d: PMNode, on = true): EditorState {
  const plugin = reviewPlugin({ author: () => AUTHOR, now: () => '2026-03-01T08:00:00.000Z' });
  let state = EditorState.create({ schema: reportSchema, doc: d, plugins: reportPlugins({ plugins: [plugin] }) });
  if (on) state = state.apply(setReview(state.tr, { tracking: true }));
  return state;
}

const report = () =>
  doc(part('第一部分', section('第一节', p('甲段。')), section('第二节', p('乙段。乙续。'))), part('第二部分', p('丙段。')));

const apply = (state: EditorState, tr: Transaction) => state.applyTransaction(tr).state;
const caret = (state: EditorState, text: string, after = false) => apply(state, state.tr.setSelection(TextSelection.create(state.doc, posOf(state.doc, text, after))));

function exec(state: EditorState, command: Command): EditorState {
  let made: Transaction | null = null;
  expect(command(state, (tr) => (made = tr))).toBe(true);
  return apply(state, made!);
}

function undone(state: EditorState): EditorState {
  let made: Transaction | null = null;
  undo(state, (tr) => (made = tr));
  return apply(state, made!);
}

/** A decision as the window makes it (installReview.ts): one undo step, never tracked. */
function decide(state: EditorState, change: (tr: Transaction) => void): EditorState {
  const tr = ownUndoStep(state.tr);
  change(tr);
  return apply(state, tr.setMeta(reviewKey, { untracked: true }));
}

const structural = (state: EditorState) => listSuggestions(state.doc).filter((s) => s.kind === 'structure');

function reopened(state: EditorState): PMNode {
  const text = serializeCaogao({ doc: state.doc, versions: [], settings: {}, comments: [] });
  expect(JSON.parse(text).version).toBe(2);
  return parseCaogao(text, '报告.caogao').doc;
}

beforeEach(() => resetIds());

describe('a heading level changed in 修订模式', () => {
  it('is recorded on the heading with the former level, in the same undo step, and survives a save', () => {
    const start = tracked(report());
    const s = exec(caret(start, '第二节'), demote);
    expect(body(s.doc)).toContain('1.第二节');
    expect(structural(s)).toMatchObject([{ author: AUTHOR, change: 'level', text: '第二节', path: ['一', '（一）', '1.'] }]);
    expect(structureChanges(s.doc)[0].change.level).toBe(2);
    expect(undone(s).doc.eq(start.doc)).toBe(true);
    expect(listSuggestions(reopened(s))).toEqual(listSuggestions(s.doc));
  });

  it('is kept with a version: a file whose only suggestion is in a version is written as format 2 and reads it back', () => {
    const start = tracked(report());
    const s = exec(caret(start, '第二节'), demote);
    const file = saveAsVersion({ doc: s.doc, versions: [], settings: {}, comments: [] }, '征求意见稿', { author: AUTHOR, id: 'v1' });
    const text = serializeCaogao({ ...file, doc: start.doc });
    expect(JSON.parse(text).version).toBe(2);
    const [version] = parseCaogao(text, '报告.caogao').versions;
    expect(listSuggestions(version.doc)).toEqual(listSuggestions(s.doc));
    expect(JSON.parse(serializeCaogao({ doc: start.doc, versions: [], settings: {}, comments: [] })).version).toBe(1);
  });

  it('accepting keeps the level and clears the record; rejecting puts the level back as one undo step', () => {
    const start = tracked(report());
    const s = exec(caret(start, '第二节'), demote);
    const [{ id }] = structural(s);
    const accepted = decide(s, (tr) => acceptSuggestion(tr, id));
    expect(body(accepted.doc)).toBe(body(s.doc));
    expect(structural(accepted)).toEqual([]);
    let outcome = '';
    const rejected = decide(s, (tr) => (outcome = rejectStructureChange(tr, id)));
    expect(outcome).toBe('done');
    expect(body(rejected.doc)).toBe(body(start.doc));
    expect(structural(rejected)).toEqual([]);
    expect(undone(rejected).doc.eq(s.doc)).toBe(true);
  });

  it('a paragraph made a heading goes back to a paragraph, and a heading demoted and promoted again is no suggestion', () => {
    const start = tracked(report());
    const s = exec(caret(start, '甲段'), setHeading(3));
    expect(structural(s)).toMatchObject([{ change: 'level', text: '甲段。' }]);
    const rejected = decide(s, (tr) => rejectStructureChange(tr, structural(s)[0].id));
    expect(body(rejected.doc)).toBe(body(start.doc));
    const back = exec(exec(caret(start, '第二节'), demote), setHeading(2));
    expect(structural(back)).toEqual([]);
  });
});

describe('a section moved in 修订模式', () => {
  it('is recorded on the moved section (not the one it swapped with) and rejecting moves it back', () => {
    const start = tracked(report());
    const s = exec(caret(start, '第一节'), moveDown);
    expect(body(s.doc)).toMatch(/（一）第二节[\s\S]*（二）第一节/);
    expect(structural(s)).toMatchObject([{ change: 'move', text: '第一节' }]);
    expect(undone(s).doc.eq(start.doc)).toBe(true);
    expect(listSuggestions(reopened(s))).toEqual(listSuggestions(s.doc));
    const rejected = decide(s, (tr) => rejectStructureChange(tr, structural(s)[0].id));
    expect(body(rejected.doc)).toBe(body(start.doc));
    expect(structural(rejected)).toEqual([]);
  });

  it('moved down and up again is no suggestion; moved twice keeps the first place', () => {
    const start = tracked(report());
    expect(structural(exec(exec(caret(start, '第一节'), moveDown), moveUp))).toEqual([]);
    const twice = exec(exec(caret(start, '第一节'), moveDown), (st, d) => moveContainer(st.doc.child(1).child(2).attrs.id as string, { id: st.doc.child(2).attrs.id as string, where: 'into' })(st, d));
    expect(structural(twice)).toMatchObject([{ change: 'move', text: '第一节' }]);
    const rejected = decide(twice, (tr) => rejectStructureChange(tr, structural(twice)[0].id));
    expect(body(rejected.doc)).toBe(body(start.doc));
  });

  it('refuses when its former place is gone, and keeps the record and every character', () => {
    const start = tracked(report());
    const partTwo = start.doc.child(2).attrs.id as string;
    const sectionOne = start.doc.child(1).child(1).attrs.id as string;
    let s = exec(start, moveContainer(sectionOne, { id: partTwo, where: 'into' }));
    expect(structural(s)).toHaveLength(1);
    // Part 一 (its former parent, with the section it stood before) deleted outright, 修订模式 off.
    s = apply(s, setReview(s.tr, { tracking: false }));
    s = apply(s, s.tr.delete(posOf(s.doc, '第一部分') - 2, posOf(s.doc, '乙续。', true) + 2));
    expect(s.doc.textContent).not.toContain('第一部分');
    const id = structural(s)[0].id;
    let outcome = '';
    const after = decide(s, (tr) => (outcome = rejectStructureChange(tr, id)));
    expect(outcome).toBe('blocked');
    expect(after.doc.eq(s.doc)).toBe(true);
    expect(structural(after)).toHaveLength(1);
  });
});

describe('a paragraph split or joined in 修订模式', () => {
  it('Enter inside a paragraph is a split recorded on the new half; rejecting joins the halves again', () => {
    const start = tracked(report());
    const s = exec(caret(start, '乙续'), enter);
    expect(body(s.doc)).toContain('p 乙段。\n    p 乙续。');
    expect(structural(s)).toMatchObject([{ change: 'split', text: '乙续。', author: AUTHOR }]);
    expect(undone(s).doc.eq(start.doc)).toBe(true);
    expect(listSuggestions(reopened(s))).toEqual(listSuggestions(s.doc));
    const rejected = decide(s, (tr) => rejectStructureChange(tr, structural(s)[0].id));
    expect(rejected.doc.eq(start.doc)).toBe(true);
  });

  it('Enter inside a heading (its rest becomes the first paragraph) is a split too, and rejecting joins it back into the heading', () => {
    const start = tracked(report());
    const s = exec(caret(start, '二节'), enter);
    expect(body(s.doc)).toContain('（二）第\n    p 二节');
    expect(structural(s)).toMatchObject([{ change: 'split', text: '二节' }]);
    const rejected = decide(s, (tr) => rejectStructureChange(tr, structural(s)[0].id));
    expect(rejected.doc.eq(start.doc)).toBe(true);
  });

  it('Enter at the start of a paragraph opens an empty one above, which rejecting removes', () => {
    const start = tracked(report());
    const s = exec(caret(start, '乙段'), enter);
    expect(structural(s)).toMatchObject([{ change: 'split', text: '' }]);
    const rejected = decide(s, (tr) => rejectStructureChange(tr, structural(s)[0].id));
    expect(rejected.doc.eq(start.doc)).toBe(true);
  });

  it('Backspace at a paragraph start is a join recorded with the offset; rejecting splits there again with the old id, even after typing before it', () => {
    const start = tracked(doc(part('第一部分', p('丁段。'), p('戊段。'))));
    let s = exec(caret(start, '戊段'), joinBackward);
    expect(body(s.doc)).toContain('p 丁段。戊段。');
    const [record] = structureChanges(s.doc);
    expect(record.change).toMatchObject({ kind: 'join', at: 3, head: '戊段。', type: 'paragraph' });
    expect(undone(s).doc.eq(start.doc)).toBe(true);
    expect(listSuggestions(reopened(s))).toEqual(listSuggestions(s.doc));
    // Typing before the join point (tracked as an insertion) moves it: the joined text's first characters find it.
    s = apply(caret(s, '丁段'), caret(s, '丁段').tr.insertText('新'));
    const rejected = decide(s, (tr) => rejectStructureChange(tr, record.change.id));
    expect(body(rejected.doc)).toContain('p 新丁段。\n  p 戊段。');
    expect(rejected.doc.child(1).child(2).attrs.id).toBe(start.doc.child(1).child(2).attrs.id);
    expect(structural(rejected)).toEqual([]);
  });

  it('Enter and then Backspace at the same place leave no suggestion', () => {
    const start = tracked(report());
    const s = exec(exec(caret(start, '乙续'), enter), joinBackward);
    expect(s.doc.textContent).toBe(start.doc.textContent);
    expect(structural(s)).toEqual([]);
  });

  it('a heading made a paragraph by Backspace and then joined: rejecting the join brings the paragraph back with its level suggestion', () => {
    const start = tracked(report());
    let s = exec(caret(start, '第二节'), backspaceAtHeadingStart);
    s = exec(s, joinBackward);
    expect(structural(s).map((x) => x.change)).toEqual(['join']);
    const back = decide(s, (tr) => rejectStructureChange(tr, structural(s)[0].id));
    expect(structural(back).map((x) => x.change)).toEqual(['level']);
    const heading = decide(back, (tr) => rejectStructureChange(tr, structural(back)[0].id));
    expect(body(heading.doc)).toBe(body(start.doc));
  });

  it('a join whose place was rewritten is refused and nothing changes', () => {
    const start = tracked(doc(part('第一部分', p('丁段。'), p('戊段。'))));
    let s = exec(caret(start, '戊段'), joinBackward);
    s = apply(s, setReview(s.tr, { tracking: false }));
    s = apply(s, s.tr.insertText('己', posOf(s.doc, '戊段'), posOf(s.doc, '戊段。', true)));
    let outcome = '';
    const after = decide(s, (tr) => (outcome = rejectStructureChange(tr, structureChanges(s.doc)[0].change.id)));
    expect(outcome).toBe('blocked');
    expect(after.doc.textContent).toBe(s.doc.textContent);
  });
});

describe('what is not structural', () => {
  it('a paragraph dragged to another section is tracked as its deletion and its insertion', () => {
    const start = tracked(report());
    const from = posOf(start.doc, '甲段') - 1;
    const para = start.doc.nodeAt(from)!;
    const tr = start.tr.delete(from, from + para.nodeSize);
    const at = posOf(tr.doc, '乙段。乙续。', true) + 1;
    const s = apply(start, tr.insert(at, para));
    expect(listSuggestions(s.doc).map((x) => [x.kind, x.text])).toEqual([
      ['delete', '甲段。'],
      ['insert', '甲段。'],
    ]);
  });
});

describe('all at once', () => {
  it('reject all puts every kind back in one undo step; accept all clears every record and keeps the edits', () => {
    const start = tracked(report());
    let s = exec(caret(start, '第二节'), demote);
    s = exec(caret(s, '乙续'), enter);
    s = exec(caret(s, '丙段'), setHeading(2));
    expect(structural(s).map((x) => x.change)).toEqual(['level', 'split', 'level']);
    let blocked = -1;
    const rejected = decide(s, (tr) => (blocked = rejectStructureChanges(tr, () => true)));
    expect(blocked).toBe(0);
    expect(body(rejected.doc)).toBe(body(start.doc));
    expect(undone(rejected).doc.eq(s.doc)).toBe(true);
    const accepted = decide(s, (tr) => acceptAll(tr));
    expect(structural(accepted)).toEqual([]);
    expect(body(accepted.doc)).toBe(body(s.doc));
  });
});

describe('caogao review', () => {
  it('lists a saved structural suggestion with its author and heading path', async () => {
    const s = exec(caret(tracked(report()), '第二节'), demote);
    const file = join(mkdtempSync(join(tmpdir(), 'caogao-structure-')), '报告.caogao');
    writeFileSync(file, serializeCaogao({ doc: s.doc, versions: [], settings: {}, comments: [] }));
    const { code, stdout } = await runCaogao('review', file, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).suggestions).toMatchObject([{ kind: 'structure', author: AUTHOR, text: '第二节', path: ['一', '（一）', '1.'] }]);
  });
});

describe('the .docx export', () => {
  /** The paragraphs of the exported document.xml, each as its XML. */
  async function exported(state: EditorState): Promise<string[]> {
    const bytes = await exportDocx(state.doc);
    // Kept for a look in LibreOffice (soffice --headless --convert-to pdf).
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/structure-suggestions.docx', bytes);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    return xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
  }
  const holding = (paras: string[], text: string) => paras.find((x) => x.replace(/<[^>]+>/g, '').includes(text))!;

  it('writes a level change as w:pPrChange with the former style, a split as an inserted paragraph mark, a join as a deleted one, a move as w:pPrChange', async () => {
    let s = tracked(doc(part('第一部分', section('第一节', p('甲段。')), section('第二节', p('乙段。乙续。'), p('丁段。'), p('戊段。'))), part('第二部分', p('丙段。'))));
    s = exec(caret(s, '第二节'), demote);
    s = exec(caret(s, '乙续'), enter);
    s = exec(caret(s, '戊段'), joinBackward);
    s = exec(caret(s, '第二部分'), (st, d) => moveContainer(st.doc.child(2).attrs.id as string, { id: st.doc.child(1).attrs.id as string, where: 'before' })(st, d));
    expect(structural(s).map((x) => x.change)).toEqual(['move', 'level', 'split', 'join']);
    const paras = await exported(s);
    // The demoted heading: Heading3 now, Heading2 before, by the reviewer.
    const level = holding(paras, '第二节');
    expect(level).toMatch(/<w:pStyle w:val="Heading3"\/>[\s\S]*<w:pPrChange [^>]*w:author="李审阅"[^>]*>\s*<w:pPr>\s*<w:pStyle w:val="Heading2"\/>/);
    // The split: the first half's paragraph mark inserted.
    expect(holding(paras, '乙段。')).toMatch(/<w:pPr>[\s\S]*<w:rPr>\s*<w:ins [^>]*w:author="李审阅"/);
    expect(holding(paras, '乙续。')).not.toMatch(/<w:ins /);
    // The join: two paragraphs again, the first one's mark deleted.
    expect(holding(paras, '丁段。')).toMatch(/<w:pPr>[\s\S]*<w:rPr>\s*<w:del [^>]*w:author="李审阅"/);
    expect(holding(paras, '丁段。')).not.toContain('戊段');
    expect(holding(paras, '戊段。')).toContain('<w:pStyle w:val="BodyText"/>');
    // The move: a style change to its own style, which marks it with who and when.
    expect(holding(paras, '第二部分')).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*<w:pPrChange [^>]*>\s*<w:pPr>\s*<w:pStyle w:val="Heading1"\/>/);
  });

  it('comes back from the .docx: the level change, the split and the join as the same structural suggestions (the move not)', async () => {
    let s = tracked(doc(part('第一部分', section('第一节', p('甲段。')), section('第二节', p('乙段。乙续。'), p('丁段。'), p('戊段。'))), part('第二部分', p('丙段。'))));
    s = exec(caret(s, '第二节'), demote);
    s = exec(caret(s, '乙续'), enter);
    s = exec(caret(s, '戊段'), joinBackward);
    const back = (await importDocx(await exportDocx(s.doc), '审阅稿.docx')).doc;
    const listed = listSuggestions(back).filter((x) => x.kind === 'structure');
    expect(listed.map((x) => [x.change, x.author, x.text])).toEqual([
      ['level', AUTHOR, '第二节'],
      ['split', AUTHOR, '乙续。'],
      ['join', AUTHOR, '丁段。戊段。'],
    ]);
    expect(listed[0].levels).toEqual([2, 3]);
    // The split is from the block before it, and the join says where the second block began: rejecting either puts them back.
    const records = structureChanges(back);
    const split = records.find((r) => r.change.kind === 'split')!;
    expect(split.change.from).toBe(back.resolve(split.pos).nodeBefore!.attrs.id);
    expect(records.find((r) => r.change.kind === 'join')!.change).toMatchObject({ at: 3, head: '戊段。', type: 'paragraph' });
    // Rejecting them all in the imported draft gives the structure before the review (the move aside, which did not come back).
    const original = tracked(doc(part('第一部分', section('第一节', p('甲段。')), section('第二节', p('乙段。乙续。'), p('丁段。'), p('戊段。'))), part('第二部分', p('丙段。'))));
    let blocked = -1;
    const rejected = decide(tracked(back), (tr) => (blocked = rejectStructureChanges(tr, () => true)));
    expect(blocked).toBe(0);
    expect(body(rejected.doc)).toBe(body(original.doc));
  });

  it('reads a paragraph mark inserted or deleted and a style changed in a file from Word, and leaves an unknown former style alone', async () => {
    const para = (text: string, props = '') => `<w:p><w:pPr>${props}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const ins = '<w:rPr><w:ins w:id="1" w:author="王五" w:date="2026-03-02T09:00:00Z"/></w:rPr>';
    const was = (style: string) => `<w:pStyle w:val="Heading3"/><w:pPrChange w:id="2" w:author="赵六" w:date="2026-03-03T10:00:00Z"><w:pPr><w:pStyle w:val="${style}"/></w:pPr></w:pPrChange>`;
    const body = [
      para('政府工作报告'),
      para('一、过去一年工作回顾'),
      para('（一）稳增长'),
      para('经济平稳。', ins),
      para('投资增长。'),
      para('1.扩大内需', was('Heading2')),
      para('消费回升。', '<w:rPr><w:del w:id="3" w:author="王五" w:date="2026-03-02T09:05:00Z"/></w:rPr>'),
      para('外需回暖。'),
      para('2.稳定外贸', was('Normal')),
      para('出口增长。'),
    ].join('');
    const back = (await importDocx(await buildDocx({ body }), '审阅稿.docx')).doc;
    const listed = listSuggestions(back).filter((x) => x.kind === 'structure');
    expect(listed.map((x) => [x.change, x.author, x.text])).toEqual([
      ['split', '王五', '投资增长。'],
      ['level', '赵六', '扩大内需'],
      ['join', '王五', '消费回升。外需回暖。'],
    ]);
    expect(listed[1].levels).toEqual([2, 3]);
  });
});

