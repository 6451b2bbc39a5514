/**
 * `caogao import FILE -o OUT.caogao [--force]`: read a report and write it as
 * a .caogao file. The output is checked first (src/cli/output.ts) and written
 * last, after everything that could fail, so a failing import leaves no file.
 */
import { basename } from 'node:path';
import { message } from '../../core/messages/index.js';
import { outlineOf } from '../../core/outline.js';
import { fileOf, loadDocument } from '../../node/documents.js';
import type { Command } from '../command.js';
import { checkOutput } from '../output.js';
import { EXIT_OK, UsageError } from '../usage.js';
import { requireFile } from '../args.js';

export const importCommand: Command = {
  name: 'import',
  usage: 'caogao import FILE -o OUT.caogao [--force]',
  summary: { zh: message('cli-import-command', 'zh'), en: message('cli-import-command', 'en') },
  options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  async run(ctx) {
    const file = requireFile(ctx);
    const output = ctx.values.output;
    if (typeof output !== 'string' || !output) throw new UsageError('cli-missing-output');
    await checkOutput(output, { format: 'caogao', inputs: [file], force: ctx.values.force === true });
    const loaded = await loadDocument(file);
    // Loaded here, not at the top: every command would pay for the file format's validation (zod) otherwise.
    const [{ saveCaogao }, { serializeCaogao }] = await Promise.all([import('../../node/save.js'), import('../../core/format/caogaoFile.js')]);
    const outline = outlineOf(loaded.doc);
    const summary = message('cli-imported', ctx.lang, {
      file: basename(file),
      parts: outline.parts.length,
      sections: outline.parts.reduce((sum, p) => sum + (p.sections?.length ?? 0), 0),
      entries: outline.glossary.length,
    });
    // Serialised (and so validated) before the write: what fails here leaves no output behind.
    const text = serializeCaogao(fileOf(loaded));
    await saveCaogao(output, text);
    for (const n of loaded.notices) ctx.err(`${ctx.lang === 'en' ? n.en : n.zh}\n`);
    ctx.out(`${summary}\n`);
    return EXIT_OK;
  },
};
