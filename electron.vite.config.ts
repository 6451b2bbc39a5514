/**
 * Build of the three parts (electron-vite 6): out/main (Electron main, ESM,
 * and the `caogao` command line as a second entry, out/main/cli.js, which
 * bin/caogao.mjs runs when it is not older than src/; the code the two share
 * goes to out/main/chunks, and the CLI's chunks never import electron; and
 * out/main/docxWorker.js, the worker thread that reads an untrusted .docx),
 * out/preload/index.cjs (the sandboxed preload: one CommonJS file that
 * requires only electron, so everything it imports is bundled) and
 * out/renderer (the page; root src/renderer, entry index.html). Relative
 * asset URLs let the same build be served from app://caogao/ and from the
 * browser host.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Runtime dependencies stay in node_modules (electron-vite's default). playwright-core is a development
      // dependency that the PDF export of the command line loads on demand; the app prints PDF through
      // Electron itself, so it is left out of the bundle rather than copied in (6 MB).
      externalizeDeps: { include: ['playwright-core'] },
      // docxWorker: the worker thread that reads an untrusted .docx (src/node/import/docxIsolated.ts finds it
      // beside the entries, out/main/docxWorker.js), for the app and the command line alike.
      rollupOptions: {
        input: {
          index: resolve(root, 'src/main/index.ts'),
          cli: resolve(root, 'src/cli/index.ts'),
          docxWorker: resolve(root, 'src/node/import/docxWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    base: './',
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
    },
  },
});
