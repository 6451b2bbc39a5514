/**
 * Reading a reviewer's marks from a .docx: tracked changes (w:ins, w:del,
 * w:moveTo, w:moveFrom) and comments (w:commentRangeStart/End and
 * w:commentReference in word/document.xml; the comments in word/comments.xml;
 * replies and 已解决 in word/commentsExtended.xml, w15:paraIdParent and
 * w15:done). mammoth reads none of these, so this scanner reads the parts
 * itself, in the worker with the rest of the untrusted file.
 *
 * No XML library is a dependency of Caogao (mammoth's @xmldom/xmldom is its
 * own), and the parts were already inflated under caps and refused with any
 * DTD (docxZip.ts), so a small scanner does: it walks tags and text with one
 * regular expression, keeps a stack of open changes, and never builds a tree.
 * It yields the text of the paragraphs as mammoth reads them (w:t and
 * w:delText, w:tab as a space), each paragraph ending in a newline, with the
 * changes and comment ranges as offsets into that text; docxReview.ts finds
 * the same text in the imported report and puts the marks there.
 *
 * Broken markup never stops the import: each kind of fault is counted for
 * the one notice that says what was dropped or repaired.
 */
import { COMMENT_LIMITS } from '../../core/format/reviewJson.js';

export interface ScannedChange {
  kind: 'insert' | 'delete';
  author: string;
  date: string;
  from: number;
  to: number;
}

/**
 * A tracked change of a paragraph itself rather than of its text:
 *   - split: its paragraph mark inserted (w:pPr/w:rPr/w:ins): it and the
 *     paragraph after it were one paragraph before the reviewer pressed Enter;
 *   - join: its paragraph mark deleted (w:pPr/w:rPr/w:del): the reviewer
 *     joined it and the paragraph after it;
 *   - style: its style changed (w:pPrChange), `formerStyle` the style id it had.
 * `from`…`to` is the paragraph's text.
 */
export interface ScannedParagraphChange {
  kind: 'split' | 'join' | 'style';
  author: string;
  date: string;
  from: number;
  to: number;
  formerStyle?: string;
}

export interface ScannedComment {
  /** The comment's w:id in the file. */
  id: string;
  author: string;
  initials: string;
  date: string;
  text: string;
  from: number;
  to: number;
  /** The w:id of the comment it answers (commentsExtended.xml), if any. */
  parent?: string;
  resolved: boolean;
  /** Whether the document marks where it stands (a range or a reference). */
  placed: boolean;
}

/** Faults found in the review markup, counted for the import notice. */
export interface ReviewProblems {
  /** A comment range that starts and never ends (repaired: to its reference, else the paragraph's end). */
  unclosed: number;
  /** Ranges or references naming a comment comments.xml does not have (dropped). */
  missingComment: number;
  /** A deletion inside an insertion (both kept: text one reviewer inserted and another deleted). */
  delInIns: number;
  /** Changes and comments without an author (kept, 未署名). */
  noAuthor: number;
  /** Entries of commentsExtended.xml that point at no comment (the reply kept as a comment of its own). */
  badParent: number;
  /** Comments the document marks nowhere (kept, at the start of the report). */
  unplaced: number;
  /** Comments or changes past the limits, or comment text cut at the limit (dropped). */
  overLimit: number;
}

export interface DocxReviewScan {
  /** The paragraphs' text, each followed by a newline. */
  text: string;
  changes: ScannedChange[];
  paragraphChanges: ScannedParagraphChange[];
  comments: ScannedComment[];
  problems: ReviewProblems;
}

/** More changes than any review makes; past it they are dropped and counted. */
export const MAX_CHANGES = 100_000;

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s+[^\s=<>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|</g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return NAMED[name];
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Attributes by local name (w:author, w15:paraIdParent → author, paraIdParent). */
function attrsOf(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!source) return out;
  for (const m of source.matchAll(ATTR)) out[m[1].replace(/^[^:]*:/, '')] = decode(m[2] ?? m[3] ?? '');
  return out;
}

