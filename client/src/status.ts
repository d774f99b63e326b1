// The status bar item: 占位符 n · 问题 m for the active draft, kept live from the server's gongwen/status
// notifications; a click jumps to the next placeholder (or the next problem when none is left).

import { l10n, StatusBarAlignment, window, type Disposable, type StatusBarItem, type TextEditor } from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

export const STATUS_CLICK_COMMAND = 'gongwen.statusClick';

export class StatusBar implements Disposable {
  private readonly item: StatusBarItem;
  private readonly byUri = new Map<string, StatusParams>();
  private readonly disposables: Disposable[] = [];

  constructor(private readonly uriOf: (editor: TextEditor) => string) {
    this.item = window.createStatusBarItem('gongwen.status', StatusBarAlignment.Right, 100);
    this.item.name = l10n.t('公文助手 placeholders and problems');
    this.disposables.push(this.item, window.onDidChangeActiveTextEditor(() => this.render()));
  }

  update(status: StatusParams): void {
    this.byUri.set(status.uri, status);
    const editor = window.activeTextEditor;
    if (editor && this.uriOf(editor) === status.uri) this.render();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.render();
  }

  /** The last status of the active editor's document. */
  active(): StatusParams | undefined {
    const editor = window.activeTextEditor;
    return editor ? this.byUri.get(this.uriOf(editor)) : undefined;
  }

  render(): void {
    const status = this.active();
    if (!status) {
      this.item.hide();
      return;
    }
    if (status.checked) {
      this.item.text = `$(checklist) ${l10n.t('Placeholders {0} · Problems {1}', status.placeholders, status.problems)}`;
      this.item.tooltip =
        status.placeholders > 0
          ? l10n.t('公文助手: click to select the next unfilled placeholder')
          : l10n.t('公文助手: click to go to the next problem');
    } else {
      this.item.text = `$(circle-slash) ${l10n.t('公文助手: not checked')}`;
      this.item.tooltip =
        status.reason === 'not-detected'
          ? l10n.t('This file does not read as an official document (公文). Click to check it anyway.')
          : l10n.t('Checking is switched off for this file or workspace. Click to check this file.');
    }
    this.item.command = STATUS_CLICK_COMMAND;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
