/**
 * Undo steps as in Word: typing groups into one step, but a command (a new
 * heading, a move, a paste, replace all, a quick fix, restoring a version) is
 * a step of its own, never merged with the typing just before or just after
 * it. `ownUndoStep(tr)` closes the history group before the transaction; the
 * plugin closes it again right after, with an empty transaction.
 */
import { closeHistory } from 'prosemirror-history';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';

const ownStepKey = new PluginKey('ownUndoStep');

export function ownUndoStep(tr: Transaction): Transaction {
  return closeHistory(tr).setMeta(ownStepKey, true);
}

export function undoStepsPlugin(): Plugin {
  return new Plugin({
    key: ownStepKey,
    appendTransaction(trs, _old, state) {
      return trs.some((tr) => tr.getMeta(ownStepKey)) ? closeHistory(state.tr) : null;
    },
  });
}
