// A minimal LSP client for tests: starts `node dist/server.js --stdio` and speaks JSON-RPC to it, recording
// every notification so a test can wait for the one it expects (never for a length of time).

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type MessageConnection,
  type NotificationType,
  type PublishDiagnosticsParams,
  type RequestType,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const root = join(__dirname, '..', '..');

export const capabilities: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
    hover: { contentFormat: ['markdown'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
};

export interface Notification {
  method: string;
  params: unknown;
}

export interface StartOptions {
  locale?: string;
  workspaceFolder?: string;
  initializationOptions?: unknown;
  /** The `gongwen` settings section the client answers workspace/configuration with. */
  settings?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  /**
   * How to run the server, after `node`: by default the bundle, `dist/server.js --stdio`. A test that needs to
   * reach inside (a rule made to throw, a memory probe) preloads a test module with `--require`/`--import`.
   */
  argv?: string[];
  env?: Record<string, string>;
  /** Answer `client/registerCapability` with an error, as a client that cannot register may. */
  refuseRegistration?: boolean;
}

export const serverBundle = join(root, 'dist', 'server.js');

export interface Hold {
  /** Resolves when the server asks for settings (and is kept waiting). */
  requested: Promise<void>;
  release(): void;
}

export class TestClient {
  readonly notifications: Notification[] = [];
  settings: Record<string, unknown>;
  private held?: { requested: () => void; released: Promise<void> };
  private waiters: Array<{ test: (n: Notification) => boolean; resolve: (n: Notification) => void; reject: (e: Error) => void }> = [];
  private readonly versions = new Map<string, number>();

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const argv = options.argv ?? [serverBundle, '--stdio'];
    const child = spawn(process.execPath, argv, { stdio: 'pipe', cwd: root, env: { ...process.env, ...options.env } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(child, connection, options);
    // read stderr: a pipe nobody reads fills up, and then the server blocks writing to it
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => client.stderrReceived(chunk));
    child.once('exit', (code, signal) => client.exited(code, signal));
    connection.onNotification((method: string, params: unknown) => client.record({ method, params }));
    connection.onRequest('workspace/configuration', async () => {
      const held = client.held;
      if (held) {
        client.held = undefined;
        held.requested();
        await held.released;
      }
      return [client.settings];
    });
    connection.onRequest('client/registerCapability', () => (options.refuseRegistration ? new ResponseError(ErrorCodes.MethodNotFound, 'this client registers nothing') : null));
    connection.listen();
    const folder = options.workspaceFolder;
    const result: InitializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'ws' }] : null,
      capabilities: options.capabilities ?? capabilities,
      locale: options.locale ?? 'zh-cn',
      initializationOptions: options.initializationOptions,
    });
    client.initializeResult = result;
    await connection.sendNotification('initialized', {});
    return client;
  }

  initializeResult?: InitializeResult;
  /** Set once the server process has exited. */
  exit?: { code: number | null; signal: NodeJS.Signals | null };
  stderr = '';
  private stderrWaiters: Array<{ test: (stderr: string) => boolean; resolve: () => void }> = [];

  private stderrReceived(chunk: string): void {
    this.stderr += chunk;
    for (const w of [...this.stderrWaiters]) {
      if (w.test(this.stderr)) {
        this.stderrWaiters.splice(this.stderrWaiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  /** Resolves once what the server wrote to stderr passes the test. */
  waitForStderr(test: (stderr: string) => boolean): Promise<void> {
    if (test(this.stderr)) return Promise.resolve();
    return new Promise((resolve) => this.stderrWaiters.push({ test, resolve }));
  }

  /** Messages the server logged (window/logMessage), in order. */
  logged(): string[] {
    return this.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
  }

  /** Keep the server's next settings request unanswered until `release`: lets a test change a document meanwhile. */
  holdNextConfiguration(): Hold {
    let requested!: () => void;
    let release!: () => void;
    const requestedPromise = new Promise<void>((resolve) => (requested = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.held = { requested, released };
    return { requested: requestedPromise, release };
  }

  private record(n: Notification): void {
    this.notifications.push(n);
    for (const w of [...this.waiters]) {
      if (w.test(n)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(n);
      }
    }
  }

  /** The first notification (already received or yet to come) that passes the test; rejects if the server exits first. */
  waitFor(test: (n: Notification) => boolean, since = 0): Promise<Notification> {
    const seen = this.notifications.slice(since).find(test);
    if (seen) return Promise.resolve(seen);
    if (this.exit) return Promise.reject(this.exitError());
    return new Promise((resolve, reject) => this.waiters.push({ test, resolve, reject }));
  }

  private exited(code: number | null, signal: NodeJS.Signals | null): void {
    this.exit = { code, signal };
    if (this.stopping) return;
    for (const w of this.waiters.splice(0)) w.reject(this.exitError());
  }

  private exitError(): Error {
    return new Error(`the server exited (code ${this.exit?.code}, signal ${this.exit?.signal}) while a test waited on it:\n${this.stderr}`);
  }

  private stopping = false;

  /** Diagnostics published for a document at a version. */
  async diagnostics(uri: string, version = this.versions.get(uri)): Promise<Diagnostic[]> {
    const n = await this.waitFor(
      (n) => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === uri && (n.params as PublishDiagnosticsParams).version === version,
    );
    return (n.params as PublishDiagnosticsParams).diagnostics;
  }

  published(uri: string): PublishDiagnosticsParams[] {
    return this.notifications
      .filter((n) => n.method === 'textDocument/publishDiagnostics')
      .map((n) => n.params as PublishDiagnosticsParams)
      .filter((p) => p.uri === uri);
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): void {
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Send changes as the next version; returns that version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** A request: typed by its declaration (server/src/lsp/protocol.ts, LSP's own), or by a method name. */
  request<P, R>(type: RequestType<P, R, unknown>, params: P): Promise<R>;
  request<R>(method: string, params: unknown): Promise<R>;
  request(method: string | RequestType<unknown, unknown, unknown>, params: unknown): Promise<unknown> {
    return typeof method === 'string' ? this.connection.sendRequest(method, params) : this.connection.sendRequest(method, params);
  }

  notify<P>(type: NotificationType<P>, params: P): void;
  notify(method: string, params: unknown): void;
  notify(method: string | NotificationType<unknown>, params: unknown): void {
    void (typeof method === 'string' ? this.connection.sendNotification(method, params) : this.connection.sendNotification(method, params));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    this.connection.dispose();
    if (this.process.exitCode === null) {
      await new Promise<void>((resolve) => {
        this.process.once('exit', () => resolve());
        setTimeout(() => this.process.kill(), 2000).unref();
      });
    }
  }
}
