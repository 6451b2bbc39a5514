/**
 * Documents cross the API boundary as the .caogao JSON shape. These two
 * functions turn a CaogaoFile (ProseMirror nodes) into that JSON and back; the
 * way back runs the same validation as opening a file (parseCaogao: envelope,
 * format version, ProseMirror's check), so a malformed document from either
 * side raises the same CaogaoError as a damaged file.
 */
import { formatVersionOf, parseCaogao, storedComments, type CaogaoFile } from '../core/format/caogaoFile.js';
import type { CaogaoJson } from './api.js';

export function fileToJson(file: CaogaoFile): CaogaoJson {
  return {
    format: 'caogao',
    version: formatVersionOf(file),
    doc: file.doc.toJSON() as CaogaoJson['doc'],
    versions: file.versions.map((v) => ({
      id: v.id,
      label: v.label,
      createdAt: v.createdAt,
      author: v.author,
      doc: v.doc.toJSON() as CaogaoJson['doc'],
      ...storedComments(v.comments),
    })),
    settings: file.settings,
    ...storedComments(file.comments),
  };
}

/** `name` names the document in error messages. */
export function fileFromJson(json: CaogaoJson, name = ''): CaogaoFile {
  return parseCaogao(JSON.stringify(json), name);
}
