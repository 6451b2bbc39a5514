/**
 * `caogao diff OLD NEW [--json]`: compare two drafts. Without --json a
 * redline for the terminal: the changed targets first, then every change
 * under its heading path, insertions and deletions marked in colour on a
 * terminal and as {+新增+} [-删除-] otherwise. With `--to html|pdf|docx -o
 * OUT` (as `caogao export`) the comparison is written to a file instead: a
 * summary page, then the redline (Word: tracked changes). With
 * --from-version/--to-version it compares named versions kept inside
 * .caogao files (the current draft when --to-version is not given).
 * With `--as-suggestions -o OUT.caogao` it writes OLD with the differences
 * as 修订 suggestions (review/fromComparison.ts), signed by --author or else
 * NEW's file name: accepting them all gives NEW, rejecting them all OLD.
 */
import { basename, extname } from 'node:path';
import type { Node as PMNode } from 'prosemirror-model';
import { compareDocs, type Change, type Comparison, type Span, type TargetChange } from '../../core/diff/index.js';
import { pathLabel } from '../../core/diff/pathLabel.js';
import { message, type Lang, type MessageKey } from '../../core/messages/index.js';
import { lexiconFromSettings } from '../../core/targets/lexicon.js';
import { Transform } from 'prosemirror-transform';
import { suggestionsFromComparison } from '../../core/review/fromComparison.js';
import { finalDoc, hasSuggestions } from '../../core/review/suggestions.js';
import { fileOf, loadDocument } from '../../node/documents.js';
import { exportComparisonToFile, isComparisonFormat, type ComparisonFormat } from '../../node/export/comparison.js';
import type { Command, CommandContext } from '../command.js';
import { checkOutput, formatFromExtension } from '../output.js';
import { EXIT_OK, UsageError } from '../usage.js';

interface Side {
  doc: PMNode;
  name: string;
  settings: Record<string, unknown>;
}

async function loadSide(file: string, label: string | undefined, lang: Lang): Promise<Side> {
  const loaded = await loadDocument(file);
  // Drafts compare in their final state (最终状态): 修订 read as if accepted.
  if (label === undefined) return { doc: finalDoc(loaded.doc), name: basename(file), settings: loaded.settings };
  const version = loaded.versions.find((v) => v.label === label) ?? loaded.versions.find((v) => v.id === label);
  if (!version) {
    const labels = loaded.versions.map((v) => v.label).join('、') || message('diff-no-versions', lang);
    throw new UsageError('diff-version-not-found', { file: basename(file), label, labels });
  }
  return { doc: finalDoc(version.doc), name: `${basename(file)}「${version.label}」`, settings: loaded.settings };
}

async function sides(ctx: CommandContext): Promise<[Side, Side]> {
  const [oldFile, newFile] = ctx.positionals;
  const from = typeof ctx.values['from-version'] === 'string' ? ctx.values['from-version'] : undefined;
  const to = typeof ctx.values['to-version'] === 'string' ? ctx.values['to-version'] : undefined;
  const versions = from !== undefined || to !== undefined;
  if (!oldFile || (!newFile && !versions) || ctx.positionals.length > 2) throw new UsageError('diff-need-two');
  const old = await loadSide(oldFile, from, ctx.lang);
  const neu = await loadSide(newFile ?? oldFile, to, ctx.lang);
  if (!newFile && to === undefined) neu.name = `${basename(oldFile)}「${message('compare-current-draft', ctx.lang)}」`;
  return [old, neu];
}

/** The documented JSON: changes (kind, path, before, after; where from for a move), targets, stats. */
function toJson(result: Comparison): string {
  const changes = result.changes.map((c) => ({
    kind: c.kind,
    path: c.path,
    ...(c.kind === 'move' || c.kind === 'renumber' ? { oldPath: c.oldPath } : {}),
    before: c.before,
    after: c.after,
  }));
  const targets = result.targets.map((t) => ({ indicator: t.indicator, before: t.before, after: t.after, path: t.path }));
  return `${JSON.stringify({ changes, targets, stats: result.stats }, null, 2)}\n`;
}

interface Style {
  ins(text: string): string;
  del(text: string): string;
  head(text: string): string;
}

