/**
 * Live numbering: after every kind of edit the numbers shown before headings
 * and glossary entries are exactly those collectNumbering derives from the new
 * document, at the right blocks.
 */
import { describe, expect, it } from 'vitest';
import type { EditorState } from 'prosemirror-state';
import { redo, undo } from 'prosemirror-history';
import { collectNumbering } from '../../../src/core/numbering.js';
import { setHeading, setParagraph, demote } from '../../../src/renderer/commands/headingLevel.js';
import { moveContainer } from '../../../src/renderer/commands/moveSection.js';
import { pasteReportText } from '../../../src/renderer/commands/paste.js';
import { enter } from '../../../src/renderer/commands/enter.js';
import { insertGlossaryEntry } from '../../../src/renderer/commands/glossary.js';
import { createReportState } from '../../../src/renderer/editor/createState.js';
import { numberingKey, shownNumbers } from '../../../src/renderer/editor/numberingPlugin.js';
import { findContainer } from '../../../src/renderer/commands/moveSection.js';
import { annex, doc, entry, p, part, section } from '../../support/builder.js';
import { cursorAt, must, posOf } from './helpers.js';

const report = () =>
  createReportState(
    doc(
      part('回顾', section('甲', p('甲文。')), section('乙', p('乙文。'))),
      part(['安排', { id: 'P2' }], p('重点实施“三大行动”。'), section(['丙', { id: 'S3' }], p('丙文。'), p('丁')), section('戊', p('戊文。')), section('己')),
      annex('名词解释', entry('六稳', '甲。'), entry('六保', '乙。')),
    ),
  );

/** The labels shown, in order, after checking they match the derived numbering block by block. */
function shown(state: EditorState): string[] {
  const set = numberingKey.getState(state)!;
  const got = shownNumbers(set, state.doc);
  const want = collectNumbering(state.doc).map((n) => ({ pos: n.level === 0 ? n.pos : n.pos + 1, label: n.label }));
  expect(got).toEqual(want);
  return got.map((n) => n.label);
}

const initial = ['一、', '（一）', '（二）', '二、', '（一）', '（二）', '（三）', '1.', '2.'];

describe('live numbering', () => {
  it('shows the derived numbers at start', () => {
    expect(shown(report())).toEqual(initial);
  });

  it('renumbers when a heading is inserted (Ctrl+Alt+2)', () => {
    const s = must(cursorAt(report(), '丁'), setHeading(2));
    expect(shown(s)).toEqual(['一、', '（一）', '（二）', '二、', '（一）', '（二）', '（三）', '（四）', '1.', '2.']);
  });

  it('renumbers when a heading is removed (Ctrl+Alt+0) and when a section is deleted', () => {
    const s = must(cursorAt(report(), '戊'), setParagraph);
    expect(shown(s)).toEqual(['一、', '（一）', '（二）', '二、', '（一）', '（二）', '1.', '2.']);
    const sec = findContainer(report().doc, 'S3')!;
    const r = report();
    const del = r.apply(r.tr.delete(sec.pos, sec.pos + sec.node.nodeSize));
    expect(shown(del)).toEqual(['一、', '（一）', '（二）', '二、', '（一）', '（二）', '1.', '2.']);
  });

  it('renumbers when a section moves to another part', () => {
    const r = report();
    const moved = must(r, moveContainer('S3', { id: findFirstSectionId(r), where: 'before' }));
    expect(shown(moved)).toEqual(['一、', '（一）', '（二）', '（三）', '二、', '（一）', '（二）', '1.', '2.']);
  });

  it('renumbers on demote, undo and redo', () => {
    const demoted = must(cursorAt(report(), '戊'), demote);
    expect(shown(demoted)).toEqual(['一、', '（一）', '（二）', '二、', '（一）', '1.', '（二）', '1.', '2.']);
    const undone = must(demoted, undo);
    expect(shown(undone)).toEqual(initial);
    expect(shown(must(undone, redo))).toEqual(shown(demoted));
  });

  it('renumbers after a paste of structure and after Enter splits', () => {
    const r = cursorAt(report(), '丙文。', true);
    const pasted = r.apply(pasteReportText(r, '（二）新增行动\n新文。')!);
    expect(shown(pasted)).toEqual(['一、', '（一）', '（二）', '二、', '（一）', '（二）', '（三）', '（四）', '1.', '2.']);
    const split = must(cursorAt(report(), '甲文'), enter);
    expect(shown(split)).toEqual(initial);
  });

  it('renumbers glossary entries when one is inserted', () => {
    const s = must(cursorAt(report(), '甲。'), insertGlossaryEntry('新词'));
    expect(shown(s).slice(-3)).toEqual(['1.', '2.', '3.']);
  });

  it('keeps the same decorations while typing in a heading (mapped, not rebuilt)', () => {
    const r = report();
    const at = posOf(r.doc, '丙');
    const typed = r.apply(r.tr.insertText('实施', at));
    expect(shown(typed)).toEqual(initial);
    expect(shownNumbers(numberingKey.getState(typed)!, typed.doc)[4].pos).toBe(shownNumbers(numberingKey.getState(r)!, r.doc)[4].pos);
  });
});

function findFirstSectionId(state: EditorState): string {
  let id = '';
  state.doc.descendants((node) => {
    if (!id && node.type.name === 'section') id = node.attrs.id as string;
    return !id;
  });
  return id;
}
