/**
 * First pass of the text importer: physical lines to logical blocks.
 *
 * Each line is classified (part heading, section heading, annex entry,
 * text …). Text arrives in two layouts, told apart from the text itself
 * (see wrap.ts): one paragraph per line (a web page, Word, WPS), or lines
 * wrapped inside paragraphs (a PDF print read back as text). Only in the
 * second are lines joined: a text line that does not end a sentence was cut
 * by a line or page break, so the next text line continues it, across blank
 * lines. Part and section headings always start a block; an item, subitem or
 * annex entry number at the start of a continuation starts a block only when
 * it is the next number expected, since a page break can leave `1.7万人` at
 * the start of a line.
 *
 * Headings printed run in with their first paragraph (标题接排正文) are split
 * after joining, in runIn.ts.
 *
 * The same classification serves paragraphs that arrive already split (a
 * .docx or Markdown file): `classifyLines` with `joinBroken: false` keeps each
 * paragraph whole, takes a bold run at its start as the lead sentence, and
 * lets a heading style stand in for a number that Word generated itself.
 */
import { fromChineseNumeral } from '../numerals.js';
import { endsSentence, joinBroken, normalizeLine } from './layout.js';
import {
  ANNEX_RE,
  ENDNOTE_RE,
  GLOSSARY_TITLE_RE,
  ITEM_RE,
  OCCASION_RE,
  OCCASION_START_RE,
  PART_RE,
  SALUTATION_RE,
  SECTION_RE,
  SUBITEM_RE,
  startsBlock,
  WEB_NOISE_RE,
} from './markers.js';
import type { EntryForm, LineKind, LogicalBlock } from './blocks.js';
import { splitRunInHeadings } from './runIn.js';
import type { TableData } from '../table/tableData.js';
import { fullLineWidth, isFullLine, keepsIndentation, reflowIndented } from './print.js';
import { isBlankSeparated, isWrappedText, joinAdjacentLines, stripPageNumbers } from './wrap.js';

export type { EntryForm, LineKind, LogicalBlock } from './blocks.js';

/** Heading level a source gives by style (Word's 标题 1 …), for paragraphs without a typed number. */
export type LevelHint = 'title' | 'part' | 'section' | 'item' | 'subitem';

/** One line of text, or one paragraph of a .docx or Markdown file. */
export interface SourceLine {
  text: string;
  /** 1-based line (text) or paragraph number (.docx, Markdown), for notices. */
  line: number;
  /** The text of a bold run the paragraph starts with, if any. */
  boldStart?: string;
  hint?: LevelHint;
  /** A table of a .docx (or pasted HTML) at this place; `text` is then empty. */
  table?: TableData;
}

export interface ClassifyOptions {
  /** Join a line that does not end a sentence with the next (text cut by page breaks). */
  joinBroken: boolean;
  /** The width of a print's full line: a full line goes on even after a sentence's end (print.ts). */
  fullWidth?: number | null;
}

type Phase = 'head' | 'body' | 'annex';

const HEADING_KINDS = new Set<LineKind>(['part', 'section', 'item', 'subitem']);

export interface Numbered {
  kind: 'part' | 'section' | 'item' | 'subitem' | 'annexEntry';
  typed: number;
  marker: string;
  text: string;
  form?: EntryForm;
}

/**
 * The numbered forms of an annex: 1. entries, 一、 items (of a list such as
 * 民生实事), ［1］ endnotes. An entry number followed by more digits is taken
 * only when it is the number expected (`20.2026年10件民生实事：` is entry 20).
 */
function matchAnnexEntry(text: string, expected: number): Numbered | null {
  let m = ENDNOTE_RE.exec(text);
  if (m) return { kind: 'annexEntry', typed: Number(m[2]), marker: m[1], text: m[3], form: 'endnote' };
  m = ITEM_RE.exec(text);
  if (m && (!/^\d/.test(m[3]) || Number(m[2]) === expected || /\s/.test(text.charAt(m[1].length)))) {
    return { kind: 'annexEntry', typed: Number(m[2]), marker: m[1], text: m[3], form: 'arabic' };
  }
  m = PART_RE.exec(text);
  if (m && fromChineseNumeral(m[1]) !== null) {
    return { kind: 'annexEntry', typed: fromChineseNumeral(m[1])!, marker: m[1] + m[2], text: m[3], form: 'han' };
  }
  return null;
}

