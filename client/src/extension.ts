// The extension: activation and wiring only. Starts the language server over IPC, registers the commands, the
// status bar items and the watch for GB18030 files shown as UTF-8.

import { createRequire } from 'node:module';
import { join } from 'node:path';
import { commands, Uri, window, workspace, type ExtensionContext, type TextEditor } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FileModeNotification, StatusNotification } from '../../server/src/lsp/protocol';
import { FileModes, toggleFile, toggleWorkspace } from './commands/checking';
import { listPlaceholders, selectPlaceholder } from './commands/placeholders';
import { openSample, showFigureHover } from './commands/sample';
import { EncodingWatch, reopenWithGb18030 } from './encoding';
import { createLanguageClient } from './languageClient';
import { RestartPolicy } from './restartPolicy';
import { REOPEN_COMMAND, STATUS_CLICK_COMMAND, StatusBar } from './status';

type TemplatesBundle = typeof import('./commands/insertFromTemplate');
type WordBundle = typeof import('./commands/word');
type WordImportBundle = typeof import('./commands/importWord');

let client: LanguageClient | undefined;

/**
 * A command on the active editor that asks the server first. A plain command, not a text editor command: VS Code
 * drops a text editor command's promise (a failed request would be an unhandled rejection), while it awaits a
 * command's and reports its failure; `executeCommand` resolves once the selection is made.
 */
function onActiveEditor<T>(run: (editor: TextEditor) => Promise<T>): () => Promise<T> | undefined {
  return () => {
    const editor = window.activeTextEditor;
    return editor ? run(editor) : undefined;
  };
}

const word = (): WordBundle => createRequire(__filename)(join(__dirname, 'word.js')) as WordBundle;

export async function activate(context: ExtensionContext): Promise<void> {
  // the templates (nunjucks, js-yaml, the preview and the engine's check for it) are a bundle of their own,
  // dist/templates.js, loaded on first use: activation neither parses nor runs them
  context.subscriptions.push(
    commands.registerCommand('gongwen.insertFromTemplate', () => (createRequire(__filename)(join(__dirname, 'templates.js')) as TemplatesBundle).insertFromTemplate(context)),
    // Word export and the layout preview (the docx writer among them): dist/word.js, loaded on first use too
    commands.registerCommand('gongwen.exportWord', (arg?: unknown) => word().exportWord(arg)),
    commands.registerCommand('gongwen.layoutPreview', (arg?: unknown) => word().layoutPreview(context, arg)),
  );
  const fileModes = new FileModes(context.workspaceState);
  const restarts = new RestartPolicy();
  const languageClient = createLanguageClient(context, () => fileModes.all(), restarts);
  client = languageClient;
  const uriOf = (editor: TextEditor): string => languageClient.code2ProtocolConverter.asUri(editor.document.uri);
  const encodings = new EncodingWatch(context.globalState);
  const status = new StatusBar(uriOf, encodings);

  context.subscriptions.push(
    encodings,
    status,
    languageClient.onNotification(StatusNotification.type, (params) => status.update(params)),
    workspace.onDidCloseTextDocument((document) => status.forget(languageClient.code2ProtocolConverter.asUri(document.uri))),
    commands.registerCommand(
      'gongwen.nextPlaceholder',
      onActiveEditor((editor) => selectPlaceholder(languageClient, editor, 1)),
    ),
    commands.registerCommand(
      'gongwen.previousPlaceholder',
      onActiveEditor((editor) => selectPlaceholder(languageClient, editor, -1)),
    ),
    commands.registerCommand(
      'gongwen.listPlaceholders',
      onActiveEditor((editor) => listPlaceholders(languageClient, editor)),
    ),
    commands.registerCommand('gongwen.openSample', () => openSample(context)),
    commands.registerCommand('gongwen.showFigureHover', () => showFigureHover(context)),
    commands.registerCommand(REOPEN_COMMAND, () => {
      const editor = window.activeTextEditor;
      return editor && encodings.isMisdecoded(editor.document.uri) ? reopenWithGb18030(editor.document.uri) : undefined;
    }),
    commands.registerCommand('gongwen.toggleFile', () => toggleFile(languageClient, fileModes, status.active()?.checked)),
    commands.registerCommand('gongwen.toggleWorkspace', () => toggleWorkspace()),
    // Word import (the .docx reader) is dist/word-import.js, loaded on first use like the templates; the draft it
    // opens is checked whatever gongwen.enable would decide from its text
    commands.registerCommand('gongwen.importWord', (resource?: unknown) =>
      (createRequire(__filename)(join(__dirname, 'word-import.js')) as WordImportBundle).importWord(resource instanceof Uri ? resource : undefined, (uri) =>
        languageClient.sendNotification(FileModeNotification.type, { uri: languageClient.code2ProtocolConverter.asUri(uri), mode: 'always' }),
      ),
    ),
    commands.registerCommand('gongwen.restartServer', () => {
      restarts.reset();
      return languageClient.restart();
    }),
    commands.registerCommand(STATUS_CLICK_COMMAND, async () => {
      const current = status.active();
      const editor = window.activeTextEditor;
      if (!current || !editor) return;
      if (!current.checked) return toggleFile(languageClient, fileModes, false);
      if (current.placeholders > 0 && (await selectPlaceholder(languageClient, editor, 1))) return;
      await commands.executeCommand('editor.action.marker.next');
    }),
  );
  await languageClient.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
