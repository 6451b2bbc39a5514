/**
 * Writing a .caogao file atomically for the command line: a temporary file in
 * the same folder, fsync, a rename over the target, an fsync of the folder
 * (store/atomicWrite.ts), so a crash leaves the old file whole. The app saves
 * through the document store (store/documentStore.ts), which adds conflict
 * detection, the journal and locks.
 */
import { CaogaoError } from '../core/errors.js';
import { serializeCaogao, type CaogaoFile } from '../core/format/caogaoFile.js';
import { writeFileAtomic } from './store/atomicWrite.js';
import { nodeFileSystem } from './store/fileSystem.js';
import { osReason } from './store/fsErrors.js';

/** Write `file` (or its text, serialised already by the caller) to `path`; a failure of the write is a CaogaoError naming the file. */
export async function saveCaogao(path: string, file: CaogaoFile | string): Promise<void> {
  // Serialised outside the try: a document that cannot be serialised is not a write error.
  const text = typeof file === 'string' ? file : serializeCaogao(file);
  try {
    await writeFileAtomic(nodeFileSystem, path, text);
  } catch (cause) {
    throw new CaogaoError('cli-file-unwritable', { file: path, detail: osReason(cause, 'write') }, { cause });
  }
}
