/** Messages of the checks (检查), the targets (指标) and the check and targets commands. */
export const checksMessages = {
  // severities and scopes, for lists and panels
  'severity-error': { zh: '错误', en: 'error' },
  'severity-warning': { zh: '警告', en: 'warning' },
  'severity-info': { zh: '提示', en: 'info' },
  'scope-summary': { zh: '主要预期目标', en: 'targets summary' },
  'scope-year': { zh: '年度工作', en: "year's tasks" },
  'scope-review': { zh: '工作回顾', en: 'review' },
  'scope-fiveYear': { zh: '五年目标', en: 'five-year targets' },
  'scope-other': { zh: '其他', en: 'other' },

  // rule names
  'rule-target-mismatch': { zh: '指标与主要预期目标不一致', en: 'Target differs from the targets summary' },
  'rule-count-mismatch': { zh: '计数短语与内容不符', en: 'Counted phrase disagrees with what follows' },
  'rule-numbering-sequence': { zh: '编号跳号或重复', en: 'Numbering skips or repeats' },
  'rule-numbering-form': { zh: '编号写法不规范', en: 'Wrong numbering form' },
  'rule-typed-marker': { zh: '段首手工输入的序号', en: 'Number typed at the start of a paragraph' },
  'check-typed-marker': {
    zh: '段落以手工输入的序号“{marker}”开头；序号由结构生成，可设为标题。',
    en: 'The paragraph opens with the typed number "{marker}"; numbers come from the structure, so it can become a heading.',
  },
  'fix-typed-marker': { zh: '设为{level}标题，删去“{marker}”', en: 'Make it a level {level} heading without "{marker}"' },
  'rule-heading-punctuation': { zh: '标题末尾有标点', en: 'Heading ends with punctuation' },
  'rule-glossary-unused': { zh: '名词解释未在正文出现', en: 'Glossary term not used in the body' },
  'rule-glossary-order': { zh: '名词解释顺序与正文不一致', en: 'Glossary not in order of first use' },
  'rule-glossary-duplicate': { zh: '名词解释重复', en: 'Glossary term defined twice' },
  'rule-glossary-empty': { zh: '名词解释缺少释义', en: 'Glossary entry without a definition' },
  'rule-glossary-candidate': { zh: '可加入名词解释的缩略语', en: 'Coinage that could be explained in the glossary' },
  'rule-enumeration-mismatch': { zh: '“分别”前后项数不等', en: '"分别" lists of unequal length' },
  'rule-punctuation-halfwidth': { zh: '中文中使用半角标点', en: 'Half-width punctuation in Chinese text' },
  'rule-punctuation-pair': { zh: '成对标点不配对', en: 'Unbalanced paired punctuation' },
  'rule-punctuation-double': { zh: '标点重复', en: 'Doubled punctuation' },
  'rule-spacing': { zh: '多余的空格', en: 'Stray spaces' },
  'rule-year-consistency': { zh: '年份与报告年度不符', en: 'Year does not fit the report year' },
  'rule-estimate': { zh: '预计数待更新', en: 'Estimated figure to update' },
  'rule-outdated-term': { zh: '已停用的名称', en: 'Outdated term' },
  'rule-foreign-place': { zh: '外地地名', en: 'Place name of another jurisdiction' },

  // findings
  'check-target-mismatch': {
    zh: '{indicator}在主要预期目标中为“{summary}”，此处为“{body}”，数值不一致。',
    en: '{indicator} is "{summary}" in the targets summary but "{body}" here.',
  },
  'check-target-qualifier': {
    zh: '{indicator}在主要预期目标中为“{summary}”，此处为“{body}”，限定词不一致。',
    en: '{indicator} is "{summary}" in the targets summary but "{body}" here (another qualifier).',
  },
  'check-count-mismatch': {
    zh: '“{phrase}”应有{expected}项，其后实际有{actual}项。',
    en: '"{phrase}" announces {expected}, but {actual} follow.',
  },
  'check-coinage-count': {
    zh: '名词解释“{term}”的数字是{expected}，释义列出了{actual}项。',
    en: 'The glossary term "{term}" says {expected}, but its definition lists {actual}.',
  },
  'check-numbering-skip': {
    zh: '编号跳号：“{previous}”之后是“{typed}”。',
    en: 'Numbering skips: "{typed}" follows "{previous}".',
  },
  'check-numbering-repeat': {
    zh: '编号重复：“{typed}”出现了两次。',
    en: 'Numbering repeats: "{typed}" appears twice.',
  },
  'check-numbering-backward': {
    zh: '编号倒退：“{previous}”之后是“{typed}”。',
    en: 'Numbering goes back: "{typed}" follows "{previous}".',
  },
  'check-numbering-first': {
    zh: '编号应从“{expected}”开始，此处是“{typed}”。',
    en: 'Numbering should start at "{expected}", not "{typed}".',
  },
  'fix-target-body': { zh: '此处改为与主要预期目标一致：{figure}', en: 'Make this agree with the targets summary: {figure}' },
  'fix-target-summary': { zh: '主要预期目标改为与此处一致：{figure}', en: 'Make the targets summary agree with this: {figure}' },
  'fix-renumber': { zh: '按顺序重新编号', en: 'Renumber in order' },
  'check-numbering-form': {
    zh: '编号“{marker}”写法不规范，应为“{expected}”。',
    en: 'The number "{marker}" has the wrong form; write "{expected}".',
  },
  'check-ordinal-form': {
    zh: '“{text}”写法不规范，应为“{expected}”。',
    en: '"{text}" has the wrong form; write "{expected}".',
  },
  'fix-replace': { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
  'check-heading-punctuation': {
    zh: '标题末尾不加“{mark}”。',
    en: 'A heading does not end with "{mark}".',
  },
  'fix-remove-mark': { zh: '删除末尾的“{mark}”', en: 'Remove the final "{mark}"' },
  'check-glossary-unused': {
    zh: '名词解释“{term}”在正文中没有出现。',
    en: 'The glossary term "{term}" does not occur in the body.',
  },
  'check-glossary-variant': {
    zh: '名词解释“{term}”在正文中写作“{form}”，两处写法不一致。',
    en: 'The glossary term "{term}" is written "{form}" in the body: the two forms differ.',
  },
  'check-glossary-order-before': {
    zh: '名词解释“{term}”在正文中先于“{other}”出现，应排在它前面。',
    en: 'The glossary term "{term}" occurs in the body before "{other}" and should be listed before it.',
  },
  'check-glossary-order-after': {
    zh: '名词解释“{term}”在正文中晚于“{other}”出现，应排在它后面。',
    en: 'The glossary term "{term}" occurs in the body after "{other}" and should be listed after it.',
  },
  'check-glossary-empty': {
    zh: '名词解释“{term}”还没有释义。',
    en: 'The glossary term "{term}" has no definition yet.',
  },
  'check-glossary-duplicate': {
    zh: '名词解释“{term}”重复，第{first}条已有解释。',
    en: 'The glossary term "{term}" is defined twice; entry {first} already defines it.',
  },
  'check-glossary-candidate': {
    zh: '“{term}”是缩略语，名词解释中没有，可考虑加入。',
    en: '"{term}" is a coinage with no glossary entry; consider adding one.',
  },
  'fix-add-glossary': { zh: '加入名词解释', en: 'Add a glossary entry' },
  'check-enumeration-mismatch': {
    zh: '“分别”前列出{items}项，后面有{values}个数值。',
    en: '"分别" follows {items:item|items} but {values:value|values}.',
  },
  'check-punctuation-halfwidth': {
    zh: '中文中使用了半角“{mark}”，应为全角“{full}”。',
    en: 'Half-width "{mark}" in Chinese text; use the full-width "{full}".',
  },
  'fix-fullwidth': { zh: '改为全角“{full}”', en: 'Change to full-width "{full}"' },
  'check-punctuation-unclosed': {
    zh: '标点 {mark} 没有配对的 {other}。',
    en: 'The mark {mark} has no matching {other}.',
  },
  'check-punctuation-unopened': {
    zh: '标点 {mark} 前面没有配对的 {other}。',
    en: 'The mark {mark} has no matching {other} before it.',
  },
  'check-punctuation-double': {
    zh: '标点重复：“{marks}”。',
    en: 'Doubled punctuation: "{marks}".',
  },
  'fix-remove-extra': { zh: '删除多余的“{mark}”', en: 'Remove the extra "{mark}"' },
  'check-spacing-figure': {
    zh: '中文与数字、字母之间不留空格。',
    en: 'No space between Chinese and figures or Latin letters.',
  },
  'check-spacing-han': {
    zh: '汉字之间有多余的空格。',
    en: 'A stray space between Chinese characters.',
  },
  'fix-remove-space': { zh: '删除空格', en: 'Remove the space' },
  'check-year-heading': {
    zh: '会议日期是{date}，报告应安排{expected}年的工作，标题却是{year}年。',
    en: 'The meeting date is {date}, so the report plans {expected}, but the heading says {year}.',
  },
  'check-year-plan': {
    zh: '本部分安排{expected}年的工作，此处却写“{text}”。',
    en: 'This part plans {expected}, but the text says "{text}".',
  },
  'check-year-review': {
    zh: '报告安排{plan}年的工作，即将过去的应是{expected}年，此处却写“{text}”。',
    en: 'The report plans {plan}, so the closing year is {expected}, but the text says "{text}".',
  },
  'check-date-invalid': { zh: '日期“{text}”不存在。', en: 'The date "{text}" does not exist.' },
  'check-estimate': {
    zh: '“{text}”是预计数，正式数据公布后需要更新。',
    en: '"{text}" is an estimate; update it when the final figures are out.',
  },
  'check-outdated-term': {
    zh: '“{term}”已停用，应改为“{replacement}”。',
    en: '"{term}" is no longer used; write "{replacement}".',
  },
  'check-foreign-place': {
    zh: '“{place}”是外地地名，可能是从其他报告复制的文字。',
    en: '"{place}" names another jurisdiction; the text may be copied from another report.',
  },

  // window: checks panel groups, suppressions, status bar, 指标一览
  'ui-checks-group': { zh: '{label}（{count}）', en: '{label} ({count})' },
  'ui-checks-suppressed-group': { zh: '已忽略（{count}）', en: 'Suppressed ({count})' },
  'ui-checks-suppress': { zh: '忽略', en: 'Suppress' },
  'ui-checks-unsuppress': { zh: '恢复', en: 'Re-enable' },
  'ui-checks-suppressed-by': { zh: '{who}于{at}忽略：{why}', en: 'Suppressed by {who} on {at}: {why}' },
  'ui-checks-anonymous': { zh: '未署名', en: 'anonymous' },
  'ui-checks-suppress-title': { zh: '忽略这条检查结果', en: 'Suppress this finding' },
  'ui-checks-suppress-prompt': {
    zh: '请写明忽略的理由。理由和署名保存在文档中，其他审阅者可以看到，也可以恢复。',
    en: 'Say why it is suppressed. The reason and your name are kept in the document, where other reviewers see them and can re-enable it.',
  },
  'ui-checks-suppress-reason': { zh: '理由', en: 'Reason' },
  'ui-checks-tabs': { zh: '检查与指标', en: 'Checks and targets' },
  'ui-fix-all': { zh: '全部修正', en: 'Fix all' },
  'ui-fix-all-tip': { zh: '一次修正这{count}处，一步即可撤销', en: 'Fix {count:place|places} at once, undone in one step' },
  'ui-checks-errors-only': { zh: '仅显示错误', en: 'Errors only' },
  'ui-checks-no-errors': { zh: '没有错误。', en: 'No errors.' },
  'ui-finding-popover': { zh: '检查结果：{rule}', en: 'Finding: {rule}' },
  'ui-status-checks': { zh: '错误 {errors} · 警告 {warnings} · 提示 {infos}', en: '{errors:error|errors} · {warnings:warning|warnings} · {infos:note|notes}' },
  'ui-status-checks-tip': { zh: '打开检查结果', en: 'Show the check results' },
  'ui-targets': { zh: '指标一览', en: 'Targets' },
  'ui-targets-none': { zh: '没有找到指标。', en: 'No targets found.' },
  'ui-targets-agrees': { zh: '与目标一致', en: 'agrees' },
  'ui-targets-differs': { zh: '与目标不一致：{summary}', en: 'differs from {summary}' },
  'ui-targets-qualifier': { zh: '限定词不同：{summary}', en: 'other qualifier than {summary}' },

  // command line
  'cli-check-summary': {
    zh: '共{errors}个错误，{warnings}个警告，{infos}个提示。',
    en: '{errors:error|errors}, {warnings:warning|warnings}, {infos:note|notes}.',
  },
  'cli-check-clean': { zh: '未发现问题。', en: 'No findings.' },
  'cli-check-group': { zh: '{severity}  {label}（{count}处）  [{rule}]', en: '{severity}  {label} ({count})  [{rule}]' },
  'cli-unknown-severity': {
    zh: '未知的严重程度“{value}”。可用：error（错误）、warning（警告）、hint（提示）',
    en: 'Unknown severity "{value}". Use error, warning or hint',
  },
  'cli-unknown-rule': {
    zh: '未知的检查规则“{rule}”。可用的规则：{rules}',
    en: 'Unknown check rule "{rule}". Rules: {rules}',
  },
  'cli-targets-none': { zh: '没有找到指标。', en: 'No targets found.' },
  'cli-targets-qualitative': { zh: '无数值的目标（不作数值比对）', en: 'Targets without a figure (not compared as numbers)' },
  'cli-check-summary-command': { zh: '检查报告：指标、计数、编号、名词解释、标点等', en: 'check a report: targets, counts, numbering, glossary, punctuation' },
  'cli-targets-command': { zh: '列出报告中的指标及其口径', en: 'list the targets of a report with their scope' },
} as const;
