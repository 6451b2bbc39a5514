/**
 * 指标变化: which targets changed between two drafts. Targets (extracted by
 * the shared extractor, targets/extract.ts) are matched by indicator and
 * scope, never by position, so a target that only moved with its section is
 * no change:
 *
 * 1. statements that read the same (verb, value, unit, qualifier) pair off;
 * 2. of the rest, statements in blocks that compare matched with each other
 *    pair first, then the others in document order: each such pair is a
 *    changed target;
 * 3. what is left was added or removed.
 */
import type { Target } from '../targets/types.js';
import { normalizeLayout } from './normalize.js';
import type { TargetChange } from './types.js';

const groupKey = (t: Target): string => `${t.indicator}\u0000${t.scope}`;
const statement = (t: Target): string => [t.verb, t.value, t.unit, t.qualifier].map(normalizeLayout).join('\u0000');

function groups(targets: Target[]): Map<string, Target[]> {
  const out = new Map<string, Target[]>();
  for (const t of targets) {
    const list = out.get(groupKey(t));
    if (list) list.push(t);
    else out.set(groupKey(t), [t]);
  }
  return out;
}

/** Take pairs out of `olds` and `news` that satisfy `match`, first come first served. */
function pairOff(olds: Target[], news: Target[], match: (o: Target, n: Target) => boolean): [Target, Target][] {
  const out: [Target, Target][] = [];
  for (let i = 0; i < olds.length; i++) {
    const k = news.findIndex((n) => match(olds[i], n));
    if (k < 0) continue;
    out.push([olds[i], news[k]]);
    olds.splice(i--, 1);
    news.splice(k, 1);
  }
  return out;
}

/**
 * `blockMatches(oldBlockId, newBlockId)` says whether compare matched the two
 * blocks; it only steers which changed statements pair with which.
 */
export function targetChanges(
  olds: Target[],
  news: Target[],
  blockMatches: (oldId: string, newId: string) => boolean = () => false,
): TargetChange[] {
  const oldGroups = groups(olds);
  const order = new Map(news.map((t, i) => [t, i]));
  const changed: { change: TargetChange; at: number }[] = [];
  const oldOrder = new Map(olds.map((t, i) => [t, i]));
  const removed: Target[] = [];
  for (const [key, newList] of groups(news)) {
    const oldList = [...(oldGroups.get(key) ?? [])];
    oldGroups.delete(key);
    const rest = [...newList];
    pairOff(oldList, rest, (o, n) => statement(o) === statement(n));
    const edited = [...pairOff(oldList, rest, (o, n) => blockMatches(o.blockId, n.blockId)), ...pairOff(oldList, rest, () => true)];
    for (const [o, n] of edited) {
      changed.push({ change: { indicator: n.indicator, before: o.text, after: n.text, path: n.path, scope: n.scope }, at: order.get(n)! });
    }
    for (const n of rest) changed.push({ change: { indicator: n.indicator, before: '', after: n.text, path: n.path, scope: n.scope }, at: order.get(n)! });
    removed.push(...oldList);
  }
  for (const list of oldGroups.values()) removed.push(...list);
  changed.sort((x, y) => x.at - y.at);
  removed.sort((x, y) => oldOrder.get(x)! - oldOrder.get(y)!);
  return [
    ...changed.map((c) => c.change),
    ...removed.map((o) => ({ indicator: o.indicator, before: o.text, after: '', path: o.path, scope: o.scope })),
  ];
}
