/**
 * Building findings and rules: messages from the catalog in both languages,
 * the excerpt with a little context, the heading path from the index.
 */
import { message, type MessageKey } from '../messages/index.js';
import type { BlockInfo } from './docIndex.js';
import type { Finding, QuickFix, Rule, RuleContext, Severity } from './types.js';

type Params = Record<string, string | number>;

const CONTEXT = 12;

/** The text of [from, to) with up to 12 characters either side. */
export function excerptOf(text: string, from: number, to: number): string {
  const start = Math.max(0, from - CONTEXT);
  const end = Math.min(text.length, to + CONTEXT);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/**
 * A finding's excerpt cut around the flagged text, for showing the mark
 * highlighted: excerptOf put up to 12 characters (and an ellipsis when it cut
 * the text) before it. When the excerpt was not built that way (its middle is
 * not the finding's text), all of it is `before`.
 */
export function excerptParts(f: Pick<Finding, 'excerpt' | 'from' | 'to' | 'text'>): { before: string; mark: string; after: string } {
  const at = Math.min(f.from, CONTEXT) + (f.from > CONTEXT ? 1 : 0);
  const mark = f.excerpt.slice(at, at + f.to - f.from);
  if (f.text === undefined || mark !== f.text || !mark) return { before: f.excerpt, mark: '', after: '' };
  return { before: f.excerpt.slice(0, at), mark, after: f.excerpt.slice(at + mark.length) };
}

const memo = new Map<string, { zh: string; en: string }>();

/** The message in both languages; the same message is built once (a long report repeats many). */
export function bilingual(key: MessageKey, params: Params = {}): { zh: string; en: string } {
  let id = key;
  for (const name in params) id += `\u0000${params[name]}`;
  let text = memo.get(id);
  if (!text) {
    if (memo.size > 5000) memo.clear();
    text = { zh: message(key, 'zh', params), en: message(key, 'en', params) };
    memo.set(id, text);
  }
  return text;
}

export interface FindingSpec {
  block: BlockInfo;
  from: number;
  to: number;
  key: MessageKey;
  params?: Params;
  severity?: Severity;
  fix?: QuickFix;
  /** Further fixes, offered after `fix`. */
  moreFixes?: QuickFix[];
}

export function finding(rule: Pick<Rule, 'id' | 'severity'>, spec: FindingSpec): Finding {
  const { block, from, to } = spec;
  const out: Finding = {
    rule: rule.id,
    severity: spec.severity ?? rule.severity,
    message: bilingual(spec.key, spec.params),
    blockId: block.id,
    from,
    to,
    path: block.path,
    excerpt: excerptOf(block.text, from, to),
    text: block.text.slice(from, to),
  };
  if (spec.fix) out.fix = spec.fix;
  if (spec.fix && spec.moreFixes?.length) out.moreFixes = spec.moreFixes;
  return out;
}

/** Every quick fix of a finding, the first offered first; each carries its own label. */
export function fixesOf(f: Pick<Finding, 'fix' | 'moreFixes'>): QuickFix[] {
  return f.fix ? [f.fix, ...(f.moreFixes ?? [])] : [];
}

/**
 * The fix 全部修正 applies for a finding: its only one. A finding with a
 * choice of fixes (target-mismatch: the body or the summary) needs someone
 * to choose, a new glossary entry (加入名词解释) needs its definition written,
 * a new heading (typed-marker) is a structure edit made one at a time, and a
 * suppressed finding was kept on purpose.
 */
export function soleFix(f: Pick<Finding, 'fix' | 'moreFixes' | 'suppressed'>): QuickFix | undefined {
  return f.fix && !f.moreFixes?.length && !f.fix.glossaryEntry && !f.fix.heading && !f.suppressed ? f.fix : undefined;
}

/** A text fix: replace [from, to) of one block. */
export function textFix(key: MessageKey, params: Params, blockId: string, from: number, to: number, insert: string): QuickFix {
  return { label: bilingual(key, params), edits: [{ blockId, from, to, insert }] };
}

interface RuleHead {
  id: string;
  severity: Severity;
}

function description(id: string): { zh: string; en: string } {
  return bilingual(`rule-${id}` as MessageKey);
}

/** A rule whose findings for a block depend only on that block. */
export function blockRule(head: RuleHead, checkBlock: (block: BlockInfo, ctx: RuleContext) => Finding[]): Rule {
  return {
    ...head,
    description: description(head.id),
    granularity: 'block',
    checkBlock,
    run(ctx) {
      const out: Finding[] = [];
      for (const block of ctx.index.blocks) {
        const found = checkBlock(block, ctx);
        if (found.length) out.push(...found);
      }
      return out;
    },
  };
}

/** A rule that looks across blocks. */
export function documentRule(
  head: RuleHead,
  run: (ctx: RuleContext) => Finding[],
  dependsOn?: (block: BlockInfo, ctx: RuleContext) => boolean,
): Rule {
  return { ...head, description: description(head.id), granularity: 'document', run, ...(dependsOn ? { dependsOn } : {}) };
}

/** Whether a block is a numbered heading (一、 （一） 1. （1）). */
export function isHeading(block: BlockInfo): boolean {
  return block.type === 'partHeading' || block.type === 'sectionHeading' || block.type === 'itemHeading' || block.type === 'subitemHeading';
}

/** Body text: everything that is not the title block or the annex. */
export function isBody(block: BlockInfo): boolean {
  return !block.inAnnex && block.type !== 'title' && block.type !== 'occasion' && block.type !== 'speaker' && block.type !== 'salutation';
}
