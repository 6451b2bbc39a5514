#!/usr/bin/env node
// The `caogao` command. It runs the command line built by `npm run build`
// (out/main/cli.js) when that build is not older than the sources, and
// otherwise the TypeScript sources through tsx, so that `npx caogao` works
// right after `npm install` and never runs a stale build (the rule: entry.mjs).
// CAOGAO_FROM_SOURCES=1 always runs the sources.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { entryFor } from './entry.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = entryFor(root);
if (entry.kind === 'built') {
  // A file URL, not a path: import() of C:\… fails on Windows.
  await import(pathToFileURL(entry.path).href);
} else {
  // tsx is loaded only here: it is most of the start-up time of the sources.
  const { tsImport } = await import('tsx/esm/api');
  await tsImport(pathToFileURL(entry.path).href, import.meta.url);
}
