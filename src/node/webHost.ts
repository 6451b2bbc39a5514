/**
 * The browser host: the built renderer and the API services over loopback
 * HTTP, for end-to-end tests in Chromium and for anyone who cannot run
 * Electron (`caogao web`).
 *
 *   GET  /…               the files of out/renderer (index.html for /), with the page's CSP
 *   POST /api/<method>    one contract method; JSON body {arg}; answers the same envelope as IPC
 *   GET  /api/events      host events (open, command, settings) as server-sent events
 *
 * It listens on 127.0.0.1 only. Every API request must carry the per-run
 * random token (header X-Caogao-Token; the event stream takes ?token= because
 * EventSource cannot set headers), and every request must name this host in
 * its Host header, which defeats DNS rebinding. The static files are the
 * public renderer bundle and need no token.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { CaogaoApi, HostEvent } from '../shared/api.js';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';
import { dispatch, failure, isApiMethod } from '../shared/dispatch.js';
import { HostEventQueue } from '../shared/eventQueue.js';
import { contentTypeOf, resolveStatic } from './host/staticFiles.js';

export const LOOPBACK = '127.0.0.1';
export const TOKEN_HEADER = 'x-caogao-token';
/** Largest request body: an upload of 64 MB, base64 encoded, and its JSON. */
const MAX_BODY = 96 * 1024 * 1024;

export interface WebHostOptions {
  services: CaogaoApi;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 = any free port. */
  port: number;
  /** Fixed token (tests); a random one otherwise. */
  token?: string;
}

export interface WebHost {
  /** The address to open, with the token: http://127.0.0.1:PORT/?token=… */
  url: string;
  origin: string;
  port: number;
  token: string;
  server: Server;
  /** Send an event to the page (kept until a page listens). */
  push(event: HostEvent): void;
  close(): Promise<void>;
}

const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sameToken(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveApiCall(services: CaogaoApi, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
  if (!isApiMethod(method)) return sendJson(res, 404, { error: 'no such method' });
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return sendJson(res, 415, { error: 'JSON only' });
  const text = await readBody(req);
  if (text === null) return sendJson(res, 413, { error: 'too large' });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return sendJson(res, 400, failure('api-bad-request', { method, detail: 'JSON' }));
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return sendJson(res, 400, failure('api-bad-request', { method, detail: 'body' }));
  const envelope = await dispatch(services, method, (body as { arg?: unknown }).arg);
  sendJson(res, 200, envelope);
}

function serveEvents(queue: HostEventQueue, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { ...BASE_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
  res.write(': caogao events\n\n');
  const unsubscribe = queue.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  req.on('close', unsubscribe);
}

async function serveStatic(rendererDir: string, pathname: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'GET only' });
  const file = await resolveStatic(rendererDir, pathname);
  if (!file) return sendJson(res, 404, { error: 'not found' });
  const type = contentTypeOf(file);
  const headers: Record<string, string> = { ...BASE_HEADERS, 'Content-Type': type };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : await readFile(file));
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const queue = new HostEventQueue();
  let port = options.port;
  const allowedHosts = () => new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}`);
    if (!allowedHosts().has(req.headers.host ?? '')) return sendJson(res, 421, { error: 'wrong host' });
    if (url.pathname.startsWith('/api/')) {
      const given = url.pathname === '/api/events' ? url.searchParams.get('token') : req.headers[TOKEN_HEADER];
      if (!sameToken(Array.isArray(given) ? given[0] : given, token)) return sendJson(res, 401, { error: 'token required' });
      if (url.pathname === '/api/events') return serveEvents(queue, req, res);
      serveApiCall(options.services, url.pathname.slice('/api/'.length), req, res).catch((error) => sendJson(res, 500, { error: String(error) }));
      return;
    }
    serveStatic(options.rendererDir, url.pathname, req, res).catch((error) => sendJson(res, 500, { error: String(error) }));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    server,
    push: (event) => queue.push(event),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Event streams stay open until their clients go: end them.
        server.closeAllConnections();
      }),
  };
}
