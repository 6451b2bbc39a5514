/**
 * Before the end-to-end tests: build the renderer (and main, preload) with
 * electron-vite, so that the browser host serves the current sources, not an
 * old out/renderer.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './support/host.js';

export default function globalSetup(): void {
  execFileSync(process.execPath, [join(REPO, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
}
