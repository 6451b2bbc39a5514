/**
 * The last line of the read-only page: a transaction that would change the
 * document is dropped before it reaches the editor, whichever way it came
 * (a key, a toolbar button, a quick fix, replace, a drag in the outline).
 * Selection changes and plugin messages (find highlights) still pass.
 */
import type { Transaction } from 'prosemirror-state';

export function guardDispatch(readOnly: () => boolean, dispatch: (tr: Transaction) => void, refused: () => void): (tr: Transaction) => void {
  return (tr) => {
    if (readOnly() && tr.docChanged) {
      refused();
      return;
    }
    dispatch(tr);
  };
}
