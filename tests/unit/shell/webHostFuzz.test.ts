/**
 * A bounded, seeded fuzz of the browser host: request lines and headers built
 * from pieces a broken client or a hostile page could send, mutated byte by
 * byte, sent over raw sockets. Whatever comes, the host never fails inside
 * (no 500, nothing reported to onError), never answers twice, and afterwards
 * still answers a good request with its token. The seed is fixed, so a
 * failure replays; the run stops at REQUESTS or at TIME_LIMIT_MS.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../src/node/webHost.js';
import { makeFixture } from './fixtures.js';
import { MALFORMED_TARGETS, rawExchange, type RawAnswer } from './rawHttp.js';
import { random } from '../../support/random.js';

const SEED = 0x12c0ffee;
const REQUESTS = 400;
const PARALLEL = 8;
const TIME_LIMIT_MS = 25_000;


interface Fuzzer {
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

function fuzzer(seed: number): Fuzzer {
  const next = random(seed);
  return {
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const SPECIALS = ['[', ']', '%', ':', '@', '\\', '/', '?', '#', ' ', '\t', '\r', '\n', '\0', '\x7f', '\xff', '%00', '%zz', '..', '//', '\u00e9'];

function mutate(f: Fuzzer, text: string): string {
  let out = text;
  for (let n = f.int(4); n > 0; n--) {
    const at = f.int(out.length + 1);
    const kind = f.int(4);
    if (kind === 0) out = out.slice(0, at) + f.pick(SPECIALS) + out.slice(at);
    else if (kind === 1) out = out.slice(0, at) + String.fromCharCode(f.int(256)) + out.slice(at);
    else if (kind === 2) out = out.slice(0, at) + out.slice(at + 1 + f.int(3));
    else out = out.slice(0, at) + out.slice(Math.max(0, at - 4), at) + out.slice(at);
  }
  return out;
}

const TARGETS = (token: string): string[] => [
  '/',
  '/index.html',
  '/api/appInfo',
  '/api/settingsGet',
  '/api/listTemplates',
  '/api/openHandle',
  '/api/settingsSet',
  '/api/nope',
  `/api/events?token=${token}`,
  '/api/events?token=%zz',
  '/../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
];

const BODIES = [
  '',
  '{}',
  '{"arg":{}}',
  '{"arg":{"handle":"h0000000000000000"}}',
  '{"arg":{"zoom":1.5}}',
  '{"arg":{"zoom":"huge"}}',
  '[',
  '{"arg":',
  `{"arg":${'['.repeat(5000)}${']'.repeat(5000)}}`,
  '\xff\xfe\x00\x01',
];

/**
 * One request. Half are well formed but for one random part (so they reach
 * the handlers: token, content type, body, framing); the other half are wild
 * (any method, mutated targets, odd versions and headers).
 */
