import { describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { insertGlossaryEntry, termFromSelection } from '../../../src/renderer/commands/glossary.js';
import { annex, doc, entry, p, part } from '../../support/builder.js';
import { cursorAt, must, posOf, shape, stateOf } from './helpers.js';

const tail = (text: string, n: number) => text.split('\n').slice(-n).join('\n');

describe('insertGlossaryEntry (插入名词解释)', () => {
  it('creates 附件 / 名词解释 with the entry when the report has no annex, cursor in the term', () => {
    const next = must(cursorAt(stateOf(doc(part('安排', p('推进“双减”。')))), '推进'), insertGlossaryEntry());
    expect(tail(shape(next.doc), 3)).toBe('annexLabel 附件\nannexTitle 名词解释\n1.：');
    expect(next.selection.$head.parent.type.name).toBe('glossaryTerm');
  });

  it('takes the selected text as the term, without quotes, and puts the cursor in the definition', () => {
    const s = stateOf(doc(part('安排', p('推进“双减”。'))));
    const from = posOf(s.doc, '“双减”');
    const sel = s.apply(s.tr.setSelection(TextSelection.create(s.doc, from, from + 4)));
    expect(termFromSelection(sel)).toBe('双减');
    const next = must(sel, insertGlossaryEntry());
    expect(tail(shape(next.doc), 1)).toBe('1.双减：');
    expect(next.selection.$head.parent.type.name).toBe('glossaryDefinition');
  });

  it('places the entry in the order of first use in the body and renumbers the later ones', () => {
    const d = doc(part('安排', p('先说六稳，再说双减，后说口袋公园。')), annex('名词解释', entry('六稳', '甲。'), entry('口袋公园', '丙。')));
    const next = must(cursorAt(stateOf(d), '先说'), insertGlossaryEntry('双减'));
    expect(tail(shape(next.doc), 3)).toBe('1.六稳：甲。\n2.双减：\n3.口袋公园：丙。');
  });

  it('with the cursor in an entry, inserts right after it', () => {
    const d = doc(part('安排', p('正文。')), annex('名词解释', entry('甲', '一。'), entry('乙', '二。')));
    const next = must(cursorAt(stateOf(d), '一。'), insertGlossaryEntry(''));
    expect(tail(shape(next.doc), 3)).toBe('1.甲：一。\n2.：\n3.乙：二。');
  });

  it('puts a term never used in the body at the end', () => {
    const d = doc(part('安排', p('正文。')), annex('名词解释', entry('甲', '一。')));
    const next = must(cursorAt(stateOf(d), '正文'), insertGlossaryEntry('新词'));
    expect(tail(shape(next.doc), 2)).toBe('1.甲：一。\n2.新词：');
  });
});
