// The in-editor API suite (tests/integration), run by the test host extension inside code-server's
// extension host: the same suite `npm run test:vscode` runs under @vscode/test-electron.

import * as assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import type { IntegrationResults } from '../../integration/results';
import { session } from '../harness/session';
import { Workbench } from '../harness/workbench';

describe('In-editor API suite', () => {
  it('passes inside code-server’s extension host', async () => {
    const { integrationResults } = session();
    rmSync(integrationResults, { force: true });
    const wb = await Workbench.open();
    await wb.runCommand('Gongwen Test Host: Run In-Editor API Tests');
    // The host writes the result file, then shows the tally.
    await wb.statusBarItem(/In-editor API tests: \d+ passed/).waitFor({ timeout: 150_000 });
    const results = JSON.parse(readFileSync(integrationResults, 'utf8')) as IntegrationResults;
    for (const title of results.passed) console.log(`      ✔ ${title}`);
    for (const title of results.pending) console.log(`      - ${title}`);
    for (const { title, error } of results.failed) console.log(`      ✘ ${title}\n${error.replace(/^/gm, '          ')}`);
    assert.deepEqual(
      results.failed.map((f) => f.title),
      [],
      'in-editor tests failed',
    );
    assert.ok(results.passed.length > 0, 'no in-editor test ran');
  });
});
