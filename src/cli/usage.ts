/** Exit codes, the usage error and the help text of the `caogao` command. */
import { CaogaoError } from '../core/errors.js';
import { isMessageKey, message, type Lang, type MessageKey } from '../core/messages/index.js';
import type { Command } from './command.js';

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
export function helpText(lang: Lang, commands: readonly Pick<Command, 'usage' | 'summary'>[]): string {
  const width = Math.max(...commands.map((c) => c.usage.length)) + 1;
  const rows = commands.map((c) => `  ${c.usage.padEnd(width)} ${c.summary[lang]}`);
  const notes = (['cli-help-files', 'cli-help-batch', 'cli-help-output', 'cli-help-common'] as const).map((key) => message(key, lang));
  return `${message('cli-help-title', lang)}\n\n${rows.join('\n')}\n\n${notes.join('\n')}\n`;
}

/** The help flags, after a command's name (caogao check --help) or before it (caogao help check). */
export const HELP_FLAGS: readonly string[] = ['--help', '-h'];

/** What an option's value is called in the usage lines; otherwise its name in capitals. */
const VALUE_NAMES: Record<string, string> = { output: 'OUT', to: 'FORMAT', 'from-version': 'LABEL', 'to-version': 'LABEL', port: 'N', rules: 'a,b', 'min-severity': 'LEVEL' };

/** `--output, -o OUT` as the option list shows it. */
function optionLabel(name: string, option: Command['options'][string]): string {
  const short = option.short ? `, -${option.short}` : '';
  return `--${name}${short}${option.type === 'string' ? ` ${VALUE_NAMES[name] ?? name.toUpperCase()}` : ''}`;
}

/**
 * `caogao COMMAND --help`: the command's usage line and summary, each option
 * with what it does (cli-option-NAME in the catalog), then the notes that
 * apply to it: the files it reads, several files in one run (a usage with
 * FILE…), output files (an -o option), and the options and exit codes of all.
 */
export function commandHelp(lang: Lang, command: Command): string {
  const options = Object.entries(command.options).map(([name, option]) => [optionLabel(name, option), name] as const);
  options.push(['--help, -h', 'help']);
  const width = Math.max(...options.map(([label]) => label.length)) + 1;
  const described = (name: string) => {
    const key = `cli-option-${name}`;
    return isMessageKey(key) ? message(key, lang) : '';
  };
  const rows = options.map(([label, name]) => `  ${label.padEnd(width)} ${described(name)}`.trimEnd());
  const notes: MessageKey[] = [];
  if (/\b(FILE|OLD)\b/.test(command.usage)) notes.push('cli-help-files');
  if (command.usage.includes('FILE…')) notes.push('cli-help-batch');
  if ('output' in command.options) notes.push('cli-help-output');
  notes.push('cli-help-common');
  const head = `${message('cli-help-usage', lang, { usage: command.usage })}\n${command.summary[lang]}`;
  return `${head}\n\n${message('cli-help-options', lang)}\n${rows.join('\n')}\n\n${notes.map((key) => message(key, lang)).join('\n')}\n`;
}
