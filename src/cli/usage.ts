/** Exit codes, the usage error and the help text of the `caogao` command. */
import { CaogaoError } from '../core/errors.js';
import { message, type Lang } from '../core/messages/index.js';

/** A mistake in how the command was called: exit code 2, one line on stderr. */
export class UsageError extends CaogaoError {}

export const EXIT_OK = 0;
/** The command ran and found errors (used by check). */
export const EXIT_FINDINGS = 1;
/** Bad usage, or an unreadable or damaged input. */
export const EXIT_USAGE = 2;
/** A fault in Caogao itself. */
export const EXIT_INTERNAL = 3;

/**
 * `caogao --help`: one line per command (its usage and summary), then what
 * files are read, several files in one run (outline, check, targets), the
 * rules for output files (-o, --force) and the options and exit codes of all.
 */
export function helpText(lang: Lang, commands: readonly { usage: string; summary: { zh: string; en: string } }[]): string {
  const width = Math.max(...commands.map((c) => c.usage.length)) + 1;
  const rows = commands.map((c) => `  ${c.usage.padEnd(width)} ${c.summary[lang]}`);
  const notes = (['cli-help-files', 'cli-help-batch', 'cli-help-output', 'cli-help-common'] as const).map((key) => message(key, lang));
  return `${message('cli-help-title', lang)}\n\n${rows.join('\n')}\n\n${notes.join('\n')}\n`;
}
