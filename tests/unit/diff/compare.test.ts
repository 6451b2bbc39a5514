/**
 * compareDocs on crafted pairs, one per kind of change. Every edit is made on
 * a copy of one draft (blocks keep their ids: the by-id path) and compared
 * again after both drafts went through text (new ids: the by-content path);
 * both paths must report the same changes.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { compareDocs, type CompareOptions } from '../../../src/core/diff/index.js';
import { brief, draft } from './support/draft.js';
import {
  deleteBlock,
  insertParagraphAfter,
  joinWithNext,
  moveBlock,
  replaceText,
  splitParagraph,
  viaText,
} from './support/edits.js';

const NEW_PARA = '就业服务持续加强。开展线上招聘活动120场，帮扶困难群体就业800人。';

describe.each([
  ['by id', 'id'],
  ['by content', 'content'],
] as const)('compare %s', (_name, matchedBy) => {
  const compare = (edit: (d: PMNode) => PMNode, options?: CompareOptions) => {
    const old = draft();
    const edited = edit(old);
    const result = matchedBy === 'id' ? compareDocs(old, edited, options) : compareDocs(viaText(old), viaText(edited), options);
    expect(result.matchedBy).toBe(matchedBy);
    return result;
  };

  it('finds no change between a draft and itself', () => {
    const result = compare((d) => d);
    expect(result.changes).toEqual([]);
    expect(result.stats).toEqual({ insert: 0, delete: 0, modify: 0, move: 0 });
  });

  it('reports an inserted paragraph as one insert under its heading', () => {
    const result = compare((d) => insertParagraphAfter(d, '就业形势总体稳定', NEW_PARA));
    expect(result.changes.map(brief)).toEqual([{ kind: 'insert', node: 'paragraph', path: ['一', '（一）'], before: '', after: NEW_PARA }]);
  });

  it('reports a deleted paragraph with its path in the old draft', () => {
    const result = compare((d) => deleteBlock(d, '国资国企改革深入推进'));
    expect(result.changes.map(brief)).toEqual([
      { kind: 'delete', node: 'paragraph', path: ['一', '（二）'], before: '国资国企改革深入推进。完成企业改制12家，盘活闲置资产20亿元。', after: '' },
    ]);
  });

  it('reports a changed figure as one modify whose spans replace the whole figure', () => {
    const result = compare((d) => replaceText(d, '增长7.5%左右', '增长7%左右'));
    expect(result.changes).toHaveLength(1);
    const [change] = result.changes;
    expect(change).toMatchObject({ kind: 'modify', node: 'paragraph', path: ['二'], whole: false });
    expect(change.spans).toEqual([
      { op: 'equal', text: '全年经济社会发展主要预期目标是：地区生产总值增长' },
      { op: 'delete', text: '7.5%左右' },
      { op: 'insert', text: '7%左右' },
      { op: 'equal', text: '，固定资产投资增长9%。' },
    ]);
  });

  it('shows a mostly rewritten paragraph whole, old and new, instead of character soup', () => {
    const rewritten = '推动产业数字化转型。培育数字经济龙头企业，打造区块链产业集聚区。';
    const result = compare((d) => replaceText(d, '推进数字经济引强育新。制定数字经济产业创新发展政策，数字经济核心产业增加值增长15%。', rewritten));
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ kind: 'modify', path: ['二', '（二）'], whole: true, after: rewritten });
    expect(result.changes[0].spans).toEqual([
      { op: 'delete', text: result.changes[0].before },
      { op: 'insert', text: rewritten },
    ]);
  });

  it('reports an edited section heading as a modify of the heading', () => {
    const result = compare((d) => replaceText(d, '实施产业质效提升行动', '实施产业提质增效行动'));
    expect(result.changes.map(brief)).toEqual([
      { kind: 'modify', node: 'sectionHeading', path: ['二', '（一）'], before: '实施产业质效提升行动', after: '实施产业提质增效行动' },
    ]);
  });

  it('reports an edited glossary definition under 附件 and its number', () => {
    const result = compare((d) => replaceText(d, '减轻义务教育阶段学生作业负担', '有效减轻义务教育阶段学生过重作业负担'));
    expect(result.changes.map(brief)).toEqual([
      {
        kind: 'modify',
        node: 'glossaryEntry',
        path: ['附件', '2.'],
        before: '双减：减轻义务教育阶段学生作业负担、校外培训负担。',
        after: '双减：有效减轻义务教育阶段学生过重作业负担、校外培训负担。',
      },
    ]);
  });

  it('reports a paragraph moved to another section as one move, not a delete and an insert', () => {
    const result = compare((d) => moveBlock(d, '营商环境持续优化', '综合实力不断增强'));
    expect(result.changes.map(brief)).toEqual([
      {
        kind: 'move',
        node: 'paragraph',
        path: ['一', '（一）'],
        oldPath: ['一', '（二）'],
        before: '营商环境持续优化。推行“一网通办”，市场主体新增2.1万户。',
        after: '营商环境持续优化。推行“一网通办”，市场主体新增2.1万户。',
      },
    ]);
  });

  it('reports a moved and edited paragraph as one move plus one modify', () => {
    const result = compare((d) => replaceText(moveBlock(d, '营商环境持续优化', '综合实力不断增强'), '2.1万户', '2.5万户'));
    expect(result.changes.map((c) => [c.kind, c.path])).toEqual([
      ['move', ['一', '（一）']],
      ['modify', ['一', '（一）']],
    ]);
    expect(result.changes[1].spans!.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: '2.1万户' },
      { op: 'insert', text: '2.5万户' },
    ]);
    expect(result.stats).toEqual({ insert: 0, delete: 0, modify: 1, move: 1 });
  });

  it('reports a moved section as one move of the section, and the renumbering as hidden', () => {
    const move = (d: PMNode) => moveBlock(d, '实施城区品质提升行动', '实施产业质效提升行动');
    expect(compare(move).changes.map(brief)).toEqual([
      {
        kind: 'move',
        node: 'section',
        path: ['二', '（一）'],
        oldPath: ['二', '（三）'],
        before: '实施城区品质提升行动',
        after: '实施城区品质提升行动',
      },
    ]);
    const shown = compare(move, { showRenumber: true });
    expect(shown.changes.filter((c) => c.kind === 'renumber').map((c) => [c.before, c.after, c.after === c.path.at(-1)])).toEqual([
      ['（一）', '（二）', true],
      ['（二）', '（三）', true],
    ]);
    expect(shown.stats).toEqual({ insert: 0, delete: 0, modify: 0, move: 1, renumber: 2 });
  });

  it('reports an inserted section as one insert, and renumbers the sections after it only on request', () => {
    const insert = (d: PMNode) => deleteBlock(d, '实施创新动能提升行动');
    // Inserting is the reverse of deleting: compare the edited draft with the original.
    const old = draft();
    const smaller = insert(old);
    const result = matchedBy === 'id' ? compareDocs(smaller, old) : compareDocs(viaText(smaller), viaText(old));
    expect(result.changes.map(brief)).toEqual([
      {
        kind: 'insert',
        node: 'section',
        path: ['二', '（二）'],
        before: '',
        after: '实施创新动能提升行动\n推进数字经济引强育新。制定数字经济产业创新发展政策，数字经济核心产业增加值增长15%。',
      },
    ]);
    const shown = matchedBy === 'id' ? compareDocs(smaller, old, { showRenumber: true }) : compareDocs(viaText(smaller), viaText(old), { showRenumber: true });
    expect(shown.changes.filter((c) => c.kind === 'renumber').map((c) => [c.path, c.before, c.after])).toEqual([[['二', '（三）'], '（二）', '（三）']]);
  });

  it('reports a deleted section as one delete of the section', () => {
    const result = compare((d) => deleteBlock(d, '改革开放持续深化'));
    expect(result.changes.map((c) => [c.kind, c.node, c.path])).toEqual([['delete', 'section', ['一', '（二）']]]);
    expect(result.changes[0].before.split('\n')).toHaveLength(3);
  });

  it('reports a split paragraph as one modify that inserts a paragraph break', () => {
    const result = compare((d) => splitParagraph(d, '社会消费品零售总额突破500亿元'));
    expect(result.changes).toHaveLength(1);
    const [change] = result.changes;
    expect(change).toMatchObject({ kind: 'modify', detail: 'split', path: ['一', '（一）'], whole: false });
    expect(change.newIds).toHaveLength(2);
    expect(change.spans!.filter((s) => s.op !== 'equal')).toEqual([{ op: 'insert', text: '\n' }]);
  });

  it('reports two merged paragraphs as one modify that removes the paragraph break', () => {
    const result = compare((d) => joinWithNext(d, '营商环境持续优化'));
    expect(result.changes).toHaveLength(1);
    const [change] = result.changes;
    expect(change).toMatchObject({ kind: 'modify', detail: 'merge', path: ['一', '（二）'], whole: false });
    expect(change.oldIds).toHaveLength(2);
    expect(change.spans!.filter((s) => s.op !== 'equal')).toEqual([{ op: 'delete', text: '\n' }]);
  });

  it('does not count spaces, full-width spaces or page-break line breaks as changes', () => {
    const result = compare((d) => {
      let out = replaceText(d, '增长6.5%', '增长 6.5%');
      out = replaceText(out, '突破500亿元', '突破 500 亿元');
      out = replaceText(out, '新增城镇就业', '新增\u3000城镇就业');
      out = replaceText(out, '推进城市有机更新。完成', '推进城市有机更新。完\n成');
      return replaceText(out, '“一网通办”', ' “一网通办” ');
    });
    expect(result.changes).toEqual([]);
  });

  it('does not count blank paragraphs as changes', () => {
    const result = compare((d) => insertParagraphAfter(insertParagraphAfter(d, '就业形势总体稳定', ''), '实施产业质效提升行动', '\u3000'));
    expect(result.changes).toEqual([]);
  });
});

describe('compare: matching', () => {
  it('matches by content drafts whose ids merely coincide', () => {
    // Two drafts built by the same counter share ids block by block, though the blocks differ.
    const old = draft();
    const shifted = insertParagraphAfter(viaText(old), '各位代表：', '这是新加的一段开场白，向代表们问好。');
    expect(compareDocs(viaText(old), shifted).changes.map((c) => c.kind)).toEqual(['insert']);
  });

  it('lists changes in the order of the new draft, deletions where they were', () => {
    let edited = deleteBlock(draft(), '国资国企改革深入推进');
    edited = insertParagraphAfter(edited, '教育事业优质均衡发展', NEW_PARA);
    edited = replaceText(edited, '增长6.5%', '增长7%');
    const old = draft();
    const result = compareDocs(viaText(old), viaText(edited));
    expect(result.changes.map((c) => [c.kind, c.path])).toEqual([
      ['modify', ['一', '（一）']],
      ['delete', ['一', '（二）']],
      ['insert', ['一', '（三）']],
    ]);
  });
});
