// The template preview: one webview panel beside the editor, with the form and the rendered draft. Renders
// in the extension host (nunjucks compiles with `new Function`, which the webview's CSP forbids) and posts
// HTML; inserts the Markdown into the editor the writer came from as one edit.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { webviewHtml } from './webviewHtml';
import { computeInsertion } from './insertion';
import { parseWebviewMessage, type HostMessage, type TargetView, type WebviewMessage } from './protocol';
import { initialValues } from '../templates/render';
import type { TemplateSession } from './session';
import type { FormValues } from '../templates/types';

/** The editor 插入 writes into: a document and the column it was shown in. */
interface Target {
  uri: vscode.Uri;
  viewColumn: vscode.ViewColumn | undefined;
}

/** Reloads the session's template from disk (after its file changed); undefined when it is gone. */
export type Reload = () => Promise<TemplateSession | undefined>;

export class TemplatePreviewPanel {
  static readonly viewType = 'gongwen.templatePreview';
  private static current: TemplatePreviewPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.Disposable | undefined;
  private values: FormValues = {};
  private target: Target | undefined;

  /** Show the panel for a template, or switch the open one to it. */
  static show(extensionUri: vscode.Uri, session: TemplateSession, reload: Reload): TemplatePreviewPanel {
    const editor = vscode.window.activeTextEditor;
    const target = editor && isWritable(editor) ? { uri: editor.document.uri, viewColumn: editor.viewColumn } : undefined;
    if (TemplatePreviewPanel.current) {
      const current = TemplatePreviewPanel.current;
      if (target) current.target = target;
      current.open(session, reload);
      current.panel.reveal(); // where it already is
      return current;
    }
    const panel = vscode.window.createWebviewPanel(TemplatePreviewPanel.viewType, '公文模板', vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'client', 'media')],
    });
    TemplatePreviewPanel.current = new TemplatePreviewPanel(panel, extensionUri, session, reload, target);
    return TemplatePreviewPanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private session: TemplateSession,
    private reload: Reload,
    target: Target | undefined,
  ) {
    this.target = target;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'client', 'media', 'template.svg');
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const message = parseWebviewMessage(raw);
        if (message) void this.handle(message);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isWritable(editor)) {
          this.target = { uri: editor.document.uri, viewColumn: editor.viewColumn };
          this.postTarget();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.target && e.textEditor.document.uri.toString() === this.target.uri.toString()) this.postTarget();
      }),
    );
    this.open(session, reload);
  }

  private open(session: TemplateSession, reload: Reload): void {
    const same = session.file.id === this.session.file.id;
    const previous = this.values;
    this.session = session;
    this.reload = reload;
    this.values = initialValues(session.file.meta ?? { title: '', description: '', variables: [] });
    // a reloaded template keeps what the writer typed in the fields it still has
    if (same) for (const name of Object.keys(this.values)) if (name in previous) this.values[name] = previous[name]!;
    this.panel.title = `公文模板：${session.view().title}`;
    this.watch();
    this.post({ type: 'template', template: session.view(), values: this.values, target: this.targetView() });
    this.render(0);
  }

  /** Custom templates are watched: a template author sees a fix (or a new error) on save. */
  private watch(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    if (this.session.file.origin === 'builtin') return;
    const file = this.session.file.path;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(file)), '*.njk'));
    const changed = async (): Promise<void> => {
      const next = await this.reload();
      if (next) this.open(next, this.reload);
    };
    watcher.onDidChange(changed);
    watcher.onDidCreate(changed);
    watcher.onDidDelete(changed);
    this.watcher = watcher;
  }

  private async handle(message: WebviewMessage): Promise<void> {
    if ('template' in message && message.template !== this.session.file.id) return; // meant for the template before
    switch (message.type) {
      case 'ready':
        this.post({ type: 'template', template: this.session.view(), values: this.values, target: this.targetView() });
        this.render(0);
        break;
      case 'values':
        this.values = message.values;
        this.render(message.seq);
        break;
      case 'insert':
        this.values = message.values;
        await this.insert(message.values, message.replaceSelection);
        break;
      case 'newDocument':
        this.values = message.values;
        await this.newDocument(message.values);
        break;
      case 'exportWord':
        this.values = message.values;
        await this.exportWord(message.values);
        break;
      case 'openTemplate':
        await this.openTemplateFile();
        break;
    }
  }

  private render(seq: number): void {
    const result = this.session.preview(this.values);
    if (result.ok) {
      this.post({ type: 'rendered', seq, html: result.html, markdown: result.markdown, stats: result.stats, problems: result.problems });
    } else {
      this.post({ type: 'failed', seq, problem: result.problem, canOpen: true });
    }
  }

  /** The Markdown for 插入 / 新建文档, or undefined (and the error shown) when the template fails. */
  private draft(values: FormValues): string | undefined {
    const result = this.session.markdown(values);
    if (result.ok) return result.markdown;
    this.post({ type: 'failed', seq: 0, problem: result.problem, canOpen: true });
    this.post({ type: 'status', level: 'error', text: '模板有误，未插入任何内容（the template has an error; nothing was inserted）' });
    return undefined;
  }

  private async insert(values: FormValues, replaceSelection: boolean): Promise<void> {
    const markdown = this.draft(values);
    if (markdown === undefined) return;
    const editor = await this.targetEditor();
    if (!editor) {
      await this.newDocument(values);
      return;
    }
    const document = editor.document;
    const text = document.getText();
    const selection = editor.selection;
    const edit = computeInsertion({
      text,
      selectionStart: document.offsetAt(selection.start),
      selectionEnd: document.offsetAt(selection.end),
      cursor: document.offsetAt(selection.active),
      replaceSelection,
      markdown,
      eol: document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n',
    });
    const range = new vscode.Range(document.positionAt(edit.offset), document.positionAt(edit.endOffset));
    // one edit between two undo stops: a single undo takes the whole draft out again
    const applied = await editor.edit((builder) => builder.replace(range, edit.text), { undoStopBefore: true, undoStopAfter: true });
    if (!applied) {
      this.post({ type: 'status', level: 'error', text: '文档未能修改，未插入（the document could not be edited）' });
      return;
    }
    // the cursor goes to the draft's first line, past the blank lines that set it apart
    const start = document.positionAt(edit.offset + (edit.text.length - edit.text.replace(/^(?:\r?\n)+/, '').length));
    editor.selection = new vscode.Selection(start, start);
    editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    this.post({ type: 'status', level: 'info', text: `已插入到 ${displayName(document)}（inserted）` });
  }

  /** The target document in an editor, brought back if it was hidden; undefined when there is none. */
  private async targetEditor(): Promise<vscode.TextEditor | undefined> {
    const target = this.target;
    if (!target) return undefined;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.uri.toString());
    if (visible) return visible;
    try {
      const document = await vscode.workspace.openTextDocument(target.uri);
      return await vscode.window.showTextDocument(document, { viewColumn: target.viewColumn ?? vscode.ViewColumn.One, preserveFocus: true });
    } catch {
      return undefined;
    }
  }

  private async newDocument(values: FormValues): Promise<void> {
    const markdown = this.draft(values);
    if (markdown === undefined) return;
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    await vscode.window.showTextDocument(document, { viewColumn: this.target?.viewColumn ?? vscode.ViewColumn.One });
    this.target = { uri: document.uri, viewColumn: vscode.window.activeTextEditor?.viewColumn };
    this.postTarget();
    this.post({ type: 'status', level: 'info', text: '已新建文档（opened as a new document）' });
  }

  /** 导出 Word: the filled draft as a .docx, by the command (its bundle loads on first use), named by its title. */
  private async exportWord(values: FormValues): Promise<void> {
    const markdown = this.draft(values);
    if (markdown === undefined) return;
    const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? this.session.view().title;
    await vscode.commands.executeCommand('gongwen.exportWord', { markdown, name: title, near: this.target?.uri.toString() });
  }

  private async openTemplateFile(): Promise<void> {
    const result = this.session.markdown(this.values);
    const problem = result.ok ? undefined : result.problem;
    const line = Math.max(0, (problem?.line ?? 1) - 1);
    const column = Math.max(0, (problem?.column ?? 1) - 1);
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(this.session.file.path));
      const position = new vscode.Position(line, column);
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
    } catch (error) {
      this.post({ type: 'status', level: 'error', text: `无法打开模板文件（cannot open the template）：${String(error)}` });
    }
  }

  private targetView(): TargetView | null {
    const target = this.target;
    if (!target) return null;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.uri.toString());
    const document = editor?.document ?? vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.uri.toString());
    if (!document) return null;
    const line = editor ? editor.selection.active.line + 1 : undefined;
    return {
      label: line ? `${displayName(document)} 第 ${line} 行` : displayName(document),
      hasSelection: editor ? !editor.selection.isEmpty : false,
    };
  }

  private postTarget(): void {
    this.post({ type: 'target', target: this.targetView() });
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private html(): string {
    return webviewHtml(this.panel.webview, this.extensionUri, { title: '公文模板', appClass: 'gw-app', script: 'preview.min.js' });
  }

  dispose(): void {
    TemplatePreviewPanel.current = undefined;
    this.watcher?.dispose();
    this.panel.dispose();
    while (this.disposables.length > 0) this.disposables.pop()?.dispose();
  }
}

/** Editors a draft may go into: files and untitled documents, not output channels or diff views. */
function isWritable(editor: vscode.TextEditor): boolean {
  return editor.document.uri.scheme === 'file' || editor.document.uri.scheme === 'untitled';
}

function displayName(document: vscode.TextDocument): string {
  return document.isUntitled ? document.uri.path : path.basename(document.uri.fsPath);
}
