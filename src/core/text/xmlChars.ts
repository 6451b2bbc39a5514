/**
 * The characters XML 1.0 allows in a document (the Char production, §2.2):
 * tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and
 * U+10000–U+10FFFF. Everything else, the other C0 controls, U+FFFE, U+FFFF
 * and a UTF-16 surrogate without its partner, makes a .docx part ill-formed
 * (Word and LibreOffice refuse the whole file), and cannot be written even as
 * a character reference (&#1; is as ill-formed as the byte).
 *
 * Such characters never carry meaning in a report: they come from a damaged
 * file, a PDF conversion or a paste. So they are dropped where text enters
 * (the importers, which count them for a notice) and again where text leaves
 * (every export writer), so a document made before this check still exports.
 */

/** One character XML 1.0 does not allow; with the u flag a lone surrogate is one code point, a pair is its astral character. */
const NON_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NON_XML_ALL = new RegExp(NON_XML.source, 'gu');

/** Whether XML 1.0 allows the code point in a document. */
export function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** Whether the text holds any character XML 1.0 does not allow. */
export function hasNonXmlChars(text: string): boolean {
  return NON_XML.test(text);
}

/** The text without the characters XML 1.0 does not allow, and how many were dropped. */
export function stripNonXmlChars(text: string): { text: string; removed: number } {
  if (!NON_XML.test(text)) return { text, removed: 0 };
  let removed = 0;
  const clean = text.replace(NON_XML_ALL, () => {
    removed += 1;
    return '';
  });
  return { text: clean, removed };
}

/** The text as it may be written into XML: the characters XML 1.0 does not allow are left out. */
export function xmlSafe(text: string): string {
  return NON_XML.test(text) ? text.replace(NON_XML_ALL, '') : text;
}
