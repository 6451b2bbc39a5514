/**
 * glossary-unused: a glossary term that occurs nowhere in the body, most
 * often left over from an earlier draft whose sentence was cut. An endnote
 * entry is used where the body cites its marker (［2］). A term the body
 * writes with its quotes elsewhere (稳增长“21”条 for 稳增长“21条”) is reported
 * as written differently, quoting the body's form, not as unused.
 */
import type { BlockInfo } from '../docIndex.js';
import { documentRule, finding } from '../finding.js';
import { bodyText, firstUse, looseForms, variantForm } from '../glossary.js';
import type { Finding, Rule, RuleContext } from '../types.js';
import { mentionsGlossaryTerm } from './glossaryDepends.js';

function run(ctx: RuleContext): Finding[] {
  const body = bodyText(ctx.index);
  const out: Finding[] = [];
  for (const g of ctx.index.glossary) {
    if (!g.term.text.trim() || firstUse(body, g) >= 0) continue;
    if (looseForms(g.term.text).some((form) => body.text.includes(form))) continue;
    const form = variantForm(body, g.term.text);
    const key = form ? 'check-glossary-variant' : 'check-glossary-unused';
    out.push(finding(glossaryUnused, { block: g.term, from: 0, to: g.term.text.length, key, params: { term: g.term.text, form: form ?? '' } }));
  }
  return out;
}

export const glossaryUnused: Rule = documentRule({ id: 'glossary-unused', severity: 'warning' }, run, (block: BlockInfo, ctx) =>
  mentionsGlossaryTerm(block, ctx),
);
