/**
 * 字数 as Word counts it for Chinese text: every Han character and every
 * full-width punctuation mark or symbol counts one, and every run of other
 * non-space characters (a Latin word, a figure such as 7.5% or 2022) counts
 * one. Derived numbers before headings are not text and do not count, as
 * Word does not count automatic list numbers.
 *
 * Counts are cached per textblock node: ProseMirror shares unchanged nodes
 * between versions, so after a keystroke only the edited block is counted
 * again.
 *
 * One rule everywhere: the status bar, the versions list and the restore
 * prompt all count with these functions.
 */
import type { Node as PMNode } from 'prosemirror-model';

const WIDE = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]/;

/** The Word-style count of one string. */
export function countText(text: string): number {
  let count = 0;
  let inWord = false;
  for (const ch of text) {
    if (WIDE.test(ch)) {
      count++;
      inWord = false;
    } else if (/\s/.test(ch)) {
      inWord = false;
    } else if (!inWord) {
      count++;
      inWord = true;
    }
  }
  return count;
}

const cache = new WeakMap<PMNode, number>();

function countBlock(node: PMNode): number {
  let n = cache.get(node);
  if (n === undefined) {
    n = countText(node.textContent);
    cache.set(node, n);
  }
  return n;
}

/** 字数 of a whole document. */
export function countWords(doc: PMNode): number {
  let total = 0;
  doc.descendants((node) => {
    if (node.isTextblock) {
      total += countBlock(node);
      return false;
    }
    return true;
  });
  return total;
}

/**
 * 字数 of a document as JSON (a version or a backup in the file), by the same
 * rule, without building the document: each textblock's text is counted whole.
 */
export function countWordsJson(json: unknown): number {
  if (!json || typeof json !== 'object') return 0;
  const content = (json as { content?: unknown }).content;
  if (!Array.isArray(content)) return 0;
  if (content.some((c) => c && typeof (c as { text?: unknown }).text === 'string')) {
    return countText(content.map((c) => ((c as { text?: unknown }).text as string | undefined) ?? '').join(''));
  }
  let total = 0;
  for (const child of content) total += countWordsJson(child);
  return total;
}
