/**
 * The page view shows the pages of the PDF export (issue 13, item 3): the
 * real report is exported to PDF as a user would (`caogao export --to pdf`,
 * headless Chromium printing the export's HTML), and the editor's 第N页 gaps
 * must give the same number of pages, each gap standing before the text the
 * PDF's page begins with. The gaps lie in the leading between two lines,
 * never over a character.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { test, expect } from './support/app.js';
import { REAL_REPORT, REPO } from './support/host.js';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

/** The first line of text of each page of a PDF, without spaces (pdftotext ends a page with a form feed). */
function pdfFirstLines(file: string): string[] {
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map((page) => page.split('\n').map((line) => line.replace(/\s+/g, '')).find((line) => line !== '') ?? '');
}

/**
 * Each gap against the first lines of a PDF's pages: the pages whose first line follows the gap exactly,
 * and those that begin more than a line away from it.
 */
async function gapsAgainst(gaps: Locator, firstLines: string[]): Promise<{ exact: number[]; far: string[]; count: number }> {
  // The text on each side of each gap, within its block, without spaces (numbers before headings are drawn
  // by CSS, so they are not in it; the PDF's lines are matched by containment).
  const sides = await gaps.evaluateAll((els) =>
    els.map((el) => {
      const block = el.closest('p, h1, h2, h3, h4, h5, .glossary-entry')!;
      const after = document.createRange();
      after.setStartAfter(el);
      after.setEnd(block, block.childNodes.length);
      const before = document.createRange();
      before.setStart(block, 0);
      before.setEndBefore(el);
      const squeeze = (r: Range) => r.toString().replace(/\s+/g, '');
      return { page: Number((el as HTMLElement).dataset.page), label: getComputedStyle(el.querySelector('.page-break-band')!, '::before').content, after: squeeze(after), before: squeeze(before) };
    }),
  );
  // Where a gap differs from the PDF, it is by one line: Chromium sets some figures (the digit 9 of the
  // fallback face, Noto Serif CJK) narrower when it prints than on screen, so a line full to its last
  // character with such figures holds one character more on paper, and its paragraph can take one line
  // less. A line is 28 character widths, at most 40 characters where figures take half a width, so the PDF's
  // page must begin within 40 characters of the gap.
  const exact: number[] = [];
  const far: string[] = [];
  for (const [i, side] of sides.entries()) {
    expect(side.page).toBe(i + 2);
    expect(side.label, 'the label drawn on the band').toBe(`"第${i + 2}页"`);
    const pdfLine = firstLines[i + 1];
    if (side.after.length >= 4 && pdfLine.includes(side.after.slice(0, 6))) {
      exact.push(side.page);
      continue;
    }
    // The PDF's first line, without a heading's number, found in the 40 characters each side of the gap.
    const probe = pdfLine.replace(/^(（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+[.．])/, '').slice(0, 6);
    const around = side.before.slice(-40) + side.after.slice(0, 40 + probe.length);
    if (!around.includes(probe)) far.push(`page ${side.page}: the PDF begins “${pdfLine}”, the gap stands before “${side.after.slice(0, 12)}”`);
  }
  return { exact, far, count: sides.length + 1 };
}

test.skip(!hasPoppler, 'needs poppler-utils (pdftotext) to read the exported PDF');

