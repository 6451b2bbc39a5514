/**
 * enumeration-mismatch: "分别" pairs a list of items with a list of values,
 * and the two must be as long (城镇、农村居民收入分别增长5.2%、7.6%、8% has
 * two items and three values). The values are the longest run of figures
 * joined by 、 after 分别; the items are the 、-list before 分别 in the same
 * clause, or in the clause before when 分别 opens its own (引进内资2820亿元、
 * 实际利用外资23.6亿美元、进出口357.1亿元，分别是前5年的2.6倍、1.9倍、16.5倍).
 * Items are counted with and without 和/及/与 as separators; 城乡 names two
 * (城乡居民收入分别增长5%和6.5%), or be part of one (城乡环卫一体化覆盖率). Values may be joined by 和 or 及 as well
 * (分别增长4%左右和6%左右). The clause before is taken only when 分别 opens its
 * own clause: a 、 list of an earlier clause is not the items of a later one.
 * Only when no count fits is anything said.
 */
import { UNITS } from '../../targets/units.js';
import { blockRule, finding } from '../finding.js';
import type { Finding, Rule } from '../types.js';

const UNIT = UNITS.map((u) => u.replace(/[%‰]/g, '\\$&')).join('|');
const TOKEN = `(?:约|超)?\\d+(?:\\.\\d+)?(?:${UNIT})?(?:左右|以上|以内|以下)?`;
const RUN_RE = new RegExp(`${TOKEN}(?:[、和及]${TOKEN})+`, 'g');
const CLAUSE_END_RE = /[，。；！？：,;!?:]/;

function valueCount(text: string): number {
  let best = 0;
  for (const m of text.matchAll(RUN_RE)) best = Math.max(best, m[0].split(/[、和及]/).length);
  return best;
}

function lastDelimiter(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (CLAUSE_END_RE.test(text[i])) return i;
  return -1;
}

/** The item counts (by 、 only, and by 、 和 及 与) of the list before 分别 at `at`, or null. */
/** Words that name two items at once. */
const PAIRS_RE = /城乡/g;

function itemCounts(text: string, at: number): number[] | null {
  const start = lastDelimiter(text, at) + 1;
  let items = text.slice(start, at);
  // 分别 opens its own clause (…，分别是前5年的2.6倍): the items are the clause before's.
  if (items.replace(/其中|同比|均/g, '').length === 0 && start > 0 && /[，,]/.test(text[start - 1])) {
    items = text.slice(lastDelimiter(text, start - 1) + 1, start - 1);
  }
  const pairs = items.match(PAIRS_RE)?.length ?? 0;
  if (!items.includes('、') && !pairs) return null;
  const byComma = items.split('、').length;
  const byAll = items.split(/[、和及与]/).length;
  // 城乡 may name two items (城乡居民) or be part of one name (城乡环卫一体化覆盖率): either count fits.
  return pairs ? [byComma, byAll, byComma + pairs, byAll + pairs] : [byComma, byAll];
}

export const enumerationMismatch: Rule = blockRule({ id: 'enumeration-mismatch', severity: 'warning' }, (block) => {
  const text = block.text;
  if (!text.includes('分别')) return [];
  const out: Finding[] = [];
  for (let at = text.indexOf('分别'); at >= 0; at = text.indexOf('分别', at + 2)) {
    let end = at + 2;
    while (end < text.length && !CLAUSE_END_RE.test(text[end])) end++;
    const values = valueCount(text.slice(at + 2, end));
    if (values < 2) continue;
    const counts = itemCounts(text, at);
    if (!counts || counts.includes(values)) continue;
    const start = lastDelimiter(text, at) + 1;
    out.push(finding(enumerationMismatch, { block, from: start, to: end, key: 'check-enumeration-mismatch', params: { items: counts[0], values } }));
  }
  return out;
});
