import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../src/node/import/docx.js';
import { exportDocx } from '../../../src/node/export/docx.js';
import { Transform } from 'prosemirror-transform';
import { listComments, finalDoc, mapCommentAnchors, originalDoc } from '../../../src/core/review/index.js';
import { buildDocx, cend, commentsXml, cstart, extendedXml, r, wdel, wins, wp } from '../../support/docxFixture.js';
import { commentsOf, D1, D2, EXPECTED_COMMENTS, EXPECTED_SUGGESTIONS, reviewedDocx, suggestionsOf } from '../../support/reviewedDocx.js';

describe('a reviewed .docx', () => {
  it('imports its tracked changes as suggestions and its comments anchored to their text, nothing accepted', async () => {
    const { doc, comments, notices } = await importDocx(await reviewedDocx(), '审阅稿.docx');
    expect(suggestionsOf(doc)).toEqual(EXPECTED_SUGGESTIONS);
    expect(commentsOf(comments!, doc)).toEqual(EXPECTED_COMMENTS);
    // Both states are there: the reviewer's final text and the draft as it was sent.
    expect(finalDoc(doc).textContent).toContain('全年地区生产总值增长5.5%，城镇新增就业1.2万人。');
    expect(originalDoc(doc).textContent).toContain('经济增长，居民收入稳步增长。');
    expect(notices.map((n) => n.code)).toContain('import-review-kept');
    expect(notices.map((n) => n.code)).not.toContain('import-tracked-changes');
    expect(notices.map((n) => n.code)).not.toContain('import-review-problems');
  });

  it('exports them to .docx and imports them again unchanged', async () => {
    const first = await importDocx(await reviewedDocx(), '审阅稿.docx');
    const bytes = await exportDocx(first.doc, first.comments);
    const again = await importDocx(bytes, '导出.docx');
    expect(suggestionsOf(again.doc)).toEqual(EXPECTED_SUGGESTIONS);
    expect(commentsOf(again.comments!, again.doc)).toEqual(EXPECTED_COMMENTS);
    expect(again.doc.textContent).toBe(first.doc.textContent);
  });
});

describe('comments on deleted text in the .docx export', () => {
  it('stand on their place, say 原文已删除 with the quote, and come back as comments', async () => {
    const first = await importDocx(await reviewedDocx(), '审阅稿.docx');
    const at = first.doc.textContent.indexOf('城镇新增就业');
    let pos = -1;
    first.doc.descendants((node, p) => {
      if (pos < 0 && node.isText && node.text!.includes('城镇新增就业')) pos = p + node.text!.indexOf('城镇新增就业');
      return pos < 0;
    });
    expect(at).toBeGreaterThan(0);
    const tr = new Transform(first.doc).delete(pos, pos + '城镇新增就业1.2万人'.length);
    const comments = mapCommentAnchors(first.comments!, tr);
    expect(comments[0].anchor.deleted).toBe(true);
    const again = await importDocx(await exportDocx(tr.doc, comments), '导出.docx');
    const list = listComments(again.comments!, again.doc);
    expect(list).toHaveLength(3);
    expect(list[0].text).toBe('请核实就业数。\n（原文已删除：“城镇新增就业1.2万人”）');
    expect(list[0].anchorText).toBe('');
    expect(list[0].path).toEqual(['一']);
  });
});

