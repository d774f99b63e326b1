// A GB18030 (GBK) file opened as UTF-8 shows as mojibake: find it (the text has replacement characters, the bytes
// are not UTF-8 but are GB18030, as Chinese .txt files often are), offer once per file to reopen it with that
// encoding, and keep a word for the status bar while it stays garbled.

import { basename } from 'node:path';
import { commands, EventEmitter, l10n, window, workspace, type Disposable, type Memento, type TextDocument, type Uri } from 'vscode';
import { decodeDraft } from '../../server/src/decode';

/** A context key, true while the active editor shows a GB18030 file as UTF-8 (the command is in the palette then). */
export const MISDECODED_CONTEXT = 'gongwen.misdecoded';
const OFFERED_KEY = 'gongwen.gb18030Offered';
/** The files the writer was asked about, at most this many remembered. */
const OFFERED_LIMIT = 500;
/** The CLI's limit: a larger file is no draft. */
const MAX_BYTES = 5 * 1024 * 1024;

export class EncodingWatch implements Disposable {
  private readonly misdecoded = new Set<string>();
  private readonly changed = new EventEmitter<void>();
  /** Fires when a document is found garbled or no longer is. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: Disposable[] = [this.changed];

  constructor(private readonly offered: Memento) {
    this.disposables.push(
      workspace.onDidOpenTextDocument((d) => void this.inspect(d)),
      // reopened with the right encoding, the document's text is replaced
      workspace.onDidChangeTextDocument((e) => void this.inspect(e.document)),
      workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      window.onDidChangeActiveTextEditor(() => this.updateContext()),
    );
    for (const d of workspace.textDocuments) void this.inspect(d);
  }

  /** Whether the document is a GB18030 file shown as UTF-8. */
  isMisdecoded(uri: Uri): boolean {
    return this.misdecoded.has(uri.toString());
  }

  private async inspect(document: TextDocument): Promise<void> {
    if (document.uri.scheme !== 'file' || (document.languageId !== 'markdown' && document.languageId !== 'plaintext')) return;
    const key = document.uri.toString();
    if (!document.getText().includes('\uFFFD')) {
      if (this.misdecoded.delete(key)) this.update();
      return;
    }
    if (this.misdecoded.has(key)) return;
    let bytes: Uint8Array;
    try {
      const { size } = await workspace.fs.stat(document.uri);
      if (size > MAX_BYTES) return;
      bytes = await workspace.fs.readFile(document.uri);
    } catch {
      return;
    }
    const decoded = decodeDraft(bytes);
    if (!decoded.ok || decoded.encoding !== 'gb18030' || document.isClosed) return;
    this.misdecoded.add(key);
    this.update();
    await this.offerOnce(document);
  }

  private forget(uri: Uri): void {
    if (this.misdecoded.delete(uri.toString())) this.update();
  }

  private update(): void {
    this.updateContext();
    this.changed.fire();
  }

  private updateContext(): void {
    const editor = window.activeTextEditor;
    void commands.executeCommand('setContext', MISDECODED_CONTEXT, editor !== undefined && this.isMisdecoded(editor.document.uri));
  }

  /** Asks once per file (remembered across sessions); the status bar keeps saying it after that. */
  private async offerOnce(document: TextDocument): Promise<void> {
    const key = document.uri.toString();
    const offered = this.offered.get<string[]>(OFFERED_KEY, []);
    if (offered.includes(key)) return;
    await this.offered.update(OFFERED_KEY, [...offered, key].slice(-OFFERED_LIMIT));
    const reopen = l10n.t('Reopen with GB18030');
    const pick = await window.showWarningMessage(l10n.t('“{0}” is saved in GB18030 (GBK), not UTF-8, and shows as garbled text. Reopen it with GB18030?', basename(document.uri.fsPath)), reopen);
    if (pick === reopen) await reopenWithGb18030(document.uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * Reopens a file with GB18030. A VS Code with the encoding API (1.100, which the tests run) takes the encoding
 * in `openTextDocument`; older ones (down to the 1.90 this extension supports) ignore it, and are asked through
 * their own “Change File Encoding” pick, which lists the encoding guessed from the content first.
 */
export async function reopenWithGb18030(uri: Uri): Promise<void> {
  const open = workspace.openTextDocument as unknown as (uri: Uri, options: { encoding: string }) => Thenable<TextDocument>;
  try {
    const document = await open(uri, { encoding: 'gb18030' });
    if (!document.getText().includes('\uFFFD')) {
      await window.showTextDocument(document);
      return;
    }
  } catch {
    // an older VS Code: below
  }
  await window.showTextDocument(uri);
  void window.showInformationMessage(l10n.t('Choose “Reopen with Encoding”, then “Simplified Chinese (GB18030)”.'));
  await commands.executeCommand('workbench.action.editor.changeEncoding');
}
