// Word in the editor: 公文助手：导出为 Word and 公文助手：版式预览. A bundle of its own (dist/word.js), required on
// first use: activation does not load the .docx writer.

import { homedir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { exportDocx } from '../../../server/src/word/export';
import { isDraft, LayoutPreviewPanel } from '../preview/layoutPanel';

/** A draft that is no document of its own: the template preview's, exported by its 导出 Word button. */
export interface ExportRequest {
  markdown: string;
  /** A name for the file (the title). */
  name: string;
  /** The document the draft is meant for, whose folder the file goes in by default. */
  near?: string;
}

function isRequest(value: unknown): value is ExportRequest {
  return typeof value === 'object' && value !== null && typeof (value as ExportRequest).markdown === 'string' && typeof (value as ExportRequest).name === 'string';
}

/** What to export: a document (from a menu's URI or the active editor) or the template preview's draft. */
async function source(arg: unknown): Promise<{ text: string; defaultUri: vscode.Uri } | undefined> {
  if (isRequest(arg)) {
    const near = arg.near ? vscode.Uri.parse(arg.near) : undefined;
    return { text: arg.markdown, defaultUri: vscode.Uri.joinPath(folderFor(near), `${fileName(arg.name)}.docx`) };
  }
  let document: vscode.TextDocument | undefined;
  if (arg instanceof vscode.Uri) document = await vscode.workspace.openTextDocument(arg);
  else {
    const editor = vscode.window.activeTextEditor;
    document = editor && isDraft(editor.document) ? editor.document : undefined;
  }
  if (!document) return undefined;
  return { text: document.getText(), defaultUri: besideDraft(document) };
}

/** Beside the draft with its name; an untitled draft goes in the workspace's folder, named by its first line. */
function besideDraft(document: vscode.TextDocument): vscode.Uri {
  if (document.uri.scheme === 'file') {
    const parsed = path.posix.parse(document.uri.path);
    return document.uri.with({ path: path.posix.join(parsed.dir, `${parsed.name}.docx`) });
  }
  const firstLine =
    document
      .getText()
      .split(/\r?\n/)
      .find((l) => l.trim() !== '' && !/^-{3,}\s*$/.test(l)) ?? '';
  return vscode.Uri.joinPath(folderFor(undefined), `${fileName(firstLine.replace(/^#+\s*/, '')) || '公文'}.docx`);
}

function folderFor(near: vscode.Uri | undefined): vscode.Uri {
  if (near?.scheme === 'file') return near.with({ path: path.posix.dirname(near.path) });
  return vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri ?? vscode.Uri.file(homedir());
}

/** A title as a file name: characters no file system takes replaced, at most 60 characters. */
function fileName(title: string): string {
  return [...title.trim().replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')].slice(0, 60).join('');
}

/** 公文助手：导出为 Word (gongwen.exportWord): asks where, beside the draft by default, and writes the .docx. */
export async function exportWord(arg?: unknown): Promise<void> {
  const draft = await source(arg);
  if (!draft) {
    void vscode.window.showErrorMessage('请先打开要导出的公文草稿（Markdown 或纯文本）（Open a draft to export first.）');
    return;
  }
  const picked = await vscode.window.showSaveDialog({
    defaultUri: draft.defaultUri,
    filters: { 'Word 文档 (Word document)': ['docx'] },
    saveLabel: '导出 (Export)',
    title: '导出为 Word：按 GB/T 9704-2012 排版（Export as Word）',
  });
  if (!picked) return;
  const target = picked.path.toLowerCase().endsWith('.docx') ? picked : picked.with({ path: `${picked.path}.docx` });
  const warnings: string[] = [];
  try {
    const bytes = await exportDocx(draft.text, { warn: (message) => warnings.push(message) });
    await vscode.workspace.fs.writeFile(target, bytes);
  } catch (error) {
    void vscode.window.showErrorMessage(`未能导出 ${path.posix.basename(target.path)}（export failed）：${(error as Error).message}`);
    return;
  }
  for (const warning of warnings) void vscode.window.showWarningMessage(warning);
  const open = '打开 (Open)';
  const choice = await vscode.window.showInformationMessage(`已导出 ${path.posix.basename(target.path)}（exported）`, open);
  if (choice === open) await vscode.env.openExternal(target);
}

/** 公文助手：版式预览 (gongwen.layoutPreview): the draft's pages beside it. */
export async function layoutPreview(context: vscode.ExtensionContext, arg?: unknown): Promise<void> {
  let document: vscode.TextDocument | undefined;
  if (arg instanceof vscode.Uri) document = await vscode.workspace.openTextDocument(arg);
  else {
    const editor = vscode.window.activeTextEditor;
    document = editor && isDraft(editor.document) ? editor.document : undefined;
  }
  if (!document) {
    void vscode.window.showErrorMessage('请先打开一份公文草稿（Markdown 或纯文本）（Open a draft first.）');
    return;
  }
  LayoutPreviewPanel.show(context.extensionUri, document);
}
