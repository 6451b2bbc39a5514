/**
 * Revisions of the real report (jianghan-2022-report.txt): targets changed,
 * a section moved, a paragraph inserted and one deleted, a glossary
 * definition edited, plus page breaks and spacing that are no change.
 * Exactly those changes must come out, nothing else, whether the revision
 * was imported from text again (new ids: by content) or made on a copy of
 * the imported draft (same ids: by id).
 */
import { readFileSync } from 'node:fs';
import type { Node as PMNode } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { compareDocs, type Comparison } from '../../../src/core/diff/index.js';
import { importText } from '../../../src/core/import/text.js';
import { deleteBlock, insertParagraphAfter, moveBlock, replaceText } from './support/edits.js';

const SOURCE = readFileSync(new URL('../../../../shared/corpus/jianghan-2022-report.txt', import.meta.url), 'utf8');

const NEW_PARA = '构建安全韧性城市空间。完善城市防洪排涝体系，改造雨污管网20公里，新建应急避难场所3处。';
/** The deleted paragraph runs across a page break in the source. */
const DELETED = /^基层治理与时俱进。.*\n\n小区物业服务.*$/m;
const OLD_ENTRY = '减轻义务教育阶段学生作业负担、校外培训负担。';
const NEW_ENTRY = '有效减轻义务教育阶段学生过重作业负担和校外培训负担。';

function once(text: string, find: string | RegExp, replacement: string): string {
  const count = typeof find === 'string' ? text.split(find).length - 1 : (text.match(new RegExp(find.source, 'gm')) ?? []).length;
  expect(count, String(find)).toBe(1);
  return text.replace(find, replacement);
}

/** The revision as a drafter would send it: edited text with its own page breaks and spacing. */
function revisedText(): string {
  let text = once(SOURCE, '地区生产总值增长 7.5%左右', '地区生产总值增长 7%左右');
  text = once(text, '固定资产投资增长 9%', '固定资产投资增长10%');
  // Move 三（六）, which states targets of its own, with its paragraphs before 三（一）.
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith('（六）实施民生福祉提升行动'));
  const to = lines.findIndex((l) => l.startsWith('（七）实施国际化水平提升行动'));
  const section = lines.splice(from, to - from);
  lines.splice(lines.findIndex((l) => l.startsWith('（一）实施产业质效提升行动')), 0, ...section);
  text = lines.join('\n');
  text = once(text, '\n（四）实施治理水平提升行动', `\n${NEW_PARA}\n\n（四）实施治理水平提升行动`);
  text = once(text, DELETED, '');
  text = once(text, OLD_ENTRY, NEW_ENTRY);
  // Layout: a page break inside a sentence, spaces around figures, full-width indentation.
  text = once(text, '统筹疫情防控和经济社会发展', '统筹疫情防控和经\n\n\n济社会发展');
  text = once(text, '建成投用甲级写字楼 14 栋', '建成投用甲级写字楼14栋');
  text = once(text, '\n经济质效显著提升。', '\n\u3000\u3000经济质效显著提升。');
  return text;
}

/** The same revision made in the editor on the imported draft. */
function revisedCopy(doc: PMNode): PMNode {
  let d = replaceText(doc, '地区生产总值增长7.5%左右', '地区生产总值增长7%左右');
  d = replaceText(d, '固定资产投资增长9%，社会', '固定资产投资增长10%，社会');
  d = moveBlock(d, '实施民生福祉提升行动', '实施产业质效提升行动');
  d = insertParagraphAfter(d, '构建碧水蓝天生态空间', NEW_PARA);
  d = deleteBlock(d, '基层治理与时俱进。');
  d = replaceText(d, OLD_ENTRY, NEW_ENTRY);
  d = replaceText(d, '统筹疫情防控和经济社会发展', '统筹疫情防控和经\n济社会发展');
  d = replaceText(d, '建成投用甲级写字楼14栋', '建成投用甲级写字楼 14 栋');
  return replaceText(d, '经济质效显著提升。', '\u3000\u3000经济质效显著提升。');
}

function expectExactlyTheRevision(result: Comparison): void {
  expect(result.changes.map((c) => [c.kind, c.node, c.path, c.kind === 'move' ? c.oldPath : null])).toEqual([
    ['delete', 'paragraph', ['一', '（四）'], null],
    ['modify', 'paragraph', ['三'], null],
    ['move', 'section', ['三', '（一）'], ['三', '（六）']],
    ['insert', 'paragraph', ['三', '（四）'], null],
    ['modify', 'glossaryEntry', ['附件', '20.'], null],
  ]);
  const [deleted, targets, moved, inserted, entry] = result.changes;
  expect(deleted.before).toMatch(/^基层治理与时俱进。/);
  expect(targets.spans!.filter((s) => s.op !== 'equal')).toEqual([
    { op: 'delete', text: '7.5%左右' },
    { op: 'insert', text: '7%左右' },
    { op: 'delete', text: '9%' },
    { op: 'insert', text: '10%' },
  ]);
  expect(moved.after).toBe('实施民生福祉提升行动');
  expect(inserted.after).toBe(NEW_PARA);
  expect(entry.before).toBe(`双减：${OLD_ENTRY}`);
  expect(entry.after).toBe(`双减：${NEW_ENTRY}`);
  expect(result.stats).toEqual({ insert: 1, delete: 1, modify: 2, move: 1 });
  // The targets of the moved section (城镇新增就业, 城镇登记失业率) moved with it: no change.
  expect(result.targets).toEqual([
    { indicator: '地区生产总值', before: '增长7.5%左右', after: '增长7%左右', path: ['三'], scope: 'summary' },
    { indicator: '固定资产投资', before: '增长9%', after: '增长10%', path: ['三'], scope: 'summary' },
  ]);
  expect(result.bounded).toBe(false);
}

describe('compare on the real report', () => {
  const original = importText(SOURCE).doc;

  it('finds nothing between two imports of the same text', () => {
    expect(compareDocs(original, importText(SOURCE).doc).changes).toEqual([]);
  });

  it('reports exactly the revision made in the text (by content)', () => {
    const result = compareDocs(original, importText(revisedText()).doc);
    expect(result.matchedBy).toBe('content');
    expectExactlyTheRevision(result);
  });

  it('reports exactly the revision made on a copy of the draft (by id)', () => {
    const result = compareDocs(original, revisedCopy(original));
    expect(result.matchedBy).toBe('id');
    expectExactlyTheRevision(result);
  });

  it('renumbers the sections the moved one jumped over, only when asked', () => {
    const result = compareDocs(original, importText(revisedText()).doc, { showRenumber: true });
    expect(result.changes.filter((c) => c.kind === 'renumber').map((c) => `${c.before}→${c.after}`)).toEqual([
      '（一）→（二）',
      '（二）→（三）',
      '（三）→（四）',
      '（四）→（五）',
      '（五）→（六）',
    ]);
  });
});
