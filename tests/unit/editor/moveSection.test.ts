import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { moveContainer, moveDown, moveUp } from '../../../src/renderer/commands/moveSection.js';
import { doc, p, part, section } from '../../support/builder.js';
import { body, cursorAt, lines, must, run, stateOf } from './helpers.js';

const report = () =>
  doc(
    part(['回顾', { id: 'P1' }], section(['甲', { id: 'S1' }], p('甲文。')), section(['乙', { id: 'S2' }], p('乙文。'))),
    part(['安排', { id: 'P2' }], p('引言。'), section(['丙', { id: 'S3' }], p('丙文。')), p('各位代表！')),
  );

describe('moveContainer (outline drag and drop)', () => {
  it('moves a section after another; numbers follow', () => {
    const next = must(stateOf(report()), moveContainer('S1', { id: 'S2', where: 'after' }));
    expect(body(next.doc).split('\n').slice(0, 5).join('\n')).toBe(
      lines(`
        一、回顾
          （一）乙
            p 乙文。
          （二）甲
            p 甲文。
      `),
    );
  });

  it('moves a section into another part, before that part’s closing paragraphs', () => {
    const next = must(stateOf(report()), moveContainer('S1', { id: 'P2', where: 'into' }));
    expect(body(next.doc)).toBe(
      lines(`
        一、回顾
          （一）乙
            p 乙文。
        二、安排
          p 引言。
          （一）丙
            p 丙文。
          （二）甲
            p 甲文。
          p 各位代表！
      `),
    );
  });

  it('moves a section before a section of another part', () => {
    const next = must(stateOf(report()), moveContainer('S3', { id: 'S1', where: 'before' }));
    expect(body(next.doc).split('\n').slice(0, 3).join('\n')).toBe('一、回顾\n  （一）丙\n    p 丙文。');
  });

  it('moves parts', () => {
    const next = must(stateOf(report()), moveContainer('P2', { id: 'P1', where: 'before' }));
    expect(body(next.doc).split('\n')[0]).toBe('一、安排');
  });

  it('refuses a drop on a block of another level, on itself, or next to itself', () => {
    const s = stateOf(report());
    expect(run(s, moveContainer('S1', { id: 'P1', where: 'before' }))).toBeNull();
    expect(run(s, moveContainer('S1', { id: 'S1', where: 'after' }))).toBeNull();
    expect(run(s, moveContainer('S1', { id: 'S2', where: 'before' }))).toBeNull();
    expect(run(s, moveContainer('P1', { id: 'S1', where: 'into' }))).toBeNull();
  });

  it('keeps the cursor in the moved section and is undone in one step', () => {
    const start = cursorAt(stateOf(report()), '甲文');
    const next = must(start, moveContainer('S1', { id: 'S3', where: 'after' }));
    expect(next.selection.$head.parent.textContent).toBe('甲文。');
    expect(must(next, undo).doc.eq(start.doc)).toBe(true);
  });
});

describe('moveUp / moveDown (Alt+Shift+↑/↓)', () => {
  it('swaps the section at the cursor with its neighbour', () => {
    const down = must(cursorAt(stateOf(report()), '甲文'), moveDown);
    expect(body(down.doc).split('\n')[1]).toBe('  （一）乙');
    const up = must(down, moveUp);
    expect(body(up.doc)).toBe(body(report()));
  });

  it('does not move the first section up', () => {
    expect(run(cursorAt(stateOf(report()), '甲文'), moveUp)).toBeNull();
  });
});
