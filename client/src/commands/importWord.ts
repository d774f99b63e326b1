// “公文助手：从 Word 导入”: a .docx (picked, or the one right-clicked in the explorer) opened as a new untitled
// Markdown draft, checked at once. A bundle of its own (dist/word.js), required on first use.

import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import * as vscode from 'vscode';
import { importDocxBytes, importDocxFile, WordImportError, type ImportedDraft } from '../../../server/src/word/import';

/** Switches checking on for a document, whatever `gongwen.enable` would decide from its text. */
export type CheckDocument = (uri: vscode.Uri) => Promise<void>;

export async function importWord(resource: vscode.Uri | undefined, checkDocument: CheckDocument): Promise<vscode.TextEditor | undefined> {
  const source = resource ?? (await pickDocx());
  if (!source) return undefined;
  const name = basename(source.path);
  let draft: ImportedDraft;
  try {
    draft = source.scheme === 'file' ? importDocxFile(source.fsPath) : importDocxBytes(await vscode.workspace.fs.readFile(source));
  } catch (e) {
    const reason = e instanceof WordImportError ? e.reason : `无法读取（cannot read）：${(e as Error).message}`;
    void vscode.window.showErrorMessage(`无法导入 ${name}：${reason}`);
    return undefined;
  }
  const document = await untitledDraft(source, draft.markdown);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await checkDocument(document.uri);
  return editor;
}

async function pickDocx(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: '导入（Import）',
    title: '从 Word 导入（Import from Word）',
    filters: { 'Word 文档（.docx）': ['docx'] },
  });
  return picked?.[0];
}

/**
 * A new untitled Markdown document holding the draft, named after the .docx (汇报.docx → 汇报.md, which Save
 * offers beside it) unless a file of that name exists there already.
 */
async function untitledDraft(source: vscode.Uri, markdown: string): Promise<vscode.TextDocument> {
  if (source.scheme === 'file') {
    const target = join(dirname(source.fsPath), `${basename(source.fsPath, extname(source.fsPath))}.md`);
    const named = vscode.Uri.file(target).with({ scheme: 'untitled' });
    const alreadyOpen = vscode.workspace.textDocuments.some((d) => d.uri.toString() === named.toString());
    if (!existsSync(target) && !alreadyOpen) {
      const document = await vscode.workspace.openTextDocument(named);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(named, new vscode.Position(0, 0), markdown);
      if (await vscode.workspace.applyEdit(edit)) return document;
    }
  }
  return vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
}
