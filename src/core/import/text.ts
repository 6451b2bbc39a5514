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
import type { Node as PMNode } from 'prosemirror-model';
import { newId } from '../ids.js';
import { reportSchema as s, HEADING_OF, LEVELS, type LevelName } from '../schema.js';
import { notice, type ImportNotice } from './notices.js';
import { classifyLines, splitLogicalBlocks, type LogicalBlock, type SourceLine } from './lines.js';
import { leadSentenceLength } from './leads.js';

export interface ImportResult {
  doc: PMNode;
  notices: ImportNotice[];
}

export interface ImportOptions {
  /** Id generator; tests pass a counter for stable ids. */
  newId?: () => string;
}

interface Para {
  text: string;
  role: string | null;
  /** Lead sentence length given by the source (bold); undefined: guess it from the text. */
  lead?: number;
}

interface Box {
  level: number;
  heading: string;
  typed: number | null;
  marker: string | null;
  head: Para[];
  children: Box[];
  tail: Para[];
}

interface Entry {
  term: string;
  sep: string;
  definition: string;
  typed: number | null;
}

const TARGET_SUMMARY_RE = /(主要)?预期目标(是|为)?[：:]/;
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
  const root: Box = { level: 0, heading: '', typed: null, marker: null, head: [], children: [], tail: [] };
  // open[0] is the root; open[n] the open container of level n.
  const open: Box[] = [root];
  let annex: { label: string; title: string | null; body: (Para | Entry)[] } | null = null;

  const current = (): Box => open[open.length - 1];
  const addPara = (box: Box, para: Para): void => {
    (box.children.length ? box.tail : box.head).push(para);
  };
  const addText = (text: string, lead?: number): void => {
    const para: Para = { text: stripEmphasis(text), role: null };
    if (lead !== undefined) para.lead = stripEmphasis(text.slice(0, lead)).length;
    if (annex) annex.body.push(para);
    else addPara(current(), para);
  };

  for (const block of blocks) {
    if (annex) {
      if (block.kind === 'annexTitle' && annex.title === null && annex.body.length === 0) annex.title = block.text;
      else if (block.kind === 'glossaryEntry') annex.body.push({ ...splitGlossaryEntry(block.text), typed: block.typed ?? null });
      else addText(block.text, block.lead);
      continue;
    }
    switch (block.kind) {
      case 'title':
      case 'occasion':
      case 'speaker':
      case 'salutation':
        head[block.kind] = block.text;
        break;
      case 'annexLabel':
        annex = { label: block.text, title: null, body: [] };
        break;
      case 'part':
      case 'section':
      case 'item':
      case 'subitem':
        openContainer(block, open, notices, addText);
        break;
      default:
        if (CLOSING_RE.test(block.text) && open.length > 2) open.length = 2;
        addText(block.text, block.lead);
    }
  }

  markTargetSummary(root);
  const doc = toDoc(head, root, annex, id);
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
    notices.push(notice('heading-outside-parent', block.line, `${block.marker ?? ''}${block.text}`));
    addText(`${block.marker ?? ''}${block.text}`);
    return;
  }
  open.length = level;
  const parent = open[level - 1];
  if (parent.tail.length && parent.children.length) {
    // Paragraphs closed off by an address to the delegates, followed by another
    // heading: they belong to the last child after all.
    parent.children[parent.children.length - 1].tail.push(...parent.tail.splice(0));
  }
  const box: Box = {
    level,
    heading: stripEmphasis(block.text),
    typed: block.typed ?? null,
    marker: block.marker ?? null,
    head: [],
    children: [],
    tail: [],
  };
  parent.children.push(box);
  open.push(box);
}

/** The first paragraph stating the year's 主要预期目标 gets the targetSummary role. */
function markTargetSummary(root: Box): void {
  const visit = (box: Box): boolean => {
    for (const para of [...box.head, ...box.tail]) {
      if (TARGET_SUMMARY_RE.test(para.text)) {
        para.role = 'targetSummary';
        return true;
      }
    }
    return box.children.some(visit);
  };
  root.children.some(visit);
}

function toDoc(
  head: Record<'title' | 'occasion' | 'speaker' | 'salutation', string | null>,
  root: Box,
  annex: { label: string; title: string | null; body: (Para | Entry)[] } | null,
  id: () => string,
): PMNode {
  const text = (t: string) => (t ? [s.text(t)] : []);
  const tb = (name: string, t: string) => s.node(name, { id: id() }, text(t));
  const para = (p: Para, inSection: boolean): PMNode => {
    // A lead given by the source (bold) counts anywhere; a guessed one only in sections.
    const leadLen = p.lead ?? (inSection && !p.role ? leadSentenceLength(p.text) : 0);
    const content = leadLen
      ? [s.text(p.text.slice(0, leadLen), [s.marks.lead.create()]), ...text(p.text.slice(leadLen))]
      : text(p.text);
    return s.node('paragraph', { id: id(), role: p.role }, content);
  };
  const box = (b: Box): PMNode => {
    const name = LEVELS[b.level - 1];
    const heading = s.node(HEADING_OF[name], { id: id(), typed: b.typed, marker: b.marker }, text(b.heading));
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
  children.push(...root.head.map((p) => para(p, false)), ...root.children.map(box));
  if (annex) {
    const body = annex.body.map((e) =>
      'term' in e
        ? s.node('glossaryEntry', { id: id(), typed: e.typed, sep: e.sep }, [
            tb('glossaryTerm', e.term),
            tb('glossaryDefinition', e.definition),
          ])
        : para(e, false),
    );
    children.push(
      s.node('annex', { id: id() }, [
        tb('annexLabel', annex.label),
        ...(annex.title !== null ? [tb('annexTitle', annex.title)] : []),
        ...body,
      ]),
    );
  }
  return s.node('doc', null, children);
}
