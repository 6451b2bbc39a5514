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
 * An indicator counts only as a whole name: the word before it must end a
 * clause or be one that can stand before a name (全省, 其中, 确保 …), so
 * 海洋生产总值 and 人均地区生产总值 are not 地区生产总值.
 *
 * Scope comes from the part the block is in (see scope.ts); a target inside
 * the summary passage of the targetSummary paragraph has scope `summary`. The
 * summary is read clause by clause (see summaryTargets below), and there a
 * subject the lexicon does not know still makes a target, named as written.
 * A 年均 rate (地区生产总值年均增长5%左右) is a five-year target wherever it
 * stands, and is never compared with the year's.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { buildIndex, type BlockInfo, type DocIndex } from '../checks/docIndex.js';
import { lexiconFromSettings, type Lexicon } from './lexicon.js';
import { continuesSummary, summaryGoesOn, summaryListStart } from './summary.js';
import type { QualitativeTarget, Target } from './types.js';
import { isPercentUnit, normalizeValue, UNITS } from './units.js';

/**
 * Words between the indicator and its verb: 年均, 预计, 同口径 (同口径增长9%),
 * 按 (按增长5%安排), 比2020年 …
 */
const FILLER = '(?:年均|预计|力争|全年|累计|总量|总额|同比|同口径|比上年|较上年|[较比](?:19|20)\\d{2}年|分别|均|将|要|按)';
/** Verbs, longest first where one begins another (达到 before 达). 稳定在5.5%左右, 保持在1.3万亿斤以上. */
const VERBS =
  '控制在|保持在|稳定在|上涨幅度|增长|提高|提升|达到|突破|超过|完成|实现|新增|增加|下降|降低|减少|上涨|回落|增速|涨幅|增幅|达|为';
const PREFIX = '约|不少于|不低于|不超过|不高于|超';
const NUMBER = '\\d+(?:\\.\\d+)?';
const UNIT = UNITS.map((u) => u.replace(/[%‰/]/g, '\\$&')).join('|');
const QUALIFIER = '左右|以上|以内|以下';
/** A value or a range, with or without the unit after its first end: 5—6, 5%—5.5%, 4.5%－5%, 4.5-5. */
const DASH = '[—－\\-~～至到]';
const VALUE = `(${NUMBER})(?:(?:${UNIT})?\\s*${DASH}\\s*(${NUMBER}))?`;

/** After the indicator: fillers, verb, prefix, value, unit, qualifier. Sticky. */
const TAIL_RE = new RegExp(`(${FILLER}{0,3})(${VERBS})?([在至到]?)(${PREFIX})?${VALUE}(${UNIT})(${QUALIFIER})?`, 'y');
/** One value of a list after 分别: 5.2%, 4%左右. Sticky. */
const VALUE_RE = new RegExp(`(${PREFIX})?${VALUE}(${UNIT})(${QUALIFIER})?`, 'y');
/** What joins the values of a 分别 list: 5.2%、7.6%, 4%左右和6%左右. */
const VALUE_JOIN = /[、和及]/;

const RATE_VERBS = new Set(['增长', '提高', '提升', '下降', '降低', '减少', '上涨', '回落', '增速', '涨幅', '增幅', '上涨幅度']);
const VERB_BEFORE_RE = /(完成|实现|新增)$/;
const PREFIX_QUALIFIER: Record<string, string> = { 约: '左右', 不少于: '以上', 不低于: '以上', 超: '以上', 不超过: '以内', 不高于: '以内' };

/**
 * What may stand right before an indicator's name in running text, so that the
 * name is whole: a place or time (全省地区生产总值, 2026年), a link (其中, 和, 、),
 * or a verb that takes the indicator as object (确保城镇调查失业率…).
 */
const BEFORE_NAME_RE =
  /(?:全[省市区县州盟国]|[我本][省市区县州]|[年月]|[年月][末底初内]|今年|全年|明年|当年|每年|同期|其中|力争|争取|努力|确保|推动|推进|促进|实现|完成|新增|预计|提出|包括|提高|提升|加大|稳定|稳住|扩大|保持|带动|拉动|指标|目标|是|和|与|及|的|将|要|使|让|把|即)$/;
const HAN_RE = /[\u3400-\u9fff]$/;

