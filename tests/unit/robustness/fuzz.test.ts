/**
 * Fuzzing the importers (issue 12): mutated real files and random bytes, fed
 * to every importer (text, Markdown, .docx, .caogao) through the command
 * line's own entry (runCli, `caogao outline FILE`), must end "read" (exit 0)
 * or "refused with a message for the user" (exit 2), never an internal error
 * (exit 3) and never hang. The seeds are the sample report (templates/) and
 * its own .docx and text exports; the mutations are seeded, so a failure
 * replays. Peak memory of the whole run (worker threads included) is printed
 * and must stay under 400 MB. Bounded to about 30 s here.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { parseCaogao } from '../../../src/core/format/caogaoFile.js';
import { exportBytes } from '../../../src/node/export/exportDocument.js';
import { repoRoot } from '../../support/corpus.js';
import { random } from '../../support/random.js';

const SEED = 20260112;
/** Stop adding cases after this long (the counts below fit well within it on a quiet machine). */
const BUDGET_MS = 40_000;
/** One case longer than this is a hang (the .docx worker itself stops at 20 s). */
const CASE_MS = 25_000;
const MB = 1024 * 1024;

/** A seeded generator with draws of a count and an element, so every run feeds the same bytes. */
function rng(seed: number) {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)] };
}
type Rng = ReturnType<typeof rng>;

const SPLICES = ['\u0000', '\uFFFE', '\uFFFF', '\uD800', '\f', '\r', '<!DOCTYPE a [<!ENTITY x "y">]>', '&x;', '一、', '（一）', '1.', '附件', '名词解释', ']]>', '{"a":', '[[[[[[[[', '"', '\\u0000', '😀'].map(
  (s) => new TextEncoder().encode(s),
);

/** One random change to the bytes: flip, overwrite, insert, delete, duplicate, truncate or splice a troublesome string. */
function mutate(bytes: Uint8Array, r: Rng): Uint8Array {
  const out = Array.from(bytes);
  const at = () => r.int(out.length + 1);
  const changes = 1 + r.int(8);
  for (let c = 0; c < changes; c++) {
    switch (r.int(7)) {
      case 0: {
        const i = r.int(out.length);
        out[i] ^= 1 << r.int(8);
        break;
      }
      case 1:
        out[r.int(out.length)] = r.int(256);
        break;
      case 2:
        out.splice(at(), 0, ...Array.from({ length: 1 + r.int(16) }, () => r.int(256)));
        break;
      case 3:
        out.splice(at(), 1 + r.int(64));
        break;
      case 4: {
        const from = r.int(out.length);
        const piece = out.slice(from, from + 1 + r.int(256));
        out.splice(at(), 0, ...piece);
        break;
      }
      case 5:
        out.length = Math.max(0, at());
        break;
      default:
        out.splice(at(), 0, ...r.pick(SPLICES));
    }
  }
  return new Uint8Array(out);
}

function randomBytes(r: Rng, max: number): Uint8Array {
  const out = new Uint8Array(r.int(max));
  for (let i = 0; i < out.length; i++) out[i] = r.int(256);
  return out;
}

const TROUBLE = ['\u0000', '\u0001', '\uFFFE', '\uD800', '\f', '\r', '\t', '一、', '（一）', '（十）', '1.', '（1）', '附件', '附件1', '名词解释', '主要预期目标是：', '增长6%左右', '。', '；', '：', '“', '”', '——', '各位代表：', '\n\n', ' '];

