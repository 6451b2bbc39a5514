/**
 * Rebuild the report body (preamble paragraphs and parts) from a flat list of
 * entries. The build never fails: it fits every entry in order.
 *
 * Headings open containers. A heading whose parent level is not open (an item
 * right after a part heading, after a section was removed) is an orphan; it is
 * raised to the deepest level that can hold it, and its whole subtree with it,
 * so the relative shape of what the drafter wrote survives. A paragraph goes
 * into the open container of its level, or the deepest open one above it.
 * Paragraphs that follow a container's children are its closing paragraphs
 * (the schema's trailing `paragraph*`); if another child opens after them,
 * they move to the end of the child before, since the schema allows no
 * paragraph between two sibling containers. The document itself has no
 * closing paragraphs, so a preamble-level paragraph after the parts joins the
 * last part.
 */
import { Fragment, type Node as PMNode, type NodeType } from 'prosemirror-model';
import { newId } from '../../core/ids.js';
import { reportSchema as s, HEADING_OF, LEVELS } from '../../core/schema.js';
import type { Entry, HeadingEntry } from './entries.js';

interface Builder {
  /** The level the entry asked for, and the level it gets. */
  asked: number;
  level: number;
  heading: HeadingEntry | null;
  head: PMNode[];
  children: Builder[];
  tail: PMNode[];
}

function builder(asked: number, level: number, heading: HeadingEntry | null): Builder {
  return { asked, level, heading, head: [], children: [], tail: [] };
}

/**
 * The text of `node` for a block of `type`, each run keeping the marks that
 * type allows: a 修订 insertion or deletion in a heading made a paragraph (or
 * back) stays a suggestion, where taking the plain text would have accepted
 * a deletion's text into the draft; a paragraph's lead sentence mark, which
 * a heading does not take, goes.
 */
export function textFor(node: PMNode, type: NodeType): Fragment {
  const runs: PMNode[] = [];
  node.forEach((child) => {
    if (!child.isText) return;
    const run = child.mark(child.marks.filter((m) => type.allowsMarkType(m.type)));
    const last = runs[runs.length - 1];
    // Runs that differed only by a mark dropped are one run again, as ProseMirror keeps text.
    if (last?.sameMarkup(run)) runs[runs.length - 1] = s.text(last.text! + run.text!, last.marks);
    else runs.push(run);
  });
  return Fragment.fromArray(runs);
}

/**
 * A heading node of the type that `level` needs, reusing the node when it
 * already is one. The typed number and marker described the old level, so a
 * heading that changes level forgets them.
 */
export function headingNodeFor(node: PMNode, level: number): PMNode {
  const type = s.nodes[HEADING_OF[LEVELS[level - 1]]];
  if (node.type === type) return node;
  return type.create({ id: node.attrs.id || newId(), typed: null, marker: null }, textFor(node, type));
}

function finish(b: Builder): PMNode {
  const h = b.heading!;
  const content = [headingNodeFor(h.node, b.level), ...b.head, ...b.children.map(finish), ...b.tail];
  return s.nodes[LEVELS[b.level - 1]].createChecked({ id: h.containerId || newId() }, content);
}

/** The body's top-level nodes (preamble paragraphs, then parts) for a list of entries. */
export function buildBody(entries: Entry[]): PMNode[] {
  const root = builder(0, 0, null);
  const stack: Builder[] = [root];
  const top = (): Builder => stack[stack.length - 1];

  for (const e of entries) {
    if (e.kind === 'heading') {
      while (stack.length > 1 && top().asked >= e.level) stack.pop();
      const parent = top();
      const last = parent.children[parent.children.length - 1];
      if (last && parent.tail.length) last.tail.push(...parent.tail.splice(0));
      const b = builder(e.level, parent.level + 1, e);
      parent.children.push(b);
      stack.push(b);
      continue;
    }
    while (stack.length > 1 && top().asked > e.level) stack.pop();
    const target = top();
    if (target === root && root.children.length) root.children[root.children.length - 1].tail.push(e.node);
    else (target.children.length ? target.tail : target.head).push(e.node);
  }
  return [...root.head, ...root.children.map(finish)];
}
