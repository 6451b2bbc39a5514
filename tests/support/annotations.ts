/**
 * The hand annotations of the 21 real reports (tests/fixtures/corpus/*.json):
 * what a careful reader says each report's structure and year's targets are.
 * The corpus tests and `npm run corpus` compare Caogao's reading with them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Node as PMNode } from 'prosemirror-model';
import { importText } from '../../src/core/import/text.js';
import { buildLexicon } from '../../src/core/targets/lexicon.js';
import type { Target } from '../../src/core/targets/types.js';
import { repoRoot } from './corpus.js';

export const CORPUS_DIR = resolve(repoRoot, '../shared/corpus');
const FIXTURES = resolve(repoRoot, 'tests/fixtures/corpus');

export interface AnnotatedSection {
  title: string;
  runIn: boolean;
  items: number;
}

export interface AnnotatedTarget {
  indicator: string;
  verb: string;
  value: string;
  unit: string;
  qualifier: string;
}

export interface Annotation {
  file: string;
  title: string;
  occasion: string | null;
  speaker: string | null;
  parts: { number: number; title: string; runIn?: boolean; sections: AnnotatedSection[] }[];
  annexes: { label: string; title: string; kind: 'glossary' | 'list' | 'other'; entries: number }[];
  glossary: { kind: 'numbered' | 'endnote' | 'none'; terms: string[] };
  summary: { present: boolean; starts?: string; targets: AnnotatedTarget[]; qualitative: string[] };
  countedPhrases?: { text: string; count: number; where: string; agrees: boolean }[];
  notes?: string[];
}

export interface CorpusReport {
  name: string;
  path: string;
  text: string;
  annotation: Annotation;
}

/** Every annotated report, the seed first. */
export function corpusReports(): CorpusReport[] {
  const names = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => (a.startsWith('jianghan') ? -1 : b.startsWith('jianghan') ? 1 : a.localeCompare(b)));
  return names.map((f) => {
    const annotation = JSON.parse(readFileSync(resolve(FIXTURES, f), 'utf8')) as Annotation;
    const path = resolve(CORPUS_DIR, annotation.file);
    return { name: f.replace(/\.json$/, ''), path, text: readFileSync(path, 'utf8'), annotation };
  });
}

/** Spaces a PDF conversion leaves inside a heading (2022 年) do not make a heading different. */
const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, '');

/** The structure Caogao read, in the annotation's shape. */
export function structureOf(doc: PMNode): Pick<Annotation, 'title' | 'occasion' | 'speaker' | 'parts' | 'annexes' | 'glossary'> {
  const out: ReturnType<typeof structureOf> = { title: '', occasion: null, speaker: null, parts: [], annexes: [], glossary: { kind: 'none', terms: [] } };
  doc.forEach((child) => {
    const name = child.type.name;
    if (name === 'title') out.title = child.textContent;
    else if (name === 'occasion') out.occasion = child.textContent;
    else if (name === 'speaker') out.speaker = child.textContent;
    else if (name === 'part') {
      const sections: AnnotatedSection[] = [];
      child.forEach((section) => {
        if (section.type.name !== 'section') return;
        let items = 0;
        section.forEach((item) => (items += item.type.name === 'item' ? 1 : 0));
        sections.push({ title: section.firstChild!.textContent, runIn: !!section.firstChild!.attrs.runIn, items });
      });
      out.parts.push({ number: child.firstChild!.attrs.typed ?? out.parts.length + 1, title: child.firstChild!.textContent, sections });
    } else if (name === 'annex') {
      let label = '';
      let title = '';
      let glossary = 0;
      let items = 0;
      child.forEach((c) => {
        if (c.type.name === 'annexLabel') label = c.textContent;
        else if (c.type.name === 'annexTitle') title = c.textContent;
        else if (c.type.name === 'glossaryEntry') {
          glossary += 1;
          out.glossary.terms.push(c.firstChild!.textContent);
          out.glossary.kind = c.attrs.form === 'endnote' ? 'endnote' : 'numbered';
        } else if (c.type.name === 'annexItem') items += 1;
      });
      out.annexes.push({ label, title, kind: glossary ? 'glossary' : items ? 'list' : 'other', entries: glossary + items });
    }
  });
  return out;
}

