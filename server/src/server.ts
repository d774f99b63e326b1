// The language server: LSP wiring only. Started as `node dist/server.js --stdio` (or over IPC by the client);
// the logic lives in lsp/*.ts, the checking in engine/.

// first: V8's options are set before any other module's code runs
import './v8flags';
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { explainAt, VERSION } from './engine';
import { Checker } from './lsp/checker';
import { CODE_ACTION_KINDS, codeActions } from './lsp/codeActions';
import { toOffset, toRange, type DiagnosticSupport } from './lsp/diagnostics';
import { renderHover } from './lsp/hover';
import { useLocale } from './lsp/l10n';
import { documentSymbols, foldingRanges } from './lsp/outline';
import { FileModeNotification, PlaceholdersRequest, type InitializationOptions } from './lsp/protocol';
import { ruleExplanation } from './lsp/ruleDocs';
import { SettingsStore, type EditorSettings } from './lsp/settings';
import { CONFIG_FILE_NAME } from './configFile';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let pullsConfiguration = false;
let watchesDynamically = false;
let pushedSettings: EditorSettings = {};
let roots: string[] = [];
const support: DiagnosticSupport = { relatedInformation: false, codeDescription: false };

const settings = new SettingsStore({
  async editorSettings(uri) {
    if (!pullsConfiguration) return pushedSettings;
    return ((await connection.workspace.getConfiguration({ scopeUri: uri, section: 'gongwen' })) ?? {}) as EditorSettings;
  },
  showError(message) {
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
  },
  workspaceRoots: () => roots,
});
const checker = new Checker(connection, documents, settings, support);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  useLocale(params.locale);
  const caps = params.capabilities;
  pullsConfiguration = caps.workspace?.configuration === true;
  watchesDynamically = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  support.relatedInformation = caps.textDocument?.publishDiagnostics?.relatedInformation === true;
  support.codeDescription = caps.textDocument?.publishDiagnostics?.codeDescriptionSupport === true;
  const folders = params.workspaceFolders ?? [];
  roots = folders.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  if (options.fileModes) checker.setFileModes(options.fileModes);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
      documentSymbolProvider: { label: '公文助手' },
      foldingRangeProvider: true,
    },
    serverInfo: { name: '公文助手', version: VERSION },
  };
});

connection.onInitialized(() => {
  // a client may refuse a registration: the server then goes on without it (pulling settings on the next change)
  const refused = (what: string) => (e: unknown) => connection.console.warn(`公文助手：客户端未接受注册 ${what}（registration refused）：${String(e)}`);
  if (pullsConfiguration) connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' }).catch(refused('workspace/didChangeConfiguration'));
  if (watchesDynamically) {
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }).catch(refused('workspace/didChangeWatchedFiles'));
  }
});

connection.onDidChangeConfiguration((change) => {
  const pushed = (change.settings as { gongwen?: EditorSettings } | null)?.gongwen;
  if (pushed) pushedSettings = pushed;
  settings.settingsChanged();
  checker.invalidateAll();
});

connection.onDidChangeWatchedFiles((change) => {
  if (!change.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`))) return;
  settings.filesChanged();
  checker.invalidateAll();
});

connection.onNotification(FileModeNotification.type, (params) => checker.setFileMode(params.uri, params.mode));

documents.onDidChangeContent(({ document }) => checker.changed(document));
documents.onDidClose(({ document }) => checker.closed(document));

connection.onHover(async ({ textDocument, position }) => {
  const latest = await checker.latest(textDocument.uri);
  if (!latest?.checked.result) return null;
  const { document, checked } = latest;
  const content = renderHover(explainAt(checked.result!, toOffset(position, document)), ruleExplanation);
  if (!content) return null;
  return { contents: { kind: 'markdown', value: content.markdown }, range: toRange(content.span, document) };
});

connection.onCodeAction(async (params) => {
  const latest = await checker.latest(params.textDocument.uri);
  if (!latest?.checked.result) return [];
  return codeActions(params, latest.document, latest.checked.result, support);
});

connection.onDocumentSymbol(async ({ textDocument }) => {
  const latest = await checker.latest(textDocument.uri);
  if (!latest?.checked.result) return [];
  return documentSymbols(latest.checked.result.draft, latest.document);
});

connection.onFoldingRanges(async ({ textDocument }) => {
  const latest = await checker.latest(textDocument.uri);
  if (!latest?.checked.result) return [];
  return foldingRanges(latest.checked.result.draft, latest.document);
});

connection.onRequest(PlaceholdersRequest.type, async (params) => {
  const latest = await checker.latest(params.uri);
  if (!latest) return null;
  return { version: latest.document.version, ranges: checker.placeholderRanges(latest.document, latest.checked) };
});

// A promise nobody waited on that fails (a notification to a client that has gone, a request it refused) is
// logged; Node would otherwise end the process, and every open document would lose its findings.
process.on('unhandledRejection', (reason) => {
  connection.console.error(`公文助手：未处理的异步错误（unhandled rejection）：${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});

documents.listen(connection);
connection.listen();
