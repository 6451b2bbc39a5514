/** The reviewed draft of the .docx review tests, built from XML, and what Caogao must read from it. */
import type { Node as PMNode } from 'prosemirror-model';
import { listComments, listSuggestions } from '../../src/core/review/index.js';
import type { ReviewComment } from '../../src/core/review/comments.js';
import { buildDocx, cend, commentsXml, cstart, extendedXml, r, wdel, wins, wp } from './docxFixture.js';

export const D1 = '2026-03-01T08:00:00Z';
export const D2 = '2026-03-02T09:30:00Z';

/** A draft two reviewers marked up in Word: 甲 and 乙 each inserted and deleted; three comments, one answered. */
export function reviewedDocx() {
  const body = [
    wp(r('政府工作报告')),
    wp(r('各位代表：')),
    wp(r('一、过去一年工作回顾')),
    wp(r('全年地区生产总值增长'), wdel(1, '甲', D1, '6%'), wins(2, '乙', D2, '5.5%'), r('，'), cstart(0), r('城镇新增就业1.2万人'), cend(0), r('。')),
    wp(r('二、今年工作安排')),
    wp(r('（一）稳增长')),
    wp(r('经济增长'), cstart(1), wins(3, '甲', D1, '5%左右'), cend(1), r('，'), wdel(4, '乙', D2, '居民收入稳步增长'), r('。'), cstart(2), r('加快建设公共停车场'), cend(2), r('。')),
  ].join('');
  const comments = commentsXml([
    { id: 0, author: '王五', initials: 'WW', date: D1, text: '请核实就业数。', paraId: '0A000001' },
    { id: 1, author: '张三', initials: 'ZS', date: D1, text: '目标是否偏低？', paraId: '0A000002' },
    { id: 2, author: '张三', initials: 'ZS', date: D2, text: '补充充电设施。', paraId: '0A000003' },
    { id: 3, author: '李四', initials: 'LS', date: D2, text: '与省里口径一致。', paraId: '0A000004' },
  ]);
  const extended = extendedXml([{ paraId: '0A000001' }, { paraId: '0A000002' }, { paraId: '0A000003', done: true }, { paraId: '0A000004', parent: '0A000002' }]);
  return buildDocx({ body, comments, extended });
}

export const suggestionsOf = (doc: PMNode) => listSuggestions(doc).map(({ kind, author, date, text, path }) => ({ kind, author, date: new Date(date).toISOString(), text, path }));

export const commentsOf = (comments: ReviewComment[], doc: PMNode) =>
  listComments(comments, doc).map((c) => ({
    author: c.author,
    date: new Date(c.date).toISOString(),
    text: c.text,
    anchor: c.anchorText,
    path: c.path,
    resolved: c.resolved,
    replies: c.replies.map(({ author, text, date }) => ({ author, text, date: new Date(date).toISOString() })),
  }));

export const EXPECTED_SUGGESTIONS = [
  { kind: 'delete', author: '甲', date: '2026-03-01T08:00:00.000Z', text: '6%', path: ['一'] },
  { kind: 'insert', author: '乙', date: '2026-03-02T09:30:00.000Z', text: '5.5%', path: ['一'] },
  { kind: 'insert', author: '甲', date: '2026-03-01T08:00:00.000Z', text: '5%左右', path: ['二', '（一）'] },
  { kind: 'delete', author: '乙', date: '2026-03-02T09:30:00.000Z', text: '居民收入稳步增长', path: ['二', '（一）'] },
];

export const EXPECTED_COMMENTS = [
  { author: '王五', date: '2026-03-01T08:00:00.000Z', text: '请核实就业数。', anchor: '城镇新增就业1.2万人', path: ['一'], resolved: false, replies: [] },
  {
    author: '张三',
    date: '2026-03-01T08:00:00.000Z',
    text: '目标是否偏低？',
    anchor: '5%左右',
    path: ['二', '（一）'],
    resolved: false,
    replies: [{ author: '李四', text: '与省里口径一致。', date: '2026-03-02T09:30:00.000Z' }],
  },
  { author: '张三', date: '2026-03-02T09:30:00.000Z', text: '补充充电设施。', anchor: '加快建设公共停车场', path: ['二', '（一）'], resolved: true, replies: [] },
];

