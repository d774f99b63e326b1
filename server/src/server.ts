// The language server: LSP wiring only. Started as `node dist/server.js --stdio` (or over IPC by the client).

import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from './engine/check';
import { toDiagnostic } from './lsp/diagnostics';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  },
  serverInfo: { name: '公文助手', version: '0.1.0' },
}));

documents.onDidChangeContent(({ document }) => {
  const { findings } = check(document.getText());
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: findings.map((f) => toDiagnostic(f, document)) });
});

documents.onDidClose(({ document }) => {
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
