/**
 * The corpus figures (issue "Real reports as they are"), computed once for
 * the corpus tests and for `npm run corpus`: structure read exactly as
 * annotated, run-in headings, the year's summary targets against the
 * annotations, and the findings of the strict rules with the ones known to be
 * true set apart.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { runChecks } from '../../src/core/checks/index.js';
import type { Finding } from '../../src/core/checks/types.js';
import { importText } from '../../src/core/import/text.js';
import { extractTargets } from '../../src/core/targets/extract.js';
import { corpusReports, runInAgreement, scoreSummaryTargets, structureDifferences, type CorpusReport, type TargetScore } from './annotations.js';

/** The rules that must raise no false finding on a published report. */
export const STRICT_RULES = [
  'target-mismatch',
  'count-mismatch',
  'numbering-sequence',
  'numbering-form',
  'typed-marker',
  'glossary-unused',
  'glossary-order',
  'glossary-duplicate',
  'punctuation-pair',
  'enumeration-mismatch',
  'heading-punctuation',
  'year-consistency',
] as const;

/** A finding on a published report that is true: the report itself has the fault. */
export interface KnownTrueFinding {
  report: string;
  rule: string;
  /** The heading path, joined (三（六）). */
  path: string;
  why: string;
}

/**
 * Findings of the strict rules on the real reports that are true, each with
 * why. Everything else a strict rule says on them is a false alarm.
 */
export const KNOWN_TRUE_FINDINGS: readonly KnownTrueFinding[] = [];

export interface ReportFigures {
  report: CorpusReport;
  doc: PMNode;
  differences: string[];
  runIn: { agree: number; total: number };
  targets: TargetScore;
  strict: Finding[];
  /** Strict findings not known to be true. */
  falseFindings: Finding[];
}

export interface CorpusFigures {
  reports: ReportFigures[];
  exact: number;
  recall: number;
  precision: number;
  strictFindings: number;
  falseFindings: number;
  characters: number;
}

const isKnown = (name: string, f: Finding): boolean =>
  KNOWN_TRUE_FINDINGS.some((k) => k.report === name && k.rule === f.rule && k.path === f.path.join(''));

export function corpusFigures(): CorpusFigures {
  const reports = corpusReports().map((report): ReportFigures => {
    const { doc } = importText(report.text);
    const strict = runChecks(doc, {}, { rules: [...STRICT_RULES] });
    return {
      report,
      doc,
      differences: structureDifferences(report, doc),
      runIn: runInAgreement(report, doc),
      targets: scoreSummaryTargets(report, extractTargets(doc)),
      strict,
      falseFindings: strict.filter((f) => !isKnown(report.name, f)),
    };
  });
  const sum = (f: (r: ReportFigures) => number): number => reports.reduce((n, r) => n + f(r), 0);
  const found = sum((r) => r.targets.found);
  return {
    reports,
    exact: reports.filter((r) => r.differences.length === 0).length,
    recall: found / Math.max(1, sum((r) => r.targets.annotated)),
    precision: found / Math.max(1, sum((r) => r.targets.extracted)),
    strictFindings: sum((r) => r.strict.length),
    falseFindings: sum((r) => r.falseFindings.length),
    characters: sum((r) => r.doc.textContent.length),
  };
}

/** The figures as a person reads them. */
export function formatCorpusFigures(figures: CorpusFigures): string {
  const lines: string[] = [];
  for (const r of figures.reports) {
    const t = r.targets;
    lines.push(
      `${r.report.name.padEnd(22)} 结构 ${r.differences.length ? '不符' : '一致'}  接排标题 ${r.runIn.agree}/${r.runIn.total}  指标 ${t.found}/${t.annotated}（提取 ${t.extracted}）  严格规则 ${r.strict.length}（误报 ${r.falseFindings.length}）`,
    );
    for (const d of r.differences) lines.push(`    ${d}`);
    for (const m of t.missed) lines.push(`    漏：${m.indicator} ${m.verb}${m.value}${m.unit}${m.qualifier}`);
    for (const e of t.extra) lines.push(`    多：${e.indicatorText} ${e.text}`);
    for (const f of r.falseFindings) lines.push(`    误报 ${f.rule} ${f.path.join('')}：${f.message.zh}`);
  }
  lines.push('');
  lines.push(`structure exactly as annotated: ${figures.exact} of ${figures.reports.length}`);
  lines.push(`summary targets: recall ${figures.recall.toFixed(3)}, precision ${figures.precision.toFixed(3)}`);
  lines.push(
    `strict-rule findings: ${figures.strictFindings} in ${figures.characters.toLocaleString('en')} characters, ${figures.falseFindings} not known to be true`,
  );
  return lines.join('\n');
}