interface Token {
  /** 'open', 'close', 'empty' (self-closing) or 'text'. */
  type: 'open' | 'close' | 'empty' | 'text';
  /** Namespace prefix without the colon ('w', 'w15'), '' when none. */
  prefix: string;
  name: string;
  attrs: string;
  text: string;
}

function* tokens(xml: string): Generator<Token> {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[1] !== undefined) yield { type: 'text', prefix: '', name: '', attrs: '', text: m[1] };
    else if (m[4] !== undefined) {
      const type = m[2] ? 'close' : m[6] ? 'empty' : 'open';
      yield { type, prefix: (m[3] ?? '').slice(0, -1), name: m[4], attrs: m[5] ?? '', text: '' };
    } else if (m[7] !== undefined) yield { type: 'text', prefix: '', name: '', attrs: '', text: decode(m[7]) };
  }
}

const CHANGE_KIND: Record<string, 'insert' | 'delete'> = { ins: 'insert', moveTo: 'insert', del: 'delete', moveFrom: 'delete' };

const emptyProblems = (): ReviewProblems => ({ unclosed: 0, missingComment: 0, delInIns: 0, noAuthor: 0, badParent: 0, unplaced: 0, overLimit: 0 });

interface BodyScan {
  text: string;
  changes: ScannedChange[];
  paragraphChanges: ScannedParagraphChange[];
  starts: Map<string, number>;
  ends: Map<string, number>;
  refs: Map<string, number>;
  /** The end offset of the paragraph each comment range starts in. */
  startParagraphEnd: Map<string, number>;
}

