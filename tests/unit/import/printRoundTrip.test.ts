/**
 * A report compared with its own print read back as text: Caogao's PDF export
 * (GB/T 9704 lines of 28 characters, page numbers, run-in headings) through
 * `pdftotext -layout`, imported again. Unchanged, the print must compare as
 * identical; with four known edits, exactly those four changes. Needs a
 * Chromium and poppler-utils (CI installs both); without them the test is
 * skipped and says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/core/diff/index.js';
import { importText } from '../../../src/core/import/text.js';
import { findChromium } from '../../../src/node/chromium.js';
import { exportPdf } from '../../../src/node/export/pdf.js';
import { corpusReports } from '../../support/annotations.js';

const ready = findChromium() !== null && spawnSync('pdftotext', ['-v']).status === 0;
if (!ready) console.warn('printRoundTrip.test.ts skipped: needs a Chromium (apt-get install chromium) and pdftotext (apt-get install poppler-utils)');

const dir = ready ? mkdtempSync(join(tmpdir(), 'caogao-print-')) : '';

/** The document printed to PDF and read back with pdftotext -layout, as text. */
async function printAndRead(doc: PMNode, name: string): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await exportPdf(doc));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** Four edits in four paragraphs far apart: a figure, a word, an insertion and a deletion. */
function fourEdits(doc: PMNode): PMNode {
  const paragraphs: { node: PMNode; pos: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'paragraph' && node.textContent.length > 60) paragraphs.push({ node, pos });
    return node.type.name !== 'paragraph';
  });
  const picks = [0.15, 0.4, 0.65, 0.9].map((f) => paragraphs[Math.floor(f * paragraphs.length)]);
  const tr = new Transform(doc);
  // From the end backwards, so earlier positions stay valid.
  const [a, b, c, d] = picks;
  tr.delete(d.pos + 11, d.pos + 15);
  tr.insert(c.pos + 21, doc.type.schema.text('并持续巩固提升'));
  tr.replaceWith(b.pos + 6, b.pos + 8, doc.type.schema.text('切实'));
  tr.replaceWith(a.pos + 31, a.pos + 32, doc.type.schema.text('九'));
  return tr.doc;
}

const reports = corpusReports().filter((r) => !r.name.startsWith('jianghan')).slice(0, 3);

describe.skipIf(!ready)('a report against its own print read back as text', () => {
  for (const report of reports) {
    it(`${report.name}: compares as identical, and with four edits shows exactly four changes`, { timeout: 120_000 }, async () => {
      const original = importText(report.text).doc;
      const reread = importText(await printAndRead(original, report.name)).doc;
      expect(compareDocs(original, reread).changes.map((c) => `${c.kind} ${c.before.slice(0, 30)} → ${c.after.slice(0, 30)}`)).toEqual([]);

      const edited = fourEdits(original);
      const rereadEdited = importText(await printAndRead(edited, `${report.name}-edited`)).doc;
      const changes = compareDocs(original, rereadEdited).changes;
      expect(changes.map((c) => c.kind)).toEqual(['modify', 'modify', 'modify', 'modify']);
    });
  }
});
