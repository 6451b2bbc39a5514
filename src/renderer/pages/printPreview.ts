/**
 * 打印预览: the printed pages, one sheet each, with the page count and 打印 /
 * 关闭. A sheet shows its slice of the print copy (the PDF export's HTML,
 * printCopy.ts) through a window the size of the page's text: the blocks the
 * page holds, shifted up by the lines an earlier page took, in the export's
 * own CSS. The page number is placed as the export's page box places it
 * (right on odd pages, left on even ones, 7 mm below the text).
 */
import { MARGIN_MM, PAGE_NUMBER, TEXT_BLOCK_MM } from '../../core/export/layout.js';
import { t, tx } from '../app/i18n.js';
import { h } from '../util/dom.js';
import { showModal } from '../util/modal.js';
import { reportBlockSheet, type PageLayout, type PrintCopy } from './printCopy.js';

const SHEET_CSS = `
:host { display: block; position: relative; width: 210mm; height: 297mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
.area { position: absolute; top: ${MARGIN_MM.top}mm; left: ${MARGIN_MM.left}mm; width: ${TEXT_BLOCK_MM.width}mm; overflow: hidden; }
.area .report { width: auto; padding: 0; margin: 0; background: none; }
.folio { position: absolute; top: ${MARGIN_MM.top + TEXT_BLOCK_MM.height + PAGE_NUMBER.belowTextMm}mm; font-size: ${PAGE_NUMBER.sizePt}pt; line-height: 1; font-family: "宋体", "SimSun", "Noto Serif CJK SC", serif; }
.folio.odd { right: calc(${MARGIN_MM.right}mm + ${PAGE_NUMBER.sizePt}pt); }
.folio.even { left: calc(${MARGIN_MM.left}mm + ${PAGE_NUMBER.sizePt}pt); }
`;

let sheetCss: CSSStyleSheet | null = null;
function sheetSheet(): CSSStyleSheet {
  if (!sheetCss) {
    sheetCss = new CSSStyleSheet();
    sheetCss.replaceSync(SHEET_CSS);
  }
  return sheetCss;
}

function sheet(copy: PrintCopy, layout: PageLayout, index: number): HTMLElement {
  const span = layout.spans[index];
  const items = copy.elements();
  const host = h('div', { class: 'preview-sheet', 'data-page': index + 1 });
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [reportBlockSheet(), sheetSheet()];
  const article = document.createElement('article');
  article.className = 'report';
  const first = items[span.first].el;
  const marginTop = parseFloat(getComputedStyle(first).marginTop) || 0;
  // The page's first line lies this far below the top of the first block's margin.
  article.style.marginTop = `${-(span.top - (first.offsetTop - marginTop))}px`;
  for (let i = span.first; i <= span.last; i++) article.append(items[i].el.cloneNode(true));
  const area = document.createElement('div');
  area.className = 'area';
  area.style.height = `${Math.max(0, span.bottom - span.top)}px`;
  area.append(article);
  const folio = document.createElement('div');
  folio.className = `folio ${index % 2 === 0 ? 'odd' : 'even'}`;
  folio.textContent = `— ${index + 1} —`;
  root.append(area, folio);
  return host;
}

export async function showPrintPreview(copy: PrintCopy, layout: PageLayout, print: () => void): Promise<void> {
  const count = layout.pages.length;
  const sheets = h('div', { class: 'preview-sheets' }, ...layout.spans.map((_, i) => sheet(copy, layout, i)));
  let printNow = false;
  const dialog = h('dialog', { class: 'print-preview', 'aria-labelledby': 'print-preview-title' });
  const printButton = tx(h('button', { type: 'button', class: 'dialog-button primary' }), { text: 'ui-print' });
  const closeButton = tx(h('button', { type: 'button', class: 'dialog-button' }), { text: 'ui-close' });
  printButton.addEventListener('click', () => {
    printNow = true;
    dialog.close();
  });
  closeButton.addEventListener('click', () => dialog.close());
  dialog.append(
    h(
      'header',
      { class: 'print-preview-bar' },
      tx(h('h2', { id: 'print-preview-title' }), { text: 'ui-print-preview-title' }),
      h('span', { class: 'print-preview-count' }, t('ui-page-count', { n: count })),
      h('span', { class: 'print-preview-spacer' }),
      printButton,
      closeButton,
    ),
    sheets,
  );
  if (await showModal(dialog, { focus: printButton, answer: () => printNow })) print();
}
