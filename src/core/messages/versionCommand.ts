/** Messages of the 保存为版本 command (menu 文件, command menu): asking for the version's name. */
export const versionCommandMessages = {
  'menu-file-save-version': { zh: '保存为版本…', en: 'Save as Version…' },
  'ui-save-version-title': { zh: '保存为版本', en: 'Save as version' },
  'ui-save-version-prompt': {
    zh: '把当前稿保存为一个命名版本，连同时间和作者一起存入文件。版本名称：',
    en: 'Keep the current draft as a named version, stored in the file with the time and author. Version name:',
  },
} as const;
