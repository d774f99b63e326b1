// Findings as VS Code holds them: rule ids with documentation links, Chinese messages, exact ranges,
// and a live update after an edit.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openEditor, ruleId, seedExample, waitForDiagnostics, workspaceUri } from '../util';

describe('diagnostics', () => {
  afterEach(closeAllEditors);

  it('reports the seed example by rule id, in Chinese, from 公文助手', async () => {
    await openEditor(seedExample);
    const diagnostics = await waitForDiagnostics(workspaceUri(seedExample), (d) => d.length > 0);
    const rules = new Set(diagnostics.map(ruleId));
    for (const rule of ['placeholder', 'punctuation-width', 'web-residue', 'broken-paragraph']) {
      assert.ok(rules.has(rule), `no ${rule} finding among ${[...rules].join(', ')}`);
    }
    for (const d of diagnostics) {
      assert.equal(d.source, '公文助手');
      assert.match(d.message, /[\u4e00-\u9fff]/, `not Chinese: ${d.message}`);
      assert.equal(typeof d.code, 'object', 'the code carries the documentation link');
      const code = d.code as { value: string | number; target: vscode.Uri };
      assert.match(code.target.toString(), new RegExp(`docs/rules/${code.value}\\.md$`));
    }
  });

  it('puts each finding on the text it is about (UTF-16 ranges)', async () => {
    const editor = await openEditor(seedExample);
    const diagnostics = await waitForDiagnostics(workspaceUri(seedExample), (d) => d.length > 0);
    const placeholders = diagnostics.filter((d) => ruleId(d) === 'placeholder');
    assert.ok(placeholders.length > 0);
    for (const d of placeholders) assert.match(editor.document.getText(d.range), /^(xx|XX|××|某某)/i);
    const commas = diagnostics.filter((d) => ruleId(d) === 'punctuation-width' && d.message.includes('逗号'));
    assert.ok(commas.length > 0);
    for (const d of commas) assert.equal(editor.document.getText(d.range), ',');
  });

  it('drops a finding once the text is corrected', async () => {
    const editor = await openEditor(seedExample);
    const uri = workspaceUri(seedExample);
    const before = await waitForDiagnostics(uri, (d) => d.length > 0);
    const comma = before.find((d) => ruleId(d) === 'punctuation-width' && editor.document.getText(d.range) === ',');
    assert.ok(comma, 'the seed has a half-width comma');
    const at = comma.range.start;
    const edited = await editor.edit((edit) => edit.replace(comma.range, '，'));
    assert.ok(edited);
    const after = await waitForDiagnostics(uri, (d) => d.length === before.length - 1);
    assert.ok(!after.some((d) => ruleId(d) === 'punctuation-width' && d.range.start.isEqual(at)));
  });

  it('checks an untitled Markdown draft', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# 关于xx工作的通知\n\n各单位：\n\n现将有关事项通知如下。\n' });
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleId(x) === 'placeholder'));
    assert.equal(document.getText(diagnostics.find((x) => ruleId(x) === 'placeholder')?.range), 'xx');
  });

  it('checks a plain-text draft', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '关于全县项目建设情况的报告\n\n现将有关情况报告如下:\n' });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleId(x) === 'punctuation-width'));
  });
});
