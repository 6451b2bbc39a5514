/**
 * Jumping to a block by id (outline lines, findings): select the text range
 * in it (or put the cursor at its start), scroll it to the middle of the
 * window, and give the text the focus.
 */
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

export function jumpToBlock(view: EditorView, id: string, from = 0, to = from): boolean {
  let target = -1;
  view.state.doc.descendants((node, pos) => {
    if (target >= 0) return false;
    if (node.attrs.id === id) {
      target = pos;
      return false;
    }
    return !node.isTextblock;
  });
  if (target < 0) return false;
  const doc = view.state.doc;
  const node = doc.nodeAt(target)!;
  let sel: TextSelection;
  if (node.isTextblock) {
    const clamp = (n: number) => Math.max(0, Math.min(n, node.content.size));
    sel = TextSelection.create(doc, target + 1 + clamp(from), target + 1 + clamp(to));
  } else {
    sel = TextSelection.near(doc.resolve(target + 1)) as TextSelection;
  }
  view.dispatch(view.state.tr.setSelection(sel));
  view.focus();
  const dom = view.domAtPos(sel.from).node;
  const el = dom instanceof Element ? dom : dom.parentElement;
  el?.scrollIntoView({ block: 'center' });
  return true;
}
