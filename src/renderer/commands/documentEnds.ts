/**
 * Ctrl+Home and Ctrl+End go to the start and the end of the report (with
 * Shift they extend the selection there), as in Word. The editor moves the
 * selection itself instead of leaving it to the browser: Chromium cannot put
 * the caret into a block it skips while off screen (offscreenPlugin.ts), and
 * would stop at the last block it has rendered.
 */
import { Selection, TextSelection, type Command } from 'prosemirror-state';

export function toDocumentEdge(edge: 'start' | 'end', extend = false): Command {
  return (state, dispatch) => {
    const target = edge === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
    if (dispatch) {
      const selection = extend ? TextSelection.between(state.selection.$anchor, target.$head) : target;
      dispatch(state.tr.setSelection(selection).scrollIntoView());
    }
    return true;
  };
}
