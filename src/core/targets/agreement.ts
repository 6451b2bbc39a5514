/**
 * Whether each target agrees with the year's summary (主要预期目标). Only
 * statements in the part the summary governs (scope `year`) are compared; the
 * review reports results and a five-year part states other targets. Two
 * statements are comparable when they name the same canonical indicator, are
 * both rates or both levels, and have the same base unit (万人 and 人 are).
 * A different value is `differs`; the same value with another qualifier
 * (以上 against 左右) is `qualifier`.
 */
import type { Target } from './types.js';
import { normalizeValue } from './units.js';

export type Agreement =
  /** the target is part of the summary */
  | 'summary'
  /** same indicator, value and qualifier as the summary */
  | 'agrees'
  /** same indicator, another value */
  | 'differs'
  /** same value, another qualifier */
  | 'qualifier'
  /** not compared: another scope, or the summary does not state it */
  | 'unrelated';

export interface TargetAgreement {
  target: Target;
  agreement: Agreement;
  /** The summary target it was compared with. */
  summary?: Target;
}

function comparableKey(t: Target): string {
  return `${t.indicator}|${t.kind}|${t.baseUnit ?? normalizeValue(t.value, t.unit).baseUnit}`;
}

/** The value normalised, ranges included: 5—6万人 → "50000-60000". */
export function valueKey(t: Target): string {
  return t.value
    .split(/\s*[—－\-~～至到]\s*/)
    .map((v) => normalizeValue(v, t.unit).value)
    .join('-');
}

export function compareWithSummary(targets: readonly Target[]): TargetAgreement[] {
  const summary = new Map<string, Target[]>();
  for (const t of targets) {
    if (t.scope !== 'summary') continue;
    const key = comparableKey(t);
    summary.set(key, [...(summary.get(key) ?? []), t]);
  }
  return targets.map((target) => {
    if (target.scope === 'summary') return { target, agreement: 'summary' };
    const stated = target.scope === 'year' ? summary.get(comparableKey(target)) : undefined;
    if (!stated) return { target, agreement: 'unrelated' };
    const same = stated.filter((s) => valueKey(s) === valueKey(target));
    const exact = same.find((s) => s.qualifier === target.qualifier);
    if (exact) return { target, agreement: 'agrees', summary: exact };
    if (same.length) return { target, agreement: 'qualifier', summary: same[0] };
    return { target, agreement: 'differs', summary: stated[0] };
  });
}
