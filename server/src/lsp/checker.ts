// Keeps every open document's check result current and publishes it. A change schedules a check for when the
// document's version has stopped moving for a turn of the event loop, so a burst of changes is checked once, on
// the newest text; a result is published only for the version it was computed from, and nothing is computed for
// a version that has been superseded.

import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { check, CheckCache, readsAsOfficialProse, type CheckResult } from '../engine';
import { directiveDiagnostic, toDiagnostic, toRange, type DiagnosticSupport } from './diagnostics';
import { StatusNotification, type CheckMode, type CheckReason, type StatusParams } from './protocol';
import type { SettingsStore } from './settings';

export interface Checked {
  version: number;
  /** Bumped by every settings or mode change: a result of an older generation is out of date. */
  generation: number;
  reason: CheckReason;
  /** Present when the document is checked. */
  result?: CheckResult;
}

interface DocumentState {
  /** Sticky: a draft that once read as 公文 stays checked while the writer rewrites its title. */
  detected: boolean;
  last?: Checked;
}

export class Checker {
  private readonly states = new Map<string, DocumentState>();
  private readonly queued = new Set<string>();
  private readonly fileModes = new Map<string, CheckMode>();
  private readonly loggedFailures = new Set<string>();
  private generation = 0;
  /** What the engine keeps between checks of the open documents. */
  private cache = new CheckCache();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly support: DiagnosticSupport,
  ) {}

  changed(document: TextDocument): void {
    this.schedule(document.uri);
  }

  closed(document: TextDocument): void {
    this.states.delete(document.uri);
    this.settings.forget(document.uri);
    void this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    // what the engine keeps between checks serves open documents only
    if (this.documents.all().length === 0) this.cache = new CheckCache();
  }

  /** Settings, config files or modes changed: every open document is out of date. */
  invalidateAll(): void {
    this.generation++;
    for (const document of this.documents.all()) this.schedule(document.uri);
  }

  setFileModes(modes: Record<string, CheckMode>): void {
    for (const [uri, mode] of Object.entries(modes)) if (mode !== 'auto') this.fileModes.set(uri, mode);
  }

  setFileMode(uri: string, mode: CheckMode): void {
    if (mode === 'auto') this.fileModes.delete(uri);
    else this.fileModes.set(uri, mode);
    this.invalidateAll();
  }

  /**
   * Checks a document once its version has stopped moving for a turn of the event loop. vscode-jsonrpc hands
   * over one message per turn, so the changes of a burst already read from the client are applied one turn
   * after another; the check waits for the last of them instead of checking each (a keystroke costs two turns).
   */
  private schedule(uri: string): void {
    if (this.queued.has(uri)) return;
    this.queued.add(uri);
    let seen: number | undefined;
    const settled = (): void => {
      const version = this.documents.get(uri)?.version;
      if (version !== undefined && version !== seen) {
        seen = version;
        setImmediate(settled);
        return;
      }
      this.queued.delete(uri);
      this.current(uri).catch((e: unknown) => this.connection.console.error(`公文助手: ${String(e)}`));
    };
    setImmediate(settled);
  }

  /** The check of a document's latest version, computed and published now if it is out of date. */
  async current(uri: string): Promise<Checked | undefined> {
    for (;;) {
      const before = this.documents.get(uri);
      if (!before) return undefined;
      const fresh = this.upToDate(uri, before.version);
      if (fresh) return fresh;
      const generation = this.generation;
      const settings = await this.settings.forDocument(uri);
      // while waiting, the text may have changed (check the newest) or the settings (fetch them again)
      if (generation !== this.generation) continue;
      const document = this.documents.get(uri);
      if (!document) return undefined;
      const done = this.upToDate(uri, document.version);
      if (done) return done;
      const state = this.stateOf(uri);
      const text = document.getText();
      const reason = this.reasonFor(uri, settings.enable, state, text);
      const checked: Checked = { version: document.version, generation, reason };
      if (reason === 'detected' || reason === 'file-always' || reason === 'setting-always') {
        checked.result = check(text, { config: settings.config, cache: this.cache });
        this.logFailures(checked.result);
      }
      state.last = checked;
      this.publish(document, checked);
      return checked;
    }
  }

  /** The document and its current check, for requests; undefined once the document is closed. */
  async latest(uri: string): Promise<{ document: TextDocument; checked: Checked } | undefined> {
    const checked = await this.current(uri);
    const document = this.documents.get(uri);
    if (!checked || !document || checked.version !== document.version) return undefined;
    return { document, checked };
  }

  private upToDate(uri: string, version: number): Checked | undefined {
    const last = this.states.get(uri)?.last;
    return last && last.version === version && last.generation === this.generation ? last : undefined;
  }

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) {
      state = { detected: false };
      this.states.set(uri, state);
    }
    return state;
  }

  private reasonFor(uri: string, enable: CheckMode, state: DocumentState, text: string): CheckReason {
    const fileMode = this.fileModes.get(uri);
    if (fileMode === 'always') return 'file-always';
    if (fileMode === 'never') return 'file-never';
    if (enable === 'always') return 'setting-always';
    if (enable === 'never') return 'setting-never';
    if (!state.detected) state.detected = readsAsOfficialProse(text);
    return state.detected ? 'detected' : 'not-detected';
  }

  private publish(document: TextDocument, checked: Checked): void {
    const findings = checked.result?.findings ?? [];
    const directives = checked.result?.directiveProblems ?? [];
    void this.connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: [...findings.map((f) => toDiagnostic(f, document, this.support)), ...directives.map((p) => directiveDiagnostic(p, document))],
    });
    const placeholders = findings.filter((f) => f.rule === 'placeholder').length;
    const status: StatusParams = {
      uri: document.uri,
      version: document.version,
      checked: checked.result !== undefined,
      reason: checked.reason,
      placeholders,
      problems: findings.length - placeholders + directives.length,
    };
    void this.connection.sendNotification(StatusNotification.type, status);
  }

  /** The unfilled placeholders of a checked document, in order. */
  placeholderRanges(document: TextDocument, checked: Checked): ReturnType<typeof toRange>[] {
    return (checked.result?.findings ?? []).filter((f) => f.rule === 'placeholder').map((f) => toRange(f, document));
  }

  /**
   * A rule that throws loses its findings, not the check; say so once per rule and place it threw from, in the
   * output channel. Not once per message: a message quoting the text would log a line on every keystroke.
   */
  private logFailures(result: CheckResult): void {
    for (const failure of result.failures) {
      const error = failure.error instanceof Error ? (failure.error.stack ?? failure.error.message) : String(failure.error);
      const site = failure.error instanceof Error ? (failure.error.stack ?? '').split('\n').find((line) => line.trimStart().startsWith('at ')) : undefined;
      const key = `${failure.rule}\n${site ?? typeof failure.error}`;
      if (this.loggedFailures.has(key)) continue;
      this.loggedFailures.add(key);
      this.connection.console.error(`公文助手：规则 ${failure.rule} 出错，其发现暂缺（rule failed）：${error}`);
    }
  }
}
