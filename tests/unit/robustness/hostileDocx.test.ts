/**
 * A .docx built to hurt (issue 12, items 2 and 10): a 1 MB zip bomb whose
 * document.xml inflates to 300 MB, an external entity (XXE) and nested
 * entities (billion laughs). Each gets one Chinese line, quickly and within
 * 400 MB, from the command line, from the browser host, and from the code
 * the Electron main process runs (its document store behind IPC, with a
 * Map-backed stand-in for ipcMain); and in Electron's path the file is read
 * in the worker, never in the thread that serves the windows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelOf, type Envelope, type OpenedDoc } from '../../../src/shared/api.js';
import { registerIpc, type IpcRegistry } from '../../../src/shared/registerIpc.js';
import { DocumentStore } from '../../../src/node/store/documentStore.js';
import { importDocx } from '../../../src/node/import/docx.js';
import { readDocxIsolated } from '../../../src/node/import/docxIsolated.js';
import { startWebHost, type WebHost } from '../../../src/node/webHost.js';
import { makeFixture } from '../shell/fixtures.js';
import { billionLaughsDocx, xxeDocx, zipBombDocx } from './hostileDocx.js';
import { repoRoot } from '../../support/corpus.js';

// The Electron path must never parse in this thread: the in-thread reader fails if it is ever called here.
vi.mock('../../../src/node/import/docxRead.js', async (original) => ({
  ...(await original<typeof import('../../../src/node/import/docxRead.js')>()),
  readDocx: () => {
    throw new Error('a .docx was parsed in the main thread');
  },
}));

const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'caogao-hostile-'));
const bombPath = join(dir, '炸弹.docx');
writeFileSync(bombPath, zipBombDocx(300, 1));

/** Resident memory of this process, sampled while `run` runs: its peak in MB. */
async function peakRssDuring<T>(run: () => Promise<T>): Promise<{ result: T; peakMb: number; ms: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  try {
    const result = await run();
    return { result, peakMb: Math.max(peak, process.memoryUsage().rss) / MB, ms: performance.now() - start };
  } finally {
    clearInterval(timer);
  }
}

function caogao(args: string[]) {
  const rssFile = join(dir, `rss-${Math.random().toString(36).slice(2)}`);
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(import.meta.dirname, 'peakRss.mjs'), join(repoRoot, 'bin/caogao.mjs'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', CAOGAO_PEAK_RSS_FILE: rssFile },
    timeout: 30_000,
  });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout, ms: performance.now() - start, peakMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

const oneChineseLine = (text: string) => {
  expect(text.endsWith('\n')).toBe(true);
  expect(text.trimEnd().split('\n')).toHaveLength(1);
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  expect(text).not.toMatch(/xmldom|entity|Error|ENOTDIR|EISDIR|at \w/);
};

