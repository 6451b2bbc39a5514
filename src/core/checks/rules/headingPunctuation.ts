/**
 * heading-punctuation: a heading ends without punctuation
 * (（二）实施创新动能提升行动。 should lose its 。). Headings may hold a comma
 * inside (坚持发展第一要务，经济增长更有质量); only the end counts. A closing
 * quote or bracket is fine: the heading may end with a name.
 */
import { blockRule, finding, isHeading, textFix } from '../finding.js';
import type { Rule } from '../types.js';

const END_RE = /[。，、；：,;:.]+$/;

export const headingPunctuation: Rule = blockRule({ id: 'heading-punctuation', severity: 'warning' }, (block) => {
  if (!isHeading(block) && block.type !== 'annexTitle') return [];
  const m = END_RE.exec(block.text);
  if (!m) return [];
  const from = m.index;
  const to = block.text.length;
  const params = { mark: m[0] };
  return [
    finding(headingPunctuation, {
      block,
      from,
      to,
      key: 'check-heading-punctuation',
      params,
      fix: textFix('fix-remove-mark', params, block.id, from, to, ''),
    }),
  ];
});
