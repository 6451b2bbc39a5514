/**
 * Versions benchmark: a .caogao file holding 50 named versions of a
 * 30k-character report must open (parse + validate every document against
 * the schema) in under 1 s. Baseline in the same run: JSON.parse of the same
 * text, with no validation. Each version differs from the last by one edited
 * paragraph, as drafts do.
 * Run: npx tsx tests/bench/versions.bench.ts
 */
import { Fragment, Slice, type Node as PMNode } from 'prosemirror-model';
import { parseCaogao, serializeCaogao, type CaogaoFile } from '../../src/core/format/caogaoFile.js';
import { importText } from '../../src/core/import/text.js';
import { reportSchema } from '../../src/core/schema.js';
import { saveAsVersion } from '../../src/core/versions.js';
import { readRealReport } from '../support/corpus.js';
import { measure, ms } from './measure.js';

const VERSIONS = 50;
const TARGET_CHARS = 30_000;

const real = readRealReport();
const countChars = (doc: PMNode): number => doc.textContent.length;

// The real report repeated until the draft has 30k characters of text.
let source = real;
while (countChars(importText(source).doc) < TARGET_CHARS) source += `\n${real}`;
let doc = importText(source).doc;
const chars = countChars(doc);

/** Change the text of the n-th paragraph: one edit between versions. */
function edit(d: PMNode, n: number): PMNode {
  const paragraphs: number[] = [];
  d.descendants((node, pos) => {
    if (node.type.name === 'paragraph' && node.content.size > 0) paragraphs.push(pos);
    return !node.isTextblock;
  });
  const pos = paragraphs[(n * 7) % paragraphs.length];
  const para = d.nodeAt(pos)!;
  const text = reportSchema.text(`第${n + 1}稿修改：${para.textContent}`);
  return d.replace(pos + 1, pos + 1 + para.content.size, new Slice(Fragment.from(text), 0, 0));
}

let file: CaogaoFile = { doc, versions: [], settings: {} };
for (let i = 0; i < VERSIONS; i++) {
  file = saveAsVersion(file, `第${i + 1}稿`, { author: '起草组', createdAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), id: `v${i + 1}` });
  doc = edit(doc, i);
  file = { ...file, doc };
}
const text = serializeCaogao(file);

const open = measure(() => parseCaogao(text, 'bench.caogao'), 9, 2);
const baseline = measure(() => JSON.parse(text), 9, 2);

console.log(`versions: a .caogao file with ${VERSIONS} versions of a ${chars}-character report (${(text.length / 1024 / 1024).toFixed(1)} MiB), median of ${open.runs} runs`);
console.log(`  open (parse + validate)  ${ms(open.median)}  (min ${ms(open.min)}, max ${ms(open.max)})`);
console.log(`  baseline JSON.parse      ${ms(baseline.median)}  (min ${ms(baseline.min)}, max ${ms(baseline.max)})`);
console.log(`  ratio                    ${(open.median / baseline.median).toFixed(2)}× the baseline; goal < 1000 ms: ${open.median < 1000 ? 'met' : 'NOT met'}`);
