/**
 * Synthetic reports for compare's scale tests and benchmark: a word-level
 * Markov chain trained on the real report writes paragraphs that read like a
 * report's (same vocabulary, figures, sentence lengths) but are all
 * different, arranged in parts and sections with a glossary. `revise` makes a
 * given number of edits of the kinds drafters make. Everything is
 * deterministic for a seed.
 */
import { readFileSync } from 'node:fs';
import { toChineseNumeral } from '../../../../src/core/numerals.js';
import { random } from '../../../support/random.js';

export interface Section {
  heading: string;
  paras: string[];
}
export interface Part {
  heading: string;
  paras: string[];
  sections: Section[];
}
export interface Report {
  preamble: string[];
  parts: Part[];
  glossary: [string, string][];
}


const CORPUS = new URL('../../../../../shared/corpus/jianghan-2022-report.txt', import.meta.url);

interface Chain {
  next: Map<string, string[]>;
  starts: string[];
}

let chain: Chain | null = null;

function train(): Chain {
  if (chain) return chain;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    const words = [...segmenter.segment(line.replace(/[\s*]+/g, ''))].map((s) => s.segment);
    words.forEach((w, i) => {
      if ((i === 0 || words[i - 1] === '。') && /^[\u4e00-\u9fff]/.test(w) && !w.startsWith('各位')) starts.push(w);
      if (i + 1 < words.length) {
        const list = next.get(w);
        if (list) list.push(words[i + 1]);
        else next.set(w, [words[i + 1]]);
      }
    });
  }
  chain = { next, starts };
  return chain;
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

export function sentence(rnd: () => number): string {
  const { next, starts } = train();
  let word = pick(rnd, starts);
  let out = word;
  for (let i = 0; i < 40 && word !== '。'; i++) {
    const options = next.get(word);
    word = options ? pick(rnd, options) : '。';
    if (i > 30 && word !== '。' && /[，；、]/.test(word)) word = '。';
    if (!/^[（(]/.test(word)) out += word;
  }
  return out.endsWith('。') ? out : `${out.replace(/[，；、：]$/, '')}。`;
}

export function paragraph(rnd: () => number): string {
  let out = '';
  const n = 2 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) out += sentence(rnd);
  return out;
}

function heading(rnd: () => number): string {
  return sentence(rnd).replace(/[，。；：、“”（）()！？\d%.—-]/g, '').slice(0, 8 + Math.floor(rnd() * 8));
}

/** A report of about `chars` characters: up to 10 parts of up to about 30 sections. */
export function synthesize(chars: number, seed: number): Report {
  const rnd = random(seed);
  const report: Report = { preamble: [paragraph(rnd)], parts: [], glossary: [] };
  const parts = Math.max(3, Math.min(10, Math.round(chars / 20_000)));
  const perPart = chars / parts;
  // A paragraph is about 200 characters; sections grow longer rather than more numerous.
  const perSection = Math.max(4, Math.round(perPart / 30 / 200));
  for (let p = 0; p < parts; p++) {
    const part: Part = { heading: heading(rnd), paras: [paragraph(rnd)], sections: [] };
    for (let size = 0; size < perPart; ) {
      const section: Section = { heading: heading(rnd), paras: [] };
      const n = Math.max(1, perSection - 2 + Math.floor(rnd() * 5));
      for (let i = 0; i < n; i++) section.paras.push(paragraph(rnd));
      size += section.paras.reduce((sum, t) => sum + t.length, 0);
      part.sections.push(section);
    }
    report.parts.push(part);
  }
  for (let i = 0; i < 10; i++) report.glossary.push([heading(rnd).slice(0, 6), sentence(rnd)]);
  return report;
}

/** The report as plain text, as `importText` reads it. */
export function render(report: Report): string {
  const lines = ['政府工作报告', '', '各位代表：', '', ...report.preamble.flatMap((t) => [t, ''])];
  report.parts.forEach((part, p) => {
    lines.push(`${toChineseNumeral(p + 1)}、${part.heading}`, '', ...part.paras.flatMap((t) => [t, '']));
    part.sections.forEach((section, s) => {
      lines.push(`（${toChineseNumeral(s + 1)}）${section.heading}`, '', ...section.paras.flatMap((t) => [t, '']));
    });
  });
  lines.push('附件', '', '名词解释', '');
  report.glossary.forEach(([term, definition], i) => lines.push(`${i + 1}. ${term}：${definition}`, ''));
  return lines.join('\n');
}

export type EditKind = 'modify' | 'insert' | 'delete' | 'moveParagraph' | 'moveSection' | 'split' | 'merge';

/** Edit kinds in proportion: mostly wording and figures, some paragraphs added and cut, a few moves. */
const MIX: EditKind[] = [
  ...Array<EditKind>(60).fill('modify'),
  ...Array<EditKind>(15).fill('insert'),
  ...Array<EditKind>(15).fill('delete'),
  ...Array<EditKind>(4).fill('moveParagraph'),
  ...Array<EditKind>(2).fill('moveSection'),
  ...Array<EditKind>(2).fill('split'),
  ...Array<EditKind>(2).fill('merge'),
];

function modify(rnd: () => number, text: string): string {
  const figure = /\d+(\.\d+)?/g;
  const figures = [...text.matchAll(figure)];
  if (figures.length && rnd() < 0.5) {
    const m = pick(rnd, figures);
    return text.slice(0, m.index) + String(Number(m[0]) + 1) + text.slice(m.index + m[0].length);
  }
  const at = Math.floor(rnd() * (text.length - 4));
  return `${text.slice(0, at)}进一步${text.slice(at)}`;
}

/** A copy of `report` with `edits` edits; returns the copy and how many of each kind were made. */
export function revise(report: Report, edits: number, seed: number): { report: Report; made: Record<EditKind, number> } {
  const rnd = random(seed);
  const copy: Report = structuredClone(report);
  const made: Record<EditKind, number> = { modify: 0, insert: 0, delete: 0, moveParagraph: 0, moveSection: 0, split: 0, merge: 0 };
  const sections = (): Section[] => copy.parts.flatMap((p) => p.sections);
  for (let e = 0; e < edits; e++) {
    const kind = pick(rnd, MIX);
    const section = pick(rnd, sections());
    const i = Math.floor(rnd() * section.paras.length);
    if (kind === 'modify') section.paras[i] = modify(rnd, section.paras[i]);
    else if (kind === 'insert') section.paras.splice(i, 0, paragraph(rnd));
    else if (kind === 'delete' && section.paras.length > 1) section.paras.splice(i, 1);
    else if (kind === 'moveParagraph' && section.paras.length > 1) pick(rnd, sections()).paras.unshift(...section.paras.splice(i, 1));
    else if (kind === 'moveSection') {
      const part = pick(rnd, copy.parts);
      const [moved] = part.sections.splice(Math.floor(rnd() * part.sections.length), 1);
      part.sections.splice(Math.floor(rnd() * (part.sections.length + 1)), 0, moved);
    } else if (kind === 'split') {
      const cut = section.paras[i].indexOf('。') + 1;
      if (cut <= 0 || cut >= section.paras[i].length) continue;
      section.paras.splice(i, 1, section.paras[i].slice(0, cut), section.paras[i].slice(cut));
    } else if (kind === 'merge' && i + 1 < section.paras.length) section.paras.splice(i, 2, section.paras[i] + section.paras[i + 1]);
    else continue;
    made[kind]++;
  }
  return { report: copy, made };
}
