/**
 * When an edit matters to the glossary rules: an edit in the annex, or in a
 * body block that mentions a glossary term (before or after the edit).
 */
import type { BlockInfo } from '../docIndex.js';
import { termForms } from '../glossary.js';
import type { RuleContext } from '../types.js';

const forms = new WeakMap<RuleContext['index'], string[]>();

export function mentionsGlossaryTerm(block: BlockInfo, ctx: RuleContext): boolean {
  if (block.inAnnex) return true;
  let list = forms.get(ctx.index);
  if (!list) forms.set(ctx.index, (list = ctx.index.glossary.flatMap((g) => termForms(g.term.text))));
  return list.some((f) => block.text.includes(f));
}
