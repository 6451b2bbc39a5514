/**
 * The target extractor (指标提取): finds indicator + verb + value + unit +
 * qualifier in the report, e.g. 地区生产总值 增长 7.5 % 左右.
 *
 * An indicator is a form from the lexicon. After it may come a few filler
 * words (年均, 预计, 均, 分别 …), a verb (增长, 控制在 …), a prefix (约, 不少于),
 * the value (7.5, or a range 5—6), the unit and a qualifier (左右, 以上 …).
 * A verb is required, except before the indicator (完成地区生产总值6650亿元)
 * and for indicators that carry it (新增就业1.7万人, 城镇调查失业率5.5%左右);
 * a unit is required, and a value per area (51.2亿元/平方公里) is not a target.
 * Indicators listed together share the value (地区生产总值、服务业增加值均突破
 * 2000亿元), or take one each after 分别 when the counts agree.
 *
 * Scope comes from the part the block is in (see scope.ts); a target inside
 * the summary sentence of the targetSummary paragraph has scope `summary`.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { buildIndex, type BlockInfo, type DocIndex } from '../checks/docIndex.js';
import { lexiconFromSettings, type Lexicon } from './lexicon.js';
import type { Target } from './types.js';
import { isPercentUnit, normalizeValue, UNITS } from './units.js';

const FILLER = '(?:年均|预计|力争|全年|累计|总量|总额|同比|比上年|较上年|[较比](?:19|20)\\d{2}年|分别|均|将|要)';
const VERBS = '控制在|保持在|增长|提高|提升|达到|突破|超过|完成|实现|新增|增加|下降|降低|减少|上涨|回落|增速|涨幅|达|为';
const PREFIX = '约|不少于|不低于|不超过|不高于|超';
const NUMBER = '\\d+(?:\\.\\d+)?';
const UNIT = UNITS.map((u) => u.replace(/[%‰]/g, '\\$&')).join('|');
const QUALIFIER = '左右|以上|以内|以下';

/** After the indicator: fillers, verb, prefix, value, unit, qualifier. Sticky. */
const TAIL_RE = new RegExp(
  `(${FILLER}{0,3})(${VERBS})?在?(${PREFIX})?((${NUMBER})(?:\\s*[—－\\-~～至到]\\s*${NUMBER})?)(${UNIT})(${QUALIFIER})?`,
  'y',
);
/** A value list after 分别: 5.2%、7.6%. Sticky. */
const VALUE_RE = new RegExp(`(${PREFIX})?(${NUMBER})(${UNIT})(${QUALIFIER})?`, 'y');

const RATE_VERBS = new Set(['增长', '提高', '提升', '下降', '降低', '减少', '上涨', '回落', '增速', '涨幅']);
const VERB_BEFORE_RE = /(完成|实现|新增)$/;
const PREFIX_QUALIFIER: Record<string, string> = { 约: '左右', 不少于: '以上', 不低于: '以上', 超: '以上', 不超过: '以内', 不高于: '以内' };

interface Mention {
  indicator: string;
  indicatorText: string;
  from: number;
  to: number;
}

interface Statement {
  verb: string;
  prefix: string;
  /** As written: 7.5, or a range 5—6. */
  value: string;
  /** The (lower) number of the value. */
  low: string;
  unit: string;
  qualifier: string;
  /** Text from the verb (or fillers) to the qualifier. */
  text: string;
  end: number;
}

/**
 * The verb an indicator carries in its name (城镇新增就业, 市场主体净增), '' for
 * a rate that takes its value directly (城镇调查失业率5.5%左右), or null when
 * the indicator needs a verb.
 */
function carriedVerb(form: string): string | null {
  if (form.includes('新增')) return '新增';
  const m = /(净增|增长|增加)$/.exec(form);
  if (m) return m[1];
  return /(率|涨幅)$/.test(form) ? '' : null;
}

function rateKind(verb: string, unit: string, indicator: string, fillers: string): 'rate' | 'level' {
  if (!isPercentUnit(unit)) return 'level';
  if (RATE_VERBS.has(verb) || /涨幅$/.test(indicator) || /年均/.test(fillers)) return 'rate';
  return 'level';
}

interface Patterns {
  global: RegExp;
  sticky: RegExp;
  test: RegExp;
}

const compiled = new WeakMap<Lexicon, Patterns>();

/** The lexicon's alternation compiled once for each use. */
function patterns(lexicon: Lexicon): Patterns {
  let p = compiled.get(lexicon);
  if (!p) {
    const source = lexicon.pattern.source;
    p = { global: new RegExp(source, 'g'), sticky: new RegExp(source, 'y'), test: new RegExp(source) };
    compiled.set(lexicon, p);
  }
  return p;
}

/** Whether the text names any indicator of the lexicon. */
export function mentionsIndicator(text: string, lexicon: Lexicon): boolean {
  return patterns(lexicon).test.test(text);
}

/** Indicators listed together from `first`: 地区生产总值、服务业增加值. */
function listFrom(text: string, first: Mention, lexicon: Lexicon): Mention[] {
  const list = [first];
  let at = first.to;
  const re = patterns(lexicon).sticky;
  while (/[、和及与]/.test(text[at] ?? '')) {
    re.lastIndex = at + 1;
    const m = re.exec(text);
    if (!m) break;
    list.push({ indicator: lexicon.canonical.get(m[0])!, indicatorText: m[0], from: at + 1, to: at + 1 + m[0].length });
    at = at + 1 + m[0].length;
  }
  return list;
}