/** Whether a name found at `from` stands whole, not inside a longer name (海洋生产总值). */
function standsWhole(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - 2), from);
  return !HAN_RE.test(before) || BEFORE_NAME_RE.test(before);
}

interface Mention {
  indicator: string;
  indicatorText: string;
  from: number;
  to: number;
}

interface Statement {
  verb: string;
  prefix: string;
  /** As written without the unit: 7.5, or a range 5—5.5. */
  value: string;
  /** The (lower) number of the value. */
  low: string;
  unit: string;
  qualifier: string;
  /** Text from the verb (or fillers) to the qualifier. */
  text: string;
  end: number;
  /** The verb reaches a level (提高到58%, 提升至1.8%) rather than stating a rate. */
  reaches?: boolean;
}

/**
 * The verb an indicator carries in its name (城镇新增就业, 市场主体净增), '' for
 * one that takes its value directly (城镇调查失业率5.5%左右, 居民消费价格涨幅2%左右,
 * 粮食产量1300亿斤以上, 研发投入强度3.42%左右), or null when the indicator
 * needs a verb.
 */
function carriedVerb(form: string): string | null {
  if (form.includes('新增')) return '新增';
  const m = /(净增|增长|增加)$/.exec(form);
  if (m) return m[1];
  return /(率|涨幅|幅度|产量|强度)$/.test(form) ? '' : null;
}

function rateKind(verb: string, unit: string, indicator: Mention, fillers: string, reaches = false): 'rate' | 'level' {
  if (!isPercentUnit(unit)) return 'level';
  if ((RATE_VERBS.has(verb) && !reaches) || /(涨幅|幅度)$/.test(indicator.indicatorText) || /涨幅$/.test(indicator.indicator) || /年均/.test(fillers)) return 'rate';
  return 'level';
}

