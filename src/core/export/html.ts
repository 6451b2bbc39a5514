/**
 * A report as one self-contained HTML page laid out by GB/T 9704 (layout.ts),
 * for the HTML export and for printing to PDF (Chromium's page.pdf in the
 * command line, webContents.printToPDF in the app). Everything is inline: no
 * script, no external file, no network.
 *
 * Page setup is CSS paged media: @page gives A4 and the margins, and the
 * page number sits in a page-margin box, on the right of odd pages and the
 * left of even ones (:right / :left pages; the first page is a right page).
 * The 28-character grid is approximated with letter-spacing, the 22-line
 * grid with a fixed line height.
 */
import type { Node as PMNode } from 'prosemirror-model';
import {
  CHAR_PITCH_PT,
  FONTS,
  LINE_PT,
  MARGIN_MM,
  PAGE_NUMBER,
  SIZE_PT,
} from './layout.js';
import { message, type Lang } from '../messages/index.js';
import type { ReviewComment } from '../review/comments.js';
import { printableBlocks, type PrintBlock, type PrintRow, type PrintRun } from './printable.js';
import { nowrapFigures } from '../text/figures.js';
import { xmlSafe } from '../text/xmlChars.js';

/** Font stacks: the Chinese office font first, then what Linux and macOS machines have. */
const STACK = {
  fangsong: `"${FONTS.fangsong}", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif`,
  kaiti: `"${FONTS.kaiti}", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC", serif`,
  heiti: `"${FONTS.heiti}", "SimHei", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif`,
  songti: `"${FONTS.songti}", "SimSun", "STSong", "Noto Serif CJK SC", serif`,
  // 小标宋 is a heavy face: its fallback is a bold serif, chosen by name so the real font is never synthesised bold.
  xiaobiaosong: `"CaogaoTitle", serif`,
};

const pt = (n: number): string => `${Number(n.toFixed(3))}pt`;

export function reportCss(): string {
  return `${reportPageCss()}\n${reportBlockCss()}`;
}

/**
 * The page box and the title face: rules that must sit in a document's own
 * style sheet (a shadow root ignores @page and @font-face). The editor's
 * print copy (src/renderer/pages) adopts them for its window.
 */
export function reportPageCss(): string {
  const pageNumber = `content: "— " counter(page) " —"; font-family: ${STACK.songti}; font-size: ${pt(PAGE_NUMBER.sizePt)}; line-height: 1; vertical-align: top; padding-top: ${PAGE_NUMBER.belowTextMm}mm;`;
  return `
@font-face { font-family: "CaogaoTitle"; src: local("${FONTS.xiaobiaosong}"), local("FZXiaoBiaoSong-B05S"), local("Noto Serif CJK SC Bold"), local("NotoSerifCJKsc-Bold"), local("Source Han Serif SC Bold"), local("STZhongsong"); }
@page { size: A4; margin: ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm; }
@page :right { @bottom-right { ${pageNumber} text-align: right; padding-right: ${pt(PAGE_NUMBER.sizePt)}; } }
@page :left { @bottom-left { ${pageNumber} text-align: left; padding-left: ${pt(PAGE_NUMBER.sizePt)}; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
`.trim();
}

