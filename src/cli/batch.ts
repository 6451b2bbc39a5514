/**
 * Several files in one run (issue 11, item 7): `caogao outline|check|targets
 * FILE…`. With one file a command prints what it always printed. With more,
 * each file is read in turn; a file that cannot be read does not stop the
 * others. --json prints `{"files": [{"file": …, …the single-file fields}]}`,
 * with `"error": "<one line>"` for a file that could not be read; without
 * --json each file's own output follows a heading line, and a summary table
 * (parts, sections, glossary entries and the command's own counts) ends it.
 *
 * Exit code: 2 when no file could be read (the line of each is on stderr),
 * 3 when Caogao itself failed on one, else what the command says (check: 1
 * when any file has an error finding).
 */
import { CaogaoError } from '../core/errors.js';
import { displayName, displayWidth, padDisplay } from '../core/format/displayText.js';
import { message, type Lang, type MessageKey } from '../core/messages/index.js';
import { outlineOf } from '../core/outline.js';
import type { CommandContext } from './command.js';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UsageError } from './usage.js';
import type { Node as PMNode } from 'prosemirror-model';

/** The counts every summary row starts with. */
export interface Counts {
  parts: number;
  sections: number;
  glossary: number;
}

export function countsOf(doc: PMNode): Counts {
  const outline = outlineOf(doc);
  return {
    parts: outline.parts.length,
    sections: outline.parts.reduce((sum, p) => sum + (p.sections?.length ?? 0), 0),
    glossary: outline.glossary.length,
  };
}

/** What a command does with one file, split so that a batch can print it its own way. */
export interface PerFile<T> {
  /** Read and work on one file; a CaogaoError means the file could not be read. */
  run(file: string): Promise<T>;
  /** The single-file JSON (an object). */
  json(result: T, lang: Lang): Record<string, unknown>;
  /** The single-file output for people. */
  text(result: T, lang: Lang): string;
  /** The exit code for this file alone (check: 1 when it has an error finding). */
  exitCode(result: T): number;
  counts(result: T): Counts;
  /** The command's own columns after parts, sections and glossary, with their values. */
  columns: MessageKey[];
  cells(result: T): (string | number)[];
}

type Entry<T> = { file: string; result: T } | { file: string; error: string; internal: boolean };

/** The files named on the command line; at least one. */
export function requireFiles(ctx: CommandContext): string[] {
  if (!ctx.positionals.length) throw new UsageError('cli-missing-file');
  return ctx.positionals;
}

/** A table with a header row, columns separated by two spaces; numbers right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i] ?? ''))));
  const numeric = header.map((_, i) => i > 0 && rows.some((r) => typeof r[i] === 'number'));
  const line = (r: string[]) =>
    r
      .map((c, i) => padDisplay(c, widths[i], numeric[i] ? 'right' : 'left'))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

async function entryFor<T>(file: string, command: PerFile<T>, lang: Lang): Promise<Entry<T>> {
  try {
    return { file, result: await command.run(file) };
  } catch (error) {
    if (error instanceof CaogaoError) return { file, error: error.userMessage(lang), internal: false };
    const detail = (error as Error)?.message ?? String(error);
    return { file, error: `${lang === 'en' ? 'internal error' : '内部错误'}: ${detail}`, internal: true };
  }
}

/** Run `command` on every file of the command line and print as the header comment says; returns the exit code. */
export async function runOnFiles<T>(ctx: CommandContext, command: PerFile<T>): Promise<number> {
  const files = requireFiles(ctx);
  const { lang } = ctx;
  if (files.length === 1) {
    const result = await command.run(files[0]);
    ctx.out(ctx.values.json ? `${JSON.stringify(command.json(result, lang), null, 2)}\n` : command.text(result, lang));
    return command.exitCode(result);
  }
  const entries: Entry<T>[] = [];
  for (const file of files) {
    const entry = await entryFor(file, command, lang);
    entries.push(entry);
    if ('error' in entry) ctx.err(`caogao: ${entry.error}\n`);
    else if (!ctx.values.json) ctx.out(`== ${displayName(file)} ==\n${command.text(entry.result, lang)}\n`);
  }
  if (ctx.values.json) {
    const list = entries.map((e) => ('error' in e ? { file: e.file, error: e.error } : { file: e.file, ...command.json(e.result, lang) }));
    ctx.out(`${JSON.stringify({ files: list }, null, 2)}\n`);
  } else {
    ctx.out(`${summaryTable(entries, command, lang)}\n`);
  }
  const failed = entries.filter((e) => 'error' in e);
  if (failed.some((e) => 'internal' in e && e.internal)) return EXIT_INTERNAL;
  if (failed.length === entries.length) return EXIT_USAGE;
  return Math.max(EXIT_OK, ...entries.map((e) => ('result' in e ? command.exitCode(e.result) : EXIT_OK)));
}

function summaryTable<T>(entries: Entry<T>[], command: PerFile<T>, lang: Lang): string {
  const keys: MessageKey[] = ['cli-batch-file', 'cli-batch-parts', 'cli-batch-sections', 'cli-batch-glossary', ...command.columns];
  const header = keys.map((k) => message(k, lang));
  const rows = entries.map((e) => {
    if ('error' in e) return [displayName(e.file), message('cli-batch-failed', lang), ...keys.slice(2).map(() => '')];
    const c = command.counts(e.result);
    return [displayName(e.file), c.parts, c.sections, c.glossary, ...command.cells(e.result)];
  });
  const failed = entries.filter((e) => 'error' in e).length;
  return `${table(header, rows)}\n${message('cli-batch-total', lang, { files: entries.length, failed })}`;
}
