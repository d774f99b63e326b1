// Starts and stops code-server (the VS Code 1.100 server and web workbench) installed by
// scripts/e2e/install-code-server.sh. Everything it starts runs in one process group, stopped by that pid.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

export const codeServerEntry = join(repoRoot, '.cache', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** User settings that keep the workbench quiet and the same from run to run. */
export const deterministicSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.editor.enablePreview': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'editor.accessibilitySupport': 'off',
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
};

export interface CodeServerOptions {
  /** Fresh folders for this run. */
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  /** Extra environment for the server and the extension hosts it forks. */
  env?: Record<string, string>;
  /**
   * Workspace trust on: a folder opens in Restricted Mode (no startup prompt, no banner) unless trusted. Off by
   * default: every other scenario runs trusted.
   */
  workspaceTrust?: boolean;
}

export class CodeServer {
  private exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly options: CodeServerOptions,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Installs a .vsix into the extensions folder with code-server's own CLI. */
  static installExtension(vsix: string, options: CodeServerOptions): void {
    const r = spawnSync(process.execPath, [codeServerEntry, ...configArgs(options), '--install-extension', vsix, '--force'], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0 || !/successfully installed/.test(r.stdout)) {
      throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    }
  }

  /** Starts code-server on a free port of 127.0.0.1 and resolves once it listens. */
  static async start(options: CodeServerOptions, timeoutMs = 60_000): Promise<CodeServer> {
    if (!existsSync(codeServerEntry)) throw new Error(`code-server is not installed: run scripts/e2e/install-code-server.sh`);
    mkdirSync(join(options.userDataDir, 'User'), { recursive: true });
    const trust = options.workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' } : {};
    writeFileSync(join(options.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...deterministicSettings, ...trust }, null, 2));
    const args = [
      codeServerEntry,
      ...configArgs(options),
      '--auth',
      'none',
      '--bind-addr',
      '127.0.0.1:0', // the kernel picks a free port; the log says which
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
    ];
    // detached: its own process group, so stop() reaches the extension hosts and language servers too.
    const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const log = createWriteStream(options.logFile);
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    running.add(child);
    child.once('exit', () => running.delete(child));

    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => fail(new Error(`code-server did not listen within ${timeoutMs} ms`)), timeoutMs);
      const onData = (chunk: Buffer) => {
        seen += chunk.toString();
        const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(seen);
        if (m?.[1]) done(m[1]);
      };
      const onExit = (code: number | null) => fail(new Error(`code-server exited (${code}) before listening:\n${seen}`));
      const cleanup = () => {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        child.off('exit', onExit);
      };
      const done = (u: string) => {
        cleanup();
        resolve(u);
      };
      const fail = (e: Error) => {
        cleanup();
        killGroup(child, 'SIGKILL');
        reject(e);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', onExit);
    });
    return new CodeServer(child, url, options);
  }

  /** Stops the server and everything it forked: SIGTERM to the group, SIGKILL if it lingers. */
  async stop(graceMs = 5_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    killGroup(this.child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(this.child, 'SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
    // Children that outlive the server's own exit (extension hosts, language servers) go with the group.
    killGroup(this.child, 'SIGKILL');
  }
}

function configArgs(options: CodeServerOptions): string[] {
  // --config: code-server would otherwise write ~/.config/code-server/config.yaml.
  return ['--config', join(options.userDataDir, 'config.yaml'), '--user-data-dir', options.userDataDir, '--extensions-dir', options.extensionsDir];
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

/** Last resort when the test process itself is told to stop: kill every group this module started. */
export function killAllStarted(): void {
  for (const child of running) killGroup(child, 'SIGKILL');
}
