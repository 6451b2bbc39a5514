/**
 * The application in the page: the editor, its panels and the commands,
 * wired together. Work that follows an edit is scheduled off the typing path:
 * toolbar states and the cursor's place once per frame, the outline and
 * 字数 a moment after typing stops, the checks a little later, the autosave
 * backup after a second; none of it runs while an input method composes.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { Command, EditorState, Plugin, Transaction } from 'prosemirror-state';
import type { ReviewComment } from '../../core/review/index.js';
import type { EditorView } from 'prosemirror-view';
import type { Finding, QuickFix } from '../../core/checks/types.js';
import { reportSchema } from '../../core/schema.js';
import { newId } from '../../core/ids.js';
import { defaultSettings, type HostEvent, type Settings } from '../../shared/api.js';
import type { Client } from '../api/index.js';
import { caretInNewDefinition } from '../commands/glossary.js';
import { moveContainer, type MoveTarget } from '../commands/moveSection.js';
import { createReportState } from '../editor/createState.js';
import { createEditorView } from '../editor/editorView.js';
import { numberingKey, numberingReading } from '../editor/numberingPlugin.js';
import { findNext, findPrev } from '../editor/findPlugin.js';
import { ChecksPanel } from '../panels/checksPanel.js';
import { setFindingActions, showFindingMarks } from '../checks/findingMarks.js';
import { dispatchFix, fixTransaction } from '../checks/fixFlash.js';
import { CommandMenu } from '../panels/commandMenu.js';
import { FindBar } from '../panels/findBar.js';
import { OutlinePanel } from '../panels/outlinePanel.js';
import { StatusBar, type SaveState } from '../panels/statusBar.js';
import { Toolbar } from '../panels/toolbar.js';
import { countWords } from '../status/wordCount.js';
import { placeAt } from '../structure/place.js';
import { debounce } from '../util/schedule.js';
import { ChecksController } from './checksController.js';
import { buildCommands, type AppCommand, type CommandHost } from './commands.js';
import { tell } from './dialogs.js';
import { answerFileDialog } from './fileDialog.js';
import { lang, onLangChange, setLang, t } from './i18n.js';
import { jumpToBlock, jumpToTop } from './jump.js';
import { createLayout, type Layout } from './layout.js';
import { DocumentSession } from './session.js';
import { VersionsController } from './versionsController.js';
import { installShortcuts } from './shortcuts.js';
import { FocusCycle, type FocusRegion } from './focusCycle.js';
import { chooseTemplate } from './templatePicker.js';
import { showStartPage } from './startPage.js';
import { recentMenu } from '../panels/recentMenu.js';
import { nextZoom } from './zoom.js';
import { ownUndoStep } from '../editor/undoSteps.js';

/** A report with only an empty title: what the page shows until the host hands it a document. */
export function emptyReport(): PMNode {
  return reportSchema.node('doc', null, [reportSchema.node('title', { id: newId() })]);
}

export class App {
  readonly layout: Layout;
  readonly view: EditorView;
  readonly commands: Map<string, AppCommand>;
  readonly session: DocumentSession;
  readonly toolbar: Toolbar;
  private readonly findBar: FindBar;
  private readonly outline: OutlinePanel;
  readonly checksPanel: ChecksPanel;
  readonly status = new StatusBar();
  private readonly menu: CommandMenu;
  readonly checks: ChecksController;
  readonly versions: VersionsController;
  private settings: Settings = { ...defaultSettings };
  private frame = 0;
  /**
   * Review (src/renderer/review) hooks in here: its plugins go into every document's state, and it keeps
   * the 批注 beside the document (given each document's comments when it loads, asked for them to save).
   */
  readonly review = {
    plugins: [] as Plugin[],
    comments: (): readonly ReviewComment[] => [],
    loaded: (_comments: readonly ReviewComment[]): void => undefined,
  };
  private readonly busy = (): boolean => this.view.composing;
  private readonly slow = debounce(() => this.updateSlow(), 250, this.busy);

