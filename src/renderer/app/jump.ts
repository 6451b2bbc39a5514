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

/** Room left above the heading at the top of the view. */
const TOP_MARGIN_PX = 12;

/**
 * Jump to a heading (or an annex, or one of its entries) and put it at the
 * top of the scrolled desk, as an outline click should, not merely somewhere
 * in view. Blocks the offscreen plugin has not rendered yet take their real
 * height when they come on screen, which can move the heading after the
 * first scroll; it is set again on the next frames until it stays.
 */
export function jumpToTop(view: EditorView, scroller: HTMLElement, id: string): boolean {
  if (!jumpToBlock(view, id)) return false;
  const { from } = view.state.selection;
  const align = (): number => {
    const dom = view.domAtPos(from).node;
    const el = dom instanceof Element ? dom : dom.parentElement;
    if (!el) return 0;
    // The text block holding the caret: the heading's line, the annex's label, the entry's term.
    const block = el.closest('h2, h3, h4, h5, p, .glossary-entry') ?? el;
    const delta = block.getBoundingClientRect().top - scroller.getBoundingClientRect().top - TOP_MARGIN_PX;
    if (Math.abs(delta) > 1) scroller.scrollTop += delta;
    return delta;
  };
  align();
  let frames = 4;
  const again = (): void => {
    if (Math.abs(align()) > 1 && --frames > 0) requestAnimationFrame(again);
  };
  requestAnimationFrame(again);
  return true;
}
