/**
 * The indicator lexicon (指标词表): canonical indicator names with the other
 * forms reports write them in (地区生产总值 = 生产总值 = GDP …). Users extend it
 * in the document's settings under `targets.indicators`:
 *
 *   { "targets": { "indicators": [{ "name": "金融业增加值", "synonyms": ["金融增加值"] }] } }
 *
 * A user entry with the name of a default indicator adds synonyms to it.
 */

export interface IndicatorEntry {
  /** Canonical name, e.g. 地区生产总值. */
  name: string;
  /** Other forms, e.g. 生产总值, GDP. */
  synonyms: string[];
}

export const DEFAULT_INDICATORS: readonly IndicatorEntry[] = [
  // 经济增长5%左右 in a summary states the GDP target.
  { name: '地区生产总值', synonyms: ['国内生产总值', '生产总值', 'GDP', '经济总量', '经济增长'] },
  { name: '一般公共预算收入', synonyms: ['地方一般公共预算收入', '一般预算收入', '地方一般预算收入'] },
  { name: '固定资产投资', synonyms: ['全社会固定资产投资'] },
  { name: '社会消费品零售总额', synonyms: ['社零', '社会消费品零售额'] },
  { name: '规模以上工业增加值', synonyms: ['规上工业增加值', '规模工业增加值'] },
  { name: '城镇新增就业', synonyms: ['新增就业', '新增城镇就业', '城镇新增就业人数'] },
  { name: '城镇调查失业率', synonyms: [] },
  // 城镇调查失业率和登记失业率稳定在4.3%左右: the second shares 城镇.
  { name: '城镇登记失业率', synonyms: ['登记失业率'] },
  {
    name: '居民消费价格涨幅',
    synonyms: ['居民消费价格', '居民消费价格指数', '居民消费价格指数涨幅', '居民消费价格总水平', '居民消费价格总水平上涨幅度', '居民消费价格上涨幅度', 'CPI', 'CPI涨幅'],
  },
  { name: '居民人均可支配收入', synonyms: ['居民收入', '人均可支配收入', '全体居民人均可支配收入'] },
  { name: '城镇居民人均可支配收入', synonyms: ['城镇常住居民人均可支配收入'] },
  { name: '农村居民人均可支配收入', synonyms: ['农村常住居民人均可支配收入'] },
  { name: '单位地区生产总值能耗', synonyms: ['单位GDP能耗', '单位生产总值能耗', '单位国内生产总值能耗', '万元GDP能耗'] },
  {
    name: '单位地区生产总值二氧化碳排放',
    synonyms: ['单位生产总值二氧化碳排放', '单位国内生产总值二氧化碳排放', '单位GDP二氧化碳排放', '单位地区生产总值二氧化碳排放量', '单位生产总值二氧化碳排放量'],
  },
  { name: '第一产业增加值', synonyms: ['一产增加值'] },
  { name: '第二产业增加值', synonyms: ['二产增加值'] },
  { name: '服务业增加值', synonyms: ['第三产业增加值', '三产增加值'] },
  { name: '进出口总额', synonyms: ['外贸进出口', '外贸进出口总额', '外贸进出口总值', '进出口总值', '进出口'] },
  { name: '实际利用外资', synonyms: ['实际使用外资'] },
  { name: '研发经费投入', synonyms: ['全社会研发经费投入', '研究与试验发展经费投入'] },
  { name: '研发投入强度', synonyms: ['全社会研发投入强度', '研发经费投入强度'] },
  { name: '粮食产量', synonyms: ['粮食总产量'] },
  { name: '常住人口城镇化率', synonyms: ['城镇化率'] },
  { name: '市场主体', synonyms: [] },
  { name: '金融业增加值', synonyms: [] },
  { name: '高新技术产业增加值', synonyms: [] },
];

export interface Lexicon {
  entries: IndicatorEntry[];
  /** Every form, longest first, as one alternation (global). */
  pattern: RegExp;
  /** Form → canonical name. */
  canonical: Map<string, string>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Merge user entries into the defaults (same name: synonyms added) and compile. */
export function buildLexicon(extra: readonly IndicatorEntry[] = []): Lexicon {
  const byName = new Map<string, IndicatorEntry>();
  for (const e of [...DEFAULT_INDICATORS, ...extra]) {
    const name = e.name.trim();
    if (!name) continue;
    const known = byName.get(name) ?? { name, synonyms: [] };
    for (const s of e.synonyms) if (s.trim() && !known.synonyms.includes(s.trim())) known.synonyms.push(s.trim());
    byName.set(name, known);
  }
  const entries = [...byName.values()];
  const canonical = new Map<string, string>();
  for (const e of entries) {
    canonical.set(e.name, e.name);
    for (const s of e.synonyms) if (!canonical.has(s)) canonical.set(s, e.name);
  }
  const forms = [...canonical.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { entries, pattern: new RegExp(forms.join('|'), 'g'), canonical };
}

/** User entries from `settings.targets.indicators`, ignoring malformed ones. */
export function indicatorsFromSettings(settings: Record<string, unknown> | undefined): IndicatorEntry[] {
  const targets = settings?.targets as { indicators?: unknown } | undefined;
  const list = Array.isArray(targets?.indicators) ? targets.indicators : [];
  const out: IndicatorEntry[] = [];
  for (const raw of list) {
    const e = raw as { name?: unknown; synonyms?: unknown };
    if (typeof e?.name !== 'string') continue;
    const synonyms = Array.isArray(e.synonyms) ? e.synonyms.filter((s): s is string => typeof s === 'string') : [];
    out.push({ name: e.name, synonyms });
  }
  return out;
}

let defaultLexicon: Lexicon | null = null;

/** The lexicon for a document's settings (the defaults when the user added nothing). */
export function lexiconFromSettings(settings?: Record<string, unknown>): Lexicon {
  const extra = indicatorsFromSettings(settings);
  if (extra.length) return buildLexicon(extra);
  defaultLexicon ??= buildLexicon();
  return defaultLexicon;
}