/** Values after 分别 and the verb: 5.2%、7.6%、8%. */
function valueList(text: string, at: number): { statements: Omit<Statement, 'verb'>[]; end: number } {
  const out: Omit<Statement, 'verb'>[] = [];
  let pos = at;
  for (;;) {
    VALUE_RE.lastIndex = pos;
    const m = VALUE_RE.exec(text);
    if (!m) break;
    out.push({ prefix: m[1] ?? '', value: m[2], low: m[2], unit: m[3], qualifier: m[4] ?? '', text: m[0], end: pos + m[0].length });
    pos += m[0].length;
    if (text[pos] !== '、') break;
    pos += 1;
  }
  return { statements: out, end: out.length ? out[out.length - 1].end : at };
}

function makeTarget(mention: Mention, s: Statement, fillers: string, block: BlockInfo, scope: Target['scope']): Target {
  const normalized = normalizeValue(s.low, s.unit);
  const unit = s.unit === '％' ? '%' : s.unit;
  return {
    indicator: mention.indicator,
    indicatorText: mention.indicatorText,
    verb: s.verb,
    value: s.value,
    normalizedValue: normalized.value,
    baseUnit: normalized.baseUnit,
    unit,
    qualifier: s.qualifier || PREFIX_QUALIFIER[s.prefix] || '',
    kind: rateKind(s.verb, unit, mention.indicatorText, fillers),
    scope,
    text: s.text,
    blockId: block.id,
    from: mention.from,
    to: s.end,
    path: block.path,
  };
}

/**
 * What follows the listed indicators ending at `at`: one statement for all of
 * them, or one each after 分别. Null when no target is stated there.
 */
function statementsAfter(text: string, list: Mention[], at: number): { statements: Statement[]; fillers: string; end: number } | null {
  TAIL_RE.lastIndex = at;
  const tail = TAIL_RE.exec(text);
  if (!tail) return null;
  const [whole, fillers, written = '', prefix = '', value, low, unit, qualifier = ''] = tail;
  const first = list[0];
  const before = VERB_BEFORE_RE.exec(text.slice(Math.max(0, first.from - 2), first.from))?.[1] ?? '';
  const carried = carriedVerb(list[list.length - 1].indicatorText);
  const verb = written || before || carried || '';
  if (!verb && carried === null) return null;
  let end = at + whole.length;
  // 51.2亿元/平方公里 is a value per area, not the indicator's value.
  if (text[end] === '/' || /^[\d.]/.test(text[end] ?? '')) return null;
  const statement: Statement = { verb, prefix, value, low, unit, qualifier, text: whole.slice(fillers.length), end };
  if (!fillers.includes('分别') || list.length === 1) return { statements: [statement], fillers, end };
  const more = text[end] === '、' ? valueList(text, end + 1).statements.map((s) => ({ ...s, verb })) : [];
  const statements = [statement, ...more];
  if (statements.length !== list.length) return null;
  end = statements[statements.length - 1].end;
  return { statements, fillers, end };
}

/** The targets stated in one block. `summaryRange` is the summary sentence when the block holds it. */
export function targetsInBlock(block: BlockInfo, lexicon: Lexicon, summaryRange: { from: number; to: number } | null = null): Target[] {
  const text = block.text;
  const out: Target[] = [];
  if (!mentionsIndicator(text, lexicon)) return out;
  const scopeAt = (pos: number): Target['scope'] =>
    summaryRange && pos >= summaryRange.from && pos < summaryRange.to ? 'summary' : block.scope;
  const pattern = patterns(lexicon).global;
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    const first: Mention = { indicator: lexicon.canonical.get(m[0])!, indicatorText: m[0], from: m.index, to: m.index + m[0].length };
    const list = listFrom(text, first, lexicon);
    const at = list[list.length - 1].to;
    const found = statementsAfter(text, list, at);
    pattern.lastIndex = found ? found.end : at;
    if (!found) continue;
    const shared = found.statements.length === 1;
    list.forEach((mention, i) => {
      const s = found.statements[shared ? 0 : i];
      out.push(makeTarget(mention, { ...s, end: shared ? found.end : s.end }, found.fillers, block, scopeAt(mention.from)));
    });
  }
  return out;
}

interface CachedTargets {
  lexicon: Lexicon;
  key: string;
  targets: Target[];
}

/**
 * Targets per block node: ProseMirror keeps unchanged nodes between versions
 * of a document, so after an edit (or between two drafts) only the changed
 * blocks are read again. The key holds what else the targets depend on.
 */
const cache = new WeakMap<PMNode, CachedTargets>();

/** Targets of every block of an index, in document order. */
export function targetsOfIndex(index: DocIndex, lexicon: Lexicon): Target[] {
  const out: Target[] = [];
  for (const block of index.blocks) {
    if (block.type !== 'paragraph' && !/Heading$/.test(block.type) && block.type !== 'glossaryDefinition') continue;
    const range = index.summary && index.summary.block === block ? index.summary : null;
    const key = `${block.id}|${block.scope}|${range ? `${range.from}-${range.to}` : ''}|${block.path.join('/')}`;
    const cached = cache.get(block.node);
    if (cached && cached.lexicon === lexicon && cached.key === key) {
      out.push(...cached.targets);
      continue;
    }
    const targets = targetsInBlock(block, lexicon, range);
    cache.set(block.node, { lexicon, key, targets });
    out.push(...targets);
  }
  return out;
}

/** Every target stated in the document, with its scope. */
export function extractTargets(doc: PMNode, lexicon: Lexicon = lexiconFromSettings()): Target[] {
  return targetsOfIndex(buildIndex(doc), lexicon);
}
