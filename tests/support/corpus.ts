import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../../src/core/import/text.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The real district report, beside the repository in ../shared/corpus. */
export const REAL_REPORT_PATH = resolve(repoRoot, '../shared/corpus/jianghan-2022-report.txt');

export function readRealReport(): string {
  return readFileSync(REAL_REPORT_PATH, 'utf8');
}

/**
 * The real report with its body (the parts) repeated until the document
 * holds at least `minChars` characters: a long report for the benchmarks and
 * for the tests of what only shows on one (its outline does not fit the window).
 */
export function longReport(minChars = 100_000): { text: string; chars: number } {
  const lines = readRealReport().split('\n');
  const bodyStart = lines.findIndex((l) => l.trim().startsWith('一、'));
  const annexStart = lines.findIndex((l) => l.trim() === '附件');
  const head = lines.slice(0, annexStart);
  const body = lines.slice(bodyStart, annexStart);
  const tail = lines.slice(annexStart);
  const build = () => [...head, ...tail].join('\n');
  let text = build();
  let chars = importText(text).doc.textContent.length;
  while (chars < minChars) {
    head.push(...body);
    text = build();
    chars = importText(text).doc.textContent.length;
  }
  return { text, chars };
}
