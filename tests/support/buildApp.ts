/**
 * `electron-vite build` of the repository (out/main, out/preload,
 * out/renderer), for the tests and benchmarks that need the built app: its
 * own output is dropped, its errors shown; a failed build throws.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './corpus.js';

export function buildApp(): void {
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}
