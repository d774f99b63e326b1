// The sample draft of the walkthrough (walkthrough/sample.md, shipped in the .vsix): opened as a new untitled
// document, so the writer can edit it freely, and a hover shown on its broken total.

import { commands, Selection, TextEditorRevealType, Uri, ViewColumn, window, workspace, type ExtensionContext, type TextEditor } from 'vscode';

/** The sample's first line: how its untitled copy is found again. */
const SAMPLE_TITLE = '# 关于全县重点项目建设情况的汇报';
/** The total its parts do not add up to (5 + 6 = 11). */
const BROKEN_TOTAL = '12个';

let opening: Promise<TextEditor> | undefined;

/** Opens the sample, or shows the copy already open: a second click (or a second run) makes no second copy. */
export function openSample(context: ExtensionContext): Promise<TextEditor> {
  opening ??= open(context).finally(() => (opening = undefined));
  return opening;
}

async function open(context: ExtensionContext): Promise<TextEditor> {
  const existing = workspace.textDocuments.find((d) => d.isUntitled && !d.isClosed && d.getText().startsWith(SAMPLE_TITLE));
  if (existing) {
    const shown = window.visibleTextEditors.find((e) => e.document === existing);
    return window.showTextDocument(existing, { viewColumn: shown?.viewColumn ?? ViewColumn.Active, preview: false });
  }
  const bytes = await workspace.fs.readFile(Uri.joinPath(context.extensionUri, 'walkthrough', 'sample.md'));
  const document = await workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
  // beside the walkthrough: its buttons (command:toSide:) add an empty group beside it and make that group active, but
  // the click that pressed the button can make the walkthrough's group active again before the document is shown, and
  // the sample would then cover the walkthrough; so the empty group is named, and the active one taken only without it
  const empty = window.tabGroups.all.find((group) => group.tabs.length === 0);
  return window.showTextDocument(document, { viewColumn: empty?.viewColumn ?? ViewColumn.Active, preview: false });
}

/** How long after the button's command the click that pressed it may still give the walkthrough the focus back. */
const FOCUS_RACE_MS = 1500;

/** Puts the cursor on the sample's broken total and shows its hover: the arithmetic of the sum it heads. */
export async function showFigureHover(context: ExtensionContext): Promise<void> {
  const editor = await openSample(context);
  const offset = editor.document.getText().indexOf(BROKEN_TOTAL);
  if (offset < 0) return; // the writer has rewritten the sample
  // the click that pressed the walkthrough's button (command:toSide:) can give the walkthrough's group the focus back
  // after the sample took it, and a hover closes when its editor loses the focus: once, in that moment only, the sample
  // takes the focus back and shows the hover again
  const refocus = window.onDidChangeActiveTextEditor((active) => {
    if (active !== undefined) return;
    refocus.dispose();
    void window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preview: false }).then(() => commands.executeCommand('editor.action.showHover'));
  });
  setTimeout(() => refocus.dispose(), FOCUS_RACE_MS);
  const position = editor.document.positionAt(offset);
  editor.selection = new Selection(position, position);
  editor.revealRange(editor.selection, TextEditorRevealType.InCenterIfOutsideViewport);
  await commands.executeCommand('editor.action.showHover');
}
