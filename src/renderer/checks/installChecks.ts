/**
 * Puts the rest of the checks into the window, beside the Editor's checks
 * panel: suppress and re-enable (忽略 / 恢复, with who and why, kept in the
 * document's settings so the file carries them), the counts in the status
 * bar (a click opens the panel), and the 指标一览 tab next to the findings.
 */
import type { Finding } from '../../core/checks/types.js';
import { suppressFinding, unsuppressFinding } from '../../core/checks/index.js';
import { lexiconFromSettings } from '../../core/targets/lexicon.js';
import type { Client } from '../api/index.js';
import type { App } from '../app/app.js';
import { onLangChange, t, tx } from '../app/i18n.js';
import { jumpToBlock } from '../app/jump.js';
import { h } from '../util/dom.js';
import { countBySeverity } from './groups.js';
import { askSuppressReason } from './suppressDialog.js';
import { TargetsPanel } from './targetsPanel.js';
import './checks.css';

type Tab = 'findings' | 'targets';

export function installChecks(app: App, api: Client): void {
  const changeDocumentSettings = (settings: Record<string, unknown>): void => {
    app.session.setSettings(settings);
    app.checks.setSettings(settings);
    app.checks.schedule.flush();
  };

  app.checksPanel.suppressActions = {
    async suppress(finding: Finding) {
      const why = await askSuppressReason(finding);
      if (!why) return;
      const who = (await api.settingsGet().catch(() => null))?.author ?? '';
      changeDocumentSettings(suppressFinding(app.session.settings, finding, who, why));
    },
    unsuppress(finding: Finding) {
      changeDocumentSettings(unsuppressFinding(app.session.settings, finding));
    },
  };

  // 检查结果 | 指标一览
  const panel = app.checksPanel.el;
  const targets = new TargetsPanel((target) => jumpToBlock(app.view, target.blockId, target.from, target.to));
  const tabButton = (tab: Tab, key: 'ui-checks' | 'ui-targets') => {
    const b = tx(h('button', { type: 'button', role: 'tab', class: 'checks-tab', 'data-tab': tab }), { text: key });
    b.addEventListener('click', () => show(tab));
    return b;
  };
  const tabs = tx(h('div', { class: 'checks-tabs', role: 'tablist' }, tabButton('findings', 'ui-checks'), tabButton('targets', 'ui-targets')), { 'aria-label': 'ui-checks-tabs' });
  panel.querySelector('.panel-title')?.replaceWith(tabs);
  panel.append(targets.el);
  const refreshTargets = () => targets.update(app.view.state.doc, lexiconFromSettings(app.session.settings));
  const show = (tab: Tab): void => {
    panel.dataset.tab = tab;
    for (const b of tabs.querySelectorAll<HTMLElement>('[role="tab"]')) b.setAttribute('aria-selected', String(b.dataset.tab === tab));
    targets.el.hidden = tab !== 'targets';
    if (tab === 'targets') refreshTargets();
  };
  show('findings');

  // Counts in the status bar.
  const counts = tx(h('button', { type: 'button', class: 'status-checks' }), { title: 'ui-status-checks-tip' });
  counts.addEventListener('click', () => {
    if (panel.hidden) app.run('view.checks');
    show('findings');
  });
  app.status.el.insertBefore(counts, app.status.el.querySelector('.status-spacer')?.nextSibling ?? null);
  let last: Finding[] = [];
  const renderCounts = () => {
    const c = countBySeverity(last);
    counts.textContent = t('ui-status-checks', { errors: c.error, warnings: c.warning, infos: c.info });
    counts.dataset.errors = String(c.error);
  };

  app.checks.listeners.add((findings) => {
    last = findings;
    renderCounts();
    if (panel.dataset.tab === 'targets') refreshTargets();
  });
  app.commands.set('checks.targets', {
    id: 'checks.targets',
    label: 'ui-targets',
    run: () => {
      if (panel.hidden) app.run('view.checks');
      show('targets');
    },
  });
  onLangChange(() => {
    renderCounts();
    targets.render();
  });
  renderCounts();
}
