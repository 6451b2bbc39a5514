/**
 * Exporting a comparison: the summary (counts, 指标变化) comes first, then
 * the redline. In HTML insertions are <ins> and deletions <del>, each end of
 * a move names the other. In Word the redline is real tracked changes:
 * accepting them all must give the new draft's text, rejecting them all the
 * old draft's, paragraph by paragraph. And `caogao diff … --to FORMAT -o OUT`
 * writes the file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Node as PMNode } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { comparisonReport } from '../../../src/core/diff/exportModel.js';
import { comparisonHtml } from '../../../src/core/diff/exportHtml.js';
import { normalizeLayout } from '../../../src/core/diff/normalize.js';
import { blockText, printableBlocks } from '../../../src/core/export/printable.js';
import { importText } from '../../../src/core/import/text.js';
import { comparisonBytes } from '../../../src/node/export/comparison.js';
import { draft } from './support/draft.js';
import { deleteBlock, insertParagraphAfter, joinWithNext, moveBlock, replaceText, splitParagraph, viaText } from './support/edits.js';

const NEW_PARA = '就业服务持续加强。开展线上招聘活动120场，帮扶困难群体就业800人。';

/** A revision with every kind of change, and a figure that is a target. */
function revised(d: PMNode): PMNode {
  let r = replaceText(d, '增长7.5%左右', '增长7%左右');
  r = insertParagraphAfter(r, '就业形势总体稳定', NEW_PARA);
  r = deleteBlock(r, '国资国企改革深入推进');
  r = moveBlock(r, '实施城区品质提升行动', '实施产业质效提升行动');
  r = splitParagraph(r, '社会消费品零售总额突破');
  return joinWithNext(r, '提速建设武汉金融城');
}

const names = { old: '第一稿', new: '第二稿' };

describe('the comparison laid out for printing', () => {
  const old = draft();
  const report = comparisonReport(old, revised(old), names);

  it('counts the changes and lists the changed target', () => {
    expect(report.counts).toEqual([
      { kind: 'insert', count: 1 },
      { kind: 'delete', count: 1 },
      { kind: 'modify', count: 3 },
      { kind: 'move', count: 1 },
    ]);
    expect(report.targets.map((t) => [t.indicator, t.before, t.after])).toEqual([['地区生产总值', '增长7.5%左右', '增长7%左右']]);
  });

  it('prints headings with their numbers and marks whole blocks inserted or deleted', () => {
    const text = (b: (typeof report.blocks)[number]) => b.runs.map((r) => r.text).join('');
    expect(text(report.blocks.find((b) => b.kind === 'heading1')!)).toBe('一、过去一年工作回顾');
    const inserted = report.blocks.find((b) => text(b) === NEW_PARA)!;
    expect(inserted).toMatchObject({ markOp: 'insert', runs: [{ op: 'insert', text: NEW_PARA }] });
    expect(report.blocks.find((b) => text(b).startsWith('国资国企'))).toMatchObject({ markOp: 'delete' });
  });

  it('prints a split paragraph as two paragraphs joined by an inserted mark', () => {
    const at = report.blocks.findIndex((b) => b.runs.some((r) => r.text.startsWith('综合实力不断增强')));
    expect(report.blocks[at].markOp).toBe('insert');
    expect(report.blocks[at + 1].runs.map((r) => r.text).join('')).toMatch(/^社会消费品零售总额突破/);
    expect(report.blocks[at + 1].markOp).toBe('equal');
  });

  it('marks both ends of a move, each naming the other', () => {
    const ends = report.blocks.filter((b) => b.movedPath !== undefined);
    expect(ends.map((b) => [b.moved, b.movedPath, b.markOp])).toEqual([
      ['to', '二（三）', 'insert'],
      ['from', '二（一）', 'delete'],
    ]);
    // The section's paragraph moved with it: part of the move, not named again.
    expect(report.blocks.filter((b) => b.moved).map((b) => [b.kind, b.moved])).toEqual([
      ['heading2', 'to'],
      ['body', 'to'],
      ['heading2', 'from'],
      ['body', 'from'],
    ]);
  });
});

