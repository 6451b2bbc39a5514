/**
 * The browser host against what a page on another origin, or a broken client,
 * can send it: every request is answered inside an error boundary and the host
 * serves on. (Issue 12: one malformed request line used to end the process.)
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeCaogao } from '../../../src/core/format/caogaoFile.js';
import type { CaogaoApi } from '../../../src/shared/api.js';
import { startWebHost, type WebHost, type WebHostOptions } from '../../../src/node/webHost.js';
import { makeFixture, smallReport, type Fixture } from './fixtures.js';
import { MALFORMED_TARGETS, rawExchange, rawGet } from './rawHttp.js';

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start(extra: Partial<WebHostOptions> = {}, services?: (f: Fixture) => CaogaoApi): Promise<{ f: Fixture; host: WebHost; errors: unknown[] }> {
  const f = await makeFixture();
  const rendererDir = await mkdtemp(join(tmpdir(), 'caogao-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>草稿</title>');
  const errors: unknown[] = [];
  host = await startWebHost({ services: services ? services(f) : f.services, rendererDir, port: 0, onError: (e) => errors.push(e), ...extra });
  return { f, host, errors };
}

function post(h: WebHost, method: string, body: string, contentType = 'application/json'): Promise<Response> {
  return fetch(`${h.origin}/api/${method}`, { method: 'POST', headers: { 'Content-Type': contentType, 'X-Caogao-Token': h.token }, body });
}

/** A good request: the host still answers with its token. */
async function stillServes(h: WebHost): Promise<void> {
  const answer = await post(h, 'appInfo', '{}');
  expect(answer.status).toBe(200);
  expect(await answer.json()).toMatchObject({ ok: true, value: { name: 'Caogao' } });
}

/** A value nested `depth` deep, built as JSON text by repetition (no recursion anywhere). */
const deepJson = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;


