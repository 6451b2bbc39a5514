import { describe, expect, it } from 'vitest';
import { redo, undo } from 'prosemirror-history';
import type { Node as PMNode } from 'prosemirror-model';
import { runChecks } from '../../../src/core/checks/index.js';
import { reportSchema } from '../../../src/core/schema.js';
import { moveContainer, moveDown, moveUp } from '../../../src/renderer/commands/moveSection.js';
import { reportPlugins } from '../../../src/renderer/editor/createState.js';
import { demote } from '../../../src/renderer/commands/headingLevel.js';
import { doc, p, part, section } from '../../support/builder.js';
import { cursorAt, must, stateOf } from './helpers.js';

const HAN = '一二三四五六七八九';

/** Part 三 with sections （一）…（八） typed as the importer keeps them; parts 一 and 二 before it. */
function report(typed = [1, 2, 3, 4, 5, 6, 7, 8]): PMNode {
  const sections = typed.map((t, i) =>
    section([`第${HAN[i]}节`, { typed: t, marker: `（${HAN[t - 1]}）`, id: `S${i + 1}` }], p(`第${HAN[i]}节正文。`)),
  );
  return doc(
    part(['一年来', { typed: 1, marker: '一、', id: 'P1' }], p('回顾。')),
    part(['总体要求', { typed: 2, marker: '二、', id: 'P2' }], p('要求。')),
    part(['重点工作', { typed: 3, marker: '三、', id: 'P3' }], ...sections),
  );
}

/** The editor's own plugins, so that undo steps are grouped as in the app (ownUndoStep closes the step). */
const plugins = () => reportPlugins();
const sequence = (d: PMNode) => runChecks(d, {}, { rules: ['numbering-sequence'] });
/** The typed numbers of part 三's sections, in order. */
function typedOfSections(d: PMNode): (number | null)[] {
  const out: (number | null)[] = [];
  d.child(3).forEach((c) => {
    if (c.type.name === 'section') out.push(c.firstChild!.attrs.typed as number | null);
  });
  return out;
}

describe('typed numbers after a structural edit', () => {
  it('moving 三（八） above 三（七） (Alt+Shift+↓ on （七）) reports no numbering error, and undo restores the typed numbers', () => {
    const start = cursorAt(stateOf(report(), plugins()), '第七节正文');
    const moved = must(start, moveDown);
    expect(moved.doc.child(3).child(7).firstChild!.textContent).toBe('第八节');
    // Without the plugin the typed 8 then 7 would be reported as going back.
    const bare = must(cursorAt(stateOf(report()), '第七节正文'), moveDown);
    expect(sequence(bare.doc).map((f) => f.rule)).toContain('numbering-sequence');
    expect(sequence(moved.doc)).toEqual([]);
    expect(typedOfSections(moved.doc)).toEqual([null, null, null, null, null, null, null, null]);
    expect(moved.doc.child(3).child(7).firstChild!.attrs.marker).toBeNull();
    // The saved document says the same to `caogao check`.
    expect(sequence(reportSchema.nodeFromJSON(moved.doc.toJSON()))).toEqual([]);
    // The parts were not moved: their typed numbers stand.
    expect(moved.doc.child(1).firstChild!.attrs.typed).toBe(1);
    // One undo step restores order and typed numbers.
    const back = must(moved, undo);
    expect(back.doc.eq(start.doc)).toBe(true);
    expect(typedOfSections(back.doc)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Redo moves again without the typed numbers.
    const again = must(back, redo);
    expect(again.doc.eq(moved.doc)).toBe(true);
  });

  it('moving up and the outline drag clear the typed numbers of both parents', () => {
    const up = must(cursorAt(stateOf(report(), plugins()), '第八节正文'), moveUp);
    expect(sequence(up.doc)).toEqual([]);
    const dragged = must(stateOf(report(), plugins()), moveContainer('S3', { id: 'P1', where: 'into' }));
    expect(sequence(dragged.doc)).toEqual([]);
    expect(typedOfSections(dragged.doc)).toEqual([null, null, null, null, null, null, null]);
    expect(dragged.doc.child(1).child(2).firstChild!.attrs.typed).toBeNull();
  });

  it('re-levelling a heading clears its own and its siblings’ typed numbers', () => {
    const demoted = must(cursorAt(stateOf(report(), plugins()), '第三节', true), demote);
    expect(sequence(demoted.doc)).toEqual([]);
    expect(typedOfSections(demoted.doc).every((t) => t === null)).toBe(true);
  });

  it('typing keeps typed numbers, and a real skip in the draft is still reported', () => {
    // The draft skips: its third section was typed （四）.
    const typing = cursorAt(stateOf(report([1, 2, 4, 5, 6, 7, 8, 9]), plugins()), '第五节正文');
    const typed = typing.apply(typing.tr.insertText('新'));
    expect(typedOfSections(typed.doc)).toEqual([1, 2, 4, 5, 6, 7, 8, 9]);
    // Enter in a paragraph changes the structure but not the numbered sections.
    const split = typing.apply(typing.tr.split(typing.selection.from));
    expect(typedOfSections(split.doc)).toEqual([1, 2, 4, 5, 6, 7, 8, 9]);
    expect(sequence(split.doc).map((f) => f.text)).toEqual(['第三节']);
  });
});
