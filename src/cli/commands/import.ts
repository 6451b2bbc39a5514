import { basename } from 'node:path';
import { message } from '../../core/messages/index.js';
import { outlineOf } from '../../core/outline.js';
import { loadDocument } from '../../node/documents.js';
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../usage.js';
import { requireFile } from '../args.js';

export const importCommand: Command = {
  name: 'import',
  usage: 'caogao import FILE -o OUT.caogao',
  summary: { zh: message('cli-import-command', 'zh'), en: message('cli-import-command', 'en') },
  options: { output: { type: 'string', short: 'o' } },
  async run(ctx) {
    const file = requireFile(ctx);
    const output = ctx.values.output;
    if (typeof output !== 'string' || !output) throw new UsageError('cli-missing-output');
    const loaded = await loadDocument(file);
    // Loaded here, not at the top: every command would pay for the file format's validation (zod) otherwise.
    const { saveCaogao } = await import('../../node/save.js');
    await saveCaogao(output, { doc: loaded.doc, versions: loaded.versions, settings: loaded.settings });
    for (const n of loaded.notices) ctx.err(`${ctx.lang === 'en' ? n.en : n.zh}\n`);
    const outline = outlineOf(loaded.doc);
    ctx.out(
      `${message('cli-imported', ctx.lang, {
        file: basename(file),
        parts: outline.parts.length,
        sections: outline.parts.reduce((sum, p) => sum + (p.sections?.length ?? 0), 0),
        entries: outline.glossary.length,
      })}\n`,
    );
    return EXIT_OK;
  },
};
