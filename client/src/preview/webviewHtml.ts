// The page both previews load into their webview: one app element and one page script from client/media, under a
// CSP that allows only the extension's own styles, fonts and images, and that script by a fresh nonce.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export interface WebviewPage {
  /** The page's title (the panel shows its own). */
  title: string;
  /** Classes of the app element the script builds into. */
  appClass: string;
  /** The bundled page script in client/media. */
  script: string;
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  const media = (file: string): vscode.Uri => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'client', 'media', file));
  const nonce = randomBytes(16).toString('hex');
  const csp = ["default-src 'none'", `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('preview.css')}">
<title>${page.title}</title>
</head>
<body>
<div id="app" class="${page.appClass}"></div>
<script nonce="${nonce}" src="${media(page.script)}"></script>
</body>
</html>`;
}
