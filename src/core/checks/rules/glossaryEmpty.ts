/**
 * glossary-empty: a glossary entry whose definition is empty (or only spaces),
 * as 加入名词解释 leaves it until the drafter writes one. The finding points at
 * the term, since an empty definition has no text to mark.
 */
import { documentRule, finding } from '../finding.js';
import type { Finding, Rule, RuleContext } from '../types.js';

function run(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const g of ctx.index.glossary) {
    if (g.definition.text.trim() !== '') continue;
    const term = g.term.text.trim();
    out.push(finding(glossaryEmpty, { block: g.term, from: 0, to: g.term.text.length, key: 'check-glossary-empty', params: { term: term || '？' } }));
  }
  return out;
}

export const glossaryEmpty: Rule = documentRule({ id: 'glossary-empty', severity: 'warning' }, run, (block) => block.inAnnex);
