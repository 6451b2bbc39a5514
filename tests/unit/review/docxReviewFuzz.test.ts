/**
 * Import never fails because of review markup alone, and never loses text:
 * drafts whose paragraphs carry random tracked changes (nested either way,
 * authors missing), comment ranges opened and closed in any order or not at
 * all, references to comments that exist or not, and a commentsExtended.xml
 * pointing anywhere, import with every character of every paragraph, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listComments } from '../../../src/core/review/index.js';
import { importDocx } from '../../../src/node/import/docx.js';
import { buildDocx, commentsXml, extendedXml, r, wp } from '../../support/docxFixture.js';

const DATE = '2026-03-01T08:00:00Z';
const words = fc.constantFrom('经济增长', '5%左右', '，', '城镇新增就业', '1.2万人', '。', '加快建设', 'GDP');
const author = fc.option(fc.constantFrom('甲', '乙', ''), { nil: undefined });

/** One piece of a paragraph: text, or text in a change (maybe inside another), or a comment mark. */
const piece = fc.oneof(
  words.map((w) => ({ xml: r(w), text: w })),
  fc.record({ w: words, a: author, id: fc.nat(50) }).map(({ w, a, id }) => ({ xml: `<w:ins w:id="${id}"${a === undefined ? '' : ` w:author="${a}"`} w:date="${DATE}">${r(w)}</w:ins>`, text: w })),
  fc.record({ w: words, a: author, id: fc.nat(50) }).map(({ w, a, id }) => ({
    xml: `<w:del w:id="${id}"${a === undefined ? '' : ` w:author="${a}"`} w:date="${DATE}"><w:r><w:delText>${w}</w:delText></w:r></w:del>`,
    text: w,
  })),
  fc.record({ w: words, v: words }).map(({ w, v }) => ({
    xml: `<w:ins w:id="1" w:author="甲" w:date="${DATE}">${r(w)}<w:del w:id="2" w:author="乙" w:date="${DATE}"><w:r><w:delText>${v}</w:delText></w:r></w:del></w:ins>`,
    text: w + v,
  })),
  fc.nat(6).map((id) => ({ xml: `<w:commentRangeStart w:id="${id}"/>`, text: '' })),
  fc.nat(6).map((id) => ({ xml: `<w:commentRangeEnd w:id="${id}"/>`, text: '' })),
  fc.nat(6).map((id) => ({ xml: `<w:r><w:commentReference w:id="${id}"/></w:r>`, text: '' })),
);

describe('broken review markup, at random', () => {
  it('imports every time, with the text of every paragraph whole and in order', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(piece, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.record({ a: author, parent: fc.option(fc.nat(8), { nil: undefined }) }), { maxLength: 5 }),
        async (paragraphs, comments) => {
          const body = [wp(r('政府工作报告')), wp(r('一、工作回顾')), ...paragraphs.map((ps) => wp(...ps.map((p) => p.xml)))].join('');
          const parts = {
            body,
            comments: commentsXml(comments.map((c, i) => ({ id: i, author: c.a, date: DATE, text: `意见${i}`, paraId: `0D00000${i}` }))),
            extended: extendedXml(comments.map((c, i) => ({ paraId: `0D00000${i}`, ...(c.parent === undefined ? {} : { parent: `0D00000${c.parent}` }) }))),
          };
          const result = await importDocx(await buildDocx(parts), '随机.docx');
          const text = result.doc.textContent;
          let at = 0;
          for (const ps of paragraphs) {
            const own = ps.map((p) => p.text).join('');
            const found = text.indexOf(own, at);
            expect(found, own).toBeGreaterThanOrEqual(0);
            at = found + own.length;
          }
          // Comments past what the markup can place are kept, never more than the file has; each one readable.
          const list = listComments(result.comments ?? [], result.doc);
          expect(list.length + list.reduce((n, c) => n + c.replies.length, 0)).toBe(comments.length);
          expect(result.notices.filter((n) => n.code === 'import-review-problems').length).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
