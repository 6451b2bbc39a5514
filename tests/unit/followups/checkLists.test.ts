/**
 * 检查设置: the lists of the checks as the dialog reads and writes them in
 * the document's settings (outdated terms, foreign places, indicator
 * synonyms), the checks and the target extractor following the change, and
 * each refused entry with its Chinese reason.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTDATED_TERMS } from '../../../src/core/checks/outdatedTerms.js';
import { runChecks } from '../../../src/core/checks/index.js';
import { message } from '../../../src/core/messages/index.js';
import { extractTargets } from '../../../src/core/targets/extract.js';
import { lexiconFromSettings } from '../../../src/core/targets/lexicon.js';
import { frontMatterText, readCheckLists, writeCheckLists, type CheckLists } from '../../../src/renderer/settings/checkLists.js';
import { CheckListsDraft } from '../../../src/renderer/settings/draft.js';
import { parseSynonyms, type Problem } from '../../../src/renderer/settings/validate.js';
import { doc, occasion, p, part, section, title } from '../../support/builder.js';

const report = () =>
  doc(
    title('政府工作报告'),
    occasion('——2022年1月在武汉市江汉区第十六届人民代表大会上'),
    part('2022年工作安排', section('稳增长', p('洪山区的经验值得学习。卫计委要加强。数字经济增加值增长15%。'))),
  );

const zh = (problem: Problem | null): string | null => (problem ? message(problem.key, 'zh', problem.params) : null);
const rules = (settings: Record<string, unknown>, rule: string) => runChecks(report(), settings).filter((f) => f.rule === rule);

describe('reading and writing the lists in the settings', () => {
  it('reads a document without lists as the default outdated terms and empty lists', () => {
    expect(readCheckLists({})).toEqual({ outdatedTerms: null, foreignPlaces: [], indicators: [] });
  });

  it('reads the lists as the checks do, skipping malformed entries', () => {
    const settings = {
      checks: { outdatedTerms: [{ term: '卫计委', replacement: '卫健委' }, { term: 3 }], foreignPlaces: ['洪山区', '', 7] },
      targets: { indicators: [{ name: '数字经济核心产业增加值', synonyms: ['数字经济增加值', 5] }, { synonyms: [] }] },
    };
    expect(readCheckLists(settings)).toEqual({
      outdatedTerms: [{ term: '卫计委', replacement: '卫健委' }],
      foreignPlaces: ['洪山区'],
      indicators: [{ name: '数字经济核心产业增加值', synonyms: ['数字经济增加值'] }],
    });
  });

  it('writes only its three keys, keeping suppressions, disabled rules and other settings', () => {
    const settings = { author: 'x', checks: { disabledRules: ['spacing'], suppressions: [{ rule: 'estimate' }] }, targets: { other: 1 } };
    const lists: CheckLists = { outdatedTerms: [{ term: '卫计委', replacement: '卫健委' }], foreignPlaces: ['洪山区'], indicators: [{ name: '数字经济核心产业增加值', synonyms: ['数字经济增加值'] }] };
    const next = writeCheckLists(settings, lists);
    expect(next).toEqual({
      author: 'x',
      checks: { disabledRules: ['spacing'], suppressions: [{ rule: 'estimate' }], outdatedTerms: lists.outdatedTerms, foreignPlaces: ['洪山区'] },
      targets: { other: 1, indicators: lists.indicators },
    });
    expect(readCheckLists(next)).toEqual(lists);
    expect(settings.checks).toEqual({ disabledRules: ['spacing'], suppressions: [{ rule: 'estimate' }] });
  });

  it('stores nothing for empty lists and the default outdated terms', () => {
    const full = { checks: { outdatedTerms: [], foreignPlaces: ['洪山区'] }, targets: { indicators: [{ name: '甲乙', synonyms: [] }] } };
    expect(writeCheckLists(full, { outdatedTerms: null, foreignPlaces: [], indicators: [] })).toEqual({});
  });
});

describe('the checks follow the lists', () => {
  it('a foreign place added is found; removed, it is not', () => {
    expect(rules({}, 'foreign-place')).toEqual([]);
    const added = writeCheckLists({}, { outdatedTerms: null, foreignPlaces: ['洪山区'], indicators: [] });
    expect(rules(added, 'foreign-place').map((f) => f.message.zh)).toEqual([expect.stringContaining('洪山区')]);
    expect(rules(writeCheckLists(added, { ...readCheckLists(added), foreignPlaces: [] }), 'foreign-place')).toEqual([]);
  });

  it('the default outdated terms apply until the list is the document’s own; an empty own list finds none', () => {
    expect(rules({}, 'outdated-term')).toHaveLength(1);
    const draft = new CheckListsDraft(readCheckLists({}));
    const index = draft.outdatedTerms.findIndex((t) => t.term === '卫计委');
    draft.removeOutdated(index);
    expect(draft.usingDefaults).toBe(false);
    expect(draft.outdatedTerms).toHaveLength(DEFAULT_OUTDATED_TERMS.length - 1);
    expect(rules(writeCheckLists({}, draft.result()), 'outdated-term')).toEqual([]);
    draft.resetOutdated();
    expect(writeCheckLists({}, draft.result())).toEqual({});
  });

  it('an indicator synonym added makes the extractor see the target', () => {
    const indicators = (settings: Record<string, unknown>) => extractTargets(report(), lexiconFromSettings(settings)).map((t) => t.indicator);
    expect(indicators({})).not.toContain('数字经济核心产业增加值');
    const draft = new CheckListsDraft(readCheckLists({}));
    expect(draft.addIndicator('数字经济核心产业增加值', '数字经济增加值')).toBeNull();
    expect(indicators(writeCheckLists({}, draft.result()))).toContain('数字经济核心产业增加值');
  });
});

describe('the working copy of the dialog', () => {
  it('adds and removes entries, and knows whether anything changed', () => {
    const draft = new CheckListsDraft(readCheckLists({}), frontMatterText(report()));
    expect(draft.changed()).toBe(false);
    expect(draft.addPlace(' 洪山区 ')).toBeNull();
    expect(draft.addOutdated('城镇登记失业率', '城镇调查失业率')).toBeNull();
    expect(draft.changed()).toBe(true);
    expect(draft.foreignPlaces).toEqual(['洪山区']);
    expect(draft.outdatedTerms.at(-1)).toEqual({ term: '城镇登记失业率', replacement: '城镇调查失业率' });
    draft.removePlace(0);
    draft.resetOutdated();
    expect(draft.changed()).toBe(false);
  });

  it('adds synonyms to an indicator of the user’s own by name, and to a default one', () => {
    const draft = new CheckListsDraft(readCheckLists({}));
    expect(draft.addIndicator('数字经济核心产业增加值', '数字经济增加值')).toBeNull();
    expect(draft.addIndicator('数字经济核心产业增加值', '数字核心产业增加值、数字经济增加值')).toBeNull();
    expect(draft.addIndicator('地区生产总值', '区域生产总量')).toBeNull();
    expect(draft.indicators).toEqual([
      { name: '数字经济核心产业增加值', synonyms: ['数字经济增加值', '数字核心产业增加值'] },
      { name: '地区生产总值', synonyms: ['区域生产总量'] },
    ]);
    draft.removeIndicator(0);
    expect(draft.indicators.map((e) => e.name)).toEqual(['地区生产总值']);
  });

  it('splits synonyms at 、，, ; and spaces', () => {
    expect(parseSynonyms('甲乙、丙丁，戊己,庚辛；壬癸 子丑、甲乙')).toEqual(['甲乙', '丙丁', '戊己', '庚辛', '壬癸', '子丑']);
  });
});

describe('entries refused, with the reason in Chinese', () => {
  const draft = () => new CheckListsDraft(readCheckLists({}), frontMatterText(report()));

  it('outdated terms', () => {
    expect(zh(draft().addOutdated('', '卫健委'))).toBe('请填写停用的名称。');
    expect(zh(draft().addOutdated('局', '市场局'))).toBe('“局”只有一个字，会在正文中到处误报；请至少填写两个字。');
    expect(zh(draft().addOutdated('旧名称', ''))).toBe('请填写“旧名称”应改用的名称。');
    expect(zh(draft().addOutdated('旧名称', '旧名称'))).toBe('“旧名称”的新名称与停用名称相同。');
    expect(zh(draft().addOutdated('卫计委', '卫健委'))).toBe('“卫计委”已在停用名称中。');
    expect(zh(draft().addOutdated('计生委', '原计生委职能'))).toBe('新名称“原计生委职能”中含有停用名称“计生委”，替换后仍会被提示。');
    expect(zh(draft().addOutdated('经信委', '经信委（经信局）'))).toBeNull();
    expect(zh(draft().addOutdated('甲'.repeat(31), '乙乙'))).toBe(`“${'甲'.repeat(31)}”太长：最多 30 个字。`);
  });

  it('foreign places', () => {
    expect(zh(draft().addPlace('  '))).toBe('请填写地名。');
    expect(zh(draft().addPlace('洪山 区'))).toBe('“洪山 区”中不应有标点或空格。');
    expect(zh(draft().addPlace('江汉区'))).toBe('“江汉区”出现在本报告的标题或会议名称中，是本地地名，不能列为外地地名。');
    const d = draft();
    d.addPlace('洪山区');
    expect(zh(d.addPlace('洪山区'))).toBe('“洪山区”已在外地地名中。');
  });

  it('indicator synonyms', () => {
    expect(zh(draft().addIndicator('', 'GDP'))).toBe('请填写指标名称。');
    expect(zh(draft().addIndicator('地区生产总值', 'GDP'))).toBe('“地区生产总值”已在指标词表中；请填写要为它增加的别名。');
    expect(zh(draft().addIndicator('金融业增加值', 'GDP'))).toBe('“GDP”已是指标“地区生产总值”的名称或别名。');
    expect(zh(draft().addIndicator('GDP', '本地产值'))).toBe('“GDP”已是指标“地区生产总值”的名称或别名。');
    expect(zh(draft().addIndicator('数字经济', '数字经济'))).toBe('别名“数字经济”与指标名称相同。');
    expect(zh(draft().addIndicator('数字经济、规模', ''))).toBe('“数字经济、规模”中不应有标点或空格。');
    expect(zh(draft().addIndicator('数字经济规模', ''))).toBeNull();
  });

  it('in English too', () => {
    const wrong = draft().addPlace('江汉区')!;
    expect(message(wrong.key, 'en', wrong.params)).toBe('"江汉区" appears in the title or occasion of this report: it is local, not foreign.');
    expect(wrong.field).toBe('place');
  });
});
