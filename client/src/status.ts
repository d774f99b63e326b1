// The status bar: 占位符 n · 问题 m for the active draft, kept live from the server's gongwen/status
// notifications (a click jumps to the next placeholder, or the next problem when none is left); 字数 as Word
// counts it, of the selection when there is one; and a word when a GB18030 file shows as UTF-8 mojibake.

import { l10n, StatusBarAlignment, window, workspace, type Disposable, type StatusBarItem, type TextEditor } from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';
import type { EncodingWatch } from './encoding';
import { wordCount } from './wordCount';

export const STATUS_CLICK_COMMAND = 'gongwen.statusClick';
export const REOPEN_COMMAND = 'gongwen.reopenWithGb18030';
/** Typing pauses this long before the whole draft's 字数 is counted again. */
const RECOUNT_DELAY_MS = 300;

export class StatusBar implements Disposable {
  private readonly item: StatusBarItem;
  private readonly words: StatusBarItem;
  private readonly byUri = new Map<string, StatusParams>();
  private readonly disposables: Disposable[] = [];
  /** The active document's 字数 and the version it was counted on. */
  private total: { uri: string; version: number; words: number } | undefined;
  private recount: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly uriOf: (editor: TextEditor) => string,
    private readonly encodings: EncodingWatch,
  ) {
    this.item = window.createStatusBarItem('gongwen.status', StatusBarAlignment.Right, 100);
    this.item.name = l10n.t('Gongwen Assistant placeholders and problems');
    this.words = window.createStatusBarItem('gongwen.wordCount', StatusBarAlignment.Right, 99);
    this.words.name = l10n.t('Gongwen Assistant word count (字数)');
    this.words.tooltip = l10n.t(
      '字数 as Word counts it: each Chinese character or full-width punctuation mark is one, each word or number in Latin letters or digits is one. Of the selection when there is one.',
    );
    this.disposables.push(
      this.item,
      this.words,
      window.onDidChangeActiveTextEditor(() => this.render()),
      // a keystroke moves the selection too: the whole draft is counted again only once typing pauses
      window.onDidChangeTextEditorSelection((e) => e.textEditor === window.activeTextEditor && this.renderWords(false)),
      workspace.onDidChangeTextDocument((e) => {
        if (e.document !== window.activeTextEditor?.document) return;
        clearTimeout(this.recount);
        this.recount = setTimeout(() => this.renderWords(true), RECOUNT_DELAY_MS);
      }),
      encodings.onDidChange(() => this.render()),
    );
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
    const editor = window.activeTextEditor;
    const status = this.active();
    if (editor && this.encodings.isMisdecoded(editor.document.uri)) {
      this.item.text = `$(warning) ${l10n.t('GB18030 file shown as UTF-8')}`;
      this.item.tooltip = l10n.t('This file is saved in GB18030 (GBK) and shows as garbled text. Click to reopen it with GB18030.');
      this.item.command = REOPEN_COMMAND;
      this.item.show();
      this.words.hide();
      return;
    }
    if (!status) {
      this.item.hide();
      this.words.hide();
      return;
    }
    if (status.checked) {
      this.item.text = `$(checklist) ${l10n.t('Placeholders {0} · Problems {1}', status.placeholders, status.problems)}`;
      this.item.tooltip = status.placeholders > 0 ? l10n.t('Gongwen Assistant: click to select the next unfilled placeholder') : l10n.t('Gongwen Assistant: click to go to the next problem');
    } else {
      this.item.text = `$(circle-slash) ${l10n.t('Gongwen Assistant: not checked')}`;
      this.item.tooltip =
        status.reason === 'not-detected'
          ? l10n.t('This file does not read as an official document (公文). Click to check it anyway.')
          : l10n.t('Checking is switched off for this file or workspace. Click to check this file.');
    }
    this.item.command = STATUS_CLICK_COMMAND;
    this.item.show();
    this.renderWords(false);
  }

  /** 字数 of a checked draft: the selection's of the whole when something is selected. */
  private renderWords(recount: boolean): void {
    const editor = window.activeTextEditor;
    if (!editor || !this.active()?.checked || this.encodings.isMisdecoded(editor.document.uri)) {
      this.words.hide();
      return;
    }
    const { document } = editor;
    const uri = document.uri.toString();
    if (this.total?.uri !== uri || (recount && this.total.version !== document.version)) this.total = { uri, version: document.version, words: wordCount(document.getText()) };
    const selected = editor.selections.filter((s) => !s.isEmpty);
    this.words.text =
      selected.length > 0
        ? l10n.t(
            '{0} of {1} words',
            selected.reduce((n, s) => n + wordCount(document.getText(s)), 0),
            this.total.words,
          )
        : l10n.t('{0} words', this.total.words);
    this.words.show();
  }

  dispose(): void {
    clearTimeout(this.recount);
    for (const d of this.disposables) d.dispose();
  }
}
