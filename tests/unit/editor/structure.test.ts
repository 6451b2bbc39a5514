/**
 * The flat body and its rebuild (src/renderer/structure): the tree read as a
 * list and built back gives the same document, and a structural change is
 * written as a step no wider than the containers it touched.
 */
import { describe, expect, it } from 'vitest';
import { ReplaceStep } from 'prosemirror-transform';
import { buildBody } from '../../../src/renderer/structure/build.js';
import { flattenBody } from '../../../src/renderer/structure/entries.js';
import { setHeading } from '../../../src/renderer/commands/headingLevel.js';
import { importText } from '../../../src/core/import/text.js';
import { reportSchema } from '../../../src/core/schema.js';
import { doc, p, part, section, item, annex, entry, salutation, title } from '../../support/builder.js';
import { cursorAt, stateOf } from './helpers.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const REAL = resolve(import.meta.dirname, '../../../../shared/corpus/jianghan-2022-report.txt');

function roundTrip(d: ReturnType<typeof doc>) {
  const flat = flattenBody(d);
  const children: typeof flat.entries[number]['node'][] = [];
  d.forEach((c) => children.push(c));
  const rebuilt = [...children.slice(0, flat.startIndex), ...buildBody(flat.entries), ...children.slice(flat.endIndex)];
  return reportSchema.node('doc', null, rebuilt);
}

describe('flat body', () => {
  it('reads and rebuilds a report with preamble, closing paragraphs, items and an annex unchanged', () => {
    const d = doc(
      title('政府工作报告'),
      salutation(),
      p('序言。'),
      part('回顾', p('引言。'), section('甲', p('一。'), item('细目', p('细。')), p('节尾。')), p('部分尾。')),
      part('安排', section('乙')),
      annex('名词解释', entry('六稳', '稳就业。')),
    );
    expect(roundTrip(d).eq(d)).toBe(true);
  });

  it('reads and rebuilds the real report unchanged', () => {
    const d = importText(readFileSync(REAL, 'utf8')).doc;
    expect(roundTrip(d).eq(d)).toBe(true);
  });

  it('writes a new section in part 三 of the real report as a step inside that part only', () => {
    const d = importText(readFileSync(REAL, 'utf8')).doc;
    const state = cursorAt(stateOf(d), '创新招商引资工作。');
    let step: ReplaceStep | null = null;
    setHeading(2)(state, (tr) => {
      expect(tr.steps).toHaveLength(1);
      step = tr.steps[0] as ReplaceStep;
    });
    const partThree = d.child(d.childCount - 2);
    let partStart = 0;
    d.forEach((c, offset) => {
      if (c === partThree) partStart = offset;
    });
    expect(step).not.toBeNull();
    expect(step!.from).toBeGreaterThan(partStart);
    expect(step!.to).toBeLessThan(partStart + partThree.nodeSize);
    // Only section （二）, now split in two, is replaced: far less than the part.
    expect(step!.to - step!.from).toBeLessThan(partThree.nodeSize / 4);
  });
});
