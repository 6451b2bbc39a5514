/**
 * outdated-term: a name the statistical system or an institutional reform
 * replaced (农民人均纯收入 → 农村居民人均可支配收入). The list is the user's
 * (settings `checks.outdatedTerms`), with defaults in ../outdatedTerms.ts.
 */
import { blockRule, finding, isBody, textFix } from '../finding.js';
import type { OutdatedTerm } from '../outdatedTerms.js';
import type { Finding, Rule } from '../types.js';
import { listPattern } from './termList.js';

const words = new WeakMap<readonly OutdatedTerm[], string[]>();

function termsOf(list: readonly OutdatedTerm[]): string[] {
  let w = words.get(list);
  if (!w) words.set(list, (w = list.map((t) => t.term)));
  return w;
}

export const outdatedTerm: Rule = blockRule({ id: 'outdated-term', severity: 'warning' }, (block, ctx) => {
  const terms = ctx.config.outdatedTerms;
  const pattern = listPattern(termsOf(terms));
  if (!pattern || !isBody(block) || !pattern.test.test(block.text)) return [];
  const out: Finding[] = [];
  for (const m of block.text.matchAll(pattern.global)) {
    const entry = terms.find((t) => t.term === m[0])!;
    if (!entry.replacement || block.text.startsWith(entry.replacement, m.index)) continue;
    const params = { term: m[0], replacement: entry.replacement, expected: entry.replacement };
    const to = m.index + m[0].length;
    out.push(
      finding(outdatedTerm, { block, from: m.index, to, key: 'check-outdated-term', params, fix: textFix('fix-replace', params, block.id, m.index, to, entry.replacement) }),
    );
  }
  return out;
});
