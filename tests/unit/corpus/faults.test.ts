/**
 * Faults injected into the real reports: each must be found where it was
 * made, and nothing else new may appear. The places are chosen from the
 * imported document and the hand annotations, never from a report's text by
 * hand, so the same test runs on every report where the fault can be made.
 *
 *  - a section removed under a counted phrase (count-mismatch);
 *  - a body target changed that agreed with the summary (target-mismatch);
 *  - the only use of a glossary term removed (glossary-unused);
 *  - two glossary entries swapped (glossary-order);
 *  - a heading's typed number repeated (numbering-sequence);
 *  - a closing quotation mark dropped (punctuation-pair).
 */
import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { runChecks } from '../../../src/core/checks/index.js';
import type { Finding } from '../../../src/core/checks/types.js';
import { buildIndex } from '../../../src/core/checks/docIndex.js';
import { termForms } from '../../../src/core/checks/glossary.js';
import { importText } from '../../../src/core/import/text.js';
import { extractTargets } from '../../../src/core/targets/extract.js';
import { corpusReports, type CorpusReport } from '../../support/annotations.js';
import { STRICT_RULES } from '../../support/corpusFigures.js';


const key = (f: Finding): string => `${f.rule}|${f.blockId}|${f.text ?? ''}`;
const check = (doc: PMNode): Finding[] => runChecks(doc, {}, { rules: [...STRICT_RULES] });

/** The findings of `after` that `before` did not have. */
function newFindings(before: Finding[], after: Finding[]): Finding[] {
  const seen = new Map<string, number>();
  for (const f of before) seen.set(key(f), (seen.get(key(f)) ?? 0) + 1);
  return after.filter((f) => {
    const n = seen.get(key(f)) ?? 0;
    if (n > 0) {
      seen.set(key(f), n - 1);
      return false;
    }
    return true;
  });
}

/** Position of the first node matching `test`. */
function findNode(doc: PMNode, test: (node: PMNode, pos: number) => boolean): { node: PMNode; pos: number } | null {
  let found: { node: PMNode; pos: number } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (test(node, pos)) found = { node, pos };
    return !found;
  });
  return found;
}

/** Replace `length` characters at `offset` of the textblock at `pos` with `insert`. */
function editText(doc: PMNode, pos: number, offset: number, length: number, insert: string): PMNode {
  const tr = new Transform(doc);
  const from = pos + 1 + offset;
  if (insert) tr.replaceWith(from, from + length, doc.type.schema.text(insert));
  else tr.delete(from, from + length);
  return tr.doc;
}

interface Injected {
  doc: PMNode;
  /** The rule that must report it, and the block (id) it must be reported on. */
  rule: string;
  blockIds: string[];
}

type Injector = (doc: PMNode, report: CorpusReport) => Injected | null;

/** Remove the last section of a part whose sections a counted phrase announces (from the annotation). */
const removeSection: Injector = (doc, report) => {
  const phrase = report.annotation.countedPhrases?.find((c) => c.agrees && /^part \d+ sections/.test(c.where));
  if (!phrase) return null;
  const partNo = Number(/^part (\d+)/.exec(phrase.where)![1]);
  let partIndex = 0;
  const part = findNode(doc, (n) => n.type.name === 'part' && ++partIndex === partNo);
  if (!part) return null;
  // The last section that holds no glossary term, so that removing it takes nothing else away.
  const terms = buildIndex(doc).glossary.flatMap((g) => termForms(g.term.text));
  let last: { node: PMNode; pos: number } | null = null;
  part.node.forEach((child, offset) => {
    if (child.type.name === 'section' && !terms.some((t) => child.textContent.includes(t))) last = { node: child, pos: part.pos + 1 + offset };
  });
  if (!last) return null;
  const { node, pos } = last as { node: PMNode; pos: number };
  const edited = new Transform(doc).delete(pos, pos + node.nodeSize).doc;
  // The phrase stands in the part's heading or in a paragraph: it is reported on the block that holds it.
  const holders: string[] = [];
  edited.descendants((n) => {
    if (n.isTextblock && n.textContent.includes(phrase.text)) holders.push(n.attrs.id);
    return true;
  });
  return { doc: edited, rule: 'count-mismatch', blockIds: holders };
};

/** Change the value of a body target that agrees with the summary. */
const changeTarget: Injector = (doc) => {
  const targets = extractTargets(doc);
  const summary = targets.filter((t) => t.scope === 'summary');
  const body = targets.find(
    (t) => t.scope === 'year' && summary.some((s) => s.indicator === t.indicator && s.value === t.value && s.unit === t.unit && s.qualifier === t.qualifier),
  );
  if (!body) return null;
  const block = findNode(doc, (n) => n.isTextblock && n.attrs.id === body.blockId)!;
  const at = block.node.textContent.indexOf(body.value, body.from);
  const changed = String(Number(body.value.split(/[—－\-~～至到]/)[0]) + 1);
  return { doc: editText(doc, block.pos, at, body.value.length, changed), rule: 'target-mismatch', blockIds: [body.blockId] };
};

