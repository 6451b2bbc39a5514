/**
 * Review in the .docx export: 批注 as real Word comments (comments.xml, with
 * author, initials, date; replies threaded through commentsExtended.xml, and
 * 已解决 as its done flag) and 修订 as w:ins / w:del with author and date, so
 * Word and WPS show them in their review pane and can accept or reject them.
 *
 * The printed runs (printable.ts) say where their text stands in the
 * document (block id and offset), so a comment's range is cut into the runs
 * at its offsets: CommentRangeStart before its first character, and
 * CommentRangeEnd with the CommentReference (the mark Word shows) after its
 * last. A comment on deleted text (原文已删除) is a range of no characters on
 * its place, and says so in its text.
 *
 * 结构修订 (core/review/structure.ts) go as far as Word can show them:
 *   - a heading's level: the paragraph's former style as w:pPrChange (the
 *     reviewer and date in Word's review pane; rejecting there restores it);
 *   - a split: the paragraph mark before the split-off paragraph inserted
 *     (w:ins in the mark's w:rPr), so accepting keeps two paragraphs and
 *     rejecting joins them;
 *   - a join: the paragraph printed as the two it was, the first one's mark
 *     deleted (w:del in its w:rPr), so accepting joins them again (not when a
 *     comment is on that paragraph: its range would be cut; then it prints
 *     joined, untracked);
 *   - a move: a w:pPrChange on the moved heading with its own style, which
 *     marks it with the reviewer and date; where it stood before is not
 *     written (Word's moveFrom/moveTo would need the text twice).
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  InsertedTextRun,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Node as PMNode } from 'prosemirror-model';
import type { IParagraphOptions } from 'docx';
import type { PrintBlock, PrintRun } from '../../core/export/printable.js';
import { blockLevel, structureChanges, type StructureChange } from '../../core/review/structure.js';
import { message, type Lang } from '../../core/messages/index.js';
import type { ReviewComment } from '../../core/review/comments.js';
import { xmlSafe } from '../../core/text/xmlChars.js';

/** A comment's range; `ids` are the comment's and its replies' (Word marks a reply's range where its comment's is). */
interface Range {
  id: number;
  ids: number[];
  from: number;
  to: number;
}

