/**
 * Runs the built preload (out/preload/index.cjs) the way Electron runs a
 * sandboxed preload: as a CommonJS function in a fresh JavaScript context
 * whose `require` knows only `electron`, with no Node globals. Its
 * `electron` is a recording fake of contextBridge and ipcRenderer, so a test
 * sees what the preload puts on the page's window and every message the
 * exposed functions send.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

export interface IpcCall {
  kind: 'invoke' | 'send' | 'on' | 'removeListener';
  channel: string;
  args: unknown[];
}

export interface LoadedPreload {
  /** What contextBridge.exposeInMainWorld received, by key. */
  exposed: Map<string, unknown>;
  calls: IpcCall[];
  /** Every module the preload asked for. */
  required: string[];
  /** Deliver a message from main on `channel` to the preload's listeners. */
  emitFromMain(channel: string, ...args: unknown[]): void;
}

export function loadPreload(file: string): LoadedPreload {
  const exposed = new Map<string, unknown>();
  const calls: IpcCall[] = [];
  const required: string[] = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

  const ipcRenderer = {
    invoke(channel: string, ...args: unknown[]) {
      calls.push({ kind: 'invoke', channel, args });
      return Promise.resolve({ ok: true, value: null });
    },
    send(channel: string, ...args: unknown[]) {
      calls.push({ kind: 'send', channel, args });
    },
    on(channel: string, listener: (...args: unknown[]) => void) {
      calls.push({ kind: 'on', channel, args: [] });
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: (...args: unknown[]) => void) {
      calls.push({ kind: 'removeListener', channel, args: [] });
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
      exposed.set(key, api);
    },
  };
  const requireInSandbox = (name: string) => {
    required.push(name);
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error(`module not found in the sandboxed preload: ${name}`);
  };

  const source = readFileSync(file, 'utf8');
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const run = runInNewContext(wrapped, {}, { filename: file }) as (...args: unknown[]) => void;
  const module = { exports: {} };
  run(module.exports, requireInSandbox, module, file, '.');

  return {
    exposed,
    calls,
    required,
    emitFromMain(channel, ...args) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, ...args);
    },
  };
}
