import { describe, expect, it } from 'vitest';
import { enter } from '../../../src/renderer/commands/enter.js';
import { annex, doc, entry, occasion, p, part, salutation, section, speaker, title } from '../../support/builder.js';
import { blockIds, body, cursorAt, lines, must, shape, stateOf } from './helpers.js';

const report = () => doc(part('安排', p('引言。'), section('实施产业行动', p('产业升级。')), section('实施民生行动')));

describe('Enter', () => {
  it('at the end of a heading starts a paragraph inside it, before its first paragraph', () => {
    const next = must(cursorAt(stateOf(report()), '实施产业行动', true), enter);
    expect(body(next.doc)).toBe(
      lines(`
        一、安排
          p 引言。
          （一）实施产业行动
            p 
            p 产业升级。
          （二）实施民生行动
      `),
    );
    expect(next.selection.$head.parent.type.name).toBe('paragraph');
    expect(next.selection.$head.parent.content.size).toBe(0);
  });

  it('at the end of an empty section heading starts its first paragraph', () => {
    const next = must(cursorAt(stateOf(report()), '实施民生行动', true), enter);
    expect(body(next.doc).split('\n').slice(-2).join('\n')).toBe('  （二）实施民生行动\n    p ');
  });

  it('in the middle of a heading moves the rest of the title into the new paragraph', () => {
    const next = must(cursorAt(stateOf(report()), '行动', false), enter);
    expect(body(next.doc)).toContain('（一）实施产业\n    p 行动\n    p 产业升级。');
  });

  it('at the start of a heading opens an empty paragraph above it, in the section before', () => {
    const next = must(cursorAt(stateOf(report()), '实施民生行动'), enter);
    expect(body(next.doc)).toBe(
      lines(`
        一、安排
          p 引言。
          （一）实施产业行动
            p 产业升级。
            p 
          （二）实施民生行动
      `),
    );
    expect(next.selection.$head.parent.type.name).toBe('paragraph');
  });

  it('at the start of the first section heading opens the paragraph in the part', () => {
    const next = must(cursorAt(stateOf(report()), '实施产业行动'), enter);
    expect(body(next.doc)).toContain('  p 引言。\n  p \n  （一）实施产业行动');
  });

  it('splits a paragraph; the first half keeps id and role, the second gets a new id', () => {
    const d = doc(part('目标', p('主要预期目标是：增长7%。其余。', { role: 'targetSummary', id: 'keep' })));
    const next = must(cursorAt(stateOf(d), '其余'), enter);
    expect(body(next.doc)).toBe(
      lines(`
        一、目标
          p 主要预期目标是：增长7%。 (主要预期目标)
          p 其余。
      `),
    );
    const ids = blockIds(next.doc);
    expect(ids).toContain('keep');
    expect(new Set(ids).size).toBe(ids.length);
    expect(next.selection.$head.parent.attrs.id).not.toBe('keep');
  });

  it('at the start of a paragraph opens an empty one above and the text keeps its id', () => {
    const d = doc(part('目标', p('正文。', { id: 'keep' })));
    const next = must(cursorAt(stateOf(d), '正文'), enter);
    expect(body(next.doc)).toBe('一、目标\n  p \n  p 正文。');
    expect(next.selection.$head.parent.attrs.id).toBe('keep');
  });

  it('in the title block moves to the next line', () => {
    const d = doc(title('政府工作报告'), occasion('——在大会上'), speaker('区长 某某'), salutation(), p('序言。'));
    const next = must(cursorAt(stateOf(d), '政府工作报告', true), enter);
    expect(next.selection.$head.parent.type.name).toBe('occasion');
    expect(shape(next.doc)).toBe(shape(d));
  });

  it('after the salutation opens the first preamble paragraph when there is none', () => {
    const d = doc(title('政府工作报告'), salutation(), part('安排', p('正文。')));
    const next = must(cursorAt(stateOf(d), '各位代表：', true), enter);
    expect(body(next.doc)).toBe('p \n一、安排\n  p 正文。');
  });

  it('in a glossary term moves to its definition; at the end of a definition starts a new entry', () => {
    const d = doc(part('安排', p('正文。')), annex('名词解释', entry('六稳', '稳就业。')));
    const inDefinition = must(cursorAt(stateOf(d), '六稳', true), enter);
    expect(inDefinition.selection.$head.parent.type.name).toBe('glossaryDefinition');
    const atEnd = must(cursorAt(inDefinition, '稳就业。', true), enter);
    expect(shape(atEnd.doc).split('\n').slice(-2).join('\n')).toBe('1.六稳：稳就业。\n2.：');
    expect(atEnd.selection.$head.parent.type.name).toBe('glossaryTerm');
  });
});
