/**
 * Reading a report from disk by its kind: .caogao through the file format,
 * .txt through the text importer, .docx through mammoth and .md through the
 * Markdown importer. Node-only (fs); the CLI, the browser host and the
 * Electron main process share it.
 *
 * Nothing here writes. A file too large for a report, or text that is not
 * UTF-8 or GB18030, is refused with a message naming the file before any
 * parsing starts.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, basename } from 'node:path';
import type { Node as PMNode } from 'prosemirror-model';
import { CaogaoError } from '../core/errors.js';
import type { CaogaoFile } from '../core/format/caogaoFile.js';
import { importText } from '../core/import/text.js';
import { importMarkdown } from '../core/import/markdown.js';
import type { ImportNotice } from '../core/import/notices.js';

export type DocumentKind = 'text' | 'caogao' | 'docx' | 'md';

export interface LoadedDocument extends CaogaoFile {
  /** How it was read: imported from text, .docx or Markdown, or opened as a .caogao file. */
  kind: DocumentKind;
  notices: ImportNotice[];
}

const KIND_BY_EXTENSION: Record<string, DocumentKind> = {
  '.caogao': 'caogao',
  '.txt': 'text',
  '.docx': 'docx',
  '.md': 'md',
  '.markdown': 'md',
};

export const READABLE_EXTENSIONS = Object.keys(KIND_BY_EXTENSION);

const MB = 1024 * 1024;

/**
 * Largest file of each kind that is read. A long report is about 100 KB of
 * text; a .caogao file with 50 versions of it about 10 MB; a .docx with
 * pictures can be large, but only its text is kept.
 */
export const SIZE_LIMITS: Record<DocumentKind, number> = { text: 8 * MB, md: 8 * MB, docx: 64 * MB, caogao: 128 * MB };

export function kindOf(path: string): DocumentKind {
  const kind = KIND_BY_EXTENSION[extname(path).toLowerCase()];
  if (!kind) throw new CaogaoError('open-unsupported', { file: basename(path) });
  return kind;
}

function unreadable(path: string, cause: unknown): CaogaoError {
  const code = (cause as NodeJS.ErrnoException).code;
  const detail = code === 'ENOENT' ? '文件不存在' : code === 'EACCES' ? '没有读取权限' : code === 'EISDIR' ? '这是一个文件夹' : String(code ?? cause);
  return new CaogaoError('cli-file-unreadable', { file: path, detail }, { cause });
}

const megabytes = (n: number): string => `${(n / MB).toFixed(1)} MB`;

export function checkSize(name: string, kind: DocumentKind, size: number): void {
  if (size > SIZE_LIMITS[kind]) {
    throw new CaogaoError('open-too-large', { file: basename(name), size: megabytes(size), limit: megabytes(SIZE_LIMITS[kind]) });
  }
}

/**
 * Text of a .txt or .md file: UTF-8 (with or without BOM), else GB18030 (the
 * Windows Chinese encoding drafts often arrive in). A NUL byte or bytes that
 * are neither mean the file is not text.
 */
export function decodeText(name: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new CaogaoError('open-not-text', { file: basename(name) });
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // try the next encoding
    }
  }
  throw new CaogaoError('open-not-text', { file: basename(name) });
}

/** Read a document from its bytes; `name` gives its kind (extension) and names it in messages. */
export async function documentFromBytes(name: string, bytes: Uint8Array): Promise<LoadedDocument> {
  const kind = kindOf(name);
  checkSize(name, kind, bytes.byteLength);
  const file = basename(name);
  switch (kind) {
    case 'caogao': {
      // The file format (and zod, which validates it: ~80 ms to load) only for a .caogao file.
      const { parseCaogao } = await import('../core/format/caogaoFile.js');
      const text = new TextDecoder('utf-8').decode(bytes);
      return { kind, ...parseCaogao(text, file), notices: [] };
    }
    case 'text': {
      const { doc, notices } = importText(decodeText(name, bytes));
      return { kind, doc, versions: [], settings: {}, notices };
    }
    case 'md': {
      const { doc, notices } = importMarkdown(decodeText(name, bytes));
      return { kind, doc, versions: [], settings: {}, notices };
    }
    case 'docx': {
      // mammoth and jszip are loaded only for a .docx: the command line reads mostly text and .caogao files.
      const { importDocx } = await import('./import/docx.js');
      const { doc, notices } = await importDocx(bytes, file);
      return { kind, doc, versions: [], settings: {}, notices };
    }
  }
}

export async function loadDocument(path: string): Promise<LoadedDocument> {
  const kind = kindOf(path);
  try {
    const info = await stat(path);
    if (info.isFile()) checkSize(path, kind, info.size);
  } catch (cause) {
    if (cause instanceof CaogaoError) throw cause;
    throw unreadable(path, cause);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw unreadable(path, cause);
  }
  return documentFromBytes(path, bytes);
}

export type { PMNode };
