/**
 * Reading a report from disk by its kind: .txt through the text importer,
 * .caogao through the file format. Node-only (fs); the CLI, the browser host
 * and the Electron main process share it.
 */
import { readFile } from 'node:fs/promises';
import { extname, basename } from 'node:path';
import type { Node as PMNode } from 'prosemirror-model';
import { CaogaoError } from '../core/errors.js';
import { parseCaogao, type CaogaoFile } from '../core/format/caogaoFile.js';
import { importText } from '../core/import/text.js';
import type { ImportNotice } from '../core/import/notices.js';

export interface LoadedDocument extends CaogaoFile {
  /** How it was read: imported from text, or opened as a .caogao file. */
  kind: 'text' | 'caogao';
  notices: ImportNotice[];
}

export const READABLE_EXTENSIONS = ['.txt', '.caogao'];

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? '文件不存在' : code === 'EACCES' ? '没有读取权限' : code === 'EISDIR' ? '这是一个文件夹' : String(code ?? cause);
    throw new CaogaoError('cli-file-unreadable', { file: path, detail }, { cause });
  }
}

export async function loadDocument(path: string): Promise<LoadedDocument> {
  const ext = extname(path).toLowerCase();
  if (ext === '.txt') {
    const { doc, notices } = importText(await readText(path));
    return { kind: 'text', doc, versions: [], settings: {}, notices };
  }
  if (ext === '.caogao') {
    const file = parseCaogao(await readText(path), basename(path));
    return { kind: 'caogao', ...file, notices: [] };
  }
  throw new CaogaoError('cli-unsupported-type', { file: path });
}

export type { PMNode };