/** Changes at the level of characters and lines, so that the text stays text and reaches the importer's recognition. */
function mutateText(bytes: Uint8Array, r: Rng): Uint8Array {
  const lines = new TextDecoder().decode(bytes).split('\n');
  const changes = 1 + r.int(10);
  for (let c = 0; c < changes && lines.length; c++) {
    const i = r.int(lines.length);
    const chars = [...lines[i]];
    const at = r.int(chars.length + 1);
    switch (r.int(6)) {
      case 0:
        chars.splice(at, 0, r.pick(TROUBLE));
        break;
      case 1:
        chars.splice(at, 1 + r.int(20));
        break;
      case 2:
        lines.splice(i, 1 + r.int(5));
        continue;
      case 3:
        lines.splice(r.int(lines.length + 1), 0, ...lines.slice(i, i + 1 + r.int(10)));
        continue;
      case 4:
        lines.splice(i, 0, r.pick(TROUBLE) + chars.slice(at).join(''));
        break;
      default:
        chars.splice(at, 0, String.fromCodePoint(r.int(0x30000)));
    }
    lines[i] = chars.join('');
  }
  return new TextEncoder().encode(lines.join(r.next() < 0.2 ? '\r\n' : '\n'));
}

const JSON_TROUBLE: unknown[] = [null, 0, -1, 1e308, '', '\u0000\uFFFE', '一、', [], {}, true, 'x'.repeat(1000), { type: 'paragraph' }, { type: 'text', text: '' }, [[[[[[]]]]]]];

/** The .caogao's JSON tree with a few values replaced, removed or copied: reaches validation and the document, not only JSON.parse. */
function mutateJson(bytes: Uint8Array, r: Rng): Uint8Array {
  const root = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  const containers: (Record<string, unknown> | unknown[])[] = [];
  const walk = (v: unknown, depth: number) => {
    if (v && typeof v === 'object' && depth < 40) {
      containers.push(v as Record<string, unknown>);
      for (const child of Object.values(v)) walk(child, depth + 1);
    }
  };
  walk(root, 0);
  const changes = 1 + r.int(4);
  for (let c = 0; c < changes; c++) {
    const target = r.pick(containers) as Record<string, unknown>;
    const keys = Object.keys(target);
    if (!keys.length) continue;
    const key = r.pick(keys);
    switch (r.int(4)) {
      case 0:
        target[key] = structuredClone(r.pick(JSON_TROUBLE));
        break;
      case 1:
        if (Array.isArray(target)) target.splice(Number(key), 1);
        else delete target[key];
        break;
      case 2:
        target[key] = structuredClone(r.pick(containers));
        break;
      default:
        if (typeof target[key] === 'string') target[key] = `${String(target[key])}${String.fromCodePoint(r.int(0x30000))}`;
        else target[key] = structuredClone(target[r.pick(keys)]);
    }
  }
  return new TextEncoder().encode(JSON.stringify(root));
}

/** The .docx with its document.xml (or another XML part) changed, packed again: reaches mammoth and the walk, not only the zip reader. */
async function mutateDocxXml(docx: Uint8Array, r: Rng, how: (bytes: Uint8Array, r: Rng) => Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const names = Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  const name = r.next() < 0.7 ? 'word/document.xml' : r.pick(names);
  zip.file(name, how(await zip.file(name)!.async('uint8array'), r));
  return zip.generateAsync({ type: 'uint8array', compression: r.next() < 0.5 ? 'DEFLATE' : 'STORE' });
}

interface Outcome {
  kind: string;
  code: number;
  stderr: string;
  ms: number;
}

