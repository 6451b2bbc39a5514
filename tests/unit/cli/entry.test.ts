import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseEntry, entryFor, newestMtime } from '../../../bin/entry.mjs';
import { repoRoot } from '../../support/corpus.js';

/** A file with a given modification time (seconds since the epoch). */
function file(path: string, mtime: number, text = ''): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  utimesSync(path, mtime, mtime);
}

/** A package root with sources, a lock file and (unless built is null) a build, at the given times. */
function packageAt(times: { built: number | null; source: number; lock?: number }): string {
  const root = mkdtempSync(join(tmpdir(), 'caogao-entry-'));
  file(join(root, 'src/cli/index.ts'), 1000);
  file(join(root, 'src/core/deep/edited.ts'), times.source);
  file(join(root, 'package-lock.json'), times.lock ?? 1000);
  if (times.built !== null) file(join(root, 'out/main/cli.js'), times.built);
  return root;
}

describe('which caogao runs: the rule', () => {
  it('runs the build when it is newer than every source, or as new', () => {
    expect(chooseEntry({ builtMtime: 2000, sourcesMtime: 1000 })).toBe('built');
    expect(chooseEntry({ builtMtime: 1000, sourcesMtime: 1000 })).toBe('built');
  });

  it('runs the sources when one of them changed after the build', () => {
    expect(chooseEntry({ builtMtime: 1000, sourcesMtime: 1000.5 })).toBe('sources');
  });

  it('runs the sources when there is no build, or when asked to', () => {
    expect(chooseEntry({ builtMtime: -Infinity, sourcesMtime: 1000 })).toBe('sources');
    expect(chooseEntry({ builtMtime: 2000, sourcesMtime: 1000, fromSources: true })).toBe('sources');
  });
});

describe('which caogao runs: on disk', () => {
  it('finds the newest file however deep under a folder, and -Infinity for nothing', () => {
    const root = packageAt({ built: null, source: 5000 });
    expect(newestMtime(join(root, 'src'))).toBe(5000_000);
    expect(newestMtime(join(root, 'missing'))).toBe(-Infinity);
  });

  it('takes the build while it is current and the sources as soon as a file under src/ is edited', () => {
    const root = packageAt({ built: 3000, source: 2000 });
    expect(entryFor(root, {})).toEqual({ kind: 'built', path: join(root, 'out/main/cli.js') });
    utimesSync(join(root, 'src/core/deep/edited.ts'), 4000, 4000);
    expect(entryFor(root, {})).toEqual({ kind: 'sources', path: join(root, 'src/cli/index.ts') });
  });

  it('counts a change of dependencies (package-lock.json) as a change of the sources', () => {
    expect(entryFor(packageAt({ built: 3000, source: 2000, lock: 3500 }), {}).kind).toBe('sources');
  });

  it('runs the sources without a build, and with CAOGAO_FROM_SOURCES', () => {
    expect(entryFor(packageAt({ built: null, source: 2000 }), {}).kind).toBe('sources');
    expect(entryFor(packageAt({ built: 3000, source: 2000 }), { CAOGAO_FROM_SOURCES: '1' }).kind).toBe('sources');
  });

  it('bin/caogao.mjs runs the entry the rule picks, with the arguments', () => {
    // A copy of bin/ in a package whose build and sources each say which they are.
    const root = packageAt({ built: 3000, source: 2000 });
    mkdirSync(join(root, 'bin'));
    for (const name of ['caogao.mjs', 'entry.mjs']) copyFileSync(join(repoRoot, 'bin', name), join(root, 'bin', name));
    symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'junction');
    file(join(root, 'out/main/cli.js'), 3000, "console.log('built', process.argv.slice(2).join(' '));\n");
    file(join(root, 'src/cli/index.ts'), 1000, "const from: string = 'sources';\nconsole.log(from, process.argv.slice(2).join(' '));\n");
    const caogao = (): string =>
      spawnSync(process.execPath, [join(root, 'bin/caogao.mjs'), 'outline', 'a b.txt'], { encoding: 'utf8', env: { ...process.env, CAOGAO_FROM_SOURCES: '' } }).stdout;
    expect(caogao()).toBe('built outline a b.txt\n');
    utimesSync(join(root, 'src/cli/index.ts'), 4000, 4000);
    expect(caogao()).toBe('sources outline a b.txt\n');
  });
});
