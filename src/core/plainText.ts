/**
 * Plain text of a report, as a person would print it: numbers before
 * headings, glossary entries as `1. term：definition`, a blank line between
 * blocks, a run-in heading and its first paragraph on one line
 * (`（一）标题。正文……`), as printed; a table a row a line, its cells
 * separated by tabs (the form Word and WPS copy a table as). `withNumbers: false` gives the bare content, which the importer's
 * no-text-lost test compares with its source.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { collectNumbering } from './numbering.js';
import { isHeadingName } from './schema.js';
import { rowText } from './table/tableData.js';

export function docToText(doc: PMNode, options: { withNumbers?: boolean } = {}): string {
  const withNumbers = options.withNumbers ?? true;
  const labels = new Map<PMNode, string>();
  if (withNumbers) for (const n of collectNumbering(doc)) labels.set(n.node, n.label);
  const out: string[] = [];
  const walk = (node: PMNode, parent: PMNode | null): void => {
    if (node.type.name === 'glossaryEntry') {
      const label = labels.get(node);
      const sep = label && /\.$/.test(label) ? ' ' : '';
      out.push(`${label ?? ''}${sep}${node.child(0).textContent}${node.attrs.sep}${node.child(1).textContent}`);
      return;
    }
    if (node.type.name === 'table') {
      const rows: string[] = [];
      node.forEach((row) => rows.push(rowText(row)));
      out.push(rows.join('\n'));
      return;
    }
    if (node.isTextblock) {
      const label = isHeadingName(node.type.name) ? (parent ? labels.get(parent) : undefined) : labels.get(node);
      const sep = label && /\.$/.test(label) ? ' ' : '';
      out.push(`${label ?? ''}${sep}${node.textContent}`);
      return;
    }
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i);
      walk(child, node);
      if (isHeadingName(child.type.name) && child.attrs.runIn) {
        // The run-in body joins its heading's line.
        const next = i + 1 < node.childCount ? node.child(i + 1) : null;
        const body = next?.type.name === 'paragraph' ? next.textContent : '';
        out[out.length - 1] += `。${body}`;
        if (next?.type.name === 'paragraph') i += 1;
      }
    }
  };
  walk(doc, null);
  return `${out.join('\n\n')}\n`;
}
