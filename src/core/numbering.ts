/**
 * Derived numbering. Numbers are computed from position, never stored:
 * 一、 for parts, （一） for sections, 1. for items, （1） for subitems, and
 * 1. for glossary entries (［1］ for endnote entries) and 1. or 一、 for the
 * items of an annex that is not a glossary, each counted within its parent.
 *
 * Under review the numbers follow a reading (review/finalState.ts): by
 * default the final state (最终状态), in which a part, section, item or entry
 * deleted whole is not counted; in the original state (原始状态) one inserted
 * whole is not. A document without suggestions numbers as it is.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { toChineseNumeral } from './numerals.js';
import { goesWhole, isNumbered, type Reading } from './review/finalState.js';
import { levelOf } from './schema.js';

/** The bare number as reports cite it in a path: 一, （一）, 1., （1）. */
export function numberText(level: number, n: number): string {
  switch (level) {
    case 1:
      return toChineseNumeral(n);
    case 2:
      return `（${toChineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    default:
      return `（${n}）`;
  }
}

/** The marker printed before a heading: 一、 （一） 1. （1）. */
export function numberLabel(level: number, n: number): string {
  return level === 1 ? `${toChineseNumeral(n)}、` : numberText(level, n);
}

export interface NumberedBlock {
  /** Position of the container (part, section, item, subitem) or glossary entry. */
  pos: number;
  node: PMNode;
  /** 1–4 for headings' containers, 0 for glossary entries. */
  level: number;
  /** 1-based position among siblings of the same kind. */
  index: number;
  /** Printed marker, e.g. （三）. */
  label: string;
  /** Numbers of the enclosing containers and this one, e.g. ["三", "（二）"]. */
  path: string[];
}

/** How a path names an annex: its label (附件, 附件2), or its title when it has none (注释). */
export function annexName(annex: PMNode): string {
  const first = annex.firstChild;
  const text = first?.textContent.replace(/[：:]$/, '').trim();
  return text || '附件';
}

/** The marker of the nth entry of an annex: 1. for a glossary entry or an item, ［1］ for an endnote, 一、 for a han-numbered item. */
export function entryLabel(node: PMNode, n: number): string {
  if (node.attrs.form === 'endnote') return `［${n}］`;
  if (node.attrs.numeral === 'han') return `${toChineseNumeral(n)}、`;
  return `${n}.`;
}

/** Every numbered block in document order, with its derived number and heading path, as it reads in `reading`. */
export function collectNumbering(doc: PMNode, reading: Reading = 'final'): NumberedBlock[] {
  const out: NumberedBlock[] = [];
  const walk = (parent: PMNode, start: number, path: string[]): void => {
    let counter = 0;
    let entries = 0;
    parent.forEach((child, offset) => {
      const pos = start + offset;
      const level = levelOf(child.type.name);
      if (isNumbered(child) && goesWhole(child, reading)) return;
      if (level > 0) {
        counter += 1;
        const childPath = [...path, numberText(level, counter)];
        out.push({ pos, node: child, level, index: counter, label: numberLabel(level, counter), path: childPath });
        walk(child, pos + 1, childPath);
      } else if (child.type.name === 'glossaryEntry' || child.type.name === 'annexItem') {
        entries += 1;
        const label = entryLabel(child, entries);
        out.push({ pos, node: child, level: 0, index: entries, label, path: [...path, label] });
      } else if (child.type.name === 'annex') {
        walk(child, pos + 1, [annexName(child)]);
      }
    });
  };
  walk(doc, 0, []);
  return out;
}

/**
 * The heading path of a position: the numbers of the part, section, item and
 * subitem that hold it, e.g. ["三", "（二）"], in the final state (a section
 * deleted whole before it is not counted). Empty in the title block and preamble.
 */
export function headingPath(doc: PMNode, pos: number): string[] {
  const $pos = doc.resolve(Math.min(Math.max(pos, 0), doc.content.size));
  const path: string[] = [];
  for (let d = 1; d <= $pos.depth; d++) {
    const node = $pos.node(d);
    const level = levelOf(node.type.name);
    if (level === 0) {
      if (node.type.name === 'annex') path.push(annexName(node));
      continue;
    }
    const parent = $pos.node(d - 1);
    const index = $pos.index(d - 1);
    let n = 0;
    for (let i = 0; i < index; i++) if (parent.child(i).type === node.type && !goesWhole(parent.child(i), 'final')) n++;
    n += 1;
    path.push(numberText(level, n));
  }
  return path;
}
