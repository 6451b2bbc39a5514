/** glossary-duplicate: the same term defined twice (compared without quotes and spaces). */
import { documentRule, finding } from '../finding.js';
import { bareTerm } from '../glossary.js';
import type { Finding, Rule, RuleContext } from '../types.js';

function run(ctx: RuleContext): Finding[] {
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const g of ctx.index.glossary) {
    const key = bareTerm(g.term.text).replace(/\s+/g, '');
    if (!key) continue;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, g.index);
      continue;
    }
    out.push(finding(glossaryDuplicate, { block: g.term, from: 0, to: g.term.text.length, key: 'check-glossary-duplicate', params: { term: g.term.text, first } }));
  }
  return out;
}

export const glossaryDuplicate: Rule = documentRule({ id: 'glossary-duplicate', severity: 'error' }, run, (block) => block.inAnnex);
