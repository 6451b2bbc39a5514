import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { Checker, runChecks, type Finding } from '../../../src/core/checks/index.js';
import { importText } from '../../../src/core/import/text.js';
import { reportSchema } from '../../../src/core/schema.js';
import { doc, p, part, resetIds, section } from '../../support/builder.js';

const REPORT = readFileSync(new URL('../../../../shared/corpus/jianghan-2022-report.txt', import.meta.url), 'utf8');

/** Insert text at offset `at` of the block with that id. */
function typeInto(d: PMNode, blockId: string, at: number, text: string): PMNode {
  let pos = -1;
  d.descendants((node, p) => {
    if (node.attrs.id === blockId) pos = p;
    return pos < 0;
  });
  return new Transform(d).insert(pos + 1 + at, reportSchema.text(text)).doc;
}

const key = (f: Finding) => `${f.rule}|${f.blockId}|${f.from}|${f.to}|${f.path.join('')}|${f.message.zh}`;

describe('Checker', () => {
  beforeEach(resetIds);

  it('after typing in one paragraph, runs the block rules on that block only', () => {
    const d = doc(part('工作', section('甲', p('推进改革。', { id: 'a' }), p('加强监管。', { id: 'b' }))));
    const checker = new Checker();
    checker.check(d);
    const found = checker.update(typeInto(d, 'b', 2, ',,'), ['b']);
    expect(checker.stats).toMatchObject({ full: false, blocks: 1 });
    expect(found.map((f) => f.rule)).toContain('punctuation-halfwidth');
  });

  it('re-runs a document rule only when the edit matters to it', () => {
    const d = doc(part('2022年工作安排', p('重点实施“三大行动”：', { id: 'intro' }), section('甲', p('推进改革。', { id: 'a' })), section('乙', p('加强监管。'))));
    const checker = new Checker();
    expect(checker.check(d).filter((f) => f.rule === 'count-mismatch').map((f) => f.from)).toEqual([4]);
    const typedElsewhere = checker.update(typeInto(d, 'a', 0, '继续'), ['a']);
    expect(checker.stats.documentRules).not.toContain('count-mismatch');
    expect(typedElsewhere.filter((f) => f.rule === 'count-mismatch').map((f) => f.from)).toEqual([4]);
    const typedBefore = checker.update(typeInto(d, 'intro', 0, '全力'), ['intro']);
    expect(checker.stats.documentRules).toContain('count-mismatch');
    expect(typedBefore.filter((f) => f.rule === 'count-mismatch').map((f) => f.from)).toEqual([6]);
  });

  it('gives the same findings as a full check, whatever is typed where (real report)', () => {
    const base = importText(REPORT, { newId: (() => { let n = 0; return () => `r${++n}`; })() }).doc;
    const ids: string[] = [];
    base.descendants((node) => {
      if (node.isTextblock) ids.push(node.attrs.id as string);
      return !node.isTextblock;
    });
    const snippets = [',', '。。', ' ', '“', '新增就业2万人', '八大提升行动：', '六稳', '2023年，是', '预计增长5%', '农民人均纯收入', '改 革'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(ids.length - 1), fc.nat(30), fc.constantFrom(...snippets)), { minLength: 1, maxLength: 4 }),
        (edits) => {
          const checker = new Checker();
          let d = base;
          checker.check(d);
          for (const [i, at, text] of edits) {
            const id = ids[i];
            let size = 0;
            d.descendants((n) => {
              if (n.attrs.id === id) size = n.content.size;
              return true;
            });
            d = typeInto(d, id, Math.min(at, size), text);
            checker.update(d, [id]);
          }
          expect(checker.findings.map(key)).toEqual(runChecks(d).map(key));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps paths current when a section is inserted before a finding', () => {
    const d = doc(part('工作', section('甲', p('推进改革,加强监管。', { id: 'a' }))));
    const checker = new Checker();
    expect(checker.check(d)[0].path).toEqual(['一', '（一）']);
    const inserted = new Transform(d).insert(d.child(1).child(0).nodeSize + d.child(0).nodeSize + 1, section('新', p('新段落。'))).doc;
    expect(checker.update(inserted)[0].path).toEqual(['一', '（二）']);
  });
});