describe('a zip bomb .docx (1 MB, document.xml inflating to 300 MB)', () => {
  it('is the size the issue names', () => {
    expect(readFileSync(bombPath).byteLength).toBeGreaterThan(0.9 * MB);
    expect(readFileSync(bombPath).byteLength).toBeLessThanOrEqual(1.05 * MB);
  });

  for (const command of [['outline'], ['import', '-o', 'out.caogao']]) {
    it(`caogao ${command[0]} refuses it with one Chinese line, exit 2, in under 3 s and 400 MB`, () => {
      const r = caogao([command[0], bombPath, ...command.slice(1)]);
      console.log(`caogao ${command[0]} of the bomb: ${r.ms.toFixed(0)} ms, peak ${r.peakMb.toFixed(0)} MB`);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/^caogao: 文件解压后过大/);
      oneChineseLine(r.stderr);
      expect(r.ms).toBeLessThan(3000);
      expect(r.peakMb).toBeLessThan(400);
    });
  }

  describe('the browser host', () => {
    let host: WebHost | undefined;
    afterEach(async () => {
      await host?.close();
      host = undefined;
    });

    it('answers an upload of it with the message, in under 3 s and 400 MB, and serves on', async () => {
      const f = await makeFixture();
      const rendererDir = mkdtempSync(join(tmpdir(), 'caogao-renderer-'));
      writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>草稿</title>');
      host = await startWebHost({ services: f.services, rendererDir, port: 0 });
      const h = host;
      const post = (method: string, body: unknown) =>
        fetch(`${h.origin}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Caogao-Token': h.token }, body: JSON.stringify(body === undefined ? {} : { arg: body }) });
      const dataBase64 = readFileSync(bombPath).toString('base64');
      const { result, peakMb, ms } = await peakRssDuring(async () => (await post('openUpload', { name: '炸弹.docx', dataBase64 })).json());
      console.log(`host upload of the bomb: ${ms.toFixed(0)} ms, peak ${peakMb.toFixed(0)} MB`);
      const envelope = result as Envelope<OpenedDoc>;
      expect(envelope.ok).toBe(false);
      if (!envelope.ok) {
        expect(envelope.error.code).toBe('docx-inflated-too-large');
        expect(envelope.error.message.zh).toMatch(/^文件解压后过大/);
      }
      expect(ms).toBeLessThan(3000);
      expect(peakMb).toBeLessThan(400);
      expect(((await (await post('appInfo', undefined)).json()) as Envelope<unknown>).ok).toBe(true);
    });
  });
});

/** A Map-backed stand-in for ipcMain, as Electron's main process wires the services (src/main/index.ts). */
class MapRegistry implements IpcRegistry<{ url: string }> {
  readonly handlers = new Map<string, (event: { url: string }, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: { url: string }, ...args: unknown[]) => unknown): void {
    this.handlers.set(channel, listener);
  }
  async invoke(channel: string, ...args: unknown[]): Promise<Envelope<OpenedDoc | null>> {
    return (await this.handlers.get(channel)!({ url: 'app://caogao/index.html' }, ...args)) as Envelope<OpenedDoc | null>;
  }
}

describe('the Electron path: the document store behind IPC', () => {
  async function electronLike() {
    const f = await makeFixture({ backend: new DocumentStore({ userDataDir: join(dir, 'userData') }) });
    const ipc = new MapRegistry();
    registerIpc(ipc, f.services, { isTrustedSender: () => true });
    return { f, ipc };
  }

  it('imports a real .docx through the worker, never parsing it in this thread', async () => {
    const { f, ipc } = await electronLike();
    const { Document, Packer, Paragraph } = await import('docx');
    const good = join(dir, '初稿.docx');
    writeFileSync(good, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('政府工作报告'), new Paragraph('一、过去一年工作回顾')] }] })));
    // The stand-in is in place: reading in this thread fails.
    await expect(importDocx(readFileSync(good), '初稿.docx')).rejects.toThrow('main thread');
    f.answers.push(good);
    const envelope = await ipc.invoke(channelOf('importWithDialog'));
    expect(envelope.ok, JSON.stringify(envelope)).toBe(true);
    if (envelope.ok) expect(JSON.stringify(envelope.value?.file.doc)).toContain('过去一年工作回顾');
  });

  it('refuses the bomb with the message, in under 3 s and 400 MB', async () => {
    const { f, ipc } = await electronLike();
    f.answers.push(bombPath);
    const { result, peakMb, ms } = await peakRssDuring(() => ipc.invoke(channelOf('importWithDialog')));
    console.log(`Electron path, import of the bomb: ${ms.toFixed(0)} ms, peak ${peakMb.toFixed(0)} MB`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.zh).toMatch(/^文件解压后过大/);
    expect(ms).toBeLessThan(3000);
    expect(peakMb).toBeLessThan(400);
  });
});

describe('XXE and billion laughs', () => {
  for (const [name, make] of [
    ['XXE', xxeDocx],
    ['billion laughs', billionLaughsDocx],
  ] as const) {
    it(`a ${name} .docx gets one Chinese line from the command line, and nothing is read from outside`, async () => {
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, await make());
      const r = caogao(['outline', path]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('文档类型定义（DTD）');
      expect(r.stderr).not.toContain('root:');
      oneChineseLine(r.stderr);
    });
  }
});

describe('the worker', () => {
  it('is ended when the time is up, with a Chinese message', async () => {
    const error = (await readDocxIsolated(zipBombDocx(1, 1), 'x.docx', { timeoutMs: 1 }).catch((e: unknown) => e)) as { code?: string; userMessage?: (l: 'zh') => string };
    expect(error.code).toBe('docx-timeout');
    expect(error.userMessage!('zh')).toMatch(/^读取 Word 文档“x.docx”超过/);
  });

  it('ends a thread that runs out of heap and says the file is too complex', async () => {
    // A 2 MB heap cannot even load mammoth: the limit, not the file, ends the thread.
    const error = (await readDocxIsolated(zipBombDocx(1, 1), 'x.docx', { limits: { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 } }).catch(
      (e: unknown) => e,
    )) as { code?: string };
    expect(error.code).toBe('docx-too-complex');
  });
});
