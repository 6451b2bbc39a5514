/**
 * Review benchmark in the app (issue 14): what the user waits for, through
 * the browser host and Chromium, with the 100k-character report marked up by
 * 200 comments and 500 suggestions (tests/support/reviewLoad.ts) against the
 * same report without them (the baseline, in the same run, same steps):
 *
 *   - open: the page loads with the document in its address (&doc=PATH, as a
 *     reload or a recent file opens it) until the text is drawn, with the
 *     marks and, for the reviewed one, the comment margin laid out: from
 *     navigation start to the second frame after the editor holds the
 *     document. The app's start is in both;
 *   - save: one character typed, and once what typing sets going has
 *     settled, Ctrl+S until the status bar says saved: the page writes the
 *     file JSON, the host checks it, serializes and writes it atomically.
 *
 * Alternating rounds, medians. tests/bench/review.bench.ts measures the core
 * (parse, serialize) and the disk alone.
 * Run: npx tsx tests/bench/review-app.bench.ts   (or npm run bench -- review)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../src/node/chromium.js';
import { serializeCaogao } from '../../src/core/format/caogaoFile.js';
import { importText } from '../../src/core/import/text.js';
import { buildApp } from '../support/buildApp.js';
import { longReport } from '../support/corpus.js';
import { markUp } from '../support/reviewLoad.js';
import { chromiumForBench, startCaogao } from './host.js';
import { percentile } from './measure.js';

const ROUNDS = Number(process.env.REVIEW_ROUNDS ?? 7);

/** Navigation start to the second frame after the document is in the editor (and, when asked, the margin's cards laid out). */
async function open(page: Page, url: string, cards: boolean): Promise<number> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  if (cards) await page.waitForSelector('.comment-card', { state: 'attached', timeout: 60_000 });
  return (await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))')) as number;
}

/** One character typed at the end of the first paragraph, then Ctrl+S until the status bar says saved. */
async function save(page: Page): Promise<number> {
  await page.evaluate(`(() => {
    const p = document.querySelector('[aria-label="正文"] p.salutation') ?? document.querySelector('[aria-label="正文"] p');
    p.closest('[contenteditable]').focus();
    document.getSelection().collapse(p, p.childNodes.length);
  })()`);
  await page.keyboard.type('，');
  await page.waitForSelector('.status-save[data-state="unsaved"]');
  // What typing sets going settles first (the page view measures the pages 600 ms after typing stops): the save alone is timed.
  await page.waitForTimeout(1500);
  const start = Date.now();
  await page.keyboard.press('Control+s');
  await page.waitForSelector('.status-save[data-state="saved"]', { timeout: 60_000 });
  return Date.now() - start;
}

async function main(): Promise<void> {
  const executablePath = chromiumForBench();
  if (!executablePath) return;
  buildApp();
  const dir = await mkdtemp(join(tmpdir(), 'caogao-review-app-'));
  const { doc } = importText(longReport(100_000).text);
  const marked = markUp(doc, { comments: 200, suggestions: 500 });
  await writeFile(join(dir, 'plain.caogao'), serializeCaogao({ doc, versions: [], settings: {} }));
  await writeFile(join(dir, 'reviewed.caogao'), serializeCaogao({ doc: marked.doc, versions: [], settings: {}, comments: marked.comments }));
  const hosts = {
    plain: await startCaogao(join(dir, 'plain.caogao'), join(dir, 'data-plain')),
    reviewed: await startCaogao(join(dir, 'reviewed.caogao'), join(dir, 'data-reviewed')),
  };
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const times = { openPlain: [] as number[], openReviewed: [] as number[], savePlain: [] as number[], saveReviewed: [] as number[] };
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    const page = await context.newPage();
    // One untimed open and save of each first: Chromium's and the host's caches warm for both alike.
    for (let round = -1; round < ROUNDS; round++) {
      const openPlain = await open(page, hosts.plain.url, false);
      const savePlain = await save(page);
      const openReviewed = await open(page, hosts.reviewed.url, true);
      const saveReviewed = await save(page);
      if (round < 0) continue;
      times.openPlain.push(openPlain);
      times.savePlain.push(savePlain);
      times.openReviewed.push(openReviewed);
      times.saveReviewed.push(saveReviewed);
    }
    const drawn = (await page.evaluate(
      `({ ins: document.querySelectorAll('ins.suggestion').length, del: document.querySelectorAll('del.suggestion').length, cards: document.querySelectorAll('.comment-card').length })`,
    )) as { ins: number; del: number; cards: number };
    const med = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
    const openRatio = med(times.openReviewed) / med(times.openPlain);
    const saveRatio = med(times.saveReviewed) / med(times.savePlain);
    const all = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' / ');
    console.log(`review in the app (browser host, Chromium ${browser.version()}): the 100k-character report with 200 comments and 500 suggestions (${drawn.ins} insertion and ${drawn.del} deletion elements, ${drawn.cards} comment cards) against it without them, ${ROUNDS} alternating rounds`);
    console.log(`  open (page load with the document, text and margin drawn)  with ${med(times.openReviewed).toFixed(0)} ms   without ${med(times.openPlain).toFixed(0)} ms   ratio ${openRatio.toFixed(2)}×   (each: ${all(times.openReviewed)} | ${all(times.openPlain)})`);
    console.log(`  save (Ctrl+S until saved)                                    with ${med(times.saveReviewed).toFixed(0)} ms   without ${med(times.savePlain).toFixed(0)} ms   ratio ${saveRatio.toFixed(2)}×   (each: ${all(times.saveReviewed)} | ${all(times.savePlain)})`);
    console.log(`  goal < 1.5×: open ${openRatio < 1.5 ? 'met' : 'NOT met'}, save ${saveRatio < 1.5 ? 'met' : 'NOT met'}`);
  } finally {
    await browser.close();
    hosts.plain.stop();
    hosts.reviewed.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