/** The value as written, without a unit inside a range: 5%—5.5% → 5—5.5. */
function valueText(whole: string, low: string, high: string | undefined): string {
  if (high === undefined) return low;
  const dash = new RegExp(DASH).exec(whole.slice(low.length))?.[0] ?? '-';
  return `${low}${dash}${high}`;
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

/** Values of a list from `at`: 5.2%、7.6%、8%, or 4%左右和6%左右. */
function valueList(text: string, at: number, verb: string): Statement[] {
  const out: Statement[] = [];
  let pos = at;
  for (;;) {
    VALUE_RE.lastIndex = pos;
    const m = VALUE_RE.exec(text);
    if (!m) break;
    const [whole, prefix = '', low, high, unit, qualifier = ''] = m;
    const value = valueText(whole.slice(prefix.length), low, high);
    out.push({ verb, prefix, value, low, unit, qualifier, text: whole, end: pos + whole.length });
    pos += whole.length;
    if (!VALUE_JOIN.test(text[pos] ?? '')) break;
    pos += 1;
  }
  return out;
}

/** The statement of a tail match at `at` (its verb still to be decided). */
function tailStatement(tail: RegExpExecArray, at: number): { statement: Statement; fillers: string; written: string } {
  const [whole, fillers, written = '', to = '', prefix = '', low, high, unit, qualifier = ''] = tail;
  const valueFrom = whole.indexOf(low, fillers.length + written.length + to.length + prefix.length);
  const value = valueText(whole.slice(valueFrom), low, high);
  const reaches = to === '至' || to === '到';
  return { statement: { verb: written, prefix, value, low, unit, qualifier, text: whole.slice(fillers.length), end: at + whole.length, reaches }, fillers, written };
}

function makeTarget(mention: Mention, s: Statement, fillers: string, block: BlockInfo, scope: Target['scope']): Target {
  const normalized = normalizeValue(s.low, s.unit);
  const unit = s.unit === '％' ? '%' : s.unit;
  // A 年均 rate states a target over several years (五年, “十五五”), not the year's.
  const over = /年均/.test(fillers) && (scope === 'year' || scope === 'summary') ? 'fiveYear' : scope;
  return {
    indicator: mention.indicator,
    indicatorText: mention.indicatorText,
    verb: s.verb,
    value: s.value,
    normalizedValue: normalized.value,
    baseUnit: normalized.baseUnit,
    unit,
    qualifier: s.qualifier || PREFIX_QUALIFIER[s.prefix] || '',
    kind: rateKind(s.verb, unit, mention, fillers, s.reaches),
    scope: over,
    text: s.text,
    blockId: block.id,
    from: mention.from,
    to: s.end,
    path: block.path,
  };
}

/** A value per area or per head (51.2亿元/平方公里), or a figure running on, is not the indicator's value. */
const runsOn = (text: string, end: number): boolean => text[end] === '/' || /^[\d.]/.test(text[end] ?? '');

/**
 * What follows the listed indicators ending at `at`: one statement for all of
 * them, or one each after 分别. Null when no target is stated there.
 */
function statementsAfter(text: string, list: Mention[], at: number): { statements: Statement[]; fillers: string; end: number } | null {
  TAIL_RE.lastIndex = at;
  const tail = TAIL_RE.exec(text);
  if (!tail) return null;
  const { statement, fillers, written } = tailStatement(tail, at);
  const first = list[0];
  const before = VERB_BEFORE_RE.exec(text.slice(Math.max(0, first.from - 2), first.from))?.[1] ?? '';
  const carried = carriedVerb(list[list.length - 1].indicatorText);
  const verb = written || before || carried || '';
  if (!verb && carried === null) return null;
  if (runsOn(text, statement.end)) return null;
  statement.verb = verb;
  if (!fillers.includes('分别') || list.length === 1) return { statements: [statement], fillers, end: statement.end };
  const more = VALUE_JOIN.test(text[statement.end] ?? '') ? valueList(text, statement.end + 1, verb) : [];
  const statements = [statement, ...more];
  if (statements.length !== list.length) return null;
  return { statements, fillers, end: statements[statements.length - 1].end };
}

/** Targets named by the lexicon in text[from, to) of a block (running text, not the summary). */
function lexiconTargets(block: BlockInfo, lexicon: Lexicon, from: number, to: number, scope: Target['scope'], out: Target[]): void {
  const text = block.text;
  const pattern = patterns(lexicon).global;
  pattern.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) && m.index < to) {
    if (!standsWhole(text, m.index)) continue;
    const first: Mention = { indicator: lexicon.canonical.get(m[0])!, indicatorText: m[0], from: m.index, to: m.index + m[0].length };
    const list = listFrom(text, first, lexicon);
    const at = list[list.length - 1].to;
    const found = statementsAfter(text, list, at);
    pattern.lastIndex = found ? found.end : at;
    if (!found) continue;
    const shared = found.statements.length === 1;
    list.forEach((mention, i) => {
      const s = found.statements[shared ? 0 : i];
      out.push(makeTarget(mention, { ...s, end: shared ? found.end : s.end }, found.fillers, block, scope));
    });
  }
}

// ---------------------------------------------------------------------------
// The summary passage, clause by clause.

/**
 * One statement of a summary clause from its start: a subject, then fillers,
 * verb, prefix, value, unit, qualifier. The subject is the shortest text that
 * lets the rest follow, so 居民消费价格总水平上涨幅度控制在2%左右 has the subject
 * 居民消费价格总水平上涨幅度 and the verb 控制在. Sticky.
 */
const CLAUSE_STATEMENT_RE = new RegExp(`([^，；。：]*?)(${FILLER}{0,3})(${VERBS})?[在至到]?(${PREFIX})?${VALUE}(${UNIT})(${QUALIFIER})?`, 'y');
/** Words before the subject that are not part of its name: 其中一二三产增加值, 确保粮食产量. */
const SUBJECT_LEAD_RE = /^(?:其中|今年|全年|(?:19|20)\d{2}年|全[省市区县州盟]|[我本][省市区县州]|确保|力争|争取|努力|推动|实现)+/;
/** A later horizon opening a clause: 到2030年, 到“十五五”末. */
const HORIZON_RE = /^(?:到(?:19|20)\d{2}年(?:底|末)?|到“十[一二三四五六七八九]五”末)/;
/** Place words a name may carry that the lexicon leaves out: 全省地区生产总值, 全市生产总值. */
const PLACE_RE = /^(?:全[省市区县州盟国]|[我本][省市区县州])/;
/** A clause that only qualifies the one before: 在实际工作中努力争取更好结果, 力争更好结果. */
const ADD_ON_RE = /^(?:在实际工作中|力争|争取|努力|加快|对标|在全国|确保完成|并|这|上述|以上)/;
/** A subject that names a period rather than an indicator: “十五五”时期, 今后五年, 到2030年. */
const PERIOD_RE = /(?:时期|期间|五年|(?:19|20)\d{2}年)$/;
/** 一二三产增加值: one name for each numeral. */
const SECTORS_RE = /^([一二三])([一二三]+)(产.*)$/;

