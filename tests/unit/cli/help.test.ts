/**
 * The command line speaks to people (issue 13, Command line): every command
 * answers --help with its own usage, the targets columns line up in a
 * terminal, English counts take the right number, and the system's reason a
 * file could not be read or written is given in the user's language.
 */
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/cli/commands/index.js';
import { runCli } from '../../../src/cli/main.js';
import { displayWidth } from '../../../src/core/format/displayText.js';
import { isMessageKey, message, type Lang } from '../../../src/core/messages/index.js';
import { osReason } from '../../../src/node/store/fsErrors.js';
import { REAL_REPORT_PATH } from '../../support/corpus.js';

async function caogao(argv: string[], lang: Lang = 'zh') {
  let stdout = '';
  let stderr = '';
  const env = { LANG: lang === 'en' ? 'en_US.UTF-8' : 'zh_CN.UTF-8' };
  const code = await runCli({ argv, env, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), tty: false });
  return { code, stdout, stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'caogao-cli-help-'));

describe('caogao COMMAND --help', () => {
  for (const command of commands) {
    it(`${command.name} --help prints its usage and every option, exit 0, without running`, async () => {
      for (const lang of ['zh', 'en'] as Lang[]) {
        for (const argv of [[command.name, '--help'], [command.name, 'no-such-file.txt', '-h'], ['help', command.name]]) {
          const { code, stdout, stderr } = await caogao(argv, lang);
          expect(code, argv.join(' ')).toBe(0);
          expect(stderr).toBe('');
          expect(stdout.split('\n')[0]).toBe(message('cli-help-usage', lang, { usage: command.usage }));
          expect(stdout).toContain(command.summary[lang]);
          for (const name of Object.keys(command.options)) {
            expect(isMessageKey(`cli-option-${name}`), `cli-option-${name}`).toBe(true);
            const line = stdout.split('\n').find((l) => new RegExp(`^ {2}--${name}[ ,]`).test(l));
            expect(line, `--${name} in ${stdout}`).toContain(message(`cli-option-${name}` as never, lang));
          }
          // Not the general help: the other commands are not listed.
          for (const other of commands.filter((c) => c !== command)) expect(stdout).not.toContain(other.usage);
        }
      }
    });
  }

  it('a command that writes explains -o; one that reads several files explains that', async () => {
    expect((await caogao(['export', '--help'])).stdout).toContain(message('cli-help-output', 'zh'));
    expect((await caogao(['outline', '--help'])).stdout).toContain(message('cli-help-batch', 'zh'));
    expect((await caogao(['outline', '--help'])).stdout).not.toContain(message('cli-help-output', 'zh'));
  });

  it('caogao --help still lists every command', async () => {
    const { code, stdout } = await caogao(['--help']);
    expect(code).toBe(0);
    for (const command of commands) expect(stdout).toContain(command.usage);
  });
});

describe('caogao targets columns', () => {
  for (const lang of ['zh', 'en'] as Lang[]) {
    it(`line up by display width in ${lang} (a Han character takes two columns)`, async () => {
      const { code, stdout } = await caogao(['targets', REAL_REPORT_PATH], lang);
      expect(code).toBe(0);
      const rows = stdout.split('\n').filter((l) => l.startsWith('  '));
      expect(rows.length).toBeGreaterThan(20);
      // The third column (the words as written) starts at the same terminal column on every mention row.
      const mentions = rows.filter((l) => /^ {2}\S.*\S {2,}\S.* {2}\S/.test(l) && !l.includes('居民收入增长快于'));
      const starts = new Set(mentions.map((l) => displayWidth(l.slice(0, l.search(/\S+$/u)))));
      expect(starts.size, mentions.slice(0, 6).join('\n')).toBe(1);
      // The scopes differ in width (工作回顾 / 主要预期目标), so the padding is really by width.
      expect(new Set(mentions.map((l) => l.trim().split(/\s{2,}/)[0].length)).size).toBeGreaterThan(1);
    });
  }
});

