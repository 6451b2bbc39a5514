/**
 * What a crash restore would bring back (issue 4), one line for the restore
 * prompt: how the backup differs from the file saved on disk, in paragraphs
 * and headings, and how long it is (字数, counted as the status bar counts).
 */
import { countWordsJson } from '../../core/wordCount.js';
import type { JournalEntry } from '../../shared/api.js';
import { lang, t } from './i18n.js';

export function restoreSummary(entry: JournalEntry): string {
  const chars = countWordsJson(entry.file.doc).toLocaleString(lang() === 'zh' ? 'zh-CN' : 'en');
  return entry.changes ? t('ui-restore-changes', { ...entry.changes, chars }) : t('ui-restore-chars', { chars });
}
