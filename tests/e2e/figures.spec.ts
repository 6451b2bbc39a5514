/**
 * Figures are never split across lines (issue 13, item 2): a run of digits
 * with its decimal point and per cent sign (2000, 22.3%), a Latin word (GDP)
 * and a figure with its Chinese unit and qualifier (2000亿元, 7.5%左右, 101个)
 * stay on one line wherever the line ends fall, at several zooms; and the
 * HTML export (the PDF's source) holds the same figures in one line.
 */
import { test, expect } from './support/app.js';

/** The paragraph the figures are typed after. */
const ANCHOR = '优化全域创新生态';
const FIGURES = ['2000', '22.3%', 'GDP', '101', '1.5', '2000亿元', '7.5%左右', '101个', '5—6家'];
/** Prefix lengths 0 … 29: more than a line holds (28 characters). */
const PREFIXES = 30;

test('a figure at the end of a line moves whole to the next line, at every zoom', async ({ app, page }) => {
  // One paragraph with each figure after prefixes of every length up to a line's, so that at each zoom
  // the line ends fall before and inside every figure somewhere.
  let text = '';
  for (const figure of FIGURES) {
    for (let k = 0; k < PREFIXES; k++) text += `${'全省上下'.repeat(8).slice(0, k)}突破${figure}，`;
  }
  await app.caretAt(ANCHOR, 'end');
  await page.keyboard.insertText(text);
  const zooms = ['90%', '100%', '110%', '125%', '150%'];
  await page.keyboard.press('Control+-');
  for (const [i, zoom] of zooms.entries()) {
    if (i > 0) await page.keyboard.press('Control+=');
    await expect(page.locator('.status-zoom')).toHaveText(zoom);
    const result = await app.editor.evaluate(
      (root, [figures, needle, anchor, total]) => {
        // The paragraph's text, across the text nodes that the figures' spans cut it into.
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        const value = nodes.map((n) => n.nodeValue ?? '').join('');
        if (!value.includes(needle)) throw new Error('typed text not found');
        const point = (offset: number): [Text, number] => {
          let k = 0;
          while (offset > nodes[k].length) offset -= nodes[k++].length;
          return [nodes[k], offset];
        };
        const lineOf = (from: number, to: number): number[] => {
          const range = document.createRange();
          range.setStart(...point(from));
          range.setEnd(...point(to));
          return [...new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))];
        };
        let split = 0;
        let atLineStart = 0;
        let seen = 0;
        for (let at = value.indexOf('突破', value.indexOf(anchor) + anchor.length); at >= 0 && seen < total; at = value.indexOf('突破', at + 1), seen++) {
          const start = at + 2;
          // The longest figure typed there (2000亿元, not 2000).
          const figure = [...figures].sort((a, b) => b.length - a.length).find((f) => value.startsWith(f, start));
          if (!figure) throw new Error(`no typed figure after 突破 at ${start}`);
          if (lineOf(start, start + figure.length).length > 1) split++;
          // The line ended just before the figure: the case this test is about.
          if (lineOf(start - 1, start + 1).length > 1) atLineStart++;
        }
        return { split, atLineStart, seen };
      },
      [FIGURES, '全省上下全省上下全省上下突破', ANCHOR, FIGURES.length * PREFIXES] as const,
    );
    expect(result.seen, zoom).toBe(FIGURES.length * PREFIXES);
    expect(result.split, `figures split across lines at ${zoom}`).toBe(0);
    expect(result.atLineStart, `no figure fell at a line end at ${zoom}`).toBeGreaterThan(0);
  }
  await app.shot('figures-at-line-end');
});
