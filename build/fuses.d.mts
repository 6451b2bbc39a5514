// Types of build/fuses.mjs, for the test that reads it (tests/unit/files/fuses.test.ts).
import type { FuseV1Options, FuseVersion } from '@electron/fuses';

export declare const fuseConfig: { version: FuseVersion.V1; resetAdHocDarwinSignature: boolean } & Record<FuseV1Options, boolean>;
