/**
 * Figures are never split across lines (issue 13, item 2): a run of digits
 * with its decimal point and per cent sign (2000, 22.3%) and a Latin word
 * (GDP) stay on one line wherever the line ends fall, at several zooms.
 */
import { test, expect } from './support/app.js';

const FIGURES = ['2000', '22.3%', 'GDP', '101', '1.5'];

test('a figure at the end of a line moves whole to the next line, at every zoom', async ({ app, page }) => {
  // One paragraph of figures after prefixes of every length, so that at each zoom some fall at a line end.
  let text = '';
  for (let k = 0; k < 24; k++) text += `${'全省上下'.repeat(8).slice(0, k)}突破${FIGURES[k % FIGURES.length]}，`;
  await app.caretAt('优化全域创新生态', 'end');
  await page.keyboard.insertText(text);
  const zooms = ['90%', '100%', '110%', '125%', '150%'];
  await page.keyboard.press('Control+-');
  for (const [i, zoom] of zooms.entries()) {
    if (i > 0) await page.keyboard.press('Control+=');
    await expect(page.locator('.status-zoom')).toHaveText(zoom);
    const result = await app.editor.evaluate(
      (root, [figures, needle]) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let node: Text | null = null;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if ((n.nodeValue ?? '').includes(needle)) node = n as Text;
        }
        if (!node) throw new Error('typed text not found');
        const value = node.nodeValue!;
        const lineOf = (from: number, to: number): number[] => {
          const range = document.createRange();
          range.setStart(node!, from);
          range.setEnd(node!, to);
          return [...new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))];
        };
        let split = 0;
        let atLineStart = 0;
        let seen = 0;
        for (let at = value.indexOf('突破'); at >= 0 && seen < 100; at = value.indexOf('突破', at + 1), seen++) {
          const start = at + 2;
          const figure = figures.find((f) => value.startsWith(f, start))!;
          if (lineOf(start, start + figure.length).length > 1) split++;
          // The line ended just before the figure: the case this test is about.
          if (lineOf(start - 1, start + 1).length > 1) atLineStart++;
        }
        return { split, atLineStart, seen };
      },
      [FIGURES, '全省上下全省上下全省上下突破'] as const,
    );
    expect(result.seen, zoom).toBe(24);
    expect(result.split, `figures split across lines at ${zoom}`).toBe(0);
    expect(result.atLineStart, `no figure fell at a line end at ${zoom}`).toBeGreaterThan(0);
  }
  await app.shot('figures-at-line-end');
});
