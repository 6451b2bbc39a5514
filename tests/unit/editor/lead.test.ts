import { describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { firstSentenceLength, leadActive, toggleLead } from '../../../src/renderer/commands/lead.js';
import { toggleTargetSummary, targetSummaryActive } from '../../../src/renderer/commands/targetSummary.js';
import { doc, p, part, section, summary } from '../../support/builder.js';
import { body, cursorAt, must, posOf, run, stateOf } from './helpers.js';

describe('toggleLead (Ctrl+B, 段首句)', () => {
  const d = () => doc(part('安排', section('行动', p('产业加快升级。全年新增企业100家。'))));

  it('marks the first sentence of the paragraph at the cursor', () => {
    const next = must(cursorAt(stateOf(d()), '全年'), toggleLead);
    expect(body(next.doc)).toContain('p [产业加快升级。]全年新增企业100家。');
    expect(leadActive(next)).toBe(true);
  });

  it('takes the mark off when the first sentence is already marked', () => {
    const once = must(cursorAt(stateOf(d()), '全年'), toggleLead);
    const twice = must(once, toggleLead);
    expect(body(twice.doc)).toContain('p 产业加快升级。全年新增企业100家。');
    expect(leadActive(twice)).toBe(false);
  });

  it('marks the whole paragraph when it has no sentence end', () => {
    const next = must(cursorAt(stateOf(doc(part('安排', p('没有句号的段落')))), '句号'), toggleLead);
    expect(body(next.doc)).toContain('p [没有句号的段落]');
  });

  it('toggles the mark on a selection, as Ctrl+B does in Word', () => {
    const s = stateOf(d());
    const from = posOf(s.doc, '全年');
    const sel = s.apply(s.tr.setSelection(TextSelection.create(s.doc, from, from + 4)));
    const next = must(sel, toggleLead);
    expect(body(next.doc)).toContain('p 产业加快升级。[全年新增]企业100家。');
  });

  it('does not apply in a heading', () => {
    expect(run(cursorAt(stateOf(d()), '行动'), toggleLead)).toBeNull();
  });

  it('counts a closing quote after the end mark as part of the sentence', () => {
    expect(firstSentenceLength('打造“创新高地。”其后')).toBe('打造“创新高地。”'.length);
  });
});

describe('toggleTargetSummary (主要预期目标)', () => {
  it('marks the paragraph at the cursor and unmarks the one marked before', () => {
    const d = doc(part('要求', summary('旧的目标。'), p('主要预期目标是：增长7%。')));
    const next = must(cursorAt(stateOf(d), '增长7%'), toggleTargetSummary);
    expect(body(next.doc)).toBe('一、要求\n  p 旧的目标。\n  p 主要预期目标是：增长7%。 (主要预期目标)');
    expect(targetSummaryActive(next)).toBe(true);
  });

  it('unmarks the marked paragraph', () => {
    const d = doc(part('要求', summary('目标。')));
    const next = must(cursorAt(stateOf(d), '目标'), toggleTargetSummary);
    expect(body(next.doc)).toBe('一、要求\n  p 目标。');
  });

  it('does not apply in a heading', () => {
    expect(run(cursorAt(stateOf(doc(part('要求', p('x')))), '要求'), toggleTargetSummary)).toBeNull();
  });
});
