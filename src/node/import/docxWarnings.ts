/**
 * mammoth's warnings, in English and one per occurrence, turned into Chinese
 * import notices: one per kind, with a count. Warnings about things Caogao
 * does not keep anyway (style mapping to HTML, pictures, already listed by
 * the images notice) are left out; any warning not known here still gets a
 * Chinese line, with the English kept for the English notice.
 */
import { fileNotice, type ImportNotice } from '../../core/import/notices.js';
import type { MessageKey } from '../../core/messages/index.js';

const IGNORED = [/^Unrecognised \w+ style/, /image|a:blip|v:imagedata/i];

const KINDS: [RegExp, MessageKey][] = [
  [/^An unrecognised element was ignored: /, 'docx-warn-element'],
  [/complex field (?:end|separator) character/, 'docx-warn-field'],
  [/^A w:sym element with an unsupported character/, 'docx-warn-symbol'],
  [/^unexpected non-(?:row|cell) element in table/, 'docx-warn-table'],
  [/ style with ID .* was referenced but not defined/, 'docx-warn-style'],
];

const ELEMENT = /^An unrecognised element was ignored: (\S{1,40})/;

export function warningNotices(warnings: readonly string[]): ImportNotice[] {
  const counts = new Map<MessageKey, number>();
  const elements = new Set<string>();
  let firstOther = '';
  for (const warning of warnings) {
    if (IGNORED.some((re) => re.test(warning))) continue;
    const key = KINDS.find(([re]) => re.test(warning))?.[1] ?? 'docx-warn-other';
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const element = ELEMENT.exec(warning)?.[1];
    if (element && elements.size < 5) elements.add(element);
    if (key === 'docx-warn-other' && !firstOther) firstOther = warning.slice(0, 120);
  }
  return [...counts].map(([key, count]) =>
    key === 'docx-warn-element'
      ? fileNotice(key, { count, names: [...elements].join('、') })
      : key === 'docx-warn-other'
        ? fileNotice(key, { count, excerpt: firstOther })
        : fileNotice(key, { count }),
  );
}
