/**
 * Run-in headings (标题接排正文). Most reports print a section or item heading
 * and the first paragraph of its section as one paragraph, the heading in its
 * own face: `（一）因地制宜加快发展新质生产力。抓住共建……`. Such a line becomes
 * a heading `因地制宜加快发展新质生产力` that remembers it was run in, and a
 * paragraph `抓住共建……` after it.
 *
 * A heading is split at its first 。 only when what comes before is a heading's
 * phrase: at most MAX_HEADING characters and no ；(a numbered paragraph of a
 * list, `1.通过“以工代赈”发放……；扩大……。`, is not split). A line that holds the
 * heading and its 。 alone (`（一）立足壮大实体经济，建设……产业体系。`) is run in
 * with an empty body when the report runs in other headings of the same level,
 * or when all its siblings (two or more) stand alone with their 。 too, since it
 * then prints the same way; otherwise the 。 stays in the heading, for
 * heading-punctuation to report. Annex entries are never split.
 */
import type { LogicalBlock } from './blocks.js';

/** The longest heading phrase that is split off a run-in line (the longest seen is about 40). */
const MAX_HEADING = 60;
const HEADING_KINDS = new Set(['part', 'section', 'item', 'subitem']);

interface Split {
  heading: string;
  body: string;
}

function splitAtFirstStop(text: string): Split | null {
  const at = text.indexOf('。');
  if (at <= 0 || at > MAX_HEADING) return null;
  const heading = text.slice(0, at);
  if (/[；;]/.test(heading)) return null;
  return { heading, body: text.slice(at + 1).trim() };
}

const LEVEL: Record<string, number> = { part: 1, section: 2, item: 3, subitem: 4 };

/**
 * For each heading, the index of the heading above it (its parent): siblings
 * share it. The title block and the preamble are the parent of parts.
 */
function parents(blocks: LogicalBlock[]): number[] {
  const open: number[] = [-1, -1, -1, -1, -1];
  return blocks.map((b, i) => {
    const level = LEVEL[b.kind];
    if (!level) return -1;
    const parent = open[level - 1];
    open[level] = i;
    for (let l = level + 1; l < open.length; l++) open[l] = i;
    return parent;
  });
}

export function splitRunInHeadings(blocks: LogicalBlock[]): LogicalBlock[] {
  const splits = blocks.map((b) => (HEADING_KINDS.has(b.kind) ? splitAtFirstStop(b.text) : null));
  // Levels at which the report runs a heading in with a body after it.
  const runInKinds = new Set(blocks.filter((b, i) => splits[i]?.body).map((b) => b.kind));
  // Sibling groups (same parent, same level) whose headings all stand alone with their 。: two or more
  // such headings are the report's run-in headings set on lines of their own (（一）以更大力度推动高质量发展。).
  const parentOf = parents(blocks);
  const groups = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    if (!HEADING_KINDS.has(b.kind)) return;
    const key = `${parentOf[i]}:${b.kind}`;
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  const aloneGroup = new Set<number>();
  for (const members of groups.values()) {
    if (members.length >= 2 && members.every((i) => splits[i] && !splits[i]!.body && /。$/.test(blocks[i].text))) {
      for (const i of members) aloneGroup.add(i);
    }
  }
  const out: LogicalBlock[] = [];
  blocks.forEach((block, i) => {
    const split = splits[i];
    if (!split || (!split.body && !runInKinds.has(block.kind) && !aloneGroup.has(i))) {
      out.push(block);
      return;
    }
    out.push({ ...block, text: split.heading, runIn: true });
    if (split.body) out.push({ kind: 'text', text: split.body, line: block.line, runInBody: true });
  });
  return out;
}
