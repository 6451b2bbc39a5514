/**
 * The targets summary (主要预期目标): the passage that states the year's main
 * targets, whatever its wording:
 *
 *   今年经济社会发展主要预期目标是：地区生产总值增长5%左右，……
 *   建议今年全市经济社会发展的主要预期目标是：……
 *   今年经济社会发展主要目标是：……        主要预期目标为：……      预期目标：……
 *
 * A statement of a plan's targets (“十五五”时期……主要目标是, 到2030年……主要目标
 * 包括：地区生产总值年均增长5%以上) is not the year's summary: its sentence names
 * five years, a plan or a later year before the phrase, or gives 年均 rates.
 *
 * The passage runs from the clause that names the targets over the sentences
 * after it for as long as they still state targets (a figure with a unit, or a
 * target without one: 与经济增长同步, 完成国家下达任务), so a summary of several
 * sentences is read whole and the sentence after it (重点做好以下工作) is not.
 * When the phrase or the list ends its paragraph with ： or ；, the passage goes
 * on in the paragraphs after that state targets (continuesSummary).
 */

/** The phrase that opens a summary, with its verb and colon. */
const PHRASE_RE = /(?:主要预期目标|主要目标|预期目标)(?:是|为|包括)?[：:]|(?:主要预期目标|主要目标)(?:是|为)/;
/** Before the phrase, within its sentence: a plan or five years, not this year. */
const PLAN_RE = /十[一二三四五六七八九]五|五年|规划|纲要|到20\d{2}年|20\d{2}年前/;
const YEAR_RE = /今年|全年|明年|新的一年|20\d{2}年(?:全[省市区县]|经济社会|我[省市区])?/;
const RATE_OVER_YEARS_RE = /年均(?:增长|增速|提高|下降)/;
/** A sentence that still states targets. */
const TARGET_SENTENCE_RE =
  /\d(?:\.\d+)?\s*(?:%|％|‰|万|亿|个百分点|倍|元|人|吨|斤|亩|公里|千瓦|微克)|同步|下达|国家要求|正增长|稳中有[升增]|持续(?:提升|改善|下降)|(?:预期性|约束性)指标|[高快]于经济增[速长]/;

export interface SummaryMatch {
  /** Offset of the start of the clause that names the targets. */
  from: number;
  /** Offset just past the last sentence of the passage. */
  to: number;
  /** Whether the sentence names this year (今年, 全年, 2026年 …). */
  namesYear: boolean;
}

function sentenceStart(text: string, at: number): number {
  const before = text.slice(0, at);
  return Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？')) + 1;
}

function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  return Math.max(sentenceStart(text, at), before.lastIndexOf('，') + 1, before.lastIndexOf('；') + 1);
}

/** The end of the sentence starting at `from` (past its 。), or the end of the text. */
function sentenceEnd(text: string, from: number): number {
  const m = /[。！？]/g;
  m.lastIndex = from;
  const hit = m.exec(text);
  return hit ? hit.index + 1 : text.length;
}

/** Where the year's targets summary stands in a paragraph's text, or null. */
export function findSummaryPassage(text: string): SummaryMatch | null {
  const re = new RegExp(PHRASE_RE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = sentenceStart(text, m.index);
    const lead = text.slice(start, m.index);
    if (PLAN_RE.test(lead)) continue;
    // 主要预期目标是： ending its paragraph: the targets follow in the paragraphs after (see continuesSummary).
    if (/[：:]$/.test(m[0]) && !text.slice(m.index + m[0].length).trim()) {
      return { from: clauseStart(text, m.index), to: text.length, namesYear: YEAR_RE.test(lead) };
    }
    let to = sentenceEnd(text, m.index);
    const first = text.slice(m.index, to);
    if (RATE_OVER_YEARS_RE.test(first) || !TARGET_SENTENCE_RE.test(first)) continue;
    while (to < text.length) {
      const next = sentenceEnd(text, to);
      if (!TARGET_SENTENCE_RE.test(text.slice(to, next))) break;
      to = next;
    }
    return { from: clauseStart(text, m.index), to, namesYear: YEAR_RE.test(lead) };
  }
  return null;
}

/**
 * Where the list of targets begins in a passage text[from, to): just past the
 * phrase and its colon (主要预期目标是：地区生产总值…), or `from` when the phrase
 * is not found there.
 */
export function summaryListStart(text: string, from: number, to: number): number {
  const m = PHRASE_RE.exec(text.slice(from, to));
  return m ? from + m.index + m[0].length : from;
}

/**
 * Whether a paragraph after a summary that ends its paragraph with ： or ；
 * goes on with its list: every clause of it states a target, and it opens no
 * summary of its own. For a summary set out over several paragraphs:
 *
 *   今年经济社会发展的主要预期目标是：
 *   地区生产总值增长5%左右，城镇调查失业率5.5%左右；
 *   居民消费价格涨幅2%左右，居民收入增长和经济增长同步。
 */
export function continuesSummary(text: string): boolean {
  const body = text.trim();
  if (!body || PHRASE_RE.test(body)) return false;
  const pieces = body.split(/[。；！？]/).filter((piece) => piece.trim());
  return pieces.length > 0 && pieces.every((piece) => TARGET_SENTENCE_RE.test(piece));
}

/** Whether a summary passage that reaches the end of its paragraph goes on in the next one (it ends with ： or ；). */
export function summaryGoesOn(text: string, to: number): boolean {
  return !text.slice(to).trim() && /[：:；;]\s*$/.test(text);
}