const ANSI: Style = {
  ins: (t) => `\x1b[32;4m${t}\x1b[0m`,
  del: (t) => `\x1b[31;9m${t}\x1b[0m`,
  head: (t) => `\x1b[1m${t}\x1b[0m`,
};
const PLAIN: Style = { ins: (t) => `{+${t}+}`, del: (t) => `[-${t}-]`, head: (t) => t };

const CONTEXT = 24;
const LONG = 160;

/** Kept text between edits, shortened to some context on each side. */
function context(text: string, first: boolean, last: boolean): string {
  if (text.length <= 2 * CONTEXT + 1) return text;
  if (first) return `…${text.slice(-CONTEXT)}`;
  if (last) return `${text.slice(0, CONTEXT)}…`;
  return `${text.slice(0, CONTEXT)}…${text.slice(-CONTEXT)}`;
}

function clip(text: string, lang: Lang): string {
  return text.length <= LONG ? text : `${text.slice(0, LONG)}…${message('compare-chars', lang, { count: text.length })}`;
}

function redline(spans: Span[], style: Style): string {
  return spans
    .map((s, i) => (s.op === 'equal' ? context(s.text, i === 0, i === spans.length - 1) : s.op === 'insert' ? style.ins(s.text) : style.del(s.text)))
    .join('');
}

function changeLines(c: Change, style: Style, lang: Lang): string[] {
  const kind = message(`compare-kind-${c.kind}` as MessageKey, lang);
  let head = `[${kind}] ${pathLabel(c.path, lang)}`;
  if (c.kind === 'move' && c.oldPath) head += `  ${message('compare-moved-from', lang, { path: pathLabel(c.oldPath, lang) })}`;
  if (c.kind === 'renumber') head += `  ${c.before} → ${c.after}`;
  if (c.detail) head += message(`compare-${c.detail}`, lang);
  if (c.whole) head += message('compare-whole', lang);
  const lines = [style.head(head)];
  const indent = (t: string): string => `  ${t.replace(/\n/g, '\n  ')}`;
  if (c.kind === 'insert') lines.push(indent(style.ins(clip(c.after, lang))));
  else if (c.kind === 'delete') lines.push(indent(style.del(clip(c.before, lang))));
  else if (c.kind === 'move') lines.push(indent(clip(c.after, lang)));
  else if (c.kind === 'modify' && c.whole) {
    lines.push(indent(`${message('compare-old', lang)}：${style.del(c.before)}`), indent(`${message('compare-new', lang)}：${style.ins(c.after)}`));
  } else if (c.kind === 'modify') lines.push(indent(redline(c.spans ?? [], style)));
  return lines;
}

function targetLine(t: TargetChange, style: Style, lang: Lang): string {
  const before = t.before ? style.del(t.before) : message('compare-target-added', lang);
  const after = t.after ? style.ins(t.after) : message('compare-target-removed', lang);
  return `  ${pathLabel(t.path, lang)}  ${t.indicator}：${before} → ${after}`;
}

function toRedline(result: Comparison, names: [string, string], style: Style, lang: Lang): string {
  const out = [style.head(message('compare-title', lang, { old: names[0], new: names[1] })), ''];
  if (result.targets.length) {
    out.push(style.head(message('compare-targets', lang, { count: result.targets.length })));
    out.push(...result.targets.map((t) => targetLine(t, style, lang)), '');
  } else out.push(message('compare-targets-none', lang), '');
  const s = result.stats;
  const total = result.changes.length;
  if (!total) out.push(message('compare-none', lang));
  else {
    let summary = message('compare-changes', lang, { total, insert: s.insert ?? 0, delete: s.delete ?? 0, modify: s.modify ?? 0, move: s.move ?? 0 });
    if (s.renumber !== undefined) summary += message('compare-renumbered', lang, { renumber: s.renumber });
    out.push(style.head(summary), '');
    for (const c of result.changes) out.push(...changeLines(c, style, lang), '');
  }
  if (result.bounded) out.push(message('compare-bounded', lang));
  return `${out.join('\n').trimEnd()}\n`;
}

/** The export asked for with --to and -o (the format from the output's extension when --to is left out); null for none. */
function exportTarget(ctx: CommandContext): { format: ComparisonFormat; output: string } | null {
  const { to, output } = ctx.values;
  if (to === undefined && output === undefined) return null;
  if (typeof output !== 'string' || !output) throw new UsageError('diff-missing-output');
  const format = typeof to === 'string' && to ? to.toLowerCase() : formatFromExtension(output) || extname(output).slice(1).toLowerCase();
  if (!isComparisonFormat(format)) throw new UsageError('diff-unknown-format', { format: String(to ?? extname(output)) });
  return { format, output };
}

