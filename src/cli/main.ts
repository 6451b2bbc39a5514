/**
 * The `caogao` command line: import, outline (and check, diff, export, web as
 * they land). Exit codes: 0 ok; 1 the command found errors; 2 bad usage or an
 * unreadable or damaged input, with one line on stderr in the user's language;
 * 3 a fault in Caogao itself.
 */
import { parseArgs } from 'node:util';
import { CaogaoError } from '../core/errors.js';
import { langFromEnv, type Lang } from '../core/messages/index.js';
import type { Command, CommandContext } from './command.js';
import { commands } from './commands/index.js';
import { commandHelp, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, HELP_FLAGS, helpText, UsageError } from './usage.js';

export interface CliIO {
  argv: string[];
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  tty: boolean;
}

/** Pick --lang out of argv before the command parses the rest. */
function takeLang(argv: string[], env: CliIO['env']): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let lang = langFromEnv(env);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lang' && (argv[i + 1] === 'en' || argv[i + 1] === 'zh')) {
      lang = argv[++i] as Lang;
    } else if (arg === '--lang=en' || arg === '--lang=zh') {
      lang = arg.slice(7) as Lang;
    } else rest.push(arg);
  }
  return { lang, rest };
}

function parseFor(command: Command, argv: string[]): Pick<CommandContext, 'positionals' | 'values'> {
  try {
    const { positionals, values } = parseArgs({ args: argv, options: command.options, allowPositionals: true, strict: true });
    return { positionals, values: values as CommandContext['values'] };
  } catch (cause) {
    const option = /'([^']+)'/.exec(String((cause as Error).message))?.[1] ?? String(cause);
    throw new UsageError('cli-bad-option', { option }, { cause });
  }
}

export async function runCli(io: CliIO): Promise<number> {
  const { lang, rest } = takeLang(io.argv, io.env);
  const [name, ...args] = rest;
  const named = (n: string | undefined) => commands.find((c) => c.name === n);
  // `caogao help check` is `caogao check --help`.
  if (name === 'help' && named(args[0])) {
    io.stdout(commandHelp(lang, named(args[0])!));
    return EXIT_OK;
  }
  if (!name || HELP_FLAGS.includes(name) || name === 'help') {
    (name ? io.stdout : io.stderr)(helpText(lang, commands));
    return name ? EXIT_OK : EXIT_USAGE;
  }
  try {
    const command = named(name);
    if (!command) throw new UsageError('cli-unknown-command', { command: name });
    if (args.some((arg) => HELP_FLAGS.includes(arg))) {
      io.stdout(commandHelp(lang, command));
      return EXIT_OK;
    }
    const parsed = parseFor(command, args);
    return await command.run({ ...parsed, lang, tty: io.tty, out: io.stdout, err: io.stderr });
  } catch (error) {
    if (error instanceof CaogaoError) {
      io.stderr(`caogao: ${error.userMessage(lang)}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`caogao: ${lang === 'en' ? 'internal error' : '内部错误'}: ${(error as Error)?.message ?? String(error)}\n`);
    if (io.env.CAOGAO_DEBUG) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
    return EXIT_INTERNAL;
  }
}


