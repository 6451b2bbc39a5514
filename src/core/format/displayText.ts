/**
 * File names and other outside text as they are shown to the user.
 *
 * A file name may hold bidirectional controls: "报告\u202Excod.exe" displays
 * as "报告exe.docx", and a right-to-left override inside a message reorders
 * the rest of the line ("Trojan Source"). Shown text therefore spells each
 * such character out as \u202E, visible and inert. Control characters
 * (newlines, escape sequences for a terminal) are spelled out the same way
 * in names, so a name is always one line.
 */

/** The Unicode bidirectional formatting characters: ALM, LRM, RLM, LRE…RLO, LRI…PDI. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** The same, and C0 and C1 control characters (tab, newline, ESC, DEL …). */
// eslint-disable-next-line no-control-regex
const NAME_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const spelled = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `text` with its bidirectional controls spelled out (\u202E); everything else unchanged. */
export function escapeBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, spelled);
}

/** A file name as shown: bidirectional and other control characters spelled out. */
export function displayName(name: string): string {
  return name.replace(NAME_UNSAFE, spelled);
}

/** East Asian wide and full-width characters (Han, kana, hangul, full-width forms such as （） and U+3000): two columns in a terminal. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/** Columns `text` takes in a terminal: a wide character (地, （) two, any other one. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** `text` padded with spaces to `width` terminal columns, on the right (align left) or on the left (align right). */
export function padDisplay(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}
