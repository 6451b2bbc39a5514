/**
 * Ctrl+Home / Ctrl+End: to the first character of the title and the last of
 * the report (the end of the last glossary definition), with Shift the
 * selection grows from where it was anchored.
 */
import { describe, expect, it } from 'vitest';
import { toDocumentEdge } from '../../../src/renderer/commands/documentEnds.js';
import { annex, doc, entry, p, part, section } from '../../support/builder.js';
import { cursorAt, posOf, run, stateOf } from './helpers.js';

const state = cursorAt(stateOf(doc(part('回顾', section('甲', p('甲文。'))), annex('名词解释', entry('六稳', '稳就业。')))), '甲文');

describe('Ctrl+Home and Ctrl+End', () => {
  it('put the caret at the start of the title and the end of the last entry', () => {
    const home = run(state, toDocumentEdge('start'))!;
    expect(home.selection.empty).toBe(true);
    expect(home.selection.head).toBe(posOf(home.doc, '政府工作报告'));
    const end = run(state, toDocumentEdge('end'))!;
    expect(end.selection.empty).toBe(true);
    expect(end.selection.head).toBe(posOf(end.doc, '稳就业。', true));
  });

  it('with Shift select from the caret to there', () => {
    const toEnd = run(state, toDocumentEdge('end', true))!;
    expect(toEnd.selection.anchor).toBe(posOf(state.doc, '甲文'));
    expect(toEnd.selection.head).toBe(posOf(state.doc, '稳就业。', true));
    const toStart = run(toEnd, toDocumentEdge('start', true))!;
    expect(toStart.selection.anchor).toBe(posOf(state.doc, '甲文'));
    expect(toStart.selection.head).toBe(posOf(state.doc, '政府工作报告'));
  });
});
