/**
 * The ProseMirror view over the report: the page's editable area
 * (aria-label 正文), paste and copy handling, and a change listener for the
 * app. The view itself does nothing slow on a keystroke: it updates its
 * state and tells the listener, which schedules everything else
 * (util/schedule.ts).
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { pasteReportText } from '../commands/paste.js';
import { sliceToText } from './clipboardText.js';
import { markHtmlHeadings, pasteLevel } from './paste/htmlHeadings.js';
import { htmlToText, textToSafeHtml } from './paste/htmlText.js';
import { extractTables, TABLE_PLACEHOLDERS, tablePlaceholder } from './paste/htmlTables.js';
import { tabSeparatedTable, tableText, type TableData } from '../../core/table/tableData.js';

export interface ViewOptions {
  /** Called after every transaction, with the transaction and the new state. */
  onChange(tr: Transaction, state: EditorState): void;
  /** Called when an IME composition ends (work postponed during it can run). */
  onCompositionEnd?(): void;
  label: () => string;
}

/** HTML copied from a ProseMirror editor (Caogao itself) carries this marker; its structure is kept. */
const OWN_HTML = /data-pm-slice/;

function pasteText(view: EditorView, text: string, hardBreaks: boolean, tables: TableData[] = []): boolean {
  const tr = pasteReportText(view.state, text, { hardBreaks, tables });
  if (tr) {
    view.dispatch(tr);
    return true;
  }
  // Inline after all (inside a table cell): a table gives its text.
  const plain = tables.length ? text.replace(TABLE_PLACEHOLDERS, (_, i: string) => (tables[Number(i)] ? tableText(tables[Number(i)]) : '')) : text;
  const line = plain.replace(/\s*[\r\n]+\s*/g, '');
  if (!line) return true;
  if (!view.state.selection.$from.parent.isTextblock) return false;
  view.dispatch(view.state.tr.insertText(line).scrollIntoView());
  return true;
}

/**
 * ProseMirror scrolls to the selection only while the text has the focus. A
 * command run from the find bar or a panel keeps the focus there, so the
 * selection is brought into view here.
 */
function scrollSelectionIntoView(view: EditorView): void {
  const { node } = view.domAtPos(view.state.selection.head);
  const el = node instanceof Element ? node : node.parentElement;
  el?.scrollIntoView({ block: 'center' });
}

export function createEditorView(mount: HTMLElement, state: EditorState, options: ViewOptions): EditorView {
  const view: EditorView = new EditorView(mount, {
    state,
    attributes: () => ({
      'aria-label': options.label(),
      role: 'textbox',
      'aria-multiline': 'true',
      class: 'report',
      spellcheck: 'false',
      lang: 'zh-CN',
    }),
    dispatchTransaction(tr) {
      const next = view.state.apply(tr);
      view.updateState(next);
      if (tr.scrolledIntoView && !view.hasFocus()) scrollSelectionIntoView(view);
      options.onChange(tr, next);
    },
    handlePaste(v, event) {
      const data = event.clipboardData;
      if (!data) return false;
      const html = data.getData('text/html');
      if (html && OWN_HTML.test(html)) return false;
      if (html) {
        const { html: rest, tables } = extractTables(html);
        const text = htmlToText(markHtmlHeadings(rest, pasteLevel(v.state)));
        return text ? pasteText(v, text, true, tables) : true;
      }
      const text = data.getData('text/plain');
      // Tab-separated rows alone (a table copied as text) paste as a table.
      const table = tabSeparatedTable(text);
      if (table) return pasteText(v, tablePlaceholder(0), true, [table]);
      return text ? pasteText(v, text, false) : false;
    },
    // Drops of foreign HTML: reduce to escaped text paragraphs before ProseMirror parses them.
    transformPastedHTML(html) {
      return OWN_HTML.test(html) ? html : textToSafeHtml(htmlToText(html));
    },
    clipboardTextSerializer(slice) {
      return sliceToText(slice, view.state);
    },
    handleDOMEvents: {
      compositionend() {
        // After ProseMirror has read the committed text.
        setTimeout(() => options.onCompositionEnd?.(), 0);
        return false;
      },
    },
  });
  return view;
}

/** Replace the whole document (open, new, restore): a fresh state, so undo does not reach the old one. */
export function resetDocument(view: EditorView, makeState: (doc: PMNode) => EditorState, doc: PMNode): void {
  view.updateState(makeState(doc));
}
