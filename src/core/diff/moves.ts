/**
 * Moves as a reader sees them. The alignment marks every block that moved;
 * here they are gathered into as few moves as tell the story:
 *
 * - a whole part, section, item or subitem that moved, its heading and all
 *   its matched blocks out of order and coming from one old container, is one
 *   move of the container (the outermost one, when a part moved with its
 *   sections);
 * - other moved blocks that were neighbours before and after (unmatched
 *   blocks between them aside) are one move each run.
 *
 * Edits inside moved blocks are reported separately, as modifies.
 */
import type { Container, FlatDoc, Unit } from './blocks.js';
import type { Link } from './pairs.js';
import type { Change } from './types.js';

/** A change and where it sits in the new draft (a unit index; x.5 between two units). */
export interface Placed {
  change: Change;
  at: number;
}

const texts = (units: Unit[], indices: number[]): string => indices.map((i) => units[i].text).join('\n');

/** The old container that `c` (new) moved from, if it moved whole. */
function movedFrom(c: Container, a: FlatDoc, links: Link[], newLink: Int32Array): Container | null {
  const head = newLink[c.start] >= 0 ? links[newLink[c.start]] : null;
  if (!head || !head.moved || head.old.length !== 1 || a.units[head.old[0]].heads < 0) return null;
  const from = a.containers[a.units[head.old[0]].heads];
  for (let k = c.start; k < c.end; k++) {
    if (newLink[k] < 0) continue;
    const link = links[newLink[k]];
    if (!link.moved || link.old.some((o) => o < from.start || o >= from.end)) return null;
  }
  return from;
}

function runsOf(moved: Link[], oldLink: Int32Array, newLink: Int32Array): Link[][] {
  const sorted = [...moved].sort((x, y) => x.new[0] - y.new[0]);
  const runs: Link[][] = [];
  const free = (map: Int32Array, from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (map[i] >= 0) return false;
    return true;
  };
  for (const link of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    const follows =
      last &&
      link.new[0] > last.new[last.new.length - 1] &&
      link.old[0] > last.old[last.old.length - 1] &&
      free(newLink, last.new[last.new.length - 1] + 1, link.new[0]) &&
      free(oldLink, last.old[last.old.length - 1] + 1, link.old[0]);
    if (follows) run.push(link);
    else runs.push([link]);
  }
  return runs;
}

export function moveChanges(a: FlatDoc, b: FlatDoc, links: Link[], oldLink: Int32Array, newLink: Int32Array): Placed[] {
  const changes: Placed[] = [];
  const covered = new Set<Link>();
  let coveredUntil = -1;
  for (const c of b.containers) {
    if (c.start < coveredUntil) continue;
    const from = movedFrom(c, a, links, newLink);
    if (!from) continue;
    coveredUntil = c.end;
    for (let k = c.start; k < c.end; k++) if (newLink[k] >= 0) covered.add(links[newLink[k]]);
    const change: Change = {
      kind: 'move',
      path: c.path,
      oldPath: from.path,
      node: c.node,
      oldIds: [from.id],
      newIds: [c.id],
      before: a.units[from.start].text,
      after: b.units[c.start].text,
    };
    changes.push({ change, at: c.start });
  }
  const rest = links.filter((l) => l.moved && !covered.has(l));
  for (const run of runsOf(rest, oldLink, newLink)) {
    const olds = run.flatMap((l) => l.old);
    const news = run.flatMap((l) => l.new);
    const change: Change = {
      kind: 'move',
      path: b.units[news[0]].path,
      oldPath: a.units[olds[0]].path,
      node: b.units[news[0]].node,
      oldIds: olds.map((i) => a.units[i].id),
      newIds: news.map((i) => b.units[i].id),
      before: texts(a.units, olds),
      after: texts(b.units, news),
    };
    changes.push({ change, at: news[0] });
  }
  return changes;
}
