/**
 * The file a command writes (-o OUT), checked before anything is read or
 * written (issue 12, item 6): an existing file is replaced only with --force;
 * the output is never one of the inputs (the same file under another name, a
 * symbolic or hard link, counts as the same); and its extension names what is
 * written, so that a PDF never lands in a name ending .docx. Each refusal is a
 * UsageError: one line, exit code 2. The write itself stays atomic
 * (src/node/store/atomicWrite.ts).
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { UsageError } from './usage.js';

/** The extensions each written format may carry. */
const EXTENSIONS: Record<string, readonly string[]> = {
  caogao: ['.caogao'],
  docx: ['.docx'],
  pdf: ['.pdf'],
  html: ['.html', '.htm'],
  txt: ['.txt'],
};

/** The format an output's extension names ('pdf' for 报告.PDF), or '' for none. */
export function formatFromExtension(output: string): string {
  const ext = extname(output).toLowerCase();
  return Object.keys(EXTENSIONS).find((format) => EXTENSIONS[format].includes(ext)) ?? '';
}

export interface OutputRules {
  /** What is written: caogao, docx, pdf, html or txt. */
  format: string;
  /** The files read, none of which may be the output. */
  inputs: string[];
  /** --force: an existing output is replaced. */
  force: boolean;
}

async function identity(path: string): Promise<{ dev: number; ino: number; isDirectory: boolean } | null> {
  try {
    const s = await stat(path);
    return { dev: s.dev, ino: s.ino, isDirectory: s.isDirectory() };
  } catch {
    return null;
  }
}

/** Throws a UsageError when `output` may not be written under these rules. */
export async function checkOutput(output: string, rules: OutputRules): Promise<void> {
  const allowed = EXTENSIONS[rules.format] ?? [];
  if (!allowed.includes(extname(output).toLowerCase())) {
    throw new UsageError('cli-output-extension', { file: output, format: rules.format, ext: allowed.join('、') || `.${rules.format}` });
  }
  const target = await identity(output);
  if (!target) return;
  if (target.isDirectory) throw new UsageError('cli-output-folder', { file: output });
  for (const input of rules.inputs) {
    const source = await identity(input);
    if (source && source.dev === target.dev && source.ino === target.ino) throw new UsageError('cli-output-is-input', { file: output });
  }
  if (!rules.force) throw new UsageError('cli-output-exists', { file: output });
}
