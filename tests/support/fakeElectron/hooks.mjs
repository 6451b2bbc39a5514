/**
 * Module customization hook (Node 20.6+ `module.register`): the bare
 * specifier `electron` resolves to the recording fake next to this file, so
 * the built main process (out/main/index.js, which imports 'electron' as an
 * external) runs in plain Node. Every other specifier resolves as usual.
 */
const FAKE = new URL('./electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: FAKE, format: 'module', shortCircuit: true };
  return nextResolve(specifier, context);
}
