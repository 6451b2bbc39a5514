/** Messages of the importer, the file format and the command line. */
export const foundationMessages = {
  // import notices
  'heading-outside-parent': {
    zh: '第{line}行的标题“{excerpt}”不在上一级标题之下，已作为正文段落保留。',
    en: 'Line {line}: heading "{excerpt}" has no parent heading; kept as a paragraph.',
  },
  // file format errors
  'file-not-json': {
    zh: '文件“{file}”已损坏或不完整，无法读取（不是有效的 JSON）。',
    en: 'The file "{file}" is damaged or truncated (not valid JSON).',
  },
  'file-not-caogao': {
    zh: '文件“{file}”不是草稿文档（.caogao）。',
    en: 'The file "{file}" is not a Caogao document (.caogao).',
  },
  'file-newer-version': {
    zh: '文件“{file}”由更新版本的草稿保存（格式版本 {version}），请升级草稿后再打开。',
    en: 'The file "{file}" was saved by a newer Caogao (format version {version}); please upgrade to open it.',
  },
  'file-invalid': {
    zh: '文件“{file}”内容不符合草稿文档格式：{detail}',
    en: 'The file "{file}" does not follow the Caogao format: {detail}',
  },
  'file-doc-invalid': {
    zh: '文件“{file}”中的报告结构已损坏：{detail}',
    en: 'The report structure in "{file}" is damaged: {detail}',
  },
  // command line
  'cli-usage': {
    zh: '用法：caogao <命令> [参数]。命令：import、outline。运行 caogao --help 查看说明。',
    en: 'Usage: caogao <command> [options]. Commands: import, outline. Run caogao --help for help.',
  },
  'cli-unknown-command': {
    zh: '未知命令“{command}”。运行 caogao --help 查看可用命令。',
    en: 'Unknown command "{command}". Run caogao --help for the commands.',
  },
  'cli-missing-file': { zh: '缺少文件参数。', en: 'A file argument is missing.' },
  'cli-missing-output': { zh: '缺少输出文件：请用 -o 指定 .caogao 文件。', en: 'Missing output: give a .caogao file with -o.' },
  'cli-bad-option': { zh: '无法识别的选项“{option}”。', en: 'Unknown option "{option}".' },
  'cli-file-unreadable': { zh: '无法读取文件“{file}”：{detail}', en: 'Cannot read the file "{file}": {detail}' },
  'cli-file-unwritable': { zh: '无法写入文件“{file}”：{detail}', en: 'Cannot write the file "{file}": {detail}' },
  'cli-unsupported-type': {
    zh: '不支持的文件类型“{file}”：可以读取 .txt 和 .caogao 文件。',
    en: 'Unsupported file type "{file}": .txt and .caogao files can be read.',
  },
  'cli-imported': {
    zh: '已导入“{file}”：{parts}个部分，{sections}个小节，{entries}条名词解释。',
    en: 'Imported "{file}": {parts} parts, {sections} sections, {entries} glossary entries.',
  },
} as const;
