/**
 * foreign-place: a place name of another jurisdiction, usually a sign of text
 * copied from another report. The names are the user's list (settings
 * `checks.foreignPlaces`): there is no default, since what is foreign depends
 * on whose report it is.
 */
import { blockRule, finding } from '../finding.js';
import type { Finding, Rule } from '../types.js';
import { listPattern } from './termList.js';

export const foreignPlace: Rule = blockRule({ id: 'foreign-place', severity: 'warning' }, (block, ctx) => {
  const pattern = listPattern(ctx.config.foreignPlaces);
  if (!pattern || block.type === 'title' || !pattern.test.test(block.text)) return [];
  const out: Finding[] = [];
  for (const m of block.text.matchAll(pattern.global)) {
    out.push(finding(foreignPlace, { block, from: m.index, to: m.index + m[0].length, key: 'check-foreign-place', params: { place: m[0] } }));
  }
  return out;
});
