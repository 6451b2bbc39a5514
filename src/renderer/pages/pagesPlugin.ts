/**
 * The page view's marks in the text: where a printed page begins, a gap
 * labelled 第N页 between the last line of one page and the first of the
 * next. Each is a widget at the first character of the page (the print
 * copy finds it, printCopy.ts), drawn in the leading above that character's
 * line (styles/page.css), so it never covers text, and it moves with the
 * text between two measurements as any decoration maps through an edit.
 *
 * The plugin only holds the marks; the pages controller (installPages.ts)
 * measures a while after typing stops and hands them over in a transaction's
 * meta. `onDocChange` lets the controller hear of every change of the text.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { lang, t } from '../app/i18n.js';
import type { PageMark } from './printCopy.js';

interface PagesState {
  marks: DecorationSet;
  shown: boolean;
}

export const pagesKey = new PluginKey<PagesState>('pages');

let docChanged: ((doc: PMNode) => void) | null = null;

/** Hear of every change of the document (the one pages controller of the window). */
export function onDocChange(listener: (doc: PMNode) => void): void {
  docChanged = listener;
}

function gap(page: number): HTMLElement {
  const el = document.createElement('span');
  el.className = 'page-break';
  el.dataset.page = String(page);
  el.contentEditable = 'false';
  const band = document.createElement('span');
  band.className = 'page-break-band';
  // The label is drawn by CSS (::before, content: attr(data-label)), not as a text node: it is no part of the
  // text, so the text of a paragraph or heading a page begins in reads as typed (copy, find, textContent).
  band.dataset.label = t('ui-page-n', { n: page });
  el.append(band);
  return el;
}

/** The document position of each page's first character, from its textblock's id and offset. */
function marksFor(doc: PMNode, pages: readonly PageMark[]): DecorationSet {
  const wanted = new Set(pages.map((p) => p.textblock));
  const starts = new Map<string, { pos: number; size: number }>();
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (wanted.has(node.attrs.id)) starts.set(node.attrs.id, { pos: pos + 1, size: node.content.size });
    return false;
  });
  const decorations: Decoration[] = [];
  for (const p of pages) {
    const start = starts.get(p.textblock);
    if (p.page === 1 || !start || !p.textblock) continue;
    const pos = start.pos + Math.min(p.offset, start.size);
    decorations.push(Decoration.widget(pos, () => gap(p.page), { side: -1, key: `page-${p.page}-${lang()}`, ignoreSelection: true, marks: [], page: p.page }));
  }
  return DecorationSet.create(doc, decorations);
}

/** Show these page starts (or hide the marks: `shown` false). */
export function setPages(tr: Transaction, pages: readonly PageMark[] | null): Transaction {
  return tr.setMeta(pagesKey, pages).setMeta('addToHistory', false);
}

/**
 * The page starts the editor shows now (as its marks were mapped through the
 * edits since), in the form of `pageKey`: a new measurement that gives the
 * same need not be handed over.
 */
export function shownPages(state: EditorState): string {
  const marks = pagesKey.getState(state)?.marks;
  if (!marks) return '';
  const starts = marks.find().map((d) => {
    const $pos = state.doc.resolve(d.from);
    return { page: (d.spec as { page: number }).page, textblock: String($pos.parent.attrs.id ?? ''), offset: $pos.parentOffset };
  });
  return pageKey(starts.sort((a, b) => a.page - b.page));
}

/** Page starts as one string, to compare two lists. */
export const pageKey = (pages: readonly { page: number; textblock: string; offset: number }[]): string =>
  pages.filter((p) => p.page > 1).map((p) => `${p.page}@${p.textblock}:${p.offset}`).join(' ');

export function pagesShown(state: EditorState): boolean {
  return !!pagesKey.getState(state)?.shown;
}

export function pagesPlugin(): Plugin<PagesState> {
  return new Plugin<PagesState>({
    key: pagesKey,
    state: {
      init: () => ({ marks: DecorationSet.empty, shown: false }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(pagesKey) as PageMark[] | null | undefined;
        if (meta === null) return { marks: DecorationSet.empty, shown: false };
        if (meta) return { marks: marksFor(state.doc, meta), shown: true };
        return tr.docChanged ? { ...value, marks: value.marks.map(tr.mapping, tr.doc) } : value;
      },
    },
    props: {
      decorations: (state) => pagesKey.getState(state)?.marks,
    },
    // A new state (a document opened) makes a new plugin view: that is a change of the document too.
    view: (editorView) => {
      docChanged?.(editorView.state.doc);
      return {
        update(view, prev) {
          if (view.state.doc !== prev.doc) docChanged?.(view.state.doc);
        },
      };
    },
  });
}
