// The extension as VS Code loads it: found, activated by a Markdown document, its language client running.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, extensionId, openEditor, seedExample } from '../util';

describe('activation', () => {
  afterEach(closeAllEditors);

  it('is installed under its publisher id', () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not installed`);
    // the manifest's name in the UI's language: 公文助手, or Gongwen Assistant (公文助手) in English
    assert.match(String(extension.packageJSON.displayName), /公文助手/);
  });

  it('activates when a Markdown draft opens', async () => {
    await openEditor(seedExample);
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('registers every command its manifest contributes', async () => {
    await openEditor(seedExample);
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension);
    await extension.activate();
    const contributed = ((extension.packageJSON as { contributes?: { commands?: Array<{ command: string }> } }).contributes?.commands ?? []).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      contributed.filter((id) => !registered.has(id)),
      [],
      'contributed but not registered',
    );
  });
});
