/**
 * Reading a report from disk by its kind: .caogao through the file format,
 * .txt through the text importer, .docx through mammoth and .md through the
 * Markdown importer. Node-only (fs); the CLI, the browser host and the
 * Electron main process share it.
 *
 * Nothing here writes. A file too large for a report, or text that is not
 * UTF-16, UTF-8 or GB18030, is refused with a message naming the file before
 * any parsing starts. A .docx is read in a worker thread (import/docxIsolated.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, basename } from 'node:path';
import type { Node as PMNode } from 'prosemirror-model';
import { CaogaoError } from '../core/errors.js';
import type { CaogaoFile } from '../core/format/caogaoFile.js';
import { importText } from '../core/import/text.js';
import { importMarkdown } from '../core/import/markdown.js';
import { fileNotice, type ImportNotice } from '../core/import/notices.js';
import { stripNonXmlChars } from '../core/text/xmlChars.js';
import { osReason } from './store/fsErrors.js';

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

/** The file part of what was read (without kind and notices): what the store, the host and `caogao import` keep. */
export function fileOf(loaded: CaogaoFile): CaogaoFile {
  return { doc: loaded.doc, versions: loaded.versions, settings: loaded.settings, comments: loaded.comments ?? [] };
}

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

/**
 * A file the system would not read, in words (fsErrors.ts osReason): the
 * errno code (ENOTDIR, EISDIR …) stays in the cause, never in the line the
 * user reads, and the reason is shown in the user's language.
 */
function unreadable(path: string, cause: unknown): CaogaoError {
  const code = (cause as NodeJS.ErrnoException)?.code;
  if (code === 'ENOTDIR') return new CaogaoError('read-path-not-folder', { file: path }, { cause });
  const reason = osReason(cause, 'read');
  if (reason.startsWith('reason-')) return new CaogaoError('cli-file-unreadable', { file: path, detail: reason }, { cause });
  return new CaogaoError('read-failed', { file: path, detail: reason }, { cause });
}

const megabytes = (n: number): string => `${(n / MB).toFixed(1)} MB`;

export function checkSize(name: string, kind: DocumentKind, size: number): void {
  if (size > SIZE_LIMITS[kind]) {
    throw new CaogaoError('open-too-large', { file: basename(name), size: megabytes(size), limit: megabytes(SIZE_LIMITS[kind]) });
  }
}

/**
 * The encoding of UTF-16 text without a byte order mark, as Windows Notepad
 * and some exports write it: ASCII characters (digits, punctuation, line
 * ends) have a zero high byte, so NULs gather on the odd bytes (little
 * endian) or the even ones (big endian); a few fall on the other side, from
 * characters such as 一 (U+4E00) whose low byte is zero. Text in one-byte
 * encodings has no NULs at all. One NUL in 64 bytes, and three times as many
 * on one side as on the other, are asked for; the decoding must then succeed.
 */
function nulCount(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if (byte === 0) count++;
  return count;
}

function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  const nuls = even + odd;
  if (nuls * 64 < bytes.length) return null;
  if (odd > 3 * even) return 'utf-16le';
  if (even > 3 * odd) return 'utf-16be';
  return null;
}

function decodeAs(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Text of a .txt or .md file: UTF-16 with a byte order mark (either order)
 * or recognisably without one, else UTF-8 (with or without BOM), else
 * GB18030 (the Windows Chinese encoding drafts often arrive in). Many NUL
 * bytes in what is not UTF-16, or bytes that are none of these, mean the
 * file is not text.
 */
export function decodeText(name: string, bytes: Uint8Array): string {
  const notText = () => new CaogaoError('open-not-text', { file: basename(name) });
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  // TextDecoder drops the BOM of the encoding it is given.
  if (bom) {
    // A byte order mark is the file's own word: a broken pair of surrogates becomes U+FFFD rather than refusing it.
    return new TextDecoder(bom).decode(bytes);
  }
  const utf16 = utf16Without(bytes);
  if (utf16) {
    const text = decodeAs(utf16, bytes);
    if (text !== null && !text.includes('\0')) return text;
    throw notText();
  }
  // Many NULs and not UTF-16: a binary file. A stray one in text is dropped on the way in (enteringText).
  if (nulCount(bytes) * 64 >= bytes.length && bytes.includes(0)) throw notText();
  for (const encoding of ['utf-8', 'gb18030']) {
    const text = decodeAs(encoding, bytes);
    if (text !== null) return text;
  }
  throw notText();
}

/**
 * Text as it enters a report: a form feed (a page break of a print read back
 * as text) becomes a line break, which the text importer reads the same way,
 * and the characters XML 1.0 forbids (xmlChars.ts) are dropped and counted.
 */
export function enteringText(text: string): { text: string; notices: ImportNotice[] } {
  const { text: clean, removed } = stripNonXmlChars(text.replace(/\f/g, '\n'));
  return { text: clean, notices: removed ? [fileNotice('import-dropped-chars', { count: removed })] : [] };
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
      const entering = enteringText(decodeText(name, bytes));
      const { doc, notices } = importText(entering.text);
      return { kind, doc, versions: [], settings: {}, notices: [...entering.notices, ...notices] };
    }
    case 'md': {
      const entering = enteringText(decodeText(name, bytes));
      const { doc, notices } = importMarkdown(entering.text);
      return { kind, doc, versions: [], settings: {}, notices: [...entering.notices, ...notices] };
    }
    case 'docx': {
      // Read in a worker with limited heap and time (never in this thread), then recognised here.
      const [{ readDocxIsolated }, { docxImport }] = await Promise.all([import('./import/docxIsolated.js'), import('./import/docx.js')]);
      const { doc, notices, comments } = docxImport(await readDocxIsolated(bytes, file), file);
      return { kind, doc, versions: [], settings: {}, notices, comments: comments ?? [] };
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
