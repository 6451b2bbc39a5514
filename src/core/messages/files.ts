/** Messages of files and versions: the document store, autosave, locks, .docx/.md import and export. */
export const filesMessages = {
  // opening
  'open-missing': { zh: '文件“{file}”不存在。', en: 'The file "{file}" does not exist.' },
  'open-no-permission': { zh: '没有读取文件“{file}”的权限。', en: 'No permission to read the file "{file}".' },
  'open-is-folder': { zh: '“{file}”是一个文件夹，不是文件。', en: '"{file}" is a folder, not a file.' },
  'open-failed': { zh: '无法读取文件“{file}”（{detail}）。', en: 'Cannot read the file "{file}" ({detail}).' },
  'open-too-large': {
    zh: '文件“{file}”太大（{size}），超过了可以打开的上限 {limit}，未打开。',
    en: 'The file "{file}" is too large ({size}); the limit is {limit}. Nothing was opened.',
  },
  'open-not-text': {
    zh: '文件“{file}”不是 UTF-8 文本，可能已损坏或是其他格式，未打开。',
    en: 'The file "{file}" is not UTF-8 text; it may be damaged or of another kind. Nothing was opened.',
  },
  'open-unsupported': {
    zh: '不支持的文件类型“{file}”：可以打开 .caogao、.txt、.docx 和 .md 文件。',
    en: 'Unsupported file type "{file}": .caogao, .txt, .docx and .md files can be opened.',
  },
  // saving
  'save-no-space': { zh: '保存“{file}”失败：磁盘空间不足。文档仍未保存，修改已备份。', en: 'Saving "{file}" failed: the disk is full. The document is still unsaved; the edits are backed up.' },
  'save-no-permission': {
    zh: '保存“{file}”失败：没有写入权限。文档仍未保存，修改已备份，请另存为其他位置。',
    en: 'Saving "{file}" failed: no permission to write. The document is still unsaved; the edits are backed up. Save it elsewhere.',
  },
  'save-read-only': {
    zh: '保存“{file}”失败：文件夹是只读的。文档仍未保存，修改已备份，请另存为其他位置。',
    en: 'Saving "{file}" failed: the folder is read-only. The document is still unsaved; the edits are backed up. Save it elsewhere.',
  },
  'save-folder-missing': {
    zh: '保存“{file}”失败：文件夹不存在。文档仍未保存，修改已备份，请另存为。',
    en: 'Saving "{file}" failed: the folder does not exist. The document is still unsaved; the edits are backed up. Use Save As.',
  },
  'save-failed': {
    zh: '保存“{file}”失败（{detail}）。文档仍未保存，修改已备份。',
    en: 'Saving "{file}" failed ({detail}). The document is still unsaved; the edits are backed up.',
  },
  'save-conflict': {
    zh: '文件“{file}”在打开后已被其他人或程序修改（{when}）。请选择：比较差异、覆盖，或另存为。',
    en: 'The file "{file}" was changed by someone else after you opened it ({when}). Compare, overwrite, or save as.',
  },
  'export-failed': { zh: '导出“{file}”失败（{detail}）。', en: 'Exporting "{file}" failed ({detail}).' },
  'export-no-space': { zh: '导出“{file}”失败：磁盘空间不足。', en: 'Exporting "{file}" failed: the disk is full.' },
  'export-no-permission': { zh: '导出“{file}”失败：没有写入权限，请换一个位置。', en: 'Exporting "{file}" failed: no permission to write there; choose another place.' },
  'export-read-only': { zh: '导出“{file}”失败：文件夹是只读的，请换一个位置。', en: 'Exporting "{file}" failed: the folder is read-only; choose another place.' },
  'export-pdf-no-browser': {
    zh: '无法导出 PDF：找不到 Chromium 浏览器（{path}）。请安装 chromium，或改为导出 .docx。',
    en: 'Cannot export PDF: Chromium was not found ({path}). Install chromium, or export .docx instead.',
  },
  'export-missing-output': { zh: '缺少输出文件：请用 -o 指定，例如 -o 报告.docx。', en: 'Missing output: give a file with -o, e.g. -o report.docx.' },
  'cli-exported': { zh: '已将“{file}”导出为 {format}：{output}', en: 'Exported "{file}" as {format}: {output}' },
  'export-unknown-format': {
    zh: '不支持的导出格式“{format}”：可以导出 docx、pdf、html 和 txt。',
    en: 'Unknown export format "{format}": docx, pdf, html and txt are supported.',
  },
  // journal (autosave) and recovery: what restoring would bring back
  'ui-restore-changes': {
    zh: '从已保存的文件到备份：新增 {added} 段，删除 {removed} 段，修改 {changed} 段；共 {chars} 字。',
    en: 'From the saved file to the backup: {added:block|blocks} added, {removed} deleted, {changed} changed; {chars:word|words} in all.',
  },
  'ui-restore-chars': { zh: '恢复的稿子共 {chars} 字。', en: 'The draft to restore has {chars:word|words}.' },
  // locks
  'lock-held': {
    zh: '“{file}”正由 {user}（{host}）编辑，自 {since} 起，因此以只读方式打开；如需修改，请另存为副本。',
    en: '"{file}" is being edited by {user} ({host}) since {since}, so it opens read-only; to make changes, save a copy.',
  },
  'lock-stale': {
    zh: '“{file}”留有 {user}（{host}）{since} 的编辑标记，但该程序已不在运行，标记已接管。',
    en: '"{file}" had an editing mark by {user} ({host}) from {since}, but that program is no longer running; the mark was taken over.',
  },
  // named draft versions: the versions panel (aria-label 版本)
  'ui-versions': { zh: '版本', en: 'Versions' },
  'ui-versions-save': { zh: '保存为版本', en: 'Save as version' },
  'ui-versions-name': { zh: '版本名称', en: 'Version name' },
  'ui-versions-placeholder': { zh: '如：第一稿、征求意见稿', en: 'e.g. First draft' },
  'ui-versions-empty': {
    zh: '还没有版本。写到一个阶段，可以把当前稿保存为版本，如“第一稿”。',
    en: 'No versions yet. At a milestone, save the current draft as a version, e.g. "First draft".',
  },
  'ui-versions-meta': { zh: '{time} · {author} · {chars} 字', en: '{time} · {author} · {chars:word|words}' },
  'ui-versions-view': { zh: '查看', en: 'View' },
  'ui-versions-restore': { zh: '恢复', en: 'Restore' },
  'ui-versions-delete': { zh: '删除', en: 'Delete' },
  'ui-versions-delete-title': { zh: '删除版本', en: 'Delete version' },
  'ui-versions-delete-body': {
    zh: '确定删除版本“{label}”（{time}）吗？删除并保存后无法找回。',
    en: 'Delete the version "{label}" ({time})? Once saved, it cannot be brought back.',
  },
  'ui-versions-readonly': { zh: '{label}（只读）', en: '{label} (read-only)' },
  'ui-versions-compare': { zh: '从此版本到当前稿，{changes}。', en: 'From this version to the current draft, {changes}.' },
  'ui-versions-same': { zh: '与当前稿相同。', en: 'Same as the current draft.' },
  'ui-versions-restore-this': { zh: '恢复此版本', en: 'Restore this version' },
  'ui-versions-restored': {
    zh: '已恢复“{label}”；恢复前的稿子已保存为版本。可以撤销（Ctrl+Z）。',
    en: 'Restored "{label}"; the draft before it was kept as a version. Undo with Ctrl+Z.',
  },
  'ui-versions-saved': { zh: '已保存版本“{label}”。保存文件后版本随文件保存。', en: 'Saved the version "{label}". It is stored with the file when you save.' },
  'ui-versions-anonymous': { zh: '未署名', en: 'anonymous' },
  'version-label-first': { zh: '第一稿', en: '第一稿' },
  'version-label-consult': { zh: '征求意见稿', en: '征求意见稿' },
  'version-label-review': { zh: '送审稿', en: '送审稿' },
  // named draft versions
  'version-not-found': { zh: '找不到版本“{version}”，它可能已被删除。', en: 'The version "{version}" was not found; it may have been deleted.' },
  'version-label-empty': { zh: '版本名称不能为空。', en: 'A version needs a name.' },
  'version-before-restore': { zh: '恢复“{label}”之前的稿子', en: 'Draft before restoring "{label}"' },
  // .docx and .md import
  'docx-not-zip': {
    zh: '文件“{file}”不是有效的 Word 文档（.docx）：它不是 zip 压缩包，可能已损坏或只是改了扩展名。',
    en: 'The file "{file}" is not a valid Word document (.docx): it is not a zip archive; it may be damaged or just renamed.',
  },
  'docx-no-document': {
    zh: '文件“{file}”不是有效的 Word 文档（.docx）：压缩包里没有正文（word/document.xml）。',
    en: 'The file "{file}" is not a valid Word document (.docx): the archive has no main document (word/document.xml).',
  },
  // The parser's own words ({detail}) stay out of the Chinese line (issue 12, item 10).
  'docx-damaged': { zh: 'Word 文档“{file}”已损坏或格式不正确，无法读取。', en: 'The Word document "{file}" is damaged and cannot be read ({detail}).' },
  'import-images': { zh: '文档中的 {count} 张图片没有导入（草稿只保存文字）。', en: '{count:image was|images were} not imported (Caogao keeps text only).' },
  'import-notes': { zh: '文档中的 {count} 条脚注或尾注没有导入。', en: '{count} footnotes or endnotes were not imported.' },
  'import-comments': { zh: '文档中的 {count} 条批注没有导入。', en: '{count:comment was|comments were} not imported.' },
  'import-tracked-changes': {
    zh: '文档含有修订记录：已按“接受全部修订”导入，删除的文字未保留。',
    en: 'The document has tracked changes: they were imported as if all were accepted; deleted text was dropped.',
  },
  'import-docx-warning': { zh: 'Word 文档中有内容未能识别：{excerpt}', en: 'Some content of the Word document was not recognised: {excerpt}' },
  'import-empty': { zh: '文件“{file}”中没有可导入的文字。', en: 'The file "{file}" has no text to import.' },
  // issue 12: what a .caogao file may hold (nesting and size of settings and documents)
  'file-too-deep': {
    zh: '文件“{file}”的内容嵌套超过 {limit} 层，可能已损坏或被改动，未打开。',
    en: 'The file "{file}" is nested more than {limit} levels deep; it may be damaged or tampered with. Nothing was opened.',
  },
  'file-settings-too-deep': {
    zh: '文件“{file}”的文档设置（settings）嵌套超过 {limit} 层，可能已损坏或被改动，未打开。',
    en: 'The document settings in "{file}" are nested more than {limit} levels deep; the file may be damaged or tampered with. Nothing was opened.',
  },
  'file-settings-too-large': {
    zh: '文件“{file}”的文档设置（settings）过大（超过 {limit}），可能已损坏或被改动，未打开。',
    en: 'The document settings in "{file}" are too large (over {limit}); the file may be damaged or tampered with. Nothing was opened.',
  },
  'save-settings-refused': {
    zh: '文档设置（settings）嵌套超过 {depth} 层或超过 {limit}，无法保存；文档仍未保存。',
    en: 'The document settings are nested more than {depth} levels deep or exceed {limit}; they cannot be saved. The document is still unsaved.',
  },
  // issue 12 (items 2, 7, 10): hostile or damaged imports, dropped characters, mammoth's warnings, read errors
  'docx-inflated-too-large': {
    zh: '文件解压后过大：“{file}”中的“{part}”解压后超过 {limit}，可能是恶意构造的文件，未导入。',
    en: 'The file inflates too large: "{part}" in "{file}" inflates to more than {limit}; it may be a malicious file. Nothing was imported.',
  },
  'docx-too-many-parts': {
    zh: '文件“{file}”包含的部件过多（超过 {limit} 个），不像是 Word 文档，未导入。',
    en: 'The file "{file}" holds too many parts (more than {limit}) for a Word document. Nothing was imported.',
  },
  'docx-too-many-paragraphs': {
    zh: '文件“{file}”的段落过多（超过 {limit} 段），不像是一份报告，未导入。',
    en: 'The file "{file}" has too many paragraphs (more than {limit}) for a report. Nothing was imported.',
  },
  'docx-dtd': {
    zh: 'Word 文档“{file}”含有文档类型定义（DTD），正常的 Word 文档不会有，可能是恶意构造的文件，未导入。',
    en: 'The Word document "{file}" contains a document type definition (DTD) in "{part}", which Word never writes; it may be a malicious file. Nothing was imported.',
  },
  'docx-timeout': {
    zh: '读取 Word 文档“{file}”超过 {seconds} 秒仍未完成，已停止，未导入。',
    en: 'Reading the Word document "{file}" took more than {seconds} seconds and was stopped. Nothing was imported.',
  },
  'docx-too-complex': {
    zh: 'Word 文档“{file}”过于复杂，读取所需的内存超过上限，未导入。',
    en: 'The Word document "{file}" is too complex: reading it needs more memory than allowed. Nothing was imported.',
  },
  'import-dropped-chars': {
    zh: '导入时删去了 {count} 个不可见的控制字符（如 U+0001、U+FFFE），它们无法保存在 Word 文档中。',
    en: '{count} invisible control characters (such as U+0001, U+FFFE) were dropped on import: a Word document cannot hold them.',
  },
  'docx-warn-element': {
    zh: '文档中有 {count} 处 Word 无法识别的内容（{names}）已略过，请核对。',
    en: 'Skipped {count:unrecognised element|unrecognised elements} of the Word document ({names}); please check.',
  },
  'docx-warn-field': {
    zh: '文档中有 {count} 处域代码不完整，已按显示的文字导入。',
    en: 'Incomplete fields in the Word document: {count}; their displayed text was imported.',
  },
  'docx-warn-symbol': {
    zh: '文档中有 {count} 个符号字体（如 Symbol、Wingdings）的特殊符号无法转换，已略去，请核对。',
    en: 'Left out {count:symbol|symbols} in symbol fonts (such as Symbol, Wingdings) that could not be converted; please check.',
  },
  'docx-warn-table': {
    zh: '文档中有 {count} 个表格结构不规范，按单元格拆开的段落顺序可能不准确，请核对。',
    en: 'Malformed tables in the Word document: {count}; the paragraphs their cells became may be out of order; please check.',
  },
  'docx-warn-style': {
    zh: '文档引用了 {count} 个未定义的样式，相关段落按正文导入。',
    en: 'The document refers to {count:style|styles} it does not define; those paragraphs were imported as body text.',
  },
  'docx-warn-other': {
    zh: '文档中另有 {count} 处内容未能识别，已略过，请核对。',
    en: '{count} other pieces of the Word document were not recognised and were skipped ({excerpt}); please check.',
  },
  'read-path-not-folder': {
    zh: '无法读取文件“{file}”：路径中有一段不是文件夹。',
    en: 'Cannot read the file "{file}": a part of its path is not a folder.',
  },
  'read-failed': {
    zh: '无法读取文件“{file}”，请检查文件是否存在、是否可以访问。',
    en: 'Cannot read the file "{file}"; check that it exists and can be accessed ({detail}).',
  },
} as const;
