/**
 * spacing: stray spaces in Chinese text. Official style puts no space between
 * Chinese and figures or Latin letters (新增就业 1.7 万人), and none between
 * Chinese characters (改 革, a PDF line break). Spaces between two Latin words
 * (GDP 51.2) stay, as do the spaces of the speaker line (代区长 叶文静) and
 * those next to a half-width mark, which punctuation-halfwidth's fix removes.
 */
import { blockRule, finding, textFix } from '../finding.js';
import type { Finding, Rule } from '../types.js';
import { isCjk, isHan } from '../text.js';

const SPACES_RE = /[ \u00a0\u3000]+/g;
const HAS_SPACE_RE = /[ \u00a0\u3000]/;
const FIGURE_RE = /[0-9A-Za-z%‰℃]/;
const HALF_MARK_RE = /[,;:()!?.]/;
const SKIP = new Set(['title', 'occasion', 'speaker', 'salutation', 'annexLabel']);

export const spacing: Rule = blockRule({ id: 'spacing', severity: 'warning' }, (block) => {
  if (SKIP.has(block.type) || !HAS_SPACE_RE.test(block.text)) return [];
  const text = block.text;
  const out: Finding[] = [];
  for (const m of text.matchAll(SPACES_RE)) {
    const from = m.index;
    const to = from + m[0].length;
    const before = text[from - 1];
    const after = text[to];
    if (before === undefined || after === undefined) continue;
    if (HALF_MARK_RE.test(before) || HALF_MARK_RE.test(after)) continue;
    let key: 'check-spacing-han' | 'check-spacing-figure' | null = null;
    if (isHan(before) && isHan(after)) key = 'check-spacing-han';
    else if ((isCjk(before) && FIGURE_RE.test(after)) || (FIGURE_RE.test(before) && isCjk(after))) key = 'check-spacing-figure';
    else if (isCjk(before) && isCjk(after)) key = 'check-spacing-han';
    if (!key) continue;
    out.push(finding(spacing, { block, from, to, key, fix: textFix('fix-remove-space', {}, block.id, from, to, '') }));
  }
  return out;
});
