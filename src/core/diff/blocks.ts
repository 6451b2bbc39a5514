/**
 * A draft as compare sees it: the flat list of its text blocks (units) in
 * document order, and the containers (part, section, item, subitem, annex)
 * as ranges over that list. Each unit carries its layout-normalised text, its
 * heading path and, for a heading or glossary entry, its derived number.
 *
 * A glossary entry is one unit (term, separator and definition), so an edited
 * definition is one modify of entry "附件 5.". Empty paragraphs are left out.
 *
 * A table row is one unit (its cells' texts joined by ｜, CELL_SEPARATOR), so
 * rows are aligned and diffed like paragraphs and a changed cell shows inside
 * its row.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { collectNumbering, type NumberedBlock } from '../numbering.js';
import { levelOf } from '../schema.js';
import { normalizeLayout } from './normalize.js';
import { cellText, rowCells } from '../table/tableData.js';

export interface Unit {
  index: number;
  /** The block's stable id ("" when it has none). */
  id: string;
  /** Ids of the textblocks it covers: its own, or a glossary entry's term and definition. */
  blockIds: string[];
  /** Block type: paragraph, partHeading … glossaryEntry, title, annexLabel. */
  node: string;
  /** Layout-normalised text (a heading without its number). */
  text: string;
  /** Heading path, e.g. ["三", "（二）"]. */
  path: string[];
  /** Derived number of a heading or glossary entry (（二）, 5.), else null. */
  number: string | null;
  /** Index in `containers` of the container this unit heads, or -1. */
  heads: number;
}

export interface Container {
  /** part, section, item, subitem or annex. */
  node: string;
  id: string;
  path: string[];
  /** Units [start, end) inside it, the heading (or annex label) first. */
  start: number;
  end: number;
}

export interface FlatDoc {
  units: Unit[];
  containers: Container[];
}

/** Between the cells of a row in its compare text. */
export const CELL_SEPARATOR = '｜';

/** The ids of the paragraphs in a row's cells. */
function cellBlockIds(row: PMNode): string[] {
  const ids: string[] = [];
  row.descendants((n) => {
    if (n.isTextblock) ids.push(n.attrs.id as string);
    return !n.isTextblock;
  });
  return ids;
}

export function flatten(doc: PMNode): FlatDoc {
  const units: Unit[] = [];
  const containers: Container[] = [];
  const numbering = collectNumbering(doc);
  let next = 0;
  // collectNumbering lists numbered blocks in document order, the order of this walk.
  const numberOf = (node: PMNode): NumberedBlock | null => {
    const n = numbering[next];
    if (n && n.node === node) {
      next += 1;
      return n;
    }
    return null;
  };
  /** `text` is already layout-normalised. */
  const addUnit = (node: PMNode, text: string, path: string[], number: string | null): Unit => {
    const id: string = node.attrs.id ?? '';
    const blockIds = node.isTextblock ? [id] : node.type.name === 'tableRow' ? cellBlockIds(node) : [node.child(0).attrs.id, node.child(1).attrs.id];
    const unit: Unit = { index: units.length, id, blockIds, node: node.type.name, text, path, number, heads: -1 };
    units.push(unit);
    return unit;
  };
  const walk = (parent: PMNode, path: string[], skipFirst: boolean): void => {
    parent.forEach((child, _offset, index) => {
      if (skipFirst && index === 0) return;
      const name = child.type.name;
      if (levelOf(name) > 0 || name === 'annex') {
        const numbered = name === 'annex' ? null : numberOf(child);
        const childPath = numbered ? numbered.path : ['附件'];
        const container: Container = { node: name, id: child.attrs.id ?? '', path: childPath, start: units.length, end: units.length };
        containers.push(container);
        // The heading (or the annex label) stands for the container.
        const first = child.firstChild!;
        const head = addUnit(first, normalizeLayout(first.textContent), childPath, numbered ? childPath[childPath.length - 1] : null);
        head.heads = containers.length - 1;
        walk(child, childPath, true);
        container.end = units.length;
      } else if (name === 'glossaryEntry') {
        const numbered = numberOf(child);
        const text = `${child.child(0).textContent}${child.attrs.sep ?? ''}${child.child(1).textContent}`;
        addUnit(child, normalizeLayout(text), numbered ? numbered.path : [...path], numbered ? numbered.label : null);
      } else if (name === 'table') {
        child.forEach((row) => {
          const text = rowCells(row)
            .map((c) => normalizeLayout(cellText(c)))
            .join(CELL_SEPARATOR);
          // A row of empty cells is layout, as an empty paragraph is.
          if (text.replaceAll(CELL_SEPARATOR, '')) addUnit(row, text, path, null);
        });
      } else if (child.isTextblock) {
        const text = normalizeLayout(child.textContent);
        // An empty paragraph is a blank line: layout, not content.
        if (name !== 'paragraph' || text) addUnit(child, text, path, null);
      }
    });
  };
  walk(doc, [], false);
  return { units, containers };
}