/** A line that opens with a heading marker, as the importer reads it (also the editor's typed markers); null for any other. */
export function matchNumbered(text: string): Numbered | null {
  let m = PART_RE.exec(text);
  if (m && fromChineseNumeral(m[1]) !== null) {
    return { kind: 'part', typed: fromChineseNumeral(m[1])!, marker: m[1] + m[2], text: m[3] };
  }
  m = SECTION_RE.exec(text);
  if (m && fromChineseNumeral(m[2]) !== null) {
    return { kind: 'section', typed: fromChineseNumeral(m[2])!, marker: m[1], text: m[3] };
  }
  m = ITEM_RE.exec(text);
  // Not a decimal at a line start (1.7万人).
  if (m && !/^\d/.test(m[3])) return { kind: 'item', typed: Number(m[2]), marker: m[1], text: m[3] };
  m = SUBITEM_RE.exec(text);
  if (m) return { kind: 'subitem', typed: Number(m[2]), marker: m[1], text: m[3] };
  return null;
}

/** A short line without sentence punctuation, as title and speaker lines are. */
function isLabelLine(text: string): boolean {
  return text.length <= 40 && !/[。！？；，]/.test(text);
}

/**
 * Split plain text into logical blocks. Whether lines are paragraphs or
 * wrapped lines of a print is told from the text (wrap.ts); page numbers of a
 * print go either way.
 */
export function splitLogicalBlocks(source: string): LogicalBlock[] {
  const raw = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\f/);
  const lines = stripPageNumbers(raw.map((text, index) => ({ text, line: index + 1 })));
  const texts = lines.map((l) => l.text);
  if (isWrappedText(texts)) {
    const fullWidth = fullLineWidth(texts);
    if (keepsIndentation(texts)) return classifyLines(reflowIndented(lines, fullWidth), { joinBroken: false });
    return classifyLines(lines, { joinBroken: true, fullWidth });
  }
  return classifyLines(isBlankSeparated(texts) ? joinAdjacentLines(lines) : lines, { joinBroken: false });
}

/** A number typed or implied by a heading style: the style stands in for a number Word generated. */
function numberedByHint(text: string, hint: LevelHint | undefined, lastTyped: Partial<Record<Numbered['kind'], number>>): Numbered | null {
  if (!hint || hint === 'title') return null;
  return { kind: hint, typed: (lastTyped[hint] ?? 0) + 1, marker: '', text };
}

/** Length of a bold start within the normalised text, or undefined when the text does not begin with it. */
function leadFromBold(text: string, boldStart: string | undefined): number | undefined {
  if (boldStart === undefined) return undefined;
  const bold = normalizeLine(boldStart);
  return bold && text.startsWith(bold) ? bold.length : 0;
}

