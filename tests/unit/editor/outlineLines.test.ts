import { describe, expect, it } from 'vitest';
import { reportSchema as s } from '../../../src/core/schema.js';
import { outlineLines } from '../../../src/renderer/panels/outlinePanel.js';
import { annex, doc, entry, item, p, part, section, subitem } from '../../support/builder.js';

const shown = (lines: ReturnType<typeof outlineLines>) => lines.map((l) => `${l.kind}:${l.level}:${l.label}${l.title}`);

describe('the outline panel’s lines', () => {
  it('lists parts, sections and items with their derived numbers, but not subitems', () => {
    const d = doc(
      part('总体安排', section('产业', item('建设金融城', subitem('细项', p('正文。'))), item('培育新动能')), section('城区')),
      part('工作安排'),
    );
    expect(shown(outlineLines(d))).toEqual([
      'heading:1:一、总体安排',
      'heading:2:（一）产业',
      'heading:3:1.建设金融城',
      'heading:3:2.培育新动能',
      'heading:2:（二）城区',
      'heading:1:二、工作安排',
    ]);
  });

  it('lists an annex by its label and title, then the terms of its glossary', () => {
    const d = doc(part('工作安排'), annex('名词解释', entry('六稳', '稳就业……'), entry('双减', '减轻……')));
    expect(shown(outlineLines(d))).toEqual(['heading:1:一、工作安排', 'annex:0:附件\u3000名词解释', 'entry:0:1.六稳', 'entry:0:2.双减']);
  });

  it('names an annex without a title by its label, and lists a numbered list’s items by their text', () => {
    const listItem = (t: string, n: string) => s.node('annexItem', { id: n, numeral: 'han' }, [s.text(t)]);
    const d = doc(annex(null, listItem('新增就业1万人', 'a1'), listItem('新建公园3个', 'a2')));
    expect(shown(outlineLines(d))).toEqual(['annex:0:附件', 'entry:0:一、新增就业1万人', 'entry:0:二、新建公园3个']);
  });
});
