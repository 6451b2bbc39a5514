/**
 * The comparison as one self-contained HTML page, for the HTML export and
 * for printing to PDF (headless Chromium, or printToPDF in the app): the
 * report's own page setup (A4, GB/T 9704 margins, page numbers, fonts, from
 * core/export/html.ts), a summary page first — the drafts compared, the
 * counts of changes, the 指标变化 table, how to read the marks — and then the
 * redline: insertions underlined, deletions struck through, each end of a
 * move shaded and naming the other. Marks carry colour and a line, so they
 * survive printing in black and white; nothing is drawn in the page margin,
 * which Chromium does not print.
 */
import { escapeHtml, PRINT_TAGS as TAGS, reportCss } from '../export/html.js';
import { message, type Lang } from '../messages/index.js';
import { countsLine, type ComparisonReport, type RedlineBlock } from './exportModel.js';
import { pathLabel } from './pathLabel.js';
import { groupTableRows, redlineCells } from './redlineTable.js';


function redlineCss(): string {
  return `
.report ins { text-decoration: underline; text-decoration-thickness: 1.5px; text-underline-offset: 3px; color: #1c4fa0; }
.report del { text-decoration: line-through; text-decoration-thickness: 1.5px; color: #b3261e; }
.report .block-insert::after { content: "¶"; color: #1c4fa0; }
.report .block-delete::after { content: "¶"; color: #b3261e; text-decoration: line-through; }
.report .moved { background: #f1ebfb; }
.report .move-note { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 10.5pt; letter-spacing: 0; color: #6b3fc0; text-decoration: none; }
.summary { break-after: page; letter-spacing: 0; }
.summary .title { margin-bottom: 14pt; }
.summary p { text-indent: 0; }
.summary table { width: 100%; border-collapse: collapse; font-size: 14pt; line-height: 1.5; margin: 8pt 0 14pt; }
.summary th, .summary td { border: 0.75pt solid #000; padding: 2pt 6pt; text-align: left; vertical-align: top; font-weight: normal; }
.summary thead th { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; }
.summary h2 { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; margin-top: 14pt; }
.summary .legend { font-size: 14pt; }
`.trim();
}

function runsHtml(block: Pick<RedlineBlock, 'runs'>, showRenumber: boolean): string {
  return block.runs
    .map((r) => {
      if (r.renumber && !showRenumber) return r.op === 'delete' ? '' : escapeHtml(r.text);
      return r.op === 'insert' ? `<ins>${escapeHtml(r.text)}</ins>` : r.op === 'delete' ? `<del>${escapeHtml(r.text)}</del>` : escapeHtml(r.text);
    })
    .join('');
}

function blockHtml(block: RedlineBlock, report: ComparisonReport, lang: Lang): string {
  const [tag, cls] = TAGS[block.kind];
  const whole = block.moved ? 'moved' : block.markOp === 'insert' ? 'block-insert' : block.markOp === 'delete' ? 'block-delete' : '';
  const note =
    block.movedPath !== undefined
      ? `<span class="move-note">〔${escapeHtml(message(block.moved === 'from' ? 'compare-moved-to' : 'compare-moved-here', lang, { path: block.movedPath }))}〕</span>`
      : '';
  return `<${tag} class="${whole ? `${cls} ${whole}` : cls}">${runsHtml(block, report.showRenumber)}${note}</${tag}>`;
}

/** Consecutive table rows as one table, each cell with its own marks. */
function tableHtml(rows: RedlineBlock[], report: ComparisonReport): string {
  const row = (block: RedlineBlock): string => {
    const whole = block.moved ? 'moved' : block.markOp === 'insert' ? 'row-insert' : block.markOp === 'delete' ? 'row-delete' : '';
    const cells = redlineCells(block).map((runs) => `<td><p>${runsHtml({ runs }, report.showRenumber)}</p></td>`);
    return `<tr${whole ? ` class="${whole}"` : ''}>${cells.join('')}</tr>`;
  };
  return `<table class="${TAGS.table[1]}"><tbody>${rows.map(row).join('')}</tbody></table>`;
}

function targetsHtml(report: ComparisonReport, lang: Lang): string {
  if (!report.targets.length) return `<h2>${escapeHtml(message('compare-targets-none', lang))}</h2>`;
  const head = ['compare-col-indicator', 'compare-col-where', 'compare-col-old', 'compare-col-new'] as const;
  const cell = (text: string, tag: 'ins' | 'del') =>
    text ? `<${tag}>${escapeHtml(text)}</${tag}>` : escapeHtml(message(tag === 'del' ? 'compare-target-added' : 'compare-target-removed', lang));
  const rows = report.targets.map(
    (t) => `<tr><th scope="row">${escapeHtml(t.indicator)}</th><td>${escapeHtml(pathLabel(t.path, lang))}</td><td>${cell(t.before, 'del')}</td><td>${cell(t.after, 'ins')}</td></tr>`,
  );
  return [
    `<h2>${escapeHtml(message('compare-targets', lang, { count: report.targets.length }))}</h2>`,
    `<table class="targets"><thead><tr>${head.map((k) => `<th scope="col">${escapeHtml(message(k, lang))}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table>`,
  ].join('\n');
}

function summaryHtml(report: ComparisonReport, lang: Lang): string {
  return [
    '<section class="summary report">',
    `<h1 class="title">${escapeHtml(message('compare-export-title', lang))}</h1>`,
    `<p>${escapeHtml(message('compare-export-old', lang, { name: report.oldName }))}</p>`,
    `<p>${escapeHtml(message('compare-export-new', lang, { name: report.newName }))}</p>`,
    `<p class="counts">${escapeHtml(countsLine(report, lang))}</p>`,
    targetsHtml(report, lang),
    report.bounded ? `<p>${escapeHtml(message('compare-bounded', lang))}</p>` : '',
    `<p class="legend">${escapeHtml(message('compare-export-legend', lang))}</p>`,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

export function comparisonHtml(report: ComparisonReport, lang: Lang = 'zh'): string {
  const title = message('compare-title', lang, { old: report.oldName, new: report.newName });
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src 'self' data:">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${reportCss()}\n${redlineCss()}\n</style>`,
    '</head>',
    '<body>',
    summaryHtml(report, lang),
    '<article class="report redline">',
    ...groupTableRows(report.blocks).map((b) => (Array.isArray(b) ? tableHtml(b, report) : blockHtml(b, report, lang))),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
