// What must not light up: English Markdown in the same workspace as the drafts.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openEditor, ruleId, waitForDiagnostics, workspaceUri } from '../util';

describe('scope', () => {
  afterEach(closeAllEditors);

  it('leaves an English README alone', async () => {
    await openEditor('README.md');
    // The server answers documents in the order they open: once a draft opened after the README has
    // its findings, the README has had its turn.
    const sentinel = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# 关于xx工作情况的汇报\n\n请于xx日前报送。\n' });
    await vscode.window.showTextDocument(sentinel);
    await waitForDiagnostics(sentinel.uri, (d) => d.length > 0);
    const readme = vscode.languages.getDiagnostics(workspaceUri('README.md'));
    assert.deepEqual(
      readme.map((d) => `${ruleId(d)}: ${d.message}`),
      [],
    );
  });
});
