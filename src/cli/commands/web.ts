/**
 * `caogao web [FILE] [--port N] [--root DIR]…`: the whole app in a browser.
 * Builds the renderer first if out/renderer is missing, serves it with the API
 * on 127.0.0.1, prints the address (with its token) on stdout, and serves until
 * SIGINT or SIGTERM. FILE (.caogao, or .txt, .docx or .md to import) opens in
 * the page: the address names it (&doc=PATH), so opening the address again,
 * or reloading the page, opens it again.
 *
 * The page's file dialogs (保存, 另存为, 打开, 导出) reach only the allowed
 * folders: FILE's folder and each --root (several may be given); with
 * neither, the current folder.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CaogaoError } from '../../core/errors.js';
import { message, type Lang } from '../../core/messages/index.js';
import { userDataDir } from '../../node/host/userData.js';
import { AllowedRoots } from '../../node/host/roots.js';
import { PageDialogs } from '../../node/host/webDialogs.js';
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../usage.js';

/**
 * The repository (or installed package) root: the nearest folder above this
 * file that holds a package.json. This file runs from src/cli/commands
 * through tsx, or bundled from out/main (npm run build), at another depth.
 */
function findAppRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function parsePort(value: string | boolean | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || port > 65535) throw new UsageError('web-bad-port', { port: String(value) });
  return port;
}

/** Run `electron-vite build` when the renderer has not been built yet; its output goes to stderr. */
async function ensureRenderer(appRoot: string, rendererDir: string, lang: Lang, err: (text: string) => void): Promise<void> {
  const built = () => stat(join(rendererDir, 'index.html')).then((s) => s.isFile(), () => false);
  if (await built()) return;
  err(`${message('web-building', lang)}\n`);
  const cli = join(appRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, [cli, 'build'], { cwd: appRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => err(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => err(chunk.toString()));
    child.on('error', () => done(-1));
    child.on('close', (status) => done(status ?? -1));
  });
  if (code !== 0) throw new CaogaoError('web-build-failed', { detail: `electron-vite build → ${code}` });
  if (!(await built())) throw new CaogaoError('web-build-failed', { detail: `${join(rendererDir, 'index.html')} ?` });
}

async function fileToOpen(file: string | undefined): Promise<string | null> {
  if (!file) return null;
  const path = resolve(file);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new CaogaoError('cli-file-unreadable', { file, detail: info ? '这是一个文件夹' : '文件不存在' });
  // Its real path: the one the dialogs and the page's address resolve to.
  return realpath(path);
}

/** The --root values (the option may be given several times). */
function rootsOption(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

function untilStopped(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const webCommand: Command = {
  name: 'web',
  usage: 'caogao web [FILE] [--port N] [--root DIR]…',
  summary: { zh: message('web-summary', 'zh'), en: message('web-summary', 'en') },
  options: { port: { type: 'string', short: 'p' }, root: { type: 'string', multiple: true } },
  async run(ctx) {
    const port = parsePort(ctx.values.port);
    const file = await fileToOpen(ctx.positionals[0]);
    const given = rootsOption(ctx.values.root as unknown);
    const roots = await AllowedRoots.of([...(file ? [dirname(file)] : []), ...given, ...(file || given.length ? [] : [process.cwd()])]);
    const dialogs = new PageDialogs(roots);
    const appRoot = findAppRoot();
    const rendererDir = process.env.CAOGAO_RENDERER_DIR ?? join(appRoot, 'out', 'renderer');
    await ensureRenderer(appRoot, rendererDir, ctx.lang, ctx.err);
    // The host (services, document store, HTTP server) loads only for `caogao web`, so the other commands start faster.
    const [{ createServices, defaultTemplatesDir }, { DocumentStore }, { startWebHost }] = await Promise.all([
      import('../../node/services.js'),
      import('../../node/store/documentStore.js'),
      import('../../node/webHost.js'),
    ]);
    const { version } = JSON.parse(await readFile(join(appRoot, 'package.json'), 'utf8')) as { version: string };
    const services = createServices({
      host: 'web',
      version,
      platform: process.platform,
      systemLang: ctx.lang,
      dataDir: userDataDir(process.env),
      templatesDir: defaultTemplatesDir(appRoot),
      backend: new DocumentStore({ userDataDir: userDataDir(process.env) }),
      dialogs,
      pageDialogs: dialogs,
    });
    const host = await startWebHost({ services, rendererDir, port }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') throw new UsageError('web-port-busy', { port });
      throw error;
    });
    dialogs.connect((event) => host.pushLive(event));
    // The file is named in the address (the page opens it, and again on a reload), checked like a handle would be.
    if (file) services.handleForPath(file);
    ctx.err(`${message('web-listening', ctx.lang)}\n`);
    ctx.out(`${file ? `${host.url}&doc=${encodeURIComponent(file)}` : host.url}\n`);
    await untilStopped();
    await host.close();
    // As when the window closes: the lock beside the file shown (~$name) goes, so
    // that a colleague is not told for an hour that this stopped host is editing it.
    await services.closeWindow().catch(() => undefined);
    ctx.err(`${message('web-stopped', ctx.lang)}\n`);
    return EXIT_OK;
  },
};
