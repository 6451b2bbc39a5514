/**
 * `caogao web FILE` started for a benchmark, as a user starts it, with its
 * own user-data folder and a user who already gave their name (the
 * first-start question would take the keys).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { MISSING_CHROMIUM, findChromium } from '../../src/node/chromium.js';
import { seedIdentity } from '../support/identity.js';
import { repoRoot as REPO } from '../support/corpus.js';

export async function startCaogao(file: string, dataDir: string): Promise<{ url: string; stop: () => void }> {
  await seedIdentity(dataDir);
  const child = spawn(process.execPath, [join(REPO, 'bin/caogao.mjs'), 'web', file, '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, CAOGAO_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const url = await new Promise<string>((done) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('http'));
      if (line) done(line.trim());
    });
  });
  return { url, stop: () => child.kill('SIGTERM') };
}


/** The Chromium to measure in; without one, says how to get it and marks the run failed. */
export function chromiumForBench(): string | null {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log(MISSING_CHROMIUM);
    process.exitCode = 1;
  }
  return executablePath;
}
