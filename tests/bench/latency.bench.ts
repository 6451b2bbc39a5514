/**
 * Keystroke-to-render latency in Chromium: Caogao's editor on a report of
 * over 100,000 characters, with the outline and the checks panel on, against
 * a plain ProseMirror editor with the basic schema on the same text, in the
 * same run and the same browser. Keys are typed at a human pace with short
 * pauses, so that the checks, the outline and 字数 do run between keystrokes
 * (a keystroke that arrives while they run waits, and that wait is counted).
 *
 * Figures (ms), p50 and p95 over all measured keystrokes of all rounds, and
 * the p95 of each round (see latency-probe.js); the rounds alternate between
 * the two editors, and the first keys of a round are not counted:
 *   frame — key event to the next rendered frame (what the user sees);
 *   input — key event to the DOM updated and laid out (no wait for a frame).
 * Then where the time went, for all keys and for the slowest tenth: input,
 * the wait from there to the frame's start (requestAnimationFrame), and the
 * frame's own work. A wait of several milliseconds means the frame clock was
 * running when the key came (a frame asked for after the last key: see
 * src/renderer/panels/outlinePanel.ts), rather than our code being slow.
 * Goal: p95 (frame) under 16 ms.
 *
 * Run: npm run bench -- latency   (needs Chromium, see src/node/chromium.ts)
 *
 * LATENCY_REVIEW=1 runs the review variant (issue 14): Caogao opens the same
 * report as a .caogao with 200 comments (批注, in the margin beside the page)
 * and 500 suggestions (修订, drawn underlined and struck) by three reviewers
 * (tests/support/reviewLoad.ts); the baseline is unchanged.
 */
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../../src/node/chromium.js';
import { serializeCaogao } from '../../src/core/format/caogaoFile.js';
import { importText } from '../../src/core/import/text.js';
import { buildApp } from '../support/buildApp.js';
import { chromiumForBench, startCaogao } from './host.js';
import { markUp } from '../support/reviewLoad.js';
import { longReport } from '../support/corpus.js';
import { percentile } from './measure.js';

