/**
 * The preload: exposes `window.caogaoBridge`, one function per method of the
 * API contract (src/shared/api.ts) and the host-event subscription — nothing
 * generic, no ipcRenderer, no channel names the page could choose. It runs
 * sandboxed, so it is bundled into one CommonJS file that requires only
 * electron; the contract is imported for its types only.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiArg, ApiMethod, ApiResult, CaogaoBridge, Envelope, HostEvent } from '../shared/api.js';
import { EVENT_CHANNEL, EVENTS_READY_CHANNEL, channelOf } from '../shared/channels.js';

function invoke<M extends ApiMethod>(method: M, arg?: ApiArg<M>): Promise<Envelope<ApiResult<M>>> {
  return ipcRenderer.invoke(channelOf(method), arg);
}

const bridge: CaogaoBridge = {
  appInfo: () => invoke('appInfo'),
  openWithDialog: () => invoke('openWithDialog'),
  openHandle: (arg) => invoke('openHandle', arg),
  openUpload: (arg) => invoke('openUpload', arg),
  importWithDialog: () => invoke('importWithDialog'),
  readDraftWithDialog: () => invoke('readDraftWithDialog'),
  listTemplates: () => invoke('listTemplates'),
  newFromTemplate: (arg) => invoke('newFromTemplate', arg),
  save: (arg) => invoke('save', arg),
  saveAs: (arg) => invoke('saveAs', arg),
  exportDocument: (arg) => invoke('exportDocument', arg),
  exportComparison: (arg) => invoke('exportComparison', arg),
  recentList: () => invoke('recentList'),
  recentClear: () => invoke('recentClear'),
  journalWrite: (arg) => invoke('journalWrite', arg),
  journalRead: () => invoke('journalRead'),
  journalClear: (arg) => invoke('journalClear', arg),
  settingsGet: () => invoke('settingsGet'),
  settingsSet: (arg) => invoke('settingsSet', arg),
  reportState: (arg) => invoke('reportState', arg),
  closeWindow: () => invoke('closeWindow'),
  dialogList: (arg) => invoke('dialogList', arg),
  dialogAnswer: (arg) => invoke('dialogAnswer', arg),
  openLocation: (arg) => invoke('openLocation', arg),
  onHostEvent(listener) {
    const forward = (_event: IpcRendererEvent, hostEvent: HostEvent) => listener(hostEvent);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    ipcRenderer.send(EVENTS_READY_CHANNEL);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('caogaoBridge', bridge);
