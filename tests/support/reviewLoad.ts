/**
 * A report marked up as a heavy review: comments (批注, a third of them
 * answered) and suggestions (修订) by three reviewers, spread over the report
 * by a seeded generator in document order, none overlapping. The review
 * benchmark (open, save) and the latency benchmark (typing with the margin
 * and the marks drawn) load the same one.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { addReply, createComment, deletionMark, insertionMark, type ReviewComment } from '../../src/core/review/index.js';
import { random } from './random.js';

export const REVIEWERS = ['张三', '李四', '王五'];

export function markUp(doc: PMNode, counts: { comments: number; suggestions: number }, seed = 14): { doc: PMNode; comments: ReviewComment[] } {
  // Ranges inside paragraphs with text, drawn in document order, none overlapping.
  const blocks: { pos: number; size: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock && node.content.size >= 12) blocks.push({ pos, size: node.content.size });
    return !node.isTextblock;
  });
  const rand = random(seed);
  const ranges = (count: number, salt: number) =>
    Array.from({ length: count }, (_, i) => {
      const block = blocks[Math.floor(((i + rand() * 0.9 + salt / 7) * blocks.length) / count) % blocks.length];
      const from = block.pos + 1 + Math.floor(rand() * (block.size - 10));
      return { from, to: from + 2 + Math.floor(rand() * 8) };
    });
  const tr = new Transform(doc);
  ranges(counts.suggestions, 0).forEach((r, i) => {
    const attrs = { id: `s${i}`, author: REVIEWERS[i % 3], date: new Date(Date.UTC(2026, 2, 1, 8, i)).toISOString() };
    tr.addMark(r.from, r.to, i % 2 ? insertionMark(attrs) : deletionMark(attrs));
  });
  const marked = tr.doc;
  const comments: ReviewComment[] = ranges(counts.comments, 3).map((r, i) => {
    const c = createComment(marked, r.from, r.to, { author: REVIEWERS[i % 3], text: `第${i + 1}条意见：此处数据请核实，并与统计公报口径一致。`, date: '2026-03-02T09:00:00Z' })!;
    return i % 3 ? c : addReply(c, { author: '起草组', text: '已核实，按公报口径修改。', date: '2026-03-03T10:00:00Z' });
  });
  return { doc: marked, comments };
}
