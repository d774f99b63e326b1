// The in-editor API suite. Entry point for @vscode/test-electron (`run`) and for the test host
// extension in code-server (`runSuite`): both run exactly the test modules listed here.

import type { Runner, Test } from 'mocha';
import { mocha } from './mochaGlobals';
import type { IntegrationResults } from './results';
import './suite/activation.test';
import './suite/diagnostics.test';
import './suite/editor.test';
import './suite/scope.test';

export interface RunOptions {
  /** A Mocha reporter name; the test host uses the silent 'base' and reports through its results. */
  reporter?: string;
}

export function runSuite(options: RunOptions = {}): Promise<IntegrationResults> {
  mocha.reporter(options.reporter ?? 'spec');
  const results: IntegrationResults = { passed: [], failed: [], pending: [], durationMs: 0 };
  const started = Date.now();
  return new Promise((resolve) => {
    const runner: Runner = mocha.run(() => {
      results.durationMs = Date.now() - started;
      resolve(results);
    });
    runner.on('pass', (test: Test) => results.passed.push(test.fullTitle()));
    runner.on('pending', (test: Test) => results.pending.push(test.fullTitle()));
    runner.on('fail', (test: Test, err: Error) => results.failed.push({ title: test.fullTitle(), error: err.stack ?? String(err) }));
  });
}

/** @vscode/test-electron calls this in the extension host and fails the run if it rejects. */
export async function run(): Promise<void> {
  const results = await runSuite();
  if (results.failed.length > 0) throw new Error(`${results.failed.length} in-editor test(s) failed`);
}
