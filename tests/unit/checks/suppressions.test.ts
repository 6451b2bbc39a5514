import { beforeEach, describe, expect, it } from 'vitest';
import { Checker, runChecks, suppressFinding, unsuppressFinding } from '../../../src/core/checks/index.js';
import { reportSchema } from '../../../src/core/schema.js';
import { Transform } from 'prosemirror-transform';
import { doc, p, resetIds } from '../../support/builder.js';

describe('suppressions', () => {
  beforeEach(resetIds);

  const d = () => doc(p('推进改革,加强监管;提升效能。', { id: 'a' }));

  it('hides a suppressed finding and keeps who and why in the settings', () => {
    const [first, second] = runChecks(d());
    const settings = suppressFinding({ other: 1 }, first, '李审校', '引文照录原文', '2022-01-01T00:00:00.000Z');
    expect(settings).toEqual({
      other: 1,
      checks: { suppressions: [{ rule: 'punctuation-halfwidth', blockId: 'a', text: ',', who: '李审校', why: '引文照录原文', at: '2022-01-01T00:00:00.000Z' }] },
    });
    expect(runChecks(d(), settings)).toEqual([second]);
  });

  it('returns suppressed findings marked, when asked, so they can be re-enabled', () => {
    const [first] = runChecks(d());
    const settings = suppressFinding({}, first, '李审校', '引文');
    const all = runChecks(d(), settings, { includeSuppressed: true });
    expect(all[0].suppressed).toMatchObject({ who: '李审校', why: '引文' });
    expect(runChecks(d(), unsuppressFinding(settings, all[0]))).toHaveLength(2);
  });

  it('brings the finding back when its text changes', () => {
    const original = d();
    const [first] = runChecks(original);
    const settings = suppressFinding({}, first, '李审校', '引文');
    const checker = new Checker(settings);
    expect(checker.check(original)).toHaveLength(1);
    // Replace the suppressed "," by ";": a different finding text.
    const at = original.child(0).nodeSize + 1;
    const edited = new Transform(original).replaceWith(at + first.from, at + first.to, reportSchema.text(';')).doc;
    expect(edited.child(1).textContent).toBe('推进改革;加强监管;提升效能。');
    expect(checker.update(edited, ['a']).map((f) => [f.from, f.text])).toEqual([
      [4, ';'],
      [9, ';'],
    ]);
  });

  it('reads disabled rules from the settings', () => {
    expect(runChecks(d(), { checks: { disabledRules: ['punctuation-halfwidth'] } })).toEqual([]);
  });
});
