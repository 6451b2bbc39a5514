/**
 * The glossary half of count-mismatch: a numeric coinage (六稳, 五个率先,
 * “四上”企业) whose definition lists another number of items. A warning,
 * since a definition is prose and its list is found by a heuristic.
 *
 * Only a term made of one numeral and a short word is checked (六稳, not
 * 一核两纵五区 or 双百亿). Its definition must show a list whose every item
 * carries the word: sentences that all begin with it (率先…。率先…。), or the
 * first sentence's short clauses (…，…) or its 、-items, each containing the
 * word's first character (稳就业、稳金融 …). Without such a list nothing is said.
 */
import { fromChineseNumeral } from '../../numerals.js';
import { finding } from '../finding.js';
import { bareTerm } from '../glossary.js';
import type { Finding, Rule, RuleContext } from '../types.js';

const COINAGE_RE = /^([一二两三四五六七八九十双])(个)?([\u4e00-\u9fff]{1,3})$/;
const OTHER_NUMERAL_RE = /[一二两三四五六七八九十双百千万]/;

/** The longest clause taken as one item of a list (稳住经济基本盘 is 7; a sentence's clause runs longer). */
const MAX_ITEM = 15;

function nonEmpty(parts: string[]): string[] {
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** The number of items the definition lists for `word`, or null when it shows no clear list. */
export function listedCount(definition: string, word: string): number | null {
  const key = word[0];
  const sentences = nonEmpty(definition.split(/[。；]/));
  if (sentences.length >= 2 && sentences.every((s) => s.startsWith(word))) return sentences.length;
  const first = sentences[0] ?? '';
  const clauses = nonEmpty(first.split(/[，,]/));
  // Clauses are a list only when each is a short item (稳就业，稳金融); a sentence's clauses are not.
  if (clauses.length >= 2 && clauses.every((c) => c.includes(key) && c.length <= MAX_ITEM)) return clauses.length;
  const items = nonEmpty((clauses[0] ?? '').split('、'));
  if (items.length >= 2 && items.every((i) => i.includes(key))) return items.length;
  return null;
}

export function coinageFindings(rule: Rule, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const g of ctx.index.glossary) {
    const term = bareTerm(g.term.text);
    const m = COINAGE_RE.exec(term);
    if (!m || OTHER_NUMERAL_RE.test(m[3])) continue;
    const expected = m[1] === '双' ? 2 : fromChineseNumeral(m[1]);
    const actual = listedCount(g.definition.text, m[3]);
    // 一事联办 names one thing, not a list of one.
    if (expected === null || expected < 2 || actual === null || actual === expected) continue;
    out.push(
      finding(rule, {
        block: g.term,
        from: 0,
        to: g.term.text.length,
        key: 'check-coinage-count',
        params: { term, expected, actual },
        severity: 'warning',
      }),
    );
  }
  return out;
}
