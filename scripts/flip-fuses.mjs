#!/usr/bin/env node
// Flip the Electron fuses of a packaged Caogao (build/fuses.mjs says which and why):
//   node scripts/flip-fuses.mjs <path to the packaged Electron binary>
// (Caogao.exe, Caogao.app, or the caogao binary on Linux). Run after packaging and before
// signing. It needs the Electron binary, which our build machines cannot download: there the
// script can only be read and its config tested (tests/unit/files/fuses.test.ts).
import { existsSync } from 'node:fs';
import { flipFuses } from '@electron/fuses';
import { tsImport } from 'tsx/esm/api';
import { fuseConfig } from '../build/fuses.mjs';

const { message, langFromEnv } = await tsImport('../src/core/messages/index.ts', import.meta.url);
const lang = langFromEnv(process.env);
const binary = process.argv[2];
if (!binary || !existsSync(binary)) {
  console.error(message('fuses-usage', lang, { path: binary ?? '' }));
  process.exit(2);
}
await flipFuses(binary, fuseConfig);
console.log(message('fuses-flipped', lang, { path: binary }));
