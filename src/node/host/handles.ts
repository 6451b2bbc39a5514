/**
 * Opaque document handles. The page never names a file by path: the host
 * binds each file the user chose (dialog, recent list, command line, the OS)
 * or each untitled document to a random handle, and the page can only refer
 * to what it was given. A handle also carries the key of the document's
 * autosave backup, which stays the same when "save as" moves it to a new file.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname } from 'node:path';
import { CaogaoError } from '../../core/errors.js';
import { displayName } from '../../core/format/displayText.js';
import type { DocHandle } from '../../shared/api.js';

export interface Binding {
  /** The file the document reads from and saves to; null for an untitled document. */
  path: string | null;
  /** Display name: the file name, or the untitled name, with bidirectional and control characters spelled out (displayText.ts). */
  name: string;
  /** Folder shown to the user and offered first by 另存为: the file's, or the one an import came from. */
  dir: string | null;
  /** Key of the autosave backup. */
  journalKey: string;
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function randomKey(length: number): string {
  let key = '';
  for (const byte of randomBytes(length)) key += ALPHABET[byte % 36];
  return key;
}

export class HandleTable {
  private readonly bindings = new Map<DocHandle, Binding>();

  /** A new handle for a file, or the existing one if the file already has one. */
  forPath(path: string): DocHandle {
    for (const [handle, binding] of this.bindings) if (binding.path === path) return handle;
    return this.issue({ path, name: basename(path), dir: dirname(path), journalKey: randomKey(16) });
  }

  /** A new handle for an untitled document (`dir`: where it was imported from, if anywhere). */
  untitled(name: string, dir: string | null = null): DocHandle {
    return this.issue({ path: null, name, dir, journalKey: randomKey(16) });
  }

  issue(binding: Binding): DocHandle {
    const handle = `h${randomKey(16)}`;
    // Every name the page shows, or a message quotes, comes from here: make it safe to show once, for all of them.
    this.bindings.set(handle, { ...binding, name: displayName(binding.name) });
    return handle;
  }

  get(handle: DocHandle): Binding {
    const binding = this.bindings.get(handle);
    if (!binding) throw new CaogaoError('api-unknown-handle');
    return binding;
  }

  /** Point a handle at another file ("save as"), keeping its backup key. */
  rebind(handle: DocHandle, path: string): Binding {
    const binding = { ...this.get(handle), path, name: displayName(basename(path)), dir: dirname(path) };
    this.bindings.set(handle, binding);
    return binding;
  }
}