describe('broken review markup in a .docx', () => {
  const para = (...runs: string[]) => [wp(r('政府工作报告')), wp(r('一、工作回顾')), wp(...runs)].join('');
  const problemsOf = (notices: { code: string; zh: string }[]) => notices.filter((n) => n.code === 'import-review-problems');

  it('a comment range without its end: kept, to the paragraph end, and said once', async () => {
    const body = para(r('全年'), cstart(0), r('增长6%'), r('。'));
    const { doc, comments, notices } = await importDocx(await buildDocx({ body, comments: commentsXml([{ id: 0, author: '甲', date: D1, text: '核实', paraId: '1' }]) }), 'a.docx');
    expect(doc.textContent).toContain('全年增长6%。');
    expect(listComments(comments!, doc).map((c) => c.anchorText)).toEqual(['增长6%。']);
    expect(problemsOf(notices)).toHaveLength(1);
    expect(problemsOf(notices)[0].zh).toContain('1 条批注的范围没有结尾');
  });

  it('a reference to a comment that does not exist: dropped, the text whole', async () => {
    const body = para(r('全年'), cstart(7), r('增长6%'), cend(7), r('。'));
    const { doc, comments, notices } = await importDocx(await buildDocx({ body, comments: commentsXml([]) }), 'b.docx');
    expect(doc.textContent).toContain('全年增长6%。');
    expect(comments ?? []).toEqual([]);
    expect(problemsOf(notices)[0].zh).toContain('1 处批注标记指向不存在的批注');
  });

  it('a deletion inside an insertion: both kept, the text whole', async () => {
    const body = para(r('全年'), `<w:ins w:id="1" w:author="甲" w:date="${D1}">${r('增长')}${wdel(2, '乙', D2, '6%')}</w:ins>`, r('。'));
    const { doc, notices } = await importDocx(await buildDocx({ body }), 'c.docx');
    expect(doc.textContent).toContain('全年增长6%。');
    expect(suggestionsOf(doc).map((s) => [s.kind, s.author, s.text])).toEqual([
      ['insert', '甲', '增长6%'],
      ['delete', '乙', '6%'],
    ]);
    expect(finalDoc(doc).textContent).toContain('全年增长。');
    expect(originalDoc(doc).textContent).toContain('全年。');
    expect(problemsOf(notices)[0].zh).toContain('删除修订位于插入修订之内');
  });

  it('an author missing: kept as 未署名 and said', async () => {
    const body = para(r('全年'), wins(1, undefined, D1, '增长'), cstart(0), r('6%'), cend(0), r('。'));
    const { doc, comments, notices } = await importDocx(await buildDocx({ body, comments: commentsXml([{ id: 0, date: D1, text: '核实', paraId: '1' }]) }), 'd.docx');
    expect(suggestionsOf(doc).map((s) => [s.kind, s.author, s.text])).toEqual([['insert', '', '增长']]);
    expect(listComments(comments!, doc).map((c) => [c.author, c.anchorText])).toEqual([['', '6%']]);
    expect(problemsOf(notices)[0].zh).toContain('2 处修订或批注没有作者');
  });

  it('a commentsExtended.xml that points nowhere: the reply kept as a comment of its own', async () => {
    const body = para(r('全年'), cstart(0), r('增长6%'), cend(0), r('。'));
    const comments = commentsXml([
      { id: 0, author: '甲', date: D1, text: '核实', paraId: '0B000001' },
      { id: 1, author: '乙', date: D2, text: '已核实', paraId: '0B000002' },
    ]);
    const extended = extendedXml([{ paraId: '0B000002', parent: '0BFFFFFF' }, { paraId: '0C000009' }]);
    const result = await importDocx(await buildDocx({ body, comments, extended }), 'e.docx');
    const list = listComments(result.comments!, result.doc);
    // The reply had no range of its own: it stands at the start of the report.
    expect(list.map((c) => [c.author, c.text, c.replies.length, c.path])).toEqual([
      ['乙', '已核实', 0, []],
      ['甲', '核实', 0, ['一']],
    ]);
    expect(problemsOf(result.notices)).toHaveLength(1);
    expect(problemsOf(result.notices)[0].zh).toContain('commentsExtended.xml 中 2 项指向不存在的批注');
    expect(problemsOf(result.notices)[0].zh).toContain('1 条批注在正文中没有位置');
  });

  it('all of it at once: one notice, the text whole', async () => {
    const body = para(r('全年'), cstart(0), cstart(9), `<w:ins w:id="1" w:date="${D1}">${r('增长')}${wdel(2, '乙', D2, '6%')}</w:ins>`, r('。'));
    const { doc, notices } = await importDocx(await buildDocx({ body, comments: commentsXml([{ id: 0, author: '甲', date: D1, text: '核实', paraId: '1' }]), extended: extendedXml([{ paraId: '5', parent: '6' }]) }), 'f.docx');
    expect(doc.textContent).toContain('全年增长6%。');
    const problems = problemsOf(notices);
    expect(problems).toHaveLength(1);
    for (const part of ['没有结尾', '不存在的批注', '插入修订之内', '没有作者', 'commentsExtended.xml']) expect(problems[0].zh).toContain(part);
  });
});