test('the page view shows the pages of the PDF export, each 第N页 gap before the first line of that page', async ({ app, page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'caogao-pages-'));
  try {
    const pdf = join(dir, 'report.pdf');
    execFileSync(process.execPath, [join(REPO, 'bin/caogao.mjs'), 'export', REAL_REPORT, '--to', 'pdf', '-o', pdf], { cwd: REPO });
    const firstLines = pdfFirstLines(pdf);
    expect(firstLines.length).toBeGreaterThan(10);

    // The pages are measured a moment after the document opens.
    await expect(page.locator('.page[data-pages]')).toHaveAttribute('data-pages', String(firstLines.length), { timeout: 20_000 });
    const gaps = app.editor.locator('.page-break');
    await expect(gaps).toHaveCount(firstLines.length - 1);

    const { exact, far, count } = await gapsAgainst(gaps, firstLines);
    expect(far, 'pages that begin more than a line away from the PDF’s').toEqual([]);
    expect(exact.length, 'pages whose first line is the PDF’s').toBeGreaterThanOrEqual(count - 4);
    console.log(`page view: ${count} pages, PDF export: ${firstLines.length}; first lines as in the PDF on ${exact.length + 1} of ${firstLines.length} pages`);

    // A gap lies in the leading between two lines: centred on the top of the line box of its page's first
    // character (a character's box is centred in its line box), and no taller than the leading (line pitch
    // less the 16 pt type), so it covers no character above or below.
    // Each gap is brought on screen first: off screen, parts are not laid out (content-visibility), and a band
    // whose label is drawn by CSS has no box there.
    const misplaced = await gaps.evaluateAll(async (els) => {
      const pitch = parseFloat(getComputedStyle(els[0].closest('.report')!).lineHeight);
      const leading = pitch - (16 * 96) / 72;
      const measured = [];
      for (const el of els) {
        el.scrollIntoView({ block: 'center' });
        await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
        const band = el.firstElementChild!.getBoundingClientRect();
        const walker = document.createTreeWalker(el.closest('.report')!, NodeFilter.SHOW_TEXT);
        walker.currentNode = el;
        let next = walker.nextNode();
        while (next && (next.nodeValue ?? '') === '') next = walker.nextNode();
        const range = document.createRange();
        range.setStart(next!, 0);
        range.setEnd(next!, 1);
        const char = range.getBoundingClientRect();
        const lineTop = (char.top + char.bottom) / 2 - pitch / 2;
        const centre = (band.top + band.bottom) / 2;
        measured.push({ page: (el as HTMLElement).dataset.page, off: Math.abs(centre - lineTop), tall: band.height > leading });
      }
      return measured
        .filter((g) => g.off > 2 || g.tall);
    });
    expect(misplaced, 'gaps not in the leading between two lines').toEqual([]);

    // The annex starts a page of its own.
    const annexGap = app.editor.locator('section.annex .annex-label .page-break');
    await expect(annexGap).toHaveCount(1);
    await annexGap.scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    await app.shot('pages-annex-gap');
    await gaps.nth(2).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(200);
    await app.shot('pages-gap');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the caret passes a page gap with the arrow keys, and text typed at the page start lands there', async ({ app, page }) => {
  const gap = app.editor.locator('.page-break').nth(1);
  await expect(gap).toBeAttached({ timeout: 20_000 });
  // The first characters of the page after the gap.
  const start = await gap.evaluate((el) => {
    const range = document.createRange();
    range.setStartAfter(el);
    range.setEnd(el.parentElement!, el.parentElement!.childNodes.length);
    return range.toString().slice(0, 8);
  });
  await app.caretAt(start, 'start');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.insertText('①');
  await expect(app.editor).toContainText(`${start[0]}①${start.slice(1)}`);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.insertText('②');
  await expect(app.editor).toContainText(`②${start}`);
});

test('a document opened in place of another gets its own pages at once', async ({ app, page }) => {
  await expect(page.locator('.page')).toHaveAttribute('data-pages', /^\d+$/, { timeout: 20_000 });
  const before = Number(await page.locator('.page').getAttribute('data-pages'));
  await page.keyboard.press('Control+N');
  // The new report is measured without a keystroke in it.
  await expect.poll(async () => Number(await page.locator('.page').getAttribute('data-pages')), { timeout: 20_000 }).toBeLessThan(before);
  const pages = Number(await page.locator('.page').getAttribute('data-pages'));
  await expect(app.editor.locator('.page-break')).toHaveCount(pages - 1);
});

test('after an edit the gaps follow the printed pages', async ({ app, page }) => {
  test.skip(!hasPoppler, 'needs poppler-utils (pdftotext) to read the printed pages');
  await expect(page.locator('.page')).toHaveAttribute('data-pages', /^\d+$/, { timeout: 20_000 });
  // Two lines more early in the report move every later page start.
  await app.caretAt('优化全域创新生态', 'end');
  await page.keyboard.insertText('全面推进重点领域改革，'.repeat(5));
  await page.waitForTimeout(1500);
  // What the window prints is the export's HTML of the text now (print.spec.ts), so its pages are the truth.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.pdf({ preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const dir = mkdtempSync(join(tmpdir(), 'caogao-pages-edit-'));
  try {
    const file = join(dir, 'printed.pdf');
    writeFileSync(file, printed);
    const firstLines = pdfFirstLines(file);
    await expect(page.locator('.page')).toHaveAttribute('data-pages', String(firstLines.length));
    const { exact, far, count } = await gapsAgainst(app.editor.locator('.page-break'), firstLines);
    expect(count).toBe(firstLines.length);
    expect(far).toEqual([]);
    expect(exact.length).toBeGreaterThanOrEqual(count - 4);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