/** Where Caogao's reading differs from the annotation, one line each (empty: exactly as annotated). */
export function structureDifferences(report: CorpusReport, doc = importText(report.text).doc): string[] {
  const want = report.annotation;
  const got = structureOf(doc);
  const out: string[] = [];
  const same = (what: string, a: unknown, b: unknown): void => {
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${what}: expected ${JSON.stringify(a)}, read ${JSON.stringify(b)}`);
  };
  same('title', squash(want.title), squash(got.title));
  same('occasion', squash(want.occasion), squash(got.occasion));
  same('speaker', squash(want.speaker), squash(got.speaker));
  same('part count', want.parts.length, got.parts.length);
  want.parts.forEach((part, i) => {
    const read = got.parts[i];
    if (!read) return;
    same(`part ${i + 1} title`, squash(part.title), squash(read.title));
    same(`part ${i + 1} sections`, part.sections.map((s) => squash(s.title)), read.sections.map((s) => squash(s.title)));
    same(`part ${i + 1} items`, part.sections.map((s) => s.items), read.sections.map((s) => s.items));
  });
  same('annexes', want.annexes.map((a) => [squash(a.label), squash(a.title), a.kind, a.entries]), got.annexes.map((a) => [squash(a.label), squash(a.title), a.kind, a.entries]));
  same('glossary', want.glossary.terms.map(squash), got.glossary.terms.map(squash));
  return out;
}

/** Run-in headings read as annotated: the share of annotated sections whose runIn agrees. */
export function runInAgreement(report: CorpusReport, doc = importText(report.text).doc): { agree: number; total: number } {
  const got = structureOf(doc);
  let agree = 0;
  let total = 0;
  report.annotation.parts.forEach((part, i) =>
    part.sections.forEach((s, j) => {
      total += 1;
      if (got.parts[i]?.sections[j]?.runIn === s.runIn) agree += 1;
    }),
  );
  return { agree, total };
}

const lexicon = buildLexicon();
const canonical = (indicator: string): string => lexicon.canonical.get(indicator) ?? indicator;
const rangeValue = (value: string): string => value.replace(/\s*[—－\-~～至到]+\s*/g, '-');

/** Whether an extracted target states the annotated one: same figure, unit and qualifier, and the same indicator. */
export function sameTarget(want: AnnotatedTarget, got: Target): boolean {
  if (rangeValue(want.value) !== rangeValue(got.value)) return false;
  if (want.unit.replace('％', '%') !== got.unit.replace('％', '%')) return false;
  if (want.qualifier !== got.qualifier) return false;
  const a = want.indicator;
  return canonical(a) === got.indicator || a.includes(got.indicatorText) || got.indicatorText.includes(a) || canonical(a) === canonical(got.indicatorText);
}

export interface TargetScore {
  found: number;
  annotated: number;
  extracted: number;
  missed: AnnotatedTarget[];
  extra: Target[];
}

/** The year's summary targets Caogao extracted against the annotated ones. */
export function scoreSummaryTargets(report: CorpusReport, targets: readonly Target[]): TargetScore {
  const summary = targets.filter((t) => t.scope === 'summary');
  const used = new Set<Target>();
  const missed: AnnotatedTarget[] = [];
  for (const want of report.annotation.summary.targets) {
    const hit = summary.find((t) => !used.has(t) && sameTarget(want, t));
    if (hit) used.add(hit);
    else missed.push(want);
  }
  const extra = summary.filter((t) => !used.has(t));
  return { found: used.size, annotated: report.annotation.summary.targets.length, extracted: summary.length, missed, extra };
}
