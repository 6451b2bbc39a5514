/**
 * numbering-form: the marker a heading was typed with has the wrong form for
 * its level: "1、" for an item (1.), "（一）、" or "(一)" for a section
 * (（一）), "一." for a part (一、), "(1)" for a subitem (（1））. In the text,
 * an ordinal at the start of a sentence takes a comma: "第一、" → "第一，".
 * Caogao prints the derived number, so the heading fix only records the
 * right marker; the ordinal fix edits the text.
 */
import { numberLabel } from '../../numbering.js';
import { bilingual, blockRule, finding, isHeading, textFix } from '../finding.js';
import type { BlockInfo } from '../docIndex.js';
import type { Finding, Rule } from '../types.js';

const CN = '[一二三四五六七八九十百千万零〇两]{1,12}';
/** Accepted marker forms by level. */
const FORMS: Record<number, RegExp> = {
  1: new RegExp(`^${CN}、$`),
  2: new RegExp(`^（${CN}）$`),
  3: /^\d{1,2}[.．]$/,
  4: /^（\d{1,2}）$/,
};
const ORDINAL_RE = new RegExp(`(^|[。；！？])(第(${CN}))、`, 'g');

function headingFindings(block: BlockInfo): Finding[] {
  const n = block.number;
  if (!n || !n.marker || n.level === 0) return [];
  if (FORMS[n.level].test(n.marker)) return [];
  const expected = numberLabel(n.level, n.typed ?? n.index);
  const params = { marker: n.marker, expected };
  return [
    finding(numberingForm, {
      block,
      from: 0,
      to: block.text.length,
      key: 'check-numbering-form',
      params,
      fix: { label: bilingual('fix-replace', params), edits: [], attrs: [{ blockId: n.attrsId, attrs: { marker: expected } }] },
    }),
  ];
}

function ordinalFindings(block: BlockInfo): Finding[] {
  if (!block.text.includes('第')) return [];
  const out: Finding[] = [];
  for (const m of block.text.matchAll(ORDINAL_RE)) {
    const from = m.index + m[1].length;
    const to = from + m[2].length + 1;
    const expected = `${m[2]}，`;
    const params = { text: `${m[2]}、`, expected };
    out.push(finding(numberingForm, { block, from, to, key: 'check-ordinal-form', params, fix: textFix('fix-replace', params, block.id, from, to, expected) }));
  }
  return out;
}

export const numberingForm: Rule = blockRule({ id: 'numbering-form', severity: 'warning' }, (block) => {
  if (isHeading(block)) return headingFindings(block);
  return block.type === 'paragraph' ? ordinalFindings(block) : [];
});
