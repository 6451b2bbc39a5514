/**
 * Scope (口径) of each part of a report, decided from the part headings and
 * from where the targets summary (主要预期目标) stands.
 *
 * A heading that names a review (回顾, 过去…) is `review`; one that names five
 * years or a plan (未来五年, “十四五”) is `fiveYear`; one that names a year or
 * the year's tasks (2022年工作安排, 今年, 总体要求) is `year`. The part that holds
 * the summary governs the year's tasks, so it is `year` unless its heading says
 * review. A part with no telling heading that follows a year part continues it
 * (政府自身建设 after the tasks); before any year part it is `other`.
 */
import type { TargetScope } from './types.js';

const REVIEW_RE = /回顾|过去|总结|工作情况|所取得的成绩/;
const FIVE_YEAR_RE = /五年|十[一二三四五六七八九]五|规划|远景目标/;
const YEAR_RE = /(?:19|20)\d{2}\s*年|今年|明年|年度|工作安排|重点工作|主要任务|工作任务|总体要求|工作的建议/;

/** The scope a part heading names, or null when the heading does not tell. */
export function classifyPartHeading(text: string): TargetScope | null {
  if (REVIEW_RE.test(text)) return 'review';
  if (YEAR_RE.test(text) && !/五年|十[一二三四五六七八九]五/.test(text)) return 'year';
  if (FIVE_YEAR_RE.test(text)) return 'fiveYear';
  return null;
}

/**
 * Scopes of the parts in order. `summaryPart` is the index of the part that
 * holds the targets summary paragraph, or -1.
 */
export function partScopes(headings: readonly string[], summaryPart: number): TargetScope[] {
  const named = headings.map(classifyPartHeading);
  if (summaryPart >= 0 && named[summaryPart] !== 'review') named[summaryPart] = 'year';
  const out: TargetScope[] = [];
  let seenYear = false;
  for (const scope of named) {
    if (scope === 'year') seenYear = true;
    if (scope) out.push(scope);
    else out.push(seenYear ? 'year' : 'other');
  }
  return out;
}
