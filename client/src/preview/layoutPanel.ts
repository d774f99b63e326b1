// 公文助手：版式预览: the draft being edited, beside it, laid out as the Word export lays it out (the same page model
// and figures), updated as the writer types, following the cursor, the checker's findings marked on the page.
// One panel; it follows the active Markdown or plain-text editor.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { webviewHtml } from './webviewHtml';
import { keepFlags } from '../../../server/src/word/flow';
import { readPage } from '../../../server/src/word/page';
import { pageHtml, type MarkSpan } from './markdownHtml';
import { parseLayoutMessage, type LayoutHostMessage, type LayoutWebviewMessage } from './layoutProtocol';

/** The findings shown are the checker's (the language server's diagnostics carry this source). */
const SOURCE = '公文助手';
/** A burst of keystrokes is drawn once, this long after the last. */
const RENDER_DELAY_MS = 60;

const SEVERITY: Record<vscode.DiagnosticSeverity, NonNullable<MarkSpan['kind']>> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** Drafts the preview follows: Markdown and plain text, saved or not. */
export function isDraft(document: vscode.TextDocument): boolean {
  return (document.languageId === 'markdown' || document.languageId === 'plaintext') && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
}

export class LayoutPreviewPanel {
  static readonly viewType = 'gongwen.layoutPreview';
  private static current: LayoutPreviewPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;

  /** Show the preview of a draft beside its editor, or point the open one at it. */
  static show(extensionUri: vscode.Uri, document: vscode.TextDocument): LayoutPreviewPanel {
    if (LayoutPreviewPanel.current) {
      const current = LayoutPreviewPanel.current;
      current.follow(document);
      current.panel.reveal(undefined, true);
      return current;
    }
    const panel = vscode.window.createWebviewPanel(
      LayoutPreviewPanel.viewType,
      title(document),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'client', 'media')] },
    );
    LayoutPreviewPanel.current = new LayoutPreviewPanel(panel, extensionUri, document);
    return LayoutPreviewPanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private document: vscode.TextDocument,
  ) {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'client', 'media', 'template.svg');
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const message = parseLayoutMessage(raw);
        if (message) void this.handle(message);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((uri) => uri.toString() === this.document.uri.toString())) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isDraft(editor.document)) this.follow(editor.document);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) this.postCursor(e.textEditor);
      }),
    );
  }

  private follow(document: vscode.TextDocument): void {
    if (document === this.document) return;
    this.document = document;
    this.panel.title = title(document);
    this.render();
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    if (editor) this.postCursor(editor);
  }

  private async handle(message: LayoutWebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        this.render();
        const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
        if (editor) this.postCursor(editor);
        break;
      }
      case 'export':
        await vscode.commands.executeCommand('gongwen.exportWord', this.document.uri);
        break;
      case 'reveal': {
        // a click on the page: the editor goes to that paragraph
        const position = this.document.positionAt(Math.min(message.offset, this.document.getText().length));
        const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
        const editor = await vscode.window.showTextDocument(this.document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        break;
      }
    }
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.render();
    }, RENDER_DELAY_MS);
  }

  /** Lays the draft out and posts the page; the webview paginates it. */
  private render(): void {
    if (!this.ready) return;
    const document = this.document;
    const text = document.getText();
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === SOURCE);
    const marks: MarkSpan[] = diagnostics.map((d) => ({
      offset: document.offsetAt(d.range.start),
      endOffset: document.offsetAt(d.range.end),
      kind: SEVERITY[d.severity],
      message: d.message,
    }));
    const page = readPage(text);
    this.post({
      type: 'page',
      page: {
        title: path.basename(document.uri.path),
        html: pageHtml(page, text, { marks, positions: true, keeps: keepFlags(page) }),
        problems: page.problems,
        findings: {
          errors: marks.filter((m) => m.kind === 'error').length,
          warnings: marks.filter((m) => m.kind === 'warning').length,
          others: marks.filter((m) => m.kind === 'information' || m.kind === 'hint').length,
        },
      },
    });
  }

  private postCursor(editor: vscode.TextEditor): void {
    if (this.ready) this.post({ type: 'cursor', offset: editor.document.offsetAt(editor.selection.active) });
  }

  private post(message: LayoutHostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private html(): string {
    return webviewHtml(this.panel.webview, this.extensionUri, { title: '版式预览', appClass: 'gw-app gw-layout', script: 'layout.min.js' });
  }

  dispose(): void {
    LayoutPreviewPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.panel.dispose();
    while (this.disposables.length > 0) this.disposables.pop()?.dispose();
  }
}

function title(document: vscode.TextDocument): string {
  return `版式预览：${path.basename(document.uri.path)}`;
}
