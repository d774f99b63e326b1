// The editor features through the VS Code API: hovers with arithmetic, quick fixes and fix-all, document
// symbols, placeholder navigation. Pending until the extension under test contributes them (branch lsp).

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, extensionId, openEditor, ruleId, seedExample, waitForDiagnostics, workspaceUri } from '../util';

function contributesCommand(id: string): boolean {
  const commands = (vscode.extensions.getExtension(extensionId)?.packageJSON as { contributes?: { commands?: Array<{ command: string }> } })?.contributes?.commands;
  return commands?.some((c) => c.command === id) ?? false;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

function symbolNames(symbols: readonly vscode.DocumentSymbol[]): string[] {
  return symbols.map((s) => s.name);
}

function findSymbol(symbols: readonly vscode.DocumentSymbol[], name: string): vscode.DocumentSymbol | undefined {
  for (const s of symbols) {
    if (s.name === name) return s;
    const inner = findSymbol(s.children, name);
    if (inner) return inner;
  }
  return undefined;
}

function nextSelection(editor: vscode.TextEditor, timeoutMs = 20_000): Promise<vscode.Selection> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`the selection did not change within ${timeoutMs} ms`));
    }, timeoutMs);
    const subscription = vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor.document !== editor.document) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(e.selections[0]!);
    });
  });
}

describe('editor features', function () {
  before(function () {
    if (!contributesCommand('gongwen.nextPlaceholder')) this.skip();
  });
  afterEach(closeAllEditors);

  it('hovers over a part of a broken sum with its arithmetic (over the total, the finding has it)', async () => {
    await openEditor('drafts/数字.md');
    const uri = workspaceUri('drafts/数字.md');
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'number-sum'));
    // Line 3: 今年以来，我县共安排重点建设项目12个（新建5个、续建6个），…; “5个” starts at character 22.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(2, 22));
    assert.match(hoverText(hovers), /5个? \+ (续建)?6个? = 11/);
  });

  it('offers the full-width comma as a quick fix, and a fix-all', async () => {
    const editor = await openEditor(seedExample);
    const uri = workspaceUri(seedExample);
    const before = await waitForDiagnostics(uri, (d) => d.length > 0);
    const comma = before.find((d) => ruleId(d) === 'punctuation-width' && d.range.start.line === 8 && editor.document.getText(d.range) === ',');
    assert.ok(comma, 'the seed has a half-width comma on line 9');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, comma.range);
    const fix = actions.find((a) => a.title === 'Change “,” to “，”');
    assert.ok(fix?.edit, `no comma fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.lineAt(8).text, /^按照会议安排，现将/);
    await waitForDiagnostics(uri, (d) => d.length === before.length - 1);

    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, vscode.CodeActionKind.SourceFixAll.value);
    assert.ok(
      fixAll.some((a) => a.kind && vscode.CodeActionKind.SourceFixAll.contains(a.kind) && a.edit),
      'no source.fixAll action',
    );
  });

  it('outlines the 一、/（一） hierarchy', async () => {
    await openEditor(seedExample);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', workspaceUri(seedExample));
    const part = findSymbol(symbols, '一、工作进展情况');
    assert.ok(part, `no 一、 part among ${JSON.stringify(symbolNames(symbols))}`);
    assert.deepEqual(symbolNames(part.children).slice(0, 2), ['(一)精心组织凝聚合力', '(二)强化统筹压实责任']);
    assert.ok(findSymbol(symbols, '二、存在问题'));
    assert.ok(findSymbol(symbols, '三、下一步工作措施'));
  });

  it('selects the next placeholder', async () => {
    const editor = await openEditor(seedExample);
    await waitForDiagnostics(workspaceUri(seedExample), (d) => d.length > 0);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    // The selection change is the signal (the command resolves after it).
    const selected = nextSelection(editor);
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    const selection = await selected;
    assert.equal(editor.document.getText(selection), 'xx');
    assert.equal(selection.start.line, 6);
  });
});
