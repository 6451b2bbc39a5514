/**
 * numbering-sequence: the numbers a draft was typed with (kept by the importer
 * in the heading's `typed` attribute, and the glossary entry's) skip or repeat:
 * （一）（二）（四）, （三）（三）.
 *
 * Caogao derives the printed numbers from position, so the typed number only
 * tells what the author meant. Each typed number is compared with the one
 * before it among its siblings: the same number is a repeat, a smaller one
 * goes back, a larger one that is not the next is a skip — unless it equals
 * the block's derived position, as after a repeat (（三）（三）（五）: only the
 * second （三） is reported). Blocks without a typed number (added in the
 * editor) are passed over. The quick fix renumbers the siblings as they print.
 */
import { numberText } from '../../numbering.js';
import type { BlockInfo } from '../docIndex.js';
import { bilingual, documentRule, finding } from '../finding.js';
import type { Finding, QuickFix, Rule, RuleContext } from '../types.js';
import type { MessageKey } from '../../messages/index.js';

function label(level: number, n: number): string {
  if (level === 0) return `${n}.`;
  return n >= 1 && n <= 99 ? numberText(level, n) : String(n);
}

/** Headings and glossary terms grouped by parent, in order. */
function siblingGroups(ctx: RuleContext): BlockInfo[][] {
  const groups = new Map<unknown, BlockInfo[]>();
  for (const block of ctx.index.blocks) {
    if (!block.number) continue;
    const list = groups.get(block.number.group) ?? [];
    list.push(block);
    groups.set(block.number.group, list);
  }
  return [...groups.values()];
}

function renumberFix(group: BlockInfo[]): QuickFix {
  const attrs = group
    .filter((b) => b.number!.typed !== null && b.number!.typed !== b.number!.index)
    .map((b) => ({ blockId: b.number!.attrsId, attrs: { typed: b.number!.index } }));
  return { label: bilingual('fix-renumber'), edits: [], attrs };
}

function judge(prev: number | null, typed: number, index: number): MessageKey | null {
  if (prev === null) return typed !== 1 && typed !== index ? 'check-numbering-first' : null;
  if (typed === prev) return 'check-numbering-repeat';
  if (typed < prev) return 'check-numbering-backward';
  if (typed > prev + 1 && typed !== index) return 'check-numbering-skip';
  return null;
}

function run(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const group of siblingGroups(ctx)) {
    let prev: number | null = null;
    let fix: QuickFix | null = null;
    for (const block of group) {
      const { typed, index, level } = block.number!;
      if (typed === null) continue;
      const key = judge(prev, typed, index);
      if (key) {
        fix ??= renumberFix(group);
        const params = { typed: label(level, typed), previous: prev === null ? '' : label(level, prev), expected: label(level, 1) };
        out.push(finding(numberingSequence, { block, from: 0, to: block.text.length, key, params, fix }));
      }
      prev = typed;
    }
  }
  return out;
}

function dependsOn(block: BlockInfo): boolean {
  return block.number !== undefined;
}

export const numberingSequence: Rule = documentRule({ id: 'numbering-sequence', severity: 'error' }, run, dependsOn);
