// The messages the client and the server exchange beyond LSP, declared once for both sides as typed
// `RequestType`/`NotificationType`s (vscode-eslint's pattern): the client's `sendRequest(X.type, params)` and the
// server's `onRequest(X.type, handler)` take the parameter and result types from the declaration, so a wrong
// parameter fails to compile on either side. The client imports this file: it must not pull in the engine or the
// server's runtime (vscode-languageserver-protocol's message types are in the client's bundle already).

import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-types';

/** Whether a document is checked: `auto` decides from the text, the others force it. */
export type CheckMode = 'auto' | 'always' | 'never';

/** Why a document is or is not checked, for the status bar. */
export type CheckReason = 'detected' | 'not-detected' | 'file-always' | 'file-never' | 'setting-always' | 'setting-never';

/** server → client after every publish: the counts the status bar shows. */
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
export interface PlaceholdersParams {
  uri: string;
}
export interface PlaceholdersResult {
  version: number;
  ranges: Range[];
}

/** client → server: a per-file switch chosen by the writer (`auto` removes it). */
export interface FileModeParams {
  uri: string;
  mode: CheckMode;
}

/** server → client after every publish: the counts the status bar shows. */
export const StatusNotification = {
  method: 'gongwen/status',
  type: new NotificationType<StatusParams>('gongwen/status'),
} as const;

/** client → server: the unfilled placeholders of a document (null when the document is not checked). */
export const PlaceholdersRequest = {
  method: 'gongwen/placeholders',
  type: new RequestType<PlaceholdersParams, PlaceholdersResult | null, void>('gongwen/placeholders'),
} as const;

/** client → server: a per-file switch chosen by the writer. */
export const FileModeNotification = {
  method: 'gongwen/fileMode',
  type: new NotificationType<FileModeParams>('gongwen/fileMode'),
} as const;

/** Sent as `initializationOptions`: the per-file switches remembered for the workspace. */
export interface InitializationOptions {
  fileModes?: Record<string, CheckMode>;
}