interface Subject {
  name: string;
  from: number;
  to: number;
}

/** The canonical indicator of a subject, or null when the lexicon does not know it. */
function canonicalOf(name: string, verb: string, lexicon: Lexicon): string | null {
  const bare = name.replace(PLACE_RE, '');
  for (const form of [name, bare, `${name}${verb}`, `${bare}${verb}`]) {
    const known = lexicon.canonical.get(form);
    if (known) return known;
  }
  return null;
}

/**
 * The subjects of a statement: one, or several joined by 、 和 及 与 when each
 * is a name by itself (城镇调查失业率和登记失业率 → 城镇调查失业率, 城镇登记失业率)
 * or when 分别 pairs them with as many values. A short first name takes the
 * rest of the last one (城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入;
 * 一产、二产、三产增加值 → 一产增加值), and a later name the head of the first
 * (登记失业率 after 城镇调查失业率 → 城镇登记失业率); 城乡 names two (城乡居民…
 * → 城镇居民…, 农村居民…); 一二三产增加值 names three.
 */
function subjectsOf(subject: Subject, values: number, verb: string, lexicon: Lexicon): Subject[] {
  const known = (name: string): boolean => canonicalOf(name, verb, lexicon) !== null;
  const whole = [subject];
  const sectors = SECTORS_RE.exec(subject.name);
  if (sectors && values === sectors[1].length + sectors[2].length) {
    return [...(sectors[1] + sectors[2])].map((n) => ({ name: `${n}${sectors[3]}`, from: subject.from, to: subject.to }));
  }
  if (values === 2 && subject.name.startsWith('城乡')) {
    const rest = subject.name.slice(2);
    return ['城镇', '农村'].map((place) => ({ name: `${place}${rest}`, from: subject.from, to: subject.to }));
  }
  const parts: Subject[] = [];
  let at = subject.from;
  for (const piece of subject.name.split(/[、和及与]/)) {
    parts.push({ name: piece, from: at, to: at + piece.length });
    at += piece.length + 1;
  }
  if (parts.length === 1 || parts.some((p) => !p.name)) return whole;
  const last = parts[parts.length - 1].name;
  const first = parts[0].name;
  const named = parts.map((p, i) => {
    if (known(p.name)) return p;
    // 城镇、农村居民人均可支配收入: the first ones take the rest of the last.
    if (i < parts.length - 1 && p.name.length < last.length) return { ...p, name: `${p.name}${last.slice(p.name.length)}` };
    // 城镇调查失业率和登记失业率: a later one takes the head of the first.
    if (i > 0) {
      for (let k = 1; k < first.length; k++) if (known(`${first.slice(0, k)}${p.name}`)) return { ...p, name: `${first.slice(0, k)}${p.name}` };
    }
    return p;
  });
  if (values > 1) return values === named.length ? named : whole;
  return named.every((p) => known(p.name)) ? named : whole;
}

