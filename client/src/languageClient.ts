// Starts the language server over IPC and restarts it when it dies, telling the writer once (restartPolicy.ts).

import * as path from 'node:path';
import { l10n, window, type ExtensionContext } from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { CheckMode, InitializationOptions } from '../../server/src/lsp/protocol';
import { hasMarkdownHeading } from './outline';
import type { RestartPolicy } from './restartPolicy';

export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'untitled', language: 'plaintext' },
];

/** `fileModes` is read at every (re)start, so a restarted server keeps the writer's per-file switches. */
export function createLanguageClient(context: ExtensionContext, fileModes: () => Record<string, CheckMode>, restarts: RestartPolicy): LanguageClient {
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
    errorHandler: restartingErrorHandler(restarts, () => outputChannel.show(true)),
    middleware: {
      // one outline: where the Markdown extension outlines the # headings, the server's tree would be a second one
      provideDocumentSymbols: (document, token, next) => (document.languageId === 'markdown' && hasMarkdownHeading(document.getText()) ? [] : next(document, token)),
    },
  };
  return new LanguageClient('gongwen', '公文助手', serverOptions, clientOptions);
}

function restartingErrorHandler(restarts: RestartPolicy, showOutput: () => void): ErrorHandler {
  const showLog = l10n.t('Show Output');
  const tell = (show: typeof window.showWarningMessage, message: string): void => {
    void show(message, showLog).then((pick) => pick === showLog && showOutput());
  };
  return {
    // A failed write or a broken message goes to the output channel only: if the server is gone, the close
    // that follows is the one thing the writer hears about.
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const decision = restarts.crashed(Date.now());
      if (decision.action === 'give-up') {
        const message = l10n.t(
          'The Gongwen Assistant checking service stopped {0} times in a few minutes and will not be restarted. Run “Gongwen Assistant: Restart the Checking Service” to try again.',
          decision.crashes,
        );
        tell(window.showErrorMessage, message);
        return { action: CloseAction.DoNotRestart, handled: true, message };
      }
      const message = l10n.t('The Gongwen Assistant checking service stopped unexpectedly and has been restarted.');
      if (decision.tell) tell(window.showWarningMessage, message);
      return { action: CloseAction.Restart, handled: true, message };
    },
  };
}