describe('English counts', () => {
  it('take the singular for one and the plural otherwise', () => {
    expect(message('cli-check-summary', 'en', { errors: 1, warnings: 2, infos: 0 })).toBe('1 error, 2 warnings, 0 notes.');
    expect(message('cli-check-summary', 'en', { errors: 0, warnings: 1, infos: 1 })).toBe('0 errors, 1 warning, 1 note.');
    expect(message('cli-batch-total', 'en', { files: 1, failed: 0 })).toBe('1 file, 0 unreadable.');
    expect(message('cli-imported', 'en', { file: 'a.txt', parts: 1, sections: 3, entries: 1 })).toBe('Imported "a.txt": 1 part, 3 sections, 1 glossary entry.');
    expect(message('compare-changes', 'en', { total: 1, insert: 1, delete: 0, modify: 0, move: 0 })).toMatch(/^1 change: /);
    expect(message('cli-check-summary', 'zh', { errors: 1, warnings: 2, infos: 0 })).toBe('共1个错误，2个警告，0个提示。');
  });

  it('caogao check prints them so', async () => {
    const { stdout } = await caogao(['check', REAL_REPORT_PATH], 'en');
    const summary = stdout.trim().split('\n').at(-1)!;
    expect(summary).toMatch(/^\d+ errors?, \d+ warnings?, \d+ notes?\.$/);
    for (const [, n, noun] of summary.matchAll(/(\d+) (error|warning|note)s?/g)) {
      expect(summary).toContain(Number(n) === 1 ? `${n} ${noun},` : `${n} ${noun}s`);
    }
  });
});

describe('the system reason in the user’s language', () => {
  const missing = join(tmp, '不存在.txt');
  const folder = join(tmp, '目录.txt');
  mkdirSync(folder);

  it('a missing file (ENOENT) and a folder (EISDIR) are explained in English with --lang en, in Chinese otherwise', async () => {
    expect((await caogao(['check', missing, '--lang', 'en'])).stderr).toBe(`caogao: Cannot read the file "${missing}": the file does not exist\n`);
    expect((await caogao(['check', missing])).stderr).toBe(`caogao: 无法读取文件“${missing}”：文件不存在\n`);
    expect((await caogao(['outline', folder], 'en')).stderr).toBe(`caogao: Cannot read the file "${folder}": it is a folder\n`);
    expect((await caogao(['outline', folder])).stderr).toBe(`caogao: 无法读取文件“${folder}”：这是一个文件夹\n`);
  });

  it('a write into a missing folder says so in the user’s language', async () => {
    const out = join(tmp, 'no-folder', '报告.caogao');
    const en = await caogao(['import', REAL_REPORT_PATH, '-o', out], 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`caogao: Cannot write the file "${out}": the folder does not exist\n`);
    expect((await caogao(['import', REAL_REPORT_PATH, '-o', out])).stderr).toBe(`caogao: 无法写入文件“${out}”：文件夹不存在\n`);
  });

  it('EACCES and ENOSPC become reasons in both languages; an unknown code stays as it is', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    const line = (error: unknown, doing: 'read' | 'write', lang: Lang) => message('cli-file-unwritable', lang, { file: 'a', detail: osReason(error, doing) });
    expect(line(err('ENOSPC'), 'write', 'en')).toBe('Cannot write the file "a": the disk is full');
    expect(line(err('ENOSPC'), 'write', 'zh')).toBe('无法写入文件“a”：磁盘空间不足');
    expect(line(err('EACCES'), 'write', 'en')).toBe('Cannot write the file "a": no permission to write there');
    expect(line(err('EACCES'), 'read', 'zh')).toBe('无法写入文件“a”：没有读取权限');
    expect(line(err('EWHATEVER'), 'write', 'en')).toBe('Cannot write the file "a": EWHATEVER');
    // A file name that merely starts like a reason key is not one.
    expect(message('cli-file-unwritable', 'en', { file: 'reason-x', detail: 'reason-x' })).toBe('Cannot write the file "reason-x": reason-x');
  });
});
