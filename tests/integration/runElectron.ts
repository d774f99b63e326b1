// `npm run test:vscode`: the in-editor suite in a desktop VS Code that @vscode/test-electron downloads
// (needs internet, and a display or xvfb-run on Linux). CI here runs the same suite inside code-server.

import { runTests } from '@vscode/test-electron';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deterministicSettings } from '../e2e/harness/codeServer';
import { createWorkspace } from '../e2e/harness/fixture';
import { repoRoot } from '../e2e/harness/paths';
import { bundleSuite } from './build';

/** The VS Code inside code-server 4.100.3, so both ways test against the same editor. */
const vscodeVersion = '1.100.3';

async function main(): Promise<void> {
  const runDir = mkdtempSync(join(tmpdir(), 'gongwen-vscode-'));
  try {
    const workspace = createWorkspace(join(runDir, 'workspace'));
    const userDataDir = join(runDir, 'user-data');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(deterministicSettings, null, 2));
    const extensionTestsPath = join(runDir, 'suite', 'index.js');
    await bundleSuite(extensionTestsPath);
    await runTests({
      version: vscodeVersion,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', userDataDir],
    });
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
