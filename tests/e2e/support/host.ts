/**
 * The browser host under test: `caogao web FILE --port 0` started as a user
 * would start it, with its own data folder (settings, backups) so that runs
 * do not see each other, and the report copied to a temporary folder so that
 * saving writes nowhere else. The URL is read from the first line of stdout.
 *
 * Stopping sends SIGTERM and waits for the process to end. A host that has
 * not ended EXIT_WAIT_MS later is a bug in the host (something keeps it
 * alive): it is killed, so that nothing is left running, and the stop fails
 * saying so, instead of hanging until the test's own timeout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { REAL_REPORT_PATH, repoRoot } from '../../support/corpus.js';
import { seedIdentity } from '../../support/identity.js';

export const REPO = repoRoot;
export const REAL_REPORT = REAL_REPORT_PATH;

const URL_WAIT_MS = 60_000;
const EXIT_WAIT_MS = 15_000;

/** One `caogao web` process. */
export interface WebProcess {
  url: string;
  child: ChildProcess;
  /** Send `signal` (SIGTERM: the way a user stops it; SIGKILL: a crash) and wait until the process has ended. */
  exit(signal?: NodeJS.Signals): Promise<void>;
}

export interface RunningHost {
  url: string;
  /** The folder holding the copied report (and anything saved). */
  dir: string;
  /** Stop the host (SIGTERM), keeping its folder. */
  exit(): Promise<void>;
  /** Stop the host, then remove its folder. */
  stop(): Promise<void>;
}

const ended = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (ended(child)) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(ended(child)), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/**
 * Start `caogao web FILE` (or `caogao web` without a document: null) on the data folder `dataDir` (which may
 * outlive the process). A fresh folder gets a user who already confirmed their name, unless `identity` is
 * false (the first-start question).
 */
export async function spawnWeb(file: string | null, dataDir: string, { identity = true } = {}): Promise<WebProcess> {
  if (identity) await seedIdentity(dataDir);
  const child = spawn(process.execPath, [join(REPO, 'bin/caogao.mjs'), 'web', ...(file ? [file] : []), '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, CAOGAO_DATA_DIR: dataDir, LANG: 'zh_CN.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`caogao web did not print its URL in ${URL_WAIT_MS / 1000} s\n${errors}`));
    }, URL_WAIT_MS);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => /^https?:\/\//.test(l.trim()));
      if (line) {
        clearTimeout(timer);
        done(line.trim());
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`caogao web exited with ${code ?? signal} before printing its URL\n${errors}`));
    });
  });
  return {
    url,
    child,
    async exit(signal = 'SIGTERM') {
      if (ended(child)) return;
      child.kill(signal);
      if (await waitForExit(child, EXIT_WAIT_MS)) return;
      child.kill('SIGKILL');
      await waitForExit(child, EXIT_WAIT_MS);
      throw new Error(`caogao web (pid ${child.pid}) was still running ${EXIT_WAIT_MS / 1000} s after ${signal}: killed\n${errors}`);
    },
  };
}

/** A host on a copy of `file` in a fresh temporary folder. */
export async function startHost(file: string = REAL_REPORT, options: { identity?: boolean } = {}): Promise<RunningHost> {
  const dir = await mkdtemp(join(tmpdir(), 'caogao-e2e-'));
  const copy = join(dir, basename(file));
  await copyFile(file, copy);
  let web: WebProcess;
  try {
    web = await spawnWeb(copy, join(dir, 'data'), options);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: web.url,
    dir,
    exit: () => web.exit('SIGTERM'),
    async stop() {
      try {
        await web.exit('SIGTERM');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
