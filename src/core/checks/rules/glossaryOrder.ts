/**
 * glossary-order: entries follow the order in which their terms are first
 * used in the body (a convention of 名词解释, not a written rule).
 *
 * The entries that are in order are the longest run of entries whose first
 * uses increase (a longest increasing subsequence); every other entry is out
 * of place, and the message names the entry it should come before (the next
 * in-order term used after it) or after. Two swapped entries are thus one or
 * two findings on the swapped entries, never a cascade down the list. Unused
 * terms are glossary-unused's business and skipped here.
 */
import type { GlossaryInfo } from '../docIndex.js';
import { documentRule, finding } from '../finding.js';
import { bodyText, firstUse } from '../glossary.js';
import type { Finding, Rule, RuleContext } from '../types.js';
import { mentionsGlossaryTerm } from './glossaryDepends.js';

/** Indices (into `values`) of one longest strictly increasing subsequence. */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

function run(ctx: RuleContext): Finding[] {
  const body = bodyText(ctx.index);
  const used: { entry: GlossaryInfo; at: number }[] = [];
  for (const entry of ctx.index.glossary) {
    const at = firstUse(body, entry);
    if (at >= 0) used.push({ entry, at });
  }
  const keep = longestIncreasing(used.map((u) => u.at));
  const inOrder = used.filter((_, i) => keep.has(i));
  const out: Finding[] = [];
  used.forEach((u, i) => {
    if (keep.has(i)) return;
    const next = inOrder.find((o) => o.at > u.at);
    const other = next ?? [...inOrder].reverse().find((o) => o.at < u.at);
    if (!other) return;
    const term = u.entry.term;
    out.push(
      finding(glossaryOrder, {
        block: term,
        from: 0,
        to: term.text.length,
        key: next ? 'check-glossary-order-before' : 'check-glossary-order-after',
        params: { term: term.text, other: other.entry.term.text },
      }),
    );
  });
  return out;
}

export const glossaryOrder: Rule = documentRule({ id: 'glossary-order', severity: 'warning' }, run, mentionsGlossaryTerm);
