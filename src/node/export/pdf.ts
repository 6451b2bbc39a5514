/**
 * Export to PDF for the command line and the browser host: the report's HTML
 * (src/core/export/html.ts) printed by headless Chromium (`page.pdf`), which
 * honours the CSS page setup: A4, GB/T 9704 margins, page numbers in the page
 * margin boxes. The Electron app prints the same HTML with
 * webContents.printToPDF instead.
 *
 * Offline by construction: the page is set from a string, every request it
 * might make is refused, and Chromium starts without background networking,
 * component updates or sync (CHROMIUM_ARGS, ../chromium.ts, which also says
 * which Chromium is used).
 */
import { access } from 'node:fs/promises';
import type { Node as PMNode } from 'prosemirror-model';
import type { ReviewComment } from '../../core/review/comments.js';
import { CaogaoError } from '../../core/errors.js';
import { reportHtml } from '../../core/export/html.js';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUMS, findChromium } from '../chromium.js';

export interface PdfOptions {
  /** The Chromium binary; by default the one findChromium (../chromium.ts) finds. */
  executablePath?: string;
  /** Print HTML to PDF another way: the Electron app passes webContents.printToPDF here. */
  print?: (html: string) => Promise<Uint8Array>;
}

/** Print an HTML page to PDF bytes with headless Chromium. */
export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const executablePath = options.executablePath ?? findChromium() ?? SYSTEM_CHROMIUMS[0];
  try {
    await access(executablePath);
  } catch (cause) {
    throw new CaogaoError('export-pdf-no-browser', { path: executablePath }, { cause });
  }
  // playwright-core is loaded only when a PDF is asked for.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    // Wait for the fonts, so the page breaks are those of the final faces (evaluated in the page).
    await page.evaluate('document.fonts.ready.then(() => true)');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

/** `comments`: 批注 printed as notes after their paragraphs (html.ts). */
export async function exportPdf(doc: PMNode, options: PdfOptions & { comments?: readonly ReviewComment[] } = {}): Promise<Uint8Array> {
  const html = reportHtml(doc, options.comments ? { comments: options.comments } : {});
  return options.print ? options.print(html) : htmlToPdf(html, options);
}
