// Starts the language server over IPC and restarts it, with a message, when it dies.

import * as path from 'node:path';
import { l10n, window, type ExtensionContext } from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { CheckMode, InitializationOptions } from '../../server/src/lsp/protocol';

export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'untitled', language: 'plaintext' },
];

/** More crashes than this within the window and the server stays down until the writer restarts it. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** `fileModes` is read at every (re)start, so a restarted server keeps the writer's per-file switches. */
export function createLanguageClient(context: ExtensionContext, fileModes: () => Record<string, CheckMode>): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const initializationOptions = (): InitializationOptions => ({ fileModes: fileModes() });
  const outputChannel = window.createOutputChannel('公文助手');
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions,
    outputChannel,
    errorHandler: restartingErrorHandler(() => outputChannel.show(true)),
  };
  return new LanguageClient('gongwen', '公文助手', serverOptions, clientOptions);
}

function restartingErrorHandler(showOutput: () => void): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && crashes[0]! < now - RESTART_WINDOW_MS) crashes.shift();
      const showLog = l10n.t('Show Output');
      if (crashes.length > MAX_RESTARTS) {
        const message = l10n.t('The 公文助手 checking service stopped {0} times in a few minutes and will not be restarted. Run “公文助手: Restart the Checking Service” to try again.', crashes.length);
        void window.showErrorMessage(message, showLog).then((pick) => pick === showLog && showOutput());
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      const message = l10n.t('The 公文助手 checking service stopped unexpectedly and has been restarted.');
      void window.showWarningMessage(message, showLog).then((pick) => pick === showLog && showOutput());
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