const REVIEW = process.env.LATENCY_REVIEW === '1';
const TARGET_CHARS = 100_000;
const ROUNDS = Number(process.env.LATENCY_ROUNDS ?? 5);
const KEYS_PER_ROUND = 100;
const WARMUP_KEYS = 15;
/** Keys typed, not counted, at the start of each round: the page has just been brought to the front. */
const SETTLE_KEYS = 3;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain; charset=utf-8' };

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    readFile(path.endsWith('/') ? join(path, 'latency-baseline.html') : path).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'text/html' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` })));
}

async function buildBaseline(outDir: string): Promise<void> {
  await build({
    root: import.meta.dirname,
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rollupOptions: { input: join(import.meta.dirname, 'latency-baseline.html') } },
  });
}

/** Put the caret in the middle of the first paragraph containing `needle` (page code as a string: no DOM types here). */
const placeCaret = (needle: string): string => `(() => {
  const root = document.querySelector('[aria-label="正文"]');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const i = node.nodeValue.indexOf(${JSON.stringify(needle)});
    if (i < 0) continue;
    root.focus();
    document.getSelection().collapse(node, i + ${needle.length});
    return true;
  }
  return false;
})()`;

/** A small deterministic pseudo-random sequence, so both editors get the same pacing. */
function pacing(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function typeKeys(page: Page, count: number, random: () => number): Promise<void> {
  const keys = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < count; i++) {
    const before = (await page.evaluate('window.__latency.frame.length')) as number;
    await page.keyboard.press(keys[i % keys.length]);
    await page.waitForFunction((n) => {
      const probe = (globalThis as unknown as { __latency: { frame: number[]; on: boolean } }).__latency;
      return probe.frame.length > n || !probe.on;
    }, before);
    // 40–120 ms between keys, and a pause now and then in which the checks run.
    await sleep(i % 25 === 24 ? 700 : 40 + random() * 80);
  }
}

interface Samples {
  frame: number[];
  input: number[];
  raf: number[];
  longTasks: number[];
}

async function measureRound(page: Page, keys: number, seed: number): Promise<Samples> {
  await page.evaluate('window.__latency.on = true');
  await typeKeys(page, SETTLE_KEYS, pacing(seed + 100));
  await page.evaluate('window.__latency.frame = []; window.__latency.input = []; window.__latency.raf = []; window.__latency.longTasks = []');
  await typeKeys(page, keys, pacing(seed));
  await sleep(200);
  const samples = (await page.evaluate('({ frame: window.__latency.frame, input: window.__latency.input, raf: window.__latency.raf, longTasks: window.__latency.longTasks })')) as Samples;
  await page.evaluate('window.__latency.on = false');
  return samples;
}

async function openEditor(page: Page, url: string, isCaogao: boolean): Promise<void> {
  await page.addInitScript({ path: join(import.meta.dirname, 'latency-probe.js') });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  if (isCaogao) {
    // The checks have run once and the panel lists their findings (a group of many starts folded).
    await page.waitForSelector('[role="region"][aria-label="检查结果"] [data-rule]', { state: 'attached', timeout: 60_000 });
  }
  if (!(await page.evaluate(placeCaret('构建舒适便捷生活空间。')))) throw new Error('caret text not found');
  await page.evaluate('window.__latency.on = true');
  await typeKeys(page, WARMUP_KEYS, pacing(1));
  await page.evaluate('window.__latency.on = false');
}

function summary(name: string, all: Samples): string {
  const f = [...all.frame].sort((a, b) => a - b);
  const i = [...all.input].sort((a, b) => a - b);
  const fmt = (n: number) => n.toFixed(1).padStart(6);
  const longest = all.longTasks.length ? Math.max(...all.longTasks).toFixed(0) : '0';
  return `${name.padEnd(34)} frame p50 ${fmt(percentile(f, 50))}  p95 ${fmt(percentile(f, 95))}   input p50 ${fmt(percentile(i, 50))}  p95 ${fmt(percentile(i, 95))}   (${f.length} keys, long tasks ${all.longTasks.length}, longest ${longest} ms)`;
}

async function main(): Promise<void> {
  const executablePath = chromiumForBench();
  if (!executablePath) return;
  const dir = await mkdtemp(join(tmpdir(), 'caogao-latency-'));
  const { text, chars } = longReport(TARGET_CHARS);
  await writeFile(join(dir, 'report.txt'), text);
  if (REVIEW) {
    const { doc, comments } = markUp(importText(text).doc, { comments: 200, suggestions: 500 });
    await writeFile(join(dir, 'report.caogao'), serializeCaogao({ doc, versions: [], settings: {}, comments }));
  }
  buildApp();
  await buildBaseline(join(dir, 'baseline'));
  await writeFile(join(dir, 'baseline', 'report.txt'), text);
  const baseline = await serve(join(dir, 'baseline'));
  const caogao = await startCaogao(join(dir, REVIEW ? 'report.caogao' : 'report.txt'), join(dir, 'data'));
  // A host of its own for the page-view-off editor: one document is edited in one window at a time.
  await writeFile(join(dir, 'report-flat.txt'), text);
  const caogaoFlat = await startCaogao(join(dir, 'report-flat.txt'), join(dir, 'data-flat'));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const appPage = await context.newPage();
    const basePage = await context.newPage();
    // The same app with the page view off (视图 › 页面视图), to show what the page view costs in the same run.
    const flatPage = await context.newPage();
    await openEditor(appPage, caogao.url, true);
    await openEditor(basePage, baseline.url, false);
    await openEditor(flatPage, caogaoFlat.url, true);
    await flatPage.keyboard.press('Control+Shift+P');
    await flatPage.keyboard.type('页面视图');
    await flatPage.keyboard.press('Enter');
    await flatPage.waitForFunction(() => !document.querySelector('.pages-on'));
    if (!(await flatPage.evaluate(placeCaret('构建舒适便捷生活空间。')))) throw new Error('caret text not found');
    const flat = { frame: [] as number[] };
    const totals = { app: { frame: [], input: [], raf: [], longTasks: [] } as Samples, base: { frame: [], input: [], raf: [], longTasks: [] } as Samples };
    const perRound = { app: [] as number[], base: [] as number[] };
    const p95 = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 95);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [page, into] of [
        [appPage, totals.app],
        [basePage, totals.base],
      ] as const) {
        await page.bringToFront();
        const s = await measureRound(page, KEYS_PER_ROUND, 7 + round);
        into.frame.push(...s.frame);
        into.input.push(...s.input);
        into.raf.push(...s.raf);
        into.longTasks.push(...s.longTasks);
        (page === appPage ? perRound.app : perRound.base).push(p95(s.frame));
      }
      await flatPage.bringToFront();
      flat.frame.push(...(await measureRound(flatPage, KEYS_PER_ROUND, 7 + round)).frame);
    }
    console.log(`keystroke-to-render, report of ${chars.toLocaleString('en')} characters, Chromium ${browser.version()}, ${ROUNDS} rounds of ${KEYS_PER_ROUND} keys each`);
    if (REVIEW) {
      const drawn = (await appPage.evaluate(
        `({ ins: document.querySelectorAll('ins.suggestion').length, del: document.querySelectorAll('del.suggestion').length, ranges: new Set([...document.querySelectorAll('.comment-range')].map((e) => e.dataset.comment)).size, cards: document.querySelectorAll('.comment-card:not([hidden])').length })`,
      )) as { ins: number; del: number; ranges: number; cards: number };
      console.log(`review load: 200 comments, 500 suggestions; in the page ${drawn.ins} insertion and ${drawn.del} deletion elements, ${drawn.ranges} comment ranges, ${drawn.cards} cards laid out beside the visible text`);
    }
    console.log(summary(REVIEW ? 'Caogao (review: margin and marks)' : 'Caogao (outline, checks, page view)', totals.app));
    console.log(summary('baseline: ProseMirror, basic schema', totals.base));
    console.log(`ratio Caogao / baseline, p95 frame: ${(p95(totals.app.frame) / p95(totals.base.frame)).toFixed(2)}, p95 input: ${(p95(totals.app.input) / p95(totals.base.input)).toFixed(2)}`);
    const spread = (xs: number[]) => [10, 50, 90, 95, 99, 100].map((p) => percentile([...xs].sort((a, b) => a - b), p).toFixed(1)).join(' / ');
    console.log(`frame p10 / p50 / p90 / p95 / p99 / max — Caogao: ${spread(totals.app.frame)}; baseline: ${spread(totals.base.frame)}`);
    const rounds = (xs: number[]) => `${xs.map((x) => x.toFixed(1)).join(' / ')} (median ${percentile([...xs].sort((a, b) => a - b), 50).toFixed(1)})`;
    console.log(`frame p95 of each round — Caogao: ${rounds(perRound.app)}; baseline: ${rounds(perRound.base)}`);
    for (const [name, all] of [['Caogao', totals.app], ['baseline', totals.base]] as const) {
      const n = Math.min(all.frame.length, all.input.length, all.raf.length);
      const idx = [...Array(n).keys()].sort((a, b) => all.frame[a] - all.frame[b]);
      const slow = idx.slice(Math.floor(n * 0.9));
      const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(1);
      const parts = (ks: number[]) => `input ${mean(ks.map((k) => all.input[k]))}, wait ${mean(ks.map((k) => all.raf[k] - all.input[k]))}, frame work ${mean(ks.map((k) => all.frame[k] - all.raf[k]))}`;
      console.log(`${name}: all keys — ${parts(idx)}; slowest tenth — ${parts(slow)}`);
    }
    // The page view measures the pages a while after typing stops (src/renderer/pages/installPages.ts).
    const pages = (await appPage.evaluate(`({ n: document.querySelector('.page')?.dataset.pages, ms: performance.getEntriesByName('caogao-pages').map((e) => e.duration) })`)) as { n?: string; ms: number[] };
    const ms = [...pages.ms].sort((a, b) => a - b);
    console.log(`page view: ${pages.n ?? '?'} pages, measured ${ms.length} times after typing stopped, median ${percentile(ms, 50).toFixed(1)} ms, max ${(ms.at(-1) ?? 0).toFixed(1)} ms`);
    // The findings underlined in the text (decorations mapped on each keystroke), as they stood after the last round.
    const marks = (await appPage.evaluate("document.querySelectorAll('.report .finding-mark, .report .finding-block').length")) as number;
    console.log(`findings marked in the text: ${marks}`);
    console.log(`Caogao with the page view off, same run: frame p50 ${percentile([...flat.frame].sort((a, b) => a - b), 50).toFixed(1)}, p95 ${p95(flat.frame).toFixed(1)} (on: p95 ${p95(totals.app.frame).toFixed(1)})`);
    console.log(`goal p95 (frame) under 16 ms: ${p95(totals.app.frame) < 16 ? 'met' : 'NOT met'} (${p95(totals.app.frame).toFixed(1)} ms)`);
  } finally {
    await browser.close();
    caogao.stop();
    caogaoFlat.stop();
    baseline.server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
