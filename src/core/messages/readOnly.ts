/** Messages of a file someone else is editing: the read-only banner, and the save the store refuses. */
export const readOnlyMessages = {
  'readonly-label': { zh: '只读', en: 'Read-only' },
  'readonly-banner': {
    zh: '只读：“{file}”正由 {user}（{host}）编辑，自 {since} 起。为免覆盖对方的修改，这里不能编辑；如需修改，请另存为副本。',
    en: 'Read-only: "{file}" is being edited by {user} ({host}) since {since}. So as not to overwrite their work, it cannot be edited here; to make changes, save a copy.',
  },
  'readonly-save-as': { zh: '另存为副本…', en: 'Save a Copy…' },
  'readonly-recheck': { zh: '重新打开', en: 'Open Again' },
  'readonly-recheck-tip': {
    zh: '对方关闭文件后，重新打开即可编辑',
    en: 'Once they have closed the file, open it again to edit',
  },
  'readonly-still-held': {
    zh: '已重新打开：对方仍在编辑，文件仍为只读。',
    en: 'Opened again: they are still editing it, so it stays read-only.',
  },
  'readonly-blocked': {
    zh: '文件为只读，修改没有生效。如需修改，请另存为副本。',
    en: 'The file is read-only; the change was not made. To make changes, save a copy.',
  },
  'save-locked': {
    zh: '不能保存到“{file}”：{user}（{host}）自 {since} 起正在编辑它，保存会覆盖对方的修改。修改已备份，请用“另存为”保存为副本。',
    en: 'Cannot save to "{file}": {user} ({host}) has been editing it since {since}, and saving would overwrite their work. The edits are backed up; use Save As to keep a copy.',
  },
} as const;
