/**
 * Import of plain report text (as drafts arrive, often from a PDF-to-text
 * conversion) into the report schema.
 *
 * Second pass: logical blocks (lines.ts) become a tree of parts, sections,
 * items and subitems. Paragraphs go to the deepest open container; a closing
 * address to the delegates (各位代表！…) closes the open section, so it belongs
 * to the part. A heading that cannot nest where it stands (a section before
 * any part) stays a paragraph with its marker as text, and a notice says so:
 * nothing is dropped.
 */
import type { ReviewComment } from '../review/comments.js';
import type { Node as PMNode } from 'prosemirror-model';
import { newId } from '../ids.js';
import { reportSchema as s, HEADING_OF, LEVELS, type LevelName } from '../schema.js';
import { notice, type ImportNotice } from './notices.js';
import { classifyLines, splitLogicalBlocks, type EntryForm, type LogicalBlock, type SourceLine } from './lines.js';
import { leadSentenceLength } from './leads.js';
import { annexKind, type AnnexKind } from './annexKind.js';
import { markTargetSummary } from './summary.js';
import type { Box, Para } from './tree.js';
import { tableNode, type TableData } from '../table/tableData.js';

export interface ImportResult {
  doc: PMNode;
  notices: ImportNotice[];
  /** 批注 brought in with the document (a reviewed .docx). */
  comments?: ReviewComment[];
}

export interface ImportOptions {
  /** Id generator; tests pass a counter for stable ids. */
  newId?: () => string;
}

/** A numbered entry of an annex, before the annex is known to be a glossary or a list. */
interface Entry {
  text: string;
  typed: number | null;
  marker: string | null;
  form: EntryForm;
  line: number;
}

interface Annex {
  label: string | null;
  title: string | null;
  body: (Para | Entry)[];
}
const CLOSING_RE = /^各位(代表|委员)[！!，,]/;

/** Remove Markdown-style emphasis markers (`**term**`), which PDF-to-text leaves around glossary terms. */
export function stripEmphasis(text: string): string {
  return text.replace(/\*\*/g, '');
}

/** Split a glossary entry line into term, separator and definition. */
export function splitGlossaryEntry(text: string): { term: string; sep: string; definition: string } {
  const bold = /^\*\*(.+?)\*\*\s*([：:])?\s*(.*)$/.exec(text);
  if (bold) return { term: stripEmphasis(bold[1]), sep: bold[2] ?? '', definition: stripEmphasis(bold[3]) };
  const plain = /^(.+?)([：:])(.*)$/.exec(text);
  if (plain) return { term: stripEmphasis(plain[1]).trim(), sep: plain[2], definition: stripEmphasis(plain[3]).trim() };
  return { term: stripEmphasis(text), sep: '', definition: '' };
}

export function importText(source: string, options: ImportOptions = {}): ImportResult {
  return importBlocks(splitLogicalBlocks(source), options);
}

/**
 * Import paragraphs that arrive already split, as a .docx or Markdown file
 * gives them: each stays one paragraph (no joining across page breaks), a
 * bold start becomes the lead sentence, and a heading style stands in for a
 * number the text does not carry. Parts, sections, items, the glossary and
 * the targets summary are recognised exactly as in text.
 */
export function importParagraphs(paragraphs: SourceLine[], options: ImportOptions = {}): ImportResult {
  return importBlocks(classifyLines(paragraphs, { joinBroken: false }), options);
}

function importBlocks(blocks: LogicalBlock[], options: ImportOptions): ImportResult {
  const id = options.newId ?? newId;
  const notices: ImportNotice[] = [];
  const head: Record<'title' | 'occasion' | 'speaker' | 'salutation', string | null> = {
    title: null,
    occasion: null,
    speaker: null,
    salutation: null,
  };
  const root: Box = { level: 0, heading: '', typed: null, marker: null, runIn: false, head: [], children: [], tail: [] };
  // open[0] is the root; open[n] the open container of level n.
  const open: Box[] = [root];
  const annexes: Annex[] = [];

  const current = (): Box => open[open.length - 1];
  const addPara = (box: Box, para: Para): void => {
    (box.children.length ? box.tail : box.head).push(para);
  };
  const addText = (text: string, lead?: number, runInBody?: boolean): void => {
    const para: Para = { text: stripEmphasis(text), role: null };
    if (lead !== undefined) para.lead = stripEmphasis(text.slice(0, lead)).length;
    if (runInBody) para.runInBody = true;
    const annex = annexes.at(-1);
    if (annex) annex.body.push(para);
    else addPara(current(), para);
  };

  const addTable = (table: TableData): void => {
    const annex = annexes.at(-1);
    const para: Para = { text: '', role: null, table };
    if (annex) annex.body.push(para);
    else addPara(current(), para);
  };

  for (const block of blocks) {
    if (block.webNoise) notices.push(notice('web-noise-kept', block.line, block.text));
    const annex = annexes.at(-1);
    if (block.kind === 'annexLabel') {
      annexes.push({ label: block.text, title: null, body: [] });
      continue;
    }
    if (block.kind === 'annexTitle') {
      if (annex && annex.title === null && annex.body.length === 0) annex.title = block.text;
      else annexes.push({ label: null, title: block.text, body: [] });
      continue;
    }
    if (block.kind === 'table') {
      if (block.table) addTable(block.table);
      continue;
    }
    if (annex) {
      if (block.kind === 'annexEntry') {
        annex.body.push({ text: block.text, typed: block.typed ?? null, marker: block.marker ?? null, form: block.form ?? 'arabic', line: block.line });
      } else addText(block.text, block.lead);
      continue;
    }
    switch (block.kind) {
      case 'title':
      case 'occasion':
      case 'speaker':
      case 'salutation':
        head[block.kind] = block.text;
        break;
      case 'part':
      case 'section':
      case 'item':
      case 'subitem':
        openContainer(block, open, notices, addText);
        break;
      default:
        if (CLOSING_RE.test(block.text) && open.length > 2) open.length = 2;
        addText(block.text, block.lead, block.runInBody);
    }
  }

  markTargetSummary(root);
  const doc = toDoc(head, root, annexes, id);
  doc.check();
  return { doc, notices };
}

