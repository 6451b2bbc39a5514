import { describe, expect, it } from 'vitest';
import { sliceToText } from '../../../src/renderer/editor/clipboardText.js';
import { isStructuredPaste, pasteReportText } from '../../../src/renderer/commands/paste.js';
import { annex, doc, entry, p, part, section } from '../../support/builder.js';
import { body, cursorAt, posOf, stateOf } from './helpers.js';

const report = () => doc(part('回顾', p('总述。')), part('安排', section('实施产业行动', p('产业升级。')), section('实施民生行动', p('民生改善。'))), annex('名词解释', entry('六稳', '稳就业。')));

describe('copying as plain text', () => {
  it('puts the derived numbers before copied headings and glossary entries, one block a line', () => {
    const s = stateOf(report());
    const from = posOf(s.doc, '安排') - 1;
    const text = sliceToText(s.doc.slice(from, s.doc.content.size), s);
    expect(text.split('\n')).toEqual(['二、安排', '（一）实施产业行动', '产业升级。', '（二）实施民生行动', '民生改善。', '附件', '名词解释', '1. 六稳：稳就业。']);
  });

  it('copies part of one line as that text only', () => {
    const s = stateOf(report());
    const from = posOf(s.doc, '产业升级');
    expect(sliceToText(s.doc.slice(from, from + 2), s)).toBe('产业');
  });

  it('pasted back, the copied text gives the same structure', () => {
    const s = stateOf(report());
    const from = posOf(s.doc, '实施民生行动') - 2;
    const to = posOf(s.doc, '民生改善。', true) + 1;
    const text = sliceToText(s.doc.slice(from, to), s);
    expect(isStructuredPaste(text)).toBe(true);
    const target = cursorAt(s, '产业升级。', true);
    const pasted = target.apply(pasteReportText(target, text)!);
    expect(body(pasted.doc)).toContain('  （二）实施民生行动\n    p 民生改善。\n  （三）实施民生行动\n    p 民生改善。');
  });
});
