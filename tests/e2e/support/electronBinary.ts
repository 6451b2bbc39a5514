/**
 * The Electron executable the `electron` package would start, if it has been
 * downloaded; found without requiring the package, which would try to
 * download it (minutes of waiting on a machine without internet).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './host.js';

export function electronBinary(env: Record<string, string | undefined> = process.env): string | null {
  const pkg = join(REPO, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const full = join(env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist'), readFileSync(pathFile, 'utf8').trim());
  return existsSync(full) ? full : null;
}

export const NO_ELECTRON =
  'Electron binary not installed (node_modules/electron/dist), as on machines that cannot download it: tests/e2e/electron-real.spec.ts is skipped; electron-shell and electron-app run the built app under a fake electron instead.';
