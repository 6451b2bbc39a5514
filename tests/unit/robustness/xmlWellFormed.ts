/**
 * A strict well-formedness check of an XML part, for the tests: stricter than
 * xmldom, which takes a control character or U+FFFE without a word. Written
 * from the XML 1.0 specification rather than from src/core/text/xmlChars.ts,
 * so that it can catch what that module lets through.
 */
import { DOMParser } from '@xmldom/xmldom';

/** The Char production of XML 1.0 (§2.2), spelled out. */
function isChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** The problems of one part; empty when it is well-formed. */
export function xmlProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return ['not UTF-8'];
  }
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    // A lone surrogate comes out of codePointAt as itself, which is not a Char.
    if (!isChar(cp)) problems.push(`character U+${cp.toString(16).toUpperCase()} at ${i}`);
    if (cp > 0xffff) i++;
  }
  for (const m of text.matchAll(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*)?(;?)/g)) {
    const [whole, ref, semicolon] = m;
    if (!ref || !semicolon) problems.push(`bare & at ${m.index}: ${whole}`);
    else if (ref.startsWith('#')) {
      const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!isChar(cp)) problems.push(`character reference ${whole}`);
    } else if (!PREDEFINED.has(ref)) problems.push(`entity ${whole}`);
  }
  if (/<!DOCTYPE|<!ENTITY/.test(text)) problems.push('a DTD');
  const reported: string[] = [];
  const parsed = new DOMParser({
    errorHandler: {
      warning: (m: string) => reported.push(`warning: ${m}`),
      error: (m: string) => reported.push(`error: ${m}`),
      fatalError: (m: string) => reported.push(`fatal: ${m}`),
    },
  }).parseFromString(text, 'text/xml');
  if (!parsed?.documentElement) reported.push('no root element');
  return [...problems, ...reported];
}
