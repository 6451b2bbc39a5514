/**
 * `caogao check FILE… [--json] [--rules a,b] [--min-severity error|warning|hint]`: run the checks (several files
 * as batch.ts says). Without --json the findings come grouped by rule, the
 * groups in the order of what matters (core/checks/rank.ts, as the panel
 * lists them): a line with the rule and its count, then one line per finding
 * (heading path, message) with its excerpt, then the counts. --min-severity
 * leaves out the findings below that severity (hint, 提示, is `info` in the
 * JSON). Exit code 1 when any finding listed is an error.
 * The document's own settings (lists, suppressions) apply to a .caogao file.
 */
import { RULE_IDS, atLeast, byRule, ruleById, runChecks, type Finding, type Severity } from '../../core/checks/index.js';
import { message, type Lang, type MessageKey } from '../../core/messages/index.js';
import { finalDoc } from '../../core/review/suggestions.js';
import { loadDocument } from '../../node/documents.js';
import { countsOf, runOnFiles, type Counts, type PerFile } from '../batch.js';
import type { Command } from '../command.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../usage.js';

function ruleList(value: string | boolean | undefined): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  const rules = value
    .split(/[,，]/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
  for (const rule of rules) {
    if (!RULE_IDS.includes(rule)) throw new UsageError('cli-unknown-rule', { rule, rules: RULE_IDS.join(', ') });
  }
  return rules;
}

/** --min-severity: error, warning or hint (info, as the JSON says, is taken too). */
const MIN_SEVERITIES: Record<string, Severity> = { error: 'error', warning: 'warning', hint: 'info', info: 'info' };

function minSeverity(value: string | boolean | undefined): Severity {
  if (typeof value !== 'string') return 'info';
  const severity = MIN_SEVERITIES[value.trim().toLowerCase()];
  if (!severity) throw new UsageError('cli-unknown-severity', { value });
  return severity;
}

/** The documented JSON: rule, severity, message, path, excerpt. */
function toJson(findings: Finding[], lang: Lang): Record<string, unknown> {
  const list = findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message[lang], path: f.path, excerpt: f.excerpt }));
  return { findings: list };
}

const count = (findings: Finding[], s: Finding['severity']) => findings.filter((f) => f.severity === s).length;

function toText(findings: Finding[], lang: Lang): string {
  const lines: string[] = [];
  for (const group of byRule(findings)) {
    const severity = group.findings.some((f) => f.severity === 'error') ? 'error' : group.findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
    const label = ruleById(group.rule)?.description[lang] ?? group.rule;
    lines.push(message('cli-check-group', lang, { severity: message(`severity-${severity}` as MessageKey, lang), label, count: group.findings.length, rule: group.rule }));
    for (const f of group.findings) {
      const where = f.path.length ? f.path.join('') : lang === 'en' ? '(front matter)' : '（开头）';
      // A group of one severity says it once; a finding of another severity in it says its own.
      const own = f.severity === severity ? '' : `${message(`severity-${f.severity}` as MessageKey, lang)}  `;
      lines.push(`  ${own}${where}  ${f.message[lang]}`);
      lines.push(`      ${f.excerpt}`);
    }
  }
  if (lines.length) lines.push('');
  lines.push(
    findings.length
      ? message('cli-check-summary', lang, { errors: count(findings, 'error'), warnings: count(findings, 'warning'), infos: count(findings, 'info') })
      : message('cli-check-clean', lang),
  );
  return `${lines.join('\n')}\n`;
}

interface Result {
  findings: Finding[];
  counts: Counts;
}

function perFile(rules: string[] | undefined, min: Severity): PerFile<Result> {
  return {
    async run(file) {
      const loaded = await loadDocument(file);
      // 修订 are read as if accepted (最终状态), as the editor checks them.
      const doc = finalDoc(loaded.doc);
      const findings = runChecks(doc, loaded.settings, rules ? { rules } : {}).filter((f) => atLeast(f.severity, min));
      return { findings, counts: countsOf(doc) };
    },
    json: (r, lang) => toJson(r.findings, lang),
    text: (r, lang) => toText(r.findings, lang),
    exitCode: (r) => (r.findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK),
    counts: (r) => r.counts,
    columns: ['cli-batch-errors', 'cli-batch-warnings', 'cli-batch-infos'],
    cells: (r) => [count(r.findings, 'error'), count(r.findings, 'warning'), count(r.findings, 'info')],
  };
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'caogao check FILE… [--json] [--rules a,b] [--min-severity error|warning|hint]',
  summary: { zh: message('cli-check-summary-command', 'zh'), en: message('cli-check-summary-command', 'en') },
  options: { json: { type: 'boolean' }, rules: { type: 'string' }, 'min-severity': { type: 'string' } },
  run: (ctx) => runOnFiles(ctx, perFile(ruleList(ctx.values.rules), minSeverity(ctx.values['min-severity']))),
};
