/**
 * `caogao targets FILE… [--json]`: the targets (指标) of a report with
 * indicator, value, unit, qualifier, scope and heading path. Without --json
 * they are listed by indicator, each mention with its scope and path, then
 * the summary's targets without a figure (居民收入增长和经济增长同步); in the JSON
 * these come last in `targets` as {kind: "qualitative", text, scope, path}.
 * Several files as batch.ts says.
 */
import { displayWidth, padDisplay } from '../../core/format/displayText.js';
import { message, type Lang, type MessageKey } from '../../core/messages/index.js';
import { extractTargets, qualitativeTargets } from '../../core/targets/extract.js';
import { lexiconFromSettings } from '../../core/targets/lexicon.js';
import type { QualitativeTarget, Target } from '../../core/targets/types.js';
import { finalDoc } from '../../core/review/suggestions.js';
import { loadDocument } from '../../node/documents.js';
import { countsOf, runOnFiles, type Counts, type PerFile } from '../batch.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../usage.js';

function toJson(targets: Target[], qualitative: QualitativeTarget[]): Record<string, unknown> {
  const list: Record<string, unknown>[] = targets.map((t) => ({ indicator: t.indicator, value: t.value, unit: t.unit, qualifier: t.qualifier, scope: t.scope, path: t.path }));
  for (const q of qualitative) list.push({ kind: q.kind, text: q.text, scope: q.scope, path: q.path });
  return { targets: list };
}

/**
 * One line per mention under its indicator: scope, heading path, the words
 * as written. Scope and path are padded to their widest entry in terminal
 * columns (a Han character takes two), so the columns line up in both languages.
 */
function toText(targets: Target[], qualitative: QualitativeTarget[], lang: Lang): string {
  if (!targets.length && !qualitative.length) return `${message('cli-targets-none', lang)}\n`;
  const byIndicator = new Map<string, Target[]>();
  for (const t of targets) byIndicator.set(t.indicator, [...(byIndicator.get(t.indicator) ?? []), t]);
  const scopeOf = (t: Target) => message(`scope-${t.scope}` as MessageKey, lang);
  const pathOf = (p: string[]) => p.join('') || '—';
  const scopeWidth = Math.max(0, ...targets.map((t) => displayWidth(scopeOf(t))));
  const pathWidth = Math.max(0, ...[...targets, ...qualitative].map((t) => displayWidth(pathOf(t.path))));
  const lines: string[] = [];
  for (const [indicator, list] of byIndicator) {
    lines.push(indicator);
    for (const t of list) lines.push(`  ${padDisplay(scopeOf(t), scopeWidth)}  ${padDisplay(pathOf(t.path), pathWidth)}  ${t.indicatorText}${t.text}`);
  }
  if (qualitative.length) {
    lines.push(message('cli-targets-qualitative', lang));
    for (const q of qualitative) lines.push(`  ${padDisplay(pathOf(q.path), pathWidth)}  ${q.text}`);
  }
  return `${lines.join('\n')}\n`;
}

interface Result {
  targets: Target[];
  qualitative: QualitativeTarget[];
  counts: Counts;
}

const perFile: PerFile<Result> = {
  async run(file) {
    const loaded = await loadDocument(file);
    // 修订 are read as if accepted (最终状态).
    const { doc, settings } = { doc: finalDoc(loaded.doc), settings: loaded.settings };
    const lexicon = lexiconFromSettings(settings);
    return { targets: extractTargets(doc, lexicon), qualitative: qualitativeTargets(doc, lexicon), counts: countsOf(doc) };
  },
  json: (r) => toJson(r.targets, r.qualitative),
  text: (r, lang) => toText(r.targets, r.qualitative, lang),
  exitCode: () => EXIT_OK,
  counts: (r) => r.counts,
  columns: ['cli-batch-targets'],
  cells: (r) => [r.targets.length],
};

export const targetsCommand: Command = {
  name: 'targets',
  usage: 'caogao targets FILE… [--json]',
  summary: { zh: message('cli-targets-command', 'zh'), en: message('cli-targets-command', 'en') },
  options: { json: { type: 'boolean' } },
  run: (ctx) => runOnFiles(ctx, perFile),
};
