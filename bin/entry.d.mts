// Types of entry.mjs for the TypeScript tests and benchmarks.
export declare const BUILT_CLI: string;
export declare const SOURCE_CLI: string;
export declare const BUILD_INPUTS: string[];
export type EntryKind = 'built' | 'sources';
export declare function newestMtime(path: string): number;
export declare function chooseEntry(times: { builtMtime: number; sourcesMtime: number; fromSources?: boolean }): EntryKind;
export declare function entryFor(root: string, env?: Record<string, string | undefined>): { kind: EntryKind; path: string };
