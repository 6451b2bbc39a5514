/**
 * The print copy: the report as the PDF export prints it (the export's own
 * blocks and CSS, src/core/export/html.ts), kept in a closed shadow root off
 * screen. It is what the window prints (the print style sheet shows it
 * alone, on the export's GB/T 9704 page box), and where the pages are
 * measured: each block's lines in the export's type area, from which
 * paginate() finds where pages begin, as Chromium will when it prints.
 *
 * Kept up to date incrementally: after an edit only the blocks whose HTML
 * changed are replaced (the common head and tail of the old and new lists
 * are kept), and a block's measure is kept with its element, so a keystroke's
 * update lays out and measures one paragraph.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { blockHtml, reportBlockCss, reportPageCss } from '../../core/export/html.js';
import { paginate, sourceAt, type PageBlock } from '../../core/export/pagination.js';
import { printableBlocks, type PrintBlock } from '../../core/export/printable.js';
import { finalDoc } from '../../core/review/suggestions.js';

/** Where a printed page begins: its first character, as a textblock's id and an offset in its text. */
export interface PageMark {
  page: number;
  textblock: string;
  offset: number;
}

export interface PageLayout {
  pages: PageMark[];
  /** The copy's geometry of each page, for the preview: the flow from `top` to `bottom` (px). */
  spans: { top: number; bottom: number; first: number; last: number }[];
}

interface Measure {
  lines: number;
  marginBefore: number;
  marginAfter: number;
}

/** Extra rules for the copy: blocks measured from the article, which is positioned. */
const COPY_CSS = '.report { position: relative; display: flow-root; } :host { display: block; }';

let pageSheet: CSSStyleSheet | null = null;
let blockSheet: CSSStyleSheet | null = null;

/** The export's block rules, as one sheet shared by every shadow root that shows report blocks. */
export function reportBlockSheet(): CSSStyleSheet {
  if (!blockSheet) {
    blockSheet = new CSSStyleSheet();
    blockSheet.replaceSync(`${reportBlockCss()}\n${COPY_CSS}`);
  }
  return blockSheet;
}

/** The export's page box and title face, in the window's own style sheets (where @page counts). */
function adoptPageSheet(): void {
  if (pageSheet) return;
  pageSheet = new CSSStyleSheet();
  pageSheet.replaceSync(reportPageCss());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
}

export class PrintCopy {
  readonly host: HTMLElement;
  readonly article: HTMLElement;
  private blocks: PrintBlock[] = [];
  private html: string[] = [];
  private readonly measures = new WeakMap<Element, Measure>();
  private readonly lineStarts = new WeakMap<Element, Map<number, number>>();

  constructor() {
    adoptPageSheet();
    this.host = document.createElement('div');
    this.host.className = 'print-copy';
    this.host.setAttribute('aria-hidden', 'true');
    const root = this.host.attachShadow({ mode: 'closed' });
    root.adoptedStyleSheets = [reportBlockSheet()];
    this.article = document.createElement('article');
    this.article.className = 'report';
    root.append(this.article);
    document.body.append(this.host);
  }

  /** Bring the copy up to `doc`, printed as the export prints it (修订 accepted): replace the blocks whose HTML changed. */
  update(doc: PMNode): void {
    const blocks = printableBlocks(finalDoc(doc));
    const html = blocks.map(blockHtml);
    const old = this.html;
    let head = 0;
    while (head < html.length && head < old.length && html[head] === old[head]) head++;
    let tail = 0;
    while (tail < html.length - head && tail < old.length - head && html[html.length - 1 - tail] === old[old.length - 1 - tail]) tail++;
    const children = this.article.children;
    for (let i = old.length - tail - 1; i >= head; i--) children[i].remove();
    const template = document.createElement('template');
    template.innerHTML = html.slice(head, html.length - tail).join('');
    this.article.insertBefore(template.content, children[head] ?? null);
    this.blocks = blocks;
    this.html = html;
  }

  /** The printed blocks of the last update, with their elements. */
  elements(): { block: PrintBlock; el: HTMLElement }[] {
    const children = this.article.children;
    return this.blocks.map((block, i) => ({ block, el: children[i] as HTMLElement }));
  }

  /** The line pitch of the copy, in px. */
  linePitch(): number {
    return parseFloat(getComputedStyle(this.article).lineHeight) || 38.6;
  }

  /** Measure the blocks (those not measured before) and find where the printed pages begin. */
  layout(): PageLayout {
    const pitch = this.linePitch();
    const items = this.elements();
    const measured: PageBlock[] = items.map(({ block, el }) => {
      const m = this.measure(el, pitch);
      return { ...m, breakBefore: !!block.pageBreakBefore, keepWithNext: block.kind.startsWith('heading') };
    });
    const starts = paginate(measured);
    const pages = starts.map((start, i): PageMark => {
      const { block, el } = items[start.block];
      const at = start.line === 0 ? 0 : this.lineStart(el, start.line, pitch);
      return { page: i + 1, ...sourceAt(block, at) };
    });
    const tops = starts.map((s) => items[s.block].el.offsetTop + s.line * pitch);
    const end = items.length ? items[items.length - 1].el.offsetTop + items[items.length - 1].el.offsetHeight : 0;
    const spans = starts.map((s, i) => ({
      top: tops[i],
      bottom: i + 1 < tops.length ? tops[i + 1] : end,
      first: s.block,
      last: i + 1 < starts.length ? starts[i + 1].block - (starts[i + 1].line === 0 ? 1 : 0) : items.length - 1,
    }));
    return { pages, spans };
  }

  private measure(el: Element, pitch: number): Measure {
    let m = this.measures.get(el);
    if (!m) {
      const style = getComputedStyle(el);
      m = {
        lines: Math.max(1, Math.round((el as HTMLElement).offsetHeight / pitch)),
        marginBefore: Math.round(parseFloat(style.marginTop) / pitch) || 0,
        marginAfter: Math.round(parseFloat(style.marginBottom) / pitch) || 0,
      };
      this.measures.set(el, m);
    }
    return m;
  }

  /**
   * The offset in the block's text of the first character on line `line`:
   * a binary search over the characters' boxes (their tops grow with the offset).
   */
  private lineStart(el: Element, line: number, pitch: number): number {
    const cached = this.lineStarts.get(el)?.get(line);
    if (cached !== undefined) return cached;
    const texts: Text[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    const offsets: number[] = [];
    let total = 0;
    for (const t of texts) {
      offsets.push(total);
      total += t.length;
    }
    const range = document.createRange();
    const topOf = (at: number): number => {
      let k = offsets.length - 1;
      while (k > 0 && offsets[k] > at) k--;
      range.setStart(texts[k], at - offsets[k]);
      range.setEnd(texts[k], Math.min(texts[k].length, at - offsets[k] + 1));
      return range.getBoundingClientRect().top;
    };
    const target = el.getBoundingClientRect().top + (line - 0.5) * pitch;
    let lo = 0;
    let hi = total - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (topOf(mid) > target) hi = mid;
      else lo = mid + 1;
    }
    let starts = this.lineStarts.get(el);
    if (!starts) this.lineStarts.set(el, (starts = new Map()));
    starts.set(line, lo);
    return lo;
  }
}
