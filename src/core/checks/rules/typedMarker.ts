/**
 * typed-marker: a body paragraph opens with a heading marker typed by hand
 * (（九）推进改革……, 一、总体要求, 1.新增就业……, （1）……), as text pasted into
 * a paragraph or typed before it was one leaves it. Numbers before headings
 * are derived from the structure, so the paragraph is offered as a heading
 * of the marker's level without the marker. A marker is what the importer
 * reads as one (import/lines.ts matchNumbered), so a decimal (1.7万人) is
 * never one; the importer makes such lines headings, so published reports
 * read in hold none (tests/unit/corpus).
 *
 * The fix removes the marker (a text edit) and asks for the heading
 * (QuickFix.heading), which the editor makes as a structure edit in the same
 * undo step.
 */
import { matchNumbered, type Numbered } from '../../import/lines.js';
import { bilingual, blockRule, finding, isBody } from '../finding.js';
import type { Rule } from '../types.js';

const LEVEL: Partial<Record<Numbered['kind'], number>> = { part: 1, section: 2, item: 3, subitem: 4 };
const LEVEL_NAME = { zh: ['一级', '二级', '三级', '四级'], en: ['1', '2', '3', '4'] };

export const typedMarker: Rule = blockRule({ id: 'typed-marker', severity: 'warning' }, (block) => {
  if (block.type !== 'paragraph' || !isBody(block) || block.inAnnex || block.node.attrs.role) return [];
  const line = matchNumbered(block.text);
  const level = line && LEVEL[line.kind];
  if (!line || !level) return [];
  // The marker and the spaces after it go.
  const cut = block.text.length - block.text.slice(line.marker.length).trimStart().length;
  const zh = bilingual('fix-typed-marker', { marker: line.marker, level: LEVEL_NAME.zh[level - 1] }).zh;
  const en = bilingual('fix-typed-marker', { marker: line.marker, level: LEVEL_NAME.en[level - 1] }).en;
  return [
    finding(typedMarker, {
      block,
      from: 0,
      to: line.marker.length,
      key: 'check-typed-marker',
      params: { marker: line.marker },
      fix: { label: { zh, en }, edits: [{ blockId: block.id, from: 0, to: cut, insert: '' }], heading: { blockId: block.id, level } },
    }),
  ];
});
