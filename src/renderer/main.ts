/**
 * The page's entry: build the application, connect it to its host (Electron
 * preload or the browser host), and open the document the host hands over
 * (the file given on the command line), a backup to restore, or the start
 * page (recent files and templates).
 */
import 'prosemirror-view/style/prosemirror.css';
import './styles/fonts.css';
import './styles/app.css';
import './styles/page.css';
import './styles/panels.css';
import { getApi } from './api/index.js';
import { App } from './app/app.js';
import { installCompare } from './compare/installCompare.js';
import { installChecks } from './checks/installChecks.js';
import { installReadOnly } from './readonly/installReadOnly.js';
import { installCheckSettings } from './settings/installCheckSettings.js';
import { installSaveVersion } from './versions/installSaveVersion.js';
import { installPages } from './pages/installPages.js';
import { installReview } from './review/installReview.js';
import { confirmIdentityOnFirstStart, installIdentity } from './settings/installIdentity.js';
import { defaultSettings, type HostEvent } from '../shared/api.js';
import { documentInAddress, installWebAddress } from './app/webAddress.js';

/** How long to wait for the host's "open this file" event before starting a new report. */
const OPEN_GRACE_MS = 400;

async function start(): Promise<void> {
  const api = getApi();
  const app = new App(api, document.body);
  installCompare(app, api);
  installChecks(app, api);
  installSaveVersion(app);
  installReadOnly(app);
  installCheckSettings(app);
  installPages(app);
  installIdentity(app, api);
  installReview(app);
  const settings = await api.settingsGet().catch(() => defaultSettings);
  app.applySettings(settings);

  let opened = false;
  api.onHostEvent((event: HostEvent) => {
    if (event.type === 'open') opened = true;
    app.hostEvent(event);
  });
  const web = (await api.appInfo().catch(() => null))?.host === 'web';
  if (web) installWebAddress(app.session);
  if (await app.session.offerRestore()) return confirmIdentityOnFirstStart(app, api, settings);
  // The browser host names the document in the page's address (&doc=PATH): opened at start and on every reload.
  const named = web ? documentInAddress() : null;
  if (named) opened = await app.session.openLocation(named);
  else await new Promise((resolve) => setTimeout(resolve, OPEN_GRACE_MS));
  // Started without a document: the start page (recent files, templates); closing it starts a blank report.
  if (!opened && !app.session.info) {
    await app.startPage();
    if (!app.session.info) await app.session.newFromTemplate();
  }
  // Once the document shows: who is writing, asked on the first start only.
  await confirmIdentityOnFirstStart(app, api, settings);
  // The caret goes into the text, unless the user is already somewhere: the
  // file has usually opened well before this grace ends, and taking the focus
  // then would pull it out of the find bar or a dialog the user just opened.
  if (nothingFocused()) app.view.focus();
}

function nothingFocused(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}

void start();
