/**
 * count-mismatch: a counted phrase (“八大提升行动”, 六个方面工作, 三项任务,
 * X大工程) must announce as many sections or items as follow it.
 *
 * A phrase is checked only where it introduces a structure, so that a number
 * in running text ("完成三项任务" in a review) is never counted:
 *  - in a heading, against the sub-headings of that heading;
 *  - at the end of a paragraph, just before its final "：" (…“八大提升行动”：),
 *    against the headings that follow the paragraph, or a run of paragraphs
 *    that start 一是 / 第一，;
 *  - at the end of a paragraph that ends with it and a 。, when its sentence
 *    looks ahead (重点做好十个方面工作。 / 今年要重点抓好以下九个方面工作。),
 *    against the headings that follow the paragraph;
 *  - followed by "：一是……二是……" in the same paragraph, against those markers;
 *  - N件民生实事 (a count of the year's 民生实事), against the items of the one
 *    list annex whose title names them (附件 2026年民生实事: 1. … 10.).
 * Glossary coinages with a number (六稳, 五个率先) are checked as warnings, see
 * coinageCount.ts.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { fromChineseNumeral } from '../../numerals.js';
import { levelOf } from '../../schema.js';
import type { BlockInfo } from '../docIndex.js';
import { documentRule, finding, isHeading } from '../finding.js';
import type { Finding, Rule, RuleContext } from '../types.js';
import { coinageFindings } from './coinageCount.js';

const NUM = '[一二两三四五六七八九十]{1,3}|\\d{1,2}';
const DA_NOUN = '行动计划|专项行动|攻坚战|行动|工程|任务|举措|战略|计划|板块|产业|功能区|片区|体系';
/** 八大提升行动 · 六个方面工作 · 三项重点任务 */
const COUNTED = `(${NUM})(?:大[\\u4e00-\\u9fff]{0,6}?(?:${DA_NOUN})|个?方面(?:的)?(?:重点|主要)?(?:工作|任务|重点|举措|措施|内容|目标)?|项(?:重点)?(?:任务|工作|举措|措施|行动|工程|改革)|件(?:民生)?实事)`;
const COUNTED_RE = new RegExp(COUNTED, 'g');
/** The same, for a yes/no test (no lastIndex state). */
const HAS_COUNTED_RE = new RegExp(COUNTED);

function toNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : fromChineseNumeral(text);
}

/** Numbered containers among `parent`'s children from index `start` on, while they last. */
function containersFrom(parent: PMNode, start: number): number {
  let n = 0;
  for (let i = start; i < parent.childCount; i++) {
    if (levelOf(parent.child(i).type.name) === 0) break;
    n += 1;
  }
  return n;
}

const ENUM_MARK_RE = /(?:^|[：；。！])\s*(?:([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})[，,])/g;

/** Count 一是 … 二是 … (or 第一， 第二，) markers in order from 一. */
function countMarkers(text: string): number {
  let expected = 1;
  for (const m of text.matchAll(ENUM_MARK_RE)) {
    if (toNumber(m[1] ?? m[2]) === expected) expected += 1;
  }
  return expected - 1;
}

const LEADING_MARK_RE = /^\s*(?:([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})[，,])/;

/** Paragraphs after index `start` of `parent` that open with the next 一是 / 第一， marker. */
function markedParagraphsFrom(parent: PMNode, start: number): number {
  let expected = 1;
  for (let i = start; i < parent.childCount; i++) {
    const child = parent.child(i);
    if (child.type.name !== 'paragraph') break;
    const m = LEADING_MARK_RE.exec(child.textContent);
    if (!m || toNumber(m[1] ?? m[2]) !== expected) break;
    expected += 1;
  }
  return expected - 1;
}

