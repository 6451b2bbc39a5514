/**
 * Shared setup for the shell tests: services over temporary folders, with
 * scripted dialogs, and a small report as .caogao and .txt on disk.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeCaogao } from '../../../src/core/format/caogaoFile.js';
import { createServices, type Dialogs, type HostServices, type ServicesOptions } from '../../../src/node/services.js';
import { doc, p, part, section } from '../../support/builder.js';

export const reportText = ['政府工作报告', '各位代表：', '一、过去一年工作回顾', '（一）经济运行稳中有进', '地区生产总值增长7.5%左右。'].join('\n\n');

export function smallReport() {
  return doc(part('过去一年工作回顾', section('经济运行稳中有进', p('地区生产总值增长7.5%左右。'))));
}

export interface Fixture {
  root: string;
  dataDir: string;
  docsDir: string;
  caogaoPath: string;
  txtPath: string;
  /** What the next dialogs answer, in order (null = cancelled). */
  answers: (string | null)[];
  dialogCalls: Parameters<Dialogs['chooseSave']>[0][];
  services: HostServices;
}

export async function makeFixture(extra: Partial<ServicesOptions> = {}): Promise<Fixture> {
  const root = await mkdtemp(join(tmpdir(), 'caogao-shell-'));
  const dataDir = join(root, 'data');
  const docsDir = join(root, 'docs');
  const templatesDir = join(root, 'templates');
  await mkdir(docsDir, { recursive: true });
  await mkdir(templatesDir, { recursive: true });
  const caogaoPath = join(docsDir, '报告.caogao');
  const txtPath = join(docsDir, '报告.txt');
  await writeFile(caogaoPath, serializeCaogao({ doc: smallReport(), versions: [], settings: {} }));
  await writeFile(txtPath, reportText);
  await writeFile(
    join(templatesDir, 'blank.caogao'),
    serializeCaogao({ doc: doc(part('过去一年工作回顾')), versions: [], settings: { template: { name: { zh: '空白报告', en: 'Blank report' } } } }),
  );
  await writeFile(join(templatesDir, 'sample.caogao'), serializeCaogao({ doc: smallReport(), versions: [], settings: {} }));
  const fixture: Fixture = { root, dataDir, docsDir, caogaoPath, txtPath, answers: [], dialogCalls: [], services: undefined as unknown as HostServices };
  const dialogs: Dialogs = {
    chooseOpen: async () => fixture.answers.shift() ?? null,
    chooseSave: async (request) => {
      fixture.dialogCalls.push(request);
      return fixture.answers.shift() ?? null;
    },
  };
  fixture.services = createServices({ host: 'web', version: '0.1.0', platform: 'linux', systemLang: 'zh', dataDir, templatesDir, dialogs, ...extra });
  return fixture;
}
