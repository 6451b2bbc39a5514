/**
 * Export to Word (.docx) laid out by GB/T 9704 (src/core/export/layout.ts),
 * with the `docx` library. Structure is carried by real styles, so Word's and
 * WPS's navigation pane and style list work: the title in 标题 (Title),
 * parts … subitems in 标题 1–4 (Heading 1–4, with outline levels), body text
 * in 正文文本 (Body Text). Numbers are written as text, derived from position
 * (numbering.ts), exactly as they print. Text is written without the
 * characters XML 1.0 forbids (xmlChars.ts): one would make Word refuse the file.
 *
 * Page: A4, margins 37/35/28/26 mm, a 22-line grid with a fixed line pitch of
 * 28.95 pt, 28 characters a line; different odd and even footers carry the page number
 * "— 1 —" on the right of odd pages and the left of even ones, one character
 * in from the text block; the annex starts a new page.
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
  type IBaseParagraphStyleOptions,
  type ICommentOptions,
  type IParagraphStyleOptions,
} from 'docx';
import type { Node as PMNode } from 'prosemirror-model';
import type { ReviewComment } from '../../core/review/comments.js';
import {
  CHAR_PITCH_PT,
  FONTS,
  LINE_TWIPS,
  MARGIN_MM,
  PAGE_MM,
  PAGE_NUMBER,
  SIZE_PT,
  mmToTwips,
} from '../../core/export/layout.js';
import { blockText, printableBlocks, type PrintBlock, type PrintRun } from '../../core/export/printable.js';
import { xmlSafe } from '../../core/text/xmlChars.js';
import { DocxReview } from './docxReview.js';
import { docxTable } from './docxTable.js';

const halfPoints = (pt: number): number => Math.round(pt * 2);
const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

/** Exact line pitch, nothing before or after: every line sits on the 22-line grid. */
const onGrid = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** Two characters of first-line indent (in characters for Word and WPS, in twips for others). */
const twoChars = { firstLineChars: 200, firstLine: Math.round(2 * CHAR_PITCH_PT * 20) };

/**
 * 28 characters of 3号 on a 156 mm line need a pitch of 15.79 pt, a little
 * under the 16 pt type. Word's own way, a character grid (docGrid
 * linesAndChars, charSpace −848), squeezes the type onto the grid in Word and
 * WPS, but LibreOffice gives each character whole grid cells, so a 16 pt
 * character takes two 15.79 pt cells and a line holds 14 (seen converting
 * with LibreOffice 7). Condensed character spacing is read alike by all three:
 * −0.25 pt (Word counts it in 1/20 pt), so 28 characters take 441 pt of the
 * 442.2 pt line and a 29th does not fit. The grid keeps only the lines.
 */
export const CHAR_SPACING_TWENTIETHS = Math.floor((CHAR_PITCH_PT - SIZE_PT.san) * 20);

function headingStyle(typeface: string, outlineLevel: number): IBaseParagraphStyleOptions {
  return {
    basedOn: 'Normal',
    next: 'BodyText',
    quickFormat: true,
    run: { font: font(typeface), size: halfPoints(SIZE_PT.san), bold: false, italics: false, color: '000000' },
    paragraph: { spacing: onGrid, indent: twoChars, keepNext: true, outlineLevel },
  };
}

const BODY_STYLE: IParagraphStyleOptions = {
  id: 'BodyText',
  name: 'Body Text',
  basedOn: 'Normal',
  next: 'BodyText',
  quickFormat: true,
  paragraph: { spacing: onGrid, indent: twoChars, alignment: AlignmentType.JUSTIFIED },
};

const CENTRED = (typeface: string, sizePt: number, id: string, name: string): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'BodyText',
  quickFormat: true,
  run: { font: font(typeface), size: halfPoints(sizePt) },
  paragraph: { spacing: onGrid, alignment: AlignmentType.CENTER },
});

const STYLES = {
  default: {
    document: {
      run: { font: font(FONTS.fangsong), size: halfPoints(SIZE_PT.san), color: '000000', characterSpacing: CHAR_SPACING_TWENTIETHS },
      paragraph: { spacing: onGrid },
    },
    title: {
      basedOn: 'Normal',
      next: 'BodyText',
      quickFormat: true,
      run: { font: font(FONTS.xiaobiaosong), size: halfPoints(SIZE_PT.er), bold: false, color: '000000' },
      paragraph: { spacing: onGrid, alignment: AlignmentType.CENTER },
    },
    heading1: headingStyle(FONTS.heiti, 0),
    heading2: headingStyle(FONTS.kaiti, 1),
    heading3: headingStyle(FONTS.fangsong, 2),
    heading4: headingStyle(FONTS.fangsong, 3),
  },
  paragraphStyles: [
    BODY_STYLE,
    CENTRED(FONTS.kaiti, SIZE_PT.san, 'Occasion', 'Caogao Occasion'),
    CENTRED(FONTS.xiaobiaosong, SIZE_PT.er, 'AnnexTitle', 'Caogao Annex Title'),
    { id: 'AnnexLabel', name: 'Caogao Annex Label', basedOn: 'Normal', next: 'BodyText', run: { font: font(FONTS.heiti) }, paragraph: { spacing: onGrid } },
    { id: 'Salutation', name: 'Salutation', basedOn: 'Normal', next: 'BodyText', paragraph: { spacing: onGrid } },
  ],
};