  constructor(
    private readonly api: Client,
    parent: HTMLElement,
  ) {
    this.layout = createLayout();
    this.view = createEditorView(this.layout.mount, createReportState(emptyReport()), {
      onChange: (tr, state) => this.changed(tr, state),
      onCompositionEnd: () => this.afterComposition(),
      label: () => t('ui-body'),
    });
    this.session = new DocumentSession(api, {
      doc: () => this.view.state.doc,
      load: (doc, settings, comments) => this.load(doc, settings, comments),
      comments: () => this.review.comments(),
      saveStateChanged: (state, name) => this.saveStateChanged(state, name),
      backedUp: (at) => this.status.setBackup(at),
      composing: this.busy,
    });
    this.commands = buildCommands(this.commandHost());
    this.toolbar = new Toolbar(this.commands);
    this.findBar = new FindBar({ run: (c) => this.runEdit(c, false), state: () => this.view.state, focusEditor: () => this.view.focus() });
    this.outline = new OutlinePanel({ jump: (id) => jumpToTop(this.view, this.layout.desk, id), move: (id, target) => this.move(id, target) });
    this.checksPanel = new ChecksPanel({
      jump: (f) => this.jumpToFinding(f),
      fix: (f, fix) => this.fix(f, fix),
      fixAll: (fixes) => dispatchFix(this.view, fixTransaction(this.view.state, fixes)),
      escape: () => this.view.focus(),
    });
    this.checks = new ChecksController({}, (findings) => this.checksPanel.show(findings), this.busy);
    // The findings underlined in the text, with their message and fix in a box on hover or at the caret.
    setFindingActions(this.view, { fix: (f, fix) => this.fix(f, fix) });
    this.checks.listeners.add((findings, _read, shown) => showFindingMarks(this.view, findings, shown));
    this.checks.onStale = (stale) => this.checksPanel.setStale(stale);
    this.menu = new CommandMenu(this.commands, () => this.view.focus());
    this.versions = new VersionsController({
      doc: () => this.view.state.doc,
      versions: () => this.session.getVersions(),
      setVersions: (versions) => this.session.setVersions(versions),
      replaceDoc: (doc) => this.replaceDoc(doc),
      author: () => this.settings.author,
      comments: () => [...this.review.comments()],
      setComments: (comments) => this.review.loaded(comments),
      showError: (error) => void this.session.showError(error),
    });
    this.toolbar.insertAfter(
      'file.open',
      recentMenu({ list: () => api.recentList(), clear: () => api.recentClear(), open: (handle) => void this.session.openHandle(handle) }),
    );
    this.layout.top.append(this.toolbar.el, this.findBar.el);
    // The right-hand column: the checks, and the versions (版本) below them.
    const side = document.createElement('div');
    side.className = 'side-column';
    side.append(this.checksPanel.el, this.versions.panel.el);
    this.layout.workspace.append(this.outline.el, this.layout.desk, side);
    this.layout.root.append(this.status.el, this.menu.el);
    parent.append(this.layout.root);
    const focus = this.focusCycle();
    installShortcuts({
      run: (id) => this.run(id),
      escape: () => focus.escape() || (this.findBar.open ? (this.findBar.close(), true) : false),
      findStep: (back) => this.runEdit(back ? findPrev : findNext, false),
      cycleFocus: (back) => focus.step(back),
    });
    onLangChange(() => this.relabel());
    this.updateSlow();
    this.updateFrame();
  }

  /** F6 goes round toolbar, outline, text, checks and versions (focusCycle.ts). */
  private focusCycle(): FocusCycle {
    const text: FocusRegion = { name: 'text', el: () => this.view.dom, focus: () => this.view.focus() };
    const checks = this.checksPanel.el;
    // The checks panel is one focusable container (its own keys move among the findings).
    if (!checks.hasAttribute('tabindex')) checks.tabIndex = -1;
    return new FocusCycle(
      [
        { name: 'toolbar', el: () => this.toolbar.el, focus: () => this.toolbar.focus() },
        { name: 'outline', el: () => this.outline.el, focus: () => (this.outline.roving.current() ?? this.outline.el).focus() },
        text,
        // The findings list's current line (its roving tab stop), or the list when it is empty.
        { name: 'checks', el: () => checks, focus: () => this.checksPanel.focus() },
        { name: 'versions', el: () => this.versions.panel.el, focus: () => this.versions.panel.focus() },
      ],
      text,
    );
  }

