/**
 * Puts the 保存为版本… command into the window (see saveVersionCommand.ts):
 * it asks for a name and hands it to the versions panel's save action.
 */
import type { App } from '../app/app.js';
import { askVersionLabel } from './askVersionLabel.js';
import { saveVersionCommand } from './saveVersionCommand.js';

export function installSaveVersion(app: App): void {
  const command = saveVersionCommand({
    labels: () => app.session.getVersions().map((v) => v.label),
    askLabel: askVersionLabel,
    reveal: () => {
      // The versions panel shares the right-hand column with the checks.
      if (!app.layout.workspace.classList.contains('checks-on')) app.run('view.checks');
      app.versions.panel.el.scrollIntoView({ block: 'nearest' });
    },
    save: (label) => app.versions.save(label),
  });
  app.commands.set(command.id, command);
}
