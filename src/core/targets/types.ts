/**
 * Targets (指标): indicator + verb + value + unit + qualifier, e.g.
 * 地区生产总值 增长 7.5 % 左右. Shared by the checks (target-mismatch, the
 * 指标一览 panel) and compare (the 指标变化 table). The extractor lives in
 * extract.ts (Checks issue).
 */

/** Where a statement of a target belongs: only same-scope statements must agree. */
export type TargetScope =
  /** the year's main-targets summary (主要预期目标) */
  | 'summary'
  /** the part with the year's tasks, which the summary governs */
  | 'year'
  /** the review part: results, not targets */
  | 'review'
  /** a five-year part */
  | 'fiveYear'
  /** anything else (preamble, annex) */
  | 'other';

export interface Target {
  /** Canonical indicator name from the lexicon, e.g. 地区生产总值 (for GDP, 生产总值 …). */
  indicator: string;
  /** The indicator as written. */
  indicatorText: string;
  /** 增长, 达到, 控制在, 新增 … */
  verb: string;
  /** Value as written, e.g. "7.5", "1.7". */
  value: string;
  /** Value normalised to the base unit (2万人 → 20000). */
  normalizedValue: number;
  /** Unit as written, e.g. "%", "万人", "亿元". */
  unit: string;
  /** Unit of `normalizedValue`, without the scale: "人" for 万人, "元" for 亿元, "%" for %. */
  baseUnit?: string;
  /** 左右, 以上, 以内, 以下, or "". */
  qualifier: string;
  /** Whether the value is a growth rate (增长 …%) rather than a level. */
  kind: 'rate' | 'level';
  scope: TargetScope;
  /** The whole statement as written, e.g. 增长7.5%左右. */
  text: string;
  /** Id of the block holding it, and the character range inside the block's text. */
  blockId: string;
  from: number;
  to: number;
  /** Heading path, e.g. ["三", "（六）"]. */
  path: string[];
}

/**
 * A target the summary states without a figure: 居民收入增长和经济增长同步,
 * 完成国家下达任务. Listed as such; never compared as a number.
 */
export interface QualitativeTarget {
  kind: 'qualitative';
  /** The clause as written. */
  text: string;
  scope: TargetScope;
  blockId: string;
  from: number;
  to: number;
  path: string[];
}
