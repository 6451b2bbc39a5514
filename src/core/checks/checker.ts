/**
 * The check engine. `runChecks` checks a document once; a `Checker` keeps what
 * it found so that, after an edit, only the affected rules and blocks run again:
 *
 *   const checker = new Checker(settings);
 *   checker.check(doc);                        // full check
 *   checker.update(newDoc, ['blockId', …]);    // after an edit
 *
 * Block rules are cached per block: a block whose node is the same object as
 * before (ProseMirror shares unchanged nodes between versions) and that stands
 * in the same kind of place (scope, part, annex) keeps its findings. Document rules re-run when the block list
 * changed (blocks added, removed or moved), or when an edited block, before or
 * after the edit, matters to the rule (`dependsOn`) or held one of its
 * findings. Edited blocks are found by comparing nodes; the ids the editor
 * passes are added to them, never trusted alone.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { RULES } from './catalogue.js';
import { buildIndex, type BlockInfo, type DocIndex } from './docIndex.js';
import { readCheckConfig } from './settings.js';
import { findSuppression } from './suppressions.js';
import type { CheckConfig, Finding, Rule, RuleContext } from './types.js';

export interface CheckOptions {
  /** Run only these rules (ids). */
  rules?: string[];
  /** Also return suppressed findings, marked with `suppressed`. */
  includeSuppressed?: boolean;
}

/** What the last check or update ran: for tests and the benchmark. */
export interface CheckStats {
  full: boolean;
  /** Blocks the block rules ran on. */
  blocks: number;
  /** Document rules that ran. */
  documentRules: string[];
}

interface CachedBlock {
  key: PMNode;
  /** Where the block stood (scope, in a part, in the annex): a moved node is checked again. */
  place: string;
  findings: Finding[];
}

function placeOf(block: BlockInfo): string {
  return `${block.scope}|${block.part >= 0}|${block.inAnnex}`;
}

/** The node whose identity stands for a block: a glossary term also changes with its entry's attributes. */
function identity(block: BlockInfo): PMNode {
  return block.entry ?? block.node;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export class Checker {
  private settings: Record<string, unknown>;
  private config: CheckConfig;
  private readonly options: CheckOptions;
  private rules: Rule[] = [];
  private ctx: RuleContext | null = null;
  private blockCache = new Map<string, CachedBlock>();
  private documentFindings = new Map<string, Finding[]>();
  private result: Finding[] = [];
  stats: CheckStats = { full: true, blocks: 0, documentRules: [] };

  constructor(settings: Record<string, unknown> = {}, options: CheckOptions = {}) {
    this.settings = settings;
    this.config = readCheckConfig(settings);
    this.options = options;
  }

  /** The findings of the last check or update. */
  get findings(): Finding[] {
    return this.result;
  }

  /** New settings (lists, suppressions, disabled rules): the next update checks everything. */
  setSettings(settings: Record<string, unknown>): void {
    this.settings = settings;
    this.config = readCheckConfig(settings);
    this.ctx = null;
  }

  /** Check the whole document, forgetting what was cached. */
  check(doc: PMNode): Finding[] {
    this.ctx = null;
    return this.update(doc);
  }

  /** Check again after an edit; `changedBlockIds` are the blocks the editor knows it touched. */
  update(doc: PMNode, changedBlockIds: Iterable<string> = []): Finding[] {
    const config = this.config;
    const index = buildIndex(doc);
    const ctx: RuleContext = { doc, settings: this.settings, index, config };
    const previous = this.ctx;
    if (!previous) {
      this.blockCache.clear();
      this.documentFindings.clear();
      this.rules = this.activeRules(config.disabledRules);
    }
    this.stats = { full: !previous, blocks: 0, documentRules: [] };
    this.runBlockRules(ctx);
    this.runDocumentRules(ctx, previous, changedBlockIds);
    this.ctx = ctx;
    this.result = this.assemble(ctx);
    return this.result;
  }

  private activeRules(disabled: string[]): Rule[] {
    const wanted = this.options.rules;
    return RULES.filter((r) => !disabled.includes(r.id) && (!wanted || wanted.includes(r.id)));
  }

  private runBlockRules(ctx: RuleContext): void {
    const blockRules = this.rules.filter((r) => r.granularity === 'block' && r.checkBlock);
    const next = new Map<string, CachedBlock>();
    for (const block of ctx.index.blocks) {
      const cached = this.blockCache.get(block.id);
      if (cached && cached.key === identity(block) && cached.place === placeOf(block)) {
        next.set(block.id, cached);
        continue;
      }
      this.stats.blocks += 1;
      const findings: Finding[] = [];
      for (const rule of blockRules) findings.push(...rule.checkBlock!(block, ctx));
      next.set(block.id, { key: identity(block), place: placeOf(block), findings });
    }
    this.blockCache = next;
  }

  /** Ids of blocks added, removed or changed since `previous`, and whether the block list itself changed. */
  private changes(previous: DocIndex, index: DocIndex, hinted: Iterable<string>): { changed: Set<string>; structural: boolean } {
    const changed = new Set<string>(hinted);
    let structural = previous.blocks.length !== index.blocks.length;
    index.blocks.forEach((block, i) => {
      if (!structural && previous.blocks[i].id !== block.id) structural = true;
      const old = previous.byId.get(block.id);
      if (!old || identity(old) !== identity(block)) changed.add(block.id);
    });
    return { changed, structural };
  }

  private runDocumentRules(ctx: RuleContext, previous: RuleContext | null, hinted: Iterable<string>): void {
    const documentRules = this.rules.filter((r) => r.granularity === 'document');
    const delta = previous ? this.changes(previous.index, ctx.index, hinted) : null;
    for (const rule of documentRules) {
      if (delta && !delta.structural && !this.affected(rule, delta.changed, previous!, ctx)) continue;
      this.stats.documentRules.push(rule.id);
      this.documentFindings.set(rule.id, rule.run(ctx));
    }
  }

  private affected(rule: Rule, changed: Set<string>, previous: RuleContext, ctx: RuleContext): boolean {
    if (changed.size === 0) return false;
    if (!rule.dependsOn) return true;
    const held = this.documentFindings.get(rule.id) ?? [];
    for (const id of changed) {
      if (held.some((f) => f.blockId === id)) return true;
      const before = previous.index.byId.get(id);
      const after = ctx.index.byId.get(id);
      if ((before && rule.dependsOn(before, previous)) || (after && rule.dependsOn(after, ctx))) return true;
    }
    return false;
  }

  private assemble(ctx: RuleContext): Finding[] {
    const all: Finding[] = [];
    for (const cached of this.blockCache.values()) all.push(...cached.findings);
    for (const list of this.documentFindings.values()) all.push(...list);
    const order = (f: Finding) => ctx.index.byId.get(f.blockId)?.order ?? Number.MAX_SAFE_INTEGER;
    const out: Finding[] = [];
    for (const f of all) {
      const block = ctx.index.byId.get(f.blockId);
      let current = block && !samePath(block.path, f.path) ? { ...f, path: block.path } : f;
      const suppression = findSuppression(current, ctx.config.suppressions);
      if (suppression) {
        if (!this.options.includeSuppressed) continue;
        current = { ...current, suppressed: suppression };
      }
      out.push(current);
    }
    return out.sort((a, b) => order(a) - order(b) || a.from - b.from || a.rule.localeCompare(b.rule));
  }
}

/** Check a document once. */
export function runChecks(doc: PMNode, settings: Record<string, unknown> = {}, options: CheckOptions = {}): Finding[] {
  return new Checker(settings, options).check(doc);
}