/** Remove the only use of a glossary term in the body. */
const removeOnlyUse: Injector = (doc) => {
  const index = buildIndex(doc);
  const body = index.blocks.filter((b) => !b.inAnnex);
  for (const g of index.glossary) {
    if (g.entry.attrs.form === 'endnote') continue;
    const term = g.term.text;
    const forms = termForms(term);
    const uses = body.flatMap((b) => forms.flatMap((f) => [...b.text.matchAll(new RegExp(f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({ b, at: m.index!, len: f.length }))));
    const blocks = new Set(uses.map((u) => u.b));
    if (blocks.size !== 1 || forms.length < 1) continue;
    const [b] = [...blocks];
    // Remove every form of the term from that one block, longest first.
    let text = b.text;
    for (const f of [...forms].sort((x, y) => y.length - x.length)) text = text.split(f).join('');
    const tr = new Transform(doc);
    tr.replaceWith(b.pos + 1, b.pos + 1 + b.text.length, doc.type.schema.text(text));
    return { doc: tr.doc, rule: 'glossary-unused', blockIds: [g.term.id] };
  }
  return null;
};

/** Swap two neighbouring glossary entries that stand in order of first use. */
const swapEntries: Injector = (doc) => {
  const index = buildIndex(doc);
  const before = check(doc).filter((f) => f.rule === 'glossary-order');
  if (before.length) return null;
  const entries = index.glossary.filter((g) => g.entry.attrs.form !== 'endnote');
  for (let i = 0; i + 1 < entries.length; i++) {
    const [a, b] = [entries[i], entries[i + 1]];
    if (a.entry.attrs.form !== b.entry.attrs.form) continue;
    const first = findNode(doc, (n) => n === a.entry)!;
    // The entries change places; their typed numbers stay in sequence, as a clerk would retype them.
    const moved = a.entry.type.create({ ...a.entry.attrs, typed: b.entry.attrs.typed }, a.entry.content);
    const stays = b.entry.type.create({ ...b.entry.attrs, typed: a.entry.attrs.typed }, b.entry.content);
    const tr = new Transform(doc);
    tr.replaceWith(first.pos, first.pos + a.entry.nodeSize + b.entry.nodeSize, [stays, moved]);
    return { doc: tr.doc, rule: 'glossary-order', blockIds: [a.term.id, b.term.id] };
  }
  return null;
};

/** Type the third section of a part with the number of the second: a repeat. */
const repeatNumber: Injector = (doc) => {
  const third = findNode(doc, (n) => n.type.name === 'sectionHeading' && n.attrs.typed === 3);
  if (!third) return null;
  const tr = new Transform(doc).setNodeMarkup(third.pos, undefined, { ...third.node.attrs, typed: 2, marker: '（二）' });
  return { doc: tr.doc, rule: 'numbering-sequence', blockIds: [third.node.attrs.id] };
};

/** Drop the closing ” of the first balanced quotation in a body paragraph. */
const dropQuote: Injector = (doc) => {
  const para = findNode(doc, (n) => n.type.name === 'paragraph' && /“[^“”]{2,12}”/.test(n.textContent) && !/[‘’]/.test(n.textContent) && count(n.textContent, '“') === count(n.textContent, '”'));
  if (!para) return null;
  const m = /“[^“”]{2,12}”/.exec(para.node.textContent)!;
  return { doc: editText(doc, para.pos, m.index + m[0].length - 1, 1, ''), rule: 'punctuation-pair', blockIds: [para.node.attrs.id] };
};

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

const FAULTS: [string, Injector][] = [
  ['a section removed under a counted phrase', removeSection],
  ['a body target changed', changeTarget],
  ['the only use of a glossary term removed', removeOnlyUse],
  ['two glossary entries swapped', swapEntries],
  ['a heading number repeated', repeatNumber],
  ['a closing quotation mark dropped', dropQuote],
];

const reports = corpusReports();
const docs = new Map(reports.map((r) => [r.name, importText(r.text).doc]));
const baseline = new Map(reports.map((r) => [r.name, check(docs.get(r.name)!)]));
const injectedInto = new Set<string>();

describe('faults injected into the real reports', () => {
  for (const [name, inject] of FAULTS) {
    it(`finds ${name}, where it was made, and nothing else new`, () => {
      let tried = 0;
      for (const report of reports) {
        const injected = inject(docs.get(report.name)!, report);
        if (!injected) continue;
        tried += 1;
        injectedInto.add(report.name);
        const found = newFindings(baseline.get(report.name)!, check(injected.doc));
        expect(found.length, `${report.name}: ${found.map((f) => `${f.rule} ${f.path.join('')} ${f.text}`).join('; ')}`).toBeGreaterThan(0);
        for (const f of found) {
          expect(f.rule, `${report.name}: ${f.rule} ${f.path.join('')}`).toBe(injected.rule);
          expect(injected.blockIds, `${report.name}: ${f.rule} ${f.path.join('')} ${f.text}`).toContain(f.blockId);
        }
      }
      expect(tried, `reports where ${name} could be injected`).toBeGreaterThan(0);
    });
  }

  it('were injected into at least five different reports', () => {
    expect(injectedInto.size).toBeGreaterThanOrEqual(5);
  });
});
