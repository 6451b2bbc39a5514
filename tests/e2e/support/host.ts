/**
 * The browser host under test: `caogao web FILE --port 0` started as a user
 * would start it, with its own data folder (settings, backups) so that runs
 * do not see each other, and the report copied to a temporary folder so that
 * saving writes nowhere else. The URL is read from the first line of stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');
export const REAL_REPORT = resolve(REPO, '../shared/corpus/jianghan-2022-report.txt');

export interface RunningHost {
  url: string;
  /** The folder holding the copied report (and anything saved). */
  dir: string;
  stop(): Promise<void>;
}

export async function startHost(file: string = REAL_REPORT): Promise<RunningHost> {
  const dir = await mkdtemp(join(tmpdir(), 'caogao-e2e-'));
  const copy = join(dir, basename(file));
  await copyFile(file, copy);
  const child: ChildProcess = spawn(process.execPath, [join(REPO, 'bin/caogao.mjs'), 'web', copy, '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, CAOGAO_DATA_DIR: join(dir, 'data'), LANG: 'zh_CN.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`caogao web did not print its URL in time\n${errors}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => /^https?:\/\//.test(l.trim()));
      if (line) {
        clearTimeout(timer);
        done(line.trim());
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`caogao web exited with ${code}\n${errors}`));
    });
  });
  return {
    url,
    dir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