/** The text, changes and comment marks of word/document.xml. */
function scanBody(xml: string, problems: ReviewProblems): BodyScan {
  let text = '';
  const changes: ScannedChange[] = [];
  const open: { kind: 'insert' | 'delete'; author: string; date: string; from: number }[] = [];
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  const refs = new Map<string, number>();
  const startParagraphEnd = new Map<string, number>();
  const startedHere: string[] = [];
  const paragraphChanges: ScannedParagraphChange[] = [];
  // The paragraph's properties as they are read: where its text starts, its mark's change, its style change.
  let paraStart = 0;
  let pPrDepth = 0;
  let inMarkProps = false;
  let inStyleChange = false;
  let mark: { kind: 'split' | 'join'; author: string; date: string } | null = null;
  let styleChange: { author: string; date: string; formerStyle: string } | null = null;
  let inText = false;
  for (const t of tokens(xml)) {
    if (t.type === 'text') {
      if (inText) text += t.text;
      continue;
    }
    if (t.prefix !== 'w') continue;
    if (pPrDepth > 0 || t.name === 'pPr') {
      // <w:pPr> … <w:rPr><w:ins/></w:rPr> (the mark inserted) … <w:pPrChange><w:pPr><w:pStyle w:val="Heading2"/></w:pPr></w:pPrChange>
      if (t.name === 'pPr' && t.type !== 'empty') pPrDepth += t.type === 'open' ? 1 : -1;
      else if (t.name === 'pPrChange' && t.type !== 'close') {
        const a = attrsOf(t.attrs);
        styleChange = { author: a.author ?? '', date: a.date ?? '', formerStyle: '' };
        inStyleChange = t.type === 'open';
      } else if (t.name === 'pPrChange') inStyleChange = false;
      else if (t.name === 'pStyle' && inStyleChange && styleChange) styleChange.formerStyle = attrsOf(t.attrs).val ?? '';
      else if (t.name === 'rPr' && !inStyleChange && t.type !== 'empty') inMarkProps = t.type === 'open';
      else if ((t.name === 'ins' || t.name === 'del') && inMarkProps && t.type !== 'close') {
        const a = attrsOf(t.attrs);
        mark = { kind: t.name === 'ins' ? 'split' : 'join', author: a.author ?? '', date: a.date ?? '' };
      }
      // The properties hold no text: nothing else in them is read.
      continue;
    }
    const kind = CHANGE_KIND[t.name];
    if (kind) {
      // A self-closing change marks a paragraph mark or a property (w:rPr/w:ins): no text.
      if (t.type === 'open') {
        const a = attrsOf(t.attrs);
        if (kind === 'delete' && open.some((c) => c.kind === 'insert')) problems.delInIns += 1;
        open.push({ kind, author: a.author ?? '', date: a.date ?? '', from: text.length });
      } else if (t.type === 'close') {
        const change = open.pop();
        if (change && text.length > change.from) {
          const last = changes.at(-1);
          // One change cut into several elements (Word and LibreOffice cut at a change of script or format) is one suggestion.
          if (last && last.to === change.from && last.kind === change.kind && last.author === change.author && last.date === change.date) last.to = text.length;
          else if (changes.length >= MAX_CHANGES) problems.overLimit += 1;
          else {
            if (!change.author.trim()) problems.noAuthor += 1;
            changes.push({ kind: change.kind, author: change.author, date: change.date, from: change.from, to: text.length });
          }
        }
      }
      continue;
    }
    switch (t.name) {
      case 't':
      case 'delText':
        inText = t.type === 'open';
        break;
      case 'tab':
        if (t.type !== 'close') text += ' ';
        break;
      case 'p':
        if (t.type === 'open') {
          paraStart = text.length;
          mark = styleChange = null;
        }
        if (t.type === 'close' || t.type === 'empty') {
          if (t.type === 'close' && mark) paragraphChanges.push({ ...mark, from: paraStart, to: text.length });
          if (t.type === 'close' && styleChange) paragraphChanges.push({ kind: 'style', ...styleChange, from: paraStart, to: text.length });
          mark = styleChange = null;
          text += '\n';
          for (const id of startedHere.splice(0)) startParagraphEnd.set(id, text.length - 1);
        }
        break;
      case 'commentRangeStart': {
        const id = attrsOf(t.attrs).id ?? '';
        if (!starts.has(id)) {
          starts.set(id, text.length);
          startedHere.push(id);
        }
        break;
      }
      case 'commentRangeEnd': {
        const id = attrsOf(t.attrs).id ?? '';
        if (!ends.has(id)) ends.set(id, text.length);
        break;
      }
      case 'commentReference': {
        const id = attrsOf(t.attrs).id ?? '';
        if (!refs.has(id)) refs.set(id, text.length);
        break;
      }
    }
  }
  for (const id of startedHere) startParagraphEnd.set(id, text.length);
  return { text, changes, paragraphChanges, starts, ends, refs, startParagraphEnd };
}

interface CommentPart {
  id: string;
  author: string;
  initials: string;
  date: string;
  text: string;
  /** w14:paraId of its last paragraph: what commentsExtended.xml points at. */
  paraId: string;
}

/** The comments of word/comments.xml: attributes and text, paragraphs joined by newlines. */
function scanComments(xml: string): CommentPart[] {
  const out: CommentPart[] = [];
  let current: CommentPart | null = null;
  let paragraphs: string[] = [];
  let inText = false;
  for (const t of tokens(xml)) {
    if (t.type === 'text') {
      if (current && inText && paragraphs.length) paragraphs[paragraphs.length - 1] += t.text;
      continue;
    }
    if (t.prefix !== 'w') continue;
    if (t.name === 'comment' && t.type !== 'close') {
      const a = attrsOf(t.attrs);
      current = { id: a.id ?? '', author: a.author ?? '', initials: a.initials ?? '', date: a.date ?? '', text: '', paraId: '' };
      paragraphs = [];
      if (t.type === 'empty') {
        out.push(current);
        current = null;
      }
    } else if (t.name === 'comment' && current) {
      current.text = paragraphs.join('\n');
      out.push(current);
      current = null;
    } else if (current && t.name === 'p' && t.type !== 'close') {
      paragraphs.push('');
      const paraId = attrsOf(t.attrs).paraId;
      if (paraId) current.paraId = paraId;
    } else if (t.name === 't') inText = t.type === 'open';
    else if (t.name === 'tab' && current && paragraphs.length && t.type !== 'close') paragraphs[paragraphs.length - 1] += ' ';
  }
  return out;
}

