import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaogao } from '../../../src/core/format/caogaoFile.js';
import { fromChineseNumeral } from '../../../src/core/numerals.js';
import { outlineOf } from '../../../src/core/outline.js';
import { docToText } from '../../../src/core/plainText.js';
import { repoRoot } from '../../support/corpus.js';

const load = (name: string) => parseCaogao(readFileSync(join(repoRoot, 'templates', `${name}.caogao`), 'utf8'), `${name}.caogao`);

describe('templates', () => {
  it('the blank report has the usual skeleton', () => {
    const outline = outlineOf(load('blank').doc);
    expect(outline.title).toBe('政府工作报告');
    expect(outline.parts.map((p) => p.title)).toEqual(['过去一年工作回顾', '今年工作的总体要求和主要预期目标', '今年重点工作', '政府自身建设']);
    expect(docToText(load('blank').doc)).toContain('附件\n\n名词解释');
  });

  describe('the sample report', () => {
    const { doc } = load('sample');
    const outline = outlineOf(doc);
    const text = docToText(doc, { withNumbers: false });

    it('has a targets summary that the body restates', () => {
      expect(outline.targetSummary).toContain('城镇新增就业1.2万人以上');
      expect(text.split('城镇新增就业1.2万人以上').length - 1).toBe(2);
    });

    it('has a counted phrase that matches the sections after it', () => {
      const counted = /“([一二三四五六七八九十]+)大提升行动”/.exec(text)!;
      const tasks = outline.parts.find((p) => p.title === '2027年重点工作')!;
      expect(fromChineseNumeral(counted[1])).toBe(tasks.sections!.length);
    });

    it('uses every glossary term in the body, in the order of the glossary', () => {
      const body = text.slice(0, text.indexOf('名词解释'));
      const firstUse = outline.glossary.map((g) => body.indexOf(g.term));
      expect(firstUse.every((i) => i >= 0)).toBe(true);
      expect([...firstUse].sort((a, b) => a - b)).toEqual(firstUse);
    });
  });
});
