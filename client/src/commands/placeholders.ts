// 下一个占位符 / 上一个占位符 / 列出未填写的占位符: select an unfilled placeholder so that typing replaces it.

import { l10n, Range, Selection, TextEditorRevealType, window, type QuickPickItem, type TextEditor } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PlaceholdersRequest, type PlaceholdersParams } from '../../../server/src/lsp/protocol';

/** Select the placeholder after (or before) the selection, wrapping around; false when there is none. */
export async function selectPlaceholder(client: LanguageClient, editor: TextEditor, direction: 1 | -1): Promise<boolean> {
  const params: PlaceholdersParams = { uri: client.code2ProtocolConverter.asUri(editor.document.uri) };
  const result = await client.sendRequest(PlaceholdersRequest.type, params);
  if (!result) {
    window.setStatusBarMessage(l10n.t('Gongwen Assistant is not checking this file'), 3000);
    return false;
  }
  const ranges = result.ranges.map((r) => client.protocol2CodeConverter.asRange(r));
  if (ranges.length === 0) {
    window.setStatusBarMessage(l10n.t('No unfilled placeholders left'), 3000);
    return false;
  }
  const target = pick(ranges, editor.selection, direction);
  editor.selection = new Selection(target.start, target.end);
  editor.revealRange(target, TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/** The first range starting at or after the selection's end (or the last ending before its start). */
export function pick(ranges: readonly Range[], selection: Range, direction: 1 | -1): Range {
  if (direction === 1) return ranges.find((r) => r.start.isAfterOrEqual(selection.end) && !r.isEqual(selection)) ?? ranges[0]!;
  return [...ranges].reverse().find((r) => r.end.isBeforeOrEqual(selection.start) && !r.isEqual(selection)) ?? ranges[ranges.length - 1]!;
}

/**
 * 列出未填写的占位符: every unfilled placeholder of the draft in a quick pick, with its line; moving through the
 * list shows each in the editor, choosing one selects it, Escape puts the selection back.
 */
export async function listPlaceholders(client: LanguageClient, editor: TextEditor): Promise<void> {
  const params: PlaceholdersParams = { uri: client.code2ProtocolConverter.asUri(editor.document.uri) };
  const result = await client.sendRequest(PlaceholdersRequest.type, params);
  if (!result) {
    window.setStatusBarMessage(l10n.t('Gongwen Assistant is not checking this file'), 3000);
    return;
  }
  const ranges = result.ranges.map((r) => client.protocol2CodeConverter.asRange(r));
  if (ranges.length === 0) {
    void window.showInformationMessage(l10n.t('No unfilled placeholders left'));
    return;
  }
  const { document } = editor;
  const items: PlaceholderItem[] = ranges.map((range) => ({
    label: document.getText(range),
    description: l10n.t('line {0}', range.start.line + 1),
    detail: context(document.lineAt(range.start.line).text, range.start.character, range.end.line === range.start.line ? range.end.character : undefined),
    range,
  }));
  const original = editor.selection;
  const quickPick = window.createQuickPick<PlaceholderItem>();
  quickPick.items = items;
  quickPick.title = l10n.t('Unfilled placeholders ({0})', items.length);
  quickPick.placeholder = l10n.t('Type to filter; Enter selects the placeholder so that typing replaces it');
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  const show = (item: PlaceholderItem | undefined): void => {
    if (!item) return;
    editor.selection = new Selection(item.range.start, item.range.end);
    editor.revealRange(item.range, TextEditorRevealType.InCenterIfOutsideViewport);
  };
  let chosen = false;
  await new Promise<void>((resolve) => {
    quickPick.onDidChangeActive((active) => show(active[0]));
    quickPick.onDidAccept(() => {
      chosen = true;
      show(quickPick.selectedItems[0] ?? quickPick.activeItems[0]);
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      if (!chosen) {
        editor.selection = original;
        editor.revealRange(original, TextEditorRevealType.InCenterIfOutsideViewport);
      }
      quickPick.dispose();
      resolve();
    });
    quickPick.show();
  });
  if (chosen) await window.showTextDocument(document, editor.viewColumn);
}

interface PlaceholderItem extends QuickPickItem {
  range: Range;
}

/** The placeholder's line, trimmed to about 60 characters around it. */
function context(line: string, start: number, end = line.length): string {
  const from = Math.max(0, start - 24);
  const to = Math.min(line.length, Math.max(end, start) + 36);
  return `${from > 0 ? '…' : ''}${line.slice(from, to).trim()}${to < line.length ? '…' : ''}`;
}
