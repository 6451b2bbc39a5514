/**
 * The comparison laid out for reading: one row per block (or per split or
 * merged paragraph), in the new draft's order, with the old draft's deleted
 * and moved-away blocks at the places they left. The compare view draws the
 * rows side by side (old left, new right, so the two columns scroll as one)
 * or as one inline redline. A moved block has two rows, one at each end, that
 * name each other.
 */
import type { FlatDoc, Unit } from './blocks.js';
import { oldPositions } from './changes.js';
import { linkIndex, type Link } from './pairs.js';
import type { Change, Row, RowSide } from './types.js';
import { wordDiff } from './wordDiff.js';

function side(units: Unit[], indices: number[]): RowSide {
  const first = units[indices[0]];
  return {
    ids: indices.map((i) => units[i].id),
    node: first.node,
    text: indices.map((i) => units[i].text).join('\n'),
    path: first.path,
    number: first.number,
  };
}

/** For every unit of one draft, the changes that name it (by its id or its container's). */
function changesOfUnits(doc: FlatDoc, changes: Change[], ids: (c: Change) => string[]): number[][] {
  const byId = new Map<string, [number, number]>();
  for (const c of doc.containers) byId.set(c.id, [c.start, c.end]);
  for (const u of doc.units) if (!byId.has(u.id)) byId.set(u.id, [u.index, u.index + 1]);
  const out = doc.units.map(() => [] as number[]);
  changes.forEach((change, i) => {
    for (const id of ids(change)) {
      const range = byId.get(id);
      if (range) for (let k = range[0]; k < range[1]; k++) out[k].push(i);
    }
  });
  return out;
}

export function buildRows(a: FlatDoc, b: FlatDoc, links: Link[], changes: Change[]): Row[] {
  const { oldLink, newLink } = linkIndex(a.units.length, b.units.length, links);
  const oldAt = oldPositions(links, oldLink);
  const oldChanges = changesOfUnits(a, changes, (c) => (c.kind === 'delete' || c.kind === 'move' ? c.oldIds : []));
  const newChanges = changesOfUnits(b, changes, (c) => (c.kind === 'delete' ? [] : c.newIds));
  const placed: { at: number; row: Row; link: Link | null }[] = [];

  b.units.forEach((u) => {
    const link = newLink[u.index] >= 0 ? links[newLink[u.index]] : null;
    if (link && link.new[0] !== u.index) return;
    const changesHere = [...new Set((link ? link.new : [u.index]).flatMap((n) => newChanges[n]))];
    if (!link) {
      placed.push({ at: u.index, link, row: { kind: 'insert', old: null, new: side(b.units, [u.index]), changes: changesHere } });
      return;
    }
    const row: Row = { kind: 'same', old: side(a.units, link.old), new: side(b.units, link.new), changes: changesHere };
    if (row.old!.text !== row.new!.text) {
      const { spans, whole } = wordDiff(row.old!.text, row.new!.text);
      Object.assign(row, { kind: 'modify', spans, whole });
    }
    if (link.moved) row.kind = 'moveTo';
    placed.push({ at: u.index, link, row });
  });
  a.units.forEach((u) => {
    const link = oldLink[u.index] >= 0 ? links[oldLink[u.index]] : null;
    if (link && (!link.moved || link.old[0] !== u.index)) return;
    const kind = link ? 'moveFrom' : 'delete';
    const old = side(a.units, link ? link.old : [u.index]);
    placed.push({ at: oldAt[u.index], link, row: { kind, old, new: null, changes: oldChanges[u.index] } });
  });
  placed.sort((x, y) => x.at - y.at);

  const rows = placed.map((p) => p.row);
  const ends = new Map<Link, number>();
  placed.forEach((p, i) => {
    if (!p.link?.moved) return;
    const other = ends.get(p.link);
    if (other === undefined) ends.set(p.link, i);
    else {
      rows[i].partner = other;
      rows[other].partner = i;
    }
  });
  return rows;
}
