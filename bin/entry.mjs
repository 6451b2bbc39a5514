// Which `caogao` to run: the command line built by `npm run build`
// (out/main/cli.js, one bundle: starts in a fraction of a second), or the
// TypeScript sources through tsx (about a second to start, but always current).
//
// The build is used only when it is at least as new as everything it is built
// from: every file under src/, package-lock.json (the dependencies) and
// electron.vite.config.ts. So a developer who edits src/ and runs `npx caogao`
// runs the edit, never a stale build. Looking costs a stat of each source file
// (a few milliseconds for the ~250 files); a folder's own mtime is not enough,
// as editing a file in place does not change it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The built command line and the sources, relative to the package root. */
export const BUILT_CLI = 'out/main/cli.js';
export const SOURCE_CLI = 'src/cli/index.ts';
/** What the build is made from: a change to any of these makes it stale. */
export const BUILD_INPUTS = ['src', 'package-lock.json', 'electron.vite.config.ts'];

/** Newest modification time (ms) of a file, or of any file under a folder; -Infinity when there is none. */
export function newestMtime(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return -Infinity;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = -Infinity;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/**
 * The rule, pure: 'built' when the build exists (builtMtime is finite) and is
 * not older than the newest input, else 'sources'. fromSources (the
 * environment variable CAOGAO_FROM_SOURCES) forces the sources.
 */
export function chooseEntry({ builtMtime, sourcesMtime, fromSources = false }) {
  if (fromSources || !Number.isFinite(builtMtime)) return 'sources';
  return builtMtime >= sourcesMtime ? 'built' : 'sources';
}

/** The entry to run for the package at `root`: its kind and absolute path. */
export function entryFor(root, env = process.env) {
  const fromSources = !!env.CAOGAO_FROM_SOURCES;
  const builtMtime = fromSources ? -Infinity : newestMtime(join(root, BUILT_CLI));
  // The sources are walked only when there is a build to compare them with.
  const sourcesMtime = Number.isFinite(builtMtime) ? Math.max(...BUILD_INPUTS.map((p) => newestMtime(join(root, p)))) : -Infinity;
  const kind = chooseEntry({ builtMtime, sourcesMtime, fromSources });
  return { kind, path: join(root, kind === 'built' ? BUILT_CLI : SOURCE_CLI) };
}
