/**
 * target-mismatch: the body restates one of the year's targets with another
 * value than the summary (an error), or the same value with another qualifier
 * (a warning). Scope and comparability: ../../targets/agreement.ts.
 *
 * Two readings keep it from crying wolf: a statement whose sentence names
 * another horizon (到2025年, 2023年底前) is not the year's target and is
 * skipped; a stretch aim (力争, 争取) that differs is a warning, since reports
 * state "7.5%左右，力争更好结果" on purpose.
 */
import { compareWithSummary } from '../../targets/agreement.js';
import { mentionsIndicator, targetsOfIndex } from '../../targets/extract.js';
import { continuesSummary } from '../../targets/summary.js';
import type { Target } from '../../targets/types.js';
import type { BlockInfo } from '../docIndex.js';
import { documentRule, finding, isHeading, textFix } from '../finding.js';
import type { Finding, QuickFix, Rule, RuleContext } from '../types.js';

const OTHER_HORIZON_RE = /到\s*(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年(?:底|末)?前/;
const STRETCH_RE = /力争|争取/;

/** The sentence up to `at`. */
function sentenceBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  return head.slice(Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('！')) + 1);
}

/**
 * Where a statement's figure stands in its block: from the value to the end
 * of the statement, value, unit and qualifier (增长7.5%左右 → 7.5%左右), so a
 * fix changes the figure and keeps each side's own indicator and verb. Null
 * when the statement's text is not where the target says (nothing to fix).
 */
function figureOf(t: Target, block: BlockInfo): { from: number; text: string } | null {
  const start = t.to - t.text.length;
  if (start < t.from || block.text.slice(start, t.to) !== t.text) return null;
  const at = t.text.indexOf(t.value);
  const offset = at >= 0 ? at : t.text.search(/\d/);
  if (offset < 0) return null;
  return { from: start + offset, text: t.text.slice(offset) };
}

/**
 * The two ways to settle a mismatch: the body takes the summary's figure
 * (新增就业1.7万人 → 新增就业2万人), or the summary takes the body's. Either
 * is one text edit, applied as one undo step.
 */
function fixesFor(target: Target, summary: Target, ctx: RuleContext): QuickFix[] {
  const bodyBlock = ctx.index.byId.get(target.blockId);
  const summaryBlock = ctx.index.byId.get(summary.blockId);
  if (!bodyBlock || !summaryBlock) return [];
  const body = figureOf(target, bodyBlock);
  const stated = figureOf(summary, summaryBlock);
  if (!body || !stated || body.text === stated.text) return [];
  return [
    textFix('fix-target-body', { figure: stated.text }, target.blockId, body.from, body.from + body.text.length, stated.text),
    textFix('fix-target-summary', { figure: body.text }, summary.blockId, stated.from, stated.from + stated.text.length, body.text),
  ];
}

function run(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const { target, agreement, summary } of compareWithSummary(targetsOfIndex(ctx.index, ctx.config.lexicon))) {
    if ((agreement !== 'differs' && agreement !== 'qualifier') || !summary) continue;
    const block = ctx.index.byId.get(target.blockId)!;
    const before = sentenceBefore(block.text, target.from);
    if (OTHER_HORIZON_RE.test(before)) continue;
    const error = agreement === 'differs' && !STRETCH_RE.test(before);
    const [fix, ...moreFixes] = fixesFor(target, summary, ctx);
    out.push(
      finding(targetMismatch, {
        block,
        from: target.from,
        to: target.to,
        key: agreement === 'differs' ? 'check-target-mismatch' : 'check-target-qualifier',
        severity: error ? 'error' : 'warning',
        params: {
          indicator: target.indicator,
          summary: `${summary.indicatorText}${summary.text}`,
          body: block.text.slice(target.from, target.to),
        },
        fix,
        moreFixes,
      }),
    );
  }
  return out;
}

/** A block whose edit can change a finding: a heading (scope), the summary, one naming an indicator, or one going on with a summary set out over several paragraphs. */
function dependsOn(block: BlockInfo, ctx: RuleContext): boolean {
  return (
    isHeading(block) || block.node.attrs.role === 'targetSummary' || mentionsIndicator(block.text, ctx.config.lexicon) || continuesSummary(block.text)
  );
}

export const targetMismatch: Rule = documentRule({ id: 'target-mismatch', severity: 'error' }, run, dependsOn);
