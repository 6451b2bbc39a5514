import { runCli } from './main.js';

const code = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  tty: !!process.stdout.isTTY,
});
process.exitCode = code;
