import { message } from '../../core/messages/index.js';
import { outlineOf, type Outline, type OutlineNode } from '../../core/outline.js';
import { loadDocument } from '../../node/documents.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../usage.js';
import { requireFile } from '../args.js';

/** Outline JSON without the internal block ids, in the documented shape. */
function publicOutline(outline: Outline): unknown {
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
  if (outline.glossary.length) {
    lines.push('', '附件  名词解释');
    for (const g of outline.glossary) lines.push(`  ${g.number}. ${g.term}`);
  }
  return `${lines.join('\n')}\n`;
}

export const outlineCommand: Command = {
  name: 'outline',
  usage: 'caogao outline FILE [--json]',
  summary: { zh: message('cli-outline-command', 'zh'), en: message('cli-outline-command', 'en') },
  options: { json: { type: 'boolean' } },
  async run(ctx) {
    const file = requireFile(ctx);
    const { doc } = await loadDocument(file);
    const outline = outlineOf(doc);
    ctx.out(ctx.values.json ? `${JSON.stringify(publicOutline(outline), null, 2)}\n` : printOutline(outline));
    return EXIT_OK;
  },
};
