/**
 * `node --import ./register.mjs out/main/index.js …`: installs the hook that
 * makes `import … from 'electron'` load the recording fake (hooks.mjs).
 */
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