/** From the end of the phrase to the end of the paragraph, when the phrase is what the colon introduces. */
const INTRODUCES_RE = /^[”’」』]?(?:[，,]?(?:具体|主要)?(?:如下|是))?[：:]\s*$/;
/** The same with a 。: the paragraph's last sentence announces what follows. */
const ANNOUNCES_RE = /^[”’」』]?[。]\s*$/;
/** Words by which a sentence looks ahead to the work that follows (重点做好, 抓好以下, 这里重点报告八个方面), or back to the work it reports (一年来，主要抓了九个方面工作。). */
const AHEAD_RE = /以下|如下|做好|抓好|重点|主要抓了|主要做了/;
/** A count of the year's 民生实事. */
const PROJECTS_RE = /件(?:民生)?实事$/;

/** How many things follow the phrase ending at `end` in `block`, or null when it introduces nothing countable. */
function followingCount(block: BlockInfo, end: number): number | null {
  if (isHeading(block)) {
    // The heading's own container: count its sub-containers.
    let n = 0;
    block.parent.forEach((child) => {
      if (levelOf(child.type.name) === block.level + 1) n += 1;
    });
    return n || null;
  }
  if (block.type !== 'paragraph') return null;
  const rest = block.text.slice(end);
  if (/^[”’」』]?[：:]/.test(rest)) {
    const inline = countMarkers(rest.replace(/^[”’」』]?[：:]/, '：'));
    if (inline >= 2) return inline;
  }
  // The phrase must be what the colon introduces: 实施“八大提升行动”： / 抓好三个方面，具体如下：
  // or, with a 。, what the paragraph's last sentence announces: 重点做好十个方面工作。
  const sentence = block.text.slice(Math.max(block.text.lastIndexOf('。', end - 1), block.text.lastIndexOf('；', end - 1)) + 1, end);
  if (!INTRODUCES_RE.test(rest) && !(ANNOUNCES_RE.test(rest) && AHEAD_RE.test(sentence))) return null;
  const next = block.indexInParent + 1;
  const containers = containersFrom(block.parent, next);
  if (containers) return containers;
  const marked = markedParagraphsFrom(block.parent, next);
  return marked >= 2 ? marked : null;
}

/** The items of the one list annex whose title names the year's 民生实事, or null. */
function projectCount(ctx: RuleContext): number | null {
  const lists: number[] = [];
  ctx.index.doc.forEach((annex) => {
    if (annex.type.name !== 'annex') return;
    let named = false;
    let items = 0;
    annex.forEach((c) => {
      if (c.type.name === 'annexTitle' && /实事/.test(c.textContent)) named = true;
      if (c.type.name === 'annexItem') items += 1;
    });
    if (named && items) lists.push(items);
  });
  return lists.length === 1 ? lists[0] : null;
}

function phraseFindings(rule: Rule, block: BlockInfo, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const m of block.text.matchAll(COUNTED_RE)) {
    const start = m.index;
    if (/(?:党的|第)$/.test(block.text.slice(Math.max(0, start - 2), start))) continue;
    const expected = toNumber(m[1]);
    if (expected === null) continue;
    const end = start + m[0].length;
    const actual = PROJECTS_RE.test(m[0]) ? projectCount(ctx) : followingCount(block, end);
    if (actual === null || actual === expected) continue;
    // A quoted phrase (“八大提升行动”) is reported with its quotes.
    const quoted = block.text[start - 1] === '“' && block.text[end] === '”';
    const from = quoted ? start - 1 : start;
    const to = quoted ? end + 1 : end;
    out.push(finding(rule, { block, from, to, key: 'check-count-mismatch', params: { phrase: m[0], expected, actual } }));
  }
  return out;
}

function run(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const block of ctx.index.blocks) {
    if (block.inAnnex || (block.type !== 'paragraph' && !isHeading(block))) continue;
    if (!HAS_COUNTED_RE.test(block.text)) continue;
    out.push(...phraseFindings(countMismatch, block, ctx));
  }
  out.push(...coinageFindings(countMismatch, ctx));
  return out;
}

function dependsOn(block: BlockInfo): boolean {
  return isHeading(block) || block.inAnnex || block.type === 'annexItem' || HAS_COUNTED_RE.test(block.text) || LEADING_MARK_RE.test(block.text);
}

export const countMismatch: Rule = documentRule({ id: 'count-mismatch', severity: 'error' }, run, dependsOn);
