/**
 * Runs the built main process (out/main/index.js) in a child Node under the
 * recording fake of electron (register.mjs + scenario.mjs), with its own
 * user-data folder and a copy of the document to open, and returns what the
 * scenario recorded. The shape below is what scenario.mjs writes.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { seedIdentity } from '../identity.js';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { repoRoot } from '../corpus.js';

export const REPO = repoRoot;
const HERE = import.meta.dirname;

export type Envelope = { ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string } } | { missing: string } | { threw: string };

export interface MenuItemRecord {
  label: string | null;
  id: string | null;
  role: string | null;
  type: string;
  accelerator: string | null;
  submenu: MenuItemRecord[] | null;
}

export interface SentMessage {
  channel: string;
  args: Array<{ type?: string; handle?: string; command?: string }>;
}

export interface WindowRecord {
  id: number;
  options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
  loadedURLs: string[];
  title: string;
  listeners: string[];
  sent: SentMessage[];
}

export interface ServedRecord {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface MainRecord {
  errors: string[];
  log: Array<[string, ...unknown[]]>;
  schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>;
  handledChannels: string[];
  menus: Array<MenuItemRecord[] | null>;
  sessions: Array<{ name: string; schemes: string[] }>;
  windows: WindowRecord[];
  mainWindowId: number | null;
  pageStart: { settingsGet?: Envelope; sentAfterReady?: string[] };
  probes: {
    appInfoTrusted?: Envelope;
    appInfoOtherContents?: Envelope;
    appInfoForeignUrl?: Envelope;
    appInfoSubframe?: Envelope;
    appInfoNoFrame?: Envelope;
    openHandleBadShape?: Envelope;
    openedFromArgv?: Array<{ name: string; location: string; kind: string }>;
    protocol?: Record<string, ServedRecord> | null;
    guards?: {
      willNavigate: Record<string, boolean>;
      willRedirect: Record<string, boolean>;
      attachWebview: boolean;
      windowOpen: { action: string } | null;
    };
    session?: { permissionRequest: unknown; permissionCheck: unknown; downloadPrevented: boolean } | null;
    menuSaveSent?: SentMessage[];
  };
}

export interface MainRun<R = MainRecord> {
  record: R;
  exitCode: number | null;
  stderr: string;
  /** The folder holding the copied document (the run's working directory). */
  dir: string;
  userData: string;
}

export interface RunOptions {
  /** Documents to copy into the run's folder and name on the command line (by file name, relative to the folder). */
  documents?: string[];
  /** Extra environment, e.g. FAKE_ELECTRON_LOCK=taken for a second instance. */
  env?: Record<string, string>;
  timeoutMs?: number;
  /** The scenario to run (scenario.mjs: main alone; rendererScenario.mjs: with the renderer in Chromium). */
  scenario?: string;
}

export async function runBuiltMain<R = MainRecord>(options: RunOptions = {}): Promise<MainRun<R>> {
  const dir = await mkdtemp(join(tmpdir(), 'caogao-fake-electron-'));
  const userData = join(dir, 'userData');
  await seedIdentity(userData);
  const args: string[] = [];
  for (const document of options.documents ?? []) {
    await copyFile(document, join(dir, basename(document)));
    args.push(basename(document));
  }
  const recordFile = join(dir, 'record.json');
  const child = spawn(
    process.execPath,
    ['--import', join(HERE, 'register.mjs'), join(HERE, options.scenario ?? 'scenario.mjs'), join(REPO, 'out/main/index.js'), ...args],
    {
      cwd: dir,
      env: { ...process.env, ...options.env, FAKE_ELECTRON_APP_PATH: REPO, FAKE_ELECTRON_USER_DATA: userData, FAKE_ELECTRON_RECORD: recordFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number | null>((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
  });
  const text = await readFile(recordFile, 'utf8').catch(() => null);
  if (text === null) throw new Error(`the fake electron run wrote no record (exit ${exitCode})\n${stderr}`);
  return { record: JSON.parse(text) as R, exitCode, stderr, dir, userData };
}
