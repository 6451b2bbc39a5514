/**
 * The characters XML 1.0 allows (src/core/text/xmlChars.ts): what is dropped,
 * what is kept, and the count the import notice gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasNonXmlChars, isXmlChar, stripNonXmlChars, xmlSafe } from '../../../src/core/text/xmlChars.js';

describe('characters XML 1.0 forbids', () => {
  it('drops C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and lone surrogates, and counts them', () => {
    const text = 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi\uD800j\uDFFFk';
    expect(stripNonXmlChars(text)).toEqual({ text: 'abcdefghijk', removed: 10 });
    expect(hasNonXmlChars(text)).toBe(true);
  });

  it('keeps tab, LF, CR, Chinese, U+FFFD, C1 controls and characters beyond the BMP written as surrogate pairs', () => {
    const text = '一、\t经济\r\n增长\uFFFD\u0085\u007F𠀀😀\uE000';
    expect(stripNonXmlChars(text)).toEqual({ text, removed: 0 });
    expect(xmlSafe(text)).toBe(text);
    expect(hasNonXmlChars(text)).toBe(false);
  });

  it('drops a high surrogate at the end and a low surrogate at the start', () => {
    expect(stripNonXmlChars('\uDC00中\uD83D')).toEqual({ text: '中', removed: 2 });
  });

  it('agrees with the Char production on every code unit and on random strings', () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const text = String.fromCharCode(unit);
      const allowed = unit < 0xd800 || unit > 0xdfff ? isXmlChar(unit) : false;
      if (xmlSafe(text) !== (allowed ? text : '')) throw new Error(`U+${unit.toString(16)}`);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const { text, removed } = stripNonXmlChars(s);
        expect([...text].every((ch) => isXmlChar(ch.codePointAt(0)!) && !(ch.length === 1 && ch >= '\uD800' && ch <= '\uDFFF'))).toBe(true);
        expect([...s].length - [...text].length).toBe(removed);
        expect(xmlSafe(s)).toBe(text);
      }),
      { seed: 12, numRuns: 500 },
    );
  });
});
