/**
 * Raw HTTP exchanges over node:net for the host tests: the request goes out
 * byte for byte as written (a request line no client library would send),
 * and the answer is read until the host closes the connection or a time
 * limit passes.
 */
import { connect } from 'node:net';

export interface RawAnswer {
  /** 0 when the host closed or reset the connection without an answer. */
  status: number;
  headers: Record<string, string>;
  body: string;
  /** How many status lines came back (one answer per request, never two). */
  statusLines: number;
  timedOut: boolean;
}

export function parseAnswer(text: string): Omit<RawAnswer, 'timedOut'> {
  const statusLines = (text.match(/^HTTP\/1\.[01] \d{3}/gm) ?? []).length;
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
  if (!match) return { status: 0, headers: {}, body: '', statusLines };
  const end = text.indexOf('\r\n\r\n');
  const head = end < 0 ? text : text.slice(0, end);
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(match[1]), headers, body: end < 0 ? '' : text.slice(end + 4), statusLines };
}

/** The length of the first final (not 1xx) answer in `bytes`, once all of it has arrived; null before. */
function completeLength(bytes: Buffer): number | null {
  let offset = 0;
  for (;;) {
    const end = bytes.indexOf('\r\n\r\n', offset);
    if (end < 0) return null;
    const head = bytes.subarray(offset, end).toString('latin1');
    if (/^HTTP\/1\.[01] 1\d\d/.test(head)) {
      offset = end + 4;
      continue;
    }
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) return null; // no length: read until the host closes
    const total = end + 4 + Number(length[1]);
    return bytes.length >= total ? total : null;
  }
}

/**
 * Send `request` (latin1: each char one byte); resolve with the first answer
 * once it is complete, or with what came when the host closes or the time
 * limit passes. The connection is not half-closed unless asked (`halfClose`,
 * as a client that goes mid-request): Node's server drops the answers still
 * pending for a client that half-closes, and a browser never does.
 */
export function rawExchange(port: number, request: string | Buffer, timeoutMs = 3000, { halfClose = false } = {}): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let timedOut = false;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...parseAnswer(received.toString('utf8')), timedOut });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      finish();
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (completeLength(received) !== null) finish();
    });
    socket.on('error', () => undefined);
    socket.on('close', finish);
    const bytes = typeof request === 'string' ? Buffer.from(request, 'latin1') : request;
    if (halfClose) socket.end(bytes);
    else socket.write(bytes);
  });
}

/** A GET with the given target, the right Host header, and Connection: close. */
export function rawGet(port: number, target: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const lines = [`GET ${target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return rawExchange(port, `${lines.join('\r\n')}\r\n\r\n`);
}

/**
 * Request targets a browser, a proxy or a fuzzer can put on the request line.
 * The first thirteen threw "Invalid URL" out of the handler and ended the host.
 */
export const MALFORMED_TARGETS = [
  '//',
  'http://[',
  '//[',
  'http://%zz/',
  'http://x:-1/',
  '///',
  '//x:99999/',
  'http://',
  '/\\[',
  '//%zz',
  '//user@',
  'http://[::1',
  'https://[::g]/',
  'http://x:99999999999/',
  '*',
  'ftp://x/',
  '/%zz',
  'x',
  '?token=x',
];
