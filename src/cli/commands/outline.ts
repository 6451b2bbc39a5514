/**
 * `caogao outline FILE… [--json]`: the structure of each report (parts,
 * sections, items, glossary, targets summary); several files as batch.ts says.
 */
import { message } from '../../core/messages/index.js';
import { outlineOf, type Outline, type OutlineNode } from '../../core/outline.js';
import { finalDoc } from '../../core/review/suggestions.js';
import { loadDocument } from '../../node/documents.js';
import { runOnFiles, type PerFile } from '../batch.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../usage.js';

/** Outline JSON without the internal block ids, in the documented shape. */
function publicOutline(outline: Outline): Record<string, unknown> {
  const strip = (n: OutlineNode): unknown => {
    const { id: _id, sections, items, subitems, ...rest } = n;
    return {
      ...rest,
      ...(sections ? { sections: sections.map(strip) } : {}),
      ...(items ? { items: items.map(strip) } : {}),
      ...(subitems ? { subitems: subitems.map(strip) } : {}),
    };
  };
  return { ...outline, parts: outline.parts.map(strip) };
}

function printOutline(outline: Outline): string {
  const lines: string[] = [outline.title || '（无标题）'];
  const walk = (nodes: OutlineNode[] | undefined, depth: number, sep: string): void => {
    for (const n of nodes ?? []) {
      lines.push(`${'  '.repeat(depth)}${n.number}${sep}${n.title}`);
      walk(n.sections, depth + 1, '');
      walk(n.items, depth + 1, ' ');
      walk(n.subitems, depth + 1, '');
    }
  };
  walk(outline.parts, 1, '、');
  if (outline.targetSummary) lines.push('', `主要预期目标：${outline.targetSummary}`);
  for (const annex of outline.annexes) {
    lines.push('', `${[annex.label, annex.title].filter(Boolean).join('  ')}（${annex.entries}）`);
  }
  if (outline.glossary.length) {
    lines.push('', '名词解释');
    for (const g of outline.glossary) lines.push(`  ${g.number}. ${g.term}`);
  }
  return `${lines.join('\n')}\n`;
}

const perFile: PerFile<Outline> = {
  // 修订 are read as if accepted (最终状态), as the editor numbers and checks them.
  run: async (file) => outlineOf(finalDoc((await loadDocument(file)).doc)),
  json: (outline) => publicOutline(outline),
  text: (outline) => printOutline(outline),
  exitCode: () => EXIT_OK,
  counts: (outline) => ({
    parts: outline.parts.length,
    sections: outline.parts.reduce((sum, p) => sum + (p.sections?.length ?? 0), 0),
    glossary: outline.glossary.length,
  }),
  columns: [],
  cells: () => [],
};

export const outlineCommand: Command = {
  name: 'outline',
  usage: 'caogao outline FILE… [--json]',
  summary: { zh: message('cli-outline-command', 'zh'), en: message('cli-outline-command', 'en') },
  options: { json: { type: 'boolean' } },
  run: (ctx) => runOnFiles(ctx, perFile),
};
