/**
 * The shape of a `caogao` command. Each command lives in commands/NAME.ts and
 * is listed in commands/index.ts; check, diff, export and web slot in the same way.
 */
import type { ParseArgsConfig } from 'node:util';
import type { Lang } from '../core/messages/index.js';

export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  lang: Lang;
  /** Whether stdout is a terminal (for colour). */
  tty: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Command {
  name: string;
  usage: string;
  summary: { zh: string; en: string };
  options: NonNullable<ParseArgsConfig['options']>;
  run(ctx: CommandContext): Promise<number>;
}
