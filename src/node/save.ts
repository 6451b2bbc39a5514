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
import { errnoOf, nodeFileSystem } from './store/fileSystem.js';

export async function saveCaogao(path: string, file: CaogaoFile): Promise<void> {
  try {
    await writeFileAtomic(nodeFileSystem, path, serializeCaogao(file));
  } catch (cause) {
    const code = errnoOf(cause);
    const detail =
      code === 'ENOENT' ? '文件夹不存在' : code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code === 'ENOSPC' ? '磁盘空间不足' : code === 'EROFS' ? '文件夹是只读的' : String(code || cause);
    throw new CaogaoError('cli-file-unwritable', { file: path, detail }, { cause });
  }
}