export function classifyLines(lines: SourceLine[], options: ClassifyOptions): LogicalBlock[] {
  const blocks: LogicalBlock[] = [];
  let phase: Phase = 'head';
  // Last typed number per kind, to tell the next expected entry from a figure at a line start.
  const lastTyped: Partial<Record<Numbered['kind'], number>> = {};
  // Web-page lines met in the title block wait until the body starts, so they cannot break it.
  const heldNoise: LogicalBlock[] = [];

  // Whether the line before (and this one) was a print's full line.
  let prevLineFull = false;
  let lastLineFull = false;
  // A heading a print wrapped (a long or run-in heading) goes on after a full line.
  // Lines joined into a block are kept as pieces and joined once at the end: a paragraph that grows
  // line by line must not be copied (or searched) whole for every line it takes.
  const pieces = new Map<LogicalBlock, string[]>();
  const lastLine = (block: LogicalBlock): string => pieces.get(block)?.at(-1) ?? block.text;
  const join = (block: LogicalBlock, text: string): void => {
    const list = pieces.get(block) ?? [block.text];
    list.push(joinBroken(lastLine(block), text).slice(lastLine(block).length));
    pieces.set(block, list);
  };
  const continues = (prev: LogicalBlock | undefined): prev is LogicalBlock =>
    options.joinBroken &&
    !!prev &&
    (((prev.kind === 'text' || prev.kind === 'annexEntry') && (!endsSentence(lastLine(prev)) || prevLineFull)) ||
      (HEADING_KINDS.has(prev.kind) && prevLineFull));
  const startBody = (): void => {
    if (phase === 'head') phase = 'body';
  };
  const push = (block: LogicalBlock): void => {
    if (heldNoise.length && phase !== 'head') {
      for (const noise of heldNoise) blocks.push(noise);
      heldNoise.length = 0;
    }
    blocks.push(block);
  };

  for (let i = 0; i < lines.length; i++) {
    const source = lines[i];
    if (source.table) {
      // A table is a block of its own: it ends the title block and joins no line.
      if (phase === 'head') phase = 'body';
      push({ kind: 'table', text: '', line: source.line, table: source.table });
      lastLineFull = false;
      continue;
    }
    let text = normalizeLine(source.text);
    if (!text) continue;
    const { line, hint } = source;
    const prev = blocks.at(-1);
    prevLineFull = lastLineFull;
    // Whether this line reaches the margin; a line that starts a block may have been indented.
    const opens = !continues(prev) || startsBlock(text);
    lastLineFull = isFullLine(source.text, options.fullWidth ?? null, opens);
    if (phase === 'head' && OCCASION_START_RE.test(text) && !OCCASION_RE.test(text)) {
      // An occasion line a print wrapped: take the next line or two while that completes it.
      let joined = text;
      for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
        const next = normalizeLine(lines[j].text);
        if (!next) continue;
        joined = joinBroken(joined, next);
        if (OCCASION_RE.test(joined)) {
          text = joined;
          i = j;
          break;
        }
      }
    }

    const annex = ANNEX_RE.exec(text);
    if (annex && (annex[2] === '' || isLabelLine(annex[2])) && !continues(prev)) {
      startBody();
      phase = 'annex';
      lastTyped.annexEntry = 0;
      push({ kind: 'annexLabel', text: annex[2] ? text.slice(0, text.length - annex[2].length).trim() : text, line });
      if (annex[2]) blocks.push({ kind: 'annexTitle', text: annex[2], line });
      continue;
    }
    if (phase === 'annex' && prev?.kind === 'annexLabel' && isLabelLine(text) && !matchAnnexEntry(text, 1)) {
      blocks.push({ kind: 'annexTitle', text, line });
      continue;
    }
    if (phase === 'body' && GLOSSARY_TITLE_RE.test(text) && !continues(prev)) {
      // A glossary without 附件 above it: an annex of its own, titled, without a label.
      phase = 'annex';
      lastTyped.annexEntry = 0;
      push({ kind: 'annexTitle', text, line });
      continue;
    }
    if (phase !== 'annex' && SALUTATION_RE.test(text)) {
      phase = 'body';
      push({ kind: 'salutation', text, line });
      continue;
    }

    const numbered =
      phase === 'annex'
        ? matchAnnexEntry(text, (lastTyped.annexEntry ?? 0) + 1)
        : (matchNumbered(text) ?? numberedByHint(text, hint, lastTyped));
    if (numbered) {
      const expected = (lastTyped[numbered.kind] ?? 0) + 1;
      const structural = numbered.kind === 'part' || numbered.kind === 'section';
      if (structural || !continues(prev) || numbered.typed === expected) {
        startBody();
        if (numbered.kind === 'part') {
          lastTyped.section = 0;
          lastTyped.item = 0;
        } else if (numbered.kind === 'section') lastTyped.item = 0;
        if (numbered.kind === 'item') lastTyped.subitem = 0;
        lastTyped[numbered.kind] = numbered.typed;
        push({
          kind: numbered.kind,
          text: numbered.text,
          typed: numbered.typed,
          ...(numbered.marker ? { marker: numbered.marker } : {}),
          ...(numbered.form ? { form: numbered.form } : {}),
          line,
        });
        continue;
      }
    }

    if (continues(prev)) {
      join(prev, text);
      continue;
    }

    if (phase === 'head') {
      const has = (kind: LineKind): boolean => blocks.some((b) => b.kind === kind);
      if (WEB_NOISE_RE.test(text) && text.length <= 60) {
        heldNoise.push({ kind: 'text', text, line, webNoise: true });
        continue;
      }
      if (!has('title') && blocks.length === 0 && (isLabelLine(text) || hint === 'title')) {
        blocks.push({ kind: 'title', text, line });
        continue;
      }
      if (OCCASION_RE.test(text) && !has('occasion') && !has('speaker')) {
        blocks.push({ kind: 'occasion', text, line });
        continue;
      }
      if (has('title') && isLabelLine(text) && !has('speaker')) {
        blocks.push({ kind: 'speaker', text, line });
        continue;
      }
      phase = 'body';
    }
    const lead = leadFromBold(text, source.boldStart);
    const webNoise = WEB_NOISE_RE.test(text) && text.length <= 60;
    push({ kind: 'text', text, line, ...(lead === undefined ? {} : { lead }), ...(webNoise ? { webNoise } : {}) });
  }
  for (const block of heldNoise) blocks.push(block);
  for (const [block, list] of pieces) block.text = list.join('');
  return splitRunInHeadings(blocks);
}
