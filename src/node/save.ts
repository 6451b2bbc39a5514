/**
 * Writing a .caogao file atomically: a temporary file in the same folder,
 * fsync, then a rename over the target, so a crash leaves the old file whole.
 */
import writeFileAtomic from 'write-file-atomic';
import { CaogaoError } from '../core/errors.js';
import { serializeCaogao, type CaogaoFile } from '../core/format/caogaoFile.js';

export async function saveCaogao(path: string, file: CaogaoFile): Promise<void> {
  try {
    await writeFileAtomic(path, serializeCaogao(file), { encoding: 'utf8', fsync: true });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const detail =
      code === 'ENOENT' ? '文件夹不存在' : code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code === 'ENOSPC' ? '磁盘空间不足' : code === 'EROFS' ? '文件夹是只读的' : String(code ?? cause);
    throw new CaogaoError('cli-file-unwritable', { file: path, detail }, { cause });
  }
}
