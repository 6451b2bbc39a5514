/**
 * File names holding bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE
 * and the rest) are shown spelled out, wherever the host or the command line
 * shows or returns a name: a name cannot disguise its extension or reorder
 * the message it is quoted in (issue 12).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { serializeCaogao } from '../../../src/core/format/caogaoFile.js';
import { displayName, escapeBidi } from '../../../src/core/format/displayText.js';
import { message } from '../../../src/core/messages/index.js';
import { makeFixture, smallReport } from '../shell/fixtures.js';

const RLO = '\u202E';
/** Every bidirectional control: none may reach the screen as itself. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Shows as "报告exe.caogao"; is "报告" + RLO + "oagoac.exe". */
const SPOOF = `报告${RLO}oagoac.exe`;

describe('names shown with their bidirectional controls spelled out', () => {
  it('spells out each bidirectional control and, in names, control characters; keeps everything else', () => {
    for (const ch of ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      const shown = displayName(`a${ch}b`);
      expect(shown).toBe(`a\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}b`);
      expect(escapeBidi(`a${ch}b`)).toBe(shown);
    }
    expect(displayName('第一稿\n.caogao')).toBe('第一稿\\u000A.caogao');
    expect(displayName('\u001b[31m红.txt')).toBe('\\u001B[31m红.txt');
    expect(escapeBidi('行一\n行二')).toBe('行一\n行二');
    expect(displayName('2026年政府工作报告（征求意见稿）.caogao')).toBe('2026年政府工作报告（征求意见稿）.caogao');
    expect(displayName(displayName(SPOOF))).toBe(displayName(SPOOF));
  });

  it('quotes names in every catalog message with their controls spelled out', () => {
    const text = message('open-too-large', 'zh', { file: SPOOF, size: '9 MB', limit: '8 MB' });
    expect(text).not.toMatch(BIDI);
    expect(text).toContain('报告\\u202Eoagoac.exe');
  });

  it('returns the names of opened and uploaded files spelled out, and quotes them so in refusals', async () => {
    const f = await makeFixture();
    const path = join(f.docsDir, `${SPOOF}.caogao`);
    await writeFile(path, serializeCaogao({ doc: smallReport(), versions: [], settings: {} }));
    const opened = await f.services.openHandle({ handle: f.services.handleForPath(path) });
    expect(opened.name).toBe(`报告\\u202Eoagoac.exe.caogao`);
    expect(JSON.stringify(opened)).not.toMatch(BIDI);
    const recent = await f.services.recentList();
    expect(recent.map((r) => r.name)).toContain(`报告\\u202Eoagoac.exe.caogao`);
    expect(recent.map((r) => r.name).join('')).not.toMatch(BIDI);

    const folder = join(f.docsDir, `文件夹${RLO}`);
    await mkdir(folder);
    await writeFile(join(folder, '报告.caogao'), serializeCaogao({ doc: smallReport(), versions: [], settings: {} }));
    const inFolder = await f.services.openHandle({ handle: f.services.handleForPath(join(folder, '报告.caogao')) });
    expect(inFolder.location).toContain('文件夹\\u202E');
    expect(JSON.stringify(await f.services.recentList())).not.toMatch(BIDI);

    const uploaded = await f.services.openUpload({ name: `${SPOOF}.caogao`, dataBase64: Buffer.from(serializeCaogao({ doc: smallReport(), versions: [], settings: {} })).toString('base64') });
    expect(uploaded.name).not.toMatch(BIDI);

    const damaged = join(f.docsDir, `坏${RLO}txt.caogao`);
    await writeFile(damaged, '{"format": "caogao", ');
    const refused = await f.services.openHandle({ handle: f.services.handleForPath(damaged) }).catch((e: { userMessage(l: 'zh'): string }) => e.userMessage('zh'));
    expect(refused).toContain('坏\\u202Etxt.caogao');
    expect(refused).not.toMatch(BIDI);
  });

  it('prints names spelled out on the command line', async () => {
    const f = await makeFixture();
    const damaged = join(f.docsDir, `坏${RLO}txt.caogao`);
    await writeFile(damaged, '{"format": "caogao", ');
    let err = '';
    const code = await runCli({ argv: ['outline', damaged], env: { LANG: 'zh_CN.UTF-8' }, stdout: () => undefined, stderr: (t) => (err += t), tty: false });
    expect(code).toBe(2);
    expect(err).toContain('坏\\u202Etxt.caogao');
    expect(err).not.toMatch(BIDI);

    // Several files: each file's heading and the summary table, but --json keeps the real name for programs.
    let out = '';
    err = '';
    const good = join(f.docsDir, `好${RLO}txt.caogao`);
    await writeFile(good, serializeCaogao({ doc: smallReport(), versions: [], settings: {} }));
    await runCli({ argv: ['outline', good, damaged], env: { LANG: 'zh_CN.UTF-8' }, stdout: (t) => (out += t), stderr: (t) => (err += t), tty: false });
    expect(out).toContain('好\\u202Etxt.caogao');
    expect(out + err).not.toMatch(BIDI);
    out = '';
    await runCli({ argv: ['outline', good, damaged, '--json'], env: { LANG: 'zh_CN.UTF-8' }, stdout: (t) => (out += t), stderr: () => undefined, tty: false });
    expect((JSON.parse(out) as { files: { file: string }[] }).files[0].file).toBe(good);
  });
});