/** The report's blocks in the type area: faces, sizes, the line and character grid, page-break rules. */
export function reportBlockCss(): string {
  const grid = pt(CHAR_PITCH_PT - SIZE_PT.san);
  const indent = pt(2 * CHAR_PITCH_PT);
  return `
body { margin: 0; color: #000; background: #fff; }
.report { font-family: ${STACK.fangsong}; font-size: ${pt(SIZE_PT.san)}; line-height: ${pt(LINE_PT)}; letter-spacing: ${grid}; text-align: justify; }
.report p, .report h1, .report h2, .report h3, .report h4, .report h5 { margin: 0; font-size: ${pt(SIZE_PT.san)}; font-weight: normal; line-height: ${pt(LINE_PT)}; orphans: 2; widows: 2; }
.report .body, .report .heading, .report .glossary-entry, .report .annex-item { text-indent: ${indent}; }
.report .title, .report .annex-title { font-family: ${STACK.xiaobiaosong}; font-size: ${pt(SIZE_PT.er)}; text-align: center; letter-spacing: 0; }
.report .occasion, .report .speaker { font-family: ${STACK.kaiti}; text-align: center; }
.report .title, .report .annex-title, .report .occasion { text-wrap: balance; text-indent: 0; }
.report .speaker { margin-bottom: ${pt(LINE_PT)}; }
.report .level1 { font-family: ${STACK.heiti}; break-after: avoid; }
.report .level2 { font-family: ${STACK.kaiti}; break-after: avoid; }
.report .level3, .report .level4 { font-family: ${STACK.fangsong}; break-after: avoid; }
.report .annex-label { font-family: ${STACK.heiti}; break-before: page; }
.report .annex-title { margin: ${pt(LINE_PT)} 0; }
.report strong { font-weight: bold; }
.report .figure { white-space: nowrap; }
.report table.report-table { width: 100%; border-collapse: collapse; margin: 0; break-inside: auto; }
.report .report-table td, .report .report-table th { border: 0.5pt solid #000; padding: 0 0.25em; vertical-align: middle; font-weight: normal; }
.report .report-table tr { break-inside: avoid; }
.report .report-table p { text-indent: 0; text-align: justify; }
.report .report-table th p { text-align: center; }
@media screen { body { background: #eee; } .report { background: #fff; width: 210mm; margin: 0 auto; padding: ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm; box-sizing: border-box; } }
`.trim();
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for HTML: markup characters escaped, and the characters XML 1.0 forbids (controls, U+FFFE …) left out, as in every export. */
export const escapeHtml = (text: string): string => xmlSafe(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The element and class each printable block becomes, shared by the report and the comparison export. */
export const PRINT_TAGS: Record<PrintBlock['kind'], [string, string]> = {
  title: ['h1', 'title'],
  occasion: ['p', 'occasion'],
  speaker: ['p', 'speaker'],
  salutation: ['p', 'salutation'],
  heading1: ['h2', 'heading level1'],
  heading2: ['h3', 'heading level2'],
  heading3: ['h4', 'heading level3'],
  heading4: ['h5', 'heading level4'],
  body: ['p', 'body'],
  annexLabel: ['p', 'annex-label'],
  annexTitle: ['h2', 'annex-title'],
  glossaryEntry: ['p', 'glossary-entry'],
  annexItem: ['p', 'annex-item'],
  table: ['table', 'report-table'],
};

/** Text with each figure a line could break inside (`2000亿元`) held in a nowrap span, as on screen. */
function figuresHtml(text: string): string {
  let out = '';
  let at = 0;
  for (const [from, to] of nowrapFigures(text)) {
    out += `${escapeHtml(text.slice(at, from))}<span class="figure">${escapeHtml(text.slice(from, to))}</span>`;
    at = to;
  }
  return out + escapeHtml(text.slice(at));
}

/** A run: bold for a lead, and a run-in heading in its heading's face. */
function runHtml(run: PrintRun): string {
  const inner = figuresHtml(run.text);
  const text = run.bold ? `<strong>${inner}</strong>` : inner;
  return run.heading ? `<span class="run-in level${run.heading}">${text}</span>` : text;
}

/** A table's rows as HTML rows; `rowClass` adds a class to a row (the comparison marks changed rows). */
export function tableRowsHtml(rows: PrintRow[], rowClass: (row: PrintRow) => string = () => ''): string {
  return rows
    .map((row) => {
      const cells = row.cells.map((c) => {
        const tag = c.header ? 'th' : 'td';
        const spans = `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
        return `<${tag}${spans}>${c.paragraphs.map((p) => `<p>${p.map(runHtml).join('')}</p>`).join('')}</${tag}>`;
      });
      const cls = rowClass(row);
      return `<tr data-id="${escapeHtml(row.id)}"${cls ? ` class="${cls}"` : ''}>${cells.join('')}</tr>`;
    })
    .join('');
}

export function blockHtml(block: PrintBlock): string {
  const [tag, cls] = PRINT_TAGS[block.kind];
  if (block.rows) return `<table class="${cls}" data-id="${escapeHtml(block.id)}"><tbody>${tableRowsHtml(block.rows)}</tbody></table>`;
  const inner = block.runs.map(runHtml).join('');
  return `<${tag} class="${cls}" data-id="${escapeHtml(block.id)}">${inner}</${tag}>`;
}

export interface ReportHtmlOptions {
  lang?: string;
  /**
   * 批注 to print: each as a note right after the paragraph it is on (the
   * margins of a GB/T 9704 page are fixed, so no margin column): 批注 · 作者：
   * the commented text in quotes, then the comment and its replies. Comments
   * whose paragraph is not printed follow the report, together.
   */
  comments?: readonly ReviewComment[];
}

/** CSS of the comment notes: a ruled box in a smaller 楷体, kept with its paragraph. */
function commentNotesCss(): string {
  return `
.report .comment-notes { margin: ${pt(4)} 0 ${pt(6)}; padding: ${pt(3)} ${pt(8)}; border-left: ${pt(1.5)} solid #888; font-family: ${STACK.kaiti}; font-size: ${pt(SIZE_PT.si)}; line-height: 1.5; letter-spacing: 0; text-indent: 0; break-inside: avoid; }
.report .comment-notes p { font-size: inherit; line-height: inherit; text-indent: 0; }
.report .comment-reply { padding-left: 2em; }
.report .comments-elsewhere { margin-top: ${pt(LINE_PT)}; font-family: ${STACK.heiti}; text-indent: 0; }`;
}

function commentNoteHtml(c: ReviewComment, lang: Lang): string {
  const who = (name: string) => escapeHtml(name || message('review-no-author', lang));
  const resolved = c.resolved ? message('export-comment-resolved', lang) : '';
  const quote = c.anchor.quote ? `“${escapeHtml(c.anchor.quote)}”\u3000` : '';
  const head = `<p class="comment-note"><strong>${message('export-comment-note', lang)} · ${who(c.author)}</strong>${resolved}：${quote}${escapeHtml(c.text)}</p>`;
  const replies = c.replies.map((r) => `<p class="comment-reply">${message('export-comment-reply', lang)} · ${who(r.author)}：${escapeHtml(r.text)}</p>`);
  return head + replies.join('');
}

/** The blocks' HTML with each commented block's notes after it, and the notes of blocks not printed at the end. */
function blocksWithNotes(blocks: PrintBlock[], comments: readonly ReviewComment[], lang: Lang): string[] {
  const byBlock = new Map<string, ReviewComment[]>();
  for (const c of comments) byBlock.set(c.anchor.blockId, [...(byBlock.get(c.anchor.blockId) ?? []), c]);
  const notes = (list: ReviewComment[]) => `<aside class="comment-notes">${list.map((c) => commentNoteHtml(c, lang)).join('')}</aside>`;
  const out: string[] = [];
  for (const block of blocks) {
    out.push(blockHtml(block));
    const own = byBlock.get(block.id);
    if (own) out.push(notes(own));
    byBlock.delete(block.id);
  }
  const rest = [...byBlock.values()].flat();
  if (rest.length) out.push(`<p class="comments-elsewhere">${message('export-comments-elsewhere', lang)}</p>`, notes(rest));
  return out;
}

export function reportHtml(doc: PMNode, options: ReportHtmlOptions = {}): string {
  const blocks = printableBlocks(doc);
  const comments = options.comments ?? [];
  const noteLang: Lang = options.lang?.startsWith('en') ? 'en' : 'zh';
  const title = blocks.find((b) => b.kind === 'title')?.runs.map((r) => r.text).join('') || '政府工作报告';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(options.lang ?? 'zh-CN')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src 'self' data:">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${reportCss()}${comments.length ? commentNotesCss() : ''}\n</style>`,
    '</head>',
    '<body>',
    '<article class="report">',
    ...(comments.length ? blocksWithNotes(blocks, comments, noteLang) : blocks.map(blockHtml)),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
