/**
 * Pages and print in the window: the page view (页面视图, the 第N页 gaps in
 * the text), 打印 (Ctrl+P) and 打印预览. All three show the print copy
 * (printCopy.ts), which is the PDF export's HTML, so the pages on screen, the
 * preview, the printed sheets and the exported PDF are one layout.
 *
 * The pages are measured a while after typing stops (never during an input
 * method's composition), so a keystroke costs nothing here: between two
 * measurements the gaps move with the text as decorations do.
 */
import type { App } from '../app/app.js';
import { onLangChange } from '../app/i18n.js';
import { debounce } from '../util/schedule.js';
import { onDocChange, pageKey, pagesShown, setPages, shownPages } from './pagesPlugin.js';
import { PrintCopy, type PageLayout } from './printCopy.js';
import { showPrintPreview } from './printPreview.js';
import './pages.css';

/** How long after the last change the pages are measured again. */
const MEASURE_AFTER_MS = 600;
/** A change of more characters than this (a document opened, a long paste) is measured at once. */
const LARGE_CHANGE = 2000;

export interface PagesController {
  /** Measure now (the copy follows the document first). */
  measure(): PageLayout;
}

export function installPages(app: App): PagesController {
  const copy = new PrintCopy();
  let shown = true;
  let copied = app.view.state.doc;
  const follow = (): void => {
    const doc = app.view.state.doc;
    if (doc === copied) return;
    copy.update(doc);
    copied = doc;
  };
  const measure = (force = false): PageLayout => {
    const start = performance.now();
    follow();
    const layout = copy.layout();
    app.layout.page.dataset.pages = String(layout.pages.length);
    // When the marks the editor mapped through the edits already stand where the pages begin, nothing is redrawn.
    const { state } = app.view;
    if (shown && (force || !pagesShown(state) || shownPages(state) !== pageKey(layout.pages))) app.view.dispatch(setPages(state.tr, layout.pages));
    // What one measurement costs (the latency benchmark reads it).
    performance.measure('caogao-pages', { start });
    return layout;
  };
  const later = debounce(() => void measure(), MEASURE_AFTER_MS, () => app.view.composing);
  // A document opened (or a large paste, a restore) is measured at once, before the user types: laying out
  // a whole new report takes a moment, which is better spent now than in the first pause of typing.
  const soon = debounce(() => void measure(), 0, () => app.view.composing);
  onDocChange((doc) => (Math.abs(doc.content.size - copied.content.size) > LARGE_CHANGE ? soon() : later()));
  copy.update(copied);
  // The first measure waits for the fonts: a fallback face breaks lines elsewhere.
  void document.fonts.ready.then(() => soon());

  const print = (): void => {
    follow();
    window.print();
  };
  // The host's own print (Electron's menu calls webContents.print, or the browser's menu): the copy follows first.
  window.addEventListener('beforeprint', follow);

  const setShown = (on: boolean): void => {
    shown = on;
    app.layout.workspace.classList.toggle('pages-on', on);
    if (on) measure(true);
    else app.view.dispatch(setPages(app.view.state.tr, null));
  };
  app.layout.workspace.classList.add('pages-on');
  // The labels of the gaps are in the window's language.
  onLangChange(() => shown && measure(true));

  app.commands.set('file.print', { id: 'file.print', label: 'menu-file-print', keys: 'Ctrl+P', run: print });
  app.commands.set('file.printPreview', {
    id: 'file.printPreview',
    label: 'menu-file-print-preview',
    run: () => void showPrintPreview(copy, measure(), print),
  });
  app.commands.set('view.pages', { id: 'view.pages', label: 'menu-view-pages', run: () => setShown(!shown), active: () => shown });
  return { measure };
}
