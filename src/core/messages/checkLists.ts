/**
 * Messages of the check settings dialog (检查设置): the lists the checks read
 * from the document's settings — outdated terms, foreign place names and
 * indicator synonyms — and what is wrong with an entry.
 */
export const checkListsMessages = {
  'settings-command': { zh: '检查设置…', en: 'Check Settings…' },
  'settings-open-tip': {
    zh: '编辑本文档的停用名称、外地地名和指标别名',
    en: "Edit this document's outdated terms, foreign place names and indicator synonyms",
  },
  'settings-title': { zh: '检查设置', en: 'Check settings' },
  'settings-intro': {
    zh: '这些词表保存在本文档中，随文件一起保存；更改后检查立即重新运行。',
    en: 'These lists are kept in this document and saved with the file; the checks run again when they change.',
  },
  'settings-outdated-title': { zh: '已停用的名称', en: 'Outdated terms' },
  'settings-outdated-hint': {
    zh: '正文出现停用名称时提示改用新名称，并可一键替换。',
    en: 'When the text uses an outdated term, the checks suggest the new one, with a quick fix.',
  },
  'settings-outdated-defaults': { zh: '正在使用默认词表。', en: 'Using the default list.' },
  'settings-outdated-reset': { zh: '恢复默认词表', en: 'Restore the default list' },
  'settings-term': { zh: '停用名称', en: 'Outdated term' },
  'settings-replacement': { zh: '应改用', en: 'Use instead' },
  'settings-places-title': { zh: '外地地名', en: 'Foreign place names' },
  'settings-places-hint': {
    zh: '其他地区的地名，出现在报告中多半是从别处报告复制而来。没有默认词表。',
    en: 'Places of other jurisdictions: in this report they are usually text copied from another report. There is no default list.',
  },
  'settings-place': { zh: '地名', en: 'Place name' },
  'settings-indicators-title': { zh: '指标别名', en: 'Indicator synonyms' },
  'settings-indicators-hint': {
    zh: '指标提取把别名视为同一指标（如“GDP”即“地区生产总值”）。填写已有指标的名称，可为它增加别名；也可以新增指标。',
    en: 'The target extractor takes a synonym for the same indicator ("GDP" is 地区生产总值). Name an existing indicator to add synonyms to it, or add a new one.',
  },
  'settings-indicator-name': { zh: '指标名称', en: 'Indicator' },
  'settings-indicator-synonyms': { zh: '别名（用顿号分隔）', en: 'Synonyms (separated by 、 or commas)' },
  'settings-add': { zh: '添加', en: 'Add' },
  'settings-remove': { zh: '删除', en: 'Remove' },
  'settings-list-empty': { zh: '（无）', en: '(none)' },
  'settings-readonly': { zh: '文件为只读，设置不能更改。', en: 'The file is read-only; the settings cannot be changed.' },
  'settings-applied': { zh: '检查设置已更改，检查已重新运行。', en: 'Check settings changed; the checks ran again.' },
  // what is wrong with an entry
  'settings-term-empty': { zh: '请填写停用的名称。', en: 'Enter the outdated term.' },
  'settings-replacement-empty': { zh: '请填写“{term}”应改用的名称。', en: 'Enter what to use instead of "{term}".' },
  'settings-term-same': { zh: '“{term}”的新名称与停用名称相同。', en: 'The new name of "{term}" is the same as the outdated one.' },
  'settings-replacement-contains-term': {
    zh: '新名称“{replacement}”中含有停用名称“{term}”，替换后仍会被提示。',
    en: 'The new name "{replacement}" contains the outdated term "{term}": it would be flagged again after the fix.',
  },
  'settings-term-duplicate': { zh: '“{term}”已在停用名称中。', en: '"{term}" is already an outdated term.' },
  'settings-too-long': { zh: '“{text}”太长：最多 {max} 个字。', en: '"{text}" is too long: at most {max} characters.' },
  'settings-too-short': {
    zh: '“{text}”只有一个字，会在正文中到处误报；请至少填写两个字。',
    en: '"{text}" is a single character and would be found all over the text; use at least two.',
  },
  'settings-punctuation': { zh: '“{text}”中不应有标点或空格。', en: '"{text}" should have no punctuation or spaces.' },
  'settings-place-empty': { zh: '请填写地名。', en: 'Enter a place name.' },
  'settings-place-duplicate': { zh: '“{place}”已在外地地名中。', en: '"{place}" is already in the list.' },
  'settings-place-own': {
    zh: '“{place}”出现在本报告的标题或会议名称中，是本地地名，不能列为外地地名。',
    en: '"{place}" appears in the title or occasion of this report: it is local, not foreign.',
  },
  'settings-indicator-empty': { zh: '请填写指标名称。', en: 'Enter the indicator.' },
  'settings-synonym-same': { zh: '别名“{form}”与指标名称相同。', en: 'The synonym "{form}" is the indicator itself.' },
  'settings-form-taken': { zh: '“{form}”已是指标“{indicator}”的名称或别名。', en: '"{form}" already names the indicator "{indicator}".' },
  'settings-indicator-nothing-new': {
    zh: '“{name}”已在指标词表中；请填写要为它增加的别名。',
    en: '"{name}" is already in the lexicon; enter the synonyms to add to it.',
  },
} as const;
