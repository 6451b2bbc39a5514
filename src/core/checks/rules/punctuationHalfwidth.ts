/**
 * punctuation-halfwidth: a half-width , ; : ( ) ! ? next to Chinese text
 * (增长5%,城镇). A mark between figures or Latin words (1,000 · 10:30) is
 * left alone. The quick fix writes the full-width mark and drops the spaces
 * that PDF conversion or typing left around the half-width one.
 */
import { blockRule, finding, textFix } from '../finding.js';
import type { Finding, Rule } from '../types.js';
import { isCjk, nextNonSpace, prevNonSpace } from '../text.js';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' };
const HALF_RE = /[,;:()!?]/g;
const HAS_HALF_RE = /[,;:()!?]/;

export const punctuationHalfwidth: Rule = blockRule({ id: 'punctuation-halfwidth', severity: 'error' }, (block) => {
  if (!HAS_HALF_RE.test(block.text)) return [];
  const out: Finding[] = [];
  const text = block.text;
  for (const m of text.matchAll(HALF_RE)) {
    const at = m.index;
    const before = prevNonSpace(text, at);
    const after = nextNonSpace(text, at + 1);
    if (!isCjk(before.ch) && !isCjk(after.ch)) continue;
    const full = FULL[m[0]];
    // A full-width mark needs no spaces around it: the fix drops them too.
    const from = before.index + 1;
    const to = after.index;
    const params = { mark: m[0], full };
    out.push(
      finding(punctuationHalfwidth, {
        block,
        from: at,
        to: at + 1,
        key: 'check-punctuation-halfwidth',
        params,
        fix: textFix('fix-fullwidth', params, block.id, from, to, full),
      }),
    );
  }
  return out;
});