/** Every statement of one clause of the summary, and whether any was found. */
function clauseTargets(block: BlockInfo, lexicon: Lexicon, from: number, to: number, out: Target[]): boolean {
  const text = block.text;
  let pos = from;
  let found = false;
  while (pos < to) {
    CLAUSE_STATEMENT_RE.lastIndex = pos;
    const m = CLAUSE_STATEMENT_RE.exec(text);
    if (!m || m.index + m[0].length > to) break;
    const subjectText = m[1];
    // 到2030年地区生产总值达到…: a later horizon, so a five-year target, not the year's.
    const horizon = HORIZON_RE.exec(subjectText)?.[0] ?? '';
    const lead = horizon + (SUBJECT_LEAD_RE.exec(subjectText.slice(horizon.length))?.[0] ?? '');
    const subject: Subject = { name: subjectText.slice(lead.length), from: pos + lead.length, to: pos + subjectText.length };
    let tailAt = pos + subjectText.length;
    TAIL_RE.lastIndex = tailAt;
    let t = TAIL_RE.exec(text);
    // The shortest subject may leave a name's last word to the tail (社会消费品零售|总额增长4%,
    // 居民消费价格|涨幅2%): the subject takes it back when that makes a name the lexicon knows.
    for (let k = t ? t[1].length + (t[2]?.length ?? 0) : 0; t && k > 0; k--) {
      const longer = `${subject.name}${text.slice(tailAt, tailAt + k)}`;
      if (canonicalOf(longer, '', lexicon) === null) continue;
      TAIL_RE.lastIndex = tailAt + k;
      const rest = TAIL_RE.exec(text);
      if (!rest) continue;
      subject.name = longer;
      subject.to = tailAt + k;
      tailAt += k;
      t = rest;
      break;
    }
    if (!t || !/[\u3400-\u9fffA-Za-z]/.test(subject.name) || runsOn(text, tailAt + t[0].length)) {
      pos = m.index + m[0].length;
      continue;
    }
    const { statement, fillers, written } = tailStatement(t, tailAt);
    statement.verb = written || carriedVerb(subject.name) || '';
    let statements = [statement];
    if (VALUE_JOIN.test(text[statement.end] ?? '') && (fillers.includes('分别') || /[、和及与]|^[一二三]{2}产|^城乡/.test(subject.name))) {
      const more = valueList(text, statement.end + 1, statement.verb);
      if (more.length && more[more.length - 1].end <= to) statements = [statement, ...more];
    }
    const subjects = subjectsOf(subject, statements.length, written, lexicon);
    // 分别 with names and values that do not pair (一二三产增加值分别增长3%、6%): no target can be told.
    const unpaired = statements.length > 1 && subjects.length !== statements.length;
    // A clause whose subject is a period (“十五五”时期年均增长5%以上) states no indicator of the year.
    const period = PERIOD_RE.test(subject.name);
    if (unpaired || period) subjects.length = 0;
    subjects.forEach((s, i) => {
      const st = statements[statements.length === 1 ? 0 : i];
      const canonical = canonicalOf(s.name, written, lexicon);
      const mention: Mention = { indicator: canonical ?? s.name, indicatorText: s.name, from: s.from, to: s.to };
      out.push(makeTarget(mention, st, fillers, block, horizon ? 'fiveYear' : 'summary'));
    });
    found = true;
    pos = statements[statements.length - 1].end;
    // Another statement may follow after 、 (城镇调查失业率5.5%左右、城镇新增就业110万人); an add-on ends the clause.
    if (text[pos] !== '、') break;
    pos += 1;
  }
  return found;
}

/** Clause boundaries of text[from, to): [start, end) of each clause, without its closing mark. */
function clauses(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || /[，；。！？]/.test(text[i])) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

/** The targets of the summary passage text[from, to) of a block, and its clauses that state a target without a figure. */
export function summaryTargets(
  block: BlockInfo,
  lexicon: Lexicon,
  range: { from: number; to: number },
): { targets: Target[]; qualitative: QualitativeTarget[] } {
  const text = block.text;
  const targets: Target[] = [];
  const qualitative: QualitativeTarget[] = [];
  const start = summaryListStart(text, range.from, range.to);
  for (const [from, to] of clauses(text, start, range.to)) {
    if (clauseTargets(block, lexicon, from, to, targets)) continue;
    const clause = text.slice(from, to).trim();
    if (!clause || ADD_ON_RE.test(clause)) continue;
    qualitative.push({ kind: 'qualitative', text: clause, scope: 'summary', blockId: block.id, from, to, path: block.path });
  }
  return { targets, qualitative };
}

/** The targets stated in one block. `summaryRange` is the summary passage when the block holds it. */
export function targetsInBlock(
  block: BlockInfo,
  lexicon: Lexicon,
  summaryRange: { from: number; to: number } | null = null,
  scope: Target['scope'] = block.scope,
): Target[] {
  const out: Target[] = [];
  if (!summaryRange) {
    if (mentionsIndicator(block.text, lexicon)) lexiconTargets(block, lexicon, 0, block.text.length, scope, out);
    return out;
  }
  lexiconTargets(block, lexicon, 0, summaryRange.from, scope, out);
  out.push(...summaryTargets(block, lexicon, summaryRange).targets);
  lexiconTargets(block, lexicon, summaryRange.to, block.text.length, scope, out);
  return out;
}

