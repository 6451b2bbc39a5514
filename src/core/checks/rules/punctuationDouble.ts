/**
 * punctuation-double: doubled punctuation (。。 ，， ，。). A run of the same
 * mark gets a fix that keeps one; a run of different marks (，。) is only
 * reported, since which one was meant is the author's call. The ellipsis
 * …… and the dash —— are single marks and never counted.
 */
import { blockRule, finding, textFix } from '../finding.js';
import type { Finding, Rule } from '../types.js';

const RUN_RE = /[，。；：、]{2,}|！{2,}|？{2,}/g;
const HAS_RUN_RE = /[，。；：、]{2}|！！|？？/;

export const punctuationDouble: Rule = blockRule({ id: 'punctuation-double', severity: 'error' }, (block) => {
  if (!HAS_RUN_RE.test(block.text)) return [];
  const out: Finding[] = [];
  for (const m of block.text.matchAll(RUN_RE)) {
    const run = m[0];
    const from = m.index;
    const same = [...run].every((c) => c === run[0]);
    const fix = same ? textFix('fix-remove-extra', { mark: run[0] }, block.id, from + 1, from + run.length, '') : undefined;
    out.push(finding(punctuationDouble, { block, from, to: from + run.length, key: 'check-punctuation-double', params: { marks: run }, fix }));
  }
  return out;
});
