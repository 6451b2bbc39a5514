import type { CommandContext } from './command.js';
import { UsageError } from './usage.js';

/** The single FILE argument of a command. */
export function requireFile(ctx: CommandContext, index = 0): string {
  const file = ctx.positionals[index];
  if (!file) throw new UsageError('cli-missing-file');
  return file;
}
