/**
 * glossary-candidate: a quoted numeric coinage in the body (“三化”改造,
 * “1+5”) that the glossary does not explain — a suggestion (info), with a
 * fix that adds an entry at the place its first use calls for.
 *
 * Only short quoted phrases (2–6 characters, Han and figures only) that
 * open with a number are candidates: those are the abbreviations a reader
 * cannot unfold. Coinages of national policy that every reader knows
 * (“四个意识”, “十四五”) are not suggested, nor counted phrases (“八大提升行动”),
 * whose structure explains them.
 * Each candidate is reported once, at its first use.
 */
import type { BlockInfo } from '../docIndex.js';
import { bilingual, documentRule, finding } from '../finding.js';
import { bareTerm, bodyText, firstUse } from '../glossary.js';
import type { Finding, Rule, RuleContext } from '../types.js';

const QUOTED_RE = /“([^“”]{2,6})”/g;
const SHAPE_RE = /^[\u4e00-\u9fff0-9+＋]+$/;
/** Opens with a number: “三化”, “一楼一策”, “1+5” (not “百年商道”, “店小二”). */
const NUMBER_RE = /^(?:[一二两三四五六七八九十双]|\d+[+＋]\d+)/;
/** A counted phrase (“八大提升行动”) is explained by the structure that follows it. */
const COUNTED_RE = /^[一二两三四五六七八九十\d]+(?:大|个方面|项)/;

/** National coinages that need no explanation in a local report. */
const WELL_KNOWN = new Set([
  '四个意识', '四个自信', '两个维护', '两个确立', '四个全面', '五位一体', '一带一路', '十三五', '十四五', '十五五',
  '七五', '八五', '六稳', '六保', '双创', '双碳', '双循环', '三农', '四风', '两会', '一网通办', '一网统管', '一网通管',
  '三去一降一补', '两不愁三保障', '一老一小', '两新一重', '最多跑一次', '三孩', '两山', '一国两制', '三严三实', '两学一做',
]);

function isCandidate(text: string): boolean {
  return SHAPE_RE.test(text) && NUMBER_RE.test(text) && !COUNTED_RE.test(text) && !WELL_KNOWN.has(text);
}

function run(ctx: RuleContext): Finding[] {
  const glossary = ctx.index.glossary;
  const terms = glossary.map((g) => bareTerm(g.term.text));
  const explained = (c: string) => terms.some((t) => t.includes(c));
  const body = bodyText(ctx.index);
  const uses = glossary.map((g) => firstUse(body, g));
  const seen = new Set<string>();
  const out: Finding[] = [];
  body.blocks.forEach((block: BlockInfo, i) => {
    if (!block.text.includes('“')) return;
    for (const m of block.text.matchAll(QUOTED_RE)) {
      const term = m[1];
      if (seen.has(term) || !isCandidate(term) || explained(term)) continue;
      seen.add(term);
      const at = body.starts[i] + m.index;
      const index = uses.filter((u) => u >= 0 && u < at).length;
      out.push(
        finding(glossaryCandidate, {
          block,
          from: m.index,
          to: m.index + m[0].length,
          key: 'check-glossary-candidate',
          params: { term },
          fix: { label: bilingual('fix-add-glossary'), edits: [], glossaryEntry: { term, definition: '', index } },
        }),
      );
    }
  });
  return out;
}

function dependsOn(block: BlockInfo): boolean {
  return block.inAnnex || block.text.includes('“');
}

export const glossaryCandidate: Rule = documentRule({ id: 'glossary-candidate', severity: 'info' }, run, dependsOn);