describe('fuzzing the importers through the command line', () => {
  it('reads or refuses with one message every mutated and random file; never exit 3, never a hang; under 400 MB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caogao-fuzz-'));
    const caogao = readFileSync(join(repoRoot, 'templates/sample.caogao'));
    const { doc } = parseCaogao(caogao.toString('utf8'), 'sample.caogao');
    const docx = await exportBytes(doc, 'docx');
    const text = await exportBytes(doc, 'txt');
    const markdown = new TextEncoder().encode(
      new TextDecoder()
        .decode(text)
        .split('\n')
        .map((l) => (/^[一二三四五六七八九十]+、/.test(l) ? `## ${l}` : /^（[一二三四五六七八九十]+）/.test(l) ? `### ${l}` : l))
        .join('\n'),
    );
    const r = rng(SEED);

    /** What to feed, lazily: [extension, bytes]. */
    const plan: [string, () => Promise<Uint8Array> | Uint8Array][] = [];
    for (let i = 0; i < 50; i++) plan.push(['txt', () => mutate(text, r)]);
    for (let i = 0; i < 100; i++) plan.push(['txt', () => mutateText(text, r)]);
    for (let i = 0; i < 30; i++) plan.push(['md', () => mutate(markdown, r)]);
    for (let i = 0; i < 70; i++) plan.push(['md', () => mutateText(markdown, r)]);
    for (let i = 0; i < 50; i++) plan.push(['caogao', () => mutate(caogao, r)]);
    for (let i = 0; i < 100; i++) plan.push(['caogao', () => mutateJson(caogao, r)]);
    for (let i = 0; i < 20; i++) plan.push(['docx', () => mutate(docx, r)]);
    for (let i = 0; i < 30; i++) plan.push(['docx', () => mutateDocxXml(docx, r, mutate)]);
    // Character-level changes of the XML mostly keep it well-formed, so the file reaches mammoth's tree and the walk.
    for (let i = 0; i < 30; i++) plan.push(['docx', () => mutateDocxXml(docx, r, mutateText)]);
    for (const ext of ['txt', 'md', 'caogao', 'docx']) for (let i = 0; i < 15; i++) plan.push([ext, () => randomBytes(r, 64 * 1024)]);
    for (let i = plan.length - 1; i > 0; i--) {
      const j = r.int(i + 1);
      [plan[i], plan[j]] = [plan[j], plan[i]];
    }

    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const outcomes: Outcome[] = [];
    const started = performance.now();
    try {
      for (const [index, [ext, make]] of plan.entries()) {
        if (performance.now() - started > BUDGET_MS) break;
        const file = join(dir, `case-${index}.${ext}`);
        writeFileSync(file, await make());
        let stderr = '';
        const t0 = performance.now();
        const run = runCli({ argv: ['outline', file], env: { LANG: 'zh_CN.UTF-8' }, stdout: () => {}, stderr: (s) => (stderr += s), tty: false });
        let timer: NodeJS.Timeout | undefined;
        const hang = new Promise<number>((resolve) => (timer = setTimeout(() => resolve(-1), CASE_MS)));
        const code = await Promise.race([run, hang]);
        clearTimeout(timer);
        outcomes.push({ kind: `${ext} ${file}`, code, stderr, ms: performance.now() - t0 });
      }
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);

    const byCode = (c: number) => outcomes.filter((o) => o.code === c).length;
    const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(
      `fuzz (seed ${SEED}): ${outcomes.length} of ${plan.length} cases in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
        `read ${byCode(0)}, refused ${byCode(2)}, internal ${byCode(3)}, hung ${byCode(-1)}; slowest ${slowest.ms.toFixed(0)} ms; peak memory ${(peak / MB).toFixed(0)} MB`,
    );

    if (process.env.CAOGAO_FUZZ_DEBUG) {
      const tally = new Map<string, number>();
      for (const o of outcomes) {
        const key = `${o.kind.split(' ')[0]} ${o.code} ${o.stderr.replace(/“[^”]*”/g, '“…”').slice(0, 60)}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
      console.log([...tally].sort().map(([k, n]) => `${n}\t${k}`).join('\n'));
    }
    const bad = outcomes.filter((o) => o.code !== 0 && o.code !== 2);
    expect(bad.map((o) => `${o.kind}: exit ${o.code} ${o.stderr.trim()}`)).toEqual([]);
    // A refusal is one line, in Chinese.
    for (const o of outcomes.filter((x) => x.code === 2)) {
      expect(o.stderr.trimEnd().split('\n'), o.kind).toHaveLength(1);
      expect(o.stderr, o.kind).toMatch(/^caogao: .*[\u4e00-\u9fff]/);
    }
    // Every importer was reached, and both outcomes happen (the mutations are neither all harmless nor all fatal).
    for (const ext of ['txt', 'md', 'caogao', 'docx']) expect(outcomes.filter((o) => o.kind.startsWith(ext)).length).toBeGreaterThan(20);
    expect(byCode(0)).toBeGreaterThan(50);
    expect(byCode(2)).toBeGreaterThan(50);
    expect(peak / MB).toBeLessThan(400);
  }, 120_000);
});
