/**
 * Documents named on a command line: Electron's own (`electron . report.caogao`,
 * a double-click in the file manager) or a second instance's. Options and the
 * app path are skipped; only files of a kind Caogao opens are kept, made
 * absolute against the directory the command ran in.
 */
import { extname, isAbsolute, resolve } from 'node:path';
import { OPENABLE } from '../node/host/backend.js';

export function documentsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && OPENABLE.includes(extname(arg).toLowerCase()))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}
