/**
 * Helpers for editor command tests: an EditorState over a report built with
 * tests/support/builder.ts, a cursor placed by text, commands run as the
 * keymap runs them, and a compact picture of the structure with its derived
 * numbers, so a test reads like the outline a drafter sees.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { EditorState, TextSelection, type Command, type Transaction } from 'prosemirror-state';
import { history } from 'prosemirror-history';
import { collectNumbering } from '../../../src/core/numbering.js';
import { reportSchema } from '../../../src/core/schema.js';

export function stateOf(doc: PMNode, plugins = [history()]): EditorState {
  return EditorState.create({ schema: reportSchema, doc, plugins });
}

/** Position just before the first occurrence of `text` (or after it, with `after`) in the document. */
export function posOf(doc: PMNode, text: string, after = false): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.isText) {
      const i = node.text!.indexOf(text);
      if (i >= 0) found = pos + i + (after ? text.length : 0);
    }
    return true;
  });
  if (found < 0) throw new Error(`text not found: ${text}`);
  return found;
}

/** The state with a cursor at `text` (its start, or its end with `after`). */
export function cursorAt(state: EditorState, text: string, after = false): EditorState {
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, posOf(state.doc, text, after))));
}

/** Run a command; returns the new state, or null when the command did not apply. */
export function run(state: EditorState, command: Command): EditorState | null {
  let next: EditorState | null = null;
  const ok = command(state, (tr: Transaction) => {
    next = state.apply(tr);
  });
  if (!ok) return null;
  return next ?? state;
}

/** Run a command that must apply. */
export function must(state: EditorState, command: Command): EditorState {
  const next = run(state, command);
  if (!next) throw new Error('command did not apply');
  return next;
}

/**
 * The structure as indented lines: headings with their derived number,
 * paragraphs as `p text` (a lead sentence in [brackets], the targets summary
 * flagged), glossary entries with their number.
 */
export function shape(doc: PMNode): string {
  const labels = new Map<PMNode, string>();
  for (const n of collectNumbering(doc)) labels.set(n.node, n.label);
  const lines: string[] = [];
  const walk = (node: PMNode, depth: number): void => {
    const pad = '  '.repeat(depth);
    if (node.type.name === 'glossaryEntry') {
      lines.push(`${pad}${labels.get(node)}${node.child(0).textContent}：${node.child(1).textContent}`);
      return;
    }
    if (node.isTextblock) {
      if (node.type.name === 'paragraph') {
        let text = '';
        node.forEach((t) => {
          text += t.marks.some((m) => m.type.name === 'lead') ? `[${t.text}]` : t.text;
        });
        lines.push(`${pad}p ${text}${node.attrs.role === 'targetSummary' ? ' (主要预期目标)' : ''}`);
      } else if (/Heading$/.test(node.type.name)) {
        // printed by its container
      } else {
        lines.push(`${pad}${node.type.name} ${node.textContent}`);
      }
      return;
    }
    const label = labels.get(node);
    let inner = depth;
    if (label !== undefined && node.type.name !== 'doc') {
      lines.push(`${pad}${label}${node.firstChild!.textContent}`);
      inner = depth + 1;
    }
    node.forEach((child) => walk(child, inner));
  };
  walk(doc, 0);
  return lines.join('\n');
}

/** The body part of shape(): without the title block lines. */
export function body(doc: PMNode): string {
  return shape(doc)
    .split('\n')
    .filter((l) => !/^(title|occasion|speaker|salutation) /.test(l))
    .join('\n');
}

/** Every block id in the document, to check they stay unique and non-empty. */
export function blockIds(doc: PMNode): string[] {
  const ids: string[] = [];
  doc.descendants((node) => {
    if ('id' in node.attrs) ids.push(node.attrs.id as string);
    return true;
  });
  return ids;
}

/** Join expected lines (template literal helper: strips the common indentation). */
export function lines(text: string): string {
  const rows = text.replace(/^\n/, '').replace(/\n\s*$/, '').split('\n');
  const indent = Math.min(...rows.filter((r) => r.trim()).map((r) => r.match(/^ */)![0].length));
  return rows.map((r) => r.slice(indent)).join('\n');
}