function requestFor(f: Fuzzer, port: number, token: string): string {
  const wild = f.chance(0.5);
  const method = wild ? f.pick(['GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'get', 'BREW', '']) : f.pick(['GET', 'POST', 'POST', 'HEAD']);
  const target = wild ? mutate(f, f.pick([...TARGETS(token), ...MALFORMED_TARGETS, `/${'a'.repeat(f.int(6000))}`])) : f.pick(TARGETS(token));
  const version = wild ? f.pick(['HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9.9', 'http/1.1', '', 'HTTP/1.1 x']) : 'HTTP/1.1';
  const body = method === 'POST' || wild ? f.pick(BODIES) : '';
  const headers: string[] = [];
  const odd = (p: number): boolean => (wild ? f.chance(p) : false);
  if (!odd(0.1)) headers.push(`Host: ${odd(0.5) ? f.pick(['evil.example', '', '[', `127.0.0.1:${port}, evil`, `localhost:${port}`]) : `127.0.0.1:${port}`}`);
  if (odd(0.1)) headers.push('Host: evil.example');
  if (!odd(0.3)) headers.push(`X-Caogao-Token: ${odd(0.5) || f.chance(0.1) ? f.pick(['wrong', '', `${token}, ${token}`]) : token}`);
  if (body && !odd(0.2)) headers.push(`Content-Type: ${odd(0.5) || f.chance(0.1) ? f.pick(['text/plain', 'application/jsonx', '', 'application/json; charset=latin1']) : f.pick(['application/json', 'application/json; charset=utf-8'])}`);
  const length = Buffer.byteLength(body, 'latin1');
  const framing = wild || f.chance(0.2) ? f.int(5) : 0;
  if (framing === 0) headers.push(`Content-Length: ${length}`);
  else if (framing === 1) headers.push(`Content-Length: ${f.pick(['-1', 'abc', '99999999999999999999', String(length + 50), `${length}, ${length + 1}`, ' '])}`);
  else if (framing === 2) headers.push('Transfer-Encoding: chunked');
  else if (framing === 3) headers.push(`Content-Length: ${length}`, `Transfer-Encoding: ${f.pick(['chunked', 'gzip', 'x'])}`);
  if (f.chance(0.2)) headers.push(`${mutate(f, 'X-Fuzz')}: ${mutate(f, 'value')}`);
  if (f.chance(0.03)) headers.push(`X-Big: ${'b'.repeat(20_000)}`);
  if (f.chance(0.05)) headers.push('Expect: 100-continue');
  const payload = framing === 2 ? f.pick([`${length.toString(16)}\r\n${body}\r\n0\r\n\r\n`, `zz\r\n${body}`, `${(length + 9).toString(16)}\r\n${body}\r\n`]) : body;
  const head = [`${method} ${target} ${version}`, ...headers].join('\r\n');
  return `${odd(0.1) ? mutate(f, head) : head}\r\n${odd(0.1) ? '' : 'Connection: close\r\n'}\r\n${payload}`;
}

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

describe('browser host fuzz', () => {
  it(`survives ${REQUESTS} seeded random request lines and headers, then answers a good request`, async () => {
    const f = await makeFixture();
    const rendererDir = await mkdtemp(join(tmpdir(), 'caogao-renderer-'));
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>草稿</title>');
    const errors: unknown[] = [];
    host = await startWebHost({ services: f.services, rendererDir, port: 0, onError: (e) => errors.push(e) });
    const h = host;
    const gen = fuzzer(SEED);
    const requests = Array.from({ length: REQUESTS }, () => requestFor(gen, h.port, h.token));
    const started = Date.now();
    const answers: RawAnswer[] = [];
    // PARALLEL clients, each taking the next request until all are sent or the time is up. Every
    // other request half-closes after sending, as a client that goes; the rest wait for their answer.
    let next = 0;
    const client = async (): Promise<void> => {
      while (next < requests.length && Date.now() - started < TIME_LIMIT_MS) {
        const i = next++;
        answers.push(await rawExchange(h.port, requests[i], 1000, { halfClose: i % 2 === 1 }));
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, client));
    const byStatus = new Map<number, number>();
    for (const a of answers) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
    console.log(`host fuzz: ${answers.length} requests in ${Date.now() - started} ms, by status ${JSON.stringify(Object.fromEntries([...byStatus].sort((a, b) => a[0] - b[0])))}`);

    expect(answers.length).toBeGreaterThanOrEqual(100);
    expect(errors).toEqual([]);
    expect(answers.filter((a) => a.status >= 500 && a.status !== 503)).toEqual([]);
    // Only answers the host means to give (0: the connection was cut, as for a client gone mid-body).
    expect([...byStatus.keys()].filter((s) => ![0, 100, 200, 400, 401, 404, 405, 408, 413, 415, 421, 431, 503].includes(s))).toEqual([]);
    // Some requests were good enough to be served, and most of the rest were refused with an answer.
    expect(byStatus.get(200) ?? 0).toBeGreaterThan(0);
    expect(byStatus.get(400) ?? 0).toBeGreaterThan(0);

    expect(h.server.listening).toBe(true);
    const good = await fetch(`${h.origin}/api/appInfo`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Caogao-Token': h.token }, body: '{}' });
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({ ok: true, value: { name: 'Caogao' } });
  }, 60_000);
});