  /** Run a command by id (toolbar, command menu, the host's menu). */
  run(id: string): void {
    this.commands.get(id)?.run();
  }

  hostEvent(event: HostEvent): void {
    if (event.type === 'command') this.run(event.command);
    else if (event.type === 'open') void this.session.openHandle(event.handle);
    else if (event.type === 'dialog') void answerFileDialog(this.api, event.request);
    else this.applySettings(event.settings);
  }

  /** The user's settings as applied (who is writing: author, unit). */
  get currentSettings(): Settings {
    return this.settings;
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    setLang(settings.lang);
    this.layout.workspace.classList.toggle('outline-on', settings.outlineVisible);
    this.layout.workspace.classList.toggle('checks-on', settings.checksVisible);
    this.layout.workspace.classList.toggle('run-in-inline', settings.runInInline);
    this.outline.el.hidden = !settings.outlineVisible;
    this.checksPanel.el.hidden = !settings.checksVisible;
    this.layout.page.parentElement!.style.zoom = String(settings.zoom);
    this.status.setZoom(settings.zoom);
    this.toolbar.setZoom(settings.zoom);
    this.toolbar.refresh();
  }

  private changeSettings(change: Partial<Settings>): void {
    this.applySettings({ ...this.settings, ...change });
    void this.api.settingsSet(change).catch(() => undefined);
  }

  private runEdit(command: Command, focus = true): boolean {
    const done = command(this.view.state, (tr) => this.view.dispatch(tr), this.view);
    if (focus) this.view.focus();
    return done;
  }

  private load(doc: PMNode, settings: Record<string, unknown>, comments: readonly ReviewComment[] = []): void {
    this.view.updateState(createReportState(doc, { plugins: this.review.plugins }));
    this.review.loaded(comments);
    this.checks.reset(doc, settings);
    // Another document (打开, 新建, restore): its versions without the last one's message, shown from its top.
    this.versions.opened();
    this.layout.desk.scrollTo(0, 0);
    this.slow.flush();
    this.updateSlow();
    this.scheduleFrame();
    document.body.dataset.ready = 'true';
  }

  private changed(tr: Transaction, state: EditorState): void {
    if (tr.docChanged) {
      this.session.changed();
      this.checks.changed(state.doc);
      this.slow();
    } else if (tr.getMeta(numberingKey)) this.updateSlow();
    this.scheduleFrame();
  }

  private afterComposition(): void {
    this.scheduleFrame();
    this.slow();
    this.checks.schedule();
  }

