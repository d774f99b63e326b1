// The messages the client and the server exchange beyond LSP, typed once for both sides. Types and method
// names only: the client imports this file, so it must not pull in the engine or the LSP runtime.

import type { Range } from 'vscode-languageserver-types';

/** Whether a document is checked: `auto` decides from the text, the others force it. */
export type CheckMode = 'auto' | 'always' | 'never';

/** Why a document is or is not checked, for the status bar. */
export type CheckReason = 'detected' | 'not-detected' | 'file-always' | 'file-never' | 'setting-always' | 'setting-never';

/** server → client after every publish: the counts the status bar shows. */
export const StatusNotification = 'gongwen/status';
export interface StatusParams {
  uri: string;
  version: number;
  checked: boolean;
  reason: CheckReason;
  placeholders: number;
  /** Findings other than placeholders. */
  problems: number;
}

/** client → server: the unfilled placeholders of a document, in order, computed on its latest version. */
export const PlaceholdersRequest = 'gongwen/placeholders';
export interface PlaceholdersParams {
  uri: string;
}
export interface PlaceholdersResult {
  version: number;
  ranges: Range[];
}

/** client → server: a per-file switch chosen by the writer (`auto` removes it). */
export const FileModeNotification = 'gongwen/fileMode';
export interface FileModeParams {
  uri: string;
  mode: CheckMode;
}

/** Sent as `initializationOptions`: the per-file switches remembered for the workspace. */
export interface InitializationOptions {
  fileModes?: Record<string, CheckMode>;
}
