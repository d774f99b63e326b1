// Development-only extension: runs the in-editor API suite when its command is invoked and reports back
// in the status bar and, when GONGWEN_INTEGRATION_RESULTS names a file, as JSON in that file. Its status
// item also tells the e2e harness that the window's extension host is up (it activates on startup).

import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { runSuite } from '../index';
import { testHostReady } from '../results';

export function activate(context: vscode.ExtensionContext): void {
  const status = vscode.window.createStatusBarItem('gongwenTestHost.status', vscode.StatusBarAlignment.Left, -1000);
  status.name = 'Gongwen test host';
  status.text = `$(beaker) ${testHostReady}`;
  status.show();
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('gongwenTestHost.runIntegrationTests', async () => {
      status.text = 'In-editor API tests: running';
      const results = await runSuite({ reporter: 'base' });
      const file = process.env.GONGWEN_INTEGRATION_RESULTS;
      if (file) writeFileSync(file, JSON.stringify(results, null, 2));
      status.text = `In-editor API tests: ${results.passed.length} passed, ${results.failed.length} failed, ${results.pending.length} pending`;
      return results;
    }),
  );
}
