/**
 * The comparison as the content of a Word document (the `docx` library's
 * objects; src/node/export puts them on the report's pages and packs them):
 * a summary page, then the redline as real tracked changes — inserted text
 * in <w:ins>, deleted text in <w:del>, and the paragraph mark of a block
 * inserted or deleted whole tracked too — so Word and WPS show insertions
 * underlined and deletions struck through, and a reviewer can accept or
 * reject each change under 审阅 (Review). Accepting them all gives the new
 * draft, rejecting them all the old one.
 *
 * Word's tracked moves (moveFrom/moveTo) are not written: a moved block is
 * deleted where it was and inserted where it went, and a comment at each end
 * names the other end, so it still reads as one move.
 *
 * Every text from the drafts or their names is written without the
 * characters XML 1.0 forbids (xmlChars.ts): one would make Word refuse the file.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  InsertedTextRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import type { PrintKind } from '../export/printable.js';
import { message, type Lang, type MessageKey } from '../messages/index.js';
import { countsLine, type ComparisonReport, type RedlineBlock, type RedlineRun } from './exportModel.js';
import { pathLabel } from './pathLabel.js';
import { groupTableRows, redlineCells } from './redlineTable.js';
import { xmlSafe } from '../text/xmlChars.js';

export interface ComparisonDocx {
  title: string;
  children: FileChild[];
  comments: ICommentOptions[];
}

export interface DocxOptions {
  lang?: Lang;
  /** The paragraph style of each kind of block: the report export's styles, so the redline looks like the report. */
  styleOf: Record<PrintKind, string>;
  /** When the changes were made, ISO 8601 (Word shows it with each change). */
  date: string;
  /** Who made them (the user's 署名); 草稿比对 (the catalog's name for the tool) when empty. */
  author?: string;
}

/** Summary text: no first-line indent, 4号 (14 pt) in tables. */
const FLUSH = { firstLine: 0, firstLineChars: 0 };
const SMALL = 28;

class Builder {
  private revision = 1;
  readonly comments: ICommentOptions[] = [];
  private readonly author: string;

  constructor(private readonly options: DocxOptions & { lang: Lang }) {
    this.author = options.author?.trim() || message('compare-export-author', options.lang);
  }

  private rev() {
    return { id: this.revision++, author: this.author, date: this.options.date };
  }

  /** The runs of a block as tracked changes; a move end becomes wholly deleted or inserted. */
  runs(block: Pick<RedlineBlock, 'runs' | 'moved'>): ParagraphChild[] {
    let runs: RedlineRun[] = block.runs;
    if (block.moved === 'from') runs = runs.map((r) => ({ ...r, op: 'delete' as const }));
    if (block.moved === 'to') runs = runs.filter((r) => r.op !== 'delete').map((r) => ({ ...r, op: 'insert' as const }));
    return runs.map((r) =>
      r.op === 'insert'
        ? new InsertedTextRun({ text: xmlSafe(r.text), ...this.rev() })
        : r.op === 'delete'
          ? new DeletedTextRun({ text: xmlSafe(r.text), ...this.rev() })
          : new TextRun(xmlSafe(r.text)),
    );
  }

  paragraph(block: RedlineBlock, first: boolean): Paragraph {
    const children = this.runs(block);
    if (block.movedPath !== undefined) {
      const id = this.comments.length;
      const key: MessageKey = block.moved === 'from' ? 'compare-moved-to' : 'compare-moved-here';
      this.comments.push({ id, author: this.author, date: new Date(this.options.date), children: [new Paragraph(xmlSafe(message(key, this.options.lang, { path: block.movedPath })))] });
      children.unshift(new CommentRangeStart(id));
      children.push(new CommentRangeEnd(id), new CommentReference(id));
    }
    const mark = block.markOp === 'insert' ? { insertion: this.rev() } : block.markOp === 'delete' ? { deletion: this.rev() } : null;
    return new Paragraph({
      style: this.options.styleOf[block.kind],
      children,
      ...(mark ? { run: mark } : {}),
      ...(first || block.kind === 'annexLabel' ? { pageBreakBefore: true } : {}),
    });
  }
}

/** Consecutive table rows as one Word table, each cell's text with its tracked changes. */
function redlineTable(rows: RedlineBlock[], builder: Builder): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (block) =>
        new TableRow({
          children: redlineCells(block).map(
            (runs) => new TableCell({ children: [new Paragraph({ style: 'BodyText', indent: FLUSH, children: builder.runs({ runs, moved: block.moved }) })] }),
          ),
        }),
    ),
  });
}

const plain = (text: string, extra: { bold?: boolean; size?: number } = {}) => new Paragraph({ indent: FLUSH, children: [new TextRun({ text: xmlSafe(text), ...extra })] });

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [plain(text, { bold, size: SMALL })] });
}

function targetsTable(report: ComparisonReport, lang: Lang): FileChild[] {
  if (!report.targets.length) return [plain(message('compare-targets-none', lang), { bold: true })];
  const head = (['compare-col-indicator', 'compare-col-where', 'compare-col-old', 'compare-col-new'] as const).map((k) => cell(message(k, lang), true));
  const value = (text: string, empty: MessageKey) => cell(text || message(empty, lang));
  const rows = report.targets.map(
    (t) =>
      new TableRow({
        children: [cell(t.indicator), cell(pathLabel(t.path, lang)), value(t.before, 'compare-target-added'), value(t.after, 'compare-target-removed')],
      }),
  );
  return [
    plain(message('compare-targets', lang, { count: report.targets.length }), { bold: true }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ tableHeader: true, children: head }), ...rows] }),
  ];
}

function summary(report: ComparisonReport, lang: Lang): FileChild[] {
  return [
    new Paragraph({ style: 'Title', text: message('compare-export-title', lang) }),
    plain(message('compare-export-old', lang, { name: report.oldName })),
    plain(message('compare-export-new', lang, { name: report.newName })),
    plain(countsLine(report, lang)),
    ...targetsTable(report, lang),
    ...(report.bounded ? [plain(message('compare-bounded', lang))] : []),
    plain(message('compare-export-legend-docx', lang), { size: SMALL }),
  ];
}

export function comparisonDocx(report: ComparisonReport, options: DocxOptions): ComparisonDocx {
  const lang = options.lang ?? 'zh';
  const builder = new Builder({ ...options, lang });
  const redline = groupTableRows(report.blocks).map((b, i) => (Array.isArray(b) ? redlineTable(b, builder) : builder.paragraph(b, i === 0)));
  return {
    title: xmlSafe(message('compare-title', lang, { old: report.oldName, new: report.newName })),
    children: [...summary(report, lang), ...redline],
    comments: builder.comments,
  };
}
