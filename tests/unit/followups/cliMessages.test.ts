/**
 * The command line says what it reads: `caogao --help`, the import and outline
 * summaries and the unsupported-type message name the kinds loadDocument reads
 * (.caogao, .txt, .docx, .md), no fewer and none it refuses, and the commands
 * really read them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/cli/commands/index.js';
import type { CaogaoError } from '../../../src/core/errors.js';
import { message, type Lang, type MessageKey } from '../../../src/core/messages/index.js';
import { kindOf } from '../../../src/node/documents.js';
import { basicBackend, OPENABLE } from '../../../src/node/host/backend.js';
import { REAL_REPORT_PATH } from '../../support/corpus.js';
import { spawnCaogao as caogao } from '../../support/cli.js';


/** The file extensions a text mentions (.caogao, .txt …), without the GB/T 9704 and other dots. */
const extensionsIn = (text: string): string[] => [...new Set(text.match(/\.(caogao|txt|docx|md|markdown|pdf|html|[a-z]{2,8})\b/g) ?? [])].sort();

const OPENABLE_SORTED = [...OPENABLE].sort();
const tmp = mkdtempSync(join(tmpdir(), 'caogao-followups-cli-'));

describe('caogao --help', () => {
  for (const lang of ['zh', 'en'] as Lang[]) {
    it(`lists every readable file type, and only those, in ${lang}`, () => {
      const { code, stdout } = caogao(['--help', '--lang', lang]);
      expect(code).toBe(0);
      const filesLine = stdout.split('\n').find((line) => line.startsWith(lang === 'zh' ? '可以读取的文件' : 'Files that can be read'));
      expect(filesLine, stdout).toBeDefined();
      expect(extensionsIn(filesLine!)).toEqual(OPENABLE_SORTED);
      for (const ext of OPENABLE) expect(() => kindOf(`报告${ext}`)).not.toThrow();
    });
  }

  it('says the import and outline commands take .docx and .md as well', () => {
    const { stdout } = caogao(['--help']);
    const row = (usage: string) => stdout.split('\n').find((line) => line.includes(usage)) ?? '';
    expect(extensionsIn(row('caogao import FILE'))).toEqual(OPENABLE_SORTED);
    expect(extensionsIn(row('caogao outline FILE'))).toEqual(OPENABLE_SORTED);
    expect(stdout).toContain('3 内部错误');
  });
});

describe('the messages name what is read', () => {
  const keys: MessageKey[] = ['cli-unsupported-type', 'open-unsupported', 'cli-import-command', 'cli-outline-command', 'cli-help-files'];
  for (const key of keys) {
    it(`${key} names .caogao, .txt, .docx and .md in both languages`, () => {
      for (const lang of ['zh', 'en'] as Lang[]) expect(extensionsIn(message(key, lang, { file: '报告' })), `${key} ${lang}`).toEqual(OPENABLE_SORTED);
    });
  }

  it('the usage line names every command', () => {
    for (const lang of ['zh', 'en'] as Lang[]) {
      const usage = message('cli-usage', lang);
      for (const c of commands) expect(usage, lang).toContain(c.name);
    }
  });

  it('a refused type gets the message listing the readable ones', () => {
    const { code, stderr } = caogao(['outline', join(tmp, '报告.pdf')]);
    expect(code).toBe(2);
    expect(stderr).toContain('.docx');
    expect(stderr).toContain('.md');
  });
});

describe('what the messages promise works', () => {
  const markdown = ['# 政府工作报告', '', '## 一、过去一年工作回顾', '', '### （一）经济运行稳中向好', '', '**综合实力持续增强。**地区生产总值增长6%。'].join('\n');

  it('outline and import read a .md file', () => {
    const md = join(tmp, '初稿.md');
    writeFileSync(md, markdown);
    const outline = caogao(['outline', md, '--json']);
    expect(outline.code).toBe(0);
    expect(JSON.parse(outline.stdout).parts[0]).toMatchObject({ number: '一', title: '过去一年工作回顾' });
    const imported = caogao(['import', md, '-o', join(tmp, '初稿.caogao')]);
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringContaining('1个部分，1个小节') });
  });

  it('outline reads a .docx file (the real report exported and read back)', () => {
    const docx = join(tmp, '江汉.docx');
    expect(caogao(['export', REAL_REPORT_PATH, '--to', 'docx', '-o', docx]).code).toBe(0);
    const outline = caogao(['outline', docx, '--json']);
    expect(outline.code).toBe(0);
    expect(JSON.parse(outline.stdout).parts.map((p: { sections: unknown[] }) => p.sections.length)).toEqual([5, 6, 8]);
  });

  it('the basic backend reads a handed-over .md as the message says, and refuses other types with it', async () => {
    const backend = basicBackend(tmp);
    const loaded = await backend.openBytes('上传.md', new TextEncoder().encode(markdown));
    expect(loaded.kind).toBe('md');
    await expect(backend.openBytes('a.exe', new Uint8Array())).rejects.toMatchObject({ code: 'cli-unsupported-type' });
  });

  it('the basic backend’s plain-text export says why it could not write in the user’s words, not as an errno code', async () => {
    const backend = basicBackend(tmp);
    const loaded = await backend.openBytes('上传.md', new TextEncoder().encode(markdown));
    const error = await backend.exportTo(join(tmp, '没有这个文件夹', '报告.txt'), loaded.file, 'txt').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'export-failed', params: { detail: 'reason-missing-folder' } });
    const shown = (error as CaogaoError).userMessage('zh');
    expect(shown).not.toMatch(/ENOENT/);
    expect(shown).toContain(message('reason-missing-folder', 'zh'));
  });
});
