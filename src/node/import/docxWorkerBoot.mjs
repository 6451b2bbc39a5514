// Starts docxWorker.ts from the TypeScript sources (under tsx or vitest), where
// no built worker exists: tsx compiles it in this thread. The built app and
// command line start out/main/docxWorker.js directly (docxIsolated.ts).
import { workerData } from 'node:worker_threads';

const { tsImport } = await import('tsx/esm/api');
await tsImport(workerData.entry, import.meta.url);
