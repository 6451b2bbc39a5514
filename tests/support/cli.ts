/**
 * The `caogao` command in tests: spawned as a user runs it (through the
 * package's bin script, Chinese unless env says otherwise), or run in this
 * process through runCli with its output collected.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { repoRoot } from './corpus.js';

/** Run `caogao` as a user would, through the package's bin script. */
export function spawnCaogao(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin/caogao.mjs'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Run `caogao` in this process, in Chinese, with what it prints. */
export async function runCaogao(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli({ argv, env: { LANG: 'zh_CN.UTF-8' }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), tty: false });
  return { code, stdout, stderr };
}
