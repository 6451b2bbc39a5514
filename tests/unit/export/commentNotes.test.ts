/** `caogao export --comments`: 批注 printed as notes after their paragraphs in HTML (and so in the PDF, printed from it). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { serializeCaogao } from '../../../src/core/format/caogaoFile.js';
import { importText } from '../../../src/core/import/text.js';
import { addReply, createComment } from '../../../src/core/review/index.js';

const REAL = readFileSync(new URL('../../../../shared/corpus/jianghan-2022-report.txt', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'caogao-notes-'));

/** The report with a comment (and a reply) on a figure, and one on a paragraph deleted afterwards. */
function reviewedFile(): string {
  const { doc } = importText(REAL);
  const find = (text: string) => {
    let at = -1;
    doc.descendants((node, pos) => {
      if (at < 0 && node.isTextblock && node.textContent.includes(text)) at = pos + 1 + node.textContent.indexOf(text);
      return at < 0;
    });
    return at;
  };
  const figure = find('7.5%左右');
  const first = addReply(createComment(doc, figure, figure + 6, { author: '张三', text: '与市里口径是否一致？', date: '2026-03-01T08:00:00Z' })!, {
    author: '起草组', text: '已核对一致。', date: '2026-03-02T08:00:00Z',
  });
  const gone = find('基层治理与时俱进');
  const second = createComment(doc, gone, gone + 4, { author: '李四', text: '此段可压缩。', date: '2026-03-01T09:00:00Z' })!;
  // The paragraph of the second comment is deleted: its note goes to the end.
  const $gone = doc.resolve(gone);
  const edited = new Transform(doc).delete($gone.before(), $gone.after()).doc;
  const path = join(dir, 'reviewed.caogao');
  writeFileSync(path, serializeCaogao({ doc: edited, versions: [], settings: {}, comments: [first, second] }));
  return path;
}

async function run(argv: string[]): Promise<number> {
  return runCli({ argv, env: { LANG: 'zh_CN.UTF-8' }, stdout: () => {}, stderr: () => {}, tty: false });
}

describe('caogao export --comments', () => {
  it('prints each comment with its author, quote and replies right after its paragraph, and the orphans at the end', async () => {
    const file = reviewedFile();
    const out = join(dir, 'notes.html');
    expect(await run(['export', file, '--comments', '-o', out])).toBe(0);
    const html = readFileSync(out, 'utf8');
    const para = html.indexOf('7.5%左右');
    const note = html.indexOf('<aside class="comment-notes">');
    expect(para).toBeGreaterThan(0);
    expect(note).toBeGreaterThan(para);
    // The note follows the paragraph's closing tag, before the next block.
    expect(html.slice(para, note)).toMatch(/<\/p>\s*$/);
    expect(html.slice(note)).toMatch(/^<aside class="comment-notes"><p class="comment-note"><strong>批注 · 张三<\/strong>：“7.5%左右”\u3000与市里口径是否一致？<\/p><p class="comment-reply">回复 · 起草组：已核对一致。<\/p><\/aside>/);
    const elsewhere = html.indexOf('其他批注（所在段落已删除）');
    expect(elsewhere).toBeGreaterThan(note);
    expect(html.slice(elsewhere)).toContain('<strong>批注 · 李四</strong>：“基层治理”\u3000此段可压缩。');
  });

  it('prints no notes without --comments', async () => {
    const out = join(dir, 'plain.html');
    expect(await run(['export', reviewedFile(), '-o', out])).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain('comment-note');
  });
});
