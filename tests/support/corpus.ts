import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The real district report, beside the repository in ../shared/corpus. */
export const REAL_REPORT_PATH = resolve(repoRoot, '../shared/corpus/jianghan-2022-report.txt');

export function readRealReport(): string {
  return readFileSync(REAL_REPORT_PATH, 'utf8');
}