describe('HTML', () => {
  const old = draft();
  const html = comparisonHtml(comparisonReport(old, revised(old), names));

  it('puts the summary page first: names, counts, target table, then the redline', () => {
    const order = ['比对报告', '原稿：第一稿', '新稿：第二稿', '改动 6 处：新增 1，删除 1，修改 3，移动 1', '指标变化（1项）', '<article class="report redline">'].map((s) => html.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toMatch(/<th scope="row">地区生产总值<\/th><td>二、<\/td><td><del>增长7.5%左右<\/del><\/td><td><ins>增长7%左右<\/ins><\/td>/);
    expect(html).toContain('.summary { break-after: page;');
  });

  it('underlines insertions and strikes deletions inside a modified paragraph', () => {
    expect(html).toContain('地区生产总值增长<del>7.5%左右</del><ins>7%左右</ins>');
    expect(html).toContain(`<p class="body block-insert"><ins>${NEW_PARA}</ins></p>`);
    expect(html).toMatch(/<p class="body block-delete"><del>国资国企改革深入推进。/);
  });

  it('marks a moved section at both ends', () => {
    expect(html).toContain('<h3 class="heading level2 moved">（一）实施城区品质提升行动<span class="move-note">〔自 二（三） 移来〕</span></h3>');
    expect(html).toContain('<h3 class="heading level2 moved"><del>（三）实施城区品质提升行动</del><span class="move-note">〔已移至 二（一）〕</span></h3>');
  });

  it('prints a renumbered heading with its new number, and the change of number only when asked', () => {
    expect(html).toContain('<h3 class="heading level2">（二）实施产业质效提升行动</h3>');
    const shown = comparisonHtml(comparisonReport(old, revised(old), names, { showRenumber: true }));
    expect(shown).toContain('<h3 class="heading level2"><del>（一）</del><ins>（二）</ins>实施产业质效提升行动</h3>');
  });

  it('escapes the text it prints', () => {
    const d = draft();
    const out = comparisonHtml(comparisonReport(d, replaceText(d, '居全市第一', '居全市第一<script>'), { old: 'a&b', new: '"c"' }));
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('原稿：a&amp;b');
  });
});

interface TrackedParagraph {
  accepted: string;
  rejected: string;
  mark: 'insert' | 'delete' | null;
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The redline's paragraphs (after the summary page) as Word reads their tracked changes. */
function trackedParagraphs(xml: string): TrackedParagraph[] {
  const body = xml.slice(xml.indexOf('<w:pageBreakBefore/>'));
  const start = body.indexOf('<w:p>') === 0 ? 0 : 0;
  const paragraphs = body.slice(start).split('</w:p>').slice(0, -1);
  return paragraphs.map((p) => {
    const pPr = /<w:pPr>(.*?)<\/w:pPr>/.exec(p)?.[1] ?? '';
    const mark = /<w:rPr>.*<w:ins\b/.test(pPr) ? 'insert' : /<w:rPr>.*<w:del\b/.test(pPr) ? 'delete' : null;
    const content = p.replace(/<w:pPr>.*?<\/w:pPr>/, '');
    let accepted = '';
    let rejected = '';
    for (const m of content.matchAll(/<w:ins\b[^>]*>(.*?)<\/w:ins>|<w:del\b[^>]*>(.*?)<\/w:del>|<w:t(?:\s[^>]*)?>(.*?)<\/w:t>/g)) {
      const texts = (inner: string, tag: string) => [...inner.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>(.*?)</${tag}>`, 'g'))].map((t) => unescapeXml(t[1])).join('');
      if (m[1] !== undefined) accepted += texts(m[1], 'w:t');
      else if (m[2] !== undefined) rejected += texts(m[2], 'w:delText');
      else {
        accepted += unescapeXml(m[3]);
        rejected += unescapeXml(m[3]);
      }
    }
    return { accepted, rejected, mark };
  });
}

/** Accept (or reject) every change: a paragraph whose mark goes away joins the next one. */
function resolveAll(paragraphs: TrackedParagraph[], accept: boolean): string[] {
  const out: string[] = [];
  let carry = '';
  for (const p of paragraphs) {
    const text = carry + (accept ? p.accepted : p.rejected);
    const markGoes = accept ? p.mark === 'delete' : p.mark === 'insert';
    if (markGoes) carry = text;
    else {
      out.push(text);
      carry = '';
    }
  }
  if (carry) out.push(carry);
  return out.filter(Boolean);
}

/** The draft's paragraphs as printed (numbers in front of headings), layout-normalised like compare's texts. */
const printed = (doc: PMNode) => printableBlocks(doc).map((b) => normalizeLayout(blockText(b))).filter(Boolean);

describe('Word', () => {
  it.each([
    ['a crafted revision', () => draft(), revised],
    ['the real report', () => importText(readFileSync(new URL('../../../../shared/corpus/jianghan-2022-report.txt', import.meta.url), 'utf8')).doc, (d: PMNode) => moveBlock(replaceText(d, '地区生产总值增长7.5%左右', '地区生产总值增长7%左右'), '实施民生福祉提升行动', '实施产业质效提升行动')],
  ] as const)('writes tracked changes that accept to the new draft and reject to the old one (%s)', async (_name, make, revise) => {
    const old = make();
    const neu = viaText(revise(old));
    const bytes = await comparisonBytes({ oldDoc: old, newDoc: neu, oldName: '第一稿', newName: '第二稿', date: new Date('2022-01-06T09:00:00Z') }, 'docx');
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = trackedParagraphs(xml);
    expect(resolveAll(paragraphs, true)).toEqual(printed(neu));
    expect(resolveAll(paragraphs, false)).toEqual(printed(old));
    expect(xml).toContain('w:author="草稿比对" w:date="2022-01-06T09:00:00.000Z"');
  });

  it('puts the summary first and a comment at each end of a move', async () => {
    const old = draft();
    const bytes = await comparisonBytes({ oldDoc: old, newDoc: revised(old), oldName: '第一稿', newName: '第二稿' }, 'docx');
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const redlineAt = xml.indexOf('<w:pageBreakBefore/>');
    expect(xml.indexOf('比对报告')).toBeLessThan(redlineAt);
    expect(xml.indexOf('指标变化（1项）')).toBeLessThan(redlineAt);
    expect(xml.indexOf('增长7%左右')).toBeLessThan(redlineAt);
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect(comments).toContain('自 二（三） 移来');
    expect(comments).toContain('已移至 二（一）');
    expect(xml.match(/<w:commentReference /g)).toHaveLength(2);
  });
});

describe('caogao diff --to', () => {
  const dir = mkdtempSync(join(tmpdir(), 'caogao-diff-export-'));
  const REAL = readFileSync(new URL('../../../../shared/corpus/jianghan-2022-report.txt', import.meta.url), 'utf8');
  const oldTxt = join(dir, 'old.txt');
  const newTxt = join(dir, 'new.txt');
  writeFileSync(oldTxt, REAL);
  writeFileSync(newTxt, REAL.replace('地区生产总值增长 7.5%左右', '地区生产总值增长 7%左右'));
  const run = async (argv: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli({ argv, env: { LANG: 'zh_CN.UTF-8' }, stdout: (t) => (out += t), stderr: (t) => (err += t), tty: false });
    return { code, out, err };
  };

  it('writes the HTML redline', async () => {
    const out = join(dir, '比对.html');
    const result = await run(['diff', oldTxt, newTxt, '--to', 'html', '-o', out]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('已把比对结果导出为 html');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('原稿：old.txt');
    expect(html).toContain('地区生产总值增长<del>7.5%左右</del><ins>7%左右</ins>');
  });

  it('takes the format from the output’s extension', async () => {
    const out = join(dir, 'compare.docx');
    expect((await run(['diff', oldTxt, newTxt, '-o', out])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('prints to PDF', { timeout: 60_000 }, async () => {
    const out = join(dir, 'compare.pdf');
    expect((await run(['diff', oldTxt, newTxt, '--to', 'pdf', '-o', out])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a format it cannot write, and asks for -o', async () => {
    const bad = await run(['diff', oldTxt, newTxt, '--to', 'odt', '-o', join(dir, 'x.odt')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('比对结果可导出为 html、pdf 或 docx');
    const noOut = await run(['diff', oldTxt, newTxt, '--to', 'pdf']);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('-o');
  });
});
