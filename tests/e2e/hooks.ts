// Mocha root hooks of the e2e suite: one code-server and browser for the run, a fresh window per test
// (opened by the test), and artifacts for every failure.

import { rmSync } from 'node:fs';
import type { Context } from 'mocha';
import { saveFailureArtifacts } from './harness/artifacts';
import { resultsDir } from './harness/paths';
import { startSession, stopSession } from './harness/session';
import { activeWorkbench } from './harness/workbench';

export async function mochaGlobalSetup(): Promise<void> {
  rmSync(resultsDir, { recursive: true, force: true });
  await startSession();
}

export async function mochaGlobalTeardown(): Promise<void> {
  await stopSession();
}

export const mochaHooks = {
  async afterEach(this: Context): Promise<void> {
    const test = this.currentTest;
    const workbench = activeWorkbench();
    if (test?.state === 'failed') await saveFailureArtifacts(test.fullTitle(), workbench);
    await workbench?.close();
  },
};
