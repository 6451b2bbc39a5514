/**
 * Answers of the browser host. Every answer carries the same protective
 * headers; JSON is serialised before anything is written, so a value that
 * cannot be serialised (nested too deep for JSON.stringify) becomes one clean
 * 500 instead of a second set of headers on a half-written answer.
 */
import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { MessageKey } from '../../core/messages/index.js';
import { failure } from '../../shared/dispatch.js';

export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  // No other origin may embed what the host answers (no-cors fetches, <script src>, <img>).
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const JSON_TYPE = 'application/json; charset=utf-8';
const INTERNAL = JSON.stringify(failure('host-internal', {}));

/** Close the connection after this answer: what follows a refused request on it cannot be trusted. */
export const CLOSE: Readonly<Record<string, string>> = { Connection: 'close' };

function serialise(body: unknown): string | null {
  try {
    return JSON.stringify(body) ?? 'null';
  } catch {
    return null;
  }
}

function writeJson(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  if (res.writableEnded) return;
  if (res.headersSent) {
    // Part of another answer is out already: the only honest end is to cut the connection.
    res.destroy();
    return;
  }
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = serialise(body);
  if (text === null) writeJson(res, 500, INTERNAL, headers);
  else writeJson(res, status, text, headers);
}

/** A refusal in the envelope the page reads (the catalog's message in both languages). */
export function sendFailure(res: ServerResponse, status: number, code: MessageKey, params: Record<string, string | number> = {}, headers: Record<string, string> = {}): void {
  sendJson(res, status, failure(code, params), headers);
}

/** The end of a request whose handling threw: 500 if nothing was sent yet, else the connection is cut. */
export function sendInternalError(res: ServerResponse): void {
  writeJson(res, 500, INTERNAL, CLOSE);
}

/**
 * Node's HTTP parser refused what came on a connection (a request line or
 * headers it cannot read, headers too large, too slow). Answer as Node would
 * (400, 431, 408), with the host's headers and envelope, unless an answer to
 * an earlier request on the connection is still being written.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex, answering: boolean): void {
  if (answering || !socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify(failure('host-bad-request', {}));
  const headers = { ...BASE_HEADERS, 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
}