/** At most this many paragraphs continue a summary set out over several. */
const MAX_SUMMARY_PARAGRAPHS = 20;

/**
 * The blocks of the summary passage and the range of it in each: the summary
 * paragraph, and when its passage ends the paragraph with ： or ；, the
 * paragraphs after it that go on stating targets (summary.ts, continuesSummary).
 */
export function summaryPassage(index: DocIndex): Map<BlockInfo, { from: number; to: number }> {
  const out = new Map<BlockInfo, { from: number; to: number }>();
  const summary = index.summary;
  if (!summary) return out;
  out.set(summary.block, summary);
  if (!summaryGoesOn(summary.block.text, summary.to)) return out;
  // byId holds every block in document order, also when `blocks` was cut down to the changed ones (compare).
  const all = [...index.byId.values()];
  for (let i = summary.block.order + 1; i < all.length && out.size <= MAX_SUMMARY_PARAGRAPHS; i++) {
    const next = all[i];
    if (next.type !== 'paragraph' || next.parent !== summary.block.parent || !continuesSummary(next.text)) break;
    out.set(next, { from: 0, to: next.text.length });
    if (!summaryGoesOn(next.text, next.text.length)) break;
  }
  return out;
}

/** An annex that lists the year's 民生实事 (2026年自治区民生实事), not a record of them (…完成情况). */
const YEAR_LIST_TITLE_RE = /实事|项目清单|任务清单/;
const RECORD_TITLE_RE = /完成情况|回顾|总结/;

/**
 * The scope of each list annex (annex name → scope): an annex listing the
 * year's 民生实事 states the year's tasks, so its items are compared with the
 * summary like the year's part; any other annex is `other`.
 */
function annexScopes(index: DocIndex): Map<string, Target['scope']> {
  const out = new Map<string, Target['scope']>();
  for (const b of index.blocks) {
    if (b.type !== 'annexTitle') continue;
    const year = YEAR_LIST_TITLE_RE.test(b.text) && !RECORD_TITLE_RE.test(b.text);
    out.set(b.path[0] ?? '', year && index.summary ? 'year' : 'other');
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
  const annexes = index.blocks.some((b) => b.type === 'annexItem') ? annexScopes(index) : null;
  const passage = summaryPassage(index);
  for (const block of index.blocks) {
    const item = block.type === 'annexItem';
    if (block.type !== 'paragraph' && !/Heading$/.test(block.type) && block.type !== 'glossaryDefinition' && !item) continue;
    const range = passage.get(block) ?? null;
    const scope = item ? (annexes?.get(block.path[0] ?? '') ?? 'other') : block.scope;
    const key = `${block.id}|${scope}|${range ? `${range.from}-${range.to}` : ''}|${block.path.join('/')}`;
    const cached = cache.get(block.node);
    if (cached && cached.lexicon === lexicon && cached.key === key) {
      out.push(...cached.targets);
      continue;
    }
    const targets = targetsInBlock(block, lexicon, range, scope);
    cache.set(block.node, { lexicon, key, targets });
    out.push(...targets);
  }
  return out;
}

/** Every target stated in the document, with its scope. */
export function extractTargets(doc: PMNode, lexicon: Lexicon = lexiconFromSettings()): Target[] {
  return targetsOfIndex(buildIndex(doc), lexicon);
}

/**
 * The summary's targets without a figure (居民收入增长和经济增长同步, 完成国家下达
 * 任务): listed as such, never compared as numbers.
 */
export function qualitativeTargetsOfIndex(index: DocIndex, lexicon: Lexicon): QualitativeTarget[] {
  return [...summaryPassage(index)].flatMap(([block, range]) => summaryTargets(block, lexicon, range).qualitative);
}

export function qualitativeTargets(doc: PMNode, lexicon: Lexicon = lexiconFromSettings()): QualitativeTarget[] {
  return qualitativeTargetsOfIndex(buildIndex(doc), lexicon);
}
