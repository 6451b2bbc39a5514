/**
 * Whether an annex is a glossary (名词解释: term, then definition) or a list
 * of numbered items (a list of 民生实事, each item a sentence with targets).
 *
 * The title decides when it names a glossary (名词解释, 名词注释, 注释 …) or a
 * list (民生实事, 实事项目, 重点项目, 指标 …). Otherwise the entries decide: a
 * glossary entry opens with a short term before a colon
 * (`“三通一码”：赣服通……`) or is a short term alone with its definition on the
 * next line, while a list item is a sentence (`实现城镇新增就业18万人以上，发布……`).
 * An annex with no numbered entries is neither (kind 'other').
 */
import type { EntryForm } from './blocks.js';

export type AnnexKind = 'glossary' | 'list' | 'other';

const GLOSSARY_TITLE = /名词|注释|注解|释义|术语/;
const LIST_TITLE = /实事|项目|清单|任务|指标|目标|计划/;
/** The longest term seen before a colon is about 20 characters; a sentence is longer or has a comma. */
const MAX_TERM = 30;

function looksLikeTerm(text: string): boolean {
  const colon = text.search(/[：:]/);
  const term = colon < 0 ? text : text.slice(0, colon);
  if (colon < 0 && text.length > MAX_TERM) return false;
  return term.length > 0 && term.length <= MAX_TERM && !/[，。；,;]/.test(term);
}

export function annexKind(title: string | null, entries: { text: string; form: EntryForm }[]): AnnexKind {
  if (entries.length === 0) return 'other';
  if (entries.some((e) => e.form === 'endnote')) return 'glossary';
  if (title && GLOSSARY_TITLE.test(title)) return 'glossary';
  if (title && LIST_TITLE.test(title)) return 'list';
  const terms = entries.filter((e) => looksLikeTerm(e.text)).length;
  return terms / entries.length >= 0.6 ? 'glossary' : 'list';
}