/** commentsExtended.xml: by paraId, the paraId of the comment it answers and whether it is done. */
function scanExtended(xml: string): Map<string, { parent: string; done: boolean }> {
  const out = new Map<string, { parent: string; done: boolean }>();
  for (const t of tokens(xml)) {
    if (t.type === 'text' || t.type === 'close' || t.name !== 'commentEx') continue;
    const a = attrsOf(t.attrs);
    if (a.paraId) out.set(a.paraId, { parent: a.paraIdParent ?? '', done: a.done === '1' || a.done === 'true' });
  }
  return out;
}

/** The review marks of a .docx's parts (XML as text): word/document.xml, word/comments.xml, word/commentsExtended.xml. */
export function scanDocxReview(document: string, commentsXml = '', extendedXml = ''): DocxReviewScan {
  const problems = emptyProblems();
  const body = scanBody(document, problems);
  const parts = commentsXml ? scanComments(commentsXml) : [];
  const extended = extendedXml ? scanExtended(extendedXml) : new Map<string, { parent: string; done: boolean }>();
  const known = new Set(parts.map((c) => c.id));
  const missing = new Set<string>();
  for (const map of [body.starts, body.ends, body.refs]) for (const id of map.keys()) if (!known.has(id)) missing.add(id);
  problems.missingComment = missing.size;

  const byParaId = new Map(parts.filter((c) => c.paraId).map((c) => [c.paraId, c]));
  for (const [paraId, entry] of extended) {
    if (!byParaId.has(paraId) || (entry.parent && !byParaId.has(entry.parent))) problems.badParent += 1;
  }
  const comments: ScannedComment[] = [];
  for (const part of parts) {
    if (comments.length >= COMMENT_LIMITS.comments) {
      problems.overLimit += 1;
      continue;
    }
    const start = body.starts.get(part.id);
    const end = body.ends.get(part.id);
    const ref = body.refs.get(part.id);
    if (start !== undefined && end === undefined) problems.unclosed += 1;
    const from = start ?? ref ?? end ?? 0;
    let to = end ?? ref ?? (start !== undefined ? body.startParagraphEnd.get(part.id)! : from);
    if (to < from) to = start !== undefined ? body.startParagraphEnd.get(part.id)! : from;
    const placed = start !== undefined || end !== undefined || ref !== undefined;
    const ext = part.paraId ? extended.get(part.paraId) : undefined;
    const parent = ext?.parent ? byParaId.get(ext.parent)?.id : undefined;
    // A reply stands where its comment does: Word may mark its range or not.
    if (!placed && parent === undefined) problems.unplaced += 1;
    if (!part.author.trim()) problems.noAuthor += 1;
    let text = part.text;
    if (text.length > COMMENT_LIMITS.text) {
      text = text.slice(0, COMMENT_LIMITS.text);
      problems.overLimit += 1;
    }
    comments.push({
      id: part.id,
      author: part.author.slice(0, COMMENT_LIMITS.name),
      initials: part.initials.slice(0, 20),
      date: part.date.slice(0, 64),
      text,
      from,
      to,
      ...(parent !== undefined && parent !== part.id ? { parent } : {}),
      resolved: !!ext?.done,
      placed,
    });
  }
  return { text: body.text, changes: body.changes, paragraphChanges: body.paragraphChanges.slice(0, MAX_CHANGES), comments, problems };
}