  private scheduleFrame(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.view.composing) this.updateFrame();
    });
  }

  /** Cheap updates that follow the cursor: toolbar states, place, outline highlight, find count. */
  private updateFrame(): void {
    const place = placeAt(this.view.state.selection.$head);
    this.status.setPlace(place);
    this.outline.highlight(place.filter((p) => p.level <= 3).map((p) => p.id));
    this.toolbar.refresh();
    this.findBar.refresh();
  }

  /** Updates that walk the document: outline and 字数. */
  private updateSlow(): void {
    const doc = this.view.state.doc;
    // The outline reads the document as the numbers in the text do (the review view's reading).
    this.outline.update(doc, numberingReading(this.view.state));
    this.status.setWords(countWords(doc));
  }

  /** Replace the whole text in one undoable step (restoring a version). */
  private replaceDoc(doc: PMNode): void {
    const { state } = this.view;
    // Its own undo step, never merged with the typing just before it.
    this.view.dispatch(ownUndoStep(state.tr.replaceWith(0, state.doc.content.size, doc.content)).scrollIntoView());
    this.slow.flush();
  }

  private move(id: string, target: MoveTarget): void {
    if (this.runEdit(moveContainer(id, target), false)) this.slow.flush();
  }

  private jumpToFinding(f: Finding): void {
    jumpToBlock(this.view, f.blockId, f.from, f.to);
  }

  private fix(f: Finding, fix: QuickFix | undefined = f.fix): void {
    if (!fix) return;
    let tr = fixTransaction(this.view.state, [fix]);
    // 加入名词解释: the caret goes to the new entry's definition, which the drafter writes next.
    if (fix.glossaryEntry) tr = caretInNewDefinition(tr, this.view.state.doc, fix.glossaryEntry.term);
    dispatchFix(this.view, tr);
  }

  private saveStateChanged(state: SaveState, name: string): void {
    this.status.setSave(state);
    // The full path when the document has a file (issue 13 item 6): two 报告.caogao in different folders are told apart.
    const where = this.session.info?.path ?? name;
    this.status.setPath(where);
    document.title = `${state === 'unsaved' ? '• ' : ''}${where} — ${t('shell-app-name')}`;
  }

  private relabel(): void {
    this.view.updateState(this.view.state);
    this.checksPanel.render();
    this.versions.panel.render();
    this.status.render();
    this.toolbar.relabel();
    this.saveStateChanged(this.status.saveState, this.session.name);
  }

  private async about(): Promise<void> {
    const info = await this.api.appInfo().catch(() => null);
    await tell(t('menu-help-about'), t('ui-about-body', { version: info?.version ?? '', platform: info?.platform ?? '' }));
  }

  private commandHost(): CommandHost {
    return {
      state: () => this.view.state,
      edit: (command) => this.runEdit(command),
      newDocument: () => void this.session.newFromTemplate(),
      newFromTemplate: () => void this.chooseTemplate(),
      startPage: () => void this.startPage(),
      open: () => void this.session.open('open'),
      save: () => void this.session.save(),
      saveAs: () => void this.session.save(true),
      importFile: () => void this.session.open('import'),
      exportAs: (format) => void this.session.exportAs(format, this.settings.exportComments),
      toggleExportComments: () => this.changeSettings({ exportComments: !this.settings.exportComments }),
      exportComments: () => this.settings.exportComments,
      find: (replace) => this.findBar.show(replace),
      toggleOutline: () => this.changeSettings({ outlineVisible: !this.settings.outlineVisible }),
      toggleChecks: () => this.changeSettings({ checksVisible: !this.settings.checksVisible }),
      outlineVisible: () => this.settings.outlineVisible,
      toggleRunIn: () => this.changeSettings({ runInInline: !this.settings.runInInline }),
      runInInline: () => this.settings.runInInline,
      checksVisible: () => this.settings.checksVisible,
      zoom: (step) => this.changeSettings({ zoom: nextZoom(this.settings.zoom, step) }),
      toggleLanguage: () => this.changeSettings({ lang: lang() === 'zh' ? 'en' : 'zh' }),
      commandMenu: () => this.menu.open(),
      about: () => void this.about(),
      closeRequested: () => void this.closeRequested(),
    };
  }

  /** 开始页 (文件 › 开始页, or at start without a document): open what was chosen there. */
  async startPage(): Promise<void> {
    const choice = await showStartPage(this.api);
    if (choice?.kind === 'recent') await this.session.openHandle(choice.handle);
    else if (choice?.kind === 'template') await this.session.newFromTemplate(choice.id);
    else if (choice?.kind === 'open') await this.session.open('open');
  }

  private async chooseTemplate(): Promise<void> {
    const id = await chooseTemplate(this.api);
    if (id) await this.session.newFromTemplate(id);
  }

  private async closeRequested(): Promise<void> {
    if (await this.session.confirmDiscard()) await this.api.closeWindow().catch(() => undefined);
  }
}