/** The face of each heading level (GB/T 9704: 一、 黑体, （一） 楷体, 1. and （1） 仿宋). */
const HEADING_FACE: Record<number, string> = { 1: FONTS.heiti, 2: FONTS.kaiti, 3: FONTS.fangsong, 4: FONTS.fangsong };

/** The paragraph style of each kind of block (the compare export prints its redline in the same styles). */
export const STYLE_OF: Record<PrintBlock['kind'], string> = {
  title: 'Title',
  occasion: 'Occasion',
  speaker: 'Occasion',
  salutation: 'Salutation',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  heading4: 'Heading4',
  body: 'BodyText',
  annexLabel: 'AnnexLabel',
  annexTitle: 'AnnexTitle',
  glossaryEntry: 'BodyText',
  annexItem: 'BodyText',
  table: 'BodyText',
};

/** A run's formatting: bold for a lead sentence; a run-in heading's text keeps its heading's face (黑体, 楷体, 仿宋) inside the body paragraph. */
const runOptions = (r: PrintRun) => ({ ...(r.bold ? { bold: true } : {}), ...(r.heading ? { font: font(HEADING_FACE[r.heading] ?? FONTS.fangsong) } : {}) });

/** The paragraph style of a heading level (1–4), or of body text (0). */
const styleOfLevel = (level: number): string => (level ? STYLE_OF[`heading${level}` as PrintBlock['kind']] : STYLE_OF.body);

/** A printed block's paragraphs: one, or two for a join suggested in 修订 (docxReview.ts). */
function paragraphsOf(block: PrintBlock, index: number, blocks: PrintBlock[], review: DocxReview): Paragraph[] {
  // The speaker line is followed by one empty line before the salutation; the annex title by one after.
  const gapAfter = (block.kind === 'speaker' && blocks[index + 1]?.kind !== 'speaker') || block.kind === 'annexTitle';
  const gapBefore = block.kind === 'annexTitle';
  return review.pieces(block, blocks[index + 1], styleOfLevel, STYLE_OF[block.kind]).map(
    (piece) =>
      new Paragraph({
        style: piece.style ?? STYLE_OF[block.kind],
        children: review.children(piece.runs, runOptions),
        ...piece.options,
        ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}),
        ...(gapAfter || gapBefore ? { spacing: { ...onGrid, before: gapBefore ? LINE_TWIPS : 0, after: gapAfter ? LINE_TWIPS : 0 } } : {}),
      }),
  );
}

/** The page number footer: "— n —", on the right (odd pages) or left (even pages), one character in. */
function pageNumberFooter(side: 'right' | 'left'): Footer {
  const oneChar = Math.round(PAGE_NUMBER.sizePt * 20);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: oneChar, firstLine: 0 } : { left: oneChar, firstLine: 0 },
        spacing: { line: Math.round(PAGE_NUMBER.sizePt * 20), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONTS.songti), size: halfPoints(PAGE_NUMBER.sizePt) })],
      }),
    ],
  });
}

/**
 * Footer distance from the page edge: the number's line (14 pt) sits with its
 * top 7 mm below the text block, whose bottom is 35 mm above the page edge.
 */
const FOOTER_TWIPS = mmToTwips(MARGIN_MM.bottom - PAGE_NUMBER.belowTextMm) - Math.round(PAGE_NUMBER.sizePt * 20);

/** The report as a Word document, with its 批注 as Word comments and its 修订 as tracked changes. */
export function reportDocument(doc: PMNode, comments: readonly ReviewComment[] = []): Document {
  const blocks = printableBlocks(doc);
  const title = blocks.find((b) => b.kind === 'title');
  const review = new DocxReview(comments, blocks).readStructure(doc);
  // A table's cells carry their 修订 and 批注 as a paragraph does.
  const children = blocks.flatMap((b, i): FileChild[] => (b.kind === 'table' ? [docxTable(b, (runs) => review.children(runs, runOptions))] : paragraphsOf(b, i, blocks, review)));
  return documentOnReportPages({ title: title ? blockText(title) : '', children, comments: review.comments });
}

/** Any content on the report's pages, in its styles (the compare export's redline uses it too). */
export function documentOnReportPages(content: { title: string; children: FileChild[]; comments?: ICommentOptions[] }): Document {
  return new Document({
    title: xmlSafe(content.title),
    creator: 'Caogao',
    ...(content.comments?.length ? { comments: { children: content.comments } } : {}),
    evenAndOddHeaderAndFooters: true,
    styles: STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwips(PAGE_MM.width), height: mmToTwips(PAGE_MM.height) },
            margin: {
              top: mmToTwips(MARGIN_MM.top),
              bottom: mmToTwips(MARGIN_MM.bottom),
              left: mmToTwips(MARGIN_MM.left),
              right: mmToTwips(MARGIN_MM.right),
              header: mmToTwips(15),
              footer: FOOTER_TWIPS,
              gutter: 0,
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_TWIPS },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: content.children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function exportDocx(doc: PMNode, comments: readonly ReviewComment[] = []): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(reportDocument(doc, comments)));
}
