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
 *
 * Nothing a request does stops the host: each one is handled inside an error
 * boundary (a request target it cannot read gets 400, a failure inside gets
 * 500, and the host serves on), API bodies must be application/json, and the
 * bodies being received at once share one memory budget (host/bodyBudget.ts).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo, Socket } from 'node:net';
import { measureJson } from '../core/format/jsonBounds.js';
import { FILE_LIMITS } from '../core/format/caogaoFile.js';
import type { CaogaoApi, HostEvent } from '../shared/api.js';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';
import { dispatch, failure, isApiMethod } from '../shared/dispatch.js';
import { HostEventQueue } from '../shared/eventQueue.js';
import { BodyBudget, readBody } from './host/bodyBudget.js';
import { answerClientError, BASE_HEADERS, CLOSE, sendFailure, sendInternalError, sendJson } from './host/httpReply.js';
import { parseRequestTarget } from './host/requestTarget.js';
import { contentTypeOf, resolveStatic } from './host/staticFiles.js';

export const LOOPBACK = '127.0.0.1';
export const TOKEN_HEADER = 'x-caogao-token';
const MB = 1024 * 1024;
/** Largest request body: an upload of 64 MB, base64 encoded, and its JSON. */
export const MAX_BODY = 96 * MB;
/** Largest total of the bodies being received at the same time: one largest upload and a margin. */
export const MAX_BODIES = 128 * MB;
/** `application/json`, maybe with `charset=utf-8`: nothing else (a form or text/plain post is another page's). */
const JSON_CONTENT_TYPE = /^application\/json(?:\s*;\s*charset="?utf-8"?)?$/i;
/** A body nested deeper than any document the page sends (FILE_LIMITS) and the API envelope around it. */
const BODY_LIMITS = { depth: FILE_LIMITS.depth + 8, size: Number.POSITIVE_INFINITY };

export interface WebHostOptions {
  services: CaogaoApi;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 = any free port. */
  port: number;
  /** Fixed token (tests); a random one otherwise. */
  token?: string;
  /** Body limits in bytes (tests use small ones): one body, and all bodies being received at once. */
  limits?: { body?: number; bodies?: number };
  /** Told of each failure inside a request's handling (answered 500); nothing by default. */
  onError?: (error: unknown) => void;
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
  /** Send an event to the pages listening now, if any (false when none). */
  pushLive(event: HostEvent): boolean;
  close(): Promise<void>;
}

interface HostContext {
  services: CaogaoApi;
  rendererDir: string;
  token: string;
  queue: HostEventQueue;
  allowedHosts: () => Set<string>;
  bodyLimit: number;
  budget: BodyBudget;
}

function sameToken(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

const megabytes = (bytes: number): string => `${Math.round((bytes / MB) * 10) / 10} MB`;

async function serveApiCall(ctx: HostContext, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
  if (!isApiMethod(method)) return sendJson(res, 404, { error: 'no such method' });
  if (!JSON_CONTENT_TYPE.test(req.headers['content-type'] ?? '')) return sendFailure(res, 415, 'host-json-only', {}, CLOSE);
  const body = await readBody(req, ctx.bodyLimit, ctx.budget);
  if (!body.ok) {
    if (body.reason === 'too-large') return sendFailure(res, 413, 'host-body-too-large', { limit: megabytes(ctx.bodyLimit) }, CLOSE);
    if (body.reason === 'busy') return sendFailure(res, 503, 'host-busy', { limit: megabytes(ctx.budget.total) }, { ...CLOSE, 'Retry-After': '1' });
    res.destroy();
    return;
  }
  try {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.text);
    } catch {
      return sendJson(res, 400, failure('api-bad-request', { method, detail: 'JSON' }));
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return sendJson(res, 400, failure('api-bad-request', { method, detail: 'body' }));
    // Nothing recursive (zod, JSON.stringify, ProseMirror) sees a value nested past what a document can be.
    if (!measureJson(parsed, BODY_LIMITS).ok) return sendJson(res, 400, failure('api-bad-request', { method, detail: `nesting > ${BODY_LIMITS.depth}` }));
    const envelope = await dispatch(ctx.services, method, (parsed as { arg?: unknown }).arg);
    sendJson(res, 200, envelope);
  } finally {
    body.release();
  }
}

function serveEvents(queue: HostEventQueue, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { ...BASE_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
  res.write(': caogao events\n\n');
  const unsubscribe = queue.subscribe((event) => {
    if (!res.writableEnded) res.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  req.on('close', unsubscribe);
}

async function serveStatic(rendererDir: string, pathname: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'GET only' });
  const file = await resolveStatic(rendererDir, pathname);
  if (!file) return sendJson(res, 404, { error: 'not found' });
  const type = contentTypeOf(file);
  const content = await readFile(file);
  const headers: Record<string, string> = { ...BASE_HEADERS, 'Content-Type': type, 'Content-Length': String(content.byteLength) };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : content);
}

async function handleRequest(ctx: HostContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const target = parseRequestTarget(req.url);
  if (!target) return sendFailure(res, 400, 'host-bad-request', {}, CLOSE);
  if (!ctx.allowedHosts().has(req.headers.host ?? '')) return sendJson(res, 421, { error: 'wrong host' });
  const { pathname, query } = target;
  if (pathname.startsWith('/api/')) {
    const given = pathname === '/api/events' ? query.get('token') : req.headers[TOKEN_HEADER];
    if (!sameToken(Array.isArray(given) ? given[0] : given, ctx.token)) return sendJson(res, 401, { error: 'token required' });
    if (pathname === '/api/events') return serveEvents(ctx.queue, req, res);
    return serveApiCall(ctx, pathname.slice('/api/'.length), req, res);
  }
  return serveStatic(ctx.rendererDir, pathname, req, res);
}

/**
 * The error boundary around every request. Failures inside (a rejected
 * promise, a throw, an 'error' event of the request or the answer) end that
 * request only: 500 if nothing was sent, else its connection is cut.
 */
function serveWithin(ctx: HostContext, onError: (error: unknown) => void, answering: WeakMap<Socket, number>): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const socket = req.socket;
    answering.set(socket, (answering.get(socket) ?? 0) + 1);
    res.once('close', () => answering.set(socket, Math.max(0, (answering.get(socket) ?? 1) - 1)));
    // A client that goes mid-request makes these emit 'error'; without a listener that would be thrown.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    const fail = (error: unknown): void => {
      try {
        onError(error);
      } finally {
        sendInternalError(res);
      }
    };
    try {
      handleRequest(ctx, req, res).catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const queue = new HostEventQueue();
  let port = options.port;
  const ctx: HostContext = {
    services: options.services,
    rendererDir: options.rendererDir,
    token,
    queue,
    allowedHosts: () => new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]),
    bodyLimit: options.limits?.body ?? MAX_BODY,
    budget: new BodyBudget(options.limits?.bodies ?? MAX_BODIES),
  };
  const answering = new WeakMap<Socket, number>();
  const server = createServer(serveWithin(ctx, options.onError ?? (() => undefined), answering));
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => answerClientError(error, socket, (answering.get(socket as Socket) ?? 0) > 0));

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
    pushLive: (event) => queue.pushLive(event),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Event streams stay open until their clients go: end them.
        server.closeAllConnections();
      }),
  };
}
