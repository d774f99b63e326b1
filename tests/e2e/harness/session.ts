// One e2e run: a fresh workspace, user-data and extensions folder in a temporary directory, code-server
// with the packaged extension and the test host, and a headless Chromium. Started once for the suite.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { packageTestHost } from '../../integration/build';
import { CodeServer, killAllStarted } from './codeServer';
import { createWorkspace } from './fixture';
import { vsixPath } from './paths';

export interface Session {
  runDir: string;
  /** The pristine fixture workspace; each window opens a copy of its own. */
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
  server: CodeServer;
  browser: Browser;
  /** Where the test host writes the in-editor suite's results. */
  integrationResults: string;
}

let current: Session | undefined;
/** The temporary folder of this run, from its creation until it is removed. */
let runDirInUse: string | undefined;

export function session(): Session {
  if (!current) throw new Error('no e2e session: run through `npm run test:e2e` (tests/e2e/.mocharc.cjs)');
  return current;
}

export async function startSession(): Promise<Session> {
  if (!existsSync(vsixPath)) throw new Error(`${vsixPath} is missing: \`npm run test:e2e\` builds it with \`npm run package\``);
  const runDir = mkdtempSync(join(tmpdir(), 'gongwen-e2e-'));
  runDirInUse = runDir;
  try {
    current = await startIn(runDir);
    return current;
  } catch (error) {
    rmSync(runDir, { recursive: true, force: true });
    runDirInUse = undefined;
    throw error;
  }
}

async function startIn(runDir: string): Promise<Session> {
  const workspace = createWorkspace(join(runDir, 'workspace'));
  const options = {
    userDataDir: join(runDir, 'user-data'),
    extensionsDir: join(runDir, 'extensions'),
    logFile: join(runDir, 'code-server.log'),
    env: { GONGWEN_INTEGRATION_RESULTS: join(runDir, 'integration-results.json') },
  };
  CodeServer.installExtension(vsixPath, options);
  CodeServer.installExtension(await packageTestHost(join(runDir, 'test-host')), options);
  const server = await CodeServer.start(options);
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { runDir, workspace, userDataDir: options.userDataDir, extensionsDir: options.extensionsDir, server, browser, integrationResults: options.env.GONGWEN_INTEGRATION_RESULTS };
}

export async function stopSession(): Promise<void> {
  const s = current;
  current = undefined;
  if (!s) return;
  try {
    await s.browser.close();
  } finally {
    await s.server.stop();
    rmSync(s.runDir, { recursive: true, force: true });
    runDirInUse = undefined;
  }
}

// Interrupted (Ctrl+C, CI timeout): stop what we started and remove its folder before going down.
function abandon(): void {
  killAllStarted();
  if (runDirInUse) rmSync(runDirInUse, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    abandon();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}
process.once('exit', abandon);
