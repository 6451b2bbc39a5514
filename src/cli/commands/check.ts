/**
 * `caogao check FILE… [--json] [--rules a,b]`: run the checks (several files as batch.ts says). Without --json
 * one finding per line (severity, heading path, message, rule) with its
 * excerpt, then the counts. Exit code 1 when any finding is an error.
 * The document's own settings (lists, suppressions) apply to a .caogao file.
 */
import { RULE_IDS, runChecks, type Finding } from '../../core/checks/index.js';
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

/** The documented JSON: rule, severity, message, path, excerpt. */
function toJson(findings: Finding[], lang: Lang): Record<string, unknown> {
  const list = findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message[lang], path: f.path, excerpt: f.excerpt }));
  return { findings: list };
}

const count = (findings: Finding[], s: Finding['severity']) => findings.filter((f) => f.severity === s).length;

function toText(findings: Finding[], lang: Lang): string {
  const lines: string[] = [];
  for (const f of findings) {
    const where = f.path.length ? f.path.join('') : lang === 'en' ? '(front matter)' : '（开头）';
    lines.push(`${message(`severity-${f.severity}` as MessageKey, lang)}  ${where}  ${f.message[lang]}  [${f.rule}]`);
    lines.push(`    ${f.excerpt}`);
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

function perFile(rules: string[] | undefined): PerFile<Result> {
  return {
    async run(file) {
      const loaded = await loadDocument(file);
      // 修订 are read as if accepted (最终状态), as the editor checks them.
      const { doc, settings } = { doc: finalDoc(loaded.doc), settings: loaded.settings };
      return { findings: runChecks(doc, settings, rules ? { rules } : {}), counts: countsOf(doc) };
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
  usage: 'caogao check FILE… [--json] [--rules a,b]',
  summary: { zh: message('cli-check-summary-command', 'zh'), en: message('cli-check-summary-command', 'en') },
  options: { json: { type: 'boolean' }, rules: { type: 'string' } },
  run: (ctx) => runOnFiles(ctx, perFile(ruleList(ctx.values.rules))),
};
