/**
 * punctuation-pair: unbalanced “” ‘’ 《》 （） 【】 within a block
 * (打造“全域超级孵化器， with no ”). Each kind of pair is counted on its own,
 * so a quotation that contains a title (“学习《安全生产法》”) is fine. A closing
 * mark with nothing open is reported where it stands; an opening mark left
 * open is reported where it opens. An item number closed by a bracket alone
 * (1）…；2）…) is a numbering style, left to the reviewer.
 */
import { blockRule, finding } from '../finding.js';
import type { Finding, Rule } from '../types.js';

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['（', '）'],
  ['【', '】'],
];
const OPEN = new Map(PAIRS.map(([o, c]) => [o, c]));
const CLOSE = new Map(PAIRS.map(([o, c]) => [c, o]));
const ANY_RE = /[“”‘’《》（）【】]/;
const ALL_RE = /[“”‘’《》（）【】]/g;
/** An item number closed by a bracket alone (1） 2）), a numbering style, not a broken pair. */
const ENUMERATOR_RE = /(?:^|[：:；;。，,、\s])(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/;

export const punctuationPair: Rule = blockRule({ id: 'punctuation-pair', severity: 'error' }, (block) => {
  const text = block.text;
  if (!ANY_RE.test(text)) return [];
  // Positions of the marks still open, by opening mark.
  const open: Record<string, number[]> = {};
  const out: Finding[] = [];
  for (const m of text.matchAll(ALL_RE)) {
    const ch = m[0];
    const opener = CLOSE.get(ch);
    if (opener === undefined) {
      (open[ch] ??= []).push(m.index);
    } else if (open[opener]?.length) {
      open[opener].pop();
    } else if (!(ch === '）' && ENUMERATOR_RE.test(text.slice(Math.max(0, m.index - 4), m.index)))) {
      out.push(finding(punctuationPair, { block, from: m.index, to: m.index + 1, key: 'check-punctuation-unopened', params: { mark: ch, other: opener } }));
    }
  }
  for (const [opener, positions] of Object.entries(open)) {
    for (const at of positions) {
      out.push(finding(punctuationPair, { block, from: at, to: at + 1, key: 'check-punctuation-unclosed', params: { mark: opener, other: OPEN.get(opener)! } }));
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.from - b.from) : out;
});
