import { describe, expect, it } from 'vitest';
import { applyFix, runChecks } from '../../../src/core/checks/index.js';
import { caretInNewDefinition } from '../../../src/renderer/commands/glossary.js';
import { annex, doc, entry, p, part } from '../../support/builder.js';
import { stateOf } from './helpers.js';

describe('加入名词解释 quick fix', () => {
  it('puts the caret in the new entry’s definition, and the empty definition is a finding until written', () => {
    const d = doc(part('工作', p('实施“六稳”“六保”，推进“三化”改造。'), p('深化“三化”改造。')), annex('名词解释', entry('六稳', '稳就业。'), entry('六保', '保居民就业。')));
    const candidate = runChecks(d, {}, { rules: ['glossary-candidate'] }).find((f) => f.fix?.glossaryEntry);
    expect(candidate, 'a glossary-candidate finding with a fix').toBeDefined();
    const fix = candidate!.fix!;
    const state = stateOf(d);
    const tr = caretInNewDefinition(applyFix(state.tr, fix), state.doc, fix.glossaryEntry!.term);
    const next = state.apply(tr);
    const $caret = next.selection.$from;
    expect(next.selection.empty).toBe(true);
    expect($caret.parent.type.name).toBe('glossaryDefinition');
    expect($caret.node($caret.depth - 1).firstChild!.textContent).toBe(fix.glossaryEntry!.term);
    expect(runChecks(next.doc, {}, { rules: ['glossary-empty'] }).map((f) => f.text)).toEqual([fix.glossaryEntry!.term]);
    const written = next.apply(next.tr.insertText('工业化、信息化、绿色化。'));
    expect(runChecks(written.doc, {}, { rules: ['glossary-empty'] })).toEqual([]);
  });
});
