/**
 * "Dialogs" for the browser host, which cannot show native ones. Opening goes
 * through the page instead (a file input, then openUpload), so chooseOpen
 * answers null. Saving and exporting write into a fixed folder — the
 * document's own folder, else the workspace (the folder of the file the host
 * was started with, or the current folder) — under the suggested name, adding
 * " (2)", " (3)" … rather than replacing a file that is already there.
 */
import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Dialogs } from '../services.js';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export function folderDialogs(workspace: string): Dialogs {
  return {
    chooseOpen: async () => null,
    async chooseSave({ suggestedName, defaultDir }) {
      const dir = defaultDir ?? workspace;
      const ext = extname(suggestedName);
      const stem = suggestedName.slice(0, suggestedName.length - ext.length);
      for (let n = 1; n < 1000; n++) {
        const path = join(dir, n === 1 ? suggestedName : `${stem} (${n})${ext}`);
        if (!(await exists(path))) return path;
      }
      return null;
    },
  };
}
