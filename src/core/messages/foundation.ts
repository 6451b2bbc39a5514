/** Messages of the importer, the file format and the command line. */
export const foundationMessages = {
  // import notices
  'heading-outside-parent': {
    zh: '第{line}行的标题“{excerpt}”不在上一级标题之下，已作为正文段落保留。',
    en: 'Line {line}: heading "{excerpt}" has no parent heading; kept as a paragraph.',
  },
  'web-noise-kept': {
    zh: '第{line}行“{excerpt}”像是网页留下的文字（来源、图片说明等），已作为正文段落保留，可删除。',
    en: 'Line {line}: "{excerpt}" looks like text left by a web page (source, photo caption); kept as a paragraph, you may delete it.',
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
    // The parser's own words are English: the Chinese line names the place only.
    zh: '文件“{file}”中的报告结构已损坏（{where}），无法打开。',
    en: 'The report structure in "{file}" is damaged: {detail}',
  },
  // command line
  'cli-usage': {
    zh: '用法：caogao <命令> [参数]。命令：import、outline、check、targets、review、diff、export、web。运行 caogao --help 查看说明。',
    en: 'Usage: caogao <command> [options]. Commands: import, outline, check, targets, review, diff, export, web. Run caogao --help for help.',
  },
  'cli-help-title': { zh: '草稿 Caogao — 政府工作报告的起草、比对与检查', en: 'Caogao — drafting, comparing and checking government work reports' },
  // The types named here are those src/node/documents.ts reads (tests/unit/followups/cliMessages.test.ts keeps them in step).
  'cli-help-files': {
    zh: '可以读取的文件（FILE、OLD、NEW）：.caogao 草稿文档，以及可导入的 .txt、.docx 和 .md 文件。',
    en: 'Files that can be read (FILE, OLD, NEW): .caogao documents, and .txt, .docx and .md files to import.',
  },
  'cli-help-common': {
    zh: '通用选项：--lang zh|en；caogao 命令 --help 显示该命令的用法。退出码：0 成功，1 发现错误，2 用法或输入有误，3 内部错误。',
    en: 'Options for every command: --lang zh|en; caogao COMMAND --help shows its usage. Exit codes: 0 ok, 1 errors found, 2 bad usage or input, 3 internal error.',
  },
  'cli-import-command': {
    zh: '把 .txt、.docx、.md 或 .caogao 文件导入为草稿文档（.caogao）',
    en: 'import a .txt, .docx, .md or .caogao file into a Caogao document (.caogao)',
  },
  'cli-outline-command': {
    zh: '列出 .caogao、.txt、.docx 或 .md 文件的结构：部分、小节、名词解释和主要预期目标',
    en: 'print the structure of a .caogao, .txt, .docx or .md file: parts, sections, glossary and targets summary',
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
    zh: '不支持的文件类型“{file}”：可以读取 .caogao、.txt、.docx 和 .md 文件。',
    en: 'Unsupported file type "{file}": .caogao, .txt, .docx and .md files can be read.',
  },
  'cli-imported': {
    zh: '已导入“{file}”：{parts}个部分，{sections}个小节，{entries}条名词解释。',
    en: 'Imported "{file}": {parts:part|parts}, {sections:section|sections}, {entries:glossary entry|glossary entries}.',
  },
} as const;
