#!/usr/bin/env node
// The `caogao` command. It runs the TypeScript sources through tsx, so that
// `npx caogao` works in the repository right after `npm install`.
import { tsImport } from 'tsx/esm/api';

await tsImport('../src/cli/index.ts', import.meta.url);
