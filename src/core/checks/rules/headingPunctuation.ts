/**
 * heading-punctuation: a heading ends without punctuation
 * (（二）实施创新动能提升行动。 should lose its 。). Headings may hold a comma
 * inside (坚持发展第一要务，经济增长更有质量); only the end counts. A closing
 * quote or bracket is fine: the heading may end with a name.
 *
 * A run-in heading (标题接排正文) ends with 。 by form; the importer keeps that
 * 。 out of its text (runIn), so it is never reported. Headings of one level
 * under one parent that all end with 。 (two or more) follow a style of the
 * report, as a copy of run-in headings set on lines of their own does; only a
 * heading whose mark its siblings do not share is reported.
 */
import type { BlockInfo } from '../docIndex.js';
import { documentRule, finding, isHeading, textFix } from '../finding.js';
import type { Finding, Rule, RuleContext } from '../types.js';

const END_RE = /[。，、；：,;:.]+$/;

function findingFor(block: BlockInfo, m: RegExpExecArray): Finding {
  const from = m.index;
  const to = block.text.length;
  const params = { mark: m[0] };
  return finding(headingPunctuation, {
    block,
    from,
    to,
    key: 'check-heading-punctuation',
    params,
    fix: textFix('fix-remove-mark', params, block.id, from, to, ''),
  });
}

function run(ctx: RuleContext): Finding[] {
  const headings = ctx.index.blocks.filter((b) => isHeading(b) && b.number);
  // Headings by the node whose children they number, and level.
  const groups = new Map<unknown, Map<number, BlockInfo[]>>();
  for (const block of headings) {
    const byLevel = groups.get(block.number!.group) ?? new Map<number, BlockInfo[]>();
    const key = block.number!.level;
    const list = byLevel.get(key);
    if (list) list.push(block);
    else byLevel.set(key, [block]);
    groups.set(block.number!.group, byLevel);
  }
  const styled = new Set<BlockInfo>();
  for (const byLevel of groups.values()) {
    for (const siblings of byLevel.values()) {
      if (siblings.length >= 2 && siblings.every((b) => /。$/.test(b.text))) for (const b of siblings) styled.add(b);
    }
  }
  const out: Finding[] = [];
  for (const block of ctx.index.blocks) {
    if ((!isHeading(block) && block.type !== 'annexTitle') || styled.has(block)) continue;
    const m = END_RE.exec(block.text);
    if (m) out.push(findingFor(block, m));
  }
  return out;
}

export const headingPunctuation: Rule = documentRule(
  { id: 'heading-punctuation', severity: 'warning' },
  run,
  (block) => isHeading(block) || block.type === 'annexTitle',
);
