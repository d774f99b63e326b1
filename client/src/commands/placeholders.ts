// 下一个占位符 / 上一个占位符: select the next unfilled placeholder so that typing replaces it.

import { l10n, Range, Selection, TextEditorRevealType, window, type TextEditor } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PlaceholdersRequest, type PlaceholdersParams, type PlaceholdersResult } from '../../../server/src/lsp/protocol';

/** Select the placeholder after (or before) the selection, wrapping around; false when there is none. */
export async function selectPlaceholder(client: LanguageClient, editor: TextEditor, direction: 1 | -1): Promise<boolean> {
  const params: PlaceholdersParams = { uri: client.code2ProtocolConverter.asUri(editor.document.uri) };
  const result = await client.sendRequest<PlaceholdersResult | null>(PlaceholdersRequest, params);
  if (!result) {
    window.setStatusBarMessage(l10n.t('公文助手 is not checking this file'), 3000);
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
