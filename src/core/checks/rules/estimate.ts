/**
 * estimate: figures marked 预计 in the review (a report delivered in December
 * estimates the year's results: 预计地区生产总值完成1450亿元以上). They must be
 * updated when the final data arrive, so each is listed (info). A 预计 in the
 * plans or the glossary is a forecast, not a result, and is left alone.
 */
import { blockRule, finding } from '../finding.js';
import type { Finding, Rule } from '../types.js';

/** 预计 and the rest of its clause, when the clause holds a figure. */
const ESTIMATE_RE = /预计[^，。；！？,;!?]*?\d[^，。；！？,;!?]*/g;

export const estimate: Rule = blockRule({ id: 'estimate', severity: 'info' }, (block) => {
  if (block.type !== 'paragraph' || !block.text.includes('预计')) return [];
  if (block.scope !== 'review' && block.part !== -1) return [];
  if (block.inAnnex) return [];
  const out: Finding[] = [];
  for (const m of block.text.matchAll(ESTIMATE_RE)) {
    const text = m[0].trimEnd();
    out.push(finding(estimate, { block, from: m.index, to: m.index + text.length, key: 'check-estimate', params: { text } }));
  }
  return out;
});
