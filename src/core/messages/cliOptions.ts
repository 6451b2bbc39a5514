/**
 * What each option of the `caogao` commands does, for `caogao COMMAND --help`
 * (src/cli/usage.ts commandHelp). The key is cli-option- and the option's
 * long name; an option a command takes without an entry here is listed bare,
 * and tests/unit/cli/help.test.ts asks for one.
 */
export const cliOptionMessages = {
  'cli-help-usage': { zh: '用法：{usage}', en: 'Usage: {usage}' },
  'cli-help-options': { zh: '选项：', en: 'Options:' },
  'cli-option-json': { zh: '输出 JSON（供程序读取）', en: 'print JSON (for programs)' },
  'cli-option-rules': { zh: '只运行这些检查规则（用逗号分隔，如 target-mismatch,count-mismatch）', en: 'run only these check rules (comma-separated, e.g. target-mismatch,count-mismatch)' },
  'cli-option-min-severity': { zh: '只列出不低于这一级的结果：error（错误）、warning（警告及以上）或 hint（全部，默认）', en: 'list only findings at least this severe: error, warning (and errors) or hint (all, the default)' },
  'cli-option-output': { zh: '写入的文件', en: 'the file to write' },
  'cli-option-force': { zh: '替换已存在的输出文件', en: 'replace an existing output file' },
  'cli-option-to': { zh: '导出格式：docx、pdf、html 或 txt（比对：html、pdf 或 docx）', en: 'the format: docx, pdf, html or txt (diff: html, pdf or docx)' },
  'cli-option-renumber': { zh: '列出只是重新编号的改动', en: 'list changes that only renumber' },
  'cli-option-from-version': { zh: '旧稿取 .caogao 文件中这个名称的版本', en: 'the old draft is the version of this label in the .caogao file' },
  'cli-option-as-suggestions': {
    zh: '把差异作为修订写入旧稿（-o 输出 .caogao）：全部接受即为新稿，全部拒绝即为旧稿',
    en: 'write OLD with the differences as suggestions (-o OUT.caogao): accept all gives NEW, reject all OLD',
  },
  'cli-option-comments': { zh: 'PDF 和 HTML 也印出批注：每条批注作为注记排在所在段落之后', en: 'print the comments in PDF and HTML too, each as a note after its paragraph' },
  'cli-option-author': { zh: '修订的署名（默认为新稿的文件名）', en: 'who signs the suggestions (NEW’s file name by default)' },
  'cli-option-to-version': { zh: '新稿取 .caogao 文件中这个名称的版本', en: 'the new draft is the version of this label in the .caogao file' },
  'cli-option-port': { zh: '监听的端口（0 为任一空闲端口）', en: 'the port to listen on (0 for any free one)' },
  'cli-option-help': { zh: '显示本命令的用法', en: 'show how to use this command' },
} as const;
