/**
 * The Electron fuses flipped at packaging (build/fuses.mjs, issue 12): the
 * ones that let an environment variable or a flag run the binary as Node.js
 * are off, asar integrity and app.asar-only loading are on. The binary is not
 * on these machines, so the config is what can be checked here.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fuseConfig } from '../../../build/fuses.mjs';
import { repoRoot } from '../../support/corpus.js';

describe('Electron fuses', () => {
  it('turn off running as Node.js, NODE_OPTIONS and the inspect arguments', () => {
    expect(fuseConfig.version).toBe(FuseVersion.V1);
    expect(fuseConfig[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
  });

  it('turn on asar integrity and loading the app only from app.asar', () => {
    expect(fuseConfig[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfig[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });

  it('set every fuse @electron/fuses knows, each to a boolean', () => {
    const known = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    for (const fuse of known) expect(typeof (fuseConfig as Record<number, unknown>)[fuse], FuseV1Options[fuse]).toBe('boolean');
  });

  it('the flipping script refuses a binary that is not there, with one line and exit 2', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/flip-fuses.mjs'), join(repoRoot, 'no-such-electron')], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('找不到');
  });
});
