// The sample draft of the walkthrough (walkthrough/sample.md, shipped in the .vsix): opened as a new untitled
// document, so the writer can edit it freely, and a hover shown on its broken total.

import { commands, Selection, TextEditorRevealType, Uri, ViewColumn, window, workspace, type ExtensionContext, type TextEditor } from 'vscode';

/** The sample's first line: how its untitled copy is found again. */
const SAMPLE_TITLE = '# 关于全县重点项目建设情况的汇报';
/** The total its parts do not add up to (5 + 6 = 11). */
const BROKEN_TOTAL = '12个';

export async function openSample(context: ExtensionContext): Promise<TextEditor> {
  const bytes = await workspace.fs.readFile(Uri.joinPath(context.extensionUri, 'walkthrough', 'sample.md'));
  const document = await workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
  return window.showTextDocument(document, { viewColumn: ViewColumn.Beside, preview: false });
}

/** Puts the cursor on the sample's broken total and shows its hover: the arithmetic of the sum it heads. */
export async function showFigureHover(context: ExtensionContext): Promise<void> {
  const open = window.visibleTextEditors.find((e) => e.document.getText().startsWith(SAMPLE_TITLE));
  const editor = open ? await window.showTextDocument(open.document, open.viewColumn) : await openSample(context);
  const offset = editor.document.getText().indexOf(BROKEN_TOTAL);
  if (offset < 0) return; // the writer has rewritten the sample
  const position = editor.document.positionAt(offset);
  editor.selection = new Selection(position, position);
  editor.revealRange(editor.selection, TextEditorRevealType.InCenterIfOutsideViewport);
  await commands.executeCommand('editor.action.showHover');
}
