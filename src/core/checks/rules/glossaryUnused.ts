/**
 * glossary-unused: a glossary term that occurs nowhere in the body, most
 * often left over from an earlier draft whose sentence was cut.
 */
import type { BlockInfo } from '../docIndex.js';
import { documentRule, finding } from '../finding.js';
import { bodyText, firstUse } from '../glossary.js';
import type { Finding, Rule, RuleContext } from '../types.js';
import { mentionsGlossaryTerm } from './glossaryDepends.js';

function run(ctx: RuleContext): Finding[] {
  const body = bodyText(ctx.index);
  const out: Finding[] = [];
  for (const g of ctx.index.glossary) {
    if (!g.term.text.trim() || firstUse(body, g) >= 0) continue;
    out.push(finding(glossaryUnused, { block: g.term, from: 0, to: g.term.text.length, key: 'check-glossary-unused', params: { term: g.term.text } }));
  }
  return out;
}

export const glossaryUnused: Rule = documentRule({ id: 'glossary-unused', severity: 'warning' }, run, (block: BlockInfo, ctx) =>
  mentionsGlossaryTerm(block, ctx),
);