/** --as-suggestions: OLD written to -o with NEW's differences as suggestions in it. */
async function asSuggestions(ctx: CommandContext): Promise<number> {
  const [oldFile, newFile] = ctx.positionals;
  const output = ctx.values.output;
  if (!oldFile || !newFile || ctx.positionals.length > 2) throw new UsageError('diff-need-two');
  if (typeof output !== 'string' || !output) throw new UsageError('diff-suggestions-output');
  await checkOutput(output, { format: 'caogao', inputs: [oldFile, newFile], force: ctx.values.force === true });
  const base = await loadDocument(oldFile);
  // Suggestions already in OLD would mix with the new ones: decide them first.
  if (hasSuggestions(base.doc)) throw new UsageError('diff-suggestions-marked', { file: basename(oldFile) });
  const other = await loadDocument(newFile);
  const author = typeof ctx.values.author === 'string' && ctx.values.author.trim() ? ctx.values.author.trim() : basename(newFile);
  const result = suggestionsFromComparison(new Transform(base.doc), finalDoc(other.doc), { author, date: new Date().toISOString() });
  // Loaded here, not at the top: every command would pay for the file format's validation otherwise.
  const [{ saveCaogao }, { serializeCaogao }] = await Promise.all([import('../../node/save.js'), import('../../core/format/caogaoFile.js')]);
  await saveCaogao(output, serializeCaogao({ ...fileOf(base), doc: result.tr.doc }));
  if (result.unplaced) ctx.err(`${message('compare-to-suggestions-unplaced', ctx.lang, { count: result.unplaced })}\n`);
  if (result.unmoved) ctx.err(`${message('compare-to-suggestions-unmoved', ctx.lang, { count: result.unmoved })}\n`);
  ctx.out(`${message('diff-suggestions-written', ctx.lang, { count: result.suggestions, author, output })}\n`);
  return EXIT_OK;
}

export const diffCommand: Command = {
  name: 'diff',
  usage: 'caogao diff OLD NEW [--json | [--to html|pdf|docx] -o OUT [--force] | --as-suggestions [--author NAME] -o OUT.caogao]',
  summary: {
    zh: '比对两稿：指标变化与逐处改动；--to 导出比对结果；--from-version/--to-version 比对 .caogao 中的版本',
    en: 'compare two drafts: target changes and every change; --to exports it; --from-version/--to-version: versions in a .caogao file',
  },
  options: {
    json: { type: 'boolean' },
    renumber: { type: 'boolean' },
    'from-version': { type: 'string' },
    'to-version': { type: 'string' },
    to: { type: 'string', short: 't' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    'as-suggestions': { type: 'boolean' },
    author: { type: 'string' },
  },
  async run(ctx) {
    if (ctx.values['as-suggestions'] === true) return asSuggestions(ctx);
    const target = exportTarget(ctx);
    if (target) {
      const inputs = ctx.positionals.slice(0, 2);
      await checkOutput(target.output, { format: target.format, inputs, force: ctx.values.force === true });
    }
    const [old, neu] = await sides(ctx);
    // The new draft's indicator lexicon (settings.targets.indicators) names the targets.
    const lexicon = lexiconFromSettings(Object.keys(neu.settings).length ? neu.settings : old.settings);
    const showRenumber = ctx.values.renumber === true;
    if (target) {
      const source = { oldDoc: old.doc, newDoc: neu.doc, oldName: old.name, newName: neu.name, showRenumber, lexicon, lang: ctx.lang };
      await exportComparisonToFile(target.output, source, target.format);
      ctx.out(`${message('diff-exported', ctx.lang, { format: target.format, output: target.output })}\n`);
      return EXIT_OK;
    }
    const result = compareDocs(old.doc, neu.doc, { showRenumber, lexicon });
    ctx.out(ctx.values.json ? toJson(result) : toRedline(result, [old.name, neu.name], ctx.tty ? ANSI : PLAIN, ctx.lang));
    return EXIT_OK;
  },
};
