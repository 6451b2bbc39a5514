/**
 * Findings (检查结果) and rules (检查规则). Each rule is a module of its own
 * under rules/, with an id, a severity and messages in Chinese and English.
 * The catalogue is ../shared/docs/report-conventions.md §6.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { BlockInfo, DocIndex } from './docIndex.js';
import type { Lexicon } from '../targets/lexicon.js';
import type { OutdatedTerm } from './outdatedTerms.js';

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
  /** The exact text of [from, to): what a suppression remembers. */
  text?: string;
  /** An optional quick fix, applied by the editor as one undoable step; the one offered first. */
  fix?: QuickFix;
  /**
   * Other quick fixes, offered beside `fix` when there is more than one way
   * to settle a finding (target-mismatch: make the body agree with the
   * summary, or the summary with the body). fixesOf() lists them all.
   */
  moreFixes?: QuickFix[];
  /** Set when the user suppressed this finding (only returned with `includeSuppressed`). */
  suppressed?: Suppression;
}

/**
 * A quick fix. `edits` replace text inside blocks; `attrs` set node attributes
 * (a heading's typed number or marker); `glossaryEntry` adds a 名词解释 entry.
 * applyFix.ts turns any of them into one ProseMirror transform.
 */
export interface QuickFix {
  label: { zh: string; en: string };
  /** Replace [from, to) of the block's text with `insert`. */
  edits: { blockId: string; from: number; to: number; insert: string }[];
  /** Set attributes of the node with that id (a heading, or a glossary entry). */
  attrs?: { blockId: string; attrs: Record<string, unknown> }[];
  /** Add a glossary entry, as the `index`-th entry (0-based) of the glossary. */
  glossaryEntry?: { term: string; definition: string; index: number };
  /**
   * Make the paragraph with that id a heading of `level` (1 part … 4 subitem),
   * after the text edits. A structure edit: the editor makes it in the same
   * step (src/renderer/checks/applyQuickFix.ts); applyFix alone does not.
   */
  heading?: { blockId: string; level: number };
}

/** 忽略: a finding the user chose to hide, kept in the document's settings with who and why. */
export interface Suppression {
  rule: string;
  blockId: string;
  /** The finding's exact text; when the text changes the finding comes back. */
  text: string;
  who: string;
  why: string;
  /** ISO 8601 time. */
  at: string;
}

/** The settings the checks read (settings.ts), checked and with defaults filled in. */
export interface CheckConfig {
  disabledRules: string[];
  outdatedTerms: readonly OutdatedTerm[];
  foreignPlaces: string[];
  suppressions: Suppression[];
  lexicon: Lexicon;
}

export interface RuleContext {
  doc: PMNode;
  /** The document's settings (user lists: outdated terms, foreign places, lexicon, suppressions). */
  settings: Record<string, unknown>;
  /** The document walked once: blocks with text, path and scope; parts; glossary. */
  index: DocIndex;
  /** The settings read and checked, with defaults filled in. */
  config: CheckConfig;
}

/**
 * A check rule. A `block` rule's findings for a block depend only on that
 * block (and the settings): the checker caches them per block and re-runs
 * the rule only on edited blocks. A `document` rule looks across blocks; it
 * re-runs after an edit only when `dependsOn` says an edited block matters to it.
 */
export interface Rule {
  id: string;
  severity: Severity;
  description: { zh: string; en: string };
  granularity: 'block' | 'document';
  run(ctx: RuleContext): Finding[];
  /** Block rules: the findings of one block. */
  checkBlock?(block: BlockInfo, ctx: RuleContext): Finding[];
  /**
   * Document rules: whether a change to this block (its old or new version)
   * can change the rule's findings. Structural edits always re-run every rule.
   * Without it, any edit re-runs the rule.
   */
  dependsOn?(block: BlockInfo, ctx: RuleContext): boolean;
}
