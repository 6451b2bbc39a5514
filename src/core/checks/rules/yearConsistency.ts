/**
 * year-consistency: the report year, the plan year and the dates fit together.
 *
 * The plan year is the year named in the heading of the year's part
 * (三、2022年工作安排); without one it follows from the meeting date on the
 * occasion line (a report delivered from September on plans the next year).
 * Then: the heading year must agree with the meeting date (a warning, since
 * either may be the one to correct); in the year part a sentence opening
 * "2023年，是……" must name the plan year; in the review, "即将过去的2021年"
 * must be the year before it; and no date may be impossible (2月30日).
 */
import type { BlockInfo, DocIndex } from '../docIndex.js';
import { documentRule, finding, isHeading } from '../finding.js';
import type { Finding, Rule, RuleContext } from '../types.js';

const DATE_RE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?/g;
const YEAR_IS_RE = /(?:^|[。；！？])\s*(((?:19|20)\d{2})\s*年\s*[，,]?\s*是)/g;
const CLOSING_YEAR_RE = /即将过去的((?:19|20)\d{2})\s*年/g;
const HEADING_YEAR_RE = /((?:19|20)\d{2})\s*年/;

interface Years {
  meeting: { year: number; month: number; text: string } | null;
  heading: { block: BlockInfo; year: number; from: number; to: number } | null;
  plan: number | null;
}

function years(index: DocIndex): Years {
  const occasion = index.blocks.find((b) => b.type === 'occasion');
  const m = occasion ? /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?/.exec(occasion.text) : null;
  const meeting = m ? { year: Number(m[1]), month: Number(m[2]), text: m[0] } : null;
  let heading: Years['heading'] = null;
  for (const part of index.parts) {
    const h = part.scope === 'year' ? HEADING_YEAR_RE.exec(part.heading.text) : null;
    if (h) {
      heading = { block: part.heading, year: Number(h[1]), from: h.index, to: h.index + h[0].length };
      break;
    }
  }
  const fromMeeting = meeting ? (meeting.month >= 9 ? meeting.year + 1 : meeting.year) : null;
  return { meeting, heading, plan: heading?.year ?? fromMeeting };
}

function validDate(year: number, month: number, day: number | null): boolean {
  if (month < 1 || month > 12) return false;
  if (day === null) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function blockFindings(block: BlockInfo, plan: number | null): Finding[] {
  const out: Finding[] = [];
  const text = block.text;
  for (const m of text.matchAll(DATE_RE)) {
    if (validDate(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null)) continue;
    out.push(finding(yearConsistency, { block, from: m.index, to: m.index + m[0].length, key: 'check-date-invalid', params: { text: m[0] } }));
  }
  if (plan === null || block.type !== 'paragraph') return out;
  if (block.scope === 'year') {
    for (const m of text.matchAll(YEAR_IS_RE)) {
      if (Number(m[2]) === plan) continue;
      const from = m.index + m[0].length - m[1].length;
      out.push(finding(yearConsistency, { block, from, to: from + m[1].length, key: 'check-year-plan', params: { expected: plan, text: m[1] } }));
    }
  }
  if (block.scope === 'review') {
    for (const m of text.matchAll(CLOSING_YEAR_RE)) {
      if (Number(m[1]) === plan - 1) continue;
      out.push(
        finding(yearConsistency, {
          block,
          from: m.index,
          to: m.index + m[0].length,
          key: 'check-year-review',
          params: { plan, expected: plan - 1, text: m[0] },
        }),
      );
    }
  }
  return out;
}

function run(ctx: RuleContext): Finding[] {
  const y = years(ctx.index);
  const out: Finding[] = [];
  if (y.heading && y.meeting) {
    const expected = y.meeting.month >= 9 ? y.meeting.year + 1 : y.meeting.year;
    if (expected !== y.heading.year) {
      out.push(
        finding(yearConsistency, {
          block: y.heading.block,
          from: y.heading.from,
          to: y.heading.to,
          key: 'check-year-heading',
          severity: 'warning',
          params: { date: y.meeting.text, expected, year: y.heading.year },
        }),
      );
    }
  }
  for (const block of ctx.index.blocks) {
    if (!/\d\s*年/.test(block.text)) continue;
    out.push(...blockFindings(block, y.plan));
  }
  return out;
}

function dependsOn(block: BlockInfo): boolean {
  return isHeading(block) || block.type === 'occasion' || /\d\s*年/.test(block.text);
}

export const yearConsistency: Rule = documentRule({ id: 'year-consistency', severity: 'error' }, run, dependsOn);
