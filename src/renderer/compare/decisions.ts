/**
 * 接受 / 拒绝 / 撤销: the buttons for deciding on the change the compare view
 * is on, shown when one side of the comparison is the draft being edited.
 * What a decision means depends on that side (core/diff/resolve.ts): with a
 * reviewer's copy on the right, 接受 makes the change in the current draft
 * and 拒绝 leaves the draft alone; with a version on the left, 接受 keeps the
 * draft's own change and 拒绝 takes it back.
 *
 * A decision that edits the draft is one undo step in the editor; one that
 * leaves the draft alone is remembered here, so the change leaves the list.
 * 撤销 takes back the last decision of either kind.
 */
import type { EditorState, Transaction } from 'prosemirror-state';
import type { Change, CurrentSide, Decision } from '../../core/diff/index.js';
import { tx } from '../app/i18n.js';
import { h } from '../util/dom.js';

/** The editor of the draft being edited, as compare needs it. */
export interface DraftEditor {
  state(): EditorState;
  dispatch(tr: Transaction): void;
  /** Undo the draft's last edit (its history). */
  undo(): void;
}

/** A change named by its blocks, which stay the same when the drafts are compared again. */
export const changeKey = (c: Change): string => `${c.kind}|${c.oldIds.join(',')}|${c.newIds.join(',')}`;

type Step = { kind: 'edit' } | { kind: 'kept'; key: string };

export class DecisionBar {
  readonly el: HTMLElement;
  /** Changes decided without editing the draft. */
  readonly kept = new Set<string>();
  private readonly accept: HTMLButtonElement;
  private readonly reject: HTMLButtonElement;
  private readonly undoButton: HTMLButtonElement;
  private steps: Step[] = [];

  constructor(actions: { decide(decision: Decision): void; undo(): void }) {
    const button = (cls: string, text: 'compare-accept' | 'compare-reject' | 'compare-undo', run: () => void) => {
      const b = tx(h('button', { type: 'button', class: `cmp-button ${cls}` }), { text });
      b.addEventListener('click', run);
      return b;
    };
    this.accept = button('cmp-accept', 'compare-accept', () => actions.decide('accept'));
    this.reject = button('cmp-reject', 'compare-reject', () => actions.decide('reject'));
    this.undoButton = tx(button('cmp-undo', 'compare-undo', () => actions.undo()), { title: 'compare-undo-tip' });
    this.el = h('div', { class: 'cmp-decide', role: 'group' }, this.accept, this.reject, this.undoButton);
  }

  /** A new comparison: `side` is where the draft being edited is (null: neither side, no decisions). */
  reset(side: CurrentSide | null): void {
    this.kept.clear();
    this.steps = [];
    this.el.hidden = side === null;
    tx(this.accept, { title: side === 'new' ? 'compare-accept-keep' : 'compare-accept-take' });
    tx(this.reject, { title: side === 'new' ? 'compare-reject-revert' : 'compare-reject-leave' });
    this.update(null);
  }

  /** Enable the buttons for the change the view is on. */
  update(change: Change | null): void {
    const decidable = !!change && change.kind !== 'renumber';
    this.accept.disabled = !decidable;
    this.reject.disabled = !decidable;
    this.undoButton.disabled = this.steps.length === 0;
  }

  edited(): void {
    this.steps.push({ kind: 'edit' });
  }

  keep(change: Change): void {
    const key = changeKey(change);
    this.kept.add(key);
    this.steps.push({ kind: 'kept', key });
  }

  /** Take the last decision off the record: 'edit' when the draft's edit must be undone too. */
  takeBack(): 'edit' | 'kept' | null {
    const step = this.steps.pop();
    if (!step) return null;
    if (step.kind === 'kept') this.kept.delete(step.key);
    return step.kind;
  }
}
