// Electron fuses of the packaged app (issue 12): switches compiled into the Electron binary,
// flipped once at packaging by scripts/flip-fuses.mjs with @electron/fuses, so that no
// environment variable or command-line flag can turn the app back into a plain Node.js or
// make it load code from outside its signed app.asar:
//   - RunAsNode off: ELECTRON_RUN_AS_NODE cannot run the binary as node;
//   - EnableNodeOptionsEnvironmentVariable off: NODE_OPTIONS is ignored;
//   - EnableNodeCliInspectArguments off: --inspect and friends are ignored;
//   - EnableEmbeddedAsarIntegrityValidation on: app.asar is checked against its hash;
//   - OnlyLoadAppFromAsar on: the app loads from app.asar only, never from a folder beside it.
// The other fuses known to @electron/fuses 1.x are set as well: cookies encrypted, no
// browser-specific V8 snapshot, no extra privileges for file:// (the UI is served from app://).
// tests/unit/files/fuses.test.ts reads this file and checks each value.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** The config given to flipFuses(pathToElectron, fuseConfig). */
export const fuseConfig = {
  version: FuseVersion.V1,
  // macOS: the ad-hoc signature is redone after flipping (a real signature is applied after it).
  resetAdHocDarwinSignature: process.platform === 'darwin',
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};
