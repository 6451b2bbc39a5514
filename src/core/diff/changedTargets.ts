/**
 * The targets to compare, taken by the shared extractor (targets/extract.ts)
 * from the blocks that changed only. A block that compare matched in order
 * with the same text states the same targets in both drafts, and they would
 * pair off anyway (targetChanges.ts matches by indicator, scope and
 * statement); skipping them keeps target changes cheap on a long report. A
 * block whose scope changed (its part now reads as review rather than the
 * year's tasks) is taken too, since scope is part of what matches.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { buildIndex, type DocIndex } from '../checks/docIndex.js';
import { targetsOfIndex } from '../targets/extract.js';
import { lexiconFromSettings, type Lexicon } from '../targets/lexicon.js';
import type { FlatDoc, Unit } from './blocks.js';
import { linkIndex, type Link } from './pairs.js';
import { targetChanges } from './targetChanges.js';
import type { TargetChange } from './types.js';

/** Block id → unit index, for the units given. */
function unitOfBlock(units: Unit[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const u of units) for (const id of u.blockIds) out.set(id, u.index);
  return out;
}

const onlyBlocks = (index: DocIndex, wanted: Set<string>): DocIndex => ({ ...index, blocks: index.blocks.filter((b) => wanted.has(b.id)) });

export function compareTargets(
  oldDoc: PMNode,
  newDoc: PMNode,
  a: FlatDoc,
  b: FlatDoc,
  links: Link[],
  lexicon: Lexicon = lexiconFromSettings(),
): TargetChange[] {
  const { oldLink, newLink } = linkIndex(a.units.length, b.units.length, links);
  const same = (link: Link): boolean =>
    !link.moved && link.old.length === 1 && link.new.length === 1 && a.units[link.old[0]].text === b.units[link.new[0]].text;
  const changedOld = a.units.filter((u) => oldLink[u.index] < 0 || !same(links[oldLink[u.index]]));
  const changedNew = b.units.filter((u) => newLink[u.index] < 0 || !same(links[newLink[u.index]]));
  const oldWanted = new Set(changedOld.flatMap((u) => u.blockIds));
  const newWanted = new Set(changedNew.flatMap((u) => u.blockIds));
  if (!oldWanted.size && !newWanted.size) return [];

  const oldIndex = buildIndex(oldDoc);
  const newIndex = buildIndex(newDoc);
  for (const link of links) {
    if (!same(link)) continue;
    const olds = a.units[link.old[0]].blockIds;
    const news = b.units[link.new[0]].blockIds;
    olds.forEach((id, k) => {
      if (oldIndex.byId.get(id)?.scope === newIndex.byId.get(news[k])?.scope) return;
      oldWanted.add(id);
      newWanted.add(news[k]);
    });
  }
  const oldUnits = unitOfBlock(changedOld);
  const newUnits = unitOfBlock(changedNew);
  const matched = (oldId: string, newId: string): boolean => {
    const o = oldUnits.get(oldId);
    const n = newUnits.get(newId);
    return o !== undefined && n !== undefined && oldLink[o] >= 0 && oldLink[o] === newLink[n];
  };
  return targetChanges(
    targetsOfIndex(onlyBlocks(oldIndex, oldWanted), lexicon),
    targetsOfIndex(onlyBlocks(newIndex, newWanted), lexicon),
    matched,
  );
}
