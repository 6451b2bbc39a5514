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
import type { BlockInfo } from '../docIndex.js';
import { documentRule, finding, isHeading } from '../finding.js';
import type { Finding, Rule, RuleContext } from '../types.js';

const OTHER_HORIZON_RE = /到\s*(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年(?:底|末)?前/;
const STRETCH_RE = /力争|争取/;

/** The sentence up to `at`. */
function sentenceBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  return head.slice(Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('！')) + 1);
}

function run(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const { target, agreement, summary } of compareWithSummary(targetsOfIndex(ctx.index, ctx.config.lexicon))) {
    if ((agreement !== 'differs' && agreement !== 'qualifier') || !summary) continue;
    const block = ctx.index.byId.get(target.blockId)!;
    const before = sentenceBefore(block.text, target.from);
    if (OTHER_HORIZON_RE.test(before)) continue;
    const error = agreement === 'differs' && !STRETCH_RE.test(before);
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
