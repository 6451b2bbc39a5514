/**
 * A document store in a temporary folder for the files tests: docs/ for the
 * user's files, data/ for the user-data folder (journal), fixed owners and a
 * table of running processes instead of the real ones.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Node as PMNode } from 'prosemirror-model';
import { afterEach, beforeEach } from 'vitest';
import { serializeCaogao, type CaogaoFile } from '../../../src/core/format/caogaoFile.js';
import { DocumentStore } from '../../../src/node/store/documentStore.js';
import type { FileSystem } from '../../../src/node/store/fileSystem.js';
import type { LockOwner } from '../../../src/node/store/lock.js';
import { doc, p, part, section } from '../../support/builder.js';

export const ALICE: LockOwner = { user: '张三', host: 'office-pc-1', pid: 4101 };
export const BOB: LockOwner = { user: '李四', host: 'office-pc-2', pid: 5202 };

export interface Sandbox {
  root: string;
  docs: string;
  data: string;
  /** Pids that count as running on any host. */
  running: Set<number>;
  store(options?: { owner?: LockOwner; fs?: FileSystem; now?: () => Date }): DocumentStore;
  /** Names in docs/, sorted. */
  listDocs(): string[];
  cleanup(): void;
}

export function sandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'caogao-files-'));
  const docs = join(root, 'docs');
  const data = join(root, 'data');
  mkdirSync(docs);
  mkdirSync(data);
  const running = new Set<number>([ALICE.pid, BOB.pid]);
  return {
    root,
    docs,
    data,
    running,
    store: (options = {}) =>
      new DocumentStore({ userDataDir: data, owner: options.owner ?? ALICE, fs: options.fs, now: options.now, alive: (pid) => running.has(pid) }),
    listDocs: () => readdirSync(docs).sort(),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export function report(text = '综合经济实力不断增强。累计完成地区生产总值约6650亿元。'): PMNode {
  return doc(part('过去五年工作回顾', section('坚持发展第一要务', p(text, { lead: true }))));
}

export const fileOf = (d: PMNode, versions: CaogaoFile['versions'] = []): CaogaoFile => ({ doc: d, versions, settings: {} });

/** Write a .caogao file into docs/ and return its path. */
export function writeCaogao(box: Sandbox, name: string, file: CaogaoFile): string {
  const path = join(box.docs, name);
  writeFileSync(path, serializeCaogao(file));
  return path;
}

/**
 * A sandbox for each test with 报告.caogao (the small report) written in docs/,
 * removed after the test; `use` hears the sandbox and the file's path.
 */
export function useReportSandbox(use: (box: Sandbox, path: string) => void): void {
  let box: Sandbox;
  beforeEach(() => {
    box = sandbox();
    const path = join(box.docs, '报告.caogao');
    writeFileSync(path, serializeCaogao(fileOf(report())));
    use(box, path);
  });
  afterEach(() => box.cleanup());
}
