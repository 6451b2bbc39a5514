/**
 * The glossary seen from the body: the forms a term takes in the text and
 * where each term is first used. Terms are written with or without quotes
 * (“四上”企业 / 四上企业), and a term may name two things (金种子、银种子).
 * The body (everything outside the annex) is joined once per check and kept
 * for all glossary rules.
 */
import type { BlockInfo, DocIndex, GlossaryInfo } from './docIndex.js';

export interface BodyText {
  text: string;
  blocks: BlockInfo[];
  /** Offset of each block in `text`. */
  starts: number[];
}

const bodies = new WeakMap<DocIndex, BodyText>();

export function bodyText(index: DocIndex): BodyText {
  let body = bodies.get(index);
  if (!body) {
    const blocks = index.blocks.filter((b) => !b.inAnnex);
    const starts: number[] = [];
    let at = 0;
    for (const b of blocks) {
      starts.push(at);
      at += b.text.length + 1;
    }
    body = { text: blocks.map((b) => b.text).join('\n'), blocks, starts };
    bodies.set(index, body);
  }
  return body;
}

/** The term without quotes and emphasis marks. */
export function bareTerm(term: string): string {
  return term.replace(/[“”"‘’'*]/g, '').trim();
}

/**
 * The forms to look for: as written, bare, each name of a double term
 * (金种子、银种子), each quoted name of a term that joins several
 * (“三大高地”“五大战略”).
 */
export function termForms(term: string): string[] {
  const bare = bareTerm(term);
  const forms = new Set([term.trim(), bare]);
  const parts = bare.split('、');
  if (parts.length > 1) for (const p of parts) if (p.length >= 2) forms.add(p);
  const quoted = [...term.matchAll(/“([^”]{2,})”/g)].map((m) => m[1]);
  if (quoted.length > 1 && quoted.join('') === bare) for (const q of quoted) forms.add(q);
  return [...forms].filter((f) => f.length > 0);
}

/**
 * Looser forms that show a term is still used, though not where it is first
 * used: the term without a leading year (2026年10件民生实事 is used as
 * 10件民生实事, and an earlier 10件民生实事 may be last year's).
 */
export function looseForms(term: string): string[] {
  const yearless = /^(?:19|20)\d{2}年(.{2,})$/.exec(bareTerm(term));
  return yearless ? [yearless[1]] : [];
}

/** The markers by which the body cites an endnote entry: ［2］, [2], 【2】. */
export function endnoteMarkers(entry: GlossaryInfo): string[] {
  if (entry.entry.attrs.form !== 'endnote') return [];
  const n = entry.index;
  return [`［${n}］`, `[${n}]`, `【${n}】`];
}

const QUOTES = '“”"‘’\'「」';

/**
 * The body's form of a term written there with its quotes elsewhere
 * (稳增长“21”条 for the term 稳增长“21条”), or null. Only asked for a term
 * found in none of its forms, so the pattern is built rarely.
 */
export function variantForm(body: BodyText, term: string): string | null {
  const chars = [...bareTerm(term)];
  if (chars.length < 2) return null;
  const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const gap = `[${QUOTES}]?`;
  const m = new RegExp(`${gap}${chars.map(escape).join(gap)}${gap}`).exec(body.text);
  return m ? m[0] : null;
}

const firstUses = new WeakMap<BodyText, Map<GlossaryInfo, number>>();

/** Offset in the body text of the first use of the entry's term, or -1 (computed once per check). */
export function firstUse(body: BodyText, entry: GlossaryInfo): number {
  let known = firstUses.get(body);
  if (!known) firstUses.set(body, (known = new Map()));
  let at = known.get(entry);
  if (at === undefined) known.set(entry, (at = searchFirstUse(body, entry)));
  return at;
}

function searchFirstUse(body: BodyText, entry: GlossaryInfo): number {
  let best = -1;
  for (const form of [...termForms(entry.term.text), ...endnoteMarkers(entry)]) {
    const at = body.text.indexOf(form);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** The block holding offset `at` of the body text, and the offset inside it. */
export function locate(body: BodyText, at: number): { block: BlockInfo; offset: number } {
  let lo = 0;
  let hi = body.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (body.starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return { block: body.blocks[lo], offset: at - body.starts[lo] };
}