describe('browser host: malformed requests', () => {
  it('answers each of 19 malformed request lines with 400, in the host’s envelope, and serves on', async () => {
    const { host: h, errors } = await start();
    expect(MALFORMED_TARGETS).toHaveLength(19);
    for (const target of MALFORMED_TARGETS) {
      const answer = await rawGet(h.port, target);
      expect({ target, status: answer.status, lines: answer.statusLines }).toEqual({ target, status: 400, lines: 1 });
      expect(answer.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'host-bad-request' } });
      expect(JSON.parse(answer.body).error.message.zh).toContain('格式不正确');
    }
    // The same targets with the token and on an API path: still 400, before anything else is looked at.
    expect((await rawGet(h.port, `//api/appInfo`, { 'X-Caogao-Token': h.token })).status).toBe(400);
    expect((await rawGet(h.port, `/api/%zz`, { 'X-Caogao-Token': h.token })).status).toBe(400);
    expect(errors).toEqual([]);
    expect(h.server.listening).toBe(true);
    await stillServes(h);
  });

  it('answers a request line the HTTP parser cannot read (400), headers too large (431), and serves on', async () => {
    const { host: h } = await start();
    const garbage = await rawExchange(h.port, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n');
    expect(garbage.status).toBe(400);
    expect(garbage.headers['cross-origin-resource-policy']).toBe('same-origin');
    const huge = await rawExchange(h.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`);
    expect(huge.status).toBe(431);
    await stillServes(h);
  });

  it('cuts a client that goes mid-body without an answer, and serves on', async () => {
    const { host: h, errors } = await start();
    const head = [`POST /api/appInfo HTTP/1.1`, `Host: 127.0.0.1:${h.port}`, `X-Caogao-Token: ${h.token}`, 'Content-Type: application/json', 'Content-Length: 1000'].join('\r\n');
    const answer = await rawExchange(h.port, `${head}\r\n\r\n{"arg":`, 3000, { halfClose: true });
    expect(answer.timedOut).toBe(false);
    expect(errors).toEqual([]);
    await stillServes(h);
  });
});

describe('browser host: answers it cannot serialise', () => {
  it('gives one clean 500 when an answer cannot be serialised (nested 100,000 deep), and serves on', async () => {
    const deep = JSON.parse(deepJson(100_000));
    const { host: h } = await start({}, (f) => {
      const services = Object.create(f.services) as CaogaoApi;
      Object.assign(services, { settingsGet: async () => deep });
      return services;
    });
    const head = [`POST /api/settingsGet HTTP/1.1`, `Host: 127.0.0.1:${h.port}`, `X-Caogao-Token: ${h.token}`, 'Content-Type: application/json', 'Content-Length: 2', 'Connection: close'];
    const answer = await rawExchange(h.port, `${head.join('\r\n')}\r\n\r\n{}`);
    expect(answer.status).toBe(500);
    expect(answer.statusLines).toBe(1);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'host-internal' } });
    await stillServes(h);
  });

  it('opens a .caogao whose settings nest 100,000 deep as a refusal naming the file, not a crash', async () => {
    const { f, host: h } = await start();
    const text = serializeCaogao({ doc: smallReport(), versions: [], settings: {} }).replace('"settings": {}', `"settings": {"x": ${deepJson(100_000)}}`);
    expect(text.length).toBeGreaterThan(500_000);
    const path = join(f.docsDir, '深层设置.caogao');
    await writeFile(path, text);
    const handle = f.services.handleForPath(path);
    const opened = await post(h, 'openHandle', JSON.stringify({ arg: { handle } }));
    expect(opened.status).toBe(200);
    const envelope = (await opened.json()) as { error: { message: { zh: string } } };
    expect(envelope).toMatchObject({ ok: false, error: { code: 'file-settings-too-deep' } });
    expect(envelope.error.message.zh).toContain('深层设置.caogao');
    expect(envelope.error.message.zh).not.toMatch(/写入|RangeError/);
    const upload = await post(h, 'openUpload', JSON.stringify({ arg: { name: '深层设置.caogao', dataBase64: Buffer.from(text).toString('base64') } }));
    expect(await upload.json()).toMatchObject({ ok: false, error: { code: 'file-settings-too-deep' } });
    await stillServes(h);
  });

  it('refuses an API body nested 100,000 deep with 400 before any service sees it', async () => {
    const { host: h, errors } = await start();
    const answer = await post(h, 'settingsSet', `{"arg":${deepJson(100_000)}}`);
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ ok: false, error: { code: 'api-bad-request' } });
    expect(errors).toEqual([]);
    await stillServes(h);
  });
});

describe('browser host: content type, bodies, headers', () => {
  it('takes API bodies only as application/json (optionally charset=utf-8), else 415', async () => {
    const { host: h } = await start();
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8', 'application/json; charset="utf-8"']) {
      expect({ type, status: (await post(h, 'appInfo', '{}', type)).status }).toEqual({ type, status: 200 });
    }
    for (const type of ['text/plain', 'application/jsonx', 'application/json-patch+json', 'application/json; charset=latin1', 'application/json, text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json; evil=1']) {
      const answer = await post(h, 'appInfo', '{}', type);
      expect({ type, status: answer.status }).toEqual({ type, status: 415 });
      expect(await answer.json()).toMatchObject({ ok: false, error: { code: 'host-json-only' } });
    }
  });

  it('refuses one body over its limit (413) and bodies over their shared budget (503), and frees the budget after', async () => {
    const { host: h } = await start({ limits: { body: 64 * 1024, bodies: 96 * 1024 } });
    const big = `{"arg":"${'x'.repeat(70 * 1024)}"}`;
    const tooLarge = await post(h, 'appInfo', big);
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ ok: false, error: { code: 'host-body-too-large' } });

    // Two bodies of 60 KB at once: the first is held while its second half has not come, so the other is refused.
    const half = `{"arg":{},"pad":"${'y'.repeat(60 * 1024)}"}`;
    const head = (length: number) =>
      [`POST /api/appInfo HTTP/1.1`, `Host: 127.0.0.1:${h.port}`, `X-Caogao-Token: ${h.token}`, 'Content-Type: application/json', `Content-Length: ${length}`, 'Connection: close'].join('\r\n');
    const { connect } = await import('node:net');
    const slow = connect(h.port, '127.0.0.1');
    slow.on('error', () => undefined);
    const slowAnswer = new Promise<string>((resolve) => {
      let text = '';
      slow.on('data', (chunk: Buffer) => (text += chunk.toString()));
      slow.on('close', () => resolve(text));
    });
    slow.write(`${head(half.length)}\r\n\r\n${half.slice(0, 50 * 1024)}`);
    // Wait until the host holds the first part.
    for (let i = 0; i < 50 && !(await busy(h)); i++) await new Promise((r) => setTimeout(r, 20));
    const refused = await rawExchange(h.port, `${head(half.length)}\r\n\r\n${half}`);
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'host-busy' } });
    slow.end(half.slice(50 * 1024));
    expect(await slowAnswer).toMatch(/^HTTP\/1\.1 200/);
    // Both answered: the budget is free again.
    const after = await rawExchange(h.port, `${head(half.length)}\r\n\r\n${half}`);
    expect(after.status).toBe(200);
  });

  it('marks every kind of answer Cross-Origin-Resource-Policy: same-origin', async () => {
    const { host: h } = await start();
    const answers = [
      await fetch(`${h.origin}/`),
      await fetch(`${h.origin}/missing.js`),
      await post(h, 'appInfo', '{}'),
      await fetch(`${h.origin}/api/appInfo`, { method: 'POST' }),
      await post(h, 'appInfo', '{}', 'text/plain'),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 404, 200, 401, 415]);
    for (const a of answers) expect(a.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    const controller = new AbortController();
    const events = await fetch(`${h.origin}/api/events?token=${h.token}`, { signal: controller.signal });
    expect(events.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    controller.abort();
  });
});

/** Whether the host is receiving a body now: a probe body of its whole budget is refused as busy. */
async function busy(h: WebHost): Promise<boolean> {
  const head = [`POST /api/appInfo HTTP/1.1`, `Host: 127.0.0.1:${h.port}`, `X-Caogao-Token: ${h.token}`, 'Content-Type: application/json', `Content-Length: ${90 * 1024}`, 'Connection: close'];
  const answer = await rawExchange(h.port, `${head.join('\r\n')}\r\n\r\n`);
  return answer.status === 503;
}
