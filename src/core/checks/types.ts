/**
 * Findings (检查结果) and rules (检查规则). Each rule is a module of its own
 * under rules/, with an id, a severity and messages in Chinese and English.
 * The catalogue is ../shared/docs/report-conventions.md §6.
 */
import type { Node as PMNode } from 'prosemirror-model';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  message: { zh: string; en: string };
  /** Id of the block the finding is about. */
  blockId: string;
  /** Character range inside that block's text (0-based, end exclusive). */
  from: number;
  to: number;
  /** Heading path, e.g. ["三", "（六）"]. */
  path: string[];
  /** The text concerned, with a little context. */
  excerpt: string;
  /** An optional quick fix, applied by the editor as one undoable step. */
  fix?: QuickFix;
}

export interface QuickFix {
  label: { zh: string; en: string };
  /** Replace [from, to) of the block's text with `insert`. */
  edits: { blockId: string; from: number; to: number; insert: string }[];
}

export interface RuleContext {
  doc: PMNode;
  /** The document's settings (user lists: outdated terms, foreign places, lexicon, suppressions). */
  settings: Record<string, unknown>;
}

export interface Rule {
  id: string;
  severity: Severity;
  description: { zh: string; en: string };
  run(ctx: RuleContext): Finding[];
}
