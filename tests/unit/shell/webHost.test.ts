import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, realpath, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../src/node/webHost.js';
import { clientFor } from '../../../src/renderer/api/client.js';
import { createHttpBridge } from '../../../src/renderer/api/httpBridge.js';
import { hostEventSchema, type HostEvent } from '../../../src/shared/api.js';
import { makeFixture, type Fixture } from './fixtures.js';

const INDEX = '<!doctype html><title>草稿</title><script type="module" src="./app.js"></script>';

async function rendererDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'caogao-renderer-'));
  await writeFile(join(dir, 'index.html'), INDEX);
  await writeFile(join(dir, 'app.js'), 'console.log(1)');
  return dir;
}

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start(): Promise<{ f: Fixture; host: WebHost }> {
  const f = await makeFixture();
  host = await startWebHost({ services: f.services, rendererDir: await rendererDir(), port: 0 });
  return { f, host };
}

function post(h: WebHost, method: string, body: unknown, headers: Record<string, string> = { 'X-Caogao-Token': h.token }) {
  return fetch(`${h.origin}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** A raw request, so that the path and Host header go out exactly as written. */
function raw(h: WebHost, path: string, hostHeader = `127.0.0.1:${h.port}`): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: h.port, path, headers: { Host: hostHeader } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Read server-sent events until `count` have arrived. */
async function readEvents(url: string, count: number): Promise<HostEvent[]> {
  const response = await fetch(url);
  const reader = response.body!.getReader();
  const events: HostEvent[] = [];
  let buffer = '';
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += new TextDecoder().decode(value);
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (block.startsWith('data: ')) events.push(hostEventSchema.parse(JSON.parse(block.slice(6))));
    }
  }
  await reader.cancel();
  return events;
}

describe('browser host', () => {
  it('listens on 127.0.0.1 only, on a free port, and gives an address with its token', async () => {
    const { host: h } = await start();
    const address = h.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(h.port).toBeGreaterThan(0);
    expect(h.url).toBe(`http://127.0.0.1:${h.port}/?token=${h.token}`);
    expect(h.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses every API call without the token, or with a wrong one (401)', async () => {
    const { host: h } = await start();
    expect((await post(h, 'appInfo', {}, {})).status).toBe(401);
    expect((await post(h, 'appInfo', {}, { 'X-Caogao-Token': 'x'.repeat(h.token.length) })).status).toBe(401);
    expect((await fetch(`${h.origin}/api/events`)).status).toBe(401);
    expect((await fetch(`${h.origin}/api/events?token=wrong`)).status).toBe(401);
  });

  it('refuses a request naming another host (DNS rebinding)', async () => {
    const { host: h } = await start();
    expect(await raw(h, '/', 'evil.example:80')).toBe(421);
    expect(await raw(h, '/')).toBe(200);
  });

  it('answers a contract method through the page’s HTTP client', async () => {
    const { host: h } = await start();
    const api = clientFor(createHttpBridge({ origin: h.origin, token: h.token }));
    expect(await api.appInfo()).toEqual({ name: 'Caogao', version: '0.1.0', platform: 'linux', lang: 'zh', host: 'web', userName: expect.any(String) });
    expect(await api.settingsSet({ zoom: 1.5 })).toMatchObject({ zoom: 1.5 });
    expect((await api.listTemplates()).map((t) => t.id)).toEqual(['blank', 'sample']);
    await expect(api.openHandle({ handle: 'h0000000000000000' })).rejects.toMatchObject({ name: 'ApiError', code: 'api-unknown-handle' });
  });

  it('refuses a payload of the wrong shape, a body that is not JSON, and an unknown method', async () => {
    const { host: h } = await start();
    const bad = await post(h, 'openHandle', { arg: { handle: '../../etc/passwd' } });
    expect(bad.status).toBe(200);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'api-bad-request' } });
    expect(await (await post(h, 'settingsSet', { arg: { zoom: 'huge' } })).json()).toMatchObject({ ok: false, error: { code: 'api-bad-request' } });
    const form = await fetch(`${h.origin}/api/appInfo`, { method: 'POST', headers: { 'X-Caogao-Token': h.token, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    expect((await post(h, 'readAnyFile', {})).status).toBe(404);
    expect((await fetch(`${h.origin}/api/appInfo`, { headers: { 'X-Caogao-Token': h.token } })).status).toBe(405);
  });

  it('opens FILE: the open event waits for the page, which then reads the document by its handle', async () => {
    const { f, host: h } = await start();
    h.push({ type: 'open', handle: f.services.handleForPath(f.txtPath) });
    const [event] = await readEvents(`${h.origin}/api/events?token=${h.token}`, 1);
    expect(event.type).toBe('open');
    const api = clientFor(createHttpBridge({ origin: h.origin, token: h.token }));
    const opened = await api.openHandle({ handle: (event as Extract<HostEvent, { type: 'open' }>).handle });
    expect(opened).toMatchObject({ name: '报告.txt', kind: 'text' });
    expect(JSON.stringify(opened.file.doc)).toContain('经济运行稳中有进');
  });

  it('serves the built renderer with the page’s CSP, and nothing outside it', async () => {
    const { host: h } = await start();
    const page = await fetch(`${h.origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(INDEX);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect((await fetch(`${h.origin}/app.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect(await raw(h, '/%2e%2e/%2e%2e/etc/passwd')).toBe(404);
    expect(await raw(h, '/../package.json')).toBe(404);
  });
});

describe('caogao web', () => {
  it('prints the address with its token and FILE (&doc=) on stdout, opens FILE from it, and stops cleanly on SIGTERM', async () => {
    const f = await makeFixture();
    const child = spawn(process.execPath, ['bin/caogao.mjs', 'web', f.txtPath, '--port', '0'], {
      cwd: join(import.meta.dirname, '../../..'),
      env: { ...process.env, CAOGAO_RENDERER_DIR: await rendererDir(), CAOGAO_DATA_DIR: f.dataDir, LANG: 'zh_CN.UTF-8' },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('\n')) resolve(stdout.trim());
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}&doc=\S+$/);
    const { origin, searchParams } = new URL(url);
    const token = searchParams.get('token')!;
    expect(searchParams.get('doc')).toBe(await realpath(f.txtPath));
    expect((await fetch(`${origin}/`)).status).toBe(200);
    const api = clientFor(createHttpBridge({ origin, token }));
    const opened = await api.openLocation({ path: searchParams.get('doc')! });
    expect(opened.name).toBe('报告.txt');
    expect(opened.path).toBe(await realpath(f.txtPath));
    // Only inside the allowed folders (the file's own, here): a file elsewhere is refused.
    await expect(api.openLocation({ path: join(import.meta.dirname, '../../../package.json') })).rejects.toMatchObject({ code: 'dialog-outside-roots' });
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stderr).toContain('浏览器服务已停止');
  });

  it('refuses a missing FILE and a bad port with exit code 2', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['bin/caogao.mjs', 'web', ...args], { cwd: join(import.meta.dirname, '../../..') });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('exit', (code) => resolve({ code, stderr }));
      });
    const missing = await run(['/nonexistent/报告.caogao']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('文件不存在');
    const port = await run(['--port', 'abc']);
    expect(port.code).toBe(2);
  });
});