function openContainer(
  block: LogicalBlock,
  open: Box[],
  notices: ImportNotice[],
  addText: (text: string) => void,
): void {
  const level = LEVELS.indexOf(block.kind as LevelName) + 1;
  if (open.length < level) {
    // A section before any part (or an item outside a section): keep it as text.
    const whole = `${block.marker ?? ''}${block.text}${block.runIn ? '。' : ''}`;
    notices.push(notice('heading-outside-parent', block.line, whole));
    addText(whole);
    return;
  }
  open.length = level;
  const parent = open[level - 1];
  if (parent.tail.length && parent.children.length) {
    // Paragraphs closed off by an address to the delegates, followed by another
    // heading: they belong to the last child after all. (A loop, not a spread:
    // a document-sized array must never become a call's arguments.)
    const last = parent.children[parent.children.length - 1];
    for (const para of parent.tail) last.tail.push(para);
    parent.tail.length = 0;
  }
  const box: Box = {
    level,
    heading: stripEmphasis(block.text),
    typed: block.typed ?? null,
    marker: block.marker ?? null,
    runIn: block.runIn ?? false,
    head: [],
    children: [],
    tail: [],
  };
  parent.children.push(box);
  open.push(box);
}

type Build = (name: string, t: string) => PMNode;

/**
 * The children of an annex. A glossary's entries become term + definition; a
 * definition on the line after its term (`［1］一降三减：` / `全年火灾起数……`) joins
 * it. A list's entries (民生实事) become numbered annex items.
 */
function annexChildren(annex: Annex, kind: AnnexKind, tb: Build, para: (p: Para) => PMNode, id: () => string): PMNode[] {
  const out: PMNode[] = [];
  const body = annex.body;
  for (let i = 0; i < body.length; i++) {
    const e = body[i];
    if (!('form' in e)) {
      out.push(para(e));
      continue;
    }
    if (kind === 'glossary') {
      const split = splitGlossaryEntry(e.text);
      const next = body[i + 1];
      if (!split.definition && next && !('form' in next)) {
        split.definition = next.text;
        if (!split.sep) split.sep = '：';
        i += 1;
      }
      const form = e.form === 'endnote' ? 'endnote' : 'numbered';
      out.push(s.node('glossaryEntry', { id: id(), typed: e.typed, sep: split.sep, form }, [tb('glossaryTerm', split.term), tb('glossaryDefinition', split.definition)]));
    } else {
      const numeral = e.form === 'han' ? 'han' : 'arabic';
      const text = stripEmphasis(e.text);
      out.push(s.node('annexItem', { id: id(), typed: e.typed, marker: e.marker, numeral }, text ? [s.text(text)] : []));
    }
  }
  return out;
}

function toDoc(
  head: Record<'title' | 'occasion' | 'speaker' | 'salutation', string | null>,
  root: Box,
  annexes: Annex[],
  id: () => string,
): PMNode {
  const text = (t: string) => (t ? [s.text(t)] : []);
  const tb = (name: string, t: string) => s.node(name, { id: id() }, text(t));
  const para = (p: Para, inSection: boolean): PMNode => {
    const table = p.table && tableNode(p.table, id);
    if (table) return table;
    // A lead given by the source (bold) counts anywhere; a guessed one only in sections.
    const leadLen = p.lead ?? (inSection && !p.role && !p.runInBody ? leadSentenceLength(p.text) : 0);
    const content = leadLen
      ? [s.text(p.text.slice(0, leadLen), [s.marks.lead.create()]), ...text(p.text.slice(leadLen))]
      : text(p.text);
    return s.node('paragraph', { id: id(), role: p.role }, content);
  };
  const box = (b: Box): PMNode => {
    const name = LEVELS[b.level - 1];
    const heading = s.node(HEADING_OF[name], { id: id(), typed: b.typed, marker: b.marker, runIn: b.runIn }, text(b.heading));
    const inSection = b.level >= 2;
    return s.node(name, { id: id() }, [
      heading,
      ...b.head.map((p) => para(p, inSection)),
      ...b.children.map(box),
      ...b.tail.map((p) => para(p, inSection)),
    ]);
  };

  const children: PMNode[] = [tb('title', head.title ?? '')];
  if (head.occasion !== null) children.push(tb('occasion', head.occasion));
  if (head.speaker !== null) children.push(tb('speaker', head.speaker));
  if (head.salutation !== null) children.push(tb('salutation', head.salutation));
  // The root's tail stays empty: once a part is open, paragraphs go to a part.
  for (const p of root.head) children.push(para(p, false));
  for (const b of root.children) children.push(box(b));
  for (const annex of annexes) {
    const entries = annex.body.filter((e): e is Entry => 'form' in e);
    const kind = annexKind(annex.title, entries.map((e) => ({ text: e.text, form: e.form })));
    children.push(
      s.node('annex', { id: id() }, [
        ...(annex.label !== null ? [tb('annexLabel', annex.label)] : []),
        ...(annex.title !== null ? [tb('annexTitle', annex.title)] : []),
        ...annexChildren(annex, kind, tb, (p) => para(p, false), id),
      ]),
    );
  }
  return s.node('doc', null, children);
}
