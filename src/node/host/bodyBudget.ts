/**
 * Reading request bodies within two limits: each body (an upload of 64 MB,
 * base64 encoded, in its JSON) and all bodies being received at the same time.
 * Without the second, a few concurrent uploads just under the first hold
 * several times its memory, and the decoded copies more again.
 *
 * A body's bytes count against the shared budget from the moment they arrive
 * until its request is answered (`release`), since its text and what is
 * parsed from it live that long. A body refused mid-way is drained, not kept:
 * the rest of it is read and dropped, so the refusal can still be answered.
 */
import type { IncomingMessage } from 'node:http';

export class BodyBudget {
  private used = 0;

  constructor(readonly total: number) {}

  /** Bytes held by bodies now. */
  get inUse(): number {
    return this.used;
  }

  take(bytes: number): boolean {
    if (this.used + bytes > this.total) return false;
    this.used += bytes;
    return true;
  }

  give(bytes: number): void {
    this.used = Math.max(0, this.used - bytes);
  }
}

export type BodyOutcome =
  | { ok: true; text: string; release: () => void }
  /** too-large: over the limit of one body; busy: over what all bodies together may hold; aborted: the client went. */
  | { ok: false; reason: 'too-large' | 'busy' | 'aborted' };

function declaredLength(req: IncomingMessage): number | null {
  const value = req.headers['content-length'];
  return value !== undefined && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

export function readBody(req: IncomingMessage, limit: number, budget: BodyBudget): Promise<BodyOutcome> {
  const declared = declaredLength(req);
  if (declared !== null && declared > limit) return Promise.resolve({ ok: false, reason: 'too-large' });
  if (declared !== null && declared > budget.total - budget.inUse) return Promise.resolve({ ok: false, reason: 'busy' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const stop = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('close', onGone);
    };
    const refuse = (reason: 'too-large' | 'busy' | 'aborted'): void => {
      if (settled) return;
      settled = true;
      stop();
      budget.give(size);
      chunks.length = 0;
      if (reason !== 'aborted') req.resume();
      resolve({ ok: false, reason });
    };
    function onData(chunk: Buffer): void {
      if (size + chunk.length > limit) return refuse('too-large');
      if (!budget.take(chunk.length)) return refuse('busy');
      size += chunk.length;
      chunks.push(chunk);
    }
    function onEnd(): void {
      if (settled) return;
      settled = true;
      stop();
      let released = false;
      const release = (): void => {
        if (!released) budget.give(size);
        released = true;
      };
      resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8'), release });
    }
    function onGone(): void {
      refuse('aborted');
    }
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onGone);
    req.on('close', onGone);
  });
}
