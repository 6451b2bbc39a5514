import { basename, extname } from 'node:path';
import { message } from '../../core/messages/index.js';
import { loadDocument } from '../../node/documents.js';
import { exportToFile, isExportFormat, type ExportFormat } from '../../node/export/exportDocument.js';
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../usage.js';
import { requireFile } from '../args.js';
import { checkOutput, formatFromExtension } from '../output.js';

/** The format asked for with --to, or else the one the output's extension names. */
function formatOf(to: unknown, output: string): ExportFormat {
  const format = typeof to === 'string' && to ? to.toLowerCase() : formatFromExtension(output) || extname(output).slice(1).toLowerCase();
  if (!isExportFormat(format)) throw new UsageError('export-unknown-format', { format: String(to ?? extname(output)) });
  return format;
}

export const exportCommand: Command = {
  name: 'export',
  usage: 'caogao export FILE [--to docx|pdf|html|txt] -o OUT [--comments] [--force]',
  summary: {
    zh: '把报告导出为 Word、PDF、HTML 或纯文本（按 GB/T 9704 排版）',
    en: 'export a report as Word, PDF, HTML or plain text (laid out by GB/T 9704)',
  },
  options: { to: { type: 'string', short: 't' }, output: { type: 'string', short: 'o' }, comments: { type: 'boolean' }, force: { type: 'boolean' } },
  async run(ctx) {
    const file = requireFile(ctx);
    const output = ctx.values.output;
    if (typeof output !== 'string' || !output) throw new UsageError('export-missing-output');
    const format = formatOf(ctx.values.to, output);
    await checkOutput(output, { format, inputs: [file], force: ctx.values.force === true });
    const loaded = await loadDocument(file);
    for (const n of loaded.notices) ctx.err(`${ctx.lang === 'en' ? n.en : n.zh}\n`);
    await exportToFile(output, loaded.doc, format, { comments: loaded.comments ?? [], commentNotes: ctx.values.comments === true });
    ctx.out(`${message('cli-exported', ctx.lang, { file: basename(file), format, output })}\n`);
    return EXIT_OK;
  },
};
