/**
 * First pass of the text importer: physical lines to logical blocks.
 *
 * Each line is classified (part heading, section heading, glossary entry,
 * text …). A text line that does not end a sentence was cut by a page break,
 * so the next text line continues it, across blank lines. Part and section
 * headings always start a block; an item, subitem or glossary entry number at
 * the start of a continuation starts a block only when it is the next number
 * expected, since a page break can leave `1.7万人` at the start of a line.
 *
 * The same classification serves paragraphs that arrive already split (a
 * .docx or Markdown file): `classifyLines` with `joinBroken: false` keeps each
 * paragraph whole, takes a bold run at its start as the lead sentence, and
 * lets a heading style stand in for a number that Word generated itself.
 */
import { fromChineseNumeral } from '../numerals.js';
import { endsSentence, joinBroken, normalizeLine } from './layout.js';

export type LineKind =
  | 'title'
  | 'occasion'
  | 'speaker'
  | 'salutation'
  | 'part'
  | 'section'
  | 'item'
  | 'subitem'
  | 'annexLabel'
  | 'annexTitle'
  | 'glossaryEntry'
  | 'text';

export interface LogicalBlock {
  kind: LineKind;
  /** Text without the numbering marker (emphasis markers are removed later). */
  text: string;
  /** The number the heading or entry was typed with (1-based). */
  typed?: number;
  /** The marker as typed, e.g. （一） or 1、 */
  marker?: string;
  /** 1-based source line where the block starts. */
  line: number;
  /** Length of a lead sentence given by the source (bold at the paragraph start); text blocks only. */
  lead?: number;
}

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
}

export interface ClassifyOptions {
  /** Join a line that does not end a sentence with the next (text cut by page breaks). */
  joinBroken: boolean;
}

const CN = '[一二三四五六七八九十]{1,3}';
const PART_RE = new RegExp(`^(${CN})([、．.])\\s*(.+)$`);
const SECTION_RE = new RegExp(`^([（(](${CN})[）)][、．.，]?)\\s*(.*)$`);
const ITEM_RE = /^((\d{1,2})[.．、])(?!\d)\s*(.+)$/;
const SUBITEM_RE = /^([（(](\d{1,2})[）)][、．.]?)\s*(.+)$/;
const SALUTATION_RE = /^各位(代表|委员)[^。！？]{0,12}[：:]$/;
const ANNEX_RE = /^附件\s*\d*[：:]?$/;

type Phase = 'head' | 'body' | 'annex';

interface Numbered {
  kind: 'part' | 'section' | 'item' | 'subitem' | 'glossaryEntry';
  typed: number;
  marker: string;
  text: string;
}

function matchNumbered(text: string, phase: Phase): Numbered | null {
  if (phase === 'annex') {
    const m = ITEM_RE.exec(text);
    return m ? { kind: 'glossaryEntry', typed: Number(m[2]), marker: m[1], text: m[3] } : null;
  }
  let m = PART_RE.exec(text);
  if (m && fromChineseNumeral(m[1]) !== null) {
    return { kind: 'part', typed: fromChineseNumeral(m[1])!, marker: m[1] + m[2], text: m[3] };
  }
  m = SECTION_RE.exec(text);
  if (m && fromChineseNumeral(m[2]) !== null) {
    return { kind: 'section', typed: fromChineseNumeral(m[2])!, marker: m[1], text: m[3] };
  }
  m = ITEM_RE.exec(text);
  if (m) return { kind: 'item', typed: Number(m[2]), marker: m[1], text: m[3] };
  m = SUBITEM_RE.exec(text);
  if (m) return { kind: 'subitem', typed: Number(m[2]), marker: m[1], text: m[3] };
  return null;
}

/** A short line without sentence punctuation, as title and speaker lines are. */
function isLabelLine(text: string): boolean {
  return text.length <= 40 && !/[。！？；，]/.test(text);
}

export function splitLogicalBlocks(source: string): LogicalBlock[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return classifyLines(
    lines.map((text, index) => ({ text, line: index + 1 })),
    { joinBroken: true },
  );
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

  const continues = (prev: LogicalBlock | undefined): prev is LogicalBlock =>
    options.joinBroken && !!prev && (prev.kind === 'text' || prev.kind === 'glossaryEntry') && !endsSentence(prev.text);

  for (const source of lines) {
    const text = normalizeLine(source.text);
    if (!text) continue;
    const { line, hint } = source;
    const prev = blocks.at(-1);

    if (phase !== 'annex' && ANNEX_RE.test(text)) {
      phase = 'annex';
      blocks.push({ kind: 'annexLabel', text, line });
      continue;
    }
    if (phase === 'annex' && prev?.kind === 'annexLabel' && isLabelLine(text) && !ITEM_RE.test(text)) {
      blocks.push({ kind: 'annexTitle', text, line });
      continue;
    }
    if (phase !== 'annex' && SALUTATION_RE.test(text)) {
      phase = 'body';
      blocks.push({ kind: 'salutation', text, line });
      continue;
    }

    const numbered = matchNumbered(text, phase) ?? (phase === 'annex' ? null : numberedByHint(text, hint, lastTyped));
    if (numbered) {
      const expected = (lastTyped[numbered.kind] ?? 0) + 1;
      const structural = numbered.kind === 'part' || numbered.kind === 'section';
      if (structural || !continues(prev) || numbered.typed === expected) {
        phase = phase === 'head' ? 'body' : phase;
        if (numbered.kind === 'part') {
          lastTyped.section = 0;
          lastTyped.item = 0;
        } else if (numbered.kind === 'section') lastTyped.item = 0;
        if (numbered.kind === 'item') lastTyped.subitem = 0;
        lastTyped[numbered.kind] = numbered.typed;
        blocks.push({ kind: numbered.kind, text: numbered.text, typed: numbered.typed, ...(numbered.marker ? { marker: numbered.marker } : {}), line });
        continue;
      }
    }

    if (continues(prev)) {
      prev.text = joinBroken(prev.text, text);
      continue;
    }

    if (phase === 'head') {
      const hasTitle = blocks.some((b) => b.kind === 'title');
      if (/^—/.test(text) && !blocks.some((b) => b.kind === 'occasion')) {
        blocks.push({ kind: 'occasion', text, line });
        continue;
      }
      if (!hasTitle && blocks.length === 0 && (isLabelLine(text) || hint === 'title')) {
        blocks.push({ kind: 'title', text, line });
        continue;
      }
      if (hasTitle && isLabelLine(text) && !blocks.some((b) => b.kind === 'speaker')) {
        blocks.push({ kind: 'speaker', text, line });
        continue;
      }
      phase = 'body';
    }
    const lead = leadFromBold(text, source.boldStart);
    blocks.push(lead === undefined ? { kind: 'text', text, line } : { kind: 'text', text, line, lead });
  }
  return blocks;
}
