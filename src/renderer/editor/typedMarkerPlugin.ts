/**
 * Typed markers become headings as they are typed (commands/typedMarker.ts
 * says which and how). Two transactions, as an input rule of
 * prosemirror-inputrules would have one: the typed text is inserted as
 * ordinary typing, then the conversion follows as an undo step of its own,
 * so that Ctrl+Z takes back the conversion alone and leaves the text as
 * typed. Backspace right after the conversion does the same
 * (undoTypedMarker), as it takes back an input rule.
 *
 * Text committed by an input method (IME) is inserted by the browser; the
 * conversion then runs when the composition ends.
 */
import { undo } from 'prosemirror-history';
import { Plugin, PluginKey, type Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { headingFromTypedMarker, MARKER_REACH } from '../commands/typedMarker.js';

/** True while the last thing done was a conversion (the transactions other plugins append to it included). */
const typedMarkerKey = new PluginKey<boolean>('typedMarker');

function convert(view: EditorView): boolean {
  const tr = headingFromTypedMarker(view.state);
  if (!tr) return false;
  view.dispatch(tr.setMeta(typedMarkerKey, true));
  return true;
}

export function typedMarkerPlugin(): Plugin<boolean> {
  return new Plugin<boolean>({
    key: typedMarkerKey,
    state: {
      init: () => false,
      apply(tr, converted) {
        if (tr.getMeta(typedMarkerKey)) return true;
        if (tr.getMeta('appendedTransaction')) return converted;
        return converted && !tr.docChanged && !tr.selectionSet;
      },
    },
    props: {
      handleTextInput(view, from, to, text) {
        const $from = view.state.doc.resolve(from);
        // Cheap first: only near the start of a paragraph can a marker be typed.
        if (view.composing || $from.parentOffset + text.length > MARKER_REACH || !$from.parent.isTextblock) return false;
        const typed = view.state.tr.insertText(text, from, to);
        if (!headingFromTypedMarker(view.state.apply(typed))) return false;
        view.dispatch(typed);
        convert(view);
        return true;
      },
      handleDOMEvents: {
        compositionend(view) {
          // After ProseMirror has read the committed text.
          setTimeout(() => {
            if (!view.isDestroyed && !view.composing) convert(view);
          }, 0);
          return false;
        },
      },
    },
  });
}

/** Backspace right after a typed marker became a heading: the paragraph comes back as typed. */
export const undoTypedMarker: Command = (state, dispatch) => {
  if (!typedMarkerKey.getState(state)) return false;
  return undo(state, dispatch);
};
