/**
 * Runs the checks (src/core/checks) on the document a while after typing
 * stops, never on a keystroke, and hands the findings to the panel. The
 * incremental Checker re-runs only the rules and blocks an edit can affect.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Checker } from '../../core/checks/index.js';
import type { Finding, QuickFix } from '../../core/checks/types.js';
import { rangesOnShown } from '../../core/review/finalState.js';
import { debounce, type Debounced } from '../util/schedule.js';

/** Called after each check with the findings and the document checked. */
/** `read` is the document the checks read (the final state under review), `shown` the one in the editor. */
/** Findings of the final state moved onto the shown document: their ranges and their fixes' edits. */
export function findingOnShown(shown: PMNode): (f: Finding) => Finding {
  const move = rangesOnShown(shown);
  const fix = (q: QuickFix): QuickFix => ({ ...q, edits: q.edits.map(move) });
  return (f) => ({ ...move(f), ...(f.fix && { fix: fix(f.fix) }), ...(f.moreFixes && { moreFixes: f.moreFixes.map(fix) }) });
}

export type ChecksListener = (findings: Finding[], read: PMNode, shown: PMNode) => void;

export class ChecksController {
  private checker: Checker;
  private latest: PMNode | null = null;
  private checked: PMNode | null = null;
  readonly schedule: Debounced;
  /** Milliseconds the last check took (shown in the benchmark). */
  lastDuration = 0;
  /** Others who follow the findings (status bar counts, 指标一览). */
  readonly listeners = new Set<ChecksListener>();
  /** Told when the findings shown go out of date (an edit) and when they are current again (a run). */
  onStale: (stale: boolean) => void = () => undefined;
  private stale = false;
  /** What the checks read of a document: review (src/renderer/review) gives its final state (最终状态), so deleted text is not body text. */
  read: (doc: PMNode) => PMNode = (doc) => doc;

  constructor(
    settings: Record<string, unknown>,
    private readonly show: (findings: Finding[]) => void,
    busy: () => boolean,
    delay = 400,
  ) {
    this.checker = new Checker(settings, { includeSuppressed: true });
    this.schedule = debounce(() => this.run(), delay, busy);
  }

  /** A new document (open, new): check it from scratch. */
  reset(doc: PMNode, settings: Record<string, unknown>): void {
    this.checker = new Checker(settings, { includeSuppressed: true });
    this.checked = null;
    this.changed(doc);
    this.schedule.flush();
  }

  setSettings(settings: Record<string, unknown>): void {
    this.checker.setSettings(settings);
    this.checked = null;
    this.setStale(true);
    this.schedule();
  }

  changed(doc: PMNode): void {
    this.latest = doc;
    this.setStale(true);
    this.schedule();
  }

  private setStale(stale: boolean): void {
    if (stale === this.stale) return;
    this.stale = stale;
    this.onStale(stale);
  }

  private run(): void {
    const doc = this.latest;
    if (!doc || doc === this.checked) {
      this.setStale(false);
      return;
    }
    const start = performance.now();
    const read = this.read(doc);
    const found = this.checked ? this.checker.update(read) : this.checker.check(read);
    // Found in the final state, shown (and fixed) on the text with its deletions.
    const findings = read === doc ? found : found.map(findingOnShown(doc));
    this.lastDuration = performance.now() - start;
    this.checked = doc;
    this.show(findings);
    this.setStale(false);
    for (const listener of this.listeners) listener(findings, read, doc);
  }
}
