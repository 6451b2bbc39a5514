/**
 * An untrusted .docx is read in a worker thread, never in the thread that
 * serves the user: the command line's, the browser host's, or the Electron
 * main process, where a file that exhausts memory would take every window
 * with it. The worker's heap is limited (resourceLimits) and it gets a fixed
 * time; past either it is ended and the user reads one Chinese line. The
 * caps inside (docxZip.ts, docxRead.ts) refuse the known hostile shapes
 * first, with a clearer message; the limits here catch whatever is left.
 *
 * The worker is found by how this module runs: from the TypeScript sources
 * (tsx, vitest) it is docxWorker.ts started through docxWorkerBoot.mjs; from
 * the build it is out/main/docxWorker.js, beside the entry or one folder up
 * from the chunk this module was bundled into.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { CaogaoError } from '../../core/errors.js';
import type { DocxContent } from './docxRead.js';
import type { DocxWorkerReply } from './docxWorker.js';

/** The worker's heap: mammoth's tree of the largest part the caps let through fits; a hostile one does not. */
export const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };
/** A long report reads in under a second; a file that takes this long is not one. */
export const DOCX_TIMEOUT_MS = 20_000;

export interface IsolationOptions {
  timeoutMs?: number;
  limits?: ResourceLimits;
}

function workerScript(): { script: URL; data: Record<string, string> } {
  // Held in a variable so that the bundler does not take new URL(…, import.meta.url) for an asset to copy.
  const here = import.meta.url;
  if (fileURLToPath(here).endsWith('.ts')) {
    return { script: new URL('./docxWorkerBoot.mjs', here), data: { entry: new URL('./docxWorker.ts', here).href } };
  }
  for (const candidate of ['./docxWorker.js', '../docxWorker.js']) {
    const script = new URL(candidate, here);
    if (existsSync(script)) return { script, data: {} };
  }
  throw new Error(`the .docx worker (docxWorker.js) is missing beside ${fileURLToPath(here)}`);
}

const isOutOfMemory = (error: unknown): boolean => (error as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/** Read a .docx in a worker thread with limited heap and time; its bytes are copied, the caller keeps its own. */
export function readDocxIsolated(bytes: Uint8Array, file: string, options: IsolationOptions = {}): Promise<DocxContent> {
  const timeoutMs = options.timeoutMs ?? DOCX_TIMEOUT_MS;
  const { script, data } = workerScript();
  const copy = bytes.slice();
  const worker = new Worker(script, {
    workerData: { ...data, bytes: copy, file },
    transferList: [copy.buffer],
    resourceLimits: options.limits ?? WORKER_LIMITS,
  });
  return new Promise<DocxContent>((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      settle();
    };
    const timer = setTimeout(() => finish(() => reject(new CaogaoError('docx-timeout', { file, seconds: Math.round(timeoutMs / 1000) }))), timeoutMs);
    worker.once('message', (reply: DocxWorkerReply) =>
      finish(() => {
        if (reply.ok) resolve(reply.content);
        else if ('code' in reply) reject(new CaogaoError(reply.code, reply.params, { cause: new Error(reply.cause) }));
        else reject(new Error(`reading ${file} in the worker failed: ${reply.internal}`));
      }),
    );
    worker.once('error', (error) => finish(() => reject(isOutOfMemory(error) ? new CaogaoError('docx-too-complex', { file }, { cause: error }) : error)));
    // An exit with no answer and no error: the thread was ended from inside (a stack or heap limit V8 enforced).
    worker.once('exit', (code) => finish(() => reject(new CaogaoError('docx-too-complex', { file }, { cause: new Error(`the .docx worker exited with code ${code}`) }))));
  });
}
