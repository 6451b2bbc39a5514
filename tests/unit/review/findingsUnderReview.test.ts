/**
 * The checks read the final state (修订 deletions left out), and their
 * findings are marked on the text as shown, deleted text included: a
 * finding's offsets move over the deleted text before it. Before, a
 * document with any suggestion showed no finding in the text at all.
 */
import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import type { Finding } from '../../../src/core/checks/types.js';
import { finalStateForReading, hasDeletion, rangesOnShown, shownOffset } from '../../../src/core/review/finalState.js';
import { deletionMark } from '../../../src/core/review/index.js';
import { markFindings } from '../../../src/renderer/checks/findingMarks.js';
import { findingOnShown } from '../../../src/renderer/app/checksController.js';
import { applyFix } from '../../../src/core/checks/applyFix.js';
import { EditorState } from 'prosemirror-state';
import { doc, p, part } from '../../support/builder.js';

/** 全年增长[百分之七左右，deleted]8%,目标: the half-width comma stands after deleted text. */
function reviewed(): PMNode {
  const text = '全年增长百分之七左右，8%,目标';
  const base = doc(part('发展目标', p(text, { id: 'b1' })));
  let start = -1;
  base.descendants((node, pos) => {
    if (node.isText && start < 0) start = node.text === text ? pos : -1;
  });
  const from = start + text.indexOf('百分之七');
  return new Transform(base).addMark(from, from + '百分之七左右，'.length, deletionMark({ id: 'd1', author: '审稿人', date: '2026-12-04T10:00:00Z' })).doc;
}

/** The paragraph with id b1. */
function block(d: PMNode): PMNode {
  let found: PMNode | null = null;
  d.descendants((node) => {
    if (node.attrs.id === 'b1') found = node;
    return !found;
  });
  if (!found) throw new Error('no block b1');
  return found;
}

describe('findings of the final state, shown on the text with its deletions', () => {
  it('an offset of the final state moves over the deleted text before it', () => {
    const shownBlock = block(reviewed());
    expect(hasDeletion(shownBlock)).toBe(true);
    const final = block(finalStateForReading(reviewed())).textContent;
    expect(final).toBe('全年增长8%,目标');
    const comma = final.indexOf(',');
    const at = shownOffset(shownBlock, comma);
    expect(shownBlock.textBetween(at, at + 1)).toBe(',');
    expect(shownOffset(shownBlock, 2)).toBe(2);
  });

  it('the mark of a finding (and so its fix) covers the flagged text as shown', () => {
    const shown = reviewed();
    const final = finalStateForReading(shown);
    const at = block(final).textContent.indexOf(',');
    const finding: Finding = {
      rule: 'punctuation-halfwidth',
      severity: 'error',
      message: { zh: '中文中使用了半角标点。', en: 'Half-width punctuation.' },
      blockId: 'b1',
      from: at,
      to: at + 1,
      path: ['一'],
      excerpt: '8%,目标',
    };
    const marks = markFindings(shown, [rangesOnShown(shown)(finding)]).marks.find();
    expect(marks).toHaveLength(1);
    expect(shown.textBetween(marks[0].from, marks[0].to)).toBe(',');
  });

  it('the checks panel gets the finding and its fix on the shown text, so the fix replaces the comma and nothing else', () => {
    const shown = reviewed();
    const at = block(finalStateForReading(shown)).textContent.indexOf(',');
    const fix = { label: { zh: '改为全角', en: 'Full-width' }, edits: [{ blockId: 'b1', from: at, to: at + 1, insert: '，' }] };
    const finding: Finding = { rule: 'punctuation-halfwidth', severity: 'error', message: fix.label, blockId: 'b1', from: at, to: at + 1, path: [], excerpt: '', fix };
    const moved = findingOnShown(shown)(finding);
    const state = EditorState.create({ doc: shown });
    const fixed = applyFix(state.tr, moved.fix!).doc;
    expect(block(fixed).textContent).toBe('全年增长百分之七左右，8%，目标');
    expect(block(finalStateForReading(fixed)).textContent).toBe('全年增长8%，目标');
  });
});
