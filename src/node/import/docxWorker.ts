/**
 * The worker that reads an untrusted .docx (docxIsolated.ts starts it): one
 * file, one answer, then the worker ends. Its heap is limited by the thread
 * that starts it, so a file that needs too much memory ends this thread and
 * never the process that holds the user's documents.
 *
 * Built as its own entry (out/main/docxWorker.js, electron.vite.config.ts);
 * from the sources it is loaded through tsx by docxWorkerBoot.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CaogaoError } from '../../core/errors.js';
import { readDocx } from './docxRead.js';

/** What the worker answers: the content, or a refusal that names a message of the catalog. */
export type DocxWorkerReply =
  | { ok: true; content: Awaited<ReturnType<typeof readDocx>> }
  | { ok: false; code: CaogaoError['code']; params: Record<string, string | number>; cause: string }
  | { ok: false; internal: string };

/** The file, handed over in workerData (its bytes transferred, not copied). */
export interface DocxWorkerRequest {
  bytes: Uint8Array;
  file: string;
}

const port = parentPort;
if (port) {
  const request = workerData as DocxWorkerRequest;
  readDocx(request.bytes, request.file).then(
    (content) => port.postMessage({ ok: true, content } satisfies DocxWorkerReply),
    (error: unknown) => {
      const reply: DocxWorkerReply =
        error instanceof CaogaoError
          ? { ok: false, code: error.code, params: error.params, cause: String((error.cause as Error | undefined)?.message ?? error.message) }
          : { ok: false, internal: String((error as Error)?.stack ?? error) };
      port.postMessage(reply);
    },
  );
}
