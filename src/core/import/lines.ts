/**
 * First pass of the text importer: physical lines to logical blocks.
 *
 * Each line is classified (part heading, section heading, glossary entry,
 * text …). A text line that does not end a sentence was cut by a page break,
 * so the next text line continues it, across blank lines. Part and section
 * headings always start a block; an item, subitem or glossary entry number at
 * the start of a continuation starts a block only when it is the next number
 * expected, since a page break can leave `1.7万人` at the start of a line.
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
  const blocks: LogicalBlock[] = [];
  let phase: Phase = 'head';
  // Last typed number per kind, to tell the next expected entry from a figure at a line start.
  const lastTyped: Partial<Record<Numbered['kind'], number>> = {};

  const continues = (prev: LogicalBlock | undefined): prev is LogicalBlock =>
    !!prev && (prev.kind === 'text' || prev.kind === 'glossaryEntry') && !endsSentence(prev.text);

  lines.forEach((raw, index) => {
    const text = normalizeLine(raw);
    if (!text) return;
    const line = index + 1;
    const prev = blocks.at(-1);

    if (phase !== 'annex' && ANNEX_RE.test(text)) {
      phase = 'annex';
      blocks.push({ kind: 'annexLabel', text, line });
      return;
    }
    if (phase === 'annex' && prev?.kind === 'annexLabel' && isLabelLine(text) && !ITEM_RE.test(text)) {
      blocks.push({ kind: 'annexTitle', text, line });
      return;
    }
    if (phase !== 'annex' && SALUTATION_RE.test(text)) {
      phase = 'body';
      blocks.push({ kind: 'salutation', text, line });
      return;
    }

    const numbered = matchNumbered(text, phase);
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
        blocks.push({ kind: numbered.kind, text: numbered.text, typed: numbered.typed, marker: numbered.marker, line });
        return;
      }
    }

    if (continues(prev)) {
      prev.text = joinBroken(prev.text, text);
      return;
    }

    if (phase === 'head') {
      const hasTitle = blocks.some((b) => b.kind === 'title');
      if (/^—/.test(text) && !blocks.some((b) => b.kind === 'occasion')) {
        blocks.push({ kind: 'occasion', text, line });
        return;
      }
      if (!hasTitle && blocks.length === 0 && isLabelLine(text)) {
        blocks.push({ kind: 'title', text, line });
        return;
      }
      if (hasTitle && isLabelLine(text) && !blocks.some((b) => b.kind === 'speaker')) {
        blocks.push({ kind: 'speaker', text, line });
        return;
      }
      phase = 'body';
    }
    blocks.push({ kind: 'text', text, line });
  });
  return blocks;
}
