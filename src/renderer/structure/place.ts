/**
 * Where the cursor is, as a drafter names it: the part and section (and
 * item) that hold it, with their numbers and titles, e.g.
 * 三、2022年工作安排 › （二）实施创新动能提升行动. The status bar shows it and
 * the outline highlights it.
 */
import type { ResolvedPos } from 'prosemirror-model';
import { numberLabel } from '../../core/numbering.js';
import { levelOf } from '../../core/schema.js';

export interface PlaceStep {
  level: number;
  /** The number as printed before the heading: 三、 （二） 1. */
  label: string;
  title: string;
  /** The container's id (the outline's line for it). */
  id: string;
}

/** In the annex the place is 附件 with the annex's title (名词解释), as level 0. */
export function placeAt($pos: ResolvedPos): PlaceStep[] {
  const out: PlaceStep[] = [];
  for (let d = 1; d <= $pos.depth; d++) {
    const node = $pos.node(d);
    const level = levelOf(node.type.name);
    if (node.type.name === 'annex') {
      const title = node.childCount > 1 && node.child(1).type.name === 'annexTitle' ? node.child(1).textContent : '';
      out.push({ level: 0, label: node.firstChild?.textContent || '附件', title, id: node.attrs.id as string });
    }
    if (!level) continue;
    const parent = $pos.node(d - 1);
    const index = $pos.index(d - 1);
    let n = 0;
    for (let i = 0; i <= index; i++) if (parent.child(i).type === node.type) n++;
    out.push({ level, label: numberLabel(level, n), title: node.firstChild?.textContent ?? '', id: node.attrs.id as string });
  }
  return out;
}
