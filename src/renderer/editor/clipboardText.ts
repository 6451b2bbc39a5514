/**
 * The plain text put on the clipboard when copying from the page: each block
 * on its own line, with the numbers before headings and glossary entries, so
 * that text pasted into Word, WPS or a mail reads as the report does, and
 * pasted back into Caogao it imports as the same structure.
 */
import type { Node as PMNode, Slice } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { collectNumbering } from '../../core/numbering.js';
import { isHeadingName } from '../../core/schema.js';

export function sliceToText(slice: Slice, state: EditorState): string {
  const labels = new Map<PMNode, string>();
  for (const n of collectNumbering(state.doc)) labels.set(n.level === 0 ? n.node : n.node.firstChild!, n.label);
  const lines: string[] = [];
  const walk = (node: PMNode): void => {
    if (node.type.name === 'glossaryEntry') {
      const label = labels.get(node);
      const term = node.firstChild?.textContent ?? '';
      const definition = node.childCount > 1 ? node.child(1).textContent : '';
      lines.push(`${label ? `${label} ` : ''}${term}${(node.attrs.sep as string) ?? '：'}${definition}`);
      return;
    }
    if (node.isTextblock) {
      const label = isHeadingName(node.type.name) ? labels.get(node) : undefined;
      lines.push(`${label ?? ''}${label && label.endsWith('.') ? ' ' : ''}${node.textContent}`);
      return;
    }
    node.forEach(walk);
  };
  slice.content.forEach((node) => (node.isText ? lines.push(node.text ?? '') : walk(node)));
  // Inline content (a part of one line) comes as text nodes: join them.
  return slice.content.firstChild?.isText ? lines.join('') : lines.join('\n');
}
