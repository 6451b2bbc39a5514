/**
 * A FileSystem for fault injection: the real one, except that the step named
 * fails once with the errno code given (ENOSPC after the temp write, a rename
 * refused, a folder fsync that fails …). It also records every path written,
 * so a test can prove that nothing was written.
 */
import { basename } from 'node:path';
import { nodeFileSystem, type FileSystem } from '../../../src/node/store/fileSystem.js';

export type FaultStep = 'create' | 'write' | 'sync' | 'rename' | 'syncDir' | 'unlink' | 'mkdir';

export interface Fault {
  step: FaultStep;
  code: string;
  /** Only paths whose file name matches (default: any). */
  match?: RegExp;
  /** How many times it fails (default: every time). */
  times?: number;
  /** Only when this holds for the paths written so far (e.g. right after a rename of the document). */
  when?: (writes: string[]) => boolean;
}

export function errnoError(code: string, path = ''): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure, '${path}'`), { code, path });
}

export interface FaultyFs extends FileSystem {
  /** Paths created, renamed to or unlinked, in order. */
  writes: string[];
  faults: Fault[];
}

export function faultyFs(faults: Fault[] = [], base: FileSystem = nodeFileSystem): FaultyFs {
  const fs: FaultyFs = {
    writes: [],
    faults,
    readFile: (p) => base.readFile(p),
    stat: (p) => base.stat(p),
    readdir: (p) => base.readdir(p),
    chmod: (p, m) => base.chmod(p, m),
    async create(path, options) {
      fail('create', path);
      fs.writes.push(path);
      const file = await base.create(path, options);
      return {
        write: async (data) => {
          fail('write', path);
          await file.write(data);
        },
        sync: async () => {
          fail('sync', path);
          await file.sync();
        },
        close: () => file.close(),
      };
    },
    async rename(from, to) {
      fail('rename', to);
      fs.writes.push(to);
      await base.rename(from, to);
    },
    async unlink(path) {
      fail('unlink', path);
      fs.writes.push(path);
      await base.unlink(path);
    },
    async mkdir(path) {
      fail('mkdir', path);
      await base.mkdir(path);
    },
    async syncDir(path) {
      fail('syncDir', path);
      await base.syncDir(path);
    },
  };
  function fail(step: FaultStep, path: string): void {
    for (const fault of fs.faults) {
      if (fault.step !== step || (fault.match && !fault.match.test(basename(path)))) continue;
      if (fault.when && !fault.when(fs.writes)) continue;
      if (fault.times !== undefined) {
        if (fault.times <= 0) continue;
        fault.times -= 1;
      }
      throw errnoError(fault.code, path);
    }
  }
  return fs;
}
