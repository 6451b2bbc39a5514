/**
 * Checks benchmark: a full check of a ~100k-character report, and a re-check
 * after typing in one paragraph, against importing the same text (importText,
 * the baseline) in the same run. Goal: full check under 20 ms.
 *
 * The report is the real one with its three parts repeated (parts renumbered
 * 一 … 十八, the glossary once), so every rule has real text to read.
 * Run: npx tsx tests/bench/checks.bench.ts
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { Checker, RULES, runChecks } from '../../src/core/checks/index.js';
import { importText } from '../../src/core/import/text.js';
import { toChineseNumeral } from '../../src/core/numerals.js';
import { reportSchema } from '../../src/core/schema.js';
import { readRealReport } from '../support/corpus.js';
import { measure, ms, percentile, type Timing } from './measure.js';

/** The real report with its parts repeated to about `target` characters of text. */
function longReport(target: number): string {
  const real = readRealReport();
  const bodyStart = real.indexOf('一、过去五年工作回顾');
  const annexStart = real.indexOf('\n附件');
  const head = real.slice(0, bodyStart);
  const body = real.slice(bodyStart, annexStart);
  const annex = real.slice(annexStart);
  const copies = Math.max(1, Math.round((target - (real.length - body.length)) / body.length));
  const parts: string[] = [];
  for (let k = 0; k < copies; k++) {
    parts.push(body.replace(/^([一二三])、/gm, (_, n: string) => `${toChineseNumeral(3 * k + ' 一二三'.indexOf(n))}、`));
  }
  return head + parts.join('\n') + annex;
}

function textLength(doc: PMNode): number {
  let n = 0;
  doc.descendants((node) => {
    if (node.isText) n += node.text!.length;
    return true;
  });
  return n;
}

const source = longReport(100_000);
const { doc } = importText(source);
const chars = textLength(doc);

/**
 * A full check always reads a document it has never seen: the target
 * extractor caches per block node, so checking the same object twice would
 * time the cache. Each run gets a fresh copy, made outside the timing.
 */
function measureFresh(runs: number, warmup: number): Timing {
  const json = doc.toJSON();
  const times: number[] = [];
  for (let i = 0; i < runs + warmup; i++) {
    const fresh = reportSchema.nodeFromJSON(json);
    const start = performance.now();
    runChecks(fresh);
    if (i >= warmup) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), min: times[0], max: times[times.length - 1], runs };
}

const full = measureFresh(41, 10);

// Incremental: type one character into a paragraph of the year part, again and again.
let paragraph = -1;
doc.descendants((node, pos) => {
  if (paragraph < 0 && node.type.name === 'paragraph' && node.textContent.startsWith('千方百计扩大就业')) paragraph = pos;
  return paragraph < 0;
});
const edited = new Transform(doc).insert(paragraph + 5, reportSchema.text('，')).doc;
const editedId = edited.nodeAt(paragraph)!.attrs.id as string;
const checker = new Checker();
let flip = false;
const incremental = measure(() => {
  flip = !flip;
  checker.update(flip ? edited : doc, [editedId]);
}, 41);
checker.check(doc);
checker.update(edited, [editedId]);
const stats = checker.stats;

const baseline = measure(() => importText(source), 31, 5);

// Each rule alone, to see where the time goes.
const perRule = RULES.map((r) => ({ id: r.id, timing: measure(() => runChecks(reportSchema.nodeFromJSON(doc.toJSON()), {}, { rules: [r.id] }), 11, 2) }));
const copying = measure(() => reportSchema.nodeFromJSON(doc.toJSON()), 11, 2);

console.log(`checks: ${chars} characters of text (the real report's parts ×${Math.round(chars / 16000)}), ${runChecks(doc).length} findings`);
console.log(`  full check (runChecks)   ${ms(full.median)}  median of ${full.runs} (min ${ms(full.min)}, max ${ms(full.max)})`);
console.log(`  after typing (update)    ${ms(incremental.median)}  median of ${incremental.runs}; ran block rules on ${stats.blocks} block(s), document rules: ${stats.documentRules.join(', ') || 'none'}`);
console.log(`  baseline importText      ${ms(baseline.median)}  of the same text`);
console.log(`  ratio                    full check = ${(full.median / baseline.median).toFixed(2)}× importText; goal < 20 ms: ${full.median < 20 ? 'met' : 'NOT met'}`);
console.log('  by rule (each run alone on a fresh copy, index included; copying alone takes ' + ms(copying.median) + ', subtract it):');
for (const r of perRule.sort((a, b) => b.timing.median - a.timing.median)) console.log(`    ${r.id.padEnd(22)} ${ms(r.timing.median)}`);