/** A date Word can read, or none. */
function wordDate(iso: string): Date | undefined {
  const date = new Date(iso);
  return iso && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** 张三 → 张; Zhang San → ZS: what Word shows in a comment's mark when none was given. */
export function initialsOf(author: string): string {
  const words = author.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '';
  if (/^[A-Za-z]/.test(words[0])) return words.map((w) => w[0].toUpperCase()).join('').slice(0, 4);
  return [...words[0]][0];
}

/** One paragraph of a printed block as Word gets it: its runs, a style instead of the block's, and the tracked change of its mark or style. */
export interface ParagraphPiece {
  runs: readonly PrintRun[];
  style?: string;
  options: Pick<IParagraphOptions, 'revision' | 'run'>;
}

/** The runs before and from `at` (an offset in the block's text): a run across it is cut; runs without a place (a number) go first. */
function cutRuns(runs: readonly PrintRun[], block: string, at: number): [PrintRun[], PrintRun[]] {
  const first: PrintRun[] = [];
  const rest: PrintRun[] = [];
  for (const run of runs) {
    const src = run.source;
    if (!src || src.block !== block || src.offset + run.text.length <= at) first.push(run);
    else if (src.offset >= at) rest.push(run);
    else {
      const cut = at - src.offset;
      first.push({ ...run, text: run.text.slice(0, cut) });
      rest.push({ ...run, text: run.text.slice(cut), source: { block, offset: at } });
    }
  }
  return [first, rest];
}

const paragraphs = (text: string): Paragraph[] => text.split('\n').map((line) => new Paragraph({ children: [new TextRun(xmlSafe(line))] }));

export class DocxReview {
  /** The comments and replies, for the Document's `comments`. */
  readonly comments: ICommentOptions[] = [];
  private readonly ranges = new Map<string, Range[]>();
  private readonly started = new Set<number>();
  private readonly ended = new Set<number>();
  private nextId = 0;
  private readonly now = new Date().toISOString();

  /** `blocks`: the printed blocks, so a comment whose block is not printed stands at the start. */
  constructor(
    comments: readonly ReviewComment[],
    blocks: readonly PrintBlock[],
    private readonly lang: Lang = 'zh',
  ) {
    const printed = new Set<string>();
    // A table's cells are printed too: their paragraphs are blocks of their own.
    const cellRuns = (b: PrintBlock) => (b.rows ?? []).flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs.flat()));
    for (const b of blocks) for (const r of [...b.runs, ...cellRuns(b)]) if (r.source) printed.add(r.source.block);
    const first = blocks.find((b) => b.runs.some((r) => r.source))?.runs.find((r) => r.source)?.source?.block ?? '';
    for (const c of comments) {
      const id = this.nextId++;
      const deleted = c.anchor.deleted ? [message('review-docx-anchor-deleted', lang, { quote: c.anchor.quote })] : [];
      this.comments.push({
        id,
        author: this.author(c.author),
        initials: c.initials || initialsOf(c.author),
        date: wordDate(c.date),
        children: paragraphs([c.text, ...deleted].join('\n')),
        ...(c.resolved ? { resolved: true } : {}),
      });
      const ids = [id];
      for (const reply of c.replies) {
        ids.push(this.nextId);
        this.comments.push({
          id: this.nextId++,
          parentId: id,
          author: this.author(reply.author),
          initials: initialsOf(reply.author),
          date: wordDate(reply.date),
          children: paragraphs(reply.text),
        });
      }
      const known = printed.has(c.anchor.blockId);
      const range = known ? { id, ids, from: c.anchor.from, to: Math.max(c.anchor.from, c.anchor.to) } : { id, ids, from: 0, to: 0 };
      const block = known ? c.anchor.blockId : first;
      const list = this.ranges.get(block);
      if (list) list.push(range);
      else this.ranges.set(block, [range]);
    }
  }

  private readonly structure = new Map<string, StructureChange>();

  /** Read the structural suggestions of the document the blocks were printed from. */
  readStructure(doc: PMNode): this {
    for (const { node, change } of structureChanges(doc)) this.structure.set(node.attrs.id as string, change);
    return this;
  }

  private changed(change: StructureChange): { id: number; author: string; date: string } {
    return { id: this.nextId++, author: this.author(change.author), date: wordDate(change.date) ? change.date : this.now };
  }

  /**
   * The paragraphs a printed block becomes, with its structural suggestion
   * (see the top of this file). `next` is the block printed after it;
   * `styleOf` names the paragraph style of a level (0 body text), `style` is the block's own.
   */
  pieces(block: PrintBlock, next: PrintBlock | undefined, styleOf: (level: number) => string, style: string): ParagraphPiece[] {
    const own = this.structure.get(block.id);
    const after = next ? this.structure.get(next.id) : undefined;
    const options: { -readonly [K in keyof ParagraphPiece['options']]: ParagraphPiece['options'][K] } = {};
    // A split: the mark before the split-off paragraph (this block's, or its own when it opened above the other) inserted.
    const split = after?.kind === 'split' && after.from === block.id ? after : own?.kind === 'split' && own.from === next?.id ? own : null;
    if (split) options.run = { insertion: this.changed(split) };
    if (own?.kind === 'level') options.revision = { ...this.changed(own), style: styleOf(own.level ?? 0) };
    if (own?.kind === 'move') options.revision = { ...this.changed(own), style };
    if (own?.kind === 'join' && !this.ranges.has(block.id)) {
      const [first, rest] = cutRuns(block.runs, block.id, own.at ?? 0);
      if (first.length && rest.length) {
        return [
          { runs: first, options: { run: { deletion: this.changed(own) } } },
          { runs: rest, style: styleOf(blockLevel(own.type ?? 'paragraph')), options },
        ];
      }
    }
    return [{ runs: block.runs, options }];
  }

  private author(name: string): string {
    return name.trim() || message('review-no-author', this.lang);
  }

  private run(text: string, run: PrintRun, options: IRunOptions): ParagraphChild {
    const change = run.change;
    if (!change) return new TextRun({ ...options, text });
    const attrs = { id: this.nextId++, author: this.author(change.author), date: wordDate(change.date) ? change.date : this.now };
    return change.kind === 'insert' ? new InsertedTextRun({ ...options, text, ...attrs }) : new DeletedTextRun({ ...options, text, ...attrs });
  }

  private start(range: Range, out: ParagraphChild[]): void {
    if (this.started.has(range.id)) return;
    this.started.add(range.id);
    for (const id of range.ids) out.push(new CommentRangeStart(id));
  }

  private end(range: Range, out: ParagraphChild[]): void {
    if (this.ended.has(range.id)) return;
    this.start(range, out);
    this.ended.add(range.id);
    for (const id of range.ids) out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
  }

  /**
   * The children of one printed paragraph: its runs cut at the comments'
   * offsets, with their range marks. `options` gives each run's formatting.
   */
  children(runs: readonly PrintRun[], options: (run: PrintRun) => IRunOptions): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    const seen = new Set<string>();
    for (const run of runs) {
      const text = run.text;
      const source = run.source;
      const ranges = source ? (this.ranges.get(source.block) ?? []) : [];
      if (!source || !ranges.length) {
        out.push(this.run(xmlSafe(text), run, options(run)));
        continue;
      }
      seen.add(source.block);
      const start = source.offset;
      const end = start + run.text.length;
      // Cut points inside the run: where a comment starts or ends.
      const cuts = [...new Set(ranges.flatMap((r) => [r.from, r.to]).filter((at) => at > start && at < end))].sort((a, b) => a - b);
      let at = start;
      for (const cut of [...cuts, end]) {
        for (const r of ranges) if (r.from === at && r.to > at) this.start(r, out);
        for (const r of ranges) if (r.from === at && r.to === at) this.end(r, out);
        if (cut > at) out.push(this.run(xmlSafe(text.slice(at - start, cut - start)), run, options(run)));
        for (const r of ranges) if (r.to === cut && r.from < cut && this.started.has(r.id)) this.end(r, out);
        at = cut;
      }
    }
    // What is still open or not placed (an offset past the text's end) closes at the paragraph's end.
    for (const block of seen) for (const r of this.ranges.get(block) ?? []) this.end(r, out);
    return out;
  }
}
